//! The eframe app: persisted settings, the runtime state beside them, the top bar, and the
//! commands that views return and the app applies after the frame.

use serde::{Deserialize, Serialize};

use crate::decide::Recommendation;
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
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            lang: Lang::Fr,
            dark: false,
            zoom: 1.0,
            screen: Screen::Compare,
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
    /// The team's answers.
    pub session: Session,
    /// The recommendation for `session`, recomputed when it changes.
    pub recommendation: Recommendation,
    /// Messages shown in the bottom bar.
    pub messages: Vec<Message>,
    /// The override form being filled in.
    pub override_draft: OverrideDraft,
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
        let mut session = Session::new(&kit);
        if let Some(path) = launch.session.as_deref() {
            match Session::open(path, &kit) {
                Ok(loaded) => {
                    if !loaded.dropped.is_empty() {
                        messages.push(Message {
                            error: false,
                            text: format!(
                                "{}: ignored ids the kit does not know: {}",
                                path.display(),
                                loaded.dropped.join(", ")
                            ),
                        });
                    }
                    session = loaded.session;
                }
                Err(e) => messages.push(Message {
                    error: true,
                    text: e.to_string(),
                }),
            }
        }
        let recommendation = session.recommend(&kit);
        ArbitreApp {
            settings,
            kit,
            session,
            recommendation,
            messages,
            override_draft: OverrideDraft::default(),
            quit_after_frames: launch.quit_after_frames,
            frames: 0,
            style_installed: false,
            applied_dark: None,
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
        let mut cmds = Vec::new();
        shortcuts(&ctx, &mut cmds);

        egui::Panel::top("top_bar").show(ui, |ui| top_bar_ui(ui, &self.settings, &mut cmds));
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
                    &self.session,
                    lang,
                    self.settings.dark,
                    &mut cmds,
                ),
                Screen::Checklists => checklists::checklists_ui(
                    ui,
                    &self.kit,
                    &self.session,
                    &self.recommendation,
                    lang,
                    &mut cmds,
                ),
                Screen::Recommendation => recommend::recommendation_ui(
                    ui,
                    &self.kit,
                    &self.session,
                    &self.recommendation,
                    &mut self.override_draft,
                    lang,
                    self.settings.dark,
                    &mut cmds,
                ),
                other => not_yet_ui(ui, other, lang),
            }
        });

        for cmd in cmds {
            self.apply(cmd, &ctx);
        }
        self.settings.zoom = ctx.zoom_factor();
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
                if self.session.apply(edit) {
                    self.recommendation = self.session.recommend(&self.kit);
                }
            }
            Command::Dismiss(i) => {
                if i < self.messages.len() {
                    self.messages.remove(i);
                }
            }
        }
    }
}

impl eframe::App for ArbitreApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        self.show(ui);
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
}

fn shortcuts(ctx: &egui::Context, cmds: &mut Vec<Command>) {
    use egui::{KeyboardShortcut, Modifiers};
    ctx.input_mut(|i| {
        for screen in Screen::ALL {
            if i.consume_shortcut(&KeyboardShortcut::new(Modifiers::COMMAND, screen.key())) {
                cmds.push(Command::Go(screen));
            }
        }
    });
}

fn top_bar_ui(ui: &mut egui::Ui, settings: &Settings, cmds: &mut Vec<Command>) {
    let lang = settings.lang;
    ui.add_space(4.0);
    ui.horizontal_wrapped(|ui| {
        ui.heading("arbitre");
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

/// A screen that a later version brings: says so plainly.
fn not_yet_ui(ui: &mut egui::Ui, screen: Screen, lang: Lang) {
    ui.heading(screen.title(lang));
    ui.add_space(12.0);
    let what = match screen {
        Screen::Checklists => lang.pick(
            "Cocher ce qui s'applique : quand préférer une VM, quand combiner, et le résumé des décisions.",
            "Tick what applies: when to prefer a VM, when to combine, and the decision summary.",
        ),
        Screen::Recommendation => lang.pick(
            "La recommandation en direct (conteneurs, VMs ou hybride) et chacune de ses raisons.",
            "The live recommendation (containers, VMs or hybrid) and every reason for it.",
        ),
        Screen::Adr => lang.pick(
            "Rédiger et exporter l'ADR (MADR 4 ou Nygard, en français ou en anglais).",
            "Write and export the ADR (MADR 4 or Nygard, in French or English).",
        ),
        Screen::Train => lang.pick(
            "Quiz sur le tableau comparatif et scénarios tirés des notes.",
            "A quiz on the comparison table and scenarios drawn from the notes.",
        ),
        Screen::Compare => "",
    };
    ui.label(lang.pick(
        "Cet écran n'est pas encore construit dans cette version.",
        "This screen is not built yet in this version.",
    ));
    ui.label(what);
}
