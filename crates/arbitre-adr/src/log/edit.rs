//! Editing a record the way its own tool would: its status (a Nygard `## Status` word, a
//! front-matter key, a `- Status:` line) and its links (the Status section for adr-tools,
//! More Information for MADR, `## Links` for MADR 2 and log4brains), and the commands
//! `arbitre adr status` and `arbitre adr link` built on them.

use super::front::split_front_matter;
use super::markdown::{Fence, is_status_heading};
use super::parse::header_line;
use super::text::{bare, eol, is_session_block};
use super::{AdrLog, LogError, Record, RecordLayout};
use crate::escape;
use arbitre_core::session::Status;

/// A relation `arbitre adr link` writes, in adr-tools' words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Relation {
    /// The words before the link on the first record (`Amends`).
    pub words: String,
    /// The words before the link back on the second record (`Amended by`), if any.
    pub reverse: Option<String>,
}

/// The status word as a record of that layout writes it: `Accepted` in Nygard's template
/// (adr-tools), `accepted` elsewhere.
pub(super) fn status_word(status: Status, layout: RecordLayout) -> &'static str {
    if layout == RecordLayout::Nygard {
        crate::render::nygard_status_word(status)
    } else {
        crate::render::madr_status_word(status)
    }
}

/// The layout edits use: the record's, or, for a record without a status, front matter if
/// it has some, else `- Status:` lines.
fn layout_for_edit(text: &str, layout: RecordLayout) -> RecordLayout {
    resolved_layout(text, layout, RecordLayout::Lines)
}

/// The layout to edit a record in: its own, or for a record that states no status, front
/// matter if it has some, a `## Status` section if it has one, else `bare`.
pub(super) fn resolved_layout(
    text: &str,
    layout: RecordLayout,
    bare: RecordLayout,
) -> RecordLayout {
    let body = text.strip_prefix('\u{feff}').unwrap_or(text);
    match layout {
        RecordLayout::Unknown if split_front_matter(body).0.is_some() => RecordLayout::FrontMatter,
        RecordLayout::Unknown if body.lines().any(is_status_heading) => RecordLayout::Nygard,
        RecordLayout::Unknown => bare,
        other => other,
    }
}

/// The text with its status set to `value` (written as is), in the record's own layout.
pub fn set_status_text(text: &str, layout: RecordLayout, value: &str) -> String {
    match layout_for_edit(text, layout) {
        RecordLayout::Nygard => set_nygard_status(text, value),
        RecordLayout::FrontMatter => set_front_key(text, "status", value),
        _ => set_header_line(text, "Status", value),
    }
}

/// Nygard: the status word line of `## Status` replaced (or put first in the section).
fn set_nygard_status(text: &str, value: &str) -> String {
    let nl = eol(text);
    let mut out = String::with_capacity(text.len() + value.len());
    let mut in_status = false;
    let mut done = false;
    for line in text.split_inclusive('\n') {
        let b = bare(line);
        if b.starts_with("##") {
            in_status = is_status_heading(b);
            out.push_str(line);
            if in_status && !done && !text_has_word_after(text, b) {
                out.push_str(nl);
                out.push_str(value);
                out.push_str(nl);
                done = true;
            }
            continue;
        }
        if in_status && !done && super::status::is_status_word(b) {
            out.push_str(value);
            out.push_str(nl);
            done = true;
            continue;
        }
        out.push_str(line);
    }
    out
}

/// Whether the Status section under `heading` opens with a status word.
fn text_has_word_after(text: &str, heading: &str) -> bool {
    let mut lines = text.lines().skip_while(|l| l.trim_end() != heading).skip(1);
    lines
        .find(|l| !l.trim().is_empty())
        .is_some_and(super::status::is_status_word)
}

