//! Training, without a teacher and without a network: quiz questions generated from the
//! kit's comparison table, the kit's scenarios checked by the decision engine itself, and the
//! student's progress, kept locally as RON.
//!
//! Everything here is plain data and pure functions; `ui::train` draws it. Two rules hold
//! the content together:
//! - quiz questions come from the kit (hand-phrased wording for the five criteria the notes
//!   define, the table cell itself for any criterion a trainer adds), and the feedback quotes
//!   the table cells, so the quiz never teaches something the notes do not say;
//! - a scenario's right answer is what [`decide::recommend`] says for its ticks, and the
//!   explanation is the engine's own reasons, so the Train screen and the Recommendation
//!   screen can never disagree. The kit's `expected` is checked against the engine by a test.

use std::collections::BTreeMap;
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::decide::{self, Answers, Outcome};
use crate::files::{self, WriteError};
use crate::i18n::Lang;
use crate::kit::{self, CheckedKit, Kit, LoadError, OptionId, Scenario, Text};

/// The progress format this build writes.
pub const PROGRESS_FORMAT: u32 = 1;

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
        (self.next_u64() % n as u64) as usize
    }

    /// Shuffles in place (Fisher–Yates).
    pub fn shuffle<T>(&mut self, items: &mut [T]) {
        for i in (1..items.len()).rev() {
            let j = self.below(i + 1);
            items.swap(i, j);
        }
    }
}

// ------------------------------------------------------------------------------------ quiz

/// A quiz question about the comparison table: which option does this describe?
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Question {
    /// Stable id, `quiz.<criterion>.<option>.phrased` or `quiz.<criterion>.<option>.cell`;
    /// progress refers to it.
    pub id: String,
    /// The criterion the question is about.
    pub criterion: String,
    /// The question, in both languages.
    pub prompt: Text,
    /// A table cell the question quotes (with the option's name elided), shown below it.
    pub quote: Option<Text>,
    /// The right answer: containers or VMs (the notes' table has no other column).
    pub answer: OptionId,
}

impl Question {
    /// The question and its quote, if any, as one line (for lists).
    pub fn full(&self, lang: Lang) -> String {
        match &self.quote {
            Some(q) => format!("{} {}", self.prompt.get(lang), q.get(lang)),
            None => self.prompt.get(lang).to_owned(),
        }
    }
}

/// The hand-phrased questions for the notes' five criteria: (criterion id, option, French,
/// English). Criteria a trainer adds get the cell-quoting form only.
const PHRASED: [(&str, OptionId, &str, &str); 10] = [
    (
        "kernel-sharing",
        OptionId::Containers,
        "Quelle option partage le kernel de l'OS hôte\u{a0}?",
        "Which option shares the host OS's kernel?",
    ),
    (
        "kernel-sharing",
        OptionId::Vms,
        "Quelle option donne à chaque instance son propre kernel complet\u{a0}?",
        "Which option gives each instance its own complete kernel?",
    ),
    (
        "startup-time",
        OptionId::Containers,
        "Quelle option démarre en quelques secondes, voire en millisecondes\u{a0}?",
        "Which option starts in a few seconds, even in milliseconds?",
    ),
    (
        "startup-time",
        OptionId::Vms,
        "Quelle option doit démarrer un système d'exploitation complet, ce qui prend plusieurs minutes\u{a0}?",
        "Which option must boot a complete operating system, which takes several minutes?",
    ),
    (
        "resource-overhead",
        OptionId::Containers,
        "Quelle option se contente typiquement de quelques Mo de RAM, sans dupliquer l'OS\u{a0}?",
        "Which option typically needs only a few MB of RAM, without duplicating the OS?",
    ),
    (
        "resource-overhead",
        OptionId::Vms,
        "Quelle option embarque une copie complète de l'OS, soit plusieurs Go de RAM et de disque\u{a0}?",
        "Which option carries a complete copy of the OS, several GB of RAM and disk?",
    ),
    (
        "security-isolation",
        OptionId::Vms,
        "Quelle option isole au niveau du matériel virtuel\u{a0}?",
        "Which option isolates at the level of virtual hardware?",
    ),
    (
        "security-isolation",
        OptionId::Containers,
        "Quelle option isole au niveau processus, via les namespaces et les cgroups\u{a0}?",
        "Which option isolates at the process level, through namespaces and cgroups?",
    ),
    (
        "operational-complexity",
        OptionId::Containers,
        "Quelle option est la plus simple à déployer et à gérer, avec une portabilité élevée\u{a0}?",
        "Which option is simpler to deploy and manage, with high portability?",
    ),
    (
        "operational-complexity",
        OptionId::Vms,
        "Quelle option demande de gérer un hyperviseur et de patcher plusieurs OS\u{a0}?",
        "Which option requires managing a hypervisor and patching several OSes?",
    ),
];

