//! Fuzzing the readers: generated and mutated inputs (truncations, byte flips, inserts and
//! deletes, splices, a slice repeated many times, nesting 10,000 deep, 1–5 MB strings,
//! invalid UTF-8, control characters, BOMs), made from valid sessions, kits, ADRs arbitre
//! exports and ADRs other tools write, are thrown at every reader of outside text:
//!
//! - the kit parser and checker (`Kit::load_str`, which is `Kit::parse` then `kit::check`),
//!   and, for a mutated kit that still passes, a recommendation and an ADR rendered with it;
//! - the session parser (`Session::parse`), and for a session that loads, its ADR;
//! - the ADR reader (`adr::extract_session`, then `Session::parse` of the block, as the app's
//!   "open ADR" does; `adr::preview_markdown` for a foreign one);
//! - the ADR log: `log::mark_superseded` on the text, and on disk (a scratch folder),
//!   `log::detect`, `AdrLog::records`, `AdrLog::record`, `AdrLog::next_number` and
//!   `log::render_index` over a log holding the input as a record (sometimes as `.adr-dir`),
//!   checking that every file is left byte for byte as it was;
//! - the byte-level readers: `kit::read_text_file`, `Autosave::find` (an unreadable autosave
//!   must be set aside with its bytes intact), `Progress::parse` and `Progress::load`.
//!
//! Every input runs under `catch_unwind`; failures are collected (up to 10 reported, each
//! with the seed and its index, and written to `target/tmp/fuzz-<seed>-<index>.bin`), and no
//! input may take longer than a bound. A watchdog reports an input that never returns.
//!
//! The fuzzer is a test binary of its own (`cargo test --test fuzz`), because it catches
//! panics through a process-wide panic hook: in a binary shared with other tests, their
//! panic messages would be swallowed, and their locations blamed on a fuzz input. The hook
//! is installed once and records only the panics of a thread running an input; any other
//! goes to the default hook.
//!
//! - `fuzz_fixed_seed` and `fuzz_random_seed` (part of `cargo test`, run side by side): 5,000
//!   inputs each, from a fixed seed (the same inputs every run) and from a new seed each run.
//!   Each prints its seed on the process's standard error, where it shows even when the
//!   test passes, with the command that replays one input.
//! - `fuzz` (ignored): 1,000,000 inputs from a new seed,
//!   `cargo test --release --test fuzz -- --ignored --exact fuzz`.
//!
//! Environment: `ARBITRE_FUZZ_SEED` (the seed of `fuzz_random_seed` and `fuzz`, decimal or
//! 0x-hex), `ARBITRE_FUZZ_COUNT` (inputs), `ARBITRE_FUZZ_START` (first index),
//! `ARBITRE_FUZZ_DIR` (where the scratch logs and files go; `/dev/shm` by default where it
//! exists). Each input depends only on the seed and its index, so `ARBITRE_FUZZ_SEED=<s>
//! ARBITRE_FUZZ_START=<i> ARBITRE_FUZZ_COUNT=1 cargo test --test fuzz -- --exact
//! fuzz_random_seed` replays exactly one, whichever run found it.

// Test code: the fuzzer truncates random numbers on purpose, and timings are printed as
// floats.
#![allow(clippy::cast_possible_truncation, clippy::cast_precision_loss)]

mod inputs;
mod targets;

use std::cell::{Cell, RefCell};
use std::io::Write as _;
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Once};
use std::time::{Duration, Instant};

use inputs::{builtin_kit, corpus, make_input, quote_app};
use targets::{ACCEPTED, ACCEPTED_NAMES, make_logs, run_one, scratch, show_stages, take_stages};

// ------------------------------------------------------------------------------------ runner

struct Config {
    seed: u64,
    start: u64,
    count: u64,
    /// The most one input may take.
    bound: Duration,
}

