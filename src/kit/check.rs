//! The kit's rules, checked after parsing: unique ids, every reference resolves, strengths
//! in range, the three options defined, and no empty string in either language. Each
//! problem names the file and the line:column where it sits.

use std::collections::{HashMap, HashSet};
use std::fmt;
use std::path::{Path, PathBuf};

use super::locate::{self, Pos};
use super::{Kit, OptionId, Text};

/// One broken rule, with where it is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// The file.
    pub file: PathBuf,
    /// Where in it.
    pub pos: Pos,
    /// What is wrong.
    pub message: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}:{}:{}: {}",
            self.file.display(),
            self.pos.line,
            self.pos.column,
            self.message
        )
    }
}

/// Collects problems, placing each in the source.
struct Checker<'a> {
    source: &'a str,
    file: &'a Path,
    problems: Vec<Problem>,
}

impl Checker<'_> {
    fn push(&mut self, pos: Option<Pos>, message: String) {
        self.problems.push(Problem {
            file: self.file.to_owned(),
            pos: pos.unwrap_or(Pos::START),
            message,
        });
    }

    /// Where the item with this id is declared (its first occurrence).
    fn anchor_offset(&self, anchor: Option<&str>) -> usize {
        anchor
            .and_then(|id| {
                locate::string_literal_offsets(self.source, id)
                    .first()
                    .copied()
            })
            .unwrap_or(0)
    }

    fn text(&mut self, what: &str, anchor: Option<&str>, text: &Text) {
        for (field, value, language) in [("fr", &text.fr, "French"), ("en", &text.en, "English")] {
            if value.trim().is_empty() {
                let from = self.anchor_offset(anchor);
                let pos = locate::empty_field_after(self.source, field, from)
                    .or_else(|| anchor.and_then(|id| locate::nth_literal(self.source, id, 0)));
                self.push(pos, format!("empty {language} text in {what}"));
            }
        }
    }

    fn strength(&mut self, id: &str, strength: u8) {
        if !(1..=3).contains(&strength) {
            let pos = locate::nth_literal(self.source, id, 0);
            self.push(
                pos,
                format!("`{id}` has strength {strength}; it must be 1, 2 or 3"),
            );
        }
    }
}

/// Checks a parsed kit; an empty list means it is sound.
pub fn check(kit: &Kit, source: &str, file: &Path) -> Vec<Problem> {
    let mut c = Checker {
        source,
        file,
        problems: Vec::new(),
    };
    check_ids(kit, &mut c);
    check_references(kit, &mut c);
    check_options(kit, &mut c);
    check_texts(kit, &mut c);
    c.problems
        .sort_by_key(|p| (p.pos.line, p.pos.column, p.message.clone()));
    c.problems
}

/// Every id a kit declares, in declaration order.
fn declared_ids(kit: &Kit) -> Vec<&str> {
    let mut ids: Vec<&str> = Vec::new();
    ids.extend(kit.criteria.iter().map(|c| c.id.as_str()));
    for case in &kit.vm_cases {
        ids.push(&case.id);
        ids.extend(case.details.iter().map(|d| d.id.as_str()));
    }
    ids.extend(kit.hybrids.iter().map(|h| h.id.as_str()));
    for list in &kit.summary {
        ids.push(&list.id);
        ids.extend(list.statements.iter().map(|s| s.id.as_str()));
    }
    ids.extend(kit.beyond.sources.iter().map(|s| s.id.as_str()));
    ids.extend(kit.scenarios.iter().map(|s| s.id.as_str()));
    ids
}

fn check_ids(kit: &Kit, c: &mut Checker<'_>) {
    let mut seen: HashMap<&str, usize> = HashMap::new();
    for id in declared_ids(kit) {
        if id.trim().is_empty() {
            c.push(None, "an id is empty".into());
            continue;
        }
        let count = seen.entry(id).or_insert(0);
        *count += 1;
        if *count == 2 {
            let pos = locate::nth_literal(c.source, id, 1);
            c.push(pos, format!("duplicate id `{id}`: ids must be unique"));
        }
    }
}

