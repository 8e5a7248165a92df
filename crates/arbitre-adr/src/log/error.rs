//! Why an operation on an ADR log failed, as typed data, and its words: [`LogError::message`]
//! words it from the catalog's `log_errors` section in a language, and `Display` is the
//! English of the same words (the command line's stderr), so the two never drift.

use std::path::{Path, PathBuf};

use arbitre_core::files::WriteError;
use arbitre_core::i18n::Lang;

use super::FrontProblem;

/// What is wrong with the folder a log's configuration (`.adr-dir`, `.log4brains.yml`) names.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FolderProblem {
    /// The file names nothing.
    Empty,
    /// `.log4brains.yml` has no `adrFolder`.
    NoAdrFolder,
    /// The folder named is an absolute path.
    Absolute(String),
    /// The folder named leads outside the repository (`..`).
    LeadsOutside(String),
    /// `.adr-dir` names a folder that is not there.
    NamesNoFolder {
        /// The folder as named.
        named: String,
        /// Where it would be.
        dir: PathBuf,
    },
    /// `adrFolder` names something that is not a folder.
    AdrFolderNotAFolder {
        /// The folder as named.
        named: String,
        /// Where it would be.
        dir: PathBuf,
    },
}

/// Why a record's file name is refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NameProblem {
    /// The name is empty.
    Empty,
    /// It holds a path separator.
    Separator,
    /// It holds `..` or is `.`.
    Dots,
    /// It holds a character file systems refuse (NUL, `:`).
    RefusedChar,
}

/// Why an operation on the log failed; every message names the path and says what to do.
#[derive(Debug)]
pub enum LogError {
    /// The folder given as the repository or log does not exist.
    MissingRoot(PathBuf),
    /// The path given as the repository or log is not a folder.
    NotAFolder(PathBuf),
    /// Nothing that looks like an ADR log was found.
    NoLog(PathBuf),
    /// A path that resolves outside the repository (a symbolic link, `..`).
    Outside {
        /// The path.
        path: PathBuf,
        /// The repository root.
        root: PathBuf,
    },
    /// `.log4brains.yml` cannot be used.
    BadLog4brains {
        /// The file.
        file: PathBuf,
        /// What is wrong.
        reason: FolderProblem,
    },
    /// The record is already superseded.
    AlreadySuperseded {
        /// The record.
        file: PathBuf,
        /// Its status as written.
        status: String,
    },
    /// No record answers to a name.
    NoSuchRecord {
        /// The log folder.
        dir: PathBuf,
        /// The name given.
        name: String,
    },
    /// The index file is someone else's and has no markers to write between.
    IndexNotOurs(PathBuf),
    /// Superseding with a record that is not accepted.
    NotAccepted {
        /// The new record's status.
        status: &'static str,
    },
    /// The log was changed by another program while arbitre waited for it.
    Busy(PathBuf),
    /// One record per component asked, into the log in this folder, for a session without
    /// components.
    NoComponents(PathBuf),
    /// `.adr-dir` names a folder arbitre refuses or cannot use.
    BadAdrDir {
        /// The `.adr-dir` file.
        file: PathBuf,
        /// What is wrong.
        reason: FolderProblem,
    },
    /// The log folder does not exist (any more).
    MissingFolder(PathBuf),
    /// The log folder cannot be written to.
    ReadOnly {
        /// The folder.
        dir: PathBuf,
        /// The file that was to be written.
        file: PathBuf,
    },
    /// The record file exists and replacing it was not asked for.
    Exists(PathBuf),
    /// A file name that is not a plain name inside the log folder.
    BadFileName {
        /// The log folder.
        dir: PathBuf,
        /// The name asked for.
        name: String,
        /// What is wrong with it.
        reason: NameProblem,
    },
    /// No record has that number.
    NoRecord {
        /// The log folder.
        dir: PathBuf,
        /// The number asked for.
        number: u32,
    },
    /// Several records share the number.
    Ambiguous {
        /// The log folder.
        dir: PathBuf,
        /// The number.
        number: u32,
        /// Their file names, comma-separated.
        files: String,
    },
    /// The log has used every number arbitre can write.
    Full(PathBuf),
    /// A file or folder could not be read.
    Read {
        /// What was read.
        path: PathBuf,
        /// The cause.
        source: std::io::Error,
    },
    /// A record written in a way arbitre does not understand where it would edit it.
    NotUnderstood {
        /// The record.
        file: PathBuf,
        /// What arbitre did not understand.
        problem: FrontProblem,
    },
    /// Superseding a record another record already says it supersedes: that supersession,
    /// left half done (an export interrupted), was completed instead.
    Completed {
        /// The old record, now marked.
        file: PathBuf,
        /// The file name of the record that supersedes it.
        by: String,
    },
    /// Another writer holds the log's lock, and this write does not wait.
    Locked(PathBuf),
    /// Another writer held the log's lock for longer than this write waits.
    LockTimeout {
        /// The log folder.
        dir: PathBuf,
        /// How long it waited, in seconds.
        secs: u64,
    },
    /// `adr init` where a log already is.
    AlreadyALog {
        /// Its tool's name.
        tool: &'static str,
        /// Its folder.
        dir: PathBuf,
    },
    /// A new record without a title.
    EmptyTitle,
    /// Any other write failure.
    Write(WriteError),
}

