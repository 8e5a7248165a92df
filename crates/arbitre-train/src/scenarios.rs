//! The kit's scenarios, checked by the decision engine itself: a scenario's right answer
//! is what [`decide::recommend`] says for its ticks, and the explanation is its reasons.
//!
//! The student works through the checklists first: the feedback compares their ticks with
//! the scenario's (the reference reading of the situation), says what the engine makes of
//! their own ticks, and, for a wrong answer, cites what in the situation counts for the
//! right option and what (if anything) for the one chosen, with the table's cells on the
//! same concern.

use std::collections::{BTreeMap, BTreeSet};

use arbitre_core::decide::{self, Answers, Outcome};
use arbitre_core::i18n::Lang;
use arbitre_core::kit::{CheckedKit, Kit, OptionId, Scenario, ScenarioKind, Text, Tick};
use arbitre_core::system::Place;

mod system;

pub use system::{ComponentVerdict, expected_places, place_choices};

/// A student's answer to a scenario.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ScenarioAnswer {
    /// The option chosen.
    pub option: OptionId,
    /// For a hybrid, the architecture chosen (a hybrid id from the kit).
    pub pattern: Option<String>,
    /// The checklist items the student ticked as implied by the situation.
    pub ticks: BTreeSet<String>,
    /// For a system scenario, where the student places each component, in the scenario's
    /// order (`None`: not placed yet). Empty for one workload.
    pub places: Vec<Option<Place>>,
}

/// How one checklist item compares between the student's ticks and the reference.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TickState {
    /// Ticked by both.
    Both,
    /// Implied by the situation, not ticked.
    Missed,
    /// Ticked, though the situation does not imply it.
    Extra,
}

/// One checklist item in the comparison of ticks.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TickDiff {
    /// The item's id.
    pub id: String,
    /// How it compares.
    pub state: TickState,
    /// The item's text.
    pub text: Text,
    /// Where it sits in the checklists: the VM case, "hybrid architectures", or the summary
    /// list.
    pub source: Text,
    /// The option it counts for.
    pub supports: OptionId,
    /// How strongly (1–3).
    pub strength: u8,
}

/// A table cell cited in feedback.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CellCite {
    /// The criterion (row) name.
    pub criterion: Text,
    /// The column.
    pub option: OptionId,
    /// The cell.
    pub text: Text,
}

/// Something in the situation (a reference tick) that counts for an option, with what the
/// notes say about it: the table's cells on the same concern, or, for a hybrid
/// architecture, its description.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Ground {
    /// The item's text.
    pub item: Text,
    /// Where it sits in the checklists.
    pub source: Text,
    /// The option it counts for.
    pub option: OptionId,
    /// The table's cells on the same concern, for the options compared.
    pub cells: Vec<CellCite>,
    /// For a hybrid architecture ticked itself: its description.
    pub architecture: Option<Text>,
}

/// The decision engine's answer for a scenario's ticks.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EngineAnswer {
    /// The option the engine recommends; `None` only if the ticks say nothing (a checked kit
    /// never has such a scenario).
    pub option: Option<OptionId>,
    /// For a hybrid, the architectures with the most votes.
    pub patterns: Vec<String>,
    /// The engine's reasons, as sentences in both languages.
    pub reasons: Vec<Text>,
}

/// Runs the decision engine on a scenario's ticks, with no criterion weighted.
pub fn engine_answer(kit: &CheckedKit, scenario: &Scenario) -> EngineAnswer {
    let ticks: BTreeSet<String> = scenario.ticks.iter().cloned().collect();
    engine_on(kit, &ticks)
}

/// Runs the decision engine on some ticks, with no criterion weighted.
pub fn engine_on(kit: &CheckedKit, ticks: &BTreeSet<String>) -> EngineAnswer {
    let weights = BTreeMap::new();
    let rec = decide::recommend(
        kit,
        Answers {
            ticks,
            weights: &weights,
            musts: &arbitre_core::decide::NO_MUSTS,
        },
    );
    let option = rec.outcome.option();
    let patterns = if rec.outcome == Outcome::Hybrid {
        rec.top_patterns().into_iter().map(str::to_owned).collect()
    } else {
        Vec::new()
    };
    let reasons = rec
        .reasons
        .iter()
        .map(|r| Text {
            fr: r.describe(kit, Lang::Fr),
            en: r.describe(kit, Lang::En),
        })
        .collect();
    EngineAnswer {
        option,
        patterns,
        reasons,
    }
}

