//! Closing the window, which must lose nothing: the system's close button, the app's own
//! close (after "Don't save" or a save that ends a Close), and `--quit-after-frames` all
//! arrive as one close request, answered here.

use crate::command::{DialogRequest, Pending};
use crate::notice::Notice;

use super::ArbitreApp;

impl ArbitreApp {
    /// Answers a request to close the window: `true` lets it close, `false` keeps it open
    /// (the caller cancels the close).
    ///
    /// - A question about a write is open (Replace?, a path field for a file to write, the
    ///   supersede question): the window stays with it, and says why; the user answers or
    ///   cancels it, then closes.
    /// - An exam under way, or results not written: the Train screen asks first.
    /// - Unsaved changes: the window stays and asks "Save your changes?".
    ///
    /// A scripted close (`--quit-after-frames`, for CI) goes through here too, but nobody is
    /// there to answer: it closes, and unsaved work stays in the autosave as after a crash
    /// ([`eframe::App::on_exit`] keeps it), offered back at the next start.
    pub(super) fn close_requested(&mut self) -> bool {
        if self.scripted_close() {
            return true;
        }
        if self.write_waits() {
            if !self
                .messages
                .iter()
                .any(|m| matches!(m, Notice::CloseWaits))
            {
                self.messages.push(Notice::CloseWaits);
            }
            return false;
        }
        if !self.trainer.can_close() {
            // The exam tab asks first (the session's question, if any, comes after).
            self.trainer.ask_before_close();
            self.settings.screen = crate::command::Screen::Train;
            return false;
        }
        if !self.can_close() {
            self.pending = Some(Pending::Close);
            return false;
        }
        true
    }

    /// Whether a question about writing a file waits for the user.
    fn write_waits(&self) -> bool {
        let writes = |r: &DialogRequest| {
            matches!(
                r,
                DialogRequest::SaveAs
                    | DialogRequest::ExportFile
                    | DialogRequest::ExportLog(_)
                    | DialogRequest::SaveResults
            )
        };
        self.overwrite_prompt.is_some()
            || self.accept_prompt.is_some()
            || self.path_prompt.as_ref().is_some_and(|(r, _)| writes(r))
    }

    /// Whether `--quit-after-frames` has counted its frames.
    fn scripted_close(&self) -> bool {
        self.quit_after_frames.is_some_and(|n| self.frames >= n)
    }

    /// Counts a frame; with `--quit-after-frames N`, asks to close after the N-th, as the
    /// user's close button does.
    pub(super) fn count_frame(&mut self, ctx: &egui::Context) {
        self.frames += 1;
        if let Some(n) = self.quit_after_frames {
            if self.frames >= n {
                ctx.send_viewport_cmd(egui::ViewportCommand::Close);
            } else {
                // Keep frames coming until the count is reached; only in this scripted mode.
                ctx.request_repaint();
            }
        }
    }
}
