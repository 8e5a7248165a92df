//! The fixed words of an ADR, one catalog per document language.
//!
//! Every section name, label and sentence arbitre writes into a record lives here, in one
//! struct that each document language fills whole ([`FR`], [`EN`]), so a missing
//! translation does not compile. Words that take values are functions.
//!
//! Not here, on purpose: the words adr-tools and MADR tools read (`## Status`, the status
//! words, the Nygard link verbs `Supersedes` / `Superseded by`, the front matter keys) stay
//! English in both languages and are written where they are used. French spacing is kept
//! exactly as the records have always had it: labels go through [`Lang::colon`] (a
//! no-break space) where the renderer adds the colon, while [`DocWords::plain_colon`] and
//! some sentences use a plain space before `:`.

use crate::i18n::Lang;

/// A text built from one value.
pub type Fmt1 = fn(&str) -> String;
/// A text built from two values.
pub type Fmt2 = fn(&str, &str) -> String;
/// A text built from three values.
pub type Fmt3 = fn(&str, &str, &str) -> String;
/// A text built from a count.
pub type Count = fn(usize) -> String;

/// Every fixed word of an ADR, in one document language.
#[derive(Debug)]
pub struct DocWords {
    /// MADR heading "Context and Problem Statement".
    pub context_and_problem: &'static str,
    /// MADR heading "Decision Drivers".
    pub decision_drivers: &'static str,
    /// MADR paragraph when there are no drivers.
    pub no_drivers: &'static str,
    /// MADR heading "Considered Options".
    pub considered_options: &'static str,
    /// MADR heading "Decision Outcome".
    pub decision_outcome: &'static str,
    /// "Consequences" (MADR sub-heading, Nygard heading).
    pub consequences: &'static str,
    /// "Confirmation" (MADR sub-heading, Nygard label); the same word in both languages.
    pub confirmation: &'static str,
    /// MADR heading "Pros and Cons of the Options".
    pub pros_and_cons: &'static str,
    /// MADR heading "More Information" (also where a superseded record gets its link).
    pub more_information: &'static str,
    /// Nygard label "Date"; the same word in both languages (adr-tools reads `Date:`).
    pub date: &'static str,
    /// Nygard heading "Context".
    pub context: &'static str,
    /// Nygard label "Decision drivers".
    pub drivers_label: &'static str,
    /// "Links" (Nygard label, MADR caption).
    pub links: &'static str,
    /// Nygard heading "Decision".
    pub decision: &'static str,
    /// The colon after a label written inline, with a plain space in French (` :`).
    pub plain_colon: &'static str,
    /// "because …", given the raw text (to elide before a vowel) and the escaped text.
    pub because: Fmt2,
    /// The title when the team has not written any.
    pub default_title: &'static str,
    /// The option's name when nothing is chosen yet.
    pub no_recommendation: &'static str,
    /// "N items ticked".
    pub items_ticked: Count,
    /// "N criteria weighted".
    pub criteria_weighted: Count,
    /// The generated context, from the kit's title and the two counts.
    pub context_sentence: Fmt3,
    /// Driver label "Hybrid architecture".
    pub hybrid_architecture: &'static str,
    /// Driver label "VM use case".
    pub vm_use_case: &'static str,
    /// "weight" (of a criterion).
    pub weight: &'static str,
    /// The hybrid's cost: both VMs and containers to operate.
    pub hybrid_bad: &'static str,
    /// "Good" (a consequence).
    pub good_consequence: &'static str,
    /// "Good" (an argument).
    pub good_argument: &'static str,
    /// "Neutral".
    pub neutral: &'static str,
    /// "Bad" (a consequence).
    pub bad_consequence: &'static str,
    /// "Bad" (an argument).
    pub bad_argument: &'static str,
    /// Label "scores"; the same word in both languages.
    pub scores: &'static str,
    /// "… and 3 more" after the first changes that would flip the answer.
    pub more_flips: Count,
    /// After a drawing's caption: the drawing is the app's reading of the notes.
    pub reading: &'static str,
    /// "for" (votes for a hybrid architecture).
    pub votes_for: &'static str,
    /// Label of the votes for the hybrid architectures.
    pub votes_label: &'static str,
    /// Label "Chosen option".
    pub chosen_option: &'static str,
    /// The outcome when nothing is chosen yet.
    pub no_option_chosen: &'static str,
    /// "because it comes out best in arbitre's analysis (scores), for these reasons:".
    pub best_in_analysis: Fmt1,
    /// "because the team chose it, overriding arbitre's recommendation…".
    pub team_chose: &'static str,
    /// When the team gave no justification.
    pub no_justification: &'static str,
    /// An override when arbitre had no recommendation.
    pub no_recommendation_then: &'static str,
    /// "arbitre recommended "title" (scores), for these reasons:".
    pub recommended: Fmt2,
    /// The same, when the team chose what arbitre recommended.
    pub recommended_too: Fmt2,
    /// Consequences when nothing is chosen yet.
    pub consequences_later: &'static str,
    /// Confirmation when nothing is chosen yet.
    pub confirmation_later: &'static str,
    /// The review to hold for the chosen option (its title).
    pub confirmation_review: Fmt1,
    /// MADR link verb "Supersedes".
    pub supersedes: &'static str,
    /// MADR link verb "Superseded by".
    pub superseded_by: &'static str,
    /// The title of a record exported without one.
    pub untitled_decision: &'static str,
    /// " and ", before the last item of a list.
    pub and: &'static str,
    /// Quotes a name: “…” in English, « … » in French.
    pub quote: Fmt1,
    /// The rationale of a hybrid: what the VMs bring, what the containers bring.
    pub rationale_both: Fmt2,
    /// The rationale of a hybrid asked for explicitly: the architectures.
    pub rationale_explicit: Fmt1,
    /// The rationale of containers or VMs: the needs they answer.
    pub rationale_side: Fmt1,
    /// A hybrid also ticked as such: the architectures.
    pub explicit_too: Fmt1,
    /// What arbitre's analysis recommended, under an override (no scores).
    pub engine_recommended: Fmt1,
    /// A hybrid's VM layer brings the criteria VMs win on.
    pub layer_vms: Fmt1,
    /// A hybrid's containers bring the criteria containers win on.
    pub layer_containers: Fmt1,
    /// A hybrid's VM layer keeps its costs on the criteria containers win on.
    pub layer_cost: Fmt1,
    /// An option wins on these criteria.
    pub wins_on: Fmt1,
    /// An option loses on these criteria.
    pub loses_on: Fmt1,
    /// Heading of the scores in More Information.
    pub analysis: &'static str,
}

