//! The words of an ADR log's errors (the `log_errors` section of the catalog): what went
//! wrong, with the path, and what to do. Each error's data is given as text (paths shown,
//! numbers written); the operating system's own words come in as `cause`.

use serde::Serialize;

use super::{Fmt1, Fmt2, Fmt3};

/// The words of an ADR log's errors, in one language.
#[derive(Debug, Serialize)]
pub struct LogErrors {
    /// The folder given does not exist (path).
    #[serde(skip)]
    pub missing_root: Fmt1,
    /// The path given is not a folder (path).
    #[serde(skip)]
    pub not_a_folder: Fmt1,
    /// No ADR log was found (path).
    #[serde(skip)]
    pub no_log: Fmt1,
    /// A path leads outside the repository (path, root).
    #[serde(skip)]
    pub outside: Fmt2,
    /// `.log4brains.yml` cannot be used (file, reason).
    #[serde(skip)]
    pub bad_log4brains: Fmt2,
    /// The record is already superseded (file, its status as written).
    #[serde(skip)]
    pub already_superseded: Fmt2,
    /// No record answers to a name (log folder, name).
    #[serde(skip)]
    pub no_such_record: Fmt2,
    /// The index file is someone else's (file).
    #[serde(skip)]
    pub index_not_ours: Fmt1,
    /// Superseding with a record that is not accepted (its status word).
    #[serde(skip)]
    pub not_accepted: Fmt1,
    /// Another program keeps taking the next number (log folder).
    #[serde(skip)]
    pub busy: Fmt1,
    /// `.adr-dir` cannot be used (file, reason).
    #[serde(skip)]
    pub bad_adr_dir: Fmt2,
    /// The log folder does not exist (folder).
    #[serde(skip)]
    pub missing_folder: Fmt1,
    /// The log folder cannot be written to (file, folder).
    #[serde(skip)]
    pub read_only: Fmt2,
    /// The record file exists (file).
    #[serde(skip)]
    pub exists: Fmt1,
    /// A file name refused (log folder, name, reason).
    #[serde(skip)]
    pub bad_file_name: Fmt3,
    /// No record has that number (log folder, number).
    #[serde(skip)]
    pub no_record: Fmt2,
    /// Several records share a number (log folder, number, their file names).
    #[serde(skip)]
    pub ambiguous: Fmt3,
    /// The log used every number (log folder).
    #[serde(skip)]
    pub full: Fmt1,
    /// A file or folder could not be read (path, cause).
    #[serde(skip)]
    pub read: Fmt2,
    /// A record not edited, for what arbitre did not understand (file, problem).
    #[serde(skip)]
    pub not_understood: Fmt2,
    /// A half-done supersession completed instead (file, the superseding record's name).
    #[serde(skip)]
    pub completed: Fmt2,
    /// Another writer holds the lock and this write does not wait (log folder).
    #[serde(skip)]
    pub locked: Fmt1,
    /// Another writer held the lock for longer than the wait (log folder, seconds).
    #[serde(skip)]
    pub lock_timeout: Fmt2,
    /// `adr init` where a log already is (its tool, its folder).
    #[serde(skip)]
    pub already_a_log: Fmt2,
    /// A new record without a title.
    pub empty_title: &'static str,

    /// Reason: the configuration file names nothing.
    pub config_empty: &'static str,
    /// Reason: `.log4brains.yml` has no `adrFolder`.
    pub no_adr_folder: &'static str,
    /// Reason: the folder named is an absolute path (as named).
    #[serde(skip)]
    pub absolute: Fmt1,
    /// Reason: the folder named leads outside the repository (as named).
    #[serde(skip)]
    pub leads_outside: Fmt1,
    /// Reason: `.adr-dir` names a folder that is not there (as named, the path).
    #[serde(skip)]
    pub names_no_folder: Fmt2,
    /// Reason: `adrFolder` is not a folder (as named, the path).
    #[serde(skip)]
    pub adr_folder_not_a_folder: Fmt2,

    /// Reason: the file name is empty.
    pub name_empty: &'static str,
    /// Reason: the file name holds a path separator.
    pub name_separator: &'static str,
    /// Reason: the file name holds `..` or is `.`.
    pub name_dots: &'static str,
    /// Reason: the file name holds a character file systems refuse.
    pub name_refused_char: &'static str,

    /// Front matter: a key written otherwise than read (key, as written).
    #[serde(skip)]
    pub front_spelled: Fmt2,
    /// Front matter: a key there several times (key, how many).
    #[serde(skip)]
    pub front_twice: Fmt2,
    /// Front matter: a line in a form of YAML not read (the line).
    #[serde(skip)]
    pub front_unread: Fmt1,
}
