//! What the update asks the world to do ([`Effect`]), the file work among it ([`Io`],
//! done off the frame by the effect thread), and that work's results ([`Done`]). Plain data.

use std::path::{Path, PathBuf};

use super::answer::DialogAnswer;
use crate::command::{DialogRequest, ZoomStep};
use crate::notice::Notice;
use arbitre_adr::log::LogError;
use arbitre_core::autosave::Orphan;
use arbitre_core::files::{WriteError, WriteTarget};
use arbitre_core::kit::LoadError;
use arbitre_core::session::{Loaded, Session};

/// Something the update asks for and cannot do itself: it touches the window, a file, or a
/// thread.
#[derive(Debug)]
pub(crate) enum Effect {
    /// Close the window.
    Close,
    /// Keep the window open after a close request.
    CancelClose,
    /// Apply the light or dark theme the settings hold.
    Theme,
    /// Zoom in, out, or back to 100 %.
    Zoom(ZoomStep),
    /// Presenter mode on or off (zoom, style, full screen).
    Presenter(bool),
    /// Open a native file dialog (its answer comes back as a `Message::Dialog`).
    Dialog(DialogRequest),
    /// Write the work in progress to the autosave, or clear it (`None`).
    Autosave(Option<String>),
    /// The orphan's work now lives in this run's autosave: remove its file.
    Retire(Box<Orphan>),
    /// The user declined the orphan: set it aside.
    SetAside(Box<Orphan>),
    /// File work for the effect thread.
    Io(Io),
    /// The Log screen's file work, for the screens' effect runner (its lane runs in order).
    Log(crate::log::LogJob),
    /// The Train screen's file work, for the screens' effect runner (its lane runs in order).
    Train(crate::train::TrainEffect),
}

impl Effect {
    /// Opens a session file (or an ADR, by its `.md` extension, or a pack), replacing the
    /// document (no prompt: callers ask first): the effect that reads it off the frame.
    pub(crate) fn open(path: &Path) -> Effect {
        Effect::Io(Io::Read(arbitre_core::autosave::absolute(path)))
    }
}

/// File work, done on the effect thread; each answers with a [`Done`].
#[derive(Debug)]
pub(crate) enum Io {
    /// Tell a folder, a teacher's pack and anything else apart (File › Open, a dropped file).
    Probe(PathBuf),
    /// Read a session, an ADR or a pack to open.
    Read(PathBuf),
    /// Write the session where the target says.
    WriteSession {
        /// Where, and whether a file there may be replaced.
        target: WriteTarget,
        /// The session as it was when Save was asked.
        session: Box<Session>,
        /// Whether what waits for a save ([`super::Model::after_save`]) goes on after it.
        then: bool,
    },
    /// Write the ADR to a file.
    ExportFile {
        /// Where, and whether a file there may be replaced.
        target: WriteTarget,
        /// The ADR with its session.
        text: String,
    },
    /// Export the ADR into the log found at `root`.
    ExportToLog(Box<LogExport>),
    /// Read what the restored work's file holds on disk (what Save would replace).
    ReadForRestore(Box<Orphan>),
    /// Let offers not taken go, for the next start.
    Unlock(Vec<Orphan>),
    /// A path typed in the field: its folder is remembered if it is one.
    Typed(DialogAnswer),
}

/// An export into a log, as asked.
#[derive(Debug)]
pub(crate) struct LogExport {
    /// The repository or log folder.
    pub root: PathBuf,
    /// The record superseded, if any.
    pub supersedes: Option<String>,
    /// The session to export.
    pub session: Session,
    /// The ADR's date.
    pub date: String,
    /// Whether the decision was accepted for this export.
    pub accept: bool,
    /// Whether the export is the one the Log screen asked for ([`super::Model::log_target`]).
    pub for_target: bool,
    /// Whether one record per component follows the system's (`export_split`).
    pub split: bool,
}

/// What a file of File › Open turned out to be.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Probed {
    /// A folder: an ADR log.
    Folder,
    /// A teacher's pack.
    Pack,
    /// Anything else: a session or an ADR.
    Other,
}

/// A file read to open.
#[derive(Debug)]
pub enum Opened {
    /// A session, with the hash of its bytes, and its path as the recent files keep it.
    Session(Box<Loaded>, Option<String>, PathBuf),
    /// An ADR's Markdown, and its place in the log of its folder, when it has one.
    Adr(String, Option<arbitre_adr::log::Place>),
    /// A teacher's pack (the Train screen reads it).
    Pack,
}

/// An export into a log, written.
#[derive(Debug)]
pub struct LogExported {
    /// The file written.
    pub path: PathBuf,
    /// The folder exported into, resolved as the recent logs keep it: the Log screen offers it
    /// first among them.
    pub log_dir: PathBuf,
    /// What to tell the user.
    pub notices: Vec<Notice>,
}

/// The result of file work, back from the effect thread.
#[derive(Debug)]
pub enum Done {
    /// What a path is.
    Probed(PathBuf, Probed),
    /// A file read to open.
    Read(PathBuf, Result<Opened, LoadError>),
    /// The session written (with the hash of its bytes), or why not.
    SessionWritten {
        /// Where.
        target: WriteTarget,
        /// The path as the recent files keep it.
        resolved: PathBuf,
        /// The session written.
        session: Box<Session>,
        /// Whether what waits for a save goes on after it.
        then: bool,
        /// The hash of the bytes written, or why nothing was.
        result: Result<String, WriteError>,
    },
    /// The ADR written to a file, or why not.
    Exported(WriteTarget, Result<(), WriteError>),
    /// The ADR exported into a log, or why not.
    ExportedToLog {
        /// The log's folder.
        root: PathBuf,
        /// The record superseded, if any.
        supersedes: Option<String>,
        /// Whether the decision was accepted for it.
        accept: bool,
        /// Whether it is the one the Log screen asked for.
        for_target: bool,
        /// What was written, or why not.
        result: Result<LogExported, LogError>,
    },
    /// The restored work, its file as on disk (`None`: no file, or unreadable), and the
    /// hash of that file's bytes.
    RestoreRead(Box<Orphan>, Option<Box<Session>>, Option<String>),
    /// A path typed in the field, with its folder if that is one.
    Typed(DialogAnswer, Option<PathBuf>),
}
