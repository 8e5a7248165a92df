//! Writing where the user asked: Save, Save As and the export to a file all go through
//! [`arbitre_core::files::write_to`] (on the effect thread) with their target's replace
//! policy, whatever dialog or field gave the path; a write refused because a file is there
//! becomes the Replace / Save As… / Cancel question, and Replace sends the same target again,
//! confirmed in the window.

use crate::command::{DialogRequest, Overwrite, Pending};
use crate::files::{Overwriting, Writing};
use crate::notice::Notice;
use arbitre_core::files::{WriteError, WriteTarget};
use arbitre_core::session::Session;

use super::effects::{Effect, Io};
use super::model::{Modal, Model};

impl Model {
    /// Saves the session where `target` says, off the frame; with `then`, what waits for
    /// the save ([`Model::after_save`]) goes on once the file is written.
    pub(crate) fn save_to(&mut self, target: WriteTarget, then: bool, fx: &mut Vec<Effect>) {
        let target = WriteTarget {
            path: arbitre_core::autosave::absolute(&target.path),
            ..target
        };
        fx.push(Effect::Io(Io::WriteSession {
            target,
            session: Box::new(self.doc.session.clone()),
            then,
        }));
    }

    /// Saves, then does what waited for the save (Close → Save closes the window once the
    /// file is written).
    pub(crate) fn saved_as(&mut self, target: WriteTarget, fx: &mut Vec<Effect>) {
        self.save_to(target, true, fx);
    }

    /// The session written, or why not. A file there that may not be replaced asks first;
    /// any other failure says why; either way the work stays as it is. What waits still
    /// waits while the Replace question is open; a failed write drops it.
    pub(super) fn session_written(
        &mut self,
        target: &WriteTarget,
        resolved: std::path::PathBuf,
        session: Session,
        then: bool,
        result: Result<String, WriteError>,
        fx: &mut Vec<Effect>,
    ) {
        match result {
            Ok(hash) => {
                self.doc.mark_written(&target.path, session, Some(hash));
                self.settings.remember(resolved);
                self.autosave_wanted = self.autosave_on;
                if then && let Some(action) = self.after_save.take() {
                    if action == Pending::Close {
                        fx.push(Effect::Close);
                    }
                    self.proceed(action, fx);
                }
            }
            Err(e) => {
                self.refused(e, target, Writing::Session);
                if then && self.overwrite_prompt().is_none() {
                    self.after_save = None;
                }
            }
        }
    }

    /// Exports the ADR (with its session, for the round trip) where `target` says, off the
    /// frame; a file there that may not be replaced asks first.
    pub(crate) fn export_file(&mut self, target: WriteTarget, fx: &mut Vec<Effect>) {
        let text = arbitre_adr::render_with_session(&self.adr_input());
        fx.push(Effect::Io(Io::ExportFile { target, text }));
    }

    /// A refused write: the question when a file is in the way, else the error.
    pub(super) fn refused(&mut self, e: WriteError, target: &WriteTarget, what: Writing) {
        match Overwriting::after(&e, target, what) {
            Some(waiting) => self.open_modal(Modal::Overwrite(waiting)),
            None => self.messages.push(Notice::WriteFailed(e)),
        }
    }

    /// The answer to "Replace / Save As… / Cancel".
    pub(super) fn resolve_overwrite(&mut self, choice: Overwrite, fx: &mut Vec<Effect>) {
        let Some(Overwriting { target, what, .. }) = self.take_modal(|m| match m {
            Modal::Overwrite(o) => Some(o.clone()),
            _ => None,
        }) else {
            return;
        };
        match (choice, what) {
            (Overwrite::Replace, Writing::Session) => {
                self.saved_as(target.confirmed_in_window(), fx);
            }
            (Overwrite::Replace, Writing::Export) => {
                self.export_file(target.confirmed_in_window(), fx);
            }
            // What waited for the save (Close) waits for the new name.
            (Overwrite::SaveAs, Writing::Session) => {
                self.request_dialog(DialogRequest::SaveAs, fx);
            }
            (Overwrite::SaveAs, Writing::Export) => {
                self.request_dialog(DialogRequest::ExportFile, fx);
            }
            (Overwrite::Cancel, Writing::Session) => self.after_save = None,
            (Overwrite::Cancel, Writing::Export) => {}
        }
    }
}
