//! The errors' words in English. The operating system's and the RON parser's own texts are
//! English: they are shown as they are, so no kind is worded here.

use crate::i18n::words::errors::Errors;

/// The errors' words in English.
pub(super) const ERRORS: Errors = Errors {
    io_kind: |_| None,
    not_permitted: |os| {
        format!(
            "{os} (the file or its folder refuses changes: it may be immutable or append-only, see lsattr)"
        )
    },
    read_only_hint: " (the file system is mounted read-only)",
    unreadable: |file, why| format!("{file}: cannot read: {why}"),
    cannot_write: |file, why| format!("{file}: cannot write: {why}"),
    too_large: |file, limit| format!("{file}: too large (more than {limit} bytes)"),
    not_text: |file| {
        format!("{file}: not a text file (it is not valid UTF-8 or contains NUL bytes)")
    },
    exists: |file| format!("{file}: already exists; choose another name or allow replacing it"),
    changed: |file| {
        format!(
            "{file}: changed on disk since it was opened; replacing it would erase those changes"
        )
    },
    outside: |path, root| {
        format!(
            "{path}: refusing: it leads outside the data folder {root} (through a symbolic link or `..`); arbitre only writes inside its data folder"
        )
    },
    at: |file, line, column, what| format!("{file}:{line}:{column}: {what}"),
    ron: |_| None,
    ron_other: str::to_owned,
    nested_too_deeply: "nested too deeply: brackets are opened here beyond the depth any kit or session has",
    not_a_session: |why| format!("not an arbitre session: {why}"),
    in_value: |key, why| format!("the value of \"{key}\": {why}"),
    newer_session: |format, reads| {
        format!(
            "this session was written by a newer arbitre (format {format}; this one reads up to {reads}); update arbitre to open it"
        )
    },
};
