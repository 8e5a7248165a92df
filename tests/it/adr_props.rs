//! User text never changes an ADR's structure.
//!
//! Arbitrary strings — with a strategy that mixes the nasty ones: `|`, newlines, backticks,
//! `#`, `<script>`, `---`, `*`, `_`, brackets, `\`, list and quote markers, emoji, `-->` —
//! go into every field a team can type (title, context, consequences, confirmation,
//! decision-makers / consulted / informed, links, criterion notes, the override's
//! justification, and the titles and files of linked records). The rendering is parsed with
//! pulldown-cmark, with every extension that could pick something up turned on, and compared
//! with the rendering of the same session with empty text: same headings, same tables cell for
//! cell, same top-level lists and code blocks, no HTML, no emphasis, links, code spans, math or
//! footnotes that were not there. MADR's front matter must be valid YAML with the same keys,
//! giving back the team's strings exactly.

use std::collections::BTreeMap;
use std::path::PathBuf;

use arbitre::adr::{AdrInput, LinkRef, escape, render};
use arbitre::i18n::Lang;
use arbitre::kit::{CheckedKit, OptionId};
use arbitre::session::{Override, Session, Template};
use proptest::prelude::*;
use pulldown_cmark::{Event, HeadingLevel, LinkType, Options, Parser, Tag, TagEnd};
use yaml_rust2::{Yaml, YamlLoader};

// ------------------------------------------------------------------------------- strategies

/// Pieces that have broken Markdown, YAML or Mermaid documents somewhere.
const NASTY: &[&str] = &[
    "|",
    "\n",
    "\r\n",
    "\r",
    "\n\n",
    "`",
    "```",
    "~~~",
    "#",
    "# ",
    "## ",
    "<script>alert(1)</script>",
    "<div>",
    "<!--",
    "-->",
    "---",
    "***",
    "___",
    "*",
    "**",
    "_",
    "[",
    "]",
    "](x)",
    "[x]: /u",
    "![i](x)",
    "<",
    ">",
    "> ",
    "\\",
    "- ",
    "+ ",
    "* ",
    "1. ",
    "2) ",
    "=",
    "===",
    ": ",
    "    ",
    "\t",
    " ",
    "&amp;",
    "&#35;",
    "~~",
    "$x$",
    "{#id}",
    "^",
    "[^1]",
    "[[w]]",
    "[ ] ",
    "|---|",
    "| a | b |",
    "\"",
    "'",
    "key: value",
    "- [x]",
    "🚀",
    "✅",
    "👩‍💻",
    "é",
    "Équipe",
    "https://example.com/a_b",
    "\u{0}",
    "\u{7}",
    "\u{85}",
    "\u{a0}",
    "\u{2028}",
    "\u{feff}",
];

/// A string made of nasty pieces and a few letters.
fn nasty() -> impl Strategy<Value = String> {
    prop::collection::vec(
        prop_oneof![
            4 => prop::sample::select(NASTY).prop_map(String::from),
            1 => "[a-zA-Z0-9]{1,5}",
        ],
        0..10,
    )
    .prop_map(|v| v.concat())
}

/// Any text a team might type, nasty or not.
fn text() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => nasty(),
        1 => any::<String>(),
        1 => "\\PC{0,24}",
    ]
}

fn texts(max: usize) -> impl Strategy<Value = Vec<String>> {
    prop::collection::vec(text(), 0..max)
}

/// Everything a team can type.
#[derive(Debug, Clone)]
struct Typed {
    title: String,
    context: String,
    consequences: String,
    confirmation: String,
    justification: String,
    decision_makers: Vec<String>,
    consulted: Vec<String>,
    informed: Vec<String>,
    links: Vec<String>,
    notes: Vec<String>,
    linked_title: String,
    linked_file: String,
}

