//! Reading records: listing and picking the records of a log, numbering the next one, and
//! parsing a record's title, status and date from either layout (Nygard or MADR).

use super::names::record_files;
use super::{AdrLog, LogError, Problem, Record, Scan};
use crate::files;

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
                Ok(bytes) => {
                    if let Ok(text) = String::from_utf8(bytes) {
                        text
                    } else {
                        scan.problems.push(Problem {
                            file: path,
                            message: "not UTF-8 text; skipped".into(),
                        });
                        continue;
                    }
                }
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
pub(super) struct Fence {
    open: Option<(char, usize)>,
}

impl Fence {
    /// Whether `line` is part of a fence (its delimiters included).
    pub(super) fn inside(&mut self, line: &str) -> bool {
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
pub(super) fn nygard_title(line: &str) -> Option<(u32, &str)> {
    let rest = line.trim_end_matches(['\r', '\n']).strip_prefix("# ")?;
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    let n = rest.get(..digits)?.parse().ok()?;
    let after = rest.get(digits..)?.strip_prefix('.')?;
    if !after.is_empty() && !after.starts_with(' ') {
        return None;
    }
    Some((n, after.trim()))
}

pub(super) fn first_line(text: &str) -> &str {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    text.lines().next().unwrap_or_default()
}

/// Nygard's status heading, in English (adr-tools') or French.
pub(super) fn is_status_heading(line: &str) -> bool {
    matches!(
        line.trim_end_matches(['\r', '\n']).trim_end(),
        "## Status" | "## Statut"
    )
}

/// A simple YAML front matter: `key: value` lines between `---` delimiters.
pub(super) struct FrontMatter {
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
pub(super) fn split_front_matter(text: &str) -> (Option<FrontMatter>, &str) {
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
pub(super) fn unescape(md: &str) -> String {
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::adr::log::LogKind;
    use crate::adr::log::test_support::*;

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
    fn yaml_and_markdown_unescaping() {
        assert_eq!(yaml_scalar("\"a \\\"b\\\" \\u00e9\""), "a \"b\" é");
        assert_eq!(yaml_scalar("'it''s'"), "it's");
        assert_eq!(yaml_scalar("accepted # note"), "accepted");
        assert_eq!(unescape("a \\| b &lt;c&gt; &#233; \\q"), "a | b <c> é \\q");
    }
}
