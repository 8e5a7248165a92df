//! The questions the window asks, one at a time (the one on top of the stack is shown), and
//! the answer to "Save your changes?".

use crate::chrome;
use crate::command::{Choice, Command, DialogRequest, Pending};

use super::effects::Effect;
use super::model::{Modal, Model};

/// Draws the question on top, if any: unsaved changes, a file in the way of a write, the
/// path field, the supersede question, the shortcuts, the work to restore.
pub(super) fn prompts_ui(ctx: &egui::Context, model: &mut Model, cmds: &mut Vec<Command>) {
    let lang = model.settings.lang;
    let status = model.doc.session.adr.status;
    let offers = &model.recovery_offers;
    match model.modals.last_mut() {
        Some(Modal::Unsaved(pending)) => crate::files::unsaved_prompt_ui(ctx, pending, lang, cmds),
        Some(Modal::Overwrite(waiting)) => {
            crate::files::overwrite_prompt_ui(ctx, waiting, lang, cmds);
        }
        Some(Modal::Path { request, text }) => {
            crate::files::path_prompt_ui(ctx, request, text, lang, cmds);
        }
        Some(Modal::Accept { old, .. }) => {
            crate::files::accept_prompt_ui(ctx, old, status, lang, cmds);
        }
        Some(Modal::Shortcuts) => chrome::shortcuts_overlay_ui(ctx, lang, cmds),
        Some(Modal::Recovery) => crate::files::recovery_prompt_ui(ctx, offers, lang, cmds),
        None => {}
    }
}

impl Model {
    /// The answer to "Save your changes?" before New, Open or Close.
    pub(super) fn resolve_unsaved(&mut self, choice: Choice, fx: &mut Vec<Effect>) {
        let Some(action) = self.take_modal(|m| match m {
            Modal::Unsaved(p) => Some(p.clone()),
            _ => None,
        }) else {
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
                    fx.push(Effect::Close);
                }
                self.proceed(action, fx);
            }
            Choice::Save => {
                // Once saved, the action goes on (the window closes after Close → Save); an
                // untitled session asks where first.
                self.after_save = Some(action);
                if let Some(target) = self.own_file() {
                    self.saved_as(target, fx);
                } else {
                    self.request_dialog(DialogRequest::SaveAs, fx);
                }
            }
        }
    }
}
