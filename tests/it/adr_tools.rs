//! arbitre and the real adr-tools (`adr`, Debian package `adr-tools`) sharing one log: each
//! numbers after the other, `adr list` and `adr generate toc` see arbitre's records, and
//! superseding works both ways, with the same text adr-tools would write.
//!
//! adr-tools and its helper scripts are found by [`crate::peers`]: a missing one fails the
//! test under CI, and is a visible skip elsewhere.

use std::path::Path;
use std::process::Command;

use crate::peers::{Peer, peer};

use arbitre::adr::log::{self, LogKind};
use arbitre::i18n::Lang;
use arbitre::kit::CheckedKit;
use arbitre::session::{Session, Status, Template};

/// Runs `adr ARGS` in `dir`, with an editor that does nothing; returns stdout.
fn adr(dir: &Path, args: &[&str]) -> String {
    run(Command::new("adr").args(args), dir)
}

fn run(cmd: &mut Command, dir: &Path) -> String {
    let out = cmd
        .current_dir(dir)
        .env("EDITOR", "true")
        .env("VISUAL", "true")
        .output()
        .unwrap_or_else(|e| panic!("cannot run {cmd:?}: {e}"));
    assert!(
        out.status.success(),
        "{cmd:?} failed: {}\n{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("read {}: {e}", path.display()))
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap_or_else(|e| panic!("{e}"));
    for entry in std::fs::read_dir(from).unwrap_or_else(|e| panic!("{e}")) {
        let entry = entry.unwrap_or_else(|e| panic!("{e}"));
        let target = to.join(entry.file_name());
        if entry.path().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), &target).unwrap_or_else(|e| panic!("{e}"));
        }
    }
}

fn kit() -> CheckedKit {
    CheckedKit::builtin().unwrap_or_else(|e| panic!("built-in kit: {e}"))
}

/// The quote-app example as a Nygard record with another title.
fn session(kit: &CheckedKit, title: &str, lang: Lang, status: Status) -> Session {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("data/examples/quote-app.ron");
    let mut s = Session::open(&path, kit)
        .unwrap_or_else(|e| panic!("{e}"))
        .session;
    s.adr.title = title.into();
    s.adr.template = Template::Nygard;
    s.adr.lang = lang;
    s.adr.status = status;
    s
}

// Titles without the digits 2, 3, 5 or 6: adr-tools finds a record by grepping `adr list`
// for its number, so such a digit in an earlier file name would match first.
const OURS_A: &str = "Host quote-app on VMs";
const OURS_B: &str = "Héberger la CI dans des microVMs";
const OURS_C: &str = "Move builds to VMs";

/// adr-tools sees arbitre's records (`arbitre_and_adr_tools_share_a_log`).
fn adr_tools_sees_ours(root: &Path, third_name: &str, fourth_name: &str) {
    let list = adr(root, &["list"]);
    assert_eq!(
        list.lines().collect::<Vec<_>>(),
        vec![
            "doc/adr/0001-record-architecture-decisions.md",
            "doc/adr/0002-first-decision.md",
            &format!("doc/adr/{third_name}"),
            &format!("doc/adr/{fourth_name}"),
        ]
    );
    let toc = adr(root, &["generate", "toc"]);
    assert!(
        toc.contains(&format!("* [3. {OURS_A}]({third_name})\n")),
        "{toc}"
    );
    assert!(
        toc.contains(&format!("* [4. {OURS_B}]({fourth_name})\n")),
        "{toc}"
    );
}

/// adr-tools supersedes one of arbitre's records, and arbitre reads the result
/// (`arbitre_and_adr_tools_share_a_log`).
fn adr_tools_supersedes_ours(root: &Path, log: &log::AdrLog, third_name: &str) {
    let doc_adr = root.join("doc/adr");
    let third = doc_adr.join(third_name);
    adr(root, &["new", "-s", "3", "Replacement"]);
    let ours = read(&third);
    assert!(
        ours.contains("\nSuperseded by [5. Replacement](0005-replacement.md)\n"),
        "{ours}"
    );
    assert!(
        !ours.lines().any(|l| l == "Accepted"),
        "the old status line is gone: {ours}"
    );
    let replacement = read(&doc_adr.join("0005-replacement.md"));
    assert!(
        replacement.contains(&format!("\nSupersedes [3. {OURS_A}]({third_name})\n")),
        "{replacement}"
    );
    // … and arbitre reads the result.
    let scan = log.records().unwrap_or_else(|e| panic!("{e}"));
    assert!(scan.problems.is_empty(), "{:?}", scan.problems);
    let titles: Vec<(u32, &str)> = scan
        .records
        .iter()
        .map(|r| (r.number, r.title.as_str()))
        .collect();
    assert_eq!(
        titles,
        vec![
            (1, "Record architecture decisions"),
            (2, "First decision"),
            (3, OURS_A),
            (4, OURS_B),
            (5, "Replacement"),
        ]
    );
    assert_eq!(
        scan.records[2].status,
        "Superseded by [5. Replacement](0005-replacement.md)"
    );
    assert_eq!(scan.records[1].status, "Accepted");
}