/// What replaces a word that would give the answer away in a quoted cell.
const ELISION: &str = "[…]";

/// Generates the quiz from the kit, in a stable order (the deck shuffles it): for each
/// criterion, the hand-phrased questions if the criterion is one of the notes' five, then for
/// containers and VMs a question quoting the table cell, with the option's own name elided.
pub fn quiz_questions(kit: &Kit) -> Vec<Question> {
    let giveaways = giveaway_words(kit);
    let mut out = Vec::new();
    for crit in &kit.criteria {
        for (id, option, fr, en) in PHRASED.iter().filter(|p| p.0 == crit.id) {
            out.push(Question {
                id: format!("quiz.{id}.{}.phrased", option.id()),
                criterion: crit.id.clone(),
                prompt: Text {
                    fr: (*fr).to_owned(),
                    en: (*en).to_owned(),
                },
                quote: None,
                answer: *option,
            });
        }
        for option in [OptionId::Containers, OptionId::Vms] {
            let cell = cell(crit, option);
            let fr = elide(&cell.fr, &giveaways);
            let en = elide(&cell.en, &giveaways);
            out.push(Question {
                id: format!("quiz.{}.{}.cell", crit.id, option.id()),
                criterion: crit.id.clone(),
                prompt: Text {
                    fr: format!(
                        "{}\u{a0}: quelle option le tableau décrit-il ainsi\u{a0}?",
                        crit.name.fr
                    ),
                    en: format!(
                        "{}: which option does the table describe like this?",
                        crit.name.en
                    ),
                },
                quote: Some(Text {
                    fr: format!("«\u{a0}{fr}\u{a0}»"),
                    en: format!("“{en}”"),
                }),
                answer: option,
            });
        }
    }
    out
}

/// A criterion's cell for containers or VMs (the hybrid has no column; it gets the VMs one,
/// which never happens for generated questions).
pub fn cell(crit: &kit::Criterion, option: OptionId) -> &Text {
    match option {
        OptionId::Containers => &crit.containers,
        OptionId::Vms | OptionId::Hybrid => &crit.vms,
    }
}

/// Lower-case words that name containers or VMs, singular and plural, in both languages,
/// taken from the kit's option names.
fn giveaway_words(kit: &Kit) -> BTreeSet<String> {
    let mut words = BTreeSet::new();
    for def in kit.options.iter().filter(|o| o.id != OptionId::Hybrid) {
        for text in [&def.short, &def.name] {
            for t in [&text.fr, &text.en] {
                for w in t.split(|c: char| !c.is_alphanumeric()) {
                    if w.chars().count() < 2 {
                        continue;
                    }
                    let w = w.to_lowercase();
                    if let Some(singular) = w.strip_suffix('s') {
                        words.insert(singular.to_owned());
                    }
                    words.insert(w);
                }
            }
        }
    }
    // "Machines Virtuelles" gives "machine", "virtuelle"…: only the words that name the
    // option on their own count; "virtual" alone does not give the answer away.
    words.retain(|w| {
        !matches!(
            w.as_str(),
            "machine" | "machines" | "virtuelle" | "virtuelles" | "virtual"
        )
    });
    words
}

/// Replaces each whole word of `text` found in `words` (case-insensitive) by [`ELISION`].
fn elide(text: &str, words: &BTreeSet<String>) -> String {
    let mut out = String::with_capacity(text.len());
    let mut word = String::new();
    let flush = |word: &mut String, out: &mut String| {
        if !word.is_empty() {
            if words.contains(&word.to_lowercase()) {
                out.push_str(ELISION);
            } else {
                out.push_str(word);
            }
            word.clear();
        }
    };
    for c in text.chars() {
        if c.is_alphanumeric() {
            word.push(c);
        } else {
            flush(&mut word, &mut out);
            out.push(c);
        }
    }
    flush(&mut word, &mut out);
    out
}

