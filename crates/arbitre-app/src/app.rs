//! The eframe app, a thin shell in the style of the Elm architecture: the views draw the
//! [`Model`] and return commands; [`update`] turns each [`Message`] into changes to the model
//! and [`Effect`]s; the shell runs the effects (the window's, the autosave thread's, and the
//! file work on the effect thread, whose results come back as messages at a later frame).

use std::path::Path;
use std::sync::Arc;

use crate::command::{Command, Screen, ZoomStep};
use crate::notice::{self, AutosaveProblem, Notice};
use crate::recommend::OverrideDraft;
use crate::settings::Settings;
use crate::view::ViewCtx;
use crate::worker::AutosaveWorker;
use crate::{Launch, checklists, chrome, compare, recommend, theme};
use arbitre_core::autosave::{Kept, KitOrigin};
use arbitre_core::document::Document;
use arbitre_core::kit::CheckedKit;
use arbitre_core::session::Session;

mod answer;
mod close;
mod dialogs;
mod effects;
mod log;
mod message;
mod model;
mod prompts;
mod runner;
#[cfg(test)]
mod tests;
mod update;
mod writes;

pub use answer::DialogAnswer;
pub(crate) use effects::Effect;
pub use effects::{Done, LogExported, Opened, Probed};
pub use message::Message;
pub use model::{Modal, Model};
pub(crate) use update::update;

use model::new_session;
use runner::Runner;

/// Seconds between a change and its autosave.
const AUTOSAVE_DELAY: f64 = 0.5;

/// The app: the model, and the shell's runtime beside it (threads, channels, the window's
/// bookkeeping). Reads as its model (`Deref`), so tests read `app.doc` and act by messages.
pub struct ArbitreApp {
    /// Everything the window shows.
    pub model: Model,
    /// The effect thread: the document's file work (open, save, export, probes).
    runner: Runner,
    /// The screens' effect runner: the Log and Train screens' file work, a lane each.
    screens: crate::worker::Runner<crate::worker::Done>,
    autosave: Option<AutosaveWorker>,
    autosave_due: Option<f64>,
    /// Messages to take in at the next frame.
    inbox: Vec<Message>,
    /// Effects that need the window, run at the next frame.
    window_effects: Vec<Effect>,
    /// Tests only: each frame waits for the file work it started (see [`ArbitreApp::settling`]).
    settle: bool,
    title: String,
    quit_after_frames: Option<u64>,
    frames: u64,
    style_installed: bool,
    applied_dark: Option<bool>,
}

impl std::ops::Deref for ArbitreApp {
    type Target = Model;
    fn deref(&self) -> &Model {
        &self.model
    }
}

impl std::ops::DerefMut for ArbitreApp {
    fn deref_mut(&mut self) -> &mut Model {
        &mut self.model
    }
}

impl ArbitreApp {
    /// Builds the app for eframe, restoring settings from its storage.
    ///
    /// # Errors
    /// Only when the built-in kit is invalid, which is a defect of the build.
    pub fn new(
        cc: &eframe::CreationContext<'_>,
        launch: Launch,
    ) -> Result<Self, arbitre_core::kit::LoadError> {
        let settings: Settings = cc
            .storage
            .and_then(|s| eframe::get_value(s, eframe::APP_KEY))
            // First start: the system's language, until the user picks one (then it is saved).
            .unwrap_or_else(|| Settings {
                lang: arbitre_core::i18n::Lang::from_locale(|k| std::env::var(k).ok()),
                ..Settings::default()
            });
        let mut app = ArbitreApp::with_settings(settings, launch)?;
        app.install_style(&cc.egui_ctx);
        Ok(app)
    }

