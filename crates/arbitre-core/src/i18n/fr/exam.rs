//! The words of exams and of the question bank, in French.

use super::super::words::exam::Exam;

/// The words of exams and of the question bank, in French.
pub(crate) const EXAM: Exam = Exam {
    exam_title: "Examen —",
    results_title: "Résultats —",
    seed: "Graine",
    seed_lower: "graine",
    sections: "Sections",
    questions: "Questions",
    question: "Question",
    name: "Nom",
    date: "Date",
    one_answer: "Une seule réponse par question\u{a0}: entourez sa lettre.",
    page_break: "Saut de page\u{a0}: le corrigé commence ici. Détachez-le avant de distribuer l'examen.",
    answer_key: "Corrigé",
    answer_to: "Corrigé de la question",
    answer: "Réponse",
    csv_header: [
        "élève",
        "date",
        "graine",
        "question",
        "section",
        "niveau",
        "réponse",
        "bonne réponse",
        "juste",
    ],
    no_name: "(sans nom)",
    student: "Élève",
    time_limit: "Temps limite",
    time_ran_out: " (temps écoulé)",
    score: "Score",
    section: "Section",
    right_column: "Justes",
    total: "Total",
    answers: "Réponses",
    not_answered: "sans réponse",
    right: "juste",
    wrong: "faux",
    none: "(aucune)",
    your_answer: "Votre réponse",
    right_answer: "Bonne réponse",
    list_separator: "\u{a0}; ",
    colon: "\u{a0}:",
    table: "Tableau comparatif",
    cases: "Quand préférer une VM",
    hybrids: "Architectures hybrides",
    summary: "Résumé des décisions",
    scenarios: "Scénarios",
    recall: "restituer",
    apply: "appliquer",
    analyse: "analyser",
    newer_progress: |format, reads| {
        format!(
            "cette progression a été écrite par un arbitre plus récent (format {format}\u{a0}; celui-ci lit jusqu'au format {reads})"
        )
    },
    not_under_way: |q, a| {
        format!("pas un examen en cours\u{a0}: {q} question(s) et {a} réponse(s)")
    },
};
