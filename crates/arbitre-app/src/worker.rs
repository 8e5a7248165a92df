//! Work off the UI thread. The effect [`Runner`]: the one place where the screens' file
//! operations (the log read and written, the training's progress, position, exam file and
//! results, packs) run, on a lane per screen, each lane in order; every result comes back
//! as a message and wakes the window. And the autosave thread: writes the work in progress,
//! in order, and reports every outcome back to the window (an autosave that fails must never
//! fail in silence).

use std::path::PathBuf;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, OnceLock, mpsc};

use arbitre_core::autosave::{Autosave, Orphan};
use arbitre_core::files::WriteError;

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

/// The autosave thread's body, as given to the function that starts it.
pub(crate) type Work = Box<dyn FnOnce() + Send>;

/// What starting the thread gave.
pub(crate) type Spawned = std::io::Result<std::thread::JoinHandle<()>>;

fn io(path: PathBuf, source: std::io::Error) -> WriteError {
    WriteError::Io { path, source }
}

/// A thread that writes autosaves in order, off the UI thread.
pub(crate) struct AutosaveWorker {
    dir: PathBuf,
    tx: mpsc::Sender<Job>,
    /// Reports made on this side: the thread could not start, or is gone.
    own_reports: mpsc::Sender<Report>,
    reports: mpsc::Receiver<Report>,
    repaint: Arc<OnceLock<egui::Context>>,
    handle: Option<std::thread::JoinHandle<()>>,
}

impl AutosaveWorker {
    /// Starts the thread. It takes its autosave slot in `dir` at the first write, and tries
    /// again at the next one if that failed (a folder made writable again). If the thread
    /// cannot start, that is reported (see [`AutosaveWorker::reports`]), and again at every
    /// job sent, like a write that failed.
    pub fn start(dir: PathBuf) -> AutosaveWorker {
        AutosaveWorker::start_with(dir, std::thread::Builder::spawn)
    }

    /// [`AutosaveWorker::start`] with the thread started by `spawn` (tests make it fail).
    pub(crate) fn start_with(
        dir: PathBuf,
        spawn: impl FnOnce(std::thread::Builder, Work) -> Spawned,
    ) -> AutosaveWorker {
        let (tx, rx) = mpsc::channel::<Job>();
        let (report_tx, reports) = mpsc::channel::<Report>();
        let own_reports = report_tx.clone();
        let repaint: Arc<OnceLock<egui::Context>> = Arc::new(OnceLock::new());
        let repaint_thread = Arc::clone(&repaint);
        let thread_dir = dir.clone();
        let spawned = spawn(
            std::thread::Builder::new().name("autosave".into()),
            Box::new(move || {
                let dir = thread_dir;
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
            }),
        );
        let handle = match spawned {
            Ok(h) => Some(h),
            Err(e) => {
                let _ = own_reports.send(Report::Failed(io(
                    dir.clone(),
                    std::io::Error::new(e.kind(), format!("the autosave thread cannot start: {e}")),
                )));
                None
            }
        };
        AutosaveWorker {
            dir,
            tx,
            own_reports,
            reports,
            repaint,
            handle,
        }
    }

    /// Sends a job; if the thread is not there to take it, says so as `report` would.
    fn job(&self, job: Job, report: impl FnOnce(WriteError) -> Report) {
        if let Err(mpsc::SendError(job)) = self.tx.send(job) {
            let path = match job {
                Job::Retire(o) | Job::SetAside(o) => o.file.clone(),
                _ => self.dir.clone(),
            };
            let why = std::io::Error::other("the autosave thread is not running");
            let _ = self.own_reports.send(report(io(path, why)));
        }
    }

    /// Lets the thread wake the window when it has something to report.
    pub(crate) fn set_context(&self, ctx: &egui::Context) {
        let _ = self.repaint.set(ctx.clone());
    }

    /// Writes this text as the work in progress, or clears it (`None`: nothing unsaved).
    pub fn send(&self, text: Option<String>) {
        self.job(text.map_or(Job::Clear, Job::Write), Report::Failed);
    }

    /// The orphan's work was restored here (send the restored work first).
    pub(crate) fn retire(&self, orphan: Orphan) {
        self.job(Job::Retire(Box::new(orphan)), Report::OrphanError);
    }

