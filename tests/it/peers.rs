//! The real peers the tests run arbitre's output through (adr-tools, its helper scripts,
//! log4brains, markdownlint-cli2, `desktop-file-validate`, `appstreamcli`), found in one
//! place, and what happens when one is missing.
//!
//! [`peer`] returns the peer's path. When it is missing:
//!
//! - under CI (`CI` set to any value but the empty one, as CI services set it and `.ci/run`
//!   does) or with `ARBITRE_REQUIRE_PEERS` set (`=1`), the test **fails**, naming the peer
//!   and how to install it;
//! - elsewhere the test is skipped, and says so where a person sees it: one line written
//!   straight to the process's standard error at once (libtest captures only what the
//!   `print!` family writes, and hides it for a test that passes), and a summary of every
//!   skip after libtest's own `test result:` line, when the test binary exits.

use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::sync::{Mutex, Once};

/// A program the tests check arbitre's output with.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Peer {
    /// adr-tools' `adr` (Debian package `adr-tools`).
    AdrTools,
    /// adr-tools' helper scripts (`_adr_add_link`, `_adr_remove_status`), for the
    /// byte-for-byte comparison of a supersession: the folder the `adr` script names.
    AdrToolsScripts,
    /// log4brains 1.1.0's `dist/index.js`, with `node` and `git` to run it.
    Log4brains,
    /// `markdownlint-cli2`.
    Markdownlint,
    /// `desktop-file-validate` (Debian package `desktop-file-utils`).
    DesktopFileValidate,
    /// `appstreamcli` (Debian package `appstream`).
    Appstreamcli,
}

impl Peer {
    /// Its name, as the skip and the failure say it.
    fn name(self) -> &'static str {
        match self {
            Peer::AdrTools => "adr-tools (`adr`)",
            Peer::AdrToolsScripts => "adr-tools' helper scripts (`_adr_add_link`, …)",
            Peer::Log4brains => "log4brains 1.1.0",
            Peer::Markdownlint => "markdownlint-cli2",
            Peer::DesktopFileValidate => "`desktop-file-validate`",
            Peer::Appstreamcli => "`appstreamcli`",
        }
    }

    /// How to install it.
    fn install(self) -> &'static str {
        match self {
            Peer::AdrTools | Peer::AdrToolsScripts => {
                "install the Debian package adr-tools (`apt-get install adr-tools`; `.ci/run` does), \
                 or adr-tools from https://github.com/npryce/adr-tools with its `adr` on PATH"
            }
            Peer::Log4brains => {
                "`npm install log4brains@1.1.0` in ~/.cache/arbitre-tools (`.ci/run` does), or set \
                 LOG4BRAINS to its dist/index.js; `node` and `git` must be on PATH"
            }
            Peer::Markdownlint => {
                "`npm install markdownlint-cli2@0.17` in ~/.cache/arbitre-tools (`.ci/run` does), \
                 or set MARKDOWNLINT_CLI2 to it, or put `markdownlint-cli2` on PATH"
            }
            Peer::DesktopFileValidate => {
                "install the Debian package desktop-file-utils (`.ci/run` does)"
            }
            Peer::Appstreamcli => "install the Debian package appstream (`.ci/run` does)",
        }
    }
}

/// The peer's path, or `None` after saying the test is skipped; fails the test instead under
/// CI or with `ARBITRE_REQUIRE_PEERS=1` (see the module's documentation).
pub fn peer(p: Peer) -> Option<PathBuf> {
    let why = match find(p) {
        Ok(path) => return Some(path),
        Err(why) => why,
    };
    let what = format!("{} is missing: {why}", p.name());
    assert!(
        !required(),
        "{what}\nA test needs it, and missing peers fail under CI (CI or \
         ARBITRE_REQUIRE_PEERS=1 is set). To install it: {}.",
        p.install()
    );
    let line = format!(
        "SKIPPED {}: {what}. To install it: {}. (Under CI this fails.)",
        test_name(),
        p.install()
    );
    say(&line);
    if let Ok(mut skipped) = SKIPPED.lock() {
        skipped.push(line);
    }
    SUMMARY.call_once(|| {
        // SAFETY: `atexit` is the C library's; `summary` is an `extern "C" fn()` taking
        // nothing, which only takes a lock and writes to stderr, ignoring their errors.
        unsafe {
            atexit(summary);
        }
    });
    None
}

