//! The ADR screen's "one record per component" export, driven as a user drives it: a system
//! opened, the box ticked, the export into a log writes the system's record and one per
//! component, and the window says so.

use crate::common;
use crate::ui_log::{settle, small_log};
use arbitre::i18n::Lang;
use arbitre::ui::notice::Notice;
use arbitre::ui::{Launch, Screen, Settings};
use egui_kittest::kittest::Queryable as _;

#[test]
fn a_system_exported_into_a_log_with_one_record_per_component() {
    let tmp = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    small_log(tmp.path());
    let session =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("data/examples/hospital.ron");
    let mut h = common::app_harness_with(
        Settings {
            lang: Lang::En,
            screen: Screen::Adr,
            ..Settings::default()
        },
        Launch {
            session: Some(session),
            ..Launch::default()
        },
    );
    h.run();
    h.get_by_label("Also one record per component").click();
    h.run();
    assert!(h.state().adr_view.split);
    let system = h
        .state_mut()
        .export_to_log(tmp.path(), None, false)
        .unwrap_or_else(|| panic!("no export: {:?}", h.state().messages));
    settle(&mut h);
    let first = system.file_name().map(|n| n.to_string_lossy().into_owned());
    assert!(
        first.is_some_and(|n| n.starts_with("0005-")),
        "{}",
        system.display()
    );
    let dir = tmp.path().join("docs/decisions");
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{e}"))
        .filter_map(Result::ok)
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert_eq!(names.len(), 8, "{names:?}");
    for (n, part) in [(6, "dossier-patient"), (7, "api-fhir"), (8, "paiement")] {
        assert!(
            names
                .iter()
                .any(|f| f.starts_with(&format!("000{n}-")) && f.contains(part)),
            "{names:?}"
        );
    }
    let said: Vec<&Notice> = h
        .state()
        .messages
        .iter()
        .filter(|m| matches!(m, Notice::ExportedComponents(p) if p.len() == 3))
        .collect();
    assert_eq!(said.len(), 1, "{:?}", h.state().messages);
    h.run();
    common::unfold_messages(&mut h);
    h.get_by_label_contains("And one record per component (3)");
    // A session without components offers no such box.
    h.state_mut().doc.session.components.clear();
    h.run();
    assert!(h.query_by_label("Also one record per component").is_none());
}
