//! The fixed words of an ADR, one catalog per document language.
//!
//! Every section name, label and sentence arbitre writes into a record lives here, in one
//! struct that each document language fills whole ([`FR`], [`EN`]), so a missing
//! translation does not compile. Words that take values are functions.
//!
//! Not here, on purpose: the words adr-tools and MADR tools read (`## Status`, the status
//! words, the Nygard link verbs `Supersedes` / `Superseded by`, the front matter keys) stay
//! English in both languages and are written where they are used. French text
//! follows French typography (`arbitre_core::i18n::typo`): a no-break space before `:` and inside
//! « », whether the renderer adds the colon ([`Lang::colon`], [`DocWords::plain_colon`]) or
//! the sentence holds it; a test holds the French catalog to the rule.

use arbitre_core::i18n::Lang;

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
    /// "N needs stated".
    pub needs_stated: Count,
    /// "N criteria weighted".
    pub criteria_weighted: Count,
    /// The generated context, from the kit's title and the two counts.
    pub context_sentence: Fmt3,
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
    /// The rationale of containers or VMs: the needs they answer.
    pub rationale_side: Fmt1,
    /// What arbitre's analysis recommended, under an override (no scores).
    pub engine_recommended: Fmt1,
    /// A hybrid without an architecture: what its VMs bring where they are needed.
    pub hybrid_vms_part: Fmt1,
    /// A hybrid without an architecture: what its containers bring elsewhere.
    pub hybrid_containers_part: Fmt1,
    /// A change that would flip the answer: another architecture preferred (outcome).
    pub flip_architecture: Fmt1,
    /// Several architectures that would each lead if preferred, folded into one line (names).
    pub flip_any_architecture: Fmt1,
    /// A change that would flip the answer only by removing a fact (outcome, force).
    pub flip_removing_fact: Fmt2,
    /// An option's pro: what it brings (criteria named by what wins).
    pub brings: Fmt1,
    /// An option's con: what it comes with (criteria named by what loses).
    pub comes_with: Fmt1,
    /// A consequence of containers or VMs: what we get.
    pub we_get: Fmt1,
    /// A consequence of containers or VMs: what we accept.
    pub we_accept: Fmt1,
    /// Nygard's decision for containers, in the active voice.
    pub we_will_containers: &'static str,
    /// Nygard's decision for VMs, in the active voice.
    pub we_will_vms: &'static str,
    /// Nygard's decision for a hybrid without an architecture.
    pub we_will_hybrid: &'static str,
    /// Nygard's decision for a hybrid architecture: its name and architecture line.
    pub we_will_architecture: Fmt2,
    /// A tie: the tied options, named.
    pub undecided_between: Fmt1,
    /// Before the changes that would break a tie.
    pub break_tie: &'static str,
    /// A tie no single change breaks.
    pub no_single_break: &'static str,
    /// Consequences under a tie.
    pub consequences_tied: &'static str,
    /// A change that would flip the answer: a need stated (outcome, force).
    pub flip_need: Fmt2,
    /// A change that would flip the answer: a need dropped (outcome, force).
    pub flip_without: Fmt2,
    /// A change that would flip the answer: a criterion's weight (outcome, name, weight).
    pub flip_weight: Fmt3,
    /// When no single change would change the answer.
    pub no_flip: &'static str,
    /// Label of a hint's sources.
    pub sources: &'static str,
    /// The chosen architecture's pros and cons are its consequences.
    pub see_consequences: &'static str,
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
    default_title: "Héberger la charge de travail : conteneurs, VMs ou hybride",
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
};

