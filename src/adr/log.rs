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

use std::path::{Component, Path, PathBuf};

use super::{AdrInput, Embedded, LinkRef, SESSION_MARKER, escape};
use crate::files::{self, WriteError};
use crate::i18n::Lang;
use crate::kit::CheckedKit;
use crate::session::{Session, Status, Template};

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

// ---------------------------------------------------------------------------------------
// Detection

/// Finds the ADR log of a repository, or takes `root` as the log folder itself.
///
/// In order: `root/.adr-dir` (adr-tools; the folder it names, relative to `root`, must stay
/// inside it), `root/doc/adr` (adr-tools), `root/docs/decisions` (MADR), then `root` itself
/// if it holds `NNNN-*.md` records (adr-tools if the first record's first line is
/// `# N. Title`, MADR otherwise). Unlike adr-tools, parent folders are not searched: the
/// user chose this folder.
pub fn detect(root: &Path) -> Result<AdrLog, LogError> {
    if !root.exists() {
        return Err(LogError::MissingRoot(root.to_owned()));
    }
    if !root.is_dir() {
        return Err(LogError::NotAFolder(root.to_owned()));
    }
    let adr_dir = root.join(".adr-dir");
    if adr_dir.is_file() {
        let dir = read_adr_dir(root, &adr_dir)?;
        return Ok(AdrLog {
            dir,
            kind: LogKind::AdrTools,
        });
    }
    let doc_adr = root.join("doc").join("adr");
    if doc_adr.is_dir() {
        return Ok(AdrLog {
            dir: doc_adr,
            kind: LogKind::AdrTools,
        });
    }
    let decisions = root.join("docs").join("decisions");
    if decisions.is_dir() {
        return Ok(AdrLog {
            dir: decisions,
            kind: LogKind::Madr,
        });
    }
    let mut numbered = record_files(root)?.files;
    numbered.sort();
    match numbered.first() {
        Some((_, first)) => {
            let kind = match files::read_to_string_limited(first, crate::kit::MAX_FILE_BYTES) {
                Ok(text) if nygard_title(first_line(&text)).is_some() => LogKind::AdrTools,
                _ => LogKind::Madr,
            };
            Ok(AdrLog {
                dir: root.to_owned(),
                kind,
            })
        }
        None => Err(LogError::NoLog(root.to_owned())),
    }
}

/// Reads `.adr-dir` the way adr-tools does (its whole content, trailing newlines dropped),
/// refusing what would lead outside the repository.
fn read_adr_dir(root: &Path, file: &Path) -> Result<PathBuf, LogError> {
    let bad = |reason: String| LogError::BadAdrDir {
        file: file.to_owned(),
        reason,
    };
    let text =
        files::read_to_string_limited(file, crate::kit::MAX_FILE_BYTES).map_err(|source| {
            LogError::Read {
                path: file.to_owned(),
                source,
            }
        })?;
    let named = text.trim_end_matches(['\n', '\r']).trim();
    if named.is_empty() {
        return Err(bad("it is empty".into()));
    }
    let mut depth: usize = 0;
    for part in Path::new(named).components() {
        match part {
            Component::Prefix(_) | Component::RootDir => {
                return Err(bad(format!("{named:?} is an absolute path")));
            }
            Component::ParentDir => {
                depth = depth
                    .checked_sub(1)
                    .ok_or_else(|| bad(format!("{named:?} leads outside the repository")))?;
            }
            Component::CurDir => {}
            Component::Normal(_) => depth += 1,
        }
    }
    let dir = root.join(named);
    if !dir.is_dir() {
        return Err(bad(format!(
            "it names {named:?}, but {} is not a folder (create it, or run `adr init`)",
            dir.display()
        )));
    }
    Ok(dir)
}

// ---------------------------------------------------------------------------------------
// Names

/// Splits a record's file name: at least four ASCII digits, `-`, anything, `.md` (adr-tools'
/// `adr list` pattern, with the zero padding `adr new` always writes). Returns the digits.
fn record_digits(name: &str) -> Option<&str> {
    let digits = name.bytes().take_while(u8::is_ascii_digit).count();
    if digits < 4 || name.as_bytes().get(digits) != Some(&b'-') || !name.ends_with(".md") {
        return None;
    }
    name.get(..digits)
}

/// What a folder's listing says about records.
struct Listing {
    /// Files named like records whose number parses, with that number.
    files: Vec<(u32, PathBuf)>,
    /// Files named like records that cannot be used.
    problems: Vec<Problem>,
    /// The highest leading number of any entry named `digits-…` (what adr-tools counts).
    highest: u32,
}

fn record_files(dir: &Path) -> Result<Listing, LogError> {
    let read_err = |source| LogError::Read {
        path: dir.to_owned(),
        source,
    };
    if !dir.is_dir() {
        return Err(LogError::MissingFolder(dir.to_owned()));
    }
    let mut listing = Listing {
        files: Vec::new(),
        problems: Vec::new(),
        highest: 0,
    };
    for entry in std::fs::read_dir(dir).map_err(read_err)? {
        let entry = entry.map_err(read_err)?;
        let path = entry.path();
        let Some(name) = entry.file_name().to_str().map(str::to_owned) else {
            if entry
                .file_name()
                .as_encoded_bytes()
                .first()
                .is_some_and(u8::is_ascii_digit)
            {
                listing.problems.push(Problem {
                    file: path,
                    message: "the file name is not valid UTF-8; rename it".into(),
                });
            }
            continue;
        };
        // adr-tools numbers new records after every `digits…` entry, records or not; doing
        // the same keeps both tools from ever picking a number already on disk.
        let lead = name.bytes().take_while(u8::is_ascii_digit).count();
        if lead > 0
            && name.as_bytes().get(lead) == Some(&b'-')
            && let Some(n) = name.get(..lead).and_then(|d| d.parse::<u32>().ok())
        {
            listing.highest = listing.highest.max(n);
        }
        let Some(digits) = record_digits(&name) else {
            continue;
        };
        if !path.is_file() {
            continue;
        }
        match digits.parse::<u32>() {
            Ok(n) => listing.files.push((n, path)),
            Err(_) => listing.problems.push(Problem {
                file: path,
                message: "the record number is too large".into(),
            }),
        }
    }
    Ok(listing)
}

/// A file-name-safe slug of a title: lowercase ASCII letters and digits, accents folded
/// (`é`→`e`, `ç`→`c`, `œ`→`oe`), anything else a single `-`, trimmed, at most
/// [`SLUG_MAX`] bytes. Never empty (`decision`), never `.` or `..`, no path separator, and
/// never a name Windows reserves (`con`, `prn`, `aux`, `nul`, `com1`–`com9`, `lpt1`–`lpt9`
/// get `-adr` appended).
pub fn slug(title: &str) -> String {
    let mut out = String::new();
    let mut pending_dash = false;
    for c in title.chars().flat_map(char::to_lowercase) {
        let folded = if c.is_ascii_alphanumeric() {
            None
        } else if ('\u{300}'..='\u{36f}').contains(&c) {
            // A combining accent (decomposed input): drop it, keep the letter.
            continue;
        } else {
            match fold(c) {
                Some(s) => Some(s),
                None => {
                    pending_dash = true;
                    continue;
                }
            }
        };
        let mut push = |ch: char| {
            if pending_dash && !out.is_empty() {
                out.push('-');
            }
            pending_dash = false;
            out.push(ch);
        };
        match folded {
            None => push(c),
            Some(s) => s.chars().for_each(&mut push),
        }
        if out.len() > SLUG_MAX {
            break;
        }
    }
    out.truncate(SLUG_MAX);
    let trimmed = out.trim_matches('-');
    let mut slug = if trimmed.is_empty() || trimmed == "." || trimmed == ".." {
        "decision".to_owned()
    } else {
        trimmed.to_owned()
    };
    if is_windows_reserved(&slug) {
        slug.push_str("-adr");
    }
    slug
}

