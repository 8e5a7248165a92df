//! The effect thread: the file work among the [`Effect`](super::Effect)s, off the frame:
//! reading a session or an ADR, Save, Save As, the export to a file or into a log, the
//! recovery's reads. One thread, in order (a Save then another Save land in that order);
//! each result comes back as a [`Message`] and wakes the window (`ctx.request_repaint`), so
//! an idle window uses no CPU and no frame waits on the disk.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, OnceLock, mpsc};

use super::effects::{Done, Io, LogExport, LogExported, Opened, Probed};
use super::message::Message;
use crate::notice::Notice;
use arbitre_core::kit::{CheckedKit, LoadError};
use arbitre_core::session::Session;

/// The effect thread: takes [`Io`] jobs in order, sends back [`Message::Done`].
pub(crate) struct Runner {
    jobs: Option<mpsc::Sender<Io>>,
    results_tx: mpsc::Sender<Message>,
    results: mpsc::Receiver<Message>,
    repaint: Arc<OnceLock<egui::Context>>,
    in_flight: Arc<AtomicUsize>,
    handle: Option<std::thread::JoinHandle<()>>,
}

impl Runner {
    /// Starts the thread.
    pub(crate) fn start(kit: Arc<CheckedKit>) -> Runner {
        let (jobs, rx) = mpsc::channel::<Io>();
        let (results_tx, results) = mpsc::channel::<Message>();
        let repaint: Arc<OnceLock<egui::Context>> = Arc::new(OnceLock::new());
        let in_flight = Arc::new(AtomicUsize::new(0));
        let (tx, wake, count) = (
            results_tx.clone(),
            Arc::clone(&repaint),
            Arc::clone(&in_flight),
        );
        let handle = std::thread::Builder::new()
            .name("effects".into())
            .spawn(move || {
                for job in rx {
                    if let Some(done) = run(job, &kit) {
                        let _ = tx.send(Message::Done(done));
                    }
                    count.fetch_sub(1, Ordering::SeqCst);
                    if let Some(ctx) = wake.get() {
                        ctx.request_repaint();
                    }
                }
            });
        // A thread that cannot start: the jobs are done here rather than lost (see `send`).
        let (jobs, handle) = match handle {
            Ok(h) => (Some(jobs), Some(h)),
            Err(e) => {
                eprintln!(
                    "arbitre: the file thread cannot start ({e}); files are written in the frame"
                );
                (None, None)
            }
        };
        Runner {
            jobs,
            results_tx,
            results,
            repaint,
            in_flight,
            handle,
        }
    }

    /// Lets the thread wake the window when a result is ready.
    pub(crate) fn set_context(&self, ctx: &egui::Context) {
        let _ = self.repaint.set(ctx.clone());
    }

    /// Sends a job to the thread; a thread gone does the job here rather than lose it.
    pub(crate) fn send(&self, job: Io, kit: &CheckedKit) {
        self.in_flight.fetch_add(1, Ordering::SeqCst);
        let job = match &self.jobs {
            Some(jobs) => match jobs.send(job) {
                Ok(()) => return,
                Err(mpsc::SendError(job)) => job,
            },
            None => job,
        };
        if let Some(done) = run(job, kit) {
            let _ = self.results_tx.send(Message::Done(done));
        }
        self.in_flight.fetch_sub(1, Ordering::SeqCst);
    }

    /// A sender for results made elsewhere (the dialog threads).
    pub(crate) fn results_sender(&self) -> mpsc::Sender<Message> {
        self.results_tx.clone()
    }

    /// The results that arrived since the last call.
    pub(crate) fn results(&self) -> Vec<Message> {
        self.results.try_iter().collect()
    }

    /// Whether jobs are still being done.
    pub(crate) fn busy(&self) -> bool {
        self.in_flight.load(Ordering::SeqCst) > 0
    }

    /// Waits until the jobs sent are done, at most `limit` (tests, and the last frame);
    /// whether they are.
    pub(crate) fn wait(&self, limit: std::time::Duration) -> bool {
        let start = std::time::Instant::now();
        while self.busy() && start.elapsed() < limit {
            std::thread::sleep(std::time::Duration::from_millis(1));
        }
        !self.busy()
    }
}

impl Drop for Runner {
    fn drop(&mut self) {
        // Writes asked for are finished before the app goes.
        drop(self.jobs.take());
        if let Some(h) = self.handle.take() {
            let _ = h.join();
        }
    }
}

