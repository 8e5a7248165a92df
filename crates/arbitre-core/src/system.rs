//! A system of components: each component is placed by the engine on its own facts and the
//! facts for all, and the system's outcome follows from where they land.
//!
//! The rules, which the README documents too:
//! 1. **A component's facts are its own plus the facts for all.** With two components or
//!    more, a fact for all that argues for a hybrid (an architecture ticked, a "combine both"
//!    statement) speaks of the system's shape, not of each component: it does not count in a
//!    component's placement, it names the system's architecture (rule 4). With one component,
//!    the system is that component: every fact counts, exactly as in a session without
//!    components. A component's placement therefore never depends on another component's
//!    own facts.
//! 2. **A component's placement is the engine's answer on those facts** (or the team's
//!    override of it, with its justification): containers, a VM, or containers inside a VM
//!    boundary (a hybrid whose architectures are all layered: per tenant, per environment,
//!    per sensitivity). Hard needs rule options out per component.
//! 3. **The system's outcome follows from the placements**: all in containers, containers;
//!    all in VMs, VMs; anything else, a hybrid. While a component has no placement (nothing
//!    answered, a tie, every option ruled out), the system has none either, and says which.
//! 4. **A hybrid names its architectures from the placements**: the layered architecture of
//!    each component in a VM boundary, the architecture of a component that is a hybrid on
//!    its own, and, when some component runs in VMs while another runs containers, the
//!    architecture of that split: one the team ticked for the system first, then a
//!    side-by-side one before a layered one, then the most voted by the facts of the
//!    components on each side and the system's (as the engine votes), then the best fit
//!    (the kit's `answers`), then kit order. None fits: the hybrid names none, and says so.
//! 5. **The team can override** the system's outcome (the session's override) as it can a
//!    component's placement.

mod drawing;
mod scenario;

use std::collections::{BTreeMap, BTreeSet};

use serde::Serialize;

use crate::decide::{Answers, Decision, Outcome, Recommendation};
use crate::i18n::Lang;
use crate::kit::{CheckedKit, HybridLayout, OptionId};
use crate::session::Session;

pub use drawing::drawing;
pub use scenario::{placeable, scenario_problems, scenario_session, scenario_system};

/// Where a component runs.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Place {
    /// No placement yet: nothing answered, a tie, or every option ruled out.
    NotPlaced,
    /// In containers.
    Containers,
    /// In a VM.
    Vm,
    /// In containers inside a VM boundary: the layered architecture that draws it.
    InVm {
        /// The layered architecture's id.
        architecture: String,
    },
    /// A hybrid on its own (both sides inside one component), with its architectures.
    Hybrid {
        /// The architectures' ids (may be empty: none fits).
        architectures: Vec<String>,
    },
}

impl Place {
    /// Where a decision places a component.
    pub fn of(kit: &CheckedKit, decision: &Decision) -> Place {
        match decision.outcome {
            Outcome::Undecided => Place::NotPlaced,
            Outcome::Containers => Place::Containers,
            Outcome::Vms => Place::Vm,
            Outcome::Hybrid => {
                let layered = |p: &String| {
                    kit.hybrid(p)
                        .is_some_and(|h| h.layout == HybridLayout::Layered)
                };
                match decision.patterns.first() {
                    Some(first) if decision.patterns.iter().all(layered) => Place::InVm {
                        architecture: first.clone(),
                    },
                    _ => Place::Hybrid {
                        architectures: decision.patterns.clone(),
                    },
                }
            }
        }
    }

    /// The placement in words: "Containers", "VM", "Containers in one VM per tenant".
    pub fn text(&self, kit: &CheckedKit, lang: Lang) -> String {
        let w = &lang.words().system;
        match self {
            Place::NotPlaced => w.not_placed.to_owned(),
            Place::Containers => w.in_containers.to_owned(),
            Place::Vm => w.in_vm.to_owned(),
            Place::InVm { architecture } => (w.in_vm_boundary)(&boundary(kit, architecture, lang)),
            Place::Hybrid { architectures } => {
                let names: Vec<&str> = architectures
                    .iter()
                    .map(|a| kit.hybrid(a).map_or(a.as_str(), |h| h.name.get(lang)))
                    .collect();
                (w.hybrid_of_its_own)(&names.join(", "))
            }
        }
    }

    /// Whether containers run here (in containers, or inside a VM boundary).
    pub fn runs_containers(&self) -> bool {
        matches!(self, Place::Containers | Place::InVm { .. })
    }
}