/// A table cell quoted in feedback.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Quote {
    /// The column.
    pub option: OptionId,
    /// The cell, in both languages.
    pub text: Text,
}

/// The feedback on a quiz answer, computed once when the student answers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QuizVerdict {
    /// The question's id.
    pub question: String,
    /// What the student chose.
    pub chosen: OptionId,
    /// The right answer.
    pub answer: OptionId,
    /// Whether the student was right.
    pub correct: bool,
    /// The criterion's name, as the table heads its row.
    pub criterion: Text,
    /// The row's cells, the right answer's first.
    pub quotes: Vec<Quote>,
}

/// Checks a quiz answer and gathers the table cells that explain it.
pub fn check_question(kit: &Kit, question: &Question, chosen: OptionId) -> QuizVerdict {
    let crit = kit.criteria.iter().find(|c| c.id == question.criterion);
    let other = match question.answer {
        OptionId::Containers => OptionId::Vms,
        OptionId::Vms | OptionId::Hybrid => OptionId::Containers,
    };
    let quotes = crit
        .map(|c| {
            [question.answer, other]
                .into_iter()
                .map(|option| Quote {
                    option,
                    text: cell(c, option).clone(),
                })
                .collect()
        })
        .unwrap_or_default();
    QuizVerdict {
        question: question.id.clone(),
        chosen,
        answer: question.answer,
        correct: chosen == question.answer,
        criterion: crit.map(|c| c.name.clone()).unwrap_or_else(|| Text {
            fr: question.criterion.clone(),
            en: question.criterion.clone(),
        }),
        quotes,
    }
}

// ------------------------------------------------------------------------------- scenarios

/// A student's answer to a scenario.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ScenarioAnswer {
    /// The option chosen.
    pub option: OptionId,
    /// For a hybrid, the architecture chosen (a hybrid id from the kit).
    pub pattern: Option<String>,
}

/// The decision engine's answer for a scenario's ticks.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EngineAnswer {
    /// The option the engine recommends; `None` only if the ticks say nothing (a checked kit
    /// never has such a scenario).
    pub option: Option<OptionId>,
    /// For a hybrid, the architectures with the most votes.
    pub patterns: Vec<String>,
    /// The engine's reasons, as sentences in both languages.
    pub reasons: Vec<Text>,
}

/// Runs the decision engine on a scenario's ticks, with no criterion weighted.
pub fn engine_answer(kit: &CheckedKit, scenario: &Scenario) -> EngineAnswer {
    let ticks: BTreeSet<String> = scenario.ticks.iter().cloned().collect();
    let weights = BTreeMap::new();
    let rec = decide::recommend(
        kit,
        Answers {
            ticks: &ticks,
            weights: &weights,
        },
    );
    let option = rec.outcome.option();
    let patterns = if rec.outcome == Outcome::Hybrid {
        rec.top_patterns().into_iter().map(str::to_owned).collect()
    } else {
        Vec::new()
    };
    let reasons = rec
        .reasons
        .iter()
        .map(|r| Text {
            fr: r.describe(kit, Lang::Fr),
            en: r.describe(kit, Lang::En),
        })
        .collect();
    EngineAnswer {
        option,
        patterns,
        reasons,
    }
}

/// The feedback on a scenario answer, computed once when the student checks.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ScenarioVerdict {
    /// The scenario's id.
    pub scenario: String,
    /// What the student answered.
    pub chosen: ScenarioAnswer,
    /// The right option: the engine's.
    pub expected: OptionId,
    /// For a hybrid, the right architectures: the engine's (any of them is accepted).
    pub expected_patterns: Vec<String>,
    /// Whether the option was right.
    pub option_right: bool,
    /// Whether the whole answer was right (for a hybrid, the architecture too).
    pub correct: bool,
    /// The engine's reasons, in both languages.
    pub reasons: Vec<Text>,
    /// Whether the kit's `expected` and `patterns` say the same as the engine. A test keeps
    /// the built-in kit so; a trainer's edited kit may not be, and the screen says so.
    pub agrees_with_kit: bool,
}

