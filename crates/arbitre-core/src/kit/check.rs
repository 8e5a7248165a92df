//! The kit's rules, checked after parsing: unique ids, every reference resolves, strengths
//! in range, the three options defined, and no empty string in either language. Each
//! problem names the file and the line:column where it sits.
//!
//! The training content (scenarios and hand-written questions) is checked by functions that
//! take the scenarios or questions apart from the kit they refer to
//! ([`check_scenarios`], [`check_questions`]), so that another file holding the same
//! top-level `scenarios:` and `questions:` fields (a teacher's pack) can be checked with
//! them against a kit, through a [`Checker`] of its own.

use std::collections::{HashMap, HashSet};
use std::fmt;
use std::path::{Path, PathBuf};

mod finding;
mod record;

pub use finding::{Finding, MAX_DEPTH, MAX_SIDE_BY_SIDE, QUESTION_CHOICES, RefKind, Subject};

use super::locate::{Index, Pos};
use super::{Kit, OptionId, QuestionDef, Scenario, ScenarioKind, Shape, Text};
use crate::i18n::Lang;

/// One broken rule, with where it is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// The file.
    pub file: PathBuf,
    /// Where in it.
    pub pos: Pos,
    /// What is wrong.
    pub finding: Finding,
}

impl Problem {
    /// The problem in `lang`: where, then what.
    pub fn message(&self, lang: Lang) -> String {
        (lang.words().errors.at)(
            &self.file.display().to_string(),
            self.pos.line,
            self.pos.column,
            &self.finding.message(lang),
        )
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message(Lang::En))
    }
}

/// Sorts problems as they sit in the file (line, column, then the English words).
pub fn sort(problems: &mut [Problem]) {
    problems.sort_by_cached_key(|p| (p.pos.line, p.pos.column, p.finding.message(Lang::En)));
}

/// Collects problems, placing each in one source file by the path of what is wrong
/// (`scenarios[3].lesson`).
pub struct Checker<'a> {
    index: Index,
    file: &'a Path,
    problems: Vec<Problem>,
    /// Id → the paths where it is declared (`criteria[0].id`), in order: an id may also
    /// appear as a reference (a concern, a scenario's tick) before its declaration.
    declared: HashMap<String, Vec<String>>,
}

