//! The recommendation engine: pure, data-driven, explainable.
//!
//! The rules, which the README documents too:
//! 1. Each ticked item adds its strength (1–3) to the option it supports. A ticked VM case
//!    supports VMs; a ticked hybrid architecture supports a hybrid.
//! 2. Each criterion the team weights (0 = does not matter … 3 = critical) adds its weight to
//!    the option that wins on it in the comparison table.
//! 3. Needs on both sides — at least one ticked item for containers and one for VMs — add
//!    the containers and VMs scores to the hybrid score: the notes' "la sécurité des VMs ET
//!    l'agilité des conteneurs".
//! 4. The highest score wins; a tie that involves the hybrid, or between containers and VMs,
//!    goes to the hybrid. Nothing ticked and nothing weighted: no recommendation yet.
//! 5. Each ticked item gives its strength as votes to the hybrid architectures it suggests;
//!    a hybrid outcome names them, most votes first.

use std::collections::{BTreeMap, BTreeSet};

use serde::Serialize;

use crate::i18n::Lang;
use crate::kit::{CheckedKit, OptionId};

/// What the team has answered, as far as the engine cares.
#[derive(Debug, Clone, Copy)]
pub struct Answers<'a> {
    /// Ticked item ids.
    pub ticks: &'a BTreeSet<String>,
    /// Criterion id → weight 0..=3.
    pub weights: &'a BTreeMap<String, u8>,
}

/// The outcome: an option, or not enough answers yet.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Outcome {
    /// Nothing ticked or weighted.
    Undecided,
    /// Containers.
    Containers,
    /// Virtual machines.
    Vms,
    /// Both combined.
    Hybrid,
}

impl Outcome {
    /// The stable id (`containers`, `vms`, `hybrid`, `undecided`).
    pub fn id(self) -> &'static str {
        match self {
            Outcome::Undecided => "undecided",
            Outcome::Containers => "containers",
            Outcome::Vms => "vms",
            Outcome::Hybrid => "hybrid",
        }
    }

    /// The option, unless undecided.
    pub fn option(self) -> Option<OptionId> {
        match self {
            Outcome::Undecided => None,
            Outcome::Containers => Some(OptionId::Containers),
            Outcome::Vms => Some(OptionId::Vms),
            Outcome::Hybrid => Some(OptionId::Hybrid),
        }
    }

    /// The outcome for an option.
    pub fn from_option(option: OptionId) -> Outcome {
        match option {
            OptionId::Containers => Outcome::Containers,
            OptionId::Vms => Outcome::Vms,
            OptionId::Hybrid => Outcome::Hybrid,
        }
    }

    /// The outcome's name in a language.
    pub fn name(self, kit: &CheckedKit, lang: Lang) -> String {
        match self.option() {
            Some(o) => kit.option_name(o, lang),
            None => lang.words().recommend.no_recommendation.into(),
        }
    }
}

/// The three scores.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
pub struct Scores {
    /// Points for containers.
    pub containers: u32,
    /// Points for VMs.
    pub vms: u32,
    /// Points for a hybrid, including the both-sides bonus.
    pub hybrid: u32,
}

impl Scores {
    /// The score of one option.
    pub fn get(&self, option: OptionId) -> u32 {
        match option {
            OptionId::Containers => self.containers,
            OptionId::Vms => self.vms,
            OptionId::Hybrid => self.hybrid,
        }
    }
}

/// Why a reason counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum ReasonKind {
    /// A ticked item.
    Tick,
    /// A weighted criterion.
    Criterion,
}

/// One thing that pushed the recommendation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Reason {
    /// The item's or criterion's id.
    pub id: String,
    /// Ticked item or weighted criterion.
    pub kind: ReasonKind,
    /// The option it pushed towards.
    pub option: OptionId,
    /// How many points it added.
    pub points: u32,
}