fn env_u64(name: &str) -> Option<u64> {
    let v = std::env::var(name).ok()?;
    let v = v.trim().replace('_', "");
    let parsed = match v.strip_prefix("0x") {
        Some(hex) => u64::from_str_radix(hex, 16),
        None => v.parse(),
    };
    match parsed {
        Ok(n) => Some(n),
        Err(e) => panic!("{name}={v:?}: {e}"),
    }
}

/// The seed of the fixed run: the same inputs every time, so a regression shows as a change.
const FIXED_SEED: u64 = 0x5eed_a4b1_7e00_0001;

/// Which seed a run uses.
#[derive(Clone, Copy)]
enum Seed {
    /// [`FIXED_SEED`].
    Fixed,
    /// `ARBITRE_FUZZ_SEED`, else one from the clock.
    Random,
}

fn config(seed: Seed, default_count: u64) -> Config {
    let seed = match seed {
        Seed::Fixed => FIXED_SEED,
        Seed::Random => env_u64("ARBITRE_FUZZ_SEED").unwrap_or_else(|| {
            std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map_or(1, |d| d.as_nanos() as u64)
        }),
    };
    Config {
        seed,
        start: env_u64("ARBITRE_FUZZ_START").unwrap_or(0),
        count: env_u64("ARBITRE_FUZZ_COUNT").unwrap_or(default_count),
        // Debug builds are some 10–30 times slower than release on these parsers.
        bound: if cfg!(debug_assertions) {
            Duration::from_secs(30)
        } else {
            Duration::from_secs(2)
        },
    }
}

/// Writes a line to the process's standard error itself: `eprintln!` is captured by libtest
/// and shown only when the test fails, and the seed must show on a pass too.
fn say(line: &str) {
    let _ = writeln!(std::io::stderr().lock(), "{line}");
}

/// Writes an input where a failure report can name it.
fn keep_input(seed: u64, index: u64, bytes: &[u8]) -> PathBuf {
    let path = Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("fuzz-{seed:#x}-{index}.bin"));
    if let Err(e) = std::fs::write(&path, bytes) {
        eprintln!("fuzz: could not keep the input in {}: {e}", path.display());
    }
    path
}

thread_local! {
    /// Whether this thread is running a fuzz input (its panics are caught and reported).
    static FUZZING: Cell<bool> = const { Cell::new(false) };
    /// Where this thread's last caught panic happened (the hook records it; the report
    /// names it).
    static PANIC_AT: RefCell<Option<String>> = const { RefCell::new(None) };
}

/// Installs, once for the process, a panic hook that records where a fuzz input panicked
/// (in the panicking thread's own `PANIC_AT`, printing nothing: the report names it) and
/// hands every other panic to the hook that was there before. The fuzzer is its own test
/// binary, so no other test's panic goes through this hook; and even so, a panic outside a
/// fuzz input is printed as usual.
fn install_panic_hook() {
    static ONCE: Once = Once::new();
    ONCE.call_once(|| {
        let previous = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            if FUZZING.with(Cell::get) {
                PANIC_AT.with(|at| *at.borrow_mut() = info.location().map(ToString::to_string));
            } else {
                previous(info);
            }
        }));
    });
}

fn panic_message(e: &(dyn std::any::Any + Send)) -> String {
    if let Some(s) = e.downcast_ref::<&str>() {
        (*s).to_owned()
    } else if let Some(s) = e.downcast_ref::<String>() {
        s.clone()
    } else {
        "(non-string panic)".into()
    }
}

