//! The ADR log end to end: exporting the quote-app example into a MADR `docs/decisions` log,
//! superseding, reading the session back, the index, and scanning a large log.

use std::path::{Path, PathBuf};
use std::time::Instant;

use arbitre::adr::log::{self, AdrLog, LogKind};
use arbitre::adr::{Embedded, extract_session};
use arbitre::kit::CheckedKit;
use arbitre::session::{Session, Status};

const DATE: &str = "2025-03-14";

fn kit() -> CheckedKit {
    CheckedKit::builtin().unwrap_or_else(|e| panic!("built-in kit: {e}"))
}

fn quote_app(kit: &CheckedKit) -> Session {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("data/examples/quote-app.ron");
    match Session::open(&path, kit) {
        Ok(loaded) => {
            assert!(loaded.dropped.is_empty(), "{:?}", loaded.dropped);
            loaded.session
        }
        Err(e) => panic!("{e}"),
    }
}

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("read {}: {e}", path.display()))
}

fn name(path: &Path) -> String {
    path.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default()
}

/// The decision a record holds, as the app reopens it (the block's answers, the visible
/// text's words).
fn session_in(path: &Path) -> Session {
    let kit = CheckedKit::builtin().unwrap_or_else(|e| panic!("{e}"));
    assert!(matches!(extract_session(&read(path)), Embedded::Decided(_)));
    match arbitre::adr::reopen::reopen(&read(path), path, &kit) {
        Ok(arbitre::adr::reopen::Reopened::Session(loaded, _)) => loaded.session,
        other => panic!("{}: {other:?}", path.display()),
    }
}

#[test]
fn export_twice_then_supersede_into_a_madr_log() {
    let kit = kit();
    let session = quote_app(&kit);
    let tmp = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let decisions = tmp.path().join("docs/decisions");
    std::fs::create_dir_all(&decisions).unwrap_or_else(|e| panic!("{e}"));
    let log = log::detect(tmp.path()).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!((&log.dir, log.kind), (&decisions, LogKind::Madr));

    let export = |session: &Session, supersedes| {
        log::export(&log, &kit, session, supersedes, DATE, None)
            .unwrap_or_else(|e| panic!("{e}"))
            .path
    };
    let slug = "heberger-quote-app-conteneurs-kubernetes-sur-des-vms-cloud";
    let first = export(&session, None);
    let second = export(&session, None);
    assert_eq!(first, decisions.join(format!("0001-{slug}.md")));
    assert_eq!(second, decisions.join(format!("0002-{slug}.md")));
    let second_before = read(&second);

    // A proposal does not supersede a decision.
    let e = log::export(&log, &kit, &session, Some("1"), DATE, None);
    assert!(matches!(e, Err(log::LogError::NotAccepted { .. })), "{e:?}");
    let mut accepted = session.clone();
    accepted.adr.status = Status::Accepted;
    let third = export(&accepted, Some("1"));
    assert_eq!(third, decisions.join(format!("0003-{slug}.md")));

    // The old record says who supersedes it, in front matter and in More Information.
    let old = read(&first);
    let link = format!("[ADR-0003](0003-{slug}.md)");
    assert!(
        old.contains(&format!("status: \"superseded by {link}\"\n")),
        "{old}"
    );
    // The link line reads like the renderer's own links, in the record's language (French
    // for quote-app): "Superseded by" / "Remplacé par", then the new record's title.
    let verb = session.adr.lang.pick("Remplacé par", "Superseded by");
    let colon = session.adr.lang.pick("\u{a0}:", ":");
    let line = format!("* {verb} {link}{colon} ");
    assert!(old.contains(&line), "{line} in {old}");
    assert_eq!(old.matches(&line).count(), 1, "{old}");
    assert_eq!(
        old.matches("status:").count(),
        1,
        "one status in the front matter: {old}"
    );
    // The new record links back (written by the renderer from `AdrInput::supersedes`).
    let new = read(&third);
    assert!(
        new.contains(&format!("(0001-{slug}.md)")),
        "0003 links to 0001: {new}"
    );
    assert_eq!(read(&second), second_before, "0002 untouched");

    // Each record carries its decision; the record's date is the file's; the superseded one
    // now says so in its visible status, which reopening reads.
    let dated = |date: &str| {
        let mut s = session.clone();
        s.adr.date = date.to_owned();
        s
    };
    let date_of = |p: &Path| session_in(p).adr.date;
    assert_eq!(session_in(&second), dated(&date_of(&second)));
    let mut third_session = dated(&date_of(&third));
    third_session.adr.status = Status::Accepted;
    assert_eq!(session_in(&third), third_session);
    let mut superseded = dated(&date_of(&first));
    superseded.adr.status = Status::Superseded;
    assert_eq!(session_in(&first), superseded);

    reads_back(&log, &session.adr.title, &link);
    index_lists_all_three(&log, &decisions, slug);
}

