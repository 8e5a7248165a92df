//! The recommendation engine: pure, data-driven, explainable.
//!
//! The rules, which the README documents too (with a worked example):
//! 1. **Concerns count once.** Each ticked item states a concern: a VM case and its details
//!    are one concern, and the kit names the items and criteria that restate one (e.g. "you
//!    need maximum isolation" and the VM case "critical security isolation"). A concern
//!    counts once, at the highest strength among what states it (a tick's strength, 1–3, or
//!    a criterion's weight, 0–3); the other reasons show "already counted".
//! 2. **Weights are needs.** A weighted criterion is a need for the option that wins on it in
//!    the comparison table, exactly like a ticked item.
//! 3. **Sides.** C and V are the needs for containers and for VMs; E, the needs for a hybrid
//!    stated explicitly (a ticked hybrid architecture or "combine both" statement).
//! 4. **The hybrid's score is 3 × (min(C, V) + E).** It answers both sides, so it is worth
//!    the weaker side's needs three times over, plus what explicitly asks for it. Hence the
//!    larger side wins when it is more than three times the smaller one (plus E) and no fact
//!    rules it out: one opposite preference (at most 3 points) never overturns a side of 10
//!    or more. With no explicit hybrid need, a hybrid needs both sides within a factor of
//!    three of each other.
//! 5. **Facts rule out.** A ticked item the kit marks as a hard need (the notes'
//!    « nécessitant », « non conçues pour la conteneurisation »: another OS, kernel modules,
//!    an application not designed for containers…), or a ticked item or weighted criterion
//!    the team marks as a must-have, rules out the options that cannot meet it (a must-have,
//!    the single option it argues against). No score brings them back.
//! 6. **A hybrid names its architecture.** An architecture fits when it is ticked, or it
//!    answers an explicit hybrid need, or a need on each side (the ticks that suggest it and
//!    the kit's `answers`), or it places a hard need or must-have while both sides have
//!    needs; it must also place every hard need (its `answers` name it) and must-have. A hybrid is the answer only with an architecture that fits: ticked ones
//!    first, then the most voted (each concern's points to the architectures its ticks
//!    suggest), then the best fit; equal ones are shown as a tie. Otherwise the hybrid is set
//!    aside and the answer says which fact is missing.
//! 7. **The highest score of what remains wins; equal highest scores are a tie**, reported as
//!    such (outcome `undecided`, with the tied options), never resolved in silence. Nothing
//!    ticked and nothing weighted: no recommendation yet; facts that rule out every option:
//!    `blocked`.
//!
//! Every score is monotonic: adding a tick or raising a weight that supports an option never
//! lowers its score or its rank. [`flips`] lists the single changes that would change the
//! answer, realistic ones first and removing a fact last, said so; [`drawings`] gives the
//! architecture to draw for a decision, read from the kit.

mod drawing;
mod flips;
mod needs;

use std::collections::{BTreeMap, BTreeSet};

use serde::Serialize;

use crate::i18n::Lang;
use crate::kit::{CheckedKit, OptionId};

pub use drawing::{Drawing, drawings};
pub use flips::{Change, Flip, FlipLine, ScenarioProblem, flip_lines, flips, scenario_problems};
pub use needs::{RuledOut, SetAside};

/// The hybrid's score multiplies the weaker side's needs (plus the explicit hybrid needs) by
/// this: the larger side wins when it is more than this many times the smaller one.
pub const HYBRID_FACTOR: u32 = 3;

/// The concerns whose need, together with containers, is the notes' « la sécurité des VMs ET
/// l'agilité des conteneurs »; and the statement that says it in so many words.
const SECURITY_CONCERNS: [&str; 2] = ["vm.security-isolation", "vm.compliance"];
const SECURITY_AND_AGILITY: &str = "choose.hybrid.security-and-agility";

/// What the team has answered, as far as the engine cares.
#[derive(Debug, Clone, Copy)]
pub struct Answers<'a> {
    /// Ticked item ids.
    pub ticks: &'a BTreeSet<String>,
    /// Criterion id → weight 0..=3.
    pub weights: &'a BTreeMap<String, u8>,
    /// Ticks and criteria the team marked as must-haves: they count only while ticked or
    /// weighted.
    pub musts: &'a BTreeSet<String>,
}

