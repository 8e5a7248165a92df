//! The autosave thread: writes the work in progress, in order, off the UI thread, and reports
//! every outcome back to the window (an autosave that fails must never fail in silence).

use std::path::PathBuf;
use std::sync::{Arc, OnceLock, mpsc};

use crate::autosave::{Autosave, Orphan};
use crate::files::WriteError;

/// What the autosave thread is asked to do.
enum Job {
    /// Write this text to this instance's autosave.
    Write(String),
    /// Nothing unsaved: remove this instance's autosave.
    Clear,
    /// The orphan's work now lives in this instance: remove (or keep aside) its file.
    Retire(Box<Orphan>),
    /// The user declined the orphan: rename it aside.
    SetAside(Box<Orphan>),
    /// Closing with unsaved work: keep the autosave for the next start.
    Keep,
    /// Closing cleanly with nothing unsaved: remove the autosave and its lock.
    Release,
}

/// What the autosave thread reports back.
#[derive(Debug)]
pub enum Report {
    /// The work in progress is on disk (or there was nothing to keep).
    Protected,
    /// The work in progress could not be written: why.
    Failed(WriteError),
    /// An orphaned autosave was set aside under this name.
    SetAside(PathBuf),
    /// Something about an orphaned autosave went wrong: why.
    OrphanError(WriteError),
}

fn io(path: PathBuf, source: std::io::Error) -> WriteError {
    WriteError::Io { path, source }
}

/// A thread that writes autosaves in order, off the UI thread.
pub struct AutosaveWorker {
    tx: mpsc::Sender<Job>,
    reports: mpsc::Receiver<Report>,
    repaint: Arc<OnceLock<egui::Context>>,
    handle: Option<std::thread::JoinHandle<()>>,
}

impl AutosaveWorker {
    /// Starts the thread. It takes its autosave slot in `dir` at the first write, and tries
    /// again at the next one if that failed (a folder made writable again).
    pub fn start(dir: PathBuf) -> AutosaveWorker {
        let (tx, rx) = mpsc::channel::<Job>();
        let (report_tx, reports) = mpsc::channel::<Report>();
        let repaint: Arc<OnceLock<egui::Context>> = Arc::new(OnceLock::new());
        let repaint_thread = Arc::clone(&repaint);
        let handle = std::thread::Builder::new()
            .name("autosave".into())
            .spawn(move || {
                let mut slot: Option<Autosave> = None;
                let report = |r: Report| {
                    let _ = report_tx.send(r);
                    if let Some(ctx) = repaint_thread.get() {
                        ctx.request_repaint();
                    }
                };
                for job in rx {
                    match job {
                        Job::Write(text) => {
                            let written = match &slot {
                                Some(a) => a.write(&text),
                                None => Autosave::claim(&dir).and_then(|a| {
                                    let r = a.write(&text);
                                    slot = Some(a);
                                    r
                                }),
                            };
                            report(match written {
                                Ok(()) => Report::Protected,
                                Err(e) => Report::Failed(e),
                            });
                        }
                        Job::Clear => {
                            if let Some(a) = &slot
                                && let Err(e) = a.clear()
                            {
                                report(Report::Failed(io(a.file().to_owned(), e)));
                            } else {
                                report(Report::Protected);
                            }
                        }
                        Job::Retire(o) => {
                            let file = o.file.clone();
                            if let Err(e) = o.retire() {
                                report(Report::OrphanError(io(file, e)));
                            }
                        }
                        Job::Keep => {
                            // Dropping the slot closes its lock and leaves its file.
                            slot = None;
                        }
                        Job::Release => {
                            if let Some(a) = slot.take() {
                                let _ = a.release();
                            }
                        }
                        Job::SetAside(o) => {
                            let file = o.file.clone();
                            report(match o.set_aside() {
                                Ok(to) => Report::SetAside(to),
                                Err(e) => Report::OrphanError(io(file, e)),
                            });
                        }
                    }
                }
                // The channel closed without `Release` (the app was dropped without closing):
                // like a crash, the file stays for the next start and only the lock ends.
                drop(slot);
            })
            .ok();
        AutosaveWorker {
            tx,
            reports,
            repaint,
            handle,
        }
    }

    /// Lets the thread wake the window when it has something to report.
    pub fn set_context(&self, ctx: &egui::Context) {
        let _ = self.repaint.set(ctx.clone());
    }

    /// Writes this text as the work in progress, or clears it (`None`: nothing unsaved).
    pub fn send(&self, text: Option<String>) {
        let _ = self.tx.send(text.map_or(Job::Clear, Job::Write));
    }

    /// The orphan's work was restored here (send the restored work first).
    pub fn retire(&self, orphan: Orphan) {
        let _ = self.tx.send(Job::Retire(Box::new(orphan)));
    }

    /// The user declined the orphan.
    pub fn set_aside(&self, orphan: Orphan) {
        let _ = self.tx.send(Job::SetAside(Box::new(orphan)));
    }

    /// What the thread reported since the last call.
    pub fn reports(&self) -> Vec<Report> {
        self.reports.try_iter().collect()
    }

    /// Ends the thread: with `Some(text)` the work is written and its file stays for the next
    /// start (as after a crash); with `None` this instance's autosave is removed.
    pub fn finish(self, text: Option<String>) {
        let AutosaveWorker { tx, handle, .. } = self;
        if let Some(text) = text {
            let _ = tx.send(Job::Write(text));
            let _ = tx.send(Job::Keep);
        } else {
            let _ = tx.send(Job::Release);
        }
        drop(tx);
        if let Some(h) = handle {
            let _ = h.join();
        }
    }
}
