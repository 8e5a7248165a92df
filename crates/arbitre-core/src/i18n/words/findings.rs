//! The shape of the findings' words: what the kit's checker (and a pack's) says is wrong.
//! Ids, paths and option ids are given as the file writes them; these words say the rest.

use super::{Fmt1, Fmt2, Fmt3};

/// The words of the kit checker's findings, in one language.
#[derive(Debug)]
pub struct Findings {
    /// A language's name, as said inside a sentence.
    pub language: fn(crate::i18n::Lang) -> &'static str,
    /// Whose text: the kit's title.
    pub title: &'static str,
    /// Whose text: an option (its id).
    pub option: Fmt1,
    /// Whose text: a criterion (its id).
    pub criterion: Fmt1,
    /// Whose text: the example of a VM case (the case's id).
    pub example_of: Fmt1,
    /// Whose text: the worked application.
    pub application: &'static str,
    /// Whose text: a source (its id).
    pub source: Fmt1,
    /// Whose text: a hint (its id).
    pub hint: Fmt1,
    /// Whose text: a question (its id).
    pub question: Fmt1,
    /// Whose text: the hard need of an item (the item's id).
    pub hard_need: Fmt1,
    /// A text empty in a language: the language's name, whose text, where.
    pub empty_text: Fmt3,
    /// A drawing with nothing to draw: whose, where.
    pub nothing_to_draw: Fmt2,
    /// A drawing too big: whose, where, the most boxes side by side, the deepest nesting.
    pub drawing_too_big: fn(&str, &str, usize, usize) -> String,
    /// An unknown item: who refers, the target.
    pub unknown_item: Fmt2,
    /// An unknown source: who refers, the target.
    pub unknown_source: Fmt2,
    /// An unknown hybrid architecture: who refers, the target.
    pub unknown_hybrid: Fmt2,
    /// An unknown need (item, criterion or concern): who refers, the target.
    pub unknown_need: Fmt2,
    /// A strength out of range: the item, its strength.
    pub strength: fn(&str, u8) -> String,
    /// An empty id.
    pub empty_id: &'static str,
    /// An id declared twice.
    pub duplicate_id: Fmt1,
    /// A scenario that ticks nothing.
    pub ticks_nothing: Fmt1,
    /// A scenario listing hybrid patterns: the scenario, the option it expects.
    pub patterns_not_hybrid: Fmt2,
    /// A scenario without a lesson: the scenario, its kind.
    pub no_lesson: Fmt2,
    /// A scenario beyond the notes without a source.
    pub beyond_without_source: Fmt1,
    /// A scenario citing sources though not beyond the notes: the scenario, its kind.
    pub sources_outside_beyond: Fmt2,
    /// A question with an id of the generated questions.
    pub reserved_quiz_id: Fmt1,
    /// A question's number of choices: the question, how many, the fewest, the most.
    pub choice_count: fn(&str, usize, usize, usize) -> String,
    /// A question's answer out of range: the question, the answer, how many choices.
    pub answer_out_of_range: fn(&str, usize, usize) -> String,
    /// Two choices alike: the question, the earlier, the later, the language's name.
    pub same_choice: fn(&str, usize, usize, &str) -> String,
    /// An option not defined once: the option, how many times.
    pub option_count: fn(&str, usize) -> String,
    /// An unknown concern: the item, the concern.
    pub unknown_concern: Fmt2,
    /// A concern argued both ways: the item, its option, the concern, the first item
    /// stating it, that one's option.
    pub concern_split: fn(&str, &str, &str, &str, &str) -> String,
    /// A hint's empty condition list: the hint, the list.
    pub never_shows: Fmt2,
    /// A hard need ruling out none or all: the item.
    pub hard_none_or_all: Fmt1,
    /// A hard need ruling out its own option: the item, the option.
    pub hard_rules_out_own: Fmt2,
    /// A text the records need, missing: whose, where.
    pub no_record_words: Fmt2,
    /// French typography not followed: whose, where.
    pub french_typography: Fmt2,
    /// No good (`true`) or bad (`false`) consequence: whose.
    pub no_consequence: fn(&str, bool) -> String,
    /// A pack's empty id.
    pub empty_pack_id: &'static str,
    /// A pack for another kit: the pack's kit, the kit in use.
    pub wrong_kit: Fmt2,
    /// A pack's title empty in a language (`fr`, `en`).
    pub empty_pack_title: Fmt1,
    /// A pack's scenario id the kit has.
    pub scenario_taken: Fmt1,
    /// A pack's question id the kit has.
    pub question_taken: Fmt1,
    /// The engine disagrees with a scenario: the scenario, what it expects, what the
    /// engine gives (ids as the kit writes them).
    pub engine_disagrees: Fmt3,
    /// A system scenario with two components of one name: the scenario, the name.
    pub duplicate_component: Fmt2,
    /// A component ticking an item that argues for a hybrid: the scenario, the component,
    /// the item.
    pub component_ticks_answer: Fmt3,
    /// A component the engine places nowhere a student can choose: the scenario, the
    /// component, where the engine puts it.
    pub component_not_placed: Fmt3,
}
