//! The shape of the words of exams and of the question bank: printed exams, results, their
//! CSV header, and the names of the sections and levels.

use serde::Serialize;

/// The words of exams, results and the question bank.
#[derive(Debug, Serialize)]
pub struct Exam {
    /// The printed exam's title, before the kit's title: "Exam —".
    pub exam_title: &'static str,
    /// The results' title, before the kit's title: "Results —".
    pub results_title: &'static str,
    /// "Seed" (a label).
    pub seed: &'static str,
    /// "seed", inside a sentence: "Answer key (seed 7)".
    pub seed_lower: &'static str,
    /// "Sections" (a label).
    pub sections: &'static str,
    /// "Questions" (a label and a heading).
    pub questions: &'static str,
    /// "Question", before its number.
    pub question: &'static str,
    /// "Name" (a label, with a line to write it on).
    pub name: &'static str,
    /// "Date" (a label).
    pub date: &'static str,
    /// The instruction above the questions.
    pub one_answer: &'static str,
    /// The hint at the page break before the answer key.
    pub page_break: &'static str,
    /// "Answer key" (a heading).
    pub answer_key: &'static str,
    /// "Answer to question", before its number.
    pub answer_to: &'static str,
    /// "Answer" (a label).
    pub answer: &'static str,
    /// The results' CSV header: student, date, seed, question, section, level, chosen, right,
    /// correct.
    pub csv_header: [&'static str; 9],
    /// The student's name when none was given.
    pub no_name: &'static str,
    /// "Student" (a label).
    pub student: &'static str,
    /// "Time limit" (a label).
    pub time_limit: &'static str,
    /// Said after the time limit when the time ran out (with its leading space).
    pub time_ran_out: &'static str,
    /// "Score" (a heading).
    pub score: &'static str,
    /// "Section" (a column).
    pub section: &'static str,
    /// "Right" (a column: right answers).
    pub right_column: &'static str,
    /// "Total" (a row).
    pub total: &'static str,
    /// "Answers" (a heading).
    pub answers: &'static str,
    /// A question not answered.
    pub not_answered: &'static str,
    /// A right answer.
    pub right: &'static str,
    /// A wrong answer.
    pub wrong: &'static str,
    /// The answer given when there was none.
    pub none: &'static str,
    /// "Your answer" (a label).
    pub your_answer: &'static str,
    /// "Right answer" (a label).
    pub right_answer: &'static str,
    /// The separator between the items of a list inside a sentence ("a; b").
    pub list_separator: &'static str,
    /// The colon after a title inside a sentence, with its space in French.
    pub colon: &'static str,
    /// The name of each quiz section.
    pub table: &'static str,
    /// "When to prefer a VM".
    pub cases: &'static str,
    /// "Hybrid architectures".
    pub hybrids: &'static str,
    /// "Decision summary".
    pub summary: &'static str,
    /// "Scenarios".
    pub scenarios: &'static str,
    /// The name of the level "recall".
    pub recall: &'static str,
    /// The name of the level "apply".
    pub apply: &'static str,
    /// The name of the level "analyse".
    pub analyse: &'static str,
    /// A progress file from a newer arbitre: its format, the newest this one reads.
    #[serde(skip)]
    pub newer_progress: fn(u32, u32) -> String,
    /// An exam file that holds no exam under way: its questions, its answers.
    #[serde(skip)]
    pub not_under_way: fn(usize, usize) -> String,
    /// The question bank's prompts and explanations.
    pub bank: Bank,
}

/// The words of the question bank: prompts and explanations, built around what they quote
/// from the kit (quotes come already in quotation marks).
#[derive(Debug, Serialize)]
pub struct Bank {
    /// The words that never give an answer away on their own (masking leaves them).
    #[serde(skip)]
    pub function_words: &'static [&'static str],
    /// Why a hand-written question's wrong choice is wrong: the right one, quoted.
    #[serde(skip)]
    pub right_answer_is: super::Fmt1,
    /// The microVM column's label: the title of what goes beyond the notes.
    #[serde(skip)]
    pub beyond_notes: super::Fmt1,
    /// "Which option shares the host OS's kernel?"
    pub shares_kernel: &'static str,
    /// "According to the notes, which option gives each instance its own complete kernel?"
    pub own_kernel: &'static str,
    /// "Which option starts in a few seconds, or even in milliseconds?"
    pub starts_fast: &'static str,
    /// "Which option must boot a complete operating system…?"
    pub boots_os: &'static str,
    /// "Which option typically needs only a few MB of RAM…?"
    pub few_mb: &'static str,
    /// "Which option carries a complete copy of the OS…?"
    pub full_copy: &'static str,
    /// "According to the notes, which option isolates at the level of virtual hardware?"
    pub hardware_isolation: &'static str,
    /// "Which option isolates at the process level…?"
    pub process_isolation: &'static str,
    /// "Which option is simpler to deploy and manage…?"
    pub simpler: &'static str,
    /// "Which option requires managing a hypervisor…?"
    pub hypervisor: &'static str,
    /// The microVM column, phrased: "…a user-space kernel between the application and the
    /// host's kernel…?"
    pub micro_kernel: &'static str,
    /// "Which option boots a real kernel, cut down to the bare minimum, in at most 125 ms?"
    pub micro_boot: &'static str,
    /// "Which option adds at most about 5 MiB of memory per instance…?"
    pub micro_overhead: &'static str,
    /// "Which option shrinks the host-kernel surface…?"
    pub micro_syscalls: &'static str,
    /// "Which option plugs into Kubernetes through a `RuntimeClass`, but needs KVM…?"
    pub micro_runtime_class: &'static str,
    /// A cell of the table: the column's label, the criterion (quoted), the cell (quoted).
    #[serde(skip)]
    pub cell_citation: super::Fmt3,
    /// Which column says this: the criterion's name.
    #[serde(skip)]
    pub which_column: super::Fmt1,
    /// A wrong column: the citation of its cell.
    #[serde(skip)]
    pub another_cell: super::Fmt1,
    /// "On which criterion does the comparison table say this?"
    pub which_criterion: &'static str,
    /// A wrong criterion: its name (quoted), the column's label, its cell (quoted).
    #[serde(skip)]
    pub column_says_else: super::Fmt3,
    /// "Which use case for virtual machines does this belong to?"
    pub which_case: &'static str,
    /// A sentence of another list of the decision summary: the sentence (quoted), the
    /// list's title (quoted).
    #[serde(skip)]
    pub in_list: super::Fmt2,
    /// "Which of these situations calls for containers?"
    pub calls_for_containers: &'static str,
    /// "Which of these situations calls for a virtual machine?"
    pub calls_for_vm: &'static str,
    /// "Which hybrid architecture is described like this?"
    pub which_hybrid: &'static str,
    /// "Which hybrid architecture has this advantage?"
    pub which_advantage: &'static str,
    /// "Which hybrid architecture does this example illustrate?"
    pub which_example: &'static str,
    /// "In the decision summary, which list holds this sentence?"
    pub which_summary_list: &'static str,
    /// What the engine recommends for a scenario: the answer.
    #[serde(skip)]
    pub engine_recommends: super::Fmt1,
    /// A scenario's prompt: its title.
    #[serde(skip)]
    pub what_do_you_recommend: super::Fmt1,
    /// The right option with another architecture: that one's citation, the right answer.
    #[serde(skip)]
    pub not_this_architecture: super::Fmt2,
    /// A wrong option for a scenario: the right answer, the chosen one, the engine's reasons
    /// against the chosen one (maybe empty).
    #[serde(skip)]
    pub engine_not: super::Fmt3,
}
