//! Rendering an ADR as Markdown: MADR 4.0.0 and Nygard (exactly as adr-tools lays it out).
//!
//! Pure functions of an [`AdrInput`]: the document is written in the session's ADR language
//! (`session.adr.lang`, independent of the interface's), every piece of kit text comes from
//! the kit in that language, the fixed words come from the document language's catalog
//! ([`super::words`]), and every piece of user text goes through [`escape`] so it never
//! changes the structure.
//!
//! Kit text is escaped too: a kit loaded with `--kit` is data, and must not be able to break a
//! record either.

use super::{AdrInput, Header, LinkRef, escape};
use crate::doc_words;
use arbitre_core::decide::{Reason, Recommendation};
use arbitre_core::i18n::Lang;
use arbitre_core::i18n::words::doc::Doc as DocWords;
use arbitre_core::kit::{CheckedKit, Criterion, Hybrid, OptionId, Shape, Text};
use arbitre_core::session::{Detail, Override, Session, Status, Template};

mod concise;
mod content;
mod reading;
mod system;

use content::Ctx;

/// The criterion whose VMs cell says what running VMs next to containers costs.
const OPERATIONAL_COMPLEXITY: &str = "operational-complexity";

/// The changes that would flip the answer listed in More Information; the rest are counted.
const MAX_FLIPS: usize = 5;

/// Renders with the session's template and document language.
pub fn render(input: &AdrInput<'_>) -> String {
    let md = match input.session.adr.template {
        Template::Madr => madr(input),
        Template::Nygard => nygard(input),
    };
    if input.layout.bullet == '*' {
        md
    } else {
        rebullet(&md, input.layout.bullet)
    }
}

/// The text with every `* ` list marker (outside code blocks) written with `bullet`, so a
/// record uses its log's list style.
fn rebullet(md: &str, bullet: char) -> String {
    let mut out = String::with_capacity(md.len());
    let mut fenced = false;
    for line in md.split_inclusive('\n') {
        if line.starts_with("```") {
            fenced = !fenced;
        }
        let rest = line.trim_start_matches(' ');
        if !fenced && rest.starts_with("* ") {
            let indent = line.len() - rest.len();
            out.push_str(&line[..indent]);
            out.push(bullet);
            out.push_str(&rest[1..]);
        } else {
            out.push_str(line);
        }
    }
    out
}

/// Renders as MADR 4.0.0: YAML front matter (`status`, `date`, `decision-makers`,
/// `consulted`, `informed`), then the title and the sections Context and Problem Statement,
/// Decision Drivers, Considered Options, Decision Outcome (with Consequences and
/// Confirmation), Pros and Cons of the Options, More Information. French headings follow
/// MADR's own French translation; the front matter keys and the status stay English, since
/// tools read them.
///
/// A session with components is a system: its record is one decision for the system
/// ([`system`]).
pub fn madr(input: &AdrInput<'_>) -> String {
    if !input.session.components.is_empty() {
        return system::madr(input);
    }
    let cx = Ctx::new(input);
    let lang = cx.lang;
    let w = doc_words(lang);
    let mut parts: Vec<String> = madr_head(input, &cx);

    parts.push(format!("## {}", w.considered_options));
    let considered = cx.considered();
    let names: Vec<String> = considered
        .iter()
        .map(|c| escape::inline(&cx.choice_title(c)))
        .collect();
    parts.push(bullets(&names));

    let full = input.session.adr.detail == Detail::Full;
    parts.push(format!("## {}", w.decision_outcome));
    if full {
        parts.extend(cx.decision());
    } else {
        parts.extend(cx.decision_concise());
    }
    parts.push(format!("### {}", w.consequences));
    if full {
        parts.extend(cx.consequences());
        parts.push(format!("### {}", w.confirmation));
        parts.push(cx.confirmation());
    } else {
        parts.extend(cx.consequences_concise());
        let confirmation = escape::block(&input.session.adr.confirmation);
        if !confirmation.is_empty() {
            parts.push(format!("### {}", w.confirmation));
            parts.push(confirmation);
        }
    }

    parts.push(format!("## {}", w.pros_and_cons));
    for choice in &considered {
        parts.push(format!("### {}", escape::inline(&cx.choice_title(choice))));
        if full {
            parts.extend(cx.pros_and_cons(choice));
        } else {
            parts.extend(cx.pros_and_cons_concise(choice));
        }
    }

    parts.push(format!("## {}", w.more_information));
    parts.extend(cx.more_information(input, full));
    if input.layout.header == Header::Lines {
        // log4brains reads the relations from a `## Links` list (`Supersedes […](…)`); it
        // finds the list by that English heading, in every language.
        let links = cx.links(input);
        if !links.is_empty() {
            parts.push("## Links".to_owned());
            parts.push(bullets(&links));
        }
    }

    finish(parts)
}