impl<'a> Checker<'a> {
    /// A checker for `source`, the text of `file`; `declared` lists the ids that file
    /// declares with the path of each declaration (`questions[0].id`), in order, so that a
    /// problem about an id can point at its declaration.
    pub fn new<'i>(
        source: &str,
        file: &'a Path,
        declared: impl IntoIterator<Item = (&'i str, String)>,
    ) -> Checker<'a> {
        let mut by_id: HashMap<String, Vec<String>> = HashMap::new();
        for (id, path) in declared {
            by_id.entry(id.to_owned()).or_default().push(path);
        }
        Checker {
            index: Index::new(source),
            file,
            problems: Vec::new(),
            declared: by_id,
        }
    }

    /// The problems found, in the order they sit in the file.
    pub fn into_problems(mut self) -> Vec<Problem> {
        sort(&mut self.problems);
        self.problems
    }

    fn push(&mut self, pos: Option<Pos>, finding: Finding) {
        self.problems.push(Problem {
            file: self.file.to_owned(),
            pos: pos.unwrap_or(Pos::START),
            finding,
        });
    }

    /// Where the item with this id is declared (its first declaration), as a byte offset.
    fn anchor_offset(&self, anchor: &str) -> usize {
        self.decl_offset(anchor, 0).unwrap_or(0)
    }

    /// The byte offset of the `nth` declaration of `id`, else of its `nth` occurrence.
    fn decl_offset(&self, id: &str, nth: usize) -> Option<usize> {
        self.declared
            .get(id)
            .and_then(|paths| paths.get(nth))
            .and_then(|p| self.index.value_offset(p))
            .or_else(|| self.index.literal_offsets(id).get(nth).copied())
    }

    /// Where the `nth` declaration of `id` is.
    fn decl(&self, id: &str, nth: usize) -> Option<Pos> {
        self.decl_offset(id, nth).map(|o| self.index.pos(o))
    }

    /// Checks both languages of the text at `path` (`criteria[0].name`); `what` says whose
    /// text it is, `anchor` is the id to point at if the text cannot be found.
    fn text(&mut self, what: &Subject, path: &str, anchor: Option<&str>, text: &Text) {
        for (field, value, lang) in [("fr", &text.fr, Lang::Fr), ("en", &text.en, Lang::En)] {
            if value.trim().is_empty() {
                let at = format!("{path}.{field}");
                let pos = self
                    .index
                    .value(&at)
                    .or_else(|| anchor.and_then(|id| self.decl(id, 0)));
                self.push(
                    pos,
                    Finding::EmptyText {
                        subject: what.clone(),
                        path: at,
                        lang,
                    },
                );
            }
        }
    }

    /// Checks a drawing: every label in both languages, at most [`MAX_DEPTH`] boxes deep and
    /// [`MAX_SIDE_BY_SIDE`] side by side (more would not fit the screen); `required` when an
    /// empty drawing is a mistake (a hybrid architecture must be drawable).
    fn drawing(
        &mut self,
        what: &Subject,
        path: &str,
        anchor: Option<&str>,
        shapes: &[Shape],
        required: bool,
    ) {
        if required && shapes.is_empty() {
            let pos = self
                .index
                .value(path)
                .or_else(|| anchor.and_then(|id| self.decl(id, 0)));
            self.push(
                pos,
                Finding::NothingToDraw {
                    subject: what.clone(),
                    path: path.to_owned(),
                },
            );
        }
        self.shapes(what, path, anchor, shapes, 1);
    }

    fn shapes(
        &mut self,
        what: &Subject,
        path: &str,
        anchor: Option<&str>,
        shapes: &[Shape],
        depth: usize,
    ) {
        if shapes.len() > MAX_SIDE_BY_SIDE || depth > MAX_DEPTH {
            let pos = self
                .index
                .value(path)
                .or_else(|| anchor.and_then(|id| self.decl(id, 0)));
            self.push(
                pos,
                Finding::DrawingTooBig {
                    subject: what.clone(),
                    path: path.to_owned(),
                },
            );
            return;
        }
        for (k, shape) in shapes.iter().enumerate() {
            let at = format!("{path}[{k}]");
            self.text(what, &format!("{at}.label"), anchor, &shape.label);
            self.shapes(
                what,
                &format!("{at}.inside"),
                anchor,
                &shape.inside,
                depth + 1,
            );
        }
    }

    /// A reference to something that does not exist: placed by its path when it is known,
    /// else as the first occurrence of the literal after its owner's declaration.
    fn dangling(&mut self, owner: &str, path: Option<String>, target: &str, kind: RefKind) {
        let pos = path.and_then(|p| self.index.value(&p)).or_else(|| {
            let from = self.anchor_offset(owner);
            self.index.literal_after(target, from)
        });
        self.push(
            pos,
            Finding::UnknownRef {
                owner: owner.to_owned(),
                target: target.to_owned(),
                kind,
            },
        );
    }

    /// Where the value at `path` is, else where `id` is declared.
    fn at(&self, path: &str, id: &str) -> Option<Pos> {
        self.index.value(path).or_else(|| self.decl(id, 0))
    }

    fn strength(&mut self, id: &str, strength: u8) {
        if !(1..=3).contains(&strength) {
            let pos = self.decl(id, 0);
            self.push(
                pos,
                Finding::Strength {
                    id: id.to_owned(),
                    strength,
                },
            );
        }
    }
}