/// A layered architecture's VM boundary in words ("one VM per tenant"), else its name.
pub fn boundary(kit: &CheckedKit, architecture: &str, lang: Lang) -> String {
    kit.hybrid(architecture).map_or_else(
        || architecture.to_owned(),
        |h| {
            h.boundary
                .as_ref()
                .map_or_else(|| h.name.get(lang), |b| b.get(lang))
                .to_owned()
        },
    )
}

/// One component's answer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Placed {
    /// Its name (empty for the one workload of a session without components).
    pub name: String,
    /// Its description.
    pub description: String,
    /// The engine's answer on its facts.
    pub recommendation: Recommendation,
    /// Its placement as decided: the team's override, else the engine's answer.
    pub decision: Decision,
    /// Where that puts it.
    pub place: Place,
    /// The team's justification, when it overrode the engine's placement.
    pub justification: Option<String>,
}

impl Placed {
    /// Why it lands where it does, in one line: the team's justification for an override;
    /// the fact that rules an option out; else the strongest reason for its placement (one
    /// per side for containers inside a VM boundary); what is missing when it has none.
    pub fn why(&self, kit: &CheckedKit, lang: Lang) -> String {
        let w = &lang.words().system;
        let rec = &self.recommendation;
        if let Some(j) = &self.justification {
            return (w.why_override)(j);
        }
        if self.place == Place::NotPlaced {
            return if rec.blocked {
                lang.words().recommend.blocked.to_owned()
            } else if !rec.tied.is_empty() {
                crate::decide::tie_text(kit, &rec.tied, lang)
            } else {
                w.why_nothing.to_owned()
            };
        }
        let strongest = |option: OptionId| {
            rec.reasons_for(option)
                .filter(|r| r.points > 0)
                .max_by_key(|r| r.points)
                .map(|r| crate::decide::reason_force(kit, r, lang).to_owned())
        };
        let sides: Vec<String> = match (rec.ruled_out.first(), self.decision.outcome) {
            // The fact that rules an option out; inside a VM boundary, with what the
            // containers there are for.
            (Some(r), Outcome::Hybrid) => std::iter::once(r.describe(kit, lang))
                .chain(strongest(OptionId::Containers))
                .collect(),
            (Some(r), _) => vec![r.describe(kit, lang)],
            (None, Outcome::Containers) => strongest(OptionId::Containers).into_iter().collect(),
            (None, Outcome::Vms) => strongest(OptionId::Vms).into_iter().collect(),
            (None, _) => [OptionId::Vms, OptionId::Containers, OptionId::Hybrid]
                .into_iter()
                .filter_map(strongest)
                .collect(),
        };
        // One sentence: the first need capitalised, the others as they continue it.
        let mut out = String::new();
        for (i, s) in sides.iter().enumerate() {
            let mut chars = s.chars();
            let first = chars.next().map(|c| {
                if i == 0 {
                    c.to_uppercase().collect::<String>()
                } else {
                    c.to_lowercase().collect()
                }
            });
            if i > 0 {
                out.push_str(w.why_and);
            }
            out.extend(first);
            out.push_str(chars.as_str());
        }
        out
    }
}

/// How the architecture of a split between VMs and containers was recognised.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Recognised {
    /// The team ticked it for the system.
    Ticked,
    /// The facts of the components on each side suggest it.
    Voted,
    /// It answers the needs of the components on each side (the kit's `answers`).
    Fits,
}

/// The system's answer: every component's, and the outcome that follows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct System {
    /// Every component's answer, in the session's order (one, unnamed, for a session without
    /// components).
    pub components: Vec<Placed>,
    /// Whether the session has no components: one workload, answered as before.
    pub implicit: bool,
    /// The system's decision: the team's override, else what follows from the placements.
    pub decision: Decision,
    /// What follows from the placements, the team's override of the system aside (the same
    /// as `decision` without one).
    pub derived: Decision,
    /// The components with no placement yet, by index: the system waits for them.
    pub waiting: Vec<usize>,
    /// How the architecture of a split between VMs and containers was recognised, when one
    /// was.
    pub recognised: Option<Recognised>,
}

impl System {
    /// Whether the system is one workload (no components, or one): its answer is that
    /// workload's, exactly.
    pub fn is_single(&self) -> bool {
        self.components.len() <= 1
    }

    /// The one workload's recommendation, when the system is one.
    pub fn single(&self) -> Option<&Recommendation> {
        match self.components.as_slice() {
            [one] => Some(&one.recommendation),
            _ => None,
        }
    }

    /// The component with this name (case and spaces aside).
    pub fn component(&self, name: &str) -> Option<&Placed> {
        self.components
            .iter()
            .find(|c| crate::session::same_name(&c.name, name))
    }
}

