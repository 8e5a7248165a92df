//! A record going into a log written in another language is said so, with the choice: on
//! the command line (`--lang`) and on the ADR screen (switch the document to the log's).

use crate::adr_conventions::{err, export, write};
use crate::ui_log::{log_screen, settle};
use arbitre::i18n::Lang;
use arbitre::ui::Screen;
use egui_kittest::kittest::Queryable as _;

/// An adr-tools log whose records are written in English.
fn english_log(root: &std::path::Path) {
    write(&root.join(".adr-dir"), "doc/adr\n");
    for (n, title) in [(1, "Record architecture decisions"), (2, "Use PostgreSQL")] {
        write(
            &root.join(format!("doc/adr/000{n}-x{n}.md")),
            &format!(
                "# {n}. {title}\n\nDate: 2024-01-0{n}\n\n## Status\n\nAccepted\n\n## Context\n\nWhy.\n\n## Decision\n\nWhat.\n\n## Consequences\n\nThen.\n"
            ),
        );
    }
}

#[test]
fn the_command_line_says_the_log_is_in_another_language_and_how_to_follow_it() {
    let tmp = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    english_log(tmp.path());
    // quote-app's record is French.
    let (o, _) = export(tmp.path(), &[]);
    assert!(o.status.success(), "{}", err(&o));
    assert!(
        err(&o).contains("the log's records are in English, this record in French: pass --lang en to write it in English"),
        "{}",
        err(&o)
    );
    let (o, path) = export(tmp.path(), &["--lang", "en"]);
    assert!(o.status.success(), "{}", err(&o));
    assert!(!err(&o).contains("the log's records are in"), "{}", err(&o));
    let text = std::fs::read_to_string(path).unwrap_or_default();
    assert!(text.contains("\n## Context\n"), "{text}");
}

#[test]
fn the_adr_screen_says_it_before_the_export_and_switches_to_the_log_s_language() {
    let tmp = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    english_log(tmp.path());
    let mut h = log_screen(Lang::En, tmp.path());
    crate::common::log_action(&mut h, "New decision in this log");
    h.run();
    settle(&mut h);
    h.state_mut().apply(
        arbitre::ui::Command::Go(Screen::Adr),
        &egui::Context::default(),
    );
    h.run();
    // A new decision in an English window is English: no word.
    assert_eq!(h.state().doc.session.adr.lang, Lang::En);
    assert!(
        h.query_by_label_contains("This log's records are in")
            .is_none()
    );
    // Switched to French, the screen says so and offers the log's language back.
    crate::common::choose(&mut h, "Document language:", "Français");
    h.get_by_label_contains("This log's records are in English, this document is in French");
    h.get_by_label("Write the document in English").click();
    h.run();
    assert_eq!(h.state().doc.session.adr.lang, Lang::En);
}

/// The ADR screen's word about the log's language, as the room reads it (1280×720).
#[cfg(feature = "snapshots")]
#[test]
fn snapshot_of_the_log_language_warning() {
    let tmp = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    english_log(tmp.path());
    let mut results = egui_kittest::SnapshotResults::new();
    let mut h = log_screen(Lang::Fr, tmp.path());
    crate::common::log_action(&mut h, "Nouvelle décision dans ce journal");
    h.run();
    settle(&mut h);
    h.state_mut().apply(
        arbitre::ui::Command::Go(Screen::Adr),
        &egui::Context::default(),
    );
    h.run();
    h.snapshot("adr_fr_log_in_english");
    results.extend_harness(&mut h);
    results.unwrap();
}