/// Checks a parsed kit; an empty list means it is sound.
pub fn check(kit: &Kit, source: &str, file: &Path) -> Vec<Problem> {
    let declared = declared_ids(kit);
    let mut c = Checker::new(
        source,
        file,
        declared.iter().map(|(id, p)| (*id, p.clone())),
    );
    check_ids(declared.iter().map(|(id, _)| *id), |_| false, &mut c);
    check_references(kit, &mut c);
    check_scenarios(kit, &kit.scenarios, &mut c);
    check_questions(&kit.questions, &mut c);
    check_options(kit, &mut c);
    check_texts(kit, &mut c);
    check_concerns(kit, &mut c);
    check_hints(kit, &mut c);
    record::check_record_words(kit, &mut c);
    check_hard_needs(kit, &mut c);
    check_answers(kit, &mut c);
    c.into_problems()
}

/// Every id a kit declares, with the path of its declaration, in declaration order.
fn declared_ids(kit: &Kit) -> Vec<(&str, String)> {
    let mut ids: Vec<(&str, String)> = Vec::new();
    for (i, c) in kit.criteria.iter().enumerate() {
        ids.push((&c.id, format!("criteria[{i}].id")));
    }
    for (i, case) in kit.vm_cases.iter().enumerate() {
        ids.push((&case.id, format!("vm_cases[{i}].id")));
        for (j, d) in case.details.iter().enumerate() {
            ids.push((&d.id, format!("vm_cases[{i}].details[{j}].id")));
        }
    }
    for (i, h) in kit.hybrids.iter().enumerate() {
        ids.push((&h.id, format!("hybrids[{i}].id")));
    }
    for (i, list) in kit.summary.iter().enumerate() {
        ids.push((&list.id, format!("summary[{i}].id")));
        for (j, st) in list.statements.iter().enumerate() {
            ids.push((&st.id, format!("summary[{i}].statements[{j}].id")));
        }
    }
    for (i, s) in kit.beyond.sources.iter().enumerate() {
        ids.push((&s.id, format!("beyond.sources[{i}].id")));
    }
    for (i, h) in kit.hints.iter().enumerate() {
        ids.push((&h.id, format!("hints[{i}].id")));
    }
    ids.extend(training_ids(&kit.scenarios, &kit.questions));
    ids
}

/// The ids that scenarios and questions declare, with the path of each declaration
/// (`scenarios[0].id`, `questions[0].id`): a kit's own, or those of another file that holds
/// the same top-level fields.
pub fn training_ids<'k>(
    scenarios: &'k [Scenario],
    questions: &'k [QuestionDef],
) -> Vec<(&'k str, String)> {
    let scenarios = scenarios
        .iter()
        .enumerate()
        .map(|(i, s)| (s.id.as_str(), format!("scenarios[{i}].id")));
    let questions = questions
        .iter()
        .enumerate()
        .map(|(i, q)| (q.id.as_str(), format!("questions[{i}].id")));
    scenarios.chain(questions).collect()
}

/// Every id is non-empty and declared once: among `ids` (in declaration order), and not
/// already `taken` (by the kit, when another file adds to it).
pub fn check_ids<'i>(
    ids: impl IntoIterator<Item = &'i str>,
    taken: impl Fn(&str) -> bool,
    c: &mut Checker<'_>,
) {
    let mut seen: HashMap<&str, usize> = HashMap::new();
    for id in ids {
        if id.trim().is_empty() {
            c.push(None, Finding::EmptyId);
            continue;
        }
        let count = seen.entry(id).or_insert(0);
        *count += 1;
        if *count == 2 || (*count == 1 && taken(id)) {
            let pos = c.decl(id, *count - 1);
            c.push(pos, Finding::DuplicateId { id: id.to_owned() });
        }
    }
}

