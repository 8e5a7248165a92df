//! What the kit's checker (and a pack's) finds wrong: typed data (ids, paths as the file
//! writes them, numbers, options), worded by the catalog's `findings` section
//! ([`Finding::message`]).

use crate::i18n::Lang;
use crate::kit::{OptionId, ScenarioKind};

/// Whose text or drawing a finding is about.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Subject {
    /// The kit's title.
    Title,
    /// A field named by its path, as the file writes it (`headings.summary`, `beyond.note`).
    Field(String),
    /// An option.
    Option(OptionId),
    /// A criterion, by id.
    Criterion(String),
    /// An item (or scenario, architecture, list) by id.
    Item(String),
    /// The example of a VM case, by the case's id.
    ExampleOf(String),
    /// The worked application to quote-app.
    Application,
    /// A source beyond the notes, by id.
    Source(String),
    /// A hint, by id.
    Hint(String),
    /// A hand-written question, by id.
    Question(String),
    /// The hard need of an item, by the item's id.
    HardNeed(String),
}

impl Subject {
    /// The subject, in `lang`.
    pub fn message(&self, lang: Lang) -> String {
        let w = &lang.words().findings;
        match self {
            Self::Title => w.title.to_owned(),
            Self::Field(path) => path.clone(),
            Self::Option(o) => (w.option)(o.id()),
            Self::Criterion(id) => (w.criterion)(id),
            Self::Item(id) => format!("`{id}`"),
            Self::ExampleOf(id) => (w.example_of)(id),
            Self::Application => w.application.to_owned(),
            Self::Source(id) => (w.source)(id),
            Self::Hint(id) => (w.hint)(id),
            Self::Question(id) => (w.question)(id),
            Self::HardNeed(id) => (w.hard_need)(id),
        }
    }
}

/// What a reference that resolves to nothing was meant to name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RefKind {
    /// A tickable item.
    Item,
    /// A source beyond the notes.
    Source,
    /// A hybrid architecture.
    Hybrid,
    /// A need: an item, a criterion or a concern.
    Need,
}

