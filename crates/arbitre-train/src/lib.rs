//! Training, without a teacher and without a network: questions generated from the whole kit
//! (the [`bank`]), the kit's scenarios checked by the decision engine itself, exams
//! ([`exam`]), and the student's progress, kept locally as RON.
//!
//! Everything here is plain data and pure functions; `ui::train` draws it. Two rules hold
//! the content together:
//! - questions come from the kit (or are written by hand in it or in a teacher's pack), and
//!   the feedback quotes the kit, so the quiz never teaches something the notes do not say;
//! - a scenario's right answer is what [`decide::recommend`] says for its ticks, and the
//!   explanation is the engine's own reasons, so the Train screen and the Recommendation
//!   screen can never disagree. The kit's `expected` is checked against the engine by a test.

use arbitre_core::kit::{CheckedKit, Kit, Level, QuizSection, Scenario};

pub mod bank;
pub mod exam;
pub mod keeping;
pub mod pack;
mod progress;
mod refusal;
mod scenarios;

pub use bank::{Question, Verdict as QuizVerdict};
pub use progress::{
    PROGRESS_FORMAT, Progress, STUDENTS_DIR, Section, SectionProgress, keep_unreadable, percent,
    progress_path, student_folder, students,
};
pub use refusal::Refusal;
pub use scenarios::{
    CellCite, ComponentVerdict, EngineAnswer, Ground, ScenarioAnswer, ScenarioVerdict, TickDiff,
    TickState, cell, check_scenario, compare_ticks, engine_answer, engine_on, expected_places,
    place_choices, tick_source,
};

// ------------------------------------------------------------------------------- shuffling

/// A tiny deterministic PRNG (SplitMix64): good enough to shuffle a deck, and the same seed
/// always gives the same order, which the tests rely on.
#[derive(Debug, Clone)]
pub struct Rng {
    state: u64,
}

impl Rng {
    /// A generator seeded with `seed`.
    pub fn new(seed: u64) -> Rng {
        Rng { state: seed }
    }

    /// The next 64 random bits.
    pub fn next_u64(&mut self) -> u64 {
        self.state = self.state.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.state;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number in `0..n` (0 when `n` is 0). The modulo bias is far below what a deck of a
    /// few dozen cards could show.
    pub fn below(&mut self, n: usize) -> usize {
        if n == 0 {
            return 0;
        }
        // usize fits in u64 on every target Rust supports here.
        let n64 = u64::try_from(n).unwrap_or(u64::MAX);
        usize::try_from(self.next_u64() % n64).unwrap_or(0)
    }

    /// Shuffles in place (Fisher–Yates).
    pub fn shuffle<T>(&mut self, items: &mut [T]) {
        for i in (1..items.len()).rev() {
            let j = self.below(i + 1);
            items.swap(i, j);
        }
    }
}

// ----------------------------------------------------------------------------------- decks

/// An ordered run through a section's items (indices into the questions or the kit's
/// scenarios), with the score of this run.
#[derive(Debug, Clone, PartialEq, Eq, Default, serde::Serialize, serde::Deserialize)]
pub struct Deck {
    /// The items, in the order they are asked.
    pub order: Vec<usize>,
    /// The current position in `order`; `order.len()` when the run is over.
    pub pos: usize,
    /// Whether this run replays missed items only.
    pub retry: bool,
    /// Answers given in this run.
    pub answered: u32,
    /// Right answers in this run.
    pub right: u32,
}

impl Deck {
    /// A run through `items`, shuffled.
    pub fn shuffled(mut items: Vec<usize>, rng: &mut Rng, retry: bool) -> Deck {
        rng.shuffle(&mut items);
        Deck {
            order: items,
            retry,
            ..Deck::default()
        }
    }

    /// The current item, unless the run is over.
    pub fn current(&self) -> Option<usize> {
        self.order.get(self.pos).copied()
    }

    /// Whether every item was asked.
    pub fn finished(&self) -> bool {
        self.pos >= self.order.len()
    }

