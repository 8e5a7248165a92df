//! `arbitre adr check`: what is wrong in a log, as one list of findings — files that cannot
//! be read as records, numbers used twice (branches merged: adr-tools#102), links to
//! records that do not exist, headings without a space after `#`, records without a
//! status where the log's convention asks for one. `index` and `export` report the same
//! findings as warnings.
//!
//! By default a check reports what the log's own convention requires, so that it is worth
//! running in CI: a status is required in adr-tools and log4brains logs (their templates
//! always have one) and in a record with a Nygard `## Status` section; MADR 3 and 4 make it
//! optional, so a MADR record without one is not a problem. [`Strictness::Strict`] asks every
//! record for a status.

use std::path::{Path, PathBuf};

use super::names::record_files;
use super::{AdrLog, LogError, LogFinding, LogKind, Problem, Record, RecordLayout, Scan};
use arbitre_core::i18n::Lang;

/// How much a check asks of a log.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Strictness {
    /// What the log's own convention requires (the default; see the module's doc).
    #[default]
    Convention,
    /// Everything, a status in every record included (`adr check --strict`).
    Strict,
}

/// Lints the log: every finding, sorted by file. Fails only when the folder cannot be read.
pub fn check(log: &AdrLog, strictness: Strictness) -> Result<Vec<Problem>, LogError> {
    let (scan, _) = log.scan_listing(record_files(&log.dir, &log.root)?);
    Ok(findings(&scan, log.kind, strictness))
}

/// Whether a record must state a status: always when strict; else where the log's
/// convention has a place for one (adr-tools' and log4brains' templates, a Nygard record's
/// `## Status` section), not in a MADR 3 or 4 record, where it is optional.
fn status_required(kind: LogKind, record: &Record, strictness: Strictness) -> bool {
    strictness == Strictness::Strict
        || kind != LogKind::Madr
        || record.layout == RecordLayout::Nygard
}

/// The findings in a scan of a log of `kind`: its problems, then each record's.
pub(super) fn findings(scan: &Scan, kind: LogKind, strictness: Strictness) -> Vec<Problem> {
    let mut out = scan.problems.clone();
    for r in &scan.records {
        let at = |finding: LogFinding| Problem {
            file: r.file.clone(),
            finding,
        };
        out.extend(r.warnings.iter().cloned().map(at));
        if !r.state.is_stated() && status_required(kind, r, strictness) {
            out.push(at(LogFinding::NoStatus));
        }
        let pending = r.superseded_by();
        for dest in broken_links(r) {
            if pending.as_deref() != Some(dest.as_str()) {
                out.push(at(LogFinding::BrokenLink { dest }));
            }
        }
        out.extend(one_sided(scan, r).into_iter().map(at));
    }
    out.sort_by(|a, b| a.file.cmp(&b.file));
    out
}

/// The record of the scan a link of `from` leads to (a file of the same folder).
fn linked<'a>(scan: &'a Scan, from: &Record, dest: &str) -> Option<&'a Record> {
    let base = from.file.parent()?;
    let path = base.join(percent_decode(dest));
    scan.records.iter().find(|r| r.file == path)
}

/// Whether `record` links to `to` (any words).
fn links_to(record: &Record, to: &Record) -> bool {
    record
        .links
        .iter()
        .any(|(_, dest)| linked_name(dest) == to.file_name())
}

/// A link's destination as a file name of the folder.
fn linked_name(dest: &str) -> String {
    percent_decode(dest)
}

/// A supersession or a two-way link stated by `r` and not by the record it names: what a
/// write interrupted between its two files (or an edit by hand) leaves.
fn one_sided(scan: &Scan, r: &Record) -> Vec<LogFinding> {
    let mut out = Vec::new();
    let name = r.file_name();
    if let Some(dest) = r.superseded_by() {
        match linked(scan, r, &dest) {
            Some(by) if !by.supersedes().iter().any(|d| linked_name(d) == name) => {
                out.push(LogFinding::SupersededOneSided { dest });
            }
            Some(_) => {}
            None if !r.file.with_file_name(percent_decode(&dest)).exists() => {
                out.push(LogFinding::SupersededMissing {
                    dest,
                    name: super::names::cli_name(r),
                });
            }
            None => {}
        }
    }
    for dest in r.supersedes() {
        if let Some(old) = linked(scan, r, &dest)
            && old.superseded_by().map(|d| linked_name(&d)) != Some(name.clone())
        {
            out.push(LogFinding::SupersedesOneSided {
                dest,
                status: old.status.clone(),
            });
        }
    }
    for (words, dest) in &r.links {
        let w = words.to_lowercase();
        let passive = w.ends_with(" by") || w.ends_with(" par");
        let supersession = w.ends_with("superseded by")
            || Lang::ALL.iter().any(|lang| {
                let words = lang.words().doc.status_words.superseded;
                words.iter().any(|s| w.contains(s))
            });
        if passive
            && !supersession
            && let Some(other) = linked(scan, r, dest)
            && !links_to(other, r)
        {
            out.push(LogFinding::LinkOneSided {
                words: words.clone(),
                dest: dest.clone(),
            });
        }
    }
    out
}

/// The relative `.md` links of a record whose file does not exist.
fn broken_links(r: &Record) -> Vec<String> {
    let base = r.file.parent().map(Path::to_owned).unwrap_or_default();
    let mut seen: Vec<&str> = Vec::new();
    let mut out = Vec::new();
    for (_, dest) in &r.links {
        if seen.contains(&dest.as_str()) {
            continue;
        }
        seen.push(dest);
        let path: PathBuf = base.join(percent_decode(dest));
        if !path.exists() {
            out.push(dest.clone());
        }
    }
    out
}

