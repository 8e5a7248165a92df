//! The words of an ADR log's findings in English (the `log_findings` section).

use crate::i18n::words::log_findings::LogFindings;

/// The words of an ADR log's findings, in English.
pub(super) const LOG_FINDINGS: LogFindings = LogFindings {
    at: |file, what| format!("{file}: {what}"),
    name_not_utf8: "the file name is not valid UTF-8; skipped (rename it)",
    link_outside: "a symbolic link to a file outside the repository; skipped",
    link_to_nothing: "a symbolic link to nothing; skipped",
    not_a_file: "not a regular file; skipped",
    number_too_large: "the record number is too large to use (above 4294967295); skipped",
    text_not_utf8: "not UTF-8 text; skipped",
    unreadable: |cause| format!("cannot read ({cause}); skipped"),
    duplicate_number: |number, other| {
        format!("number {number} is also used by {other} (branches merged?); rename one of them")
    },
    no_title: "no `# Title` heading; skipped",
    no_title_because: |why| format!("no `# Title` heading ({why}); skipped"),
    title_number: |title, file| format!("its title says number {title}, its file name {file}"),
    not_heading: |line, text| {
        format!("line {line}: `{text}` is not a heading: put a space after the `#`")
    },
    date_without_colon: |line, text| {
        format!(
            "line {line}: `{text}`: write the date as `Date: YYYY-MM-DD`; without the colon, tools do not read it"
        )
    },
    date_in_brackets: |line, text| {
        format!(
            "line {line}: `{text}`: a date in brackets is a list to YAML and tools; write it without the brackets"
        )
    },
    placeholder: |line, text| {
        format!("line {line}: `{text}` is the template's placeholder: fill it in")
    },
    misspelled: |line, word| {
        format!(
            "line {line}: `{word}` is not a relation tools read: write `Supersedes` / `Superseded by`"
        )
    },
    no_status: "no status (a `## Status` section, a `status:` key or a `- Status:` line)",
    broken_link: |dest| format!("a link to {dest}, which does not exist"),
    superseded_one_sided: |dest| {
        format!("marked superseded by {dest}, but {dest} does not say it supersedes it")
    },
    superseded_missing: |dest, name| {
        format!(
            "marked superseded by {dest}, which does not exist (an export was interrupted): export again with --supersedes {name} to complete it"
        )
    },
    supersedes_one_sided: |dest, status| {
        format!(
            "says it supersedes {dest}, but {dest} is not marked superseded by it (its status: {status})"
        )
    },
    link_one_sided: |words, dest| {
        format!(
            "says `{words}` {dest}, but {dest} has no link back to it (a link written on one side only: run the same `arbitre adr link` again to complete it)"
        )
    },
    log_found: |kind, dir, via| format!("{kind} log in {dir} (found through {via})"),
    folder_itself: "the folder itself",
    index_created: |file| format!("{file}: created"),
    index_between_markers: |file| {
        format!(
            "{file}: the index between its arbitre:index markers was updated; the rest of the file is as it was"
        )
    },
    index_own_file: |file, theirs, start, end| {
        format!(
            "{file}: written there, because {theirs} is someone else's (add the lines {start} and {end} to it to have the index there)"
        )
    },
    decision_not_closed: "the decision block is not closed",
    session_not_closed: "the session block is not closed",
    session_not_utf8: "the session block is not UTF-8",
    session_not_base64: |cause| format!("the session block is not valid base64: {cause}"),
};