/// No must-haves, for answers that have none.
pub static NO_MUSTS: BTreeSet<String> = BTreeSet::new();

/// Answers the engine can read: the team's, or the team's with one change (see [`flips`]).
trait Answered {
    fn ticked(&self, id: &str) -> bool;
    fn weight(&self, id: &str) -> u8;
    fn must(&self, id: &str) -> bool;
}

impl Answered for Answers<'_> {
    fn ticked(&self, id: &str) -> bool {
        self.ticks.contains(id)
    }
    fn weight(&self, id: &str) -> u8 {
        self.weights.get(id).copied().unwrap_or(0).min(3)
    }
    fn must(&self, id: &str) -> bool {
        self.musts.contains(id)
    }
}

/// The outcome: an option, or no answer (nothing answered yet, or a tie).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Outcome {
    /// Nothing ticked or weighted, or a tie (see [`Recommendation::tied`]).
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

/// The three scores, and the needs behind the hybrid's.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
pub struct Scores {
    /// Needs for containers (C).
    pub containers: u32,
    /// Needs for VMs (V).
    pub vms: u32,
    /// The hybrid's score: [`HYBRID_FACTOR`] × (min(C, V) + E).
    pub hybrid: u32,
    /// Needs stated explicitly for a hybrid (E).
    pub hybrid_needs: u32,
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

    /// The weaker side's needs: min(C, V).
    pub fn smaller_side(&self) -> u32 {
        self.containers.min(self.vms)
    }

    fn from_needs(containers: u32, vms: u32, hybrid_needs: u32) -> Scores {
        Scores {
            containers,
            vms,
            hybrid: HYBRID_FACTOR * (containers.min(vms) + hybrid_needs),
            hybrid_needs,
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
    /// Its own strength: the item's (1–3) or the criterion's weight (1–3).
    pub strength: u32,
    /// How many points it added: its strength, or 0 when its concern was already counted
    /// with another reason (`counted_with`).
    pub points: u32,
    /// The reason its concern was counted with, when that is another one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub counted_with: Option<String>,
}

impl Reason {
    /// The reason as a sentence in a language, e.g. "Applications manipulant … → VMs (+2)".
    pub fn describe(&self, kit: &CheckedKit, lang: Lang) -> String {
        let option = kit.option_name(self.option, lang);
        let w = &lang.words().recommend;
        let points = match &self.counted_with {
            Some(other) => (w.already_counted)(item_name(kit, other, lang)),
            None => format!("+{}", self.points),
        };
        match self.kind {
            ReasonKind::Tick => {
                let text = item_name(kit, &self.id, lang);
                format!("{text} — {option} ({points})")
            }
            ReasonKind::Criterion => {
                let (name, why) = kit.criterion(&self.id).map_or((self.id.as_str(), ""), |c| {
                    (c.name.get(lang), c.why.get(lang))
                });
                let (weight, n) = (w.weight, self.strength);
                format!("{name} ({weight} {n}) — {option} ({points}). {why}")
            }
        }
    }
}

/// An outcome in words: the option's name, "Hybrid (A, B)" with its architectures, or "Tie
/// between A and B".
pub fn outcome_text(
    kit: &CheckedKit,
    outcome: Outcome,
    tied: &[OptionId],
    patterns: &[String],
    lang: Lang,
) -> String {
    if !tied.is_empty() {
        return tie_text(kit, tied, lang);
    }
    let name = outcome.name(kit, lang);
    let names: Vec<&str> = patterns
        .iter()
        .map(|p| kit.hybrid(p).map_or(p.as_str(), |h| h.name.get(lang)))
        .collect();
    if outcome == Outcome::Hybrid && !names.is_empty() {
        format!("{name} ({})", names.join(", "))
    } else {
        name
    }
}

/// "Tie between Containers and Hybrid".
pub fn tie_text(kit: &CheckedKit, tied: &[OptionId], lang: Lang) -> String {
    let w = &lang.words().recommend;
    let names: Vec<String> = tied.iter().map(|o| kit.option_name(*o, lang)).collect();
    let joined = match names.split_last() {
        Some((last, rest)) if !rest.is_empty() => format!("{}{}{last}", rest.join(", "), w.and),
        _ => names.concat(),
    };
    (w.tie)(&joined)
}

/// The name of an item or criterion, by id (the id itself if the kit does not know it).
fn item_name<'k>(kit: &'k CheckedKit, id: &'k str, lang: Lang) -> &'k str {
    kit.tick(id)
        .map(|t| t.text.get(lang))
        .or_else(|| kit.criterion(id).map(|c| c.name.get(lang)))
        .unwrap_or(id)
}

/// A hybrid architecture and the votes it got.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PatternVote {
    /// The hybrid architecture's id.
    pub id: String,
    /// The points of the concerns that suggest it.
    pub votes: u32,
    /// The points of the counted concerns it answers (the kit's `answers`): they break a tie
    /// of votes.
    pub fit: u32,
    /// Whether the team ticked this architecture itself: it then ranks first.
    pub ticked: bool,
}

/// The engine's answer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Recommendation {
    /// The outcome (`Undecided` for nothing answered, or for a tie).
    pub outcome: Outcome,
    /// The options tied for the highest score (empty unless there is a tie).
    pub tied: Vec<OptionId>,
    /// The scores behind it.
    pub scores: Scores,
    /// For a hybrid outcome, the suggested architectures: ticked ones first, then the most
    /// voted, ties in kit order. Empty for any other outcome.
    pub patterns: Vec<PatternVote>,
    /// Everything that pushed, in kit order (ticks, then criteria).
    pub reasons: Vec<Reason>,
    /// Whether the notes' « la sécurité des VMs ET l'agilité des conteneurs » applies: a
    /// hybrid, with a security or compliance need for VMs and a need for containers (or that
    /// statement ticked).
    pub security_and_agility: bool,
    /// Ids of the kit's hints whose conditions hold (beyond the notes; no effect on scores).
    pub hints: Vec<String>,
    /// The smallest single changes that would change the outcome or the first architecture,
    /// smallest first (see [`flips`]).
    pub flips: Vec<Flip>,
    /// The options the hard needs and must-haves rule out, with each need that does: no
    /// score brings them back.
    pub ruled_out: Vec<RuledOut>,
    /// Why a hybrid that would score highest is not the answer (no architecture of the kit
    /// fits, or none places a hard need): the fact that is missing.
    pub set_aside: Option<SetAside>,
    /// The hard needs and must-haves rule out every option (nothing meets them all).
    pub blocked: bool,
    /// The team's must-haves that count (on ticked items and weighted criteria), in kit
    /// order.
    pub musts: Vec<String>,
}