/// `%20` and the like decoded (as link destinations are written); anything odd kept.
pub(super) fn percent_decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%'
            && let Some(hex) = s.get(i + 1..i + 3)
            && let Ok(b) = u8::from_str_radix(hex, 16)
        {
            out.push(b);
            i += 3;
            continue;
        }
        out.push(bytes[i]);
        i += 1;
    }
    String::from_utf8(out).unwrap_or_else(|_| s.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::log::LogKind;
    use crate::log::test_support::*;

    #[test]
    fn a_day_shared_by_records_is_not_a_duplicate_number() -> R {
        let dir = tempfile::tempdir()?;
        let d = dir.path();
        let log = AdrLog::new(d, LogKind::Log4brains);
        write(&d.join("20261128-a.md"), "# A\n\n- Status: accepted\n");
        write(&d.join("20261128-b.md"), "# B\n\n- Status: accepted\n");
        write(&d.join("0003-c.md"), "# C\n\n- Status: accepted\n");
        write(&d.join("0003-d.md"), "# D\n\n- Status: accepted\n");
        let found: Vec<String> = check(&log, Strictness::Convention)?
            .iter()
            .map(ToString::to_string)
            .collect();
        assert_eq!(found.len(), 1, "{found:#?}");
        assert!(
            found[0].contains("0003-d.md: number 3 is also used by 0003-c.md"),
            "{found:#?}"
        );
        Ok(())
    }

    #[test]
    fn finds_what_is_wrong_and_names_the_files() -> R {
        let dir = tempfile::tempdir()?;
        let d = dir.path();
        let log = AdrLog::new(d, LogKind::AdrTools);
        write(
            &d.join("0001-a.md"),
            "# 1. A\n\n## Status\n\nAccepted\n\nAmends [2. B](0002-b.md)\n",
        );
        write(
            &d.join("0002-b.md"),
            "# 2. B\n\n## Status\n\nAccepted\n\nSee [gone](0009-gone.md) and [web](https://x.org/a.md)\n",
        );
        // Two branches merged, each with its record 3.
        write(&d.join("0003-c.md"), "# 3. C\n\n## Status\n\nAccepted\n");
        write(&d.join("0003-d.md"), "# 3. D\n\n## Status\n\nAccepted\n");
        write(&d.join("0004-e.md"), "#4. E\n\n## Status\n\nAccepted\n");
        write(
            &d.join("0005-f.md"),
            "# 5. F\n\nNo status.\n\n#6 not a heading\n",
        );
        write(&d.join("0006-g.md"), "# 7. G\n\n## Status\n\nAccepted\n");
        std::fs::write(d.join("0008-h.md"), [0xff, 0xfe])?;
        write(
            &d.join("0009-with space.md"),
            "# 9. I\n\n## Status\n\nAccepted\n\n[5. F](0005-f.md) [9](0009-with%20space.md)\n",
        );
        let found: Vec<String> = check(&log, Strictness::Convention)?
            .iter()
            .map(|p| {
                format!(
                    "{}: {}",
                    p.file
                        .file_name()
                        .map(|n| n.to_string_lossy().into_owned())
                        .unwrap_or_default(),
                    p.finding
                )
            })
            .collect();
        let has = |file: &str, words: &str| {
            assert!(
                found
                    .iter()
                    .any(|f| f.starts_with(file) && f.contains(words)),
                "{file} / {words}: {found:#?}"
            );
        };
        has("0002-b.md", "a link to 0009-gone.md, which does not exist");
        has("0003-d.md", "number 3 is also used by 0003-c.md");
        has("0004-e.md", "`#4. E` is not a heading");
        has("0005-f.md", "no status");
        has("0005-f.md", "`#6 not a heading`");
        has("0006-g.md", "its title says number 7, its file name 6");
        has("0008-h.md", "not UTF-8");
        assert_eq!(found.len(), 7, "{found:#?}");
        assert!(
            !found
                .iter()
                .any(|f| f.starts_with("0001") || f.starts_with("0009")),
            "{found:#?}"
        );
        Ok(())
    }

    #[test]
    fn a_status_is_asked_for_where_the_log_s_convention_has_one_and_everywhere_when_strict() -> R {
        let dir = tempfile::tempdir()?;
        let d = dir.path();
        // MADR 4 (its own log): the status is optional in the front matter.
        write(
            &d.join("0001-use-markdown.md"),
            "---\ndate: 2024-01-02\n---\n\n# Use Markdown\n\n## Context and Problem Statement\n\nWhy.\n",
        );
        write(
            &d.join("0002-use-madr.md"),
            "# Use MADR\n\n## Context and Problem Statement\n\nWhy.\n",
        );
        // A Nygard record in the same folder has a place for it, left empty.
        write(
            &d.join("0003-c.md"),
            "# 3. C\n\n## Status\n\n## Context\n\nx\n",
        );
        let madr = AdrLog::new(d, LogKind::Madr);
        let names = |found: Vec<Problem>| -> Vec<String> {
            found
                .iter()
                .map(|p| {
                    p.file
                        .file_name()
                        .map(|n| n.to_string_lossy().into_owned())
                        .unwrap_or_default()
                })
                .collect()
        };
        assert_eq!(names(check(&madr, Strictness::Convention)?), ["0003-c.md"]);
        assert_eq!(
            names(check(&madr, Strictness::Strict)?),
            ["0001-use-markdown.md", "0002-use-madr.md", "0003-c.md"]
        );
        // adr-tools and log4brains always have one: a record without it is a problem.
        for kind in [LogKind::AdrTools, LogKind::Log4brains] {
            let log = AdrLog::new(d, kind);
            assert_eq!(check(&log, Strictness::Convention)?.len(), 3, "{kind:?}");
        }
        Ok(())
    }
}
