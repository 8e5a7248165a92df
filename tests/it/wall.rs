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