/// The watchdog: an input that has run for more than `limit` (its index in `current`,
/// its start in `started_ms` after `t0`) is reported with the input kept, and the run ends,
/// instead of hanging; `done` stops it.
fn spawn_watchdog(
    corpus: Vec<(String, Vec<u8>)>,
    (seed, limit): (u64, Duration),
    (current, started_ms, done): (Arc<AtomicU64>, Arc<AtomicU64>, Arc<AtomicBool>),
    t0: Instant,
) -> std::thread::JoinHandle<()> {
    std::thread::spawn(move || {
        while !done.load(Ordering::Relaxed) {
            std::thread::sleep(Duration::from_millis(200));
            let index = current.load(Ordering::Relaxed);
            let since = Duration::from_millis(started_ms.load(Ordering::Relaxed));
            if index != u64::MAX && t0.elapsed().saturating_sub(since) > limit {
                let path = keep_input(seed, index, &make_input(&corpus, seed, index).bytes);
                eprintln!(
                    "fuzz: HANG: input {index} (seed {seed:#x}) has run for more than {limit:?}; kept in {}",
                    path.display()
                );
                std::process::exit(101);
            }
        }
    })
}

/// Says what this run does and how to replay one input; returns the replay command.
fn announce(seed: Seed, cfg: &Config, corpus_items: usize) -> String {
    let replay = format!(
        "ARBITRE_FUZZ_SEED={:#x} ARBITRE_FUZZ_START=<index> ARBITRE_FUZZ_COUNT=1 cargo test --test fuzz -- --exact fuzz_random_seed --nocapture",
        cfg.seed
    );
    say(&format!(
        "fuzz: {} seed {:#x}, inputs {}..{}, {} corpus items, bound {:?} per input (replay one: {replay})",
        match seed {
            Seed::Fixed => "fixed",
            Seed::Random => "random",
        },
        cfg.seed,
        cfg.start,
        cfg.start + cfg.count,
        corpus_items,
        cfg.bound
    ));
    replay
}

