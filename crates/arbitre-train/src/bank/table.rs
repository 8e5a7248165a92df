//! Questions on the comparison table: which column says this, on which criterion, which
//! option is phrased so.

use arbitre_core::i18n::Lang;
use arbitre_core::i18n::words::exam::Bank;
use arbitre_core::kit::{Criterion, Kit, Level, OptionId, QuizSection, Text};

use super::mask::{Mask, signature};
use super::{Draft, Question, bank_words, each, option_label, pick_around, quoted, said};
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

    /// The id a phrased question ends with: the option's, and `microvm` beyond the notes.
    fn option_id(self) -> &'static str {
        match self {
            Column::Containers => OptionId::Containers.id(),
            Column::Vms => OptionId::Vms.id(),
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
            Column::Microvm => {
                each(|lang| (bank_words(lang).beyond_notes)(kit.beyond.title.get(lang)))
            }
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
        mask.add_marks(lang, signature(&containers, &vms, lang));
        mask.add_marks(lang, signature(&vms, &containers, lang));
        mask.add_marks(lang, signature(&microvm, &notes, lang));
    }
    mask
}

/// The five criteria, phrased as questions for each column: (criterion id, the column that
/// answers, the question in the catalog). The microVM column's are there so that each of
/// the three choices is right in its share of these questions; the notes' VM cells that a
/// microVM cell also fits ask "according to the notes".
pub(super) const PHRASED: [(&str, Column, Phrased); 15] = [
    ("kernel-sharing", Column::Containers, |b| b.shares_kernel),
    ("kernel-sharing", Column::Vms, |b| b.own_kernel),
    ("kernel-sharing", Column::Microvm, |b| b.micro_kernel),
    ("startup-time", Column::Containers, |b| b.starts_fast),
    ("startup-time", Column::Vms, |b| b.boots_os),
    ("startup-time", Column::Microvm, |b| b.micro_boot),
    ("resource-overhead", Column::Containers, |b| b.few_mb),
    ("resource-overhead", Column::Vms, |b| b.full_copy),
    ("resource-overhead", Column::Microvm, |b| b.micro_overhead),
    ("security-isolation", Column::Vms, |b| b.hardware_isolation),
    ("security-isolation", Column::Containers, |b| {
        b.process_isolation
    }),
    ("security-isolation", Column::Microvm, |b| b.micro_syscalls),
    ("operational-complexity", Column::Containers, |b| b.simpler),
    ("operational-complexity", Column::Vms, |b| b.hypervisor),
    ("operational-complexity", Column::Microvm, |b| {
        b.micro_runtime_class
    }),
];

/// The criteria whose VMs cell the microVM column also fits once its names are masked ("[…]
/// has its own kernel", "isolation at the virtual-hardware level": Firecracker and Kata give
/// each workload its own guest kernel behind hardware virtualisation). "Which column says
/// this?" would have two defensible answers: those cells are asked as phrased questions,
/// "according to the notes", instead.
pub(super) const VMS_CELL_MICROVM_FITS: [&str; 2] = ["kernel-sharing", "security-isolation"];

/// A question of the catalog's bank.
pub(super) type Phrased = fn(&Bank) -> &'static str;

/// "The table's cell for X on Y: «…»", in both languages.
pub(super) fn cell_citation(kit: &Kit, column: Column, crit: &Criterion) -> Text {
    let label = column.label(kit);
    let cell = quoted(column.cell(crit));
    let name = quoted(&crit.name);
    each(|lang| (bank_words(lang).cell_citation)(label.get(lang), name.get(lang), cell.get(lang)))
}

pub(super) fn table_questions(kit: &Kit) -> Vec<Question> {
    let mask = table_mask(kit);
    let mut out = Vec::new();
    let columns: Vec<Text> = Column::ALL.iter().map(|c| c.label(kit)).collect();
    // Which column?
    for crit in &kit.criteria {
        for (answer, column) in Column::ALL.into_iter().enumerate() {
            if column == Column::Vms && VMS_CELL_MICROVM_FITS.contains(&crit.id.as_str()) {
                continue;
            }
            // A cell the columns' names cannot be hidden in readably is not asked.
            let Some(masked) = mask.apply(column.cell(crit)) else {
                continue;
            };
            let draft = Draft {
                id: format!("quiz.table.column.{}.{}", crit.id, column.id()),
                section: QuizSection::Table,
                level: Level::Recall,
                prompt: each(|lang| (bank_words(lang).which_column)(crit.name.get(lang))),
                quote: Some(quoted(&masked)),
                choices: columns.clone(),
                answer,
                explain: vec![cell_citation(kit, column, crit)],
            };
            out.push(draft.finish(|i| {
                let other = Column::ALL.get(i).copied().unwrap_or(Column::Containers);
                let c = cell_citation(kit, other, crit);
                each(|lang| (bank_words(lang).another_cell)(c.get(lang)))
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
                let Some(masked) = crit_mask.apply(column.cell(crit)) else {
                    continue;
                };
                let (picked, answer) = pick_around(kit.criteria.len(), ci, 4, salt);
                let draft = Draft {
                    id: format!("quiz.table.criterion.{}.{}", crit.id, column.id()),
                    section: QuizSection::Table,
                    level: Level::Recall,
                    prompt: said(|b| b.which_criterion),
                    quote: Some(quoted(&masked)),
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
                        let name = quoted(&o.name);
                        each(|lang| {
                            (bank_words(lang).column_says_else)(
                                name.get(lang),
                                label.get(lang),
                                c.get(lang),
                            )
                        })
                    })
                }));
            }
        }
    }
    // The five criteria, phrased: which column?
    for crit in &kit.criteria {
        for (_, column, phrased) in PHRASED.iter().filter(|p| p.0 == crit.id) {
            let answer = Column::ALL.iter().position(|c| c == column).unwrap_or(0);
            let draft = Draft {
                id: format!("quiz.table.phrased.{}.{}", crit.id, column.option_id()),
                section: QuizSection::Table,
                level: Level::Apply,
                prompt: each(|lang| phrased(bank_words(lang)).to_owned()),
                quote: None,
                choices: columns.clone(),
                answer,
                explain: vec![cell_citation(kit, *column, crit)],
            };
            out.push(draft.finish(|i| {
                let other = Column::ALL.get(i).copied().unwrap_or(Column::Containers);
                let c = cell_citation(kit, other, crit);
                each(|lang| (bank_words(lang).another_cell)(c.get(lang)))
            }));
        }
    }
    out
}
