//! The words of the Recommendation screen for a system of components, in English (the
//! `system_view` section).

use crate::i18n::words::system_view::SystemView;

/// The words of the Recommendation screen for a system, in English.
pub(super) const SYSTEM_VIEW: SystemView = SystemView {
    outcome: "The system",
    recognised_ticked: "The team ticked this architecture for the whole system.",
    recognised_voted: "Recognised from the facts of the components on each side of the split.",
    recognised_fits: "Recognised as the best fit for the needs of the components on each side of the split.",
    placements_give: |o| format!("The placements give: {o}"),
    no_architecture: "No architecture of the kit fits where the components land. Tick the one that does for the whole system in the checklists.",
    waiting: |names| format!("The system waits for: {names} (not placed yet)."),
    count: |n| {
        if n == 1 {
            "1 component".to_owned()
        } else {
            format!("{n} components")
        }
    },
    col_component: "Component",
    col_placement: "Placement",
    col_why: "Why",
    overridden: "overridden",
    whole_why: "Follows from the placements",
    select_hint: "Select a component to see its reasons and override its placement; select the whole system to override the system's outcome.",
    drawing_title: "The team's system",
    drawing_reading: "Each component by its name, in the box where it runs: drawn from the placements, nothing from the notes' examples.",
    details_title: |name| format!("Why {name} lands there"),
    placement: "Placement",
    engine_placement: "Engine's placement",
    override_component: |name| format!("Override the placement of {name}"),
    override_system: "Override the system's outcome",
    open_component: |name| format!("Override the placement of {name}…"),
    open_system: "Override the system's outcome…",
    back_component: |name| format!("Return {name} to the engine's placement"),
    back_system: "Return to what follows from the placements",
    intro_component: "The team places this component elsewhere. A written justification is required: it goes into the ADR.",
    intro_system: "The team chooses another outcome for the whole system, whatever the placements. A written justification is required: it goes into the ADR.",
};
