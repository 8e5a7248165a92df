//! Exams: a deterministic selection from the question bank, printable (a student sheet, an
//! answer key, both in one Markdown, JSON, Moodle GIFT: [`print`]), and the results of a
//! sitting ([`results`]: CSV for a spreadsheet, Markdown for the student).
//!
//! The same [`ExamSpec`] with the same [`ExamCode`] on the same bank always gives the same
//! exam, byte for byte: the selection and the order of the choices come from [`crate::Rng`]
//! seeded by a keyed hash of the code and the spec's seed ([`code`]). Without the code the
//! same seed gives another exam (no code at all: the practice exam of that seed).
//!
//! An exam is kept as what was asked ([`Asked`]: each question's id and the order of its
//! choices); the questions, their answers and explanations are taken again from the bank
//! ([`restore`]), so that an exam file never holds the key.

use std::collections::BTreeSet;

use serde::{Deserialize, Serialize};

use crate::Rng;
use crate::bank::Question;
use arbitre_core::i18n::Lang;
use arbitre_core::kit::{Level, QuizSection};

pub mod code;
pub mod in_progress;
pub mod print;
pub mod results;

pub use code::ExamCode;

/// What an exam is made of.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ExamSpec {
    /// The seed: the same seed (and code) gives the same exam.
    pub seed: u64,
    /// The sections to ask about; empty means all of them.
    pub sections: Vec<QuizSection>,
    /// How many questions, at most.
    pub count: usize,
    /// The time allowed, in minutes, if any: the time left is this limit less the time since
    /// the recorded start, whatever an exam file says.
    #[serde(default)]
    pub time_limit_minutes: Option<u32>,
}

impl ExamSpec {
    /// The sections asked about, in the order of the notes (all of them when none is named).
    pub fn chosen_sections(&self) -> Vec<QuizSection> {
        QuizSection::ALL
            .into_iter()
            .filter(|s| self.sections.is_empty() || self.sections.contains(s))
            .collect()
    }

    /// The time allowed, in seconds, if limited.
    pub fn limit_secs(&self) -> Option<u64> {
        self.time_limit_minutes.map(|m| u64::from(m.max(1)) * 60)
    }
}

/// One question as asked: its id in the bank and the order of its choices (`order[i]` is the
/// bank's index of the choice shown at `i`). Holds no answer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Asked {
    /// The question's id in the bank.
    pub id: String,
    /// The bank's index of each choice, in the order shown.
    pub order: Vec<usize>,
}

/// Builds the practice exam of `spec` (no code): [`build_with`] and [`ExamCode::practice`].
pub fn build(bank: &[Question], spec: &ExamSpec) -> Vec<Question> {
    build_with(bank, spec, &ExamCode::practice())
}

/// Builds the exam of `spec` and `code`: [`asked`], then the questions from the bank.
pub fn build_with(bank: &[Question], spec: &ExamSpec, code: &ExamCode) -> Vec<Question> {
    restore(bank, &asked(bank, spec, code)).unwrap_or_default()
}

