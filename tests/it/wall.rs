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

/// The keys from the ADR title to the export button with F6: F6 goes from the form to the
/// next pane (the preview's links, then the action bar), Tab then walks the bar.
fn f6_from_the_adr_title_to_export(size: [f32; 2], presenter: bool) -> usize {
    let mut h = wall_app(Lang::En, false, Screen::Adr, presenter, size, quote_app());
    let look = look_name("adr_f6", Lang::En, false, size, presenter);
    let window = h.ctx.content_rect();
    let mut keys = 0;
    while focused(&h).is_none_or(|(label, _, _)| label != "Title") {
        h.key_press(egui::Key::Tab);
        h.run();
        keys += 1;
        assert!(keys < 40, "{look}: the title was not reached");
    }
    let mut panes = Vec::new();
    let mut keys = 0;
    loop {
        let key = if panes.len() < 3 {
            egui::Key::F6
        } else {
            egui::Key::Tab
        };
        h.key_press(key);
        h.run();
        h.run();
        keys += 1;
        let Some((label, role, rect)) = focused(&h) else {
            panic!("{look}: nothing focused after {keys} keys");
        };
        assert!(
            window.contains_rect(rect),
            "{look}: {role:?} {label:?} at {rect:?}"
        );
        if label.starts_with("Export into the repository's ADR log") {
            return keys;
        }
        if key == egui::Key::F6 {
            panes.push(label);
            // Past the form, Tab walks the bar.
            if rect.top() > window.bottom() * 0.6 {
                panes.extend([String::new(), String::new()]);
            }
        }
        assert!(
            keys < 30,
            "{look}: export not reached; F6 went to {panes:?}"
        );
    }
}

#[test]
fn f6_takes_the_adr_title_to_the_action_bar() {
    for size in SIZES {
        for presenter in [false, true] {
            let keys = f6_from_the_adr_title_to_export(size, presenter);
            let tabs = tab_through_the_adr_form(size, presenter);
            eprintln!(
                "{size:?} presenter {presenter}: title to export, {tabs} Tabs, or {keys} keys with F6"
            );
            assert!(keys <= 10, "{keys} keys with F6 (Tab alone: {tabs})");
        }
    }
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

/// The Train screen's scenarios tab at `size`, on its first scenario, or (`system`) on the
/// first system scenario of the run.
fn on_a_scenario(
    lang: Lang,
    dark: bool,
    presenter: bool,
    size: [f32; 2],
    system: bool,
) -> Harness<'static, ArbitreApp> {
    use arbitre::ui::command::{Tab, TrainAction};
    let mut h = wall_app(
        lang,
        dark,
        Screen::Train,
        presenter,
        size,
        Launch::default(),
    );
    let ctx = egui::Context::default();
    let show = arbitre::ui::Command::Train(TrainAction::Show(Tab::Scenarios));
    h.state_mut().apply(show, &ctx);
    let n = h.state().trainer.kit().scenarios.len();
    for _ in 0..n {
        let trainer = &h.state().trainer;
        let current = trainer.training().current_scenario(trainer.kit());
        if current.is_some_and(|s| s.is_system() == system) {
            break;
        }
        let next = arbitre::ui::Command::Train(TrainAction::NextScenario);
        h.state_mut().apply(next, &ctx);
    }
    h.run();
    h
}

/// The Train screen's scenarios: the scenario's title, every answer and the check button in
/// view at every size and look, however long the checklist (or the components) beside them.
#[test]
fn a_scenario_and_all_its_answers_are_in_view() {
    for system in [false, true] {
        for size in SIZES {
            for (lang, dark) in LOOKS {
                for presenter in [false, true] {
                    let h = on_a_scenario(lang, dark, presenter, size, system);
                    let look = look_name("scenario", lang, dark, size, presenter);
                    let look = format!("{look}{}", if system { "_system" } else { "" });
                    let trainer = &h.state().trainer;
                    let kit = trainer.kit();
                    let Some(sc) = trainer.training().current_scenario(kit) else {
                        panic!("{look}: no scenario");
                    };
                    assert_nth_in_window(&h, sc.title.get(lang), 0, &look);
                    for option in arbitre::kit::OptionId::ALL {
                        let name = kit.option_name(option, lang);
                        let button = h.get_by_role_and_label(egui::accesskit::Role::Button, &name);
                        assert_rect_in_window(&h, button.rect(), &format!("{look}: {name}"));
                    }
                    let check = match lang {
                        Lang::Fr => "Valider",
                        Lang::En => "Check",
                    };
                    assert_each_in_view(&h, check, size, &look);
                }
            }
        }
    }
}

