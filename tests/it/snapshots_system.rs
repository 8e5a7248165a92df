//! Pictures of the Recommendation screen for a system of components (issue #27): the
//! hospital and the build farm, French light and English dark, at 1280×720; a 50-component
//! system in presenter mode. Run with `cargo test --features snapshots --test it
//! snapshots_system` (`UPDATE_SNAPSHOTS=1` to accept new pictures after looking at them).
#![cfg(feature = "snapshots")]

use crate::common;

use arbitre::i18n::Lang;
use arbitre::ui::{Launch, Screen, Settings};
use egui_kittest::SnapshotResults;

fn example(name: &str) -> Launch {
    Launch {
        session: Some(format!("data/examples/{name}.ron").into()),
        ..Launch::default()
    }
}

fn settings(lang: Lang, dark: bool) -> Settings {
    Settings {
        lang,
        dark,
        screen: Screen::Recommendation,
        ..Settings::default()
    }
}

#[test]
fn recommendation_of_a_system() {
    let mut results = SnapshotResults::new();
    for name in ["hospital", "build-farm"] {
        for (lang, dark) in [(Lang::Fr, false), (Lang::En, true)] {
            let mut h = common::app_harness_with(settings(lang, dark), example(name));
            h.run();
            let theme = if dark { "dark" } else { "light" };
            h.snapshot(format!(
                "recommendation_system_{}_{}_{theme}",
                name.replace('-', "_"),
                lang.code()
            ));
            results.extend_harness(&mut h);
        }
    }
    // A component shown: its reasons, what would change them, its override form.
    let mut h = common::app_harness_with(settings(Lang::En, false), example("hospital"));
    h.state_mut()
        .send(arbitre::ui::Command::SelectComponent(Some(2)));
    h.run();
    h.snapshot("recommendation_system_hospital_en_payment");
    results.extend_harness(&mut h);
    // Fifty components, in presenter mode.
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let file = crate::ui_system_view::fifty_components(dir.path());
    let mut h = common::app_harness_with(
        settings(Lang::Fr, false),
        Launch {
            session: Some(file),
            ..Launch::default()
        },
    );
    h.key_press(egui::Key::F11);
    h.run();
    h.snapshot("presenter_recommendation_system_50_fr");
    results.extend_harness(&mut h);
    results.unwrap();
}
