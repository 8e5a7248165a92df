//! A record of any decision, written from the Log screen as a user does it: `Ctrl+Shift+N`,
//! the title typed and Enter, the log's template in the editor beside its preview, the text
//! typed, `Ctrl+S`; discarding asks first, and so does closing the window; a record
//! superseded by a new one; a log started in a folder that has none.

use std::path::Path;

use crate::common;
use crate::ui_log::{log_screen, settle, small_log};
use arbitre::i18n::Lang;
use arbitre::ui::notice::Notice;
use arbitre::ui::{ArbitreApp, Launch, Screen, Settings};
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;

type H = Harness<'static, ArbitreApp>;

/// `Ctrl+Shift+N`, the title typed, Enter: the editor open on the log's template.
fn start(h: &mut H, title: &str) {
    h.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::N);
    h.run();
    h.get_by_label("Title of the new record:").type_text(title);
    h.run();
    h.key_press(Key::Enter);
    h.run();
    settle(h);
    h.run();
}

fn written(h: &H) -> Vec<String> {
    h.state()
        .messages
        .iter()
        .filter_map(|n| match n {
            Notice::RecordWritten(p) => Some(p.display().to_string()),
            _ => None,
        })
        .collect()
}

#[test]
fn a_new_record_is_typed_beside_its_preview_and_written_only_on_ctrl_s() {
    let tmp = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    small_log(tmp.path());
    let dir = tmp.path().join("docs/decisions");
    let mut h = log_screen(Lang::En, tmp.path());
    start(&mut h, "Use Rust for the CLI");
    h.get_by_label("New record: 0005-use-rust-for-the-cli.md");
    h.get_by_label_contains("The log has no template: text written by MADR's convention");
    h.get_by_label_contains("template placeholders left to fill");
    assert!(
        !dir.join("0005-use-rust-for-the-cli.md").exists(),
        "nothing written before a save"
    );
    // The preview shows the template as a reader sees it: its title a heading.
    h.get_by_label("Use Rust for the CLI");

    // Typed into the editor; the preview follows.
    let editor = h.get_by_label("Markdown");
    editor.focus();
    h.run();
    h.key_press_modifiers(Modifiers::COMMAND, Key::End);
    h.get_by_label("Markdown")
        .type_text("\n## Our note\n\nRust gives one static binary.\n");
    h.run();
    h.get_by_label("Rust gives one static binary.");

    h.key_press_modifiers(Modifiers::COMMAND, Key::S);
    h.run();
    settle(&mut h);
    h.run();
    let path = dir.join("0005-use-rust-for-the-cli.md");
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{e}"));
    assert!(
        text.starts_with("---\nstatus: proposed\ndate: 2026-11-28\n"),
        "{text}"
    );
    assert!(text.contains("# Use Rust for the CLI\n"), "{text}");
    assert!(text.ends_with("Rust gives one static binary.\n"), "{text}");
    assert_eq!(written(&h), [path.display().to_string()]);
    assert!(!h.state().log_screen.has_new_record());
    // The log read again, the new record selected.
    assert_eq!(h.state().log_screen.selected_file(), Some(path));
    h.get_by_label("5 of 5 records");
    assert!(
        h.state().doc.session.adr.title.is_empty(),
        "the session untouched"
    );
}

#[test]
fn discarding_a_typed_record_asks_first_and_nothing_is_written() {
    let tmp = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    small_log(tmp.path());
    let dir = tmp.path().join("docs/decisions");
    let before = std::fs::read_dir(&dir).map_or(0, Iterator::count);
    let mut h = log_screen(Lang::Fr, tmp.path());
    h.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::N);
    h.run();
    // An empty title is refused, in words.
    h.get_by_label("Rédiger").click();
    h.run();
    h.get_by_label("Donnez un titre à l'enregistrement.");
    h.get_by_label("Titre du nouvel enregistrement\u{a0}:")
        .type_text("Garder PostgreSQL");
    h.run();
    h.get_by_label("Rédiger").click();
    h.run();
    settle(&mut h);
    h.run();
    h.get_by_label("Nouvel enregistrement\u{a0}: 0005-garder-postgresql.md");
    h.get_by_label("Markdown").focus();
    h.run();
    h.get_by_label("Markdown").type_text("Texte à garder");
    h.run();
    h.get_by_label("Abandonner…").click();
    h.run();
    h.get_by_label(
        "Abandonner ce nouvel enregistrement\u{a0}? Son texte n'a jamais été enregistré.",
    );
    h.get_by_label("Continuer la rédaction").click();
    h.run();
    assert!(h.state().log_screen.drafting(), "kept");
    h.get_by_label("Abandonner…").click();
    h.run();
    h.get_by_label("Abandonner").click();
    h.run();
    assert!(!h.state().log_screen.has_new_record());
    assert_eq!(std::fs::read_dir(&dir).map_or(0, Iterator::count), before);
}

