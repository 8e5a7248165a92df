//! Names: recognising record file names, listing a folder's record files, and making slugs
//! and file names for new records.

use std::path::{Path, PathBuf};

use super::{LogError, LogFinding, Problem, SLUG_MAX};

/// How a record's file name gives its number.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum NameForm {
    /// `NNNN-slug.md`: at least four digits (adr-tools, MADR; `YYYYMMDD-slug.md` too).
    Plain,
    /// `adr-NNN-slug.md` or `adrNNN-slug.md` (arachne, Backstage): at least three digits.
    Prefixed,
    /// `YYYY-MM-DD-slug.md`: a date, no sequence number.
    DashedDate,
}

/// Splits a record's file name: at least four ASCII digits, `-`, anything, `.md` (adr-tools'
/// `adr list` pattern, with the zero padding `adr new` always writes); `adr-NNN-…` and
/// `adrNNN-…` (arachne, Backstage); `YYYY-MM-DD-…`. Returns the digits of its number (a date
/// `YYYYMMDD` for a dated name) and its form.
fn record_digits(name: &str) -> Option<(String, NameForm)> {
    if !name
        .rsplit_once('.')
        .is_some_and(|(_, ext)| ext.eq_ignore_ascii_case("md"))
    {
        return None;
    }
    let lead = |s: &str| s.bytes().take_while(u8::is_ascii_digit).count();
    let prefix = ["adr-", "ADR-", "adr", "ADR"]
        .iter()
        .find_map(|p| name.strip_prefix(p).filter(|r| lead(r) >= 3));
    if let Some(rest) = prefix {
        let n = lead(rest);
        return (rest.as_bytes().get(n) == Some(&b'-')).then(|| {
            (
                rest.get(..n).unwrap_or_default().to_owned(),
                NameForm::Prefixed,
            )
        });
    }
    let digits = lead(name);
    if digits == 4 && name.as_bytes().get(4) == Some(&b'-') {
        // `YYYY-MM-DD-…`
        let b = name.as_bytes();
        let two = |i: usize| {
            b.get(i..i + 2)
                .is_some_and(|d| d.iter().all(u8::is_ascii_digit))
        };
        if two(5) && b.get(7) == Some(&b'-') && two(8) && b.get(10) == Some(&b'-') {
            let day = format!(
                "{}{}{}",
                name.get(..4).unwrap_or_default(),
                name.get(5..7).unwrap_or_default(),
                name.get(8..10).unwrap_or_default()
            );
            if day.parse::<u32>().is_ok_and(is_date_number) {
                return Some((day, NameForm::DashedDate));
            }
        }
    }
    if digits < 4 || name.as_bytes().get(digits) != Some(&b'-') {
        return None;
    }
    name.get(..digits).map(|d| (d.to_owned(), NameForm::Plain))
}

/// The prefix and the number's width of a name `adr-007-…` or `adr007-…` (arachne's,
/// Backstage's), as written; `None` for any other name.
pub(super) fn name_prefix(name: &str) -> Option<(String, usize)> {
    let (digits, form) = record_digits(name)?;
    if form != NameForm::Prefixed {
        return None;
    }
    let at = name.find(|c: char| c.is_ascii_digit())?;
    Some((name[..at].to_owned(), digits.len()))
}

/// A file of the log named like a record.
pub(super) struct Entry {
    /// The number its name starts with.
    pub(super) number: u32,
    /// Its path in the log folder.
    pub(super) path: PathBuf,
    /// The file its text is in (the path, or where a symbolic link leads).
    pub(super) target: PathBuf,
    /// Whether its number is a sequence number (not a date).
    pub(super) sequence: bool,
}

/// What a folder's listing says about records.
pub(super) struct Listing {
    /// Files named like records whose number parses.
    pub(super) files: Vec<Entry>,
    /// Files named like records that cannot be used.
    pub(super) problems: Vec<Problem>,
    /// The highest leading number of any entry named `digits-…` (what adr-tools counts),
    /// names that are not UTF-8 included; `u64::MAX` for one too long to count.
    pub(super) highest: u64,
    /// How many records are named `YYYYMMDD-…` (log4brains' naming).
    pub(super) dated: usize,
}

/// The leading number of a name `digits-…`, as bytes (names need not be UTF-8).
pub(super) fn leading_number(name: &[u8]) -> Option<u64> {
    let lead = name.iter().take_while(|b| b.is_ascii_digit()).count();
    if lead == 0 || name.get(lead) != Some(&b'-') {
        return None;
    }
    let digits = std::str::from_utf8(&name[..lead]).ok()?;
    Some(digits.parse::<u64>().unwrap_or(u64::MAX))
}

/// How the command line names a record: its number, or in a log4brains log (a date for a
/// number) its file name without `.md`.
pub(super) fn cli_name(r: &super::Record) -> String {
    r.id()
}

/// Whether a record's number reads as a date `YYYYMMDD` (log4brains names records so).
pub(super) fn is_date_number(n: u32) -> bool {
    let (y, m, d) = (n / 10_000, n / 100 % 100, n % 100);
    (1970..=2999).contains(&y) && (1..=12).contains(&m) && (1..=31).contains(&d)
}

