//! Export and index: writing a session as the next record of the log, in the log's own
//! conventions, and arbitre's index of the log.

use std::path::PathBuf;

use super::names::{dated_file_name, record_files};
use super::parse::unescape;
use super::{
    AdrLog, INDEX_END, INDEX_FILE, INDEX_START, LogError, LogKind, Naming, OWN_INDEX_FILE, Scan,
    Style,
};
use crate::doc_words;
use crate::{AdrInput, LinkRef, escape};
use arbitre_core::files;
use arbitre_core::kit::CheckedKit;
use arbitre_core::session::{Session, Status, Template};

/// How many names an export tries before giving up (other writers taking each one).
pub(super) const ATTEMPTS: u32 = 1000;

/// What an export wrote, and what it found on the way.
#[derive(Debug, Clone)]
pub struct Export {
    /// The new record.
    pub path: PathBuf,
    /// The record it superseded, if any.
    pub superseded: Option<PathBuf>,
    /// The template it was written in.
    pub template: Template,
    /// The log's conventions it followed.
    pub style: Style,
    /// What is wrong in the log (as `arbitre adr check` reports it), found while reading it.
    pub findings: Vec<super::Problem>,
    /// The new record's number in the log (its date's digits in a log4brains log).
    pub number: u32,
    /// The new record's title.
    pub title: String,
    /// With one record per component ([`super::export_split`]): theirs, in order.
    pub components: Vec<PathBuf>,
}

/// Exports a session as a new record of the log, following the log's conventions.
///
/// - The name: `NNNN-slug.md` numbered after the highest record, or `YYYYMMDD-slug.md` with
///   today's date in a log4brains log (`-2`, `-3`, … for a second record of that title on
///   that day). The file is created new; if another writer took the name meanwhile, the
///   next number (or suffix) is tried, so simultaneous exports never share a number.
/// - The template: `template` if given, else the log's (Nygard in adr-tools logs, MADR
///   elsewhere); a MADR record uses the log's header (front matter, or `- Status:` lines
///   in MADR 2 and log4brains logs), list marker and extra front-matter keys.
/// - The title: the session's, or "Décision d'hébergement" / "Hosting decision" in the
///   document's language; the date `date`, else the session's, else today.
///
/// With `supersedes: Some(name)` (a number or a file name), that record must exist and not
/// be superseded yet, and the session must be Accepted ([`LogError::NotAccepted`]
/// otherwise: a proposal does not replace a decision); the new record links to it, and it
/// is marked superseded in its own format. If that fails, the new record is removed again,
/// so the log is left as it was. The whole export holds the log's lock.
pub fn export(
    log: &AdrLog,
    kit: &CheckedKit,
    session: &Session,
    supersedes: Option<&str>,
    date: &str,
    template: Option<Template>,
) -> Result<Export, LogError> {
    let asked = Asked {
        kit,
        session,
        supersedes,
        date,
        template,
    };
    export_steps(log, &asked, false)?.ok_or_else(|| LogError::Busy(log.dir.clone()))
}

/// Fault injection, for tests: [`export`] stopped dead after the first of the two writes of
/// a supersession (the old record marked, the new one not yet created), as a `kill -9`
/// there would leave the log. Returns `Ok(None)` when it stopped there.
#[doc(hidden)]
pub fn export_crashing_between_writes(
    log: &AdrLog,
    kit: &CheckedKit,
    session: &Session,
    supersedes: Option<&str>,
    date: &str,
) -> Result<Option<Export>, LogError> {
    let asked = Asked {
        kit,
        session,
        supersedes,
        date,
        template: None,
    };
    export_steps(log, &asked, true)
}

/// What an export was asked for.
pub(super) struct Asked<'a> {
    pub(super) kit: &'a CheckedKit,
    pub(super) session: &'a Session,
    pub(super) supersedes: Option<&'a str>,
    pub(super) date: &'a str,
    pub(super) template: Option<Template>,
}

/// How to undo an export: the record it marked superseded, and that record's text before.
pub(super) type Undo = Option<(PathBuf, String)>;