/// MADR's opening: the front matter (or the status lines) and the title, the context and
/// the decision drivers.
fn madr_head(input: &AdrInput<'_>, cx: &Ctx<'_>) -> Vec<String> {
    let w = doc_words(cx.lang);
    let mut parts: Vec<String> = Vec::new();
    match input.layout.header {
        Header::FrontMatter => {
            let title = format!("# {}", cx.title());
            if input.layout.blank_after_front {
                parts.push(front_matter(input));
                parts.push(title);
            } else {
                parts.push(format!("{}\n{title}", front_matter(input)));
            }
        }
        Header::Lines => {
            parts.push(format!("# {}", cx.title()));
            parts.push(header_lines(input));
        }
    }

    parts.push(format!("## {}", w.context_and_problem));
    parts.push(cx.context());

    parts.push(format!("## {}", w.decision_drivers));
    let drivers = cx.drivers();
    if drivers.is_empty() {
        parts.push(w.no_drivers.to_owned());
    } else {
        parts.push(bullets(&drivers));
    }
    parts
}

/// MADR's status: the word, or `superseded by [ADR-0005](0005-x.md)`.
fn madr_status(input: &AdrInput<'_>) -> String {
    if input.superseded_by.is_empty() {
        return madr_status_word(input.session.adr.status).to_owned();
    }
    let links: Vec<String> = input
        .superseded_by
        .iter()
        .map(|l| madr_link(l, &input.layout))
        .collect();
    format!("superseded by {}", links.join(", "))
}

/// MADR 2's and log4brains' `- Status:` / `- Date:` / `- Deciders:` lines (and
/// `- Consulted:` / `- Informed:` when given). log4brains splits deciders at commas.
fn header_lines(input: &AdrInput<'_>) -> String {
    let adr = &input.session.adr;
    let status = madr_status(input);
    let mut lines = vec![
        format!("* Status: {status}"),
        format!("* Date: {}", escape::inline(&input.date)),
    ];
    for (key, items) in [
        ("Deciders", &adr.decision_makers),
        ("Consulted", &adr.consulted),
        ("Informed", &adr.informed),
    ] {
        if !items.is_empty() {
            let names: Vec<String> = items
                .iter()
                .map(|i| escape::inline(&i.replace(',', " ")))
                .collect();
            lines.push(format!("* {key}: {}", names.join(", ")));
        }
    }
    lines.join("\n")
}

/// Renders as Michael Nygard's template, laid out exactly as adr-tools writes it: `# N. Title`,
/// `Date:`, `## Status` with the capitalised status word and the `Supersedes […](…)` /
/// `Superseded by […](…)` paragraphs, then Context, Decision and Consequences.
///
/// In French the Context, Decision and Consequences headings are translated, but `Date:`,
/// `## Status`, the status word and the link verbs stay English: adr-tools finds the
/// status section with `/^## Status$/` (`_adr_add_link`, `_adr_remove_status`, used by
/// `adr new -s` and `adr link`), removes the exact line `Accepted` when it supersedes a
/// record, and `adr generate graph` reads the link lines of that section. The first line
/// must stay `# N. Title`: `_adr_title` takes it for links and tables of contents.
///
/// A session with components is a system: its record is one decision for the system
/// ([`system`]).
pub fn nygard(input: &AdrInput<'_>) -> String {
    if !input.session.components.is_empty() {
        return system::nygard(input);
    }
    let cx = Ctx::new(input);
    let full = input.session.adr.detail == Detail::Full;
    let w = doc_words(cx.lang);
    let mut parts = nygard_head(input, &cx);

    parts.push(format!("## {}", w.decision));
    parts.extend(cx.nygard_decision(full));

    parts.push(format!("## {}", w.consequences));
    if full {
        parts.extend(cx.consequences());
    } else {
        parts.extend(cx.consequences_concise());
    }
    parts.extend(nygard_confirmation(&cx));
    finish(parts)
}

