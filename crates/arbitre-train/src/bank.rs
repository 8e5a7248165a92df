//! The question bank: multiple-choice questions generated from the whole kit (the comparison
//! table, the VM use cases, the hybrid architectures, the decision summary and the
//! scenarios), plus the questions written by hand, each with 3 or 4 choices and one right
//! answer.
//!
//! Every question explains itself from the kit's own content: `explain` quotes the cells,
//! cases or architectures that make the answer right, and `why_wrong` says, for each wrong
//! choice, what the kit says about that choice instead. Quoted text never gives the answer
//! away: the words that name the answer (the option names, the words that only one column
//! of the table uses, the architecture or case names) are replaced by [`MASK`].
//!
//! Ids are stable and deterministic (`quiz.table.column.<criterion>.<column>`,
//! `quiz.cases.detail.<item>`, `quiz.hybrids.advantage.<hybrid>.<n>`, …): progress and exam
//! results refer to them. The choices are in kit order; an exam shuffles them.

use std::collections::BTreeSet;

use serde::{Deserialize, Serialize};

use arbitre_core::i18n::Lang;
use arbitre_core::i18n::words::exam::Bank;
use arbitre_core::kit::{CheckedKit, Kit, Level, OptionId, QuestionDef, QuizSection, Text};

mod cases;
#[cfg(test)]
mod fairness;
mod hybrids;
mod mask;
mod scenario;
mod table;
#[cfg(test)]
mod tests;

use cases::case_questions;
use hybrids::{calls_for_questions, hybrid_questions, summary_questions};
use scenario::scenario_questions;
use table::table_questions;

/// What replaces a word that would give the answer away in a quoted text.
pub const MASK: &str = "[…]";

/// A multiple-choice question: 3 or 4 choices, exactly one right.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Question {
    /// Stable id; progress and results refer to it.
    pub id: String,
    /// The part of the kit it is about.
    pub section: QuizSection,
    /// How much it asks.
    pub level: Level,
    /// The question.
    pub prompt: Text,
    /// The kit's text the question quotes, in quotation marks, with the words that would give
    /// the answer away replaced by [`MASK`].
    pub quote: Option<Text>,
    /// The choices, 3 or 4, with distinct texts in each language.
    pub choices: Vec<Text>,
    /// The index of the right choice in `choices`, from 0.
    pub answer: usize,
    /// Why the answer is right: the kit's cells, cases or architectures, quoted.
    pub explain: Vec<Text>,
    /// For each choice, why it is wrong (what the kit says about it); `None` at `answer`.
    pub why_wrong: Vec<Option<Text>>,
}

impl Question {
    /// The prompt followed by the quote, if any, as one paragraph.
    pub fn full_prompt(&self, lang: Lang) -> String {
        match &self.quote {
            Some(q) => format!("{} {}", self.prompt.get(lang), q.get(lang)),
            None => self.prompt.get(lang).to_owned(),
        }
    }

    /// Whether the question is well formed: 3 or 4 choices, distinct and not empty in each
    /// language, the answer in range, a `why_wrong` entry per choice (and none at the
    /// answer), nothing empty.
    pub fn is_well_formed(&self) -> bool {
        let distinct = |lang: Lang| {
            let set: BTreeSet<&str> = self.choices.iter().map(|c| c.get(lang).trim()).collect();
            set.len() == self.choices.len() && !set.contains("")
        };
        (3..=4).contains(&self.choices.len())
            && self.answer < self.choices.len()
            && Lang::ALL.into_iter().all(distinct)
            && !self.id.is_empty()
            && !self.prompt.fr.trim().is_empty()
            && !self.prompt.en.trim().is_empty()
            && self.why_wrong.len() == self.choices.len()
            && self
                .why_wrong
                .iter()
                .enumerate()
                .all(|(i, w)| w.is_some() != (i == self.answer))
    }
}

/// The letter of a choice: `A` for 0, `B` for 1… (`?` past `Z`).
pub fn letter(index: usize) -> char {
    u8::try_from(index)
        .ok()
        .filter(|i| *i < 26)
        .map_or('?', |i| char::from(b'A' + i))
}

/// A section's name, as exams and results head it.
pub fn section_name(section: QuizSection, lang: Lang) -> &'static str {
    let w = &lang.words().exam;
    match section {
        QuizSection::Table => w.table,
        QuizSection::Cases => w.cases,
        QuizSection::Hybrids => w.hybrids,
        QuizSection::Summary => w.summary,
        QuizSection::Scenarios => w.scenarios,
    }
}

