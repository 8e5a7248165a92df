//! The readers each input is thrown at, in scratch folders, and what each must hold (no
//! panic, files left as they were, a bound on time per reader).

use std::cell::Cell;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use arbitre::adr::log;
use arbitre::adr::{self, AdrInput, Embedded};
use arbitre::autosave::{self, Kept};
use arbitre::i18n::Lang;
use arbitre::kit::{self, CheckedKit, Kit};
use arbitre::session::Session;
use arbitre::train::Progress;

use crate::inputs::{Rng, input_rng, link};

// --------------------------------------------------------------------------------- targets

/// The scratch folders one run reuses.
pub(crate) struct Scratch {
    _dir: tempfile::TempDir,
    root: PathBuf,
    file: PathBuf,
    autosave_dir: PathBuf,
}

/// Where the scratch folders go: `$ARBITRE_FUZZ_DIR`, else `/dev/shm` where there is one
/// (memory: on a busy disk, writing each input costs milliseconds), else the target's tmp.
pub(crate) fn scratch_base() -> PathBuf {
    if let Some(dir) = std::env::var_os("ARBITRE_FUZZ_DIR").filter(|d| !d.is_empty()) {
        return dir.into();
    }
    let shm = Path::new("/dev/shm");
    if shm.is_dir() && tempfile::tempdir_in(shm).is_ok() {
        return shm.to_owned();
    }
    PathBuf::from(env!("CARGO_TARGET_TMPDIR"))
}

pub(crate) fn scratch() -> Scratch {
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

pub(crate) fn io<T>(what: &str, r: std::io::Result<T>) -> T {
    match r {
        Ok(v) => v,
        Err(e) => panic!("scratch folder: {what}: {e}"),
    }
}

/// Every file under `dir`, with its bytes, sorted.
pub(crate) fn snapshot(dir: &Path) -> Vec<(PathBuf, Vec<u8>)> {
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
pub(crate) const RECORD_NAMES: &[&str] = &[
    "0001-fuzzed.md",
    "0001-fuzzed.md",
    "0001-fuzzed.md",
    "0002-same-number.md",
    "99999999999-too-large.md",
];
pub(crate) const COPY_NAME: &str = "0003-copy.md";

/// The four layouts a log may have: adr-tools' `doc/adr`, MADR's `docs/decisions`, a folder
/// named by `.adr-dir`, and records in the chosen folder itself. Made once per run; each
/// holds a valid record beside the fuzzed one.
pub(crate) fn make_logs(s: &Scratch) -> Vec<(PathBuf, PathBuf)> {
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
pub(crate) fn log_target(rng: &mut Rng, bytes: &[u8], logs: &[(PathBuf, PathBuf)]) {
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

pub(crate) fn names(files: &[(PathBuf, Vec<u8>)]) -> Vec<String> {
    files
        .iter()
        .map(|(p, b)| format!("{} ({} bytes)", p.display(), b.len()))
        .collect()
}

/// An ADR rendered from a session and kit that loaded; its system answered and drawn, each
/// placement said.
pub(crate) fn render(kit: &CheckedKit, session: &Session) {
    let system = session.system(kit);
    let _ = arbitre::system::drawing(kit, &system);
    for c in &system.components {
        for lang in Lang::ALL {
            let _ = (c.place.text(kit, lang), c.why(kit, lang));
        }
    }
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
pub(crate) fn run_one(
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

pub(crate) fn autosave_target(kit: &CheckedKit, bytes: &[u8], s: &Scratch) {
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

thread_local! {
    /// How many inputs each reader accepted in this thread's run (so a run shows it got
    /// past the syntax); each run has its own thread, so two runs at once do not mix.
    pub(crate) static ACCEPTED: [Cell<u64>; 6] = const { [const { Cell::new(0) }; 6] };
}
pub(crate) const ACCEPTED_NAMES: [&str; 6] = [
    "kit",
    "session",
    "ADR session block",
    "log record",
    "autosave",
    "progress",
];
pub(crate) const KIT: usize = 0;
pub(crate) const SESSION: usize = 1;
pub(crate) const ADR_SESSION: usize = 2;
pub(crate) const RECORD: usize = 3;
pub(crate) const AUTOSAVE: usize = 4;
pub(crate) const PROGRESS: usize = 5;

pub(crate) fn accepted(what: usize) {
    ACCEPTED.with(|a| a[what].set(a[what].get() + 1));
}

thread_local! {
    /// How long each reader took on the current input.
    static STAGES: std::cell::RefCell<Vec<(&'static str, Duration)>> =
        const { std::cell::RefCell::new(Vec::new()) };
}

/// Runs one reader, timing it.
pub(crate) fn stage<T>(name: &'static str, f: impl FnOnce() -> T) -> T {
    let t = Instant::now();
    let out = f();
    STAGES.with(|s| s.borrow_mut().push((name, t.elapsed())));
    out
}

/// The current input's readers and their times, slowest first.
pub(crate) fn take_stages() -> Vec<(&'static str, Duration)> {
    let mut stages = STAGES.with(|s| std::mem::take(&mut *s.borrow_mut()));
    stages.sort_by_key(|(_, d)| std::cmp::Reverse(*d));
    stages
}

pub(crate) fn show_stages(stages: &[(&'static str, Duration)], n: usize) -> String {
    stages
        .iter()
        .take(n)
        .map(|(n, d)| format!("{n} {d:.1?}"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// The example session's RON (the session parser needs a kit; a mutated kit gets this one).
pub(crate) fn adr_free(example: &Session) -> String {
    example.to_ron()
}
