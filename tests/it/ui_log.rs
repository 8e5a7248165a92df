//! The Log screen driven as a user drives it: open a repository, sort, filter, search,
//! change a status, supersede a record with a new decision, see changes made outside.

use std::path::Path;

use crate::common;
use arbitre::i18n::Lang;
use arbitre::session::Status;
use arbitre::ui::{ArbitreApp, Launch, Screen, Settings};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;

fn write(path: &Path, text: &str) {
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent).unwrap_or_else(|e| panic!("{e}"));
    }
    std::fs::write(path, text).unwrap_or_else(|e| panic!("{e}"));
}

/// A small MADR log: four records, one superseded.
pub fn small_log(root: &Path) {
    let d = root.join("docs/decisions");
    write(
        &d.join("0001-use-vms.md"),
        "---\nstatus: superseded by [ADR-0003](0003-use-kubernetes.md)\ndate: 2024-01-10\ndecision-makers: [Ana]\n---\n\n# Use VMs for everything\n\n## Context and Problem Statement\n\nWe run a monolith.\n",
    );
    write(
        &d.join("0002-use-postgres.md"),
        "---\nstatus: accepted\ndate: 2024-02-01\ndecision-makers: [Bo, Chen]\n---\n\n# Use PostgreSQL\n\n## Context and Problem Statement\n\nWe need a database with strong consistency.\n",
    );
    write(
        &d.join("0003-use-kubernetes.md"),
        "---\nstatus: accepted\ndate: 2024-03-15\ndecision-makers: [Ana]\n---\n\n# Use Kubernetes on VMs\n\n## Context and Problem Statement\n\nContainers everywhere, orchestrated.\n\n## More Information\n\n* Supersedes [ADR-0001](0001-use-vms.md)\n",
    );
    write(
        &d.join("0004-edge.md"),
        "---\nstatus: proposed\ndate: 2024-04-02\n---\n\n# Run sensors at the edge\n\n## Context and Problem Statement\n\nIoT sensors need local processing.\n",
    );
}

/// The app on the Log screen with the log of `root` read.
pub fn log_screen(lang: Lang, root: &Path) -> Harness<'static, ArbitreApp> {
    let mut h = common::app_harness_with(
        Settings {
            lang,
            ..Settings::default()
        },
        Launch {
            adr_log: Some(root.to_owned()),
            ..Launch::default()
        },
    );
    settle(&mut h);
    h.run();
    h
}

/// Waits for the effect runner (the log read or written off the frame) and takes its
/// answers; a log that could not be read fails the test.
pub fn settle(h: &mut Harness<'static, ArbitreApp>) {
    assert!(h.state_mut().settle(std::time::Duration::from_mins(1)));
    let failed: Vec<_> = h
        .state()
        .messages
        .iter()
        .filter(|n| matches!(n, arbitre::ui::notice::Notice::LogFailed(_)))
        .collect();
    assert!(failed.is_empty(), "{failed:?}");
}

/// The numbers of the rows shown, in order.
fn rows(h: &mut Harness<'static, ArbitreApp>) -> Vec<u32> {
    let s = &mut h.state_mut().log_screen;
    let rows = s.rows().to_vec();
    let b = s.browse.as_ref().unwrap_or_else(|| panic!("no log"));
    rows.iter().map(|i| b.entries[*i].record.number).collect()
}

