//! Reopening an ADR that arbitre wrote: **the visible file is the truth**.
//!
//! The embedded block (a readable RON comment, [`embed`]) holds only what the text cannot:
//! the kit, the ticks, the weights, the notes, the override, and the document's language,
//! template and detail level. Title, status, date, the people, the context and the
//! confirmation are read from the visible text ([`Visible::read`]); where the file's differs
//! from what the block alone would render, the file's is kept and reported, so a reviewer's
//! edit (a status set to accepted, a sentence of the context) survives reopening and
//! re-exporting.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use serde::{Deserialize, Serialize};

use super::{AdrInput, render};
use arbitre_core::i18n::Lang;
use arbitre_core::kit::{CheckedKit, LoadError};
use arbitre_core::session::{
    Component, Detail, KitRef, Loaded, Override, Session, Status, Template,
};

/// Whether a path names a Markdown file (`.md`, `.markdown`, any case): an ADR to reopen.
pub fn is_markdown(path: &Path) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| e.eq_ignore_ascii_case("md") || e.eq_ignore_ascii_case("markdown"))
}

/// The marker of the readable block (version 2).
pub const MARKER_V2: &str = "<!-- arbitre-session v2";

/// What the block holds: only what the visible text cannot.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
struct Decided {
    /// The kit, `id@version`.
    kit: String,
    ticks: BTreeSet<String>,
    weights: BTreeMap<String, u8>,
    notes: BTreeMap<String, String>,
    /// The must-haves for all (absent when none).
    #[serde(skip_serializing_if = "BTreeSet::is_empty")]
    musts: BTreeSet<String>,
    #[serde(rename = "override")]
    override_: Option<Override>,
    /// A system's components, each with its own facts and override (absent for one
    /// workload).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    components: Vec<Component>,
    lang: Lang,
    template: Template,
    detail: Detail,
    /// Lines adr-tools added to the status section (`Amends [1. …](…)`).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    status_lines: Vec<String>,
    /// The visible fields as exported: the status and the date as written, the others as a
    /// short fingerprint (FNV-1a, 8 hex digits), so that an edit made outside arbitre is
    /// noticed and named when the record is reopened.
    /// On one line: `name=value` pairs separated by spaces.
    #[serde(skip_serializing_if = "String::is_empty")]
    exported: String,
}

/// `title=9f3a1b2c status=proposed …` from the fingerprints, and back.
fn exported_line(map: &BTreeMap<String, String>) -> String {
    FIELDS
        .iter()
        .filter_map(|f| map.get(*f).map(|v| format!("{}={v}", f.replace(' ', "-"))))
        .collect::<Vec<_>>()
        .join(" ")
}

fn exported_map(line: &str) -> BTreeMap<String, String> {
    line.split_whitespace()
        .filter_map(|pair| pair.split_once('='))
        .map(|(k, v)| (k.replace("status-lines", "status lines"), v.to_owned()))
        .collect()
}

/// FNV-1a (32 bits) of a text, as 8 hex digits.
fn fingerprint(text: &str) -> String {
    let mut h: u32 = 0x811c_9dc5;
    for b in text.bytes() {
        h ^= u32::from(b);
        h = h.wrapping_mul(0x0100_0193);
    }
    format!("{h:08x}")
}

const PEOPLE: [&str; 3] = ["decision-makers", "consulted", "informed"];

impl Visible {
    /// Each field that was read, by name, as the block records it.
    fn fingerprints(&self) -> BTreeMap<String, String> {
        let mut out = BTreeMap::new();
        let mut put = |name: &str, value: String| {
            out.insert(name.to_owned(), value);
        };
        if let Some(t) = &self.title {
            put("title", fingerprint(t));
        }
        if let Some(s) = self.status {
            put("status", super::render::madr_status_word(s).to_owned());
        }
        if let Some(d) = &self.date {
            put("date", d.clone());
        }
        for (name, list) in PEOPLE.iter().zip(&self.people) {
            if let Some(list) = list {
                put(name, fingerprint(&list.join("\n")));
            }
        }
        if let Some(c) = &self.context {
            put("context", fingerprint(c));
        }
        if let Some(c) = &self.confirmation {
            put("confirmation", fingerprint(c));
        }
        put("status lines", fingerprint(&self.status_lines.join("\n")));
        out
    }
}

