//! The fixed words of a system's record, in English (the `system_doc` section).

use crate::i18n::words::system_doc::SystemDoc;

/// The fixed words of a system's record, in English.
pub(super) const SYSTEM_DOC: SystemDoc = SystemDoc {
    all_containers: "Everything in containers",
    all_vms: "Everything in VMs",
    placed_because: "each component runs where its own needs place it",
    we_will_system: |q| {
        format!("We will run the system as {q}, each component where its own needs place it:")
    },
    we_will_system_chosen: |q| format!("We will run the system as {q}."),
    waiting: |names| format!("No option chosen for the system yet; not placed yet: {names}."),
    placements_lead_to: |q| format!("The placements lead to {q}."),
    col_component: "Component",
    col_placement: "Placement",
    col_why: "Why",
    team_choice: |p| format!("{p} (the team's choice)"),
    suits: |names| format!("it suits {names}"),
    does_not_suit: |names| format!("it does not suit {names}"),
    concerns: |text, names| format!("{text} (raised by {names})"),
    drawing_title: "The system as decided",
    context_sentence: |kit, names| format!("{kit}: where to run each part of the system: {names}."),
};
