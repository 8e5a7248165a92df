//! The Log screen on a very long record (a million lines, 5 MB: under the 10 MB a record
//! may have): selecting it and every frame after stay quick, the pane renders a bounded
//! beginning, and "Show all" shows the whole record without laying it all out each frame.

use std::path::Path;
use std::time::{Duration, Instant};

use crate::ui_log::log_screen;
use arbitre::i18n::Lang;
use arbitre::ui::ArbitreApp;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;

/// Lines of the long record's body.
const LINES: usize = 1_000_000;

/// A MADR log with a short record and a long one: a title, then `LINES` lines of four
/// letters, a blank line after every tenth (paragraphs of ten lines), then a last line to
/// look for.
pub fn long_log(root: &Path) {
    let d = root.join("docs/decisions");
    std::fs::create_dir_all(&d).unwrap_or_else(|e| panic!("{e}"));
    std::fs::write(
        d.join("0001-short.md"),
        "---\nstatus: accepted\ndate: 2024-01-10\n---\n\n# A short record\n\nShort.\n",
    )
    .unwrap_or_else(|e| panic!("{e}"));
    let mut body = String::with_capacity(LINES * 5 + 200);
    body.push_str("---\nstatus: proposed\ndate: 2024-02-01\n---\n\n# A very long record\n\n");
    for i in 1..LINES {
        body.push_str(if i % 10 == 0 { "\n" } else { "word\n" });
    }
    body.push_str("The last line.\n");
    assert!(body.len() < 10 * 1024 * 1024, "under the 10 MB limit");
    std::fs::write(d.join("0002-long.md"), body).unwrap_or_else(|e| panic!("{e}"));
}

/// The time one frame takes.
fn frame(h: &mut Harness<'static, ArbitreApp>) -> Duration {
    let t = Instant::now();
    h.step();
    t.elapsed()
}

/// Generous, for a debug build on a busy machine: laying the whole record out took minutes
/// and gigabytes.
const BOUND: Duration = Duration::from_secs(3);

#[test]
fn a_million_line_record_is_read_without_freezing() {
    let tmp = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    long_log(tmp.path());
    let mut h = log_screen(Lang::En, tmp.path());

    // Selecting it: the click's frame prepares the record once.
    h.get_by_label("A very long record").click();
    let first = frame(&mut h);
    let next = (0..3).map(|_| frame(&mut h)).max().unwrap_or_default();
    eprintln!("long record: the selecting frame {first:?}, the next ones at most {next:?}");
    assert!(
        first < BOUND && next < BOUND,
        "frames {first:?}, then {next:?}"
    );
    h.run();
    let lines = (LINES + 7).to_string(); // the front matter, the title and blank lines too
    let show_all = format!("Show all ({lines} lines)");
    h.get_by_label_contains(&format!("of {lines} lines"));
    assert!(h.query_by_label_contains("The last line.").is_none());

    // "Show all": the whole record, as plain text, one row per line, only the rows in view
    // laid out.
    h.get_by_label(&show_all).click();
    let first = frame(&mut h);
    let next = (0..3).map(|_| frame(&mut h)).max().unwrap_or_default();
    eprintln!(
        "long record, all of it: the clicking frame {first:?}, the next ones at most {next:?}"
    );
    assert!(
        first < BOUND && next < BOUND,
        "frames {first:?}, then {next:?}"
    );
    h.run();
    h.get_by_label("The whole record, as plain text.");

    // Back to the rendered beginning; another record; the long one again starts short.
    h.get_by_label("Show the rendered beginning").click();
    h.run();
    h.get_by_label(&show_all);
    h.get_by_label("A short record").click();
    h.run();
    h.get_by_label("A very long record").click();
    h.run();
    h.get_by_label(&show_all);
}

#[test]
fn a_short_record_is_shown_whole() {
    let tmp = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    long_log(tmp.path());
    let mut h = log_screen(Lang::Fr, tmp.path());
    h.get_by_label("A short record").click();
    h.run();
    h.get_by_label("Short.");
    assert!(h.query_by_label_contains("Tout afficher").is_none());
}

/// The pane with the long record's beginning and its "Show all" button, then all of it.
/// (Named for the snapshot tests' filter: `cargo test --features snapshots --test it
/// snapshots`.)
#[cfg(feature = "snapshots")]
#[test]
fn snapshots_of_a_long_record() {
    let tmp = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    // A fixed name: the screen shows the repository's name.
    let repo = tmp.path().join("plateforme");
    long_log(&repo);
    let mut results = egui_kittest::SnapshotResults::new();
    let mut h = log_screen(Lang::En, &repo);
    h.get_by_label("A very long record").click();
    h.run();
    h.snapshot("log_en_long_record");
    h.get_by_label(&format!("Show all ({} lines)", LINES + 7))
        .click();
    h.run();
    h.snapshot("log_en_long_record_all");
    results.extend_harness(&mut h);
    results.unwrap();
}