/// Why the log refuses an export before anything is read: its folder gone or outside the
/// repository, or a supersession by a decision that is not accepted.
pub(super) fn refused(log: &AdrLog, asked: &Asked) -> Result<(), LogError> {
    if !log.dir.is_dir() {
        return Err(LogError::MissingFolder(log.dir.clone()));
    }
    if !super::inside(&log.root, &log.dir) {
        return Err(LogError::Outside {
            path: log.dir.clone(),
            root: log.root.clone(),
        });
    }
    let status = asked.session.adr.status;
    if asked.supersedes.is_some() && status != Status::Accepted {
        return Err(LogError::NotAccepted {
            status: crate::render::madr_status_word(status),
        });
    }
    Ok(())
}

/// The session as exported (the template chosen, a title when it has none) and its date:
/// the one asked for, the session's, or today.
pub(super) fn prepared(session: &Session, template: Template, date: &str) -> (Session, String) {
    let mut session = session.clone();
    session.adr.template = template;
    if session.adr.title.trim().is_empty() {
        let untitled = doc_words(session.adr.lang).untitled_decision;
        untitled.clone_into(&mut session.adr.title);
    }
    let date = [date, session.adr.date.as_str()]
        .into_iter()
        .map(str::trim)
        .find(|d| !d.is_empty())
        .map_or_else(crate::today, str::to_owned);
    (session, date)
}

/// [`export`], stopping after the first write when `crash` (see
/// [`export_crashing_between_writes`]).
fn export_steps(log: &AdrLog, asked: &Asked, crash: bool) -> Result<Option<Export>, LogError> {
    refused(log, asked)?;
    let _lock = log.lock()?;
    Ok(export_locked(log, asked, crash)?.map(|(export, _)| export))
}

/// [`export_steps`] once refusals are passed and the lock is held: the export, and how to
/// undo its change to the record it superseded.
pub(super) fn export_locked(
    log: &AdrLog,
    asked: &Asked,
    crash: bool,
) -> Result<Option<(Export, Undo)>, LogError> {
    let Asked {
        kit,
        session,
        supersedes,
        date,
        template,
    } = *asked;
    let (scan, naming) = log.scan_listing(record_files(&log.dir, &log.root)?);
    let style = super::parse::style_of(log.kind, naming, &scan);
    let findings = super::check::findings(&scan, log.kind, super::Strictness::Convention);
    let old = match supersedes {
        Some(name) => Some(log.find_in(&scan, name)?),
        None => None,
    };
    // An export stopped after marking the old record: its successor takes the name the old
    // record already gives it. A successor the old record does not name (left by an older
    // arbitre, or by hand): the old record is marked, and no second successor is written.
    let resumed = old.as_ref().and_then(|r| interrupted_successor(log, r));
    if let Some(record) = &old
        && resumed.is_none()
        && let Some(by) = unmarked_successor(&scan, record)
    {
        log.rewrite(
            &record.target,
            &AdrLog::superseded_text(record, &by.link(), &style)?,
        )?;
        return Err(LogError::Completed {
            file: record.file.clone(),
            by: by.file_name(),
        });
    }
    let (session, date) = prepared(session, template.unwrap_or(style.template), date);
    let today = crate::today();
    let recommendation = session.recommend(kit);
    let mut path = None;
    let mut undo = None;
    let mut number_written = 0;
    for attempt in 0..ATTEMPTS {
        let (number, file) = match (&resumed, naming) {
            (Some((number, file)), _) => (*number, file.clone()),
            (None, Naming::Numbered) => {
                let number = log.next_number()?;
                (number, style.numbered_file_name(number, &session.adr.title))
            }
            (None, Naming::Dated) => {
                let day: String = today.chars().filter(char::is_ascii_digit).collect();
                (
                    day.parse().unwrap_or(0),
                    dated_file_name(&today, &session.adr.title, attempt + 1),
                )
            }
        };
        if resumed.is_none() && std::fs::symlink_metadata(log.dir.join(&file)).is_ok() {
            // Taken: the next name, before the old record is touched.
            continue;
        }
        let new_link = LinkRef {
            number,
            title: session.adr.title.clone(),
            file: file.clone(),
        };
        // Everything that can fail on the old record fails before anything is written.
        let marked = match (&old, &resumed) {
            (Some(record), None) => Some((
                record,
                AdrLog::read_record(record)?,
                AdrLog::superseded_text(record, &new_link, &style)?,
            )),
            _ => None,
        };
        let input = AdrInput {
            number,
            date: date.clone(),
            supersedes: old.iter().map(super::Record::link).collect(),
            layout: style.layout(),
            ..AdrInput::new(kit, &session, &recommendation, &today)
        };
        let text = crate::render_with_session(&input);
        // The old record first, marked with its successor's name: stopped here, the log
        // says where the successor goes, `adr check` reports it, and the same export again
        // completes it.
        if let Some((record, _, marked_text)) = &marked {
            log.rewrite(&record.target, marked_text)?;
        }
        if crash && marked.is_some() {
            return Ok(None);
        }
        match log.write_new(&file, &text) {
            Ok(written) => {
                path = Some(written);
                number_written = number;
                undo = marked.map(|(record, before, _)| (record.target.clone(), before));
                break;
            }
            Err(e) => {
                // Undo, so the log never says "superseded" on one side only. The error
                // reported is the one that stopped the export.
                if let Some((record, before, _)) = &marked {
                    let _undone = log.rewrite(&record.target, before).is_ok();
                }
                if resumed.is_some() || !matches!(e, LogError::Exists(_)) {
                    return Err(e);
                }
            }
        }
    }
    let path = path.ok_or_else(|| LogError::Busy(log.dir.clone()))?;
    let export = Export {
        path,
        superseded: old.map(|r| r.file),
        template: session.adr.template,
        style,
        findings,
        number: number_written,
        title: session.adr.title.clone(),
        components: Vec::new(),
    };
    Ok(Some((export, undo)))
}

