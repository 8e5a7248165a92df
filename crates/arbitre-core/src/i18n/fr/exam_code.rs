//! The words of exam integrity, in French (the `exam_code` section).

use crate::i18n::words::exam_code::ExamCodeWords;

/// The words of exam integrity, in French.
pub(super) const EXAM_CODE: ExamCodeWords = ExamCodeWords {
    code: "Code d'examen",
    check: "Contrôle de l'examen",
    code_none: "aucun (examen d'entraînement)",
    code_given: "donné par l'enseignant (non imprimé ici)",
    key_title: "Corrigé —",
    key_warning: "Pour l'enseignant\u{a0}: ne distribuez pas ce corrigé avec l'examen.",
    started: "Début",
    time_taken: "Temps mis",
    duration: |m, s| format!("{m}\u{a0}min {s:02}\u{a0}s"),
    file_edited: "Le fichier de l'examen a été modifié à la main pendant l'examen (son sceau ne correspondait plus)\u{a0}: ses heures ne sont pas fiables, il ne restait donc plus de temps.",
    csv_more: ["secondes", "examen", "fichier_modifié"],
    csv_practice: "entraînement",
    csv_coded: "code",
    not_in_bank: |id| {
        format!(
            "la question `{id}` de l'examen n'est plus dans la banque de questions (un pack retiré, ou un autre kit)\u{a0}: le fichier de l'examen est gardé tel quel\u{a0}; chargez le pack d'où il venait et relancez l'application"
        )
    },
    order_changed: |id| {
        format!(
            "l'ordre des choix que le fichier de l'examen garde pour la question `{id}` ne correspond pas à cette question dans la banque (le fichier a été modifié, ou la question a changé)\u{a0}: le fichier de l'examen est gardé tel quel"
        )
    },
    code_hint: "Le code que votre enseignant donne avec la graine. Sans lui, vous passez l'examen d'entraînement de cette graine, pas celui de votre classe.",
    practice_note: "Sans code\u{a0}: c'est l'examen d'entraînement de cette graine (n'importe qui peut en imprimer le corrigé).",
    coded_note: "Avec ce code, vous passez l'examen préparé par votre enseignant.",
    running_practice: "examen d'entraînement",
    unresumable: |why| format!("Un examen en cours n'a pas pu être repris\u{a0}: {why}."),
};
