//! Names: recognising record file names, listing a folder's record files, and making slugs
//! and file names for new records.

use std::path::{Path, PathBuf};

use super::{LogError, Problem, SLUG_MAX};

/// Splits a record's file name: at least four ASCII digits, `-`, anything, `.md` (adr-tools'
/// `adr list` pattern, with the zero padding `adr new` always writes). Returns the digits.
fn record_digits(name: &str) -> Option<&str> {
    let digits = name.bytes().take_while(u8::is_ascii_digit).count();
    if digits < 4
        || name.as_bytes().get(digits) != Some(&b'-')
        || !name
            .rsplit_once('.')
            .is_some_and(|(_, ext)| ext.eq_ignore_ascii_case("md"))
    {
        return None;
    }
    name.get(..digits)
}

/// What a folder's listing says about records.
pub(super) struct Listing {
    /// Files named like records whose number parses, with that number.
    pub(super) files: Vec<(u32, PathBuf)>,
    /// Files named like records that cannot be used.
    pub(super) problems: Vec<Problem>,
    /// The highest leading number of any entry named `digits-…` (what adr-tools counts).
    pub(super) highest: u32,
}

pub(super) fn record_files(dir: &Path) -> Result<Listing, LogError> {
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
    }
}