#[test]
fn open_sort_filter_and_search() {
    let tmp = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    small_log(tmp.path());
    let mut h = log_screen(Lang::En, tmp.path());
    assert_eq!(h.state().settings.screen, Screen::Log);
    h.get_by_label_contains("MADR log in");
    h.get_by_label("4 of 4 records");
    assert_eq!(rows(&mut h), [1, 2, 3, 4]);

    // Sort by title, then the other way.
    h.get_by_label("Title").click();
    h.run();
    assert_eq!(rows(&mut h), [4, 3, 2, 1]);
    h.get_by_label("Title ▲").click();
    h.run();
    assert_eq!(rows(&mut h), [1, 2, 3, 4]);

    // Filter by status.
    h.get_by_label("Status:").click();
    h.run();
    h.get_by_label("Accepted (2)").click();
    h.run();
    assert_eq!(rows(&mut h), [2, 3]);
    h.get_by_label("2 of 4 records");

    // Search as you type, in the text too.
    h.get_by_label("Status:").click();
    h.run();
    h.get_by_label("All").click();
    h.run();
    h.get_by_label("Search:").click();
    for c in "consist".chars() {
        h.get_by_label("Search:").type_text(&c.to_string());
        h.run();
    }
    assert_eq!(rows(&mut h), [2]);

    // Read a record; its relations are links.
    h.state_mut().log_screen.query.text.clear();
    h.run();
    h.get_by_label("Use Kubernetes on VMs").click();
    h.run();
    h.get_by_label("1. Use VMs for everything").click();
    h.run();
    assert_eq!(h.state().log_screen.selected, Some(0));
    h.get_by_label("3. Use Kubernetes on VMs");
    h.get_by_label_contains("Written by another tool");
}

#[test]
fn change_a_status_in_the_record_s_own_format() {
    let tmp = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    small_log(tmp.path());
    let mut h = log_screen(Lang::Fr, tmp.path());
    h.get_by_label("Run sensors at the edge").click();
    h.run();
    h.get_by_label("Nouveau statut\u{a0}:").click();
    h.run();
    h.get_by_label("Accepté").click();
    h.run();
    h.get_by_label("Appliquer").click();
    h.step();
    settle(&mut h);
    h.run();
    let text = std::fs::read_to_string(tmp.path().join("docs/decisions/0004-edge.md"))
        .unwrap_or_else(|e| panic!("{e}"));
    assert!(text.starts_with("---\nstatus: accepted\n"), "{text}");
    h.get_by_label_contains("Statut changé en Accepté");
    // The record stays selected after the log is read again.
    assert_eq!(h.state().log_screen.selected, Some(3));

    // A record edited outside since it was read is not written over.
    write(
        &tmp.path().join("docs/decisions/0002-use-postgres.md"),
        "---\nstatus: proposed\ndate: 2024-02-01\n---\n\n# Use PostgreSQL\n\nEdited in vim.\n",
    );
    let file = tmp.path().join("docs/decisions/0002-use-postgres.md");
    h.state_mut().apply(
        arbitre::ui::Command::SetRecordStatus {
            file: file.clone(),
            status: Status::Rejected,
        },
        &egui::Context::default(),
    );
    assert!(
        std::fs::read_to_string(&file)
            .unwrap_or_default()
            .contains("Edited in vim.")
    );
    assert!(
        !std::fs::read_to_string(&file)
            .unwrap_or_default()
            .contains("rejected")
    );
    settle(&mut h);
    h.run();
    h.get_by_label_contains("a changé sur le disque depuis sa lecture");
}

/// Another writer holds the log folder's lock: setting a status neither freezes the frame
/// nor waits; the window says the log is busy, and nothing is written.
#[test]
fn a_status_set_while_the_log_is_locked_does_not_block_the_frame_and_says_busy() {
    let tmp = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    small_log(tmp.path());
    let mut h = log_screen(Lang::En, tmp.path());
    let dir = tmp.path().join("docs/decisions");
    let held = std::fs::File::open(&dir).unwrap_or_else(|e| panic!("{e}"));
    held.lock().unwrap_or_else(|e| panic!("{e}"));
    h.get_by_label("Run sensors at the edge").click();
    h.run();
    h.get_by_label("New status:").click();
    h.run();
    h.get_by_label("Accepted").click();
    h.run();
    let start = std::time::Instant::now();
    h.get_by_label("Set").click();
    h.step();
    assert!(
        start.elapsed() < std::time::Duration::from_secs(2),
        "the frame waited: {:?}",
        start.elapsed()
    );
    assert!(h.state_mut().settle(std::time::Duration::from_mins(1)));
    h.run();
    h.get_by_label_contains("another writer holds the log lock");
    let text = std::fs::read_to_string(dir.join("0004-edge.md")).unwrap_or_default();
    assert!(text.starts_with("---\nstatus: proposed\n"), "{text}");
    drop(held);
}