/// The Recommendation screen of a system: the outcome, the drawing and the components'
/// table in view; a component chosen from the table brings its details up under the table,
/// the table still in view.
#[test]
fn a_system_s_switcher_and_the_component_chosen_are_in_view() {
    let launch = || Launch {
        session: Some("data/examples/build-farm.ron".into()),
        ..Launch::default()
    };
    for size in SIZES {
        for (lang, dark) in LOOKS {
            for presenter in [false, true] {
                let mut h = wall_app(
                    lang,
                    dark,
                    Screen::Recommendation,
                    presenter,
                    size,
                    launch(),
                );
                let look = look_name("system", lang, dark, size, presenter);
                let (drawing, why) = match lang {
                    Lang::Fr => ("Le système de l'équipe", "Pourquoi Update server"),
                    Lang::En => ("The team's system", "Why Update server"),
                };
                assert_nth_in_window(&h, drawing, 0, &look);
                assert_nth_in_window(&h, "Windows builders", 0, &look);
                let last = "Update server";
                h.get_by_role_and_label(egui::accesskit::Role::Button, last)
                    .click_accesskit();
                h.run();
                h.run();
                let details = h.get_by_label_contains(why).rect();
                assert_rect_in_window(&h, details, &format!("{look}: the details"));
                assert_nth_in_window(&h, last, 0, &look);
            }
        }
    }
}

/// The screen's header, in points: from the screen's first labelled widget below the top bar
/// to the first node labelled `first` (or, failing that, whose label holds it), where its
/// content starts (`None` when there is none).
fn content_start(h: &Harness<'static, ArbitreApp>, lang: Lang, first: &str) -> Option<f32> {
    let skip = match lang {
        Lang::Fr => "Aller au contenu de l'écran (F6)",
        Lang::En => "Go to the screen's content (F6)",
    };
    let bar = h.get_by_label(skip).rect().bottom();
    let screen_top = h
        .query_all_by(|n: &egui_kittest::kittest::AccessKitNode<'_>| {
            n.label().is_some_and(|l| !l.is_empty()) || n.value().is_some_and(|v| !v.is_empty())
        })
        .map(|n| n.rect().top())
        .filter(|top| *top > bar + 0.5)
        .fold(f32::INFINITY, f32::min);
    let node = h
        .query_all_by_label(first)
        .next()
        .or_else(|| h.query_all_by_label_contains(first).next())?;
    Some(node.rect().top() - screen_top)
}

/// Every screen's header (between the top bar and what the room reads) takes at most a fifth
/// of the window's height, at every size and look.
#[test]
fn every_screen_s_header_takes_at_most_a_fifth() {
    let tmp = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    crate::ui_log::small_log(tmp.path());
    let log = || Launch {
        adr_log: Some(tmp.path().to_owned()),
        ..Launch::default()
    };
    for size in SIZES {
        for (lang, dark) in LOOKS {
            for presenter in [false, true] {
                let fr = lang == Lang::Fr;
                let screens: [(Screen, Launch, &str); 5] = [
                    (
                        Screen::Recommendation,
                        quote_app(),
                        if fr {
                            "Recommandation\u{a0}: Hybride"
                        } else {
                            "Recommendation: Hybrid"
                        },
                    ),
                    (Screen::Adr, quote_app(), if fr { "Titre" } else { "Title" }),
                    (Screen::Train, Launch::default(), ""),
                    // The log's content starts with its supersessions, then the table.
                    (
                        Screen::Log,
                        log(),
                        // The table's column heads.
                        if fr { "Titre" } else { "Title" },
                    ),
                    (
                        Screen::Checklists,
                        quote_app(),
                        if fr {
                            "Quand Préférer une VM"
                        } else {
                            "When to Prefer a VM"
                        },
                    ),
                ];
                for (screen, launch, first) in screens {
                    let h = wall_app(lang, dark, screen, presenter, size, launch);
                    let look = look_name(&format!("{screen:?}"), lang, dark, size, presenter);
                    let prompt;
                    let first = if screen == Screen::Train {
                        let q = h.state().trainer.training().current_question().cloned();
                        prompt = q.map(|q| q.prompt.get(lang).to_owned()).unwrap_or_default();
                        prompt.as_str()
                    } else {
                        first
                    };
                    let Some(header) = content_start(&h, lang, first) else {
                        panic!("{look}: no {first:?}");
                    };
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
}
