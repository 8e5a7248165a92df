//! The eframe app: persisted settings, the runtime state beside them, the top bar, and the
//! commands that views return and the app applies after the frame.

use std::path::{Path, PathBuf};
use std::sync::mpsc;

use crate::command::{Command, DialogRequest, Pending, Screen, ZoomStep};
use crate::notice::{self, AutosaveProblem, Notice};
use crate::recommend::OverrideDraft;
use crate::settings::Settings;
use crate::view::ViewCtx;
use crate::worker::{AutosaveWorker, Report};
use crate::{Launch, checklists, chrome, compare, recommend, theme};
use arbitre_core::autosave::{Autosave, Kept, KitOrigin, Orphan, Recovery};
use arbitre_core::decide::{Decision, Recommendation};
use arbitre_core::document::Document;
use arbitre_core::kit::CheckedKit;
use arbitre_core::session::Session;

mod close;
mod dialogs;
mod log;
mod prompts;
mod writes;

use dialogs::DialogAnswer;

/// Seconds between a change and its autosave.
const AUTOSAVE_DELAY: f64 = 0.5;

/// The app: settings that persist, and everything else beside them.
pub struct ArbitreApp {
    /// Persisted settings.
    pub settings: Settings,
    /// The checked kit in use.
    pub kit: CheckedKit,
    /// The session being edited, its file, and its undo history.
    pub doc: Document,
    /// The recommendation for `session`, recomputed when it changes.
    pub recommendation: Recommendation,
    /// The team's decision (its override, else the recommendation), recomputed with it.
    pub decision: Decision,
    /// Messages shown in the bottom bar.
    pub messages: Vec<Notice>,
    /// The override form being filled in.
    pub override_draft: OverrideDraft,
    /// The ADR screen's own state.
    pub adr_view: crate::adr::AdrView,
    /// The ADR as Markdown, rendered when the session changes.
    pub adr_markdown: String,
    /// The same, prepared for the rendered preview.
    pub adr_preview: String,
    /// Whether the session changed since the ADR was last rendered.
    adr_stale: bool,
    /// An ADR written by someone else, shown read-only.
    pub foreign_adr: Option<crate::adr::ForeignAdr>,
    /// Today's date, `YYYY-MM-DD`.
    pub today: String,
    /// The Train screen's state and the student's progress.
    pub trainer: crate::train::Trainer,
    /// What waits for the unsaved-changes prompt.
    pub pending: Option<Pending>,
    /// Unsaved work from earlier runs that are no longer running, offered back newest first.
    pub recovery_offers: Vec<Orphan>,
    /// Why the work in progress is not protected by the autosave right now, if it is not:
    /// shown in the window until an autosave succeeds.
    pub autosave_problem: Option<AutosaveProblem>,
    /// A write refused because a file is at its target (it exists, or the document's own
    /// file changed on disk): Replace / Save As… / Cancel.
    pub overwrite_prompt: Option<crate::files::Overwriting>,
    /// An export into a log waiting for "accept the decision and supersede?": the log's
    /// folder and the record to supersede.
    pub accept_prompt: Option<(PathBuf, String)>,
    /// The Log screen.
    pub log_screen: crate::log::LogModel,
    /// The effect runner: the screens' file operations, off the frame.
    effects: crate::worker::Runner<crate::worker::Done>,
    /// What waits for the Save As dialog of an untitled session (Close → Save).
    pub after_save: Option<Pending>,
    /// Whether native file dialogs can be shown here (xdg-desktop-portal or zenity on
    /// Linux); when not, a path field inside the app takes their place.
    pub native_dialogs: bool,
    /// The path field shown instead of a native dialog: what it is for, what is typed.
    pub path_prompt: Option<(DialogRequest, String)>,
    /// Whether the list of keyboard shortcuts is shown.
    pub show_shortcuts: bool,
    /// The log chosen on the Log screen for the next export, and the record it supersedes.
    pub log_target: Option<crate::adr::LogTarget>,
    /// The kit in use and where it came from, recorded in autosaves.
    kit_origin: KitOrigin,
    /// A dialog to open at the end of the frame.
    pub dialog_request: Option<DialogRequest>,
    /// Whether closing is allowed even with unsaved changes.
    close_confirmed: bool,
    /// Commands to apply at the next frame.
    apply_later: Vec<Command>,
    autosave: Option<AutosaveWorker>,
    autosave_due: Option<f64>,
    dialog_tx: mpsc::Sender<DialogAnswer>,
    dialog_rx: mpsc::Receiver<DialogAnswer>,
    title: String,
    quit_after_frames: Option<u64>,
    frames: u64,
    style_installed: bool,
    applied_dark: Option<bool>,
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
        // Paths are made absolute once, here: what is remembered (autosave, recent files)
        // must name the same file when the app starts again from another folder.
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
        let recommendation = doc.session.recommend(&kit);
        let decision = doc.session.decision(&recommendation);
        let (dialog_tx, dialog_rx) = mpsc::channel();
        let seed = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            // The low 64 bits of the nanoseconds are plenty of seed.
            .map_or(0, |d| {
                u64::try_from(d.as_nanos() % u128::from(u64::MAX)).unwrap_or(0)
            });
        let mut trainer = crate::train::Trainer::in_data_dir(
            &kit,
            launch.data_dir.clone(),
            settings.student.clone(),
            seed,
        );
        messages.extend(
            trainer
                .restore_packs(&settings.packs)
                .into_iter()
                .map(Notice::LoadFailed),
        );
        let mut app = ArbitreApp {
            adr_view: crate::adr::AdrView::default(),
            adr_markdown: String::new(),
            adr_preview: String::new(),
            adr_stale: true,
            foreign_adr: None,
            today: arbitre_adr::today(),
            trainer,
            settings,
            kit,
            doc,
            decision,
            recommendation,
            messages,
            override_draft: OverrideDraft::default(),
            pending: None,
            recovery_offers: Vec::new(),
            autosave_problem: launch
                .autosave_unavailable
                .then_some(AutosaveProblem::NoDataFolder),
            overwrite_prompt: None,
            accept_prompt: None,
            log_screen: crate::log::LogModel::default(),
            effects: crate::worker::Runner::new(),
            after_save: None,
            native_dialogs: dialogs::native_dialogs_available(),
            path_prompt: None,
            show_shortcuts: false,
            log_target: None,
            kit_origin,
            dialog_request: None,
            close_confirmed: false,
            apply_later: Vec::new(),
            autosave: None,
            autosave_due: None,
            dialog_tx,
            dialog_rx,
            title: String::new(),
            quit_after_frames: launch.quit_after_frames,
            frames: 0,
            style_installed: false,
            applied_dark: None,
        };
        if let Some(path) = launch_adr {
            app.open_path(&path);
        }
        if let Some(dir) = launch.adr_log.as_deref() {
            app.open_log(dir);
        }
        if let Some(dir) = launch.data_dir.as_deref() {
            app.start_autosave(dir);
        }
        // A documented test hook: tick an item as a user would, so that scripts can prove
        // that autosave and recovery work on the real binary.
        if let Some(id) = crate::hooks::test_tick() {
            app.apply_later
                .push(Command::Edit(arbitre_core::session::Edit::Tick {
                    id,
                    on: true,
                }));
        }
        Ok(app)
    }

    /// Looks for unsaved work from runs that ended without closing cleanly, then keeps this
    /// run's work saved as it changes.
    fn start_autosave(&mut self, dir: &Path) {
        let found =
            arbitre_core::autosave::find_orphans(dir, &self.kit, self.kit_origin.path.as_deref());
        for kept in found.kept {
            self.messages.push(match kept {
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
        self.recovery_offers = found.orphans;
        self.autosave = Some(AutosaveWorker::start(dir.to_owned()));
    }

    /// Opens a session file (or an ADR, by its `.md` extension), replacing the document (no
    /// prompt: callers ask first).
    pub fn open_path(&mut self, path: &Path) {
        let path = &arbitre_core::autosave::absolute(path);
        if arbitre_adr::reopen::is_markdown(path) {
            self.open_adr(path);
            return;
        }
        if arbitre_train::pack::is_pack_file(path) {
            self.load_pack(path);
            return;
        }
        match Session::open(path, &self.kit) {
            Ok(loaded) => {
                self.messages.extend(notice::fitted(path, &loaded));
                self.doc = Document::new(loaded.session, Some(path.to_owned()));
                self.settings.remember(path);
                self.changed();
            }
            Err(e) => self.messages.push(Notice::LoadFailed(e)),
        }
    }

    /// Loads a teacher's pack onto the Train screen (and shows it), remembering it for the
    /// next start; a pack that fails its checks is refused with every problem, by line.
    pub fn load_pack(&mut self, path: &Path) {
        let path = &arbitre_core::autosave::absolute(path);
        // Read off the frame; said, shown and remembered once read (`receive`).
        let effect = self.trainer.load_pack(path);
        self.train_effects(vec![effect]);
    }

    /// Saves the exam's results into a folder the user chose; the results on the Train
    /// screen say where, or why not.
    pub fn save_exam_results(&mut self, dir: &Path) {
        let effects = self.trainer.save_exam_results_to(dir);
        self.train_effects(effects);
    }

    /// Keeps the packs loaded in the settings, for the next start.
    pub(super) fn remember_packs(&mut self) {
        self.settings.packs = self
            .trainer
            .packs()
            .iter()
            .map(|p| p.origin().to_owned())
            .collect();
    }

    /// Recomputes what depends on the session and schedules an autosave.
    fn changed(&mut self) {
        self.recommendation = self.doc.session.recommend(&self.kit);
        self.decision = self.doc.session.decision(&self.recommendation);
        // Rendered when the ADR screen is shown, not on every tick elsewhere.
        self.adr_stale = true;
        self.schedule_autosave();
    }

    /// Renders the ADR and its preview again (after a change, not per frame).
    pub fn refresh_adr(&mut self) {
        self.adr_markdown = self.render_adr(1, Vec::new());
        self.adr_preview = arbitre_adr::preview_markdown(&self.adr_markdown);
        self.adr_stale = false;
    }

    /// The ADR's input for the session being edited.
    fn adr_input(&self) -> arbitre_adr::AdrInput<'_> {
        arbitre_adr::AdrInput::new(
            &self.kit,
            &self.doc.session,
            &self.recommendation,
            &self.today,
        )
    }

    /// The ADR's date: the one typed if valid, else today.
    fn adr_date(&self) -> String {
        arbitre_adr::date_or_today(&self.doc.session.adr.date, &self.today)
    }

    /// Renders the ADR (without the session block) for the preview.
    fn render_adr(&self, number: u32, supersedes: Vec<arbitre_adr::LinkRef>) -> String {
        arbitre_adr::render::render(&arbitre_adr::AdrInput {
            number,
            supersedes,
            ..self.adr_input()
        })
    }

    /// Exports the ADR into the ADR log found at `root` (a repository or its log folder),
    /// in the log's conventions, never over a file; says which log and template it used,
    /// and what is wrong in the log. Superseding needs an accepted decision: without
    /// `accept`, a decision not yet accepted asks first ([`ArbitreApp::accept_prompt`]);
    /// with it, the status becomes Accepted (an edit that can be undone). Returns the file
    /// written.
    pub fn export_to_log(
        &mut self,
        root: &Path,
        supersedes: Option<&str>,
        accept: bool,
    ) -> Option<PathBuf> {
        if accept && self.doc.session.adr.status != arbitre_core::session::Status::Accepted {
            let mut meta = self.doc.session.adr.clone();
            meta.status = arbitre_core::session::Status::Accepted;
            if self
                .doc
                .edit(arbitre_core::session::Edit::Adr(Box::new(meta)))
            {
                self.changed();
            }
        }
        let result = arbitre_adr::log::detect(root).and_then(|log| {
            arbitre_adr::log::export(
                &log,
                &self.kit,
                &self.doc.session,
                supersedes,
                &self.adr_date(),
                None,
            )
            .map(|export| (log, export))
        });
        match result {
            Ok((log, export)) => {
                let template = match (export.template, export.style.header) {
                    (arbitre_core::session::Template::Nygard, _) => "Nygard",
                    (_, arbitre_adr::Header::Lines) => "MADR (- Status:, - Date:, - Deciders:)",
                    _ => "MADR",
                };
                self.messages.push(Notice::ExportedToLog {
                    path: export.path.clone(),
                    log: format!("{} {}", log.kind.name(), log.relative_dir().display()),
                    template: template.to_owned(),
                });
                if export.template != self.doc.session.adr.template {
                    self.messages.push(Notice::OtherTemplate);
                }
                if let Some(old) = export.superseded {
                    self.messages.push(Notice::MarkedSuperseded(old));
                }
                if let Some(first) = export.findings.first() {
                    self.messages.push(Notice::LogFindings {
                        count: export.findings.len(),
                        first: first.to_string(),
                    });
                }
                Some(export.path)
            }
            Err(arbitre_adr::log::LogError::NotAccepted { .. }) if !accept => {
                self.accept_prompt = supersedes.map(|s| (root.to_owned(), s.to_owned()));
                None
            }
            Err(e) => {
                self.messages.push(Notice::LogFailed(e));
                None
            }
        }
    }

    /// Opens an ADR: one arbitre wrote restores its whole decision; any other is shown
    /// read-only.
    pub fn open_adr(&mut self, path: &Path) {
        let markdown = match arbitre_core::kit::read_text_file(path) {
            Ok(m) => m,
            Err(e) => {
                self.messages.push(Notice::LoadFailed(e));
                return;
            }
        };
        match arbitre_adr::reopen::reopen(&markdown, path, &self.kit) {
            Ok(arbitre_adr::reopen::Reopened::Session(loaded, kept)) => {
                self.messages.extend(notice::fitted(path, &loaded));
                self.doc = Document::recovered(
                    loaded.session,
                    None,
                    new_session(&self.kit, self.settings.lang),
                );
                self.foreign_adr = None;
                self.messages
                    .push(Notice::DecisionRestored(path.to_owned()));
                if !kept.is_empty() {
                    self.messages.push(Notice::EditedOutside {
                        file: path.to_owned(),
                        fields: kept,
                    });
                }
                self.changed();
            }
            Ok(arbitre_adr::reopen::Reopened::Foreign) => {
                self.foreign_adr = Some(crate::adr::ForeignAdr {
                    path: path.to_owned(),
                    preview: arbitre_adr::preview_markdown(&markdown),
                    markdown,
                });
                self.settings.screen = Screen::Adr;
            }
            Ok(arbitre_adr::reopen::Reopened::Damaged(why)) => {
                self.messages.push(Notice::AdrDamaged {
                    file: path.to_owned(),
                    why,
                });
            }
            Err(e) => self.messages.push(Notice::LoadFailed(e)),
        }
    }

    fn schedule_autosave(&mut self) {
        if self.autosave.is_some() && self.autosave_due.is_none() {
            // The actual time is set in `show`, where the clock is known.
            self.autosave_due = Some(f64::NEG_INFINITY);
        }
    }

    /// Sends the work in progress to the autosave thread when its time has come.
    fn autosave_tick(&mut self, ctx: &egui::Context) {
        let Some(due) = self.autosave_due else {
            return;
        };
        let now = ctx.input(|i| i.time);
        if due == f64::NEG_INFINITY {
            self.autosave_due = Some(now + AUTOSAVE_DELAY);
            ctx.request_repaint_after(std::time::Duration::from_secs_f64(AUTOSAVE_DELAY));
            return;
        }
        if now < due {
            ctx.request_repaint_after(std::time::Duration::from_secs_f64(due - now));
            return;
        }
        self.autosave_due = None;
        if let Some(worker) = &self.autosave {
            worker.send(self.doc.is_dirty().then(|| self.recovery_text()));
        }
    }

    /// The work in progress as the autosave holds it.
    fn recovery_text(&self) -> String {
        Autosave::encode(&Recovery {
            path: self.doc.path.clone(),
            disk_hash: self.doc.disk_hash.clone(),
            kit: Some(self.kit_origin.clone()),
            session: self.doc.session.clone(),
        })
    }

    /// Takes in what the autosave thread reported.
    fn autosave_reports(&mut self, ctx: &egui::Context) {
        let Some(worker) = &self.autosave else {
            return;
        };
        worker.set_context(ctx);
        for report in worker.reports() {
            match report {
                Report::Protected => self.autosave_problem = None,
                Report::Failed(e) => self.autosave_problem = Some(AutosaveProblem::Failed(e)),
                Report::SetAside(to) => self.messages.push(Notice::OrphanSetAside(to)),
                Report::OrphanError(why) => self.messages.push(Notice::OrphanFailed(why)),
            }
        }
    }

    /// Whether closing now would lose nothing: the session, and an exam under way or its
    /// results (see [`crate::train::Trainer::can_close`]).
    pub fn can_close(&self) -> bool {
        (!self.doc.is_dirty() || self.close_confirmed) && self.trainer.can_close()
    }

    /// Runs an action that replaces the document, asking first if there are unsaved changes.
    fn guarded(&mut self, action: Pending) {
        if self.doc.is_dirty() {
            self.pending = Some(action);
        } else {
            self.proceed(action);
        }
    }

    fn proceed(&mut self, action: Pending) {
        match action {
            Pending::New => {
                self.doc = Document::new(new_session(&self.kit, self.settings.lang), None);
                self.override_draft = OverrideDraft::default();
                self.changed();
            }
            Pending::OpenDialog => self.request_dialog(DialogRequest::Open),
            Pending::Open(path) => self.open_path(&path),
            Pending::Close => self.close_confirmed = true,
            Pending::Start(session) => {
                self.doc = Document::new(*session, None);
                self.override_draft = OverrideDraft::default();
                self.foreign_adr = None;
                self.changed();
                self.settings.screen = Screen::Checklists;
            }
        }
    }

    /// The zoom presenter mode adds to the user's (1 when off).
    fn presenter_zoom(&self) -> f32 {
        if self.settings.presenter { 1.4 } else { 1.0 }
    }

    fn install_style(&mut self, ctx: &egui::Context) {
        if !self.style_installed {
            theme::install(ctx);
            theme::presenter_style(ctx, self.settings.presenter);
            self.settings.sanitize();
            ctx.set_zoom_factor(self.settings.zoom);
            self.style_installed = true;
        }
        if self.applied_dark != Some(self.settings.dark) {
            ctx.set_theme(if self.settings.dark {
                egui::Theme::Dark
            } else {
                egui::Theme::Light
            });
            self.applied_dark = Some(self.settings.dark);
        }
    }

    /// Draws the whole app into `ui` and applies what the views asked for.
    pub fn show(&mut self, ui: &mut egui::Ui) {
        let ctx = ui.ctx().clone();
        self.install_style(&ctx);
        if self.adr_stale && self.settings.screen == Screen::Adr {
            self.refresh_adr();
        }
        let mut cmds = std::mem::take(&mut self.apply_later);
        chrome::shortcuts(&ctx, &mut cmds);
        self.receive_dialogs(&ctx);
        chrome::dropped_files(&ctx, &mut cmds);
        self.receive_effects(&ctx);
        self.watch_log(&ctx);

        egui::Panel::top("top_bar").show(ui, |ui| {
            chrome::top_bar_ui(ui, &self.settings, &self.doc, &mut cmds);
        });
        if !self.messages.is_empty() || self.autosave_problem.is_some() {
            egui::Panel::bottom("messages").show(ui, |ui| {
                chrome::messages_ui(
                    ui,
                    self.autosave_problem.as_ref(),
                    &self.messages,
                    self.settings.lang,
                    &mut cmds,
                );
            });
        }
        egui::CentralPanel::default().show(ui, |ui| {
            let lang = self.settings.lang;
            let mut cx = ViewCtx {
                kit: &self.kit,
                session: &self.doc.session,
                recommendation: &self.recommendation,
                decision: &self.decision,
                lang,
                words: lang.words(),
                dark: self.settings.dark,
                today: &self.today,
                cmds: &mut cmds,
            };
            // Each screen under its own id: its scroll positions are its own, kept when the
            // user goes elsewhere and comes back.
            let screen = self.settings.screen;
            ui.push_id(screen, |ui| match screen {
                Screen::Compare => compare::compare_ui(ui, &mut cx),
                Screen::Checklists => checklists::checklists_ui(ui, &mut cx),
                Screen::Recommendation => {
                    recommend::recommendation_ui(ui, &mut cx, &mut self.override_draft);
                }
                Screen::Train => crate::train::train_ui(ui, &mut cx, &mut self.trainer),
                Screen::Adr => crate::adr::adr_ui(
                    ui,
                    &mut cx,
                    &mut self.adr_view,
                    &crate::adr::AdrDoc {
                        markdown: &self.adr_markdown,
                        preview: &self.adr_preview,
                        foreign: self.foreign_adr.as_ref(),
                        log_target: self.log_target.as_ref(),
                    },
                ),
                Screen::Log => crate::log::log_ui(
                    ui,
                    &mut cx,
                    &mut self.log_screen,
                    &self.settings.recent_logs,
                ),
            });
        });

        self.prompts_ui(&ctx, &mut cmds);

        self.messages
            .extend(self.trainer.take_notices().into_iter().map(Notice::Train));
        for cmd in cmds {
            self.apply(cmd, &ctx);
        }
        self.settings.zoom = ctx.zoom_factor() / self.presenter_zoom();
        self.autosave_reports(&ctx);
        self.autosave_tick(&ctx);
        self.update_title(&ctx);
    }

    fn update_title(&mut self, ctx: &egui::Context) {
        let lang = self.settings.lang;
        let name = self.doc.display_name(lang.words().common.untitled);
        let mark = if self.doc.is_dirty() { " •" } else { "" };
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

    /// Applies one command.
    pub fn apply(&mut self, cmd: Command, ctx: &egui::Context) {
        match cmd {
            Command::Go(screen) => self.settings.screen = screen,
            Command::SetLang(lang) => self.settings.lang = lang,
            Command::SetDark(dark) => {
                self.settings.dark = dark;
                self.install_style(ctx);
            }
            Command::Zoom(step) => match step {
                ZoomStep::In => egui::gui_zoom::zoom_in(ctx),
                ZoomStep::Out => egui::gui_zoom::zoom_out(ctx),
                ZoomStep::Reset => ctx.set_zoom_factor(1.0),
            },
            Command::Edit(edit) => {
                if self.doc.edit(edit) {
                    self.changed();
                }
            }
            Command::Dismiss(i) => {
                if i < self.messages.len() {
                    self.messages.remove(i);
                }
            }
            Command::Undo => {
                if self.doc.undo() {
                    self.changed();
                }
            }
            Command::Redo => {
                if self.doc.redo() {
                    self.changed();
                }
            }
            Command::New => self.guarded(Pending::New),
            Command::OpenDialog => self.guarded(Pending::OpenDialog),
            Command::Open(path) if path.is_dir() => {
                self.open_log(&path);
            }
            // A teacher's pack adds to the Train screen and leaves the session alone.
            Command::Open(path) if arbitre_train::pack::is_pack_file(&path) => {
                self.load_pack(&path);
            }
            Command::Open(path) => self.guarded(Pending::Open(path)),
            Command::OpenPackDialog => self.request_dialog(DialogRequest::OpenPack),
            Command::LoadPack(path) => self.load_pack(&path),
            Command::SaveExamResults => self.request_dialog(DialogRequest::SaveResults),
            Command::RemovePack(id) => {
                self.trainer.remove_pack(&id);
                self.remember_packs();
            }
            Command::OpenLogDialog => self.request_dialog(DialogRequest::OpenLog),
            Command::OpenLog(dir) => self.open_log(&dir),
            Command::ReloadLog => self.reload_log(),
            Command::SetRecordStatus { file, status } => self.set_record_status(&file, status),
            Command::SupersedeRecord(file) => self.supersede_record(&file),
            Command::NewInLog => self.new_in_log(),
            Command::WriteLogIndex => self.write_log_index(),
            Command::ExportToLog => {
                if let Some(t) = self.log_target.clone()
                    && self
                        .export_to_log(&t.root, t.supersedes.as_deref(), false)
                        .is_some()
                {
                    self.log_target = None;
                    self.reload_log();
                }
            }
            Command::ForgetLogTarget => self.log_target = None,
            Command::TogglePresenter => {
                let base = ctx.zoom_factor() / self.presenter_zoom();
                self.settings.presenter = !self.settings.presenter;
                ctx.set_zoom_factor(base * self.presenter_zoom());
                theme::presenter_style(ctx, self.settings.presenter);
                ctx.send_viewport_cmd(egui::ViewportCommand::Fullscreen(self.settings.presenter));
            }
            Command::ToggleShortcuts => self.show_shortcuts = !self.show_shortcuts,
            Command::ResolvePath(go) => match self.path_prompt.take() {
                Some((request, text)) if go && !text.trim().is_empty() => {
                    self.answer_typed(request, &text, ctx);
                }
                // A Save As cancelled (or left empty) after Close → Save: nothing waits for
                // it any more.
                Some((DialogRequest::SaveAs, _)) => self.after_save = None,
                _ => {}
            },
            Command::Save => match self.own_file() {
                Some(target) => {
                    self.save_to(target);
                }
                None => self.request_dialog(DialogRequest::SaveAs),
            },
            Command::SaveAs => self.request_dialog(DialogRequest::SaveAs),
            Command::ExportFileDialog => self.request_dialog(DialogRequest::ExportFile),
            Command::ExportLogDialog { supersedes } => {
                self.request_dialog(DialogRequest::ExportLog(supersedes));
            }
            Command::CloseForeign => self.foreign_adr = None,
            Command::Resolve(choice) => self.resolve_unsaved(choice, ctx),
            Command::Restore(i) => {
                if i >= self.recovery_offers.len() {
                    return;
                }
                let chosen = self.recovery_offers.remove(i);
                let r = chosen.recovery.clone();
                let on_disk = r
                    .path
                    .as_deref()
                    .and_then(|p| Session::open(p, &self.kit).ok())
                    .map_or_else(|| Session::new(&self.kit), |l| l.session);
                let mut doc = Document::recovered(r.session, r.path, on_disk);
                if r.disk_hash.is_some() {
                    doc.disk_hash = r.disk_hash;
                }
                self.doc = doc;
                self.changed();
                if !chosen.dropped.is_empty() {
                    self.messages.push(Notice::Fitted {
                        file: chosen.file.clone(),
                        dropped: chosen.dropped.clone(),
                        clamped: Vec::new(),
                    });
                }
                // The restored work is written to this run's autosave before the orphan goes.
                if let Some(worker) = &self.autosave {
                    worker.send(Some(self.recovery_text()));
                    worker.retire(chosen);
                }
                self.autosave_due = None;
                // The others stay on disk, offered again at the next start.
                for other in self.recovery_offers.drain(..) {
                    other.unlock();
                }
            }
            Command::DiscardRecovery(i) => {
                if i < self.recovery_offers.len() {
                    let orphan = self.recovery_offers.remove(i);
                    if let Some(worker) = &self.autosave {
                        worker.set_aside(orphan);
                    }
                }
            }
            Command::RecoverLater => {
                for other in self.recovery_offers.drain(..) {
                    other.unlock();
                }
            }
            Command::Train(action) => {
                self.train_update(crate::train::TrainMsg::Do(action));
                self.settings.student = self.trainer.student().map(str::to_owned);
            }
            Command::ResolveAccept(accept) => {
                if let Some((root, old)) = self.accept_prompt.take()
                    && accept
                    && self.export_to_log(&root, Some(&old), true).is_some()
                    && self.log_target.as_ref().is_some_and(|t| t.root == root)
                {
                    // The successor the Log screen asked for is written.
                    self.log_target = None;
                    self.reload_log();
                }
            }
            Command::ResolveOverwrite(choice) => self.resolve_overwrite(choice, ctx),
        }
    }
}

impl eframe::App for ArbitreApp {
    fn ui(&mut self, ui: &mut egui::Ui, frame: &mut eframe::Frame) {
        let ctx = ui.ctx().clone();
        if ctx.input(|i| i.viewport().close_requested()) && !self.close_requested() {
            ctx.send_viewport_cmd(egui::ViewportCommand::CancelClose);
        }
        self.show(ui);
        self.open_dialog(frame, &ctx);
        self.count_frame(&ctx);
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        eframe::set_value(storage, eframe::APP_KEY, &self.settings);
    }

    fn on_exit(&mut self, _gl: Option<&eframe::glow::Context>) {
        // Closing without unsaved changes (or after choosing not to save) leaves nothing to
        // recover; otherwise the autosave stays for the next start.
        if let Some(worker) = self.autosave.take() {
            let job = (self.doc.is_dirty() && !self.close_confirmed).then(|| self.recovery_text());
            worker.finish(job);
        }
        // Offers not taken stay on disk for the next start.
        for other in self.recovery_offers.drain(..) {
            other.unlock();
        }
    }
}

/// A new session: its document language is the interface's.
fn new_session(kit: &CheckedKit, lang: arbitre_core::i18n::Lang) -> Session {
    let mut session = Session::new(kit);
    session.adr.lang = lang;
    session
}