#[test]
fn a_record_superseded_by_a_new_record_of_any_kind() {
    let tmp = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    small_log(tmp.path());
    let mut h = log_screen(Lang::En, tmp.path());
    h.get_by_label("Use PostgreSQL").click();
    h.run();
    h.get_by_label("Supersede with a new record…").click();
    h.run();
    h.get_by_label_contains("It supersedes 0002-use-postgres.md");
    h.get_by_label("Title of the new record:")
        .type_text("Use SQLite");
    h.run();
    h.key_press(Key::Enter);
    h.run();
    settle(&mut h);
    h.run();
    h.get_by_label_contains("Save into the log").click();
    h.run();
    settle(&mut h);
    h.run();
    let dir = tmp.path().join("docs/decisions");
    let old = std::fs::read_to_string(dir.join("0002-use-postgres.md")).unwrap_or_default();
    assert!(
        old.contains("status: \"superseded by [ADR-0005](0005-use-sqlite.md)\""),
        "{old}"
    );
    let new = std::fs::read_to_string(dir.join("0005-use-sqlite.md")).unwrap_or_default();
    assert!(new.starts_with("---\nstatus: accepted\n"), "{new}");
    assert!(
        new.contains("Supersedes [ADR-0002](0002-use-postgres.md)"),
        "{new}"
    );
}

#[test]
fn closing_the_window_with_a_typed_record_asks_first() {
    let tmp = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    small_log(tmp.path());
    let mut h = crate::ui_close::real_app(Launch {
        adr_log: Some(tmp.path().to_owned()),
        ..Launch::default()
    });
    settle(&mut h);
    h.state_mut().settings.screen = Screen::Log;
    h.run();
    start(&mut h, "Use Rust");
    h.get_by_label("Markdown").focus();
    h.run();
    h.get_by_label("Markdown").type_text("Typed.");
    h.run();
    crate::ui_close::request_close(&mut h);
    assert!(!crate::ui_close::closes(&mut h), "the window stays open");
    assert!(
        h.state()
            .messages
            .iter()
            .any(|n| matches!(n, Notice::DraftWaits))
    );
    h.get_by_label("Discard this new record? Its text was never saved.");
    h.get_by_label("Discard it").click();
    h.run();
    crate::ui_close::request_close(&mut h);
    assert!(crate::ui_close::closes(&mut h), "then it closes");
}

#[test]
fn a_folder_without_a_log_offers_to_start_one_in_the_layout_chosen() {
    let tmp = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let mut h = common::app_harness_with(
        Settings {
            lang: Lang::En,
            ..Settings::default()
        },
        Launch {
            adr_log: Some(tmp.path().to_owned()),
            ..Launch::default()
        },
    );
    assert!(h.state_mut().settle(std::time::Duration::from_mins(1)));
    h.run();
    h.state_mut().settings.screen = Screen::Log;
    h.run();
    h.get_by_label_contains("has no ADR log. Start one here");
    h.get_by_label("Layout:").click();
    h.run();
    h.get_by_label("log4brains").click();
    h.run();
    h.get_by_label("Start a log here").click();
    h.run();
    settle(&mut h);
    h.run();
    assert!(tmp.path().join(".log4brains.yml").is_file());
    assert!(tmp.path().join("docs/adr/template.md").is_file());
    h.get_by_label_contains("log4brains log in");
    // And its first record from the template just written.
    start(&mut h, "Use Rust");
    h.get_by_label_contains("Text from the log's own template");
    h.get_by_label_contains("Save into the log").click();
    h.run();
    settle(&mut h);
    h.run();
    assert!(tmp.path().join("docs/adr/20261128-use-rust.md").is_file());
}

/// The record's text stays when the log refuses the save.
#[test]
fn a_refused_save_keeps_the_text() {
    let tmp = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    small_log(tmp.path());
    let mut h = log_screen(Lang::En, tmp.path());
    start(&mut h, "Use Rust");
    h.get_by_label("Markdown").focus();
    h.run();
    h.get_by_label("Markdown").type_text("Keep me.");
    h.run();
    let dir = tmp.path().join("docs/decisions");
    // The log folder gone between the draft and the save.
    std::fs::rename(&dir, tmp.path().join("moved")).unwrap_or_else(|e| panic!("{e}"));
    h.key_press_modifiers(Modifiers::COMMAND, Key::S);
    h.run();
    assert!(h.state_mut().settle(std::time::Duration::from_mins(1)));
    h.run();
    assert!(
        h.state()
            .messages
            .iter()
            .any(|n| matches!(n, Notice::LogFailed(_))),
        "said"
    );
    assert!(h.state().log_screen.drafting(), "still in the editor");
    let _: &Path = &dir;
    h.get_by_label_contains("Keep me.");
}
