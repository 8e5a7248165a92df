//! The words of a system scenario on the Train screen, in English (the `system_train`
//! section).

use crate::i18n::words::system_train::SystemTrain;

/// The words of a system scenario on the Train screen, in English.
pub(super) const SYSTEM_TRAIN: SystemTrain = SystemTrain {
    step_place: "1. Place each component",
    step_place_intro: "For each component, choose where it runs from what its team says about it.",
    where_runs: |name| format!("Where does “{name}” run?"),
    step_system: "2. Then the system: your answer",
    place_each_first: "Place each component first.",
    placements: "Component by component",
    placements_score: |right, n| {
        if n == 1 {
            format!("{right} of {n} component placed right")
        } else {
            format!("{right} of {n} components placed right")
        }
    },
    placed_right: |name, place| format!("✅ {name}: {place}"),
    placed_wrong: |name, expected, chosen| format!("❌ {name}: {expected} (your answer: {chosen})"),
    nothing_chosen: "nothing",
    why: |why| format!("Why: {why}"),
    system_answer: "The system's architecture",
};