/// Whether a text starts with a vowel, for the French elision of "que".
fn starts_with_vowel(raw: &str) -> bool {
    raw.trim_start().chars().next().is_some_and(|c| {
        c.to_lowercase()
            .all(|l| "aeiouyàâäéèêëîïôöùûüÿœæ".contains(l))
    })
}

/// The fixed words of an ADR in French (MADR's own French translation for its headings).
pub const FR: DocWords = DocWords {
    context_and_problem: "Contexte et énoncé du problème",
    decision_drivers: "Facteurs de décision",
    no_drivers: "Rien n'est encore coché ni pondéré.",
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
    plain_colon: " :",
    because: |raw, text| {
        if starts_with_vowel(raw) {
            format!("parce qu'{text}")
        } else {
            format!("parce que {text}")
        }
    },
    default_title: "Héberger la charge de travail : conteneurs, VMs ou hybride",
    no_recommendation: "Pas encore de recommandation",
    items_ticked: |n| match n {
        0 | 1 => format!("{n} élément coché"),
        n => format!("{n} éléments cochés"),
    },
    criteria_weighted: |n| match n {
        0 | 1 => format!("{n} critère pondéré"),
        n => format!("{n} critères pondérés"),
    },
    context_sentence: |kit, ticked, weighted| {
        format!(
            "Il faut décider comment héberger la charge de travail : en conteneurs, en machines virtuelles (VMs) ou en combinant les deux. L'analyse s'appuie sur les notes d'architecture ({kit}) : {ticked}, {weighted}."
        )
    },
    hybrid_architecture: "Architecture hybride",
    vm_use_case: "Cas d'usage des VMs",
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
    votes_label: "Votes des éléments cochés pour les architectures hybrides",
    chosen_option: "Option choisie",
    no_option_chosen: "Aucune option choisie pour l'instant : rien n'est coché ni pondéré, donc arbitre n'a pas encore de recommandation.",
    best_in_analysis: |scores| {
        format!(
            "parce qu'elle arrive en tête de l'analyse d'arbitre ({scores}), pour ces raisons :"
        )
    },
    team_chose: "parce que l'équipe l'a choisie, à la place de la recommandation d'arbitre. Justification de l'équipe :",
    no_justification: "(aucune justification donnée)",
    no_recommendation_then: "arbitre n'avait pas encore de recommandation : rien n'était coché ni pondéré.",
    recommended: |title, scores| {
        format!("arbitre recommandait «\u{a0}{title}\u{a0}» ({scores}), pour ces raisons :")
    },
    recommended_too: |title, scores| {
        format!("arbitre recommandait aussi «\u{a0}{title}\u{a0}» ({scores}), pour ces raisons :")
    },
    consequences_later: "Les conséquences seront connues une fois une option choisie.",
    confirmation_later: "À définir une fois une option choisie.",
    confirmation_review: |title| {
        format!(
            "Lors d'une revue d'architecture, vérifier que le déploiement suit l'option choisie, «\u{a0}{title}\u{a0}»\u{a0}; revoir cette décision si les besoins cochés ou le poids des critères changent."
        )
    },
    supersedes: "Remplace",
    superseded_by: "Remplacé par",
    untitled_decision: "Décision d'hébergement",
    and: " et ",
    quote: |s| format!("«\u{a0}{s}\u{a0}»"),
    rationale_both: |vms, containers| {
        format!(
            "la charge de travail a besoin de ce qu'apportent les VMs ({vms}) et de ce qu'apportent les conteneurs ({containers})"
        )
    },
    rationale_explicit: |archs| {
        format!("l'équipe a retenu cette architecture pour son cas ({archs})")
    },
    rationale_side: |needs| format!("elle répond aux besoins de l'équipe ({needs})"),
    explicit_too: |archs| {
        format!("L'équipe a aussi coché l'architecture elle-même\u{a0}: {archs}.")
    },
    engine_recommended: |title| format!("L'analyse d'arbitre recommandait {title}."),
    layer_vms: |list| format!("la couche VM apporte son avantage en {list}"),
    layer_containers: |list| format!("les conteneurs au-dessus gardent leur avantage en {list}"),
    layer_cost: |list| {
        format!(
            "la couche VM garde ses coûts en {list}\u{a0}: les nœuds démarrent et se patchent comme toute VM"
        )
    },
    wins_on: |list| format!("elle l'emporte en {list}"),
    loses_on: |list| format!("elle est en retrait en {list}"),
    analysis: "Analyse d'arbitre",
};

