//! The wall a room really has (issue #29): every screen at 1280×720 and 1024×768, normal and
//! presenter mode, French light and English dark; what the room must see on each screen is
//! in view without scrolling the page. The helpers here are shared by the tests of each
//! screen: [`wall_app`] opens the app at a size, in presenter mode or not; [`assert_in_view`]
//! fails when a named piece of the screen lies outside the window.

use arbitre::i18n::Lang;
use arbitre::ui::{ArbitreApp, Launch, Screen, Settings};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;

use crate::common;

/// The projectors' sizes, in points: 1280×720 and 1024×768.
pub const SIZES: [[f32; 2]; 2] = [[1280.0, 720.0], [1024.0, 768.0]];

/// The four ways a room sees a screen: (language, dark theme), each normal and presenter.
pub const LOOKS: [(Lang, bool); 2] = [(Lang::Fr, false), (Lang::En, true)];

/// The app at `size`, on `screen`, in a language and theme, presenter mode (F11) if asked,
/// with the file work it started settled.
pub fn wall_app(
    lang: Lang,
    dark: bool,
    screen: Screen,
    presenter: bool,
    size: [f32; 2],
    launch: Launch,
) -> Harness<'static, ArbitreApp> {
    let mut h = common::app_harness_sized(
        Settings {
            lang,
            dark,
            screen,
            ..Settings::default()
        },
        launch,
        size,
    );
    assert!(h.state_mut().settle(std::time::Duration::from_mins(1)));
    h.run();
    if presenter {
        h.key_press(egui::Key::F11);
        h.run();
    }
    h
}

/// The quote-app example session.
pub fn quote_app() -> Launch {
    Launch {
        session: Some("data/examples/quote-app.ron".into()),
        ..Launch::default()
    }
}

/// A name for a picture or a failure: `compare_fr_light_1280_presenter`.
pub fn look_name(name: &str, lang: Lang, dark: bool, size: [f32; 2], presenter: bool) -> String {
    format!(
        "{name}_{}_{}_{}{}",
        lang.code(),
        if dark { "dark" } else { "light" },
        size[0],
        if presenter { "_presenter" } else { "" }
    )
}

/// Fails unless the first node whose label contains `label` lies wholly inside the window
/// (the harness's size): the room sees it without scrolling.
pub fn assert_in_view(h: &Harness<'static, ArbitreApp>, label: &str, size: [f32; 2], look: &str) {
    let node = h.get_by_label_contains(label);
    let rect = node.rect();
    // The window in points: presenter mode's zoom makes it smaller than `size`.
    let window = h.ctx.content_rect();
    assert!(
        window.expand(0.5).contains_rect(rect),
        "{look}: {label:?} is at {rect:?}, outside the {}×{} window ({window:?} in points)",
        size[0],
        size[1]
    );
}

/// The ADR screen: its export buttons, the last of the form, in view at every size and look.
#[test]
fn the_adr_screen_s_export_buttons_are_in_view() {
    for size in SIZES {
        for (lang, dark) in LOOKS {
            for presenter in [false, true] {
                let h = wall_app(lang, dark, Screen::Adr, presenter, size, quote_app());
                let look = look_name("adr", lang, dark, size, presenter);
                let export = match lang {
                    Lang::Fr => "Exporter dans le journal d'ADR du dépôt",
                    Lang::En => "Export into the repository's ADR log",
                };
                assert_in_view(&h, export, size, &look);
            }
        }
    }
}

// --- Train and Log screens ---

/// The Train screen: the quiz's question and all its choices in view, at every size and look.
#[test]
fn a_quiz_question_and_all_its_choices_are_in_view() {
    for size in SIZES {
        for (lang, dark) in LOOKS {
            for presenter in [false, true] {
                let h = wall_app(
                    lang,
                    dark,
                    Screen::Train,
                    presenter,
                    size,
                    Launch::default(),
                );
                let look = look_name("train", lang, dark, size, presenter);
                let Some(q) = h.state().trainer.training().current_question().cloned() else {
                    panic!("{look}: no question");
                };
                assert_question_in_view(&h, &q, lang, size, &look);
            }
        }
    }
}

/// Fails unless a question's prompt and each of its choices are in view.
fn assert_question_in_view(
    h: &Harness<'static, ArbitreApp>,
    q: &arbitre::train::Question,
    lang: Lang,
    size: [f32; 2],
    look: &str,
) {
    assert_in_view(h, q.prompt.get(lang), size, look);
    for i in 0..q.choices.len() {
        assert_in_view(h, &common::choice_label(q, i, lang), size, look);
    }
}