/// The readable block for a session: one tick, weight or note per line, sorted, inside an
/// HTML comment that no user text can close (every `--` in a string is written `-\u{2d}`).
/// `shown` is the record's visible text as rendered, fingerprinted so that later edits are
/// noticed (without it, they are kept silently).
pub fn embed(session: &Session, shown: Option<&str>) -> String {
    let decided = Decided {
        kit: format!("{}@{}", session.kit.id, session.kit.version),
        ticks: session.ticks.clone(),
        weights: session.weights.clone(),
        notes: session.notes.clone(),
        musts: session.musts.clone(),
        override_: session.override_.clone(),
        components: session.components.clone(),
        lang: session.adr.lang,
        template: session.adr.template,
        detail: session.adr.detail,
        status_lines: session.adr.status_lines.clone(),
        exported: shown
            .map(|md| exported_line(&Visible::read(md).fingerprints()))
            .unwrap_or_default(),
    };
    serialize(&decided)
}

/// The block's text: pretty RON (one item per line), every `--` in a string escaped.
fn serialize(decided: &Decided) -> String {
    // A component on a few lines (its facts each on one), a one-workload block as before.
    let depth = if decided.components.is_empty() { 2 } else { 3 };
    let pretty = ron::ser::PrettyConfig::new()
        .depth_limit(depth)
        .struct_names(false)
        .indentor("  ");
    let mut ron = ron::ser::to_string_pretty(decided, pretty)
        .or_else(|_| ron::to_string(decided))
        .unwrap_or_default();
    // `--` appears only inside strings (RON itself never writes it): escape the second dash.
    while ron.contains("--") {
        ron = ron.replace("--", "-\\u{2d}");
    }
    format!("{MARKER_V2}\n{ron}\n-->\n")
}

/// After arbitre itself changed a record's visible text (superseding it), records the new
/// text in its v2 block, so that reopening does not take arbitre's own edit for someone
/// else's. Other records are returned as they are.
pub fn reseal(text: &str) -> String {
    let Some(start) = text.rfind(MARKER_V2) else {
        return text.to_owned();
    };
    let Some(close) = text[start..].find("-->") else {
        return text.to_owned();
    };
    let ron = text[start + MARKER_V2.len()..start + close].trim();
    let Ok(mut decided) = ron::from_str::<Decided>(ron) else {
        return text.to_owned();
    };
    decided.exported = exported_line(&Visible::read(&text[..start]).fingerprints());
    let block = serialize(&decided);
    let end = start + close + 3;
    let end = end + usize::from(text[end..].starts_with('\n'));
    format!("{}{block}{}", &text[..start], &text[end..])
}

/// Reads a v2 block's RON into a session with default visible fields.
fn decided_session(
    ron: &str,
    path: &Path,
) -> Result<(Session, BTreeMap<String, String>), LoadError> {
    let decided: Decided =
        ron::from_str(ron).map_err(|e| arbitre_core::kit::syntax_error(path, &e))?;
    let (id, version) = decided.kit.rsplit_once('@').unwrap_or((&decided.kit, "0"));
    let mut session = Session {
        kit: KitRef {
            id: id.to_owned(),
            version: version.parse().unwrap_or(0),
        },
        ticks: decided.ticks,
        weights: decided.weights,
        notes: decided.notes,
        musts: decided.musts,
        override_: decided.override_,
        components: decided.components,
        ..Session::default()
    };
    session.adr.lang = decided.lang;
    session.adr.template = decided.template;
    session.adr.detail = decided.detail;
    session.adr.status_lines = decided.status_lines;
    Ok((session, exported_map(&decided.exported)))
}