    /// Whether this deck fits a section of `len` items: every index in range, none twice,
    /// the position within the run.
    pub fn fits(&self, len: usize) -> bool {
        let mut seen = vec![false; len];
        self.pos <= self.order.len()
            && self
                .order
                .iter()
                .all(|&i| i < len && !std::mem::replace(&mut seen[i], true))
    }

    fn record(&mut self, correct: bool) {
        self.answered = self.answered.saturating_add(1);
        if correct {
            self.right = self.right.saturating_add(1);
        }
    }

    fn advance(&mut self) {
        self.pos = (self.pos + 1).min(self.order.len());
    }
}

// -------------------------------------------------------------------------------- training

/// A training session: the generated questions, the two decks, the feedback on the current
/// item, and the progress. Indices refer to [`Training::questions`] and to the kit's
/// scenarios.
#[derive(Debug, Clone)]
pub struct Training {
    /// The quiz, generated once from the kit.
    pub questions: Vec<Question>,
    /// The progress, saved by the caller after each answer or reset.
    pub progress: Progress,
    /// The quiz run.
    pub quiz: Deck,
    /// The scenarios run.
    pub scenarios: Deck,
    /// The feedback on the current question, once answered.
    pub quiz_verdict: Option<QuizVerdict>,
    /// The feedback on the current scenario, once checked.
    pub scenario_verdict: Option<ScenarioVerdict>,
    rng: Rng,
}

/// Where a student is in both runs, kept between launches so that training resumes with the
/// same deck at the same position.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Position {
    /// The quiz run.
    pub quiz: Deck,
    /// The scenarios run.
    pub scenarios: Deck,
}

impl Training {
    /// Where the student is in both runs.
    pub fn position(&self) -> Position {
        Position {
            quiz: self.quiz.clone(),
            scenarios: self.scenarios.clone(),
        }
    }

    /// Resumes both runs where `position` says, each only if it fits this kit's questions and
    /// scenarios (a kit changed since is a fresh start for that section). Returns whether
    /// anything was resumed.
    pub fn resume(&mut self, position: Position, scenarios: usize) -> bool {
        let mut resumed = false;
        if position.quiz.fits(self.questions.len()) {
            self.quiz = position.quiz;
            resumed = true;
        }
        if position.scenarios.fits(scenarios) {
            self.scenarios = position.scenarios;
            resumed = true;
        }
        resumed
    }

    /// Generates the quiz and shuffles both decks.
    pub fn new(kit: &CheckedKit, progress: Progress, seed: u64) -> Training {
        Training::from_bank(
            bank::questions(kit, &[]),
            kit.scenarios.len(),
            progress,
            seed,
        )
    }

    /// A training on questions already generated (from the same kit, which has `scenarios`
    /// scenarios): the bank takes milliseconds to build, so a change of student reuses it.
    pub fn from_bank(
        questions: Vec<Question>,
        scenarios: usize,
        progress: Progress,
        seed: u64,
    ) -> Training {
        let mut rng = Rng::new(seed);
        let quiz = Deck::shuffled((0..questions.len()).collect(), &mut rng, false);
        let scenarios = Deck::shuffled((0..scenarios).collect(), &mut rng, false);
        Training {
            questions,
            progress,
            quiz,
            scenarios,
            quiz_verdict: None,
            scenario_verdict: None,
            rng,
        }
    }

    /// The question being asked, unless the run is over.
    pub fn current_question(&self) -> Option<&Question> {
        self.quiz.current().and_then(|i| self.questions.get(i))
    }

