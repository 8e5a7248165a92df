//! Pictures of every screen on the wall a room has (issue #29): 1280×720 and 1024×768, normal
//! and presenter mode, French light and English dark. Run with `cargo test --features
//! snapshots --test it snapshots_wall` (`UPDATE_SNAPSHOTS=1` to accept new pictures after
//! looking at them).
#![cfg(feature = "snapshots")]

use arbitre::ui::Screen;
use egui_kittest::SnapshotResults;

use crate::wall::{LOOKS, SIZES, look_name, quote_app, wall_app};

/// The pictures of one screen, set up by `prepare` once the app is open.
fn pictures(
    results: &mut SnapshotResults,
    name: &str,
    screen: Screen,
    prepare: &dyn Fn(&mut egui_kittest::Harness<'static, arbitre::ui::ArbitreApp>),
) {
    for size in SIZES {
        for (lang, dark) in LOOKS {
            for presenter in [false, true] {
                let mut h = wall_app(lang, dark, screen, presenter, size, quote_app());
                prepare(&mut h);
                h.run();
                h.snapshot(format!(
                    "wall/{}",
                    look_name(name, lang, dark, size, presenter)
                ));
                results.extend_harness(&mut h);
            }
        }
    }
}

#[test]
fn the_adr_screen_on_the_wall() {
    let mut results = SnapshotResults::new();
    pictures(&mut results, "adr", Screen::Adr, &|_| {});
    results.unwrap();
}

#[test]
fn the_checklists_screen_on_the_wall() {
    let mut results = SnapshotResults::new();
    pictures(&mut results, "checklists", Screen::Checklists, &|_| {});
    results.unwrap();
}
