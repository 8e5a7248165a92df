//! What would change the answer: every single change (one item ticked or unticked, one
//! weight changed) that changes the outcome or the first hybrid architecture, the realistic
//! ones first (a weight moved, a preference removed), removing a fact (a hard need or a
//! must-have) last and said so; and the check that a kit's scenarios agree with the engine.

use serde::{Serialize, Serializer};

use super::{Answered, Answers, Outcome, Recommendation, evaluate};
use crate::i18n::Lang;
use crate::kit::{CheckedKit, OptionId};

/// One change to the answers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Change {
    /// Tick this item.
    Tick(String),
    /// Untick this item.
    Untick(String),
    /// Weight this criterion `to` instead of `from`.
    Weight {
        /// The criterion.
        criterion: String,
        /// Its weight now.
        from: u8,
        /// The weight that would flip the answer.
        to: u8,
    },
}

impl Change {
    /// The change as the JSON and the CLI write it: `+ID`, `-ID` or `CRITERION=N`.
    pub fn code(&self) -> String {
        match self {
            Change::Tick(id) => format!("+{id}"),
            Change::Untick(id) => format!("-{id}"),
            Change::Weight { criterion, to, .. } => format!("{criterion}={to}"),
        }
    }

    /// How big the change is: 1 for a tick, the distance for a weight.
    pub fn size(&self) -> u32 {
        match self {
            Change::Tick(_) | Change::Untick(_) => 1,
            Change::Weight { from, to, .. } => u32::from(from.abs_diff(*to)),
        }
    }
}

fn as_code<S: Serializer>(change: &Change, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(&change.code())
}

/// A change and the answer it would give.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Flip {
    /// The change.
    #[serde(serialize_with = "as_code")]
    pub change: Change,
    /// The outcome it would give (`undecided` for a tie).
    pub outcome: Outcome,
    /// The tied options, for a tie.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub tied: Vec<OptionId>,
    /// For a hybrid, the leading architectures it would give.
    pub patterns: Vec<String>,
    /// It removes a fact: unticks a hard need or a must-have, or weights a must-have
    /// criterion 0. Listed last, and worded "only by removing the fact …".
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub removes_fact: bool,
}

impl Flip {
    /// The flip as a sentence: "VMs if you untick “…”".
    pub fn describe(&self, kit: &CheckedKit, lang: Lang) -> String {
        let w = &lang.words().recommend;
        let outcome = super::outcome_text(kit, self.outcome, &self.tied, &self.patterns, lang);
        match &self.change {
            Change::Untick(id) | Change::Weight { criterion: id, .. } if self.removes_fact => {
                (w.flip_fact)(&outcome, super::item_name(kit, id, lang))
            }
            Change::Tick(id) => (w.flip_tick)(&outcome, super::item_name(kit, id, lang)),
            Change::Untick(id) => (w.flip_untick)(&outcome, super::item_name(kit, id, lang)),
            Change::Weight { criterion, to, .. } => {
                (w.flip_weight)(&outcome, super::item_name(kit, criterion, lang), *to)
            }
        }
    }
}

/// The team's answers with one change.
struct WithChange<'a> {
    base: Answers<'a>,
    change: &'a Change,
}

impl Answered for WithChange<'_> {
    fn ticked(&self, id: &str) -> bool {
        match self.change {
            Change::Tick(t) if t == id => true,
            Change::Untick(t) if t == id => false,
            _ => self.base.ticked(id),
        }
    }
    fn weight(&self, id: &str) -> u8 {
        match self.change {
            Change::Weight { criterion, to, .. } if criterion == id => *to,
            _ => self.base.weight(id),
        }
    }
    fn must(&self, id: &str) -> bool {
        self.base.must(id)
    }
}