    /// The user declined the orphan.
    pub fn set_aside(&self, orphan: Orphan) {
        self.job(Job::SetAside(Box::new(orphan)), Report::OrphanError);
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

/// A runner's answer, for the screen that asked.
#[derive(Debug)]
pub enum Done {
    /// For the Log screen.
    Log(crate::log::LogMsg),
    /// For the Train screen.
    Train(crate::train::TrainMsg),
}

/// The lanes of the effect runner: the jobs of one lane run in order, one at a time (a save
/// never overtakes the one before it); two lanes run side by side (a long log read never
/// holds up a training save).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Lane {
    /// The Log screen's reads and writes.
    Log,
    /// The Train screen's files.
    Train,
}

impl Lane {
    fn index(self) -> usize {
        match self {
            Lane::Log => 0,
            Lane::Train => 1,
        }
    }

    fn name(self) -> &'static str {
        match self {
            Lane::Log => "effects-log",
            Lane::Train => "effects-train",
        }
    }
}

/// A task of the runner: does its file operations and sends what it found, as messages
/// (any number: progress, then the result).
pub(crate) type Task<M> = Box<dyn FnOnce(&dyn Fn(M)) + Send>;

/// A lane's thread and the channel that feeds it.
struct LaneThread<M> {
    tx: mpsc::Sender<Task<M>>,
    handle: std::thread::JoinHandle<()>,
}

/// The state the lanes share with the window: the messages, the context to wake, how many
/// jobs are not done.
struct Shared<M> {
    tx: Mutex<mpsc::Sender<M>>,
    repaint: OnceLock<egui::Context>,
    pending: AtomicUsize,
}

impl<M> Shared<M> {
    fn send(&self, message: M) {
        if let Ok(tx) = self.tx.lock() {
            let _ = tx.send(message);
        }
        if let Some(ctx) = self.repaint.get() {
            ctx.request_repaint();
        }
    }

    fn run(&self, job: Task<M>) {
        job(&|m| self.send(m));
        self.pending.fetch_sub(1, Ordering::SeqCst);
        if let Some(ctx) = self.repaint.get() {
            ctx.request_repaint();
        }
    }
}

/// The effect runner: one thread per [`Lane`], started at its first job, ended when the
/// runner is dropped, once the jobs sent are done (dropping it waits for them: a save sent
/// just before the window closes is written). Results come back through [`Runner::messages`], and each one asks the
/// window for a frame ([`Runner::set_context`]), so an idle window stays idle. Where no
/// thread can be started, a job runs at once on the caller's thread (slower, never lost).
pub(crate) struct Runner<M> {
    lanes: [OnceLock<Option<LaneThread<M>>>; 2],
    shared: Arc<Shared<M>>,
    rx: mpsc::Receiver<M>,
}

impl<M: Send + 'static> Default for Runner<M> {
    fn default() -> Self {
        Runner::new()
    }
}

impl<M: Send + 'static> Runner<M> {
    /// A runner with no thread yet.
    pub fn new() -> Runner<M> {
        let (tx, rx) = mpsc::channel();
        Runner {
            lanes: [OnceLock::new(), OnceLock::new()],
            shared: Arc::new(Shared {
                tx: Mutex::new(tx),
                repaint: OnceLock::new(),
                pending: AtomicUsize::new(0),
            }),
            rx,
        }
    }

    /// Lets the lanes wake the window when a result arrives.
    pub(crate) fn set_context(&self, ctx: &egui::Context) {
        let _ = self.shared.repaint.set(ctx.clone());
    }

    fn lane(&self, lane: Lane) -> Option<&mpsc::Sender<Task<M>>> {
        self.lanes[lane.index()]
            .get_or_init(|| {
                let (tx, rx) = mpsc::channel::<Task<M>>();
                let shared = Arc::clone(&self.shared);
                std::thread::Builder::new()
                    .name(lane.name().into())
                    .spawn(move || {
                        for job in rx {
                            shared.run(job);
                        }
                    })
                    .ok()
                    .map(|handle| LaneThread { tx, handle })
            })
            .as_ref()
            .map(|lane| &lane.tx)
    }

    /// Runs `job` on `lane`, after the jobs sent there before it.
    pub fn run(&self, lane: Lane, job: Task<M>) {
        self.shared.pending.fetch_add(1, Ordering::SeqCst);
        let job = match self.lane(lane) {
            Some(tx) => match tx.send(job) {
                Ok(()) => return,
                Err(mpsc::SendError(job)) => job,
            },
            None => job,
        };
        // No thread to run it: here, now.
        self.shared.run(job);
    }

    /// The messages the jobs sent since the last call, in the order sent.
    pub fn messages(&self) -> Vec<M> {
        self.rx.try_iter().collect()
    }

    /// Whether every job sent is done (its messages may still wait in [`Runner::messages`]).
    pub fn idle(&self) -> bool {
        self.shared.pending.load(Ordering::SeqCst) == 0
    }

    /// Waits until every job sent is done, at most `bound` (tests and scripted runs, never
    /// a frame); returns whether they are.
    pub fn settle(&self, bound: std::time::Duration) -> bool {
        let start = std::time::Instant::now();
        while !self.idle() {
            if start.elapsed() >= bound {
                return false;
            }
            std::thread::sleep(std::time::Duration::from_millis(2));
        }
        true
    }
}

