//! `arbitre exam`, run as the real binary: determinism, coverage, sections, the shape of
//! every question, `--out` refusing to overwrite, a closed pipe, English.

use std::collections::BTreeSet;
use std::process::Command;

use arbitre::kit::CheckedKit;
use arbitre::train::bank;

use crate::binary::{BIN, bin, run, stderr, stdout};

/// `arbitre exam … --json`, parsed; the questions.
fn exam_json(args: &[&str]) -> Vec<serde_json::Value> {
    let mut all = vec!["exam", "--json"];
    all.extend_from_slice(args);
    let out = run(&all);
    assert!(out.status.success(), "{all:?}: {}", stderr(&out));
    assert!(stderr(&out).is_empty(), "{}", stderr(&out));
    let v: serde_json::Value =
        serde_json::from_str(&stdout(&out)).unwrap_or_else(|e| panic!("{e}: {}", stdout(&out)));
    v["questions"].as_array().cloned().unwrap_or_default()
}

fn ids(questions: &[serde_json::Value]) -> Vec<String> {
    questions
        .iter()
        .map(|q| q["id"].as_str().unwrap_or_default().to_owned())
        .collect()
}

fn bank_ids() -> BTreeSet<String> {
    let kit = CheckedKit::builtin().unwrap_or_else(|e| panic!("{e}"));
    bank::questions(&kit, &[])
        .into_iter()
        .map(|q| q.id)
        .collect()
}

#[test]
fn the_same_seed_gives_the_same_bytes_and_another_seed_another_exam() {
    let a = run(&["exam", "--seed", "42", "--json"]);
    let b = run(&["exam", "--seed", "42", "--json"]);
    assert!(a.status.success(), "{}", stderr(&a));
    assert_eq!(a.stdout, b.stdout);
    let c = run(&["exam", "--seed", "43", "--json"]);
    assert_ne!(a.stdout, c.stdout);

    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let md = |name: &str, seed: &str| {
        let path = dir.path().join(name);
        let p = path.to_str().unwrap_or_default().to_owned();
        let out = run(&["exam", "--seed", seed, "--lang", "fr", "--out", &p]);
        assert!(out.status.success(), "{}", stderr(&out));
        assert_eq!(stdout(&out).trim(), p);
        std::fs::read(&path).unwrap_or_else(|e| panic!("{e}"))
    };
    let (m1, m2, m3) = (md("a.md", "42"), md("b.md", "42"), md("c.md", "43"));
    assert_eq!(m1, m2);
    assert_ne!(m1, m3);
    let text = String::from_utf8_lossy(&m1);
    assert!(text.starts_with("# Examen — "), "{text}");
    assert!(text.contains("Graine\u{a0}: 42"));
    assert!(text.contains("## Corrigé"));
}

#[test]
fn a_large_count_asks_every_question_of_the_bank_once() {
    let qs = exam_json(&["--seed", "9", "--count", "100000"]);
    let got = ids(&qs);
    let unique: BTreeSet<String> = got.iter().cloned().collect();
    assert_eq!(unique.len(), got.len(), "a question asked twice");
    assert_eq!(unique, bank_ids());
}

#[test]
fn the_default_exam_has_twenty_questions_from_every_section() {
    let qs = exam_json(&["--seed", "1"]);
    assert_eq!(qs.len(), 20);
    let sections: BTreeSet<&str> = qs.iter().filter_map(|q| q["section"].as_str()).collect();
    assert_eq!(
        sections,
        ["cases", "hybrids", "scenarios", "summary", "table"]
            .into_iter()
            .collect()
    );
}

#[test]
fn only_the_chosen_sections_are_asked() {
    let qs = exam_json(&[
        "--seed",
        "5",
        "--sections",
        "hybrids,summary",
        "--count",
        "1000",
    ]);
    let sections: BTreeSet<&str> = qs.iter().filter_map(|q| q["section"].as_str()).collect();
    assert_eq!(sections, ["hybrids", "summary"].into_iter().collect());
    let kit = CheckedKit::builtin().unwrap_or_else(|e| panic!("{e}"));
    let expected = bank::questions(&kit, &[])
        .into_iter()
        .filter(|q| {
            matches!(
                q.section,
                arbitre::kit::QuizSection::Hybrids | arbitre::kit::QuizSection::Summary
            )
        })
        .count();
    assert_eq!(qs.len(), expected);
}