/// The readable (v2) block of an ADR: the byte offset of its RON in `markdown` and the RON;
/// `None` when there is none, or it is not closed (see [`super::extract_session`]).
pub fn block_span(markdown: &str) -> Option<(usize, &str)> {
    let start = markdown.rfind(MARKER_V2)? + MARKER_V2.len();
    let body = markdown.get(start..)?;
    let raw = body.get(..body.find("-->")?)?;
    let ron = raw.trim_start();
    Some((start + raw.len() - ron.len(), ron.trim_end()))
}

/// Reads a v2 block's RON (`arbitre check`): the decision it holds, or the error at its
/// position in `ron`.
///
/// # Errors
/// The block is not valid RON or holds a value of the wrong kind.
pub fn read_block(ron: &str, path: &Path) -> Result<Session, LoadError> {
    decided_session(ron, path).map(|(session, _)| session)
}

/// A v2 block's RON holding every field, to tell a block's unknown fields.
pub fn reference_block() -> String {
    let decided = Decided {
        override_: Some(Override::default()),
        musts: BTreeSet::from([String::new()]),
        components: vec![Component {
            description: "x".to_owned(),
            weights: BTreeMap::from([(String::new(), 0)]),
            notes: BTreeMap::from([(String::new(), String::new())]),
            musts: BTreeSet::from([String::new()]),
            override_: Some(Override::default()),
            ..Component::default()
        }],
        status_lines: vec![String::new()],
        exported: "x".to_owned(),
        ..Decided::default()
    };
    ron::to_string(&decided).unwrap_or_default()
}

/// The document language a block records (for records arbitre rewrites).
pub fn block_lang(ron: &str) -> Option<Lang> {
    ron::from_str::<Decided>(ron).ok().map(|d| d.lang)
}

/// What the visible text of a record says, as far as arbitre can read it back.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Visible {
    /// The title (unescaped).
    pub title: Option<String>,
    /// The status.
    pub status: Option<Status>,
    /// The date, as written.
    pub date: Option<String>,
    /// Decision-makers, consulted, informed (MADR's front matter, Nygard's context lines).
    pub people: [Option<Vec<String>>; 3],
    /// The context section's own text (unescaped).
    pub context: Option<String>,
    /// The confirmation section (MADR), when there is one.
    pub confirmation: Option<String>,
    /// Lines in Nygard's status section other than the status word and arbitre's links.
    pub status_lines: Vec<String>,
}

/// Removes `CommonMark` backslash escapes (`\#` → `#`).
fn unescape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\\' && chars.peek().is_some_and(char::is_ascii_punctuation) {
            if let Some(next) = chars.next() {
                out.push(next);
            }
        } else {
            out.push(c);
        }
    }
    out
}

/// A double-quoted YAML string back to its text (the escapes arbitre writes).
fn yaml_unquote(value: &str) -> String {
    let v = value.trim();
    let Some(inner) = v.strip_prefix('"').and_then(|r| r.strip_suffix('"')) else {
        return v.to_owned();
    };
    let mut out = String::new();
    let mut chars = inner.chars();
    while let Some(c) = chars.next() {
        if c == '\\' {
            match chars.next() {
                Some('n') => out.push('\n'),
                Some('t') => out.push('\t'),
                Some(other) => out.push(other),
                None => {}
            }
        } else {
            out.push(c);
        }
    }
    out
}

fn status_of(word: &str) -> Option<Status> {
    let w = word.trim().trim_matches('"').to_lowercase();
    Some(match w.split_whitespace().next()? {
        "proposed" => Status::Proposed,
        "accepted" => Status::Accepted,
        "rejected" => Status::Rejected,
        "deprecated" => Status::Deprecated,
        "superseded" => Status::Superseded,
        _ => return None,
    })
}

/// The text of the section under `heading` (a whole line), up to the next heading of the same
/// or a higher level.
fn section<'t>(body: &'t str, heading: &str) -> Option<&'t str> {
    let level = heading.chars().take_while(|c| *c == '#').count();
    let start = body
        .match_indices(heading)
        .find(|(i, _)| {
            (*i == 0 || body[..*i].ends_with('\n')) && body[i + heading.len()..].starts_with('\n')
        })
        .map(|(i, _)| i + heading.len())?;
    let rest = &body[start..];
    let end = rest
        .match_indices("\n#")
        .find(|(i, _)| {
            let hashes = rest[i + 1..].chars().take_while(|c| *c == '#').count();
            hashes <= level && rest[i + 1 + hashes..].starts_with(' ')
        })
        .map_or(rest.len(), |(i, _)| i);
    Some(rest[..end].trim())
}