/// Front matter: `key:` and the lines that continue it replaced by one line (so a status
/// spread over several YAML lines leaves valid YAML), or added after the opening `---`.
pub(super) fn set_front_key(text: &str, key: &str, value: &str) -> String {
    let nl = eol(text);
    let bom = if text.starts_with('\u{feff}') {
        "\u{feff}"
    } else {
        ""
    };
    let body = &text[bom.len()..];
    let (Some(_), rest) = split_front_matter(body) else {
        return format!("{bom}---{nl}{key}: {value}{nl}---{nl}{nl}{body}");
    };
    let front = &body[..body.len() - rest.len()];
    let mut out = String::with_capacity(text.len() + value.len());
    out.push_str(bom);
    let mut replaced = false;
    let mut skipping = false;
    for (i, line) in front.split_inclusive('\n').enumerate() {
        let b = bare(line);
        if skipping {
            if b.starts_with([' ', '\t']) || b.starts_with("- ") {
                continue;
            }
            skipping = false;
        }
        if i > 0
            && !replaced
            && b.split_once(':').is_some_and(|(k, _)| k.trim() == key)
            && !b.starts_with([' ', '\t'])
        {
            out.push_str(&format!("{key}: {value}{nl}"));
            replaced = true;
            skipping = true;
            continue;
        }
        out.push_str(line);
        if i == 0
            && !front.split_inclusive('\n').skip(1).any(|l| {
                bare(l)
                    .split_once(':')
                    .is_some_and(|(k, _)| k.trim() == key && !l.starts_with([' ', '\t']))
            })
        {
            out.push_str(&format!("{key}: {value}{nl}"));
            replaced = true;
        }
    }
    out.push_str(rest);
    out
}

/// MADR 2 / log4brains: the `- Key:` line under the title replaced (its marker and the key's
/// spelling kept), or added after the title as log4brains' `setHeaderMetadata` does.
fn set_header_line(text: &str, key: &str, value: &str) -> String {
    let nl = eol(text);
    let mut out = String::with_capacity(text.len() + value.len());
    let mut fence = Fence::default();
    let mut seen_title = false;
    let mut done = false;
    let mut title_at = None;
    for line in text.split_inclusive('\n') {
        let b = bare(line);
        if fence.inside(b) {
            out.push_str(line);
            continue;
        }
        if b.starts_with("##") {
            seen_title = true;
            if !done && title_at.is_none() {
                title_at = Some(out.len());
            }
        }
        if !seen_title && b.starts_with("# ") {
            out.push_str(line);
            title_at = Some(out.len());
            seen_title = true;
            continue;
        }
        if !done
            && title_at.is_some()
            && let Some((k, _)) = header_line(b)
            && k == key.to_lowercase()
        {
            let colon = b.find(':').unwrap_or(b.len());
            out.push_str(&b[..colon]);
            out.push_str(&format!(": {value}{nl}"));
            done = true;
            continue;
        }
        out.push_str(line);
    }
    if !done {
        let at = title_at.unwrap_or(0);
        let insert = if at == 0 {
            format!("- {key}: {value}{nl}{nl}")
        } else {
            format!("{nl}- {key}: {value}{nl}")
        };
        out.insert_str(at, &insert);
    }
    out
}

/// The text with `line` (a whole link line, such as `Amends [1. A](0001-a.md)`) added where
/// its tool keeps links: adr-tools' Status section, log4brains' `## Links` list, MADR's More
/// Information. Adding a line already there changes nothing.
pub(super) fn add_link_text(text: &str, layout: RecordLayout, line: &str, bullet: char) -> String {
    match layout_for_edit(text, layout) {
        RecordLayout::Nygard => super::text::nygard_add_link(text, line),
        RecordLayout::FrontMatter => super::text::more_information_bullet(text, line, bullet),
        _ => links_section_bullet(text, line, bullet),
    }
}

/// log4brains' `addLink`: a bullet at the end of the `## Links` list, or a new `## Links`
/// section at the end (before arbitre's block).
fn links_section_bullet(text: &str, item: &str, bullet: char) -> String {
    let nl = eol(text);
    let lines: Vec<&str> = text.split_inclusive('\n').collect();
    let mut fence = Fence::default();
    let mut section = None;
    let mut end = lines.len();
    for (i, line) in lines.iter().enumerate() {
        let b = bare(line);
        if fence.inside(b) {
            continue;
        }
        if is_session_block(b) || (section.is_some() && b.starts_with("## ")) {
            end = i;
            break;
        }
        if b.trim_end().eq_ignore_ascii_case("## links") {
            section = Some(i);
        }
    }
    let wanted = format!("{bullet} {item}");
    let mut out: Vec<String> = lines.iter().map(|l| (*l).to_owned()).collect();
    if let Some(last) = out.last_mut()
        && !last.ends_with('\n')
    {
        last.push_str(nl);
    }
    if let Some(start) = section {
        if out[start..end].iter().any(|l| {
            let t = bare(l).trim_start();
            t.get(2..).is_some_and(|rest| rest.trim() == item.trim())
        }) {
            return text.to_owned();
        }
        let last = (start..end)
            .rev()
            .find(|i| !bare(&out[*i]).trim().is_empty())
            .unwrap_or(start);
        let mut insert = Vec::new();
        if last == start {
            insert.push(nl.to_owned());
        }
        insert.push(format!("{wanted}{nl}"));
        out.splice((last + 1)..=last, insert);
    } else {
        let mut insert = Vec::new();
        if end > 0 && !bare(&out[end - 1]).trim().is_empty() {
            insert.push(nl.to_owned());
        }
        insert.push(format!("## Links{nl}"));
        insert.push(nl.to_owned());
        insert.push(format!("{wanted}{nl}"));
        if end < out.len() {
            insert.push(nl.to_owned());
        }
        out.splice(end..end, insert);
    }
    out.concat()
}