/// The successor's name and number an interrupted export left in `old` (marked superseded
/// by a file of the folder that does not exist), if it did.
fn interrupted_successor(log: &AdrLog, old: &super::Record) -> Option<(u32, String)> {
    let name = super::check::percent_decode(&old.superseded_by()?);
    if name.is_empty() || name.contains(['/', '\\']) || name.starts_with('.') {
        return None;
    }
    if std::fs::symlink_metadata(log.dir.join(&name)).is_ok() {
        return None;
    }
    let number = u32::try_from(super::names::leading_number(name.as_bytes())?).ok()?;
    Some((number, name))
}

/// An accepted record that says it supersedes `old` while `old` is not marked superseded.
fn unmarked_successor<'a>(scan: &'a Scan, old: &super::Record) -> Option<&'a super::Record> {
    if old.is_superseded() {
        return None;
    }
    let name = old.file_name();
    scan.records.iter().find(|r| {
        r.file != old.file
            && r.state.known() == Some(Status::Accepted)
            && r.supersedes()
                .iter()
                .any(|d| super::check::percent_decode(d) == name)
    })
}

/// Where [`AdrLog::write_index`] put the index.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum IndexWritten {
    /// A new `index.md`.
    Created(PathBuf),
    /// Between the markers of a file that holds other text too.
    BetweenMarkers(PathBuf),
    /// arbitre's own file, because `index.md` is someone else's.
    OwnFile(PathBuf),
}

impl IndexWritten {
    /// The file written.
    pub fn path(&self) -> &std::path::Path {
        match self {
            Self::Created(p) | Self::BetweenMarkers(p) | Self::OwnFile(p) => p,
        }
    }

    /// What was done, in a few words and a language: `created`, `updated between its
    /// markers`, ….
    pub fn describe(&self, lang: arbitre_core::i18n::Lang) -> String {
        let w = &lang.words().log_findings;
        let file = self.path().display().to_string();
        match self {
            Self::Created(_) => (w.index_created)(&file),
            Self::BetweenMarkers(_) => (w.index_between_markers)(&file),
            Self::OwnFile(_) => (w.index_own_file)(&file, INDEX_FILE, INDEX_START, INDEX_END),
        }
    }
}