/// What an exam asks: at most `spec.count` questions of the chosen sections, taken in turn
/// from each section (so that every section is asked when `count` allows), each section's
/// levels mixed, no question twice, listed section by section in the order of the notes;
/// the choices of each question in a random order that keeps the answer letters balanced
/// over the exam (no letter holds the answer of more than ⌈n/k⌉ + 1 of n questions, k the
/// fewest choices a question has).
/// The random choices come from the code and the seed together.
pub fn asked(bank: &[Question], spec: &ExamSpec, code: &ExamCode) -> Vec<Asked> {
    let mut rng = Rng::new(code.selection_seed(spec.seed));
    let sections = spec.chosen_sections();
    let mut seen = BTreeSet::new();
    let unique: Vec<&Question> = bank.iter().filter(|q| seen.insert(q.id.as_str())).collect();
    // Each section's queue: its levels shuffled separately, then dealt in turn.
    let mut queues: Vec<Vec<&Question>> = sections
        .iter()
        .map(|&section| {
            let mut by_level: Vec<Vec<&Question>> = Level::ALL
                .iter()
                .map(|&level| {
                    let mut qs: Vec<&Question> = unique
                        .iter()
                        .copied()
                        .filter(|q| q.section == section && q.level == level)
                        .collect();
                    rng.shuffle(&mut qs);
                    qs
                })
                .filter(|qs| !qs.is_empty())
                .collect();
            rng.shuffle(&mut by_level);
            let mut queue = Vec::new();
            let longest = by_level.iter().map(Vec::len).max().unwrap_or(0);
            for i in 0..longest {
                queue.extend(by_level.iter().filter_map(|qs| qs.get(i).copied()));
            }
            queue.reverse(); // popped from the end
            queue
        })
        .collect();
    let mut picked: Vec<Vec<&Question>> = vec![Vec::new(); sections.len()];
    let mut total = 0;
    while total < spec.count && queues.iter().any(|q| !q.is_empty()) {
        for (queue, out) in queues.iter_mut().zip(picked.iter_mut()) {
            if total >= spec.count {
                break;
            }
            if let Some(q) = queue.pop() {
                out.push(q);
                total += 1;
            }
        }
    }
    let mut letters = Vec::new();
    picked
        .into_iter()
        .flatten()
        .map(|q| Asked {
            id: q.id.clone(),
            order: balanced_order(q, &mut letters, &mut rng),
        })
        .collect()
}

/// The order of a question's choices: the answer at a letter that holds the fewest answers
/// so far among the questions with as many choices (`letters[n][i]`: how many answers of the
/// questions of `n` choices are at letter `i`; ties drawn at random), the other choices
/// shuffled around it. Counted apart for 3 and 4 choices, so that each letter stays as
/// likely as any other for every question (a 4-choice question's D no more than its A).
fn balanced_order(q: &Question, letters: &mut Vec<Vec<usize>>, rng: &mut Rng) -> Vec<usize> {
    let n = q.choices.len();
    if letters.len() <= n {
        letters.resize(n + 1, Vec::new());
    }
    let mut spare = Vec::new();
    let counts = letters.get_mut(n).unwrap_or(&mut spare);
    counts.resize(n, 0);
    let fewest = counts.iter().copied().min().unwrap_or(0);
    let slots: Vec<usize> = (0..n).filter(|&i| counts.get(i) == Some(&fewest)).collect();
    let slot = slots.get(rng.below(slots.len())).copied().unwrap_or(0);
    if let Some(c) = counts.get_mut(slot) {
        *c += 1;
    }
    let mut others: Vec<usize> = (0..n).filter(|&i| i != q.answer).collect();
    rng.shuffle(&mut others);
    others.insert(slot.min(others.len()), q.answer);
    others
}

/// Why an exam cannot be set again from the bank.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RestoreError {
    /// A question is no longer in the bank (a pack unloaded, another kit): its id.
    NotInBank(String),
    /// The order kept for a question is not an order of its choices (the file was edited, or
    /// the question changed): its id.
    OrderChanged(String),
}

impl RestoreError {
    /// The error in the user's words.
    pub fn message(&self, lang: Lang) -> String {
        let w = &lang.words().exam_code;
        match self {
            RestoreError::NotInBank(id) => (w.not_in_bank)(id),
            RestoreError::OrderChanged(id) => (w.order_changed)(id),
        }
    }
}

impl std::fmt::Display for RestoreError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message(Lang::En))
    }
}

impl std::error::Error for RestoreError {}