/// One broken rule of a kit or a pack.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Finding {
    /// A text empty in one language, at `path` (`criteria[0].name.fr`).
    EmptyText {
        /// Whose text.
        subject: Subject,
        /// Where.
        path: String,
        /// The language it is empty in.
        lang: Lang,
    },
    /// A drawing that must draw something is empty.
    NothingToDraw {
        /// Whose drawing.
        subject: Subject,
        /// Where.
        path: String,
    },
    /// A drawing too wide or too deep for the screen.
    DrawingTooBig {
        /// Whose drawing.
        subject: Subject,
        /// Where.
        path: String,
    },
    /// A reference to something that does not exist.
    UnknownRef {
        /// The id of what refers.
        owner: String,
        /// What it names.
        target: String,
        /// What it was meant to name.
        kind: RefKind,
    },
    /// A strength out of 1..=3.
    Strength {
        /// The item.
        id: String,
        /// Its strength.
        strength: u8,
    },
    /// An empty id.
    EmptyId,
    /// An id declared twice.
    DuplicateId {
        /// The id.
        id: String,
    },
    /// A scenario that ticks nothing.
    TicksNothing {
        /// The scenario.
        scenario: String,
    },
    /// A scenario listing hybrid patterns while expecting another option.
    PatternsNotHybrid {
        /// The scenario.
        scenario: String,
        /// What it expects.
        expected: OptionId,
    },
    /// A scenario of a kind that teaches something, without a lesson.
    NoLesson {
        /// The scenario.
        scenario: String,
        /// Its kind.
        kind: ScenarioKind,
    },
    /// A scenario beyond the notes that cites no source.
    BeyondWithoutSource {
        /// The scenario.
        scenario: String,
    },
    /// A scenario not beyond the notes that cites sources.
    SourcesOutsideBeyond {
        /// The scenario.
        scenario: String,
        /// Its kind.
        kind: ScenarioKind,
    },
    /// A hand-written question whose id is the generated questions' (`quiz.`).
    ReservedQuizId {
        /// The question.
        question: String,
    },
    /// A question with too few or too many choices.
    ChoiceCount {
        /// The question.
        question: String,
        /// How many it has.
        count: usize,
    },
    /// A question whose answer is not one of its choices.
    AnswerOutOfRange {
        /// The question.
        question: String,
        /// Its answer.
        answer: usize,
        /// How many choices it has.
        count: usize,
    },
    /// Two choices of a question with the same text in one language.
    SameChoice {
        /// The question.
        question: String,
        /// The earlier choice.
        first: usize,
        /// The later one.
        second: usize,
        /// The language.
        lang: Lang,
    },
    /// An option not defined exactly once.
    OptionCount {
        /// The option.
        option: OptionId,
        /// How many times it is defined.
        count: usize,
    },
    /// An item or criterion stating a concern the kit does not declare.
    UnknownConcern {
        /// The item.
        id: String,
        /// The concern.
        concern: String,
    },
    /// One concern argued for two options.
    ConcernSplit {
        /// The item.
        id: String,
        /// The option it argues for.
        option: OptionId,
        /// The concern.
        concern: String,
        /// The first item stating it.
        first: String,
        /// The option the first argues for.
        other: OptionId,
    },
    /// A hint's condition list that is empty.
    NeverShows {
        /// The hint.
        hint: String,
        /// The list (`when`, `and_when`).
        field: &'static str,
    },
    /// A hard need that rules out no option or all three.
    HardNoneOrAll {
        /// The item stating it.
        id: String,
    },
    /// A hard need that rules out the option it argues for.
    HardRulesOutOwn {
        /// The item stating it.
        id: String,
        /// That option.
        option: OptionId,
    },
    /// A text the records need, missing.
    NoRecordWords {
        /// Whose text.
        subject: Subject,
        /// Where it should be.
        path: String,
    },
    /// French text that does not follow French typography.
    FrenchTypography {
        /// Whose text.
        subject: Subject,
        /// Where (without the `.fr`).
        path: String,
    },
    /// A hybrid architecture without a good (or a bad) consequence.
    NoConsequence {
        /// The architecture.
        subject: Subject,
        /// Which is missing: a good one or a bad one.
        good: bool,
    },
    /// A pack whose id is empty.
    EmptyPackId,
    /// A pack written for another kit.
    WrongKit {
        /// The kit the pack names.
        pack_kit: String,
        /// The kit in use.
        kit: String,
    },
    /// A pack's title empty in one language.
    EmptyPackTitle {
        /// The language.
        lang: Lang,
    },
    /// A pack's scenario whose id the kit already has.
    ScenarioTaken {
        /// The id.
        id: String,
    },
    /// A pack's question whose id the kit already has.
    QuestionTaken {
        /// The id.
        id: String,
    },
    /// A scenario whose expected answer is not the decision engine's.
    EngineDisagrees {
        /// The scenario.
        scenario: String,
        /// The option it expects (its id) and, for a hybrid, the architectures.
        expected: (String, Vec<String>),
        /// The engine's outcome (its id) and architectures.
        engine: (String, Vec<String>),
    },
    /// A system scenario with two components of the same name (in one language).
    DuplicateComponent {
        /// The scenario.
        scenario: String,
        /// The name.
        component: String,
    },
    /// A system scenario's component ticking an item that argues for a hybrid: an answer,
    /// not a fact of the component.
    ComponentTicksAnswer {
        /// The scenario.
        scenario: String,
        /// The component.
        component: String,
        /// The item.
        tick: String,
    },
    /// A system scenario's component the engine places nowhere a student can choose (no
    /// placement, or a hybrid of its own).
    ComponentNotPlaced {
        /// The scenario.
        scenario: String,
        /// The component.
        component: String,
        /// Where the engine puts it, in words.
        place: String,
    },
}

/// The most boxes a drawing may set side by side.
pub const MAX_SIDE_BY_SIDE: usize = 4;
/// The most boxes a drawing may nest.
pub const MAX_DEPTH: usize = 5;
/// The most and fewest choices a question may offer.
pub const QUESTION_CHOICES: std::ops::RangeInclusive<usize> = 3..=4;

/// The name of a scenario kind, as the kit writes it.
fn kind_id(kind: ScenarioKind) -> &'static str {
    match kind {
        ScenarioKind::Standard => "standard",
        ScenarioKind::Trap => "trap",
        ScenarioKind::Depends => "depends",
        ScenarioKind::Beyond => "beyond",
    }
}

/// An answer as the kit writes it: the option's id, then its architectures in brackets.
fn answer(id: &str, patterns: &[String]) -> String {
    if patterns.is_empty() {
        id.to_owned()
    } else {
        format!("{id} ({})", patterns.join(", "))
    }
}

