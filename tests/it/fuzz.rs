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
//! - `fuzz_short` (part of `cargo test`): 10,000 inputs (about 25 s in a debug build, 5 s in
//!   release).
//! - `fuzz` (ignored): 1,000,000 inputs, `cargo test --release --test it -- --ignored fuzz::fuzz`.
//!
//! Environment: `ARBITRE_FUZZ_COUNT` (inputs), `ARBITRE_FUZZ_SEED` (the run's seed, decimal
//! or 0x-hex; printed by every run), `ARBITRE_FUZZ_START` (first index), `ARBITRE_FUZZ_DIR`
//! (where the scratch logs and files go; `/dev/shm` by default where it exists). Each input depends
//! only on the seed and its index, so `ARBITRE_FUZZ_SEED=<s> ARBITRE_FUZZ_START=<i>
//! ARBITRE_FUZZ_COUNT=1` replays exactly one.

use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::time::{Duration, Instant};

use arbitre::adr::log;
use arbitre::adr::{self, AdrInput, Embedded, LinkRef};
use arbitre::autosave::{self, Autosave, Kept, Recovery};
use arbitre::i18n::Lang;
use arbitre::kit::{self, BUILTIN_SOURCE, CheckedKit, Kit};
use arbitre::session::{Session, Status, Template};
use arbitre::train::Progress;

// ------------------------------------------------------------------------------------ PRNG

/// `SplitMix64`: tiny, fast, and enough to make reproducible inputs.
struct Rng(u64);

