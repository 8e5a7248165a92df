//! The words of a system scenario on the Train screen, in French (the `system_train`
//! section).

use crate::i18n::words::system_train::SystemTrain;

/// The words of a system scenario on the Train screen, in French.
pub(super) const SYSTEM_TRAIN: SystemTrain = SystemTrain {
    step_place: "1. Placez chaque composant",
    step_place_intro: "Pour chaque composant, choisissez où il tourne d'après ce que son équipe en dit.",
    where_runs: |name| format!("Où tourne «\u{a0}{name}\u{a0}»\u{202f}?"),
    step_system: "2. Et le système\u{a0}: votre réponse",
    place_each_first: "Placez d'abord chaque composant.",
    placements: "Composant par composant",
    placements_score: |right, n| {
        if right <= 1 {
            format!("{right} composant sur {n} bien placé")
        } else {
            format!("{right} composants sur {n} bien placés")
        }
    },
    placed_right: |name, place| format!("✅ {name}\u{a0}: {place}"),
    placed_wrong: |name, expected, chosen| {
        format!("❌ {name}\u{a0}: {expected} (votre réponse\u{a0}: {chosen})")
    },
    nothing_chosen: "rien",
    why: |why| format!("Pourquoi\u{a0}: {why}"),
    system_answer: "L'architecture du système",
};

#[cfg(test)]
mod tests {
    use super::SYSTEM_TRAIN;

    #[test]
    fn the_count_agrees_with_the_number_placed_right() {
        let score = SYSTEM_TRAIN.placements_score;
        assert_eq!(score(1, 2), "1 composant sur 2 bien placé");
        assert_eq!(score(0, 3), "0 composant sur 3 bien placé");
        assert_eq!(score(2, 3), "2 composants sur 3 bien placés");
    }
}
