//! The fixed words of a system's record, in French (the `system_doc` section).

use crate::i18n::words::system_doc::SystemDoc;

/// The fixed words of a system's record, in French.
pub(super) const SYSTEM_DOC: SystemDoc = SystemDoc {
    all_containers: "Tout en conteneurs",
    all_vms: "Tout en VMs",
    placed_because: "chaque composant tourne là où ses propres besoins le placent",
    we_will_system: |q| {
        format!(
            "Nous ferons tourner le système en {q}, chaque composant là où ses propres besoins le placent\u{a0}:"
        )
    },
    we_will_system_chosen: |q| format!("Nous ferons tourner le système en {q}."),
    waiting: |names| {
        format!(
            "Aucune option choisie pour le système pour l'instant\u{a0}; pas encore placés\u{a0}: {names}."
        )
    },
    placements_lead_to: |q| format!("Les placements mènent à {q}."),
    col_component: "Composant",
    col_placement: "Placement",
    col_why: "Pourquoi",
    team_choice: |p| format!("{p} (choix de l'équipe)"),
    suits: |names| format!("cette option convient à {names}"),
    does_not_suit: |names| format!("cette option ne convient pas à {names}"),
    concerns: |text, names| format!("{text} (soulevée par {names})"),
    drawing_title: "Le système tel que décidé",
    context_sentence: |kit, names| {
        format!("{kit}\u{a0}: où faire tourner chaque partie du système\u{a0}: {names}.")
    },
};
