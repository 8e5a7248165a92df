//! Writing where the user asked: Save, Save As and the export to a file all go through
//! [`arbitre_core::files::write_to`] with their target's replace policy, whatever dialog or field
//! gave the path; a write refused because a file is there becomes the Replace / Save As… /
//! Cancel prompt, and Replace sends the same target again, confirmed in the window.

use crate::command::{DialogRequest, Overwrite, Pending};
use crate::files::{Overwriting, Writing};
use crate::notice::Notice;
use arbitre_core::files::{Replace, WriteError, WriteTarget};

use super::ArbitreApp;

impl ArbitreApp {
    /// The document's own file as Save writes it: replaced only while it still holds what
    /// was opened or last saved there. `None` for an untitled session.
    pub fn own_file(&self) -> Option<WriteTarget> {
        self.doc.path.clone().map(|path| WriteTarget {
            path,
            replace: Replace::IfUnchanged(self.doc.disk_hash.clone()),
        })
    }

    /// Saves the session where `target` says. A file there that may not be replaced asks
    /// first ([`ArbitreApp::overwrite_prompt`]); any other failure says why; either way the
    /// work stays as it is. Returns whether the file was written.
    pub fn save_to(&mut self, target: WriteTarget) -> bool {
        let target = WriteTarget {
            path: arbitre_core::autosave::absolute(&target.path),
            ..target
        };
        match self.doc.session.save(&target) {
            Ok(()) => {
                self.doc.mark_saved(&target.path);
                self.settings.remember(&target.path);
                self.schedule_autosave();
                true
            }
            Err(e) => {
                self.refused(e, &target, Writing::Session);
                false
            }
        }
    }

    /// Saves, then does what waited for the save (Close → Save closes the window once the
    /// file is written). What waits still waits while the Replace prompt is open; a failed
    /// write drops it: the window stays, with the error, and the work in it.
    pub fn saved_as(&mut self, target: WriteTarget, ctx: &egui::Context) {
        if self.save_to(target) {
            if let Some(action) = self.after_save.take() {
                if action == Pending::Close {
                    ctx.send_viewport_cmd(egui::ViewportCommand::Close);
                }
                self.proceed(action);
            }
        } else if self.overwrite_prompt.is_none() {
            self.after_save = None;
        }
    }

    /// Exports the ADR (with its session, for the round trip) where `target` says; a file
    /// there that may not be replaced asks first. Returns whether the file was written.
    pub fn export_file(&mut self, target: WriteTarget) -> bool {
        let text = arbitre_adr::render_with_session(&self.adr_input());
        match arbitre_core::files::write_to(&target, text.as_bytes()) {
            Ok(()) => {
                self.messages.push(Notice::Exported(target.path));
                true
            }
            Err(e) => {
                self.refused(e, &target, Writing::Export);
                false
            }
        }
    }

    /// A refused write: the question when a file is in the way, else the error.
    fn refused(&mut self, e: WriteError, target: &WriteTarget, what: Writing) {
        match Overwriting::after(&e, target, what) {
            Some(waiting) => self.overwrite_prompt = Some(waiting),
            None => self.messages.push(Notice::WriteFailed(e)),
        }
    }

    /// The answer to "Replace / Save As… / Cancel".
    pub(super) fn resolve_overwrite(&mut self, choice: Overwrite, ctx: &egui::Context) {
        let Some(Overwriting { target, what, .. }) = self.overwrite_prompt.take() else {
            return;
        };
        match (choice, what) {
            (Overwrite::Replace, Writing::Session) => {
                self.saved_as(target.confirmed_in_window(), ctx);
            }
            (Overwrite::Replace, Writing::Export) => {
                self.export_file(target.confirmed_in_window());
            }
            // What waited for the save (Close) waits for the new name.
            (Overwrite::SaveAs, Writing::Session) => self.request_dialog(DialogRequest::SaveAs),
            (Overwrite::SaveAs, Writing::Export) => {
                self.request_dialog(DialogRequest::ExportFile);
            }
            (Overwrite::Cancel, Writing::Session) => self.after_save = None,
            (Overwrite::Cancel, Writing::Export) => {}
        }
    }
}
