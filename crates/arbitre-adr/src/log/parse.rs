//! Reading records: listing and picking the records of a log, numbering the next one, and
//! parsing a record's title, status and date from either layout (Nygard or MADR).

use std::path::PathBuf;

use super::front::split_front_matter;
use super::markdown::{Fence, is_status_heading, record_text};
use super::names::{Entry, Listing, record_files};
use super::status_section::{RelationLine, StatusSection, relation_line};
use super::{AdrLog, LogError, LogFinding, Naming, Problem, Record, RecordLayout, Scan, Style};
use arbitre_core::files;

impl AdrLog {
    /// Lists the records: every `NNNN-*.md` (or `YYYYMMDD-*.md`) file, read and sorted by
    /// number. Files that cannot be read as records (unreadable, too large, not UTF-8, not
    /// a regular file, a link outside the repository, no title) are left out and listed in
    /// [`Scan::problems`], as are numbers used by several files in a numbered log (those
    /// records are kept). Fails only when the folder itself cannot be listed.
    pub fn records(&self) -> Result<Scan, LogError> {
        Ok(self.scan_listing(record_files(&self.dir, &self.root)?).0)
    }

    /// The records and the log's style, read from one listing.
    pub(super) fn scan_listing(&self, listing: Listing) -> (Scan, Naming) {
        let (scan, naming, _) = self.scan_listing_with(listing, false, &|_, _| {});
        (scan, naming)
    }

    /// [`AdrLog::scan_listing`], keeping each record's text when `keep` (in the records'
    /// order), and telling `progress(done, total)` as it reads.
    pub(super) fn scan_listing_with(
        &self,
        listing: Listing,
        keep: bool,
        progress: &dyn Fn(usize, usize),
    ) -> (Scan, Naming, Vec<String>) {
        let naming = self.naming_of(&listing);
        let mut scan = Scan {
            records: Vec::with_capacity(listing.files.len()),
            problems: listing.problems,
        };
        let total = listing.files.len();
        let mut texts: Vec<(PathBuf, String)> = Vec::new();
        for (done, entry) in listing.files.into_iter().enumerate() {
            if done % 64 == 0 {
                progress(done, total);
            }
            match read_entry(entry, naming) {
                Ok((record, text)) => {
                    if keep {
                        texts.push((record.file.clone(), text));
                    }
                    scan.records.push(record);
                }
                Err(problem) => scan.problems.push(problem),
            }
        }
        scan.records
            .sort_by(|a, b| a.number.cmp(&b.number).then_with(|| a.file.cmp(&b.file)));
        // Records of one day share their date in a log named by dates; any other number
        // used twice is two records claiming one place (branches merged).
        for pair in scan.records.windows(2) {
            if let [a, b] = pair
                && a.number == b.number
                && (a.sequence || b.sequence)
            {
                scan.problems.push(Problem {
                    file: b.file.clone(),
                    finding: LogFinding::DuplicateNumber {
                        number: b.number,
                        other: a.file_name(),
                    },
                });
            }
        }
        scan.problems.sort_by(|a, b| a.file.cmp(&b.file));
        progress(total, total);
        let texts = if keep {
            let mut by_file: std::collections::HashMap<PathBuf, String> =
                texts.into_iter().collect();
            scan.records
                .iter()
                .map(|r| by_file.remove(&r.file).unwrap_or_default())
                .collect()
        } else {
            Vec::new()
        };
        (scan, naming, texts)
    }

    /// How the log names its records, from its listing: by date when it is a log4brains log
    /// or most of its records are named so.
    fn naming_of(&self, listing: &Listing) -> Naming {
        if self.kind == super::LogKind::Log4brains
            || (listing.dated > 0 && listing.dated * 2 >= listing.files.len())
        {
            Naming::Dated
        } else {
            Naming::Numbered
        }
    }

    /// The record a name designates (its number, or its file name with or without `.md`)
    /// and its text, reading only the files that name can be: the folder is listed, not
    /// read whole. Fails as [`AdrLog::find`] does.
    pub fn find_one(&self, name: &str) -> Result<(Record, String), LogError> {
        self.find_one_naming(name).map(|(r, t, _)| (r, t))
    }