impl Recommendation {
    /// The hybrid architectures leading the ranking: the ticked ones if any, else those with
    /// the most votes (usually one; several are a tie), in kit order.
    pub fn top_patterns(&self) -> Vec<&str> {
        let any_ticked = self.patterns.iter().any(|p| p.ticked);
        let max = self
            .patterns
            .iter()
            .filter(|p| p.ticked == any_ticked)
            .map(|p| (p.votes, p.fit))
            .max()
            .unwrap_or((0, 0));
        self.patterns
            .iter()
            .filter(|p| {
                if any_ticked {
                    p.ticked
                } else {
                    (p.votes, p.fit) == max && max > (0, 0)
                }
            })
            .map(|p| p.id.as_str())
            .collect()
    }

    /// Whether a hard need or a must-have rules this option out.
    pub fn is_ruled_out(&self, option: OptionId) -> bool {
        self.ruled_out.iter().any(|r| r.option == option)
    }

    /// The reasons that pushed towards one option.
    pub fn reasons_for(&self, option: OptionId) -> impl Iterator<Item = &Reason> {
        self.reasons.iter().filter(move |r| r.option == option)
    }
}

/// What the team decided: its override if it wrote one, else the engine's answer. Computed
/// once per change (by the session) and read by every view and the ADR.
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

/// One concern while counting: its option, its points so far, and the reason that holds them.
struct Concern<'k> {
    id: &'k str,
    option: OptionId,
    points: u32,
    holder: Option<usize>,
}