impl AdrLog {
    /// `arbitre adr status`: sets a record's status, written in its own format, atomically.
    /// A superseded record keeps its status (change the record that replaced it instead).
    /// Only that record is read ([`AdrLog::find_one`]); the lock is waited for as the log's
    /// [`super::LockWait`] says. Returns the record as it was before.
    pub fn set_status(&self, name: &str, status: Status) -> Result<Record, LogError> {
        let _lock = self.lock()?;
        self.set_status_locked(name, status)
            .map(|(before, _, _)| before)
    }

    /// [`AdrLog::set_status`] that never waits for the lock, whatever the log's
    /// [`super::LockWait`]: another writer holding it is [`LogError::Locked`] at once. For a
    /// caller off the frame (the window's worker). Returns the record as it is now, with its
    /// new text, so the caller can update what it shows without reading the log again.
    pub fn try_set_status(&self, name: &str, status: Status) -> Result<(Record, String), LogError> {
        let _lock = self.lock_within(super::LockWait::default())?;
        let (before, text, naming) = self.set_status_locked(name, status)?;
        let entry = super::names::Entry {
            number: before.number,
            path: before.file.clone(),
            target: before.target.clone(),
            sequence: before.sequence,
        };
        // The text was a record and its title is untouched: it reads as one again.
        let after = super::parse::record_from(entry, &text, naming).unwrap_or(before);
        Ok((after, text))
    }

    /// Sets the status, the lock held: the record before, and its new text.
    fn set_status_locked(
        &self,
        name: &str,
        status: Status,
    ) -> Result<(Record, String, super::Naming), LogError> {
        let (record, text, naming) = self.find_one_naming(name)?;
        if record.is_superseded() && status != Status::Superseded {
            return Err(LogError::AlreadySuperseded {
                file: record.file.clone(),
                status: record.status.clone(),
            });
        }
        let layout = layout_for_edit(&text, record.layout);
        editable(&record, &text, layout)?;
        let edited =
            crate::reopen::reseal(&set_status_text(&text, layout, status_word(status, layout)));
        self.rewrite(&record.target, &edited)?;
        Ok((record, edited, naming))
    }

    /// `arbitre adr link`: adds `RELATION [target](file)` to record `from` (and the reverse
    /// relation to `to`, if given), each in its own format, atomically. The link back is
    /// written first: stopped between the two writes, `to` says `… by` a record that does
    /// not link to it, which `adr check` reports and the same command again completes
    /// (adding a link already there changes nothing).
    pub fn link(&self, from: &str, to: &str, relation: &Relation) -> Result<(), LogError> {
        self.link_steps(from, to, relation, false)
    }

    /// Fault injection, for tests: [`AdrLog::link`] stopped dead after its first write, as a
    /// `kill -9` there would leave the log.
    #[doc(hidden)]
    pub fn link_crashing_between_writes(
        &self,
        from: &str,
        to: &str,
        relation: &Relation,
    ) -> Result<(), LogError> {
        self.link_steps(from, to, relation, true)
    }

    fn link_steps(
        &self,
        from: &str,
        to: &str,
        relation: &Relation,
        crash: bool,
    ) -> Result<(), LogError> {
        let _lock = self.lock()?;
        let style = self.style()?;
        let a = self.find(from)?;
        let b = self.find(to)?;
        let a_text = Self::read_record(&a)?;
        let b_text = Self::read_record(&b)?;
        let line = |words: &str, target: &Record, layout: RecordLayout| {
            format!(
                "{} {}",
                escape::inline(words),
                link_md(target, layout, &style)
            )
        };
        let a_new = add_link_text(
            &a_text,
            a.layout,
            &line(&relation.words, &b, layout_for_edit(&a_text, a.layout)),
            style.bullet,
        );
        let b_new = relation.reverse.as_ref().map(|words| {
            add_link_text(
                &b_text,
                b.layout,
                &line(words, &a, layout_for_edit(&b_text, b.layout)),
                style.bullet,
            )
        });
        if let Some(b_new) = &b_new {
            self.rewrite(&b.target, &crate::reopen::reseal(b_new))?;
            if crash {
                return Ok(());
            }
        }
        if let Err(e) = self.rewrite(&a.target, &crate::reopen::reseal(&a_new)) {
            if b_new.is_some() {
                let _undone = self.rewrite(&b.target, &b_text).is_ok();
            }
            return Err(e);
        }
        Ok(())
    }