impl Reason {
    /// The reason as a sentence in a language, e.g. "Applications manipulant … → VMs (+2)".
    pub fn describe(&self, kit: &CheckedKit, lang: Lang) -> String {
        let option = kit.option_name(self.option, lang);
        match self.kind {
            ReasonKind::Tick => {
                let text = kit
                    .tick(&self.id)
                    .map_or(self.id.as_str(), |t| t.text.get(lang));
                format!("{text} — {option} (+{})", self.points)
            }
            ReasonKind::Criterion => {
                let (name, why) = kit.criterion(&self.id).map_or((self.id.as_str(), ""), |c| {
                    (c.name.get(lang), c.why.get(lang))
                });
                let weight = lang.words().recommend.weight;
                let w = self.points;
                format!("{name} ({weight} {w}) — {option} (+{w}). {why}")
            }
        }
    }
}

/// A hybrid architecture and the votes it got.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PatternVote {
    /// The hybrid architecture's id.
    pub id: String,
    /// Sum of the strengths of the ticked items that suggest it.
    pub votes: u32,
}

/// The engine's answer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Recommendation {
    /// The outcome.
    pub outcome: Outcome,
    /// The scores behind it.
    pub scores: Scores,
    /// Suggested hybrid architectures, most votes first (ties in kit order).
    pub patterns: Vec<PatternVote>,
    /// Everything that pushed, in kit order.
    pub reasons: Vec<Reason>,
    /// Whether needs on both sides were ticked (rule 3).
    pub both_sides: bool,
}

impl Recommendation {
    /// The hybrid architectures with the most votes (usually one), in kit order.
    pub fn top_patterns(&self) -> Vec<&str> {
        let max = self.patterns.first().map_or(0, |p| p.votes);
        self.patterns
            .iter()
            .filter(|p| p.votes == max && max > 0)
            .map(|p| p.id.as_str())
            .collect()
    }

    /// The reasons that pushed towards one option.
    pub fn reasons_for(&self, option: OptionId) -> impl Iterator<Item = &Reason> {
        self.reasons.iter().filter(move |r| r.option == option)
    }
}

/// What the team decided: its override if it wrote one, else the engine's answer. Computed
/// once per change ([`crate::session::Session::decision`]) and read by every view and the ADR.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decision {
    /// The outcome chosen.
    pub outcome: Outcome,
    /// For a hybrid, the architectures chosen (the override's, else the engine's top ones).
    pub patterns: Vec<String>,
    /// Whether the team overrode the engine.
    pub overridden: bool,
}

impl Default for Decision {
    fn default() -> Self {
        Decision {
            outcome: Outcome::Undecided,
            patterns: Vec::new(),
            overridden: false,
        }
    }
}

/// The layers to draw for a decision, outermost first, read from the kit: the option's own
/// layers, or the first chosen hybrid architecture's (Kubernetes on VMs when none is named).
pub fn layers(kit: &CheckedKit, decision: &Decision, lang: Lang) -> Vec<String> {
    let texts: &[crate::kit::Text] = match decision.outcome.option() {
        None => &[],
        Some(OptionId::Hybrid) => decision
            .patterns
            .first()
            .and_then(|p| kit.hybrid(p))
            .or_else(|| kit.hybrid("hybrid.kubernetes-on-vms"))
            .map_or(&[], |h| h.layers.as_slice()),
        Some(option) => kit
            .options
            .iter()
            .find(|o| o.id == option)
            .map_or(&[], |o| o.layers.as_slice()),
    };
    texts.iter().map(|t| t.get(lang).to_owned()).collect()
}

