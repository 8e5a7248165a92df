//! `arbitre adr init` and `arbitre adr new`, through the real binary, read by the real peers:
//! an adr-tools log started and grown by arbitre is byte for byte the one adr-tools' own
//! commands write, and adr-tools lists it; a log4brains log's new records build with
//! log4brains, their status and date as written; every new record passes markdownlint.
//! Peers are found by [`crate::peers`]: missing, these tests fail under CI.

use std::path::{Path, PathBuf};
use std::process::Command;

use crate::binary::{bin, run, stderr, stdout};
use crate::peers::{Peer, peer};

const DATE: &str = "2026-12-04";

/// `arbitre ARGS` with `ADR_DATE` set, as adr-tools reads it; its stdout.
fn arbitre(args: &[&str]) -> String {
    let out = bin()
        .args(args)
        .env("TZ", "Etc/UTC")
        .env("ADR_DATE", DATE)
        .env_remove("ADR_TEMPLATE")
        .output()
        .unwrap_or_else(|e| panic!("{e}"));
    assert!(
        out.status.success(),
        "arbitre {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).trim().to_owned()
}

/// Runs a peer in `dir` on the day [`DATE`], as adr-tools reads it: its output.
fn peer_run(cmd: &mut Command, dir: &Path) -> String {
    crate::peers::peer_run(cmd.env("ADR_DATE", DATE).env_remove("ADR_TEMPLATE"), dir)
}

/// A folder's files and their bytes, sorted.
fn files(dir: &Path) -> Vec<(String, String)> {
    let mut all: Vec<(String, String)> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .filter_map(Result::ok)
        .filter(|e| e.path().is_file())
        .map(|e| {
            (
                e.file_name().to_string_lossy().into_owned(),
                std::fs::read_to_string(e.path()).unwrap_or_default(),
            )
        })
        .collect();
    all.sort();
    all
}

fn s(p: &Path) -> &str {
    p.to_str().unwrap_or_default()
}

#[test]
fn an_adr_tools_log_grown_by_arbitre_is_the_one_adr_tools_writes() {
    let Some(adr) = peer(Peer::AdrTools) else {
        return;
    };
    let theirs = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    peer_run(Command::new(&adr).arg("init"), theirs.path());
    peer_run(
        Command::new(&adr).args(["new", "Use", "containers"]),
        theirs.path(),
    );
    peer_run(
        Command::new(&adr).args(["new", "-s", "2", "Use", "VMs", "after", "all"]),
        theirs.path(),
    );

    let ours = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let root = s(ours.path());
    assert!(arbitre(&["adr", "init", root, "--layout", "adr-tools"]).ends_with("doc/adr"));
    let first = arbitre(&["adr", "new", root, "Use", "containers"]);
    assert!(first.ends_with("doc/adr/0002-use-containers.md"), "{first}");
    arbitre(&["adr", "new", root, "-s", "2", "Use VMs after all"]);

    assert_eq!(
        files(&ours.path().join("doc/adr")),
        files(&theirs.path().join("doc/adr")),
        "the same files, byte for byte"
    );
    let listed = peer_run(Command::new(&adr).arg("list"), ours.path());
    assert_eq!(
        listed.lines().collect::<Vec<_>>(),
        [
            "doc/adr/0001-record-architecture-decisions.md",
            "doc/adr/0002-use-containers.md",
            "doc/adr/0003-use-vms-after-all.md"
        ]
    );
    // adr-tools' own next record follows arbitre's.
    let next = peer_run(Command::new(&adr).args(["new", "Next"]), ours.path());
    assert!(next.contains("0004-next.md"), "{next}");

    // A second supersession of the same record is refused, and nothing is written.
    let before = files(&ours.path().join("doc/adr"));
    let out = bin()
        .args(["adr", "new", root, "-s", "2", "Again"])
        .output()
        .unwrap_or_else(|e| panic!("{e}"));
    assert!(!out.status.success());
    assert!(
        stderr(&out).contains("already superseded"),
        "{}",
        stderr(&out)
    );
    assert_eq!(files(&ours.path().join("doc/adr")), before);
    // And a second log is never started over the first.
    let out = run(&["adr", "init", root, "--layout", "madr"]);
    assert!(!out.status.success());
    assert!(
        stderr(&out).contains("already has an ADR log (adr-tools)"),
        "{}",
        stderr(&out)
    );
    assert!(!ours.path().join("docs").exists());
}

#[test]
fn the_log_s_own_template_is_used_and_adr_template_too() {
    let tmp = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let root = s(tmp.path());
    arbitre(&["adr", "init", root, "--layout", "madr"]);
    let dir = tmp.path().join("docs/decisions");
    std::fs::write(
        dir.join("adr-template.md"),
        "---\nstatus: {proposed | accepted}\ndate: {YYYY-MM-DD}\n---\n\n# {title}\n\n## Our own section\n\nFill me.\n",
    )
    .unwrap_or_else(|e| panic!("{e}"));
    let path = PathBuf::from(arbitre(&["adr", "new", root, "Use", "Rust"]));
    assert_eq!(path, dir.join("0001-use-rust.md"));
    assert_eq!(
        std::fs::read_to_string(&path).unwrap_or_default(),
        "---\nstatus: proposed\ndate: 2026-12-04\n---\n\n# Use Rust\n\n## Our own section\n\nFill me.\n"
    );
    let out = run(&["adr", "new", root, " "]);
    assert!(!out.status.success());
    assert!(stderr(&out).contains("has no title"), "{}", stderr(&out));
    let out = run(&["adr", "check", root]);
    assert!(out.status.success(), "{}{}", stdout(&out), stderr(&out));
}

#[test]
fn new_records_of_every_layout_and_language_pass_markdownlint() {
    let Some(lint) = peer(Peer::Markdownlint) else {
        return;
    };
    let out = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    std::fs::write(
        out.path().join(".markdownlint-cli2.jsonc"),
        r#"{ "config": { "default": true, "MD013": false } }"#,
    )
    .unwrap_or_else(|e| panic!("{e}"));
    let mut names = Vec::new();
    for layout in ["adr-tools", "madr", "log4brains"] {
        for lang in ["en", "fr"] {
            let tmp = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
            let root = s(tmp.path());
            arbitre(&["--lang", lang, "adr", "init", root, "--layout", layout]);
            let a = PathBuf::from(arbitre(&[
                "--lang",
                lang,
                "adr",
                "new",
                root,
                "Use *A* | [b]",
            ]));
            let name = a
                .file_stem()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            let id = if layout == "log4brains" {
                name
            } else {
                "1".to_owned()
            };
            let id = if layout == "adr-tools" {
                "2".to_owned()
            } else {
                id
            };
            let b = PathBuf::from(arbitre(&[
                "--lang", lang, "adr", "new", root, "-s", &id, "Use", "C",
            ]));
            for (i, p) in [a, b].iter().enumerate() {
                let file = format!("{layout}-{lang}-{i}.md");
                std::fs::copy(p, out.path().join(&file)).unwrap_or_else(|e| panic!("{e}"));
                names.push(file);
            }
        }
    }
    let o = Command::new(&lint)
        .current_dir(out.path())
        .args(&names)
        .output()
        .unwrap_or_else(|e| panic!("{}: {e}", lint.display()));
    let report = format!(
        "{}{}",
        String::from_utf8_lossy(&o.stdout),
        String::from_utf8_lossy(&o.stderr)
    );
    assert!(o.status.success(), "markdownlint found problems:\n{report}");
    assert!(
        report.contains(&format!("Linting: {} file(s)", names.len())),
        "{report}"
    );
}

#[test]
fn a_log4brains_log_started_and_grown_by_arbitre_builds_with_log4brains() {
    let Some(entry) = peer(Peer::Log4brains) else {
        return;
    };
    let tmp = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let root = tmp.path();
    arbitre(&["adr", "init", s(root), "--layout", "log4brains"]);
    let old = arbitre(&["adr", "new", s(root), "Use Rust"]);
    let old = Path::new(&old)
        .file_stem()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    assert_eq!(old, "20261204-use-rust");
    arbitre(&["adr", "new", s(root), "-s", &old, "Use", "Go"]);
    let git = |args: &[&str]| {
        peer_run(
            Command::new("git")
                .args(["-c", "user.name=Tester", "-c", "user.email=t@example.com"])
                .args(args),
            root,
        )
    };
    git(&["init", "-q"]);
    git(&["add", "-A"]);
    git(&["commit", "-qm", "arbitre"]);
    let _turn = crate::peers::log4brains_turn();
    let out = peer_run(
        Command::new("node")
            .arg(&entry)
            .arg("build")
            .env("NODE_OPTIONS", "--openssl-legacy-provider"),
        root,
    );
    assert!(
        out.contains("successfully generated") && out.contains("total of 2 ADRs"),
        "{out}"
    );
    let data = std::fs::read_dir(root.join(".log4brains/out/data"))
        .unwrap_or_else(|e| panic!("{e}"))
        .filter_map(Result::ok)
        .map(|e| e.path().join("adrs.json"))
        .find(|p| p.is_file())
        .unwrap_or_else(|| panic!("no adrs.json: {out}"));
    let adrs: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(data).unwrap_or_default())
            .unwrap_or_else(|e| panic!("{e}"));
    let mut got: Vec<(String, String, String)> = adrs
        .as_array()
        .cloned()
        .unwrap_or_default()
        .iter()
        .map(|a| {
            let t = |k: &str| a[k].as_str().unwrap_or_default().to_owned();
            (t("slug"), t("status"), t("publicationDate"))
        })
        .collect();
    got.sort();
    assert_eq!(
        got,
        [
            (
                "20261204-use-go".to_owned(),
                "accepted".to_owned(),
                "2026-12-04T23:59:59.000Z".to_owned()
            ),
            (
                "20261204-use-rust".to_owned(),
                "superseded".to_owned(),
                "2026-12-04T23:59:59.000Z".to_owned()
            ),
        ]
    );
}
