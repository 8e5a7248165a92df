//! The questions the window asks, one at a time (the first that waits is shown), and the
//! answer to "Save your changes?".

use crate::chrome;
use crate::command::{Choice, Command, DialogRequest, Pending};

use super::ArbitreApp;

impl ArbitreApp {
    /// Draws the question that waits, if any: unsaved changes, a file in the way of a write,
    /// the path field, the supersede question, the shortcuts, the work to restore.
    pub(super) fn prompts_ui(&mut self, ctx: &egui::Context, cmds: &mut Vec<Command>) {
        if let Some(pending) = &self.pending {
            crate::files::unsaved_prompt_ui(ctx, pending, self.settings.lang, cmds);
        } else if let Some(waiting) = &self.overwrite_prompt {
            crate::files::overwrite_prompt_ui(ctx, waiting, self.settings.lang, cmds);
        } else if let Some((request, text)) = &mut self.path_prompt {
            crate::files::path_prompt_ui(ctx, request, text, self.settings.lang, cmds);
        } else if let Some((_, old)) = &self.accept_prompt {
            crate::files::accept_prompt_ui(
                ctx,
                old,
                self.doc.session.adr.status,
                self.settings.lang,
                cmds,
            );
        } else if self.show_shortcuts {
            chrome::shortcuts_overlay_ui(ctx, self.settings.lang, cmds);
        } else if !self.recovery_offers.is_empty() {
            crate::files::recovery_prompt_ui(ctx, &self.recovery_offers, self.settings.lang, cmds);
        }
    }

    /// The answer to "Save your changes?" before New, Open or Close.
    pub(super) fn resolve_unsaved(&mut self, choice: Choice, ctx: &egui::Context) {
        let Some(action) = self.pending.take() else {
            return;
        };
        match choice {
            Choice::Cancel => {
                // A decision for the Log screen's log that was not started after all: its
                // export target goes too.
                if matches!(action, Pending::Start(_)) {
                    self.log_target = None;
                }
            }
            Choice::Discard => {
                if action == Pending::Close {
                    ctx.send_viewport_cmd(egui::ViewportCommand::Close);
                }
                self.proceed(action);
            }
            Choice::Save => {
                // Once saved, the action goes on (the window closes after Close → Save); an
                // untitled session asks where first.
                self.after_save = Some(action);
                if let Some(target) = self.own_file() {
                    self.saved_as(target, ctx);
                } else {
                    self.request_dialog(DialogRequest::SaveAs);
                }
            }
        }
    }
}