/// The feedback on a scenario answer, computed once when the student checks.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ScenarioVerdict {
    /// The scenario's id.
    pub scenario: String,
    /// What the student answered.
    pub chosen: ScenarioAnswer,
    /// The right option: the engine's.
    pub expected: OptionId,
    /// For a hybrid, the right architectures: the engine's (any of them is accepted).
    pub expected_patterns: Vec<String>,
    /// Whether the option was right.
    pub option_right: bool,
    /// Whether the whole answer was right (for a hybrid, the architecture too).
    pub correct: bool,
    /// The engine's reasons, in both languages.
    pub reasons: Vec<Text>,
    /// Whether the kit's `expected` and `patterns` say the same as the engine. A test keeps
    /// the built-in kit so; a trainer's edited kit may not be, and the screen says so.
    pub agrees_with_kit: bool,
    /// The student's ticks against the reference, in checklist order: every item either
    /// ticked.
    pub ticks: Vec<TickDiff>,
    /// What the engine makes of the student's own ticks (`None` when they ticked nothing).
    pub on_your_ticks: Option<EngineAnswer>,
    /// What in the situation counts for the right option.
    pub for_expected: Vec<Ground>,
    /// For a wrong option: what in the situation counts for the one chosen (often nothing).
    pub for_chosen: Vec<Ground>,
    /// The kind of case (a trap, "it depends", beyond the notes).
    pub kind: ScenarioKind,
    /// What the case teaches beyond its answer.
    pub lesson: Option<Text>,
    /// For a system scenario, each component's placement against the expected one, in the
    /// scenario's order (empty for one workload). `expected` and `expected_patterns` are
    /// then the system's outcome and architectures.
    pub components: Vec<ComponentVerdict>,
}

impl ScenarioVerdict {
    /// Whether the answer itself (the option, and for a hybrid the architecture) was right,
    /// a system's placements aside.
    pub fn answer_right(&self) -> bool {
        self.option_right
            && pattern_right(
                self.expected,
                &self.expected_patterns,
                self.chosen.pattern.as_ref(),
            )
    }
}

/// Where an item sits in the checklists: its VM case, the hybrid architectures' heading, or
/// its summary list's title.
pub fn tick_source(kit: &Kit, id: &str) -> Text {
    if let Some(case) = kit
        .vm_cases
        .iter()
        .find(|c| c.id == id || c.details.iter().any(|d| d.id == id))
    {
        return case.title.clone();
    }
    if kit.hybrids.iter().any(|h| h.id == id) {
        return kit.headings.hybrids.clone();
    }
    // A list's title ends with a colon ("Choose containers when:"): not in parentheses.
    let bare = |t: &str| t.trim_end_matches([':', ' ', '\u{a0}']).to_owned();
    kit.summary
        .iter()
        .find(|l| l.statements.iter().any(|st| st.id == id))
        .map(|l| Text {
            fr: bare(&l.title.fr),
            en: bare(&l.title.en),
        })
        .unwrap_or_default()
}

/// The student's ticks against the reference ticks, in checklist order.
pub fn compare_ticks(
    kit: &Kit,
    reference: &BTreeSet<String>,
    yours: &BTreeSet<String>,
) -> Vec<TickDiff> {
    kit.ticks_iter()
        .filter_map(|t| {
            let state = match (reference.contains(t.id), yours.contains(t.id)) {
                (true, true) => TickState::Both,
                (true, false) => TickState::Missed,
                (false, true) => TickState::Extra,
                (false, false) => return None,
            };
            Some(TickDiff {
                id: t.id.to_owned(),
                state,
                text: t.text.clone(),
                source: tick_source(kit, t.id),
                supports: t.supports,
                strength: t.strength,
            })
        })
        .collect()
}

/// What a reference tick says for `option`, with the notes' text on the same concern: the
/// cells of `columns` in the table rows that weigh its concern.
fn ground(kit: &Kit, tick: &Tick<'_>, columns: &[OptionId]) -> Ground {
    let cells = kit
        .criteria
        .iter()
        .filter(|c| c.concern() == tick.concern)
        .flat_map(|c| {
            columns
                .iter()
                .filter(|o| **o != OptionId::Hybrid)
                .map(move |&option| CellCite {
                    criterion: c.name.clone(),
                    option,
                    text: cell(c, option).clone(),
                })
        })
        .collect();
    Ground {
        item: tick.text.clone(),
        source: tick_source(kit, tick.id),
        option: tick.supports,
        cells,
        architecture: kit
            .hybrids
            .iter()
            .find(|h| h.id == tick.id)
            .map(|h| h.architecture.clone()),
    }
}