impl Visible {
    /// Reads a record's visible text, MADR or Nygard, in either language.
    pub fn read(markdown: &str) -> Visible {
        let text = markdown.replace("\r\n", "\n");
        let body = match text
            .find(MARKER_V2)
            .or_else(|| text.find("<!-- arbitre-session"))
        {
            Some(i) => &text[..i],
            None => &text,
        };
        let mut v = Visible::default();
        if let Some(rest) = body.strip_prefix("---\n")
            && let Some(end) = rest.find("\n---\n")
        {
            read_front_matter(&rest[..end], &mut v);
            read_madr(&rest[end + 5..], &mut v);
        } else if read_header_lines(body, &mut v) {
            read_madr(body, &mut v);
        } else {
            read_nygard(body, &mut v);
        }
        v
    }
}

/// MADR 2 / log4brains: the `- Status:` / `- Date:` / `- Deciders:` (`- Consulted:`,
/// `- Informed:`) lines between the title and the first section. Returns whether the record
/// is laid out so (a `# Title` that is not Nygard's `# N. Title`, then a Status line).
fn read_header_lines(body: &str, v: &mut Visible) -> bool {
    let mut lines = body.lines().skip_while(|l| l.trim().is_empty());
    let Some(title) = lines.next().and_then(|l| l.strip_prefix("# ")) else {
        return false;
    };
    let nygard = title
        .split_once(". ")
        .is_some_and(|(n, _)| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()));
    if nygard {
        return false;
    }
    let mut found = false;
    let mut people: [Option<Vec<String>>; 3] =
        [Some(Vec::new()), Some(Vec::new()), Some(Vec::new())];
    for line in lines.take_while(|l| !l.starts_with("##")) {
        let Some(rest) = line.strip_prefix("- ").or_else(|| line.strip_prefix("* ")) else {
            continue;
        };
        let Some((key, value)) = rest.split_once(':') else {
            continue;
        };
        let value = value.split("<!--").next().unwrap_or_default().trim();
        let names = || {
            value
                .split(", ")
                .map(|n| unescape(n.trim()))
                .filter(|n| !n.is_empty())
                .collect::<Vec<_>>()
        };
        match key.trim().to_lowercase().as_str() {
            "status" => {
                found = true;
                v.status = status_of(value);
            }
            "date" => v.date = Some(unescape(value)),
            "deciders" | "decision-makers" => people[0] = Some(names()),
            "consulted" => people[1] = Some(names()),
            "informed" => people[2] = Some(names()),
            _ => {}
        }
    }
    if found {
        v.people = people;
    }
    found
}

fn read_front_matter(front: &str, v: &mut Visible) {
    let mut current: Option<usize> = None;
    for line in front.lines() {
        if let Some(item) = line.strip_prefix("  - ") {
            if let Some(i) = current
                && let Some(list) = v.people[i].as_mut()
            {
                list.push(yaml_unquote(item));
            }
            continue;
        }
        let Some((key, value)) = line.split_once(':') else {
            continue;
        };
        current = None;
        match key.trim() {
            "status" => v.status = status_of(&yaml_unquote(value)),
            "date" => v.date = Some(yaml_unquote(value)),
            k @ ("decision-makers" | "consulted" | "informed") => {
                let i = match k {
                    "decision-makers" => 0,
                    "consulted" => 1,
                    _ => 2,
                };
                v.people[i] = Some(Vec::new());
                current = Some(i);
            }
            _ => {}
        }
    }
    // A list left out is an empty list.
    for p in &mut v.people {
        p.get_or_insert_with(Vec::new);
    }
}

