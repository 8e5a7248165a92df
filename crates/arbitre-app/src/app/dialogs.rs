//! The native file dialogs (rfd): built on the UI thread with the window as parent, awaited
//! on a worker thread, and answered as a [`Message::Dialog`] that the app reads at the next
//! frame.
//! A file to write comes back as a [`WriteTarget`]: replaced only if the native save dialog
//! asked about that very path; a path typed in the field never replaces anything unasked.

use std::path::{Path, PathBuf};

use std::sync::mpsc;

use crate::command::DialogRequest;
use crate::notice::Notice;
use arbitre_core::files::{Replace, WriteTarget};

use super::Message;
use super::effects::Effect;
use super::model::{Modal, Model};

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

    /// The message carrying the answer (looks at the disk: called off the frame).
    fn message(self) -> Message {
        let folder = self.folder();
        Message::Dialog(self, folder)
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

/// Whether a native file dialog can be shown: on Linux, rfd needs xdg-desktop-portal (over
/// the session's D-Bus) or zenity; elsewhere the system always has one. Looked up once.
pub(super) fn native_dialogs_available() -> bool {
    static AVAILABLE: std::sync::OnceLock<bool> = std::sync::OnceLock::new();
    *AVAILABLE.get_or_init(|| {
        if !cfg!(target_os = "linux") {
            return true;
        }
        let in_path = |name: &str| {
            std::env::var_os("PATH").is_some_and(|paths| {
                std::env::split_paths(&paths).any(|dir| dir.join(name).is_file())
            })
        };
        let portal = std::env::var_os("DBUS_SESSION_BUS_ADDRESS").is_some_and(|a| !a.is_empty())
            && [
                "/usr/libexec/xdg-desktop-portal",
                "/usr/lib/xdg-desktop-portal",
                "/usr/lib/x86_64-linux-gnu/xdg-desktop-portal",
                "/usr/lib/aarch64-linux-gnu/xdg-desktop-portal",
            ]
            .iter()
            .any(|p| Path::new(p).is_file());
        portal || in_path("zenity")
    })
}

impl Model {
    /// Asks for a file dialog: the native one when it can be shown, else a path field in
    /// the window (with the reason).
    pub(super) fn request_dialog(&mut self, request: DialogRequest, fx: &mut Vec<Effect>) {
        if self.native_dialogs {
            fx.push(Effect::Dialog(request));
        } else {
            let text = self
                .start_dir()
                .map(|d| format!("{}/", d.display()))
                .unwrap_or_default();
            self.open_modal(Modal::Path { request, text });
        }
    }

    /// Does what a dialog's answer asks, and remembers its folder for the next dialog.
    pub(super) fn answer(
        &mut self,
        answer: DialogAnswer,
        folder: Option<PathBuf>,
        fx: &mut Vec<Effect>,
    ) {
        if let Some(dir) = folder {
            self.settings.last_dir = Some(dir);
        }
        match answer {
            DialogAnswer::Open(path) => self.open_path(&path, fx),
            DialogAnswer::SaveAs(target) => self.saved_as(target, fx),
            DialogAnswer::SaveAsCancelled => self.after_save = None,
            DialogAnswer::ExportFile(target) => self.export_file(target, fx),
            DialogAnswer::OpenLog(dir) => self.open_log(&dir, fx),
            DialogAnswer::OpenPack(path) => self.load_pack(&path, fx),
            DialogAnswer::SaveResults(dir) => {
                let effects = self.trainer.save_exam_results_to(&dir);
                fx.extend(effects.into_iter().map(Effect::Train));
            }
            DialogAnswer::ExportLog(root, supersedes) => {
                self.export_to_log(&root, supersedes, false, false, fx);
            }
        }
    }
}

/// Opens a native dialog, awaited off the UI thread (needs the window for its parent); its
/// answer comes back through `tx`.
pub(super) fn open_dialog(
    request: DialogRequest,
    model: &mut Model,
    frame: &eframe::Frame,
    ctx: &egui::Context,
    tx: mpsc::Sender<Message>,
) {
    let lang = model.settings.lang;
    let mut dialog = rfd::AsyncFileDialog::new().set_parent(frame);
    dialog = match &request {
        DialogRequest::ExportFile => dialog.add_filter("Markdown", &["md"]),
        DialogRequest::Open => dialog
            .add_filter(lang.words().app.filter_session_or_adr, &["ron", "md"])
            .add_filter(lang.words().app.filter_session, &["ron"])
            .add_filter("ADR (Markdown)", &["md"]),
        DialogRequest::OpenLog | DialogRequest::ExportLog(_) | DialogRequest::SaveResults => dialog,
        DialogRequest::OpenPack => dialog.add_filter(lang.words().app.filter_pack, &["ron"]),
        DialogRequest::SaveAs => dialog.add_filter(lang.words().app.filter_session, &["ron"]),
    };
    dialog = dialog.set_title(request.title(lang));
    if let Some(dir) = model.start_dir() {
        dialog = dialog.set_directory(dir);
    }
    let ctx = ctx.clone();
    let spawned = match request {
        DialogRequest::Open => std::thread::Builder::new().spawn(move || {
            if let Some(f) = pollster::block_on(dialog.pick_file()) {
                let _ = tx.send(DialogAnswer::Open(f.path().to_owned()).message());
            }
            ctx.request_repaint();
        }),
        DialogRequest::ExportFile => {
            let title = &model.doc.session.adr.title;
            let name = format!(
                "{}.md",
                arbitre_adr::log::slug(if title.is_empty() { "decision" } else { title })
            );
            let dialog = dialog.set_file_name(name);
            std::thread::Builder::new().spawn(move || {
                if let Some(f) = pollster::block_on(dialog.save_file()) {
                    let answer = DialogAnswer::ExportFile(WriteTarget {
                        path: f.path().to_owned(),
                        replace: Replace::AskedByNativeDialog,
                    });
                    let _ = tx.send(answer.message());
                }
                ctx.request_repaint();
            })
        }
        DialogRequest::OpenPack => std::thread::Builder::new().spawn(move || {
            if let Some(f) = pollster::block_on(dialog.pick_file()) {
                let _ = tx.send(DialogAnswer::OpenPack(f.path().to_owned()).message());
            }
            ctx.request_repaint();
        }),
        DialogRequest::SaveResults => std::thread::Builder::new().spawn(move || {
            if let Some(f) = pollster::block_on(dialog.pick_folder()) {
                let _ = tx.send(DialogAnswer::SaveResults(f.path().to_owned()).message());
            }
            ctx.request_repaint();
        }),
        DialogRequest::OpenLog => std::thread::Builder::new().spawn(move || {
            if let Some(f) = pollster::block_on(dialog.pick_folder()) {
                let _ = tx.send(DialogAnswer::OpenLog(f.path().to_owned()).message());
            }
            ctx.request_repaint();
        }),
        DialogRequest::ExportLog(supersedes) => std::thread::Builder::new().spawn(move || {
            if let Some(f) = pollster::block_on(dialog.pick_folder()) {
                let _ = tx.send(DialogAnswer::ExportLog(f.path().to_owned(), supersedes).message());
            }
            ctx.request_repaint();
        }),
        DialogRequest::SaveAs => {
            let name = model
                .doc
                .display_name(lang.words().app.default_session_name);
            let dialog = dialog.set_file_name(name);
            std::thread::Builder::new().spawn(move || {
                if let Some(f) = pollster::block_on(dialog.save_file()) {
                    let target = session_target(f.path().to_owned(), Replace::AskedByNativeDialog);
                    let _ = tx.send(DialogAnswer::SaveAs(target).message());
                } else {
                    let _ = tx.send(DialogAnswer::SaveAsCancelled.message());
                }
                ctx.request_repaint();
            })
        }
    };
    if let Err(e) = spawned {
        model.messages.push(Notice::DialogFailed(e.to_string()));
    }
}

/// Where a session is saved: `path`, with `.ron` added to a name without an extension. The
/// dialog that gave `path` asked about `path`, not about the name with `.ron`: that one is
/// then never replaced unasked.
fn session_target(mut path: PathBuf, replace: Replace) -> WriteTarget {
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
