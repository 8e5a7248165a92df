//! The words of an ADR log's errors (the `log_errors` section of the catalog): what went
//! wrong, with the path, and what to do. Each error's data is given as text (paths shown,
//! numbers written); the operating system's own words come in as `cause`.

use super::{Fmt1, Fmt2, Fmt3};

/// The words of an ADR log's errors, in one language.
#[derive(Debug)]
pub struct LogErrors {
    /// The folder given does not exist (path).
    pub missing_root: Fmt1,
    /// The path given is not a folder (path).
    pub not_a_folder: Fmt1,
    /// No ADR log was found (path).
    pub no_log: Fmt1,
    /// A path leads outside the repository (path, root).
    pub outside: Fmt2,
    /// `.log4brains.yml` cannot be used (file, reason).
    pub bad_log4brains: Fmt2,
    /// The record is already superseded (file, its status as written).
    pub already_superseded: Fmt2,
    /// No record answers to a name (log folder, name).
    pub no_such_record: Fmt2,
    /// The index file is someone else's (file).
    pub index_not_ours: Fmt1,
    /// Superseding with a record that is not accepted (its status word).
    pub not_accepted: Fmt1,
    /// Another program keeps taking the next number (log folder).
    pub busy: Fmt1,
    /// `.adr-dir` cannot be used (file, reason).
    pub bad_adr_dir: Fmt2,
    /// The log folder does not exist (folder).
    pub missing_folder: Fmt1,
    /// The log folder cannot be written to (file, folder).
    pub read_only: Fmt2,
    /// The record file exists (file).
    pub exists: Fmt1,
    /// A file name refused (log folder, name, reason).
    pub bad_file_name: Fmt3,
    /// No record has that number (log folder, number).
    pub no_record: Fmt2,
    /// Several records share a number (log folder, number, their file names).
    pub ambiguous: Fmt3,
    /// The log used every number (log folder).
    pub full: Fmt1,
    /// A file or folder could not be read (path, cause).
    pub read: Fmt2,
    /// A record not edited, for what arbitre did not understand (file, problem).
    pub not_understood: Fmt2,
    /// A half-done supersession completed instead (file, the superseding record's name).
    pub completed: Fmt2,
    /// Another writer holds the lock and this write does not wait (log folder).
    pub locked: Fmt1,
    /// Another writer held the lock for longer than the wait (log folder, seconds).
    pub lock_timeout: Fmt2,

    /// Reason: the configuration file names nothing.
    pub config_empty: &'static str,
    /// Reason: `.log4brains.yml` has no `adrFolder`.
    pub no_adr_folder: &'static str,
    /// Reason: the folder named is an absolute path (as named).
    pub absolute: Fmt1,
    /// Reason: the folder named leads outside the repository (as named).
    pub leads_outside: Fmt1,
    /// Reason: `.adr-dir` names a folder that is not there (as named, the path).
    pub names_no_folder: Fmt2,
    /// Reason: `adrFolder` is not a folder (as named, the path).
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
    pub front_spelled: Fmt2,
    /// Front matter: a key there several times (key, how many).
    pub front_twice: Fmt2,
    /// Front matter: a line in a form of YAML not read (the line).
    pub front_unread: Fmt1,
}
