//! The exported records against markdownlint-cli2, a real peer: every template, language and
//! detail level, for a hybrid (quote-app), containers, VMs, a tie, nothing answered and the six
//! example systems, with the default rules except the line length (MD013: prose is not
//! wrapped).
//!
//! `.ci/run` installs markdownlint-cli2 from npm into a cache outside the repository and
//! points `MARKDOWNLINT_CLI2` at it; it is found by [`crate::peers`], so that it fails under
//! CI when missing and is a visible skip elsewhere.

use std::path::PathBuf;
use std::process::Command;

use crate::peers::{Peer, peer};

use arbitre::adr::{AdrInput, render_with_session};
use arbitre::i18n::Lang;
use arbitre::kit::CheckedKit;
use arbitre::session::{Detail, Session, Template};

fn kit() -> CheckedKit {
    CheckedKit::builtin().unwrap_or_else(|e| panic!("{e}"))
}

/// Sessions that reach every kind of record.
fn sessions(kit: &CheckedKit) -> Vec<(&'static str, Session)> {
    let quote_app = Session::open(
        &PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("data/examples/quote-app.ron"),
        kit,
    )
    .unwrap_or_else(|e| panic!("{e}"))
    .session;
    let with = |ticks: &[&str]| {
        let mut s = Session::new(kit);
        s.ticks = ticks.iter().map(|t| (*t).to_owned()).collect();
        s.adr.title = "Host the service".into();
        s
    };
    vec![
        ("quote-app", quote_app),
        ("containers", with(&["choose.containers.microservices"])),
        (
            "vms",
            with(&["vm.compliance", "vm.compliance.security-audits"]),
        ),
        (
            "tie",
            with(&[
                "choose.containers.microservices",
                "choose.containers.fast-scaling",
                "choose.containers.resource-efficiency",
                "choose.vms.different-os",
            ]),
        ),
        ("empty", with(&[])),
    ]
    .into_iter()
    .chain(SYSTEMS.iter().map(|stem| {
        let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
            .join("data/examples")
            .join(format!("{stem}.ron"));
        let session = Session::open(&path, kit)
            .unwrap_or_else(|e| panic!("{e}"))
            .session;
        (*stem, session)
    }))
    .collect()
}

/// The six example systems (issue #27): a system's record, with its table and its drawing.
const SYSTEMS: [&str; 6] = [
    "erp-portal",
    "build-farm",
    "quote-app-system",
    "hospital",
    "iot-edge",
    "saas-plugins",
];

#[test]
fn exported_records_pass_markdownlint() {
    let Some(lint) = peer(Peer::Markdownlint) else {
        return;
    };
    let kit = kit();
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    std::fs::write(
        dir.path().join(".markdownlint-cli2.jsonc"),
        r#"{ "config": { "default": true, "MD013": false } }"#,
    )
    .unwrap_or_else(|e| panic!("{e}"));
    let mut files = Vec::new();
    for (name, base) in sessions(&kit) {
        for template in [Template::Madr, Template::Nygard] {
            for lang in Lang::ALL {
                for detail in [Detail::Concise, Detail::Full] {
                    let mut session = base.clone();
                    session.adr.template = template;
                    session.adr.lang = lang;
                    session.adr.detail = detail;
                    let recommendation = session.recommend(&kit);
                    let md = render_with_session(&AdrInput::new(
                        &kit,
                        &session,
                        &recommendation,
                        "2026-11-28",
                    ));
                    let file = format!("{name}-{template:?}-{}-{detail:?}.md", lang.code());
                    std::fs::write(dir.path().join(&file), md).unwrap_or_else(|e| panic!("{e}"));
                    files.push(file);
                }
            }
        }
    }
    assert_lint_clean(&lint, dir.path(), &files);
}

/// Exams (both languages, every section, one section: the whole exam, the student sheet,
/// the answer key) and a sitting's results (a name full of Markdown, every kind of answer),
/// with the same rules but one: the page break before the key is the one HTML element
/// allowed (`<div style="page-break-before: always">`).
#[test]
fn exams_and_results_pass_markdownlint() {
    use arbitre::kit::QuizSection;
    use arbitre::train::{bank, exam};
    let Some(lint) = peer(Peer::Markdownlint) else {
        return;
    };
    let kit = kit();
    let questions = bank::questions(&kit, &[]);
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    std::fs::write(
        dir.path().join(".markdownlint-cli2.jsonc"),
        r#"{ "config": { "default": true, "MD013": false, "MD033": { "allowed_elements": ["div"] } } }"#,
    )
    .unwrap_or_else(|e| panic!("{e}"));
    let mut files = Vec::new();
    for lang in Lang::ALL {
        for (name, sections, count) in [
            ("all", vec![], 10_000),
            ("default", vec![], 20),
            ("scenarios", vec![QuizSection::Scenarios], 3),
        ] {
            let spec = exam::ExamSpec {
                seed: 17,
                sections,
                count,
                time_limit_minutes: Some(45),
            };
            let code = exam::ExamCode::new("LINT");
            let built = exam::build_with(&questions, &spec, &code);
            let printed = exam::print::Printed {
                kit: &kit,
                exam: &built,
                spec: &spec,
                practice: false,
                check: Some("0a1b2c3d"),
            };
            for (kind, text) in [
                ("exam", exam::print::markdown(&printed, lang)),
                ("sheet", exam::print::sheet(&printed, lang)),
                ("key", exam::print::key(&printed, lang)),
            ] {
                let file = format!("{kind}-{name}-{}.md", lang.code());
                std::fs::write(dir.path().join(&file), text).unwrap_or_else(|e| panic!("{e}"));
                files.push(file);
            }
            let Some(mut sitting) = exam::Sitting::start(
                &questions,
                spec,
                &code,
                "# ../x | `y` *z* <b>",
                "2026-11-28",
                1_764_868_200,
            ) else {
                panic!("no exam");
            };
            sitting.answers = sitting
                .questions
                .iter()
                .enumerate()
                .map(|(i, q)| match i % 3 {
                    0 => Some(q.answer),
                    1 => Some((q.answer + 1) % q.choices.len()),
                    _ => None,
                })
                .collect();
            sitting.hand_in(1_764_868_200 + 1_234, false);
            sitting.edited = name == "scenarios";
            let file = format!("results-{name}-{}.md", lang.code());
            std::fs::write(dir.path().join(&file), sitting.markdown(&kit, lang))
                .unwrap_or_else(|e| panic!("{e}"));
            files.push(file);
        }
    }
    assert_lint_clean(&lint, dir.path(), &files);
}

/// Runs markdownlint on `files` in `dir`: every file linted, no problem found.
fn assert_lint_clean(lint: &std::path::Path, dir: &std::path::Path, files: &[String]) {
    let out = Command::new(lint)
        .current_dir(dir)
        .args(files)
        .output()
        .unwrap_or_else(|e| panic!("{}: {e}", lint.display()));
    let report = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        out.status.success(),
        "markdownlint found problems:\n{report}"
    );
    assert!(
        report.contains(&format!("Linting: {} file(s)", files.len())),
        "{report}"
    );
}