    /// [`AdrLog::find_one`], with how the log names its records.
    pub(super) fn find_one_naming(&self, name: &str) -> Result<(Record, String, Naming), LogError> {
        let name = name.trim();
        let listing = record_files(&self.dir, &self.root)?;
        let naming = self.naming_of(&listing);
        let number = name.parse::<u32>().ok();
        let mut found: Vec<(Record, String)> = listing
            .files
            .into_iter()
            .filter(|e| {
                if let Some(n) = number {
                    return e.number == n;
                }
                let file = e.path.file_name().map(|f| f.to_string_lossy());
                file.is_some_and(|f| {
                    f == name
                        || f.strip_suffix(".md").or_else(|| f.strip_suffix(".MD")) == Some(name)
                })
            })
            .filter_map(|e| read_entry(e, naming).ok())
            .collect();
        found.sort_by(|a, b| a.0.file.cmp(&b.0.file));
        match (found.len(), number) {
            (1, _) => {
                let (record, text) = found.remove(0);
                Ok((record, text, naming))
            }
            (0, Some(number)) => Err(LogError::NoRecord {
                dir: self.dir.clone(),
                number,
            }),
            (0, None) => Err(LogError::NoSuchRecord {
                dir: self.dir.clone(),
                name: name.to_owned(),
            }),
            (_, number) => Err(LogError::Ambiguous {
                dir: self.dir.clone(),
                number: number.unwrap_or(found[0].0.number),
                files: found
                    .iter()
                    .map(|(r, _)| r.file_name())
                    .collect::<Vec<_>>()
                    .join(", "),
            }),
        }
    }

    /// The log's conventions, read from its records: naming, how MADR records state their
    /// status, the list marker, and Just the Docs' `parent` and `nav_order`.
    pub fn style(&self) -> Result<Style, LogError> {
        let (scan, naming) = self.scan_listing(record_files(&self.dir, &self.root)?);
        Ok(style_of(self.kind, naming, &scan))
    }

    /// The record a name designates: its number, or its file name with or without `.md`.
    pub fn find(&self, name: &str) -> Result<Record, LogError> {
        let scan = self.records()?;
        self.find_in(&scan, name)
    }

    /// [`AdrLog::find`] in a scan already made.
    pub(super) fn find_in(&self, scan: &Scan, name: &str) -> Result<Record, LogError> {
        let name = name.trim();
        if let Ok(n) = name.parse::<u32>() {
            return self.pick(scan.clone(), n);
        }
        scan.records
            .iter()
            .find(|r| r.file_name() == name || r.stem() == name)
            .cloned()
            .ok_or_else(|| LogError::NoSuchRecord {
                dir: self.dir.clone(),
                name: name.to_owned(),
            })
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
        let listing = record_files(&self.dir, &self.root)?;
        listing
            .highest
            .checked_add(1)
            .and_then(|n| u32::try_from(n).ok())
            .ok_or_else(|| LogError::Full(self.dir.clone()))
    }
}

/// Reads one file of a listing as a record, with its text; why not, as a problem.
fn read_entry(entry: Entry, naming: Naming) -> Result<(Record, String), Problem> {
    let text = match files::read_limited(&entry.target, super::MAX_RECORD_BYTES) {
        Ok(bytes) => match String::from_utf8(bytes) {
            Ok(text) => text,
            Err(_) => {
                return Err(Problem {
                    file: entry.path,
                    finding: LogFinding::TextNotUtf8,
                });
            }
        },
        Err(e) => {
            return Err(Problem {
                file: entry.path,
                finding: LogFinding::Unreadable {
                    cause: e.to_string(),
                },
            });
        }
    };
    let record = record_from(entry, &text, naming)?;
    Ok((record, text))
}

