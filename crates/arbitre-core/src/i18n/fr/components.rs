//! The words of the component switcher and editor, in French (the `components` section).

use crate::i18n::words::components::Components;

/// The words of the component switcher and editor, in French.
pub(super) const COMPONENTS: Components = Components {
    shown: "Composants",
    add: "+ Ajouter un composant",
    add_hint: "Décider un système\u{a0}: chaque composant a ses propres faits\u{a0}; les faits cochés sous «\u{a0}Tout le système\u{a0}» valent pour tous.",
    name: "Nom",
    description: "Description (une ligne)",
    add_confirm: "Ajouter",
    close: "Fermer",
    apply: "Renommer",
    empty_name: "Un composant a besoin d'un nom.",
    taken: |n| format!("Un autre composant s'appelle déjà «\u{a0}{n}\u{a0}»."),
    move_up: "Monter",
    move_down: "Descendre",
    remove: "Retirer",
    remove_hint: |undo| {
        format!("Retire ce composant et ses propres faits\u{a0}; {undo} le rétablit.")
    },
    removed: |n, undo| format!("«\u{a0}{n}\u{a0}» retiré\u{a0}: {undo} le rétablit."),
    for_all: "pour tous les composants",
    for_all_hint: "Un fait pour tous les composants\u{a0}: il se modifie sous «\u{a0}Tout le système\u{a0}».",
    shape: "Nomme l'architecture du système\u{a0}: ne compte pas dans chaque composant",
    shape_hint: "Dès deux composants, une architecture cochée pour tout le système dit comment les composants s'assemblent\u{a0}; chaque composant est placé sur ses propres faits.",
    weight_for_all: |level| format!("Pour tous les composants\u{a0}: {level}"),
    note_for_all: |note| format!("Pour tous les composants\u{a0}: {note}"),
    must_for_all: "Impératif pour tous les composants",
    previous: "Composant précédent (ou tout le système)",
    next: "Composant suivant",
};