fn check_references(kit: &Kit, c: &mut Checker<'_>) {
    let hybrids: HashSet<&str> = kit.hybrids.iter().map(|h| h.id.as_str()).collect();
    let sources: HashSet<&str> = kit.beyond.sources.iter().map(|s| s.id.as_str()).collect();
    for tick in kit.ticks_iter() {
        c.strength(tick.id, tick.strength);
        for s in tick
            .suggests
            .iter()
            .filter(|s| !hybrids.contains(s.as_str()))
        {
            c.dangling(tick.id, None, s, RefKind::Hybrid);
        }
    }
    for (i, crit) in kit.criteria.iter().enumerate() {
        for (j, s) in crit.microvm.sources.iter().enumerate() {
            if !sources.contains(s.as_str()) {
                let path = format!("criteria[{i}].microvm.sources[{j}]");
                c.dangling(&crit.id, Some(path), s, RefKind::Source);
            }
        }
    }
}

/// Checks scenarios against the kit they refer to: their ticks, patterns and sources exist
/// in `kit`, their texts are written in both languages, a trap, an it-depends case or a case
/// beyond the notes has a lesson, and only a case beyond the notes cites sources (at least
/// one). `scenarios` may be the kit's own or another file's (paths `scenarios[i]…` in `c`'s
/// source). Whether the expected answers agree with the decision engine is checked apart,
/// on a checked kit, by the decision engine.
pub fn check_scenarios(kit: &Kit, scenarios: &[Scenario], c: &mut Checker<'_>) {
    let hybrids: HashSet<&str> = kit.hybrids.iter().map(|h| h.id.as_str()).collect();
    let sources: HashSet<&str> = kit.beyond.sources.iter().map(|s| s.id.as_str()).collect();
    let tickable: HashSet<&str> = kit.ticks_iter().map(|t| t.id).collect();
    for (i, sc) in scenarios.iter().enumerate() {
        for (j, t) in sc.ticks.iter().enumerate() {
            if !tickable.contains(t.as_str()) {
                let path = format!("scenarios[{i}].ticks[{j}]");
                c.dangling(&sc.id, Some(path), t, RefKind::Item);
            }
        }
        for (j, p) in sc.patterns.iter().enumerate() {
            if !hybrids.contains(p.as_str()) {
                let path = format!("scenarios[{i}].patterns[{j}]");
                c.dangling(&sc.id, Some(path), p, RefKind::Hybrid);
            }
        }
        for (j, s) in sc.sources.iter().enumerate() {
            if !sources.contains(s.as_str()) {
                let path = format!("scenarios[{i}].sources[{j}]");
                c.dangling(&sc.id, Some(path), s, RefKind::Source);
            }
        }
        check_components(kit, i, sc, c);
        if sc.ticks.is_empty() && !sc.is_system() {
            let pos = c.decl(&sc.id, 0);
            let scenario = sc.id.clone();
            c.push(pos, Finding::TicksNothing { scenario });
        }
        if sc.expected != OptionId::Hybrid && !sc.patterns.is_empty() {
            let pos = c.decl(&sc.id, 0);
            c.push(
                pos,
                Finding::PatternsNotHybrid {
                    scenario: sc.id.clone(),
                    expected: sc.expected,
                },
            );
        }
        let what = Subject::Item(sc.id.clone());
        let a = Some(sc.id.as_str());
        c.text(&what, &format!("scenarios[{i}].title"), a, &sc.title);
        c.text(
            &what,
            &format!("scenarios[{i}].situation"),
            a,
            &sc.situation,
        );
        match &sc.lesson {
            Some(lesson) => c.text(&what, &format!("scenarios[{i}].lesson"), a, lesson),
            None if sc.kind != ScenarioKind::Standard => {
                let pos = c.at(&format!("scenarios[{i}].kind"), &sc.id);
                c.push(
                    pos,
                    Finding::NoLesson {
                        scenario: sc.id.clone(),
                        kind: sc.kind,
                    },
                );
            }
            None => {}
        }
        if sc.kind == ScenarioKind::Beyond && sc.sources.is_empty() {
            let pos = c.at(&format!("scenarios[{i}].kind"), &sc.id);
            let scenario = sc.id.clone();
            c.push(pos, Finding::BeyondWithoutSource { scenario });
        }
        if sc.kind != ScenarioKind::Beyond && !sc.sources.is_empty() {
            let pos = c.at(&format!("scenarios[{i}].sources"), &sc.id);
            c.push(
                pos,
                Finding::SourcesOutsideBeyond {
                    scenario: sc.id.clone(),
                    kind: sc.kind,
                },
            );
        }
    }
}

