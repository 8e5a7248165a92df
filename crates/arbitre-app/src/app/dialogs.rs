//! The native file dialogs (rfd): built on the UI thread with the window as parent, awaited
//! on a worker thread, and answered through a channel that the app reads at the next frame.
//! A file to write comes back as a [`WriteTarget`]: replaced only if the native save dialog
//! asked about that very path; a path typed in the field never replaces anything unasked.

use std::path::{Path, PathBuf};

use crate::command::DialogRequest;
use crate::notice::Notice;
use arbitre_core::files::{Replace, WriteTarget};

use super::ArbitreApp;

/// What a file dialog answered, sent back from its worker thread.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum DialogAnswer {
    Open(PathBuf),
    SaveAs(WriteTarget),
    ExportFile(WriteTarget),
    ExportLog(PathBuf, Option<String>),
    OpenLog(PathBuf),
    OpenPack(PathBuf),
    SaveResults(PathBuf),
    /// The Save As dialog was closed without a file: nothing waits for it any more.
    SaveAsCancelled,
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

impl ArbitreApp {
    /// Asks for a file dialog: the native one when it can be shown, else a path field in
    /// the window (with the reason).
    pub(super) fn request_dialog(&mut self, request: DialogRequest) {
        if self.native_dialogs {
            self.dialog_request = Some(request);
        } else {
            let start = self
                .start_dir()
                .map(|d| format!("{}/", d.display()))
                .unwrap_or_default();
            self.path_prompt = Some((request, start));
        }
    }

    /// Where a dialog starts: the session's folder, else the last folder used, else home.
    fn start_dir(&self) -> Option<PathBuf> {
        self.doc
            .path
            .as_deref()
            .and_then(Path::parent)
            .map(Path::to_owned)
            .or_else(|| self.settings.last_dir.clone())
            .or_else(|| std::env::var_os("HOME").map(PathBuf::from))
    }

    /// Does with a typed path what the dialog's answer would have done.
    pub(super) fn answer_typed(&mut self, request: DialogRequest, text: &str, ctx: &egui::Context) {
        let typed = text.trim();
        if typed.is_empty() {
            return;
        }
        let path = arbitre_core::autosave::absolute(Path::new(typed));
        // Nobody asked about replacing a file: the write asks if one is there.
        let answer = match request {
            DialogRequest::Open => DialogAnswer::Open(path),
            DialogRequest::SaveAs => DialogAnswer::SaveAs(session_target(path, Replace::Never)),
            DialogRequest::ExportFile => DialogAnswer::ExportFile(WriteTarget::new(path)),
            DialogRequest::ExportLog(supersedes) => DialogAnswer::ExportLog(path, supersedes),
            DialogRequest::OpenLog => DialogAnswer::OpenLog(path),
            DialogRequest::OpenPack => DialogAnswer::OpenPack(path),
            DialogRequest::SaveResults => DialogAnswer::SaveResults(path),
        };
        self.answer(answer, ctx);
    }

    pub(super) fn receive_dialogs(&mut self, ctx: &egui::Context) {
        while let Ok(answer) = self.dialog_rx.try_recv() {
            self.answer(answer, ctx);
        }
    }

    /// Does what a dialog's answer asks, and remembers its folder for the next dialog.
    fn answer(&mut self, answer: DialogAnswer, ctx: &egui::Context) {
        let folder = match &answer {
            DialogAnswer::Open(p) | DialogAnswer::OpenPack(p) => p.parent().map(Path::to_owned),
            DialogAnswer::SaveAs(t) | DialogAnswer::ExportFile(t) => {
                t.path.parent().map(Path::to_owned)
            }
            DialogAnswer::OpenLog(d)
            | DialogAnswer::ExportLog(d, _)
            | DialogAnswer::SaveResults(d) => Some(d.clone()),
            DialogAnswer::SaveAsCancelled => None,
        };
        if let Some(dir) = folder.filter(|d| d.is_dir()) {
            self.settings.last_dir = Some(dir);
        }
        {
            match answer {
                DialogAnswer::Open(path) => self.open_path(&path),
                DialogAnswer::SaveAs(target) => self.saved_as(target, ctx),
                DialogAnswer::SaveAsCancelled => self.after_save = None,
                DialogAnswer::ExportFile(target) => {
                    self.export_file(target);
                }
                DialogAnswer::OpenLog(dir) => self.open_log(&dir),
                DialogAnswer::OpenPack(path) => self.load_pack(&path),
                DialogAnswer::SaveResults(dir) => self.save_exam_results(&dir),
                DialogAnswer::ExportLog(root, supersedes) => {
                    self.export_to_log(&root, supersedes.as_deref(), false);
                }
            }
        }
    }