    /// The scenario being asked, unless the run is over.
    pub fn current_scenario<'k>(&self, kit: &'k Kit) -> Option<&'k Scenario> {
        self.scenarios.current().and_then(|i| kit.scenarios.get(i))
    }

    /// Answers the current question with the choice at `chosen`: records it and keeps the
    /// feedback. Returns whether anything changed (a second answer to the same question, or
    /// a choice out of range, is ignored).
    pub fn answer_question(&mut self, chosen: usize) -> bool {
        if self.quiz_verdict.is_some() {
            return false;
        }
        let Some(question) = self.current_question() else {
            return false;
        };
        if chosen >= question.choices.len() {
            return false;
        }
        let verdict = bank::check(question, chosen);
        self.progress
            .quiz
            .record(&verdict.question, verdict.correct);
        self.quiz.record(verdict.correct);
        self.quiz_verdict = Some(verdict);
        true
    }

    /// Moves to the next question.
    pub fn next_question(&mut self) {
        self.quiz.advance();
        self.quiz_verdict = None;
    }

    /// Checks the current scenario: records it and keeps the feedback. Returns whether
    /// anything changed.
    pub fn answer_scenario(&mut self, kit: &CheckedKit, chosen: &ScenarioAnswer) -> bool {
        if self.scenario_verdict.is_some() {
            return false;
        }
        let Some(scenario) = self.current_scenario(kit) else {
            return false;
        };
        let verdict = check_scenario(kit, scenario, chosen);
        self.progress
            .scenarios
            .record(&verdict.scenario, verdict.correct);
        self.scenarios.record(verdict.correct);
        self.scenario_verdict = Some(verdict);
        true
    }

    /// Moves to the next scenario.
    pub fn next_scenario(&mut self) {
        self.scenarios.advance();
        self.scenario_verdict = None;
    }

    /// Starts a new run through every item of a section, reshuffled.
    pub fn new_round(&mut self, kit: &Kit, section: Section) {
        match section {
            Section::Quiz => {
                self.quiz =
                    Deck::shuffled((0..self.questions.len()).collect(), &mut self.rng, false);
                self.quiz_verdict = None;
            }
            Section::Scenarios => {
                self.scenarios =
                    Deck::shuffled((0..kit.scenarios.len()).collect(), &mut self.rng, false);
                self.scenario_verdict = None;
            }
        }
    }

    /// A new quiz round over the questions of one section and one level (`None`: any),
    /// reshuffled. Returns how many questions it has (none matching: the round is left as
    /// it is).
    pub fn quiz_round_of(&mut self, section: Option<QuizSection>, level: Option<Level>) -> usize {
        let items: Vec<usize> = self
            .questions
            .iter()
            .enumerate()
            .filter(|(_, q)| {
                section.is_none_or(|s| q.section == s) && level.is_none_or(|l| q.level == l)
            })
            .map(|(i, _)| i)
            .collect();
        let n = items.len();
        if n > 0 {
            self.quiz = Deck::shuffled(items, &mut self.rng, false);
            self.quiz_verdict = None;
        }
        n
    }

    /// Indices of the questions whose last answer was wrong, in generation order.
    pub fn missed_questions(&self) -> Vec<usize> {
        let missed = &self.progress.quiz.missed;
        (0..self.questions.len())
            .filter(|&i| {
                self.questions
                    .get(i)
                    .is_some_and(|q| missed.contains(&q.id))
            })
            .collect()
    }

    /// Indices of the kit's scenarios whose last answer was wrong, in kit order. Ids the kit
    /// no longer has are left out (and left in the file).
    pub fn missed_scenarios(&self, kit: &Kit) -> Vec<usize> {
        let missed = &self.progress.scenarios.missed;
        (0..kit.scenarios.len())
            .filter(|&i| kit.scenarios.get(i).is_some_and(|s| missed.contains(&s.id)))
            .collect()
    }

    /// Restarts a section with only its missed items, reshuffled. Returns false, leaving
    /// the section as it is, when nothing in it was missed.
    pub fn retry_missed_in(&mut self, kit: &Kit, section: Section) -> bool {
        match section {
            Section::Quiz => {
                let questions = self.missed_questions();
                if questions.is_empty() {
                    return false;
                }
                self.quiz = Deck::shuffled(questions, &mut self.rng, true);
                self.quiz_verdict = None;
            }
            Section::Scenarios => {
                let scenarios = self.missed_scenarios(kit);
                if scenarios.is_empty() {
                    return false;
                }
                self.scenarios = Deck::shuffled(scenarios, &mut self.rng, true);
                self.scenario_verdict = None;
            }
        }
        true
    }

    /// Restarts both sections with only the missed items (a section with nothing missed is
    /// left as it is). Returns which sections now replay missed items.
    pub fn retry_missed(&mut self, kit: &Kit) -> Vec<Section> {
        [Section::Quiz, Section::Scenarios]
            .into_iter()
            .filter(|&s| self.retry_missed_in(kit, s))
            .collect()
    }

    /// Forgets all progress and starts both sections afresh.
    pub fn reset(&mut self, kit: &Kit) {
        self.progress = Progress::default();
        self.new_round(kit, Section::Quiz);
        self.new_round(kit, Section::Scenarios);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    use arbitre_core::kit::OptionId;
    use arbitre_core::kit::test_kit as kit;

    #[test]
    fn the_rng_is_deterministic_and_shuffles_everything() {
        let mut a = Rng::new(42);
        let mut b = Rng::new(42);
        let xs: Vec<u64> = (0..5).map(|_| a.next_u64()).collect();
        let ys: Vec<u64> = (0..5).map(|_| b.next_u64()).collect();
        assert_eq!(xs, ys);
        assert_ne!(Rng::new(1).next_u64(), Rng::new(2).next_u64());

        let mut items: Vec<usize> = (0..20).collect();
        Rng::new(7).shuffle(&mut items);
        assert_ne!(items, (0..20).collect::<Vec<_>>(), "seed 7 moves something");
        let mut sorted = items.clone();
        sorted.sort_unstable();
        assert_eq!(sorted, (0..20).collect::<Vec<_>>(), "a permutation");
        assert_eq!(Rng::new(3).below(0), 0);
        assert!((0..100).all(|_| a.below(6) < 6));
    }

    #[test]
    fn a_training_run_answers_advances_and_retries_the_missed() {
        let kit = kit();
        let mut t = Training::new(&kit, Progress::default(), 5);
        assert_eq!(t.quiz.order.len(), t.questions.len());
        assert_eq!(t.scenarios.order.len(), kit.scenarios.len());
        let same = Training::new(&kit, Progress::default(), 5);
        assert_eq!(t.quiz.order, same.quiz.order, "same seed, same order");

        // Answer the first question wrong, the second right.
        let Some(q) = t.current_question().cloned() else {
            panic!("no question");
        };
        let wrong = (q.answer + 1) % q.choices.len();
        assert!(!t.answer_question(q.choices.len()), "out of range: ignored");
        assert!(t.answer_question(wrong));
        assert!(!t.answer_question(q.answer), "one answer per question");
        assert_eq!(t.quiz_verdict.as_ref().map(|v| v.correct), Some(false));
        t.next_question();
        assert!(t.quiz_verdict.is_none());
        let Some(q2) = t.current_question().cloned() else {
            panic!("no second question");
        };
        assert!(t.answer_question(q2.answer));
        t.next_question();
        assert_eq!((t.progress.quiz.answered, t.progress.quiz.right), (2, 1));
        assert_eq!((t.quiz.answered, t.quiz.right), (2, 1));

        // A scenario, answered right.
        let Some(sc) = t.current_scenario(&kit).cloned() else {
            panic!("no scenario");
        };
        let answer = ScenarioAnswer {
            option: sc.expected,
            pattern: sc.patterns.first().cloned(),
            ..ScenarioAnswer::default()
        };
        assert!(t.answer_scenario(&kit, &answer));
        assert_eq!(t.progress.scenarios.right, 1);

        // Retry: only the missed question, and scenarios untouched.
        let before = t.scenarios.clone();
        assert_eq!(t.retry_missed(&kit), vec![Section::Quiz]);
        assert_eq!(t.quiz.order.len(), 1);
        assert!(t.quiz.retry);
        assert_eq!(
            t.current_question().map(|q| q.id.clone()),
            Some(q.id.clone())
        );
        assert_eq!(t.scenarios, before);
        assert!(t.answer_question(q.answer));
        t.next_question();
        assert!(t.quiz.finished());
        assert!(t.progress.quiz.missed.is_empty());
        assert!(t.retry_missed(&kit).is_empty());

        t.reset(&kit);
        assert_eq!(t.progress, Progress::default());
        assert_eq!(t.quiz.pos, 0);
        assert!(!t.quiz.retry);
    }

    #[test]
    fn ticks_are_compared_in_checklist_order_and_grounds_cite_the_cells() {
        let kit = kit();
        let reference: std::collections::BTreeSet<String> = [
            "vm.security-isolation",
            "vm.security-isolation.sensitive-data",
        ]
        .into_iter()
        .map(String::from)
        .collect();
        let yours: std::collections::BTreeSet<String> =
            ["vm.security-isolation", "choose.containers.fast-scaling"]
                .into_iter()
                .map(String::from)
                .collect();
        let diff = compare_ticks(&kit, &reference, &yours);
        let states: Vec<(&str, TickState)> =
            diff.iter().map(|d| (d.id.as_str(), d.state)).collect();
        assert_eq!(
            states,
            [
                ("vm.security-isolation", TickState::Both),
                ("vm.security-isolation.sensitive-data", TickState::Missed),
                ("choose.containers.fast-scaling", TickState::Extra),
            ]
        );
        let Some(case) = kit
            .vm_cases
            .iter()
            .find(|c| c.id == "vm.security-isolation")
        else {
            panic!("no isolation case");
        };
        assert_eq!(diff[1].source, case.title, "a detail sits under its case");
        assert_eq!(diff[2].supports, OptionId::Containers);

        // A wrong answer on a scenario: what counts for each side, with the table's cells on
        // the same concern (isolation: the kernel-sharing and isolation rows).
        let scenario = Scenario {
            id: "scenario.test".into(),
            title: arbitre_core::kit::Text::default(),
            situation: arbitre_core::kit::Text::default(),
            ticks: reference.iter().cloned().collect(),
            expected: OptionId::Vms,
            patterns: Vec::new(),
            kind: arbitre_core::kit::ScenarioKind::Trap,
            lesson: None,
            sources: Vec::new(),
            components: Vec::new(),
        };
        let v = check_scenario(
            &kit,
            &scenario,
            &ScenarioAnswer {
                option: OptionId::Containers,
                pattern: None,
                ticks: yours,
                places: Vec::new(),
            },
        );
        assert!(!v.correct);
        assert!(
            v.for_chosen.is_empty(),
            "nothing in it counts for containers"
        );
        assert_eq!(v.for_expected.len(), 2);
        let rows: Vec<&str> = v.for_expected[0]
            .cells
            .iter()
            .map(|c| c.criterion.en.as_str())
            .collect();
        assert!(rows.len() >= 2, "{rows:?}");
        assert!(
            v.for_expected[0]
                .cells
                .iter()
                .any(|c| c.option == OptionId::Containers)
                && v.for_expected[0]
                    .cells
                    .iter()
                    .any(|c| c.option == OptionId::Vms),
            "both columns quoted"
        );
        assert_eq!(v.kind, arbitre_core::kit::ScenarioKind::Trap);
        let yours = v.on_your_ticks.map(|e| e.option);
        // Needs on both sides: on the student's ticks the engine says hybrid.
        assert_eq!(
            yours,
            Some(Some(OptionId::Hybrid)),
            "the engine on the student's ticks"
        );
    }

    #[test]
    fn a_quiz_round_can_be_one_section_at_one_level() {
        let kit = kit();
        let mut t = Training::new(&kit, Progress::default(), 9);
        let n = t.quiz_round_of(Some(QuizSection::Hybrids), Some(Level::Apply));
        assert!(n > 0);
        assert_eq!(t.quiz.order.len(), n);
        assert!(t.quiz.order.iter().all(|&i| {
            t.questions[i].section == QuizSection::Hybrids && t.questions[i].level == Level::Apply
        }));
        let before = t.quiz.clone();
        assert_eq!(
            t.quiz_round_of(Some(QuizSection::Scenarios), Some(Level::Recall)),
            0
        );
        assert_eq!(t.quiz, before, "nothing matching: the round is kept");
        assert_eq!(t.quiz_round_of(None, None), t.questions.len());
    }
}