/// A criterion's cell for an option (the VMs' column for a hybrid, which has none).
pub fn cell(crit: &arbitre_core::kit::Criterion, option: OptionId) -> &Text {
    match option {
        OptionId::Containers => &crit.containers,
        OptionId::Vms | OptionId::Hybrid => &crit.vms,
    }
}

/// The reference ticks that count for `option`, each with the notes' text on its concern
/// (cells of the `columns` compared).
fn grounds(kit: &Kit, scenario: &Scenario, option: OptionId, columns: &[OptionId]) -> Vec<Ground> {
    kit.ticks_iter()
        .filter(|t| t.supports == option && scenario.ticks.iter().any(|id| id == t.id))
        .map(|t| ground(kit, &t, columns))
        .collect()
}

/// Checks a scenario answer against the decision engine's answer for the same ticks.
pub fn check_scenario(
    kit: &CheckedKit,
    scenario: &Scenario,
    chosen: &ScenarioAnswer,
) -> ScenarioVerdict {
    if scenario.is_system() {
        return system::check_system(kit, scenario, chosen);
    }
    let engine = engine_answer(kit, scenario);
    let agrees_with_kit = engine.option == Some(scenario.expected)
        && (scenario.expected != OptionId::Hybrid || engine.patterns == scenario.patterns);
    // Only a kit that bypassed the checks gets no answer from the engine; the kit's own
    // answer is then the best there is.
    let (expected, expected_patterns) = match engine.option {
        Some(option) => (option, engine.patterns),
        None => (scenario.expected, scenario.patterns.clone()),
    };
    let option_right = chosen.option == expected;
    let pattern_right = pattern_right(expected, &expected_patterns, chosen.pattern.as_ref());
    let reference: BTreeSet<String> = scenario.ticks.iter().cloned().collect();
    let columns = [expected, chosen.option];
    let (for_expected, for_chosen) = if option_right {
        (grounds(kit, scenario, expected, &columns[..1]), Vec::new())
    } else {
        (
            grounds(kit, scenario, expected, &columns),
            grounds(kit, scenario, chosen.option, &columns),
        )
    };
    ScenarioVerdict {
        scenario: scenario.id.clone(),
        chosen: chosen.clone(),
        expected,
        expected_patterns,
        option_right,
        correct: option_right && pattern_right,
        reasons: engine.reasons,
        agrees_with_kit,
        ticks: compare_ticks(kit, &reference, &chosen.ticks),
        on_your_ticks: (!chosen.ticks.is_empty()).then(|| engine_on(kit, &chosen.ticks)),
        for_expected,
        for_chosen,
        kind: scenario.kind,
        lesson: scenario.lesson.clone(),
        components: Vec::new(),
    }
}

/// Whether the student's chosen hybrid architecture is one of the expected ones (any is
/// accepted; any answer is, for a hybrid that names none, or for another option).
fn pattern_right(expected: OptionId, patterns: &[String], chosen: Option<&String>) -> bool {
    expected != OptionId::Hybrid
        || patterns.is_empty()
        || chosen.is_some_and(|p| patterns.contains(p))
}

#[cfg(test)]
mod tests {
    use super::*;

    use arbitre_core::kit::test_kit as kit;

    #[test]
    fn there_are_at_least_twelve_scenarios() {
        assert!(kit().scenarios.len() >= 12);
    }

    /// The guarantee, through the Train screen's own checking code: every scenario's
    /// expected answer is what `decide` recommends for its ticks, so the kit's answer is
    /// accepted, and any other option is refused.
    #[test]
    fn every_scenario_expected_answer_is_what_decide_recommends() {
        let kit = kit();
        // A system's scenarios: `scenarios::system`'s tests.
        for sc in kit.scenarios.iter().filter(|sc| !sc.is_system()) {
            let expected = ScenarioAnswer {
                option: sc.expected,
                pattern: sc.patterns.first().cloned(),
                ..ScenarioAnswer::default()
            };
            let v = check_scenario(&kit, sc, &expected);
            assert!(v.agrees_with_kit, "{}: kit and engine disagree", sc.id);
            assert!(v.correct, "{}: the kit's answer is refused", sc.id);
            assert_eq!(v.expected, sc.expected, "{}", sc.id);
            assert!(!v.reasons.is_empty(), "{}: no reasons", sc.id);
            if sc.expected == OptionId::Hybrid {
                assert_eq!(v.expected_patterns, sc.patterns, "{}", sc.id);
            }
            for other in OptionId::ALL.into_iter().filter(|o| *o != sc.expected) {
                let v = check_scenario(
                    &kit,
                    sc,
                    &ScenarioAnswer {
                        option: other,
                        pattern: kit.hybrids.first().map(|h| h.id.clone()),
                        ..ScenarioAnswer::default()
                    },
                );
                assert!(
                    !v.correct && !v.option_right,
                    "{}: {other:?} accepted",
                    sc.id
                );
            }
        }
    }