/// The questions asked, taken from the bank (the first question of each id), their choices
/// in the order kept; the answer and `why_wrong` follow the choices. The key comes from the
/// bank, never from what was kept.
pub fn restore(bank: &[Question], asked: &[Asked]) -> Result<Vec<Question>, RestoreError> {
    asked
        .iter()
        .map(|a| {
            let q = bank
                .iter()
                .find(|q| q.id == a.id)
                .ok_or_else(|| RestoreError::NotInBank(a.id.clone()))?;
            let mut sorted = a.order.clone();
            sorted.sort_unstable();
            if !sorted.iter().copied().eq(0..q.choices.len()) {
                return Err(RestoreError::OrderChanged(a.id.clone()));
            }
            Ok(in_order(q, &a.order))
        })
        .collect()
}

/// The question with its choices in `order`; the answer and `why_wrong` follow.
fn in_order(q: &Question, order: &[usize]) -> Question {
    Question {
        choices: order
            .iter()
            .filter_map(|&i| q.choices.get(i).cloned())
            .collect(),
        why_wrong: order
            .iter()
            .map(|&i| q.why_wrong.get(i).cloned().flatten())
            .collect(),
        answer: order.iter().position(|&i| i == q.answer).unwrap_or(0),
        ..q.clone()
    }
}

// ------------------------------------------------------------------------------- sitting

/// A student's sitting of an exam, as the app's exam mode records it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sitting {
    /// The student's name, as typed.
    pub student: String,
    /// The date, as recorded (`YYYY-MM-DD`).
    pub date: String,
    /// What the exam was built from (its time limit included).
    pub spec: ExamSpec,
    /// Whether it is the practice exam (no exam code).
    pub practice: bool,
    /// The exam's check ([`ExamCode::check`]), if sat with a code.
    pub check: Option<String>,
    /// What was asked: each question's id and the order of its choices.
    pub asked: Vec<Asked>,
    /// The questions, as asked (choices in the order shown), taken from the bank.
    pub questions: Vec<Question>,
    /// The answer to each question, by index; `None` when not answered.
    pub answers: Vec<Option<usize>>,
    /// When the exam started (wall clock, seconds since 1970), as recorded at its start.
    pub started_unix: u64,
    /// How long the student took, in seconds, once handed in (at most the time limit).
    pub taken_secs: Option<u64>,
    /// Whether the time ran out before the student handed in.
    pub timed_out: bool,
    /// Whether the exam file was edited by hand (its seal no longer held when read back).
    pub edited: bool,
}

impl Sitting {
    /// A new sitting of `spec` and `code` on `bank`, started at `started_unix`; `None` when
    /// the exam has no question.
    pub fn start(
        bank: &[Question],
        spec: ExamSpec,
        code: &ExamCode,
        student: &str,
        date: &str,
        started_unix: u64,
    ) -> Option<Sitting> {
        let asked = asked(bank, &spec, code);
        let questions = restore(bank, &asked).ok()?;
        let check = code.check(spec.seed);
        (!questions.is_empty()).then(|| Sitting {
            student: student.to_owned(),
            date: date.to_owned(),
            spec,
            practice: code.is_practice(),
            check,
            answers: vec![None; questions.len()],
            asked,
            questions,
            started_unix,
            taken_secs: None,
            timed_out: false,
            edited: false,
        })
    }

    /// The time left at `now_unix`, if limited: the spec's limit less the time since the
    /// recorded start, between zero and the limit (a start in the future counts as now).
    pub fn time_left(&self, now_unix: u64) -> Option<u64> {
        let limit = self.spec.limit_secs()?;
        Some(limit.saturating_sub(now_unix.saturating_sub(self.started_unix)))
    }

    /// Hands in at `now_unix`: records the time taken (at most the limit).
    pub fn hand_in(&mut self, now_unix: u64, timed_out: bool) {
        let taken = now_unix.saturating_sub(self.started_unix);
        self.taken_secs = Some(self.spec.limit_secs().map_or(taken, |l| taken.min(l)));
        self.timed_out = timed_out;
    }

    /// The answer given to question `i`, if any.
    fn answer(&self, i: usize) -> Option<usize> {
        self.answers.get(i).copied().flatten()
    }