/// Does one job; its result, if it has one.
fn run(job: Io, kit: &CheckedKit) -> Option<Done> {
    Some(match job {
        Io::Probe(path) => {
            let kind = if path.is_dir() {
                Probed::Folder
            } else if arbitre_train::pack::is_pack_file(&path) {
                Probed::Pack
            } else {
                Probed::Other
            };
            Done::Probed(path, kind)
        }
        Io::Read(path) => {
            let read = read(&path, kit);
            Done::Read(path, read)
        }
        Io::WriteSession {
            target,
            session,
            then,
        } => {
            let mut text = session.to_ron();
            text.push('\n');
            let result = arbitre_core::files::write_to(&target, text.as_bytes())
                .map(|()| arbitre_core::files::hash_bytes(text.as_bytes()));
            let resolved = crate::settings::resolved(&target.path);
            Done::SessionWritten {
                target,
                resolved,
                session,
                then,
                result,
            }
        }
        Io::ExportFile { target, text } => {
            let result = arbitre_core::files::write_to(&target, text.as_bytes());
            Done::Exported(target, result)
        }
        Io::ExportToLog(asked) => export_to_log(*asked, kit),
        Io::ReadForRestore(orphan) => {
            let on_disk = orphan
                .recovery
                .path
                .as_deref()
                .and_then(|p| Session::open(p, kit).ok())
                .map(|l| Box::new(l.session));
            let hash = orphan
                .recovery
                .path
                .as_deref()
                .and_then(arbitre_core::files::hash_file);
            Done::RestoreRead(orphan, on_disk, hash)
        }
        Io::Typed(answer) => {
            let folder = answer.folder();
            Done::Typed(answer, folder)
        }
        Io::Unlock(offers) => {
            for other in offers {
                other.unlock();
            }
            return None;
        }
    })
}

/// Reads a file to open: an ADR by its extension, a pack by its content, else a session.
fn read(path: &std::path::Path, kit: &CheckedKit) -> Result<Opened, LoadError> {
    if arbitre_adr::reopen::is_markdown(path) {
        // Its number and links in its log, read here, off the frame, with the file.
        return arbitre_core::kit::read_text_file(path)
            .map(|text| Opened::Adr(text, arbitre_adr::log::place_of(path)));
    }
    if arbitre_train::pack::is_pack_file(path) {
        return Ok(Opened::Pack);
    }
    let loaded = Session::open(path, kit)?;
    Ok(Opened::Session(
        Box::new(loaded),
        arbitre_core::files::hash_file(path),
        crate::settings::resolved(path),
    ))
}

/// Exports into a log, in its conventions, and says which log and template it used, and
/// what is wrong in the log.
fn export_to_log(asked: LogExport, kit: &CheckedKit) -> Done {
    let LogExport {
        root,
        supersedes,
        session,
        date,
        accept,
        for_target,
        split,
    } = asked;
    let result = arbitre_adr::log::detect(&root).and_then(|log| {
        let export = if split {
            arbitre_adr::log::export_split(&log, kit, &session, supersedes.as_deref(), &date, None)?
        } else {
            arbitre_adr::log::export(&log, kit, &session, supersedes.as_deref(), &date, None)?
        };
        let template = match (export.template, export.style.header) {
            (arbitre_core::session::Template::Nygard, _) => "Nygard",
            (_, arbitre_adr::Header::Lines) => {
                // The list marker the record was written with: the log's.
                let b = export.style.bullet;
                &format!("MADR ({b} Status:, {b} Date:, {b} Deciders:)")
            }
            _ => "MADR",
        };
        let mut notices = vec![Notice::ExportedToLog {
            path: export.path.clone(),
            log: format!("{} {}", log.kind.name(), log.relative_dir().display()),
            template: template.to_owned(),
        }];
        if !export.components.is_empty() {
            notices.push(Notice::ExportedComponents(export.components.clone()));
        }
        if export.template != session.adr.template {
            notices.push(Notice::OtherTemplate);
        }
        if let Some(log_lang) = export.style.lang.filter(|l| *l != session.adr.lang) {
            notices.push(Notice::LogInOtherLanguage {
                log: log_lang,
                record: session.adr.lang,
            });
        }
        if let Some(old) = export.superseded {
            notices.push(Notice::MarkedSuperseded(old));
        }
        if let Some(first) = export.findings.first() {
            notices.push(Notice::LogFindings {
                count: export.findings.len(),
                first: first.clone(),
            });
        }
        Ok(LogExported {
            path: export.path,
            log_dir: crate::settings::resolved(&root),
            notices,
        })
    });
    Done::ExportedToLog {
        root,
        supersedes,
        accept,
        for_target,
        result,
    }
}