fn typed() -> impl Strategy<Value = Typed> {
    (
        (text(), text(), text(), text(), text()),
        (texts(4), texts(4), texts(4)),
        // At least one link that shows, so the baseline's one link compares.
        prop::collection::vec(text(), 1..4).prop_filter("a visible link", |v| {
            v.iter().any(|l| !escape::inline(l).is_empty())
        }),
        prop::collection::vec(text(), 3),
        (text(), text()),
    )
        .prop_map(
            |(
                (title, context, consequences, confirmation, justification),
                (decision_makers, consulted, informed),
                links,
                notes,
                (linked_title, linked_file),
            )| Typed {
                title,
                context,
                consequences,
                confirmation,
                justification,
                decision_makers,
                consulted,
                informed,
                links,
                notes,
                linked_title,
                linked_file,
            },
        )
}

/// The empty baseline: no text at all, one plain link, plain linked records.
fn baseline() -> Typed {
    Typed {
        title: String::new(),
        context: String::new(),
        consequences: String::new(),
        confirmation: String::new(),
        justification: String::new(),
        decision_makers: Vec::new(),
        consulted: Vec::new(),
        informed: Vec::new(),
        links: vec!["x".into()],
        notes: vec![String::new(); 3],
        linked_title: String::new(),
        linked_file: "x.md".into(),
    }
}

/// The baseline for a typed record: no text, but the same optional parts present (a
/// confirmation, the people), since a concise record leaves out what is empty.
fn baseline_for(typed: &Typed) -> Typed {
    let shows = |t: &str| !escape::block(t).is_empty();
    let mirror = |list: &[String]| vec!["x".to_owned(); list.len()];
    Typed {
        confirmation: if shows(&typed.confirmation) {
            "x".into()
        } else {
            String::new()
        },
        decision_makers: mirror(&typed.decision_makers),
        consulted: mirror(&typed.consulted),
        informed: mirror(&typed.informed),
        ..baseline()
    }
}

/// The choice the document records: the recommendation, or an override.
#[derive(Debug, Clone, Copy)]
enum Decision {
    Recommended,
    Overridden(OptionId),
}

fn decision() -> impl Strategy<Value = Decision> {
    prop_oneof![
        Just(Decision::Recommended),
        Just(Decision::Overridden(OptionId::Containers)),
        Just(Decision::Overridden(OptionId::Vms)),
        Just(Decision::Overridden(OptionId::Hybrid)),
    ]
}

fn lang() -> impl Strategy<Value = Lang> {
    prop_oneof![Just(Lang::Fr), Just(Lang::En)]
}

// ---------------------------------------------------------------------------------- setup

fn kit() -> CheckedKit {
    match CheckedKit::builtin() {
        Ok(kit) => kit,
        Err(e) => panic!("the built-in kit does not load:\n{e}"),
    }
}

/// The quote-app example with the typed text in every field.
fn session(
    kit: &CheckedKit,
    typed: &Typed,
    decision: Decision,
    template: Template,
    lang: Lang,
) -> Session {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("data/examples/quote-app.ron");
    let mut s = match Session::open(&path, kit) {
        Ok(loaded) => loaded.session,
        Err(e) => panic!("{e}"),
    };
    s.adr.template = template;
    s.adr.lang = lang;
    s.adr.title.clone_from(&typed.title);
    s.adr.context.clone_from(&typed.context);
    s.adr.consequences.clone_from(&typed.consequences);
    s.adr.confirmation.clone_from(&typed.confirmation);
    s.adr.decision_makers.clone_from(&typed.decision_makers);
    s.adr.consulted.clone_from(&typed.consulted);
    s.adr.informed.clone_from(&typed.informed);
    s.adr.links.clone_from(&typed.links);
    // Two weighted criteria and one that is not.
    for (id, note) in [
        "security-isolation",
        "operational-complexity",
        "startup-time",
    ]
    .iter()
    .zip(&typed.notes)
    {
        s.notes.insert((*id).to_owned(), note.clone());
    }
    s.override_ = match decision {
        Decision::Recommended => None,
        Decision::Overridden(outcome) => Some(Override {
            outcome,
            patterns: if outcome == OptionId::Hybrid {
                vec!["hybrid.multi-tenant".into(), "hybrid.cicd".into()]
            } else {
                Vec::new()
            },
            justification: typed.justification.clone(),
        }),
    };
    s
}

