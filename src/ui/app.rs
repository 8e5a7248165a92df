//! The eframe app: persisted settings, the runtime state beside them, the top bar, and the
//! commands that views return and the app applies after the frame.

use std::path::{Path, PathBuf};
use std::sync::mpsc;

use serde::{Deserialize, Serialize};

use crate::autosave::{Autosave, Found, Recovery};
use crate::decide::Recommendation;
use crate::document::Document;
use crate::i18n::Lang;
use crate::kit::CheckedKit;
use crate::session::Session;
use crate::ui::recommend::OverrideDraft;
use crate::ui::{Launch, checklists, compare, recommend, theme};

/// The screens of the user's path, in order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub enum Screen {
    /// The comparison table.
    #[default]
    Compare,
    /// The checklists.
    Checklists,
    /// The recommendation and why.
    Recommendation,
    /// The ADR form and export.
    Adr,
    /// Training.
    Train,
}

impl Screen {
    /// All screens, in the navigation's order.
    pub const ALL: [Screen; 5] = [
        Screen::Compare,
        Screen::Checklists,
        Screen::Recommendation,
        Screen::Adr,
        Screen::Train,
    ];

    /// The screen's name.
    pub fn title(self, lang: Lang) -> &'static str {
        match self {
            Screen::Compare => lang.pick("Comparer", "Compare"),
            Screen::Checklists => lang.pick("Checklists", "Checklists"),
            Screen::Recommendation => lang.pick("Recommandation", "Recommendation"),
            Screen::Adr => lang.pick("ADR", "ADR"),
            Screen::Train => lang.pick("S'entraîner", "Train"),
        }
    }

    /// The keyboard key that opens it with Ctrl.
    pub fn key(self) -> egui::Key {
        match self {
            Screen::Compare => egui::Key::Num1,
            Screen::Checklists => egui::Key::Num2,
            Screen::Recommendation => egui::Key::Num3,
            Screen::Adr => egui::Key::Num4,
            Screen::Train => egui::Key::Num5,
        }
    }
}

/// What eframe persists between runs.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Settings {
    /// The interface language.
    pub lang: Lang,
    /// Dark theme (else light).
    pub dark: bool,
    /// Zoom factor.
    pub zoom: f32,
    /// The screen shown.
    pub screen: Screen,
    /// Recently opened or saved session files, newest first.
    pub recent: Vec<PathBuf>,
}

/// How many recent files are remembered.
const MAX_RECENT: usize = 8;

/// Seconds between a change and its autosave.
const AUTOSAVE_DELAY: f64 = 0.5;

impl Default for Settings {
    fn default() -> Self {
        Settings {
            lang: Lang::Fr,
            dark: false,
            zoom: 1.0,
            screen: Screen::Compare,
            recent: Vec::new(),
        }
    }
}

/// A change that a view asks for; applied after the frame.
#[derive(Debug, Clone, PartialEq)]
#[must_use]
pub enum Command {
    /// Show a screen.
    Go(Screen),
    /// Change the interface language.
    SetLang(Lang),
    /// Switch between light and dark.
    SetDark(bool),
    /// Zoom in, out, or back to 100 %.
    Zoom(ZoomStep),
    /// Change the team's answers.
    Edit(crate::session::Edit),
    /// Dismiss the message at this index.
    Dismiss(usize),
    /// Undo the last change.
    Undo,
    /// Redo the last undone change.
    Redo,
    /// Start a new session (asks first if there are unsaved changes).
    New,
    /// Choose a session file to open (asks first if there are unsaved changes).
    OpenDialog,
    /// Open this session file (asks first if there are unsaved changes).
    Open(PathBuf),
    /// Save to the current file, or ask where.
    Save,
    /// Ask where to save.
    SaveAs,
    /// Answer to the unsaved-changes prompt.
    Resolve(Choice),
    /// Choose a file to export the ADR to.
    ExportFileDialog,
    /// Choose an ADR log to export into, optionally superseding a record.
    ExportLogDialog {
        /// The number of the record the new one supersedes.
        supersedes: Option<u32>,
    },
    /// Close an ADR opened read-only.
    CloseForeign,
    /// Restore the unsaved work found at start-up.
    Restore,
    /// Set the unsaved work found at start-up aside.
    DiscardRecovery,
}

/// An answer to "save your changes?".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Choice {
    /// Save, then go on.
    Save,
    /// Go on without saving.
    Discard,
    /// Do nothing.
    Cancel,
}

/// What waits for an answer to the unsaved-changes prompt.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Pending {
    /// A new session.
    New,
    /// Picking a file to open.
    OpenDialog,
    /// Opening a given file.
    Open(PathBuf),
    /// Closing the window.
    Close,
}