fn check_references(kit: &Kit, c: &mut Checker<'_>) {
    let hybrids: HashSet<&str> = kit.hybrids.iter().map(|h| h.id.as_str()).collect();
    let sources: HashSet<&str> = kit.beyond.sources.iter().map(|s| s.id.as_str()).collect();
    let ticks = kit.ticks();
    let tickable: HashSet<&str> = ticks.iter().map(|t| t.id).collect();

    let dangling = |c: &mut Checker<'_>, owner: &str, target: &str, kind: &str| {
        // The reference is the first occurrence of the literal after its owner's declaration.
        let from = c.anchor_offset(Some(owner));
        let pos = locate::string_literal_offsets(c.source, target)
            .into_iter()
            .find(|&o| o >= from)
            .map(|o| Pos::of_offset(c.source, o));
        c.push(
            pos,
            format!("`{owner}` refers to unknown {kind} `{target}`"),
        );
    };

    for tick in &ticks {
        c.strength(tick.id, tick.strength);
        for s in tick
            .suggests
            .iter()
            .filter(|s| !hybrids.contains(s.as_str()))
        {
            dangling(c, tick.id, s, "hybrid architecture");
        }
    }
    for crit in &kit.criteria {
        for s in crit
            .microvm
            .sources
            .iter()
            .filter(|s| !sources.contains(s.as_str()))
        {
            dangling(c, &crit.id, s, "source");
        }
    }
    for sc in &kit.scenarios {
        for t in sc.ticks.iter().filter(|t| !tickable.contains(t.as_str())) {
            dangling(c, &sc.id, t, "item");
        }
        for p in sc.patterns.iter().filter(|p| !hybrids.contains(p.as_str())) {
            dangling(c, &sc.id, p, "hybrid architecture");
        }
        if sc.ticks.is_empty() {
            let pos = locate::nth_literal(c.source, &sc.id, 0);
            c.push(pos, format!("scenario `{}` ticks nothing", sc.id));
        }
        if sc.expected != OptionId::Hybrid && !sc.patterns.is_empty() {
            let pos = locate::nth_literal(c.source, &sc.id, 0);
            c.push(
                pos,
                format!(
                    "scenario `{}` expects `{}` but lists hybrid patterns",
                    sc.id,
                    sc.expected.id()
                ),
            );
        }
    }
}

fn check_options(kit: &Kit, c: &mut Checker<'_>) {
    for option in OptionId::ALL {
        let count = kit.options.iter().filter(|o| o.id == option).count();
        if count != 1 {
            c.push(
                None,
                format!(
                    "option `{}` must be defined exactly once in `options` (found {count})",
                    option.id()
                ),
            );
        }
    }
}

fn check_texts(kit: &Kit, c: &mut Checker<'_>) {
    c.text("the title", None, &kit.title);
    let h = &kit.headings;
    for (name, t) in [
        ("headings.comparison", &h.comparison),
        ("headings.criterion", &h.criterion),
        ("headings.vm_cases", &h.vm_cases),
        ("headings.vm_cases_intro", &h.vm_cases_intro),
        ("headings.hybrids", &h.hybrids),
        ("headings.hybrids_intro", &h.hybrids_intro),
        ("headings.architecture", &h.architecture),
        ("headings.advantages", &h.advantages),
        ("headings.example", &h.example),
        ("headings.summary", &h.summary),
    ] {
        c.text(name, None, t);
    }
    for o in &kit.options {
        let what = format!("option `{}`", o.id.id());
        c.text(&what, None, &o.name);
        c.text(&what, None, &o.short);
    }
    for crit in &kit.criteria {
        let what = format!("criterion `{}`", crit.id);
        let a = Some(crit.id.as_str());
        for t in [
            &crit.name,
            &crit.containers,
            &crit.vms,
            &crit.why,
            &crit.microvm.text,
        ] {
            c.text(&what, a, t);
        }
    }
    for case in &kit.vm_cases {
        let what = format!("`{}`", case.id);
        c.text(&what, Some(&case.id), &case.title);
        for d in &case.details {
            c.text(&format!("`{}`", d.id), Some(&d.id), &d.text);
        }
        if let Some(example) = &case.example {
            c.text(
                &format!("the example of `{}`", case.id),
                Some(&case.id),
                example,
            );
        }
    }
    for hy in &kit.hybrids {
        let what = format!("`{}`", hy.id);
        let a = Some(hy.id.as_str());
        for t in [&hy.name, &hy.architecture, &hy.example]
            .into_iter()
            .chain(&hy.advantages)
            .chain(&hy.layers)
        {
            c.text(&what, a, t);
        }
    }
    for list in &kit.summary {
        c.text(&format!("`{}`", list.id), Some(&list.id), &list.title);
        for s in &list.statements {
            c.text(&format!("`{}`", s.id), Some(&s.id), &s.text);
        }
    }
    let app = &kit.application;
    let what = "the application to quote-app";
    for t in [&app.title, &app.intro, &app.layers_title, &app.conclusion]
        .into_iter()
        .chain(&app.layers)
    {
        c.text(what, None, t);
    }
    for p in &app.points {
        for t in [&p.label, &p.text].into_iter().chain(&p.sub) {
            c.text(what, None, t);
        }
    }
    c.text("beyond.title", None, &kit.beyond.title);
    c.text("beyond.note", None, &kit.beyond.note);
    for s in &kit.beyond.sources {
        c.text(&format!("source `{}`", s.id), Some(&s.id), &s.label);
    }
    for sc in &kit.scenarios {
        let what = format!("`{}`", sc.id);
        c.text(&what, Some(&sc.id), &sc.title);
        c.text(&what, Some(&sc.id), &sc.situation);
    }
}