/// Checks a scenario answer against the decision engine's answer for the same ticks.
pub fn check_scenario(
    kit: &CheckedKit,
    scenario: &Scenario,
    chosen: &ScenarioAnswer,
) -> ScenarioVerdict {
    let engine = engine_answer(kit, scenario);
    let agrees_with_kit = engine.option == Some(scenario.expected)
        && (scenario.expected != OptionId::Hybrid || engine.patterns == scenario.patterns);
    // Only a kit that bypassed the checks gets no answer from the engine; the kit's own
    // answer is then the best there is.
    let (expected, expected_patterns) = match engine.option {
        Some(option) => (option, engine.patterns),
        None => (scenario.expected, scenario.patterns.clone()),
    };
    let option_right = chosen.option == expected;
    let pattern_right = expected != OptionId::Hybrid
        || expected_patterns.is_empty()
        || chosen
            .pattern
            .as_ref()
            .is_some_and(|p| expected_patterns.contains(p));
    ScenarioVerdict {
        scenario: scenario.id.clone(),
        chosen: chosen.clone(),
        expected,
        expected_patterns,
        option_right,
        correct: option_right && pattern_right,
        reasons: engine.reasons,
        agrees_with_kit,
    }
}

// -------------------------------------------------------------------------------- progress

/// The two sections that are scored.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Section {
    /// Questions on the comparison table.
    Quiz,
    /// Scenarios.
    Scenarios,
}

/// The score of one section.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct SectionProgress {
    /// Answers given, retries included.
    pub answered: u32,
    /// Right answers among them.
    pub right: u32,
    /// Ids answered right at least once.
    pub mastered: BTreeSet<String>,
    /// Ids whose last answer was wrong: what "retry missed" replays.
    pub missed: BTreeSet<String>,
}

impl SectionProgress {
    /// Records one answer.
    pub fn record(&mut self, id: &str, correct: bool) {
        self.answered = self.answered.saturating_add(1);
        if correct {
            self.right = self.right.saturating_add(1);
            self.mastered.insert(id.to_owned());
            self.missed.remove(id);
        } else {
            self.missed.insert(id.to_owned());
        }
    }

    /// What `disk` becomes with the answers this run added since `base` (`mine` is `base`
    /// plus this run's answers): counts add up, and this run's latest verdict on an item
    /// wins. Two instances training on one machine keep each other's progress this way.
    pub fn merged(disk: &Self, base: &Self, mine: &Self) -> Self {
        let fixed: BTreeSet<&String> = base.missed.difference(&mine.missed).collect();
        let mut missed: BTreeSet<String> = disk
            .missed
            .iter()
            .filter(|id| !fixed.contains(id))
            .cloned()
            .collect();
        missed.extend(mine.missed.difference(&base.missed).cloned());
        let answered = disk
            .answered
            .saturating_add(mine.answered.saturating_sub(base.answered));
        SectionProgress {
            answered,
            right: disk
                .right
                .saturating_add(mine.right.saturating_sub(base.right))
                .min(answered),
            mastered: disk.mastered.union(&mine.mastered).cloned().collect(),
            missed,
        }
    }

    /// Right answers as a percentage of answers, rounded (0 when nothing was answered).
    pub fn percent(&self) -> u32 {
        if self.answered == 0 {
            0
        } else {
            let answered = u64::from(self.answered);
            let p = (u64::from(self.right.min(self.answered)) * 100 + answered / 2) / answered;
            u32::try_from(p).unwrap_or(100)
        }
    }
}

/// The student's progress, kept between runs.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Progress {
    /// The file format version.
    pub format: u32,
    /// The quiz's score.
    pub quiz: SectionProgress,
    /// The scenarios' score.
    pub scenarios: SectionProgress,
}

impl Default for Progress {
    fn default() -> Self {
        Progress {
            format: PROGRESS_FORMAT,
            quiz: SectionProgress::default(),
            scenarios: SectionProgress::default(),
        }
    }
}

impl Progress {
    /// One section's score.
    pub fn section(&self, section: Section) -> &SectionProgress {
        match section {
            Section::Quiz => &self.quiz,
            Section::Scenarios => &self.scenarios,
        }
    }

    /// One section's score, to record into.
    pub fn section_mut(&mut self, section: Section) -> &mut SectionProgress {
        match section {
            Section::Quiz => &mut self.quiz,
            Section::Scenarios => &mut self.scenarios,
        }
    }

