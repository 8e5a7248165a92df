//! The words of a system of components (the `system` section of the catalog): where a
//! component is placed, and what the drawing of the team's system says. Shared by the
//! window, the command line and the records.

use serde::Serialize;

use super::Fmt1;

/// The words of a system of components, in one language.
#[derive(Debug, Serialize)]
pub struct System {
    /// "The whole system" (the facts for all components).
    pub whole_system: &'static str,
    /// A component placed in containers.
    pub in_containers: &'static str,
    /// A component placed in a VM.
    pub in_vm: &'static str,
    /// A component placed in containers inside a VM boundary (the boundary, e.g. "one VM per
    /// tenant").
    #[serde(skip)]
    pub in_vm_boundary: Fmt1,
    /// A component placed as a hybrid of its own (the architecture's name).
    #[serde(skip)]
    pub hybrid_of_its_own: Fmt1,
    /// A component not placed yet (nothing answered, a tie or every option ruled out).
    pub not_placed: &'static str,
    /// The box of the drawing that holds the components in containers.
    pub box_containers: &'static str,
    /// The box of the drawing that holds the components in VMs.
    pub box_vms: &'static str,
    /// The box of the drawing that holds containers inside a VM boundary (the boundary).
    #[serde(skip)]
    pub box_boundary: Fmt1,
    /// The box of the drawing that holds the components not placed yet.
    pub box_not_placed: &'static str,
    /// A placement's one-line why, when the team overrode the engine (the justification).
    #[serde(skip)]
    pub why_override: Fmt1,
    /// A placement's one-line why, when nothing is answered for the component.
    pub why_nothing: &'static str,
    /// Between the strongest reason of each side, in a one-line why.
    pub why_and: &'static str,
}
