//! Export and index: writing a session as the next record of the log, and the log's
//! `index.md`.

use std::path::PathBuf;

use super::names::file_name;
use super::parse::unescape;
use super::{AdrLog, INDEX_FILE, LogError, Scan};
use crate::adr::words::doc_words;
use crate::adr::{AdrInput, LinkRef, escape};
use crate::files;
use crate::kit::CheckedKit;
use crate::session::Session;

/// Exports a session as the next record of the log and returns the path written.
///
/// The number is [`AdrLog::next_number`]; the title the session's (or "Décision
/// d'hébergement" / "Hosting decision" in the document's language when it has none); the
/// date `date`, else the session's, else today. The template is the session's: the UI
/// offers Nygard for adr-tools logs ([`LogKind::suggested_template`]) because adr-tools'
/// `generate toc` and `new -s` read the first line as `# N. Title` and the `## Status`
/// section, but a team may keep MADR records in any log.
///
/// With `supersedes: Some(n)`, record `n` must exist; the new record links to it (the
/// renderer writes "Supersedes") and `n` is marked superseded ([`AdrLog::supersede`]). The
/// new file is never overwritten unless `replace` is true (a name can only be taken if
/// another writer raced this one). If updating `n` fails, the new record is removed again
/// (or its previous content restored), so the log is left as it was.
///
/// [`LogKind::suggested_template`]: super::LogKind::suggested_template
pub fn export(
    log: &AdrLog,
    kit: &CheckedKit,
    session: &Session,
    supersedes: Option<u32>,
    date: &str,
    replace: bool,
) -> Result<PathBuf, LogError> {
    if !log.dir.is_dir() {
        return Err(LogError::MissingFolder(log.dir.clone()));
    }
    let number = log.next_number()?;
    let mut session = session.clone();
    if session.adr.title.trim().is_empty() {
        let untitled = doc_words(session.adr.lang).untitled_decision;
        untitled.clone_into(&mut session.adr.title);
    }
    let file = file_name(number, &session.adr.title);
    let new_link = LinkRef {
        number,
        title: session.adr.title.clone(),
        file: file.clone(),
    };
    // Everything that can fail on the old record fails before anything is written.
    let old = match supersedes {
        Some(n) => Some(log.superseded_text(n, &new_link)?),
        None => None,
    };
    let date = [date, session.adr.date.as_str()]
        .into_iter()
        .map(str::trim)
        .find(|d| !d.is_empty())
        .map_or_else(crate::adr::today, str::to_owned);
    let recommendation = session.recommend(kit);
    let input = AdrInput {
        number,
        date,
        supersedes: old.iter().map(|(record, _)| record.link()).collect(),
        ..AdrInput::new(kit, &session, &recommendation, &crate::adr::today())
    };
    let text = crate::adr::render_with_session(&input);
    let (path, previous) = match log.write_new(&file, &text) {
        Ok(path) => (path, None),
        Err(LogError::Exists(path)) if replace => {
            let previous =
                files::read_limited(&path, crate::kit::MAX_FILE_BYTES).map_err(|source| {
                    LogError::Read {
                        path: path.clone(),
                        source,
                    }
                })?;
            (log.write_replacing(&file, &text)?, Some(previous))
        }
        Err(e) => return Err(e),
    };
    if let Some((record, old_text)) = old
        && let Err(e) = log.rewrite(&record.file, &old_text)
    {
        // Undo, so the log never says "supersedes" on one side only. The error reported is
        // the one that stopped the export; undoing a write made a moment ago in the same
        // folder does not fail in practice.
        let _undone = match previous {
            Some(bytes) => files::write_atomic(&path, &bytes).is_ok(),
            None => std::fs::remove_file(&path).is_ok(),
        };
        return Err(e);
    }
    Ok(path)
}

impl AdrLog {
    /// Regenerates `index.md` in the log folder, atomically: a title and a table
    /// `| # | Title | Status | Date |` with a link to each record, in number order. Files
    /// that cannot be read are left out (see [`AdrLog::records`]). adr-tools ignores the file
    /// (`adr list` only lists numbered ones).
    pub fn write_index(&self) -> Result<PathBuf, LogError> {
        let scan = self.records()?;
        let path = self.dir.join(INDEX_FILE);
        files::write_atomic(&path, render_index(&scan).as_bytes())
            .map_err(|e| self.write_error(&path, e))?;
        Ok(path)
    }
}