/// A path as messages show it.
fn shown(path: &Path) -> String {
    path.display().to_string()
}

impl FolderProblem {
    /// The problem in words, in a language.
    pub fn message(&self, lang: Lang) -> String {
        let w = &lang.words().log_errors;
        match self {
            FolderProblem::Empty => w.config_empty.to_owned(),
            FolderProblem::NoAdrFolder => w.no_adr_folder.to_owned(),
            FolderProblem::Absolute(named) => (w.absolute)(named),
            FolderProblem::LeadsOutside(named) => (w.leads_outside)(named),
            FolderProblem::NamesNoFolder { named, dir } => (w.names_no_folder)(named, &shown(dir)),
            FolderProblem::AdrFolderNotAFolder { named, dir } => {
                (w.adr_folder_not_a_folder)(named, &shown(dir))
            }
        }
    }
}

impl NameProblem {
    /// The problem in words, in a language.
    pub fn message(self, lang: Lang) -> &'static str {
        let w = &lang.words().log_errors;
        match self {
            NameProblem::Empty => w.name_empty,
            NameProblem::Separator => w.name_separator,
            NameProblem::Dots => w.name_dots,
            NameProblem::RefusedChar => w.name_refused_char,
        }
    }
}

impl LogError {
    /// The error in words, in a language, from the catalog's `log_errors` section. The
    /// operating system's words (a read or write failure) are its own, in English: the
    /// window words those itself.
    pub fn message(&self, lang: Lang) -> String {
        let w = &lang.words().log_errors;
        match self {
            LogError::MissingRoot(p) => (w.missing_root)(&shown(p)),
            LogError::NotAFolder(p) => (w.not_a_folder)(&shown(p)),
            LogError::NoLog(p) => (w.no_log)(&shown(p)),
            LogError::AlreadyALog { tool, dir } => (w.already_a_log)(tool, &shown(dir)),
            LogError::EmptyTitle => w.empty_title.to_owned(),
            LogError::Outside { path, root } => (w.outside)(&shown(path), &shown(root)),
            LogError::BadLog4brains { file, reason } => {
                (w.bad_log4brains)(&shown(file), &reason.message(lang))
            }
            LogError::AlreadySuperseded { file, status } => {
                (w.already_superseded)(&shown(file), status)
            }
            LogError::NoSuchRecord { dir, name } => (w.no_such_record)(&shown(dir), name),
            LogError::IndexNotOurs(p) => (w.index_not_ours)(&shown(p)),
            LogError::NotAccepted { status } => (w.not_accepted)(status),
            LogError::Busy(p) => (w.busy)(&shown(p)),
            LogError::NoComponents(p) => {
                format!(
                    "{} {}",
                    lang.colon(&shown(p)),
                    lang.words().cli.no_components
                )
            }
            LogError::BadAdrDir { file, reason } => {
                (w.bad_adr_dir)(&shown(file), &reason.message(lang))
            }
            LogError::MissingFolder(p) => (w.missing_folder)(&shown(p)),
            LogError::ReadOnly { dir, file } => (w.read_only)(&shown(file), &shown(dir)),
            LogError::Exists(p) => (w.exists)(&shown(p)),
            LogError::BadFileName { dir, name, reason } => {
                (w.bad_file_name)(&shown(dir), name, reason.message(lang))
            }
            LogError::NoRecord { dir, number } => (w.no_record)(&shown(dir), &number.to_string()),
            LogError::Ambiguous { dir, number, files } => {
                (w.ambiguous)(&shown(dir), &number.to_string(), files)
            }
            LogError::Full(p) => (w.full)(&shown(p)),
            LogError::Read { path, source } => {
                (w.read)(&shown(path), &arbitre_core::i18n::io_error(source, lang))
            }
            LogError::NotUnderstood { file, problem } => {
                (w.not_understood)(&shown(file), &problem.message(lang))
            }
            LogError::Completed { file, by } => (w.completed)(&shown(file), by),
            LogError::Locked(p) => (w.locked)(&shown(p)),
            LogError::LockTimeout { dir, secs } => (w.lock_timeout)(&shown(dir), &secs.to_string()),
            LogError::Write(e) => e.message(lang),
        }
    }
}

