//! The ADR log on disk: finding it, listing its records, numbering and naming new ones,
//! writing them without ever overwriting, superseding, and the index.
//!
//! Two layouts are understood, and mixed logs are fine because each record is read (and
//! updated) according to its own shape, not the folder's:
//! - **adr-tools** (Nat Pryce's): a `.adr-dir` file naming the folder, or `doc/adr`; records
//!   `NNNN-slug.md` in Nygard's template, first line `# N. Title`, a `## Status` section.
//! - **MADR**: `docs/decisions`; records `NNNN-slug.md` with YAML front matter (`status:`,
//!   `date:`) and a `# Title` heading.
//!
//! Everything here is written atomically through [`arbitre_core::files`]; a failure leaves every
//! existing record as it was.

use std::path::{Path, PathBuf};

use super::LinkRef;
use arbitre_core::session::Template;

/// The longest slug [`slug`] makes, in bytes (it is ASCII).
pub const SLUG_MAX: usize = 60;

/// The file [`AdrLog::write_index`] writes in the log folder, when it may.
pub const INDEX_FILE: &str = "index.md";

/// The file arbitre writes its index into when `index.md` is someone else's.
pub const OWN_INDEX_FILE: &str = "arbitre-index.md";

/// The line before arbitre's index, in a file that holds other text too.
pub const INDEX_START: &str = "<!-- arbitre:index:start -->";

/// The line after arbitre's index.
pub const INDEX_END: &str = "<!-- arbitre:index:end -->";

/// The largest record file read; larger ones are listed as problems, never read whole.
pub const MAX_RECORD_BYTES: u64 = arbitre_core::kit::MAX_FILE_BYTES;

/// Which tool's conventions a log follows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LogKind {
    /// adr-tools: `.adr-dir` or `doc/adr`, Nygard records `NNNN-slug.md`.
    AdrTools,
    /// log4brains: `.log4brains.yml` names the folder; MADR 2 records `YYYYMMDD-slug.md`
    /// with `- Status:` / `- Date:` / `- Deciders:` lines.
    Log4brains,
    /// MADR: `docs/decisions`, records `NNNN-slug.md` with front matter (MADR 3 and 4) or
    /// `- Status:` lines (MADR 2).
    Madr,
}

impl LogKind {
    /// The template that suits records in such a log: adr-tools' `list`, `generate toc` and
    /// `new -s` read a record's first line as `# N. Title` and its `## Status` section, which
    /// only the Nygard template writes; MADR and log4brains logs hold MADR records.
    pub fn suggested_template(self) -> Template {
        match self {
            LogKind::AdrTools => Template::Nygard,
            LogKind::Madr | LogKind::Log4brains => Template::Madr,
        }
    }

    /// The tool's name, as its users write it (the same in every language).
    pub fn name(self) -> &'static str {
        match self {
            LogKind::AdrTools => "adr-tools",
            LogKind::Log4brains => "log4brains",
            LogKind::Madr => "MADR",
        }
    }
}

/// How new records are named.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Naming {
    /// `NNNN-slug.md`, numbered after the highest (adr-tools, MADR).
    Numbered,
    /// `YYYYMMDD-slug.md` with the day's date, unique within the day (log4brains).
    Dated,
}

/// A log's conventions for new and edited records, read from its records (the kind's
/// defaults for an empty log).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Style {
    /// How new records are named.
    pub naming: Naming,
    /// The template new records are written in (unless the user asks for another).
    pub template: Template,
    /// How a MADR record states its status: front matter, or `- Status:` lines.
    pub header: super::Header,
    /// The list marker the log's records use: `*` or `-`.
    pub bullet: char,
    /// Extra front-matter lines every record carries (Just the Docs' `parent: …`), and the
    /// next `nav_order`, when the records have one.
    pub extra_front: Vec<String>,
    /// A blank line between the front matter and the title, as MADR's template has it;
    /// `false` where the log's records have none.
    pub blank_after_front: bool,
    /// The language the log's records are written in (their section headings), when one
    /// clearly leads; `None` in an empty log or a mixed one.
    pub lang: Option<arbitre_core::i18n::Lang>,
    /// What a numbered record's name starts with before its number: nothing (`0007-…`),
    /// arachne's `adr-` (`adr-007-…`) or Backstage's `adr` (`adr007-…`), as the log's newest
    /// records have it.
    pub name_prefix: String,
    /// How many digits a numbered record's name pads its number to: 4 (adr-tools, MADR), or
    /// as the log's prefixed names have it (3 in arachne's and Backstage's).
    pub name_digits: usize,
}