/// Whether a missing peer fails the test: under CI, or when asked. Any value counts (even
/// `false`): a peer test never passes unrun where CI is named.
fn required() -> bool {
    let set = |name: &str| std::env::var_os(name).is_some_and(|v| !v.is_empty());
    set("CI") || set("ARBITRE_REQUIRE_PEERS")
}

/// The running test's name (libtest names each test's thread after it).
fn test_name() -> String {
    std::thread::current().name().unwrap_or("a test").to_owned()
}

/// Writes a line to the process's standard error itself, not through `eprintln!` (which
/// libtest captures).
fn say(line: &str) {
    let _ = writeln!(std::io::stderr().lock(), "{line}");
}

static SKIPPED: Mutex<Vec<String>> = Mutex::new(Vec::new());
static SUMMARY: Once = Once::new();

unsafe extern "C" {
    fn atexit(f: extern "C" fn()) -> std::ffi::c_int;
}

/// At exit, after libtest's `test result:` line: every skip again, where a person reads.
extern "C" fn summary() {
    let Ok(skipped) = SKIPPED.lock() else { return };
    if skipped.is_empty() {
        return;
    }
    say(&format!(
        "\n{} test(s) passed WITHOUT running, their peer missing (under CI they fail):",
        skipped.len()
    ));
    for line in skipped.iter() {
        say(&format!("  {line}"));
    }
}

/// Where the peer is, or why it was not found.
fn find(p: Peer) -> Result<PathBuf, String> {
    match p {
        Peer::AdrTools => on_path("adr"),
        Peer::AdrToolsScripts => {
            let adr = on_path("adr")?;
            adr_bin_dir(&adr).ok_or_else(|| {
                format!(
                    "`{}` names no folder (its `adr_bin_dir=` line) holding `_adr_add_link`",
                    adr.display()
                )
            })
        }
        Peer::Log4brains => {
            let entry =
                from_env_or_cache("LOG4BRAINS", "node_modules/log4brains/dist/index.js", None)?;
            on_path("node")?;
            on_path("git")?;
            Ok(entry)
        }
        Peer::Markdownlint => from_env_or_cache(
            "MARKDOWNLINT_CLI2",
            "node_modules/.bin/markdownlint-cli2",
            Some("markdownlint-cli2"),
        ),
        Peer::DesktopFileValidate => on_path("desktop-file-validate"),
        Peer::Appstreamcli => on_path("appstreamcli"),
    }
}

/// `name` in a folder of the `PATH`.
fn on_path(name: &str) -> Result<PathBuf, String> {
    std::env::var_os("PATH")
        .and_then(|path| {
            std::env::split_paths(&path)
                .map(|d| d.join(name))
                .find(|p| p.is_file())
        })
        .ok_or_else(|| format!("`{name}` is not on PATH"))
}

/// The file `var` names (a named file that is not there is an error, never passed over);
/// else `~/.cache/arbitre-tools/<cached>` (where `.ci/run` installs); else `on_path` on the
/// `PATH`.
fn from_env_or_cache(
    var: &str,
    cached: &str,
    on_path_name: Option<&str>,
) -> Result<PathBuf, String> {
    if let Some(named) = std::env::var_os(var).filter(|v| !v.is_empty()) {
        let named = PathBuf::from(named);
        return if named.is_file() {
            Ok(named)
        } else {
            Err(format!("{var}={} is not a file", named.display()))
        };
    }
    let cache = std::env::var_os("HOME")
        .map(|h| PathBuf::from(h).join(".cache/arbitre-tools").join(cached));
    if let Some(file) = cache.as_ref().filter(|f| f.is_file()) {
        return Ok(file.clone());
    }
    let looked = cache.map_or_else(
        || format!("{var} is not set, HOME is not set"),
        |c| format!("{var} is not set, {} is not there", c.display()),
    );
    match on_path_name {
        Some(name) => on_path(name).map_err(|e| format!("{looked}, {e}")),
        None => Err(looked),
    }
}

