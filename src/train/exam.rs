//! Exams: a deterministic selection from the question bank.
