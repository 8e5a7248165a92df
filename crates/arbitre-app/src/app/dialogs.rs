//! The native file dialogs (rfd): built on the UI thread with the window as parent, awaited
//! on a worker thread, and answered as a [`Message::Dialog`] that the app reads at the next
//! frame; and what the model does with an answer.

use std::path::{Path, PathBuf};

use std::sync::mpsc;

use crate::command::DialogRequest;
use crate::notice::Notice;
use arbitre_core::files::{Replace, WriteTarget};

use super::answer::{DialogAnswer, session_target};
use super::effects::Effect;
use super::message::Message;
use super::model::{Modal, Model};

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
            DialogAnswer::Open(path) => fx.push(Effect::open(&path)),
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
                let _ = tx.send(Message::answered(DialogAnswer::Open(f.path().to_owned())));
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
                    let _ = tx.send(Message::answered(answer));
                }
                ctx.request_repaint();
            })
        }
        DialogRequest::OpenPack => std::thread::Builder::new().spawn(move || {
            if let Some(f) = pollster::block_on(dialog.pick_file()) {
                let _ = tx.send(Message::answered(DialogAnswer::OpenPack(
                    f.path().to_owned(),
                )));
            }
            ctx.request_repaint();
        }),
        DialogRequest::SaveResults => std::thread::Builder::new().spawn(move || {
            if let Some(f) = pollster::block_on(dialog.pick_folder()) {
                let _ = tx.send(Message::answered(DialogAnswer::SaveResults(
                    f.path().to_owned(),
                )));
            }
            ctx.request_repaint();
        }),
        DialogRequest::OpenLog => std::thread::Builder::new().spawn(move || {
            if let Some(f) = pollster::block_on(dialog.pick_folder()) {
                let _ = tx.send(Message::answered(DialogAnswer::OpenLog(
                    f.path().to_owned(),
                )));
            }
            ctx.request_repaint();
        }),
        DialogRequest::ExportLog(supersedes) => std::thread::Builder::new().spawn(move || {
            if let Some(f) = pollster::block_on(dialog.pick_folder()) {
                let _ = tx.send(Message::answered(DialogAnswer::ExportLog(
                    f.path().to_owned(),
                    supersedes,
                )));
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
                    let _ = tx.send(Message::answered(DialogAnswer::SaveAs(target)));
                } else {
                    let _ = tx.send(Message::answered(DialogAnswer::SaveAsCancelled));
                }
                ctx.request_repaint();
            })
        }
    };
    if let Err(e) = spawned {
        model.messages.push(Notice::DialogFailed(e.to_string()));
    }
}