/// A record from its text, read from `entry`; why it is not one, as a problem.
pub(super) fn record_from(entry: Entry, text: &str, naming: Naming) -> Result<Record, Problem> {
    let parsed = parse_record(text);
    let Some(title) = parsed.title.filter(|t| !t.is_empty()) else {
        let why = parsed.warnings.into_iter().next().map(Box::new);
        return Err(Problem {
            file: entry.path,
            finding: LogFinding::NoTitle { why },
        });
    };
    let mut warnings = parsed.warnings;
    warnings.extend(super::lint::text_findings(text));
    if let Some(n) = parsed.nygard_number
        && n != entry.number
        && naming == Naming::Numbered
    {
        warnings.push(LogFinding::TitleNumber {
            title: n,
            file: entry.number,
        });
    }
    let record = Record {
        number: entry.number,
        sequence: entry.sequence,
        file: entry.path,
        target: entry.target,
        title,
        state: super::RecordStatus::parse(&parsed.status),
        status: parsed.status,
        date: parsed.date,
        deciders: parsed.deciders,
        relations: parsed.relations,
        links: parsed.links,
        layout: parsed.layout,
        warnings,
        package: None,
        hints: parsed.hints,
    };
    Ok(record)
}

/// The style a log's records show; the kind's defaults where they show nothing.
pub(super) fn style_of(kind: super::LogKind, naming: Naming, scan: &Scan) -> Style {
    let mut style = Style::of(kind);
    style.naming = naming;
    // The newest records say best how the log is kept now.
    let newest: Vec<&Record> = scan.records.iter().rev().take(10).collect();
    style.lang = lang_of(newest.iter().copied());
    if let Some((prefix, digits)) = newest
        .first()
        .and_then(|r| super::names::name_prefix(&r.file_name()))
    {
        style.name_prefix = prefix;
        style.name_digits = digits;
    }
    if kind == super::LogKind::AdrTools {
        return style;
    }
    let lines = newest
        .iter()
        .filter(|r| r.layout == RecordLayout::Lines)
        .count();
    let front = newest
        .iter()
        .filter(|r| r.layout == RecordLayout::FrontMatter)
        .count();
    if lines > front {
        style.header = crate::Header::Lines;
    } else if front > lines {
        style.header = crate::Header::FrontMatter;
    }
    let (dash, star) = newest
        .iter()
        .fold((0, 0), |(d, s), r| (d + r.hints.dashes, s + r.hints.stars));
    if dash > star {
        style.bullet = '-';
    } else if star > dash {
        style.bullet = '*';
    }
    if style.header == crate::Header::FrontMatter {
        // adr-log takes the line after the front matter for the title: follow the log.
        let (blank, tight) = newest
            .iter()
            .filter_map(|r| r.hints.blank_after_front)
            .fold(
                (0, 0),
                |(b, t), blank| if blank { (b + 1, t) } else { (b, t + 1) },
            );
        style.blank_after_front = tight <= blank;
        if let Some(parent) = newest.iter().find_map(|r| r.hints.parent.clone()) {
            style.extra_front.push(parent);
        }
        if let Some(highest) = scan.records.iter().filter_map(|r| r.hints.nav_order).max() {
            style
                .extra_front
                .push(format!("nav_order: {}", highest.saturating_add(1)));
        }
    }
    style
}

/// The language records' section headings are in, when one clearly leads (twice the rest).
pub(super) fn lang_of<'a>(
    records: impl Iterator<Item = &'a Record>,
) -> Option<arbitre_core::i18n::Lang> {
    let mut headings = [0usize; 2];
    for r in records {
        for (all, one) in headings.iter_mut().zip(r.hints.headings) {
            *all += one;
        }
    }
    let total: usize = headings.iter().sum();
    arbitre_core::i18n::Lang::ALL
        .iter()
        .zip(headings)
        .find(|(_, n)| *n > 2 * (total - n))
        .map(|(lang, _)| *lang)
}