/// The team's confirmation, as Nygard's last paragraph.
fn nygard_confirmation(cx: &Ctx<'_>) -> Vec<String> {
    let confirmation = escape::block(&cx.session.adr.confirmation);
    if confirmation.is_empty() {
        Vec::new()
    } else {
        vec![cx.lang.colon(doc_words(cx.lang).confirmation), confirmation]
    }
}

/// Nygard's opening: the numbered title, the date, the status, the context with the people,
/// the drivers and the team's links.
fn nygard_head(input: &AdrInput<'_>, cx: &Ctx<'_>) -> Vec<String> {
    let lang = cx.lang;
    let w = doc_words(lang);
    let mut parts: Vec<String> = Vec::new();

    parts.push(format!("# {}. {}", input.number, cx.title()));
    // `Date:` as every adr-tools log writes it, in both languages: the tools that list a
    // log's dates (adr-log, pyadr, adr-viewer) match that line.
    parts.push(format!("Date: {}", escape::inline(&input.date)));

    // Kept in English in both languages: adr-tools' scripts match "## Status" literally.
    parts.push("## Status".to_owned());
    let status = input.session.adr.status;
    let superseded = !input.superseded_by.is_empty()
        || input
            .session
            .adr
            .status_lines
            .iter()
            .any(|l| l.starts_with("Superseded by ["));
    // adr-tools replaces the status word with the "Superseded by" links when it supersedes.
    if !(superseded && status == Status::Superseded) {
        parts.push(nygard_status_word(status).to_owned());
    }
    for link in &input.supersedes {
        parts.push(format!("Supersedes {}", nygard_link(link)));
    }
    for link in &input.superseded_by {
        parts.push(format!("Superseded by {}", nygard_link(link)));
    }
    // Lines adr-tools added (`adr link`, `adr new -s`), kept as they were, each once.
    for line in &input.session.adr.status_lines {
        if !line.starts_with('#') && !parts.contains(line) {
            parts.push(line.clone());
        }
    }

    parts.push(format!("## {}", w.context));
    parts.push(cx.context());
    parts.extend(cx.people());
    let drivers = cx.drivers();
    if !drivers.is_empty() {
        parts.push(lang.colon(w.drivers_label));
        parts.push(bullets(&drivers));
    }
    let links = cx.user_links();
    if !links.is_empty() {
        parts.push(lang.colon(w.links));
        parts.push(bullets(&links));
    }
    parts
}

/// Joins blocks with blank lines, ending with one newline.
fn finish(parts: Vec<String>) -> String {
    let mut out = parts
        .into_iter()
        .filter(|p| !p.is_empty())
        .collect::<Vec<_>>()
        .join("\n\n");
    out.push('\n');
    out
}

/// A bullet list of already escaped items.
fn bullets(items: &[String]) -> String {
    items
        .iter()
        .map(|i| format!("* {i}"))
        .collect::<Vec<_>>()
        .join("\n")
}

/// `[ADR-0003](0003-use-vms.md)`, as MADR writes links between records; in a log4brains
/// log `[20210114-use-vms](20210114-use-vms.md)`, as log4brains writes them.
pub(crate) fn madr_link(link: &LinkRef, layout: &crate::Layout) -> String {
    if layout.slug_links {
        let stem = link.file.strip_suffix(".md").unwrap_or(&link.file);
        format!(
            "[{}]({})",
            escape::inline(stem),
            escape::link_dest(&link.file)
        )
    } else {
        format!(
            "[ADR-{:04}]({})",
            link.number,
            escape::link_dest(&link.file)
        )
    }
}