impl Rng {
    fn new(seed: u64) -> Rng {
        Rng(seed)
    }
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    /// Uniform in `0..n` (`n > 0`).
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
    /// In `lo..=hi`.
    fn range(&mut self, lo: usize, hi: usize) -> usize {
        lo + self.below(hi - lo + 1)
    }
    fn chance(&mut self, one_in: usize) -> bool {
        self.below(one_in) == 0
    }
    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

/// The generator of input `index` of a run: independent of every other input.
fn input_rng(seed: u64, index: u64) -> Rng {
    let mut r = Rng::new(seed ^ index.wrapping_mul(0xD1B5_4A32_D192_ED03));
    r.next();
    r
}

// ---------------------------------------------------------------------------------- corpus

fn builtin_kit() -> CheckedKit {
    match CheckedKit::builtin() {
        Ok(k) => k,
        Err(e) => panic!("the built-in kit does not load: {e}"),
    }
}

fn quote_app(kit: &CheckedKit) -> Session {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("data/examples/quote-app.ron");
    match Session::open(&path, kit) {
        Ok(loaded) => loaded.session,
        Err(e) => panic!("{}: {e}", path.display()),
    }
}

fn link(number: u32, title: &str) -> LinkRef {
    LinkRef {
        number,
        title: title.into(),
        file: log::file_name(number, title),
    }
}

/// Hand-written records, as other tools write them.
const FOREIGN: &[&str] = &[
    // adr-tools `adr init`.
    "# 1. Record architecture decisions\n\nDate: 2026-11-20\n\n## Status\n\nAccepted\n\n## Context\n\nWe need to record the architectural decisions made on this project.\n\n## Decision\n\nWe will use Architecture Decision Records, as [described by Michael Nygard](http://thinkrelevance.com/blog/2011/11/15/documenting-architecture-decisions).\n\n## Consequences\n\nSee Michael Nygard's article, linked above. For a lightweight ADR toolset, see Nat Pryce's [adr-tools](https://github.com/npryce/adr-tools).\n",
    // adr-tools, superseded, with links.
    "# 2. Use PostgreSQL\n\nDate: 2026-11-21\n\n## Status\n\nSuperseded by [3. Use VMs](0003-use-vms.md)\n\nAmends [1. Record architecture decisions](0001-record-architecture-decisions.md)\n\n## Context\n\n```\n# not a heading\n## Status\n```\n\n## Decision\n\nPostgres.\n\n## Consequences\n\nNone.\n",
    // MADR 4 with YAML front matter.
    "---\nstatus: \"superseded by [ADR-0005](0005-use-kubernetes.md)\"\ndate: 2026-11-22\ndecision-makers: [\"Ana\", 'Bo''b']\nconsulted: Ops # a comment\n---\n\n# Use Kubernetes \\& friends &amp; &#x41; &#65;\n\n## Context and Problem Statement\n\nWhy?\n\n## Considered Options\n\n* Kubernetes\n* Nomad\n\n## Decision Outcome\n\nChosen option: \"Kubernetes\", because it is there.\n\n## More Information\n\n* Supersedes [ADR-0002](0002-use-postgresql.md)\n",
    // MADR 3, French, CRLF.
    "---\r\nstatus: accepté\r\ndate: 2026-11-23\r\n---\r\n\r\n# Héberger sur des VMs\r\n\r\n## Contexte et problème\r\n\r\nTexte.\r\n\r\n## Plus d'informations\r\n\r\nRien.\r\n",
    // log4brains (MADR 2 style).
    "# Use Log4brains to manage the ADRs\n\n- Status: accepted\n- Date: 2026-11-24\n- Tags: doc\n\n## Context and Problem Statement\n\nWe want to record architectural decisions made in this project.\n\n## Decision Drivers\n\n- Easy\n\n## Decision Outcome\n\nChosen option: \"Log4brains\".\n\n## Links\n\n- Relates to [ADR-0001](0001-record-architecture-decisions.md)\n",
    // Nygard with a BOM and the French heading.
    "\u{feff}# 7. Décision\n\nDate : 2026-11-25\n\n## Statut\n\nProposé\n\n## Contexte\n\n~~~\n# 8. not a title\n~~~\n",
    // No title at all, unterminated front matter, a stray session block.
    "---\nstatus: proposed\n\nno closing delimiter\n<!-- arbitre-session v1\nKChmb3JtYXQ6IDEp\n",
];

/// Where inputs come from: (label, bytes).
fn corpus(kit: &CheckedKit) -> Vec<(String, Vec<u8>)> {
    let mut out: Vec<(String, Vec<u8>)> = vec![
        ("kit".into(), BUILTIN_SOURCE.as_bytes().to_vec()),
        (
            "quote-app.ron".into(),
            include_bytes!("../../data/examples/quote-app.ron").to_vec(),
        ),
    ];
    let session = quote_app(kit);
    let recommendation = session.recommend(kit);
    for template in [Template::Madr, Template::Nygard] {
        for lang in Lang::ALL {
            let mut s = session.clone();
            s.adr.template = template;
            s.adr.lang = lang;
            s.adr.status = Status::Accepted;
            s.adr.links = vec!["https://example.com/issue/1".into()];
            let input = AdrInput {
                kit,
                session: &s,
                recommendation: &recommendation,
                number: 4,
                date: "2026-11-26".into(),
                supersedes: vec![link(2, "Use PostgreSQL")],
                superseded_by: if lang == Lang::En {
                    vec![link(5, "Use Kubernetes")]
                } else {
                    Vec::new()
                },
                layout: arbitre::adr::Layout::default(),
            };
            let md = adr::render_with_session(&input);
            let superseded = log::mark_superseded(&md, &link(9, "Later | decision"));
            out.push((format!("adr-{template:?}-{lang:?}"), md.into_bytes()));
            out.push((
                format!("adr-{template:?}-{lang:?}-superseded"),
                superseded.into_bytes(),
            ));
        }
    }
    out.push(("session.to_ron".into(), session.to_ron().into_bytes()));
    out.push((
        "autosave".into(),
        Autosave::encode(&Recovery {
            path: Some("/tmp/quote-app.ron".into()),
            session: session.clone(),
            ..Recovery::default()
        })
        .into_bytes(),
    ));
    let mut progress = Progress::default();
    progress.quiz.record("q1", true);
    progress.quiz.record("q2", false);
    progress.scenarios.record("s1", false);
    out.push(("progress".into(), progress.to_ron().into_bytes()));
    for (i, text) in FOREIGN.iter().enumerate() {
        out.push((format!("foreign-{i}"), text.as_bytes().to_vec()));
    }
    out
}

// ------------------------------------------------------------------------------- mutations

/// Byte strings that tend to matter to RON, Markdown, YAML and the session block.
const TOKENS: &[&[u8]] = &[
    b"(",
    b")",
    b"[",
    b"]",
    b"{",
    b"}",
    b"\"",
    b"\\",
    b"\\u{110000}",
    b"\\u{d800}",
    b"r#\"",
    b"\"#",
    b"'",
    b":",
    b",",
    b"//",
    b"/*",
    b"*/",
    b"Some(",
    b"None",
    b"format: 99",
    b"format: 4294967296",
    b"-1",
    b"18446744073709551616",
    b"1e400",
    b"NaN",
    b"inf",
    b"0x",
    b"true",
    b"\n",
    b"\r\n",
    b"\r",
    b"\t",
    b"\0",
    b"\x1b[31m",
    b"\x7f",
    b"\xe2\x80\xa8",
    b"\xef\xbb\xbf",
    b"\xff",
    b"\xc3",
    b"\xed\xa0\x80",
    b"\xc0\xaf",
    b"\xf4\x90\x80\x80",
    b"# ",
    b"# 1. ",
    b"# 4294967296. T",
    b"## Status\n",
    b"## Statut\n",
    b"## More Information\n",
    b"---\n",
    b"...\n",
    b"```\n",
    b"~~~~\n",
    b"<!-- arbitre-session v1\n",
    b"<!-- arbitre-session v1",
    b"-->",
    b"<!--",
    b"&#x110000;",
    b"&#99999999999;",
    b"&#;",
    b"&",
    b"\\\xc3\xa9",
    b"status: ",
    b"status: \"\\u12\"",
    b"date: ",
    b"- Status: accepted\n",
    b"Date: ",
    b"Superseded by [",
    b"](",
    b"](0001-x.md)",
    b"\xc3\xa9",
    b"\xf0\x9f\x98\x80",
    b"==",
    b"AAAA",
];

/// How an input was made, for the report.
struct Made {
    bytes: Vec<u8>,
    how: String,
}

fn random_byte(rng: &mut Rng) -> u8 {
    match rng.below(4) {
        0 => rng.next() as u8,
        1 => *rng.pick(b"()[]{}\"\\:,#-*`~<>!&;\n\r\t \0"),
        2 => *rng.pick(b"\x00\x01\x08\x0b\x0c\x1b\x7f\x80\xbf\xc0\xc3\xe2\xed\xef\xf0\xf4\xfe\xff"),
        _ => rng.range(0x20, 0x7e) as u8,
    }
}

/// One mutation; `huge` allows the expensive ones (megabytes).
fn mutate(rng: &mut Rng, bytes: &mut Vec<u8>, other: &[u8], huge: bool) -> &'static str {
    let len = bytes.len();
    let at = rng.below(len + 1);
    match rng.below(if huge { 14 } else { 12 }) {
        0 => {
            bytes.truncate(at);
            "truncate"
        }
        1 => {
            for _ in 0..rng.range(1, 8) {
                if !bytes.is_empty() {
                    let i = rng.below(bytes.len());
                    bytes[i] ^= 1 << rng.below(8);
                }
            }
            "flip"
        }
        2 => {
            let n = rng.range(1, 16);
            let ins: Vec<u8> = (0..n).map(|_| random_byte(rng)).collect();
            bytes.splice(at..at, ins);
            "insert bytes"
        }
        3 => {
            let end = (at + rng.range(1, 64)).min(len);
            bytes.drain(at..end);
            "delete"
        }
        4 => {
            let from = rng.below(other.len() + 1);
            bytes.truncate(at);
            bytes.extend_from_slice(&other[from..]);
            "splice"
        }
        5 => {
            let token = *rng.pick(TOKENS);
            bytes.splice(at..at, token.iter().copied());
            "token"
        }
        6 | 7 => {
            // Several tokens in a row, at line starts more often than not.
            let at = if rng.chance(2) {
                bytes[..at]
                    .iter()
                    .rposition(|b| *b == b'\n')
                    .map_or(0, |i| i + 1)
            } else {
                at
            };
            let mut ins = Vec::new();
            for _ in 0..rng.range(1, 6) {
                ins.extend_from_slice(rng.pick::<&[u8]>(TOKENS));
            }
            bytes.splice(at..at, ins);
            "tokens"
        }
        8 => {
            // A slice repeated many times.
            let start = rng.below(len + 1);
            let end = (start + rng.range(1, 200)).min(len);
            let slice = bytes[start..end].to_vec();
            if !slice.is_empty() {
                let times = rng.range(2, (20_000 / slice.len()).max(2));
                let rep: Vec<u8> = slice.repeat(times);
                bytes.splice(end..end, rep);
            }
            "repeat"
        }
        9 => {
            // Deep nesting.
            let open: &[u8] = rng.pick::<&[u8]>(&[
                &b"("[..],
                b"[",
                b"{",
                b"Some(",
                b"(a:",
                b"[\"",
                b"> ",
                b"- ",
            ]);
            let depth = rng.range(1_000, 12_000);
            let mut ins = open.repeat(depth);
            if rng.chance(2) {
                let close: &[u8] = match open {
                    b"(" | b"Some(" | b"(a:" => b")",
                    b"[" | b"[\"" => b"]",
                    b"{" => b"}",
                    _ => b"\n",
                };
                ins.extend_from_slice(&close.repeat(depth));
            }
            bytes.splice(at..at, ins);
            "deep nesting"
        }
        10 => {
            if rng.chance(2) {
                bytes.splice(0..0, *b"\xef\xbb\xbf");
            } else {
                bytes.splice(at..at, *b"\xef\xbb\xbf");
            }
            "BOM"
        }
        11 => {
            // Control characters.
            for _ in 0..rng.range(1, 8) {
                let at = rng.below(bytes.len() + 1);
                let c = rng.range(0, 0x1f) as u8;
                bytes.insert(at, c);
            }
            "control chars"
        }
        _ => {
            // A huge string literal (or line), 1–5 MB.
            const FILLS: &[(&[u8], &str)] = &[
                (b"a", "huge string of a"),
                (b"\\\"", "huge string of \\\""),
                (b"\xc3\xa9", "huge string of \u{e9}"),
                (b"# ", "huge string of # "),
                (b"-->", "huge string of -->"),
                (b"\n", "huge string of \\n"),
            ];
            let (fill, what) = *rng.pick(FILLS);
            // A million lines is plenty for the line-based readers, and keeps a debug run's
            // time in hand; single-line fills go to 5 MB.
            let n = if fill.contains(&b'\n') {
                rng.range(1 << 20, 3 << 19)
            } else {
                rng.range(1 << 20, 5 << 20)
            };
            let mut ins = Vec::with_capacity(n + 2);
            ins.push(b'"');
            while ins.len() < n {
                ins.extend_from_slice(fill);
            }
            ins.push(b'"');
            bytes.splice(at..at, ins);
            what
        }
    }
}