/// Says how the run went: time, bytes, the slowest input, time by reader, what was
/// accepted.
fn summarize(
    cfg: &Config,
    total_bytes: u64,
    slowest: &(Duration, u64, String, usize, String),
    mut by_stage: Vec<(&'static str, Duration)>,
    elapsed: Duration,
) {
    eprintln!(
        "fuzz: {} inputs ({:.1} MB) in {elapsed:.1?} ({:.0?} per input on average); slowest: input {} ({}; {} bytes) in {:?} ({})",
        cfg.count,
        total_bytes as f64 / 1e6,
        elapsed / cfg.count.max(1) as u32,
        slowest.1,
        slowest.2,
        slowest.3,
        slowest.0,
        slowest.4
    );
    by_stage.sort_by_key(|(_, d)| std::cmp::Reverse(*d));
    eprintln!(
        "fuzz: time by reader: {}",
        show_stages(&by_stage, by_stage.len())
    );
    eprintln!(
        "fuzz: accepted: {}",
        ACCEPTED_NAMES
            .iter()
            .zip(ACCEPTED.with(|a| a.each_ref().map(Cell::take)))
            .map(|(n, c)| format!("{n} {c}"))
            .collect::<Vec<_>>()
            .join(", ")
    );
}

fn run(seed: Seed, default_count: u64) {
    let cfg = config(seed, default_count);
    let kit = builtin_kit();
    let example = quote_app(&kit);
    let corpus = corpus(&kit);
    let s = scratch();
    let logs = make_logs(&s);
    let replay = announce(seed, &cfg, corpus.len());

    // The watchdog: an input that never returns is reported (with its index, and the input
    // kept) instead of hanging the run.
    let current = Arc::new(AtomicU64::new(u64::MAX));
    let started_ms = Arc::new(AtomicU64::new(0));
    let done = Arc::new(AtomicBool::new(false));
    let t0 = Instant::now();
    let watchdog = spawn_watchdog(
        corpus.clone(),
        (cfg.seed, cfg.bound * 5),
        (current.clone(), started_ms.clone(), done.clone()),
        t0,
    );

    // Panics are caught and reported below; the default hook would print each one.
    install_panic_hook();

    let mut failures: Vec<String> = Vec::new();
    let mut failed = 0u64;
    let mut slow: Vec<String> = Vec::new();
    let mut slowest = (Duration::ZERO, 0u64, String::new(), 0usize, String::new());
    let mut total_bytes = 0u64;
    let mut by_stage: Vec<(&'static str, Duration)> = Vec::new();
    let run_start = Instant::now();
    let mut next_report = run_start + Duration::from_secs(30);
    for index in cfg.start..cfg.start + cfg.count {
        let made = make_input(&corpus, cfg.seed, index);
        total_bytes += made.bytes.len() as u64;
        started_ms.store(t0.elapsed().as_millis() as u64, Ordering::Relaxed);
        current.store(index, Ordering::Relaxed);
        let t = Instant::now();
        FUZZING.with(|f| f.set(true));
        let result = catch_unwind(AssertUnwindSafe(|| {
            run_one(&kit, &example, index, cfg.seed, &made.bytes, &s, &logs);
        }));
        FUZZING.with(|f| f.set(false));
        let took = t.elapsed();
        current.store(u64::MAX, Ordering::Relaxed);
        let stage_times = take_stages();
        for (name, d) in &stage_times {
            match by_stage.iter_mut().find(|(n, _)| n == name) {
                Some((_, total)) => *total += *d,
                None => by_stage.push((name, *d)),
            }
        }
        let stages = show_stages(&stage_times, 3);
        if took > slowest.0 {
            slowest = (
                took,
                index,
                made.how.clone(),
                made.bytes.len(),
                stages.clone(),
            );
        }
        if took > cfg.bound && slow.len() < 10 {
            let path = keep_input(cfg.seed, index, &made.bytes);
            slow.push(format!(
                "input {index} ({}; {} bytes) took {took:?} ({stages}); kept in {}",
                made.how,
                made.bytes.len(),
                path.display()
            ));
        }
        if let Err(e) = result {
            failed += 1;
            if failures.len() < 10 {
                let path = keep_input(cfg.seed, index, &made.bytes);
                let at = PANIC_AT
                    .with(|at| at.borrow_mut().take())
                    .unwrap_or_default();
                failures.push(format!(
                    "input {index} ({}; {} bytes): {} (at {at}); kept in {}",
                    made.how,
                    made.bytes.len(),
                    panic_message(e.as_ref()),
                    path.display()
                ));
            }
        }
        if Instant::now() > next_report {
            next_report += Duration::from_secs(30);
            eprintln!(
                "fuzz: {} inputs done in {:.0?}, {failed} failed",
                index + 1 - cfg.start,
                run_start.elapsed()
            );
        }
    }
    done.store(true, Ordering::Relaxed);
    let _ = watchdog.join();

    summarize(&cfg, total_bytes, &slowest, by_stage, run_start.elapsed());
    let mut report = String::new();
    if failed > 0 {
        report.push_str(&format!(
            "{failed} input(s) panicked or broke an expectation (seed {:#x}; replay one: {replay}):\n  {}\n",
            cfg.seed,
            failures.join("\n  ")
        ));
    }
    if !slow.is_empty() {
        report.push_str(&format!(
            "input(s) over the bound of {:?} (seed {:#x}):\n  {}\n",
            cfg.bound,
            cfg.seed,
            slow.join("\n  ")
        ));
    }
    assert!(report.is_empty(), "{report}");
}

/// Inputs in each of the two runs of `cargo test`.
const SHORT: u64 = 5_000;

/// Part of `cargo test` (so of CI): 5,000 inputs from the fixed seed, the same every run.
#[test]
fn fuzz_fixed_seed() {
    run(Seed::Fixed, SHORT);
}

/// Part of `cargo test` (so of CI): 5,000 inputs from a new seed each run, printed (even
/// when the test passes) with the command that replays one input; `ARBITRE_FUZZ_SEED` sets it.
#[test]
fn fuzz_random_seed() {
    run(Seed::Random, SHORT);
}

/// Inputs that random runs found over the bound, rebuilt here (the corpus, and with it what a
/// seed and an index give, changes with the code) and replayed every run.
fn found_inputs() -> Vec<(&'static str, Vec<u8>)> {
    // Seed 0x18ede4e7b454f56b, input 3129 (CI, 2026-12-03): a Nygard record followed by
    // thousands of `##d` lines, each a heading without a space, took 53 s in debug: every
    // one counted the record's lines again.
    let mut many_bad_headings =
        b"# 1. Record architecture decisions\n\nDate: 2026-11-20\n\n## Status\n\nAccepted\n\n"
            .to_vec();
    many_bad_headings.extend(b"##d\n\n".repeat(12_000));
    let mut front_then_bad_headings = b"---\nstatus: accepted\n---\n# Title\n\n".to_vec();
    front_then_bad_headings.extend(b"#x\n".repeat(12_000));
    let mut found = vec![
        ("many headings without a space", many_bad_headings),
        (
            "front matter, then headings without a space",
            front_then_bad_headings,
        ),
    ];
    // The class, not the instance: every kind of line a record reader looks at, repeated
    // 12,000 times after a Nygard head and after a front matter, so that work done per line
    // over the whole text shows here first.
    for (name, line) in REPEATED_LINES {
        for head in [
            &b"# 1. Title\n\nDate: 2026-12-04\n\n## Status\n\nAccepted\n\n"[..],
            &b"---\nstatus: accepted\ndate: 2026-12-04\n---\n# Title\n\n"[..],
        ] {
            let mut bytes = head.to_vec();
            bytes.extend(line.repeat(12_000));
            found.push((*name, bytes));
        }
    }
    found
}

/// Lines a record reader treats apart, each repeated by [`found_inputs`].
const REPEATED_LINES: &[(&str, &[u8])] = &[
    ("status headings", b"## Status\n\n"),
    ("relation lines", b"Superseded by [2. B](0002-b.md)\n"),
    ("status bullets", b"- Status: accepted\n"),
    ("date bullets", b"- Date: 2026-12-04\n"),
    ("deciders lines", b"Deciders: a, b\n"),
    ("fences", b"```\n"),
    ("front matter fences", b"---\n"),
    ("links", b"[a](0001-a.md) "),
    ("more information", b"## More Information\n\n"),
    ("session block openings", b"<!-- arbitre\n"),
    ("headings", b"# T\n"),
];

/// Part of `cargo test`: every input in [`found_inputs`] goes through every reader, within
/// the same bound as a fuzz input.
#[test]
fn found_inputs_stay_within_the_bound() {
    let cfg = config(Seed::Fixed, 0);
    let kit = builtin_kit();
    let example = quote_app(&kit);
    let s = scratch();
    let logs = make_logs(&s);
    install_panic_hook();
    let mut slow = Vec::new();
    for (index, (name, bytes)) in found_inputs().into_iter().enumerate() {
        let t = Instant::now();
        FUZZING.with(|f| f.set(true));
        let result = catch_unwind(AssertUnwindSafe(|| {
            run_one(&kit, &example, index as u64, cfg.seed, &bytes, &s, &logs);
        }));
        FUZZING.with(|f| f.set(false));
        let took = t.elapsed();
        let stages = show_stages(&take_stages(), 3);
        assert!(result.is_ok(), "{name}: a reader panicked");
        if std::env::var_os("ARBITRE_FUZZ_TIMES").is_some() {
            eprintln!("{name}: {took:?} ({stages})");
        }
        if took > cfg.bound {
            slow.push(format!("{name}: {took:?} ({stages})"));
        }
    }
    assert!(
        slow.is_empty(),
        "over the bound of {:?}: {slow:?}",
        cfg.bound
    );
}

/// The long run: `cargo test --release --test fuzz -- --ignored --exact fuzz`.
#[test]
#[ignore = "long: cargo test --release --test fuzz -- --ignored --exact fuzz"]
fn fuzz() {
    run(Seed::Random, 1_000_000);
}