#[test]
fn supersede_a_record_with_a_new_decision() {
    let tmp = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    small_log(tmp.path());
    let mut h = log_screen(Lang::En, tmp.path());
    h.get_by_label("Use PostgreSQL").click();
    h.run();
    h.get_by_label("Supersede with a new decision").click();
    h.run();
    // The decision screens open, pre-filled from the old record.
    assert_eq!(h.state().settings.screen, Screen::Checklists);
    assert_eq!(h.state().doc.session.adr.title, "Use PostgreSQL");
    h.state_mut().apply(
        arbitre::ui::Command::Go(Screen::Adr),
        &egui::Context::default(),
    );
    h.run();
    // Below the fold of the form: clicked as a screen reader would.
    h.get_by_label("Export into MADR docs/decisions, superseding 0002-use-postgres.md")
        .click_accesskit();
    h.run();
    // A proposal asks first.
    h.get_by_label("Accept and supersede").click();
    h.step();
    settle(&mut h);
    h.run();
    let old = std::fs::read_to_string(tmp.path().join("docs/decisions/0002-use-postgres.md"))
        .unwrap_or_default();
    assert!(
        old.contains("status: \"superseded by [ADR-0005](0005-use-postgresql.md)\""),
        "{old}"
    );
    let new = std::fs::read_to_string(tmp.path().join("docs/decisions/0005-use-postgresql.md"))
        .unwrap_or_default();
    assert!(
        new.contains("We need a database with strong consistency."),
        "{new}"
    );
    assert!(h.state().log_target.is_none(), "the export went to its log");
    // The Log screen shows the new record, and who supersedes whom.
    settle(&mut h);
    h.state_mut().apply(
        arbitre::ui::Command::Go(Screen::Log),
        &egui::Context::default(),
    );
    h.run();
    h.get_by_label("5 of 5 records");
    let b = h
        .state()
        .log_screen
        .browse
        .as_ref()
        .unwrap_or_else(|| panic!("no log"));
    assert_eq!(b.entries[1].successor, Some(4));
}

#[test]
fn a_new_decision_in_the_log_and_the_index() {
    let tmp = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    small_log(tmp.path());
    let mut h = log_screen(Lang::En, tmp.path());
    common::log_action(&mut h, "Regenerate the index");
    h.step();
    settle(&mut h);
    h.run();
    h.get_by_label_contains("Index written");
    assert!(tmp.path().join("docs/decisions/index.md").is_file());
    common::log_action(&mut h, "New decision in this log");
    h.run();
    assert_eq!(h.state().settings.screen, Screen::Checklists);
    assert_eq!(
        h.state().log_target.as_ref().map(|t| t.supersedes.clone()),
        Some(None)
    );
    h.state_mut().doc.session.adr.title = "Move to the edge".into();
    assert!(
        h.state_mut()
            .export_to_log(tmp.path(), None, false)
            .is_some_and(|p| p.ends_with("0005-move-to-the-edge.md"))
    );
}

#[test]
fn problems_are_counted_and_changes_outside_are_read_again() {
    let tmp = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    small_log(tmp.path());
    let d = tmp.path().join("docs/decisions");
    write(
        &d.join("0004-again.md"),
        "---\nstatus: accepted\n---\n\n# Again four\n",
    );
    std::fs::write(d.join("0006-bad.md"), [0xff, 0xfe]).unwrap_or_else(|e| panic!("{e}"));
    let mut h = log_screen(Lang::En, tmp.path());
    h.get_by_label("Problems (2)").click();
    h.run();
    h.get_by_label_contains("0006-bad.md: not UTF-8");
    h.get_by_label_contains("number 4 is also used by");

    // A `git pull` adds a record; the window notices when it gets the focus.
    write(
        &d.join("0007-pulled.md"),
        "---\nstatus: proposed\n---\n\n# Pulled from main\n",
    );
    h.event(egui::Event::WindowFocused(true));
    h.step();
    settle(&mut h);
    h.run();
    h.get_by_label("Pulled from main");
    h.get_by_label_contains("The log changed on disk");
}