/// Whether a change removes a fact: unticks a hard need or a must-have, or weights a
/// must-have criterion 0.
fn removes_fact(kit: &CheckedKit, answers: Answers<'_>, change: &Change) -> bool {
    match change {
        Change::Untick(id) => answers.must(id) || kit.tick(id).is_some_and(|t| t.hard.is_some()),
        Change::Weight {
            criterion, to: 0, ..
        } => answers.must(criterion),
        Change::Tick(_) | Change::Weight { .. } => false,
    }
}

/// How realistic a change is, most first: a weight moved or a preference removed, then a
/// new item ticked, then a hybrid architecture ticked, then a fact removed.
fn realism(kit: &CheckedKit, f: &Flip) -> u8 {
    match &f.change {
        _ if f.removes_fact => 3,
        Change::Tick(id) if kit.hybrid(id).is_some() => 2,
        Change::Tick(_) => 1,
        Change::Untick(_) | Change::Weight { .. } => 0,
    }
}

/// What a flip compares: the outcome, the tie, the first architecture.
fn key(r: &Recommendation) -> (Outcome, &[OptionId], Option<&str>) {
    (
        r.outcome,
        r.tied.as_slice(),
        r.patterns.first().map(|p| p.id.as_str()),
    )
}

/// The single changes that change the outcome (or the tie) or the first hybrid architecture
/// of `current`: the realistic first (a weight moved or a preference removed, then an item
/// ticked, then a hybrid architecture ticked, then a fact removed); then smallest first; of
/// one size, another outcome, then a tie, then another architecture; then in kit order
/// (items, then criteria). For each criterion and direction only the smallest weight change
/// that flips is listed; ticking a hard need (another workload) is not tried. Nothing
/// answered: nothing to flip.
pub fn flips(kit: &CheckedKit, answers: Answers<'_>, current: &Recommendation) -> Vec<Flip> {
    if current.outcome == Outcome::Undecided && current.tied.is_empty() && !current.blocked {
        return Vec::new();
    }
    let now = key(current);
    let mut out = Vec::new();
    let mut attempt = |change: Change| -> bool {
        let r = evaluate(
            kit,
            &WithChange {
                base: answers,
                change: &change,
            },
            false,
        );
        if key(&r) == now {
            return false;
        }
        let patterns = r.top_patterns().into_iter().map(str::to_owned).collect();
        out.push(Flip {
            removes_fact: removes_fact(kit, answers, &change),
            change,
            outcome: r.outcome,
            tied: r.tied,
            patterns,
        });
        true
    };
    for tick in kit.ticks_iter() {
        let id = tick.id.to_owned();
        if answers.ticked(tick.id) {
            attempt(Change::Untick(id));
        } else if tick.hard.is_none() {
            // A hard need is a fact about the workload, not a lever: ticking one is another
            // workload, so it is not offered as a change.
            attempt(Change::Tick(id));
        }
    }
    for crit in &kit.criteria {
        let from = answers.weight(&crit.id);
        let change = |to| Change::Weight {
            criterion: crit.id.clone(),
            from,
            to,
        };
        for to in from + 1..=3 {
            if attempt(change(to)) {
                break;
            }
        }
        for to in (0..from).rev() {
            if attempt(change(to)) {
                break;
            }
        }
    }
    // Smallest first; of one size, those that decide another outcome, then those that make a
    // tie, then those that change only the architecture; a stable sort keeps kit order.
    let outcome = current.outcome;
    let kind = |f: &Flip| {
        if !f.tied.is_empty() {
            1
        } else if f.outcome == outcome {
            2
        } else {
            0
        }
    };
    out.sort_by_key(|f| (realism(kit, f), f.change.size(), kind(f)));
    out
}

/// A line of "What would change the answer", as the screen and the CLI show it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FlipLine {
    /// The sentence.
    pub text: String,
    /// The change's code (`+ID`, `-ID`, `CRITERION=N`), or the codes of the folded changes.
    pub code: String,
}