    /// Builds the app without eframe (tests, benchmarks): the kit named in `launch` or the
    /// built-in one, and the session named in `launch` if any.
    ///
    /// # Errors
    /// Only when the built-in kit is invalid, which is a defect of the build.
    pub fn with_settings(
        mut settings: Settings,
        mut launch: Launch,
    ) -> Result<Self, arbitre_core::kit::LoadError> {
        let mut messages = std::mem::take(&mut launch.settings_notices);
        let repaired = settings.sanitize();
        if !repaired.is_empty() {
            messages.push(Notice::SettingsRepaired(repaired));
        }
        let (kit, kit_origin) = launch_kit(&mut launch, &mut messages)?;
        let mut doc = Document::new(new_session(&kit, settings.lang), None);
        // An ADR given on the command line opens as File › Open opens it, once the app exists.
        let launch_adr = launch
            .session
            .as_deref()
            .filter(|p| arbitre_adr::reopen::is_markdown(p))
            .map(Path::to_owned);
        if let Some(path) = launch.session.as_deref().filter(|_| launch_adr.is_none()) {
            match Session::open(path, &kit) {
                Ok(loaded) => {
                    messages.extend(notice::fitted(path, &loaded));
                    doc = Document::new(loaded.session, Some(path.to_owned()));
                }
                Err(e) => messages.push(Notice::LoadFailed(e)),
            }
        }
        let system = doc.session.system(&kit);
        let recommendation = system.components[0].recommendation.clone();
        let decision = system.decision.clone();
        let system_drawing = arbitre_core::system::drawing(&kit, &system);
        let mut trainer = crate::train::Trainer::in_data_dir(
            &kit,
            launch.data_dir.clone(),
            settings.student.clone(),
            seed(),
        );
        messages.extend(
            trainer
                .restore_packs(&settings.packs)
                .into_iter()
                .map(Notice::LoadFailed),
        );
        let kit = Arc::new(kit);
        let model = Model {
            adr_view: crate::adr::AdrView::default(),
            adr_markdown: String::new(),
            adr_preview: String::new(),
            adr_stale: true,
            foreign_adr: None,
            adr_place: None,
            today: arbitre_adr::today(),
            trainer,
            settings,
            kit: Arc::clone(&kit),
            doc,
            decision,
            recommendation,
            system,
            system_drawing,
            component: None,
            messages,
            override_draft: OverrideDraft::default(),
            modals: Vec::new(),
            recovery_offers: Vec::new(),
            autosave_problem: launch
                .autosave_unavailable
                .then_some(AutosaveProblem::NoDataFolder),
            log_screen: crate::log::LogModel::default(),
            after_save: None,
            native_dialogs: dialogs::native_dialogs_available(),
            log_target: None,
            kit_origin,
            close_confirmed: false,
            autosave_on: false,
            autosave_wanted: false,
        };
        let mut app = ArbitreApp {
            model,
            runner: Runner::start(kit),
            screens: crate::worker::Runner::new(),
            autosave: None,
            autosave_due: None,
            inbox: Vec::new(),
            window_effects: Vec::new(),
            settle: false,
            title: String::new(),
            quit_after_frames: launch.quit_after_frames,
            frames: 0,
            style_installed: false,
            applied_dark: None,
        };
        if let Some(path) = launch_adr {
            app.send(Message::Open(path));
        }
        if let Some(dir) = launch.adr_log.as_deref() {
            app.send(Command::OpenLog(dir.to_owned()));
        }
        if let Some(dir) = launch.data_dir.as_deref() {
            app.start_autosave(dir);
        }
        // A documented test hook: tick an item as a user would, so that scripts can prove
        // that autosave and recovery work on the real binary.
        if let Some(id) = crate::hooks::test_tick() {
            app.inbox.push(Message::Command(Command::Edit(
                arbitre_core::session::Edit::Tick { id, on: true },
            )));
        }
        Ok(app)
    }

    /// For tests: every frame waits (a few seconds at most) for the file work it started,
    /// so that a test's frames are deterministic. The app itself never waits.
    #[must_use]
    pub fn settling(mut self) -> Self {
        self.settle = true;
        self
    }

    /// For tests: the app believes today is `date` (`YYYY-MM-DD`), so that what it draws and
    /// writes does not change with the day the tests run.
    #[must_use]
    pub fn on_day(mut self, date: &str) -> Self {
        date.clone_into(&mut self.model.today);
        self.model.adr_stale = true;
        self
    }