impl<M> Drop for Runner<M> {
    fn drop(&mut self) {
        for lane in &mut self.lanes {
            if let Some(LaneThread { tx, handle }) = lane.take().flatten() {
                drop(tx);
                let _ = handle.join();
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_lane_runs_its_jobs_in_order_and_reports_them_as_messages() {
        let runner: Runner<u32> = Runner::new();
        for i in 0..5 {
            runner.run(
                Lane::Train,
                Box::new(move |send| {
                    std::thread::sleep(std::time::Duration::from_millis(u64::from(5 - i)));
                    send(i);
                }),
            );
        }
        assert!(runner.settle(std::time::Duration::from_secs(10)));
        assert_eq!(runner.messages(), [0, 1, 2, 3, 4]);
        assert!(runner.messages().is_empty(), "taken once");
    }

    /// A save sent just before the window closes is written: dropping the runner waits.
    #[test]
    fn dropping_the_runner_waits_for_the_jobs_sent() {
        let done = Arc::new(AtomicUsize::new(0));
        let runner: Runner<()> = Runner::new();
        for _ in 0..3 {
            let done = Arc::clone(&done);
            runner.run(
                Lane::Train,
                Box::new(move |_| {
                    std::thread::sleep(std::time::Duration::from_millis(20));
                    done.fetch_add(1, Ordering::SeqCst);
                }),
            );
        }
        drop(runner);
        assert_eq!(done.load(Ordering::SeqCst), 3);
    }

    #[test]
    fn a_slow_lane_does_not_hold_up_another() {
        let runner: Runner<&'static str> = Runner::new();
        let (go, wait) = mpsc::channel::<()>();
        runner.run(
            Lane::Log,
            Box::new(move |send| {
                let _ = wait.recv();
                send("log");
            }),
        );
        runner.run(Lane::Train, Box::new(|send| send("train")));
        let start = std::time::Instant::now();
        let mut got = Vec::new();
        while got.is_empty() && start.elapsed().as_secs() < 10 {
            got = runner.messages();
        }
        assert_eq!(got, ["train"]);
        assert!(!runner.idle());
        let _ = go.send(());
        assert!(runner.settle(std::time::Duration::from_secs(10)));
        assert_eq!(runner.messages(), ["log"]);
    }

    /// The thread cannot start (no more threads, say): the window is told at once, and again
    /// at every change, as for any autosave that fails; nothing is sent into the void.
    #[test]
    fn a_thread_that_cannot_start_is_reported() -> Result<(), Box<dyn std::error::Error>> {
        let dir = tempfile::tempdir()?;
        let worker = AutosaveWorker::start_with(dir.path().to_owned(), |_, _| {
            Err(std::io::Error::new(
                std::io::ErrorKind::WouldBlock,
                "Resource temporarily unavailable",
            ))
        });
        let reports = worker.reports();
        assert!(
            matches!(reports.as_slice(), [Report::Failed(WriteError::Io { path, source })]
                if path == dir.path() && source.to_string().contains("autosave thread cannot start")),
            "{reports:?}"
        );
        worker.send(Some("(format: 1)".to_owned()));
        let reports = worker.reports();
        assert!(
            matches!(reports.as_slice(), [Report::Failed(WriteError::Io { source, .. })]
                if source.to_string().contains("not running")),
            "{reports:?}"
        );
        assert_eq!(std::fs::read_dir(dir.path())?.count(), 0);
        worker.finish(None);
        Ok(())
    }

    #[test]
    fn a_running_thread_reports_its_writes() -> Result<(), Box<dyn std::error::Error>> {
        let dir = tempfile::tempdir()?;
        let worker = AutosaveWorker::start(dir.path().to_owned());
        worker.send(Some("(format: 1)".to_owned()));
        let started = std::time::Instant::now();
        let mut reports = Vec::new();
        while reports.is_empty() && started.elapsed().as_secs() < 10 {
            std::thread::sleep(std::time::Duration::from_millis(10));
            reports = worker.reports();
        }
        assert!(
            matches!(reports.as_slice(), [Report::Protected]),
            "{reports:?}"
        );
        worker.finish(None);
        Ok(())
    }
}