/// What a record's text says about the log's style.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct StyleHints {
    /// List items marked `-`.
    pub(super) dashes: usize,
    /// List items marked `*`.
    pub(super) stars: usize,
    /// Its front matter's `parent:` line, as written.
    pub(super) parent: Option<String>,
    /// Its front matter's `nav_order`.
    pub(super) nav_order: Option<u64>,
    /// Its front matter is followed by a blank line (`Some(true)`) or straight by the text
    /// (`Some(false)`); `None` without front matter.
    pub(super) blank_after_front: Option<bool>,
    /// Its section headings in each of the catalog's languages (`Lang::ALL`'s order): the
    /// language its records are written in.
    pub(super) headings: [usize; 2],
}

impl StyleHints {
    /// Counts a list item's marker.
    fn list_marker(&mut self, line: &str) {
        let t = line.trim_start();
        if t.starts_with("- ") {
            self.dashes += 1;
        } else if t.starts_with("* ") {
            self.stars += 1;
        }
    }

    /// Counts a `## Heading` that is one of a language's record headings (and not the
    /// other's: `## Status` is both).
    fn heading(&mut self, line: &str) {
        let Some(h) = line.strip_prefix("## ").map(str::trim) else {
            return;
        };
        let said = |lang: arbitre_core::i18n::Lang| {
            let w = crate::doc_words(lang);
            [
                w.context,
                w.context_and_problem,
                w.decision,
                w.decision_drivers,
                w.considered_options,
                w.decision_outcome,
                w.consequences,
                w.more_information,
            ]
            .contains(&h)
        };
        let by: Vec<bool> = arbitre_core::i18n::Lang::ALL
            .iter()
            .map(|l| said(*l))
            .collect();
        if by.iter().filter(|b| **b).count() == 1 {
            for (count, said) in self.headings.iter_mut().zip(by) {
                *count += usize::from(said);
            }
        }
    }
}

/// The fields a record's text gives.
struct Parsed {
    title: Option<String>,
    nygard_number: Option<u32>,
    status: String,
    date: String,
    deciders: Vec<String>,
    relations: Vec<RelationLine>,
    links: Vec<(String, String)>,
    layout: RecordLayout,
    warnings: Vec<LogFinding>,
    hints: StyleHints,
}

/// A `- Key: value` line of a MADR 2 / log4brains header: (key lowercase, value).
pub(super) fn header_line(line: &str) -> Option<(String, &str)> {
    let rest = line
        .strip_prefix("- ")
        .or_else(|| line.strip_prefix("* "))
        .or_else(|| line.strip_prefix("+ "))?;
    let (key, value) = rest.split_once(':')?;
    let key = key.trim();
    (!key.is_empty()
        && key
            .chars()
            .all(|c| c.is_alphanumeric() || c == '-' || c == ' '))
    .then(|| (key.to_lowercase(), value.trim()))
}

/// The names of a list written `a, b` (Markdown escapes undone).
fn names(value: &str) -> Vec<String> {
    value
        .split(',')
        .map(|d| unescape(d.trim()))
        .filter(|d| !d.is_empty())
        .collect()
}

/// The names after a `Deciders:` label in a line of text (`Decision-makers:`, and the label
/// arbitre's Nygard records write in each language of the catalog, `:` spaced or not), a
/// hard break (`\`) or emphasis around the label left out.
fn deciders_line(line: &str) -> Option<&str> {
    let t = line.trim();
    let t = t.strip_prefix("**").unwrap_or(t);
    let (label, value) = t.split_once(':')?;
    let label = label
        .trim_matches([' ', '\u{a0}', '\u{202f}', '*'])
        .to_lowercase();
    let known = ["deciders", "decision-makers", "decision makers"].contains(&label.as_str())
        || arbitre_core::i18n::Lang::ALL
            .iter()
            .any(|lang| lang.words().adr.decision_makers.to_lowercase() == label);
    if !known {
        return None;
    }
    let value = value.trim_start_matches('*').trim();
    let value = value.strip_suffix('\\').unwrap_or(value).trim_end();
    Some(value)
}

/// Removes an HTML comment log4brains' template leaves (`<!-- optional -->`).
fn without_comment(value: &str) -> &str {
    value.split("<!--").next().unwrap_or_default().trim()
}