impl Style {
    /// The defaults of a kind of log.
    pub fn of(kind: LogKind) -> Style {
        Style {
            naming: match kind {
                LogKind::Log4brains => Naming::Dated,
                _ => Naming::Numbered,
            },
            template: kind.suggested_template(),
            header: match kind {
                LogKind::Log4brains => super::Header::Lines,
                _ => super::Header::FrontMatter,
            },
            bullet: if kind == LogKind::Log4brains {
                '-'
            } else {
                '*'
            },
            extra_front: Vec::new(),
            blank_after_front: true,
            lang: None,
            name_prefix: String::new(),
            name_digits: 4,
        }
    }

    /// A numbered record's file name in this log: `0007-slug.md`, or `adr-007-slug.md` and
    /// `adr007-slug.md` where the log names its records so.
    pub fn numbered_file_name(&self, number: u32, title: &str) -> String {
        format!(
            "{}{number:0width$}-{}.md",
            self.name_prefix,
            names::slug(title),
            width = self.name_digits
        )
    }

    /// What the renderer needs of it.
    pub fn layout(&self) -> super::Layout {
        super::Layout {
            header: self.header,
            bullet: self.bullet,
            slug_links: self.naming == Naming::Dated,
            extra_front: self.extra_front.clone(),
            blank_after_front: self.blank_after_front,
        }
    }
}

/// An ADR log: the repository it belongs to, the folder holding the records, and its
/// conventions.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AdrLog {
    /// The repository's root (or the folder chosen), resolved: nothing is written outside.
    pub root: PathBuf,
    /// The folder holding the records.
    pub dir: PathBuf,
    /// Its conventions.
    pub kind: LogKind,
    /// What it was found through: `.adr-dir`, `.log4brains.yml`, `docs/decisions`, … or
    /// `None`: the folder itself.
    pub via: Option<&'static str>,
    /// How a write waits for the folder's lock when another writer holds it: not at all by
    /// default (the window writes between frames), a few seconds on the command line.
    pub wait: LockWait,
}

/// How long a writer waits for the log's lock held by another writer, and who is told.
#[derive(Clone, Copy, Default)]
pub struct LockWait {
    /// The longest wait; zero tries the lock once ([`LogError::Locked`] when it is held).
    pub bound: std::time::Duration,
    /// Called once before waiting, with the log folder and the bound (the command line says
    /// so on stderr).
    pub announce: Option<fn(&Path, std::time::Duration)>,
}

impl PartialEq for LockWait {
    fn eq(&self, other: &Self) -> bool {
        // Whom to tell is not part of what a log is.
        self.bound == other.bound
    }
}

impl Eq for LockWait {}

impl std::fmt::Debug for LockWait {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("LockWait")
            .field("bound", &self.bound)
            .field("announce", &self.announce.is_some())
            .finish()
    }
}

impl AdrLog {
    /// A log in `dir`, which is also its repository root (tests, a folder chosen directly).
    pub fn new(dir: impl Into<PathBuf>, kind: LogKind) -> AdrLog {
        let dir = dir.into();
        AdrLog {
            root: dir.clone(),
            dir,
            kind,
            via: None,
            wait: LockWait::default(),
        }
    }

    /// The log folder relative to the repository root, for messages (`docs/adr`).
    pub fn relative_dir(&self) -> PathBuf {
        let root = std::fs::canonicalize(&self.root).unwrap_or_else(|_| self.root.clone());
        let dir = std::fs::canonicalize(&self.dir).unwrap_or_else(|_| self.dir.clone());
        match dir.strip_prefix(&root) {
            Ok(rel) if rel.as_os_str().is_empty() => PathBuf::from("."),
            Ok(rel) => rel.to_owned(),
            Err(_) => self.dir.clone(),
        }
    }

    /// One line saying what was found, in a language: `adr-tools log in doc/adr (found
    /// through .adr-dir)`.
    pub fn describe(&self, lang: arbitre_core::i18n::Lang) -> String {
        let w = &lang.words().log_findings;
        (w.log_found)(
            self.kind.name(),
            &self.relative_dir().display().to_string(),
            self.via.unwrap_or(w.folder_itself),
        )
    }
}