#[test]
fn a_folder_dropped_on_the_window_opens_its_log() {
    let tmp = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    small_log(tmp.path());
    let mut h = common::app_harness(Lang::En);
    h.state_mut().apply(
        arbitre::ui::Command::Open(tmp.path().to_owned()),
        &egui::Context::default(),
    );
    settle(&mut h);
    h.run();
    assert_eq!(h.state().settings.screen, Screen::Log);
    assert_eq!(
        h.state().settings.recent_logs.first().cloned(),
        std::fs::canonicalize(tmp.path()).ok()
    );
    // Nothing there: a clear message, nothing opened.
    let empty = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    h.state_mut().apply(
        arbitre::ui::Command::OpenLog(empty.path().to_owned()),
        &egui::Context::default(),
    );
    assert!(h.state_mut().settle(std::time::Duration::from_mins(1)));
    h.run();
    h.get_by_label_contains("no ADR log found");
}

#[test]
fn cancelling_the_unsaved_prompt_drops_the_export_target() {
    let tmp = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    small_log(tmp.path());
    let mut h = log_screen(Lang::En, tmp.path());
    h.state_mut().apply(
        arbitre::ui::Command::Edit(arbitre::session::Edit::Tick {
            id: "vm.compliance".into(),
            on: true,
        }),
        &egui::Context::default(),
    );
    common::log_action(&mut h, "New decision in this log");
    h.run();
    h.get_by_label("Cancel").click();
    h.run();
    assert!(h.state().log_target.is_none());
    assert!(
        h.state().doc.session.ticks.contains("vm.compliance"),
        "the work is kept"
    );
}

/// A record arbitre wrote, opened from the Log, keeps its number and its links: the preview
/// and a file export say `# 2.` and `Supersedes [1. …]` as the file does.
#[test]
fn a_record_opened_from_the_log_keeps_its_number_and_links() {
    let tmp = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    write(&tmp.path().join(".adr-dir"), "doc/adr\n");
    write(
        &tmp.path().join("doc/adr/0001-use-vms.md"),
        "# 1. Use VMs\n\nDate: 2024-01-10\n\n## Status\n\nAccepted\n\n## Context\n\nA monolith.\n",
    );
    let (o, new) = crate::adr_conventions::export(tmp.path(), &["--supersedes", "1", "--accept"]);
    assert!(o.status.success(), "{}", crate::adr_conventions::err(&o));
    let written = std::fs::read_to_string(&new).unwrap_or_default();
    assert!(written.starts_with("# 2. "), "{written}");
    let mut h = log_screen(Lang::En, tmp.path());
    h.get_by_label_contains("quote-app").click();
    h.run();
    h.get_by_label("Open the decision").click();
    h.run();
    settle(&mut h);
    h.state_mut().apply(
        arbitre::ui::Command::Go(Screen::Adr),
        &egui::Context::default(),
    );
    h.run();
    let md = h.state().adr_markdown.clone();
    assert!(md.starts_with("# 2. "), "{md}");
    assert!(
        md.contains("\nSupersedes [1. Use VMs](0001-use-vms.md)\n"),
        "{md}"
    );
    // What a file export writes is what the log holds, as far as the visible text goes.
    let visible = |t: &str| {
        t.split("<!--")
            .next()
            .unwrap_or_default()
            .trim_end()
            .to_owned()
    };
    assert_eq!(visible(&md), visible(&written));
    // Another document forgets the place.
    h.state_mut()
        .apply(arbitre::ui::Command::New, &egui::Context::default());
    h.run();
    // The reopened decision is not saved anywhere yet: the window asks first.
    h.get_by_label("Don't save").click();
    h.run();
    h.state_mut().apply(
        arbitre::ui::Command::Go(Screen::Adr),
        &egui::Context::default(),
    );
    h.run();
    let md = h.state().adr_markdown.clone();
    assert!(md.starts_with("---\n") || md.starts_with("# 1. "), "{md}");
}