/// A level's name.
pub fn level_name(level: Level, lang: Lang) -> &'static str {
    let w = &lang.words().exam;
    match level {
        Level::Recall => w.recall,
        Level::Apply => w.apply,
        Level::Analyse => w.analyse,
    }
}

/// The feedback on an answer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Verdict {
    /// The question's id.
    pub question: String,
    /// The choice the student picked.
    pub chosen: usize,
    /// The right choice.
    pub answer: usize,
    /// Whether the student was right.
    pub correct: bool,
    /// Why the answer is right.
    pub explain: Vec<Text>,
    /// Why the chosen answer is wrong; `None` when it is right (or out of range).
    pub why_wrong: Option<Text>,
}

/// Checks an answer.
pub fn check(question: &Question, chosen: usize) -> Verdict {
    Verdict {
        question: question.id.clone(),
        chosen,
        answer: question.answer,
        correct: chosen == question.answer,
        explain: question.explain.clone(),
        why_wrong: question.why_wrong.get(chosen).cloned().flatten(),
    }
}

/// Every question of the bank, in a stable order: the kit's sections in the order of the
/// notes, then the kit's hand-written questions, then `extra` (a teacher's pack). A
/// hand-written question that is not well formed, or whose id is already taken, is left out.
pub fn questions(kit: &CheckedKit, extra: &[QuestionDef]) -> Vec<Question> {
    let mut out = Vec::new();
    out.extend(table_questions(kit));
    out.extend(case_questions(kit));
    out.extend(hybrid_questions(kit));
    out.extend(summary_questions(kit));
    out.extend(calls_for_questions(kit));
    out.extend(scenario_questions(kit));
    out.extend(kit.questions.iter().chain(extra).map(from_def));
    let mut seen = BTreeSet::new();
    out.retain(|q| q.is_well_formed() && seen.insert(q.id.clone()));
    out.into_iter().map(in_french_typography).collect()
}

/// Every French text of a question (prompt, quote, choices, explanations, why-wrongs) through
/// the one typography function the interface uses: the kit's text, the catalog's sentences
/// and a teacher's pack alike, and no « « » ».
fn in_french_typography(mut q: Question) -> Question {
    let fix = |t: &mut Text| t.fr = arbitre_core::i18n::typo::french(&t.fr);
    fix(&mut q.prompt);
    q.quote.iter_mut().for_each(fix);
    q.choices.iter_mut().for_each(fix);
    q.explain.iter_mut().for_each(fix);
    q.why_wrong.iter_mut().flatten().for_each(fix);
    q
}

// -------------------------------------------------------------------------------- helpers

fn text(fr: String, en: String) -> Text {
    Text { fr, en }
}

/// The text in quotation marks: «\u{a0}…\u{a0}» in French, “…” in English.
fn quoted(t: &Text) -> Text {
    each(|lang| arbitre_core::i18n::typo::quote(lang, t.get(lang)))
}

/// A sentence of the catalog's bank, in both languages.
fn said(f: fn(&Bank) -> &'static str) -> Text {
    each(|lang| f(bank_words(lang)).to_owned())
}

/// The catalog's words of the question bank, in `lang`.
fn bank_words(lang: Lang) -> &'static Bank {
    &lang.words().exam.bank
}

/// The same text built for each language.
fn each(f: impl Fn(Lang) -> String) -> Text {
    text(f(Lang::Fr), f(Lang::En))
}

/// `n` choices out of `len` items, `right` among them: the others are taken after `right`
/// (cyclically), starting `salt` places further so that neighbouring questions get different
/// distractors. Returns the indices in kit order and the position of `right`.
fn pick_around(len: usize, right: usize, n: usize, salt: usize) -> (Vec<usize>, usize) {
    let others: Vec<usize> = (0..len).filter(|&i| i != right).collect();
    let mut picked: Vec<usize> = if others.is_empty() {
        Vec::new()
    } else {
        let start = (right + salt) % others.len();
        others
            .iter()
            .cycle()
            .skip(start)
            .take(n.saturating_sub(1).min(others.len()))
            .copied()
            .collect()
    };
    picked.push(right);
    picked.sort_unstable();
    let pos = picked.iter().position(|&i| i == right).unwrap_or(0);
    (picked, pos)
}