/// Input `index`: a corpus item, mutated one to four times (sometimes not at all, sometimes
/// a purely random string).
fn make_input(corpus: &[(String, Vec<u8>)], seed: u64, index: u64) -> Made {
    let mut rng = input_rng(seed, index);
    if rng.chance(50) {
        let n = rng.below(300);
        return Made {
            bytes: (0..n).map(|_| random_byte(&mut rng)).collect(),
            how: "random bytes".into(),
        };
    }
    let (label, base) = rng.pick(corpus);
    let mut bytes = base.clone();
    let mut how = vec![label.clone()];
    // The expensive mutations are kept rare, so that a run's time stays predictable.
    let huge = rng.chance(1000);
    let rounds = if rng.chance(20) { 0 } else { rng.range(1, 4) };
    for _ in 0..rounds {
        let other = &rng.pick(corpus).1;
        how.push(mutate(&mut rng, &mut bytes, other, huge).into());
    }
    if huge && !how.iter().any(|h| h.starts_with("huge string")) {
        how.push(mutate_huge(&mut rng, &mut bytes).into());
    }
    Made {
        bytes,
        how: how.join(" + "),
    }
}

fn mutate_huge(rng: &mut Rng, bytes: &mut Vec<u8>) -> &'static str {
    loop {
        let other = bytes.clone();
        let what = mutate(rng, bytes, &other, true);
        if what.starts_with("huge string") || what == "deep nesting" || what == "repeat" {
            return what;
        }
    }
}