fn read_madr(body: &str, v: &mut Visible) {
    v.title = body
        .lines()
        .find_map(|l| l.strip_prefix("# "))
        .map(|t| unescape(t.trim()));
    for lang in Lang::ALL {
        let w = crate::doc_words(lang);
        if let Some(text) = section(body, &format!("## {}", w.context_and_problem)) {
            v.context = Some(unescape(text));
        }
        if let Some(text) = section(body, &format!("### {}", w.confirmation)) {
            v.confirmation = Some(unescape(text));
        }
    }
}

fn read_nygard(body: &str, v: &mut Visible) {
    let mut lines = body.lines();
    v.title = lines.next().and_then(|l| l.strip_prefix("# ")).map(|t| {
        let t = t.split_once(". ").map_or(t, |(_, rest)| rest);
        unescape(t.trim())
    });
    v.date = body
        .lines()
        .find_map(|l| {
            l.strip_prefix("Date:")
                .or_else(|| l.strip_prefix("Date\u{a0}:"))
        })
        .map(|d| d.trim().to_owned());
    if let Some(status) = section(body, "## Status") {
        let mut rest = status.lines().filter(|l| !l.trim().is_empty()).peekable();
        // adr-tools replaces the status word with "Superseded by […](…)" (`adr new -s`).
        v.status = rest
            .peek()
            .filter(|first| !first.contains(' '))
            .and_then(|first| status_of(first));
        if v.status.is_some() {
            rest.next();
        } else if rest
            .peek()
            .is_some_and(|l| l.starts_with("Superseded by ["))
        {
            v.status = Some(Status::Superseded);
        }
        // Every other line is kept: links adr-tools added (`adr link`, `adr new -s`) and the
        // ones arbitre wrote (the renderer writes each line once).
        v.status_lines.extend(rest.map(str::to_owned));
    }
    for lang in Lang::ALL {
        let doc = crate::doc_words(lang);
        let ui = &lang.words().adr;
        let Some(context) = section(body, &format!("## {}", doc.context)) else {
            continue;
        };
        let labels = [ui.decision_makers, ui.consulted, ui.informed];
        let mut own = Vec::new();
        let mut people: [Option<Vec<String>>; 3] =
            [Some(Vec::new()), Some(Vec::new()), Some(Vec::new())];
        for paragraph in context.split("\n\n") {
            let mut is_people = false;
            for line in paragraph.lines() {
                let line = line.trim_end_matches('\\');
                for (i, label) in labels.iter().enumerate() {
                    if let Some(names) = line.strip_prefix(&lang.colon(label)) {
                        is_people = true;
                        people[i] = Some(names.split(", ").map(|n| unescape(n.trim())).collect());
                    }
                }
            }
            let stop = paragraph.starts_with(&lang.colon(doc.drivers_label))
                || paragraph.starts_with(&lang.colon(doc.links));
            if stop {
                break;
            }
            if !is_people {
                own.push(paragraph);
            }
        }
        v.context = Some(unescape(&own.join("\n\n")));
        v.people = people;
    }
}

/// Which visible fields the file's text overrode, by name (`status`, `context`, …).
pub type Kept = Vec<&'static str>;

/// What reopening found.
#[derive(Debug)]
pub enum Reopened {
    /// Not written by arbitre: no block.
    Foreign,
    /// A block that cannot be read.
    Damaged(super::Damage),
    /// The decision, with the visible text's edits kept.
    Session(Box<Loaded>, Kept),
}

/// The visible fields, in the order a notice names them.
const FIELDS: [&str; 9] = [
    "title",
    "status",
    "date",
    "decision-makers",
    "consulted",
    "informed",
    "context",
    "confirmation",
    "status lines",
];