    #[test]
    fn a_hybrid_needs_the_right_architecture() {
        let kit = kit();
        let Some(sc) = kit
            .scenarios
            .iter()
            .find(|s| s.id == "scenario.city-transit-network")
        else {
            panic!("scenario missing");
        };
        let wrong = check_scenario(
            &kit,
            sc,
            &ScenarioAnswer {
                option: OptionId::Hybrid,
                pattern: Some("hybrid.cicd".into()),
                ..ScenarioAnswer::default()
            },
        );
        assert!(wrong.option_right && !wrong.correct);
        let none = check_scenario(
            &kit,
            sc,
            &ScenarioAnswer {
                option: OptionId::Hybrid,
                pattern: None,
                ..ScenarioAnswer::default()
            },
        );
        assert!(!none.correct);
        let right = check_scenario(
            &kit,
            sc,
            &ScenarioAnswer {
                option: OptionId::Hybrid,
                pattern: Some("hybrid.lift-and-shift".into()),
                ..ScenarioAnswer::default()
            },
        );
        assert!(right.correct);
        assert!(
            right.reasons.iter().any(|r| r.fr.contains("Hybride (+")),
            "{:?}",
            right.reasons
        );
    }

    /// An it-depends case is balanced: one ticked or unticked item changes the engine's
    /// outcome. The flips each lesson names are among the engine's.
    #[test]
    fn every_it_depends_case_flips_with_one_change() {
        use arbitre_core::decide::Change;
        use arbitre_core::kit::ScenarioKind;

        let kit = kit();
        let named: [(&str, &str, Outcome, &[&str]); 4] = [
            (
                "scenario.dental-appointments",
                "+vm.security-isolation.sensitive-data",
                Outcome::Hybrid,
                &["hybrid.defense-in-depth"],
            ),
            (
                "scenario.notary-office",
                "+choose.containers.microservices",
                Outcome::Hybrid,
                &["hybrid.lift-and-shift"],
            ),
            (
                "scenario.law-firms-provider",
                "-choose.containers.microservices",
                Outcome::Vms,
                &[],
            ),
            (
                "scenario.law-firms-provider",
                "-vm.security-isolation.multi-tenant",
                Outcome::Containers,
                &[],
            ),
        ];
        let depends: Vec<&Scenario> = kit
            .scenarios
            .iter()
            .filter(|s| s.kind == ScenarioKind::Depends)
            .collect();
        assert!(depends.len() >= 3);
        for sc in depends {
            let ticks: BTreeSet<String> = sc.ticks.iter().cloned().collect();
            let weights = BTreeMap::new();
            let rec = decide::recommend(
                &kit,
                Answers {
                    ticks: &ticks,
                    weights: &weights,
                    musts: &arbitre_core::decide::NO_MUSTS,
                },
            );
            let outcome = Outcome::from_option(sc.expected);
            assert!(
                rec.flips.iter().any(|f| f.outcome != outcome
                    && f.tied.is_empty()
                    && matches!(f.change, Change::Tick(_) | Change::Untick(_))),
                "{}: no single tick changes the outcome",
                sc.id
            );
            for (_, code, to, patterns) in named.iter().filter(|(id, ..)| *id == sc.id) {
                let Some(flip) = rec.flips.iter().find(|f| f.change.code() == *code) else {
                    panic!("{}: `{code}` does not flip the answer", sc.id);
                };
                assert_eq!(flip.outcome, *to, "{}: {code}", sc.id);
                assert_eq!(flip.patterns, *patterns, "{}: {code}", sc.id);
            }
        }
    }

    #[test]
    fn a_kit_whose_expected_answer_is_wrong_is_flagged_and_the_engine_wins() {
        let kit = kit();
        let Some(sc) = kit.scenarios.iter().find(|s| s.expected == OptionId::Vms) else {
            panic!("no VM scenario");
        };
        let mut edited = sc.clone();
        edited.expected = OptionId::Containers;
        let v = check_scenario(
            &kit,
            &edited,
            &ScenarioAnswer {
                option: OptionId::Vms,
                pattern: None,
                ..ScenarioAnswer::default()
            },
        );
        assert!(!v.agrees_with_kit);
        assert!(v.correct, "the engine's answer is the one taught");
    }
}
