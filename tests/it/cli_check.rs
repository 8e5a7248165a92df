//! `arbitre check`, run as the real binary: the built-in kit, sessions, teachers' packs and
//! ADRs checked, each problem said where it is (file, line, column), never a panic or a hang.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use crate::binary::{run, run_ending_within, stderr, stdout};

const KIT: &str = include_str!("../../data/kits/containers-vs-vms.ron");

/// Writes `text` to a fresh file and runs `arbitre check` on it.
pub(crate) fn check_text(name: &str, bytes: &[u8]) -> (Output, PathBuf, tempfile::TempDir) {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("tempdir: {e}"));
    let path = dir.path().join(name);
    std::fs::write(&path, bytes).unwrap_or_else(|e| panic!("write: {e}"));
    let out = run(&["check", path.to_str().unwrap_or_default()]);
    (out, path, dir)
}

/// 1-based line of the first occurrence of `needle` in `text`.
pub(crate) fn line_of(text: &str, needle: &str) -> usize {
    let at = text
        .find(needle)
        .unwrap_or_else(|| panic!("{needle} not in kit"));
    text[..at].matches('\n').count() + 1
}

pub(crate) fn assert_problem(out: &Output, path: &Path, line: usize, what: &str) {
    let err = stderr(out);
    assert!(!out.status.success(), "check passed: {err}");
    let prefix = format!("{}:{line}:", path.display());
    assert!(
        err.lines()
            .any(|l| l.starts_with(&prefix) && l.contains(what)),
        "expected `{prefix}…{what}` in:\n{err}"
    );
}

/// A session ticking `n` ids no kit knows, one per line.
pub(crate) fn session_with_unknown_ids(n: usize) -> String {
    let mut s = String::from("(format: 1, ticks: [\n");
    for i in 0..n {
        s.push_str(&format!("  \"nope.{i}\",\n"));
    }
    s.push_str("])\n");
    s
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
            let out = run_ending_within(&args, 10);
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
    let out = run_ending_within(&["check", path.to_str().unwrap_or_default()], 20);
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
        let out = run_ending_within(&["check", path.to_str().unwrap_or_default()], 30);
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

#[test]
fn check_fails_a_kit_whose_system_scenario_the_engine_contradicts() {
    let source = std::fs::read_to_string("data/kits/containers-vs-vms.ron")
        .unwrap_or_else(|e| panic!("kit: {e}"));
    // The wine merchant's system is a lift-and-shift; claim CI/CD instead.
    let at = source
        .find("id: \"scenario.system-wine-merchant\"")
        .unwrap_or_else(|| panic!("scenario not found"));
    let (head, tail) = source.split_at(at);
    let broken = format!(
        "{head}{}",
        tail.replacen(
            "patterns: [\"hybrid.lift-and-shift\"]",
            "patterns: [\"hybrid.cicd\"]",
            1
        )
    );
    assert_ne!(broken, source);
    let (out, path, _dir) = check_text("kit.ron", broken.as_bytes());
    assert_eq!(out.status.code(), Some(1), "{}", stdout(&out));
    let line = line_of(&broken, "id: \"scenario.system-wine-merchant\"");
    assert_problem(
        &out,
        &path,
        line,
        "scenario.system-wine-merchant: the kit expects hybrid (hybrid.cicd), the decision engine gives hybrid (hybrid.lift-and-shift)",
    );
}