/// The Markdown of the index.
pub fn render_index(scan: &Scan) -> String {
    let mut out = String::from(
        "# Architecture Decision Records\n\n| # | Title | Status | Date |\n|---|---|---|---|\n",
    );
    for r in &scan.records {
        out.push_str(&format!(
            "| {} | [{}]({}) | {} | {} |\n",
            r.number,
            escape::cell(&r.title),
            escape::link_dest(&r.file_name()),
            status_cell(&r.status),
            escape::cell(&r.date),
        ));
    }
    out
}

/// A status for the index. `superseded by [ADR-0003](0003-x.md)` (MADR) and
/// `Superseded by [3. Title](0003-x.md)` (Nygard) keep a working link to a record of the same
/// folder; anything else is plain text.
fn status_cell(status: &str) -> String {
    let linked = status.strip_suffix(')').and_then(|s| {
        let (head, dest) = s.rsplit_once("](")?;
        let (words, text) = head.split_once(" [")?;
        // Only a file name of this folder, as link destinations are written (percent-encoded).
        let plain_file = !dest.is_empty()
            && !dest.starts_with('.')
            && dest
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b"-._~%".contains(&b));
        plain_file.then(|| {
            format!(
                "{} [{}]({dest})",
                escape::cell(words),
                escape::cell(&unescape(text))
            )
        })
    });
    linked.unwrap_or_else(|| escape::cell(status))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::adr::log::LogKind;
    use crate::adr::log::test_support::*;
    use crate::i18n::Lang;

    #[test]
    fn index_escapes_and_links() -> R {
        let dir = tempfile::tempdir()?;
        let log = AdrLog {
            dir: dir.path().to_owned(),
            kind: LogKind::Madr,
        };
        write(
            &dir.path().join("0002-pipes.md"),
            "# 2. A | B\n\nDate: 2024-01-01\n\n## Status\n\nAccepted\n\n## Context\n",
        );
        write(&dir.path().join("0001-odd (name).md"), "# One\n");
        let path = log.write_index()?;
        assert_eq!(path, dir.path().join("index.md"));
        assert_eq!(
            read(&path),
            "# Architecture Decision Records\n\n| # | Title | Status | Date |\n|---|---|---|---|\n| 1 | [One](0001-odd%20%28name%29.md) |  |  |\n| 2 | [A \\| B](0002-pipes.md) | Accepted | 2024-01-01 |\n"
        );
        assert_eq!(log.records()?.records.len(), 2, "the index is not a record");

        // Superseded records keep a working link; anything odd stays text.
        assert_eq!(
            status_cell("superseded by [ADR-0003](0003-x.md)"),
            "superseded by [ADR-0003](0003-x.md)"
        );
        assert_eq!(
            status_cell("Superseded by [5. A \\| B](0005-a%20b.md)"),
            "Superseded by [5\\. A \\| B](0005-a%20b.md)"
        );
        assert_eq!(
            status_cell("Superseded by [x](javascript:alert(1))"),
            "Superseded by \\[x\\](javascript:alert(1))"
        );
        assert_eq!(status_cell("Accepted"), "Accepted");
        Ok(())
    }

    #[test]
    fn export_names_an_untitled_record_in_the_document_language() -> R {
        let kit = CheckedKit::builtin()?;
        let dir = tempfile::tempdir()?;
        let log = AdrLog {
            dir: dir.path().to_owned(),
            kind: LogKind::Madr,
        };
        write(&dir.path().join("0041-earlier.md"), MADR);
        let mut session = Session::new(&kit);
        session.adr.lang = Lang::Fr;
        let fr = export(&log, &kit, &session, None, "2025-01-02", false)?;
        assert_eq!(fr, dir.path().join("0042-decision-d-hebergement.md"));
        session.adr.lang = Lang::En;
        let en = export(&log, &kit, &session, Some(41), "", false)?;
        assert_eq!(en, dir.path().join("0043-hosting-decision.md"));
        assert!(read(&en).contains("Hosting decision"));
        assert_eq!(
            log.record(41)?.status,
            "superseded by [ADR-0043](0043-hosting-decision.md)"
        );
        Ok(())
    }
}
