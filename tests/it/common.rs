//! Shared helpers for the integration tests.
#![allow(dead_code)]

use arbitre::i18n::Lang;
use arbitre::ui::{ArbitreApp, Launch, Settings};
use egui_kittest::Harness;

/// The day the tests' app believes it is: pictures and records do not change with the day
/// the tests run.
pub const TODAY: &str = "2026-11-28";

/// The app with default settings in a language, at 1280×720.
pub fn app_harness(lang: Lang) -> Harness<'static, ArbitreApp> {
    app_harness_with(
        Settings {
            lang,
            ..Settings::default()
        },
        Launch::default(),
    )
}

/// The app with given settings and launch options, at 1280×720.
pub fn app_harness_with(settings: Settings, launch: Launch) -> Harness<'static, ArbitreApp> {
    app_harness_sized(settings, launch, [1280.0, 720.0])
}

/// The app with given settings and launch options, in a window of `size` points.
pub fn app_harness_sized(
    settings: Settings,
    launch: Launch,
    size: [f32; 2],
) -> Harness<'static, ArbitreApp> {
    // Each frame waits for the file work it started: the tests' frames are deterministic.
    let app = ArbitreApp::with_settings(settings, launch)
        .unwrap_or_else(|e| panic!("the built-in kit is invalid: {e}"))
        .settling()
        .on_day(TODAY);
    // The autosave worker asks for a repaint when it reports, which may land in the middle of
    // a run on a busy machine: allow the frames that takes.
    let mut h = Harness::builder()
        .with_size(size)
        .with_max_steps(16)
        .build_ui_state(|ui, app: &mut ArbitreApp| app.show(ui), app);
    h.run();
    h
}

/// One frame of the Train screen alone, as the app draws it, with its commands applied.
pub fn train_frame(
    ui: &mut egui::Ui,
    trainer: &mut arbitre::ui::train::Trainer,
    kit: &arbitre::kit::CheckedKit,
    lang: Lang,
    dark: bool,
) {
    let session = arbitre::session::Session::new(kit);
    let recommendation = session.recommend(kit);
    let decision = session.decision(&recommendation);
    let system = session.system(kit);
    let mut cmds = Vec::new();
    let mut cx = arbitre::ui::view::ViewCtx {
        kit,
        session: &session,
        recommendation: &recommendation,
        decision: &decision,
        system: &system,
        component: None,
        lang,
        words: lang.words(),
        dark,
        today: TODAY,
        cmds: &mut cmds,
    };
    arbitre::ui::train::train_ui(ui, &mut cx, trainer);
    for c in cmds {
        if let arbitre::ui::Command::Train(a) = c {
            trainer.apply(a);
        }
    }
}

/// A quiz choice as its button shows it: "B. text".
pub fn choice_label(q: &arbitre::train::Question, i: usize, lang: Lang) -> String {
    let text = q.choices.get(i).map_or("", |c| c.get(lang));
    format!("{}. {text}", arbitre::train::bank::letter(i))
}

/// A wrong choice of a question (the one after the answer).
pub fn wrong_choice(q: &arbitre::train::Question) -> usize {
    (q.answer + 1) % q.choices.len().max(1)
}

/// Types `path` into the path field that stands in for a missing native file dialog, as a
/// person does: the field holds the start folder, so all of it is selected first.
pub fn type_into_path_field(h: &mut Harness<'static, ArbitreApp>, path: &std::path::Path) {
    use egui_kittest::kittest::Queryable as _;
    let field = || egui::accesskit::Role::TextInput;
    h.get_by_role_and_label(field(), "Path:").focus();
    h.run();
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    h.run();
    h.get_by_role_and_label(field(), "Path:")
        .type_text(&path.display().to_string());
    h.run();
}

/// Unfolds the message bar (folded, its one line shows the most serious message) so that
/// every message is drawn.
pub fn unfold_messages(h: &mut Harness<'static, ArbitreApp>) {
    use egui_kittest::kittest::Queryable as _;
    let clicked = ["All messages (", "Tous les messages ("]
        .iter()
        .any(|label| {
            h.query_by_label_contains(label)
                .map(|n| n.click())
                .is_some()
        });
    if clicked {
        h.run();
    }
}

/// Chooses `option` in the drop-down labelled `label` (a `ComboBox`), as a person does: open
/// it, click the option.
pub fn choose(h: &mut Harness<'static, ArbitreApp>, label: &str, option: &str) {
    use egui_kittest::kittest::Queryable as _;
    h.get_by_label(label).click();
    h.run();
    h.get_by_label(option).click();
    h.run();
}

/// Clicks `label`, a toolbar action of the Log screen; on a short screen (a projector's 720
/// lines) the less frequent ones are in the "More actions" menu, opened first.
pub fn log_action(h: &mut Harness<'static, ArbitreApp>, label: &str) {
    use egui_kittest::kittest::Queryable as _;
    if h.query_by_label(label).is_none() {
        let more = ["More actions", "Autres actions"]
            .into_iter()
            .find(|m| h.query_by_label(m).is_some())
            .unwrap_or_else(|| panic!("no {label:?} and no menu holding it"));
        h.get_by_label(more).click();
        h.run();
    }
    h.get_by_label(label).click();
}