/// Checks a system scenario's components: names unique in each language, ticks the kit
/// has, none arguing for a hybrid (that is an answer, not a fact), texts in both languages.
/// Whether the engine places each is checked apart, on a checked kit
/// (`system::scenario_problems`).
fn check_components(kit: &Kit, i: usize, sc: &Scenario, c: &mut Checker<'_>) {
    let mut seen: HashSet<(Lang, String)> = HashSet::new();
    for (k, comp) in sc.components.iter().enumerate() {
        let at = format!("scenarios[{i}].components[{k}]");
        let taken: Vec<Lang> = Lang::ALL
            .into_iter()
            .filter(|&lang| {
                // As a session compares names: case and spaces aside.
                let words: Vec<&str> = comp.name.get(lang).split_whitespace().collect();
                let name = words.join(" ").to_lowercase();
                !name.is_empty() && !seen.insert((lang, name))
            })
            .collect();
        if let Some(&lang) = taken.first() {
            let pos = c.at(&format!("{at}.name"), &sc.id);
            c.push(
                pos,
                Finding::DuplicateComponent {
                    scenario: sc.id.clone(),
                    component: comp.name.get(lang).to_owned(),
                },
            );
        }
        for (j, t) in comp.ticks.iter().enumerate() {
            let path = format!("{at}.ticks[{j}]");
            match kit.ticks_iter().find(|tick| tick.id == t) {
                None => c.dangling(&sc.id, Some(path), t, RefKind::Item),
                Some(tick) if tick.supports == OptionId::Hybrid => {
                    let pos = c.at(&path, t);
                    c.push(
                        pos,
                        Finding::ComponentTicksAnswer {
                            scenario: sc.id.clone(),
                            component: comp.name.en.clone(),
                            tick: t.clone(),
                        },
                    );
                }
                Some(_) => {}
            }
        }
        let what = Subject::Item(sc.id.clone());
        let a = Some(sc.id.as_str());
        c.text(&what, &format!("{at}.name"), a, &comp.name);
        c.text(&what, &format!("{at}.situation"), a, &comp.situation);
    }
}

/// Checks hand-written questions: 3 or 4 choices, an `answer` that is one of them, no two
/// choices with the same text in one language, and every text written in both languages.
/// `questions` may be the kit's own or another file's (paths `questions[i]…` in `c`'s
/// source); their ids are checked with the rest ([`check_ids`]).
pub fn check_questions(questions: &[QuestionDef], c: &mut Checker<'_>) {
    for (i, q) in questions.iter().enumerate() {
        let what = Subject::Question(q.id.clone());
        let question = || q.id.clone();
        let a = Some(q.id.as_str());
        if q.id.starts_with("quiz.") {
            let pos = c.at(&format!("questions[{i}].id"), &q.id);
            c.push(
                pos,
                Finding::ReservedQuizId {
                    question: question(),
                },
            );
        }
        let n = q.choices.len();
        if !QUESTION_CHOICES.contains(&n) {
            let pos = c.at(&format!("questions[{i}].choices"), &q.id);
            c.push(
                pos,
                Finding::ChoiceCount {
                    question: question(),
                    count: n,
                },
            );
        }
        if q.answer >= n {
            let pos = c.at(&format!("questions[{i}].answer"), &q.id);
            c.push(
                pos,
                Finding::AnswerOutOfRange {
                    question: question(),
                    answer: q.answer,
                    count: n,
                },
            );
        }
        c.text(&what, &format!("questions[{i}].prompt"), a, &q.prompt);
        for (j, choice) in q.choices.iter().enumerate() {
            c.text(&what, &format!("questions[{i}].choices[{j}]"), a, choice);
        }
        c.text(&what, &format!("questions[{i}].explain"), a, &q.explain);
        for (field, lang) in [("fr", Lang::Fr), ("en", Lang::En)] {
            let text = |t: &Text| {
                if field == "fr" {
                    t.fr.trim().to_lowercase()
                } else {
                    t.en.trim().to_lowercase()
                }
            };
            for (k, later) in q.choices.iter().enumerate().skip(1) {
                let later = text(later);
                let same = q.choices[..k]
                    .iter()
                    .position(|earlier| !later.is_empty() && text(earlier) == later);
                if let Some(j) = same {
                    let pos = c.at(&format!("questions[{i}].choices[{k}].{field}"), &q.id);
                    c.push(
                        pos,
                        Finding::SameChoice {
                            question: question(),
                            first: j,
                            second: k,
                            lang,
                        },
                    );
                }
            }
        }
    }
}