/// A component's facts as the engine reads them: its own and the facts for all (rule 1).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Facts {
    /// Ticked item ids.
    pub ticks: BTreeSet<String>,
    /// Criterion id → weight.
    pub weights: BTreeMap<String, u8>,
    /// Must-haves.
    pub musts: BTreeSet<String>,
}

impl Facts {
    /// The engine's view of these facts.
    pub fn answers(&self) -> Answers<'_> {
        Answers {
            ticks: &self.ticks,
            weights: &self.weights,
            musts: &self.musts,
        }
    }
}

/// Whether a fact for all speaks of the system's shape only (rule 1): it argues for a hybrid.
pub fn speaks_of_shape(kit: &CheckedKit, id: &str) -> bool {
    kit.tick(id).is_some_and(|t| t.supports == OptionId::Hybrid)
        || kit
            .criterion(id)
            .is_some_and(|c| c.favours == OptionId::Hybrid)
}

/// The facts the engine reads for component `index` of the session (rule 1); for a session
/// without components, the session's own.
pub fn facts(kit: &CheckedKit, session: &Session, index: usize) -> Facts {
    let mut f = Facts {
        ticks: session.ticks.clone(),
        weights: session.weights.clone(),
        musts: session.musts.clone(),
    };
    let Some(c) = session.components.get(index) else {
        return f;
    };
    if session.components.len() > 1 {
        f.ticks.retain(|id| !speaks_of_shape(kit, id));
        f.weights.retain(|id, _| !speaks_of_shape(kit, id));
        let (ticks, weights) = (&f.ticks, &f.weights);
        f.musts
            .retain(|id| ticks.contains(id) || weights.contains_key(id));
    }
    f.ticks.extend(c.ticks.iter().cloned());
    for (id, w) in &c.weights {
        let e = f.weights.entry(id.clone()).or_default();
        *e = (*e).max(*w);
    }
    f.musts.extend(c.musts.iter().cloned());
    f
}

/// The override's decision, else the engine's for a recommendation.
fn decision_of(rec: &Recommendation, over: Option<&crate::session::Override>) -> Decision {
    match over {
        Some(o) => Decision::chosen(o.outcome, &o.patterns),
        None => Decision::engine(rec),
    }
}

/// The system's answer for a session: each component placed, the outcome that follows.
pub fn evaluate(kit: &CheckedKit, session: &Session) -> System {
    if session.components.is_empty() {
        let rec = session.recommend(kit);
        let decision = decision_of(&rec, session.override_.as_ref());
        return System {
            components: vec![Placed {
                name: String::new(),
                description: String::new(),
                place: Place::of(kit, &decision),
                recommendation: rec,
                decision: decision.clone(),
                justification: session.override_.as_ref().map(|o| o.justification.clone()),
            }],
            implicit: true,
            derived: decision.clone(),
            decision,
            waiting: Vec::new(),
            recognised: None,
        };
    }
    let components: Vec<Placed> = session
        .components
        .iter()
        .enumerate()
        .map(|(i, c)| {
            let rec = crate::decide::recommend(kit, facts(kit, session, i).answers());
            let decision = decision_of(&rec, c.override_.as_ref());
            Placed {
                name: c.name.clone(),
                description: c.description.clone(),
                place: Place::of(kit, &decision),
                recommendation: rec,
                decision,
                justification: c.override_.as_ref().map(|o| o.justification.clone()),
            }
        })
        .collect();
    let waiting: Vec<usize> = components
        .iter()
        .enumerate()
        .filter(|(_, c)| c.place == Place::NotPlaced)
        .map(|(i, _)| i)
        .collect();
    let (derived, recognised) = if waiting.is_empty() {
        follow(kit, session, &components)
    } else {
        (Decision::default(), None)
    };
    let derived = match components.as_slice() {
        [one] => one.decision.clone(),
        _ => derived,
    };
    let decision = match &session.override_ {
        Some(o) => Decision::chosen(o.outcome, &o.patterns),
        None => derived.clone(),
    };
    System {
        components,
        implicit: false,
        decision,
        derived,
        waiting,
        recognised,
    }
}

