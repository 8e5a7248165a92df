//! The fixed words of a system's record (the `system_doc` section of the catalog): the
//! outcome of a system of components, its table of placements, its options at system level
//! and its drawing. The rest of a record's words are the `doc` section's.

use serde::Serialize;

use super::{Fmt1, Fmt2};

/// The fixed words of a system's record, in one language.
#[derive(Debug, Serialize)]
pub struct SystemDoc {
    /// The option "every component in containers".
    pub all_containers: &'static str,
    /// The option "every component in VMs".
    pub all_vms: &'static str,
    /// Why the system's outcome, after "because": each component where its needs place it.
    pub placed_because: &'static str,
    /// Nygard's decision, in the active voice (the outcome, quoted): then the table.
    #[serde(skip)]
    pub we_will_system: Fmt1,
    /// Nygard's decision when the team chose the outcome (the outcome, quoted).
    #[serde(skip)]
    pub we_will_system_chosen: Fmt1,
    /// No outcome yet: the components not placed yet (their names).
    #[serde(skip)]
    pub waiting: Fmt1,
    /// After the team's justification for the system: where the placements lead (quoted).
    #[serde(skip)]
    pub placements_lead_to: Fmt1,
    /// The table's column: the component.
    pub col_component: &'static str,
    /// The table's column: its placement.
    pub col_placement: &'static str,
    /// The table's column: why it lands there.
    pub col_why: &'static str,
    /// A placement the team chose over the engine's (the placement).
    #[serde(skip)]
    pub team_choice: Fmt1,
    /// An option at system level fits these components (their names).
    #[serde(skip)]
    pub suits: Fmt1,
    /// An option at system level goes against these components' placements (their names).
    #[serde(skip)]
    pub does_not_suit: Fmt1,
    /// A consequence and the components whose needs raise it (the consequence, their names).
    #[serde(skip)]
    pub concerns: Fmt2,
    /// The heading of the team's system drawn.
    pub drawing_title: &'static str,
    /// The context when the team wrote none (the kit's title, the components' names).
    #[serde(skip)]
    pub context_sentence: Fmt2,
}