impl AdrLog {
    /// Regenerates arbitre's index of the log (a table `| # | Title | Status | Date |` with
    /// a link to each record), atomically, never over a file someone wrote:
    /// - between the `<!-- arbitre:index:start -->` / `<!-- arbitre:index:end -->` lines of
    ///   `index.md`, `README.md` or `arbitre-index.md`, wherever they are;
    /// - else in a new `index.md`;
    /// - else (`index.md` is someone else's) in `arbitre-index.md`, except in a log4brains
    ///   log, where every other Markdown file is a record: there, arbitre asks for the
    ///   markers ([`LogError::IndexNotOurs`]).
    pub fn write_index(&self) -> Result<(IndexWritten, Vec<super::Problem>), LogError> {
        let _lock = self.lock()?;
        let (scan, _) = self.scan_listing(record_files(&self.dir, &self.root)?);
        let findings = super::check::findings(&scan, self.kind, super::Strictness::Convention);
        let table = render_index_table(&scan);
        for name in [INDEX_FILE, "README.md", OWN_INDEX_FILE] {
            let path = self.dir.join(name);
            if !path.is_file() {
                continue;
            }
            let text = files::read_to_string_limited(&path, arbitre_core::kit::MAX_FILE_BYTES)
                .map_err(|source| LogError::Read {
                    path: path.clone(),
                    source,
                })?;
            if let Some(updated) = between_markers(&text, &table) {
                self.rewrite(&path, &updated)?;
                return Ok((IndexWritten::BetweenMarkers(path), findings));
            }
        }
        let page =
            format!("# Architecture Decision Records\n\n{INDEX_START}\n{table}{INDEX_END}\n");
        let index = self.dir.join(INDEX_FILE);
        if !index.exists() {
            self.write_new(INDEX_FILE, &page)?;
            return Ok((IndexWritten::Created(index), findings));
        }
        if self.kind == LogKind::Log4brains {
            return Err(LogError::IndexNotOurs(index));
        }
        let own = self.dir.join(OWN_INDEX_FILE);
        if own.exists() {
            // It exists, and has no markers (else it was updated above): someone else's.
            return Err(LogError::IndexNotOurs(own));
        }
        self.write_new(OWN_INDEX_FILE, &page)?;
        Ok((IndexWritten::OwnFile(own), findings))
    }
}

/// The text with what lies between the markers replaced by `inner`; `None` without both.
fn between_markers(text: &str, inner: &str) -> Option<String> {
    let start = text.find(INDEX_START)?;
    let after_start = start + INDEX_START.len();
    let end = after_start + text[after_start..].find(INDEX_END)?;
    let nl = if text.contains("\r\n") { "\r\n" } else { "\n" };
    Some(format!(
        "{}{nl}{}{}",
        &text[..after_start],
        inner.replace('\n', nl),
        &text[end..]
    ))
}

/// The Markdown of the whole index page (as written into a new `index.md`).
pub fn render_index(scan: &Scan) -> String {
    format!(
        "# Architecture Decision Records\n\n{INDEX_START}\n{}{INDEX_END}\n",
        render_index_table(scan)
    )
}

/// The index's table, one row per record.
fn render_index_table(scan: &Scan) -> String {
    let mut out = String::from("| # | Title | Status | Date |\n|---|---|---|---|\n");
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
    use crate::log::LogKind;
    use crate::log::test_support::*;
    use arbitre_core::i18n::Lang;

    #[test]
    fn index_escapes_and_links() -> R {
        let dir = tempfile::tempdir()?;
        let log = AdrLog::new(dir.path().to_owned(), LogKind::Madr);
        write(
            &dir.path().join("0002-pipes.md"),
            "# 2. A | B\n\nDate: 2024-01-01\n\n## Status\n\nAccepted\n\n## Context\n",
        );
        write(&dir.path().join("0001-odd (name).md"), "# One\n");
        let (written, _) = log.write_index()?;
        assert_eq!(written, IndexWritten::Created(dir.path().join("index.md")));
        assert_eq!(
            read(written.path()),
            "# Architecture Decision Records\n\n<!-- arbitre:index:start -->\n| # | Title | Status | Date |\n|---|---|---|---|\n| 1 | [One](0001-odd%20%28name%29.md) |  |  |\n| 2 | [A \\| B](0002-pipes.md) | Accepted | 2024-01-01 |\n<!-- arbitre:index:end -->\n"
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
        let log = AdrLog::new(dir.path().to_owned(), LogKind::Madr);
        write(&dir.path().join("0041-earlier.md"), MADR);
        let mut session = Session::new(&kit);
        session.adr.lang = Lang::Fr;
        let fr = export(&log, &kit, &session, None, "2025-01-02", None)?.path;
        assert_eq!(fr, dir.path().join("0042-decision-d-hebergement.md"));
        session.adr.lang = Lang::En;
        session.adr.status = arbitre_core::session::Status::Accepted;
        let en = export(&log, &kit, &session, Some("41"), "", None)?.path;
        assert_eq!(en, dir.path().join("0043-hosting-decision.md"));
        assert!(read(&en).contains("Hosting decision"));
        assert_eq!(
            log.record(41)?.status,
            "superseded by [ADR-0043](0043-hosting-decision.md)"
        );
        Ok(())
    }
}
