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

/// A reason as the need it states, in a decision's words rather than a checklist's: a ticked
/// item's force (else its text), a weighted criterion by what its favoured option has (else
/// its name).
pub fn reason_force<'k>(kit: &'k CheckedKit, reason: &'k Reason, lang: Lang) -> &'k str {
    match reason.kind {
        ReasonKind::Tick => kit
            .force(&reason.id)
            .map_or_else(|| item_name(kit, &reason.id, lang), |t| t.get(lang)),
        ReasonKind::Criterion => kit.criterion(&reason.id).map_or(&reason.id, |c| {
            c.wins
                .as_ref()
                .map_or_else(|| c.name.get(lang), |w| w.get(lang))
        }),
    }
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

impl Decision {
    /// The engine's answer as a decision: its outcome, and for a hybrid its leading
    /// architectures.
    pub fn engine(rec: &Recommendation) -> Decision {
        Decision {
            outcome: rec.outcome,
            patterns: if rec.outcome == Outcome::Hybrid {
                rec.top_patterns().into_iter().map(str::to_owned).collect()
            } else {
                Vec::new()
            },
            overridden: false,
        }
    }

    /// The team's choice in place of the engine's: an option, and for a hybrid the
    /// architectures it names.
    pub fn chosen(option: OptionId, patterns: &[String]) -> Decision {
        Decision {
            outcome: Outcome::from_option(option),
            patterns: if option == OptionId::Hybrid {
                patterns.to_vec()
            } else {
                Vec::new()
            },
            overridden: true,
        }
    }
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
mod tests;