fn link(number: u32, typed: &Typed) -> LinkRef {
    LinkRef {
        number,
        title: typed.linked_title.clone(),
        file: typed.linked_file.clone(),
    }
}

fn render_typed(typed: &Typed, decision: Decision, template: Template, lang: Lang) -> String {
    let kit = kit();
    let s = session(&kit, typed, decision, template, lang);
    let recommendation = s.recommend(&kit);
    render::render(&AdrInput {
        kit: &kit,
        session: &s,
        recommendation: &recommendation,
        number: 1,
        date: "2026-11-26".into(),
        supersedes: vec![link(2, typed)],
        superseded_by: vec![link(3, typed)],
        layout: arbitre::adr::Layout::default(),
    })
}

// -------------------------------------------------------------------------------- parsing

/// Every extension that could turn text into structure, and none that rewrites text.
fn options() -> Options {
    Options::ENABLE_TABLES
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_TASKLISTS
        | Options::ENABLE_HEADING_ATTRIBUTES
        | Options::ENABLE_MATH
        | Options::ENABLE_GFM
        | Options::ENABLE_DEFINITION_LIST
        | Options::ENABLE_SUPERSCRIPT
        | Options::ENABLE_SUBSCRIPT
        | Options::ENABLE_WIKILINKS
}

/// What a reader sees of a document's structure.
#[derive(Debug, Default, PartialEq)]
struct Shape {
    /// Level and text of every heading.
    headings: Vec<(HeadingLevel, String)>,
    /// Every table, as rows of cell texts (the header first).
    tables: Vec<Vec<Vec<String>>>,
    /// Lists that are not inside another block.
    top_lists: usize,
    /// Code blocks that are not inside another block: info string and content.
    top_code: Vec<(String, String)>,
    /// How many of each other construct (HTML, emphasis, links other than autolinks, code
    /// spans, math, footnotes, quotes, rules, nested code blocks, …).
    other: BTreeMap<&'static str, usize>,
}

impl Shape {
    fn count(&mut self, what: &'static str) {
        *self.other.entry(what).or_default() += 1;
    }

    fn html(&self) -> usize {
        ["html block", "html", "inline html"]
            .iter()
            .filter_map(|k| self.other.get(k))
            .sum()
    }
}