    /// Parses progress from RON. A file from a newer arbitre is refused rather than
    /// misread; impossible counts are brought back into range.
    pub fn parse(source: &str, file: &Path) -> Result<Progress, LoadError> {
        let mut progress: Progress =
            ron::from_str(source).map_err(|e| kit::syntax_error(file, &e))?;
        if progress.format > PROGRESS_FORMAT {
            return Err(LoadError::Syntax {
                file: file.to_owned(),
                line: 1,
                column: 1,
                message: format!(
                    "this progress was written by a newer arbitre (format {}; this one reads up to {PROGRESS_FORMAT})",
                    progress.format
                ),
            });
        }
        progress.format = PROGRESS_FORMAT;
        for s in [&mut progress.quiz, &mut progress.scenarios] {
            s.right = s.right.min(s.answered);
        }
        Ok(progress)
    }

    /// What `disk` becomes with what this run added since `base` (see
    /// [`SectionProgress::merged`]).
    pub fn merged(disk: &Progress, base: &Progress, mine: &Progress) -> Progress {
        Progress {
            format: PROGRESS_FORMAT,
            quiz: SectionProgress::merged(&disk.quiz, &base.quiz, &mine.quiz),
            scenarios: SectionProgress::merged(&disk.scenarios, &base.scenarios, &mine.scenarios),
        }
    }

    /// Reads progress from a file: `Ok(None)` when there is no file yet.
    pub fn load(path: &Path) -> Result<Option<Progress>, LoadError> {
        match std::fs::metadata(path) {
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
            _ => {}
        }
        let source = kit::read_text_file(path)?;
        Progress::parse(&source, path).map(Some)
    }

    /// The progress as RON text.
    pub fn to_ron(&self) -> String {
        let pretty = ron::ser::PrettyConfig::new().struct_names(false);
        // Serializing plain data to a String cannot fail; fall back to the compact form.
        ron::ser::to_string_pretty(self, pretty)
            .or_else(|_| ron::to_string(self))
            .unwrap_or_default()
    }

    /// Saves atomically, creating the folder if needed.
    pub fn save(&self, path: &Path) -> Result<(), WriteError> {
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            std::fs::create_dir_all(dir).map_err(|source| WriteError::Io {
                path: dir.to_owned(),
                source,
            })?;
        }
        let mut text = self.to_ron();
        text.push('\n');
        files::write_atomic(path, text.as_bytes())
    }
}

/// Copies an unreadable progress file aside (`progress.ron.unreadable`, then `-2`, `-3`…)
/// before it is replaced, so that nothing the student had is ever lost. Returns the copy.
pub fn keep_unreadable(path: &Path) -> Result<PathBuf, WriteError> {
    let bytes =
        files::read_limited(path, kit::MAX_FILE_BYTES).map_err(|source| WriteError::Io {
            path: path.to_owned(),
            source,
        })?;
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "progress.ron".to_owned());
    for n in 1..=100u32 {
        let suffix = if n == 1 {
            ".unreadable".to_owned()
        } else {
            format!(".unreadable-{n}")
        };
        let copy = path.with_file_name(format!("{name}{suffix}"));
        match files::write_new_atomic(&copy, &bytes) {
            Ok(()) => return Ok(copy),
            Err(WriteError::Exists(_)) => continue,
            Err(e) => return Err(e),
        }
    }
    Err(WriteError::Exists(
        path.with_file_name(format!("{name}.unreadable-100")),
    ))
}

// ----------------------------------------------------------------------------------- decks

/// An ordered run through a section's items (indices into the questions or the kit's
/// scenarios), with the score of this run.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
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