/// Reopens an ADR's decision: the block's answers, the visible text's words. A visible field
/// is taken from the file when it differs from what the block alone renders; it is reported
/// as edited outside arbitre when it differs from what was exported (v2 blocks record it; for
/// v1 blocks, which hold the whole session, that is the same comparison).
pub fn reopen(markdown: &str, path: &Path, kit: &CheckedKit) -> Result<Reopened, LoadError> {
    let (session, exported) = match super::extract_session(markdown) {
        super::Embedded::Foreign => return Ok(Reopened::Foreign),
        super::Embedded::Damaged(why) => return Ok(Reopened::Damaged(why)),
        super::Embedded::Session(ron) => (Session::parse(&ron, path, kit)?.session, None),
        super::Embedded::Decided(ron) => {
            let (session, exported) = decided_session(&ron, path)?;
            (session, Some(exported))
        }
    };
    let mut loaded = session.fit(kit);
    let theirs = Visible::read(markdown);
    let rec = loaded.session.recommend(kit);
    let mine = Visible::read(&render::render(&AdrInput::new(
        kit,
        &loaded.session,
        &rec,
        "",
    )));
    let (now, rendered) = (theirs.fingerprints(), mine.fingerprints());
    let reference = exported.as_ref().unwrap_or(&rendered);
    let kept: Kept = FIELDS
        .into_iter()
        .filter(|f| {
            reference
                .get(*f)
                .is_some_and(|r| now.get(*f).is_some_and(|n| n != r))
        })
        .collect();
    let differs = |f: &str| now.get(f) != rendered.get(f) && now.contains_key(f);
    let adr = &mut loaded.session.adr;
    if differs("title")
        && let Some(t) = theirs.title
    {
        adr.title = t;
    }
    if differs("status")
        && let Some(s) = theirs.status
    {
        adr.status = s;
    }
    if differs("date")
        && let Some(d) = theirs.date
    {
        adr.date = d;
    }
    let people = [
        &mut adr.decision_makers,
        &mut adr.consulted,
        &mut adr.informed,
    ];
    for ((name, field), read) in PEOPLE.iter().zip(people).zip(theirs.people) {
        if differs(name)
            && let Some(list) = read
        {
            *field = list;
        }
    }
    if differs("context")
        && let Some(c) = theirs.context
    {
        adr.context = c;
    }
    if differs("confirmation")
        && let Some(c) = theirs.confirmation
    {
        adr.confirmation = c;
    }
    if theirs.status_lines != mine.status_lines {
        adr.status_lines = theirs.status_lines;
    }
    Ok(Reopened::Session(Box::new(loaded), kept))
}

#[cfg(test)]
mod tests {
    use super::*;

    use arbitre_core::kit::test_kit as kit;

    fn quote_app(kit: &CheckedKit) -> Session {
        let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../data/examples/quote-app.ron");
        match Session::open(&path, kit) {
            Ok(l) => l.session,
            Err(e) => panic!("{e}"),
        }
    }

    fn export(kit: &CheckedKit, session: &Session) -> String {
        let rec = session.recommend(kit);
        super::super::render_with_session(&AdrInput::new(kit, session, &rec, "2026-11-28"))
    }

    fn reopened(kit: &CheckedKit, md: &str) -> (Session, Kept) {
        match reopen(md, Path::new("x.md"), kit) {
            Ok(Reopened::Session(loaded, kept)) => (loaded.session, kept),
            other => panic!("{other:?}"),
        }
    }

    fn block(md: &str) -> &str {
        md.find(MARKER_V2).map_or("", |i| &md[i..])
    }

    #[test]
    fn the_block_is_small_readable_and_one_tick_is_one_line() {
        let kit = kit();
        let mut s = quote_app(&kit);
        let md = export(&kit, &s);
        let b = block(&md);
        assert!(b.lines().count() <= 30, "{} lines:\n{b}", b.lines().count());
        assert!(b.contains("\"hybrid.kubernetes-on-vms\","), "{b}");
        assert!(!b.contains("base64") && !md.contains("arbitre-session v1"));
        s.ticks.insert("vm.compliance".into());
        let after = export(&kit, &s);
        let (old, new): (Vec<&str>, Vec<&str>) = (
            block(&md).lines().collect(),
            block(&after).lines().collect(),
        );
        assert_eq!(new.len(), old.len() + 1, "{}", block(&after));
        let added: Vec<&&str> = new.iter().filter(|l| !old.contains(l)).collect();
        assert_eq!(added, [&"    \"vm.compliance\","], "{}", block(&after));
    }

