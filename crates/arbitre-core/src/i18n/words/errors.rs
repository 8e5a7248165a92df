//! The shape of the errors' words: what the window (and the CLI) says when a file cannot be
//! read or written. The errors carry data (paths, numbers, [`std::io::ErrorKind`]); these
//! words say them.

use std::io::ErrorKind;

use super::{Fmt1, Fmt2};

/// Errors of reading and writing files.
#[derive(Debug)]
pub struct Errors {
    /// What the operating system said, by its kind; `None` for a kind these words do not
    /// know, whose OS text is then shown as it is.
    pub io_kind: fn(ErrorKind) -> Option<&'static str>,
    /// EPERM: the file or its folder refuses changes (immutable or append-only); the OS's
    /// text follows.
    pub not_permitted: Fmt1,
    /// Added after a write refused by a file system mounted read-only.
    pub read_only_hint: &'static str,
    /// A file that cannot be read: file, why.
    pub unreadable: Fmt2,
    /// A file that cannot be written: file, why.
    pub cannot_write: Fmt2,
    /// A file too large to be what it claims: file, the limit in bytes.
    pub too_large: fn(&str, u64) -> String,
    /// A file that is not text: file.
    pub not_text: Fmt1,
    /// A file that already exists: file.
    pub exists: Fmt1,
    /// A file changed on disk since it was opened: file.
    pub changed: Fmt1,
    /// A path leading outside the data folder: path, data folder.
    pub outside: Fmt2,
    /// Something wrong at a place of a file: file, line, column, what.
    pub at: fn(&str, usize, usize, &str) -> String,
    /// The RON parser's error, for the common ones; `None` for the others, whose own text
    /// is then said through [`Errors::ron_other`].
    pub ron: fn(&ron::Error) -> Option<String>,
    /// A RON parser's error these words do not know: its own text.
    pub ron_other: Fmt1,
    /// Brackets opened beyond the depth any kit or session has.
    pub nested_too_deeply: &'static str,
    /// A file that is not an arbitre session: what the parser said.
    pub not_a_session: Fmt1,
    /// One value of a file is wrong: its key, what the parser said.
    pub in_value: Fmt2,
    /// A session written by a newer arbitre: its format, the newest this build reads.
    pub newer_session: fn(u32, u32) -> String,
}
