//! arbitre: decide how to host a workload — containers, virtual machines or a hybrid — and
//! record the decision as an Architecture Decision Record.
//!
//! Layers, each knowing only those before it: [`kit`] (the content) → [`session`] (a team's
//! answers) → [`decide`] (the recommendation) → [`ui`] and [`cli`].

pub mod adr;
pub mod autosave;
pub mod cli;
pub mod decide;
pub mod document;
pub mod files;
pub mod hooks;
pub mod i18n;
pub mod kit;
pub mod session;
pub mod train;
pub mod ui;