    #[test]
    fn hostile_text_cannot_close_the_block() {
        let kit = kit();
        let mut s = quote_app(&kit);
        let hostile = "a --> b <!-- c --- `d` | e\n\n# x\r\n---";
        s.notes.insert("startup-time".into(), hostile.into());
        s.override_ = Some(Override {
            outcome: arbitre_core::kit::OptionId::Vms,
            patterns: Vec::new(),
            justification: hostile.into(),
        });
        let md = export(&kit, &s);
        let b = block(&md);
        assert_eq!(b.matches("-->").count(), 1, "{b}");
        assert!(b.trim_end().ends_with("-->"));
        let (back, _) = reopened(&kit, &md);
        assert_eq!(
            back.notes.get("startup-time").map(String::as_str),
            Some(hostile)
        );
        assert_eq!(back.override_, s.override_);
    }

    #[test]
    fn an_unedited_record_reopens_as_it_was() {
        let kit = kit();
        for template in [Template::Madr, Template::Nygard] {
            for lang in Lang::ALL {
                let mut s = quote_app(&kit);
                s.adr.template = template;
                s.adr.lang = lang;
                s.adr.date = "2026-11-20".into();
                let md = export(&kit, &s);
                let (back, kept) = reopened(&kit, &md);
                assert!(kept.is_empty(), "{template:?} {lang:?}: {kept:?}");
                assert_eq!(back.adr.title, s.adr.title);
                assert_eq!(back.adr.context, s.adr.context, "{template:?} {lang:?}");
                assert_eq!(back.adr.decision_makers, s.adr.decision_makers);
                assert_eq!(back.adr.informed, s.adr.informed);
                assert_eq!(back.adr.date, s.adr.date);
                assert_eq!(
                    (back.ticks, back.weights, back.notes),
                    (s.ticks, s.weights, s.notes)
                );
                // And exports the same record again.
                assert_eq!(export(&kit, &back_again(&kit, &md)), md);
            }
        }
    }

    #[test]
    fn a_system_s_record_reopens_as_the_same_system() {
        let kit = kit();
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../data/examples");
        for stem in [
            "erp-portal",
            "build-farm",
            "quote-app-system",
            "hospital",
            "iot-edge",
            "saas-plugins",
        ] {
            let mut s = match Session::open(&dir.join(format!("{stem}.ron")), &kit) {
                Ok(l) => l.session,
                Err(e) => panic!("{stem}: {e}"),
            };
            // A must-have and an override of a component travel too.
            s.components[0].override_ = Some(Override {
                outcome: arbitre_core::kit::OptionId::Vms,
                patterns: Vec::new(),
                justification: "Auditors -->".into(),
            });
            if let Some(first) = s.components[0].ticks.first().cloned() {
                s.components[0].musts.insert(first);
            }
            for template in [Template::Madr, Template::Nygard] {
                s.adr.template = template;
                let md = export(&kit, &s);
                assert!(block(&md).contains("components:"), "{stem}: {md}");
                let (back, kept) = reopened(&kit, &md);
                assert!(kept.is_empty(), "{stem} {template:?}: {kept:?}");
                assert_eq!(back.components, s.components, "{stem} {template:?}");
                assert_eq!(
                    (&back.ticks, &back.weights, &back.notes, &back.musts),
                    (&s.ticks, &s.weights, &s.notes, &s.musts),
                    "{stem}"
                );
                assert_eq!(back.override_, s.override_, "{stem}");
                assert_eq!(back.adr.title, s.adr.title, "{stem}");
                assert_eq!(back.adr.context, s.adr.context, "{stem} {template:?}");
                assert_eq!(back.system(&kit), s.system(&kit), "{stem}");
                assert_eq!(export(&kit, &back), md, "{stem} {template:?}");
            }
        }
    }

    #[test]
    fn a_block_without_components_writes_none() {
        let kit = kit();
        let md = export(&kit, &quote_app(&kit));
        assert!(!block(&md).contains("components"), "{md}");
        assert!(!block(&md).contains("musts"), "{md}");
    }