/// Where adr-tools keeps its helper scripts: the `adr_bin_dir=` line of the `adr` script.
fn adr_bin_dir(adr: &Path) -> Option<PathBuf> {
    let script = std::fs::read_to_string(adr).ok()?;
    script
        .lines()
        .find_map(|l| l.strip_prefix("adr_bin_dir="))
        .map(|d| PathBuf::from(d.trim().trim_matches('"')))
        .filter(|d| d.join("_adr_add_link").is_file())
}

/// This test binary run again on one real-peer test, its peer hidden (no `PATH`, an empty
/// `HOME`, no `MARKDOWNLINT_CLI2`): with `CI`, the test fails and says how to install the
/// peer; without, it passes and the skip shows on the process's standard error (where
/// `cargo test` lets it through), not only in libtest's captured output.
#[test]
fn a_missing_peer_fails_under_ci_and_shows_as_skipped_elsewhere() {
    let exe = std::env::current_exe().unwrap_or_else(|e| panic!("{e}"));
    let home = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let run = |ci: bool| {
        let mut cmd = std::process::Command::new(&exe);
        cmd.args([
            "--exact",
            "markdownlint::exported_records_pass_markdownlint",
        ])
        .env("PATH", "")
        .env("HOME", home.path())
        .env_remove("MARKDOWNLINT_CLI2")
        .env_remove("CI")
        .env_remove("ARBITRE_REQUIRE_PEERS");
        if ci {
            cmd.env("CI", "true");
        }
        let out = cmd.output().unwrap_or_else(|e| panic!("{e}"));
        let text = |b: &[u8]| String::from_utf8_lossy(b).into_owned();
        (out.status.success(), text(&out.stdout), text(&out.stderr))
    };

    let (passed, stdout, stderr) = run(true);
    assert!(
        !passed,
        "under CI a missing peer must fail:\n{stdout}\n{stderr}"
    );
    assert!(
        stdout.contains("markdownlint-cli2 is missing")
            && stdout.contains("npm install markdownlint-cli2@0.17"),
        "the failure names the peer and how to install it:\n{stdout}"
    );

    let (passed, stdout, stderr) = run(false);
    assert!(
        passed,
        "outside CI a missing peer skips:\n{stdout}\n{stderr}"
    );
    assert!(
        stderr.contains(
            "SKIPPED markdownlint::exported_records_pass_markdownlint: markdownlint-cli2 is missing"
        ),
        "the skip shows at once on stderr:\n{stderr}"
    );
    assert!(
        stderr.contains("1 test(s) passed WITHOUT running"),
        "and again in the summary at exit:\n{stderr}"
    );
}

/// One log4brains build at a time in this test binary: two Next.js builds running together
/// share the package's build folder and break each other. Hold the guard while building.
pub fn log4brains_turn() -> std::sync::MutexGuard<'static, ()> {
    static TURN: Mutex<()> = Mutex::new(());
    TURN.lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner)
}

/// Runs a peer's command in `dir` (with an editor that does nothing, for adr-tools): its
/// standard output then its standard error; the test fails if the command does.
pub fn peer_run(cmd: &mut std::process::Command, dir: &Path) -> String {
    let o = cmd
        .current_dir(dir)
        .env("EDITOR", "true")
        .env("VISUAL", "true")
        .output()
        .unwrap_or_else(|e| panic!("{cmd:?}: {e}"));
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&o.stdout),
        String::from_utf8_lossy(&o.stderr)
    );
    assert!(o.status.success(), "{cmd:?}: {text}");
    text
}
