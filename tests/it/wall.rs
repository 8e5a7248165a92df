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

/// Fails unless the first node whose label contains `label` lies wholly inside the window:
/// the room sees it without scrolling. Positions are in points, so the window is taken in
/// points too (presenter mode zooms: 1280×720 pixels are fewer points).
pub fn assert_in_view(h: &Harness<'static, ArbitreApp>, label: &str, size: [f32; 2], look: &str) {
    let node = h.get_by_label_contains(label);
    let rect = node.rect();
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

/// The focused node: its label, role and rectangle.
fn focused(
    h: &Harness<'static, ArbitreApp>,
) -> Option<(String, egui::accesskit::Role, egui::Rect)> {
    use egui_kittest::kittest::NodeT as _;
    #[allow(clippy::redundant_closure_for_method_calls)] // the method is not general enough
    let is_focused = |n: &egui_kittest::kittest::AccessKitNode<'_>| n.is_focused();
    h.query_by(is_focused).map(|n| {
        let a = n.accesskit_node();
        (a.label().unwrap_or_default(), a.role(), n.rect())
    })
}

/// Tab through the ADR form, as a keyboard user does: every field, button and choice the
/// focus lands on is on screen (scrolled into view), and the export button is reached. Returns the Tabs from the
/// title field to the export button.
fn tab_through_the_adr_form(size: [f32; 2], presenter: bool) -> usize {
    let mut h = wall_app(Lang::En, false, Screen::Adr, presenter, size, quote_app());
    let look = look_name("adr_tab", Lang::En, false, size, presenter);
    let window = h.ctx.content_rect();
    let mut from_title = None;
    for tab in 0..80 {
        h.key_press(egui::Key::Tab);
        h.run();
        let Some((label, role, rect)) = focused(&h) else {
            continue;
        };
        assert!(
            window.contains_rect(rect),
            "{look}: after {tab} Tabs the focused {role:?} {label:?} is at {rect:?}, off screen"
        );
        if label == "Title" && from_title.is_none() {
            from_title = Some(tab);
        }
        if label.starts_with("Export into the repository's ADR log") {
            assert!(window.contains_rect(rect), "{look}: {rect:?}");
            return tab - from_title.unwrap_or(0);
        }
    }
    panic!("{look}: the export button was not reached in 80 Tabs");
}

#[test]
fn tab_through_the_adr_form_keeps_each_field_on_screen() {
    for size in SIZES {
        for presenter in [false, true] {
            let tabs = tab_through_the_adr_form(size, presenter);
            eprintln!("TABS {size:?} {presenter}: {tabs}");
            assert!(tabs <= 40, "{tabs} Tabs from the title to the export");
        }
    }
}

/// The Checklists screen at 1280×720, in English.
fn checklists() -> Harness<'static, ArbitreApp> {
    wall_app(
        Lang::En,
        false,
        Screen::Checklists,
        false,
        SIZES[0],
        quote_app(),
    )
}

/// F6 (or the top bar's skip link) puts the focus in the screen: on the Checklists screen,
/// on its first control, where Tab alone needs many presses.
#[test]
fn f6_skips_the_top_bar_to_the_screen() {
    let mut h = checklists();
    let mut tabs = 0;
    while focused(&h).is_none_or(|(_, _, r)| r.top() < 60.0) {
        h.key_press(egui::Key::Tab);
        h.run();
        tabs += 1;
        assert!(tabs < 60);
    }
    let by_tab = focused(&h).map(|f| f.0);
    let mut h = checklists();
    h.key_press(egui::Key::F6);
    h.run();
    h.run();
    let by_f6 = focused(&h).map(|f| f.0);
    assert_eq!(by_f6, by_tab, "F6 lands where {tabs} Tabs do");
    // The skip link is the first thing Tab reaches.
    let mut h = checklists();
    h.key_press(egui::Key::Tab);
    h.run();
    assert_eq!(
        focused(&h).map(|f| f.0).as_deref(),
        Some("Go to the screen's content (F6)")
    );
    h.key_press(egui::Key::Enter);
    h.run();
    h.run();
    assert_eq!(focused(&h).map(|f| f.0), by_tab);
    eprintln!(
        "Tabs to the first control of the Checklists screen: {tabs}; with the skip link: 2 (Tab, Enter) or F6"
    );
}

