//! The eframe app: persisted settings, the runtime state beside them, the top bar, and the
//! commands that views return and the app applies after the frame.

use std::path::{Path, PathBuf};
use std::sync::mpsc;

use crate::autosave::{Autosave, Kept, KitOrigin, Orphan, Recovery};
use crate::decide::{Decision, Recommendation};
use crate::document::Document;
use crate::i18n::Lang;
use crate::kit::CheckedKit;
use crate::session::Session;
use crate::ui::command::{Choice, Command, DialogRequest, Overwrite, Pending, Screen, ZoomStep};
use crate::ui::recommend::OverrideDraft;
use crate::ui::settings::Settings;
use crate::ui::view::ViewCtx;
use crate::ui::worker::{AutosaveWorker, Report};
use crate::ui::{Launch, checklists, compare, recommend, theme};

/// Seconds between a change and its autosave.
const AUTOSAVE_DELAY: f64 = 0.5;

/// What a file dialog answered, sent back from its worker thread.
#[derive(Debug, Clone, PartialEq, Eq)]
enum DialogAnswer {
    Open(PathBuf),
    SaveAs(PathBuf),
    ExportFile(PathBuf),
    ExportLog(PathBuf, Option<u32>),
}

/// A message to the user (errors, warnings, notices), shown until dismissed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Message {
    /// Whether it is an error.
    pub error: bool,
    /// The text.
    pub text: String,
}

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
    pub messages: Vec<Message>,
    /// The override form being filled in.
    pub override_draft: OverrideDraft,
    /// The ADR screen's own state.
    pub adr_view: crate::ui::adr::AdrView,
    /// The ADR as Markdown, rendered when the session changes.
    pub adr_markdown: String,
    /// The same, prepared for the rendered preview.
    pub adr_preview: String,
    /// Whether the session changed since the ADR was last rendered.
    adr_stale: bool,
    /// An ADR written by someone else, shown read-only.
    pub foreign_adr: Option<crate::ui::adr::ForeignAdr>,
    /// Today's date, `YYYY-MM-DD`.
    pub today: String,
    /// The Train screen's state and the student's progress.
    pub trainer: crate::ui::train::Trainer,
    /// What waits for the unsaved-changes prompt.
    pub pending: Option<Pending>,
    /// Unsaved work from earlier runs that are no longer running, offered back newest first.
    pub recovery_offers: Vec<Orphan>,
    /// Why the work in progress is not protected by the autosave right now, if it is not:
    /// shown in the window until an autosave succeeds.
    pub autosave_problem: Option<String>,
    /// Saving would replace a file that changed on disk since it was opened: asks first.
    pub overwrite_prompt: Option<PathBuf>,
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
    pub fn new(cc: &eframe::CreationContext<'_>, launch: Launch) -> Self {
        let settings: Settings = cc
            .storage
            .and_then(|s| eframe::get_value(s, eframe::APP_KEY))
            .unwrap_or_default();
        let mut app = ArbitreApp::with_settings(settings, launch);
        app.install_style(&cc.egui_ctx);
        app
    }

    /// Builds the app without eframe (tests, benchmarks): the kit named in `launch` or the
    /// built-in one, and the session named in `launch` if any.
    pub fn with_settings(mut settings: Settings, mut launch: Launch) -> Self {
        let mut messages = Vec::new();
        let repaired = settings.sanitize();
        if !repaired.is_empty() {
            messages.push(Message {
                error: false,
                text: format!(
                    "{} {}",
                    settings.lang.pick(
                        "Réglages enregistrés hors limites, remis par défaut :",
                        "Saved settings out of range, reset to their defaults:"
                    ),
                    repaired.join(", ")
                ),
            });
        }
        // Paths are made absolute once, here: what is remembered (autosave, recent files)
        // must name the same file when the app starts again from another folder.
        for p in [&mut launch.kit, &mut launch.session, &mut launch.data_dir]
            .into_iter()
            .flatten()
        {
            *p = crate::autosave::absolute(p);
        }
        let kit = match launch.kit.as_deref().map(CheckedKit::from_file) {
            Some(Ok(kit)) => Some(kit),
            Some(Err(e)) => {
                messages.push(Message {
                    error: true,
                    text: format!("{e}\n(using the built-in kit instead)"),
                });
                None
            }
            None => None,
        };
        let kit_path = kit.is_some().then(|| launch.kit.clone()).flatten();
        let kit = match kit.map(Ok).unwrap_or_else(CheckedKit::builtin) {
            Ok(kit) => kit,
            Err(e) => {
                // Only a broken build gets here: the test suite checks the built-in kit.
                eprintln!("arbitre: the built-in kit is invalid:\n{e}");
                std::process::exit(70);
            }
        };
        let kit_origin = KitOrigin::of(&kit, kit_path.as_deref());
        let mut doc = Document::new(Session::new(&kit), None);
        if let Some(path) = launch.session.as_deref() {
            match open_session(path, &kit) {
                Ok((session, notice)) => {
                    messages.extend(notice);
                    doc = Document::new(session, Some(path.to_owned()));
                }
                Err(m) => messages.push(m),
            }
        }
        let recommendation = doc.session.recommend(&kit);
        let decision = doc.session.decision(&recommendation);
        let (dialog_tx, dialog_rx) = mpsc::channel();
        let seed = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_nanos() as u64);
        let trainer = crate::ui::train::Trainer::new(
            &kit,
            launch.data_dir.as_ref().map(|d| d.join("progress.ron")),
            seed,
        );
        let mut app = ArbitreApp {
            adr_view: crate::ui::adr::AdrView::default(),
            adr_markdown: String::new(),
            adr_preview: String::new(),
            adr_stale: true,
            foreign_adr: None,
            today: crate::adr::today(),
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
            autosave_problem: launch.autosave_unavailable.then(|| {
                "no data folder (HOME and XDG_DATA_HOME are unset); set one, or ARBITRE_DATA_DIR"
                    .to_owned()
            }),
            overwrite_prompt: None,
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
        if let Some(dir) = launch.data_dir.as_deref() {
            app.start_autosave(dir);
        }
        // A documented test hook: tick an item as a user would, so that scripts can prove
        // that autosave and recovery work on the real binary.
        if let Some(id) = std::env::var("ARBITRE_TEST_TICK")
            .ok()
            .filter(|id| !id.is_empty())
        {
            app.apply_later
                .push(Command::Edit(crate::session::Edit::Tick { id, on: true }));
        }
        app
    }

    /// Looks for unsaved work from runs that ended without closing cleanly, then keeps this
    /// run's work saved as it changes.
    fn start_autosave(&mut self, dir: &Path) {
        let found = crate::autosave::find_orphans(dir, &self.kit, self.kit_origin.path.as_deref());
        let lang = self.settings.lang;
        for kept in found.kept {
            match kept {
                Kept::OtherKit { file, needs } => self.notice(format!(
                    "{} {} — {} {}",
                    lang.pick(
                        "Travail non enregistré fait avec un autre kit, conservé dans",
                        "Unsaved work made with another kit, kept in"
                    ),
                    file.display(),
                    lang.pick(
                        "pour le retrouver, lancez arbitre avec ce kit :",
                        "to recover it, start arbitre with that kit:"
                    ),
                    needs.describe(),
                )),
                Kept::Newer { file, format } => self.notice(format!(
                    "{} {} (format {format}) — {}",
                    lang.pick(
                        "Travail non enregistré écrit par un arbitre plus récent, conservé dans",
                        "Unsaved work written by a newer arbitre, kept in"
                    ),
                    file.display(),
                    lang.pick(
                        "mettez arbitre à jour pour le retrouver.",
                        "update arbitre to recover it."
                    ),
                )),
                Kept::SetAside { error, moved_to } => self.error(format!(
                    "{} {}:\n{error}",
                    lang.pick(
                        "Le travail sauvegardé automatiquement est illisible ; il a été mis de côté sous",
                        "The autosaved work could not be read and was set aside as"
                    ),
                    moved_to.display()
                )),
            }
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
        let path = &crate::autosave::absolute(path);
        let is_markdown = path
            .extension()
            .and_then(|e| e.to_str())
            .is_some_and(|e| e.eq_ignore_ascii_case("md") || e.eq_ignore_ascii_case("markdown"));
        if is_markdown {
            self.open_adr(path);
            return;
        }
        match open_session(path, &self.kit) {
            Ok((session, notice)) => {
                self.messages.extend(notice);
                self.doc = Document::new(session, Some(path.to_owned()));
                self.settings.remember(path);
                self.changed();
            }
            Err(m) => self.messages.push(m),
        }
    }

    /// Saves the document to `path`; on failure says why and keeps everything.
    pub fn save_to(&mut self, path: &Path) -> bool {
        let path = &crate::autosave::absolute(path);
        if self.doc.changed_on_disk(path) {
            self.overwrite_prompt = Some(path.clone());
            return false;
        }
        self.save_over(path)
    }

    /// Saves to `path` even if it changed on disk (the user chose to replace it).
    pub fn save_over(&mut self, path: &Path) -> bool {
        match self.doc.session.save(path) {
            Ok(()) => {
                self.doc.mark_saved(path);
                self.settings.remember(path);
                self.schedule_autosave();
                true
            }
            Err(e) => {
                self.error(e.to_string());
                false
            }
        }
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
        self.adr_preview = crate::adr::preview_markdown(&self.adr_markdown);
        self.adr_stale = false;
    }

    /// The ADR's date: the one typed if valid, else today.
    fn adr_date(&self) -> String {
        let d = &self.doc.session.adr.date;
        if crate::ui::adr::valid_date(d) {
            d.clone()
        } else {
            self.today.clone()
        }
    }

    /// Renders the ADR (without the session block) for the preview.
    fn render_adr(&self, number: u32, supersedes: Vec<crate::adr::LinkRef>) -> String {
        crate::adr::render::render(&crate::adr::AdrInput {
            kit: &self.kit,
            session: &self.doc.session,
            recommendation: &self.recommendation,
            number,
            date: self.adr_date(),
            supersedes,
            superseded_by: Vec::new(),
        })
    }

    /// Exports the ADR (with its session, for the round trip) to a file the user chose in
    /// a save dialog, which already asked before replacing an existing file.
    pub fn export_file(&mut self, path: &Path) -> bool {
        let text = crate::adr::render_with_session(&crate::adr::AdrInput {
            kit: &self.kit,
            session: &self.doc.session,
            recommendation: &self.recommendation,
            number: 1,
            date: self.adr_date(),
            supersedes: Vec::new(),
            superseded_by: Vec::new(),
        });
        match crate::files::write_atomic(path, text.as_bytes()) {
            Ok(()) => {
                self.notice(format!(
                    "{} {}",
                    self.settings.lang.pick("ADR exporté :", "ADR exported:"),
                    path.display()
                ));
                true
            }
            Err(e) => {
                self.error(e.to_string());
                false
            }
        }
    }

    /// Exports the ADR into the ADR log found at `root`, numbered after the highest record;
    /// never overwrites. Returns the file written.
    pub fn export_to_log(&mut self, root: &Path, supersedes: Option<u32>) -> Option<PathBuf> {
        let mut mismatch = false;
        let result = crate::adr::log::detect(root).and_then(|log| {
            mismatch = log.kind.suggested_template() != self.doc.session.adr.template;
            crate::adr::log::export(
                &log,
                &self.kit,
                &self.doc.session,
                supersedes,
                &self.adr_date(),
                false,
            )
        });
        match result {
            Ok(path) => {
                let lang = self.settings.lang;
                self.notice(format!(
                    "{} {}",
                    lang.pick("ADR exporté :", "ADR exported:"),
                    path.display()
                ));
                if mismatch {
                    self.notice(
                        lang.pick(
                            "Ce journal suit l'autre modèle (Nygard pour adr-tools, MADR pour docs/decisions) : les outils du journal liront mieux le suivant s'il utilise ce modèle.",
                            "This log follows the other template (Nygard for adr-tools, MADR for docs/decisions): its tools will read the next record better in that template.",
                        )
                        .to_owned(),
                    );
                }
                Some(path)
            }
            Err(e) => {
                self.error(e.to_string());
                None
            }
        }
    }

    fn notice(&mut self, text: String) {
        self.messages.push(Message { error: false, text });
    }

    /// Shows an error until dismissed (the one place errors reach the user).
    fn error(&mut self, text: String) {
        self.messages.push(Message { error: true, text });
    }

    /// Opens an ADR: one arbitre wrote restores its whole decision; any other is shown
    /// read-only.
    pub fn open_adr(&mut self, path: &Path) {
        let markdown = match crate::kit::read_text_file(path) {
            Ok(m) => m,
            Err(e) => {
                self.error(e.to_string());
                return;
            }
        };
        match crate::adr::extract_session(&markdown) {
            crate::adr::Embedded::Session(ron) => match Session::parse(&ron, path, &self.kit) {
                Ok(loaded) => {
                    self.messages.extend(
                        loaded
                            .notice(path)
                            .map(|text| Message { error: false, text }),
                    );
                    self.doc = Document::recovered(loaded.session, None, Session::new(&self.kit));
                    self.foreign_adr = None;
                    self.notice(format!(
                        "{} {}",
                        self.settings.lang.pick(
                            "Décision restaurée depuis l'ADR",
                            "Decision restored from the ADR"
                        ),
                        path.display()
                    ));
                    self.changed();
                }
                Err(e) => self.error(e.to_string()),
            },
            crate::adr::Embedded::Foreign => {
                self.foreign_adr = Some(crate::ui::adr::ForeignAdr {
                    path: path.to_owned(),
                    preview: crate::adr::preview_markdown(&markdown),
                    markdown,
                });
                self.settings.screen = Screen::Adr;
            }
            crate::adr::Embedded::Damaged(why) => self.error(format!("{}: {why}", path.display())),
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
                Report::Failed(why) => self.autosave_problem = Some(why),
                Report::SetAside(to) => {
                    let text = format!(
                        "{} {}",
                        self.settings.lang.pick(
                            "Travail non restauré mis de côté sous",
                            "Unrestored work set aside as"
                        ),
                        to.display()
                    );
                    self.notice(text);
                }
                Report::OrphanError(why) => self.error(why),
            }
        }
    }

    /// Whether closing now would lose nothing.
    pub fn can_close(&self) -> bool {
        !self.doc.is_dirty() || self.close_confirmed
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
                self.doc = Document::new(Session::new(&self.kit), None);
                self.override_draft = OverrideDraft::default();
                self.changed();
            }
            Pending::OpenDialog => self.dialog_request = Some(DialogRequest::Open),
            Pending::Open(path) => self.open_path(&path),
            Pending::Close => self.close_confirmed = true,
        }
    }

    fn install_style(&mut self, ctx: &egui::Context) {
        if !self.style_installed {
            theme::install(ctx);
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
        shortcuts(&ctx, &mut cmds);
        self.receive_dialogs();
        dropped_files(&ctx, &mut cmds);

        egui::Panel::top("top_bar").show(ui, |ui| {
            top_bar_ui(ui, &self.settings, &self.doc, &mut cmds)
        });
        if !self.messages.is_empty() || self.autosave_problem.is_some() {
            egui::Panel::bottom("messages").show(ui, |ui| {
                if let Some(why) = &self.autosave_problem {
                    autosave_warning_ui(ui, why, self.settings.lang);
                }
                messages_ui(ui, &self.messages, self.settings.lang, &mut cmds);
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
            match self.settings.screen {
                Screen::Compare => compare::compare_ui(ui, &mut cx),
                Screen::Checklists => checklists::checklists_ui(ui, &mut cx),
                Screen::Recommendation => {
                    recommend::recommendation_ui(ui, &mut cx, &mut self.override_draft);
                }
                Screen::Train => crate::ui::train::train_ui(ui, &mut cx, &mut self.trainer),
                Screen::Adr => crate::ui::adr::adr_ui(
                    ui,
                    &mut cx,
                    &mut self.adr_view,
                    &crate::ui::adr::AdrDoc {
                        markdown: &self.adr_markdown,
                        preview: &self.adr_preview,
                        foreign: self.foreign_adr.as_ref(),
                    },
                ),
            }
        });

        if let Some(pending) = &self.pending {
            crate::ui::files::unsaved_prompt_ui(&ctx, pending, self.settings.lang, &mut cmds);
        } else if let Some(path) = &self.overwrite_prompt {
            crate::ui::files::overwrite_prompt_ui(&ctx, path, self.settings.lang, &mut cmds);
        } else if !self.recovery_offers.is_empty() {
            crate::ui::files::recovery_prompt_ui(
                &ctx,
                &self.recovery_offers,
                self.settings.lang,
                &mut cmds,
            );
        }

        if let Some(text) = self.trainer.take_message() {
            self.messages.push(Message { error: true, text });
        }
        for cmd in cmds {
            self.apply(cmd, &ctx);
        }
        self.settings.zoom = ctx.zoom_factor();
        self.autosave_reports(&ctx);
        self.autosave_tick(&ctx);
        self.update_title(&ctx);
    }

    fn update_title(&mut self, ctx: &egui::Context) {
        let lang = self.settings.lang;
        let name = self.doc.display_name(lang.pick("sans titre", "untitled"));
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

    fn receive_dialogs(&mut self) {
        while let Ok(answer) = self.dialog_rx.try_recv() {
            match answer {
                DialogAnswer::Open(path) => self.open_path(&path),
                DialogAnswer::SaveAs(path) => {
                    self.save_to(&path);
                }
                DialogAnswer::ExportFile(path) => {
                    self.export_file(&path);
                }
                DialogAnswer::ExportLog(root, supersedes) => {
                    self.export_to_log(&root, supersedes);
                }
            }
        }
    }

    /// Opens the requested native dialog off the UI thread (needs the window for its parent).
    fn open_dialog(&mut self, frame: &eframe::Frame, ctx: &egui::Context) {
        let Some(request) = self.dialog_request.take() else {
            return;
        };
        let lang = self.settings.lang;
        let mut dialog = rfd::AsyncFileDialog::new().set_parent(frame);
        dialog = match request {
            DialogRequest::ExportFile => dialog.add_filter("Markdown", &["md"]),
            DialogRequest::Open => dialog
                .add_filter(
                    lang.pick("Session ou ADR", "Session or ADR"),
                    &["ron", "md"],
                )
                .add_filter(lang.pick("Session arbitre", "arbitre session"), &["ron"])
                .add_filter("ADR (Markdown)", &["md"]),
            _ => dialog.add_filter(lang.pick("Session arbitre", "arbitre session"), &["ron"]),
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
            DialogRequest::ExportLog(supersedes) => std::thread::Builder::new().spawn(move || {
                if let Some(f) = pollster::block_on(dialog.pick_folder()) {
                    let _ = tx.send(DialogAnswer::ExportLog(f.path().to_owned(), supersedes));
                }
                ctx.request_repaint();
            }),
            DialogRequest::SaveAs => {
                let name = self
                    .doc
                    .display_name(lang.pick("decision.ron", "decision.ron"));
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
            self.error(format!("cannot open the file dialog: {e}"));
        }
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
            Command::Open(path) => self.guarded(Pending::Open(path)),
            Command::Save => match self.doc.path.clone() {
                Some(path) => {
                    self.save_to(&path);
                }
                None => self.dialog_request = Some(DialogRequest::SaveAs),
            },
            Command::SaveAs => self.dialog_request = Some(DialogRequest::SaveAs),
            Command::ExportFileDialog => self.dialog_request = Some(DialogRequest::ExportFile),
            Command::ExportLogDialog { supersedes } => {
                self.dialog_request = Some(DialogRequest::ExportLog(supersedes));
            }
            Command::CloseForeign => self.foreign_adr = None,
            Command::Resolve(choice) => {
                let Some(action) = self.pending.take() else {
                    return;
                };
                match choice {
                    Choice::Cancel => {}
                    Choice::Discard => {
                        if action == Pending::Close {
                            ctx.send_viewport_cmd(egui::ViewportCommand::Close);
                        }
                        self.proceed(action);
                    }
                    Choice::Save => match self.doc.path.clone() {
                        Some(path) => {
                            if self.save_to(&path) {
                                if action == Pending::Close {
                                    ctx.send_viewport_cmd(egui::ViewportCommand::Close);
                                }
                                self.proceed(action);
                            }
                        }
                        // Untitled: choose where first; the user then repeats the action.
                        None => self.dialog_request = Some(DialogRequest::SaveAs),
                    },
                }
            }
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
                    .map(|l| l.session)
                    .unwrap_or_else(|| Session::new(&self.kit));
                let mut doc = Document::recovered(r.session, r.path, on_disk);
                if r.disk_hash.is_some() {
                    doc.disk_hash = r.disk_hash;
                }
                self.doc = doc;
                self.changed();
                self.messages
                    .extend(dropped_notice(&chosen.file, &chosen.dropped));
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
            Command::Train(action) => self.trainer.apply(action, &self.kit),
            Command::ResolveOverwrite(choice) => {
                let Some(path) = self.overwrite_prompt.take() else {
                    return;
                };
                match choice {
                    Overwrite::Replace => {
                        self.save_over(&path);
                    }
                    Overwrite::SaveAs => self.dialog_request = Some(DialogRequest::SaveAs),
                    Overwrite::Cancel => {}
                }
            }
        }
    }
}

impl eframe::App for ArbitreApp {
    fn ui(&mut self, ui: &mut egui::Ui, frame: &mut eframe::Frame) {
        let ctx = ui.ctx().clone();
        // A scripted close (--quit-after-frames) never waits for an answer: unsaved work stays
        // in the autosave, as after a crash, and is offered back at the next start.
        let scripted_close = self.quit_after_frames.is_some_and(|n| self.frames >= n);
        if ctx.input(|i| i.viewport().close_requested()) && !self.can_close() && !scripted_close {
            ctx.send_viewport_cmd(egui::ViewportCommand::CancelClose);
            self.pending = Some(Pending::Close);
        }
        self.show(ui);
        self.open_dialog(frame, &ctx);
        self.frames += 1;
        if let Some(n) = self.quit_after_frames {
            if self.frames >= n {
                ui.ctx().send_viewport_cmd(egui::ViewportCommand::Close);
            } else {
                // Keep frames coming until the count is reached; only in this scripted mode.
                ui.ctx().request_repaint();
            }
        }
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        eframe::set_value(storage, eframe::APP_KEY, &self.settings);
    }

    fn on_exit(&mut self, _gl: Option<&eframe::glow::Context>) {
        // Closing without unsaved changes (or after choosing not to save) leaves nothing to
        // recover; otherwise the autosave stays for the next start.
        if let Some(worker) = self.autosave.take() {
            let job = (!self.can_close()).then(|| self.recovery_text());
            worker.finish(job);
        }
        // Offers not taken stay on disk for the next start.
        for other in self.recovery_offers.drain(..) {
            other.unlock();
        }
    }
}

/// The notice for ids a file held that the kit does not know, if any.
fn dropped_notice(file: &Path, dropped: &[String]) -> Option<Message> {
    (!dropped.is_empty()).then(|| Message {
        error: false,
        text: format!(
            "{}: ignored ids the kit does not know: {}",
            file.display(),
            dropped.join(", ")
        ),
    })
}

/// Reads a session file for the app: the session and a notice of dropped ids, or an error
/// message naming the file.
fn open_session(path: &Path, kit: &CheckedKit) -> Result<(Session, Option<Message>), Message> {
    match Session::open(path, kit) {
        Ok(loaded) => {
            let notice = loaded
                .notice(path)
                .map(|text| Message { error: false, text });
            Ok((loaded.session, notice))
        }
        Err(e) => Err(Message {
            error: true,
            text: e.to_string(),
        }),
    }
}

fn dropped_files(ctx: &egui::Context, cmds: &mut Vec<Command>) {
    let dropped: Vec<PathBuf> = ctx.input(|i| {
        i.raw
            .dropped_files
            .iter()
            .map(|f| f.path().to_owned())
            .filter(|p| !p.as_os_str().is_empty())
            .collect()
    });
    if let Some(path) = dropped.into_iter().next() {
        cmds.push(Command::Open(path));
    }
}

fn shortcuts(ctx: &egui::Context, cmds: &mut Vec<Command>) {
    use egui::{KeyboardShortcut, Modifiers};
    let ctrl_shift = Modifiers::COMMAND | Modifiers::SHIFT;
    ctx.input_mut(|i| {
        // The shifted forms first: a plain Ctrl shortcut would also match them.
        if i.consume_shortcut(&KeyboardShortcut::new(ctrl_shift, egui::Key::Z)) {
            cmds.push(Command::Redo);
        }
        if i.consume_shortcut(&KeyboardShortcut::new(ctrl_shift, egui::Key::S)) {
            cmds.push(Command::SaveAs);
        }
        for (key, cmd) in [
            (egui::Key::Z, Command::Undo),
            (egui::Key::Y, Command::Redo),
            (egui::Key::S, Command::Save),
            (egui::Key::O, Command::OpenDialog),
            (egui::Key::N, Command::New),
        ] {
            if i.consume_shortcut(&KeyboardShortcut::new(Modifiers::COMMAND, key)) {
                cmds.push(cmd);
            }
        }
        for screen in Screen::ALL {
            if i.consume_shortcut(&KeyboardShortcut::new(Modifiers::COMMAND, screen.key())) {
                cmds.push(Command::Go(screen));
            }
        }
    });
}

fn top_bar_ui(ui: &mut egui::Ui, settings: &Settings, doc: &Document, cmds: &mut Vec<Command>) {
    let lang = settings.lang;
    ui.add_space(4.0);
    ui.horizontal_wrapped(|ui| {
        crate::ui::files::file_menu_ui(ui, settings, doc, cmds);
        ui.separator();
        for (n, screen) in Screen::ALL.into_iter().enumerate() {
            let selected = settings.screen == screen;
            let label = format!("{} {}", n + 1, screen.title(lang));
            let r = ui
                .selectable_label(selected, label)
                .on_hover_text(format!("Ctrl+{}", n + 1));
            if r.clicked() && !selected {
                cmds.push(Command::Go(screen));
            }
        }
        ui.separator();
        for l in Lang::ALL {
            let r = ui
                .selectable_label(lang == l, l.code().to_uppercase())
                .on_hover_text(l.native_name());
            if r.clicked() && lang != l {
                cmds.push(Command::SetLang(l));
            }
        }
        ui.separator();
        let theme_label = if settings.dark {
            lang.pick("Thème clair", "Light theme")
        } else {
            lang.pick("Thème sombre", "Dark theme")
        };
        if ui.button(theme_label).clicked() {
            cmds.push(Command::SetDark(!settings.dark));
        }
        ui.separator();
        ui.spacing_mut().item_spacing.x = 4.0;
        if ui
            .button("−")
            .on_hover_text(lang.pick("Réduire (Ctrl −)", "Zoom out (Ctrl −)"))
            .clicked()
        {
            cmds.push(Command::Zoom(ZoomStep::Out));
        }
        let pct = format!("{:.0} %", ui.ctx().zoom_factor() * 100.0);
        if ui
            .button(pct)
            .on_hover_text(lang.pick("Taille normale (Ctrl 0)", "Actual size (Ctrl 0)"))
            .clicked()
        {
            cmds.push(Command::Zoom(ZoomStep::Reset));
        }
        if ui
            .button("+")
            .on_hover_text(lang.pick("Agrandir (Ctrl +)", "Zoom in (Ctrl +)"))
            .clicked()
        {
            cmds.push(Command::Zoom(ZoomStep::In));
        }
    });
    ui.add_space(2.0);
}

fn messages_ui(ui: &mut egui::Ui, messages: &[Message], lang: Lang, cmds: &mut Vec<Command>) {
    ui.add_space(4.0);
    for (i, m) in messages.iter().enumerate() {
        ui.horizontal(|ui| {
            let colour = if m.error {
                ui.visuals().error_fg_color
            } else {
                ui.visuals().warn_fg_color
            };
            if ui.button(lang.pick("Fermer", "Dismiss")).clicked() {
                cmds.push(Command::Dismiss(i));
            }
            ui.add(egui::Label::new(egui::RichText::new(&m.text).color(colour)).wrap());
        });
    }
    ui.add_space(4.0);
}

/// The warning that stays while the work in progress is not protected by the autosave.
fn autosave_warning_ui(ui: &mut egui::Ui, why: &str, lang: Lang) {
    ui.add_space(4.0);
    let text = format!(
        "⚠ {} {why}",
        lang.pick(
            "Les modifications ne sont pas sauvegardées automatiquement :",
            "Changes are not being autosaved:"
        )
    );
    ui.add(
        egui::Label::new(
            egui::RichText::new(text)
                .strong()
                .color(ui.visuals().error_fg_color),
        )
        .wrap(),
    );
}