    /// Whether question `i` was answered right.
    fn right(&self, i: usize) -> bool {
        self.questions
            .get(i)
            .is_some_and(|q| self.answer(i) == Some(q.answer))
    }

    /// Per section asked, in the order of the notes: (section, right answers, questions).
    pub fn scores(&self) -> Vec<(QuizSection, u32, u32)> {
        QuizSection::ALL
            .into_iter()
            .filter_map(|section| {
                let (mut right, mut asked) = (0u32, 0u32);
                for (i, q) in self.questions.iter().enumerate() {
                    if q.section == section {
                        asked = asked.saturating_add(1);
                        if self.right(i) {
                            right = right.saturating_add(1);
                        }
                    }
                }
                (asked > 0).then_some((section, right, asked))
            })
            .collect()
    }

    /// The total: (right answers, questions).
    pub fn total(&self) -> (u32, u32) {
        self.scores()
            .iter()
            .fold((0, 0), |(r, a), (_, right, asked)| (r + right, a + asked))
    }
}

/// The wall clock, in seconds since 1970 (0 before it).
pub fn unix_now() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs())
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    use crate::bank;
    use arbitre_core::kit::test_kit as kit;

    fn bank() -> Vec<Question> {
        bank::questions(&kit(), &[])
    }

    /// A count as a float, for shares.
    fn as_f64(n: usize) -> f64 {
        f64::from(u32::try_from(n).unwrap_or(u32::MAX))
    }

    /// An untimed spec, for the tests of the exam's modules.
    pub(crate) fn spec(seed: u64, sections: &[QuizSection], count: usize) -> ExamSpec {
        ExamSpec {
            seed,
            sections: sections.to_vec(),
            count,
            time_limit_minutes: None,
        }
    }

    #[test]
    fn an_exam_is_deterministic_covers_its_sections_and_never_repeats() {
        let bank = bank();
        let s = spec(7, &[], 20);
        let a = build(&bank, &s);
        assert_eq!(a, build(&bank, &s), "same seed, same exam");
        assert_ne!(
            a,
            build(&bank, &spec(8, &[], 20)),
            "another seed, another exam"
        );
        assert_eq!(a.len(), 20);
        for section in QuizSection::ALL {
            assert!(a.iter().filter(|q| q.section == section).count() >= 4);
        }
        // The table's three levels are mixed in its four questions' worth of picks.
        let table_levels: BTreeSet<Level> = a
            .iter()
            .filter(|q| q.section == QuizSection::Table)
            .map(|q| q.level)
            .collect();
        assert!(table_levels.len() >= 2, "{table_levels:?}");
        let ids: BTreeSet<&str> = a.iter().map(|q| q.id.as_str()).collect();
        assert_eq!(ids.len(), a.len());
        // Everything, once.
        let all = build(&bank, &spec(3, &[], 10_000));
        assert_eq!(all.len(), bank.len());
        let ids: BTreeSet<&str> = all.iter().map(|q| q.id.as_str()).collect();
        assert_eq!(ids.len(), bank.len());
        // Two sections only.
        let two = build(
            &bank,
            &spec(3, &[QuizSection::Summary, QuizSection::Hybrids], 9),
        );
        assert_eq!(two.len(), 9);
        assert!(
            two.iter()
                .all(|q| matches!(q.section, QuizSection::Summary | QuizSection::Hybrids))
        );
        assert!(two.iter().any(|q| q.section == QuizSection::Summary));
        // A duplicated bank gives no question twice.
        let doubled: Vec<Question> = bank.iter().chain(&bank).cloned().collect();
        assert_eq!(build(&doubled, &spec(1, &[], 10_000)).len(), bank.len());
    }

    #[test]
    fn shuffled_choices_keep_the_answer_and_the_reasons() {
        let bank = bank();
        let exam = build(&bank, &spec(11, &[], 10_000));
        let mut moved = 0;
        for q in &exam {
            let Some(orig) = bank.iter().find(|b| b.id == q.id) else {
                panic!("{} not in the bank", q.id);
            };
            assert!(q.is_well_formed(), "{}", q.id);
            assert_eq!(q.choices[q.answer], orig.choices[orig.answer], "{}", q.id);
            for (i, c) in q.choices.iter().enumerate() {
                let j = orig.choices.iter().position(|o| o == c).unwrap_or(99);
                assert_eq!(q.why_wrong[i], orig.why_wrong[j], "{}", q.id);
            }
            if q.choices != orig.choices {
                moved += 1;
            }
        }
        assert!(moved > exam.len() / 2, "choices are shuffled: {moved}");
    }

    #[test]
    fn the_code_with_the_seed_fixes_the_exam_and_without_it_another_is_given() {
        let bank = bank();
        let s = spec(7, &[], 20);
        let code = ExamCode::new("K7QM-2XPD-ZA31");
        let class = build_with(&bank, &s, &code);
        assert_eq!(
            class,
            build_with(&bank, &s, &ExamCode::new("k7qm 2xpd za31"))
        );
        let practice = build(&bank, &s);
        assert_ne!(class, practice, "without the code, another exam");
        assert_ne!(
            class,
            build_with(&bank, &s, &ExamCode::new("K7QM-2XPD-ZA32"))
        );
        // Not even the same questions in the same order.
        let ids = |e: &[Question]| e.iter().map(|q| q.id.clone()).collect::<Vec<_>>();
        assert_ne!(ids(&class), ids(&practice));
    }

    #[test]
    fn restoring_takes_the_key_from_the_bank_and_refuses_a_question_gone() {
        let bank = bank();
        let s = spec(3, &[], 6);
        let code = ExamCode::new("ABCD");
        let asked = asked(&bank, &s, &code);
        assert_eq!(restore(&bank, &asked), Ok(build_with(&bank, &s, &code)));
        let mut gone = asked.clone();
        gone[2].id = "quiz.gone".into();
        assert_eq!(
            restore(&bank, &gone),
            Err(RestoreError::NotInBank("quiz.gone".into()))
        );
        let mut bad = asked.clone();
        bad[1].order = vec![0, 0, 1];
        assert!(matches!(
            restore(&bank, &bad),
            Err(RestoreError::OrderChanged(_))
        ));
        assert!(
            RestoreError::NotInBank("quiz.gone".into())
                .message(Lang::Fr)
                .contains("`quiz.gone`")
        );
    }

    #[test]
    fn the_time_left_is_the_limit_less_the_time_since_the_start_clamped() {
        let bank = bank();
        let mut s = spec(1, &[], 3);
        s.time_limit_minutes = Some(1);
        let Some(mut sitting) =
            Sitting::start(&bank, s, &ExamCode::practice(), "Ana", "2026-12-04", 1000)
        else {
            panic!("no exam");
        };
        assert_eq!(sitting.time_left(1000), Some(60));
        assert_eq!(sitting.time_left(1030), Some(30));
        assert_eq!(sitting.time_left(5000), Some(0));
        // A start in the future gives no more than the limit.
        assert_eq!(sitting.time_left(10), Some(60));
        sitting.hand_in(99_999, true);
        assert_eq!(sitting.taken_secs, Some(60), "at most the limit");
        assert!(sitting.timed_out);
        sitting.spec.time_limit_minutes = None;
        assert_eq!(sitting.time_left(5000), None);
        sitting.hand_in(1_125, false);
        assert_eq!(sitting.taken_secs, Some(125));
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(64))]
        /// In a printed exam no letter holds the answer of more than ⌈n/k⌉ + 1 of n
        /// questions (k: the fewest choices a question has), whatever the seed and count.
        #[test]
        fn answer_letters_are_balanced_in_every_exam(seed in proptest::prelude::any::<u64>(), count in 1usize..60) {
            let bank = bank();
            let exam = build_with(&bank, &spec(seed, &[], count), &ExamCode::new("X"));
            let mut per = [0usize; 4];
            for q in &exam {
                per[q.answer] += 1;
            }
            let k = exam.iter().map(|q| q.choices.len()).min().unwrap_or(4);
            let bound = exam.len().div_ceil(k) + 1;
            proptest::prop_assert!(per.iter().all(|&c| c <= bound), "{per:?} > {bound}");
        }
    }

    #[test]
    fn over_many_exams_each_letter_holds_its_share_of_answers() {
        let bank = bank();
        let (mut counts, mut expected) = ([0f64; 4], [0f64; 4]);
        for seed in 0..300 {
            for q in build_with(&bank, &spec(seed, &[], 10), &ExamCode::new("Z")) {
                counts[q.answer] += 1.0;
                for e in expected.iter_mut().take(q.choices.len()) {
                    *e += 1.0 / as_f64(q.choices.len());
                }
            }
        }
        let total: f64 = counts.iter().sum();
        for (c, e) in counts.iter().zip(expected) {
            let (share, uniform) = (100.0 * c / total, 100.0 * e / total);
            assert!(
                (share - uniform).abs() < 4.0,
                "{share:.1} % against {uniform:.1} %"
            );
        }
    }
}

