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
//! results refer to them. The choices are in kit order; an exam shuffles them
//! ([`crate::exam::build`]).

use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};

use arbitre_core::i18n::Lang;
use arbitre_core::kit::{
    CheckedKit, Criterion, Hybrid, Kit, Level, OptionId, QuestionDef, QuizSection, Text,
};

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
    out.extend(scenario_questions(kit));
    out.extend(kit.questions.iter().chain(extra).map(from_def));
    let mut seen = BTreeSet::new();
    out.retain(|q| q.is_well_formed() && seen.insert(q.id.clone()));
    out
}

// -------------------------------------------------------------------------------- helpers

fn text(fr: String, en: String) -> Text {
    Text { fr, en }
}

/// The text in quotation marks: «\u{a0}…\u{a0}» in French, “…” in English.
fn quoted(t: &Text) -> Text {
    text(format!("«\u{a0}{}\u{a0}»", t.fr), format!("“{}”", t.en))
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

// -------------------------------------------------------------------------------- masking

/// French words that never give an answer away on their own.
const FUNCTION_WORDS_FR: &[&str] = &[
    "a", "à", "au", "aussi", "aux", "avec", "car", "ce", "ces", "d", "dans", "de", "des", "du",
    "elle", "en", "entre", "est", "et", "il", "ils", "l", "la", "le", "les", "leur", "leurs",
    "lui", "mais", "moins", "n", "ne", "non", "ou", "où", "par", "pas", "peut", "plus", "pour",
    "qu", "que", "qui", "s", "sa", "sans", "se", "ses", "son", "sont", "sur", "tous", "tout",
    "toute", "toutes", "très", "un", "une", "via", "y",
];

/// English words that never give an answer away on their own.
const FUNCTION_WORDS_EN: &[&str] = &[
    "a", "also", "an", "and", "are", "as", "at", "be", "because", "by", "can", "does", "even",
    "every", "for", "from", "has", "have", "in", "is", "it", "its", "less", "more", "no", "not",
    "of", "on", "one", "only", "or", "s", "that", "the", "their", "there", "this", "through", "to",
    "too", "very", "with", "without",
];

fn is_function_word(word: &str, lang: Lang) -> bool {
    let lower = word.to_lowercase();
    let list = match lang {
        Lang::Fr => FUNCTION_WORDS_FR,
        Lang::En => FUNCTION_WORDS_EN,
    };
    list.contains(&lower.as_str())
}

/// The words of a text: its runs of letters and digits.
fn words(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
}

/// A word's family: lower case, accents folded, a final `s` dropped, cut to six letters, so
/// that `complet`, `complète` and `complètement`, or `VM` and `VMs`, are one family.
fn family(word: &str) -> String {
    let folded: String = word
        .to_lowercase()
        .chars()
        .map(|c| match c {
            'à' | 'â' | 'ä' => 'a',
            'é' | 'è' | 'ê' | 'ë' => 'e',
            'î' | 'ï' => 'i',
            'ô' | 'ö' => 'o',
            'ù' | 'û' | 'ü' => 'u',
            'ç' => 'c',
            other => other,
        })
        .collect();
    let stem = match folded.strip_suffix('s') {
        Some(s) if s.chars().count() >= 2 => s.to_owned(),
        _ => folded,
    };
    stem.chars().take(6).collect()
}

/// Word families to hide, per language.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct Mask {
    fr: BTreeSet<String>,
    en: BTreeSet<String>,
}

impl Mask {
    fn set(&self, lang: Lang) -> &BTreeSet<String> {
        match lang {
            Lang::Fr => &self.fr,
            Lang::En => &self.en,
        }
    }

    fn set_mut(&mut self, lang: Lang) -> &mut BTreeSet<String> {
        match lang {
            Lang::Fr => &mut self.fr,
            Lang::En => &mut self.en,
        }
    }

    /// Hides every word of `t` but the function words.
    fn add_words(&mut self, t: &Text) {
        for lang in Lang::ALL {
            let families: Vec<String> = words(t.get(lang))
                .filter(|w| !is_function_word(w, lang))
                .map(family)
                .collect();
            self.set_mut(lang).extend(families);
        }
    }

    /// Whether `word` is hidden in `lang`.
    pub(crate) fn hides(&self, word: &str, lang: Lang) -> bool {
        !is_function_word(word, lang) && self.set(lang).contains(&family(word))
    }

    /// `t` with every hidden word replaced by [`MASK`].
    fn apply(&self, t: &Text) -> Text {
        each(|lang| self.apply_one(t.get(lang), lang))
    }

    fn apply_one(&self, s: &str, lang: Lang) -> String {
        let mut out = String::with_capacity(s.len());
        let mut word = String::new();
        let flush = |word: &mut String, out: &mut String| {
            if !word.is_empty() {
                if self.hides(word, lang) {
                    out.push_str(MASK);
                } else {
                    out.push_str(word);
                }
                word.clear();
            }
        };
        for c in s.chars() {
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
}

// ---------------------------------------------------------------------------------- table

/// A column of the comparison table: the notes' two, and the microVM column beyond them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Column {
    Containers,
    Vms,
    Microvm,
}

impl Column {
    const ALL: [Column; 3] = [Column::Containers, Column::Vms, Column::Microvm];

    fn id(self) -> &'static str {
        match self {
            Column::Containers => "containers",
            Column::Vms => "vms",
            Column::Microvm => "microvm",
        }
    }

    fn cell(self, crit: &Criterion) -> &Text {
        match self {
            Column::Containers => &crit.containers,
            Column::Vms => &crit.vms,
            Column::Microvm => &crit.microvm.text,
        }
    }

