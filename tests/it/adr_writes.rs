//! Writes into an ADR log that nothing loses: another writer holding the log's lock, a
//! linked index, front matter arbitre cannot read, and a `kill -9` between the two writes
//! of a supersession or a two-way link. Through the real binary where users reach it.

use std::path::Path;

use arbitre::adr::log::{self, LogError};

use crate::binary::{bin, run_within};

use crate::adr_conventions::{QUOTE_APP, err, export, names, out, read, run, s, write};

#[test]
fn a_held_log_lock_is_announced_and_given_up_after_the_bound() {
    let tmp = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let dir = tmp.path().join("doc/adr");
    write(&tmp.path().join(".adr-dir"), "doc/adr");
    write(
        &dir.join("0001-a.md"),
        "# 1. A\n\nDate: 2024-01-01\n\n## Status\n\nProposed\n\n## Context\n\nWhy.\n",
    );
    let before = read(&dir.join("0001-a.md"));
    // Another writer: the folder's lock, held by this process.
    let held = std::fs::File::open(&dir).unwrap_or_else(|e| panic!("{e}"));
    held.lock().unwrap_or_else(|e| panic!("{e}"));
    let root = s(tmp.path());
    for args in [
        vec!["adr", "status", root, "1", "accepted", "--lock-wait", "1"],
        vec!["adr", "link", root, "1", "1", "See", "--lock-wait", "1"],
        vec!["adr", "index", root, "--lock-wait", "1"],
        vec![
            "export",
            "--session",
            QUOTE_APP,
            "--adr-dir",
            root,
            "--lock-wait",
            "1",
        ],
    ] {
        let (o, took) = run_within(&args, std::time::Duration::from_secs(20));
        let e = err(&o);
        assert_eq!(o.status.code(), Some(1), "{args:?}: {e}");
        assert!(
            e.contains(&format!(
                "another writer holds the log lock ({}); waiting up to 1 s",
                dir.display()
            )),
            "{args:?}: {e}"
        );
        assert!(
            e.contains("gave up after 1 s") && e.contains("try again"),
            "{args:?}: {e}"
        );
        assert!(
            took < std::time::Duration::from_secs(10),
            "{args:?}: {took:?}"
        );
    }
    assert_eq!(names(&dir), ["0001-a.md"], "nothing written");
    assert_eq!(read(&dir.join("0001-a.md")), before);

    // Released while a writer waits: it goes on, and says it waited.
    let child = bin()
        .args(["adr", "status", root, "1", "accepted", "--lock-wait", "20"])
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap_or_else(|e| panic!("{e}"));
    std::thread::sleep(std::time::Duration::from_millis(500));
    drop(held);
    let o = child.wait_with_output().unwrap_or_else(|e| panic!("{e}"));
    assert!(o.status.success(), "{}", err(&o));
    assert!(read(&dir.join("0001-a.md")).contains("\nAccepted\n"));
}

#[test]
fn the_library_never_waits_for_a_held_lock_unless_told_to() {
    // The window's writes run between frames: they try the lock once and say who holds it.
    let tmp = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let dir = tmp.path().join("docs/decisions");
    write(
        &dir.join("0001-a.md"),
        "---\nstatus: proposed\n---\n\n# A\n",
    );
    let log = log::detect(tmp.path()).unwrap_or_else(|e| panic!("{e}"));
    let held = std::fs::File::open(&dir).unwrap_or_else(|e| panic!("{e}"));
    held.lock().unwrap_or_else(|e| panic!("{e}"));
    let start = std::time::Instant::now();
    let e = log.set_status("1", arbitre::session::Status::Accepted);
    assert!(matches!(&e, Err(LogError::Locked(d)) if d == &dir), "{e:?}");
    let msg = e.err().map(|e| e.to_string()).unwrap_or_default();
    assert!(msg.contains("another writer holds the log lock"), "{msg}");
    let fr = LogError::Locked(dir.clone()).message(arbitre::i18n::Lang::Fr);
    assert!(fr.contains("verrou du journal"), "{fr}");
    assert!(matches!(log.write_index(), Err(LogError::Locked(_))));
    assert!(start.elapsed() < std::time::Duration::from_secs(1));
    assert_eq!(names(&dir), ["0001-a.md"]);
    drop(held);
    assert!(
        log.set_status("1", arbitre::session::Status::Accepted)
            .is_ok()
    );
}