/// The log of `export_twice_then_supersede_into_a_madr_log` reads back: numbers, titles,
/// statuses, dates.
fn reads_back(log: &log::AdrLog, title: &str, link: &str) {
    let scan = log.records().unwrap_or_else(|e| panic!("{e}"));
    assert!(scan.problems.is_empty(), "{:?}", scan.problems);
    let got: Vec<(u32, String, String, String)> = scan
        .records
        .iter()
        .map(|r| (r.number, r.title.clone(), r.status.clone(), r.date.clone()))
        .collect();
    let title = title.to_owned();
    assert_eq!(
        got,
        vec![
            (
                1,
                title.clone(),
                format!("superseded by {link}"),
                DATE.to_owned()
            ),
            (2, title.clone(), "proposed".into(), DATE.to_owned()),
            (3, title.clone(), "accepted".into(), DATE.to_owned()),
        ]
    );
    assert_eq!(log.next_number().unwrap_or_else(|e| panic!("{e}")), 4);
}

/// The index of `export_twice_then_supersede_into_a_madr_log` lists all three, in order,
/// with links, and no temporary file is left.
fn index_lists_all_three(log: &log::AdrLog, decisions: &Path, slug: &str) {
    let (index, _) = log.write_index().unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(
        index,
        log::IndexWritten::Created(decisions.join("index.md"))
    );
    let text = read(index.path());
    assert!(
        text.starts_with("# Architecture Decision Records\n\n<!-- arbitre:index:start -->\n| # | Title | Status | Date |\n"),
        "{text}"
    );
    let rows: Vec<&str> = text
        .lines()
        .filter(|l| l.starts_with("| "))
        .skip(1)
        .collect();
    assert_eq!(rows.len(), 3, "{text}");
    for (i, row) in rows.iter().enumerate() {
        let n = i + 1;
        assert!(
            row.starts_with(&format!("| {n} | [")) && row.contains(&format!("](000{n}-{slug}.md)")),
            "{row}"
        );
        assert!(row.contains(DATE), "{row}");
    }
    assert!(rows[0].contains("superseded by"), "{}", rows[0]);
    assert!(rows[1].contains("| proposed |"), "{}", rows[1]);
    let mut names: Vec<String> = std::fs::read_dir(decisions)
        .unwrap_or_else(|e| panic!("{e}"))
        .filter_map(Result::ok)
        .map(|e| name(&e.path()))
        .collect();
    names.sort();
    assert_eq!(
        names,
        vec![
            format!("0001-{slug}.md"),
            format!("0002-{slug}.md"),
            format!("0003-{slug}.md"),
            "index.md".to_owned(),
        ],
        "no temporary file left"
    );
}

#[test]
fn an_export_refused_changes_nothing() {
    let kit = kit();
    let session = quote_app(&kit);
    let tmp = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let decisions = tmp.path().join("docs/decisions");
    std::fs::create_dir_all(&decisions).unwrap_or_else(|e| panic!("{e}"));
    let log = log::detect(tmp.path()).unwrap_or_else(|e| panic!("{e}"));
    let first = log::export(&log, &kit, &session, None, DATE, None)
        .unwrap_or_else(|e| panic!("{e}"))
        .path;
    let before = read(&first);

    // Superseding a record that does not exist: an error naming it, nothing written.
    let mut accepted = session.clone();
    accepted.adr.status = Status::Accepted;
    let e = log::export(&log, &kit, &accepted, Some("7"), DATE, None)
        .err()
        .map(|e| e.to_string())
        .unwrap_or_default();
    assert!(
        e.contains("number 7") && e.contains(&decisions.display().to_string()),
        "{e}"
    );
    let count = std::fs::read_dir(&decisions)
        .map(Iterator::count)
        .unwrap_or_default();
    assert_eq!(count, 1);
    assert_eq!(read(&first), before);

    // The log folder vanished: a clear error, nothing created.
    std::fs::remove_file(&first).unwrap_or_else(|e| panic!("{e}"));
    std::fs::remove_dir(&decisions).unwrap_or_else(|e| panic!("{e}"));
    let e = log::export(&log, &kit, &session, None, DATE, None)
        .err()
        .map(|e| e.to_string())
        .unwrap_or_default();
    assert!(
        e.contains(&decisions.display().to_string()) && e.contains("does not exist"),
        "{e}"
    );
    assert!(!decisions.exists());
}