#[test]
fn every_question_has_three_or_four_choices_and_its_answer_among_them() {
    for seed in ["0", "1", "77", "18446744073709551615"] {
        for q in exam_json(&["--seed", seed, "--count", "1000"]) {
            let choices = q["choices"].as_array().cloned().unwrap_or_default();
            assert!((3..=4).contains(&choices.len()), "{q}");
            let answer = q["answer"].as_u64().unwrap_or(99);
            assert!(answer < choices.len() as u64, "{q}");
            assert!(
                choices
                    .iter()
                    .all(|c| c.as_str().is_some_and(|s| !s.is_empty()))
            );
            assert!(q["prompt"].as_str().is_some_and(|s| !s.is_empty()), "{q}");
            assert!(
                ["recall", "apply", "analyse"].contains(&q["level"].as_str().unwrap_or("")),
                "{q}"
            );
        }
    }
}

#[test]
fn out_refuses_to_replace_a_file_unless_forced() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let path = dir.path().join("exam.md");
    std::fs::write(&path, "mine").unwrap_or_else(|e| panic!("{e}"));
    let p = path.to_str().unwrap_or_default();
    let out = run(&["exam", "--seed", "1", "--out", p]);
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(err.contains(&format!("{p}: already exists")), "{err}");
    assert!(err.contains("--force"), "{err}");
    assert_eq!(std::fs::read_to_string(&path).unwrap_or_default(), "mine");
    let out = run(&["exam", "--seed", "1", "--lang", "fr", "--out", p, "--force"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        std::fs::read_to_string(&path)
            .unwrap_or_default()
            .starts_with("# Examen")
    );
}

#[test]
fn usage_errors_exit_2() {
    let out = run(&["exam", "--seed", "1", "--json", "--sections", "table,nope"]);
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert!(err.contains("unknown section `nope`"), "{err}");
    assert!(
        err.contains("table, cases, hybrids, summary, scenarios"),
        "{err}"
    );
    assert_eq!(run(&["exam", "--seed", "1"]).status.code(), Some(2));
    assert_eq!(run(&["exam", "--json"]).status.code(), Some(2), "no seed");
    assert_eq!(
        run(&["exam", "--seed", "1", "--json", "--out", "x.md"])
            .status
            .code(),
        Some(2)
    );
    assert_eq!(
        run(&["exam", "--seed", "1", "--json", "--count", "0"])
            .status
            .code(),
        Some(2)
    );
}

#[test]
fn a_closed_pipe_ends_quietly() -> Result<(), Box<dyn std::error::Error>> {
    // The reader has gone away before the exam is printed.
    let mut child = bin()
        .args(["exam", "--seed", "3", "--json", "--count", "1000"])
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()?;
    drop(child.stdout.take());
    let out = child.wait_with_output()?;
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(stderr(&out).is_empty(), "{}", stderr(&out));
    // And through a real `| head -1`.
    let out = Command::new("sh")
        .arg("-c")
        .arg(format!(
            "'{BIN}' exam --seed 3 --json --count 1000 | head -1 >/dev/null"
        ))
        .output()?;
    assert!(out.status.success());
    assert!(stderr(&out).is_empty(), "{}", stderr(&out));
    Ok(())
}

#[test]
fn lang_en_writes_english() {
    let fr = exam_json(&["--seed", "4", "--lang", "fr"]);
    let en = exam_json(&["--seed", "4", "--lang", "en"]);
    assert_eq!(ids(&fr), ids(&en), "the language does not change the exam");
    let prompts = |qs: &[serde_json::Value]| -> String {
        qs.iter()
            .filter_map(|q| q["prompt"].as_str())
            .collect::<Vec<_>>()
            .join("\n")
    };
    let (p_fr, p_en) = (prompts(&fr), prompts(&en));
    assert!(p_en.contains("Which") || p_en.contains("which"), "{p_en}");
    assert!(
        !p_en.contains("Quelle") && !p_en.contains("\u{a0}?"),
        "{p_en}"
    );
    assert!(p_fr.contains("Quel") || p_fr.contains("quel"), "{p_fr}");
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let path = dir.path().join("en.md");
    let p = path.to_str().unwrap_or_default();
    let out = run(&["exam", "--seed", "4", "--lang", "EN", "--out", p]);
    assert!(out.status.success(), "{}", stderr(&out));
    let md = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(md.starts_with("# Exam — "), "{md}");
    assert!(md.contains("## Answer key"), "{md}");
}

