//! Pictures of the Log screen's new record (issue #28): the editor beside its preview, French
//! light in an adr-tools log and English dark in a MADR log, at 1280×720; the offer to start a
//! log in a folder that has none. Run with `cargo test --features snapshots --test it
//! snapshots_new_record` (`UPDATE_SNAPSHOTS=1` to accept new pictures after looking at them).
#![cfg(feature = "snapshots")]

use crate::common;

use arbitre::i18n::Lang;
use arbitre::ui::{Launch, Screen, Settings};
use egui::{Key, Modifiers};
use egui_kittest::SnapshotResults;
use egui_kittest::kittest::Queryable as _;

#[test]
fn the_new_record_editor_and_the_offer_to_start_a_log() {
    let mut results = SnapshotResults::new();
    for (lang, dark, layout, title) in [
        (
            Lang::Fr,
            false,
            "adr-tools",
            "Héberger la facturation dans des conteneurs",
        ),
        (Lang::En, true, "madr", "Use PostgreSQL for billing"),
    ] {
        let tmp = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let repo = tmp.path().join("plateforme");
        std::fs::create_dir_all(&repo).unwrap_or_else(|e| panic!("{e}"));
        let kind = match layout {
            "madr" => arbitre::adr::log::LogKind::Madr,
            _ => arbitre::adr::log::LogKind::AdrTools,
        };
        arbitre::adr::log::init(&repo, kind, lang, "2026-11-28").unwrap_or_else(|e| panic!("{e}"));
        let mut h = common::app_harness_with(
            Settings {
                lang,
                dark,
                screen: Screen::Log,
                ..Settings::default()
            },
            Launch {
                adr_log: Some(repo.clone()),
                ..Launch::default()
            },
        );
        assert!(h.state_mut().settle(std::time::Duration::from_mins(1)));
        h.run();
        h.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::N);
        h.run();
        let label = match lang {
            Lang::Fr => "Titre du nouvel enregistrement\u{a0}:",
            Lang::En => "Title of the new record:",
        };
        h.get_by_label(label).type_text(title);
        h.run();
        h.key_press(Key::Enter);
        h.run();
        assert!(h.state_mut().settle(std::time::Duration::from_mins(1)));
        h.run();
        let theme = if dark { "dark" } else { "light" };
        h.snapshot(format!("new_record_{}_{theme}", lang.code()));
        results.extend_harness(&mut h);
    }
    // A fixed path: the message bar says where no log was found.
    let repo = std::path::Path::new("/tmp/arbitre-snapshots/plateforme");
    let _gone = std::fs::remove_dir_all(repo);
    std::fs::create_dir_all(repo).unwrap_or_else(|e| panic!("{e}"));
    let mut h = common::app_harness_with(
        Settings {
            lang: Lang::Fr,
            screen: Screen::Log,
            ..Settings::default()
        },
        Launch {
            adr_log: Some(repo.to_owned()),
            ..Launch::default()
        },
    );
    assert!(h.state_mut().settle(std::time::Duration::from_mins(1)));
    h.run();
    h.snapshot("log_init_fr");
    results.extend_harness(&mut h);
    results.unwrap();
}
