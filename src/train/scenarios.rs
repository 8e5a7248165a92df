//! The kit's scenarios, checked by the decision engine itself: a scenario's right answer
//! is what [`decide::recommend`] says for its ticks, and the explanation is its reasons.

use std::collections::{BTreeMap, BTreeSet};

use crate::decide::{self, Answers, Outcome};
use crate::i18n::Lang;
use crate::kit::{CheckedKit, OptionId, Scenario, Text};

/// A student's answer to a scenario.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ScenarioAnswer {
    /// The option chosen.
    pub option: OptionId,
    /// For a hybrid, the architecture chosen (a hybrid id from the kit).
    pub pattern: Option<String>,
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
    let weights = BTreeMap::new();
    let rec = decide::recommend(
        kit,
        Answers {
            ticks: &ticks,
            weights: &weights,
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
}

/// Checks a scenario answer against the decision engine's answer for the same ticks.
pub fn check_scenario(
    kit: &CheckedKit,
    scenario: &Scenario,
    chosen: &ScenarioAnswer,
) -> ScenarioVerdict {
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
    let pattern_right = expected != OptionId::Hybrid
        || expected_patterns.is_empty()
        || chosen
            .pattern
            .as_ref()
            .is_some_and(|p| expected_patterns.contains(p));
    ScenarioVerdict {
        scenario: scenario.id.clone(),
        chosen: chosen.clone(),
        expected,
        expected_patterns,
        option_right,
        correct: option_right && pattern_right,
        reasons: engine.reasons,
        agrees_with_kit,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::kit::test_kit as kit;

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
        for sc in &kit.scenarios {
            let expected = ScenarioAnswer {
                option: sc.expected,
                pattern: sc.patterns.first().cloned(),
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
            },
        );
        assert!(wrong.option_right && !wrong.correct);
        let none = check_scenario(
            &kit,
            sc,
            &ScenarioAnswer {
                option: OptionId::Hybrid,
                pattern: None,
            },
        );
        assert!(!none.correct);
        let right = check_scenario(
            &kit,
            sc,
            &ScenarioAnswer {
                option: OptionId::Hybrid,
                pattern: Some("hybrid.lift-and-shift".into()),
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
        use crate::decide::Change;
        use crate::kit::ScenarioKind;

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
            },
        );
        assert!(!v.agrees_with_kit);
        assert!(v.correct, "the engine's answer is the one taught");
    }
}