/// A file dialog the app wants opened (needs the window, so eframe's `ui` opens it).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DialogRequest {
    /// Pick a session to open.
    Open,
    /// Choose where to save.
    SaveAs,
    /// Choose a Markdown file to export the ADR to.
    ExportFile,
    /// Choose an ADR log folder (or repository root).
    ExportLog(Option<u32>),
}

/// What a file dialog answered, sent back from its worker thread.
#[derive(Debug, Clone, PartialEq, Eq)]
enum DialogAnswer {
    Open(PathBuf),
    SaveAs(PathBuf),
    ExportFile(PathBuf),
    ExportLog(PathBuf, Option<u32>),
}

/// A zoom step.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ZoomStep {
    /// Larger.
    In,
    /// Smaller.
    Out,
    /// 100 %.
    Reset,
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
    /// Unsaved work from an earlier run, offered back.
    pub recovery_offer: Option<Recovery>,
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
    pub fn with_settings(settings: Settings, launch: Launch) -> Self {
        let mut messages = Vec::new();
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
        let kit = match kit.map(Ok).unwrap_or_else(CheckedKit::builtin) {
            Ok(kit) => kit,
            Err(e) => {
                // Only a broken build gets here: the test suite checks the built-in kit.
                eprintln!("arbitre: the built-in kit is invalid:\n{e}");
                std::process::exit(70);
            }
        };
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
            recommendation,
            messages,
            override_draft: OverrideDraft::default(),
            pending: None,
            recovery_offer: None,
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

    /// Looks for unsaved work from an earlier run, then keeps the work saved as it changes.
    fn start_autosave(&mut self, dir: &Path) {
        let autosave = Autosave::in_dir(dir);
        match autosave.find(&self.kit) {
            Found::Nothing => {}
            Found::Work(recovery, dropped) => {
                if recovery.session != self.doc.session {
                    eprintln!(
                        "arbitre: unsaved work from an earlier run can be restored ({} ticked, {} weighted{})",
                        recovery.session.ticks.len(),
                        recovery.session.weights.len(),
                        recovery
                            .path
                            .as_deref()
                            .map(|p| format!(", {}", p.display()))
                            .unwrap_or_default()
                    );
                    self.messages
                        .extend(dropped_notice(autosave.file(), &dropped));
                    self.recovery_offer = Some(*recovery);
                }
            }
            Found::SetAside { error, moved_to } => self.error(format!(
                "The autosaved work could not be read and was set aside as {}:\n{error}",
                moved_to.display()
            )),
        }
        self.autosave = Some(AutosaveWorker::start(autosave));
    }

    /// Opens a session file (or an ADR, by its `.md` extension), replacing the document (no
    /// prompt: callers ask first).
    pub fn open_path(&mut self, path: &Path) {
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
                self.remember(path);
                self.changed();
            }
            Err(m) => self.messages.push(m),
        }
    }

    /// Saves the document to `path`; on failure says why and keeps everything.
    pub fn save_to(&mut self, path: &Path) -> bool {
        match self.doc.session.save(path) {
            Ok(()) => {
                self.doc.mark_saved(path);
                self.remember(path);
                self.schedule_autosave();
                true
            }
            Err(e) => {
                self.error(e.to_string());
                false
            }
        }
    }

    fn remember(&mut self, path: &Path) {
        let path = std::fs::canonicalize(path).unwrap_or_else(|_| path.to_owned());
        self.settings.recent.retain(|p| p != &path);
        self.settings.recent.insert(0, path);
        self.settings.recent.truncate(MAX_RECENT);
    }

    /// Recomputes what depends on the session and schedules an autosave.
    fn changed(&mut self) {
        self.recommendation = self.doc.session.recommend(&self.kit);
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
        if self.recovery_offer.is_some() {
            // Never overwrite work that is still offered back.
            return;
        }
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
            let job = if self.doc.is_dirty() {
                Some(Autosave::encode(&Recovery {
                    path: self.doc.path.clone(),
                    session: self.doc.session.clone(),
                }))
            } else {
                None
            };
            worker.send(job);
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
            ctx.set_zoom_factor(self.settings.zoom.clamp(0.5, 3.0));
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
        if !self.messages.is_empty() {
            egui::Panel::bottom("messages").show(ui, |ui| {
                messages_ui(ui, &self.messages, self.settings.lang, &mut cmds)
            });
        }
        egui::CentralPanel::default().show(ui, |ui| {
            let lang = self.settings.lang;
            match self.settings.screen {
                Screen::Compare => compare::compare_ui(
                    ui,
                    &self.kit,
                    &self.doc.session,
                    lang,
                    self.settings.dark,
                    &mut cmds,
                ),
                Screen::Checklists => checklists::checklists_ui(
                    ui,
                    &self.kit,
                    &self.doc.session,
                    &self.recommendation,
                    lang,
                    &mut cmds,
                ),
                Screen::Recommendation => recommend::recommendation_ui(
                    ui,
                    &self.kit,
                    &self.doc.session,
                    &self.recommendation,
                    &mut self.override_draft,
                    lang,
                    self.settings.dark,
                    &mut cmds,
                ),
                Screen::Train => crate::ui::train::train_ui(
                    ui,
                    &mut self.trainer,
                    &self.kit,
                    lang,
                    self.settings.dark,
                ),
                Screen::Adr => crate::ui::adr::adr_ui(
                    ui,
                    &self.doc.session,
                    &self.adr_markdown,
                    &self.adr_preview,
                    &self.today,
                    &mut self.adr_view,
                    self.foreign_adr.as_ref(),
                    lang,
                    &mut cmds,
                ),
            }
        });

        if let Some(pending) = &self.pending {
            crate::ui::files::unsaved_prompt_ui(&ctx, pending, self.settings.lang, &mut cmds);
        } else if let Some(offer) = &self.recovery_offer {
            crate::ui::files::recovery_prompt_ui(&ctx, offer, self.settings.lang, &mut cmds);
        }

        if let Some(text) = self.trainer.take_message() {
            self.messages.push(Message { error: true, text });
        }
        for cmd in cmds {
            self.apply(cmd, &ctx);
        }
        self.settings.zoom = ctx.zoom_factor();
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
            Command::Restore => {
                if let Some(r) = self.recovery_offer.take() {
                    let on_disk = r
                        .path
                        .as_deref()
                        .and_then(|p| Session::open(p, &self.kit).ok())
                        .map(|l| l.session)
                        .unwrap_or_else(|| Session::new(&self.kit));
                    self.doc = Document::recovered(r.session, r.path, on_disk);
                    self.changed();
                }
            }
            Command::DiscardRecovery => {
                if self.recovery_offer.take().is_some()
                    && let Some(worker) = &self.autosave
                {
                    worker.set_aside();
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
        if let Some(worker) = self.autosave.take()
            && self.recovery_offer.is_none()
        {
            let job = (!self.can_close()).then(|| {
                Autosave::encode(&Recovery {
                    path: self.doc.path.clone(),
                    session: self.doc.session.clone(),
                })
            });
            worker.finish(job);
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

/// What the autosave thread is asked to do.
enum Job {
    /// Write this text.
    Write(String),
    /// Nothing unsaved: remove the autosave.
    Clear,
    /// Rename the autosave aside (the user declined to restore it).
    SetAside,
}

/// A thread that writes autosaves in order, off the UI thread.
struct AutosaveWorker {
    tx: mpsc::Sender<Job>,
    handle: Option<std::thread::JoinHandle<()>>,
}

impl AutosaveWorker {
    fn start(autosave: Autosave) -> AutosaveWorker {
        let (tx, rx) = mpsc::channel::<Job>();
        let handle = std::thread::Builder::new()
            .name("autosave".into())
            .spawn(move || {
                for job in rx {
                    let result = match job {
                        Job::Write(text) => autosave.write(&text).map_err(|e| e.to_string()),
                        Job::Clear => autosave.clear().map_err(|e| e.to_string()),
                        Job::SetAside => {
                            let aside = autosave.file().with_file_name(format!(
                                "autosave.discarded-{}.ron",
                                std::time::SystemTime::now()
                                    .duration_since(std::time::UNIX_EPOCH)
                                    .map_or(0, |d| d.as_secs())
                            ));
                            std::fs::rename(autosave.file(), aside).map_err(|e| e.to_string())
                        }
                    };
                    if let Err(e) = result {
                        eprintln!("arbitre: autosave: {e}");
                    }
                }
            })
            .ok();
        AutosaveWorker { tx, handle }
    }

    fn send(&self, text: Option<String>) {
        let _ = self.tx.send(text.map_or(Job::Clear, Job::Write));
    }

    fn set_aside(&self) {
        let _ = self.tx.send(Job::SetAside);
    }

    /// Sends the last job and waits for the thread to write it.
    fn finish(self, text: Option<String>) {
        self.send(text);
        let AutosaveWorker { tx, handle } = self;
        // Closing the channel ends the thread's loop once the last job is written.
        drop(tx);
        if let Some(h) = handle {
            let _ = h.join();
        }
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