// --------------------------------------------------------------------------------- targets

/// The scratch folders one run reuses.
struct Scratch {
    _dir: tempfile::TempDir,
    root: PathBuf,
    file: PathBuf,
    autosave_dir: PathBuf,
}

/// Where the scratch folders go: `$ARBITRE_FUZZ_DIR`, else `/dev/shm` where there is one
/// (memory: on a busy disk, writing each input costs milliseconds), else the target's tmp.
fn scratch_base() -> PathBuf {
    if let Some(dir) = std::env::var_os("ARBITRE_FUZZ_DIR").filter(|d| !d.is_empty()) {
        return dir.into();
    }
    let shm = Path::new("/dev/shm");
    if shm.is_dir() && tempfile::tempdir_in(shm).is_ok() {
        return shm.to_owned();
    }
    PathBuf::from(env!("CARGO_TARGET_TMPDIR"))
}

fn scratch() -> Scratch {
    let base = scratch_base();
    let dir = match tempfile::Builder::new()
        .prefix("arbitre-fuzz-")
        .tempdir_in(&base)
    {
        Ok(d) => d,
        Err(e) => panic!("{}: {e}", base.display()),
    };
    eprintln!("fuzz: scratch folder {}", dir.path().display());
    let root = dir.path().join("repo");
    let file = dir.path().join("input.bin");
    let autosave_dir = dir.path().join("data");
    Scratch {
        root,
        file,
        autosave_dir,
        _dir: dir,
    }
}