fn is_windows_reserved(name: &str) -> bool {
    matches!(name, "con" | "prn" | "aux" | "nul")
        || ((name.starts_with("com") || name.starts_with("lpt"))
            && name.len() == 4
            && name
                .as_bytes()
                .get(3)
                .is_some_and(|b| (b'1'..=b'9').contains(b)))
}

/// The ASCII spelling of a lowercase accented Latin letter.
fn fold(c: char) -> Option<&'static str> {
    Some(match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' => "a",
        'æ' => "ae",
        'ç' | 'ć' | 'ĉ' | 'ċ' | 'č' => "c",
        'ď' | 'đ' | 'ð' => "d",
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ĕ' | 'ė' | 'ę' | 'ě' => "e",
        'ĝ' | 'ğ' | 'ġ' | 'ģ' => "g",
        'ĥ' | 'ħ' => "h",
        'ì' | 'í' | 'î' | 'ï' | 'ĩ' | 'ī' | 'ĭ' | 'į' | 'ı' => "i",
        'ĳ' => "ij",
        'ĵ' => "j",
        'ķ' => "k",
        'ĺ' | 'ļ' | 'ľ' | 'ŀ' | 'ł' => "l",
        'ñ' | 'ń' | 'ņ' | 'ň' => "n",
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ŏ' | 'ő' => "o",
        'œ' => "oe",
        'ŕ' | 'ŗ' | 'ř' => "r",
        'ś' | 'ŝ' | 'ş' | 'š' | 'ș' | 'ſ' => "s",
        'ß' => "ss",
        'ţ' | 'ť' | 'ŧ' | 'ț' => "t",
        'þ' => "th",
        'ù' | 'ú' | 'û' | 'ü' | 'ũ' | 'ū' | 'ŭ' | 'ů' | 'ű' | 'ų' => "u",
        'ŵ' => "w",
        'ý' | 'ÿ' | 'ŷ' => "y",
        'ź' | 'ż' | 'ž' => "z",
        _ => return None,
    })
}

/// A record's file name: `NNNN-slug.md` (the number zero-padded to four digits, as
/// adr-tools writes it).
pub fn file_name(number: u32, title: &str) -> String {
    format!("{number:04}-{}.md", slug(title))
}

// ---------------------------------------------------------------------------------------
// Reading records

impl AdrLog {
    /// Lists the records: every `NNNN-*.md` file, read and sorted by number. Files that
    /// cannot be read as records (unreadable, not UTF-8, no title) are left out and listed in
    /// [`Scan::problems`], as are numbers used by several files (those records are kept).
    /// Fails only when the folder itself cannot be listed.
    pub fn records(&self) -> Result<Scan, LogError> {
        let listing = record_files(&self.dir)?;
        let mut scan = Scan {
            records: Vec::with_capacity(listing.files.len()),
            problems: listing.problems,
        };
        for (number, path) in listing.files {
            let text = match files::read_limited(&path, crate::kit::MAX_FILE_BYTES) {
                Ok(bytes) => match String::from_utf8(bytes) {
                    Ok(text) => text,
                    Err(_) => {
                        scan.problems.push(Problem {
                            file: path,
                            message: "not UTF-8 text; skipped".into(),
                        });
                        continue;
                    }
                },
                Err(e) => {
                    scan.problems.push(Problem {
                        file: path,
                        message: format!("cannot read ({e}); skipped"),
                    });
                    continue;
                }
            };
            match parse_record(&text) {
                Some(fields) => scan.records.push(Record {
                    number,
                    file: path,
                    title: fields.title,
                    status: fields.status,
                    date: fields.date,
                }),
                None => scan.problems.push(Problem {
                    file: path,
                    message: "no `# Title` heading; skipped".into(),
                }),
            }
        }
        scan.records
            .sort_by(|a, b| a.number.cmp(&b.number).then_with(|| a.file.cmp(&b.file)));
        for pair in scan.records.windows(2) {
            if let [a, b] = pair
                && a.number == b.number
            {
                scan.problems.push(Problem {
                    file: b.file.clone(),
                    message: format!(
                        "number {} is also used by {}; rename one of them",
                        b.number,
                        a.file_name()
                    ),
                });
            }
        }
        scan.problems.sort_by(|a, b| a.file.cmp(&b.file));
        Ok(scan)
    }

    /// The record with that number.
    pub fn record(&self, number: u32) -> Result<Record, LogError> {
        let scan = self.records()?;
        self.pick(scan, number)
    }

    fn pick(&self, scan: Scan, number: u32) -> Result<Record, LogError> {
        let mut found: Vec<Record> = scan
            .records
            .into_iter()
            .filter(|r| r.number == number)
            .collect();
        match found.len() {
            0 => Err(LogError::NoRecord {
                dir: self.dir.clone(),
                number,
            }),
            1 => Ok(found.remove(0)),
            _ => Err(LogError::Ambiguous {
                dir: self.dir.clone(),
                number,
                files: found
                    .iter()
                    .map(Record::file_name)
                    .collect::<Vec<_>>()
                    .join(", "),
            }),
        }
    }

    /// The number for a new record: one more than the highest number on disk (gaps are kept,
    /// never filled); 1 for an empty log. Like adr-tools, every `digits-…` entry counts, even
    /// one that is not a readable record, so no number is ever reused.
    pub fn next_number(&self) -> Result<u32, LogError> {
        let listing = record_files(&self.dir)?;
        listing
            .highest
            .checked_add(1)
            .ok_or_else(|| LogError::Full(self.dir.clone()))
    }
}

/// The fields a record's text gives.
struct Fields {
    title: String,
    status: String,
    date: String,
}

fn parse_record(text: &str) -> Option<Fields> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let (front, body) = split_front_matter(text);
    let mut title = None;
    let mut status = front.as_ref().and_then(|f| f.get("status"));
    let mut date = front.as_ref().and_then(|f| f.get("date"));
    let mut in_status = false;
    let mut fence = Fence::default();
    for line in body.lines() {
        if fence.inside(line) {
            continue;
        }
        if let Some(h) = line.strip_prefix("# ")
            && title.is_none()
        {
            let h = h.trim();
            title = Some(match nygard_title(line) {
                Some((_, t)) => unescape(t),
                None => unescape(h),
            });
            continue;
        }
        if line.starts_with('#') {
            in_status = is_status_heading(line);
            continue;
        }
        if in_status && status.is_none() && !line.trim().is_empty() {
            status = Some(line.trim().to_owned());
        }
        if date.is_none()
            && let Some(d) = line
                .strip_prefix("Date:")
                .or_else(|| line.strip_prefix("Date :"))
        {
            date = Some(d.trim().to_owned());
        }
    }
    Some(Fields {
        title: title.filter(|t| !t.is_empty())?,
        status: status.unwrap_or_default(),
        date: date.unwrap_or_default(),
    })
}

/// Tracks fenced code blocks, so headings in them are not taken for the document's.
#[derive(Default)]
struct Fence {
    open: Option<(char, usize)>,
}

impl Fence {
    /// Whether `line` is part of a fence (its delimiters included).
    fn inside(&mut self, line: &str) -> bool {
        let t = line.trim_start_matches(' ');
        let indent = line.len() - t.len();
        let delim = t.chars().next().filter(|c| *c == '`' || *c == '~');
        let run = delim.map_or(0, |d| t.chars().take_while(|c| *c == d).count());
        match (self.open, delim) {
            (Some((d, n)), Some(c)) if c == d && run >= n && t[run..].trim().is_empty() => {
                self.open = None;
                true
            }
            (Some(_), _) => true,
            (None, Some(c)) if indent < 4 && run >= 3 => {
                self.open = Some((c, run));
                true
            }
            (None, _) => false,
        }
    }
}