/// Lists the record files of `dir`. Entries that are not regular files, and symbolic links
/// that lead nowhere or outside `root`, are listed as problems and skipped.
pub(super) fn record_files(dir: &Path, root: &Path) -> Result<Listing, LogError> {
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
        dated: 0,
    };
    let problem = |listing: &mut Listing, file: PathBuf, finding: LogFinding| {
        listing.problems.push(Problem { file, finding });
    };
    for entry in std::fs::read_dir(dir).map_err(read_err)? {
        let entry = entry.map_err(read_err)?;
        let path = entry.path();
        let raw = entry.file_name();
        // adr-tools numbers new records after every `digits-…` entry, records or not; doing
        // the same keeps both tools from ever picking a number already on disk.
        if let Some(n) = leading_number(raw.as_encoded_bytes()) {
            listing.highest = listing.highest.max(n);
        }
        let Some(name) = raw.to_str().map(str::to_owned) else {
            if raw
                .as_encoded_bytes()
                .first()
                .is_some_and(u8::is_ascii_digit)
            {
                problem(&mut listing, path, LogFinding::NameNotUtf8);
            }
            continue;
        };
        let Some((digits, form)) = record_digits(&name) else {
            continue;
        };
        let Ok(kind) = entry.file_type() else {
            continue;
        };
        let target = if kind.is_symlink() {
            match std::fs::canonicalize(&path) {
                Ok(t) if !super::inside(root, &t) => {
                    problem(&mut listing, path, LogFinding::LinkOutside);
                    continue;
                }
                Ok(t) => t,
                Err(_) => {
                    problem(&mut listing, path, LogFinding::LinkToNothing);
                    continue;
                }
            }
        } else {
            path.clone()
        };
        if !target.is_file() {
            problem(&mut listing, path, LogFinding::NotAFile);
            continue;
        }
        match digits.parse::<u32>() {
            Ok(number) => {
                let dated = form == NameForm::DashedDate
                    || (form == NameForm::Plain && digits.len() == 8 && is_date_number(number));
                if dated {
                    listing.dated += 1;
                }
                if form == NameForm::Prefixed {
                    // `adr-007-…` takes number 7 as surely as `0007-…` does.
                    listing.highest = listing.highest.max(u64::from(number));
                }
                listing.files.push(Entry {
                    number,
                    path,
                    target,
                    sequence: !dated,
                });
            }
            Err(_) => problem(&mut listing, path, LogFinding::NumberTooLarge),
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
        } else if let Some(s) = fold(c) {
            Some(s)
        } else {
            pending_dash = true;
            continue;
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

/// A log4brains record's file name: `YYYYMMDD-slug.md` from a `YYYY-MM-DD` date, with
/// `-2`, `-3`, … for the `nth` record of that slug on that day (`nth` 1 adds nothing).
pub fn dated_file_name(date: &str, title: &str, nth: u32) -> String {
    let day: String = date.chars().filter(char::is_ascii_digit).take(8).collect();
    let suffix = if nth > 1 {
        format!("-{nth}")
    } else {
        String::new()
    };
    format!("{day}-{}{suffix}.md", slug(title))
}

#[cfg(test)]
mod tests {
    use super::*;

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
        assert_eq!(
            dated_file_name("2026-11-28", "Use VMs", 1),
            "20261128-use-vms.md"
        );
        assert_eq!(
            dated_file_name("2026-11-28", "Use VMs", 3),
            "20261128-use-vms-3.md"
        );
        assert!(is_date_number(20_210_131) && !is_date_number(20_210_132) && !is_date_number(1));
        assert_eq!(leading_number(b"0012-a.md"), Some(12));
        assert_eq!(leading_number(b"99999999999-a.md"), Some(99_999_999_999));
        assert_eq!(
            leading_number(b"99999999999999999999999-a.md"),
            Some(u64::MAX)
        );
        assert_eq!(leading_number(b"12\xff-\xfe.md"), None);
        assert_eq!(leading_number(b"0013-\xfe.md"), Some(13));
        assert_eq!(leading_number(b"notes.md"), None);
    }

    #[test]
    fn record_names_in_every_layout() {
        let form = record_digits;
        let some = |d: &str, f: NameForm| Some((d.to_owned(), f));
        assert_eq!(form("0007-a.md"), some("0007", NameForm::Plain));
        assert_eq!(form("20240101-a.md"), some("20240101", NameForm::Plain));
        assert_eq!(
            form("adr-001-use-clojure.md"),
            some("001", NameForm::Prefixed)
        );
        assert_eq!(
            form("adr001-use-typescript.md"),
            some("001", NameForm::Prefixed)
        );
        assert_eq!(form("ADR-0012-x.MD"), some("0012", NameForm::Prefixed));
        assert_eq!(
            form("2024-01-02-a.md"),
            some("20240102", NameForm::DashedDate)
        );
        // Not a date: a record numbered 2024, as adr-tools reads it.
        assert_eq!(form("2024-13-02-a.md"), some("2024", NameForm::Plain));
        for not in [
            "adr-tools.md",
            "adr-01-a.md",
            "adr001.md",
            "007-a.md",
            "0007-a.txt",
            "README.md",
        ] {
            assert_eq!(form(not), None, "{not}");
        }
    }
}