fn io<T>(what: &str, r: std::io::Result<T>) -> T {
    match r {
        Ok(v) => v,
        Err(e) => panic!("scratch folder: {what}: {e}"),
    }
}

/// Every file under `dir`, with its bytes, sorted.
fn snapshot(dir: &Path) -> Vec<(PathBuf, Vec<u8>)> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_owned()];
    while let Some(d) = stack.pop() {
        let Ok(entries) = std::fs::read_dir(&d) else {
            continue;
        };
        for e in entries.flatten() {
            let p = e.path();
            if e.file_type().is_ok_and(|t| t.is_dir()) {
                stack.push(p);
            } else {
                let bytes = std::fs::read(&p).unwrap_or_default();
                out.push((p, bytes));
            }
        }
    }
    out.sort();
    out
}

/// The names the fuzzed record may take in a log (one at a time, sometimes with a copy).
const RECORD_NAMES: &[&str] = &[
    "0001-fuzzed.md",
    "0001-fuzzed.md",
    "0001-fuzzed.md",
    "0002-same-number.md",
    "99999999999-too-large.md",
];
const COPY_NAME: &str = "0003-copy.md";

/// The four layouts a log may have: adr-tools' `doc/adr`, MADR's `docs/decisions`, a folder
/// named by `.adr-dir`, and records in the chosen folder itself. Made once per run; each
/// holds a valid record beside the fuzzed one.
fn make_logs(s: &Scratch) -> Vec<(PathBuf, PathBuf)> {
    let layouts: Vec<(PathBuf, PathBuf)> = (0..4)
        .map(|i| {
            let root = s.root.join(format!("repo{i}"));
            let dir = match i {
                0 => root.join("doc").join("adr"),
                1 => root.join("docs").join("decisions"),
                2 => root.join("adrs"),
                _ => root.clone(),
            };
            (root, dir)
        })
        .collect();
    for (root, dir) in &layouts {
        io("mkdir", std::fs::create_dir_all(dir));
        if dir.ends_with("adrs") {
            io("write", std::fs::write(root.join(".adr-dir"), "adrs\n"));
        }
        io(
            "write",
            std::fs::write(
                dir.join("0002-valid.md"),
                "# 2. Valid\n\nDate: 2026-11-26\n\n## Status\n\nAccepted\n",
            ),
        );
    }
    layouts
}