fn shape(markdown: &str) -> Shape {
    let mut s = Shape::default();
    let mut depth = 0usize;
    let mut heading: Option<(HeadingLevel, String)> = None;
    let mut code: Option<(String, String)> = None;
    let mut table: Option<Vec<Vec<String>>> = None;
    let mut row: Option<Vec<String>> = None;
    let mut cell: Option<String> = None;
    let append = |heading: &mut Option<(HeadingLevel, String)>,
                  code: &mut Option<(String, String)>,
                  cell: &mut Option<String>,
                  text: &str| {
        if let Some((_, h)) = heading {
            h.push_str(text);
        }
        if let Some((_, c)) = code {
            c.push_str(text);
        }
        if let Some(c) = cell {
            c.push_str(text);
        }
    };
    for event in Parser::new_ext(markdown, options()) {
        match event {
            Event::Start(tag) => {
                match &tag {
                    Tag::Heading { level, .. } => heading = Some((*level, String::new())),
                    Tag::List(_) if depth == 0 => s.top_lists += 1,
                    Tag::CodeBlock(kind) if depth == 0 => {
                        let info = match kind {
                            pulldown_cmark::CodeBlockKind::Fenced(info) => info.to_string(),
                            pulldown_cmark::CodeBlockKind::Indented => "(indented)".into(),
                        };
                        code = Some((info, String::new()));
                    }
                    Tag::CodeBlock(_) => s.count("nested code block"),
                    Tag::Table(_) => table = Some(Vec::new()),
                    Tag::TableHead | Tag::TableRow => row = Some(Vec::new()),
                    Tag::TableCell => cell = Some(String::new()),
                    Tag::HtmlBlock => s.count("html block"),
                    Tag::Link { link_type, .. } if *link_type != LinkType::Autolink => {
                        s.count("link");
                    }
                    Tag::Image { .. } => s.count("image"),
                    Tag::Emphasis => s.count("emphasis"),
                    Tag::Strong => s.count("strong"),
                    Tag::Strikethrough => s.count("strikethrough"),
                    Tag::Superscript => s.count("superscript"),
                    Tag::Subscript => s.count("subscript"),
                    Tag::BlockQuote(_) => s.count("block quote"),
                    Tag::FootnoteDefinition(_) => s.count("footnote definition"),
                    Tag::DefinitionList => s.count("definition list"),
                    Tag::MetadataBlock(_) => s.count("metadata block"),
                    _ => {}
                }
                depth += 1;
            }
            Event::End(end) => {
                depth = depth.saturating_sub(1);
                match end {
                    TagEnd::Heading(_) => s.headings.extend(heading.take()),
                    TagEnd::CodeBlock => s.top_code.extend(code.take()),
                    TagEnd::TableCell => {
                        if let (Some(r), Some(c)) = (row.as_mut(), cell.take()) {
                            r.push(c);
                        }
                    }
                    TagEnd::TableHead | TagEnd::TableRow => {
                        if let (Some(t), Some(r)) = (table.as_mut(), row.take()) {
                            t.push(r);
                        }
                    }
                    TagEnd::Table => s.tables.extend(table.take()),
                    _ => {}
                }
            }
            Event::Text(t) => append(&mut heading, &mut code, &mut cell, &t),
            Event::Code(t) => {
                s.count("code span");
                append(&mut heading, &mut code, &mut cell, &t);
            }
            Event::InlineMath(_) | Event::DisplayMath(_) => s.count("math"),
            Event::Html(_) => s.count("html"),
            Event::InlineHtml(_) => s.count("inline html"),
            Event::FootnoteReference(_) => s.count("footnote reference"),
            Event::TaskListMarker(_) => s.count("task list marker"),
            Event::HardBreak => s.count("hard break"),
            Event::Rule => s.count("rule"),
            Event::SoftBreak => append(&mut heading, &mut code, &mut cell, "\n"),
        }
    }
    s
}

/// Splits MADR's front matter from the body: the text between the first two `---` lines.
fn split_front_matter(markdown: &str) -> (String, String) {
    let mut lines = markdown.split_inclusive('\n');
    let first = lines.next().unwrap_or_default();
    assert_eq!(first, "---\n", "MADR starts with its front matter");
    let mut front = String::new();
    for line in lines.by_ref() {
        if line == "---\n" {
            return (front, lines.collect());
        }
        front.push_str(line);
    }
    panic!("the front matter is not closed:\n{markdown}");
}

/// What a reader should see of a one-line text: controls as spaces, trimmed.
fn one_line(text: &str) -> String {
    text.chars()
        .map(|c| {
            if c.is_control() || c == '\u{2028}' || c == '\u{2029}' {
                ' '
            } else {
                c
            }
        })
        .collect::<String>()
        .trim()
        .to_owned()
}

/// The string values of a YAML list.
fn yaml_strings(value: &Yaml) -> Vec<String> {
    match value {
        Yaml::Array(items) => items
            .iter()
            .map(|i| match i {
                Yaml::String(s) => s.clone(),
                other => panic!("not a string: {other:?}"),
            })
            .collect(),
        // A key left out (an empty list is not written).
        Yaml::BadValue => Vec::new(),
        other => panic!("not a list: {other:?}"),
    }
}

fn yaml_keys(doc: &Yaml) -> Vec<String> {
    match doc {
        Yaml::Hash(h) => h
            .keys()
            .map(|k| k.as_str().unwrap_or("?").to_owned())
            .collect(),
        other => panic!("the front matter is not a mapping: {other:?}"),
    }
}

fn load_yaml(front: &str) -> Yaml {
    match YamlLoader::load_from_str(front) {
        Ok(mut docs) if docs.len() == 1 => docs.remove(0),
        Ok(docs) => panic!("{} YAML documents in\n{front}", docs.len()),
        Err(e) => panic!("invalid YAML: {e}\n{front}"),
    }
}

fn config() -> ProptestConfig {
    ProptestConfig::with_cases(64)
}

// ---------------------------------------------------------------------------- properties