    /// Opens the requested native dialog off the UI thread (needs the window for its parent).
    pub(super) fn open_dialog(&mut self, frame: &eframe::Frame, ctx: &egui::Context) {
        let Some(request) = self.dialog_request.take() else {
            return;
        };
        let lang = self.settings.lang;
        let mut dialog = rfd::AsyncFileDialog::new().set_parent(frame);
        dialog = match &request {
            DialogRequest::ExportFile => dialog.add_filter("Markdown", &["md"]),
            DialogRequest::Open => dialog
                .add_filter(lang.words().app.filter_session_or_adr, &["ron", "md"])
                .add_filter(lang.words().app.filter_session, &["ron"])
                .add_filter("ADR (Markdown)", &["md"]),
            DialogRequest::OpenLog | DialogRequest::ExportLog(_) | DialogRequest::SaveResults => {
                dialog
            }
            DialogRequest::OpenPack => dialog.add_filter(lang.words().app.filter_pack, &["ron"]),
            DialogRequest::SaveAs => dialog.add_filter(lang.words().app.filter_session, &["ron"]),
        };
        dialog = dialog.set_title(request.title(lang));
        if let Some(dir) = self.start_dir() {
            dialog = dialog.set_directory(dir);
        }
        let tx = self.dialog_tx.clone();
        let ctx = ctx.clone();
        let spawned = match request {
            DialogRequest::Open => std::thread::Builder::new().spawn(move || {
                if let Some(f) = pollster::block_on(dialog.pick_file()) {
                    let _ = tx.send(DialogAnswer::Open(f.path().to_owned()));
                }
                ctx.request_repaint();
            }),
            DialogRequest::ExportFile => {
                let title = &self.doc.session.adr.title;
                let name = format!(
                    "{}.md",
                    arbitre_adr::log::slug(if title.is_empty() { "decision" } else { title })
                );
                let dialog = dialog.set_file_name(name);
                std::thread::Builder::new().spawn(move || {
                    if let Some(f) = pollster::block_on(dialog.save_file()) {
                        let _ = tx.send(DialogAnswer::ExportFile(WriteTarget {
                            path: f.path().to_owned(),
                            replace: Replace::AskedByNativeDialog,
                        }));
                    }
                    ctx.request_repaint();
                })
            }
            DialogRequest::OpenPack => std::thread::Builder::new().spawn(move || {
                if let Some(f) = pollster::block_on(dialog.pick_file()) {
                    let _ = tx.send(DialogAnswer::OpenPack(f.path().to_owned()));
                }
                ctx.request_repaint();
            }),
            DialogRequest::SaveResults => std::thread::Builder::new().spawn(move || {
                if let Some(f) = pollster::block_on(dialog.pick_folder()) {
                    let _ = tx.send(DialogAnswer::SaveResults(f.path().to_owned()));
                }
                ctx.request_repaint();
            }),
            DialogRequest::OpenLog => std::thread::Builder::new().spawn(move || {
                if let Some(f) = pollster::block_on(dialog.pick_folder()) {
                    let _ = tx.send(DialogAnswer::OpenLog(f.path().to_owned()));
                }
                ctx.request_repaint();
            }),
            DialogRequest::ExportLog(supersedes) => std::thread::Builder::new().spawn(move || {
                if let Some(f) = pollster::block_on(dialog.pick_folder()) {
                    let _ = tx.send(DialogAnswer::ExportLog(f.path().to_owned(), supersedes));
                }
                ctx.request_repaint();
            }),
            DialogRequest::SaveAs => {
                let name = self.doc.display_name(lang.words().app.default_session_name);
                let dialog = dialog.set_file_name(name);
                std::thread::Builder::new().spawn(move || {
                    if let Some(f) = pollster::block_on(dialog.save_file()) {
                        let target =
                            session_target(f.path().to_owned(), Replace::AskedByNativeDialog);
                        let _ = tx.send(DialogAnswer::SaveAs(target));
                    } else {
                        let _ = tx.send(DialogAnswer::SaveAsCancelled);
                    }
                    ctx.request_repaint();
                })
            }
        };
        if let Err(e) = spawned {
            self.messages.push(Notice::DialogFailed(e.to_string()));
        }
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