impl Finding {
    /// What is wrong, in `lang`.
    pub fn message(&self, lang: Lang) -> String {
        let w = &lang.words().findings;
        match self {
            Self::EmptyText {
                subject,
                path,
                lang: empty,
            } => (w.empty_text)((w.language)(*empty), &subject.message(lang), path),
            Self::NothingToDraw { subject, path } => {
                (w.nothing_to_draw)(&subject.message(lang), path)
            }
            Self::DrawingTooBig { subject, path } => {
                (w.drawing_too_big)(&subject.message(lang), path, MAX_SIDE_BY_SIDE, MAX_DEPTH)
            }
            Self::UnknownRef {
                owner,
                target,
                kind,
            } => match kind {
                RefKind::Item => (w.unknown_item)(owner, target),
                RefKind::Source => (w.unknown_source)(owner, target),
                RefKind::Hybrid => (w.unknown_hybrid)(owner, target),
                RefKind::Need => (w.unknown_need)(owner, target),
            },
            Self::Strength { id, strength } => (w.strength)(id, *strength),
            Self::EmptyId => w.empty_id.to_owned(),
            Self::DuplicateId { id } => (w.duplicate_id)(id),
            Self::TicksNothing { scenario } => (w.ticks_nothing)(scenario),
            Self::PatternsNotHybrid { scenario, expected } => {
                (w.patterns_not_hybrid)(scenario, expected.id())
            }
            Self::NoLesson { scenario, kind } => (w.no_lesson)(scenario, kind_id(*kind)),
            Self::BeyondWithoutSource { scenario } => (w.beyond_without_source)(scenario),
            Self::SourcesOutsideBeyond { scenario, kind } => {
                (w.sources_outside_beyond)(scenario, kind_id(*kind))
            }
            Self::ReservedQuizId { question } => (w.reserved_quiz_id)(question),
            Self::ChoiceCount { question, count } => (w.choice_count)(
                question,
                *count,
                *QUESTION_CHOICES.start(),
                *QUESTION_CHOICES.end(),
            ),
            Self::AnswerOutOfRange {
                question,
                answer,
                count,
            } => (w.answer_out_of_range)(question, *answer, *count),
            Self::SameChoice {
                question,
                first,
                second,
                lang: same,
            } => (w.same_choice)(question, *first, *second, (w.language)(*same)),
            Self::OptionCount { option, count } => (w.option_count)(option.id(), *count),
            Self::UnknownConcern { id, concern } => (w.unknown_concern)(id, concern),
            Self::ConcernSplit {
                id,
                option,
                concern,
                first,
                other,
            } => (w.concern_split)(id, option.id(), concern, first, other.id()),
            Self::NeverShows { hint, field } => (w.never_shows)(hint, field),
            Self::HardNoneOrAll { id } => (w.hard_none_or_all)(id),
            Self::HardRulesOutOwn { id, option } => (w.hard_rules_out_own)(id, option.id()),
            Self::NoRecordWords { subject, path } => {
                (w.no_record_words)(&subject.message(lang), path)
            }
            Self::FrenchTypography { subject, path } => {
                (w.french_typography)(&subject.message(lang), path)
            }
            Self::NoConsequence { subject, good } => {
                (w.no_consequence)(&subject.message(lang), *good)
            }
            Self::EmptyPackId => w.empty_pack_id.to_owned(),
            Self::WrongKit { pack_kit, kit } => (w.wrong_kit)(pack_kit, kit),
            Self::EmptyPackTitle { lang: empty } => (w.empty_pack_title)(match empty {
                Lang::Fr => "fr",
                Lang::En => "en",
            }),
            Self::ScenarioTaken { id } => (w.scenario_taken)(id),
            Self::QuestionTaken { id } => (w.question_taken)(id),
            Self::EngineDisagrees {
                scenario,
                expected,
                engine,
            } => (w.engine_disagrees)(
                scenario,
                &answer(&expected.0, &expected.1),
                &answer(&engine.0, &engine.1),
            ),
            Self::DuplicateComponent {
                scenario,
                component,
            } => (w.duplicate_component)(scenario, component),
            Self::ComponentTicksAnswer {
                scenario,
                component,
                tick,
            } => (w.component_ticks_answer)(scenario, component, tick),
            Self::ComponentNotPlaced {
                scenario,
                component,
                place,
            } => (w.component_not_placed)(scenario, component, place),
        }
    }
}