/// `# N. Title` → (N, Title).
fn nygard_title(line: &str) -> Option<(u32, &str)> {
    let rest = line.trim_end_matches(['\r', '\n']).strip_prefix("# ")?;
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    let n = rest.get(..digits)?.parse().ok()?;
    let after = rest.get(digits..)?.strip_prefix('.')?;
    if !after.is_empty() && !after.starts_with(' ') {
        return None;
    }
    Some((n, after.trim()))
}

fn first_line(text: &str) -> &str {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    text.lines().next().unwrap_or_default()
}

/// Nygard's status heading, in English (adr-tools') or French.
fn is_status_heading(line: &str) -> bool {
    matches!(
        line.trim_end_matches(['\r', '\n']).trim_end(),
        "## Status" | "## Statut"
    )
}

/// A simple YAML front matter: `key: value` lines between `---` delimiters.
struct FrontMatter {
    pairs: Vec<(String, String)>,
}

impl FrontMatter {
    fn get(&self, key: &str) -> Option<String> {
        self.pairs
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.clone())
    }
}

/// Splits the front matter (if the text opens with `---`) from the body.
fn split_front_matter(text: &str) -> (Option<FrontMatter>, &str) {
    let Some((first, mut rest)) = text.split_once('\n') else {
        return (None, text);
    };
    if first.trim_end() != "---" {
        return (None, text);
    }
    let mut pairs = Vec::new();
    loop {
        let (line, next) = match rest.split_once('\n') {
            Some((l, n)) => (l, n),
            None => (rest, ""),
        };
        let trimmed = line.trim_end();
        if trimmed == "---" || trimmed == "..." {
            return (Some(FrontMatter { pairs }), next);
        }
        if next.is_empty() && rest == line {
            // Never closed: not front matter after all.
            return (None, text);
        }
        if !line.starts_with([' ', '\t', '#'])
            && let Some((k, v)) = line.split_once(':')
        {
            pairs.push((k.trim().to_owned(), yaml_scalar(v.trim())));
        }
        rest = next;
    }
}

/// The value of a one-line YAML scalar: plain, single- or double-quoted.
fn yaml_scalar(v: &str) -> String {
    if let Some(inner) = v.strip_prefix('"').and_then(|s| s.strip_suffix('"')) {
        let mut out = String::new();
        let mut chars = inner.chars();
        while let Some(c) = chars.next() {
            if c != '\\' {
                out.push(c);
                continue;
            }
            match chars.next() {
                Some('n') => out.push('\n'),
                Some('t') => out.push('\t'),
                Some('u') => {
                    let hex: String = chars.by_ref().take(4).collect();
                    if let Some(ch) = u32::from_str_radix(&hex, 16).ok().and_then(char::from_u32) {
                        out.push(ch);
                    }
                }
                Some(other) => out.push(other),
                None => {}
            }
        }
        out
    } else if let Some(inner) = v.strip_prefix('\'').and_then(|s| s.strip_suffix('\'')) {
        inner.replace("''", "'")
    } else {
        // A plain scalar ends at a comment.
        v.split(" #").next().unwrap_or_default().trim().to_owned()
    }
}

/// Heading text as plain text: backslash escapes and common character references undone.
fn unescape(md: &str) -> String {
    let mut out = String::with_capacity(md.len());
    let mut rest = md;
    while let Some(c) = rest.chars().next() {
        if c == '\\'
            && let Some(next) = rest[1..].chars().next()
            && next.is_ascii_punctuation()
        {
            out.push(next);
            rest = &rest[1 + next.len_utf8()..];
            continue;
        }
        if c == '&'
            && let Some(end) = rest.find(';').filter(|e| *e <= 10)
            && let Some(ch) = entity(&rest[1..end])
        {
            out.push(ch);
            rest = &rest[end + 1..];
            continue;
        }
        out.push(c);
        rest = &rest[c.len_utf8()..];
    }
    out
}

fn entity(name: &str) -> Option<char> {
    match name {
        "amp" => Some('&'),
        "lt" => Some('<'),
        "gt" => Some('>'),
        "quot" => Some('"'),
        "apos" => Some('\''),
        _ => {
            let num = name.strip_prefix('#')?;
            let code = match num.strip_prefix(['x', 'X']) {
                Some(hex) => u32::from_str_radix(hex, 16).ok()?,
                None => num.parse().ok()?,
            };
            char::from_u32(code)
        }
    }
}

// ---------------------------------------------------------------------------------------
// Writing

impl AdrLog {
    /// Writes a new record file in the log folder, atomically, never replacing one.
    ///
    /// Refuses a name that is empty, holds a path separator or `..`, or is `.`; fails with
    /// [`LogError::MissingFolder`] if the folder is gone, [`LogError::ReadOnly`] if it cannot
    /// be written, [`LogError::Exists`] if the file exists. Nothing is written on failure.
    pub fn write_new(&self, file_name: &str, content: &str) -> Result<PathBuf, LogError> {
        let path = self.target(file_name)?;
        files::write_new_atomic(&path, content.as_bytes())
            .map_err(|e| self.write_error(&path, e))?;
        Ok(path)
    }

    /// Like [`AdrLog::write_new`], but replaces an existing file (atomically).
    fn write_replacing(&self, file_name: &str, content: &str) -> Result<PathBuf, LogError> {
        let path = self.target(file_name)?;
        files::write_atomic(&path, content.as_bytes()).map_err(|e| self.write_error(&path, e))?;
        Ok(path)
    }

    /// The path of a record file, after checking the name and the folder.
    fn target(&self, file_name: &str) -> Result<PathBuf, LogError> {
        let bad = |reason| LogError::BadFileName {
            dir: self.dir.clone(),
            name: file_name.to_owned(),
            reason,
        };
        if file_name.is_empty() {
            return Err(bad("the name is empty"));
        }
        if file_name.contains(['/', '\\']) {
            return Err(bad("it holds a path separator"));
        }
        if file_name.contains("..") || file_name == "." {
            return Err(bad("it holds `..` or is `.`"));
        }
        if file_name.contains(['\0', ':']) {
            return Err(bad("it holds a character file systems refuse"));
        }
        if !self.dir.is_dir() {
            return Err(LogError::MissingFolder(self.dir.clone()));
        }
        Ok(self.dir.join(file_name))
    }

    fn write_error(&self, path: &Path, e: WriteError) -> LogError {
        match e {
            WriteError::Exists(p) => LogError::Exists(p),
            // "Permission denied" is also what an immutable or locked file gives (EPERM): the
            // folder is only called read-only when it really cannot be written to.
            WriteError::Io { source, .. }
                if source.kind() == std::io::ErrorKind::ReadOnlyFilesystem
                    || (source.kind() == std::io::ErrorKind::PermissionDenied
                        && tempfile::tempfile_in(&self.dir).is_err()) =>
            {
                LogError::ReadOnly {
                    dir: self.dir.clone(),
                    file: path.to_owned(),
                }
            }
            WriteError::Io { .. } if !self.dir.is_dir() => {
                LogError::MissingFolder(self.dir.clone())
            }
            other => LogError::Write(other),
        }
    }

    /// Marks record `old` as superseded by `new`, atomically.
    ///
    /// A Nygard record (a `## Status` section, no front matter) is changed exactly as
    /// adr-tools' `adr new -s` does it: `Superseded by [N. Title](file)` goes at the end of
    /// the Status section and the status word (`Accepted`, `Proposed`, …) is removed. A MADR
    /// record gets `status: "superseded by [ADR-NNNN](file)"` in its front matter and a
    /// `* Superseded by [ADR-NNNN](file)` line under `## More Information` (added if
    /// missing). If arbitre wrote the record, its embedded session's status becomes
    /// Superseded too, so reopening it tells the truth. Doing it twice changes nothing more.
    pub fn supersede(&self, old: u32, new: &LinkRef) -> Result<(), LogError> {
        let (record, text) = self.superseded_text(old, new)?;
        self.rewrite(&record.file, &text)
    }

