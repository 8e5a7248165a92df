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
}