#[test]
fn arbitre_and_adr_tools_share_a_log() {
    if peer(Peer::AdrTools).is_none() {
        return;
    }
    let kit = kit();
    let tmp = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let root = tmp.path();
    let doc_adr = root.join("doc/adr");

    adr(root, &["init"]);
    adr(root, &["new", "First", "decision"]);
    assert!(
        doc_adr
            .join("0001-record-architecture-decisions.md")
            .is_file()
    );
    assert!(doc_adr.join("0002-first-decision.md").is_file());

    let log = log::detect(root).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!((&log.dir, log.kind), (&doc_adr, LogKind::AdrTools));
    assert_eq!(log.kind.suggested_template(), Template::Nygard);

    // arbitre numbers after adr-tools.
    let a = session(&kit, OURS_A, Lang::En, Status::Accepted);
    let b = session(&kit, OURS_B, Lang::Fr, Status::Proposed);
    let export = |s: &Session, supersedes| {
        log::export(&log, &kit, s, supersedes, "2025-03-14", None)
            .unwrap_or_else(|e| panic!("{e}"))
            .path
    };
    let third = export(&a, None);
    let fourth = export(&b, None);
    let third_name = "0003-host-quote-app-on-vms.md";
    let fourth_name = "0004-heberger-la-ci-dans-des-microvms.md";
    assert_eq!(third, doc_adr.join(third_name));
    assert_eq!(fourth, doc_adr.join(fourth_name));
    let ours = read(&third);
    assert!(ours.starts_with(&format!("# 3. {OURS_A}\n")), "{ours}");
    let status_lines: Vec<&str> = ours
        .lines()
        .skip_while(|l| *l != "## Status")
        .skip(1)
        .take_while(|l| !l.starts_with("## "))
        .filter(|l| !l.trim().is_empty())
        .collect();
    assert_eq!(
        status_lines,
        vec!["Accepted"],
        "Nygard status as adr-tools writes it: {ours}"
    );

    adr_tools_sees_ours(root, third_name, fourth_name);
    adr_tools_supersedes_ours(root, &log, third_name);

    // arbitre supersedes an adr-tools record: compare with what adr-tools itself writes,
    // in a twin of the repository.
    let twin_dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let twin = twin_dir.path();
    copy_dir(root, twin);
    let c = session(&kit, OURS_C, Lang::En, Status::Accepted);
    let sixth = export(&c, Some("2"));
    let sixth_name = "0006-move-builds-to-vms.md";
    assert_eq!(sixth, doc_adr.join(sixth_name));
    let second = read(&doc_adr.join("0002-first-decision.md"));
    assert!(
        second.contains(&format!(
            "\n## Status\n\nSuperseded by [6. {OURS_C}]({sixth_name})\n\n## Context\n"
        )),
        "{second}"
    );
    let new = read(&sixth);
    assert!(
        new.contains("\nSupersedes [2. First decision](0002-first-decision.md)\n"),
        "the renderer links the new record to the old one as adr-tools does: {new}"
    );
    // The byte-for-byte comparison with adr-tools' own scripts needs a peer of its own.
    if let Some(bin) = peer(Peer::AdrToolsScripts) {
        std::fs::copy(&sixth, twin.join("doc/adr").join(sixth_name))
            .unwrap_or_else(|e| panic!("{e}"));
        // What `adr new -s 2` does to the old record.
        run(
            Command::new(bin.join("_adr_add_link")).args(["0002-first", "Superseded by", "0006-"]),
            twin,
        );
        run(
            Command::new(bin.join("_adr_remove_status")).args(["Accepted", "0002-first"]),
            twin,
        );
        assert_eq!(
            second,
            read(&twin.join("doc/adr/0002-first-decision.md")),
            "arbitre and adr-tools supersede alike"
        );
    }

    // Both tools still agree on the whole log.
    let list = adr(root, &["list"]);
    assert_eq!(list.lines().count(), 6, "{list}");
    assert!(list.ends_with(&format!("doc/adr/{sixth_name}\n")), "{list}");
    let toc = adr(root, &["generate", "toc"]);
    assert!(
        toc.contains(&format!("* [6. {OURS_C}]({sixth_name})\n")),
        "{toc}"
    );
    assert_eq!(log.next_number().unwrap_or_else(|e| panic!("{e}")), 7);
    adr(root, &["new", "After", "arbitre"]);
    assert!(doc_adr.join("0007-after-arbitre.md").is_file());
}
