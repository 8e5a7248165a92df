//! Records as they are found in the wild, read through `arbitre adr list --json` (the real
//! binary): a log built by adr-tools' own commands (status words and relation lines in any
//! order), records with a front matter then `- Status:` lines, and Nygard records' deciders.
//! adr-tools is found by [`crate::peers`]: missing, the test fails under CI.

use std::path::Path;
use std::process::Command;

use crate::binary::{run, stderr, stdout};
use crate::peers::{Peer, peer};

/// Runs `adr ARGS` in `dir`, with an editor that does nothing.
fn adr(adr: &Path, dir: &Path, args: &[&str]) {
    let out = Command::new(adr)
        .args(args)
        .current_dir(dir)
        .env("EDITOR", "true")
        .env("VISUAL", "true")
        .output()
        .unwrap_or_else(|e| panic!("cannot run adr {args:?}: {e}"));
    assert!(
        out.status.success(),
        "adr {args:?} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// `arbitre adr list DIR --json`, parsed.
fn list(dir: &Path) -> Vec<serde_json::Value> {
    let out = run(&["adr", "list", dir.to_str().unwrap_or_default(), "--json"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let json: serde_json::Value =
        serde_json::from_str(&stdout(&out)).unwrap_or_else(|e| panic!("json: {e}"));
    json.as_array().cloned().unwrap_or_default()
}

/// A record's (file, state, `superseded_by`, relations as `relation target`).
fn summary(r: &serde_json::Value) -> (String, String, Option<String>, Vec<String>) {
    let s = |v: &serde_json::Value| v.as_str().unwrap_or_default().to_owned();
    let relations = r["relations"]
        .as_array()
        .cloned()
        .unwrap_or_default()
        .iter()
        .map(|l| format!("{} {}", s(&l["relation"]), s(&l["target"])))
        .collect();
    (
        s(&r["file"]),
        s(&r["state"]),
        r["superseded_by"].as_str().map(str::to_owned),
        relations,
    )
}

#[test]
fn a_log_made_by_adr_tools_commands_reads_right() {
    let Some(adr_bin) = peer(Peer::AdrTools) else {
        return;
    };
    let root = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let root = root.path();
    adr(&adr_bin, root, &["init", "doc/adr"]);
    adr(&adr_bin, root, &["new", "Use A"]);
    adr(&adr_bin, root, &["new", "-s", "1", "Use B"]);
    adr(
        &adr_bin,
        root,
        &["new", "-l", "2:Amends:Amended by", "Use C"],
    );
    adr(
        &adr_bin,
        root,
        &["new", "-s", "2", "-l", "3:Clarifies:Clarified by", "Use D"],
    );
    let dir = root.join("doc/adr");
    let got: Vec<_> = list(root).iter().map(summary).collect();
    let some = |s: &str| Some(s.to_owned());
    let v = |l: &[&str]| l.iter().map(|s| (*s).to_owned()).collect::<Vec<_>>();
    assert_eq!(
        got,
        vec![
            (
                "0001-record-architecture-decisions.md".to_owned(),
                "superseded".to_owned(),
                some("0003-use-b.md"),
                v(&["superseded by 0003-use-b.md"]),
            ),
            (
                "0002-use-a.md".to_owned(),
                "superseded".to_owned(),
                some("0005-use-d.md"),
                v(&["amended by 0004-use-c.md", "superseded by 0005-use-d.md"]),
            ),
            (
                "0003-use-b.md".to_owned(),
                "accepted".to_owned(),
                None,
                v(&[
                    "supersedes 0001-record-architecture-decisions.md",
                    "clarified by 0005-use-d.md"
                ]),
            ),
            (
                "0004-use-c.md".to_owned(),
                "accepted".to_owned(),
                None,
                v(&["amends 0002-use-a.md"]),
            ),
            (
                "0005-use-d.md".to_owned(),
                "accepted".to_owned(),
                None,
                v(&["supersedes 0002-use-a.md", "clarifies 0003-use-b.md"]),
            ),
        ]
    );
    let check = run(&["adr", "check", root.to_str().unwrap_or_default()]);
    assert!(check.status.success(), "{}", stderr(&check));

    // A superseded record is superseded once: a second supersession is refused, whichever
    // line of its Status section says so, and nothing is written.
    let session = Path::new(env!("CARGO_MANIFEST_DIR")).join("data/examples/quote-app.ron");
    for old in ["1", "2"] {
        let before: Vec<(String, Vec<u8>)> = files(&dir);
        let out = run(&[
            "export",
            "--session",
            session.to_str().unwrap_or_default(),
            "--adr-dir",
            root.to_str().unwrap_or_default(),
            "--supersedes",
            old,
            "--accept",
        ]);
        assert!(!out.status.success(), "superseded twice: {}", stdout(&out));
        assert!(
            stderr(&out).contains("already superseded"),
            "{}",
            stderr(&out)
        );
        assert_eq!(
            files(&dir),
            before,
            "record {old}: the log is byte-identical"
        );
    }
}

/// Every file of a folder, by name, with its bytes.
fn files(dir: &Path) -> Vec<(String, Vec<u8>)> {
    let mut out: Vec<(String, Vec<u8>)> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("{e}"))
        .filter_map(Result::ok)
        .map(|e| {
            (
                e.file_name().to_string_lossy().into_owned(),
                std::fs::read(e.path()).unwrap_or_default(),
            )
        })
        .collect();
    out.sort();
    out
}

#[test]
fn front_matter_then_status_lines_and_nygard_deciders_are_read() {
    let root = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let dir = root.path().join("docs/decisions");
    std::fs::create_dir_all(&dir).unwrap_or_else(|e| panic!("{e}"));
    let write = |name: &str, text: &str| {
        std::fs::write(dir.join(name), text).unwrap_or_else(|e| panic!("{e}"));
    };
    // compliantkubernetes' records: a front matter for the site, the MADR 2 bullets below.
    write(
        "0001-use-rook.md",
        "---\ntags:\n  - storage\n---\n# Use Rook\n\n- Status: accepted\n- Deciders: Product Team, Ops\n- Date: 2024-08-16\n\n## Context and Problem Statement\n\nWhy.\n",
    );
    // A Nygard record with a Deciders line, and one arbitre wrote in French.
    write(
        "0002-use-vms.md",
        "# 2. Use VMs\n\nDate: 2024-09-01\n\n## Status\n\nAccepted\n\n## Context\n\nDeciders: Ana, Bob\n\nWhy.\n",
    );
    write(
        "0003-heberger.md",
        "# 3. Héberger\n\nDate\u{a0}: 2024-10-01\n\n## Status\n\nProposed\n\n## Contexte\n\nPourquoi.\n\nDécideurs\u{a0}: Équipe archi, Léa\\\nConsultés\u{a0}: Ops\n",
    );
    let got: Vec<(String, String, Vec<String>)> = list(root.path())
        .iter()
        .map(|r| {
            let deciders = r["deciders"]
                .as_array()
                .cloned()
                .unwrap_or_default()
                .iter()
                .map(|d| d.as_str().unwrap_or_default().to_owned())
                .collect();
            (
                r["state"].as_str().unwrap_or_default().to_owned(),
                r["date"].as_str().unwrap_or_default().to_owned(),
                deciders,
            )
        })
        .collect();
    let v = |l: &[&str]| l.iter().map(|s| (*s).to_owned()).collect::<Vec<_>>();
    assert_eq!(
        got,
        vec![
            (
                "accepted".into(),
                "2024-08-16".into(),
                v(&["Product Team", "Ops"])
            ),
            ("accepted".into(), "2024-09-01".into(), v(&["Ana", "Bob"])),
            (
                "proposed".into(),
                "2024-10-01".into(),
                v(&["Équipe archi", "Léa"])
            ),
        ]
    );
}
