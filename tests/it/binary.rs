//! The real `arbitre` binary, run by the tests in a known locale: English (`LANG=C`, with the
//! variables that win over `LANG` removed), whatever the machine's is, so that the tests that
//! read its English stderr pass under a French locale too. One home for every test that runs
//! it (`cli*`, `adr_*`, `log4brains`, `packaging`).

use std::process::{Command, Output};
use std::time::{Duration, Instant};

/// The binary cargo built for this test run.
pub(crate) const BIN: &str = env!("CARGO_BIN_EXE_arbitre");

/// The binary, in a known locale: English (`LANG=C`), whatever the machine's is.
pub(crate) fn bin() -> Command {
    let mut c = Command::new(BIN);
    c.env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("LANG", "C");
    c
}

/// Runs `arbitre ARGS…` in English and waits for it.
pub(crate) fn run(args: &[&str]) -> Output {
    output(bin().args(args))
}

/// Runs `arbitre ARGS…` with `LANG` set to `lang` (and the variables that win over it removed).
pub(crate) fn run_in(lang: &str, args: &[&str]) -> Output {
    output(bin().env("LANG", lang).args(args))
}

/// Runs `cmd` and waits for it, failing the test if it cannot start.
fn output(cmd: &mut Command) -> Output {
    cmd.output()
        .unwrap_or_else(|e| panic!("cannot run {BIN}: {e}"))
}

/// Runs `arbitre ARGS…`, killing it after `limit` if it has not ended (a test never hangs):
/// its output, how long it ran, and whether it was killed. Its output is read as it comes, so
/// a full pipe never stalls it.
fn spawn_within(args: &[&str], limit: Duration) -> (Output, Duration, bool) {
    let start = Instant::now();
    let child = bin()
        .args(args)
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap_or_else(|e| panic!("cannot run {BIN}: {e}"));
    let id = child.id().to_string();
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let _ = tx.send(child.wait_with_output());
    });
    let (got, killed) = if let Ok(got) = rx.recv_timeout(limit) {
        (got, false)
    } else {
        let _ = Command::new("kill").args(["-KILL", &id]).status();
        let got = rx
            .recv()
            .unwrap_or_else(|e| panic!("`arbitre {}`: {e}", args.join(" ")));
        (got, true)
    };
    let o = got.unwrap_or_else(|e| panic!("{BIN}: {e}"));
    (o, start.elapsed(), killed)
}

/// Runs `arbitre ARGS…`, killing it after `limit` if it has not ended (a test never hangs);
/// its output and how long it ran.
pub(crate) fn run_within(args: &[&str], limit: Duration) -> (Output, Duration) {
    let (o, took, _) = spawn_within(args, limit);
    (o, took)
}

/// Runs `arbitre ARGS…`, failing the test if it has not ended within `secs` seconds.
pub(crate) fn run_ending_within(args: &[&str], secs: u64) -> Output {
    let (o, _, killed) = spawn_within(args, Duration::from_secs(secs));
    assert!(
        !killed,
        "`arbitre {}` did not end within {secs} s",
        args.join(" ")
    );
    o
}

/// What the binary wrote on stdout.
pub(crate) fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

/// What the binary wrote on stderr.
pub(crate) fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}