    fn back_again(kit: &CheckedKit, md: &str) -> Session {
        reopened(kit, md).0
    }

    #[test]
    fn a_reviewers_edits_win_and_are_named() {
        let kit = kit();
        for template in [Template::Madr, Template::Nygard] {
            let mut s = quote_app(&kit);
            s.adr.template = template;
            let md = export(&kit, &s);
            let edited = md
                .replacen("status: proposed", "status: accepted", 1)
                .replacen("\nProposed\n", "\nAccepted\n", 1)
                .replace(
                    "Il faut décider où faire tourner le cluster lui-même en production.",
                    "Il faut décider où faire tourner le cluster en production, avant mars.",
                );
            let (back, kept) = reopened(&kit, &edited);
            assert_eq!(back.adr.status, Status::Accepted, "{template:?}");
            assert!(
                back.adr.context.ends_with("en production, avant mars."),
                "{}",
                back.adr.context
            );
            assert_eq!(kept, ["status", "context"], "{template:?}");
            // Exported again, the edits stay.
            let again = export(&kit, &back);
            assert!(again.contains("avant mars."), "{again}");
            assert!(
                again.contains("accepted") || again.contains("Accepted"),
                "{again}"
            );
            let (_, kept) = reopened(&kit, &again);
            assert!(kept.is_empty(), "{kept:?}");
        }
    }

    #[test]
    fn lines_adr_tools_added_to_the_status_are_kept() {
        let kit = kit();
        let mut s = quote_app(&kit);
        s.adr.template = Template::Nygard;
        let md = export(&kit, &s);
        let linked = md.replacen(
            "## Status\n\nProposed\n",
            "## Status\n\nProposed\n\nAmends [1. Old](0001-old.md)\n",
            1,
        );
        let (back, kept) = reopened(&kit, &linked);
        assert_eq!(back.adr.status_lines, ["Amends [1. Old](0001-old.md)"]);
        assert_eq!(kept, ["status lines"]);
        assert!(export(&kit, &back).contains("\n\nAmends [1. Old](0001-old.md)\n\n## "));
    }

    #[test]
    fn a_record_adr_tools_superseded_stays_superseded_with_its_link() {
        let kit = kit();
        let mut s = quote_app(&kit);
        s.adr.template = Template::Nygard;
        s.adr.status = Status::Accepted;
        let md = export(&kit, &s);
        // `adr new -s 1 …`: the status word becomes the link.
        let superseded = md.replacen(
            "## Status\n\nAccepted\n",
            "## Status\n\nSuperseded by [2. Use VMs](0002-use-vms.md)\n",
            1,
        );
        let (back, kept) = reopened(&kit, &superseded);
        assert_eq!(back.adr.status, Status::Superseded);
        assert_eq!(
            back.adr.status_lines,
            ["Superseded by [2. Use VMs](0002-use-vms.md)"]
        );
        assert!(kept.contains(&"status"), "{kept:?}");
        let again = export(&kit, &back);
        let visible = &again[..again.find(MARKER_V2).unwrap_or(again.len())];
        assert!(
            visible.contains("## Status\n\nSuperseded by [2."),
            "{visible}"
        );
        assert_eq!(
            visible
                .matches("Superseded by [2. Use VMs](0002-use-vms.md)")
                .count(),
            1,
            "{again}"
        );
    }

    #[test]
    fn superseding_is_not_taken_for_an_outside_edit() {
        let kit = kit();
        for template in [Template::Madr, Template::Nygard] {
            let mut s = quote_app(&kit);
            s.adr.template = template;
            s.adr.status = Status::Accepted;
            let md = export(&kit, &s);
            let new = super::super::LinkRef {
                number: 2,
                title: "Use VMs".into(),
                file: "0002-use-vms.md".into(),
            };
            let superseded = crate::log::mark_superseded(&md, &new);
            let (back, kept) = reopened(&kit, &superseded);
            assert_eq!(back.adr.status, Status::Superseded, "{template:?}");
            assert!(kept.is_empty(), "{template:?}: {kept:?}");
        }
    }
}