/// `[3. Use VMs](0003-use-vms.md)`, as adr-tools' `_adr_add_link` writes links: the text is
/// the target's first line without `# `.
fn nygard_link(link: &LinkRef) -> String {
    let text = format!("{}. {}", link.number, escape::inline(&link.title));
    format!("[{}]({})", text.trim_end(), escape::link_dest(&link.file))
}

/// MADR's status: a lowercase English word.
pub fn madr_status_word(status: Status) -> &'static str {
    match status {
        Status::Proposed => "proposed",
        Status::Accepted => "accepted",
        Status::Rejected => "rejected",
        Status::Deprecated => "deprecated",
        Status::Superseded => "superseded",
    }
}

/// adr-tools' status: a capitalised English word (`adr new` writes `Accepted`).
pub(crate) fn nygard_status_word(status: Status) -> &'static str {
    match status {
        Status::Proposed => "Proposed",
        Status::Accepted => "Accepted",
        Status::Rejected => "Rejected",
        Status::Deprecated => "Deprecated",
        Status::Superseded => "Superseded",
    }
}

/// Whether a date is `YYYY-MM-DD`, so it can be written as a plain YAML date.
fn is_iso_date(date: &str) -> bool {
    let b = date.as_bytes();
    b.len() == 10
        && b.iter().enumerate().all(|(i, c)| match i {
            4 | 7 => *c == b'-',
            _ => c.is_ascii_digit(),
        })
}

