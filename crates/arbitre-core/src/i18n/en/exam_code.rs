//! The words of exam integrity, in English (the `exam_code` section).

use crate::i18n::words::exam_code::ExamCodeWords;

/// The words of exam integrity, in English.
pub(super) const EXAM_CODE: ExamCodeWords = ExamCodeWords {
    code: "Exam code",
    check: "Exam check",
    code_none: "none (practice exam)",
    code_given: "given by the teacher (not printed here)",
    key_title: "Answer key —",
    key_warning: "For the teacher: do not hand this key out with the exam.",
    started: "Started",
    time_taken: "Time taken",
    duration: |m, s| format!("{m} min {s:02} s"),
    file_edited: "The exam file was edited by hand during the exam (its seal no longer held): the times it gave cannot be trusted, so no time was left.",
    csv_more: ["seconds_taken", "exam", "file_edited"],
    csv_practice: "practice",
    csv_coded: "code",
    not_in_bank: |id| {
        format!(
            "question `{id}` of the exam is no longer in the question bank (a pack removed, or another kit): the exam file is kept as it is; load the pack it was set from and start the app again"
        )
    },
    order_changed: |id| {
        format!(
            "the order of choices the exam file keeps for question `{id}` does not fit that question in the bank (the file was edited, or the question changed): the exam file is kept as it is"
        )
    },
    code_hint: "The code your teacher hands out with the seed. Without it you sit the practice exam of that seed, not your class's exam.",
    practice_note: "No code: this is the practice exam of this seed (anyone can print its answer key).",
    coded_note: "With this code you sit the exam your teacher set.",
    running_practice: "practice exam",
    unresumable: |why| format!("An exam under way could not be taken up again: {why}."),
};
