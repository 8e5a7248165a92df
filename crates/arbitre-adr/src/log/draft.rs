//! A new record of any decision, as each log's tool starts one: the log's own template
//! (`$ADR_TEMPLATE` or `templates/template.md` for adr-tools, `adr-template.md` or
//! `template.md` for MADR, `template.md` for log4brains), else the tool's convention in the
//! log's language; numbered and named as the log does; written only when saved, under the
//! log's lock, renumbered if another writer took the number meanwhile.

use std::path::{Path, PathBuf};

use super::edit::{add_link_text, link_ref_md, resolved_layout, set_front_key, set_status_text};
use super::front::split_front_matter;
use super::markdown::Fence;
use super::names::dated_file_name;
use super::text::{bare, eol};
use super::{AdrLog, LogError, LogKind, Naming, RecordLayout, Style};
use crate::{LinkRef, escape};
use arbitre_core::i18n::Lang;
use arbitre_core::session::Status;

/// Where a new record's text comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TemplateFrom {
    /// The file `$ADR_TEMPLATE` names (adr-tools).
    Env(PathBuf),
    /// The log's own template file.
    Log(PathBuf),
    /// No template in the log: the tool's convention, in this language.
    Convention(Lang),
}

/// A new record before it is saved: its text as the template gives it, and where it goes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Draft {
    /// The title given (it names the file).
    pub title: String,
    /// Its number when drafted (the date's digits in a log4brains log).
    pub number: u32,
    /// Its file name when drafted; saving takes the next free one if it is taken by then.
    pub file_name: String,
    /// The text, the template filled.
    pub text: String,
    /// Where the text came from.
    pub from: TemplateFrom,
    /// The record it supersedes (its file name), marked superseded when this one is saved.
    pub supersedes: Option<String>,
    /// That record's number and title, for people.
    pub supersedes_label: Option<String>,
    /// The template's placeholders, as they stand in [`Draft::text`].
    placeholders: Vec<String>,
}

impl Draft {
    /// How many of the template's placeholders `text` still holds as the template wrote
    /// them.
    pub fn placeholders_left(&self, text: &str) -> usize {
        self.placeholders
            .iter()
            .filter(|p| text.contains(p.as_str()))
            .count()
    }
}

/// What saving a draft wrote.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Saved {
    /// The new record.
    pub path: PathBuf,
    /// Its number.
    pub number: u32,
    /// The record it superseded, if any.
    pub superseded: Option<PathBuf>,
}

/// The environment a draft reads: `$ADR_TEMPLATE` and the language of the words when the
/// log's records do not show one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DraftEnv {
    /// The file `$ADR_TEMPLATE` names, if set (adr-tools logs only).
    pub adr_template: Option<PathBuf>,
    /// The language of a convention's words in a log whose language is not clear.
    pub lang: Lang,
    /// The date written (`YYYY-MM-DD`).
    pub date: String,
}

impl DraftEnv {
    /// `$ADR_TEMPLATE` from the process's environment, and the date `$ADR_DATE` gives
    /// (`YYYY-MM-DD`, as adr-tools reads it), else today's.
    pub fn from_process(lang: Lang) -> DraftEnv {
        DraftEnv {
            adr_template: std::env::var_os("ADR_TEMPLATE")
                .filter(|v| !v.is_empty())
                .map(PathBuf::from),
            lang,
            date: process_date(),
        }
    }
}

/// `$ADR_DATE` when it is a date `YYYY-MM-DD`, else today's date.
pub fn process_date() -> String {
    std::env::var("ADR_DATE")
        .ok()
        .map(|d| d.trim().to_owned())
        .filter(|d| {
            d.len() == 10
                && d.bytes().enumerate().all(|(i, b)| {
                    if i == 4 || i == 7 {
                        b == b'-'
                    } else {
                        b.is_ascii_digit()
                    }
                })
        })
        .unwrap_or_else(crate::today)
}