/// How a record's text states its status.
pub(super) fn layout_of(text: &str) -> RecordLayout {
    parse_record(text).layout
}

fn parse_record(text: &str) -> Parsed {
    let text = record_text(text);
    let (front, body) = split_front_matter(text);
    let mut p = Parsed {
        title: None,
        nygard_number: None,
        status: String::new(),
        date: String::new(),
        deciders: Vec::new(),
        relations: Vec::new(),
        links: Vec::new(),
        layout: RecordLayout::Unknown,
        warnings: Vec::new(),
        hints: StyleHints::default(),
    };
    if let Some(f) = &front {
        p.layout = RecordLayout::FrontMatter;
        p.status = f.get("status").unwrap_or_default();
        p.date = f.get("date").unwrap_or_default();
        p.deciders = f
            .list("decision-makers")
            .or_else(|| f.list("deciders"))
            .unwrap_or_default();
        p.hints.parent = f.raw_line("parent");
        p.hints.nav_order = f.get("nav_order").and_then(|n| n.parse().ok());
        p.hints.blank_after_front = Some(body.lines().next().is_some_and(|l| l.trim().is_empty()));
        links_in(&p.status.clone(), &mut p.links);
        if let Some(problem) = super::front::front_key_problem(text, "status") {
            p.warnings.push(LogFinding::Front(problem));
        }
    }
    let mut in_status = false;
    let mut section = StatusSection::default();
    let mut before_sections = true;
    let mut fence = Fence::default();
    // The front matter's lines come before the body's: counted once, not per line (a record
    // of many malformed headings made this quadratic).
    let first_body_line = text.lines().count() - body.lines().count();
    for (i, line) in body.lines().enumerate() {
        if fence.inside(line) {
            continue;
        }
        p.hints.list_marker(line);
        if line.starts_with('#') {
            let hashes = line.bytes().take_while(|b| *b == b'#').count();
            if hashes <= 6 && line.len() > hashes && !line[hashes..].starts_with([' ', '\t']) {
                p.warnings.push(LogFinding::NotHeading {
                    line: i + 1 + first_body_line,
                    text: line.chars().take(40).collect(),
                });
                // `#46. Title` (no space) is still the record's title: the record is
                // listed, with its problem, not dropped.
                if hashes == 1 && p.title.is_none() {
                    (p.title, p.nygard_number) = heading_title(line);
                }
                continue;
            }
        }
        if line.starts_with("# ") && p.title.is_none() {
            let (title, number) = heading_title(line);
            p.title = Some(title.unwrap_or_default());
            p.nygard_number = number;
            continue;
        }
        if line.starts_with("##") {
            p.hints.heading(line);
            before_sections = false;
            in_status = is_status_heading(line);
            if in_status && p.layout == RecordLayout::Unknown {
                p.layout = RecordLayout::Nygard;
            }
            continue;
        }
        links_in(line, &mut p.links);
        // `- Status:` lines under the title; after a front matter too, for what it does not
        // give (compliantkubernetes: `title:` and `tags:` above, the bullets below).
        if before_sections
            && p.title.is_some()
            && let Some((key, value)) = header_line(line)
        {
            let value = without_comment(value);
            match key.as_str() {
                "status" if p.status.is_empty() => {
                    p.layout = RecordLayout::Lines;
                    value.clone_into(&mut p.status);
                }
                "date" if p.date.is_empty() => value.clone_into(&mut p.date),
                "deciders" | "decision-makers" if p.deciders.is_empty() => {
                    p.deciders = names(value);
                }
                _ => {}
            }
            continue;
        }
        // Nygard records: `Deciders: a, b`, or the `Décideurs : a, b\` line arbitre writes.
        if p.deciders.is_empty()
            && let Some(value) = deciders_line(line)
        {
            p.deciders = names(value);
            continue;
        }
        if in_status {
            section.line(line);
        }
        if p.date.is_empty()
            && let Some(d) = line
                .strip_prefix("Date:")
                .or_else(|| line.strip_prefix("Date :"))
                .or_else(|| line.strip_prefix("Date\u{a0}:"))
        {
            d.trim().clone_into(&mut p.date);
        }
    }
    with_status_section(&mut p, section);
    // Backstage's records have no `# Title` heading: their front matter's `title:` is it.
    if p.title.is_none()
        && let Some(t) = front.as_ref().and_then(|f| f.get("title"))
    {
        p.title = Some(unescape(t.trim())).filter(|t| !t.is_empty());
    }
    p
}

