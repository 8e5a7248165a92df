//! The words of exams and of the question bank, in English.

use crate::i18n::words::exam::{Bank, Exam};

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
    bank: Bank {
        function_words: &[
            "a", "also", "an", "and", "are", "as", "at", "be", "because", "by", "can", "does",
            "even", "every", "for", "from", "has", "have", "in", "is", "it", "its", "less", "more",
            "no", "not", "of", "on", "one", "only", "or", "s", "that", "the", "their", "there",
            "this", "through", "to", "too", "very", "with", "without",
        ],
        right_answer_is: |q| format!("The right answer is {q}."),
        beyond_notes: |t| format!("{t} (beyond the notes)"),
        shares_kernel: "Which option shares the host OS's kernel?",
        own_kernel: "According to the notes, which option gives each instance its own complete kernel?",
        starts_fast: "Which option starts in a few seconds, or even in milliseconds?",
        boots_os: "Which option must boot a complete operating system, which takes several minutes?",
        few_mb: "Which option typically needs only a few MB of RAM, without duplicating the OS?",
        full_copy: "Which option carries a complete copy of the OS, several GB of RAM and disk?",
        hardware_isolation: "According to the notes, which option isolates at the level of virtual hardware?",
        process_isolation: "Which option isolates at the process level, through namespaces and cgroups?",
        simpler: "Which option is simpler to deploy and manage, with high portability?",
        hypervisor: "Which option requires managing a hypervisor and patching several OSes?",
        micro_kernel: "Which option puts a user-space kernel between the application and the host's kernel, or gives each workload a guest kernel behind KVM?",
        micro_boot: "Which option boots a real kernel, cut down to the bare minimum, in at most 125 ms?",
        micro_overhead: "Which option adds at most about 5 MiB of memory per instance for its virtual machine manager?",
        micro_syscalls: "Which option shrinks the host-kernel surface exposed to the application by handling its system calls in a user-space kernel?",
        micro_runtime_class: "Which option plugs into Kubernetes through a RuntimeClass, but needs KVM, hence bare-metal machines or nested virtualisation?",
        cell_citation: |label, name, cell| {
            format!("The table's cell for {label} on {name}: {cell}")
        },
        which_column: |name| format!("{name}: which column of the table says this?"),
        another_cell: |c| format!("That is another cell. {c}"),
        which_criterion: "On which criterion does the comparison table say this?",
        column_says_else: |name, label, cell| {
            format!("On {name}, the {label} column says something else: {cell}")
        },
        which_case: "Which use case for virtual machines does this belong to?",
        in_list: |sentence, title| format!("{sentence} is in the list {title}."),
        calls_for_containers: "Which of these situations calls for containers?",
        calls_for_vm: "Which of these situations calls for a virtual machine?",
        which_hybrid: "Which hybrid architecture is described like this?",
        which_advantage: "Which hybrid architecture has this advantage?",
        which_example: "Which hybrid architecture does this example illustrate?",
        which_summary_list: "In the decision summary, which list holds this sentence?",
        engine_recommends: |a| {
            format!("For the items of this situation, the decision engine recommends: {a}.")
        },
        what_do_you_recommend: |t| format!("{t}: what do you recommend?"),
        not_this_architecture: |other, right| {
            format!(
                "A hybrid, yes, but not this architecture: {other} The situation's items point first to {right}."
            )
        },
        engine_not: |right, chosen, reasons| {
            if reasons.is_empty() {
                format!(
                    "For the items of this situation, the engine recommends {right}, not {chosen}."
                )
            } else {
                format!(
                    "For the items of this situation, the engine recommends {right}, not {chosen}, because of: {reasons}."
                )
            }
        },
    },
};