    /// A record's text, read within the size limit.
    pub(super) fn read_record(record: &Record) -> Result<String, LogError> {
        arbitre_core::files::read_to_string_limited(&record.target, super::MAX_RECORD_BYTES)
            .map_err(|source| LogError::Read {
                path: record.file.clone(),
                source,
            })
    }
}

/// Refuses to edit the status of a record whose front matter arbitre did not understand
/// ([`super::FrontProblem`]): the edit would add a second key beside the one not read.
pub(super) fn editable(record: &Record, text: &str, layout: RecordLayout) -> Result<(), LogError> {
    if layout != RecordLayout::FrontMatter {
        return Ok(());
    }
    match super::front::front_key_problem(text, "status") {
        Some(problem) => Err(LogError::NotUnderstood {
            file: record.file.clone(),
            problem,
        }),
        None => Ok(()),
    }
}

/// A link to `target` as a record of `layout` writes it: `[N. Title](file)` in Nygard's
/// (adr-tools' `_adr_add_link`), `[ADR-NNNN](file)` or log4brains' `[slug](file)` in MADR's.
pub(super) fn link_md(target: &Record, layout: RecordLayout, style: &super::Style) -> String {
    link_ref_md(&target.link(), layout, style)
}

/// [`link_md`] for a record known by its [`crate::LinkRef`] (one just written).
pub(super) fn link_ref_md(
    target: &crate::LinkRef,
    layout: RecordLayout,
    style: &super::Style,
) -> String {
    if layout == RecordLayout::Nygard {
        let text = format!("{}. {}", target.number, escape::inline(&target.title));
        format!("[{}]({})", text.trim_end(), escape::link_dest(&target.file))
    } else {
        crate::render::madr_link(target, &style.layout())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn status_in_each_layout() {
        let nygard = "# 3. A\n\nDate: 2024-05-01\n\n## Status\n\nProposed\n\nAmends [1. X](0001-x.md)\n\n## Context\n\nWhy.\n";
        assert_eq!(
            set_status_text(nygard, RecordLayout::Nygard, "Accepted"),
            nygard.replace("Proposed", "Accepted")
        );
        let no_word = "# 3. A\n\n## Status\n\nAmends [1. X](0001-x.md)\n\n## Context\n";
        assert_eq!(
            set_status_text(no_word, RecordLayout::Nygard, "Rejected"),
            "# 3. A\n\n## Status\n\nRejected\n\nAmends [1. X](0001-x.md)\n\n## Context\n"
        );
        // A status folded over several YAML lines becomes one line: the YAML stays valid.
        let front =
            "---\nparent: Decisions\nstatus: >\n  proposed\n  for now\nnav_order: 3\n---\n\n# A\n";
        assert_eq!(
            set_status_text(front, RecordLayout::FrontMatter, "accepted"),
            "---\nparent: Decisions\nstatus: accepted\nnav_order: 3\n---\n\n# A\n"
        );
        let no_key = "---\ndate: 2024-01-01\n---\n\n# A\n";
        assert_eq!(
            set_status_text(no_key, RecordLayout::Unknown, "accepted"),
            "---\nstatus: accepted\ndate: 2024-01-01\n---\n\n# A\n"
        );
        let lines = "# Use X\n\n* Status: proposed <!-- optional -->\n* Date: 2021-01-14\n\n## Context and Problem Statement\n\n- Status: not this one\n";
        assert_eq!(
            set_status_text(lines, RecordLayout::Lines, "deprecated"),
            "# Use X\n\n* Status: deprecated\n* Date: 2021-01-14\n\n## Context and Problem Statement\n\n- Status: not this one\n"
        );
        assert_eq!(
            set_status_text("# Bare\n\nText.\n", RecordLayout::Unknown, "accepted"),
            "# Bare\n\n- Status: accepted\n\nText.\n"
        );
    }

    #[test]
    fn links_where_each_tool_keeps_them() {
        let lines = "# Use X\n\n- Status: accepted\n\n## Context\n\nWhy.\n";
        let once = add_link_text(
            lines,
            RecordLayout::Lines,
            "Refines [20210101-a](20210101-a.md)",
            '-',
        );
        assert_eq!(
            once,
            "# Use X\n\n- Status: accepted\n\n## Context\n\nWhy.\n\n## Links\n\n- Refines [20210101-a](20210101-a.md)\n"
        );
        let twice = add_link_text(
            &once,
            RecordLayout::Lines,
            "Refines [20210101-a](20210101-a.md)",
            '-',
        );
        assert_eq!(twice, once, "no duplicate");
        let more = add_link_text(
            &once,
            RecordLayout::Lines,
            "Amends [20210102-b](20210102-b.md)",
            '-',
        );
        assert!(
            more.ends_with(
                "- Refines [20210101-a](20210101-a.md)\n- Amends [20210102-b](20210102-b.md)\n"
            ),
            "{more}"
        );
        assert_eq!(more.matches("## Links").count(), 1);
    }

    fn sample(dir: &std::path::Path) {
        use crate::log::test_support::write;
        write(
            &dir.join("0001-a.md"),
            "---\nstatus: accepted\n---\n\n# A\n",
        );
        write(
            &dir.join("0002-b.md"),
            "---\nstatus: proposed\n---\n\n# B\n",
        );
        write(&dir.join("0003-c.md"), "# 3. C\n\n## Status\n\nProposed\n");
        write(&dir.join("0003-d.md"), "# 3. D\n\n## Status\n\nAccepted\n");
        write(&dir.join("0004-broken.md"), "no title\n");
    }

    #[test]
    fn find_one_answers_as_find_does() {
        let tmp = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        sample(tmp.path());
        let log = AdrLog::new(tmp.path(), crate::log::LogKind::Madr);
        for name in [
            "1",
            "2",
            " 0002-b.md ",
            "0002-b",
            "0003-d.md",
            "3",
            "4",
            "9",
            "zz",
        ] {
            let one = log.find_one(name).map(|(r, _)| r);
            let all = log.find(name);
            match (&one, &all) {
                (Ok(a), Ok(b)) => assert_eq!(a, b, "{name}"),
                (Err(a), Err(b)) => assert_eq!(a.to_string(), b.to_string(), "{name}"),
                _ => panic!("{name}: {one:?} / {all:?}"),
            }
        }
        let (record, text) = log.find_one("2").unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(text, crate::log::test_support::read(&record.file));
    }

    #[test]
    fn try_set_status_never_waits_and_gives_the_record_as_now() {
        use crate::log::{Browse, LockWait, RecordStatus};
        let tmp = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        sample(tmp.path());
        let mut log = AdrLog::new(tmp.path(), crate::log::LogKind::Madr);
        log.wait = LockWait {
            bound: std::time::Duration::from_secs(30),
            announce: None,
        };
        let mut browse = Browse::load(log.clone(), &|_, _| {}).unwrap_or_else(|e| panic!("{e}"));
        let before = crate::log::test_support::snapshot(tmp.path());
        {
            let other = AdrLog::new(tmp.path(), crate::log::LogKind::Madr);
            let _held = other.lock().unwrap_or_else(|e| panic!("{e}"));
            let start = std::time::Instant::now();
            let e = log.try_set_status("0002-b.md", Status::Accepted);
            assert!(matches!(e, Err(LogError::Locked(_))), "{e:?}");
            assert!(
                start.elapsed() < std::time::Duration::from_secs(5),
                "it waited"
            );
        }
        assert_eq!(crate::log::test_support::snapshot(tmp.path()), before);
        let (record, text) = log
            .try_set_status("0002-b.md", Status::Accepted)
            .unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(record.state, RecordStatus::Known(Status::Accepted));
        assert_eq!(text, crate::log::test_support::read(&record.file));
        assert_eq!(text, "---\nstatus: accepted\n---\n\n# B\n");
        // The Log screen's copy is brought up to date without reading the log again.
        assert!(browse.replace(record, text));
        assert_eq!(
            browse.states.first(),
            Some(&(RecordStatus::Known(Status::Proposed), 1)),
            "{:?}",
            browse.states
        );
        assert!(!browse.changed_on_disk());
        let fresh = Browse::load(log, &|_, _| {}).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(browse.states, fresh.states);
        assert_eq!(browse.problems, fresh.problems);
    }
}
