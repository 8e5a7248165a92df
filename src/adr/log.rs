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
//! Everything here is written atomically through [`crate::files`]; a failure leaves every
//! existing record as it was.

use std::path::PathBuf;

use super::LinkRef;
use crate::files::WriteError;
use crate::session::Template;

/// The longest slug [`slug`] makes, in bytes (it is ASCII).
pub const SLUG_MAX: usize = 60;

/// The file [`AdrLog::write_index`] writes in the log folder.
pub const INDEX_FILE: &str = "index.md";

/// Which tool's conventions a log follows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LogKind {
    /// adr-tools: `.adr-dir` or `doc/adr`, Nygard records.
    AdrTools,
    /// MADR: `docs/decisions`, records with front matter.
    Madr,
}

impl LogKind {
    /// The template that suits records in such a log: adr-tools' `list`, `generate toc` and
    /// `new -s` read a record's first line as `# N. Title` and its `## Status` section, which
    /// only the Nygard template writes.
    pub fn suggested_template(self) -> Template {
        match self {
            LogKind::AdrTools => Template::Nygard,
            LogKind::Madr => Template::Madr,
        }
    }
}

/// An ADR log: the folder holding the records, and its conventions.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AdrLog {
    /// The folder holding the `NNNN-slug.md` records.
    pub dir: PathBuf,
    /// Its conventions.
    pub kind: LogKind,
}

/// One record of the log, as read from its file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Record {
    /// Its number (the file name's leading digits).
    pub number: u32,
    /// Its path (the log folder joined with the file name).
    pub file: PathBuf,
    /// Its title, as plain text (Markdown escapes removed, without the `N. ` of Nygard).
    pub title: String,
    /// Its status as written: the front matter's `status:` or the first line of `## Status`;
    /// empty when the record has none.
    pub status: String,
    /// Its date as written (`date:` or `Date:`); empty when the record has none.
    pub date: String,
}

impl Record {
    /// The file name, relative to the log folder (what links use).
    pub fn file_name(&self) -> String {
        self.file
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default()
    }

    /// A link to this record.
    pub fn link(&self) -> LinkRef {
        LinkRef {
            number: self.number,
            title: self.title.clone(),
            file: self.file_name(),
        }
    }
}

/// A file of the log that could not be read as a record, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// The file.
    pub file: PathBuf,
    /// What is wrong with it, in words for the user.
    pub message: String,
}

impl std::fmt::Display for Problem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.file.display(), self.message)
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

/// Why an operation on the log failed; every message names the path and says what to do.
#[derive(Debug, thiserror::Error)]
pub enum LogError {
    /// The folder given as the repository or log does not exist.
    #[error("{0}: does not exist; choose the repository's root folder or its ADR folder")]
    MissingRoot(PathBuf),
    /// The path given as the repository or log is not a folder.
    #[error("{0}: is not a folder; choose the repository's root folder or its ADR folder")]
    NotAFolder(PathBuf),
    /// Nothing that looks like an ADR log was found.
    #[error(
        "{0}: no ADR log found (looked for a .adr-dir file, a doc/adr folder (adr-tools), a docs/decisions folder (MADR), and NNNN-title.md records in the folder itself); run `adr init`, create docs/decisions, or choose another folder"
    )]
    NoLog(PathBuf),
    /// `.adr-dir` names a folder arbitre refuses or cannot use.
    #[error(
        "{file}: {reason}; it must name a folder inside the repository, relative to it (such as doc/adr)"
    )]
    BadAdrDir {
        /// The `.adr-dir` file.
        file: PathBuf,
        /// What is wrong.
        reason: String,
    },
    /// The log folder does not exist (any more).
    #[error("{0}: the ADR folder does not exist; create it or choose another log")]
    MissingFolder(PathBuf),
    /// The log folder cannot be written to.
    #[error(
        "{file}: cannot write: the folder {dir} is read-only; make it writable or export to another folder"
    )]
    ReadOnly {
        /// The folder.
        dir: PathBuf,
        /// The file that was to be written.
        file: PathBuf,
    },
    /// The record file exists and replacing it was not asked for.
    #[error(
        "{0}: already exists; arbitre never overwrites a record: choose another title, or confirm replacing it"
    )]
    Exists(PathBuf),
    /// A file name that is not a plain name inside the log folder.
    #[error("{dir}: refusing to write {name:?}: {reason}; use a plain name such as 0001-title.md")]
    BadFileName {
        /// The log folder.
        dir: PathBuf,
        /// The name asked for.
        name: String,
        /// What is wrong with it.
        reason: &'static str,
    },
    /// No record has that number.
    #[error("{dir}: there is no readable record number {number} in this log; choose one it lists")]
    NoRecord {
        /// The log folder.
        dir: PathBuf,
        /// The number asked for.
        number: u32,
    },
    /// Several records share the number.
    #[error(
        "{dir}: several records have number {number} ({files}); rename all but one so each number is used once"
    )]
    Ambiguous {
        /// The log folder.
        dir: PathBuf,
        /// The number.
        number: u32,
        /// Their file names, comma-separated.
        files: String,
    },
    /// The log has used every number.
    #[error("{0}: the record numbers are exhausted")]
    Full(PathBuf),
    /// A file or folder could not be read.
    #[error("{path}: cannot read: {source}")]
    Read {
        /// What was read.
        path: PathBuf,
        /// The cause.
        source: std::io::Error,
    },
    /// Any other write failure.
    #[error(transparent)]
    Write(WriteError),
}

mod detect;
mod export;
mod names;
mod parse;
mod supersede;
mod write;

pub use detect::detect;
pub use export::{export, render_index};
pub use names::{file_name, slug};
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
