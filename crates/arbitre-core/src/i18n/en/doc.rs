//! The fixed words of an ADR in English (the `doc` section).

use crate::i18n::words::doc::{Doc, StatusWords};

/// The fixed words of an ADR in English (MADR's own headings).
pub(super) const DOC: Doc = Doc {
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
    amends: "Amends",
    amended_by: "Amended by",
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
    status_words: StatusWords {
        proposed: &["proposed"],
        accepted: &["accepted"],
        rejected: &["rejected"],
        deprecated: &["deprecated"],
        superseded: &["superseded"],
        draft: &["draft"],
    },
    more_information_headings: &["more information"],
    status_headings: &["Status"],
};
