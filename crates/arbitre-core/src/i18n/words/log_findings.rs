//! The words of an ADR log's findings (the `log_findings` section of the catalog): what
//! `arbitre adr check` and the Log screen say about a file of the log that could not be read
//! as a record, or about a record's text. Each finding's data is given as text (file names,
//! numbers written, the status as written); the operating system's own words come in as
//! `cause`. Also what is wrong with an ADR's embedded decision block.

use serde::Serialize;

use super::{Fmt1, Fmt2, Fmt3};

/// A text built from four values.
pub type Fmt4 = fn(&str, &str, &str, &str) -> String;

/// The words of an ADR log's findings, in one language.
#[derive(Debug, Serialize)]
pub struct LogFindings {
    /// A finding about a file (file, what is wrong).
    #[serde(skip)]
    pub at: Fmt2,
    /// A record's file name that is not UTF-8.
    pub name_not_utf8: &'static str,
    /// A symbolic link to a file outside the repository.
    pub link_outside: &'static str,
    /// A symbolic link to nothing.
    pub link_to_nothing: &'static str,
    /// Not a regular file.
    pub not_a_file: &'static str,
    /// A record number too large to use.
    pub number_too_large: &'static str,
    /// A record's text that is not UTF-8.
    pub text_not_utf8: &'static str,
    /// A record that cannot be read (cause).
    #[serde(skip)]
    pub unreadable: Fmt1,
    /// A number used twice (number, the other file).
    #[serde(skip)]
    pub duplicate_number: Fmt2,
    /// A record without a title.
    pub no_title: &'static str,
    /// A record without a title, with the first thing wrong in its text (what).
    #[serde(skip)]
    pub no_title_because: Fmt1,
    /// A title whose number is not the file name's (the title's, the file name's).
    #[serde(skip)]
    pub title_number: Fmt2,
    /// A line that looks like a heading without a space after `#` (line number, the line).
    #[serde(skip)]
    pub not_heading: Fmt2,
    /// A date line without a colon after `Date` (line number, the line).
    #[serde(skip)]
    pub date_without_colon: Fmt2,
    /// A date in brackets (line number, the line).
    #[serde(skip)]
    pub date_in_brackets: Fmt2,
    /// A template's placeholder left unfilled (line number, the line).
    #[serde(skip)]
    pub placeholder: Fmt2,
    /// "Supercedes" for "Supersedes" (line number, the word as written).
    #[serde(skip)]
    pub misspelled: Fmt2,
    /// A record without a status. It holds code (`status:`), so the catalog's typography
    /// test skips it; arbitre-adr's own test checks its words outside the backticks.
    #[serde(skip)]
    pub no_status: &'static str,
    /// A link to a record that does not exist (destination).
    #[serde(skip)]
    pub broken_link: Fmt1,
    /// Marked superseded by a record that does not say it supersedes it (destination).
    #[serde(skip)]
    pub superseded_one_sided: Fmt1,
    /// Marked superseded by a record that does not exist (destination, the record's name).
    #[serde(skip)]
    pub superseded_missing: Fmt2,
    /// Says it supersedes a record not marked superseded by it (destination, its status).
    #[serde(skip)]
    pub supersedes_one_sided: Fmt2,
    /// A two-way link written on one side only (the link's words, destination).
    #[serde(skip)]
    pub link_one_sided: Fmt2,
    /// The log found (its tool, its folder, what it was found through).
    #[serde(skip)]
    pub log_found: Fmt3,
    /// What a log is found through when it is the folder given itself.
    pub folder_itself: &'static str,
    /// The index written in a new file (file).
    #[serde(skip)]
    pub index_created: Fmt1,
    /// The index updated between its markers (file).
    #[serde(skip)]
    pub index_between_markers: Fmt1,
    /// The index written in arbitre's own file (file, the index file someone else wrote,
    /// the start marker, the end marker).
    #[serde(skip)]
    pub index_own_file: Fmt4,
    /// An ADR's decision block without its end.
    pub decision_not_closed: &'static str,
    /// An ADR's session block without its end.
    pub session_not_closed: &'static str,
    /// An ADR's session block that is not UTF-8.
    pub session_not_utf8: &'static str,
    /// An ADR's session block that is not base64 (the decoder's words).
    #[serde(skip)]
    pub session_not_base64: Fmt1,
}
