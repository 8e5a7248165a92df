//! arbitre's domain, the lowest layer: the [`kit`] (the content), a team's [`session`]
//! (its answers), the [`decide`] engine (the recommendation), the [`document`] a window has
//! open, the [`autosave`] of that session, the [`files`] it is read from and written to, and
//! the words of both languages ([`i18n`]). It knows nothing of records, training or egui.

pub mod autosave;
pub mod decide;
pub mod document;
pub mod files;
pub mod i18n;
pub mod kit;
pub mod session;
pub mod system;
