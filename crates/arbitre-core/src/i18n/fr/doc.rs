//! The fixed words of an ADR in French (the `doc` section).

use crate::i18n::words::doc::{Doc, StatusWords};

/// Whether a text starts with a vowel, for the French elision of "que".
fn starts_with_vowel(raw: &str) -> bool {
    raw.trim_start().chars().next().is_some_and(|c| {
        c.to_lowercase()
            .all(|l| "aeiouyàâäéèêëîïôöùûüÿœæ".contains(l))
    })
}

/// The fixed words of an ADR in French (MADR's own French translation for its headings).
pub(super) const DOC: Doc = Doc {
    context_and_problem: "Contexte et énoncé du problème",
    decision_drivers: "Facteurs de décision",
    no_drivers: "Aucun besoin exprimé ni critère pondéré pour l'instant.",
    considered_options: "Options considérées",
    decision_outcome: "Résultat de la décision",
    consequences: "Conséquences",
    confirmation: "Confirmation",
    pros_and_cons: "Avantages et inconvénients des options",
    more_information: "Plus d'informations",
    date: "Date",
    context: "Contexte",
    drivers_label: "Facteurs de décision",
    links: "Liens",
    decision: "Décision",
    plain_colon: "\u{a0}:",
    because: |raw, text| {
        if starts_with_vowel(raw) {
            format!("parce qu'{text}")
        } else {
            format!("parce que {text}")
        }
    },
    default_title: "Héberger la charge de travail\u{a0}: conteneurs, VMs ou hybride",
    no_recommendation: "Pas encore de recommandation",
    needs_stated: |n| match n {
        0 | 1 => format!("{n}\u{a0}besoin exprimé"),
        n => format!("{n}\u{a0}besoins exprimés"),
    },
    criteria_weighted: |n| match n {
        0 | 1 => format!("{n}\u{a0}critère pondéré"),
        n => format!("{n}\u{a0}critères pondérés"),
    },
    context_sentence: |kit, ticked, weighted| {
        format!(
            "Il faut décider comment héberger la charge de travail\u{a0}: en conteneurs, en machines virtuelles (VMs) ou en combinant les deux. L'analyse s'appuie sur les notes d'architecture ({kit})\u{a0}: {ticked}, {weighted}."
        )
    },
    weight: "poids",
    hybrid_bad: "il faut exploiter à la fois des VMs et des conteneurs",
    good_consequence: "Bonne",
    good_argument: "Bon",
    neutral: "Neutre",
    bad_consequence: "Mauvaise",
    bad_argument: "Mauvais",
    scores: "scores",
    more_flips: |n| format!("… et {n} autre(s)"),
    reading: "lecture des notes par arbitre",
    votes_for: "pour",
    votes_label: "Votes des besoins pour les architectures hybrides",
    chosen_option: "Option choisie",
    no_option_chosen: "Aucune option choisie pour l'instant\u{a0}: aucun besoin n'est exprimé, donc arbitre n'a pas encore de recommandation.",
    best_in_analysis: |scores| {
        format!(
            "parce qu'elle arrive en tête de l'analyse d'arbitre ({scores}), pour ces raisons\u{a0}:"
        )
    },
    team_chose: "parce que l'équipe l'a choisie, à la place de la recommandation d'arbitre. Justification de l'équipe\u{a0}:",
    no_justification: "(aucune justification donnée)",
    no_recommendation_then: "arbitre n'avait pas encore de recommandation\u{a0}: aucun besoin n'était exprimé.",
    recommended: |title, scores| {
        format!("arbitre recommandait «\u{a0}{title}\u{a0}» ({scores}), pour ces raisons\u{a0}:")
    },
    recommended_too: |title, scores| {
        format!(
            "arbitre recommandait aussi «\u{a0}{title}\u{a0}» ({scores}), pour ces raisons\u{a0}:"
        )
    },
    consequences_later: "Les conséquences seront connues une fois une option choisie.",
    confirmation_later: "À définir une fois une option choisie.",
    confirmation_review: |title| {
        format!(
            "Lors d'une revue d'architecture, vérifier que le déploiement suit l'option choisie, «\u{a0}{title}\u{a0}»\u{a0}; revoir cette décision si les besoins ou le poids des critères changent."
        )
    },
    supersedes: "Remplace",
    superseded_by: "Remplacé par",
    amends: "Amende",
    amended_by: "Amendé par",
    untitled_decision: "Décision d'hébergement",
    and: " et ",
    quote: |s| format!("«\u{a0}{s}\u{a0}»"),
    rationale_both: |vms, containers| {
        format!(
            "les besoins de l'équipe appellent des VMs ({vms}) et des conteneurs ({containers})"
        )
    },
    rationale_side: |needs| format!("elle répond aux besoins de l'équipe ({needs})"),
    engine_recommended: |title| format!("L'analyse d'arbitre recommandait {title}."),
    hybrid_vms_part: |vms| format!("ses VMs apportent {vms} là où il en faut"),
    hybrid_containers_part: |containers| {
        format!("ses conteneurs apportent {containers} partout ailleurs")
    },
    flip_architecture: |outcome| format!("{outcome}, si l'on préfère cette architecture"),
    flip_any_architecture: |names| {
        format!("Hybride, si l'on préfère une autre architecture\u{a0}: {names}")
    },
    flip_removing_fact: |outcome, force| {
        format!("{outcome}, seulement en retirant le fait «\u{a0}{force}\u{a0}»")
    },
    brings: |list| format!("cette option apporte {list}"),
    comes_with: |list| format!("cette option impose {list}"),
    we_get: |list| format!("nous gagnons {list}"),
    we_accept: |list| format!("nous acceptons {list}"),
    we_will_containers: "Nous ferons tourner la charge de travail en conteneurs",
    we_will_vms: "Nous ferons tourner la charge de travail en machines virtuelles",
    we_will_hybrid: "Nous combinerons VMs et conteneurs",
    we_will_architecture: |name, architecture| {
        format!(
            "Nous combinerons VMs et conteneurs selon l'architecture «\u{a0}{name}\u{a0}» ({architecture})"
        )
    },
    undecided_between: |names| {
        format!(
            "Indécis entre {names}\u{a0}: ces options arrivent à égalité sur les besoins de l'équipe."
        )
    },
    break_tie: "Ce qui départagerait\u{a0}:",
    no_single_break: "Aucun changement isolé ne départage ces options\u{a0}: l'équipe tranche, avec une justification.",
    consequences_tied: "Les conséquences seront connues une fois l'égalité tranchée.",
    flip_need: |outcome, force| format!("{outcome} si «\u{a0}{force}\u{a0}» devenait un besoin"),
    flip_without: |outcome, force| format!("{outcome} sans «\u{a0}{force}\u{a0}»"),
    flip_weight: |outcome, name, n| format!("{outcome} si «\u{a0}{name}\u{a0}» pesait {n}"),
    no_flip: "Aucun changement isolé ne changerait la réponse.",
    sources: "Sources",
    see_consequences: "Ses avantages et inconvénients sont les conséquences ci-dessus.",
    analysis: "Analyse d'arbitre",
    status_words: StatusWords {
        proposed: &["proposé", "proposée"],
        accepted: &["accepté", "acceptée"],
        rejected: &["rejeté", "rejetée"],
        deprecated: &["déprécié", "dépréciée", "obsolète"],
        superseded: &["remplacé", "remplacée"],
        draft: &["brouillon"],
    },
    more_information_headings: &[
        "plus d'informations",
        "plus d’informations",
        "informations complémentaires",
        "pour plus d'informations",
        "pour plus d’informations",
        "autres informations",
    ],
    status_headings: &["Statut"],
};
