//! The quiz: questions generated from the kit's comparison table, and the feedback that
//! quotes its cells.

use std::collections::BTreeSet;

use crate::i18n::Lang;
use crate::kit::{self, Kit, OptionId, Text};

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
        criterion: crit.map_or_else(
            || Text {
                fr: question.criterion.clone(),
                en: question.criterion.clone(),
            },
            |c| c.name.clone(),
        ),
        quotes,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::kit::test_kit as kit;

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
}