impl std::fmt::Display for Finding {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message(Lang::En))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::typo::is_french_right;

    /// The findings about a subject's text or drawing, for every subject.
    fn subject_samples() -> Vec<Finding> {
        let id = || "x.y".to_owned();
        let subjects = [
            Subject::Title,
            Subject::Field("beyond.note".into()),
            Subject::Option(OptionId::Vms),
            Subject::Criterion(id()),
            Subject::Item(id()),
            Subject::ExampleOf(id()),
            Subject::Application,
            Subject::Source(id()),
            Subject::Hint(id()),
            Subject::Question(id()),
            Subject::HardNeed(id()),
        ];
        subjects
            .into_iter()
            .flat_map(|subject| {
                let path = || "a.b".to_owned();
                [
                    Finding::EmptyText {
                        subject: subject.clone(),
                        path: path(),
                        lang: Lang::En,
                    },
                    Finding::NothingToDraw {
                        subject: subject.clone(),
                        path: path(),
                    },
                    Finding::DrawingTooBig {
                        subject: subject.clone(),
                        path: path(),
                    },
                    Finding::NoRecordWords {
                        subject: subject.clone(),
                        path: path(),
                    },
                    Finding::FrenchTypography {
                        subject: subject.clone(),
                        path: path(),
                    },
                    Finding::NoConsequence {
                        subject,
                        good: false,
                    },
                ]
            })
            .collect()
    }

    /// One finding of each kind, with sample data.
    fn samples() -> Vec<Finding> {
        let id = || "x.y".to_owned();
        let mut out = subject_samples();
        for kind in [
            RefKind::Item,
            RefKind::Source,
            RefKind::Hybrid,
            RefKind::Need,
        ] {
            out.push(Finding::UnknownRef {
                owner: id(),
                target: id(),
                kind,
            });
        }
        let scenario = id;
        out.extend([
            Finding::Strength {
                id: id(),
                strength: 7,
            },
            Finding::EmptyId,
            Finding::DuplicateId { id: id() },
            Finding::TicksNothing {
                scenario: scenario(),
            },
            Finding::PatternsNotHybrid {
                scenario: scenario(),
                expected: OptionId::Vms,
            },
            Finding::NoLesson {
                scenario: scenario(),
                kind: ScenarioKind::Trap,
            },
            Finding::BeyondWithoutSource {
                scenario: scenario(),
            },
            Finding::SourcesOutsideBeyond {
                scenario: scenario(),
                kind: ScenarioKind::Standard,
            },
            Finding::ReservedQuizId { question: id() },
            Finding::ChoiceCount {
                question: id(),
                count: 2,
            },
            Finding::AnswerOutOfRange {
                question: id(),
                answer: 5,
                count: 3,
            },
            Finding::SameChoice {
                question: id(),
                first: 0,
                second: 2,
                lang: Lang::Fr,
            },
            Finding::OptionCount {
                option: OptionId::Hybrid,
                count: 2,
            },
            Finding::UnknownConcern {
                id: id(),
                concern: id(),
            },
            Finding::ConcernSplit {
                id: id(),
                option: OptionId::Vms,
                concern: id(),
                first: id(),
                other: OptionId::Containers,
            },
            Finding::NeverShows {
                hint: id(),
                field: "when",
            },
            Finding::HardNoneOrAll { id: id() },
            Finding::HardRulesOutOwn {
                id: id(),
                option: OptionId::Vms,
            },
            Finding::EmptyPackId,
            Finding::WrongKit {
                pack_kit: id(),
                kit: id(),
            },
            Finding::EmptyPackTitle { lang: Lang::En },
            Finding::ScenarioTaken { id: id() },
            Finding::QuestionTaken { id: id() },
            Finding::EngineDisagrees {
                scenario: scenario(),
                expected: ("hybrid".into(), vec!["a".into(), "b".into()]),
                engine: ("vms".into(), Vec::new()),
            },
            Finding::DuplicateComponent {
                scenario: scenario(),
                component: id(),
            },
            Finding::ComponentTicksAnswer {
                scenario: scenario(),
                component: id(),
                tick: id(),
            },
            Finding::ComponentNotPlaced {
                scenario: scenario(),
                component: id(),
                place: id(),
            },
        ]);
        out
    }

    #[test]
    fn every_finding_is_worded_in_both_languages_and_french_typography() {
        for f in samples() {
            let (fr, en) = (f.message(Lang::Fr), f.message(Lang::En));
            assert!(!fr.is_empty() && fr != en, "{f:?}: {fr}");
            assert!(is_french_right(&fr), "{f:?}: {fr}");
            assert_eq!(f.to_string(), en);
        }
    }

    #[test]
    fn the_engine_disagreeing_reads_as_before() {
        let f = Finding::EngineDisagrees {
            scenario: "s".into(),
            expected: ("hybrid".into(), vec!["a".into(), "b".into()]),
            engine: ("vms".into(), Vec::new()),
        };
        assert_eq!(
            f.to_string(),
            "s: the kit expects hybrid (a, b), the decision engine gives vms"
        );
    }
}