/// A log on disk holding the input as a record, read every way the app reads it: nothing in
/// it may change.
fn log_target(rng: &mut Rng, bytes: &[u8], logs: &[(PathBuf, PathBuf)]) {
    let (root, dir) = rng.pick(logs);
    // What an input that failed half-way may have left.
    for name in RECORD_NAMES.iter().chain([&COPY_NAME]) {
        let _ = std::fs::remove_file(dir.join(name));
    }
    let adr_dir = root.join(".adr-dir");
    if dir.ends_with("adrs") {
        io("write", std::fs::write(&adr_dir, "adrs\n"));
    }
    let fuzz_adr_dir = dir.ends_with("adrs") && rng.chance(4);
    if fuzz_adr_dir {
        // `.adr-dir` holding the input itself.
        io("write", std::fs::write(&adr_dir, bytes));
    }
    let name = *rng.pick(RECORD_NAMES);
    let record = dir.join(name);
    io("write", std::fs::write(&record, bytes));
    let copy = rng.chance(4).then(|| dir.join(COPY_NAME));
    if let Some(copy) = &copy {
        io("write", std::fs::write(copy, bytes));
    }
    let before = snapshot(root);
    if let Ok(log) = log::detect(root) {
        if let Ok(scan) = log.records() {
            if scan.records.iter().any(|r| r.file == record) {
                accepted(RECORD);
            }
            let _ = log::render_index(&scan);
            for r in &scan.records {
                let _ = r.link();
            }
        }
        let _ = log.record(1);
        let _ = log.record(2);
        let _ = log.next_number();
    }
    let after = snapshot(root);
    assert!(
        before == after,
        "reading the log changed its files: before {:?}, after {:?}",
        names(&before),
        names(&after)
    );
    io("remove", std::fs::remove_file(&record));
    if let Some(copy) = &copy {
        io("remove", std::fs::remove_file(copy));
    }
}

fn names(files: &[(PathBuf, Vec<u8>)]) -> Vec<String> {
    files
        .iter()
        .map(|(p, b)| format!("{} ({} bytes)", p.display(), b.len()))
        .collect()
}

/// An ADR rendered from a session and kit that loaded.
fn render(kit: &CheckedKit, session: &Session) {
    let recommendation = session.recommend(kit);
    let input = AdrInput {
        kit,
        session,
        recommendation: &recommendation,
        number: 3,
        date: "2026-11-26".into(),
        supersedes: vec![link(1, "One")],
        superseded_by: Vec::new(),
        layout: arbitre::adr::Layout::default(),
    };
    let _ = adr::render_with_session(&input);
}