fn check_options(kit: &Kit, c: &mut Checker<'_>) {
    for option in OptionId::ALL {
        let count = kit.options.iter().filter(|o| o.id == option).count();
        if count != 1 {
            c.push(None, Finding::OptionCount { option, count });
        }
    }
}

/// Every text of the kit is written in both languages; drawings have something to draw.
fn check_texts(kit: &Kit, c: &mut Checker<'_>) {
    c.text(&Subject::Title, "title", None, &kit.title);
    let h = &kit.headings;
    for (name, t) in [
        ("comparison", &h.comparison),
        ("criterion", &h.criterion),
        ("vm_cases", &h.vm_cases),
        ("vm_cases_intro", &h.vm_cases_intro),
        ("hybrids", &h.hybrids),
        ("hybrids_intro", &h.hybrids_intro),
        ("architecture", &h.architecture),
        ("advantages", &h.advantages),
        ("example", &h.example),
        ("summary", &h.summary),
    ] {
        let path = format!("headings.{name}");
        c.text(&Subject::Field(path.clone()), &path, None, t);
    }
    for (i, o) in kit.options.iter().enumerate() {
        let what = Subject::Option(o.id);
        c.text(&what, &format!("options[{i}].name"), None, &o.name);
        c.text(&what, &format!("options[{i}].short"), None, &o.short);
        c.drawing(
            &what,
            &format!("options[{i}].drawing"),
            None,
            &o.drawing,
            false,
        );
    }
    for (i, crit) in kit.criteria.iter().enumerate() {
        let what = Subject::Criterion(crit.id.clone());
        let a = Some(crit.id.as_str());
        for (field, t) in [
            ("name", &crit.name),
            ("containers", &crit.containers),
            ("vms", &crit.vms),
            ("why", &crit.why),
            ("microvm.text", &crit.microvm.text),
        ] {
            c.text(&what, &format!("criteria[{i}].{field}"), a, t);
        }
    }
    check_case_texts(kit, c);
    check_application_texts(kit, c);
}

/// The texts of the VM cases, the hybrid architectures and the summary lists.
fn check_case_texts(kit: &Kit, c: &mut Checker<'_>) {
    for (i, case) in kit.vm_cases.iter().enumerate() {
        let what = Subject::Item(case.id.clone());
        let a = Some(case.id.as_str());
        c.text(&what, &format!("vm_cases[{i}].title"), a, &case.title);
        for (j, d) in case.details.iter().enumerate() {
            let path = format!("vm_cases[{i}].details[{j}].text");
            c.text(&Subject::Item(d.id.clone()), &path, Some(&d.id), &d.text);
        }
        if let Some(example) = &case.example {
            let what = Subject::ExampleOf(case.id.clone());
            c.text(&what, &format!("vm_cases[{i}].example"), a, example);
        }
    }
    for (i, hy) in kit.hybrids.iter().enumerate() {
        let what = Subject::Item(hy.id.clone());
        let a = Some(hy.id.as_str());
        for (field, t) in [
            ("name", &hy.name),
            ("architecture", &hy.architecture),
            ("example", &hy.example),
        ] {
            c.text(&what, &format!("hybrids[{i}].{field}"), a, t);
        }
        for (j, t) in hy.advantages.iter().enumerate() {
            c.text(&what, &format!("hybrids[{i}].advantages[{j}]"), a, t);
        }
        c.drawing(
            &what,
            &format!("hybrids[{i}].drawing"),
            a,
            &hy.drawing,
            true,
        );
    }
    for (i, list) in kit.summary.iter().enumerate() {
        let what = Subject::Item(list.id.clone());
        c.text(
            &what,
            &format!("summary[{i}].title"),
            Some(&list.id),
            &list.title,
        );
        for (j, s) in list.statements.iter().enumerate() {
            let path = format!("summary[{i}].statements[{j}].text");
            c.text(&Subject::Item(s.id.clone()), &path, Some(&s.id), &s.text);
        }
    }
}