/// What one count of the answers gives, before anything is worded.
struct Tally<'k> {
    scores: Scores,
    /// Points per (concern, suggested architecture): a concern votes once per architecture.
    votes: BTreeMap<(&'k str, &'k str), u32>,
    ticked_patterns: BTreeSet<&'k str>,
    concerns: Vec<Concern<'k>>,
    answered: bool,
}

/// Counts the answers (rules 1–3). With `reasons`, records every reason too.
fn tally<'k>(
    kit: &'k CheckedKit,
    answers: &dyn Answered,
    mut reasons: Option<&mut Vec<Reason>>,
) -> Tally<'k> {
    let mut concerns: Vec<Concern<'k>> = Vec::new();
    let mut votes: BTreeMap<(&'k str, &'k str), u32> = BTreeMap::new();
    let mut ticked_patterns = BTreeSet::new();
    let mut answered = false;
    let mut count = |concern: &'k str,
                     option: OptionId,
                     id: &str,
                     kind: ReasonKind,
                     strength: u32,
                     reasons: &mut Option<&mut Vec<Reason>>| {
        answered = true;
        let i = if let Some(i) = concerns.iter().position(|c| c.id == concern) {
            i
        } else {
            concerns.push(Concern {
                id: concern,
                option,
                points: 0,
                holder: None,
            });
            concerns.len() - 1
        };
        let c = &mut concerns[i];
        let raises = strength > c.points;
        if let Some(list) = reasons.as_deref_mut() {
            let index = list.len();
            list.push(Reason {
                id: id.to_owned(),
                kind,
                option,
                strength,
                points: strength,
                counted_with: None,
            });
            if raises {
                if let Some(old) = c.holder.replace(index) {
                    list[old].points = 0;
                }
            } else {
                list[index].points = 0;
            }
        }
        if raises {
            c.points = strength;
        }
    };

    for tick in kit.ticks_iter() {
        if !answers.ticked(tick.id) {
            continue;
        }
        let strength = u32::from(tick.strength);
        count(
            tick.concern,
            tick.supports,
            tick.id,
            ReasonKind::Tick,
            strength,
            &mut reasons,
        );
        for s in tick.suggests {
            let v = votes.entry((tick.concern, s.as_str())).or_default();
            *v = (*v).max(strength);
        }
        if tick.supports == OptionId::Hybrid && kit.hybrid(tick.id).is_some() {
            ticked_patterns.insert(tick.id);
        }
    }
    for crit in &kit.criteria {
        let weight = answers.weight(&crit.id);
        if weight > 0 {
            let (concern, id) = (crit.concern(), crit.id.as_str());
            let strength = u32::from(weight);
            count(
                concern,
                crit.favours,
                id,
                ReasonKind::Criterion,
                strength,
                &mut reasons,
            );
        }
    }
    // Name, for each reason that added nothing, the reason its concern is counted with.
    if let Some(list) = reasons {
        let mut by_concern: BTreeMap<&str, String> = BTreeMap::new();
        for c in &concerns {
            if let Some(h) = c.holder {
                by_concern.insert(c.id, list[h].id.clone());
            }
        }
        for r in list.iter_mut() {
            if r.points == 0 {
                let concern = concern_of(kit, r);
                r.counted_with = by_concern.get(concern).cloned();
            }
        }
    }
    let side = |o: OptionId| {
        concerns
            .iter()
            .filter(|c| c.option == o)
            .map(|c| c.points)
            .sum::<u32>()
    };
    Tally {
        scores: Scores::from_needs(
            side(OptionId::Containers),
            side(OptionId::Vms),
            side(OptionId::Hybrid),
        ),
        votes,
        ticked_patterns,
        concerns,
        answered,
    }
}

/// The concern a reason states.
fn concern_of<'k>(kit: &'k CheckedKit, r: &Reason) -> &'k str {
    match r.kind {
        ReasonKind::Tick => kit.tick(&r.id).map_or("", |t| t.concern),
        ReasonKind::Criterion => kit.criterion(&r.id).map_or("", |c| c.concern()),
    }
}

/// What the outcome rules give: the outcome, the tied options, the architectures of a hybrid
/// outcome, why a hybrid was set aside, and whether nothing remains.
struct Decided {
    outcome: Outcome,
    tied: Vec<OptionId>,
    patterns: Vec<PatternVote>,
    set_aside: Option<SetAside>,
    blocked: bool,
}