impl AdrLog {
    /// A new record titled `title`, superseding `supersedes` (a number or a file name) if
    /// given, from the log's template; nothing is written.
    pub fn draft(
        &self,
        title: &str,
        supersedes: Option<&str>,
        env: &DraftEnv,
    ) -> Result<Draft, LogError> {
        let title = one_line(title);
        if title.is_empty() {
            return Err(LogError::EmptyTitle);
        }
        let style = self.style()?;
        let old = match supersedes {
            Some(name) => Some(self.find(name)?),
            None => None,
        };
        if let Some(old) = &old
            && old.is_superseded()
        {
            return Err(LogError::AlreadySuperseded {
                file: old.file.clone(),
                status: old.status.clone(),
            });
        }
        let lang = style.lang.unwrap_or(env.lang);
        let (raw, from) = self.template(env, lang)?;
        self.draft_with(&title, old.as_ref(), &style, env, lang, (&raw, from))
    }

    /// [`AdrLog::draft`] from the template `raw`, found in `from`.
    fn draft_with(
        &self,
        title: &str,
        old: Option<&super::Record>,
        style: &Style,
        env: &DraftEnv,
        lang: Lang,
        (raw, from): (&str, TemplateFrom),
    ) -> Result<Draft, LogError> {
        let title = title.to_owned();
        let (number, file) = match style.naming {
            Naming::Numbered => {
                let n = self.next_number()?;
                (n, style.numbered_file_name(n, &title))
            }
            Naming::Dated => (
                date_number(&env.date),
                dated_file_name(&env.date, &title, 1),
            ),
        };
        let status = if old.is_some() {
            Status::Accepted
        } else {
            match self.kind {
                LogKind::AdrTools => Status::Accepted,
                LogKind::Madr | LogKind::Log4brains => Status::Proposed,
            }
        };
        let mut text = fill(raw, &title, number, &env.date, status);
        if let Some(old) = old {
            let layout =
                resolved_layout(&text, super::parse::layout_of(&text), RecordLayout::Lines);
            let words = match layout {
                RecordLayout::FrontMatter => crate::doc_words(lang).supersedes,
                _ => "Supersedes",
            };
            let line = format!("{words} {}", link_ref_md(&old.link(), layout, style));
            text = add_link_text(&text, layout, &line, style.bullet);
        }
        Ok(Draft {
            placeholders: placeholders(&text),
            title,
            number,
            file_name: file,
            text,
            from,
            supersedes: old.map(super::Record::file_name),
            supersedes_label: old.map(|r| format!("{}. {}", r.id(), r.title)),
        })
    }

    /// The template's text and where it is: `$ADR_TEMPLATE`, the log's own file, or the
    /// convention.
    fn template(&self, env: &DraftEnv, lang: Lang) -> Result<(String, TemplateFrom), LogError> {
        let read = |path: &Path| {
            arbitre_core::files::read_to_string_limited(path, super::MAX_RECORD_BYTES).map_err(
                |source| LogError::Read {
                    path: path.to_owned(),
                    source,
                },
            )
        };
        if self.kind == LogKind::AdrTools
            && let Some(path) = &env.adr_template
        {
            return Ok((read(path)?, TemplateFrom::Env(path.clone())));
        }
        let own: &[&str] = match self.kind {
            LogKind::AdrTools => &["templates/template.md"],
            LogKind::Madr => &["adr-template.md", "template.md"],
            LogKind::Log4brains => &["template.md"],
        };
        for name in own {
            let path = self.dir.join(name);
            if path.is_file() {
                return Ok((read(&path)?, TemplateFrom::Log(path)));
            }
        }
        Ok((convention(self.kind, lang), TemplateFrom::Convention(lang)))
    }