/// Runs one input through every reader. Panics on any broken expectation.
fn run_one(
    kit: &CheckedKit,
    example: &Session,
    index: u64,
    seed: u64,
    bytes: &[u8],
    s: &Scratch,
    logs: &[(PathBuf, PathBuf)],
) {
    let mut rng = input_rng(seed ^ 0x5EED, index);
    let text: std::borrow::Cow<'_, str> = String::from_utf8_lossy(bytes);
    let path = Path::new("fuzz.ron");

    // Kit: parse, check, and use a kit that passes.
    stage("kit", || {
        if let Ok(k) = Kit::load_str(&text, path) {
            accepted(KIT);
            let _ = k.ticks();
            if let Ok(loaded) = Session::parse(&adr_free(example), path, &k) {
                render(&k, &loaded.session);
            }
        }
    });
    stage("session", || {
        if let Ok(loaded) = Session::parse(&text, path, kit) {
            accepted(SESSION);
            render(kit, &loaded.session);
        }
    });
    // ADR: the session block, as the app opens an ADR; the preview of a foreign one.
    stage("adr", || match adr::extract_session(&text) {
        Embedded::Session(ron) => {
            if Session::parse(&ron, path, kit).is_ok() {
                accepted(ADR_SESSION);
            }
        }
        Embedded::Foreign => {
            let _ = adr::preview_markdown(&text);
        }
        Embedded::Decided(_) => {
            // The whole reopening: the block's answers, the visible text's words.
            if let Ok(arbitre::adr::reopen::Reopened::Session(..)) =
                arbitre::adr::reopen::reopen(&text, path, kit)
            {
                accepted(ADR_SESSION);
            }
        }
        Embedded::Damaged(_) => {}
    });
    // The log's text functions.
    let marked = stage("mark_superseded", || {
        log::mark_superseded(&text, &link(42, "New | one"))
    });
    stage("progress", || {
        if Progress::parse(&text, path).is_ok() {
            accepted(PROGRESS);
        }
    });

    // Byte-level readers, on files.
    stage("files", || {
        io("write", std::fs::write(&s.file, bytes));
        let _ = kit::read_text_file(&s.file);
        let _ = Progress::load(&s.file);
        assert!(
            io("read", std::fs::read(&s.file)) == bytes,
            "reading the file changed it"
        );
    });
    if rng.chance(4) {
        stage("autosave", || autosave_target(kit, bytes, s));
    }
    // The log on disk.
    stage("log", || log_target(&mut rng, bytes, logs));
    // A record superseded twice (a quarter of the time: it is the slowest reader in a debug
    // build).
    if rng.chance(4) {
        stage("mark_superseded", || {
            log::mark_superseded(&marked, &link(43, ""))
        });
    }
}

fn autosave_target(kit: &CheckedKit, bytes: &[u8], s: &Scratch) {
    io("mkdir", std::fs::create_dir_all(&s.autosave_dir));
    let file = s.autosave_dir.join("autosave-1-1.ron");
    io("write", std::fs::write(&file, bytes));
    let found = autosave::find_orphans(&s.autosave_dir, kit, None);
    for orphan in found.orphans {
        accepted(AUTOSAVE);
        assert!(
            io("read", std::fs::read(&orphan.file)) == bytes,
            "reading the autosave changed it"
        );
        orphan.unlock();
    }
    for kept in found.kept {
        match kept {
            Kept::SetAside { moved_to, .. } => {
                assert!(
                    io("read", std::fs::read(&moved_to)) == bytes,
                    "the autosave set aside lost bytes"
                );
                io("remove", std::fs::remove_file(&moved_to));
            }
            Kept::OtherKit { file, .. } | Kept::Newer { file, .. } => {
                assert!(
                    io("read", std::fs::read(&file)) == bytes,
                    "a kept autosave changed"
                );
            }
        }
    }
    let _ = std::fs::remove_file(&file);
}

/// How many inputs each reader accepted (so a run shows it got past the syntax).
static ACCEPTED: [AtomicU64; 6] = [const { AtomicU64::new(0) }; 6];
const ACCEPTED_NAMES: [&str; 6] = [
    "kit",
    "session",
    "ADR session block",
    "log record",
    "autosave",
    "progress",
];
const KIT: usize = 0;
const SESSION: usize = 1;
const ADR_SESSION: usize = 2;
const RECORD: usize = 3;
const AUTOSAVE: usize = 4;
const PROGRESS: usize = 5;

fn accepted(what: usize) {
    ACCEPTED[what].fetch_add(1, Ordering::Relaxed);
}