    /// Replaces an existing record's text atomically, keeping its permissions (the temporary
    /// file is created private, and a record is usually readable by all).
    fn rewrite(&self, path: &Path, text: &str) -> Result<(), LogError> {
        let permissions = std::fs::metadata(path).map(|m| m.permissions()).ok();
        files::write_atomic(path, text.as_bytes()).map_err(|e| self.write_error(path, e))?;
        if let Some(p) = permissions {
            // Best effort: the new text is in place, which is what matters; a file system
            // without permissions (or a race with another writer) must not turn that into
            // a failure.
            let _kept = std::fs::set_permissions(path, p).is_ok();
        }
        Ok(())
    }

    /// The old record's path and its new text, computed before anything is written.
    fn superseded_text(&self, old: u32, new: &LinkRef) -> Result<(Record, String), LogError> {
        let record = self.record(old)?;
        let text = files::read_to_string_limited(&record.file, crate::kit::MAX_FILE_BYTES)
            .map_err(|source| LogError::Read {
                path: record.file.clone(),
                source,
            })?;
        let marked = mark_superseded(&text, new);
        Ok((record, marked))
    }
}

/// The text of a record once superseded by `new` (see [`AdrLog::supersede`]).
pub fn mark_superseded(text: &str, new: &LinkRef) -> String {
    let (front, _) = split_front_matter(text.strip_prefix('\u{feff}').unwrap_or(text));
    let has_status_section = text.lines().any(is_status_heading);
    let marked = if front.is_none() && has_status_section {
        // adr-tools' link text is the new record's first line without `# `: `N. Title`.
        let label = format!("{}. {}", new.number, escape::inline(&new.title));
        let link = format!(
            "Superseded by [{}]({})",
            label.trim_end(),
            escape::link_dest(&new.file)
        );
        nygard_remove_status(&nygard_add_link(text, &link))
    } else {
        madr_superseded(text, new)
    };
    mark_session_superseded(&marked)
}

fn eol(text: &str) -> &'static str {
    if text.contains("\r\n") { "\r\n" } else { "\n" }
}

fn bare(line: &str) -> &str {
    line.trim_end_matches(['\n', '\r'])
}

fn is_session_block(line: &str) -> bool {
    line.starts_with(&format!("<!-- {SESSION_MARKER}"))
}

/// adr-tools' `_adr_add_link`: before the heading that ends `## Status`, print the link and
/// a blank line. (If the Status section runs to the end of the file, adr-tools adds nothing;
/// arbitre appends the link there, before its session block if any.)
fn nygard_add_link(text: &str, link: &str) -> String {
    let nl = eol(text);
    let mut out = String::with_capacity(text.len() + link.len() + 4);
    let mut in_status = false;
    let mut done = false;
    let mut already = false;
    for line in text.split_inclusive('\n') {
        let b = bare(line);
        if b.starts_with("##") || (in_status && is_session_block(b)) {
            if in_status && !already && !done {
                out.push_str(link);
                out.push_str(nl);
                out.push_str(nl);
                done = true;
            }
            in_status = false;
        }
        if is_status_heading(b) {
            in_status = true;
        }
        if in_status && b.trim() == link {
            already = true;
        }
        out.push_str(line);
    }
    if in_status && !already && !done {
        if !out.ends_with('\n') {
            out.push_str(nl);
        }
        if !out.ends_with(&format!("{nl}{nl}")) {
            out.push_str(nl);
        }
        out.push_str(link);
        out.push_str(nl);
    }
    out
}

/// The status words a Nygard record may carry, English and French.
fn is_status_word(line: &str) -> bool {
    let w = line.trim().to_lowercase();
    [
        "proposed",
        "accepted",
        "rejected",
        "deprecated",
        "superseded",
        "draft",
        "proposé",
        "proposée",
        "accepté",
        "acceptée",
        "rejeté",
        "rejetée",
        "déprécié",
        "dépréciée",
        "obsolète",
        "remplacé",
        "remplacée",
        "brouillon",
    ]
    .contains(&w.as_str())
}

/// adr-tools' `_adr_remove_status`: inside `## Status`, drop the status word line and fold
/// runs of blank lines into one. (adr-tools drops only `Accepted`, the word `adr new` writes;
/// arbitre's records may say `Proposed` and others.)
fn nygard_remove_status(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut in_status = false;
    let mut after_blank = false;
    for line in text.split_inclusive('\n') {
        let b = bare(line);
        if b.starts_with("##") {
            in_status = false;
        }
        if is_status_heading(b) {
            in_status = true;
        }
        if in_status && b.trim().is_empty() {
            if !after_blank {
                out.push_str(line);
            }
            after_blank = true;
            continue;
        }
        if in_status && is_status_word(b) {
            continue;
        }
        if in_status {
            after_blank = false;
        }
        out.push_str(line);
    }
    out
}

/// "More Information" in the MADR template, and French renderings of it.
fn is_more_information(line: &str) -> bool {
    let Some(h) = line.strip_prefix("## ") else {
        return false;
    };
    let h = h.trim().to_lowercase();
    [
        "more information",
        "plus d'informations",
        "plus d’informations",
        "informations complémentaires",
        "pour plus d'informations",
        "pour plus d’informations",
        "autres informations",
    ]
    .contains(&h.as_str())
}

fn madr_superseded(text: &str, new: &LinkRef) -> String {
    let nl = eol(text);
    let lang = section_lang(text);
    let target = format!("[ADR-{:04}]({})", new.number, escape::link_dest(&new.file));
    let status_line = format!(
        "status: {}",
        escape::yaml_str(&format!("superseded by {target}"))
    );
    // As the renderer writes its links (`render::more_information`), so a record superseded
    // here reads like one rendered with `superseded_by`.
    let verb = lang.pick("Remplacé par", "Superseded by");
    let lead = format!("* {verb} {target}");
    let title = escape::inline(&new.title);
    let bullet = if title.is_empty() {
        lead.clone()
    } else {
        format!("{lead}{} {title}", lang.pick(" :", ":"))
    };
    let bom = if text.starts_with('\u{feff}') {
        "\u{feff}"
    } else {
        ""
    };
    let text = &text[bom.len()..];

    // Front matter: replace or add `status:`.
    let mut lines: Vec<String> = text.split_inclusive('\n').map(str::to_owned).collect();
    if let Some(last) = lines.last_mut()
        && !last.ends_with('\n')
    {
        last.push_str(nl);
    }
    let body_start = match split_front_matter(text) {
        (Some(_), body) => {
            // The front matter's lines, delimiters included.
            let front_len = lines.len() - body.split_inclusive('\n').count();
            let close = front_len.saturating_sub(1);
            match (1..close).find(|i| lines[*i].starts_with("status:")) {
                Some(i) => {
                    lines[i] = format!("{status_line}{nl}");
                    front_len
                }
                None => {
                    lines.insert(1, format!("{status_line}{nl}"));
                    front_len + 1
                }
            }
        }
        (None, _) => {
            lines.splice(
                0..0,
                [
                    format!("---{nl}"),
                    format!("{status_line}{nl}"),
                    format!("---{nl}"),
                    nl.to_owned(),
                ],
            );
            4
        }
    };

    // More Information: append the bullet to the section, or add the section.
    let mut fence = Fence::default();
    let mut section: Option<usize> = None;
    let mut end = lines.len();
    for (i, line) in lines.iter().enumerate().skip(body_start) {
        let b = bare(line);
        if fence.inside(b) {
            continue;
        }
        let ends_section = b.starts_with("# ") || b.starts_with("## ") || is_session_block(b);
        if section.is_some() && ends_section {
            end = i;
            break;
        }
        if section.is_none() && is_session_block(b) {
            end = i;
            break;
        }
        if is_more_information(b) {
            section = Some(i);
        }
    }
    match section {
        Some(start) => {
            if lines[start..end]
                .iter()
                .any(|l| bare(l).trim_start().starts_with(&lead))
            {
                return format!("{bom}{}", lines.concat());
            }
            let last = (start..end)
                .rev()
                .find(|i| !bare(&lines[*i]).trim().is_empty())
                .unwrap_or(start);
            let last_text = bare(&lines[last]).trim_start();
            let mut insert = Vec::new();
            if last == start || !["* ", "- ", "+ "].iter().any(|m| last_text.starts_with(m)) {
                // Not after a list: start one, labelled as the renderer labels its links.
                insert.push(nl.to_owned());
                insert.push(format!("**{}**{nl}", lang.pick("Liens", "Links")));
                insert.push(nl.to_owned());
            }
            insert.push(format!("{bullet}{nl}"));
            if lines
                .get(last + 1)
                .is_none_or(|l| !bare(l).trim().is_empty())
                && last + 1 < lines.len()
            {
                insert.push(nl.to_owned());
            }
            lines.splice(last + 1..last + 1, insert);
        }
        None => {
            let heading = lang.pick("## Plus d'informations", "## More Information");
            let mut insert = Vec::new();
            if end > 0 && !bare(&lines[end - 1]).trim().is_empty() {
                insert.push(nl.to_owned());
            }
            insert.push(format!("{heading}{nl}"));
            insert.push(nl.to_owned());
            insert.push(format!("{bullet}{nl}"));
            if end < lines.len() {
                insert.push(nl.to_owned());
            }
            lines.splice(end..end, insert);
        }
    }
    format!("{bom}{}", lines.concat())
}