/// The fixed words of an ADR in English (MADR's own headings).
pub const EN: DocWords = DocWords {
    context_and_problem: "Context and Problem Statement",
    decision_drivers: "Decision Drivers",
    no_drivers: "No need stated and no criterion weighted yet.",
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
    needs_stated: |n| match n {
        1 => "1 need stated".to_owned(),
        n => format!("{n} needs stated"),
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
    votes_label: "Votes of the needs for the hybrid architectures",
    chosen_option: "Chosen option",
    no_option_chosen: "No option chosen yet: no need is stated, so arbitre has no recommendation yet.",
    best_in_analysis: |scores| {
        format!("because it comes out best in arbitre's analysis ({scores}), for these reasons:")
    },
    team_chose: "because the team chose it, overriding arbitre's recommendation. The team's justification:",
    no_justification: "(no justification given)",
    no_recommendation_then: "arbitre had no recommendation yet: no need was stated.",
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
            "In an architecture review, check that the deployment follows the chosen option, \"{title}\"; revisit this decision if the needs or the criteria's weights change."
        )
    },
    supersedes: "Supersedes",
    superseded_by: "Superseded by",
    untitled_decision: "Hosting decision",
    and: " and ",
    quote: |s| format!("\u{201c}{s}\u{201d}"),
    rationale_both: |vms, containers| {
        format!("the team's needs call for VMs ({vms}) and for containers ({containers})")
    },
    rationale_side: |needs| format!("it answers the team's needs ({needs})"),
    engine_recommended: |title| format!("arbitre's analysis recommended {title}."),
    hybrid_vms_part: |vms| format!("its VMs bring {vms} where they are needed"),
    hybrid_containers_part: |containers| {
        format!("its containers bring {containers} everywhere else")
    },
    flip_architecture: |outcome| format!("{outcome}, if that architecture is preferred"),
    flip_any_architecture: |names| format!("Hybrid, if another architecture is preferred: {names}"),
    flip_removing_fact: |outcome, force| {
        format!("{outcome}, only by removing the fact \u{201c}{force}\u{201d}")
    },
    brings: |list| format!("it brings {list}"),
    comes_with: |list| format!("it comes with {list}"),
    we_get: |list| format!("we get {list}"),
    we_accept: |list| format!("we accept {list}"),
    we_will_containers: "We will run the workload in containers",
    we_will_vms: "We will run the workload in virtual machines",
    we_will_hybrid: "We will combine VMs and containers",
    we_will_architecture: |name, architecture| {
        format!("We will combine VMs and containers as \u{201c}{name}\u{201d} ({architecture})")
    },
    undecided_between: |names| {
        format!("Undecided between {names}: they come out equal on the team's needs.")
    },
    break_tie: "What would break the tie:",
    no_single_break: "No single change breaks the tie: the team decides, with a justification.",
    consequences_tied: "The consequences will be known once the tie is broken.",
    flip_need: |outcome, force| format!("{outcome} if \u{201c}{force}\u{201d} became a need"),
    flip_without: |outcome, force| format!("{outcome} without \u{201c}{force}\u{201d}"),
    flip_weight: |outcome, name, n| format!("{outcome} if \u{201c}{name}\u{201d} weighed {n}"),
    no_flip: "No single change would change the answer.",
    sources: "Sources",
    see_consequences: "Its pros and cons are the consequences above.",
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
        assert_eq!((FR.needs_stated)(0), "0\u{a0}besoin exprimé");
        assert_eq!((FR.needs_stated)(2), "2\u{a0}besoins exprimés");
        assert_eq!((EN.needs_stated)(0), "0 needs stated");
        assert_eq!((EN.needs_stated)(1), "1 need stated");
        assert_eq!((FR.criteria_weighted)(1), "1\u{a0}critère pondéré");
        assert_eq!((EN.criteria_weighted)(3), "3 criteria weighted");
        assert_eq!(
            (FR.recommended_too)("VMs", "s"),
            "arbitre recommandait aussi «\u{a0}VMs\u{a0}» (s), pour ces raisons\u{a0}:"
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
        assert_eq!(FR.plain_colon, "\u{a0}:");
        assert_eq!(EN.plain_colon, ":");
    }
}