#[test]
fn a_teachers_pack_joins_the_bank_and_a_bad_one_is_refused() {
    let qs = exam_json(&[
        "--seed",
        "3",
        "--count",
        "1000",
        "--pack",
        "data/packs/sample-pack.ron",
    ]);
    let ids = ids(&qs);
    for id in [
        "question.pack-sample.first-step",
        "question.pack-sample.hybrid-why",
        "quiz.scenarios.scenario.pack-sample.lab-archive",
    ] {
        assert!(ids.iter().any(|i| i == id), "{id} missing");
    }
    // A pack the engine contradicts fails the exam, naming the file.
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let bad = dir.path().join("bad.ron");
    let source = std::fs::read_to_string("data/packs/sample-pack.ron")
        .unwrap_or_else(|e| panic!("{e}"))
        .replace("expected: containers", "expected: vms");
    std::fs::write(&bad, source).unwrap_or_else(|e| panic!("{e}"));
    let out = run(&[
        "exam",
        "--seed",
        "3",
        "--json",
        "--pack",
        bad.to_str().unwrap_or_default(),
    ]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("bad.ron:"), "{}", stderr(&out));
    assert!(out.stdout.is_empty());
}

#[test]
fn new_code_prints_a_fresh_code_and_the_code_changes_the_exam() {
    let a = run(&["exam", "--new-code"]);
    let b = run(&["exam", "--new-code"]);
    assert!(a.status.success(), "{}", stderr(&a));
    let code = stdout(&a).trim().to_owned();
    assert_eq!(code.len(), 14, "{code}");
    assert!(
        code.chars()
            .all(|c| c == '-' || c.is_ascii_digit() || c.is_ascii_uppercase()),
        "{code}"
    );
    assert_ne!(a.stdout, b.stdout, "a new code each time");
    // --new-code alone: with a seed or an output it is a usage error.
    assert_eq!(
        run(&["exam", "--new-code", "--seed", "1"]).status.code(),
        Some(2)
    );
    // The code with the seed fixes the exam; another code, or none, gives another.
    let with = exam_json(&["--seed", "7", "--code", &code]);
    assert_eq!(
        with,
        exam_json(&["--seed", "7", "--code", &code.to_lowercase()])
    );
    assert_ne!(ids(&with), ids(&exam_json(&["--seed", "7"])));
    let other = exam_json(&["--seed", "7", "--code", "SOMETHING-ELSE"]);
    assert_ne!(ids(&with), ids(&other));
}

#[test]
fn the_sheet_the_key_and_gift_are_written_apart() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let path = |n: &str| dir.path().join(n).to_str().unwrap_or_default().to_owned();
    let (sheet, key, gift, whole) = (path("s.md"), path("k.md"), path("q.gift"), path("e.md"));
    let out = run(&[
        "exam", "--seed", "5", "--code", "AB12", "--sheet", &sheet, "--key", &key, "--gift", &gift,
        "--out", &whole,
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    let printed = stdout(&out);
    for p in [&sheet, &key, &gift, &whole] {
        assert!(printed.contains(p.as_str()), "{printed}");
    }
    let read = |p: &str| std::fs::read_to_string(p).unwrap_or_else(|e| panic!("{p}: {e}"));
    let (s, k, g, w) = (read(&sheet), read(&key), read(&gift), read(&whole));
    assert!(s.starts_with("# Exam — ") && !s.contains("Answer"), "{s}");
    for text in [&s, &k, &g, &w] {
        assert!(!text.contains("AB12"), "the code is never printed");
    }
    assert!(k.starts_with("# Answer key — ") && k.contains("### Answer to question 20"));
    assert!(w.contains("<div style=\"page-break-before: always\"></div>\n\nPage break"));
    let (brk, first_key) = (
        w.find("page-break-before").unwrap_or(usize::MAX),
        w.find("## Answer key").unwrap_or(0),
    );
    assert!(brk < first_key && w.find("### Question 20").unwrap_or(usize::MAX) < brk);
    assert!(g.starts_with("// "), "{g}");
    assert_eq!(g.matches("\n::").count(), 20, "{g}");
    assert!(
        g.lines().filter(|l| l.starts_with("\t=")).count() == 20,
        "{g}"
    );
    // Each wrong choice with why it is wrong as its feedback; each explanation as general
    // feedback.
    assert!(
        g.lines()
            .filter(|l| l.starts_with("\t~"))
            .all(|l| l.contains(" #") && !l.contains("####")),
        "{g}"
    );
    assert_eq!(g.lines().filter(|l| l.starts_with("\t####")).count(), 20);
    // The files exist now: refused without --force.
    let again = run(&["exam", "--seed", "5", "--sheet", &sheet]);
    assert_eq!(again.status.code(), Some(1));
    assert_eq!(read(&sheet), s);
}
