//! The words of exam integrity (the `exam_code` section of the catalog): the exam code, the
//! practice exam, the answer key printed apart, the recorded times, an exam file edited by
//! hand, an exam that cannot be set again from the bank.

use serde::Serialize;

use super::Fmt1;

/// The words of exam integrity, in one language.
#[derive(Debug, Serialize)]
pub struct ExamCodeWords {
    /// The label of the exam code (printed exams, results, the exam form).
    pub code: &'static str,
    /// The exam's check (8 hex digits from the code and the seed), on the key and in the
    /// results.
    pub check: &'static str,
    /// No code: the practice exam.
    pub code_none: &'static str,
    /// A code was given (never printed).
    pub code_given: &'static str,
    /// The title of the answer key printed apart (followed by the kit's title).
    pub key_title: &'static str,
    /// The line atop the answer key printed apart.
    pub key_warning: &'static str,
    /// When the exam started (results).
    pub started: &'static str,
    /// How long the exam took (results).
    pub time_taken: &'static str,
    /// A duration: minutes, seconds.
    #[serde(skip)]
    pub duration: fn(u64, u64) -> String,
    /// The exam file was edited by hand (results, the exam screen).
    pub file_edited: &'static str,
    /// The columns the results' CSV adds: seconds taken, kind of exam, file edited.
    pub csv_more: [&'static str; 3],
    /// The kind of exam in the CSV: the practice exam.
    pub csv_practice: &'static str,
    /// The kind of exam in the CSV: an exam set with a code.
    pub csv_coded: &'static str,
    /// A question of the exam is no longer in the bank (its id).
    #[serde(skip)]
    pub not_in_bank: Fmt1,
    /// The order kept for a question does not fit it (its id).
    #[serde(skip)]
    pub order_changed: Fmt1,
    /// What the code field of the exam form is for.
    pub code_hint: &'static str,
    /// Under the form, with no code: the practice exam.
    pub practice_note: &'static str,
    /// Under the form, with a code: the teacher's exam.
    pub coded_note: &'static str,
    /// Beside the running exam's title: the practice exam.
    pub running_practice: &'static str,
    /// An exam under way that could not be taken up again (why).
    #[serde(skip)]
    pub unresumable: Fmt1,
}
