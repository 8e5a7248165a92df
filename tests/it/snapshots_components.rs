//! Pictures of the Checklists and Compare screens with a system of components (the hospital
//! example), French light and English dark, at 1280×720. Run with
//! `cargo test --features snapshots --test it snapshots_components`.
#![cfg(feature = "snapshots")]

use crate::common;

use arbitre::i18n::Lang;
use arbitre::session::Edit;
use arbitre::ui::{Command, Launch, Screen, Settings};
use egui_kittest::SnapshotResults;

fn hospital(
    lang: Lang,
    dark: bool,
    screen: Screen,
) -> egui_kittest::Harness<'static, arbitre::ui::ArbitreApp> {
    common::app_harness_with(
        Settings {
            lang,
            dark,
            screen,
            ..Settings::default()
        },
        Launch {
            session: Some("data/examples/hospital.ron".into()),
            ..Launch::default()
        },
    )
}

#[test]
fn checklists_and_compare_with_components() {
    let mut results = SnapshotResults::new();
    // The payment service shown, as the example has it: its own ticks, nothing for all.
    let mut h = hospital(Lang::Fr, false, Screen::Checklists);
    h.state_mut().send(Command::SelectComponent(Some(2)));
    h.run();
    h.snapshot("checklists_fr_light_hospital");
    results.extend_harness(&mut h);
    // A fact for all added (a security standard, a must-have for every component), and an
    // architecture ticked for the whole system; the FHIR API shown: the fact for all is
    // ticked and locked.
    let mut h = hospital(Lang::En, true, Screen::Checklists);
    for id in ["vm.security-isolation", "hybrid.lift-and-shift"] {
        h.state_mut().send(Command::Edit(Edit::Tick {
            id: id.into(),
            on: true,
        }));
    }
    h.state_mut().send(Command::Edit(Edit::Must {
        id: "vm.security-isolation".into(),
        on: true,
    }));
    h.run();
    h.snapshot("checklists_en_dark_hospital_system");
    h.state_mut().send(Command::SelectComponent(Some(1)));
    h.run();
    h.snapshot("checklists_en_dark_hospital");
    results.extend_harness(&mut h);
    // The Compare screen follows the switcher: a weight for all shows locked in a component.
    let mut h = hospital(Lang::Fr, false, Screen::Compare);
    h.state_mut().send(Command::Edit(Edit::Weight {
        id: "kernel-sharing".into(),
        weight: 3,
    }));
    h.state_mut().send(Command::SelectComponent(Some(0)));
    h.run();
    h.snapshot("compare_fr_light_hospital");
    results.extend_harness(&mut h);
    results.unwrap();
}