/// The language of a record arbitre wrote (from its session), English otherwise.
fn section_lang(text: &str) -> Lang {
    match super::extract_session(text) {
        Embedded::Session(ron) => ron::from_str::<Session>(&ron)
            .map(|s| s.adr.lang)
            .unwrap_or(Lang::En),
        _ => Lang::En,
    }
}

/// Sets the embedded session's status to Superseded, if the record carries a readable one.
fn mark_session_superseded(text: &str) -> String {
    let Embedded::Session(ron) = super::extract_session(text) else {
        return text.to_owned();
    };
    let Ok(mut session) = ron::from_str::<Session>(&ron) else {
        return text.to_owned();
    };
    if session.adr.status == Status::Superseded {
        return text.to_owned();
    }
    session.adr.status = Status::Superseded;
    let start_tag = format!("<!-- {SESSION_MARKER} v1");
    let Some(start) = text.rfind(&start_tag) else {
        return text.to_owned();
    };
    let Some(close) = text[start..].find("-->") else {
        return text.to_owned();
    };
    let mut end = start + close + 3;
    if text[end..].starts_with("\r\n") {
        end += 2;
    } else if text[end..].starts_with('\n') {
        end += 1;
    }
    format!(
        "{}{}{}",
        &text[..start],
        super::embed_session(&session),
        &text[end..]
    )
}

// ---------------------------------------------------------------------------------------
// Export and index

/// Exports a session as the next record of the log and returns the path written.
///
/// The number is [`AdrLog::next_number`]; the title the session's (or "Décision
/// d'hébergement" / "Hosting decision" in the document's language when it has none); the
/// date `date`, else the session's, else today. The template is the session's: the UI
/// offers Nygard for adr-tools logs ([`LogKind::suggested_template`]) because adr-tools'
/// `generate toc` and `new -s` read the first line as `# N. Title` and the `## Status`
/// section, but a team may keep MADR records in any log.
///
/// With `supersedes: Some(n)`, record `n` must exist; the new record links to it (the
/// renderer writes "Supersedes") and `n` is marked superseded ([`AdrLog::supersede`]). The
/// new file is never overwritten unless `replace` is true (a name can only be taken if
/// another writer raced this one). If updating `n` fails, the new record is removed again
/// (or its previous content restored), so the log is left as it was.
pub fn export(
    log: &AdrLog,
    kit: &CheckedKit,
    session: &Session,
    supersedes: Option<u32>,
    date: &str,
    replace: bool,
) -> Result<PathBuf, LogError> {
    if !log.dir.is_dir() {
        return Err(LogError::MissingFolder(log.dir.clone()));
    }
    let number = log.next_number()?;
    let mut session = session.clone();
    if session.adr.title.trim().is_empty() {
        session.adr.title = session
            .adr
            .lang
            .pick("Décision d'hébergement", "Hosting decision")
            .to_owned();
    }
    let file = file_name(number, &session.adr.title);
    let new_link = LinkRef {
        number,
        title: session.adr.title.clone(),
        file: file.clone(),
    };
    // Everything that can fail on the old record fails before anything is written.
    let old = match supersedes {
        Some(n) => Some(log.superseded_text(n, &new_link)?),
        None => None,
    };
    let date = [date, session.adr.date.as_str()]
        .into_iter()
        .map(str::trim)
        .find(|d| !d.is_empty())
        .map_or_else(super::today, str::to_owned);
    let recommendation = session.recommend(kit);
    let input = AdrInput {
        number,
        date,
        supersedes: old.iter().map(|(record, _)| record.link()).collect(),
        ..AdrInput::new(kit, &session, &recommendation, &super::today())
    };
    let text = super::render_with_session(&input);
    let (path, previous) = match log.write_new(&file, &text) {
        Ok(path) => (path, None),
        Err(LogError::Exists(path)) if replace => {
            let previous =
                files::read_limited(&path, crate::kit::MAX_FILE_BYTES).map_err(|source| {
                    LogError::Read {
                        path: path.clone(),
                        source,
                    }
                })?;
            (log.write_replacing(&file, &text)?, Some(previous))
        }
        Err(e) => return Err(e),
    };
    if let Some((record, old_text)) = old
        && let Err(e) = log.rewrite(&record.file, &old_text)
    {
        // Undo, so the log never says "supersedes" on one side only. The error reported is
        // the one that stopped the export; undoing a write made a moment ago in the same
        // folder does not fail in practice.
        let _undone = match previous {
            Some(bytes) => files::write_atomic(&path, &bytes).is_ok(),
            None => std::fs::remove_file(&path).is_ok(),
        };
        return Err(e);
    }
    Ok(path)
}

impl AdrLog {
    /// Regenerates `index.md` in the log folder, atomically: a title and a table
    /// `| # | Title | Status | Date |` with a link to each record, in number order. Files
    /// that cannot be read are left out (see [`AdrLog::records`]). adr-tools ignores the file
    /// (`adr list` only lists numbered ones).
    pub fn write_index(&self) -> Result<PathBuf, LogError> {
        let scan = self.records()?;
        let path = self.dir.join(INDEX_FILE);
        files::write_atomic(&path, render_index(&scan).as_bytes())
            .map_err(|e| self.write_error(&path, e))?;
        Ok(path)
    }
}

/// The Markdown of the index.
pub fn render_index(scan: &Scan) -> String {
    let mut out = String::from(
        "# Architecture Decision Records\n\n| # | Title | Status | Date |\n|---|---|---|---|\n",
    );
    for r in &scan.records {
        out.push_str(&format!(
            "| {} | [{}]({}) | {} | {} |\n",
            r.number,
            escape::cell(&r.title),
            escape::link_dest(&r.file_name()),
            status_cell(&r.status),
            escape::cell(&r.date),
        ));
    }
    out
}

