//! Benchmarks of the functional core, without egui: loading and checking the kit, the
//! recommendation, rendering an ADR, building the app's model, and scanning an ADR log of
//! 1,000 records to write its index.
//!
//! Run with `cargo bench --bench core`; the budgets they are held to are in
//! `docs/performance.md`. The log is generated once per benchmark in a temporary folder,
//! outside the timed loop, so the timings are those of a warm file-system cache.
#![allow(clippy::cast_precision_loss, clippy::format_collect)] // figures printed for people

use std::fmt;
use std::path::{Path, PathBuf};

use arbitre::adr::{self, AdrInput, log};
use arbitre::i18n::Lang;
use arbitre::kit::CheckedKit;
use arbitre::session::{Session, Status, Template};
use arbitre::ui::{ArbitreApp, Launch, Settings};
use divan::{Bencher, black_box};

fn main() {
    divan::main();
}

/// How many records the generated log holds.
const LOG_RECORDS: u32 = 1_000;

/// The built-in kit; the benchmarks cannot run without it.
fn kit() -> CheckedKit {
    CheckedKit::builtin().unwrap_or_else(|e| panic!("the built-in kit is invalid: {e}"))
}

/// The notes' quote-app session.
fn quote_app(kit: &CheckedKit) -> Session {
    let path = Path::new(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/data/examples/quote-app.ron"
    ));
    Session::open(path, kit)
        .unwrap_or_else(|e| panic!("cannot open {}: {e}", path.display()))
        .session
}

/// Parsing the built-in kit's RON and checking it (ids, references, both languages).
#[divan::bench]
fn kit_load_and_check() -> CheckedKit {
    kit()
}

/// How many unknown ids the generated session ticks.
const UNKNOWN_IDS: usize = 200_000;

/// How many dangling references the generated kit holds.
const DANGLING_REFERENCES: usize = 10_000;

/// `arbitre check` of a session ticking `UNKNOWN_IDS` ids the kit does not know, one per
/// line: every one is placed at its line:column (the audit's budget: under 2 s).
#[divan::bench(sample_count = 5)]
fn check_session_200000_unknown_ids(bencher: Bencher) {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("cannot make a temp dir: {e}"));
    let path = dir.path().join("many.ron");
    let mut text = String::from("(format: 1, ticks: [\n");
    for i in 0..UNKNOWN_IDS {
        text.push_str(&format!("  \"nope.{i}\",\n"));
    }
    text.push_str("])\n");
    std::fs::write(&path, text).unwrap_or_else(|e| panic!("cannot write: {e}"));
    bencher.bench_local(|| {
        let report = arbitre::cli::check_one(None, black_box(&path), arbitre::i18n::Lang::En);
        assert!(!report.errors.is_empty());
        report
    });
}

/// `arbitre check` of a kit whose first scenario ticks `DANGLING_REFERENCES` unknown items.
#[divan::bench(sample_count = 5)]
fn check_kit_10000_dangling_references(bencher: Bencher) {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("cannot make a temp dir: {e}"));
    let path = dir.path().join("kit.ron");
    let ticks: String = (0..DANGLING_REFERENCES)
        .map(|i| format!("\"nowhere.{i}\",\n"))
        .collect();
    let text = arbitre::kit::BUILTIN_SOURCE.replacen("ticks: [", &format!("ticks: [{ticks}"), 1);
    std::fs::write(&path, text).unwrap_or_else(|e| panic!("cannot write: {e}"));
    bencher.bench_local(|| {
        let report = arbitre::cli::check_one(None, black_box(&path), arbitre::i18n::Lang::En);
        assert!(!report.errors.is_empty());
        report
    });
}

/// `arbitre check` of 64 KB of opening brackets in an unknown field: refused at the nesting
/// limit at once (it was quadratic in the depth: 21.6 s and 6.9 GB).
#[divan::bench(sample_count = 5)]
fn check_64k_brackets(bencher: Bencher) {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("cannot make a temp dir: {e}"));
    let path = dir.path().join("deep.ron");
    let text = format!("(format: 1,\n  junk: {})", "[".repeat(64 * 1024));
    std::fs::write(&path, text).unwrap_or_else(|e| panic!("cannot write: {e}"));
    bencher.bench_local(|| {
        let report = arbitre::cli::check_one(None, black_box(&path), arbitre::i18n::Lang::En);
        assert!(
            report
                .errors
                .iter()
                .any(|e| e.contains("nested too deeply"))
        );
        report
    });
}

/// The decision engine over the quote-app answers.
#[divan::bench]
fn recommend(bencher: Bencher) {
    let kit = kit();
    let session = quote_app(&kit);
    bencher.bench_local(|| black_box(&session).recommend(&kit));
}

/// What would change the answer, for the quote-app answers: every single change evaluated
/// (issue #12's budget: under 1 ms in release). `recommend` above includes it; this is the part.
#[divan::bench]
fn flips(bencher: Bencher) {
    let kit = kit();
    let session = quote_app(&kit);
    let rec = session.recommend(&kit);
    let answers = arbitre::decide::Answers {
        ticks: &session.ticks,
        weights: &session.weights,
        musts: &session.musts,
    };
    bencher.bench_local(|| arbitre::decide::flips(&kit, black_box(answers), &rec));
}