/// The outcome that follows from the placements (rules 3 and 4).
fn follow(
    kit: &CheckedKit,
    session: &Session,
    components: &[Placed],
) -> (Decision, Option<Recognised>) {
    let all = |p: &Place| components.iter().all(|c| &c.place == p);
    let outcome = if all(&Place::Containers) {
        Outcome::Containers
    } else if all(&Place::Vm) {
        Outcome::Vms
    } else {
        Outcome::Hybrid
    };
    let mut patterns: BTreeSet<&str> = BTreeSet::new();
    for c in components {
        match &c.place {
            Place::InVm { architecture } => {
                patterns.insert(architecture);
            }
            Place::Hybrid { architectures } => {
                patterns.extend(architectures.iter().map(String::as_str));
            }
            _ => {}
        }
    }
    let mut recognised = None;
    let split = components.iter().any(|c| c.place == Place::Vm)
        && components.iter().any(|c| c.place.runs_containers());
    if outcome == Outcome::Hybrid
        && split
        && let Some((id, how)) = recognise_split(kit, session, components, &patterns)
    {
        patterns.insert(id);
        recognised = Some(how);
    }
    let decision = Decision {
        outcome,
        patterns: if outcome == Outcome::Hybrid {
            kit.hybrids
                .iter()
                .filter(|h| patterns.contains(h.id.as_str()))
                .map(|h| h.id.clone())
                .collect()
        } else {
            Vec::new()
        },
        overridden: false,
    };
    (decision, recognised)
}

/// The architecture of a split between VMs and containers (rule 4), with how it was found.
fn recognise_split<'k>(
    kit: &'k CheckedKit,
    session: &Session,
    components: &[Placed],
    named: &BTreeSet<&str>,
) -> Option<(&'k str, Recognised)> {
    // The facts on each side of the split: the components in VMs and in containers (their
    // reasons hold every fact that counted), and the system's own facts of shape.
    let mut votes: BTreeMap<&str, u32> = BTreeMap::new();
    let mut fit: BTreeMap<&str, u32> = BTreeMap::new();
    let mut counted: Vec<BTreeMap<&str, u32>> = Vec::new();
    let sides = components
        .iter()
        .filter(|c| matches!(c.place, Place::Vm | Place::Containers));
    for c in sides {
        let mut per_concern: BTreeMap<(&str, &str), u32> = BTreeMap::new();
        let mut ids: BTreeMap<&str, u32> = BTreeMap::new();
        for r in &c.recommendation.reasons {
            let Some(t) = kit.tick(&r.id) else {
                ids.insert(
                    kit.criterion(&r.id).map_or("", |c| c.id.as_str()),
                    r.strength,
                );
                continue;
            };
            ids.insert(t.id, r.strength);
            ids.insert(t.concern, r.strength);
            for s in t.suggests {
                let v = per_concern.entry((t.concern, s.as_str())).or_default();
                *v = (*v).max(r.strength);
            }
        }
        for ((_, s), v) in per_concern {
            *votes.entry(s).or_default() += v;
        }
        counted.push(ids);
    }
    let shape: Vec<_> = session
        .ticks
        .iter()
        .filter(|id| speaks_of_shape(kit, id))
        .filter_map(|id| kit.tick(id))
        .collect();
    for t in &shape {
        for s in t.suggests {
            *votes.entry(s.as_str()).or_default() += u32::from(t.strength);
        }
    }
    for h in &kit.hybrids {
        let f = h
            .answers
            .iter()
            .map(|a| {
                counted
                    .iter()
                    .map(|ids| ids.get(a.as_str()).copied().unwrap_or(0))
                    .max()
                    .unwrap_or(0)
            })
            .sum();
        fit.insert(h.id.as_str(), f);
    }
    let ticked = |id: &str| session.ticks.contains(id) && kit.hybrid(id).is_some();
    kit.hybrids
        .iter()
        .filter(|h| !named.contains(h.id.as_str()))
        .map(|h| {
            let id = h.id.as_str();
            let key = (
                ticked(id),
                h.layout == HybridLayout::SideBySide,
                votes.get(id).copied().unwrap_or(0),
                fit.get(id).copied().unwrap_or(0),
            );
            (id, key)
        })
        .filter(|(_, (t, _, v, f))| *t || *v > 0 || *f > 0)
        // The first of the highest keys: kit order breaks ties.
        .fold(None, |best: Option<(&str, _)>, (id, key)| match best {
            Some((_, b)) if b >= key => best,
            _ => Some((id, key)),
        })
        .map(|(id, (t, _, v, _))| {
            let how = if t {
                Recognised::Ticked
            } else if v > 0 {
                Recognised::Voted
            } else {
                Recognised::Fits
            };
            (id, how)
        })
}

impl Session {
    /// The system's answer: each component placed, the outcome that follows (see
    /// [`crate::system`]).
    pub fn system(&self, kit: &CheckedKit) -> System {
        evaluate(kit, self)
    }
}

#[cfg(test)]
mod props;

#[cfg(test)]
mod tests;
