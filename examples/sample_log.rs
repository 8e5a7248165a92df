//! Writes a sample ADR log of N records (default 1,000) into DIR/docs/decisions: what
//! `scripts/perf.sh` opens on the Log screen and compares with log4brains.
//!
//! `cargo run --release --example sample_log -- DIR [N]`

use std::process::ExitCode;

fn main() -> ExitCode {
    let mut args = std::env::args().skip(1);
    let Some(dir) = args.next() else {
        eprintln!("usage: sample_log DIR [N]");
        return ExitCode::from(2);
    };
    let n = match args.next().map(|n| n.parse::<u32>()) {
        None => 1000,
        Some(Ok(n)) => n,
        Some(Err(e)) => {
            eprintln!("sample_log: N: {e}");
            return ExitCode::from(2);
        }
    };
    match arbitre::adr::log::write_sample_log(std::path::Path::new(&dir), n) {
        Ok(written) => {
            println!("{}", written.display());
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("sample_log: {dir}: {e}");
            ExitCode::FAILURE
        }
    }
}
