//! What a file dialog (or the path field) answered: plain data, and what a typed path
//! means. A file to write comes back as a [`WriteTarget`]: replaced only if the native save
//! dialog asked about that very path; a path typed in the field never replaces anything
//! unasked.

use std::path::{Path, PathBuf};

use crate::command::DialogRequest;
use arbitre_core::files::{Replace, WriteTarget};

/// What a file dialog (or the path field) answered.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DialogAnswer {
    /// A file to open.
    Open(PathBuf),
    /// Where to save the session.
    SaveAs(WriteTarget),
    /// Where to export the ADR.
    ExportFile(WriteTarget),
    /// A log to export into, and the record superseded.
    ExportLog(PathBuf, Option<String>),
    /// A log to open.
    OpenLog(PathBuf),
    /// A pack to load.
    OpenPack(PathBuf),
    /// A folder for the exam's results.
    SaveResults(PathBuf),
    /// The Save As dialog was closed without a file: nothing waits for it any more.
    SaveAsCancelled,
}

impl DialogAnswer {
    /// The folder the answer is in, if it is one on disk (remembered for the next dialog).
    /// Looks at the disk: called off the frame.
    pub(crate) fn folder(&self) -> Option<PathBuf> {
        let folder = match self {
            DialogAnswer::Open(p) | DialogAnswer::OpenPack(p) => p.parent().map(Path::to_owned),
            DialogAnswer::SaveAs(t) | DialogAnswer::ExportFile(t) => {
                t.path.parent().map(Path::to_owned)
            }
            DialogAnswer::OpenLog(d)
            | DialogAnswer::ExportLog(d, _)
            | DialogAnswer::SaveResults(d) => Some(d.clone()),
            DialogAnswer::SaveAsCancelled => None,
        };
        folder.filter(|d| d.is_dir())
    }
}

/// What a path typed in the field answers: nobody asked about replacing a file, so the
/// write asks if one is there.
pub(super) fn typed(request: DialogRequest, text: &str) -> DialogAnswer {
    let path = arbitre_core::autosave::absolute(Path::new(text.trim()));
    match request {
        DialogRequest::Open => DialogAnswer::Open(path),
        DialogRequest::SaveAs => DialogAnswer::SaveAs(session_target(path, Replace::Never)),
        DialogRequest::ExportFile => DialogAnswer::ExportFile(WriteTarget::new(path)),
        DialogRequest::ExportLog(supersedes) => DialogAnswer::ExportLog(path, supersedes),
        DialogRequest::OpenLog => DialogAnswer::OpenLog(path),
        DialogRequest::OpenPack => DialogAnswer::OpenPack(path),
        DialogRequest::SaveResults => DialogAnswer::SaveResults(path),
    }
}

/// Where a session is saved: `path`, with `.ron` added to a name without an extension. The
/// dialog that gave `path` asked about `path`, not about the name with `.ron`: that one is
/// then never replaced unasked.
pub(super) fn session_target(mut path: PathBuf, replace: Replace) -> WriteTarget {
    if path.extension().is_some() {
        return WriteTarget { path, replace };
    }
    path.set_extension("ron");
    WriteTarget::new(path)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_name_completed_after_the_native_dialog_is_not_replaced_unasked() {
        let asked = Replace::AskedByNativeDialog;
        assert_eq!(
            session_target(PathBuf::from("/d/notes"), asked.clone()),
            WriteTarget::new("/d/notes.ron")
        );
        assert_eq!(
            session_target(PathBuf::from("/d/notes.ron"), asked.clone()),
            WriteTarget {
                path: PathBuf::from("/d/notes.ron"),
                replace: asked,
            }
        );
        assert_eq!(
            session_target(PathBuf::from("/d/notes.md"), Replace::Never),
            WriteTarget::new("/d/notes.md")
        );
    }
}
