//! The words of exams and of the question bank, in English.

use super::super::words::exam::Exam;

/// The words of exams and of the question bank, in English.
pub(crate) const EXAM: Exam = Exam {
    exam_title: "Exam —",
    results_title: "Results —",
    seed: "Seed",
    seed_lower: "seed",
    sections: "Sections",
    questions: "Questions",
    question: "Question",
    name: "Name",
    date: "Date",
    one_answer: "One answer per question: circle its letter.",
    page_break: "Page break: the answer key starts here. Detach it before handing out the exam.",
    answer_key: "Answer key",
    answer_to: "Answer to question",
    answer: "Answer",
    csv_header: [
        "student", "date", "seed", "question", "section", "level", "chosen", "right", "correct",
    ],
    no_name: "(no name)",
    student: "Student",
    time_limit: "Time limit",
    time_ran_out: " (time ran out)",
    score: "Score",
    section: "Section",
    right_column: "Right",
    total: "Total",
    answers: "Answers",
    not_answered: "not answered",
    right: "right",
    wrong: "wrong",
    none: "(none)",
    your_answer: "Your answer",
    right_answer: "Right answer",
    list_separator: "; ",
    colon: ":",
    table: "Comparison table",
    cases: "When to prefer a VM",
    hybrids: "Hybrid architectures",
    summary: "Decision summary",
    scenarios: "Scenarios",
    recall: "recall",
    apply: "apply",
    analyse: "analyse",
    newer_progress: |format, reads| {
        format!(
            "this progress was written by a newer arbitre (format {format}; this one reads up to {reads})"
        )
    },
    not_under_way: |q, a| format!("not an exam under way: {q} question(s) and {a} answer(s)"),
};