/// The Train screen: an exam's question and all its choices in view, at every size and look.
#[test]
fn an_exam_question_and_all_its_choices_are_in_view() {
    use arbitre::ui::command::{Tab, TrainAction};
    for size in SIZES {
        for (lang, dark) in LOOKS {
            for presenter in [false, true] {
                let data = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
                let launch = Launch {
                    data_dir: Some(data.path().to_owned()),
                    ..Launch::default()
                };
                let settings = Settings {
                    lang,
                    dark,
                    screen: Screen::Train,
                    student: Some("Ana".into()),
                    ..Settings::default()
                };
                let mut h = common::app_harness_sized(settings, launch, size);
                if presenter {
                    h.key_press(egui::Key::F11);
                    h.run();
                }
                let ctx = egui::Context::default();
                h.state_mut()
                    .apply(arbitre::ui::Command::Train(TrainAction::StartExam), &ctx);
                h.state_mut().apply(
                    arbitre::ui::Command::Train(TrainAction::Show(Tab::Exam)),
                    &ctx,
                );
                assert!(h.state_mut().settle(std::time::Duration::from_mins(1)));
                h.run();
                let look = look_name("exam", lang, dark, size, presenter);
                let Some(q) = h
                    .state()
                    .trainer
                    .exam_sitting()
                    .and_then(|s| s.questions.first().cloned())
                else {
                    panic!("{look}: no exam question");
                };
                assert_question_in_view(&h, &q, lang, size, &look);
            }
        }
    }
}

/// The Log screen with a record read: its title, its text and its actions in view, at every
/// size and look.
#[test]
fn a_record_read_on_the_log_screen_is_in_view_with_its_actions() {
    let tmp = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    crate::ui_log::small_log(tmp.path());
    for size in SIZES {
        for (lang, dark) in LOOKS {
            for presenter in [false, true] {
                let launch = Launch {
                    adr_log: Some(tmp.path().to_owned()),
                    ..Launch::default()
                };
                let mut h = wall_app(lang, dark, Screen::Log, presenter, size, launch);
                h.state_mut().log_screen.select(1);
                h.run();
                let look = look_name("log", lang, dark, size, presenter);
                let w = &lang.words().log;
                assert_each_in_view(&h, "Use PostgreSQL", size, &look);
                assert_in_view(&h, "0002-use-postgres.md", size, &look);
                assert_in_view(
                    &h,
                    "We need a database with strong consistency.",
                    size,
                    &look,
                );
                assert_in_view(&h, w.supersede, size, &look);
                assert_in_view(&h, lang.words().new_record.supersede_button, size, &look);
                assert_in_view(&h, w.set_status, size, &look);
                assert_in_view(&h, &lang.colon(w.status), size, &look);
            }
        }
    }
}

/// A log where no record supersedes another shows no supersession strip; one where a record
/// does shows it.
#[test]
fn the_supersession_strip_shows_only_when_a_record_is_superseded() {
    let tmp = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    crate::ui_log::small_log(tmp.path());
    let open = |root: &std::path::Path| {
        let launch = Launch {
            adr_log: Some(root.to_owned()),
            ..Launch::default()
        };
        wall_app(Lang::En, false, Screen::Log, false, SIZES[0], launch)
    };
    let graph = Lang::En.words().log.graph;
    let h = open(tmp.path());
    assert!(h.query_by_label(graph).is_some(), "a supersession is drawn");
    let plain = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let d = plain.path().join("docs/decisions");
    std::fs::create_dir_all(&d).unwrap_or_else(|e| panic!("{e}"));
    for (file, title) in [("0001-a.md", "Use A"), ("0002-b.md", "Use B")] {
        std::fs::write(
            d.join(file),
            format!("---\nstatus: accepted\ndate: 2024-01-10\n---\n\n# {title}\n\nText.\n"),
        )
        .unwrap_or_else(|e| panic!("{e}"));
    }
    let h = open(plain.path());
    h.get_by_label("Use A");
    assert!(
        h.query_by_label(graph).is_none(),
        "no strip without supersession"
    );
}

/// Fails unless every node whose label is `label` (and there is one) lies wholly inside the
/// window: a title the table and the record pane both show, say.
fn assert_each_in_view(h: &Harness<'static, ArbitreApp>, label: &str, size: [f32; 2], look: &str) {
    let window = h.ctx.content_rect();
    let mut seen = 0;
    for node in h.query_all_by_label(label) {
        seen += 1;
        let rect = node.rect();
        assert!(
            window.expand(0.5).contains_rect(rect),
            "{look}: {label:?} is at {rect:?}, outside the {}×{} window ({window:?} in points)",
            size[0],
            size[1]
        );
    }
    assert!(seen > 0, "{look}: no {label:?}");
}
