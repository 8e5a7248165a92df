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
    let window = egui::Rect::from_min_size(egui::Pos2::ZERO, egui::vec2(size[0], size[1]));
    assert!(
        window.expand(0.5).contains_rect(rect),
        "{look}: {label:?} is at {rect:?}, outside the {}×{} window",
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
    let window = egui::Rect::from_min_size(egui::Pos2::ZERO, egui::vec2(size[0], size[1]));
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
                // The top bar, then at most a fifth of the height for the screen's header.
                assert!(
                    top <= 80.0 + size[1] / 5.0,
                    "{look}: the checklist starts at y={top}"
                );
            }
        }
    }
}
