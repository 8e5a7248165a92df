//! The native file dialogs (rfd): built on the UI thread with the window as parent, awaited
//! on a worker thread, and answered through a channel that the app reads at the next frame.

use std::path::{Path, PathBuf};

use crate::ui::command::DialogRequest;
use crate::ui::notice::Notice;

use super::ArbitreApp;

/// What a file dialog answered, sent back from its worker thread.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum DialogAnswer {
    Open(PathBuf),
    SaveAs(PathBuf),
    ExportFile(PathBuf),
    ExportLog(PathBuf, Option<String>),
    OpenLog(PathBuf),
}

impl ArbitreApp {
    pub(super) fn receive_dialogs(&mut self) {
        while let Ok(answer) = self.dialog_rx.try_recv() {
            match answer {
                DialogAnswer::Open(path) => self.open_path(&path),
                DialogAnswer::SaveAs(path) => {
                    self.save_to(&path);
                }
                DialogAnswer::ExportFile(path) => {
                    self.export_file(&path);
                }
                DialogAnswer::OpenLog(dir) => self.open_log(&dir, None),
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
            DialogRequest::OpenLog | DialogRequest::ExportLog(_) => dialog,
            DialogRequest::SaveAs => dialog.add_filter(lang.words().app.filter_session, &["ron"]),
        };
        if let Some(dir) = self.doc.path.as_deref().and_then(Path::parent) {
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
                    crate::adr::log::slug(if title.is_empty() { "decision" } else { title })
                );
                let dialog = dialog.set_file_name(name);
                std::thread::Builder::new().spawn(move || {
                    if let Some(f) = pollster::block_on(dialog.save_file()) {
                        let _ = tx.send(DialogAnswer::ExportFile(f.path().to_owned()));
                    }
                    ctx.request_repaint();
                })
            }
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
                        let mut path = f.path().to_owned();
                        if path.extension().is_none() {
                            path.set_extension("ron");
                        }
                        let _ = tx.send(DialogAnswer::SaveAs(path));
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