/// A MADR record as a team would have it, numbered `n`.
fn record(n: u32) -> String {
    format!(
        "---\nstatus: accepted\ndate: 2024-01-{:02}\ndecision-makers: [\"Team {n}\"]\n---\n\n# Decision number {n} | with a pipe\n\n## Context and Problem Statement\n\n{}\n\n## Decision Outcome\n\nChosen option: \"containers\", because reasons.\n",
        n % 28 + 1,
        "Some context. ".repeat(40)
    )
}

#[test]
fn a_thousand_records_index_quickly() {
    let tmp = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let dir: PathBuf = tmp.path().to_owned();
    for n in 1..=1000 {
        let path = dir.join(log::file_name(n, &format!("Decision number {n}")));
        std::fs::write(&path, record(n)).unwrap_or_else(|e| panic!("{e}"));
    }
    let log = AdrLog::new(dir.clone(), LogKind::Madr);
    let start = Instant::now();
    let scan = log.records().unwrap_or_else(|e| panic!("{e}"));
    let (index, findings) = log.write_index().unwrap_or_else(|e| panic!("{e}"));
    let elapsed = start.elapsed();
    assert!(findings.is_empty(), "{findings:?}");
    assert!(scan.problems.is_empty(), "{:?}", scan.problems);
    assert_eq!(scan.records.len(), 1000);
    assert!(scan.records.windows(2).all(|w| w[0].number < w[1].number));
    assert_eq!(
        scan.records[999].title,
        "Decision number 1000 | with a pipe"
    );
    let text = read(index.path());
    assert_eq!(text.lines().filter(|l| l.starts_with("| ")).count(), 1001);
    assert!(text.contains(
        "| 1000 | [Decision number 1000 \\| with a pipe](1000-decision-number-1000.md) | accepted |"
    ));
    assert_eq!(log.next_number().unwrap_or_else(|e| panic!("{e}")), 1001);
    // The target is well under a second in a release build; a debug build on a shared CI
    // machine gets a generous margin.
    assert!(
        elapsed.as_secs_f64() < 5.0,
        "scanning and indexing 1,000 records took {elapsed:?} (target: < 1 s in release, measured with `cargo test --release --test it adr_log`)"
    );
    eprintln!("1,000 records scanned and indexed in {elapsed:?}");
}

/// The folder's files and their bytes.
fn snapshot(dir: &Path) -> Vec<(String, Vec<u8>)> {
    let mut all: Vec<(String, Vec<u8>)> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("{e}"))
        .filter_map(Result::ok)
        .map(|e| (name(&e.path()), std::fs::read(e.path()).unwrap_or_default()))
        .collect();
    all.sort();
    all
}