thread_local! {
    /// How long each reader took on the current input.
    static STAGES: std::cell::RefCell<Vec<(&'static str, Duration)>> =
        const { std::cell::RefCell::new(Vec::new()) };
}

/// Runs one reader, timing it.
fn stage<T>(name: &'static str, f: impl FnOnce() -> T) -> T {
    let t = Instant::now();
    let out = f();
    STAGES.with(|s| s.borrow_mut().push((name, t.elapsed())));
    out
}

/// The current input's readers and their times, slowest first.
fn take_stages() -> Vec<(&'static str, Duration)> {
    let mut stages = STAGES.with(|s| std::mem::take(&mut *s.borrow_mut()));
    stages.sort_by_key(|(_, d)| std::cmp::Reverse(*d));
    stages
}

fn show_stages(stages: &[(&'static str, Duration)], n: usize) -> String {
    stages
        .iter()
        .take(n)
        .map(|(n, d)| format!("{n} {d:.1?}"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// The example session's RON (the session parser needs a kit; a mutated kit gets this one).
fn adr_free(example: &Session) -> String {
    example.to_ron()
}

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

fn config(default_count: u64) -> Config {
    let seed = env_u64("ARBITRE_FUZZ_SEED").unwrap_or_else(|| {
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(1, |d| d.as_nanos() as u64)
    });
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

/// Writes an input where a failure report can name it.
fn keep_input(seed: u64, index: u64, bytes: &[u8]) -> PathBuf {
    let path = Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("fuzz-{seed:#x}-{index}.bin"));
    if let Err(e) = std::fs::write(&path, bytes) {
        eprintln!("fuzz: could not keep the input in {}: {e}", path.display());
    }
    path
}

/// Where the last caught panic happened (the hook records it; the report names it).
static PANIC_AT: std::sync::Mutex<Option<String>> = std::sync::Mutex::new(None);

fn panic_message(e: &(dyn std::any::Any + Send)) -> String {
    if let Some(s) = e.downcast_ref::<&str>() {
        (*s).to_owned()
    } else if let Some(s) = e.downcast_ref::<String>() {
        s.clone()
    } else {
        "(non-string panic)".into()
    }
}

fn run(default_count: u64) {
    let cfg = config(default_count);
    let kit = builtin_kit();
    let example = quote_app(&kit);
    let corpus = corpus(&kit);
    let s = scratch();
    let logs = make_logs(&s);
    let replay = format!(
        "ARBITRE_FUZZ_SEED={:#x} ARBITRE_FUZZ_START=<index> ARBITRE_FUZZ_COUNT=1 cargo test --test it -- --exact fuzz::fuzz_short --nocapture",
        cfg.seed
    );
    eprintln!(
        "fuzz: seed {:#x}, inputs {}..{}, {} corpus items, bound {:?} per input (replay one: {replay})",
        cfg.seed,
        cfg.start,
        cfg.start + cfg.count,
        corpus.len(),
        cfg.bound
    );

    // The watchdog: an input that never returns is reported (with its index, and the input
    // kept) instead of hanging the run.
    let current = Arc::new(AtomicU64::new(u64::MAX));
    let started_ms = Arc::new(AtomicU64::new(0));
    let done = Arc::new(AtomicBool::new(false));
    let t0 = Instant::now();
    let watchdog = {
        let (current, started_ms, done) = (current.clone(), started_ms.clone(), done.clone());
        let corpus = corpus.clone();
        let (seed, limit) = (cfg.seed, cfg.bound * 5);
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
    };

    // Panics are caught and reported below; the default hook would print each one.
    let hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(|info| {
        if let Ok(mut at) = PANIC_AT.lock() {
            *at = info.location().map(ToString::to_string);
        }
    }));

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
        let result = catch_unwind(AssertUnwindSafe(|| {
            run_one(&kit, &example, index, cfg.seed, &made.bytes, &s, &logs);
        }));
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
                    .lock()
                    .ok()
                    .and_then(|mut at| at.take())
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
    std::panic::set_hook(hook);
    let _ = watchdog.join();

    let elapsed = run_start.elapsed();
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
            .zip(&ACCEPTED)
            .map(|(n, c)| format!("{n} {}", c.swap(0, Ordering::Relaxed)))
            .collect::<Vec<_>>()
            .join(", ")
    );
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

/// The short run, part of `cargo test` (so of CI): 10,000 inputs, about 25 s in a debug
/// build, 5 s in release.
#[test]
fn fuzz_short() {
    run(10_000);
}

/// The long run: `cargo test --release --test it -- --ignored fuzz::fuzz`.
#[test]
#[ignore = "long: cargo test --release --test it -- --ignored fuzz::fuzz"]
fn fuzz() {
    run(1_000_000);
}
