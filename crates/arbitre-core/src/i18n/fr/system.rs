//! The words of a system of components, in French (the `system` section).

use crate::i18n::words::system::System;

/// The words of a system of components, in French.
pub(super) const SYSTEM: System = System {
    whole_system: "Tout le système",
    in_containers: "Conteneurs",
    in_vm: "VM",
    in_vm_boundary: |b| format!("Conteneurs dans {b}"),
    hybrid_of_its_own: |a| format!("Hybride à lui seul ({a})"),
    not_placed: "Pas encore placé",
    box_containers: "Conteneurs",
    box_vms: "VMs",
    box_boundary: |b| format!("VMs\u{a0}: {b}"),
    box_not_placed: "Pas encore placés",
    why_override: |j| format!("Choix de l'équipe\u{a0}: {j}"),
    why_nothing: "Aucun besoin n'est encore exprimé pour ce composant",
    why_and: " + ",
};