/// The Checklists screen: the heading and the live recommendation share one row, so the
/// first case starts high (the room reads the checklist, not the chrome).
#[test]
fn the_checklists_start_within_the_top_fifth() {
    for size in SIZES {
        for (lang, dark) in LOOKS {
            for presenter in [false, true] {
                let h = wall_app(lang, dark, Screen::Checklists, presenter, size, quote_app());
                let look = look_name("checklists", lang, dark, size, presenter);
                let first = match lang {
                    Lang::Fr => "1. Isolation de Sécurité Critique",
                    Lang::En => "1. Critical Security Isolation",
                };
                assert_in_view(&h, first, size, &look);
                let section = h.get_by_label_contains(match lang {
                    Lang::Fr => "Quand Préférer une VM",
                    Lang::En => "When to Prefer a VM",
                });
                let top = section.rect().top();
                // The top bar, then at most a fifth of the height for the screen's header (in
                // points, as the window is).
                let window = h.ctx.content_rect();
                assert!(
                    top <= 60.0 + window.height() / 5.0,
                    "{look}: the checklist starts at y={top} of {window:?}"
                );
            }
        }
    }
}

// --- Compare and Recommendation screens ---

/// Fails unless `rect` lies wholly inside the window as egui has it: in points, which
/// presenter mode's zoom makes fewer (1280×720 pixels are 914×514 points at 1.4).
fn assert_rect_in_window(h: &Harness<'static, ArbitreApp>, rect: egui::Rect, what: &str) {
    let window = h.ctx.content_rect();
    assert!(
        window.expand(0.5).contains_rect(rect),
        "{what} is at {rect:?}, outside the window {window:?} (points)"
    );
}

/// Fails unless the `n`th node (from 0) labelled exactly `label` lies wholly inside the
/// window, at any zoom.
fn assert_nth_in_window(h: &Harness<'static, ArbitreApp>, label: &str, n: usize, look: &str) {
    let node = h
        .query_all_by_label(label)
        .nth(n)
        .unwrap_or_else(|| panic!("{look}: no {label:?} number {n}"));
    assert_rect_in_window(h, node.rect(), &format!("{look}: {label:?} number {n}"));
}

/// The Compare screen: the first two criteria, their names and their importance buttons, in
/// view at every size and look: the header is a thin band and long cells are folded.
#[test]
fn the_compare_screen_s_first_two_criteria_are_in_view() {
    for size in SIZES {
        for (lang, dark) in LOOKS {
            for presenter in [false, true] {
                let h = wall_app(lang, dark, Screen::Compare, presenter, size, quote_app());
                let look = look_name("compare", lang, dark, size, presenter);
                let (first, second, high) = match lang {
                    Lang::Fr => ("Partage du Kernel", "Temps de Démarrage", "Forte"),
                    Lang::En => ("Kernel Sharing", "Startup Time", "High"),
                };
                assert_nth_in_window(&h, first, 0, &look);
                assert_nth_in_window(&h, second, 0, &look);
                // The second criterion's importance buttons, the last of its row.
                assert_nth_in_window(&h, high, 1, &look);
            }
        }
    }
}

/// The Recommendation screen: the outcome, the first reason and the architecture's drawing,
/// in view at every size and look.
#[test]
fn the_recommendation_its_first_reason_and_its_drawing_are_in_view() {
    for size in SIZES {
        for (lang, dark) in LOOKS {
            for presenter in [false, true] {
                let h = wall_app(
                    lang,
                    dark,
                    Screen::Recommendation,
                    presenter,
                    size,
                    quote_app(),
                );
                let look = look_name("recommendation", lang, dark, size, presenter);
                let (outcome, reason, drawing) = match lang {
                    Lang::Fr => (
                        "Recommandation\u{a0}: Hybride",
                        "Vous privilégiez la portabilité et le DevOps — Conteneurs (+2)",
                        "Infrastructure (cloud ou on-premise) [",
                    ),
                    Lang::En => (
                        "Recommendation: Hybrid",
                        "You prioritise portability and DevOps — Containers (+2)",
                        "Infrastructure (cloud or on-premise) [",
                    ),
                };
                assert_nth_in_window(&h, outcome, 0, &look);
                assert_nth_in_window(&h, reason, 0, &look);
                let drawing = h.get_by_label_contains(drawing).rect();
                assert_rect_in_window(&h, drawing, &format!("{look}: the drawing"));
            }
        }
    }
}