/// Distractors spread over a bank: each item is offered as a wrong choice about as often as
/// its share of right answers requires (an item that answers `k` questions of `n` choices is
/// offered `k × (n − 1)` times as a distractor), so that no choice is right more or less
/// often than chance among the questions that offer it. Among items equally due, the one
/// nearest the answer in length comes first, then kit order from `right`.
pub(crate) struct Spread {
    /// How many times each item is the right answer.
    rights: Vec<f64>,
    /// How many times each item has been offered as a distractor so far.
    given: Vec<f64>,
}

impl Spread {
    /// For items that answer `rights[i]` questions each.
    pub(crate) fn new(rights: Vec<usize>) -> Self {
        let given = vec![0.0; rights.len()];
        let rights = rights
            .into_iter()
            .map(|r| f64::from(u32::try_from(r).unwrap_or(u32::MAX)))
            .collect();
        Spread { rights, given }
    }

    /// `n` choices with `right` among them, the others among the items `allowed` keeps,
    /// `distance` telling how far an item is from the answer (its length, say). Returns the
    /// indices in kit order and the position of `right`.
    pub(crate) fn pick(
        &mut self,
        right: usize,
        n: usize,
        allowed: impl Fn(usize) -> bool,
        distance: impl Fn(usize) -> usize,
    ) -> (Vec<usize>, usize) {
        let len = self.rights.len();
        let mut others: Vec<usize> = (0..len)
            .map(|k| (right + 1 + k) % len.max(1))
            .filter(|&i| i != right && allowed(i))
            .collect();
        // How far each item is behind its due: offered so far against what its rights ask,
        // in questions' worth.
        let due = |i: usize, s: &Spread| {
            let r = s.rights.get(i).copied().unwrap_or(0.0).max(0.25);
            s.given.get(i).copied().unwrap_or(0.0) / r
        };
        others.sort_by(|&a, &b| {
            due(a, self)
                .total_cmp(&due(b, self))
                .then_with(|| distance(a).cmp(&distance(b)))
        });
        others.truncate(n.saturating_sub(1));
        for &i in &others {
            if let Some(g) = self.given.get_mut(i) {
                *g += 1.0;
            }
        }
        others.push(right);
        others.sort_unstable();
        let pos = others.iter().position(|&i| i == right).unwrap_or(0);
        (others, pos)
    }
}

/// How far apart two texts are in length, in both languages.
fn length_gap(a: &Text, b: &Text) -> usize {
    Lang::ALL
        .into_iter()
        .map(|l| a.get(l).chars().count().abs_diff(b.get(l).chars().count()))
        .sum()
}

/// A question with `why_wrong` filled from `wrong` for every choice but the answer.
struct Draft {
    id: String,
    section: QuizSection,
    level: Level,
    prompt: Text,
    quote: Option<Text>,
    choices: Vec<Text>,
    answer: usize,
    explain: Vec<Text>,
}

impl Draft {
    fn finish(self, wrong: impl Fn(usize) -> Text) -> Question {
        let why_wrong = (0..self.choices.len())
            .map(|i| (i != self.answer).then(|| wrong(i)))
            .collect();
        Question {
            id: self.id,
            section: self.section,
            level: self.level,
            prompt: self.prompt,
            quote: self.quote,
            choices: self.choices,
            answer: self.answer,
            explain: self.explain,
            why_wrong,
        }
    }
}

/// An option's short name in both languages.
fn option_label(kit: &Kit, option: OptionId) -> Text {
    kit.options.iter().find(|o| o.id == option).map_or_else(
        || text(option.id().to_owned(), option.id().to_owned()),
        |o| o.short.clone(),
    )
}

// ------------------------------------------------------------------------- hand-written

fn from_def(def: &QuestionDef) -> Question {
    let right = def.choices.get(def.answer).cloned().unwrap_or_default();
    let why_wrong = (0..def.choices.len())
        .map(|i| {
            (i != def.answer).then(|| {
                let right = quoted(&right);
                each(|lang| (bank_words(lang).right_answer_is)(right.get(lang)))
            })
        })
        .collect();
    Question {
        id: def.id.clone(),
        section: def.section,
        level: def.level,
        prompt: def.prompt.clone(),
        quote: None,
        choices: def.choices.clone(),
        answer: def.answer,
        explain: vec![def.explain.clone()],
        why_wrong,
    }
}