    /// Looks for unsaved work from runs that ended without closing cleanly (at start-up,
    /// before the first frame), then keeps this run's work saved as it changes.
    fn start_autosave(&mut self, dir: &Path) {
        let m = &mut self.model;
        let found = arbitre_core::autosave::find_orphans(dir, &m.kit, m.kit_origin.path.as_deref());
        for kept in found.kept {
            m.messages.push(match kept {
                Kept::OtherKit { file, needs } => Notice::AutosaveOtherKit { file, needs },
                Kept::Newer { file, format } => Notice::AutosaveNewer { file, format },
                Kept::SetAside { error, moved_to } => Notice::AutosaveSetAside { moved_to, error },
            });
        }
        for orphan in &found.orphans {
            eprintln!(
                "arbitre: unsaved work from an earlier run can be restored ({} ticked, {} weighted{}) from {}",
                orphan.recovery.session.ticks.len(),
                orphan.recovery.session.weights.len(),
                orphan
                    .recovery
                    .path
                    .as_deref()
                    .map(|p| format!(", {}", p.display()))
                    .unwrap_or_default(),
                orphan.file.display()
            );
        }
        m.recovery_offers = found.orphans;
        if !m.recovery_offers.is_empty() {
            m.modals.insert(0, Modal::Recovery);
        }
        m.autosave_on = true;
        self.autosave = Some(AutosaveWorker::start(dir.to_owned()));
    }

    /// Takes in a message now, and runs what it asks (effects on the window wait for the
    /// next frame).
    pub fn send(&mut self, msg: impl Into<Message>) {
        let fx = update(&mut self.model, msg.into());
        self.run_effects(fx);
    }

    /// Applies one command (as [`ArbitreApp::send`]).
    pub fn apply(&mut self, cmd: Command, _ctx: &egui::Context) {
        self.send(cmd);
    }

    /// Opens a file, replacing the document (no prompt), as [`Message::Open`].
    pub fn open_path(&mut self, path: &Path) {
        self.send(Message::Open(path.to_owned()));
    }

    /// Saves the exam's results into a folder the user chose; the results on the Train
    /// screen say where, or why not.
    pub fn save_exam_results(&mut self, dir: &Path) {
        let effects = self.model.trainer.save_exam_results_to(dir);
        self.run_effects(effects.into_iter().map(Effect::Train).collect());
    }

    /// Waits until the screens' effect runner and the effect thread are done, and takes
    /// their answers in (tests and scripted runs, never a frame). Returns whether they got
    /// done within `bound`.
    pub fn settle(&mut self, bound: std::time::Duration) -> bool {
        let start = std::time::Instant::now();
        loop {
            let left = bound.saturating_sub(start.elapsed());
            let idle = self.screens.settle(left) && self.runner.wait(left);
            let mut answers: Vec<Message> = self
                .screens
                .messages()
                .into_iter()
                .map(Message::Screen)
                .collect();
            answers.extend(self.runner.results());
            if answers.is_empty() {
                return idle;
            }
            for msg in answers {
                self.send(msg);
            }
        }
    }

    /// Saves the session where `target` says, waiting for the write (tests and scripts; the
    /// window sends [`Command::Save`] and never waits). Returns whether the file was written.
    pub fn save_to(&mut self, target: arbitre_core::files::WriteTarget) -> bool {
        let mut fx = Vec::new();
        self.model.save_to(target, false, &mut fx);
        self.run_now(fx, |d| {
            matches!(d, Done::SessionWritten { result: Ok(_), .. }).then_some(())
        })
        .is_some()
    }

    /// Exports the ADR where `target` says, waiting for the write (tests and scripts).
    /// Returns whether the file was written.
    pub fn export_file(&mut self, target: arbitre_core::files::WriteTarget) -> bool {
        let mut fx = Vec::new();
        self.model.export_file(target, &mut fx);
        self.run_now(fx, |d| matches!(d, Done::Exported(_, Ok(()))).then_some(()))
            .is_some()
    }

    /// Exports the ADR into the log at `root`, waiting for the write (tests and scripts).
    /// Returns the file written.
    pub fn export_to_log(
        &mut self,
        root: &Path,
        supersedes: Option<&str>,
        accept: bool,
    ) -> Option<std::path::PathBuf> {
        let mut fx = Vec::new();
        self.model
            .export_to_log(root, supersedes.map(str::to_owned), accept, false, &mut fx);
        self.run_now(fx, |d| match d {
            Done::ExportedToLog { result: Ok(w), .. } => Some(w.path.clone()),
            _ => None,
        })
    }

    /// Runs effects and waits for their results, taken in at once; what `found` picks
    /// among them.
    fn run_now<T>(&mut self, fx: Vec<Effect>, found: impl Fn(&Done) -> Option<T>) -> Option<T> {
        self.run_effects(fx);
        self.runner.wait(std::time::Duration::from_secs(30));
        let mut picked = None;
        for msg in self.runner.results() {
            if let Message::Done(done) = &msg
                && picked.is_none()
            {
                picked = found(done);
            }
            self.send(msg);
        }
        picked
    }