/// The flips as lines, in their order, with every "tick this hybrid architecture" folded
/// into one line at the place of the first (when there are two or more).
pub fn flip_lines(kit: &CheckedKit, flips: &[Flip], lang: Lang) -> Vec<FlipLine> {
    let is_arch = |f: &Flip| {
        f.outcome == Outcome::Hybrid
            && f.tied.is_empty()
            && matches!(&f.change, Change::Tick(id) if kit.hybrid(id).is_some())
    };
    let archs: Vec<&Flip> = flips.iter().filter(|f| is_arch(f)).collect();
    let mut out = Vec::new();
    let mut folded = false;
    for f in flips {
        if archs.len() > 1 && is_arch(f) {
            if !std::mem::replace(&mut folded, true) {
                let names: Vec<&str> = archs
                    .iter()
                    .filter_map(|a| match &a.change {
                        Change::Tick(id) => kit.hybrid(id).map(|h| h.name.get(lang)),
                        _ => None,
                    })
                    .collect();
                let w = &lang.words().recommend;
                out.push(FlipLine {
                    text: (w.flip_any_architecture)(&names.join(", ")),
                    code: archs
                        .iter()
                        .map(|a| a.change.code())
                        .collect::<Vec<_>>()
                        .join(" "),
                });
            }
            continue;
        }
        out.push(FlipLine {
            text: f.describe(kit, lang),
            code: f.change.code(),
        });
    }
    out
}

/// A scenario whose expected answer the engine contradicts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ScenarioProblem {
    /// The scenario's id.
    pub scenario: String,
    /// What the kit expects: the option and, for a hybrid, the architectures.
    pub expected: (OptionId, Vec<String>),
    /// What the engine gives for the scenario's ticks.
    pub engine: (Outcome, Vec<String>),
    /// For a system scenario, a component the engine places nowhere a student can choose:
    /// its name and where the engine puts it, in English.
    pub unplaced: Option<(String, String)>,
}

impl ScenarioProblem {
    /// The problem as a checker's finding, worded by the catalog.
    pub fn finding(&self) -> crate::kit::check::Finding {
        if let Some((component, place)) = &self.unplaced {
            return crate::kit::check::Finding::ComponentNotPlaced {
                scenario: self.scenario.clone(),
                component: component.clone(),
                place: place.clone(),
            };
        }
        crate::kit::check::Finding::EngineDisagrees {
            scenario: self.scenario.clone(),
            expected: (self.expected.0.id().to_owned(), self.expected.1.clone()),
            engine: (self.engine.0.id().to_owned(), self.engine.1.clone()),
        }
    }

    /// The problem, in `lang`.
    pub fn message(&self, lang: crate::i18n::Lang) -> String {
        self.finding().message(lang)
    }
}

impl std::fmt::Display for ScenarioProblem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message(crate::i18n::Lang::En))
    }
}

/// The scenarios whose expected answer (option, and architectures for a hybrid) is not the
/// engine's answer for their ticks. `arbitre check` fails on any. A system's scenarios
/// (with components) are answered by the system's rules: `system::scenario_problems`.
pub fn scenario_problems(kit: &CheckedKit) -> Vec<ScenarioProblem> {
    kit.scenarios
        .iter()
        .filter(|sc| !sc.is_system())
        .filter_map(|sc| {
            let ticks = sc.ticks.iter().cloned().collect();
            let weights = std::collections::BTreeMap::new();
            let answers = Answers {
                ticks: &ticks,
                weights: &weights,
                musts: &super::NO_MUSTS,
            };
            let r = evaluate(kit, &answers, false);
            let engine: Vec<String> = r.top_patterns().into_iter().map(str::to_owned).collect();
            let agrees = r.outcome == Outcome::from_option(sc.expected)
                && (sc.expected != OptionId::Hybrid || engine == sc.patterns);
            (!agrees).then(|| ScenarioProblem {
                scenario: sc.id.clone(),
                expected: (sc.expected, sc.patterns.clone()),
                engine: (r.outcome, engine),
                unplaced: None,
            })
        })
        .collect()
}