    /// Writes a draft's `text` as a new record, under the log's lock: the next free number
    /// (the heading `# N.` follows it) or, in a log4brains log, the day's name; then the record
    /// it supersedes is marked, in its own format. If that fails, the new record is removed
    /// again and the log is as it was.
    pub fn save_draft(&self, draft: &Draft, text: &str) -> Result<Saved, LogError> {
        let _lock = self.lock()?;
        let style = self.style()?;
        let old = match &draft.supersedes {
            Some(name) => Some(self.find(name)?),
            None => None,
        };
        for attempt in 0..super::export::ATTEMPTS {
            let (number, file) = match style.naming {
                Naming::Numbered => {
                    let n = self.next_number()?;
                    (n, style.numbered_file_name(n, &draft.title))
                }
                Naming::Dated => (
                    draft.number,
                    dated_file_name(&draft.file_name, &draft.title, attempt + 1),
                ),
            };
            let new_link = LinkRef {
                number,
                title: draft.title.clone(),
                file: file.clone(),
            };
            let marked = match &old {
                Some(record) => Some((
                    record,
                    AdrLog::read_record(record)?,
                    AdrLog::superseded_text(record, &new_link, &style)?,
                )),
                None => None,
            };
            let text = renumbered(text, draft.number, number);
            let path = match self.write_new(&file, &text) {
                Ok(path) => path,
                Err(LogError::Exists(_)) => continue,
                Err(e) => return Err(e),
            };
            if let Some((record, _, marked_text)) = &marked
                && let Err(e) = self.rewrite(&record.target, marked_text)
            {
                let _removed = std::fs::remove_file(&path).is_ok();
                return Err(e);
            }
            return Ok(Saved {
                path,
                number,
                superseded: old.map(|r| r.file),
            });
        }
        Err(LogError::Busy(self.dir.clone()))
    }

    /// A new record from the template `raw` (`adr init`'s first record), saved at once.
    pub(super) fn new_record_from(
        &self,
        title: &str,
        raw: &str,
        env: &DraftEnv,
    ) -> Result<Saved, LogError> {
        let style = self.style()?;
        let draft = self.draft_with(
            title,
            None,
            &style,
            env,
            env.lang,
            (raw, TemplateFrom::Convention(env.lang)),
        )?;
        self.save_draft(&draft, &draft.text)
    }

    /// `arbitre adr new`: a draft saved as the template gives it.
    pub fn new_record(
        &self,
        title: &str,
        supersedes: Option<&str>,
        env: &DraftEnv,
    ) -> Result<Saved, LogError> {
        let draft = self.draft(title, supersedes, env)?;
        self.save_draft(&draft, &draft.text)
    }
}