#[test]
fn the_window_says_in_its_language_that_another_writer_holds_the_log() {
    use egui_kittest::kittest::Queryable as _;
    let tmp = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    crate::ui_log::small_log(tmp.path());
    let dir = tmp.path().join("docs/decisions");
    let mut h = crate::common::app_harness_with(
        arbitre::ui::Settings {
            lang: arbitre::i18n::Lang::Fr,
            ..arbitre::ui::Settings::default()
        },
        arbitre::ui::Launch {
            adr_log: Some(tmp.path().to_owned()),
            ..arbitre::ui::Launch::default()
        },
    );
    assert!(h.state_mut().settle(std::time::Duration::from_mins(1)));
    h.run();
    let held = std::fs::File::open(&dir).unwrap_or_else(|e| panic!("{e}"));
    held.lock().unwrap_or_else(|e| panic!("{e}"));
    let start = std::time::Instant::now();
    crate::common::log_action(&mut h, "Régénérer l'index");
    h.step();
    assert!(
        start.elapsed() < std::time::Duration::from_secs(2),
        "the frame waited for the lock: {:?}",
        start.elapsed()
    );
    assert!(h.state_mut().settle(std::time::Duration::from_mins(1)));
    h.run();
    h.get_by_label_contains("tient le verrou du journal");
    assert!(!dir.join("index.md").exists());
}

#[cfg(unix)]
#[test]
fn a_linked_index_stays_a_link_and_its_target_is_updated() {
    let tmp = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let dir = tmp.path().join("docs/decisions");
    write(
        &dir.join("0001-a.md"),
        "---\nstatus: accepted\n---\n\n# A\n",
    );
    let shared = tmp.path().join("site/decisions.md");
    write(
        &shared,
        "# Our decisions\n\n<!-- arbitre:index:start -->\n<!-- arbitre:index:end -->\n\nHand-written.\n",
    );
    std::os::unix::fs::symlink("../../site/decisions.md", dir.join("index.md"))
        .unwrap_or_else(|e| panic!("{e}"));
    let o = run(&["adr", "index", s(tmp.path())]);
    assert!(o.status.success(), "{}", err(&o));
    let meta = std::fs::symlink_metadata(dir.join("index.md")).unwrap_or_else(|e| panic!("{e}"));
    assert!(
        meta.file_type().is_symlink(),
        "index.md is no longer a link"
    );
    let text = read(&shared);
    assert!(text.contains("| 1 | [A](0001-a.md) | accepted |"), "{text}");
    assert!(
        text.ends_with("<!-- arbitre:index:end -->\n\nHand-written.\n"),
        "{text}"
    );
    assert_eq!(names(&tmp.path().join("site")), ["decisions.md"]);
}

#[test]
fn front_matter_arbitre_cannot_read_is_never_edited_and_it_says_why() {
    let tmp = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let dir = tmp.path().join("docs/decisions");
    let root = s(tmp.path());
    for (front, why) in [
        ("\"status\": accepted\n", "writes the key as `\"status\"`"),
        ("'status': accepted\n", "writes the key as `'status'`"),
        ("Status: accepted\n", "writes the key as `Status`"),
        (
            "status: accepted\nstatus: proposed\n",
            "has the key `status` 2 times",
        ),
        (
            "{status: accepted, date: 2024-01-01}\n",
            "`{status: accepted, date: 2024-01-01}`",
        ),
    ] {
        let _ = std::fs::remove_dir_all(&dir);
        let record = format!(
            "---\n{front}date: 2024-01-01\n---\n\n# A\n\n## Context and Problem Statement\n\nWhy.\n"
        );
        write(&dir.join("0001-a.md"), &record);
        let (o, _) = export(tmp.path(), &["--supersedes", "1", "--accept"]);
        let e = err(&o);
        assert_eq!(o.status.code(), Some(1), "{front}: {e}");
        assert!(
            e.contains("0001-a.md: not edited: its front matter") && e.contains(why),
            "{front}: {e}"
        );
        assert!(e.contains("YAML readers"), "{front}: {e}");
        let o = run(&["adr", "status", root, "1", "deprecated"]);
        assert_eq!(o.status.code(), Some(1), "{front}: {}", err(&o));
        assert!(err(&o).contains(why), "{front}: {}", err(&o));
        assert_eq!(names(&dir), ["0001-a.md"], "{front}: nothing written");
        assert_eq!(read(&dir.join("0001-a.md")), record, "{front}");
        // `adr check` says why the record has no status it can use.
        let o = run(&["adr", "check", root]);
        assert_eq!(o.status.code(), Some(1), "{front}: {}", out(&o));
        assert!(err(&o).contains(why), "{front}: {}", err(&o));
    }
    // Plain keys are edited as before.
    write(
        &dir.join("0001-a.md"),
        "---\nstatus: accepted\ndate: 2024-01-01\n---\n\n# A\n",
    );
    let o = run(&["adr", "status", root, "1", "deprecated"]);
    assert!(o.status.success(), "{}", err(&o));
    assert!(read(&dir.join("0001-a.md")).starts_with("---\nstatus: deprecated\ndate"));
}

/// The records of `dir` whose text says it supersedes `file`.
fn successors_of(dir: &Path, file: &str) -> Vec<String> {
    names(dir)
        .into_iter()
        .filter(|n| {
            read(&dir.join(n))
                .lines()
                .any(|l| l.contains("Supersedes [") && l.contains(&format!("]({file})")))
        })
        .collect()
}