/// The texts of the worked application and of what lies beyond the notes.
fn check_application_texts(kit: &Kit, c: &mut Checker<'_>) {
    let app = &kit.application;
    let what = &Subject::Application;
    for (field, t) in [
        ("title", &app.title),
        ("intro", &app.intro),
        ("layers_title", &app.layers_title),
        ("conclusion", &app.conclusion),
    ] {
        c.text(what, &format!("application.{field}"), None, t);
    }
    c.drawing(what, "application.drawing", None, &app.drawing, false);
    for (i, p) in app.points.iter().enumerate() {
        c.text(
            what,
            &format!("application.points[{i}].label"),
            None,
            &p.label,
        );
        c.text(
            what,
            &format!("application.points[{i}].text"),
            None,
            &p.text,
        );
        for (j, t) in p.sub.iter().enumerate() {
            c.text(what, &format!("application.points[{i}].sub[{j}]"), None, t);
        }
    }
    for (path, t) in [
        ("beyond.title", &kit.beyond.title),
        ("beyond.note", &kit.beyond.note),
    ] {
        c.text(&Subject::Field(path.to_owned()), path, None, t);
    }
    for (i, s) in kit.beyond.sources.iter().enumerate() {
        let what = Subject::Source(s.id.clone());
        c.text(
            &what,
            &format!("beyond.sources[{i}].label"),
            Some(&s.id),
            &s.label,
        );
    }
}