/// A status for the index. `superseded by [ADR-0003](0003-x.md)` (MADR) and
/// `Superseded by [3. Title](0003-x.md)` (Nygard) keep a working link to a record of the same
/// folder; anything else is plain text.
fn status_cell(status: &str) -> String {
    let linked = status.strip_suffix(')').and_then(|s| {
        let (head, dest) = s.rsplit_once("](")?;
        let (words, text) = head.split_once(" [")?;
        // Only a file name of this folder, as link destinations are written (percent-encoded).
        let plain_file = !dest.is_empty()
            && !dest.starts_with('.')
            && dest
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b"-._~%".contains(&b));
        plain_file.then(|| {
            format!(
                "{} [{}]({dest})",
                escape::cell(words),
                escape::cell(&unescape(text))
            )
        })
    });
    linked.unwrap_or_else(|| escape::cell(status))
}

#[cfg(test)]
mod tests {
    use super::*;

    type R = Result<(), Box<dyn std::error::Error>>;

    fn write(path: &Path, text: &str) {
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).unwrap_or_else(|e| panic!("mkdir: {e}"));
        }
        std::fs::write(path, text).unwrap_or_else(|e| panic!("write {}: {e}", path.display()));
    }

    fn read(path: &Path) -> String {
        std::fs::read_to_string(path).unwrap_or_else(|e| panic!("read {}: {e}", path.display()))
    }

    /// The folder's entries, with their content, to show nothing changed.
    fn snapshot(dir: &Path) -> Vec<(String, Vec<u8>)> {
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

    const NYGARD: &str = "# 3. Use VMs\n\nDate: 2024-05-01\n\n## Status\n\nAccepted\n\n## Context\n\nWhy.\n\n## Decision\n\nWhat.\n\n## Consequences\n\nSo.\n";

    const MADR: &str = "---\nstatus: accepted\ndate: 2024-06-02\ndecision-makers: [a]\n---\n\n# Use \\*containers\\* &amp; pods\n\n## Context and Problem Statement\n\nWhy.\n\n## More Information\n\nSee the wiki.\n";

    fn link(number: u32, title: &str) -> LinkRef {
        LinkRef {
            number,
            title: title.into(),
            file: file_name(number, title),
        }
    }

    #[test]
    fn slugs() {
        assert_eq!(slug("../../etc/passwd"), "etc-passwd");
        assert_eq!(slug("CON"), "con-adr");
        assert_eq!(slug("lpt9"), "lpt9-adr");
        assert_eq!(slug("com10"), "com10");
        assert_eq!(slug("Nul"), "nul-adr");
        assert_eq!(
            slug("Héberger quote-app : conteneurs Kubernetes sur des VMs cloud"),
            "heberger-quote-app-conteneurs-kubernetes-sur-des-vms-cloud"
        );
        assert_eq!(slug("Œuvre ÇA Ærien straße"), "oeuvre-ca-aerien-strasse");
        assert_eq!(slug("e\u{301}te\u{301}"), "ete", "decomposed accents");
        assert_eq!(slug("🚀🚀"), "decision");
        assert_eq!(slug(""), "decision");
        assert_eq!(slug(".."), "decision");
        assert_eq!(slug("  --Use   PostgreSQL!!--  "), "use-postgresql");
        assert_eq!(slug("a\\b/c:d"), "a-b-c-d");
        let long = "Décision ".repeat(56);
        assert_eq!(long.chars().count(), 504);
        let s = slug(&long);
        assert!(s.len() <= SLUG_MAX && !s.ends_with('-'), "{s}");
        assert!(s.starts_with("decision-decision"), "{s}");
        let long = "x".repeat(500);
        assert_eq!(slug(&long).len(), SLUG_MAX);
        for title in ["../../etc/passwd", "CON", "🚀", "a/b\\c", ". .", "..\\.."] {
            let s = slug(title);
            assert!(!s.is_empty() && s != "." && s != ".." && !s.contains(['/', '\\']));
            assert!(
                s.bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
            );
        }
        assert_eq!(file_name(7, "Use VMs"), "0007-use-vms.md");
        assert_eq!(file_name(12345, "x"), "12345-x.md");
    }

    #[test]
    fn numbering_follows_the_highest_and_keeps_gaps() -> R {
        let dir = tempfile::tempdir()?;
        let log = AdrLog {
            dir: dir.path().to_owned(),
            kind: LogKind::AdrTools,
        };
        assert_eq!(log.next_number()?, 1, "empty log");
        write(&dir.path().join("0001-a.md"), "# 1. A\n");
        write(&dir.path().join("0007-b.md"), "# 7. B\n");
        write(&dir.path().join("index.md"), "# Index\n");
        write(&dir.path().join("notes-2024.md"), "x");
        assert_eq!(log.next_number()?, 8);
        // A file adr-tools would count, though it is not a readable record.
        std::fs::write(dir.path().join("0009-broken.md"), [0xff, 0xfe])?;
        assert_eq!(log.next_number()?, 10);
        let scan = log.records()?;
        let numbers: Vec<u32> = scan.records.iter().map(|r| r.number).collect();
        assert_eq!(numbers, vec![1, 7]);
        assert_eq!(scan.problems.len(), 1);
        assert!(scan.problems[0].to_string().contains("0009-broken.md"));
        Ok(())
    }

    #[test]
    fn detection() -> R {
        let tmp = tempfile::tempdir()?;
        let root = tmp.path();

        let missing = root.join("nope");
        let e = detect(&missing)
            .err()
            .map(|e| e.to_string())
            .unwrap_or_default();
        assert!(e.contains("nope") && e.contains("does not exist"), "{e}");

        write(&root.join("file.txt"), "x");
        assert!(matches!(
            detect(&root.join("file.txt")),
            Err(LogError::NotAFolder(_))
        ));

        let e = detect(root)
            .err()
            .map(|e| e.to_string())
            .unwrap_or_default();
        assert!(
            e.contains(".adr-dir") && e.contains("doc/adr") && e.contains("docs/decisions"),
            "{e}"
        );

        std::fs::create_dir_all(root.join("docs/decisions"))?;
        let log = detect(root)?;
        assert_eq!(
            (log.dir.clone(), log.kind),
            (root.join("docs/decisions"), LogKind::Madr)
        );

        std::fs::create_dir_all(root.join("doc/adr"))?;
        assert_eq!(detect(root)?.kind, LogKind::AdrTools);
        assert_eq!(detect(root)?.dir, root.join("doc/adr"));

        std::fs::create_dir_all(root.join("architecture/decisions"))?;
        write(&root.join(".adr-dir"), "architecture/decisions\n");
        let log = detect(root)?;
        assert_eq!(log.dir, root.join("architecture/decisions"));
        assert_eq!(log.kind, LogKind::AdrTools);

        for bad in ["/etc", "../outside", "a/../../outside", ""] {
            write(&root.join(".adr-dir"), bad);
            let e = detect(root)
                .err()
                .map(|e| e.to_string())
                .unwrap_or_default();
            assert!(
                e.contains(".adr-dir") && e.contains("inside the repository"),
                "{bad}: {e}"
            );
        }
        write(&root.join(".adr-dir"), "doc/../architecture/decisions");
        assert_eq!(
            detect(root)?.dir,
            root.join("doc/../architecture/decisions")
        );
        write(&root.join(".adr-dir"), "missing/folder");
        let e = detect(root)
            .err()
            .map(|e| e.to_string())
            .unwrap_or_default();
        assert!(
            e.contains("missing/folder") && e.contains("adr init"),
            "{e}"
        );

        // The log folder itself, chosen directly.
        let own = root.join("own");
        write(&own.join("0002-b.md"), "---\nstatus: accepted\n---\n# B\n");
        write(&own.join("0001-a.md"), "# 1. A\n");
        assert_eq!(
            detect(&own)?,
            AdrLog {
                dir: own.clone(),
                kind: LogKind::AdrTools
            }
        );
        std::fs::remove_file(own.join("0001-a.md"))?;
        assert_eq!(detect(&own)?.kind, LogKind::Madr);
        Ok(())
    }

    #[test]
    fn records_of_both_formats() -> R {
        let dir = tempfile::tempdir()?;
        let log = AdrLog {
            dir: dir.path().to_owned(),
            kind: LogKind::Madr,
        };
        write(&dir.path().join("0003-use-vms.md"), NYGARD);
        write(&dir.path().join("0010-use-containers.md"), MADR);
        write(&dir.path().join("0004-no-title.md"), "just text\n");
        write(
            &dir.path().join("0005-fenced.md"),
            "```\n# not a title\n```\n# 5. Real title\n\nDate : 2024-01-01\n\n## Statut\n\nProposé\n",
        );
        let scan = log.records()?;
        let got: Vec<(u32, &str, &str, &str)> = scan
            .records
            .iter()
            .map(|r| {
                (
                    r.number,
                    r.title.as_str(),
                    r.status.as_str(),
                    r.date.as_str(),
                )
            })
            .collect();
        assert_eq!(
            got,
            vec![
                (3, "Use VMs", "Accepted", "2024-05-01"),
                (5, "Real title", "Proposé", "2024-01-01"),
                (10, "Use *containers* & pods", "accepted", "2024-06-02"),
            ]
        );
        assert_eq!(scan.records[0].file, dir.path().join("0003-use-vms.md"));
        assert_eq!(scan.problems.len(), 1);
        assert!(scan.problems[0].message.contains("no `# Title`"));
        Ok(())
    }

    #[test]
    fn supersede_nygard_as_adr_tools_does() -> R {
        let dir = tempfile::tempdir()?;
        let log = AdrLog {
            dir: dir.path().to_owned(),
            kind: LogKind::AdrTools,
        };
        let p = dir.path().join("0003-use-vms.md");
        write(&p, NYGARD);
        let new = link(5, "Replacement");
        log.supersede(3, &new)?;
        let want = "# 3. Use VMs\n\nDate: 2024-05-01\n\n## Status\n\nSuperseded by [5. Replacement](0005-replacement.md)\n\n## Context\n\nWhy.\n\n## Decision\n\nWhat.\n\n## Consequences\n\nSo.\n";
        assert_eq!(read(&p), want);
        log.supersede(3, &new)?;
        assert_eq!(read(&p), want, "twice changes nothing more");
        let r = log.record(3)?;
        assert_eq!(
            r.status,
            "Superseded by [5. Replacement](0005-replacement.md)"
        );

        // Other lines of the section (earlier links) stay; "Proposed" goes too.
        write(
            &p,
            "# 3. Use VMs\n\n## Status\n\nProposed\n\nSupersedes [1. Old](0001-old.md)\n\n## Context\n",
        );
        log.supersede(3, &new)?;
        assert_eq!(
            read(&p),
            "# 3. Use VMs\n\n## Status\n\nSupersedes [1. Old](0001-old.md)\n\nSuperseded by [5. Replacement](0005-replacement.md)\n\n## Context\n"
        );
        assert_eq!(
            std::fs::read_dir(dir.path())?.count(),
            1,
            "no temp file left"
        );
        Ok(())
    }

    #[test]
    fn supersede_madr() -> R {
        let dir = tempfile::tempdir()?;
        let log = AdrLog {
            dir: dir.path().to_owned(),
            kind: LogKind::Madr,
        };
        let p = dir.path().join("0010-use-containers.md");
        write(&p, MADR);
        let new = link(12, "Use VMs");
        log.supersede(10, &new)?;
        let got = read(&p);
        assert_eq!(
            got,
            "---\nstatus: \"superseded by [ADR-0012](0012-use-vms.md)\"\ndate: 2024-06-02\ndecision-makers: [a]\n---\n\n# Use \\*containers\\* &amp; pods\n\n## Context and Problem Statement\n\nWhy.\n\n## More Information\n\nSee the wiki.\n\n**Links**\n\n* Superseded by [ADR-0012](0012-use-vms.md): Use VMs\n"
        );
        log.supersede(10, &new)?;
        assert_eq!(read(&p), got, "twice changes nothing more");
        assert_eq!(
            log.record(10)?.status,
            "superseded by [ADR-0012](0012-use-vms.md)"
        );

        // No More Information section, no status key, and a session block at the end.
        let mut session = Session::default();
        session.adr.lang = Lang::En;
        session.adr.title = "T".into();
        let text = format!(
            "---\ndate: 2024-01-01\n---\n\n# T\n\n## Decision Outcome\n\nChosen.\n\n{}",
            super::super::embed_session(&session)
        );
        write(&p, &text);
        log.supersede(10, &new)?;
        let got = read(&p);
        let want_head = "---\nstatus: \"superseded by [ADR-0012](0012-use-vms.md)\"\ndate: 2024-01-01\n---\n\n# T\n\n## Decision Outcome\n\nChosen.\n\n## More Information\n\n* Superseded by [ADR-0012](0012-use-vms.md): Use VMs\n\n<!-- arbitre-session v1\n";
        assert!(got.starts_with(want_head), "{got}");
        match super::super::extract_session(&got) {
            Embedded::Session(ron) => {
                let back: Session = ron::from_str(&ron)?;
                assert_eq!(back.adr.status, Status::Superseded);
                assert_eq!(back.adr.title, "T");
            }
            other => panic!("{other:?}"),
        }

        // No front matter at all: one is added.
        write(&p, "# Plain\n\nText.\n");
        log.supersede(10, &new)?;
        assert_eq!(
            read(&p),
            "---\nstatus: \"superseded by [ADR-0012](0012-use-vms.md)\"\n---\n\n# Plain\n\nText.\n\n## More Information\n\n* Superseded by [ADR-0012](0012-use-vms.md): Use VMs\n"
        );

        // A French record arbitre wrote: its list of links grows, in French.
        session.adr.lang = Lang::Fr;
        let text = format!(
            "---\nstatus: proposed\n---\n\n# T\n\n## Plus d'informations\n\n```mermaid\n## not a heading\n```\n\n**Liens**\n\n* Remplace [ADR-0001](0001-a.md) : A\n\n{}",
            super::super::embed_session(&session)
        );
        write(&p, &text);
        log.supersede(10, &new)?;
        let got = read(&p);
        assert!(
            got.contains("\n**Liens**\n\n* Remplace [ADR-0001](0001-a.md) : A\n* Remplacé par [ADR-0012](0012-use-vms.md) : Use VMs\n\n<!-- arbitre-session v1\n"),
            "{got}"
        );
        assert_eq!(got.matches("Remplacé par").count(), 1);
        Ok(())
    }

    #[test]
    fn refuses_an_existing_file_and_changes_nothing() -> R {
        let dir = tempfile::tempdir()?;
        let log = AdrLog {
            dir: dir.path().to_owned(),
            kind: LogKind::AdrTools,
        };
        write(&dir.path().join("0003-use-vms.md"), NYGARD);
        let before = snapshot(dir.path());
        let e = log.write_new("0003-use-vms.md", "other");
        assert!(
            matches!(&e, Err(LogError::Exists(p)) if p.ends_with("0003-use-vms.md")),
            "{e:?}"
        );
        let msg = e.err().map(|e| e.to_string()).unwrap_or_default();
        assert!(
            msg.contains("0003-use-vms.md") && msg.contains("already exists"),
            "{msg}"
        );
        assert_eq!(snapshot(dir.path()), before);
        Ok(())
    }

    #[test]
    fn refuses_bad_names() -> R {
        let tmp = tempfile::tempdir()?;
        let dir = tmp.path().join("log");
        std::fs::create_dir(&dir)?;
        let log = AdrLog {
            dir: dir.clone(),
            kind: LogKind::Madr,
        };
        for name in ["../escape.md", "a/b.md", "a\\b.md", "..", ".", "", "x..md"] {
            let e = log.write_new(name, "x");
            assert!(
                matches!(e, Err(LogError::BadFileName { .. })),
                "{name}: {e:?}"
            );
        }
        assert_eq!(snapshot(&dir), vec![]);
        assert_eq!(
            snapshot(tmp.path()).len(),
            1,
            "nothing beside the log either"
        );
        Ok(())
    }

    #[test]
    fn refuses_a_missing_folder() -> R {
        let tmp = tempfile::tempdir()?;
        write(&tmp.path().join("file.txt"), "x");
        let before = snapshot(tmp.path());
        for dir in [
            tmp.path().join("gone"),
            tmp.path().join("file.txt").join("sub"),
        ] {
            let log = AdrLog {
                dir: dir.clone(),
                kind: LogKind::Madr,
            };
            let e = log.write_new("0001-a.md", "x");
            let msg = e
                .as_ref()
                .err()
                .map(ToString::to_string)
                .unwrap_or_default();
            assert!(matches!(e, Err(LogError::MissingFolder(_))), "{e:?}");
            assert!(msg.contains(&dir.display().to_string()), "{msg}");
            assert!(matches!(log.records(), Err(LogError::MissingFolder(_))));
            assert!(matches!(log.write_index(), Err(LogError::MissingFolder(_))));
        }
        assert_eq!(snapshot(tmp.path()), before);
        Ok(())
    }

    #[cfg(unix)]
    #[test]
    fn refuses_a_read_only_folder() -> R {
        use std::os::unix::fs::PermissionsExt as _;
        let tmp = tempfile::tempdir()?;
        let dir = tmp.path().join("log");
        write(&dir.join("0003-use-vms.md"), NYGARD);
        let log = AdrLog {
            dir: dir.clone(),
            kind: LogKind::AdrTools,
        };
        let before = snapshot(&dir);
        std::fs::set_permissions(&dir, std::fs::Permissions::from_mode(0o555))?;
        // Root (as in CI containers) writes through 0o555: probe, and only check the refusal
        // when the folder really is read-only for this process.
        let probe = dir.join(".probe");
        let privileged = std::fs::write(&probe, "x").is_ok();
        let _ = std::fs::remove_file(&probe);
        let written = log.write_new("0004-x.md", "x");
        let superseded = log.supersede(3, &link(4, "X"));
        let index = log.write_index();
        std::fs::set_permissions(&dir, std::fs::Permissions::from_mode(0o755))?;
        if privileged {
            eprintln!("running as root: 0o555 does not stop writes; read-only refusal not checked");
            return Ok(());
        }
        for e in [written.map(|_| ()), superseded, index.map(|_| ())] {
            let msg = e
                .as_ref()
                .err()
                .map(ToString::to_string)
                .unwrap_or_default();
            assert!(matches!(e, Err(LogError::ReadOnly { .. })), "{e:?}");
            assert!(
                msg.contains(&dir.display().to_string()) && msg.contains("read-only"),
                "{msg}"
            );
        }
        assert_eq!(snapshot(&dir), before);
        Ok(())
    }

    #[test]
    fn a_refused_file_in_a_writable_folder_is_not_called_read_only() -> R {
        // An immutable file (chattr +i) refuses with EPERM, a "permission denied" kind.
        let tmp = tempfile::tempdir()?;
        let log = AdrLog {
            dir: tmp.path().to_owned(),
            kind: LogKind::Madr,
        };
        let path = tmp.path().join("0001-x.md");
        let e = log.write_error(
            &path,
            WriteError::Io {
                path: path.clone(),
                source: std::io::Error::from_raw_os_error(1),
            },
        );
        let msg = e.to_string();
        assert!(!matches!(e, LogError::ReadOnly { .. }), "{e:?}");
        assert!(
            !msg.contains("read-only") && msg.contains(&path.display().to_string()),
            "{msg}"
        );
        Ok(())
    }

    #[test]
    fn supersede_refuses_an_unknown_record() -> R {
        let dir = tempfile::tempdir()?;
        let log = AdrLog {
            dir: dir.path().to_owned(),
            kind: LogKind::AdrTools,
        };
        write(&dir.path().join("0003-use-vms.md"), NYGARD);
        let before = snapshot(dir.path());
        let e = log.supersede(4, &link(5, "X"));
        let msg = e
            .as_ref()
            .err()
            .map(ToString::to_string)
            .unwrap_or_default();
        assert!(
            matches!(e, Err(LogError::NoRecord { number: 4, .. })),
            "{e:?}"
        );
        assert!(msg.contains("number 4"), "{msg}");
        write(&dir.path().join("0003-other.md"), NYGARD);
        let e = log.supersede(3, &link(5, "X"));
        assert!(
            matches!(e, Err(LogError::Ambiguous { number: 3, .. })),
            "{e:?}"
        );
        std::fs::remove_file(dir.path().join("0003-other.md"))?;
        assert_eq!(snapshot(dir.path()), before);
        Ok(())
    }

    #[test]
    fn index_escapes_and_links() -> R {
        let dir = tempfile::tempdir()?;
        let log = AdrLog {
            dir: dir.path().to_owned(),
            kind: LogKind::Madr,
        };
        write(
            &dir.path().join("0002-pipes.md"),
            "# 2. A | B\n\nDate: 2024-01-01\n\n## Status\n\nAccepted\n\n## Context\n",
        );
        write(&dir.path().join("0001-odd (name).md"), "# One\n");
        let path = log.write_index()?;
        assert_eq!(path, dir.path().join("index.md"));
        assert_eq!(
            read(&path),
            "# Architecture Decision Records\n\n| # | Title | Status | Date |\n|---|---|---|---|\n| 1 | [One](0001-odd%20%28name%29.md) |  |  |\n| 2 | [A \\| B](0002-pipes.md) | Accepted | 2024-01-01 |\n"
        );
        assert_eq!(log.records()?.records.len(), 2, "the index is not a record");

        // Superseded records keep a working link; anything odd stays text.
        assert_eq!(
            status_cell("superseded by [ADR-0003](0003-x.md)"),
            "superseded by [ADR-0003](0003-x.md)"
        );
        assert_eq!(
            status_cell("Superseded by [5. A \\| B](0005-a%20b.md)"),
            "Superseded by [5\\. A \\| B](0005-a%20b.md)"
        );
        assert_eq!(
            status_cell("Superseded by [x](javascript:alert(1))"),
            "Superseded by \\[x\\](javascript:alert(1))"
        );
        assert_eq!(status_cell("Accepted"), "Accepted");
        Ok(())
    }

    #[test]
    fn export_names_an_untitled_record_in_the_document_language() -> R {
        let kit = CheckedKit::builtin()?;
        let dir = tempfile::tempdir()?;
        let log = AdrLog {
            dir: dir.path().to_owned(),
            kind: LogKind::Madr,
        };
        write(&dir.path().join("0041-earlier.md"), MADR);
        let mut session = Session::new(&kit);
        session.adr.lang = Lang::Fr;
        let fr = export(&log, &kit, &session, None, "2025-01-02", false)?;
        assert_eq!(fr, dir.path().join("0042-decision-d-hebergement.md"));
        session.adr.lang = Lang::En;
        let en = export(&log, &kit, &session, Some(41), "", false)?;
        assert_eq!(en, dir.path().join("0043-hosting-decision.md"));
        assert!(read(&en).contains("Hosting decision"));
        assert_eq!(
            log.record(41)?.status,
            "superseded by [ADR-0043](0043-hosting-decision.md)"
        );
        Ok(())
    }

    #[test]
    fn yaml_and_markdown_unescaping() {
        assert_eq!(yaml_scalar("\"a \\\"b\\\" \\u00e9\""), "a \"b\" é");
        assert_eq!(yaml_scalar("'it''s'"), "it's");
        assert_eq!(yaml_scalar("accepted # note"), "accepted");
        assert_eq!(unescape("a \\| b &lt;c&gt; &#233; \\q"), "a | b <c> é \\q");
    }
}
