//! The app shell in a headless egui: language switch, navigation, theme and zoom.

use crate::common;

use arbitre::i18n::Lang;
use arbitre::ui::Screen;
use egui_kittest::kittest::Queryable as _;

#[test]
fn language_switch_changes_the_table() {
    let mut h = common::app_harness(Lang::Fr);
    h.get_by_label("Partage du Kernel");
    h.get_by_label("Tableau Comparatif : Conteneurs vs Machines Virtuelles");
    assert!(h.query_by_label("Kernel Sharing").is_none());

    h.get_by_label("EN").click();
    h.run();
    assert_eq!(h.state().settings.lang, Lang::En);
    h.get_by_label("Kernel Sharing");
    assert!(h.query_by_label("Partage du Kernel").is_none());

    h.get_by_label("FR").click();
    h.run();
    h.get_by_label("Partage du Kernel");
}

#[test]
fn every_navigation_entry_opens_its_screen() {
    let mut h = common::app_harness(Lang::En);
    for (n, screen) in Screen::ALL.into_iter().enumerate() {
        let label = format!("{} {}", n + 1, screen.title(Lang::En));
        h.get_by_label(&label).click();
        h.run();
        assert_eq!(h.state().settings.screen, screen, "{label}");
        // Every screen shows a heading, never a blank page.
        // (On a 720-line window the top bar names the Train and Log screens: their first
        // control stands for the heading.)
        let heading = match screen {
            Screen::Compare => "Comparison Table: Containers vs Virtual Machines",
            Screen::Train => "Quiz",
            Screen::Log => "Open a repository…",
            other => other.title(Lang::En),
        };
        assert!(
            h.query_by_label(heading).is_some(),
            "{label}: no `{heading}`"
        );
    }
}

#[test]
fn ctrl_digits_navigate() {
    let mut h = common::app_harness(Lang::Fr);
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Num3);
    h.run();
    assert_eq!(h.state().settings.screen, Screen::Recommendation);
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Num1);
    h.run();
    assert_eq!(h.state().settings.screen, Screen::Compare);
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Num6);
    h.run();
    assert_eq!(h.state().settings.screen, Screen::Log);
}

#[test]
fn theme_and_zoom_controls_work() {
    let mut h = common::app_harness(Lang::En);
    h.get_by_label("Dark").click();
    h.run();
    assert!(h.state().settings.dark);
    h.get_by_label("Light").click();
    h.run();
    assert!(!h.state().settings.dark);

    h.get_by_label("+").click();
    h.run();
    assert!(h.state().settings.zoom > 1.0);
    h.get_by_label_contains("%").click();
    h.run();
    assert!((h.state().settings.zoom - 1.0).abs() < 1e-6);
}

#[test]
fn weights_and_notes_are_edited_from_the_table() {
    let mut h = common::app_harness(Lang::En);
    // Five rows each have a "High" weight; pick the one of the first row.
    let highs = h.query_all_by_label("High").count();
    assert_eq!(highs, 5, "one High weight per criterion");
    if let Some(n) = h.query_all_by_label("High").next() {
        n.click();
    }
    h.run();
    assert_eq!(
        h.state().doc.session.weights.get("kernel-sharing"),
        Some(&3)
    );
    assert_eq!(
        h.state().recommendation.outcome,
        arbitre::decide::Outcome::Vms
    );

    let notes = h
        .query_all_by_role(egui::accesskit::Role::MultilineTextInput)
        .count();
    assert_eq!(notes, 5, "one note per criterion");
    if let Some(n) = h
        .query_all_by_role(egui::accesskit::Role::MultilineTextInput)
        .next()
    {
        n.click();
    }
    h.run();
    if let Some(n) = h
        .query_all_by_role(egui::accesskit::Role::MultilineTextInput)
        .next()
    {
        n.type_text("Linux only");
    }
    h.run();
    assert_eq!(
        h.state()
            .doc
            .session
            .notes
            .get("kernel-sharing")
            .map(String::as_str),
        Some("Linux only")
    );
}

#[test]
fn a_bad_kit_file_is_reported_and_the_app_keeps_running() {
    let dir = tempfile::tempdir().ok();
    let path = dir
        .as_ref()
        .map(|d| d.path().join("bad.ron"))
        .unwrap_or_default();
    let _ = std::fs::write(&path, "(id: \"x\",");
    let mut h = common::app_harness_with(
        arbitre::ui::Settings::default(),
        arbitre::ui::Launch {
            kit: Some(path),
            ..Default::default()
        },
    );
    h.run();
    let msg = h
        .state()
        .messages
        .first()
        .map(|m| m.text(h.state().settings.lang))
        .unwrap_or_default();
    assert!(msg.contains("bad.ron:1:"), "{msg}");
    h.get_by_label("Partage du Kernel");
}

#[test]
fn presenter_mode_and_the_shortcuts_list() {
    let mut h = common::app_harness(Lang::En);
    let zoom = h.ctx.zoom_factor();
    h.key_press(egui::Key::F11);
    h.run();
    assert!(h.state().settings.presenter);
    assert!(
        (h.ctx.zoom_factor() - zoom * 1.4).abs() < 1e-3,
        "large type"
    );
    assert!(
        h.ctx.global_style().spacing.icon_width >= 24.0,
        "large check boxes"
    );
    // The user's own zoom is what is kept, not the presenter's.
    assert!((h.state().settings.zoom - zoom).abs() < 1e-3);
    h.key_press(egui::Key::F11);
    h.run();
    assert!(!h.state().settings.presenter);
    assert!((h.ctx.zoom_factor() - zoom).abs() < 1e-3);

    // F1 and "?" list the shortcuts; "?" typed into a field is just a character.
    h.key_press(egui::Key::F1);
    h.run();
    h.get_by_label("F1 / ?");
    h.get_by_label("Dismiss").click();
    h.run();
    assert!(!h.state().show_shortcuts());
    h.event(egui::Event::Text("?".into()));
    h.run();
    assert!(h.state().show_shortcuts());
    h.get_by_label("F11");
    h.key_press(egui::Key::Escape);
    h.run();

    // The top bar's switch, named for screen readers.
    h.get_by_label("Presenter mode: full screen, large type, large check boxes")
        .click();
    h.run();
    assert!(h.state().settings.presenter);
}

#[test]
fn a_narrow_window_folds_the_top_bar_instead_of_wrapping_it() {
    let mut h = common::app_harness_sized(
        arbitre::ui::Settings {
            lang: Lang::En,
            ..arbitre::ui::Settings::default()
        },
        arbitre::ui::Launch::default(),
        [1024.0, 640.0],
    );
    // Language, theme and zoom went into a View menu; the screens stay in view.
    assert!(h.query_by_label("FR").is_none());
    h.get_by_label("6 Log");
    h.get_by_label("View").click();
    h.run();
    h.get_by_label("FR").click();
    h.run();
    assert_eq!(h.state().settings.lang, Lang::Fr);
}