/// The fixed words of an ADR in English (MADR's own headings).
pub const EN: DocWords = DocWords {
    context_and_problem: "Context and Problem Statement",
    decision_drivers: "Decision Drivers",
    no_drivers: "Nothing is ticked or weighted yet.",
    considered_options: "Considered Options",
    decision_outcome: "Decision Outcome",
    consequences: "Consequences",
    confirmation: "Confirmation",
    pros_and_cons: "Pros and Cons of the Options",
    more_information: "More Information",
    date: "Date",
    context: "Context",
    drivers_label: "Decision drivers",
    links: "Links",
    decision: "Decision",
    plain_colon: ":",
    because: |_raw, text| format!("because {text}"),
    default_title: "Hosting the workload: containers, VMs or hybrid",
    no_recommendation: "No recommendation yet",
    items_ticked: |n| match n {
        1 => "1 item ticked".to_owned(),
        n => format!("{n} items ticked"),
    },
    criteria_weighted: |n| match n {
        1 => "1 criterion weighted".to_owned(),
        n => format!("{n} criteria weighted"),
    },
    context_sentence: |kit, ticked, weighted| {
        format!(
            "We need to decide how to host the workload: in containers, in virtual machines (VMs) or by combining both. The analysis rests on the architecture notes ({kit}): {ticked}, {weighted}."
        )
    },
    hybrid_architecture: "Hybrid architecture",
    vm_use_case: "VM use case",
    weight: "weight",
    hybrid_bad: "both VMs and containers must be operated",
    good_consequence: "Good",
    good_argument: "Good",
    neutral: "Neutral",
    bad_consequence: "Bad",
    bad_argument: "Bad",
    scores: "scores",
    more_flips: |n| format!("… and {n} more"),
    reading: "arbitre's reading of the notes",
    votes_for: "for",
    votes_label: "Votes of the ticked items for the hybrid architectures",
    chosen_option: "Chosen option",
    no_option_chosen: "No option chosen yet: nothing is ticked or weighted, so arbitre has no recommendation yet.",
    best_in_analysis: |scores| {
        format!("because it comes out best in arbitre's analysis ({scores}), for these reasons:")
    },
    team_chose: "because the team chose it, overriding arbitre's recommendation. The team's justification:",
    no_justification: "(no justification given)",
    no_recommendation_then: "arbitre had no recommendation yet: nothing was ticked or weighted.",
    recommended: |title, scores| {
        format!("arbitre recommended \"{title}\" ({scores}), for these reasons:")
    },
    recommended_too: |title, scores| {
        format!("arbitre recommended it too: \"{title}\" ({scores}), for these reasons:")
    },
    consequences_later: "The consequences will be known once an option is chosen.",
    confirmation_later: "To be defined once an option is chosen.",
    confirmation_review: |title| {
        format!(
            "In an architecture review, check that the deployment follows the chosen option, \"{title}\"; revisit this decision if the ticked needs or the criteria's weights change."
        )
    },
    supersedes: "Supersedes",
    superseded_by: "Superseded by",
    untitled_decision: "Hosting decision",
    and: " and ",
    quote: |s| format!("\u{201c}{s}\u{201d}"),
    rationale_both: |vms, containers| {
        format!(
            "the workload needs what VMs bring ({vms}) and what containers bring ({containers})"
        )
    },
    rationale_explicit: |archs| format!("the team chose this architecture for its case ({archs})"),
    rationale_side: |needs| format!("it answers the team's needs ({needs})"),
    explicit_too: |archs| format!("The team also ticked the architecture itself: {archs}."),
    engine_recommended: |title| format!("arbitre's analysis recommended {title}."),
    layer_vms: |list| format!("the VM layer brings its strength in {list}"),
    layer_containers: |list| format!("the containers on top keep their strength in {list}"),
    layer_cost: |list| {
        format!(
            "the VM layer keeps its costs in {list}: the nodes boot and are patched like any VM"
        )
    },
    wins_on: |list| format!("it wins on {list}"),
    loses_on: |list| format!("it falls behind on {list}"),
    analysis: "arbitre's analysis",
};