impl Training {
    /// Generates the quiz and shuffles both decks.
    pub fn new(kit: &Kit, progress: Progress, seed: u64) -> Training {
        let questions = quiz_questions(kit);
        let mut rng = Rng::new(seed);
        let quiz = Deck::shuffled((0..questions.len()).collect(), &mut rng, false);
        let scenarios = Deck::shuffled((0..kit.scenarios.len()).collect(), &mut rng, false);
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

    /// Answers the current question: records it and keeps the feedback. Returns whether
    /// anything changed (a second answer to the same question is ignored).
    pub fn answer_question(&mut self, kit: &Kit, chosen: OptionId) -> bool {
        if self.quiz_verdict.is_some() {
            return false;
        }
        let Some(question) = self.current_question() else {
            return false;
        };
        let verdict = check_question(kit, question, chosen);
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

    #[test]
    fn two_runs_keep_each_other_s_progress() {
        let base = Progress::default();
        let mut a = base.clone();
        a.quiz.record("q1", true);
        a.quiz.record("q2", false);
        let mut b = base.clone();
        b.quiz.record("q3", true);
        b.scenarios.record("s1", false);
        // b saved first; a merges into what b wrote.
        let disk = Progress::merged(&base, &base, &b);
        let both = Progress::merged(&disk, &base, &a);
        assert_eq!(both.quiz.answered, 3);
        assert_eq!(both.quiz.right, 2);
        assert!(both.quiz.mastered.contains("q1") && both.quiz.mastered.contains("q3"));
        assert!(both.quiz.missed.contains("q2"));
        assert!(both.scenarios.missed.contains("s1"));
        // a then answers q2 right: it leaves the missed list, b's entries stay.
        let base_a = both.clone();
        let mut a2 = both.clone();
        a2.quiz.record("q2", true);
        let after = Progress::merged(&both, &base_a, &a2);
        assert!(!after.quiz.missed.contains("q2"));
        assert!(after.scenarios.missed.contains("s1"));
        assert_eq!(after.quiz.answered, 4);
    }
    use super::*;

    use crate::kit::test_kit as kit;

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
    fn questions_come_from_every_criterion_with_phrasing_for_the_notes_five() {
        let kit = kit();
        let qs = quiz_questions(&kit);
        assert_eq!(qs.len(), kit.criteria.len() * 2 + PHRASED.len());
        let ids: BTreeSet<&str> = qs.iter().map(|q| q.id.as_str()).collect();
        assert_eq!(ids.len(), qs.len(), "ids are unique");
        for (crit, ..) in PHRASED {
            assert!(kit.criterion(crit).is_some(), "phrasing for unknown {crit}");
        }
        let shared = qs
            .iter()
            .find(|q| q.id == "quiz.kernel-sharing.containers.phrased");
        assert_eq!(shared.map(|q| q.answer), Some(OptionId::Containers));
        assert!(shared.is_some_and(|q| q.prompt.fr.starts_with("Quelle option partage le kernel")));
        let hw = qs
            .iter()
            .find(|q| q.prompt.en == "Which option isolates at the level of virtual hardware?");
        assert_eq!(hw.map(|q| q.answer), Some(OptionId::Vms));
        for q in &qs {
            assert!(
                !q.prompt.fr.is_empty() && !q.prompt.en.is_empty(),
                "{}",
                q.id
            );
            assert_ne!(q.answer, OptionId::Hybrid, "{}", q.id);
        }
    }

    #[test]
    fn a_criterion_added_by_a_trainer_gets_cell_questions() {
        let mut kit: Kit = (*kit()).clone();
        let mut extra = kit.criteria[0].clone();
        extra.id = "patching".into();
        extra.name = Text {
            fr: "Mises à jour".into(),
            en: "Updates".into(),
        };
        extra.containers = Text {
            fr: "On reconstruit l'image du conteneur.".into(),
            en: "Rebuild the container image.".into(),
        };
        kit.criteria.push(extra);
        let qs = quiz_questions(&kit);
        let q = qs.iter().find(|q| q.id == "quiz.patching.containers.cell");
        let Some(q) = q else {
            panic!("no cell question for the new criterion");
        };
        assert_eq!(q.answer, OptionId::Containers);
        assert!(q.prompt.fr.starts_with("Mises à jour"), "{}", q.prompt.fr);
        // The option's own name is elided so the quote does not give the answer away.
        let quote = q.quote.clone().unwrap_or_default();
        assert!(quote.fr.contains("l'image du […]"), "{}", quote.fr);
        assert!(quote.en.contains("Rebuild the […] image."), "{}", quote.en);
        assert!(q.full(Lang::En).starts_with("Updates: which option"));
        assert!(
            !qs.iter()
                .any(|q| q.id.starts_with("quiz.patching.") && q.id.ends_with(".phrased"))
        );
    }

    #[test]
    fn elision_replaces_whole_words_only() {
        let words: BTreeSet<String> = ["vm", "vms", "conteneur", "conteneurs"]
            .into_iter()
            .map(String::from)
            .collect();
        assert_eq!(
            elide(
                "Chaque VM a son kernel ; les VMs, non. Conteneurisation.",
                &words
            ),
            "Chaque […] a son kernel ; les […], non. Conteneurisation."
        );
        let kit = kit();
        let g = giveaway_words(&kit);
        for w in [
            "conteneur",
            "conteneurs",
            "container",
            "containers",
            "vm",
            "vms",
        ] {
            assert!(g.contains(w), "{w} missing from {g:?}");
        }
    }

    #[test]
    fn quiz_feedback_quotes_the_row_right_answer_first() {
        let kit = kit();
        let qs = quiz_questions(&kit);
        let Some(q) = qs
            .iter()
            .find(|q| q.id == "quiz.startup-time.containers.phrased")
        else {
            panic!("no startup question");
        };
        let right = check_question(&kit, q, OptionId::Containers);
        assert!(right.correct);
        assert_eq!(right.criterion.fr, "Temps de Démarrage");
        assert_eq!(right.quotes.len(), 2);
        assert_eq!(right.quotes[0].option, OptionId::Containers);
        assert!(right.quotes[0].text.fr.contains("millisecondes"));
        assert_eq!(right.quotes[1].option, OptionId::Vms);
        let wrong = check_question(&kit, q, OptionId::Vms);
        assert!(!wrong.correct);
        assert_eq!(wrong.answer, OptionId::Containers);
        assert_eq!(wrong.quotes, right.quotes);
    }

    #[test]
    fn there_are_at_least_twelve_scenarios() {
        assert!(kit().scenarios.len() >= 12);
    }

    /// The guarantee, through the Train screen's own checking code: every scenario's
    /// expected answer is what `decide` recommends for its ticks, so the kit's answer is
    /// accepted, and any other option is refused.
    #[test]
    fn every_scenario_expected_answer_is_what_decide_recommends() {
        let kit = kit();
        for sc in &kit.scenarios {
            let expected = ScenarioAnswer {
                option: sc.expected,
                pattern: sc.patterns.first().cloned(),
            };
            let v = check_scenario(&kit, sc, &expected);
            assert!(v.agrees_with_kit, "{}: kit and engine disagree", sc.id);
            assert!(v.correct, "{}: the kit's answer is refused", sc.id);
            assert_eq!(v.expected, sc.expected, "{}", sc.id);
            assert!(!v.reasons.is_empty(), "{}: no reasons", sc.id);
            if sc.expected == OptionId::Hybrid {
                assert_eq!(v.expected_patterns, sc.patterns, "{}", sc.id);
            }
            for other in OptionId::ALL.into_iter().filter(|o| *o != sc.expected) {
                let v = check_scenario(
                    &kit,
                    sc,
                    &ScenarioAnswer {
                        option: other,
                        pattern: kit.hybrids.first().map(|h| h.id.clone()),
                    },
                );
                assert!(
                    !v.correct && !v.option_right,
                    "{}: {other:?} accepted",
                    sc.id
                );
            }
        }
    }

    #[test]
    fn a_hybrid_needs_the_right_architecture() {
        let kit = kit();
        let Some(sc) = kit
            .scenarios
            .iter()
            .find(|s| s.id == "scenario.oracle-and-rest-api")
        else {
            panic!("scenario missing");
        };
        let wrong = check_scenario(
            &kit,
            sc,
            &ScenarioAnswer {
                option: OptionId::Hybrid,
                pattern: Some("hybrid.cicd".into()),
            },
        );
        assert!(wrong.option_right && !wrong.correct);
        let none = check_scenario(
            &kit,
            sc,
            &ScenarioAnswer {
                option: OptionId::Hybrid,
                pattern: None,
            },
        );
        assert!(!none.correct);
        let right = check_scenario(
            &kit,
            sc,
            &ScenarioAnswer {
                option: OptionId::Hybrid,
                pattern: Some("hybrid.lift-and-shift".into()),
            },
        );
        assert!(right.correct);
        assert!(
            right.reasons.iter().any(|r| r.fr.contains("Hybride (+")),
            "{:?}",
            right.reasons
        );
    }

    #[test]
    fn a_kit_whose_expected_answer_is_wrong_is_flagged_and_the_engine_wins() {
        let kit = kit();
        let Some(sc) = kit.scenarios.iter().find(|s| s.expected == OptionId::Vms) else {
            panic!("no VM scenario");
        };
        let mut edited = sc.clone();
        edited.expected = OptionId::Containers;
        let v = check_scenario(
            &kit,
            &edited,
            &ScenarioAnswer {
                option: OptionId::Vms,
                pattern: None,
            },
        );
        assert!(!v.agrees_with_kit);
        assert!(v.correct, "the engine's answer is the one taught");
    }

    #[test]
    fn progress_records_scores_and_missed_items() {
        let mut p = SectionProgress::default();
        p.record("a", false);
        p.record("b", true);
        p.record("a", false);
        assert_eq!((p.answered, p.right), (3, 1));
        assert_eq!(p.percent(), 33);
        p.record("c", true);
        assert_eq!(p.percent(), 50);
        p.record("d", true);
        assert_eq!(p.percent(), 60);
        p.record("e", true);
        assert_eq!(p.percent(), 67, "rounded, not truncated");
        assert!(p.missed.contains("a") && !p.missed.contains("b"));
        p.record("a", true);
        assert!(p.missed.is_empty());
        assert_eq!(p.mastered.len(), 5);
        assert_eq!(SectionProgress::default().percent(), 0);
    }

    #[test]
    fn progress_round_trips_through_a_file_and_creates_its_folder()
    -> Result<(), Box<dyn std::error::Error>> {
        let dir = tempfile::tempdir()?;
        let path = dir.path().join("arbitre").join("progress.ron");
        assert_eq!(Progress::load(&path)?, None, "no file yet");
        let mut p = Progress::default();
        p.quiz.record("quiz.x", false);
        p.scenarios.record("scenario.y", true);
        p.save(&path)?;
        assert_eq!(Progress::load(&path)?, Some(p));
        Ok(())
    }

    #[test]
    fn bad_progress_files_are_errors_not_panics() -> Result<(), Box<dyn std::error::Error>> {
        let dir = tempfile::tempdir()?;
        let path = dir.path().join("progress.ron");
        std::fs::write(&path, "(quiz: (answered: \"many\"")?;
        let e = Progress::load(&path)
            .err()
            .map(|e| e.to_string())
            .unwrap_or_default();
        assert!(e.contains("progress.ron:1:"), "{e}");

        std::fs::write(&path, "(format: 99)")?;
        let e = Progress::load(&path)
            .err()
            .map(|e| e.to_string())
            .unwrap_or_default();
        assert!(e.contains("newer arbitre"), "{e}");

        std::fs::write(&path, "(quiz: (answered: 2, right: 9))")?;
        assert_eq!(Progress::load(&path)?.map(|p| p.quiz.right), Some(2));
        Ok(())
    }

    #[test]
    fn unreadable_files_are_copied_aside_never_overwritten()
    -> Result<(), Box<dyn std::error::Error>> {
        let dir = tempfile::tempdir()?;
        let path = dir.path().join("progress.ron");
        std::fs::write(&path, "garbage")?;
        let first = keep_unreadable(&path)?;
        let second = keep_unreadable(&path)?;
        assert_eq!(first, dir.path().join("progress.ron.unreadable"));
        assert_eq!(second, dir.path().join("progress.ron.unreadable-2"));
        assert_eq!(std::fs::read(&first)?, b"garbage");
        assert_eq!(std::fs::read(&path)?, b"garbage", "the original stays");
        Ok(())
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
        let wrong = match q.answer {
            OptionId::Containers => OptionId::Vms,
            _ => OptionId::Containers,
        };
        assert!(t.answer_question(&kit, wrong));
        assert!(
            !t.answer_question(&kit, q.answer),
            "one answer per question"
        );
        assert_eq!(t.quiz_verdict.as_ref().map(|v| v.correct), Some(false));
        t.next_question();
        assert!(t.quiz_verdict.is_none());
        let Some(q2) = t.current_question().cloned() else {
            panic!("no second question");
        };
        assert!(t.answer_question(&kit, q2.answer));
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
        assert!(t.answer_question(&kit, q.answer));
        t.next_question();
        assert!(t.quiz.finished());
        assert!(t.progress.quiz.missed.is_empty());
        assert!(t.retry_missed(&kit).is_empty());

        t.reset(&kit);
        assert_eq!(t.progress, Progress::default());
        assert_eq!(t.quiz.pos, 0);
        assert!(!t.quiz.retry);
    }
}
