//! The headless commands, run as the real binary: `check` and `recommend`.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

const BIN: &str = env!("CARGO_BIN_EXE_arbitre");
const KIT: &str = include_str!("../../data/kits/containers-vs-vms.ron");

/// The binary, in a known locale: English (`LANG=C`), whatever the machine's is.
fn bin() -> Command {
    let mut c = Command::new(BIN);
    c.env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("LANG", "C");
    c
}

fn run(args: &[&str]) -> Output {
    let out = bin().args(args).output();
    match out {
        Ok(o) => o,
        Err(e) => panic!("cannot run {BIN}: {e}"),
    }
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

/// Writes `text` to a fresh file and runs `arbitre check` on it.
fn check_text(name: &str, bytes: &[u8]) -> (Output, PathBuf, tempfile::TempDir) {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("tempdir: {e}"));
    let path = dir.path().join(name);
    std::fs::write(&path, bytes).unwrap_or_else(|e| panic!("write: {e}"));
    let out = run(&["check", path.to_str().unwrap_or_default()]);
    (out, path, dir)
}

/// 1-based line of the first occurrence of `needle` in `text`.
fn line_of(text: &str, needle: &str) -> usize {
    let at = text
        .find(needle)
        .unwrap_or_else(|| panic!("{needle} not in kit"));
    text[..at].matches('\n').count() + 1
}

fn assert_problem(out: &Output, path: &Path, line: usize, what: &str) {
    let err = stderr(out);
    assert!(!out.status.success(), "check passed: {err}");
    let prefix = format!("{}:{line}:", path.display());
    assert!(
        err.lines()
            .any(|l| l.starts_with(&prefix) && l.contains(what)),
        "expected `{prefix}…{what}` in:\n{err}"
    );
}

