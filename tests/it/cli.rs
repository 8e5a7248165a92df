//! The headless commands, run as the real binary: `recommend` (text and JSON, ties, flips,
//! what rules an option out), the parser's checks and help, one exit code per kind of
//! error, a closed pipe, and the rules of the binary's code (no `process::exit` in library
//! code, the `ARBITRE_` variables read in one place). `check` is in `cli_check`, `export` in
//! `cli_export`, the language in `cli_lang`, `exam` in `cli_exam`.

use std::path::{Path, PathBuf};

use crate::binary::{BIN, bin, run, stderr, stdout};
use crate::cli_check::session_with_unknown_ids;

#[test]
fn recommend_prints_text_with_reasons() {
    let out = run(&["recommend", "--yes", "vm.compliance", "--lang", "en"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let s = stdout(&out);
    assert!(s.starts_with("Recommendation: VMs"), "{s}");
    assert!(s.contains("Compliance and Regulations"), "{s}");

    let out = run(&["recommend", "--yes", "vm.compliance", "--lang", "fr"]);
    assert!(
        stdout(&out).starts_with("Recommandation\u{a0}: VMs"),
        "{}",
        stdout(&out)
    );
}

#[test]
fn recommend_json_has_the_documented_shape() {
    let out = run(&[
        "recommend",
        "--json",
        "--yes",
        "choose.containers.microservices",
        "--yes",
        "choose.vms.legacy",
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    let v: serde_json::Value =
        serde_json::from_slice(&out.stdout).unwrap_or_else(|e| panic!("json: {e}"));
    assert_eq!(v["outcome"], "hybrid");
    assert_eq!(v["patterns"][0], "hybrid.lift-and-shift");
    assert!(v["scores"]["containers"].as_u64().is_some_and(|n| n > 0));
    assert!(v["scores"]["vms"].as_u64().is_some_and(|n| n > 0));
    assert!(v["scores"]["hybrid"].as_u64().is_some());
    let reasons: Vec<&str> = v["reasons"]
        .as_array()
        .map(|a| a.iter().filter_map(|x| x.as_str()).collect())
        .unwrap_or_default();
    // Reasons come in kit order: the containers list before the VMs list.
    assert_eq!(
        reasons,
        ["choose.containers.microservices", "choose.vms.legacy"]
    );
}

/// Containers 6 and Hybrid 3 × 2 = 6: a tie.
const TIE: [&str; 8] = [
    "--yes",
    "choose.containers.microservices",
    "--yes",
    "choose.containers.fast-scaling",
    "--yes",
    "choose.containers.resource-efficiency",
    "--yes",
    "choose.vms.legacy",
];

#[test]
fn recommend_json_gives_pattern_votes_ties_and_flips() {
    let json = |args: &[&str]| -> serde_json::Value {
        let mut all = vec!["recommend", "--json"];
        all.extend_from_slice(args);
        let out = run(&all);
        assert!(out.status.success(), "{}", stderr(&out));
        serde_json::from_slice(&out.stdout).unwrap_or_else(|e| panic!("json: {e}"))
    };
    // A hybrid: ids in `patterns`, their votes in `pattern_votes`, changes in `flips`.
    let v = json(&[
        "--yes",
        "choose.containers.microservices",
        "--yes",
        "choose.vms.legacy",
    ]);
    assert_eq!(v["pattern_votes"][0]["id"], "hybrid.lift-and-shift");
    assert_eq!(v["pattern_votes"][0]["votes"], 2);
    assert!(v.get("tied").is_none());
    let flips = v["flips"].as_array().cloned().unwrap_or_default();
    assert!(!flips.is_empty());
    assert!(
        flips
            .iter()
            .any(|f| f["change"] == "-choose.vms.legacy" && f["outcome"] == "containers"),
        "{flips:?}"
    );
    // Not a hybrid: no patterns.
    let v = json(&["--yes", "vm.compliance"]);
    assert_eq!(v["outcome"], "vms");
    assert_eq!(v["patterns"], serde_json::json!([]));
    assert_eq!(v["pattern_votes"], serde_json::json!([]));
    // A tie: undecided, with the tied options and what breaks it.
    let v = json(&TIE);
    assert_eq!(v["outcome"], "undecided");
    assert_eq!(v["tied"], serde_json::json!(["containers", "hybrid"]));
    assert!(v["flips"].as_array().is_some_and(|f| !f.is_empty()));
    // A weight flip is written CRITERION=N.
    let v = json(&[
        "--yes",
        "choose.containers.microservices",
        "--weight",
        "security-isolation=0",
    ]);
    let codes: Vec<String> = v["flips"]
        .as_array()
        .map(|a| {
            a.iter()
                .filter_map(|f| f["change"].as_str().map(str::to_owned))
                .collect()
        })
        .unwrap_or_default();
    assert!(
        codes.iter().any(|c| c == "security-isolation=1"),
        "{codes:?}"
    );
}

#[test]
fn recommend_text_reports_a_tie_and_what_would_change_it() {
    let mut args = vec!["recommend", "--lang", "en"];
    args.extend_from_slice(&TIE);
    let text = stdout(&run(&args));
    assert!(
        text.starts_with("Recommendation: Tie between Containers and Hybrid\n"),
        "{text}"
    );
    assert!(
        text.contains("What would change the answer:\n  - "),
        "{text}"
    );
}

#[test]
fn recommend_undecided_when_nothing_is_answered() {
    let out = run(&["recommend", "--json"]);
    let v: serde_json::Value =
        serde_json::from_slice(&out.stdout).unwrap_or_else(|e| panic!("json: {e}"));
    assert_eq!(v["outcome"], "undecided");
}

#[test]
fn recommend_refuses_an_unknown_id() {
    let out = run(&["recommend", "--yes", "vm.bogus"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("unknown id `vm.bogus`"),
        "{}",
        stderr(&out)
    );
    assert!(stdout(&out).is_empty());
}

#[test]
fn the_quote_app_example_recommends_kubernetes_on_vms() {
    let out = run(&[
        "recommend",
        "--session",
        "data/examples/quote-app.ron",
        "--json",
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    let v: serde_json::Value =
        serde_json::from_slice(&out.stdout).unwrap_or_else(|e| panic!("json: {e}"));
    assert_eq!(v["outcome"], "hybrid");
    assert_eq!(v["patterns"][0], "hybrid.kubernetes-on-vms");
}

#[test]
fn a_closed_pipe_ends_quietly() -> Result<(), Box<dyn std::error::Error>> {
    // Output (a summary line per file checked, a recommendation) into a reader that
    // has already gone away.
    let files: Vec<&str> = std::iter::repeat_n("data/examples/quote-app.ron", 20).collect();
    for args in [
        std::iter::once("check")
            .chain(files.iter().copied())
            .collect::<Vec<_>>(),
        vec!["recommend", "--json", "--yes", "vm.compliance"],
        vec!["recommend", "--lang", "en", "--yes", "vm.compliance"],
    ] {
        let mut child = bin()
            .args(&args)
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()?;
        drop(child.stdout.take());
        let out = child.wait_with_output()?;
        let err = stderr(&out);
        assert_eq!(out.status.code(), Some(0), "{}: {err}", args[0]);
        assert!(!err.contains("panicked"), "{err}");
        assert!(err.is_empty(), "{err}");
    }
    Ok(())
}

#[test]
fn template_and_lang_are_checked_by_the_parser_and_listed_in_help() {
    let o = run(&[
        "export",
        "--session",
        "data/examples/quote-app.ron",
        "--template",
        "word",
        "--out",
        "never-written.md",
    ]);
    assert_eq!(o.status.code(), Some(2));
    let err = stderr(&o);
    assert!(err.contains("word"), "{err}");
    assert!(err.contains("madr") && err.contains("nygard"), "{err}");
    assert!(!Path::new("never-written.md").exists());
    let o = run(&["recommend", "--lang", "de"]);
    assert_eq!(o.status.code(), Some(2));
    let err = stderr(&o);
    assert!(err.contains("fr") && err.contains("en"), "{err}");
    // Any case is accepted, as before.
    let o = run(&["recommend", "--lang", "EN", "--yes", "vm.compliance"]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stdout(&o).contains("Recommendation:"), "{}", stdout(&o));
    let help = stdout(&run(&["export", "--help"]));
    assert!(
        help.contains("- madr:") && help.contains("- nygard:"),
        "{help}"
    );
    assert!(help.contains("- fr:") && help.contains("- en:"), "{help}");
    let help = stdout(&run(&["export", "-h"]));
    assert!(help.contains("[possible values: madr, nygard]"), "{help}");
    assert!(help.contains("[possible values: fr, en]"), "{help}");
}

#[test]
fn errors_map_to_one_exit_code_each() -> Result<(), Box<dyn std::error::Error>> {
    let dir = tempfile::tempdir()?;
    // An unknown id, wherever it comes from, is a usage error: exit 2, named.
    let session = dir.path().join("unknown.ron");
    std::fs::write(&session, session_with_unknown_ids(1))?;
    let session = session.to_str().unwrap_or_default();
    let out_path = dir.path().join("adr.md");
    for args in [
        vec!["recommend", "--session", session],
        vec![
            "export",
            "--session",
            session,
            "--out",
            out_path.to_str().unwrap_or_default(),
        ],
    ] {
        let o = run(&args);
        assert_eq!(o.status.code(), Some(2), "{}: {}", args[0], stderr(&o));
        assert!(stderr(&o).contains("unknown id `nope.0`"), "{}", stderr(&o));
        assert!(stdout(&o).is_empty());
    }
    assert!(!out_path.exists());
    // A bad argument too.
    let o = run(&["recommend", "--weight", "nonsense"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("expected ID=N"), "{}", stderr(&o));
    // A file that cannot be read is a failure: exit 1, named.
    let missing = dir.path().join("missing.ron");
    let o = run(&[
        "recommend",
        "--session",
        missing.to_str().unwrap_or_default(),
    ]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    assert!(stderr(&o).contains("missing.ron"), "{}", stderr(&o));
    // An output that cannot be written is a failure, said once.
    if let Ok(full) = std::fs::OpenOptions::new().write(true).open("/dev/full") {
        let o = bin().args(["recommend", "--json"]).stdout(full).output()?;
        assert_eq!(o.status.code(), Some(1));
        let err = stderr(&o);
        assert_eq!(err.lines().count(), 1, "{err}");
        assert!(
            err.starts_with("arbitre: cannot write the output:"),
            "{err}"
        );
    }
    Ok(())
}

#[test]
fn clap_outcomes_come_back_as_exit_codes() {
    let o = run(&["--version"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(stdout(&o).starts_with("arbitre "), "{}", stdout(&o));
    let o = run(&["recommend", "--help"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(
        stdout(&o).contains("Usage: arbitre recommend"),
        "{}",
        stdout(&o)
    );
    let o = run(&["recommend", "--bogus"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("--bogus"), "{}", stderr(&o));
    assert!(stdout(&o).is_empty());
}

/// Library code never ends the process: it returns an error or an exit code to `main`.
#[test]
fn no_process_exit_in_library_code() -> Result<(), Box<dyn std::error::Error>> {
    let mut dirs = vec![PathBuf::from("src")];
    let mut offenders = Vec::new();
    while let Some(dir) = dirs.pop() {
        for entry in std::fs::read_dir(&dir)? {
            let path = entry?.path();
            if path.is_dir() {
                dirs.push(path);
            } else if path.extension().is_some_and(|e| e == "rs")
                && std::fs::read_to_string(&path)?.contains(concat!("process::", "exit"))
            {
                offenders.push(path);
            }
        }
    }
    assert!(offenders.is_empty(), "process::exit in {offenders:?}");
    Ok(())
}

#[test]
fn a_quit_after_frames_hook_that_is_not_a_number_is_refused_before_any_window() {
    let o = bin()
        .env("ARBITRE_QUIT_AFTER_FRAMES", "ten")
        .output()
        .unwrap_or_else(|e| panic!("cannot run {BIN}: {e}"));
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    assert!(
        stderr(&o).contains("ARBITRE_QUIT_AFTER_FRAMES=`ten`"),
        "{}",
        stderr(&o)
    );
    let help = stdout(&run(&["--help"]));
    assert!(help.contains("ARBITRE_QUIT_AFTER_FRAMES"), "{help}");
}

/// The test hooks are read in `crates/arbitre-app/src/hooks.rs` only (`ARBITRE_DATA_DIR`, a
/// user setting, in `crates/arbitre-core/src/autosave.rs`), in every crate of the workspace.
#[test]
fn arbitre_variables_are_read_in_one_place() -> Result<(), Box<dyn std::error::Error>> {
    let allowed = [
        Path::new("crates/arbitre-app/src/hooks.rs"),
        Path::new("crates/arbitre-core/src/autosave.rs"),
    ];
    let mut dirs = vec![PathBuf::from("src"), PathBuf::from("crates")];
    let mut offenders = Vec::new();
    while let Some(dir) = dirs.pop() {
        for entry in std::fs::read_dir(&dir)? {
            let path = entry?.path();
            if path.is_dir() {
                dirs.push(path);
            } else if path.extension().is_some_and(|e| e == "rs")
                && !allowed.contains(&path.as_path())
                && std::fs::read_to_string(&path)?.contains(concat!("\"", "ARBITRE_"))
            {
                offenders.push(path);
            }
        }
    }
    assert!(
        offenders.is_empty(),
        "ARBITRE_ variables read in {offenders:?}"
    );
    Ok(())
}

#[test]
fn recommend_rules_out_what_a_hard_need_or_a_must_have_cannot_meet() {
    // The review's case: a Windows-only application outvoted by container preferences.
    let text = stdout(&run(&[
        "recommend",
        "--lang",
        "en",
        "--yes",
        "choose.vms.different-os",
        "--yes",
        "choose.containers.fast-scaling",
        "--yes",
        "choose.containers.resource-efficiency",
        "--yes",
        "choose.containers.portability-devops",
        "--weight",
        "startup-time=3",
    ]));
    assert!(!text.starts_with("Recommendation: Containers"), "{text}");
    assert!(
        text.contains("Scores: Containers ruled out, VMs 2,")
            && text.contains("\nContainers ruled out: you must run different OSes")
            && text.contains("(hard need)\n"),
        "{text}"
    );
    // --must: the team's fact rules out the other option, in the text and the JSON.
    let args = [
        "recommend",
        "--yes",
        "vm.compliance",
        "--yes",
        "vm.legacy-monolith",
        "--yes",
        "choose.containers.fast-scaling",
        "--must",
        "choose.containers.fast-scaling",
    ];
    let mut json = args.to_vec();
    json.push("--json");
    let v: serde_json::Value = serde_json::from_str(&stdout(&run(&json))).unwrap_or_default();
    assert_eq!(
        v["musts"],
        serde_json::json!(["choose.containers.fast-scaling"])
    );
    assert_eq!(v["ruled_out"][0]["option"], "vms");
    assert_eq!(v["ruled_out"][0]["must"], true);
    assert_ne!(v["outcome"], "vms");
    let mut en = args.to_vec();
    en.extend(["--lang", "en"]);
    let text = stdout(&run(&en));
    assert!(
        text.contains("VMs ruled out: ") && text.contains("(must-have)"),
        "{text}"
    );
    // A must-have on something not ticked is a usage error.
    let out = run(&["recommend", "--must", "vm.compliance"]);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("--must `vm.compliance`"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn recommend_says_when_no_single_change_would_change_the_answer() {
    let text = stdout(&run(&[
        "recommend",
        "--lang",
        "en",
        "--yes",
        "vm.kernel-control.kernel-modules",
        "--yes",
        "vm.kernel-control",
        "--yes",
        "choose.vms.different-os",
    ]));
    assert!(text.starts_with("Recommendation: VMs\n"), "{text}");
    assert!(
        text.contains(
            "What would change the answer:\n  No single change would change the answer.\n"
        ),
        "{text}"
    );
}
