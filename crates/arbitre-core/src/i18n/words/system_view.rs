//! The words of the Recommendation screen for a system of components (the `system_view`
//! section of the catalog): the system's outcome, the table of the components, the team's
//! drawing and the overrides, scoped to a component or to the whole system.

use serde::Serialize;

use super::{Count, Fmt1};

/// The words of the Recommendation screen for a system of components, in one language.
#[derive(Debug, Serialize)]
pub struct SystemView {
    /// Before the system's outcome: "The system" (then its outcome).
    pub outcome: &'static str,
    /// How the split's architecture was found: the team ticked it for the whole system.
    pub recognised_ticked: &'static str,
    /// How the split's architecture was found: the facts of the components on each side.
    pub recognised_voted: &'static str,
    /// How the split's architecture was found: it fits the needs of the components on each
    /// side.
    pub recognised_fits: &'static str,
    /// A hybrid that names no architecture: what to do.
    pub no_architecture: &'static str,
    /// Under the team's override of the system: what the placements alone give.
    #[serde(skip)]
    pub placements_give: Fmt1,
    /// The components the system waits for (their names).
    #[serde(skip)]
    pub waiting: Fmt1,
    /// How many components the system has.
    #[serde(skip)]
    pub count: Count,
    /// The table's column of the components' names.
    pub col_component: &'static str,
    /// The table's column of the placements.
    pub col_placement: &'static str,
    /// The table's column of the one-line whys.
    pub col_why: &'static str,
    /// The mark of a placement (or the system's outcome) the team overrode.
    pub overridden: &'static str,
    /// The whole system's row: what its outcome follows from.
    pub whole_why: &'static str,
    /// Under the table: what selecting a row does.
    pub select_hint: &'static str,
    /// The title of the team's drawing.
    pub drawing_title: &'static str,
    /// On hover of the drawing's badge: what it is drawn from.
    pub drawing_reading: &'static str,
    /// The title of the shown component's details (its name).
    #[serde(skip)]
    pub details_title: Fmt1,
    /// The shown component's placement, as decided (then the placement).
    pub placement: &'static str,
    /// The engine's placement of a component the team overrode (then the placement).
    pub engine_placement: &'static str,
    /// The override form's title for a component (its name).
    #[serde(skip)]
    pub override_component: Fmt1,
    /// The override form's title for the whole system.
    pub override_system: &'static str,
    /// The button that opens the form for a component (its name).
    #[serde(skip)]
    pub open_component: Fmt1,
    /// The button that opens the form for the whole system.
    pub open_system: &'static str,
    /// The button that removes a component's override (its name).
    #[serde(skip)]
    pub back_component: Fmt1,
    /// The button that removes the system's override.
    pub back_system: &'static str,
    /// The override form's introduction for a component.
    pub intro_component: &'static str,
    /// The override form's introduction for the whole system.
    pub intro_system: &'static str,
}