/// Takes the Status section's status and relations into what the record says.
fn with_status_section(p: &mut Parsed, mut section: StatusSection) {
    // A status given above the sections (front matter, `- Status:` line) may be a relation:
    // `superseded by [ADR-0012](…)`.
    p.relations = relation_line(&p.status).unwrap_or_default();
    // The Status section read whole: its status word where nothing above gave one, its
    // `Superseded by` line whatever word stays, and its relation lines as data.
    let superseded = section
        .relations
        .iter()
        .any(|r| r.kind == super::RelationKind::SupersededBy);
    if let Some(status) = section.status()
        && (p.status.is_empty()
            || (superseded && !super::RecordStatus::parse(&p.status).is_superseded()))
    {
        p.status = status;
    }
    p.relations.append(&mut section.relations);
}

/// The relative links to `.md` files in a line: (the words before the link, the
/// destination), such as `("Superseded by", "0005-x.md")`.
fn links_in(line: &str, out: &mut Vec<(String, String)>) {
    let mut rest = line;
    let mut consumed = 0;
    while let Some(open) = rest.find("](") {
        let after = &rest[open + 2..];
        let Some(close) = after.find(')') else { break };
        let dest = after[..close].trim();
        let dest = dest.split('#').next().unwrap_or_default();
        let head = &line[..consumed + open];
        // The link's text opens after the previous link: looking no further back keeps a line
        // of thousands of links linear.
        let words_end = head[consumed..]
            .rfind('[')
            .map_or(head.len(), |i| consumed + i);
        let words = head[..words_end]
            .trim()
            .trim_start_matches(['-', '*', '+'])
            .trim_start_matches("status:")
            .trim()
            .trim_matches('"')
            .trim();
        let relative = !dest.is_empty()
            && !dest.contains("://")
            && !dest.starts_with(['/', '<'])
            && !dest.starts_with("mailto:")
            && std::path::Path::new(dest)
                .extension()
                .is_some_and(|e| e.eq_ignore_ascii_case("md"));
        if relative {
            // The last few words before the link: its relation ("Supersedes").
            // Read from the end: only the last three words are looked at.
            let mut last: Vec<&str> = words.split_whitespace().rev().take(3).collect();
            last.reverse();
            out.push((last.join(" "), dest.to_owned()));
        }
        consumed += open + 2 + close + 1;
        rest = &after[close + 1..];
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

/// The title a first-level heading gives (`None` when empty), and its Nygard number:
/// `# 3. Title`, `# Title`, `# Architecture Decision Record: Title` (arachne), or the same
/// written without a space after `#` (`#46. Title`).
fn heading_title(line: &str) -> (Option<String>, Option<u32>) {
    let rest = line.strip_prefix('#').unwrap_or(line);
    let fixed = format!("# {}", rest.strip_prefix(' ').unwrap_or(rest));
    let (title, number) = match nygard_title(&fixed) {
        Some((n, t)) => (unescape(t), Some(n)),
        None => (unescape(without_record_prefix(rest.trim())), None),
    };
    ((!title.is_empty()).then_some(title), number)
}

/// A title without arachne's `Architecture Decision Record: ` before it.
fn without_record_prefix(title: &str) -> &str {
    const PREFIX: &str = "architecture decision record:";
    match title.get(..PREFIX.len()) {
        Some(head) if head.eq_ignore_ascii_case(PREFIX) && title.len() > PREFIX.len() => {
            title[PREFIX.len()..].trim_start()
        }
        _ => title,
    }
}

pub(super) fn first_line(text: &str) -> &str {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    text.lines().next().unwrap_or_default()
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
mod tests;