/// The catalog of a document language.
pub fn doc_words(lang: Lang) -> &'static DocWords {
    match lang {
        Lang::Fr => &FR,
        Lang::En => &EN,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_language_has_its_catalog() {
        assert_eq!(doc_words(Lang::Fr).links, "Liens");
        assert_eq!(doc_words(Lang::En).links, "Links");
    }

    #[test]
    fn words_with_values() {
        assert_eq!((FR.because)("une", "une"), "parce qu'une");
        assert_eq!((FR.because)(" Été", "Été"), "parce qu'Été");
        assert_eq!((FR.because)("le", "le"), "parce que le");
        assert_eq!((EN.because)("a", "a"), "because a");
        assert_eq!((FR.items_ticked)(0), "0 élément coché");
        assert_eq!((FR.items_ticked)(2), "2 éléments cochés");
        assert_eq!((EN.items_ticked)(0), "0 items ticked");
        assert_eq!((EN.items_ticked)(1), "1 item ticked");
        assert_eq!((FR.criteria_weighted)(1), "1 critère pondéré");
        assert_eq!((EN.criteria_weighted)(3), "3 criteria weighted");
        assert_eq!(
            (FR.recommended_too)("VMs", "s"),
            "arbitre recommandait aussi «\u{a0}VMs\u{a0}» (s), pour ces raisons :"
        );
        assert_eq!(
            (EN.recommended)("VMs", "s"),
            "arbitre recommended \"VMs\" (s), for these reasons:"
        );
        assert_eq!(
            (EN.recommended_too)("VMs", "s"),
            "arbitre recommended it too: \"VMs\" (s), for these reasons:"
        );
    }

    #[test]
    fn words_tools_read_stay_put() {
        // adr-tools reads `Date:`; the colon is added by `Lang::colon`.
        assert_eq!(FR.date, EN.date);
        assert_eq!(FR.plain_colon, " :");
        assert_eq!(EN.plain_colon, ":");
    }
}
