//! The words of a system of components, in English (the `system` section).

use crate::i18n::words::system::System;

/// The words of a system of components, in English.
pub(super) const SYSTEM: System = System {
    whole_system: "The whole system",
    in_containers: "Containers",
    in_vm: "VM",
    in_vm_boundary: |b| format!("Containers in {b}"),
    hybrid_of_its_own: |a| format!("Hybrid on its own ({a})"),
    not_placed: "Not placed yet",
    box_containers: "Containers",
    box_vms: "VMs",
    box_boundary: |b| format!("VMs: {b}"),
    box_not_placed: "Not placed yet",
    why_override: |j| format!("The team's choice: {j}"),
    why_nothing: "No need stated for this component yet",
    why_and: " + ",
};
