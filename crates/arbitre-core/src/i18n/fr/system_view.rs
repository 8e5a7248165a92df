//! The words of the Recommendation screen for a system of components, in French (the
//! `system_view` section).

use crate::i18n::words::system_view::SystemView;

/// The words of the Recommendation screen for a system, in French.
pub(super) const SYSTEM_VIEW: SystemView = SystemView {
    outcome: "Le système",
    recognised_ticked: "L'équipe a coché cette architecture pour tout le système.",
    recognised_voted: "Reconnue d'après les faits des composants de chaque côté du partage.",
    recognised_fits: "Reconnue comme celle qui répond le mieux aux besoins des composants de chaque côté du partage.",
    placements_give: |o| format!("Les placements donnent\u{a0}: {o}"),
    no_architecture: "Aucune architecture du kit ne correspond à la place des composants. Cochez celle qui convient pour tout le système dans les checklists.",
    waiting: |names| format!("Le système attend\u{a0}: {names} (pas encore placés)."),
    count: |n| {
        if n <= 1 {
            format!("{n} composant")
        } else {
            format!("{n} composants")
        }
    },
    col_component: "Composant",
    col_placement: "Placement",
    col_why: "Pourquoi",
    overridden: "l'équipe a passé outre",
    whole_why: "Découle des placements",
    select_hint: "Sélectionnez un composant pour voir ses raisons et passer outre son placement\u{a0}; sélectionnez tout le système pour passer outre l'issue du système.",
    drawing_title: "Le système de l'équipe",
    drawing_reading: "Chaque composant par son nom, dans la boîte où il tourne\u{a0}: dessiné d'après les placements, rien des exemples des notes.",
    details_title: |name| format!("Pourquoi {name} est placé là"),
    placement: "Placement",
    engine_placement: "Placement du moteur",
    override_component: |name| format!("Passer outre le placement de {name}"),
    override_system: "Passer outre l'issue du système",
    open_component: |name| format!("Passer outre le placement de {name}…"),
    open_system: "Passer outre l'issue du système…",
    back_component: |name| format!("Rendre {name} au placement du moteur"),
    back_system: "Revenir à ce qui découle des placements",
    intro_component: "L'équipe place ce composant ailleurs. Une justification écrite est obligatoire\u{a0}: elle figurera dans l'ADR.",
    intro_system: "L'équipe choisit une autre issue pour tout le système, quels que soient les placements. Une justification écrite est obligatoire\u{a0}: elle figurera dans l'ADR.",
};
