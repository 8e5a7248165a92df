//! The fixed words of an ADR (the `doc` section of the catalog): every section name, label
//! and sentence arbitre writes into a record, one value per document language
//! (the French and the English catalogs), so a missing translation does not compile.
//! Words that take values are functions.
//!
//! Not here, on purpose: the words adr-tools and MADR tools read (`## Status`, the status
//! words, the Nygard link verbs `Supersedes` / `Superseded by`, the front matter keys) stay
//! English in both languages and are written where they are used. French text follows
//! French typography (the `typo` module): a no-break space before `:` and inside « »,
//! whether the renderer adds the colon (`Lang::colon`, [`Doc::plain_colon`]) or the
//! sentence holds it.

use serde::Serialize;

use super::{Count, Fmt1, Fmt2, Fmt3};

/// Every fixed word of an ADR, in one document language. Its plain words are serialized for
/// the catalog's tests (filled, translated, French typography); its functions are checked
/// with sample values, and its reading lists (as many words as people write in each
/// language, read and never written) are not compared across languages.
#[derive(Debug, Serialize)]
pub struct Doc {
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
    #[serde(skip)]
    pub because: Fmt2,
    /// The title when the team has not written any.
    pub default_title: &'static str,
    /// The option's name when nothing is chosen yet.
    pub no_recommendation: &'static str,
    /// "N needs stated".
    #[serde(skip)]
    pub needs_stated: Count,
    /// "N criteria weighted".
    #[serde(skip)]
    pub criteria_weighted: Count,
    /// The generated context, from the kit's title and the two counts.
    #[serde(skip)]
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
    #[serde(skip)]
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
    #[serde(skip)]
    pub best_in_analysis: Fmt1,
    /// "because the team chose it, overriding arbitre's recommendation…".
    pub team_chose: &'static str,
    /// When the team gave no justification.
    pub no_justification: &'static str,
    /// An override when arbitre had no recommendation.
    pub no_recommendation_then: &'static str,
    /// "arbitre recommended "title" (scores), for these reasons:".
    #[serde(skip)]
    pub recommended: Fmt2,
    /// The same, when the team chose what arbitre recommended.
    #[serde(skip)]
    pub recommended_too: Fmt2,
    /// Consequences when nothing is chosen yet.
    pub consequences_later: &'static str,
    /// Confirmation when nothing is chosen yet.
    pub confirmation_later: &'static str,
    /// The review to hold for the chosen option (its title).
    #[serde(skip)]
    pub confirmation_review: Fmt1,
    /// MADR link verb "Supersedes".
    pub supersedes: &'static str,
    /// MADR link verb "Superseded by".
    pub superseded_by: &'static str,
    /// Link verb "Amends" (adr-tools' `adr new -l "N:Amends:Amended by"`), read back.
    pub amends: &'static str,
    /// Link verb "Amended by", read back.
    pub amended_by: &'static str,
    /// The title of a record exported without one.
    pub untitled_decision: &'static str,
    /// " and ", before the last item of a list.
    pub and: &'static str,
    /// Quotes a name: “…” in English, « … » in French.
    #[serde(skip)]
    pub quote: Fmt1,
    /// The rationale of a hybrid: what the VMs bring, what the containers bring.
    #[serde(skip)]
    pub rationale_both: Fmt2,
    /// The rationale of containers or VMs: the needs they answer.
    #[serde(skip)]
    pub rationale_side: Fmt1,
    /// What arbitre's analysis recommended, under an override (no scores).
    #[serde(skip)]
    pub engine_recommended: Fmt1,
    /// A hybrid without an architecture: what its VMs bring where they are needed.
    #[serde(skip)]
    pub hybrid_vms_part: Fmt1,
    /// A hybrid without an architecture: what its containers bring elsewhere.
    #[serde(skip)]
    pub hybrid_containers_part: Fmt1,
    /// A change that would flip the answer: another architecture preferred (outcome).
    #[serde(skip)]
    pub flip_architecture: Fmt1,
    /// Several architectures that would each lead if preferred, folded into one line (names).
    #[serde(skip)]
    pub flip_any_architecture: Fmt1,
    /// A change that would flip the answer only by removing a fact (outcome, force).
    #[serde(skip)]
    pub flip_removing_fact: Fmt2,
    /// An option's pro: what it brings (criteria named by what wins).
    #[serde(skip)]
    pub brings: Fmt1,
    /// An option's con: what it comes with (criteria named by what loses).
    #[serde(skip)]
    pub comes_with: Fmt1,
    /// A consequence of containers or VMs: what we get.
    #[serde(skip)]
    pub we_get: Fmt1,
    /// A consequence of containers or VMs: what we accept.
    #[serde(skip)]
    pub we_accept: Fmt1,
    /// Nygard's decision for containers, in the active voice.
    pub we_will_containers: &'static str,
    /// Nygard's decision for VMs, in the active voice.
    pub we_will_vms: &'static str,
    /// Nygard's decision for a hybrid without an architecture.
    pub we_will_hybrid: &'static str,
    /// Nygard's decision for a hybrid architecture: its name and architecture line.
    #[serde(skip)]
    pub we_will_architecture: Fmt2,
    /// A tie: the tied options, named.
    #[serde(skip)]
    pub undecided_between: Fmt1,
    /// Before the changes that would break a tie.
    pub break_tie: &'static str,
    /// A tie no single change breaks.
    pub no_single_break: &'static str,
    /// Consequences under a tie.
    pub consequences_tied: &'static str,
    /// A change that would flip the answer: a need stated (outcome, force).
    #[serde(skip)]
    pub flip_need: Fmt2,
    /// A change that would flip the answer: a need dropped (outcome, force).
    #[serde(skip)]
    pub flip_without: Fmt2,
    /// A change that would flip the answer: a criterion's weight (outcome, name, weight).
    #[serde(skip)]
    pub flip_weight: Fmt3,
    /// When no single change would change the answer.
    pub no_flip: &'static str,
    /// Label of a hint's sources.
    pub sources: &'static str,
    /// The chosen architecture's pros and cons are its consequences.
    pub see_consequences: &'static str,
    /// Heading of the scores in More Information.
    pub analysis: &'static str,
    /// The words that name each status in a record, lowercase, as people write them in
    /// this language (read, never written: the status words written stay English).
    #[serde(skip)]
    pub status_words: StatusWords,
    /// The headings of MADR's "More Information" section in this language, lowercase.
    #[serde(skip)]
    pub more_information_headings: &'static [&'static str],
    /// The headings of a Nygard record's status section in this language, as written after
    /// `## ` (read, never written: arbitre writes adr-tools' `## Status`).
    #[serde(skip)]
    pub status_headings: &'static [&'static str],
}

/// The words that name each status in a record of one language, lowercase.
#[derive(Debug)]
pub struct StatusWords {
    /// "proposed".
    pub proposed: &'static [&'static str],
    /// "accepted".
    pub accepted: &'static [&'static str],
    /// "rejected".
    pub rejected: &'static [&'static str],
    /// "deprecated".
    pub deprecated: &'static [&'static str],
    /// "superseded".
    pub superseded: &'static [&'static str],
    /// "draft" (not a status arbitre writes; a Nygard record's status word all the same).
    pub draft: &'static [&'static str],
}

#[cfg(test)]
mod tests {
    use crate::i18n::Lang;

    const FR: &super::Doc = &crate::i18n::fr::FR.doc;
    const EN: &super::Doc = &crate::i18n::en::EN.doc;

    fn doc_words(lang: Lang) -> &'static super::Doc {
        &lang.words().doc
    }

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