    fn label(self, kit: &Kit) -> Text {
        match self {
            Column::Containers => option_label(kit, OptionId::Containers),
            Column::Vms => option_label(kit, OptionId::Vms),
            Column::Microvm => text(
                format!("{} (au-delà des notes)", kit.beyond.title.fr),
                format!("{} (beyond the notes)", kit.beyond.title.en),
            ),
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

/// The families of words used in at least two of `cells` and in none of `others`: the words
/// that mark a column (`hyperviseur` in the VMs column, `partagent`/`partagé` in the
/// containers one). A word a single cell uses is that cell's content, not the column's mark.
fn signature<'a>(cells: &[&'a Text], others: &[&'a Text], lang: Lang) -> BTreeSet<String> {
    let mut counts: BTreeMap<String, usize> = BTreeMap::new();
    for cell in cells {
        let families: BTreeSet<String> = words(cell.get(lang))
            .filter(|w| !is_function_word(w, lang))
            .map(family)
            .collect();
        for f in families {
            *counts.entry(f).or_default() += 1;
        }
    }
    let elsewhere: BTreeSet<String> = others
        .iter()
        .flat_map(|c| words(c.get(lang)).map(family).collect::<Vec<_>>())
        .collect();
    counts
        .into_iter()
        .filter(|(f, n)| *n >= 2 && !elsewhere.contains(f))
        .map(|(f, _)| f)
        .collect()
}

/// What table quotes hide: the names of containers and VMs (and of the microVM column), and
/// the words that mark a column — for the notes' two columns, words one uses and the other
/// never does; for the microVM column, words neither of the notes' columns uses.
pub(crate) fn table_mask(kit: &Kit) -> Mask {
    let mut mask = Mask::default();
    for option in [OptionId::Containers, OptionId::Vms] {
        mask.add_words(&option_label(kit, option));
    }
    mask.add_words(&kit.beyond.title);
    let column = |c: Column| -> Vec<&Text> { kit.criteria.iter().map(|k| c.cell(k)).collect() };
    let (containers, vms, microvm) = (
        column(Column::Containers),
        column(Column::Vms),
        column(Column::Microvm),
    );
    let notes: Vec<&Text> = containers.iter().chain(&vms).copied().collect();
    for lang in Lang::ALL {
        let mut marks = signature(&containers, &vms, lang);
        marks.extend(signature(&vms, &containers, lang));
        marks.extend(signature(&microvm, &notes, lang));
        mask.set_mut(lang).extend(marks);
    }
    mask
}

/// What a quote about a case or an architecture hides: the words of its own name, except
/// the options' names (every architecture mentions VMs and containers; that is content).
fn name_mask(kit: &Kit, name: &Text) -> Mask {
    let mut mask = Mask::default();
    mask.add_words(name);
    let mut options = Mask::default();
    for option in OptionId::ALL {
        options.add_words(&option_label(kit, option));
    }
    for lang in Lang::ALL {
        let keep = options.set(lang).clone();
        mask.set_mut(lang).retain(|f| !keep.contains(f));
    }
    mask
}

/// The notes' five criteria, phrased as questions: (criterion id, the answer, French,
/// English).
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
        "Which option starts in a few seconds, or even in milliseconds?",
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

/// "The table's cell for X on Y: «…»", in both languages.
fn cell_citation(kit: &Kit, column: Column, crit: &Criterion) -> Text {
    let label = column.label(kit);
    let cell = quoted(column.cell(crit));
    text(
        format!(
            "La cellule du tableau pour {} sur «\u{a0}{}\u{a0}»\u{a0}: {}",
            label.fr, crit.name.fr, cell.fr
        ),
        format!(
            "The table's cell for {} on “{}”: {}",
            label.en, crit.name.en, cell.en
        ),
    )
}

fn table_questions(kit: &Kit) -> Vec<Question> {
    let mask = table_mask(kit);
    let mut out = Vec::new();
    let columns: Vec<Text> = Column::ALL.iter().map(|c| c.label(kit)).collect();
    // Which column?
    for crit in &kit.criteria {
        for (answer, column) in Column::ALL.into_iter().enumerate() {
            let draft = Draft {
                id: format!("quiz.table.column.{}.{}", crit.id, column.id()),
                section: QuizSection::Table,
                level: Level::Recall,
                prompt: text(
                    format!(
                        "{}\u{a0}: quelle colonne du tableau dit ceci\u{a0}?",
                        crit.name.fr
                    ),
                    format!("{}: which column of the table says this?", crit.name.en),
                ),
                quote: Some(quoted(&mask.apply(column.cell(crit)))),
                choices: columns.clone(),
                answer,
                explain: vec![cell_citation(kit, column, crit)],
            };
            out.push(draft.finish(|i| {
                let other = Column::ALL.get(i).copied().unwrap_or(Column::Containers);
                let c = cell_citation(kit, other, crit);
                text(
                    format!("C'est une autre cellule. {}", c.fr),
                    format!("That is another cell. {}", c.en),
                )
            }));
        }
    }
    // Which criterion?
    let names: Vec<Text> = kit.criteria.iter().map(|c| c.name.clone()).collect();
    if kit.criteria.len() >= 3 {
        for (ci, crit) in kit.criteria.iter().enumerate() {
            for (salt, column) in [Column::Containers, Column::Vms].into_iter().enumerate() {
                let mut crit_mask = mask.clone();
                crit_mask.add_words(&crit.name);
                let (picked, answer) = pick_around(kit.criteria.len(), ci, 4, salt);
                let draft = Draft {
                    id: format!("quiz.table.criterion.{}.{}", crit.id, column.id()),
                    section: QuizSection::Table,
                    level: Level::Recall,
                    prompt: text(
                        "Sur quel critère le tableau comparatif dit-il ceci\u{a0}?".to_owned(),
                        "On which criterion does the comparison table say this?".to_owned(),
                    ),
                    quote: Some(quoted(&crit_mask.apply(column.cell(crit)))),
                    choices: picked
                        .iter()
                        .filter_map(|&i| names.get(i).cloned())
                        .collect(),
                    answer,
                    explain: vec![cell_citation(kit, column, crit)],
                };
                out.push(draft.finish(|i| {
                    let other = picked.get(i).and_then(|&k| kit.criteria.get(k));
                    other.map_or_else(Text::default, |o| {
                        let c = quoted(column.cell(o));
                        let label = column.label(kit);
                        text(
                            format!(
                                "Sur «\u{a0}{}\u{a0}», la colonne {} dit autre chose\u{a0}: {}",
                                o.name.fr, label.fr, c.fr
                            ),
                            format!(
                                "On “{}”, the {} column says something else: {}",
                                o.name.en, label.en, c.en
                            ),
                        )
                    })
                }));
            }
        }
    }
    // The notes' five criteria, phrased: containers, VMs or the hybrid?
    let options: Vec<Text> = OptionId::ALL
        .iter()
        .map(|&o| option_label(kit, o))
        .collect();
    for crit in &kit.criteria {
        for (_, option, fr, en) in PHRASED.iter().filter(|p| p.0 == crit.id) {
            let column = if *option == OptionId::Vms {
                Column::Vms
            } else {
                Column::Containers
            };
            let answer = OptionId::ALL.iter().position(|o| o == option).unwrap_or(0);
            let draft = Draft {
                id: format!("quiz.table.phrased.{}.{}", crit.id, option.id()),
                section: QuizSection::Table,
                level: Level::Apply,
                prompt: text((*fr).to_owned(), (*en).to_owned()),
                quote: None,
                choices: options.clone(),
                answer,
                explain: vec![cell_citation(kit, column, crit)],
            };
            out.push(draft.finish(|i| match OptionId::ALL.get(i) {
                Some(OptionId::Hybrid) => {
                    let right = cell_citation(kit, column, crit);
                    text(
                        format!(
                            "Le tableau n'a pas de colonne pour l'hybride\u{a0}: il compare conteneurs et VMs, et l'hybride combine les deux. {}",
                            right.fr
                        ),
                        format!(
                            "The table has no column for the hybrid: it compares containers and VMs, and the hybrid combines both. {}",
                            right.en
                        ),
                    )
                }
                Some(OptionId::Vms) => cell_citation(kit, Column::Vms, crit),
                _ => cell_citation(kit, Column::Containers, crit),
            }));
        }
    }
    out
}

// ---------------------------------------------------------------------------------- cases

/// "«Case» is one of the use cases for virtual machines: «…»".
fn case_citation(kit: &Kit, case: &arbitre_core::kit::VmCase) -> Text {
    each(|lang| {
        let details: Vec<String> = case
            .details
            .iter()
            .map(|d| quoted(&d.text).get(lang).to_owned())
            .collect();
        let intro = kit
            .headings
            .vm_cases_intro
            .get(lang)
            .trim_end_matches([' ', ':', '\u{a0}']);
        let example = case.example.as_ref().map_or_else(String::new, |e| {
            format!(
                ". {} {}",
                lang.colon(kit.headings.example.get(lang)),
                quoted(e).get(lang)
            )
        });
        format!(
            "{} ({intro}){} {}{example}",
            quoted(&case.title).get(lang),
            lang.words().exam.colon,
            details.join(lang.words().exam.list_separator),
        )
    })
}

fn case_questions(kit: &Kit) -> Vec<Question> {
    let mut out = Vec::new();
    let cases = &kit.vm_cases;
    let titles: Vec<Text> = cases.iter().map(|c| c.title.clone()).collect();
    // A detail or an example: which case?
    if cases.len() >= 3 {
        for (ci, case) in cases.iter().enumerate() {
            let quotes = case
                .details
                .iter()
                .map(|d| (format!("quiz.cases.detail.{}", d.id), &d.text))
                .chain(
                    case.example
                        .iter()
                        .map(|e| (format!("quiz.cases.example.{}", case.id), e)),
                );
            for (salt, (id, quote)) in quotes.enumerate() {
                let (picked, answer) = pick_around(cases.len(), ci, 4, salt);
                let mask = name_mask(kit, &case.title);
                let draft = Draft {
                    id,
                    section: QuizSection::Cases,
                    level: Level::Apply,
                    prompt: text(
                        "De quel cas d'usage des machines virtuelles relève ceci\u{a0}?".to_owned(),
                        "Which use case for virtual machines does this belong to?".to_owned(),
                    ),
                    quote: Some(quoted(&mask.apply(quote))),
                    choices: picked
                        .iter()
                        .filter_map(|&i| titles.get(i).cloned())
                        .collect(),
                    answer,
                    explain: vec![case_citation(kit, case)],
                };
                out.push(draft.finish(|i| {
                    picked
                        .get(i)
                        .and_then(|&k| cases.get(k))
                        .map_or_else(Text::default, |other| case_citation(kit, other))
                }));
            }
        }
    }
    // Which of these calls for a VM? One case or detail, the rest from "choose containers".
    let containers: Vec<&arbitre_core::kit::Item> = kit
        .summary
        .iter()
        .filter(|l| l.option == OptionId::Containers)
        .flat_map(|l| l.statements.iter())
        .collect();
    let list_title = kit
        .summary
        .iter()
        .find(|l| l.option == OptionId::Containers)
        .map(|l| l.title.clone())
        .unwrap_or_default();
    if containers.len() >= 2 {
        let mut n = 0usize;
        for case in cases {
            let items = std::iter::once((&case.id, &case.title))
                .chain(case.details.iter().map(|d| (&d.id, &d.text)));
            for (id, vm_text) in items {
                let distractors: Vec<&arbitre_core::kit::Item> = (0..containers.len().min(3))
                    .filter_map(|k| containers.get((n + k) % containers.len()).copied())
                    .collect();
                let answer = n % (distractors.len() + 1);
                n += 1;
                let mut choices: Vec<Text> = distractors.iter().map(|d| d.text.clone()).collect();
                choices.insert(answer, vm_text.clone());
                let mut why: Vec<Option<Text>> = distractors
                    .iter()
                    .map(|d| {
                        Some(text(
                            format!(
                                "Cette phrase vient de la liste «\u{a0}{}\u{a0}»\u{a0}: c'est une raison de choisir des conteneurs ({}).",
                                list_title.fr.trim_end_matches([' ', ':', '\u{a0}']),
                                quoted(&d.text).fr
                            ),
                            format!(
                                "This sentence comes from the list “{}”: it is a reason to choose containers ({}).",
                                list_title.en.trim_end_matches([' ', ':']),
                                quoted(&d.text).en
                            ),
                        ))
                    })
                    .collect();
                why.insert(answer, None);
                out.push(Question {
                    id: format!("quiz.cases.calls-for-vm.{id}"),
                    section: QuizSection::Cases,
                    level: Level::Recall,
                    prompt: text(
                        "Laquelle de ces situations appelle une machine virtuelle\u{a0}?"
                            .to_owned(),
                        "Which of these situations calls for a virtual machine?".to_owned(),
                    ),
                    quote: None,
                    choices,
                    answer,
                    explain: vec![case_citation(kit, case)],
                    why_wrong: why,
                });
            }
        }
    }
    out
}

// -------------------------------------------------------------------------------- hybrids

/// What a hybrid architecture is, in the kit's words: which parts (architecture,
/// advantages, example).
#[derive(Debug, Clone, Copy)]
enum HybridPart {
    Architecture,
    Advantages,
    Example,
}

fn hybrid_citation(kit: &Kit, h: &Hybrid, parts: &[HybridPart]) -> Text {
    each(|lang| {
        let colon = |label: &Text| lang.colon(label.get(lang));
        let mut bits = Vec::new();
        for part in parts {
            match part {
                HybridPart::Architecture => bits.push(format!(
                    "{} {}",
                    colon(&kit.headings.architecture),
                    h.architecture.get(lang)
                )),
                HybridPart::Advantages => bits.push(format!(
                    "{} {}",
                    colon(&kit.headings.advantages),
                    h.advantages
                        .iter()
                        .map(|a| a.get(lang))
                        .collect::<Vec<_>>()
                        .join(lang.words().exam.list_separator)
                )),
                HybridPart::Example => bits.push(format!(
                    "{} {}",
                    colon(&kit.headings.example),
                    h.example.get(lang)
                )),
            }
        }
        let name = quoted(&h.name);
        format!("{} — {}.", name.get(lang), bits.join(". "))
    })
}

fn hybrid_questions(kit: &Kit) -> Vec<Question> {
    let hybrids = &kit.hybrids;
    if hybrids.len() < 3 {
        return Vec::new();
    }
    let names: Vec<Text> = hybrids.iter().map(|h| h.name.clone()).collect();
    let mut out = Vec::new();
    let all = [
        HybridPart::Architecture,
        HybridPart::Advantages,
        HybridPart::Example,
    ];
    let which = text(
        "Quelle architecture hybride est décrite ainsi\u{a0}?".to_owned(),
        "Which hybrid architecture is described like this?".to_owned(),
    );
    for (hi, h) in hybrids.iter().enumerate() {
        let mask = name_mask(kit, &h.name);
        // (id, level, prompt, quoted text, what to cite about a wrong architecture)
        let mut asks: Vec<(String, Level, Text, &Text, HybridPart)> = h
            .advantages
            .iter()
            .enumerate()
            .map(|(k, adv)| {
                (
                    format!("quiz.hybrids.advantage.{}.{}", h.id, k + 1),
                    Level::Recall,
                    text(
                        "Quelle architecture hybride a cet avantage\u{a0}?".to_owned(),
                        "Which hybrid architecture has this advantage?".to_owned(),
                    ),
                    adv,
                    HybridPart::Advantages,
                )
            })
            .collect();
        asks.push((
            format!("quiz.hybrids.example.{}", h.id),
            Level::Apply,
            text(
                "Quelle architecture hybride cet exemple illustre-t-il\u{a0}?".to_owned(),
                "Which hybrid architecture does this example illustrate?".to_owned(),
            ),
            &h.example,
            HybridPart::Example,
        ));
        asks.push((
            format!("quiz.hybrids.architecture.{}", h.id),
            Level::Recall,
            which.clone(),
            &h.architecture,
            HybridPart::Architecture,
        ));
        for (salt, (id, level, prompt, quote, part)) in asks.into_iter().enumerate() {
            let (picked, answer) = pick_around(hybrids.len(), hi, 4, salt);
            let draft = Draft {
                id,
                section: QuizSection::Hybrids,
                level,
                prompt,
                quote: Some(quoted(&mask.apply(quote))),
                choices: picked
                    .iter()
                    .filter_map(|&i| names.get(i).cloned())
                    .collect(),
                answer,
                explain: vec![hybrid_citation(kit, h, &all)],
            };
            out.push(draft.finish(|i| {
                picked
                    .get(i)
                    .and_then(|&k| hybrids.get(k))
                    .map_or_else(Text::default, |other| {
                        let parts: &[HybridPart] = match part {
                            HybridPart::Example => &[HybridPart::Architecture, HybridPart::Example],
                            HybridPart::Advantages => &[HybridPart::Advantages],
                            HybridPart::Architecture => &[HybridPart::Architecture],
                        };
                        hybrid_citation(kit, other, parts)
                    })
            }));
        }
    }
    out
}

// -------------------------------------------------------------------------------- summary

fn list_citation(list: &arbitre_core::kit::SummaryList) -> Text {
    each(|lang| {
        let statements: Vec<String> = list
            .statements
            .iter()
            .map(|s| quoted(&s.text).get(lang).to_owned())
            .collect();
        format!(
            "{} {}",
            list.title.get(lang),
            statements.join(lang.words().exam.list_separator)
        )
    })
}

fn summary_questions(kit: &Kit) -> Vec<Question> {
    let lists = &kit.summary;
    if lists.len() < 3 {
        return Vec::new();
    }
    let titles: Vec<Text> = lists.iter().map(|l| l.title.clone()).collect();
    let mut out = Vec::new();
    for (li, list) in lists.iter().enumerate() {
        for st in &list.statements {
            let (picked, answer) = pick_around(lists.len(), li, 3, 0);
            let draft = Draft {
                id: format!("quiz.summary.{}", st.id),
                section: QuizSection::Summary,
                level: Level::Recall,
                prompt: text(
                    "Dans le résumé des décisions, dans quelle liste figure cette phrase\u{a0}?"
                        .to_owned(),
                    "In the decision summary, which list holds this sentence?".to_owned(),
                ),
                quote: Some(quoted(&st.text)),
                choices: picked
                    .iter()
                    .filter_map(|&i| titles.get(i).cloned())
                    .collect(),
                answer,
                explain: vec![list_citation(list)],
            };
            out.push(draft.finish(|i| {
                picked
                    .get(i)
                    .and_then(|&k| lists.get(k))
                    .map_or_else(Text::default, list_citation)
            }));
        }
    }
    out
}

// ------------------------------------------------------------------------------ scenarios

/// A scenario's possible answer: an option, and for a hybrid an architecture.
fn answer_label(kit: &Kit, option: OptionId, pattern: Option<&Hybrid>) -> Text {
    let name = option_label(kit, option);
    match pattern {
        Some(h) => text(
            format!("{}\u{a0}: {}", name.fr, h.name.fr),
            format!("{}: {}", name.en, h.name.en),
        ),
        None => name,
    }
}

fn scenario_questions(kit: &CheckedKit) -> Vec<Question> {
    let mut out = Vec::new();
    for sc in &kit.scenarios {
        let engine = crate::engine_answer(kit, sc);
        let (option, patterns) = match engine.option {
            Some(o) => (o, engine.patterns.clone()),
            None => (sc.expected, sc.patterns.clone()),
        };
        let right_pattern = if option == OptionId::Hybrid {
            patterns.first().and_then(|p| kit.hybrid(p))
        } else {
            None
        };
        // Architectures the situation's items suggest, then the kit's, none the engine named.
        let suggested: Vec<&str> = sc
            .ticks
            .iter()
            .filter_map(|t| kit.tick(t))
            .flat_map(|t| t.suggests.iter().map(String::as_str))
            .chain(kit.hybrids.iter().map(|h| h.id.as_str()))
            .collect();
        let mut hybrids: Vec<&Hybrid> = Vec::new();
        if let Some(h) = right_pattern {
            hybrids.push(h);
        }
        for id in suggested {
            if hybrids.len() >= 2 {
                break;
            }
            if patterns.iter().any(|p| p == id) || hybrids.iter().any(|h| h.id == id) {
                continue;
            }
            if let Some(h) = kit.hybrid(id) {
                hybrids.push(h);
            }
        }
        // (option, architecture) for each choice, in a fixed order.
        let mut answers: Vec<(OptionId, Option<&Hybrid>)> =
            vec![(OptionId::Containers, None), (OptionId::Vms, None)];
        if hybrids.is_empty() {
            answers.push((OptionId::Hybrid, None));
        }
        answers.extend(hybrids.iter().map(|h| (OptionId::Hybrid, Some(*h))));
        let Some(answer) = answers.iter().position(|(o, h)| {
            *o == option && h.map(|h| h.id.as_str()) == right_pattern.map(|r| r.id.as_str())
        }) else {
            continue;
        };
        let right_label = answer_label(kit, option, right_pattern);
        let mut explain = vec![text(
            format!(
                "Le moteur de décision, pour les éléments de cette situation, recommande\u{a0}: {}.",
                right_label.fr
            ),
            format!(
                "For the items of this situation, the decision engine recommends: {}.",
                right_label.en
            ),
        )];
        explain.extend(engine.reasons.iter().cloned());
        if let Some(h) = right_pattern {
            explain.push(hybrid_citation(
                kit,
                h,
                &[HybridPart::Architecture, HybridPart::Example],
            ));
        }
        explain.extend(sc.lesson.iter().cloned());
        // The engine's reasons with the option each pushed towards, to say what a wrong
        // option leaves out.
        let ticks: BTreeSet<String> = sc.ticks.iter().cloned().collect();
        let weights = BTreeMap::new();
        let rec = arbitre_core::decide::recommend(
            kit,
            arbitre_core::decide::Answers {
                ticks: &ticks,
                weights: &weights,
                musts: &arbitre_core::decide::NO_MUSTS,
            },
        );
        let against = |chosen: OptionId| -> Text {
            each(|lang| {
                rec.reasons
                    .iter()
                    .filter(|r| r.option != chosen && r.points > 0)
                    .map(|r| r.describe(kit, lang))
                    .collect::<Vec<_>>()
                    .join(lang.words().exam.list_separator)
            })
        };
        let draft = Draft {
            id: format!("quiz.scenarios.{}", sc.id),
            section: QuizSection::Scenarios,
            level: Level::Analyse,
            prompt: text(
                format!("{}\u{a0}: que recommandez-vous\u{a0}?", sc.title.fr),
                format!("{}: what do you recommend?", sc.title.en),
            ),
            quote: Some(quoted(&sc.situation)),
            choices: answers
                .iter()
                .map(|(o, h)| answer_label(kit, *o, *h))
                .collect(),
            answer,
            explain,
        };
        out.push(draft.finish(|i| {
            let Some((o, h)) = answers.get(i) else {
                return Text::default();
            };
            if *o == option {
                // The right option with another architecture.
                let other = h.map_or_else(Text::default, |h| {
                    hybrid_citation(kit, h, &[HybridPart::Architecture])
                });
                return text(
                    format!(
                        "L'hybride, oui, mais pas cette architecture\u{a0}: {} Les éléments de la situation désignent d'abord {}.",
                        other.fr, right_label.fr
                    ),
                    format!(
                        "A hybrid, yes, but not this architecture: {} The situation's items point first to {}.",
                        other.en, right_label.en
                    ),
                );
            }
            let chosen = answer_label(kit, *o, *h);
            let reasons = against(*o);
            text(
                format!(
                    "Pour les éléments de cette situation, le moteur recommande {} et non {}{}",
                    right_label.fr,
                    chosen.fr,
                    if reasons.fr.is_empty() {
                        ".".to_owned()
                    } else {
                        format!(", à cause de\u{a0}: {}.", reasons.fr)
                    }
                ),
                format!(
                    "For the items of this situation, the engine recommends {}, not {}{}",
                    right_label.en,
                    chosen.en,
                    if reasons.en.is_empty() {
                        ".".to_owned()
                    } else {
                        format!(", because of: {}.", reasons.en)
                    }
                ),
            )
        }));
    }
    out
}

// ------------------------------------------------------------------------- hand-written

fn from_def(def: &QuestionDef) -> Question {
    let right = def.choices.get(def.answer).cloned().unwrap_or_default();
    let why_wrong = (0..def.choices.len())
        .map(|i| {
            (i != def.answer).then(|| {
                text(
                    format!("La bonne réponse est «\u{a0}{}\u{a0}».", right.fr),
                    format!("The right answer is “{}”.", right.en),
                )
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

#[cfg(test)]
mod tests {
    use super::*;

    use arbitre_core::kit::test_kit as kit;

    /// How a quotation opens in `lang`: « or “.
    fn opening_quote(lang: Lang) -> String {
        arbitre_core::i18n::typo::quote(lang, "")
            .chars()
            .take(1)
            .collect()
    }

    fn bank() -> Vec<Question> {
        questions(&kit(), &[])
    }

    fn find<'a>(qs: &'a [Question], id: &str) -> &'a Question {
        qs.iter()
            .find(|q| q.id == id)
            .unwrap_or_else(|| panic!("no question {id}"))
    }

    #[test]
    fn every_question_is_well_formed_with_unique_ids() {
        let qs = bank();
        assert!(qs.len() > 100, "{}", qs.len());
        let ids: BTreeSet<&str> = qs.iter().map(|q| q.id.as_str()).collect();
        assert_eq!(ids.len(), qs.len(), "ids are unique");
        for q in &qs {
            assert!(q.is_well_formed(), "{}: {q:?}", q.id);
            assert!(
                q.id.starts_with(&format!("quiz.{}.", q.section.id()))
                    || q.id.starts_with("question."),
                "{}",
                q.id
            );
            for c in &q.choices {
                assert!(
                    !c.fr.trim().is_empty() && !c.en.trim().is_empty(),
                    "{}",
                    q.id
                );
            }
            assert!(!q.explain.is_empty(), "{}: no explanation", q.id);
            for e in &q.explain {
                assert!(!e.fr.is_empty() && !e.en.is_empty(), "{}", q.id);
            }
            if let Some(quote) = &q.quote {
                assert!(
                    quote.fr.starts_with('«') && quote.en.starts_with('“'),
                    "{}",
                    q.id
                );
            }
        }
        for section in QuizSection::ALL {
            assert!(qs.iter().any(|q| q.section == section), "{section:?}");
        }
        // Same kit, same bank.
        assert_eq!(qs, bank());
    }

    #[test]
    fn every_wrong_choice_says_why_from_the_kit() {
        for q in bank() {
            for (i, why) in q.why_wrong.iter().enumerate() {
                if i == q.answer {
                    assert!(why.is_none(), "{}", q.id);
                    continue;
                }
                let Some(why) = why else {
                    panic!("{}: no why_wrong for {i}", q.id);
                };
                for lang in Lang::ALL {
                    let w = why.get(lang);
                    assert!(w.len() > 20, "{}: {w}", q.id);
                    // It quotes the kit (a quotation mark opens in it), or for a scenario
                    // the engine's reasons, with their points.
                    let cites = if q.section == QuizSection::Scenarios {
                        w.contains("(+") || w.contains(opening_quote(lang).as_str())
                    } else {
                        w.contains(opening_quote(lang).as_str())
                    };
                    assert!(cites, "{}: {w}", q.id);
                }
            }
        }
    }

    #[test]
    fn a_wrong_column_quotes_that_column_cell() {
        let qs = bank();
        let q = find(&qs, "quiz.table.column.security-isolation.containers");
        let vms = q.choices.iter().position(|c| c.en == "VMs");
        let v = check(q, vms.unwrap_or(0));
        assert!(!v.correct);
        let why = v.why_wrong.unwrap_or_default();
        assert!(
            why.en.contains(
                "The table's cell for VMs on “Security Isolation”: “Very strong isolation"
            ),
            "{}",
            why.en
        );
        assert!(why.fr.contains("«\u{a0}Isolation très forte"), "{}", why.fr);
        let right = check(q, q.answer);
        assert!(right.correct && right.why_wrong.is_none());
        assert!(right.explain[0].fr.contains("namespaces et cgroups"));
        let out_of_range = check(q, 9);
        assert!(!out_of_range.correct && out_of_range.why_wrong.is_none());
    }

    /// Words of a quote, split into those shown and the count of those masked.
    fn shown_and_masked(quote: &str) -> (Vec<&str>, usize) {
        (words(quote).collect(), quote.matches(MASK).count())
    }

    #[test]
    fn table_quotes_hide_every_word_that_marks_a_column() {
        let kit = kit();
        let mask = table_mask(&kit);
        // The words the issue names are among those hidden.
        for (word, lang) in [
            ("hyperviseur", Lang::Fr),
            ("hypervisor", Lang::En),
            ("invité", Lang::Fr),
            ("guest", Lang::En),
            ("VMs", Lang::En),
            ("conteneurs", Lang::Fr),
            ("chaque", Lang::Fr),
        ] {
            assert!(mask.hides(word, lang), "{word} is shown");
        }
        assert!(!mask.hides("kernel", Lang::Fr), "kernel is in both columns");
        let mut lowest = 1.0_f64;
        let table: Vec<Question> = bank()
            .into_iter()
            .filter(|q| q.section == QuizSection::Table && q.quote.is_some())
            .collect();
        assert_eq!(table.len(), kit.criteria.len() * 5);
        for q in &table {
            let quote = q.quote.clone().unwrap_or_default();
            for lang in Lang::ALL {
                let (shown, masked) = shown_and_masked(quote.get(lang));
                for w in &shown {
                    assert!(
                        !mask.hides(w, lang),
                        "{}: `{w}` shown in {}",
                        q.id,
                        quote.get(lang)
                    );
                }
                // Still mostly text: at least a third of the words shown, and several of
                // them real words.
                let ratio = f64::from(u32::try_from(shown.len()).unwrap_or(0))
                    / f64::from(u32::try_from(shown.len() + masked).unwrap_or(1));
                lowest = lowest.min(ratio);
                assert!(
                    ratio >= 0.4,
                    "{}: {ratio:.2} shown in {}",
                    q.id,
                    quote.get(lang)
                );
                assert!(
                    shown.iter().filter(|w| w.chars().count() >= 4).count() >= 2,
                    "{}: {}",
                    q.id,
                    quote.get(lang)
                );
            }
        }
        // The old quiz's flaw: the hypervisor stayed in view.
        let q = find(&table, "quiz.table.column.operational-complexity.vms");
        let quote = q.quote.clone().unwrap_or_default();
        assert!(
            !quote.fr.to_lowercase().contains("hyperviseur"),
            "{}",
            quote.fr
        );
        assert!(quote.fr.contains("gestion de l'[…]"), "{}", quote.fr);
        assert!(lowest > 0.0);
    }

    #[test]
    fn a_criterion_question_hides_the_criterion_name_too() {
        let qs = bank();
        let q = find(&qs, "quiz.table.criterion.kernel-sharing.containers");
        let quote = q.quote.clone().unwrap_or_default();
        assert!(!quote.en.to_lowercase().contains("kernel"), "{}", quote.en);
        assert_eq!(q.choices.len(), 4);
        assert_eq!(q.choices[q.answer].en, "Kernel Sharing");
    }

    #[test]
    fn case_and_hybrid_quotes_hide_their_own_name() {
        let kit = kit();
        let qs = bank();
        for q in qs
            .iter()
            .filter(|q| q.section == QuizSection::Hybrids || q.id.starts_with("quiz.cases.detail"))
        {
            let quote = q.quote.clone().unwrap_or_default();
            let name = &q.choices[q.answer];
            let mask = name_mask(&kit, name);
            for lang in Lang::ALL {
                for w in words(quote.get(lang)) {
                    assert!(
                        !mask.hides(w, lang),
                        "{}: `{w}` in {}",
                        q.id,
                        quote.get(lang)
                    );
                }
            }
        }
        let q = find(&qs, "quiz.hybrids.architecture.hybrid.kubernetes-on-vms");
        let quote = q.quote.clone().unwrap_or_default();
        assert!(
            quote.en.contains("[…] cluster deployed on VMs"),
            "{}",
            quote.en
        );
        let q = find(&qs, "quiz.cases.detail.vm.kernel-control.compat-tests");
        assert_eq!(q.level, Level::Apply);
        assert_eq!(q.choices.len(), 4);
        assert_eq!(q.choices[q.answer].en, "Full Kernel Control");
    }

    #[test]
    fn a_calls_for_vm_question_has_one_vm_case_and_container_statements() {
        let kit = kit();
        let qs = bank();
        let containers: Vec<&Text> = kit
            .summary
            .iter()
            .filter(|l| l.option == OptionId::Containers)
            .flat_map(|l| l.statements.iter().map(|s| &s.text))
            .collect();
        let asked: Vec<&Question> = qs
            .iter()
            .filter(|q| q.id.starts_with("quiz.cases.calls-for-vm."))
            .collect();
        let items: usize = kit.vm_cases.iter().map(|c| 1 + c.details.len()).sum();
        assert_eq!(asked.len(), items);
        for q in asked {
            assert_eq!(q.level, Level::Recall);
            for (i, c) in q.choices.iter().enumerate() {
                assert_eq!(containers.contains(&c), i != q.answer, "{}", q.id);
            }
        }
    }

    #[test]
    fn summary_questions_ask_which_list() {
        let kit = kit();
        let qs = bank();
        let q = find(&qs, "quiz.summary.choose.hybrid.multi-tenant");
        assert_eq!(q.choices.len(), 3);
        assert_eq!(q.choices[q.answer], kit.summary[2].title);
        let n: usize = kit.summary.iter().map(|l| l.statements.len()).sum();
        assert_eq!(
            qs.iter()
                .filter(|q| q.section == QuizSection::Summary && q.id.starts_with("quiz."))
                .count(),
            n
        );
    }

    #[test]
    fn scenario_answers_are_the_engine_answers() {
        let kit = kit();
        let qs = bank();
        for sc in &kit.scenarios {
            let q = find(&qs, &format!("quiz.scenarios.{}", sc.id));
            assert_eq!(q.level, Level::Analyse);
            assert_eq!(q.choices.len(), 4, "{}", q.id);
            let engine = crate::engine_answer(&kit, sc);
            let right = &q.choices[q.answer];
            let option = engine.option.unwrap_or(sc.expected);
            assert!(
                right.en.starts_with(&kit.option_name(option, Lang::En)),
                "{}: {}",
                q.id,
                right.en
            );
            if let Some(p) = engine.patterns.first().and_then(|p| kit.hybrid(p)) {
                assert!(right.en.ends_with(&p.name.en), "{}: {}", q.id, right.en);
                // The other hybrid choice is not one the engine accepts.
                for (i, c) in q.choices.iter().enumerate() {
                    if i != q.answer {
                        assert!(
                            !engine
                                .patterns
                                .iter()
                                .filter_map(|p| kit.hybrid(p))
                                .any(|h| c.en.ends_with(&h.name.en)),
                            "{}: {}",
                            q.id,
                            c.en
                        );
                    }
                }
            }
            for r in &engine.reasons {
                assert!(q.explain.contains(r), "{}: reason missing", q.id);
            }
        }
    }

    #[test]
    fn hand_written_questions_are_appended_and_checked() {
        let kit = kit();
        let t = |s: &str| Text {
            fr: format!("{s} (fr)"),
            en: s.to_owned(),
        };
        let good = QuestionDef {
            id: "question.pack-one".into(),
            section: QuizSection::Hybrids,
            level: Level::Apply,
            prompt: t("Which one?"),
            choices: vec![t("a"), t("b"), t("c")],
            answer: 2,
            explain: t("Because c."),
        };
        let mut duplicate = good.clone();
        duplicate.answer = 0;
        let mut out_of_range = good.clone();
        out_of_range.id = "question.bad-answer".into();
        out_of_range.answer = 3;
        let mut two = good.clone();
        two.id = "question.two-choices".into();
        two.choices.truncate(2);
        two.answer = 0;
        let mut same = good.clone();
        same.id = "question.same".into();
        same.choices = vec![t("a"), t("a"), t("c")];
        let qs = questions(&kit, &[good, duplicate, out_of_range, two, same]);
        let base = bank().len();
        assert_eq!(qs.len(), base + 1);
        let Some(q) = qs.last() else {
            panic!("empty bank");
        };
        assert_eq!(q.id, "question.pack-one");
        assert_eq!(q.answer, 2);
        assert_eq!(q.explain, vec![t("Because c.")]);
        assert_eq!(q.why_wrong[2], None);
        let why = q.why_wrong[0].clone().unwrap_or_default();
        assert_eq!(why.en, "The right answer is “c”.");
        assert_eq!(why.fr, "La bonne réponse est «\u{a0}c (fr)\u{a0}».");
    }

    #[test]
    fn families_and_letters() {
        assert_eq!(family("Complète"), family("complet"));
        assert_eq!(family("VMs"), family("vm"));
        assert_eq!(family("partagent"), family("partagé"));
        assert_ne!(family("isolation"), family("isolée"));
        assert_eq!((letter(0), letter(3), letter(30)), ('A', 'D', '?'));
        let (picked, at) = pick_around(5, 4, 4, 0);
        assert_eq!(picked.len(), 4);
        assert_eq!(picked[at], 4);
        let (picked, at) = pick_around(3, 1, 4, 7);
        assert_eq!((picked, at), (vec![0, 1, 2], 1));
    }

    #[test]
    #[ignore = "prints the bank, for reading"]
    fn dump() {
        for q in bank() {
            println!("{} [{} {}]", q.id, q.section.id(), q.level.id());
            for lang in Lang::ALL {
                println!("  {}", q.full_prompt(lang));
                for (i, c) in q.choices.iter().enumerate() {
                    let mark = if i == q.answer { "*" } else { " " };
                    println!("   {mark}{} {}", letter(i), c.get(lang));
                    if let Some(Some(w)) = q.why_wrong.get(i) {
                        println!("        ✗ {}", w.get(lang));
                    }
                }
                for e in &q.explain {
                    println!("     → {}", e.get(lang));
                }
            }
        }
    }
}