/// A folded cell shows a few lines and a "more" button; the button unfolds it to its whole
/// text (a screen reader has it whole either way) and turns into "less", which folds it.
#[test]
fn a_folded_cell_unfolds_to_its_whole_text() {
    let size = SIZES[0];
    let mut h = wall_app(Lang::Fr, false, Screen::Compare, true, size, quote_app());
    let text = "Firecracker et Kata Containers donnent à chaque charge de travail son propre \
                kernel invité, derrière KVM (virtualisation matérielle). gVisor intercale un \
                kernel en espace utilisateur, le Sentry, entre l'application et le kernel de \
                l'hôte.";
    let folded = h.get_by_label(text).rect().height();
    let more = "Lire la suite\u{a0}: Partage du Kernel, MicroVMs";
    h.get_by_label(more).click();
    h.run();
    let unfolded = h.get_by_label(text).rect().height();
    assert!(
        unfolded > folded * 1.5,
        "unfolded {unfolded} is not taller than folded {folded}"
    );
    // Every line of the text shows: the last words too.
    assert!(h.query_by_label_contains("l'hôte.").is_some());
    let less = "Replier\u{a0}: Partage du Kernel, MicroVMs";
    assert!(h.query_by_label(more).is_none());
    // Below the window once the cell is unfolded: scrolled to, as Tab would.
    h.get_by_label(less).scroll_to_me();
    h.run();
    h.get_by_label(less).click();
    h.run();
    let again = h.get_by_label(text).rect().height();
    assert!(
        (again - folded).abs() < 1.0,
        "folded again {again}, was {folded}"
    );
}

/// The Compare screen's fixed header (its title, the intro, the columns' titles) takes at most
/// a fifth of the window's height, presenter mode included: the rows get the rest.
#[test]
fn the_compare_screen_s_header_is_a_thin_band() {
    for size in SIZES {
        for (lang, dark) in LOOKS {
            for presenter in [false, true] {
                let h = wall_app(lang, dark, Screen::Compare, presenter, size, quote_app());
                let look = look_name("compare", lang, dark, size, presenter);
                let (heading, first) = match lang {
                    Lang::Fr => (
                        "Tableau Comparatif : Conteneurs vs Machines Virtuelles",
                        "Partage du Kernel",
                    ),
                    Lang::En => (
                        "Comparison Table: Containers vs Virtual Machines",
                        "Kernel Sharing",
                    ),
                };
                let top = h.get_by_label(heading).rect().top();
                let rows = h.query_all_by_label(first).next().map(|n| n.rect().top());
                let header = rows.unwrap_or(f32::INFINITY) - top;
                let window = h.ctx.content_rect().height();
                eprintln!("{look}: header {header:.0} of {window:.0} points");
                assert!(
                    header <= window / 5.0,
                    "{look}: the header takes {header} of {window} points"
                );
            }
        }
    }
}

/// The override form: choosing Hybrid shows its architectures without moving the
/// justification under the pointer; "write why" goes once something is written; under the
/// override, the engine's architectures are marked as its.
#[test]
fn the_override_form_holds_still_and_its_refusal_goes_once_written() {
    let size = SIZES[0];
    let mut h = wall_app(
        Lang::En,
        true,
        Screen::Recommendation,
        false,
        size,
        quote_app(),
    );
    h.get_by_label("Override the recommendation…")
        .click_accesskit();
    h.run();
    let field = "Justification (required):";
    let before = h.get_by_label(field).rect().top();
    h.get_by_label("VMs").click();
    h.run();
    let vms = h.get_by_label(field).rect().top();
    h.get_by_label("Hybrid").click();
    h.run();
    let hybrid = h.get_by_label(field).rect().top();
    assert!(
        (before - vms).abs() < 0.5 && (vms - hybrid).abs() < 0.5,
        "the justification moved: {before}, {vms}, {hybrid}"
    );
    h.get_by_label("Apply the override").click();
    h.run();
    let refused = "Refused: write why the team overrides the recommendation.";
    h.get_by_label(refused);
    h.get_by_label(field).click();
    h.run();
    h.get_by_label(field)
        .type_text("Our auditors require VM isolation.");
    h.run();
    assert!(h.query_by_label(refused).is_none(), "the refusal stays");
    // Overridden, the engine's architectures are named as arbitre's reading without it.
    h.get_by_label("Apply the override").click();
    h.run();
    h.get_by_label("arbitre's reading without the override, suggested architectures:");
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