impl std::fmt::Display for LogError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message(Lang::En))
    }
}

impl std::error::Error for LogError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            LogError::Read { source, .. } => Some(source),
            // `Write` was transparent: its source is the write error's.
            LogError::Write(e) => std::error::Error::source(e),
            _ => None,
        }
    }
}

impl FrontProblem {
    /// The problem in words, in a language.
    pub fn message(&self, lang: Lang) -> String {
        let w = &lang.words().log_errors;
        match self {
            FrontProblem::Spelled { key, written } => (w.front_spelled)(key, written),
            FrontProblem::Twice { key, count } => (w.front_twice)(key, &count.to_string()),
            FrontProblem::Unread { line } => (w.front_unread)(line),
        }
    }
}

impl std::fmt::Display for FrontProblem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message(Lang::En))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use arbitre_core::i18n::typo;

    /// One error of every variant (and every reason), with paths and values in them.
    fn every_error() -> Vec<LogError> {
        let p = || PathBuf::from("/r/doc/adr");
        let f = || PathBuf::from("/r/doc/adr/0003-x.md");
        let mut all = vec![
            LogError::MissingRoot(p()),
            LogError::NotAFolder(p()),
            LogError::NoLog(p()),
            LogError::Outside {
                path: f(),
                root: p(),
            },
            LogError::AlreadySuperseded {
                file: f(),
                status: "Superseded by [5. Y](0005-y.md)".into(),
            },
            LogError::NoSuchRecord {
                dir: p(),
                name: "zz".into(),
            },
            LogError::IndexNotOurs(f()),
            LogError::NotAccepted { status: "proposed" },
            LogError::Busy(p()),
            LogError::NoComponents(p()),
            LogError::MissingFolder(p()),
            LogError::ReadOnly {
                dir: p(),
                file: f(),
            },
            LogError::Exists(f()),
            LogError::NoRecord {
                dir: p(),
                number: 7,
            },
            LogError::Ambiguous {
                dir: p(),
                number: 7,
                files: "0007-a.md, 0007-b.md".into(),
            },
            LogError::Full(p()),
            LogError::Read {
                path: f(),
                source: std::io::Error::from(std::io::ErrorKind::NotFound),
            },
            LogError::Completed {
                file: f(),
                by: "0005-y.md".into(),
            },
            LogError::Locked(p()),
            LogError::LockTimeout { dir: p(), secs: 5 },
            LogError::AlreadyALog {
                tool: "adr-tools",
                dir: p(),
            },
            LogError::EmptyTitle,
        ];
        for reason in [
            FolderProblem::Empty,
            FolderProblem::NoAdrFolder,
            FolderProblem::Absolute("/etc".into()),
            FolderProblem::LeadsOutside("../x".into()),
            FolderProblem::NamesNoFolder {
                named: "doc/adr".into(),
                dir: p(),
            },
            FolderProblem::AdrFolderNotAFolder {
                named: "./docs/adr".into(),
                dir: p(),
            },
        ] {
            all.push(LogError::BadAdrDir {
                file: f(),
                reason: reason.clone(),
            });
            all.push(LogError::BadLog4brains { file: f(), reason });
        }
        for reason in [
            NameProblem::Empty,
            NameProblem::Separator,
            NameProblem::Dots,
            NameProblem::RefusedChar,
        ] {
            all.push(LogError::BadFileName {
                dir: p(),
                name: "a/b".into(),
                reason,
            });
        }
        for problem in [
            FrontProblem::Spelled {
                key: "status",
                written: "Status".into(),
            },
            FrontProblem::Twice {
                key: "status",
                count: 2,
            },
            FrontProblem::Unread {
                line: "{status: x}".into(),
            },
        ] {
            all.push(LogError::NotUnderstood { file: f(), problem });
        }
        all
    }

    #[test]
    fn every_error_reads_french_in_french_and_english_in_english() {
        for e in every_error() {
            let (fr, en) = (e.message(Lang::Fr), e.message(Lang::En));
            assert_eq!(en, e.to_string(), "Display is the English words");
            assert_ne!(fr, en, "{e:?}");
            assert!(fr.contains("\u{a0}:") || fr.contains("\u{a0};"), "{fr}");
            // Code between backticks (`adrFolder: …`) is not French text.
            let prose: String = fr.split('`').step_by(2).collect();
            assert!(
                typo::is_french_right(&prose),
                "not French typography: {fr:?}"
            );
            assert!(!en.contains('\u{a0}'), "{en:?}");
            if matches!(e, LogError::EmptyTitle) {
                // Said in the window or the command that asked for a title: no path.
                continue;
            }
            assert!(en.contains("/r/doc/adr") || en.contains("proposed"), "{en}");
            assert!(fr.contains("/r/doc/adr") || fr.contains("proposed"), "{fr}");
        }
    }

    #[test]
    fn english_words_are_the_ones_the_command_line_always_printed() {
        let e = LogError::BadFileName {
            dir: "/r".into(),
            name: "a/b".into(),
            reason: NameProblem::Separator,
        };
        assert_eq!(
            e.to_string(),
            "/r: refusing to write \"a/b\": it holds a path separator; use a plain name such as 0001-title.md"
        );
        let e = LogError::BadAdrDir {
            file: "/r/.adr-dir".into(),
            reason: FolderProblem::LeadsOutside("../x".into()),
        };
        assert_eq!(
            e.to_string(),
            "/r/.adr-dir: \"../x\" leads outside the repository; it must name a folder inside the repository, relative to it (such as doc/adr)"
        );
        let e = FrontProblem::Twice {
            key: "status",
            count: 2,
        };
        assert_eq!(
            e.to_string(),
            "its front matter has the key `status` 2 times; keep one"
        );
        assert_eq!(
            e.message(Lang::Fr),
            "son en-tête YAML contient la clé `status` 2\u{a0}fois\u{a0}; n'en gardez qu'une"
        );
    }

    #[test]
    fn a_write_error_keeps_its_own_words_and_source() {
        let w = WriteError::Exists("/r/x.md".into());
        let text = w.to_string();
        let e = LogError::Write(w);
        assert_eq!(e.to_string(), text);
        let read = LogError::Read {
            path: "/r".into(),
            source: std::io::Error::from(std::io::ErrorKind::NotFound),
        };
        assert!(std::error::Error::source(&read).is_some());
    }
}