/// The outcome (rules 5–7): the options the hard needs rule out are removed; a hybrid that
/// could win stays only with an architecture that fits; the highest score of what remains
/// wins, equal highest scores are a tie.
fn decide(
    kit: &CheckedKit,
    answers: &dyn Answered,
    t: &Tally<'_>,
    needs: &[needs::Need<'_>],
) -> Decided {
    let mut d = Decided {
        outcome: Outcome::Undecided,
        tied: Vec::new(),
        patterns: Vec::new(),
        set_aside: None,
        blocked: false,
    };
    if !t.answered {
        return d;
    }
    let scores = &t.scores;
    let mut candidates: Vec<OptionId> = OptionId::ALL
        .into_iter()
        .filter(|o| !needs.iter().any(|n| n.rules_out.contains(o)))
        .collect();
    let best_single = candidates
        .iter()
        .filter(|o| **o != OptionId::Hybrid)
        .map(|o| scores.get(*o))
        .max()
        .unwrap_or(0);
    // The architectures matter only when the hybrid could win or tie.
    if candidates.contains(&OptionId::Hybrid) && scores.hybrid > 0 && scores.hybrid >= best_single {
        match needs::architectures(kit, answers, t, needs) {
            Ok(list) => d.patterns = list,
            Err(why) => {
                d.set_aside = Some(why);
                candidates.retain(|o| *o != OptionId::Hybrid);
            }
        }
    }
    let Some(top) = candidates.iter().map(|o| scores.get(*o)).max() else {
        d.blocked = true;
        return d;
    };
    let leaders: Vec<OptionId> = candidates
        .into_iter()
        .filter(|o| scores.get(*o) == top)
        .collect();
    match leaders.as_slice() {
        [one] => d.outcome = Outcome::from_option(*one),
        _ => d.tied = leaders,
    }
    if d.outcome != Outcome::Hybrid {
        d.patterns.clear();
    }
    d
}

/// The engine's answer without the flips: what [`flips`] computes for each change.
fn evaluate(kit: &CheckedKit, answers: &dyn Answered, with_reasons: bool) -> Recommendation {
    let mut reasons = Vec::new();
    let t = tally(kit, answers, with_reasons.then_some(&mut reasons));
    let needs = needs::needs(kit, answers);
    let Decided {
        outcome,
        tied,
        patterns,
        set_aside,
        blocked,
    } = decide(kit, answers, &t, &needs);
    let has = |id: &str| t.concerns.iter().any(|c| c.id == id && c.points > 0);
    let security_and_agility = outcome == Outcome::Hybrid
        && (answers.ticked(SECURITY_AND_AGILITY)
            || (t.scores.containers > 0 && SECURITY_CONCERNS.iter().any(|c| has(c))));
    let applies = |id: &String| answers.ticked(id) || answers.weight(id) > 0;
    let hints = kit
        .hints
        .iter()
        .filter(|h| h.when.iter().any(applies) && h.and_when.iter().any(applies))
        .map(|h| h.id.clone())
        .collect();
    Recommendation {
        outcome,
        tied,
        scores: t.scores,
        patterns,
        reasons,
        security_and_agility,
        hints,
        flips: Vec::new(),
        ruled_out: needs::ruled_out(&needs),
        set_aside,
        blocked,
        musts: needs
            .iter()
            .filter(|n| n.must)
            .map(|n| n.id.to_owned())
            .collect(),
    }
}

/// Computes the recommendation, with its reasons and the changes that would flip it. Unknown
/// ids in the answers are ignored (sessions report them when they load).
pub fn recommend(kit: &CheckedKit, answers: Answers<'_>) -> Recommendation {
    let mut r = evaluate(kit, &answers, true);
    r.flips = flips(kit, answers, &r);
    r
}

#[cfg(test)]
mod props;

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
                musts: &NO_MUSTS,
            },
        )
    }

    const FIVE_VM_CASES: [&str; 5] = [
        "vm.security-isolation",
        "vm.multiple-os",
        "vm.kernel-control",
        "vm.compliance",
        "vm.legacy-monolith",
    ];

    #[test]
    fn nothing_answered_is_undecided_without_flips() {
        let r = run(&[], &[]);
        assert_eq!(r.outcome, Outcome::Undecided);
        assert!(r.reasons.is_empty() && r.tied.is_empty() && r.flips.is_empty());
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
        assert_eq!(
            (r.scores.containers, r.scores.vms, r.scores.hybrid),
            (4, 0, 0)
        );
        assert!(r.patterns.is_empty(), "patterns only for a hybrid");
    }

    #[test]
    fn one_stray_container_tick_does_not_overturn_nine_vm_ticks() {
        // The review's case: nine VM ticks and "resource efficiency" gave Hybrid 22.
        let r = run(
            &[
                "vm.security-isolation",
                "vm.security-isolation.sensitive-data",
                "vm.multiple-os",
                "vm.multiple-os.several-os",
                "vm.kernel-control",
                "vm.compliance",
                "vm.compliance.security-audits",
                "vm.legacy-monolith",
                "choose.vms.legacy",
                "choose.containers.resource-efficiency",
            ],
            &[],
        );
        assert_eq!(r.outcome, Outcome::Vms, "{:?}", r.scores);
        let mut ticks = FIVE_VM_CASES.to_vec();
        ticks.push("choose.containers.portability-devops");
        assert_eq!(run(&ticks, &[]).outcome, Outcome::Vms);
    }

    #[test]
    fn a_case_and_its_details_count_once() {
        let heading = run(&["vm.compliance"], &[]);
        let all = run(
            &[
                "vm.compliance",
                "vm.compliance.security-standards",
                "vm.compliance.security-audits",
                "choose.vms.strict-compliance",
            ],
            &[],
        );
        assert_eq!(heading.scores, all.scores);
        let counted: Vec<_> = all.reasons.iter().filter(|r| r.points > 0).collect();
        assert_eq!(counted.len(), 1);
        for r in all.reasons.iter().filter(|r| r.points == 0) {
            assert_eq!(r.counted_with.as_deref(), Some("vm.compliance"), "{r:?}");
        }
    }

    #[test]
    fn kernel_sharing_and_security_isolation_are_one_concern() {
        let one = run(&[], &[("security-isolation", 3)]);
        let both = run(&[], &[("security-isolation", 3), ("kernel-sharing", 3)]);
        assert_eq!(one.scores.vms, 3);
        assert_eq!(both.scores.vms, 3);
    }

    #[test]
    fn weights_count_as_needs_quote_app_stays_hybrid() {
        // The review's case: the notes' own quote-app with startup time and overhead weighted
        // gave Containers 8 over Hybrid 7.
        let r = run(
            &[
                "choose.containers.portability-devops",
                "choose.hybrid.cloud-native-on-existing",
                "choose.hybrid.security-and-agility",
                "hybrid.kubernetes-on-vms",
            ],
            &[
                ("operational-complexity", 2),
                ("security-isolation", 2),
                ("startup-time", 3),
                ("resource-overhead", 1),
            ],
        );
        assert_eq!(r.outcome, Outcome::Hybrid, "{:?}", r.scores);
        assert_eq!(r.top_patterns(), vec!["hybrid.kubernetes-on-vms"]);
        // Weights alone on both sides make a hybrid too.
        let w = run(&[], &[("security-isolation", 2), ("startup-time", 2)]);
        assert_eq!(w.outcome, Outcome::Hybrid);
    }

    #[test]
    fn an_explicit_hybrid_architecture_pulls_and_leads() {
        // An IoT fleet: container needs and the cloud-edge architecture ticked.
        let r = run(
            &[
                "choose.containers.fast-scaling",
                "choose.containers.resource-efficiency",
                "choose.containers.portability-devops",
                "hybrid.cloud-edge",
            ],
            &[],
        );
        assert_eq!(r.outcome, Outcome::Hybrid, "{:?}", r.scores);
        assert_eq!(r.top_patterns(), vec!["hybrid.cloud-edge"]);
        // Ticked ahead of more voted.
        let r = run(
            &[
                "choose.containers.microservices",
                "vm.legacy-monolith",
                "choose.vms.legacy",
                "hybrid.cicd",
            ],
            &[],
        );
        assert_eq!(
            r.patterns.first().map(|p| p.id.as_str()),
            Some("hybrid.cicd")
        );
        assert!(
            r.patterns
                .iter()
                .any(|p| p.id == "hybrid.lift-and-shift" && !p.ticked)
        );
        // Unless it does not place a hard need: an application not designed for containers
        // goes to the VMs of a migration, not to build VMs.
        let r = run(
            &[
                "choose.containers.microservices",
                "vm.legacy-monolith",
                "vm.legacy-monolith.not-containerisable",
                "hybrid.cicd",
            ],
            &[],
        );
        assert_eq!(r.top_patterns(), vec!["hybrid.lift-and-shift"]);
    }

    #[test]
    fn pattern_ties_are_ties() {
        // « la sécurité des VMs ET l'agilité des conteneurs » suggests two architectures.
        let r = run(&["choose.hybrid.security-and-agility"], &[]);
        assert_eq!(r.outcome, Outcome::Hybrid);
        assert_eq!(
            r.top_patterns(),
            vec!["hybrid.kubernetes-on-vms", "hybrid.defense-in-depth"]
        );
    }

    #[test]
    fn a_tie_is_reported_as_a_tie_with_what_breaks_it() {
        // Containers 6 = Hybrid 3 × 2.
        let r = run(
            &[
                "choose.containers.microservices",
                "choose.containers.fast-scaling",
                "choose.containers.resource-efficiency",
                "choose.vms.legacy",
            ],
            &[],
        );
        assert_eq!(r.outcome, Outcome::Undecided);
        assert_eq!(r.tied, vec![OptionId::Containers, OptionId::Hybrid]);
        assert!(r.patterns.is_empty());
        assert!(!r.flips.is_empty());
        assert!(
            r.flips
                .iter()
                .all(|f| f.outcome != Outcome::Undecided || f.tied != r.tied)
        );
        let kit = kit();
        assert_eq!(
            tie_text(&kit, &r.tied, Lang::En),
            "Tie between Containers and Hybrid"
        );
        assert_eq!(
            tie_text(&kit, &r.tied, Lang::Fr),
            "Égalité entre Conteneurs et Hybride"
        );
    }

    #[test]
    fn flips_are_real_and_smallest_first() {
        let kit = kit();
        let base = [
            "choose.containers.microservices",
            "choose.containers.fast-scaling",
        ];
        let r = run(&base, &[("security-isolation", 1)]);
        assert_eq!(r.outcome, Outcome::Containers);
        assert!(!r.flips.is_empty());
        let mut last = (false, false, 0);
        for f in &r.flips {
            // Realistic first (a weight moved, an item unticked), then ticks; smallest first
            // within each.
            let now = (
                matches!(f.change, Change::Tick(_)),
                matches!(&f.change, Change::Tick(id) if id.starts_with("hybrid.")),
                f.change.size(),
            );
            assert!(now >= last, "{:?}", r.flips);
            last = now;
            // Apply the change and check the engine agrees.
            let mut ticks: BTreeSet<String> = base.iter().map(|s| (*s).to_owned()).collect();
            let mut weights: BTreeMap<String, u8> = [("security-isolation".to_owned(), 1)].into();
            match &f.change {
                Change::Tick(id) => {
                    ticks.insert(id.clone());
                }
                Change::Untick(id) => {
                    ticks.remove(id);
                }
                Change::Weight { criterion, to, .. } => {
                    weights.insert(criterion.clone(), *to);
                }
            }
            let after = recommend(
                &kit,
                Answers {
                    ticks: &ticks,
                    weights: &weights,
                    musts: &NO_MUSTS,
                },
            );
            assert_eq!(
                (after.outcome, &after.tied),
                (f.outcome, &f.tied),
                "{}",
                f.change.code()
            );
            assert_ne!(
                (after.outcome, after.patterns.first().map(|p| &p.id)),
                (r.outcome, r.patterns.first().map(|p| &p.id)),
                "{} changes nothing",
                f.change.code()
            );
        }
        // Untick a container need: still containers. Raise isolation to 3: VMs 3 vs C 4, a
        // hybrid (3 × 3 = 9).
        assert!(
            r.flips
                .iter()
                .any(|f| f.change.code() == "security-isolation=2")
        );
        let en = r.flips[0].describe(&kit, Lang::En);
        assert!(en.contains(" if you "), "{en}");
    }

    #[test]
    fn flips_for_the_quote_app_session_are_fast_enough_to_compute_every_change() {
        // The benchmark (`cargo bench --bench core flips`) measures it; here it must just run.
        let r = run(
            &[
                "choose.containers.portability-devops",
                "choose.hybrid.cloud-native-on-existing",
                "choose.hybrid.security-and-agility",
                "hybrid.kubernetes-on-vms",
            ],
            &[("operational-complexity", 2), ("security-isolation", 2)],
        );
        assert_eq!(r.outcome, Outcome::Hybrid);
        let json = serde_json::to_string(&r.flips).unwrap_or_default();
        assert!(json.starts_with('['), "{json}");
    }

    #[test]
    fn the_security_and_agility_quote_needs_a_security_need() {
        let no_security = run(
            &[
                "choose.containers.microservices",
                "vm.multiple-os",
                "choose.containers.fast-scaling",
            ],
            &[],
        );
        assert_eq!(no_security.outcome, Outcome::Hybrid);
        assert!(!no_security.security_and_agility);
        let security = run(&["choose.containers.microservices", "vm.compliance"], &[]);
        assert_eq!(security.outcome, Outcome::Hybrid);
        assert!(security.security_and_agility);
    }

    #[test]
    fn the_sandbox_hint_needs_tenants_and_density_and_changes_no_score() {
        let tenants = run(&["vm.security-isolation.multi-tenant"], &[]);
        assert!(tenants.hints.is_empty());
        let both = run(
            &[
                "vm.security-isolation.multi-tenant",
                "choose.containers.resource-efficiency",
            ],
            &[],
        );
        assert_eq!(both.hints, vec!["hint.sandboxed-runtimes".to_owned()]);
        let weighted = run(&["hybrid.multi-tenant"], &[("startup-time", 1)]);
        assert_eq!(weighted.hints.len(), 1);
        let without = run(&["vm.security-isolation.multi-tenant"], &[]);
        let with = run(&["vm.security-isolation.multi-tenant"], &[]);
        assert_eq!(without.scores, with.scores);
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
                musts: &NO_MUSTS,
            },
        );
        assert_eq!(r.outcome, Outcome::Undecided);
    }

    #[test]
    fn reasons_read_in_both_languages() {
        let kit = kit();
        let r = run(
            &["vm.compliance", "choose.vms.strict-compliance"],
            &[("startup-time", 2)],
        );
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
        assert!(en[0].contains("VMs (+3)"), "{en:?}");
        assert!(
            fr[1].contains("déjà compté avec «\u{a0}Conformité"),
            "{fr:?}"
        );
        assert!(
            en[1].contains("already counted with \u{201c}Compliance"),
            "{en:?}"
        );
        assert!(
            fr[2].contains("Temps de Démarrage") && fr[2].contains("poids 2"),
            "{fr:?}"
        );
        assert!(en[2].contains("weight 2"), "{en:?}");
    }

    #[test]
    fn every_scenario_agrees_with_the_engine() {
        let kit = kit();
        assert_eq!(scenario_problems(&kit), Vec::new());
        assert!(kit.scenarios.len() >= 14);
    }

    #[test]
    fn drawings_follow_the_decision_and_a_hybrid_without_architecture_draws_nothing() {
        let kit = kit();
        let decision = |outcome, patterns: &[&str]| Decision {
            outcome,
            patterns: patterns.iter().map(|p| (*p).to_owned()).collect(),
            overridden: false,
        };
        assert!(drawings(&kit, &decision(Outcome::Hybrid, &[])).is_empty());
        assert!(drawings(&kit, &decision(Outcome::Undecided, &[])).is_empty());
        assert_eq!(drawings(&kit, &decision(Outcome::Vms, &[])).len(), 1);
        let two = drawings(
            &kit,
            &decision(Outcome::Hybrid, &["hybrid.cicd", "hybrid.cloud-edge"]),
        );
        assert_eq!(two.len(), 2);
        // Side by side, as the notes say: build VMs next to the deployed containers.
        let cicd = two[0].description(Lang::En);
        assert_eq!(
            cicd,
            "Build VMs [Pipelines building the images], Runtime environment [Deployed application containers]"
        );
    }
}