#[test]
fn the_builtin_kit_and_example_pass() {
    let out = run(&[
        "check",
        "data/kits/containers-vs-vms.ron",
        "data/examples/quote-app.ron",
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    let s = stdout(&out);
    assert!(
        s.contains("ok — kit `containers-vs-vms`") && s.contains("5 criteria"),
        "{s}"
    );
    assert!(s.contains("quote-app.ron: ok — session"), "{s}");
}

#[test]
fn a_duplicated_id_is_reported_where_it_is() {
    let bad = KIT.replacen("\"vm.multiple-os\"", "\"vm.security-isolation\"", 1);
    let (out, path, _d) = check_text("dup.ron", bad.as_bytes());
    let line = line_of(KIT, "\"vm.multiple-os\"");
    assert_problem(&out, &path, line, "duplicate id `vm.security-isolation`");
}

#[test]
fn a_dangling_reference_is_reported_where_it_is() {
    let bad = KIT.replacen("ticks: [", "ticks: [\"vm.nowhere\", ", 1);
    let (out, path, _d) = check_text("dangling.ron", bad.as_bytes());
    let line = line_of(KIT, "ticks: [");
    assert_problem(&out, &path, line, "unknown item `vm.nowhere`");
}

#[test]
fn an_empty_english_string_is_reported_where_it_is() {
    // Empty the English name of the first criterion.
    let start = KIT
        .find("\"Partage du Kernel\"")
        .unwrap_or_else(|| panic!("criterion"));
    let en = start + KIT[start..].find("en: \"").unwrap_or_else(|| panic!("en"));
    let value = en + "en: \"".len();
    let end = value + KIT[value..].find('"').unwrap_or_else(|| panic!("quote"));
    let bad = format!("{}{}", &KIT[..value], &KIT[end..]);
    let (out, path, _d) = check_text("empty.ron", bad.as_bytes());
    let line = KIT[..en].matches('\n').count() + 1;
    assert_problem(
        &out,
        &path,
        line,
        "empty English text in criterion `kernel-sharing`",
    );
}

#[test]
fn a_syntax_error_gives_line_and_column() {
    let bad = KIT.replacen("version: 1,", "version: 1,,", 1);
    let (out, path, _d) = check_text("syntax.ron", bad.as_bytes());
    let line = line_of(KIT, "version: 1,");
    assert_problem(&out, &path, line, "");
}

#[test]
fn a_truncated_file_never_panics() {
    for cut in [1, KIT.len() / 3, KIT.len() / 2, KIT.len() - 3] {
        let mut at = cut;
        while !KIT.is_char_boundary(at) {
            at -= 1;
        }
        let (out, path, _d) = check_text("cut.ron", &KIT.as_bytes()[..at]);
        let err = stderr(&out);
        assert_eq!(out.status.code(), Some(1), "{err}");
        assert!(err.starts_with(&format!("{}:", path.display())), "{err}");
        assert!(!err.contains("panicked"), "{err}");
    }
}

#[test]
fn a_binary_file_is_refused_clearly() {
    let (out, path, _d) = check_text("bin.ron", &[0x89, b'P', b'N', b'G', 0, 0, 0xff, 0xfe]);
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(
        err.contains(&format!("{}: not a text file", path.display())),
        "{err}"
    );
}

#[test]
fn a_missing_file_is_named() {
    let out = run(&["check", "/nonexistent/kit.ron"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("/nonexistent/kit.ron: cannot read"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn a_session_with_an_unknown_id_fails_check() {
    let (out, path, _d) = check_text(
        "s.ron",
        b"(format: 1,\n  ticks: [\"vm.compliance\", \"vm.zzz\"])",
    );
    assert_problem(&out, &path, 2, "unknown id `vm.zzz`");
}

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

/// The binary with `LANG` set to `lang` (and the variables that win over it removed).
fn run_in(lang: &str, args: &[&str]) -> Output {
    bin()
        .env("LANG", lang)
        .args(args)
        .output()
        .unwrap_or_else(|e| panic!("cannot run {BIN}: {e}"))
}

#[test]
fn the_command_line_speaks_the_system_s_language_unless_told() {
    let args = ["recommend", "--yes", "vm.compliance"];
    let en = stdout(&run_in("en_US.UTF-8", &args));
    assert!(en.starts_with("Recommendation: VMs"), "{en}");
    assert!(en.contains("Reasons:"), "{en}");
    let fr = stdout(&run_in("fr_FR.UTF-8", &args));
    assert!(fr.starts_with("Recommandation\u{a0}: VMs"), "{fr}");
    assert!(fr.contains("Raisons\u{a0}:"), "{fr}");
    // LC_ALL wins over LANG, as for the window.
    let o = bin()
        .env("LANG", "en_US.UTF-8")
        .env("LC_ALL", "fr_FR.UTF-8")
        .args(args)
        .output()
        .unwrap_or_else(|e| panic!("cannot run {BIN}: {e}"));
    assert!(stdout(&o).starts_with("Recommandation"), "{}", stdout(&o));
    // --lang wins over the system's, before or after the command.
    for args in [
        ["--lang", "en", "recommend", "--yes", "vm.compliance"],
        ["recommend", "--yes", "vm.compliance", "--lang", "en"],
    ] {
        let o = run_in("fr_FR.UTF-8", &args);
        assert!(
            stdout(&o).starts_with("Recommendation: VMs"),
            "{}",
            stdout(&o)
        );
    }
    let o = run_in(
        "en_US.UTF-8",
        &["recommend", "--lang", "fr", "--yes", "vm.compliance"],
    );
    assert!(stdout(&o).starts_with("Recommandation"), "{}", stdout(&o));
}

#[test]
fn errors_on_stderr_are_in_the_chosen_language() {
    let args = ["recommend", "--yes", "vm.bogus"];
    let o = run_in("fr_FR.UTF-8", &args);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("identifiant inconnu `vm.bogus`\u{a0}: pas un élément du kit"),
        "{}",
        stderr(&o)
    );
    let o = run_in("en_US.UTF-8", &args);
    assert!(
        stderr(&o).contains("unknown id `vm.bogus`: not an item of the kit"),
        "{}",
        stderr(&o)
    );
    let o = run_in(
        "fr_FR.UTF-8",
        &["--lang", "en", "recommend", "--weight", "x"],
    );
    assert_eq!(o.status.code(), Some(2));
    assert_eq!(stderr(&o).trim(), "--weight `x`: expected ID=N");
    // `check`'s summary and warnings, in French.
    let o = run_in("fr_FR.UTF-8", &["check", "data/examples/quote-app.ron"]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(
        stdout(&o).contains("quote-app.ron: ok — session\u{a0}: "),
        "{}",
        stdout(&o)
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
fn check_fails_a_kit_whose_scenario_the_engine_contradicts() {
    let source = std::fs::read_to_string("data/kits/containers-vs-vms.ron")
        .unwrap_or_else(|e| panic!("kit: {e}"));
    // The event-ticketing scenario expects containers; claim VMs instead.
    let at = source
        .find("id: \"scenario.event-ticketing\"")
        .unwrap_or_else(|| panic!("scenario not found"));
    let tail = &source[at..];
    let expected = tail
        .find("expected: containers")
        .unwrap_or_else(|| panic!("no expected"));
    let broken = format!(
        "{}{}expected: vms{}",
        &source[..at],
        &tail[..expected],
        &tail[expected + "expected: containers".len()..]
    );
    let (out, path, _dir) = check_text("kit.ron", broken.as_bytes());
    assert_eq!(out.status.code(), Some(1), "{}", stdout(&out));
    let line = line_of(&broken, "id: \"scenario.event-ticketing\"");
    assert_problem(
        &out,
        &path,
        line,
        "scenario.event-ticketing: the kit expects vms, the decision engine gives containers",
    );
}

#[test]
fn check_validates_a_teachers_pack_against_the_kit() {
    let out = run(&["check", "data/packs/sample-pack.ron"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        stdout(&out).contains(
            "ok — pack `sample-pack` for kit `containers-vs-vms`: 2 scenarios, 2 questions"
        ),
        "{}",
        stdout(&out)
    );
    // The engine contradicts a scenario: the pack fails, at the scenario's line.
    let source = std::fs::read_to_string("data/packs/sample-pack.ron")
        .unwrap_or_else(|e| panic!("pack: {e}"));
    let broken = source.replace("expected: containers", "expected: hybrid");
    let (out, path, _dir) = check_text("pack.ron", broken.as_bytes());
    assert_eq!(out.status.code(), Some(1), "{}", stdout(&out));
    let line = line_of(&broken, "id: \"scenario.pack-sample.school-results\"");
    assert_problem(
        &out,
        &path,
        line,
        "scenario.pack-sample.school-results: the kit expects hybrid, the decision engine gives containers",
    );
    // An unknown item, at its own line.
    let broken = source.replace("\"vm.multiple-os.legacy-os-versions\"", "\"vm.nope\"");
    let (out, path, _dir) = check_text("pack.ron", broken.as_bytes());
    assert_problem(
        &out,
        &path,
        line_of(&broken, "\"vm.nope\""),
        "unknown item `vm.nope`",
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
fn export_to_a_file_prints_the_path_and_never_overwrites() -> Result<(), Box<dyn std::error::Error>>
{
    let dir = tempfile::tempdir()?;
    let out_path = dir.path().join("adr.md");
    let out = out_path.to_str().unwrap_or_default();
    let o = run(&[
        "export",
        "--session",
        "data/examples/quote-app.ron",
        "--lang",
        "en",
        "--out",
        out,
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(stdout(&o).trim(), out);
    let text = std::fs::read_to_string(&out_path)?;
    assert!(text.starts_with("---\nstatus: proposed\n"), "{text}");
    assert!(text.contains("## Decision Outcome"));
    // A second export is refused and the file is untouched.
    let o = run(&[
        "export",
        "--session",
        "data/examples/quote-app.ron",
        "--out",
        out,
    ]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("already exists"), "{}", stderr(&o));
    assert_eq!(std::fs::read_to_string(&out_path)?, text);
    // Unless the user says so.
    let o = run(&[
        "export",
        "--session",
        "data/examples/quote-app.ron",
        "--template",
        "nygard",
        "--out",
        out,
        "--force",
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(std::fs::read_to_string(&out_path)?.starts_with("# 1. "));
    Ok(())
}

#[test]
fn export_into_a_log_numbers_and_indexes() -> Result<(), Box<dyn std::error::Error>> {
    let dir = tempfile::tempdir()?;
    std::fs::create_dir_all(dir.path().join("docs/decisions"))?;
    let root = dir.path().to_str().unwrap_or_default();
    for n in 1..=2 {
        let o = run(&[
            "export",
            "--session",
            "data/examples/quote-app.ron",
            "--adr-dir",
            root,
        ]);
        assert!(o.status.success(), "{}", stderr(&o));
        assert!(
            stdout(&o).trim().ends_with(&format!(
                "000{n}-heberger-quote-app-conteneurs-kubernetes-sur-des-vms-cloud.md"
            )),
            "{}",
            stdout(&o)
        );
        // Which log, found how, and the template: on stderr.
        assert!(
            stderr(&o)
                .contains("arbitre: MADR log in docs/decisions (found through docs/decisions)")
                && stderr(&o).contains("arbitre: written as MADR"),
            "{}",
            stderr(&o)
        );
    }
    let supersede = |accept: bool| {
        let mut args = vec![
            "export",
            "--session",
            "data/examples/quote-app.ron",
            "--adr-dir",
            root,
            "--supersedes",
            "1",
        ];
        if accept {
            args.push("--accept");
        }
        run(&args)
    };
    // quote-app is a proposal: it supersedes nothing without --accept.
    let o = supersede(false);
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    assert!(stderr(&o).contains("--accept"), "{}", stderr(&o));
    assert_eq!(
        std::fs::read_dir(dir.path().join("docs/decisions"))?.count(),
        2
    );
    let o = supersede(true);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stderr(&o).contains("marked superseded"), "{}", stderr(&o));
    // Twice: refused, naming the record.
    let o = supersede(true);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("already superseded"), "{}", stderr(&o));
    let first = std::fs::read_dir(dir.path().join("docs/decisions"))?
        .filter_map(std::result::Result::ok)
        .find(|e| e.file_name().to_string_lossy().starts_with("0001-"))
        .map(|e| e.path())
        .unwrap_or_default();
    assert!(std::fs::read_to_string(first)?.contains("superseded by [ADR-0003]"));
    let o = run(&["adr", "index", root]);
    assert!(o.status.success(), "{}", stderr(&o));
    let index = std::fs::read_to_string(stdout(&o).trim())?;
    assert!(index.contains("0003-"), "{index}");
    // No log there: a clear error, nothing written.
    let empty = tempfile::tempdir()?;
    let o = run(&[
        "export",
        "--session",
        "data/examples/quote-app.ron",
        "--adr-dir",
        empty.path().to_str().unwrap_or_default(),
    ]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("docs/decisions"), "{}", stderr(&o));
    assert_eq!(std::fs::read_dir(empty.path())?.count(), 0);
    Ok(())
}

/// Runs `arbitre ARGS…`, failing the test if it has not ended within `secs` seconds.
fn run_within(args: &[&str], secs: u64) -> Output {
    let child = bin()
        .args(args)
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap_or_else(|e| panic!("cannot run {BIN}: {e}"));
    let id = child.id();
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let _ = tx.send(child.wait_with_output());
    });
    match rx.recv_timeout(std::time::Duration::from_secs(secs)) {
        Ok(Ok(out)) => out,
        Ok(Err(e)) => panic!("{BIN}: {e}"),
        Err(_) => {
            let _ = Command::new("kill").arg(id.to_string()).status();
            panic!("`arbitre {}` did not end within {secs} s", args.join(" "))
        }
    }
}

#[cfg(unix)]
#[test]
fn check_refuses_a_fifo_and_a_device_at_once() -> Result<(), Box<dyn std::error::Error>> {
    let dir = tempfile::tempdir()?;
    let fifo = dir.path().join("session.ron");
    assert!(Command::new("mkfifo").arg(&fifo).status()?.success());
    let fifo = fifo.to_str().unwrap_or_default();
    for (file, kind) in [(fifo, "FIFO"), ("/dev/zero", "character device")] {
        for args in [
            vec!["check", file],
            vec!["recommend", "--session", file],
            vec!["--kit", file, "check", "data/examples/quote-app.ron"],
        ] {
            let out = run_within(&args, 10);
            let err = stderr(&out);
            assert!(!out.status.success(), "{args:?}: {err}");
            assert!(
                err.contains(&format!("{file}: cannot read: it is a {kind}")),
                "{args:?}: {err}"
            );
        }
    }
    Ok(())
}

#[test]
fn a_byte_order_mark_is_accepted() {
    let (out, _path, _d) = check_text(
        "bom.ron",
        "\u{feff}(format: 1, ticks: [\"vm.compliance\"])".as_bytes(),
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let mut kit = "\u{feff}".to_owned();
    kit.push_str(KIT);
    let (out, _path, _d) = check_text("bom-kit.ron", kit.as_bytes());
    assert!(out.status.success(), "{}", stderr(&out));
}

/// A session ticking `n` ids no kit knows, one per line.
fn session_with_unknown_ids(n: usize) -> String {
    let mut s = String::from("(format: 1, ticks: [\n");
    for i in 0..n {
        s.push_str(&format!("  \"nope.{i}\",\n"));
    }
    s.push_str("])\n");
    s
}

#[test]
fn check_of_many_unknown_ids_is_fast_and_capped() {
    let (path, _d) = {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("tempdir: {e}"));
        let path = dir.path().join("many.ron");
        std::fs::write(&path, session_with_unknown_ids(50_000))
            .unwrap_or_else(|e| panic!("write: {e}"));
        (path, dir)
    };
    let started = std::time::Instant::now();
    // Quadratic before: about 20 s for 50,000 ids; a debug build does it in well under 1 s.
    let out = run_within(&["check", path.to_str().unwrap_or_default()], 20);
    let took = started.elapsed();
    assert!(took.as_secs() < 10, "check took {took:?}");
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    let lines: Vec<&str> = err.lines().collect();
    assert_eq!(lines.len(), 101, "{}", lines.last().unwrap_or(&""));
    // Sorted ids: nope.0, nope.1, nope.10, … each at its own line.
    assert!(
        lines[0].starts_with(&format!("{}:2:3: unknown id `nope.0`", path.display())),
        "{}",
        lines[0]
    );
    assert!(lines[1].starts_with(&format!("{}:3:3: unknown id `nope.1`", path.display())));
    assert_eq!(lines[100], "… and 49900 more");
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
fn terminal_escapes_from_a_file_are_printed_escaped() {
    let (out, path, _d) = check_text(
        "escape.ron",
        b"(format: 1,\n  ticks: [\"\\u{1b}]0;pwned\\u{7}\", \"a\x1b[2Jb\nc\"])",
    );
    let err = stderr(&out);
    assert!(!out.status.success());
    assert!(!err.contains('\u{1b}') && !err.contains('\u{7}'), "{err:?}");
    assert!(
        err.contains(&format!(
            "{}:2:11: unknown id `\\u{{1b}}]0;pwned\\u{{7}}`",
            path.display()
        )),
        "{err}"
    );
    assert!(err.contains("unknown id `a\\u{1b}[2Jb\\u{a}c`"), "{err}");
    assert_eq!(err.lines().count(), 2, "one line per problem: {err}");
}

#[test]
fn an_out_of_range_weight_fails_check_where_it_is() {
    let (out, path, _d) = check_text(
        "w.ron",
        b"(format: 1,\n  weights: {\n    \"startup-time\": 255,\n  },\n)",
    );
    let err = stderr(&out);
    assert!(
        err.contains(&format!(
            "{}:3:21: the weight of `startup-time` is 255; it must be 0, 1, 2 or 3",
            path.display()
        )),
        "{err}"
    );
    assert_eq!(out.status.code(), Some(1));
}

#[test]
fn unknown_fields_and_duplicate_keys_are_warnings() {
    let (out, path, _d) = check_text(
        "warn.ron",
        b"(format: 1,\n  tiks: [\"vm.compliance\"],\n  weights: {\"startup-time\": 1, \"startup-time\": 2},\n  adr: (titel: \"x\"),\n)",
    );
    let err = stderr(&out);
    assert!(out.status.success(), "{err}");
    let p = path.display();
    for expected in [
        format!("warning: {p}:2:3: unknown field `tiks` here: it is ignored"),
        format!("warning: {p}:3:32: key \"startup-time\" given twice"),
        format!("warning: {p}:4:9: unknown field `titel` in `adr`: it is ignored"),
    ] {
        assert!(err.contains(&expected), "{expected}\nnot in:\n{err}");
    }
    // The same for a kit.
    let bad = KIT.replacen("version: 1,", "version: 1,\n    versoin: 2,", 1);
    let (out, path, _d) = check_text("kit.ron", bad.as_bytes());
    let err = stderr(&out);
    assert!(out.status.success(), "{err}");
    let line = line_of(KIT, "version: 1,") + 1;
    assert!(
        err.contains(&format!(
            "warning: {}:{line}:5: unknown field `versoin` here",
            path.display()
        )),
        "{err}"
    );
}

#[test]
fn deep_nesting_is_reported_plainly() {
    let deep = format!("(ticks: {})", "[".repeat(5000));
    let (out, path, _d) = check_text("deep.ron", deep.as_bytes());
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(
        err.starts_with(&format!("{}:1:", path.display())) && err.contains("nested too deeply"),
        "{err}"
    );
    assert!(!err.contains("recursion_limit"), "{err}");
}

/// 64 KB of brackets, in a known field and in an unknown one: `check` stops at the depth the
/// loaders stop at, at once (it was quadratic: 21.6 s and 6.9 GB), and says where.
#[test]
fn check_stops_at_the_nesting_limit_at_once() {
    let brackets = "[".repeat(64 * 1024);
    for (name, text) in [
        ("known.ron", format!("(format: 1,\n  ticks: {brackets})")),
        ("unknown.ron", format!("(format: 1,\n  junk: {brackets})")),
        (
            "kit.ron",
            format!("(criteria: [],\n  junk: {{\"k\": {brackets}}})"),
        ),
    ] {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("tempdir: {e}"));
        let path = dir.path().join(name);
        std::fs::write(&path, &text).unwrap_or_else(|e| panic!("write: {e}"));
        let started = std::time::Instant::now();
        let out = run_within(&["check", path.to_str().unwrap_or_default()], 30);
        let took = started.elapsed();
        assert!(took.as_secs() < 5, "{name}: check took {took:?}");
        let err = stderr(&out);
        assert_eq!(out.status.code(), Some(1), "{name}: {err}");
        let first = err.lines().next().unwrap_or_default();
        assert!(
            first.starts_with(&format!("{}:2:", path.display()))
                && first.contains("nested too deeply"),
            "{name}: {err}"
        );
    }
}

#[test]
fn export_refusal_names_force() -> Result<(), Box<dyn std::error::Error>> {
    let dir = tempfile::tempdir()?;
    let out_path = dir.path().join("adr.md");
    std::fs::write(&out_path, "mine")?;
    let o = run(&[
        "export",
        "--session",
        "data/examples/quote-app.ron",
        "--out",
        out_path.to_str().unwrap_or_default(),
    ]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("--force"), "{}", stderr(&o));
    assert_eq!(std::fs::read_to_string(&out_path)?, "mine");
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
fn export_is_concise_unless_asked_for_full_detail() -> Result<(), Box<dyn std::error::Error>> {
    let dir = tempfile::tempdir()?;
    let concise = dir.path().join("concise.md");
    let full = dir.path().join("full.md");
    for (path, extra) in [(&concise, None), (&full, Some("full"))] {
        let mut args = vec![
            "export",
            "--session",
            "data/examples/quote-app.ron",
            "--lang",
            "en",
            "--out",
            path.to_str().unwrap_or_default(),
        ];
        if let Some(level) = extra {
            args.extend(["--detail", level]);
        }
        let out = run(&args);
        assert!(out.status.success(), "{}", stderr(&out));
    }
    let (concise, full) = (
        std::fs::read_to_string(concise)?,
        std::fs::read_to_string(full)?,
    );
    assert!(
        !concise.contains("Kubernetes on VMs — Hybrid (+3)"),
        "{concise}"
    );
    assert!(full.contains("Kubernetes on VMs — Hybrid (+3)"), "{full}");
    assert!(full.len() > concise.len());
    let bad = run(&[
        "export",
        "--session",
        "x.ron",
        "--out",
        "y.md",
        "--detail",
        "long",
    ]);
    assert_eq!(bad.status.code(), Some(2));
    Ok(())
}

#[test]
fn every_session_option_accepts_an_adr_and_the_file_is_the_truth()
-> Result<(), Box<dyn std::error::Error>> {
    let dir = tempfile::tempdir()?;
    let md = dir.path().join("0001-quote-app.md");
    let out = run(&[
        "export",
        "--session",
        "data/examples/quote-app.ron",
        "--out",
        md.to_str().unwrap_or_default(),
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    // The readable block, not base64.
    let text = std::fs::read_to_string(&md)?;
    assert!(
        text.contains("<!-- arbitre-session v2\n(\n  kit: \"containers-vs-vms@1\",\n"),
        "{text}"
    );
    // A reviewer edits the status and a sentence of the context.
    std::fs::write(
        &md,
        text.replacen("status: proposed", "status: accepted", 1)
            .replacen("en production.", "en production, avant mars.", 1),
    )?;
    let json = run(&[
        "recommend",
        "--session",
        md.to_str().unwrap_or_default(),
        "--json",
    ]);
    assert!(json.status.success(), "{}", stderr(&json));
    let v: serde_json::Value = serde_json::from_slice(&json.stdout)?;
    assert_eq!(v["outcome"], "hybrid");
    let again = dir.path().join("again.md");
    let out = run(&[
        "export",
        "--session",
        md.to_str().unwrap_or_default(),
        "--out",
        again.to_str().unwrap_or_default(),
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    let again = std::fs::read_to_string(&again)?;
    assert!(again.contains("status: accepted"), "{again}");
    assert!(again.contains("en production, avant mars."), "{again}");
    // Someone else's ADR is refused clearly.
    let foreign = dir.path().join("foreign.md");
    std::fs::write(&foreign, "# 1. Use Postgres\n\nDate: 2020-01-01\n")?;
    let out = run(&[
        "recommend",
        "--session",
        foreign.to_str().unwrap_or_default(),
    ]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("not an ADR written by arbitre"),
        "{}",
        stderr(&out)
    );
    Ok(())
}

#[test]
fn a_concern_stated_for_two_options_and_a_hint_naming_nothing_are_refused_where_they_are() {
    let source = std::fs::read_to_string("data/kits/containers-vs-vms.ron")
        .unwrap_or_else(|e| panic!("kit: {e}"));
    // startup-time favours containers; give it the VMs' isolation concern.
    let broken = source
        .replacen(
            "concern: \"choose.containers.fast-scaling\"",
            "concern: \"vm.security-isolation\"",
            1,
        )
        .replacen("\"choose.containers.fast-scaling\",\n                \"choose.containers.resource-efficiency\",", "\"nope.nothing\",\n                \"choose.containers.resource-efficiency\",", 1);
    let (out, path, _dir) = check_text("kit.ron", broken.as_bytes());
    let line = line_of(&broken, "id: \"startup-time\"");
    assert_problem(&out, &path, line, "one concern is one need, for one option");
    let line = line_of(&broken, "\"nope.nothing\"");
    assert_problem(&out, &path, line, "refers to unknown item `nope.nothing`");
}

#[test]
fn export_says_when_the_session_s_text_is_in_another_language()
-> Result<(), Box<dyn std::error::Error>> {
    let dir = tempfile::tempdir()?;
    let export = |name: &str, extra: &[&str]| {
        let out = dir.path().join(name);
        let mut args = vec!["export", "--session", "data/examples/quote-app.ron"];
        args.extend(extra);
        args.extend(["--out", out.to_str().unwrap_or_default()]);
        run(&args)
    };
    // The quote-app session is written in French; an English record says so on stderr.
    let out = export("en.md", &["--lang", "en"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        stderr(&out).contains(
            "warning: The typed text seems to be in French, but the document is in English"
        ),
        "{}",
        stderr(&out)
    );
    assert!(stderr(&out).contains("(--lang fr)"), "{}", stderr(&out));
    // In its own language, nothing to say.
    let out = export("fr.md", &[]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(!stderr(&out).contains("warning"), "{}", stderr(&out));
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

/// `arbitre check` on an ADR arbitre wrote checks its decision block, with positions in the
/// Markdown file (it used to read the whole file as a session: "unknown field `lang`",
/// "Expected float"); a Markdown file without a block says what can be checked.
#[test]
fn check_reads_the_decision_block_of_an_adr() -> Result<(), Box<dyn std::error::Error>> {
    let dir = tempfile::tempdir()?;
    let md = dir.path().join("decision.md");
    let md_s = md.to_str().unwrap_or_default();
    let o = run(&[
        "export",
        "--session",
        "data/examples/quote-app.ron",
        "--out",
        md_s,
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    let o = run(&["check", md_s]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stderr(&o).is_empty(), "{}", stderr(&o));
    assert_eq!(
        stdout(&o).trim(),
        format!("{md_s}: ok — ADR decision block: 4 ticked, 2 weighted")
    );
    let text = std::fs::read_to_string(&md)?;
    // An unknown id and an out-of-range weight, at their places in the .md file.
    let bad = text
        .replacen("\"hybrid.kubernetes-on-vms\"", "\"nope.nothing\"", 1)
        .replacen("\"security-isolation\": 2", "\"security-isolation\": 9", 1);
    std::fs::write(&md, &bad)?;
    let o = run(&["check", md_s]);
    let err = stderr(&o);
    assert_eq!(o.status.code(), Some(1), "{err}");
    let line = line_of(&bad, "\"nope.nothing\"");
    assert!(
        err.contains(&format!("{md_s}:{line}:5: unknown id `nope.nothing`")),
        "{err}"
    );
    let line = line_of(&bad, "\"security-isolation\": 9");
    assert!(
        err.contains(&format!(
            "{md_s}:{line}:27: the weight of `security-isolation` is 9"
        )),
        "{err}"
    );
    // A syntax error and an unknown field, at their places too.
    let bad = text
        .replacen("  lang: fr,", "  lang: fr,\n  colour: blue,", 1)
        .replacen("  detail: concise,", "  detail: 3.5,", 1);
    std::fs::write(&md, &bad)?;
    let o = run(&["check", md_s]);
    let err = stderr(&o);
    assert_eq!(o.status.code(), Some(1), "{err}");
    let line = line_of(&bad, "colour: blue");
    assert!(
        err.contains(&format!(
            "warning: {md_s}:{line}:3: unknown field `colour` here"
        )),
        "{err}"
    );
    let line = line_of(&bad, "detail: 3.5");
    assert!(err.contains(&format!("{md_s}:{line}:")), "{err}");
    // Markdown that arbitre did not write.
    std::fs::write(&md, "# Use Kubernetes\n\nWe decided.\n")?;
    let o = run(&["check", md_s]);
    let err = stderr(&o);
    assert_eq!(o.status.code(), Some(1), "{err}");
    assert!(
        err.starts_with(&format!("{md_s}: no arbitre decision block"))
            && err.contains("arbitre adr check"),
        "{err}"
    );
    Ok(())
}
