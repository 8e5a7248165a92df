//! Closing the window, which must lose nothing: the system's close button, the app's own
//! close (after "Don't save" or a save that ends a Close), and `--quit-after-frames` all
//! arrive as one close request, answered here.

use crate::command::Pending;
use crate::notice::Notice;

use super::model::Model;

impl Model {
    /// Answers a request to close the window: `true` lets it close, `false` keeps it open
    /// (the caller cancels the close).
    ///
    /// - A question about a write is open (Replace?, a path field for a file to write, the
    ///   supersede question): the window stays with it, and says why; the user answers or
    ///   cancels it, then closes.
    /// - A new record of the Log screen, its text edited and not saved: the Log screen asks
    ///   "Discard this new record?".
    /// - An exam under way, or results not written: the Train screen asks first.
    /// - Unsaved changes: the window stays and asks "Save your changes?".
    ///
    /// A scripted close (`--quit-after-frames`, for CI) does not come here: nobody is there
    /// to answer; unsaved work stays in the autosave as after a crash.
    pub(super) fn close_requested(&mut self) -> bool {
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
        if self.log_screen.draft_edited() {
            // The new record's text asks first: saved into the log, or discarded.
            let _none = crate::log::update(&mut self.log_screen, crate::log::LogMsg::DiscardDraft);
            self.settings.screen = crate::command::Screen::Log;
            if !self
                .messages
                .iter()
                .any(|m| matches!(m, Notice::DraftWaits))
            {
                self.messages.push(Notice::DraftWaits);
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
            self.ask_unsaved(Pending::Close);
            return false;
        }
        true
    }
}
