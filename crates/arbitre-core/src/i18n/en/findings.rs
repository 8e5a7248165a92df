//! The findings' words in English.

use crate::i18n::Lang;
use crate::i18n::words::findings::Findings;

/// The findings' words in English.
pub(super) const FINDINGS: Findings = Findings {
    language: |lang| match lang {
        Lang::Fr => "French",
        Lang::En => "English",
    },
    title: "the title",
    option: |id| format!("option `{id}`"),
    criterion: |id| format!("criterion `{id}`"),
    example_of: |id| format!("the example of `{id}`"),
    application: "the application to quote-app",
    source: |id| format!("source `{id}`"),
    hint: |id| format!("hint `{id}`"),
    question: |id| format!("question `{id}`"),
    hard_need: |id| format!("the hard need of `{id}`"),
    empty_text: |language, what, at| format!("empty {language} text in {what} (`{at}`)"),
    nothing_to_draw: |what, path| format!("{what} has nothing to draw (`{path}` is empty)"),
    drawing_too_big: |what, path, side, deep| {
        format!(
            "{what}: the drawing `{path}` is too big (at most {side} boxes side by side, {deep} deep)"
        )
    },
    unknown_item: |owner, target| format!("`{owner}` refers to unknown item `{target}`"),
    unknown_source: |owner, target| format!("`{owner}` refers to unknown source `{target}`"),
    unknown_hybrid: |owner, target| {
        format!("`{owner}` refers to unknown hybrid architecture `{target}`")
    },
    unknown_need: |owner, target| {
        format!("`{owner}` refers to unknown need (item, criterion or concern) `{target}`")
    },
    strength: |id, strength| format!("`{id}` has strength {strength}; it must be 1, 2 or 3"),
    empty_id: "an id is empty",
    duplicate_id: |id| format!("duplicate id `{id}`: ids must be unique"),
    ticks_nothing: |s| format!("scenario `{s}` ticks nothing"),
    patterns_not_hybrid: |s, expected| {
        format!("scenario `{s}` expects `{expected}` but lists hybrid patterns")
    },
    no_lesson: |s, kind| {
        format!(
            "scenario `{s}` is of kind `{kind}` but has no `lesson`: say what it teaches, in both languages"
        )
    },
    beyond_without_source: |s| {
        format!(
            "scenario `{s}` goes beyond the notes but cites no source: list at least one of `beyond.sources` in `sources`"
        )
    },
    sources_outside_beyond: |s, kind| {
        format!(
            "scenario `{s}` is of kind `{kind}` but cites sources: only a scenario of kind `beyond` goes beyond the notes"
        )
    },
    reserved_quiz_id: |q| {
        format!(
            "question `{q}`: ids starting with `quiz.` are the generated questions'; name it `question.<slug>`"
        )
    },
    choice_count: |q, n, fewest, most| {
        format!("question `{q}` has {n} choices; it must have {fewest} or {most}")
    },
    answer_out_of_range: |q, answer, n| {
        format!("question `{q}`: `answer` is {answer} but there are {n} choices, numbered from 0")
    },
    same_choice: |q, j, k, language| {
        format!(
            "question `{q}`: choices {j} and {k} have the same {language} text; each choice must differ"
        )
    },
    option_count: |option, count| {
        format!("option `{option}` must be defined exactly once in `options` (found {count})")
    },
    unknown_concern: |id, concern| format!("`{id}` states unknown concern `{concern}`"),
    concern_split: |id, option, concern, first, other| {
        format!(
            "`{id}` argues for `{option}` but states the concern `{concern}`, which `{first}` states for `{other}`: one concern is one need, for one option"
        )
    },
    never_shows: |hint, field| format!("hint `{hint}`: `{field}` is empty, so it never shows"),
    hard_none_or_all: |id| {
        format!(
            "the hard need of `{id}` must rule out one or two options (`rules_out`), never none or all three"
        )
    },
    hard_rules_out_own: |id, option| {
        format!("the hard need of `{id}` rules out `{option}`, the option it argues for")
    },
    no_record_words: |what, path| {
        format!("{what} has no `{path}`: records need it (in both languages)")
    },
    french_typography: |what, path| {
        format!(
            "{what}: `{path}.fr` does not follow French typography (a no-break space before `:`, a narrow one before `; ! ?`)"
        )
    },
    no_consequence: |what, good| {
        let kind = if good { "good" } else { "bad" };
        format!("{what} has no {kind} consequence: a record needs both")
    },
    empty_pack_id: "the pack's id is empty",
    wrong_kit: |pack_kit, kit| {
        format!("this pack is written for the kit `{pack_kit}`; the kit in use is `{kit}`")
    },
    empty_pack_title: |lang| format!("the pack's title is empty in `{lang}`"),
    scenario_taken: |id| format!("the kit already has a scenario `{id}`: ids must be unique"),
    question_taken: |id| format!("the kit already has a question `{id}`: ids must be unique"),
    engine_disagrees: |s, expected, engine| {
        format!("{s}: the kit expects {expected}, the decision engine gives {engine}")
    },
    duplicate_component: |s, c| {
        format!("scenario `{s}` has two components named “{c}”: names must be unique")
    },
    component_ticks_answer: |s, c, tick| {
        format!(
            "{s}: component “{c}” ticks `{tick}`, which argues for a hybrid: that is an answer, not a fact of the component"
        )
    },
    component_not_placed: |s, c, place| {
        format!(
            "{s}: the decision engine does not place component “{c}” where a student can (containers, a VM, containers inside a VM boundary); it gives: {place}"
        )
    },
};