/// The app's whole model as at start-up, without a window: kit, session, recommendation,
/// training deck and the first ADR rendering.
/// The question bank, built once when the Train screen's trainer is made (and again when a
/// pack is loaded): never per frame.
#[divan::bench]
fn question_bank(bencher: Bencher) {
    let kit = kit();
    bencher.bench(|| arbitre::train::bank::questions(&kit, &[]));
}

/// A whole exam as `arbitre exam` and the exam tab build it.
#[divan::bench]
fn exam_build(bencher: Bencher) {
    let kit = kit();
    let bank = arbitre::train::bank::questions(&kit, &[]);
    let spec = arbitre::train::exam::ExamSpec {
        seed: 42,
        sections: Vec::new(),
        count: 40,
        time_limit_minutes: None,
    };
    bencher.bench(|| arbitre::train::exam::build(&bank, &spec));
}

#[divan::bench]
fn app_model_at_start_up(bencher: Bencher) {
    let launch = || Launch {
        session: Some(PathBuf::from(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/data/examples/quote-app.ron"
        ))),
        ..Launch::default()
    };
    bencher.bench_local(|| {
        ArbitreApp::with_settings(Settings::default(), launch()).unwrap_or_else(|e| panic!("{e}"))
    });
}

/// A template in a document language; prints as `madr/fr`.
#[derive(Clone, Copy)]
struct Doc {
    template: Template,
    lang: Lang,
}

impl fmt::Display for Doc {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let name = match self.template {
            Template::Madr => "madr",
            Template::Nygard => "nygard",
        };
        write!(f, "{name}/{}", self.lang.code())
    }
}

const DOCS: [Doc; 4] = [
    Doc {
        template: Template::Madr,
        lang: Lang::Fr,
    },
    Doc {
        template: Template::Madr,
        lang: Lang::En,
    },
    Doc {
        template: Template::Nygard,
        lang: Lang::Fr,
    },
    Doc {
        template: Template::Nygard,
        lang: Lang::En,
    },
];

/// Rendering the quote-app ADR as Markdown (what the ADR screen does after each change).
#[divan::bench(args = DOCS)]
fn adr_render(bencher: Bencher, doc: Doc) {
    let kit = kit();
    let mut session = quote_app(&kit);
    session.adr.template = doc.template;
    session.adr.lang = doc.lang;
    let recommendation = session.recommend(&kit);
    bencher.bench_local(|| {
        adr::render::render(&AdrInput {
            kit: &kit,
            session: &session,
            recommendation: &recommendation,
            number: 1,
            date: "2026-01-15".to_owned(),
            supersedes: Vec::new(),
            superseded_by: Vec::new(),
            layout: arbitre::adr::Layout::default(),
        })
    });
}

/// Writes a MADR log of `LOG_RECORDS` records as arbitre exports them (MADR and Nygard
/// alternating, each carrying its session block) under `root/docs/decisions`.
fn generate_log(root: &Path) -> std::io::Result<()> {
    let kit = kit();
    let base = quote_app(&kit);
    let recommendation = base.recommend(&kit);
    let dir = root.join("docs").join("decisions");
    std::fs::create_dir_all(&dir)?;
    for n in 1..=LOG_RECORDS {
        let mut session = base.clone();
        session.adr.title = format!("Décision {n} : héberger le service {n}");
        session.adr.template = if n % 2 == 0 {
            Template::Nygard
        } else {
            Template::Madr
        };
        session.adr.status = if n % 3 == 0 {
            Status::Accepted
        } else {
            Status::Proposed
        };
        let text = adr::render_with_session(&AdrInput {
            kit: &kit,
            session: &session,
            recommendation: &recommendation,
            number: n,
            date: adr::date_from_days(20_000 + i64::from(n)),
            supersedes: Vec::new(),
            superseded_by: Vec::new(),
            layout: arbitre::adr::Layout::default(),
        });
        std::fs::write(dir.join(log::file_name(n, &session.adr.title)), text)?;
    }
    Ok(())
}

/// A temporary folder holding the generated log, and the log found in it.
fn generated_log() -> (tempfile::TempDir, log::AdrLog) {
    let root = tempfile::tempdir().unwrap_or_else(|e| panic!("cannot make a temp dir: {e}"));
    generate_log(root.path()).unwrap_or_else(|e| panic!("cannot write the log: {e}"));
    let found = log::detect(root.path()).unwrap_or_else(|e| panic!("{e}"));
    (root, found)
}

/// Listing and reading 1,000 records, then the index's Markdown.
#[divan::bench]
fn adr_log_scan_and_index_1000(bencher: Bencher) {
    let (_root, adr_log) = generated_log();
    bencher.bench_local(|| {
        let scan = adr_log
            .records()
            .unwrap_or_else(|e| panic!("cannot scan: {e}"));
        assert_eq!(scan.records.len(), LOG_RECORDS as usize);
        log::render_index(&scan)
    });
}

/// The same, and writing `index.md` atomically (what `arbitre adr index` does).
#[divan::bench]
fn adr_log_write_index_1000(bencher: Bencher) {
    let (_root, adr_log) = generated_log();
    bencher.bench_local(|| {
        adr_log
            .write_index()
            .unwrap_or_else(|e| panic!("cannot write the index: {e}"))
    });
}