#[test]
fn a_supersession_stopped_between_its_two_writes_is_completed_by_the_next_run() {
    let kit = kit();
    let mut session = quote_app(&kit);
    session.adr.status = Status::Accepted;
    let nygard = "# 1. Old\n\nDate: 2024-01-01\n\n## Status\n\nAccepted\n\n## Context\n\nWhy.\n";
    let madr = "---\nstatus: accepted\ndate: 2024-01-01\n---\n\n# Old\n\n## Context and Problem Statement\n\nWhy.\n";
    let lines = "# Old\n\n- Status: accepted\n- Date: 2024-01-01\n\n## Context and Problem Statement\n\nWhy.\n";
    for (setup, folder, old_file, old_text, name_of_old) in [
        (".adr-dir", "doc/adr", "0001-old.md", nygard, "1"),
        ("", "docs/decisions", "0001-old.md", madr, "1"),
        (
            ".log4brains.yml",
            "docs/adr",
            "20240101-old.md",
            lines,
            "20240101-old",
        ),
    ] {
        let tmp = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let dir = tmp.path().join(folder);
        std::fs::create_dir_all(&dir).unwrap_or_else(|e| panic!("{e}"));
        match setup {
            ".adr-dir" => std::fs::write(tmp.path().join(setup), folder),
            ".log4brains.yml" => std::fs::write(
                tmp.path().join(setup),
                format!("project:\n  name: t\n  tz: UTC\n  adrFolder: ./{folder}\n"),
            ),
            _ => Ok(()),
        }
        .unwrap_or_else(|e| panic!("{e}"));
        std::fs::write(dir.join(old_file), old_text).unwrap_or_else(|e| panic!("{e}"));
        let log = log::detect(tmp.path()).unwrap_or_else(|e| panic!("{e}"));
        let before = snapshot(&dir);

        // "kill -9" between the two writes.
        let stopped =
            log::export_crashing_between_writes(&log, &kit, &session, Some(name_of_old), DATE);
        assert!(matches!(stopped, Ok(None)), "{folder}: {stopped:?}");
        let after = snapshot(&dir);
        // Nothing, or the old record marked with the name its successor will have.
        let old = log.find(name_of_old).unwrap_or_else(|e| panic!("{e}"));
        let promised = old.superseded_by();
        assert!(
            after == before
                || (after.len() == before.len()
                    && promised.as_ref().is_some_and(|p| !dir.join(p).exists())),
            "{folder}: {after:?}"
        );
        // `adr check` says so, and how to complete it.
        let found: Vec<String> = log::check(&log, log::Strictness::Convention)
            .unwrap_or_else(|e| panic!("{e}"))
            .iter()
            .map(ToString::to_string)
            .collect();
        assert!(
            found.iter().any(|f| f.contains(&format!(
                "marked superseded by {}, which does not exist (an export was interrupted): export again with --supersedes {name_of_old}",
                promised.clone().unwrap_or_default()
            ))),
            "{folder}: {found:#?}"
        );

        // The next run completes it, under the promised name.
        let done = log::export(&log, &kit, &session, Some(name_of_old), DATE, None)
            .unwrap_or_else(|e| panic!("{folder}: {e}"));
        assert_eq!(Some(name(&done.path)), promised, "{folder}");
        let new = read(&done.path);
        assert!(new.contains(old_file), "{folder}: {new}");
        assert_eq!(
            log::check(&log, log::Strictness::Convention).unwrap_or_else(|e| panic!("{e}")),
            vec![],
            "{folder}"
        );
        // No retry makes a second successor.
        let again = log::export(&log, &kit, &session, Some(name_of_old), DATE, None);
        assert!(
            matches!(again, Err(log::LogError::AlreadySuperseded { .. })),
            "{folder}: {again:?}"
        );
        assert_eq!(snapshot(&dir).len(), 2, "{folder}");
    }
}

#[test]
fn a_two_way_link_stopped_between_its_two_writes_is_reported_then_completed() {
    let tmp = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let dir = tmp.path().join("docs/decisions");
    std::fs::create_dir_all(&dir).unwrap_or_else(|e| panic!("{e}"));
    for (file, title) in [("0001-a.md", "A"), ("0002-b.md", "B")] {
        std::fs::write(
            dir.join(file),
            format!("---\nstatus: accepted\n---\n\n# {title}\n"),
        )
        .unwrap_or_else(|e| panic!("{e}"));
    }
    let log = log::detect(tmp.path()).unwrap_or_else(|e| panic!("{e}"));
    let relation = log::Relation {
        words: "Amends".into(),
        reverse: Some("Amended by".into()),
    };
    let before = snapshot(&dir);
    log.link_crashing_between_writes("1", "2", &relation)
        .unwrap_or_else(|e| panic!("{e}"));
    let found: Vec<String> = log::check(&log, log::Strictness::Convention)
        .unwrap_or_else(|e| panic!("{e}"))
        .iter()
        .map(ToString::to_string)
        .collect();
    assert!(
        snapshot(&dir) == before
            || found.iter().any(|f| f.contains(
                "0002-b.md: says `Amended by` 0001-a.md, but 0001-a.md has no link back to it"
            )),
        "{found:#?}"
    );
    log.link("1", "2", &relation)
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(
        log::check(&log, log::Strictness::Convention).unwrap_or_else(|e| panic!("{e}")),
        vec![]
    );
    assert_eq!(read(&dir.join("0001-a.md")).matches("Amends").count(), 1);
    assert_eq!(
        read(&dir.join("0002-b.md")).matches("Amended by").count(),
        1
    );
}