/// The ids an answer can name: every tickable item and every criterion.
fn answerable<'k>(kit: &'k Kit, ticks: &[super::Tick<'k>]) -> HashSet<&'k str> {
    ticks
        .iter()
        .map(|t| t.id)
        .chain(kit.criteria.iter().map(|cr| cr.id.as_str()))
        .collect()
}

/// What states one concern must argue for one option (a concern is one need), and a
/// concern named by an item or criterion must be something the kit declares.
fn check_concerns(kit: &Kit, c: &mut Checker<'_>) {
    let ticks = kit.ticks();
    let known = answerable(kit, &ticks);
    let mut sides: HashMap<&str, (OptionId, &str)> = HashMap::new();
    let members = ticks.iter().map(|t| (t.id, t.concern, t.supports)).chain(
        kit.criteria
            .iter()
            .map(|cr| (cr.id.as_str(), cr.concern(), cr.favours)),
    );
    for (id, concern, option) in members {
        if !known.contains(concern) {
            let from = c.anchor_offset(id);
            let pos = c.index.literal_after(concern, from);
            c.push(
                pos,
                Finding::UnknownConcern {
                    id: id.to_owned(),
                    concern: concern.to_owned(),
                },
            );
            continue;
        }
        match sides.get(concern) {
            Some((other, first)) if *other != option => {
                let pos = c.decl(id, 0);
                c.push(
                    pos,
                    Finding::ConcernSplit {
                        id: id.to_owned(),
                        option,
                        concern: concern.to_owned(),
                        first: (*first).to_owned(),
                        other: *other,
                    },
                );
            }
            Some(_) => {}
            None => {
                sides.insert(concern, (option, id));
            }
        }
    }
}

/// A hint's conditions name items or criteria, and its sources exist.
fn check_hints(kit: &Kit, c: &mut Checker<'_>) {
    let ticks = kit.ticks();
    let known = answerable(kit, &ticks);
    let sources: HashSet<&str> = kit.beyond.sources.iter().map(|s| s.id.as_str()).collect();
    for (i, h) in kit.hints.iter().enumerate() {
        let what = Subject::Hint(h.id.clone());
        c.text(&what, &format!("hints[{i}].text"), Some(&h.id), &h.text);
        for (field, list) in [("when", &h.when), ("and_when", &h.and_when)] {
            if list.is_empty() {
                let pos = c.decl(&h.id, 0);
                let hint = h.id.clone();
                c.push(pos, Finding::NeverShows { hint, field });
            }
            for (j, id) in list.iter().enumerate() {
                if !known.contains(id.as_str()) {
                    let path = format!("hints[{i}].{field}[{j}]");
                    c.dangling(&h.id, Some(path), id, RefKind::Item);
                }
            }
        }
        for (j, s) in h.sources.iter().enumerate() {
            if !sources.contains(s.as_str()) {
                let path = format!("hints[{i}].sources[{j}]");
                c.dangling(&h.id, Some(path), s, RefKind::Source);
            }
        }
    }
}

/// A hard need is written in both languages, rules out at least one option and not all
/// three, and only options other than the one it argues for.
fn check_hard_needs(kit: &Kit, c: &mut Checker<'_>) {
    let mut paths: Vec<(String, &super::Hard, OptionId, &str)> = Vec::new();
    for (i, case) in kit.vm_cases.iter().enumerate() {
        if let Some(h) = &case.hard {
            paths.push((format!("vm_cases[{i}].hard"), h, OptionId::Vms, &case.id));
        }
        for (j, d) in case.details.iter().enumerate() {
            if let Some(h) = &d.hard {
                let path = format!("vm_cases[{i}].details[{j}].hard");
                paths.push((path, h, d.supports, &d.id));
            }
        }
    }
    for (i, list) in kit.summary.iter().enumerate() {
        for (j, st) in list.statements.iter().enumerate() {
            if let Some(h) = &st.hard {
                let path = format!("summary[{i}].statements[{j}].hard");
                paths.push((path, h, st.supports, &st.id));
            }
        }
    }
    for (path, hard, supports, id) in paths {
        // `hard: Some((…))`: the value sits inside the `Some`.
        let inner = format!("{path}.0");
        let base = if c.index.value(&format!("{inner}.why")).is_some() {
            inner
        } else {
            path
        };
        let what = Subject::HardNeed(id.to_owned());
        c.text(&what, &format!("{base}.why"), Some(id), &hard.why);
        let at = c.at(&format!("{base}.rules_out"), id);
        if hard.rules_out.is_empty() || OptionId::ALL.iter().all(|o| hard.rules_out.contains(o)) {
            c.push(at, Finding::HardNoneOrAll { id: id.to_owned() });
        } else if hard.rules_out.contains(&supports) {
            c.push(
                at,
                Finding::HardRulesOutOwn {
                    id: id.to_owned(),
                    option: supports,
                },
            );
        }
    }
}

/// What a hybrid architecture answers names items, criteria or concerns the kit declares.
fn check_answers(kit: &Kit, c: &mut Checker<'_>) {
    let ticks = kit.ticks();
    let known = answerable(kit, &ticks);
    for (i, h) in kit.hybrids.iter().enumerate() {
        for (j, id) in h.answers.iter().enumerate() {
            if !known.contains(id.as_str()) {
                let path = format!("hybrids[{i}].answers[{j}]");
                c.dangling(&h.id, Some(path), id, RefKind::Need);
            }
        }
    }
}

#[cfg(test)]
mod tests;
