//! The words of a system scenario on the Train screen (the `system_train` section of the
//! catalog): placing each component, then the feedback placement by placement.

use serde::Serialize;

use super::{Fmt1, Fmt2};

/// Two counts: how many components were placed right, of how many.
pub type Count2 = fn(usize, usize) -> String;

/// The words of a system scenario on the Train screen, in one language.
#[derive(Debug, Serialize)]
pub struct SystemTrain {
    /// The step where the student places each component.
    pub step_place: &'static str,
    /// What that step asks, in one line.
    pub step_place_intro: &'static str,
    /// The accessible name of one component's choice of placement (the component's name).
    #[serde(skip)]
    pub where_runs: Fmt1,
    /// The step where the student gives the system's answer.
    pub step_system: &'static str,
    /// The hint while a component is not placed yet.
    pub place_each_first: &'static str,
    /// The feedback's heading over the placements.
    pub placements: &'static str,
    /// How many components were placed right, of how many.
    #[serde(skip)]
    pub placements_score: Count2,
    /// A component placed right (its name, its placement).
    #[serde(skip)]
    pub placed_right: Fmt2,
    /// A component placed wrong (its name, the expected placement, the student's).
    #[serde(skip)]
    pub placed_wrong: fn(&str, &str, &str) -> String,
    /// What the student chose for a component left unplaced.
    pub nothing_chosen: &'static str,
    /// Why a component lands where it does (the one-line why).
    #[serde(skip)]
    pub why: Fmt1,
    /// The feedback's heading over the system's architectures.
    pub system_answer: &'static str,
}