    /// Whether file work started by the app is still under way.
    pub fn busy(&self) -> bool {
        self.runner.busy()
    }

    /// Runs effects: file work goes to its thread, autosave jobs to the autosave thread;
    /// those needing the window wait for the frame.
    fn run_effects(&mut self, fx: Vec<Effect>) {
        for effect in fx {
            match effect {
                Effect::Io(io) => self.runner.send(io, &self.model.kit),
                Effect::Log(job) => self.screens.run(
                    crate::worker::Lane::Log,
                    Box::new(move |send: &dyn Fn(crate::worker::Done)| {
                        crate::log::run(job, &|m| send(crate::worker::Done::Log(m)));
                    }),
                ),
                Effect::Train(effect) => {
                    let disk = self.model.trainer.disk();
                    self.screens.run(
                        crate::worker::Lane::Train,
                        Box::new(move |send: &dyn Fn(crate::worker::Done)| {
                            crate::train::run(effect, &disk, &|m| {
                                send(crate::worker::Done::Train(m));
                            });
                        }),
                    );
                }
                Effect::Autosave(text) => {
                    if let Some(worker) = &self.autosave {
                        worker.send(text);
                    }
                }
                Effect::Retire(orphan) => {
                    if let Some(worker) = &self.autosave {
                        worker.retire(*orphan);
                    }
                }
                Effect::SetAside(orphan) => {
                    if let Some(worker) = &self.autosave {
                        worker.set_aside(*orphan);
                    }
                }
                window => self.window_effects.push(window),
            }
        }
    }

    /// Runs the effects that need the window.
    fn window_effects(&mut self, ctx: &egui::Context, frame: Option<&eframe::Frame>) {
        for effect in std::mem::take(&mut self.window_effects) {
            match effect {
                Effect::Close => ctx.send_viewport_cmd(egui::ViewportCommand::Close),
                Effect::CancelClose => ctx.send_viewport_cmd(egui::ViewportCommand::CancelClose),
                Effect::Theme => self.install_style(ctx),
                Effect::Zoom(ZoomStep::In) => egui::gui_zoom::zoom_in(ctx),
                Effect::Zoom(ZoomStep::Out) => egui::gui_zoom::zoom_out(ctx),
                Effect::Zoom(ZoomStep::Reset) => ctx.set_zoom_factor(1.0),
                Effect::Presenter(on) => {
                    let base = ctx.zoom_factor() / model::presenter_zoom(!on);
                    ctx.set_zoom_factor(base * model::presenter_zoom(on));
                    theme::presenter_style(ctx, on);
                    ctx.send_viewport_cmd(egui::ViewportCommand::Fullscreen(on));
                }
                Effect::Dialog(request) => match frame {
                    Some(frame) => dialogs::open_dialog(
                        request,
                        &mut self.model,
                        frame,
                        ctx,
                        self.runner.results_sender(),
                    ),
                    // Without eframe (tests) no dialog opens: it stays for a frame that has one.
                    None => self.window_effects.push(Effect::Dialog(request)),
                },
                other => self.run_effects(vec![other]),
            }
        }
    }

    fn install_style(&mut self, ctx: &egui::Context) {
        let settings = &mut self.model.settings;
        if !self.style_installed {
            theme::install(ctx);
            theme::presenter_style(ctx, settings.presenter);
            settings.sanitize();
            ctx.set_zoom_factor(settings.zoom);
            self.style_installed = true;
        }
        if self.applied_dark != Some(settings.dark) {
            ctx.set_theme(if settings.dark {
                egui::Theme::Dark
            } else {
                egui::Theme::Light
            });
            self.applied_dark = Some(settings.dark);
        }
    }

    /// Draws the whole app into `ui`, takes in what the views and the threads said, and
    /// runs the effects.
    pub fn show(&mut self, ui: &mut egui::Ui) {
        self.frame(ui, None);
    }