/// MADR's front matter, every user value a double-quoted YAML string.
fn front_matter(input: &AdrInput<'_>) -> String {
    let adr = &input.session.adr;
    let status = madr_status(input);
    let status = if input.superseded_by.is_empty() {
        status
    } else {
        escape::yaml_str(&status)
    };
    let date = if is_iso_date(&input.date) {
        input.date.clone()
    } else {
        escape::yaml_str(&input.date)
    };
    let mut lines = vec![
        "---".to_owned(),
        format!("status: {status}"),
        format!("date: {date}"),
    ];
    for (key, items) in [
        ("decision-makers", &adr.decision_makers),
        ("consulted", &adr.consulted),
        ("informed", &adr.informed),
    ] {
        // An empty list is left out, as MADR's template allows.
        if !items.is_empty() {
            lines.push(format!("{key}:"));
            lines.extend(items.iter().map(|i| format!("  - {}", escape::yaml_str(i))));
        }
    }
    lines.extend(input.layout.extra_front.iter().cloned());
    lines.push("---".to_owned());
    lines.join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;
    use arbitre_core::session::AdrMeta;

    use arbitre_core::kit::test_kit as kit;

    fn link(number: u32, title: &str, file: &str) -> LinkRef {
        LinkRef {
            number,
            title: title.into(),
            file: file.into(),
        }
    }

    fn render_with(
        session: &Session,
        supersedes: Vec<LinkRef>,
        superseded_by: Vec<LinkRef>,
    ) -> String {
        let kit = kit();
        let recommendation = session.recommend(&kit);
        render(&AdrInput {
            kit: &kit,
            session,
            recommendation: &recommendation,
            number: 4,
            date: "2026-11-26".into(),
            supersedes,
            superseded_by,
            layout: crate::Layout::default(),
        })
    }

    fn session(template: Template, lang: Lang) -> Session {
        let mut s = Session::new(&kit());
        s.ticks.insert("choose.containers.microservices".into());
        s.adr = AdrMeta {
            title: "Use containers".into(),
            template,
            lang,
            ..AdrMeta::default()
        };
        s
    }

    #[test]
    fn nygard_status_is_laid_out_as_adr_tools_writes_it() {
        for lang in Lang::ALL {
            let mut s = session(Template::Nygard, lang);
            s.adr.status = Status::Accepted;
            let md = render_with(&s, vec![link(2, "Use VMs", "0002-use-vms.md")], Vec::new());
            // `Date:` in both languages, as every adr-tools log writes it.
            let expected = "# 4. Use containers\n\nDate: 2026-11-26\n\n## Status\n\nAccepted\n\nSupersedes [2. Use VMs](0002-use-vms.md)\n\n## ";
            assert!(md.starts_with(expected), "{md}");

            // Superseded: adr-tools drops the status word and adds the link.
            s.adr.status = Status::Superseded;
            let md = render_with(&s, Vec::new(), vec![link(5, "Use [VMs]", "0005 x.md")]);
            assert!(
                md.contains("## Status\n\nSuperseded by [5. Use \\[VMs\\]](0005%20x.md)\n\n## "),
                "{md}"
            );
        }
    }

    #[test]
    fn more_information_lists_what_would_change_the_answer_and_the_same_drawing() {
        let mut s = session(Template::Madr, Lang::En);
        s.ticks.insert("choose.vms.legacy".into());
        let md = render_with(&s, Vec::new(), Vec::new());
        let info = md.split("## More Information").nth(1).unwrap_or_default();
        assert!(
            info.contains("\n### What would change the answer\n"),
            "{info}"
        );
        assert!(
            info.contains("* Containers without \u{201c}legacy applications to run\u{201d}"),
            "{info}"
        );
        // Five at most, then a count.
        assert!(info.contains("* … and "), "{info}");
        // The drawing is the one the screen draws: side by side, not nested.
        assert!(
            info.contains("### Architecture: Progressive Migration (Lift and Shift) (arbitre's reading of the notes)\n"),
            "{info}"
        );
        assert!(
            info.contains(
                "flowchart TB\n    subgraph n0[\"Existing infrastructure\"]\n        direction LR\n"
            ),
            "{info}"
        );
        let mut fr = session(Template::Madr, Lang::Fr);
        fr.ticks.insert("choose.vms.legacy".into());
        let md = render_with(&fr, Vec::new(), Vec::new());
        assert!(md.contains("\n### Ce qui changerait la réponse\n"), "{md}");
    }

    #[test]
    fn the_sandboxed_runtime_hint_is_in_the_record_with_its_sources() {
        for lang in Lang::ALL {
            let mut s = session(Template::Madr, lang);
            s.ticks.insert("hybrid.multi-tenant".into());
            s.ticks.insert("choose.containers.fast-scaling".into());
            let md = render_with(&s, Vec::new(), Vec::new());
            let info = md.split("\n## ").last().unwrap_or_default();
            let title = kit().beyond.title.get(lang).to_owned();
            assert!(info.contains(&format!("### {title}\n")), "{info}");
            assert!(
                info.contains("<https://gvisor.dev/docs/>") && info.contains("Sources"),
                "{info}"
            );
        }
    }

    #[test]
    fn nygard_headings_are_translated_except_status() {
        let md = render_with(&session(Template::Nygard, Lang::Fr), Vec::new(), Vec::new());
        let headings: Vec<&str> = md.lines().filter(|l| l.starts_with('#')).collect();
        assert_eq!(
            headings,
            [
                "# 4. Use containers",
                "## Status",
                "## Contexte",
                "## Décision",
                "## Conséquences"
            ]
        );
        let md = render_with(&session(Template::Nygard, Lang::En), Vec::new(), Vec::new());
        let headings: Vec<&str> = md.lines().filter(|l| l.starts_with('#')).collect();
        assert_eq!(
            headings,
            [
                "# 4. Use containers",
                "## Status",
                "## Context",
                "## Decision",
                "## Consequences"
            ]
        );
    }

    #[test]
    fn madr_sections_follow_the_template() {
        let md = render_with(&session(Template::Madr, Lang::En), Vec::new(), Vec::new());
        let headings: Vec<&str> = md.lines().filter(|l| l.starts_with("## ")).collect();
        assert_eq!(
            headings,
            [
                "## Context and Problem Statement",
                "## Decision Drivers",
                "## Considered Options",
                "## Decision Outcome",
                "## Pros and Cons of the Options",
                "## More Information"
            ]
        );
        assert!(
            md.contains("\nChosen option: \"Containers\", because "),
            "{md}"
        );
        assert!(
            md.contains("\n### Consequences\n\n* Good, because "),
            "{md}"
        );
        // Confirmation only when the team wrote one.
        assert!(!md.contains("\n### Confirmation\n"), "{md}");
        assert!(md.contains("\n```mermaid\nflowchart TB\n"), "{md}");
        let mut confirmed = session(Template::Madr, Lang::En);
        confirmed.adr.confirmation = "A review in March.".into();
        let md = render_with(&confirmed, Vec::new(), Vec::new());
        assert!(
            md.contains("\n### Confirmation\n\nA review in March.\n"),
            "{md}"
        );
    }

    #[test]
    fn madr_front_matter_links_the_superseding_record() {
        let mut s = session(Template::Madr, Lang::Fr);
        s.adr.status = Status::Superseded;
        s.adr.decision_makers = vec!["Ana \"A\"".into(), "---".into()];
        let md = render_with(
            &s,
            vec![link(1, "Old", "0001-old.md")],
            vec![link(5, "New", "0005-new.md")],
        );
        assert!(
            md.starts_with(
                "---\nstatus: \"superseded by [ADR-0005](0005-new.md)\"\ndate: 2026-11-26\ndecision-makers:\n  - \"Ana \\\"A\\\"\"\n  - \"---\"\n---\n\n# Use containers\n"
            ),
            "{md}"
        );
        assert!(
            md.contains("* Remplace [ADR-0001](0001-old.md)\u{a0}: Old\n"),
            "{md}"
        );
        assert!(
            md.contains("* Remplacé par [ADR-0005](0005-new.md)\u{a0}: New"),
            "{md}"
        );
    }

    #[test]
    fn an_override_says_what_the_engine_recommended() {
        let mut s = session(Template::Madr, Lang::En);
        s.override_ = Some(Override {
            outcome: OptionId::Vms,
            patterns: Vec::new(),
            justification: "Auditors.\n\n# not a heading".into(),
        });
        let md = render_with(&s, Vec::new(), Vec::new());
        assert!(
            md.contains("Chosen option: \"Virtual Machines (VMs)\", because the team chose it"),
            "{md}"
        );
        assert!(
            md.contains("\n\nAuditors.\n\n\\# not a heading\n\n"),
            "{md}"
        );
        assert!(
            md.contains("arbitre's analysis recommended \u{201c}Containers\u{201d}."),
            "{md}"
        );
    }

    #[test]
    fn nygard_says_an_override_in_the_active_voice() {
        let mut s = session(Template::Nygard, Lang::En);
        s.override_ = Some(Override {
            outcome: OptionId::Vms,
            patterns: Vec::new(),
            justification: "Auditors.".into(),
        });
        let md = render_with(&s, Vec::new(), Vec::new());
        let decision = md.split("## Decision").nth(1).unwrap_or_default();
        assert!(decision.trim_start().starts_with("We will "), "{md}");
        assert!(!decision.contains("Chosen option"), "{md}");
        assert!(decision.contains("Auditors."), "{md}");
        assert!(
            decision.contains("arbitre's analysis recommended \u{201c}Containers\u{201d}."),
            "{md}"
        );
    }

    #[test]
    fn nothing_answered_still_gives_a_whole_record() {
        let mut s = Session::new(&kit());
        s.adr.lang = Lang::Fr;
        let md = render_with(&s, Vec::new(), Vec::new());
        assert!(md.contains("\n# Héberger la charge de travail"), "{md}");
        assert!(md.contains("Aucune option choisie pour l'instant"), "{md}");
        assert!(
            md.contains("0\u{a0}besoin exprimé, 0\u{a0}critère pondéré."),
            "{md}"
        );
        s.adr.template = Template::Nygard;
        let md = render_with(&s, Vec::new(), Vec::new());
        assert!(md.starts_with("# 4. Héberger la charge de travail"), "{md}");
    }

    #[test]
    fn french_elides_parce_que_before_a_vowel() {
        let kit = kit();
        let s = session(Template::Madr, Lang::Fr);
        let rec = s.recommend(&kit);
        let input = AdrInput {
            kit: &kit,
            session: &s,
            recommendation: &rec,
            number: 1,
            date: String::new(),
            supersedes: Vec::new(),
            superseded_by: Vec::new(),
            layout: crate::Layout::default(),
        };
        let cx = Ctx::new(&input);
        assert_eq!(cx.because("Isolation"), "parce qu'Isolation");
        assert_eq!(cx.because("écrit"), "parce qu'écrit");
        assert_eq!(cx.because("Temps"), "parce que Temps");
        assert_eq!(cx.because("# x"), "parce que \\# x");
    }
}