#[test]
fn a_successor_its_old_record_does_not_name_is_reported_and_never_doubled() {
    // What an export killed between its two writes left, before the writes were ordered:
    // record 2 says it supersedes 1, and 1 is still accepted.
    let tmp = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let dir = tmp.path().join("docs/decisions");
    let root = s(tmp.path());
    write(
        &dir.join("0001-a.md"),
        "---\nstatus: accepted\ndate: 2024-01-01\n---\n\n# A\n",
    );
    write(
        &dir.join("0002-b.md"),
        "---\nstatus: accepted\ndate: 2024-01-02\n---\n\n# B\n\n## More Information\n\n* Supersedes [ADR-0001](0001-a.md)\n",
    );
    let o = run(&["adr", "check", root]);
    assert_eq!(o.status.code(), Some(1), "{}", out(&o));
    assert!(
        err(&o).contains("0002-b.md: says it supersedes 0001-a.md, but 0001-a.md is not marked superseded by it (its status: accepted)"),
        "{}",
        err(&o)
    );
    // The retry completes the supersession and writes no second successor.
    let (o, _) = export(tmp.path(), &["--supersedes", "1", "--accept"]);
    assert_eq!(o.status.code(), Some(1), "{}", err(&o));
    assert!(
        err(&o).contains("0002-b.md already says it supersedes it")
            && err(&o).contains("marked it superseded by 0002-b.md now"),
        "{}",
        err(&o)
    );
    assert_eq!(names(&dir), ["0001-a.md", "0002-b.md"]);
    assert!(
        read(&dir.join("0001-a.md"))
            .starts_with("---\nstatus: \"superseded by [ADR-0002](0002-b.md)\"")
    );
    let o = run(&["adr", "check", root]);
    assert!(o.status.success(), "{}", err(&o));
    let (o, _) = export(tmp.path(), &["--supersedes", "1", "--accept"]);
    assert!(err(&o).contains("already superseded"), "{}", err(&o));
    assert_eq!(successors_of(&dir, "0001-a.md"), ["0002-b.md"]);

    // The other side only: 1 says 3 supersedes it, and 3 does not exist.
    write(
        &dir.join("0001-a.md"),
        "---\nstatus: \"superseded by [ADR-0003](0003-c.md)\"\n---\n\n# A\n",
    );
    let o = run(&["adr", "check", root]);
    assert!(
        err(&o).contains("0001-a.md: marked superseded by 0003-c.md, which does not exist (an export was interrupted): export again with --supersedes 1 to complete it"),
        "{}",
        err(&o)
    );
    // 1 says 2 supersedes it, and 2 does not say so.
    write(
        &dir.join("0002-b.md"),
        "---\nstatus: accepted\n---\n\n# B\n",
    );
    write(
        &dir.join("0001-a.md"),
        "---\nstatus: \"superseded by [ADR-0002](0002-b.md)\"\n---\n\n# A\n",
    );
    let o = run(&["adr", "check", root]);
    assert!(
        err(&o).contains(
            "0001-a.md: marked superseded by 0002-b.md, but 0002-b.md does not say it supersedes it"
        ),
        "{}",
        err(&o)
    );
}

#[test]
fn a_link_written_on_one_side_only_is_reported_and_completed_by_a_retry() {
    let tmp = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let dir = tmp.path().join("doc/adr");
    let root = s(tmp.path());
    write(&tmp.path().join(".adr-dir"), "doc/adr");
    let a = "# 1. A\n\nDate: 2024-01-01\n\n## Status\n\nAccepted\n\n## Context\n\nWhy.\n";
    write(&dir.join("0001-a.md"), a);
    write(
        &dir.join("0002-b.md"),
        "# 2. B\n\nDate: 2024-01-02\n\n## Status\n\nAccepted\n\nAmended by [1. A](0001-a.md)\n\n## Context\n\nWhy.\n",
    );
    let o = run(&["adr", "check", root]);
    assert_eq!(o.status.code(), Some(1), "{}", out(&o));
    assert!(
        err(&o).contains("0002-b.md: says `Amended by` 0001-a.md, but 0001-a.md has no link back to it (a link written on one side only: run the same `arbitre adr link` again to complete it)"),
        "{}",
        err(&o)
    );
    let o = run(&[
        "adr",
        "link",
        root,
        "1",
        "2",
        "Amends",
        "--reverse",
        "Amended by",
    ]);
    assert!(o.status.success(), "{}", err(&o));
    assert_eq!(
        read(&dir.join("0002-b.md")).matches("Amended by").count(),
        1
    );
    assert!(read(&dir.join("0001-a.md")).contains("\nAccepted\n\nAmends [2. B](0002-b.md)\n"));
    let o = run(&["adr", "check", root]);
    assert!(o.status.success(), "{}", err(&o));
}