    fn frame(&mut self, ui: &mut egui::Ui, frame: Option<&eframe::Frame>) {
        let ctx = ui.ctx().clone();
        self.runner.set_context(&ctx);
        self.screens.set_context(&ctx);
        self.install_style(&ctx);
        if self.settle {
            self.runner.wait(std::time::Duration::from_secs(10));
            self.screens.settle(std::time::Duration::from_secs(10));
        }
        let mut inbox = std::mem::take(&mut self.inbox);
        inbox.extend(self.runner.results());
        inbox.extend(self.screens.messages().into_iter().map(Message::Screen));
        if let Some(worker) = &self.autosave {
            worker.set_context(&ctx);
            inbox.extend(worker.reports().into_iter().map(Message::Autosave));
        }
        for msg in inbox {
            self.send(msg);
        }
        if self.model.adr_stale && self.model.settings.screen == Screen::Adr {
            self.model.refresh_adr();
        }
        let mut cmds = Vec::new();
        chrome::shortcuts(&ctx, &mut cmds);
        chrome::dropped_files(&ctx, &mut cmds);
        if ctx.input(|i| {
            i.events
                .iter()
                .any(|e| matches!(e, egui::Event::WindowFocused(true)))
        }) {
            self.send(Message::Focused);
        }
        views_ui(ui, &mut self.model, &mut cmds);
        prompts::prompts_ui(&ctx, &mut self.model, &mut cmds);
        let m = &mut self.model;
        m.messages
            .extend(m.trainer.take_notices().into_iter().map(Notice::Train));
        for cmd in cmds {
            self.send(cmd);
        }
        self.window_effects(&ctx, frame);
        self.model.settings.zoom = ctx.zoom_factor() / self.model.presenter_zoom();
        self.autosave_tick(&ctx);
        self.update_title(&ctx);
        if self.settle {
            self.runner.wait(std::time::Duration::from_secs(10));
            self.screens.settle(std::time::Duration::from_secs(10));
            self.inbox.extend(self.runner.results());
            let screens = self.screens.messages();
            self.inbox.extend(screens.into_iter().map(Message::Screen));
            if !self.inbox.is_empty() {
                ctx.request_repaint();
            }
        }
    }

    /// Sends the work in progress to the autosave thread when its time has come.
    fn autosave_tick(&mut self, ctx: &egui::Context) {
        if !self.model.autosave_wanted {
            self.autosave_due = None;
            return;
        }
        let now = ctx.input(|i| i.time);
        let due = *self.autosave_due.get_or_insert(now + AUTOSAVE_DELAY);
        if now < due {
            ctx.request_repaint_after(std::time::Duration::from_secs_f64(due - now));
            return;
        }
        self.autosave_due = None;
        self.send(Message::AutosaveDue);
    }

    fn update_title(&mut self, ctx: &egui::Context) {
        let doc = &self.model.doc;
        let name = doc.display_name(self.model.settings.lang.words().common.untitled);
        let mark = if doc.is_dirty() { " •" } else { "" };
        let title = format!("{name}{mark} — arbitre");
        if title != self.title {
            ctx.send_viewport_cmd(egui::ViewportCommand::Title(title.clone()));
            self.title = title;
        }
    }

    /// The window title as last set.
    pub fn title(&self) -> &str {
        &self.title
    }

    /// Whether `--quit-after-frames` has counted its frames.
    fn scripted_close(&self) -> bool {
        self.quit_after_frames.is_some_and(|n| self.frames >= n)
    }

    /// Counts a frame; with `--quit-after-frames N`, asks to close after the N-th, as the
    /// user's close button does.
    fn count_frame(&mut self, ctx: &egui::Context) {
        self.frames += 1;
        if let Some(n) = self.quit_after_frames {
            if self.frames >= n {
                ctx.send_viewport_cmd(egui::ViewportCommand::Close);
            } else {
                // Keep frames coming until the count is reached; only in this scripted mode.
                ctx.request_repaint();
            }
        }
    }
}