/// Computes the recommendation. Unknown ids in the answers are ignored (sessions report
/// them when they load).
pub fn recommend(kit: &CheckedKit, answers: Answers<'_>) -> Recommendation {
    let mut reasons = Vec::new();
    let mut votes: BTreeMap<&str, u32> = BTreeMap::new();
    let (mut c, mut v, mut h) = (0u32, 0u32, 0u32);
    let (mut ticked_containers, mut ticked_vms) = (false, false);

    for tick in kit.ticks_iter() {
        if !answers.ticks.contains(tick.id) {
            continue;
        }
        let points = u32::from(tick.strength);
        match tick.supports {
            OptionId::Containers => {
                c += points;
                ticked_containers = true;
            }
            OptionId::Vms => {
                v += points;
                ticked_vms = true;
            }
            OptionId::Hybrid => h += points,
        }
        for s in tick.suggests {
            *votes.entry(s.as_str()).or_default() += points;
        }
        reasons.push(Reason {
            id: tick.id.to_owned(),
            kind: ReasonKind::Tick,
            option: tick.supports,
            points,
        });
    }
    for crit in &kit.criteria {
        let weight = answers.weights.get(&crit.id).copied().unwrap_or(0).min(3);
        if weight == 0 {
            continue;
        }
        let points = u32::from(weight);
        match crit.favours {
            OptionId::Containers => c += points,
            OptionId::Vms => v += points,
            OptionId::Hybrid => h += points,
        }
        reasons.push(Reason {
            id: crit.id.clone(),
            kind: ReasonKind::Criterion,
            option: crit.favours,
            points,
        });
    }

    let both_sides = ticked_containers && ticked_vms;
    let hybrid = if both_sides { h + c + v } else { h };
    let scores = Scores {
        containers: c,
        vms: v,
        hybrid,
    };
    let outcome = if reasons.is_empty() {
        Outcome::Undecided
    } else if hybrid >= c.max(v) || c == v {
        Outcome::Hybrid
    } else if c > v {
        Outcome::Containers
    } else {
        Outcome::Vms
    };

    let mut patterns: Vec<PatternVote> = kit
        .hybrids
        .iter()
        .filter_map(|hy| {
            votes.get(hy.id.as_str()).map(|&votes| PatternVote {
                id: hy.id.clone(),
                votes,
            })
        })
        .collect();
    // A stable sort keeps kit order among equal votes.
    patterns.sort_by_key(|p| std::cmp::Reverse(p.votes));

    Recommendation {
        outcome,
        scores,
        patterns,
        reasons,
        both_sides,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::kit::test_kit as kit;

    fn run(ticks: &[&str], weights: &[(&str, u8)]) -> Recommendation {
        let kit = kit();
        let ticks: BTreeSet<String> = ticks.iter().map(std::string::ToString::to_string).collect();
        for t in &ticks {
            assert!(kit.tick(t).is_some(), "test uses unknown id {t}");
        }
        let weights: BTreeMap<String, u8> =
            weights.iter().map(|(k, w)| (k.to_string(), *w)).collect();
        recommend(
            &kit,
            Answers {
                ticks: &ticks,
                weights: &weights,
            },
        )
    }

    #[test]
    fn nothing_answered_is_undecided() {
        let r = run(&[], &[]);
        assert_eq!(r.outcome, Outcome::Undecided);
        assert!(r.reasons.is_empty());
        assert_eq!(r.scores, Scores::default());
    }

    #[test]
    fn zero_weights_alone_stay_undecided() {
        assert_eq!(run(&[], &[("startup-time", 0)]).outcome, Outcome::Undecided);
    }

    #[test]
    fn only_container_needs_give_containers() {
        let r = run(
            &[
                "choose.containers.microservices",
                "choose.containers.fast-scaling",
            ],
            &[],
        );
        assert_eq!(r.outcome, Outcome::Containers);
        assert!(r.scores.containers > 0 && r.scores.vms == 0);
        assert_eq!(r.reasons.len(), 2);
        assert!(r.reasons.iter().all(|x| x.option == OptionId::Containers));
    }

    #[test]
    fn only_vm_needs_give_vms() {
        let r = run(&["vm.multiple-os", "choose.vms.different-os"], &[]);
        assert_eq!(r.outcome, Outcome::Vms);
        assert_eq!(r.scores.containers, 0);
    }

    #[test]
    fn both_sides_give_a_hybrid_with_matching_patterns() {
        let r = run(
            &[
                "choose.containers.microservices",
                "choose.hybrid.multi-tenant",
                "vm.security-isolation.multi-tenant",
            ],
            &[],
        );
        assert_eq!(r.outcome, Outcome::Hybrid);
        assert!(r.both_sides);
        assert_eq!(r.top_patterns(), vec!["hybrid.multi-tenant"]);

        let r = run(
            &["choose.containers.microservices", "choose.vms.legacy"],
            &[],
        );
        assert_eq!(r.outcome, Outcome::Hybrid);
        assert_eq!(r.top_patterns(), vec!["hybrid.lift-and-shift"]);
    }

    #[test]
    fn weights_add_to_the_favoured_option() {
        let base = run(&["choose.containers.microservices"], &[]);
        let weighted = run(
            &["choose.containers.microservices"],
            &[("startup-time", 3), ("security-isolation", 1)],
        );
        assert_eq!(weighted.scores.containers, base.scores.containers + 3);
        assert_eq!(weighted.scores.vms, base.scores.vms + 1);
        // Weights are not needs: one side ticked stays that side.
        assert_eq!(weighted.outcome, Outcome::Containers);
        assert!(
            weighted
                .reasons
                .iter()
                .any(|r| r.kind == ReasonKind::Criterion
                    && r.id == "startup-time"
                    && r.points == 3)
        );
    }

    #[test]
    fn heavy_weights_can_tip_the_outcome() {
        let r = run(
            &["choose.containers.microservices"],
            &[("security-isolation", 3), ("kernel-sharing", 3)],
        );
        assert_eq!(r.outcome, Outcome::Vms);
    }

    #[test]
    fn equal_weights_alone_give_a_hybrid() {
        let r = run(&[], &[("security-isolation", 2), ("startup-time", 2)]);
        assert_eq!(r.outcome, Outcome::Hybrid);
    }

    #[test]
    fn unknown_ids_are_ignored() {
        let kit = kit();
        let ticks: BTreeSet<String> = ["nope".to_string()].into();
        let r = recommend(
            &kit,
            Answers {
                ticks: &ticks,
                weights: &BTreeMap::new(),
            },
        );
        assert_eq!(r.outcome, Outcome::Undecided);
    }

    #[test]
    fn reasons_read_in_both_languages() {
        let kit = kit();
        let r = run(&["vm.compliance"], &[("startup-time", 2)]);
        let fr: Vec<String> = r
            .reasons
            .iter()
            .map(|x| x.describe(&kit, Lang::Fr))
            .collect();
        let en: Vec<String> = r
            .reasons
            .iter()
            .map(|x| x.describe(&kit, Lang::En))
            .collect();
        assert!(fr[0].starts_with("Conformité et Régulations"), "{fr:?}");
        assert!(en[0].contains("VMs (+"), "{en:?}");
        assert!(
            fr[1].contains("Temps de Démarrage") && fr[1].contains("poids 2"),
            "{fr:?}"
        );
        assert!(en[1].contains("weight 2"), "{en:?}");
    }

    #[test]
    fn every_scenario_agrees_with_the_engine() {
        let kit = kit();
        for sc in &kit.scenarios {
            let ticks: BTreeSet<String> = sc.ticks.iter().cloned().collect();
            let r = recommend(
                &kit,
                Answers {
                    ticks: &ticks,
                    weights: &BTreeMap::new(),
                },
            );
            assert_eq!(r.outcome, Outcome::from_option(sc.expected), "{}", sc.id);
            let expected: Vec<&str> = sc.patterns.iter().map(String::as_str).collect();
            if sc.expected == OptionId::Hybrid {
                assert_eq!(r.top_patterns(), expected, "{}", sc.id);
            }
        }
    }
}