/// Whether `path` (resolved) lies inside `root` (resolved).
pub(crate) fn inside(root: &Path, path: &Path) -> bool {
    match (std::fs::canonicalize(root), std::fs::canonicalize(path)) {
        (Ok(root), Ok(path)) => path.starts_with(root),
        _ => false,
    }
}

/// One record of the log, as read from its file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Record {
    /// Its number (the file name's leading digits: a date in a log4brains log).
    pub number: u32,
    /// Whether [`Record::number`] is a sequence number (`0007-…`, `adr-007-…`), not the
    /// date of a name `YYYYMMDD-…` or `YYYY-MM-DD-…`.
    pub sequence: bool,
    /// Its path (the log folder joined with the file name).
    pub file: PathBuf,
    /// The file its text is in: `file`, or the record a symbolic link points to (inside the
    /// repository). Edits go there, so the link stays a link.
    pub target: PathBuf,
    /// Its title, as plain text (Markdown escapes removed, without the `N. ` of Nygard).
    pub title: String,
    /// Its status as written: the front matter's `status:`, the `- Status:` line, or the
    /// first line of `## Status`; empty when the record has none.
    pub status: String,
    /// Its status, typed: read once from [`Record::status`] when the record is read.
    pub state: RecordStatus,
    /// Its date as written (`date:`, `- Date:` or `Date:`); empty when the record has none.
    pub date: String,
    /// Its decision-makers (`decision-makers:`, `deciders:`, `- Deciders:`).
    pub deciders: Vec<String>,
    /// The relations its status states (adr-tools' `## Status` lines `Supersedes […](…)`,
    /// `Amended by […](…)`, before or after the status word; a `superseded by […](…)`
    /// status), in the order written.
    pub relations: Vec<RelationLine>,
    /// The relative links to other `.md` files its text holds: (the words before the link,
    /// the destination as written), such as `("Supersedes", "0001-old.md")`.
    pub links: Vec<(String, String)>,
    /// How its text is laid out.
    pub layout: RecordLayout,
    /// The log4brains package whose log holds it (`packages:` in `.log4brains.yml`);
    /// `None` in the global log.
    pub package: Option<String>,
    /// What is wrong with its text but did not stop reading it (a heading without a space
    /// after `#`, a title whose number is not the file's).
    pub warnings: Vec<LogFinding>,
    /// What its text says about the log's style.
    pub(crate) hints: parse::StyleHints,
}

/// How a record's text states its status.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RecordLayout {
    /// Nygard's `## Status` section (adr-tools).
    Nygard,
    /// YAML front matter (MADR 3 and 4).
    FrontMatter,
    /// `- Status:` lines under the title (MADR 2, log4brains).
    Lines,
    /// None of these: no status found.
    Unknown,
}

impl Record {
    /// The file name, relative to the log folder (what links use).
    pub fn file_name(&self) -> String {
        self.file
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default()
    }

    /// The file name without `.md`: log4brains' slug, and how the command line names a
    /// record of a log4brains log.
    pub fn stem(&self) -> String {
        let name = self.file_name();
        name.strip_suffix(".md")
            .or_else(|| name.strip_suffix(".MD"))
            .unwrap_or(&name)
            .to_owned()
    }

    /// The record's stable id: its number where its name has a sequence number (`7`), its
    /// file name without `.md` where the name has a date instead (`20240101-use-x`). Every
    /// command that takes a record takes it.
    pub fn id(&self) -> String {
        if self.sequence {
            self.number.to_string()
        } else {
            self.stem()
        }
    }

    /// A link to this record.
    pub fn link(&self) -> LinkRef {
        LinkRef {
            number: self.number,
            title: self.title.clone(),
            file: self.file_name(),
        }
    }

    /// Whether the record says it is superseded (or replaced, in French): by its status, or
    /// by a `Superseded by` relation line wherever it stands in its Status section.
    pub fn is_superseded(&self) -> bool {
        self.state.is_superseded()
            || self
                .relations
                .iter()
                .any(|r| r.kind == RelationKind::SupersededBy)
    }

    /// The files this record supersedes (its "Supersedes" links).
    pub fn supersedes(&self) -> Vec<String> {
        self.links
            .iter()
            .filter(|(words, _)| {
                let w = words.to_lowercase();
                arbitre_core::i18n::Lang::ALL
                    .iter()
                    .any(|lang| w.ends_with(&lang.words().doc.supersedes.to_lowercase()))
            })
            .map(|(_, dest)| dest.clone())
            .collect()
    }