/// The bars and the screen shown, drawn from the model; what they ask goes into `cmds`.
fn views_ui(ui: &mut egui::Ui, m: &mut Model, cmds: &mut Vec<Command>) {
    crate::focus::follow_focus(ui.ctx());
    egui::Panel::top("top_bar").show(ui, |ui| {
        chrome::top_bar_ui(ui, &m.settings, &m.doc, cmds);
    });
    if !m.messages.is_empty() || m.autosave_problem.is_some() {
        egui::Panel::bottom("messages").show(ui, |ui| {
            chrome::messages_ui(
                ui,
                m.autosave_problem.as_ref(),
                &m.messages,
                m.settings.lang,
                cmds,
            );
        });
    }
    let screen = egui::CentralPanel::default().show(ui, |ui| {
        let lang = m.settings.lang;
        let mut cx = ViewCtx {
            kit: &m.kit,
            session: &m.doc.session,
            recommendation: &m.recommendation,
            decision: &m.decision,
            system: &m.system,
            component: m.component,
            lang,
            words: lang.words(),
            dark: m.settings.dark,
            today: &m.today,
            cmds,
        };
        // Each screen under its own id: its scroll positions are its own, kept when the
        // user goes elsewhere and comes back.
        let screen = m.settings.screen;
        ui.push_id(screen, |ui| match screen {
            Screen::Compare => compare::compare_ui(ui, &mut cx),
            Screen::Checklists => checklists::checklists_ui(ui, &mut cx),
            Screen::Recommendation => {
                recommend::recommendation_ui(ui, &mut cx, &mut m.override_draft, &m.system_drawing);
            }
            Screen::Train => crate::train::train_ui(ui, &mut cx, &mut m.trainer),
            Screen::Adr => crate::adr::adr_ui(
                ui,
                &mut cx,
                &mut m.adr_view,
                &crate::adr::AdrDoc {
                    markdown: &m.adr_markdown,
                    preview: &m.adr_preview,
                    foreign: m.foreign_adr.as_ref(),
                    log_target: m.log_target.as_ref(),
                },
            ),
            Screen::Log => {
                crate::log::log_ui(ui, &mut cx, &mut m.log_screen, &m.settings.recent_logs);
            }
        });
    });
    crate::focus::skip_to_screen(ui.ctx(), screen.response.rect);
}

impl eframe::App for ArbitreApp {
    fn ui(&mut self, ui: &mut egui::Ui, frame: &mut eframe::Frame) {
        let ctx = ui.ctx().clone();
        if ctx.input(|i| i.viewport().close_requested()) && !self.scripted_close() {
            self.send(Message::CloseRequested);
        }
        self.frame(ui, Some(frame));
        self.count_frame(&ctx);
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        eframe::set_value(storage, eframe::APP_KEY, &self.model.settings);
    }

    fn on_exit(&mut self, _gl: Option<&eframe::glow::Context>) {
        // File work asked for is finished first (a Save just before closing lands).
        self.runner.wait(std::time::Duration::from_secs(30));
        // Closing without unsaved changes (or after choosing not to save) leaves nothing to
        // recover; otherwise the autosave stays for the next start.
        if let Some(worker) = self.autosave.take() {
            let m = &self.model;
            let job = (m.doc.is_dirty() && !m.close_confirmed).then(|| m.recovery_text());
            worker.finish(job);
        }
        // Offers not taken stay on disk for the next start.
        for other in self.model.recovery_offers.drain(..) {
            other.unlock();
        }
    }
}

/// Makes the paths given at launch absolute, once: what is remembered (autosave, recent
/// files) must name the same file when the app starts again from another folder. Then loads
/// the kit named in `launch` (a kit that fails says why, and the built-in one stands in).
///
/// # Errors
/// Only when the built-in kit is invalid, which is a defect of the build.
fn launch_kit(
    launch: &mut Launch,
    messages: &mut Vec<Notice>,
) -> Result<(CheckedKit, KitOrigin), arbitre_core::kit::LoadError> {
    for p in [
        &mut launch.kit,
        &mut launch.session,
        &mut launch.data_dir,
        &mut launch.adr_log,
    ]
    .into_iter()
    .flatten()
    {
        *p = arbitre_core::autosave::absolute(p);
    }
    let kit = match launch.kit.as_deref().map(CheckedKit::from_file) {
        Some(Ok(kit)) => Some(kit),
        Some(Err(e)) => {
            messages.push(Notice::KitFailed(e));
            None
        }
        None => None,
    };
    let kit_path = kit.is_some().then(|| launch.kit.clone()).flatten();
    // Only a broken build fails here (the test suite checks the built-in kit): the caller
    // says so and ends.
    let kit = match kit {
        Some(kit) => kit,
        None => CheckedKit::builtin()?,
    };
    let kit_origin = KitOrigin::of(&kit, kit_path.as_deref());
    Ok((kit, kit_origin))
}

/// The training's random seed: the clock's nanoseconds (the low 64 bits are plenty).
fn seed() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| {
            u64::try_from(d.as_nanos() % u128::from(u64::MAX)).unwrap_or(0)
        })
}