#[cfg(test)]
mod figures {
    use super::*;

    /// A count as a float, for shares.
    fn as_f64(n: usize) -> f64 {
        f64::from(u32::try_from(n).unwrap_or(u32::MAX))
    }

    /// The letter figures of printed exams: `cargo test -p arbitre-train letter_figures --
    /// --ignored --nocapture` (written to the notes of issue #30).
    #[test]
    #[ignore = "prints figures"]
    fn letter_figures() {
        let kit = arbitre_core::kit::test_kit();
        let bank = crate::bank::questions(&kit, &[]);
        let mut counts = [0usize; 4];
        let mut expected = [0f64; 4];
        let mut worst = 0usize;
        let mut over = 0usize;
        let mut histogram = std::collections::BTreeMap::new();
        for seed in 0..200u64 {
            let spec = ExamSpec {
                seed,
                sections: Vec::new(),
                count: 10,
                time_limit_minutes: None,
            };
            let exam = build_with(&bank, &spec, &ExamCode::new("FIGURES"));
            let mut per = [0usize; 4];
            for q in &exam {
                if let Some(c) = per.get_mut(q.answer) {
                    *c += 1;
                }
                for (i, e) in expected.iter_mut().enumerate().take(q.choices.len()) {
                    let _ = i;
                    *e += 1.0 / as_f64(q.choices.len());
                }
            }
            let min_choices = exam.iter().map(|q| q.choices.len()).min().unwrap_or(4);
            let bound = exam.len().div_ceil(min_choices) + 1;
            let max = per.iter().copied().max().unwrap_or(0);
            worst = worst.max(max);
            *histogram.entry(max).or_insert(0usize) += 1;
            if max > bound {
                over += 1;
            }
            for (c, p) in counts.iter_mut().zip(per) {
                *c += p;
            }
        }
        let total: usize = counts.iter().sum();
        println!("200 exams of 10 questions (seeds 0..200, all sections, built-in kit)");
        for (i, (c, e)) in counts.iter().zip(expected).enumerate() {
            println!(
                "  {}: {c} answers ({:.1} %; uniform shuffle expects {:.1} %)",
                crate::bank::letter(i),
                100.0 * as_f64(*c) / as_f64(total),
                100.0 * e / as_f64(total)
            );
        }
        println!("  most answers on one letter in an exam: {histogram:?} (exams by that count)");
        println!("  worst exam: {worst} answers on one letter");
        println!("  exams with a letter over ceil(n/choices)+1: {over} of 200");
    }
}