    /// The file that supersedes this record: its `Superseded by` relation, else the link in
    /// its status.
    pub fn superseded_by(&self) -> Option<String> {
        if let Some(r) = self
            .relations
            .iter()
            .find(|r| r.kind == RelationKind::SupersededBy)
        {
            return Some(r.target.clone());
        }
        if !self.is_superseded() {
            return None;
        }
        let (_, dest) = self.status.rsplit_once("](")?;
        Some(dest.trim_end_matches(')').to_owned())
    }
}

/// A file of the log that could not be read as a record, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// The file.
    pub file: PathBuf,
    /// What is wrong with it.
    pub finding: LogFinding,
}

impl Problem {
    /// `file: what is wrong`, in a language.
    pub fn message(&self, lang: arbitre_core::i18n::Lang) -> String {
        (lang.words().log_findings.at)(
            &self.file.display().to_string(),
            &self.finding.message(lang),
        )
    }
}

impl std::fmt::Display for Problem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message(arbitre_core::i18n::Lang::En))
    }
}

/// What listing a log found: the readable records, sorted by number, and the files skipped.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Scan {
    /// The records, by number (then file name when two share a number).
    pub records: Vec<Record>,
    /// The files that look like records but could not be read, and numbers used twice.
    pub problems: Vec<Problem>,
}

mod browse;
mod check;
mod detect;
mod draft;
mod edit;
mod error;
mod export;
mod finding;
mod front;
mod init;
mod lint;
mod markdown;
mod names;
mod parse;
mod place;
mod split;
mod status;
mod status_section;
mod supersede;
mod text;
mod write;

pub use browse::{Browse, Column, Entry, Query, Stamp, write_sample_log};
pub use check::{Strictness, check};
pub use detect::detect;
pub use draft::{Draft, DraftEnv, Saved, TemplateFrom, process_date};
pub use edit::{Relation, set_status_text};
pub use error::{FolderProblem, LogError, NameProblem};
pub use export::{Export, IndexWritten, export, export_crashing_between_writes, render_index};
pub use finding::LogFinding;
pub use front::FrontProblem;
pub use init::init;
pub use names::{dated_file_name, file_name, slug};
pub use place::{Place, place_of};
pub use split::{component_session, export_split};
pub use status::RecordStatus;
pub use status_section::{RelationKind, RelationLine};
pub use supersede::mark_superseded;

#[cfg(test)]
mod test_support {
    //! Helpers shared by the tests of the log's submodules.

    use std::path::Path;

    use super::*;

    pub(super) type R = Result<(), Box<dyn std::error::Error>>;

    pub(super) fn write(path: &Path, text: &str) {
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).unwrap_or_else(|e| panic!("mkdir: {e}"));
        }
        std::fs::write(path, text).unwrap_or_else(|e| panic!("write {}: {e}", path.display()));
    }

    pub(super) fn read(path: &Path) -> String {
        std::fs::read_to_string(path).unwrap_or_else(|e| panic!("read {}: {e}", path.display()))
    }

    /// The folder's entries, with their content, to show nothing changed.
    pub(super) fn snapshot(dir: &Path) -> Vec<(String, Vec<u8>)> {
        let mut all: Vec<(String, Vec<u8>)> = std::fs::read_dir(dir)
            .map(|rd| {
                rd.filter_map(Result::ok)
                    .map(|e| {
                        (
                            e.file_name().to_string_lossy().into_owned(),
                            std::fs::read(e.path()).unwrap_or_default(),
                        )
                    })
                    .collect()
            })
            .unwrap_or_default();
        all.sort();
        all
    }

    pub(super) const NYGARD: &str = "# 3. Use VMs\n\nDate: 2024-05-01\n\n## Status\n\nAccepted\n\n## Context\n\nWhy.\n\n## Decision\n\nWhat.\n\n## Consequences\n\nSo.\n";

    pub(super) const MADR: &str = "---\nstatus: accepted\ndate: 2024-06-02\ndecision-makers: [a]\n---\n\n# Use \\*containers\\* &amp; pods\n\n## Context and Problem Statement\n\nWhy.\n\n## More Information\n\nSee the wiki.\n";

    pub(super) fn link(number: u32, title: &str) -> LinkRef {
        LinkRef {
            number,
            title: title.into(),
            file: file_name(number, title),
        }
    }
}