proptest! {
    #![proptest_config(config())]

    #[test]
    fn madr_structure_does_not_depend_on_user_text(
        typed in typed(),
        decision in decision(),
        lang in lang(),
    ) {
        let base_md = render_typed(&baseline_for(&typed), decision, Template::Madr, lang);
        let md = render_typed(&typed, decision, Template::Madr, lang);

        let (base_front, base_body) = split_front_matter(&base_md);
        let (front, body) = split_front_matter(&md);

        // Front matter: valid YAML, same keys, the team's strings back exactly.
        let base_yaml = load_yaml(&base_front);
        let yaml = load_yaml(&front);
        prop_assert_eq!(yaml_keys(&yaml), yaml_keys(&base_yaml));
        // Empty lists are left out.
        let mut keys = vec!["status", "date"];
        for (key, list) in [
            ("decision-makers", &typed.decision_makers),
            ("consulted", &typed.consulted),
            ("informed", &typed.informed),
        ] {
            if !list.is_empty() {
                keys.push(key);
            }
        }
        prop_assert_eq!(yaml_keys(&yaml), keys);
        prop_assert_eq!(yaml_strings(&yaml["decision-makers"]), typed.decision_makers.clone());
        prop_assert_eq!(yaml_strings(&yaml["consulted"]), typed.consulted.clone());
        prop_assert_eq!(yaml_strings(&yaml["informed"]), typed.informed.clone());
        prop_assert_eq!(yaml["date"].as_str(), Some("2026-11-26"));
        let status = format!("superseded by [ADR-0003]({})", escape::link_dest(&typed.linked_file));
        prop_assert_eq!(yaml["status"].as_str(), Some(status.as_str()));

        // Body: the same structure as with no text at all.
        let base = shape(&base_body);
        let got = shape(&body);
        prop_assert_eq!(got.headings.len(), base.headings.len(), "{}", md);
        prop_assert_eq!(&got.headings[1..], &base.headings[1..], "{}", md);
        prop_assert_eq!(got.headings[0].0, HeadingLevel::H1);
        let title = one_line(&typed.title);
        if !title.is_empty() {
            prop_assert_eq!(&got.headings[0].1, &title, "{}", md);
        }
        prop_assert_eq!(&got.tables, &base.tables, "{}", md);
        prop_assert_eq!(got.tables.len(), 1);
        prop_assert_eq!(got.top_lists, base.top_lists, "{}", md);
        prop_assert_eq!(&got.top_code, &base.top_code, "{}", md);
        prop_assert_eq!(&got.other, &base.other, "{}", md);
        prop_assert_eq!(got.html(), 0, "{}", md);
    }

    #[test]
    fn nygard_structure_does_not_depend_on_user_text(
        typed in typed(),
        decision in decision(),
        lang in lang(),
    ) {
        let base_md = render_typed(&baseline_for(&typed), decision, Template::Nygard, lang);
        let md = render_typed(&typed, decision, Template::Nygard, lang);

        // adr-tools reads the title from line 1, the date from line 3.
        let mut lines = md.lines();
        let first = lines.next().unwrap_or_default();
        let title = escape::inline(&typed.title);
        if !title.is_empty() {
            prop_assert_eq!(first, format!("# 1. {title}"));
        }
        prop_assert!(first.starts_with("# 1. "));
        prop_assert_eq!(lines.next(), Some(""));
        prop_assert!(lines.next().is_some_and(|l| l.starts_with("Date")));
        prop_assert!(md.lines().any(|l| l == "## Status"));

        let base = shape(&base_md);
        let got = shape(&md);
        prop_assert_eq!(got.headings.len(), base.headings.len(), "{}", md);
        prop_assert_eq!(&got.headings[1..], &base.headings[1..], "{}", md);
        let shown = one_line(&typed.title);
        if !shown.is_empty() {
            prop_assert_eq!(&got.headings[0], &(HeadingLevel::H1, format!("1. {shown}")), "{}", md);
        }
        prop_assert_eq!(&got.tables, &base.tables, "{}", md);
        prop_assert_eq!(got.top_lists, base.top_lists, "{}", md);
        prop_assert_eq!(&got.top_code, &base.top_code, "{}", md);
        prop_assert_eq!(&got.other, &base.other, "{}", md);
        prop_assert_eq!(got.html(), 0, "{}", md);
    }

    /// `inline` text parses back to one paragraph of exactly the text.
    #[test]
    fn inline_text_stays_literal(s in text()) {
        let md = escape::inline(&s);
        prop_assert!(!md.contains('\n'));
        let mut events = Vec::new();
        let mut shown = String::new();
        for e in Parser::new_ext(&md, options()) {
            match e {
                Event::Text(t) => shown.push_str(&t),
                Event::Start(Tag::Paragraph) | Event::End(TagEnd::Paragraph) => {}
                other => events.push(format!("{other:?}")),
            }
        }
        prop_assert!(events.is_empty(), "{:?} gave {:?}", md, events);
        prop_assert_eq!(shown, one_line(&s), "{:?}", md);
    }

    /// `cell` text stays in its cell.
    #[test]
    fn cell_text_stays_in_its_cell(s in text()) {
        let md = format!("| h | i |\n| --- | --- |\n| {} | end |\n", escape::cell(&s));
        let got = shape(&md);
        prop_assert_eq!(
            got.tables,
            vec![vec![
                vec!["h".to_owned(), "i".to_owned()],
                vec![one_line(&s), "end".to_owned()],
            ]],
            "{:?}", md
        );
        prop_assert!(got.other.is_empty(), "{:?}: {:?}", md, got.other);
    }

    /// `block` text is paragraphs of exactly the text's lines.
    #[test]
    fn block_text_is_only_paragraphs(s in text()) {
        let md = escape::block(&s);
        let mut shown = String::new();
        let mut paragraphs = 0;
        let mut events = Vec::new();
        for e in Parser::new_ext(&md, options()) {
            match e {
                Event::Text(t) => shown.push_str(&t),
                Event::SoftBreak => shown.push('\n'),
                Event::Start(Tag::Paragraph) => {
                    if paragraphs > 0 {
                        shown.push_str("\n\n");
                    }
                    paragraphs += 1;
                }
                Event::End(TagEnd::Paragraph) => {}
                other => events.push(format!("{other:?}")),
            }
        }
        prop_assert!(events.is_empty(), "{:?} gave {:?}", md, events);
        let normalised = s.replace("\r\n", "\n").replace('\r', "\n");
        let mut expected: Vec<Vec<String>> = vec![Vec::new()];
        for line in normalised.split('\n') {
            let line = one_line(line);
            match expected.last_mut() {
                Some(p) if !line.is_empty() => p.push(line),
                Some(p) if !p.is_empty() => expected.push(Vec::new()),
                _ => {}
            }
        }
        let expected: Vec<String> = expected
            .into_iter()
            .filter(|p| !p.is_empty())
            .map(|p| p.join("\n"))
            .collect();
        prop_assert_eq!(shown, expected.join("\n\n"), "{:?}", md);
    }

    /// `yaml_str` round-trips through a YAML parser and stays on one line.
    #[test]
    fn yaml_strings_round_trip(s in text()) {
        let quoted = escape::yaml_str(&s);
        prop_assert!(!quoted.contains('\n') && !quoted.contains('\r'));
        let doc = load_yaml(&format!("key: {quoted}\nlist:\n  - {quoted}\n"));
        prop_assert_eq!(doc["key"].as_str(), Some(s.as_str()));
        prop_assert_eq!(yaml_strings(&doc["list"]), vec![s.clone()]);
    }

    /// Mermaid labels cannot end the label, the line or the code block.
    #[test]
    fn mermaid_labels_stay_labels(s in text()) {
        let label = escape::mermaid_label(&s);
        prop_assert!(!label.contains(['"', '\n', '\r', '<', '>', '`']), "{:?}", label);
        let code = format!("```mermaid\nflowchart TD\n    n0[\"{label}\"]\n```\n");
        let got = shape(&code);
        prop_assert_eq!(got.top_code.len(), 1);
        prop_assert!(got.other.is_empty());
    }
}
