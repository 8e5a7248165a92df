//! Pictures of every screen on the wall a room has (issue #29): 1280×720 and 1024×768, normal
//! and presenter mode, French light and English dark, in `tests/snapshots/wall/`. What each
//! screen must keep in view is checked at the same sizes by `tests/it/wall.rs`. Run with
//! `cargo test --features snapshots --test it snapshots_wall` (`UPDATE_SNAPSHOTS=1` to accept
//! new pictures after looking at them).
#![cfg(feature = "snapshots")]

use arbitre::ui::{ArbitreApp, Launch, Screen};
use egui_kittest::{Harness, SnapshotResults};

use crate::wall::{LOOKS, SIZES, look_name, quote_app, wall_app};

/// The pictures of one screen: opened with `launch`, then set up by `prepare`.
fn pictures(
    name: &str,
    screen: Screen,
    launch: &dyn Fn() -> Launch,
    prepare: &dyn Fn(&mut Harness<'static, ArbitreApp>),
) {
    let mut results = SnapshotResults::new();
    for size in SIZES {
        for (lang, dark) in LOOKS {
            for presenter in [false, true] {
                let mut h = wall_app(lang, dark, screen, presenter, size, launch());
                prepare(&mut h);
                h.run();
                let picture = format!("wall/{}", look_name(name, lang, dark, size, presenter));
                // The small italic text of a few screens differs by a few pixels from one run
                // to the next on lavapipe.
                h.snapshot_options(
                    picture,
                    &egui_kittest::SnapshotOptions::new().max_failed_pixels(20),
                );
                results.extend_harness(&mut h);
            }
        }
    }
    results.unwrap();
}

#[test]
fn the_compare_screen_on_the_wall() {
    pictures("compare", Screen::Compare, &quote_app, &|_| {});
}

#[test]
fn the_checklists_screen_on_the_wall() {
    pictures("checklists", Screen::Checklists, &quote_app, &|_| {});
}

#[test]
fn the_recommendation_screen_on_the_wall() {
    pictures(
        "recommendation",
        Screen::Recommendation,
        &quote_app,
        &|_| {},
    );
}

#[test]
fn the_adr_screen_on_the_wall() {
    pictures("adr", Screen::Adr, &quote_app, &|_| {});
}

/// A quiz question (the same at every run).
#[test]
fn the_train_screen_on_the_wall() {
    pictures("train_quiz", Screen::Train, &Launch::default, &|h| {
        let trainer = arbitre::ui::train::Trainer::new(&h.state().kit, None, 2024);
        h.state_mut().trainer = trainer;
    });
}

/// The log at a fixed path (the screen names the repository), one folder per test.
fn log_at(name: &str) -> std::path::PathBuf {
    let repo = std::path::Path::new("/tmp/arbitre-snapshots/wall")
        .join(name)
        .join("plateforme");
    let _gone = std::fs::remove_dir_all(&repo);
    crate::ui_log::small_log(&repo);
    repo
}

/// A record read.
#[test]
fn the_log_screen_on_the_wall() {
    let repo = log_at("record");
    let launch = || Launch {
        adr_log: Some(repo.clone()),
        ..Launch::default()
    };
    pictures("log_record", Screen::Log, &launch, &|h| {
        h.state_mut().log_screen.select(2);
    });
}

/// The log's list, nothing read yet.
#[test]
fn the_log_list_on_the_wall() {
    let repo = log_at("list");
    let launch = || Launch {
        adr_log: Some(repo.clone()),
        ..Launch::default()
    };
    pictures("log", Screen::Log, &launch, &|_| {});
}

/// A system of components: its outcome, its drawing and the components' table.
#[test]
fn the_recommendation_of_a_system_on_the_wall() {
    let launch = || Launch {
        session: Some("data/examples/quote-app-system.ron".into()),
        ..Launch::default()
    };
    pictures(
        "recommendation_system",
        Screen::Recommendation,
        &launch,
        &|_| {},
    );
}

/// A scenario (the first of a fixed run), its checklist beside its answers.
#[test]
fn a_scenario_on_the_wall() {
    pictures("train_scenario", Screen::Train, &Launch::default, &|h| {
        use arbitre::ui::command::{Tab, TrainAction};
        let trainer = arbitre::ui::train::Trainer::new(&h.state().kit, None, 2024);
        h.state_mut().trainer = trainer;
        let show = arbitre::ui::Command::Train(TrainAction::Show(Tab::Scenarios));
        h.state_mut().apply(show, &egui::Context::default());
    });
}
