//! Questions on the comparison table: which column says this, on which criterion, which
//! option is phrased so.

use arbitre_core::i18n::Lang;
use arbitre_core::kit::{Criterion, Kit, Level, OptionId, QuizSection, Text};

use super::mask::{Mask, signature};
use super::{Draft, Question, option_label, pick_around, quoted, text};
// ---------------------------------------------------------------------------------- table

/// A column of the comparison table: the notes' two, and the microVM column beyond them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Column {
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

/// What table quotes hide: the names of containers and VMs (and of the microVM column), and
/// the words that mark a column — for the notes' two columns, words one uses and the other
/// never does; for the microVM column, words neither of the notes' columns uses.
pub(super) fn table_mask(kit: &Kit) -> Mask {
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

/// The notes' five criteria, phrased as questions: (criterion id, the answer, French,
/// English).
pub(super) const PHRASED: [(&str, OptionId, &str, &str); 10] = [
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
pub(super) fn cell_citation(kit: &Kit, column: Column, crit: &Criterion) -> Text {
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

pub(super) fn table_questions(kit: &Kit) -> Vec<Question> {
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