/// A title on one line, trimmed (a file name and a heading hold one line).
fn one_line(title: &str) -> String {
    title.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The number of a dated name: the date's digits.
fn date_number(date: &str) -> u32 {
    let day: String = date.chars().filter(char::is_ascii_digit).take(8).collect();
    day.parse().unwrap_or(0)
}

/// The template filled: adr-tools' tokens (`NUMBER`, `TITLE`, `DATE`, `STATUS`, the first of
/// each on a line, as `adr new`'s `sed` replaces them) where the template has them, else
/// MADR's way: the first `# ` heading is the title, the status and the date set where the
/// template states them.
fn fill(raw: &str, title: &str, number: u32, date: &str, status: Status) -> String {
    let heading = escape::inline(title);
    let tokens = raw
        .lines()
        .any(|l| l.starts_with("# ") && l.contains("TITLE"));
    if tokens {
        let nl = eol(raw);
        let layout = super::parse::layout_of(raw);
        let status = super::edit::status_word(status, layout_or_nygard(layout));
        let values = [
            number.to_string(),
            heading.clone(),
            date.to_owned(),
            status.to_owned(),
        ];
        let mut out = String::with_capacity(raw.len() + title.len());
        for line in raw.split_inclusive('\n') {
            out.push_str(&replace_tokens(line, &values));
        }
        if !out.ends_with('\n') {
            out.push_str(nl);
        }
        return out;
    }
    let text = set_title(raw, &heading);
    let layout = resolved_layout(&text, super::parse::layout_of(&text), RecordLayout::Lines);
    let text = set_status_text(&text, layout, super::edit::status_word(status, layout));
    set_date(&text, date)
}

/// A line with the first of each of adr-tools' tokens replaced by its value, each found in
/// the line as written (a title holding `DATE` stays as typed).
fn replace_tokens(line: &str, values: &[String; 4]) -> String {
    let mut found: Vec<(usize, usize, &str)> = Vec::new();
    for (token, value) in ["NUMBER", "TITLE", "DATE", "STATUS"].iter().zip(values) {
        if let Some(at) = line.find(token) {
            found.push((at, token.len(), value));
        }
    }
    found.sort_by_key(|f| f.0);
    let mut out = String::with_capacity(line.len());
    let mut from = 0;
    for (at, len, value) in found {
        if at < from {
            continue;
        }
        out.push_str(&line[from..at]);
        out.push_str(value);
        from = at + len;
    }
    out.push_str(&line[from..]);
    out
}

/// The layout whose status word a token template writes: Nygard's unless it is MADR's.
fn layout_or_nygard(layout: RecordLayout) -> RecordLayout {
    match layout {
        RecordLayout::FrontMatter | RecordLayout::Lines => layout,
        _ => RecordLayout::Nygard,
    }
}

/// The first `# ` heading after the front matter (outside code) made `# title`; one is
/// added after the front matter when there is none.
fn set_title(text: &str, title: &str) -> String {
    let (front, body) = split_front_matter(text);
    let head = &text[..text.len() - body.len()];
    let nl = eol(text);
    let mut out = String::with_capacity(text.len() + title.len());
    out.push_str(head);
    let mut fence = Fence::default();
    let mut done = false;
    for line in body.split_inclusive('\n') {
        let b = bare(line);
        if !done && !fence.inside(b) && (b.starts_with("# ") || b == "#") {
            out.push_str(&format!("# {title}{nl}"));
            done = true;
            continue;
        }
        out.push_str(line);
    }
    if done {
        return out;
    }
    let gap = if front.is_some() { nl } else { "" };
    format!("{head}{gap}# {title}{nl}{nl}{body}")
}

/// The date set where the text states one: the front matter's `date:`, a `- Date:` line.
fn set_date(text: &str, date: &str) -> String {
    if let (Some(front), _) = split_front_matter(text)
        && front.get("date").is_some()
    {
        return set_front_key(text, "date", date);
    }
    let nl = eol(text);
    let mut out = String::with_capacity(text.len());
    let mut done = false;
    for line in text.split_inclusive('\n') {
        let b = bare(line);
        if !done
            && let Some((key, _)) = super::parse::header_line(b)
            && key == "date"
        {
            let colon = b.find(':').unwrap_or(b.len());
            out.push_str(&format!("{}: {date}{nl}", &b[..colon]));
            done = true;
            continue;
        }
        out.push_str(line);
    }
    out
}

/// The first heading `# old. …` made `# new. …` (the number changed while the draft was
/// written).
fn renumbered(text: &str, old: u32, new: u32) -> String {
    if old == new {
        return text.to_owned();
    }
    let from = format!("# {old}. ");
    match text.lines().position(|l| l.starts_with(&from)) {
        Some(_) => text.replacen(&from, &format!("# {new}. "), 1),
        None => text.to_owned(),
    }
}

/// The template's placeholders: `{…}` and `[…]` spans that are not links (`[…](…)`), and
/// in a template without any, its prose lines (adr-tools' sentences saying what each section
/// holds).
fn placeholders(text: &str) -> Vec<String> {
    let mut spans = Vec::new();
    // The title line is filled: what it holds is the title.
    for line in text.lines().filter(|l| !l.starts_with("# ")) {
        for (open, close) in [('{', '}'), ('[', ']')] {
            let mut from = 0;
            while let Some(at) = line[from..].find(open) {
                let start = from + at;
                let Some(len) = line[start + 1..].find(close) else {
                    break;
                };
                let end = start + 1 + len + 1;
                let span = &line[start..end];
                let link = line[end..].starts_with('(') || line[..start].ends_with('\\');
                if !link && span.chars().any(char::is_alphabetic) && !span[1..].contains(open) {
                    spans.push(span.to_owned());
                }
                from = end;
            }
        }
    }
    if spans.is_empty() {
        let mut in_status = false;
        for line in text.lines() {
            if line.starts_with('#') {
                in_status = super::markdown::is_status_heading(line);
                continue;
            }
            let t = line.trim();
            if !t.is_empty() && !in_status && !t.to_lowercase().starts_with("date") {
                spans.push(t.to_owned());
            }
        }
    }
    spans.sort();
    spans.dedup();
    spans
}

/// A tool's template, in a language: adr-tools' own (Nygard's, with its tokens), MADR 4's
/// (front matter) and log4brains' (MADR 2 lines), with their placeholders.
pub(super) fn convention(kind: LogKind, lang: Lang) -> String {
    let d = crate::doc_words(lang);
    let w = &lang.words().new_record;
    let status_heading = d.status_headings.first().copied().unwrap_or("Status");
    match kind {
        LogKind::AdrTools => nygard(
            status_heading,
            [
                (d.context, w.nygard_context),
                (d.decision, w.nygard_decision),
                (d.consequences, w.nygard_consequences),
            ],
        ),
        LogKind::Madr | LogKind::Log4brains => {
            let brace = kind == LogKind::Madr;
            let p = |s: &str| {
                if brace {
                    format!("{{{s}}}")
                } else {
                    format!("[{s}]")
                }
            };
            let bullet = if brace { '*' } else { '-' };
            // The status's choices are the values a record holds, the same in every
            // language.
            let statuses = "proposed | rejected | accepted | deprecated | … | superseded by";
            let head = if brace {
                format!(
                    "---\nstatus: \"{{{statuses} ADR-0123}}\"\ndate: {}\ndecision-makers: {}\n---\n\n# {}\n",
                    p(w.madr_date),
                    p(w.madr_deciders),
                    p(w.madr_title),
                )
            } else {
                format!(
                    "# {}\n\n{bullet} Status: [{statuses} [xxx](yyyymmdd-xxx.md)]\n{bullet} Deciders: {} <!-- optional -->\n{bullet} Date: {}\n",
                    p(w.madr_title),
                    p(w.madr_deciders),
                    p(w.madr_date),
                )
            };
            let option = |n: &str| p(&(w.madr_option)(n));
            format!(
                "{head}\n## {}\n\n{}\n\n## {}\n\n{bullet} {}\n{bullet} {}\n\n## {}\n\n{}\n\n### {}\n\n{bullet} {}\n{bullet} {}\n",
                d.context_and_problem,
                p(w.madr_context),
                d.considered_options,
                option("1"),
                option("2"),
                d.decision_outcome,
                (w.madr_outcome)(&option("1"), &p(w.madr_justification)),
                d.consequences,
                (w.madr_good)(&p(w.madr_good_example)),
                (w.madr_bad)(&p(w.madr_bad_example)),
            )
        }
    }
}

/// A Nygard record with adr-tools' tokens: `# NUMBER. TITLE`, `Date: DATE`, the status
/// section, then each (heading, text).
pub(super) fn nygard(status_heading: &str, sections: [(&str, &str); 3]) -> String {
    let mut out = format!("# NUMBER. TITLE\n\nDate: DATE\n\n## {status_heading}\n\nSTATUS\n");
    for (heading, text) in sections {
        out.push_str(&format!("\n## {heading}\n\n{text}\n"));
    }
    out
}

#[cfg(test)]
mod tests;
