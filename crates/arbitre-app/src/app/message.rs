//! What happens, for the update to take in ([`Message`]): a view's command, a dialog's
//! answer, a thread's result, a close request. Plain data.

use std::path::PathBuf;

use super::answer::DialogAnswer;
use super::effects::Done;
use crate::command::Command;
use crate::worker::Report;

/// Something that happened, for the update to take in.
#[derive(Debug)]
pub enum Message {
    /// What a view (or a shortcut, or a dropped file) asked.
    Command(Command),
    /// Open this file now, replacing the document (no prompt: the caller asked first).
    Open(PathBuf),
    /// The window's close button (or the app's own close).
    CloseRequested,
    /// A file dialog (or the path field) answered.
    Dialog(DialogAnswer, Option<PathBuf>),
    /// The delay after a change has passed: time to send the work to the autosave.
    AutosaveDue,
    /// The autosave thread reported.
    Autosave(Report),
    /// File work came back from the effect thread.
    Done(Done),
    /// The Log or Train screen's file work came back from the screens' effect runner.
    Screen(crate::worker::Done),
    /// The window got the focus: the Log screen looks whether its folder changed.
    Focused,
}

impl From<Command> for Message {
    fn from(cmd: Command) -> Message {
        Message::Command(cmd)
    }
}

impl Message {
    /// The message carrying a dialog's answer, with its folder if that is one on disk (looks
    /// at the disk: called off the frame).
    pub(crate) fn answered(answer: DialogAnswer) -> Message {
        let folder = answer.folder();
        Message::Dialog(answer, folder)
    }
}
