//! The words of an ADR log's errors in English (the `log_errors` section).

use crate::i18n::words::log_errors::LogErrors;

/// The words of an ADR log's errors, in English (also the errors' `Display`).
pub(super) const LOG_ERRORS: LogErrors = LogErrors {
    missing_root: |p| {
        format!("{p}: does not exist; choose the repository's root folder or its ADR folder")
    },
    not_a_folder: |p| {
        format!("{p}: is not a folder; choose the repository's root folder or its ADR folder")
    },
    no_log: |p| {
        format!(
            "{p}: no ADR log found (looked for a .adr-dir file (adr-tools), a .log4brains.yml file, the folders docs/decisions (MADR), doc/adr, docs/adr, docs/architecture/decisions and docs/architecture-decisions, and NNNN-title.md or adr-NNN-title.md records in the folder itself); run `adr init`, create docs/decisions, or choose another folder"
        )
    },
    outside: |path, root| {
        format!(
            "{path}: refusing: it leads outside the repository {root} (through a symbolic link or `..`); arbitre only writes inside the repository"
        )
    },
    bad_log4brains: |file, reason| {
        format!(
            "{file}: {reason}; it must say `adrFolder: ./docs/adr` (a folder inside the repository)"
        )
    },
    already_superseded: |file, status| {
        format!(
            "{file}: already superseded ({status}); a record is superseded once: supersede the record that replaced it instead"
        )
    },
    no_such_record: |dir, name| {
        format!(
            "{dir}: no record is named {name:?}; give its number or its file name, as `arbitre adr list` shows them"
        )
    },
    index_not_ours: |p| {
        format!(
            "{p}: written by hand (no `<!-- arbitre:index:start -->` / `<!-- arbitre:index:end -->` lines), so arbitre leaves it alone; put those two lines where the index should go, and run the command again"
        )
    },
    not_accepted: |status| {
        format!(
            "the new record's status is {status}: a decision that is not accepted does not supersede one that is; accept it first (`--accept` on the command line), or export it without superseding"
        )
    },
    busy: |p| {
        format!("{p}: another program keeps creating records with the next number; try again")
    },
    bad_adr_dir: |file, reason| {
        format!(
            "{file}: {reason}; it must name a folder inside the repository, relative to it (such as doc/adr)"
        )
    },
    missing_folder: |p| {
        format!("{p}: the ADR folder does not exist; create it or choose another log")
    },
    read_only: |file, dir| {
        format!(
            "{file}: cannot write: the folder {dir} is read-only; make it writable or export to another folder"
        )
    },
    exists: |p| {
        format!(
            "{p}: already exists; arbitre never overwrites a record: choose another title, or confirm replacing it"
        )
    },
    bad_file_name: |dir, name, reason| {
        format!(
            "{dir}: refusing to write {name:?}: {reason}; use a plain name such as 0001-title.md"
        )
    },
    no_record: |dir, number| {
        format!(
            "{dir}: there is no readable record number {number} in this log; choose one it lists"
        )
    },
    ambiguous: |dir, number, files| {
        format!(
            "{dir}: several records have number {number} ({files}); name the one meant by its file name, or rename all but one so each number is used once"
        )
    },
    full: |p| {
        format!(
            "{p}: its number is the highest arbitre can write (4294967295); renumber that record to continue the log"
        )
    },
    read: |path, cause| format!("{path}: cannot read: {cause}"),
    not_understood: |file, problem| {
        format!(
            "{file}: not edited: {problem} (arbitre edits only what it reads: a second key would make YAML readers refuse the record)"
        )
    },
    completed: |file, by| {
        format!(
            "{file}: {by} already says it supersedes it, but it was not marked superseded (an export was interrupted): marked it superseded by {by} now, and wrote nothing new; to replace that decision, supersede {by} instead"
        )
    },
    locked: |p| {
        format!(
            "{p}: another writer holds the log lock (another arbitre is writing in this log); nothing was written; try again in a moment"
        )
    },
    lock_timeout: |dir, secs| {
        format!(
            "{dir}: another writer holds the log lock (another arbitre is writing in this log); gave up after {secs} s, nothing was written; try again once it is done (--lock-wait sets how long to wait)"
        )
    },
    already_a_log: |tool, dir| {
        format!(
            "{dir}: this repository already has an ADR log ({tool}); nothing was written; add a record to it with `adr new`"
        )
    },
    empty_title: "the new record has no title; give it one (it also names the file)",
    config_empty: "it is empty",
    no_adr_folder: "it has no `adrFolder`",
    absolute: |named| format!("{named:?} is an absolute path"),
    leads_outside: |named| format!("{named:?} leads outside the repository"),
    names_no_folder: |named, dir| {
        format!("it names {named:?}, but {dir} is not a folder (create it, or run `adr init`)")
    },
    adr_folder_not_a_folder: |named, dir| {
        format!("its adrFolder {named:?} is not a folder ({dir}); create it")
    },
    name_empty: "the name is empty",
    name_separator: "it holds a path separator",
    name_dots: "it holds `..` or is `.`",
    name_refused_char: "it holds a character file systems refuse",
    front_spelled: |key, written| {
        format!(
            "its front matter writes the key as `{written}`, which arbitre does not read as `{key}`; write it `{key}:` (plain, lowercase)"
        )
    },
    front_twice: |key, count| {
        format!("its front matter has the key `{key}` {count} times; keep one")
    },
    front_unread: |line| {
        format!(
            "its front matter holds `{line}`, a form of YAML arbitre does not read; write one `key: value` per line"
        )
    },
};
