//! The Log screen on an adr-tools log as adr-tools' commands leave it: each record's status
//! word whatever relation lines stand around it, its relations listed in the record pane,
//! and the deciders Nygard records state (`Deciders:`, `Décideurs :`) in their column.

use std::path::Path;

use crate::ui_log::{log_screen, settle};
use arbitre::i18n::Lang;
use egui_kittest::kittest::Queryable as _;

fn write(path: &Path, text: &str) {
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent).unwrap_or_else(|e| panic!("{e}"));
    }
    std::fs::write(path, text).unwrap_or_else(|e| panic!("{e}"));
}

/// Three Nygard records in `doc/adr`: the second amended by the third, whose relation line
/// comes before its status word; deciders in English and in French.
fn amended_log(root: &Path) {
    let d = root.join("doc/adr");
    write(
        &d.join("0001-record-architecture-decisions.md"),
        "# 1. Record architecture decisions\n\nDate: 2024-01-01\n\n## Status\n\nAccepted\n\n## Context\n\nWe record.\n",
    );
    write(
        &d.join("0002-use-queues.md"),
        "# 2. Use queues\n\nDate: 2024-02-01\n\n## Status\n\nAccepted\n\nAmended by [3. Use retries](0003-use-retries.md)\n\n## Context\n\nDeciders: Ana, Bob\n\nLoad comes in bursts.\n",
    );
    write(
        &d.join("0003-use-retries.md"),
        "# 3. Use retries\n\nDate: 2024-03-01\n\n## Status\n\nAmends [2. Use queues](0002-use-queues.md)\n\nProposed\n\n## Context\n\nDécideurs\u{a0}: Léa\\\nConsultés\u{a0}: Ops\n\nMessages get lost.\n",
    );
}

#[test]
fn relations_and_deciders_of_an_adr_tools_log() {
    let tmp = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    amended_log(tmp.path());
    let mut h = log_screen(Lang::En, tmp.path());
    settle(&mut h);
    h.get_by_label("3 of 3 records");
    // The deciders column.
    h.get_by_label("Ana, Bob");
    h.get_by_label("Léa");
    // Statuses: two accepted, one proposed (not "amends").
    h.get_by_label("Status:").click();
    h.run();
    h.get_by_label("Accepted (2)");
    h.get_by_label("Proposed (1)").click();
    h.run();
    h.get_by_label("1 of 3 records");

    // The record pane lists the relations, each a link to the other record.
    h.get_by_label("Use retries").click();
    h.run();
    h.get_by_label("Amends:");
    // The pane's link comes first; the record's text below shows the same link.
    h.get_all_by_label("2. Use queues")
        .next()
        .unwrap_or_else(|| panic!("no link"))
        .click();
    h.run();
    assert_eq!(h.state().log_screen.selected, Some(1));
    h.get_by_label("Amended by:");
    assert!(h.query_all_by_label("3. Use retries").count() >= 1);
}

#[test]
fn relations_in_french() {
    let tmp = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    amended_log(tmp.path());
    let mut h = log_screen(Lang::Fr, tmp.path());
    settle(&mut h);
    h.get_by_label("Use retries").click();
    h.run();
    h.get_by_label("Amende\u{a0}:");
    assert!(h.query_all_by_label("2. Use queues").count() >= 2);
}
