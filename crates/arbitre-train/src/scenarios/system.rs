//! A system scenario, answered component by component: the student places each component
//! (containers, a VM, or containers inside a VM boundary), then gives the system's answer.
//! The expected placements are the system's own ([`arbitre_core::system`] on the session the
//! scenario describes), so the Train screen and the Recommendation screen cannot disagree;
//! the feedback compares placement by placement and says, for each wrong one, why the
//! component lands where it does ([`arbitre_core::system::Placed::why`]).

use arbitre_core::decide::Outcome;
use arbitre_core::i18n::Lang;
use arbitre_core::kit::{CheckedKit, HybridLayout, OptionId, Scenario, Text};
use arbitre_core::system::{self, Place};

use super::{ScenarioAnswer, ScenarioVerdict, pattern_right};

/// One component's placement, the student's against the expected one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ComponentVerdict {
    /// The component's name.
    pub name: Text,
    /// Where the student placed it (`None`: not placed).
    pub chosen: Option<Place>,
    /// Where it belongs: the engine's placement.
    pub expected: Place,
    /// That placement in words.
    pub expected_text: Text,
    /// Whether the student placed it there.
    pub right: bool,
    /// Why it lands there, in one line (the system's own words for it).
    pub why: Text,
}

/// The placements a student chooses from, in this order: containers, a VM, then containers
/// inside each layered architecture's VM boundary (one VM per environment, per tenant, per
/// sensitivity level), in kit order.
pub fn place_choices(kit: &CheckedKit) -> Vec<Place> {
    let boundaries = kit
        .hybrids
        .iter()
        .filter(|h| h.layout == HybridLayout::Layered)
        .map(|h| Place::InVm {
            architecture: h.id.clone(),
        });
    [Place::Containers, Place::Vm]
        .into_iter()
        .chain(boundaries)
        .collect()
}

/// Text in both languages.
fn both(f: impl Fn(Lang) -> String) -> Text {
    Text {
        fr: f(Lang::Fr),
        en: f(Lang::En),
    }
}

/// Checks a system scenario's answer: each placement, then the system's outcome and
/// architecture (any of the expected architectures is accepted).
pub(super) fn check_system(
    kit: &CheckedKit,
    scenario: &Scenario,
    chosen: &ScenarioAnswer,
) -> ScenarioVerdict {
    let sys = system::scenario_system(kit, scenario);
    let components: Vec<ComponentVerdict> = scenario
        .components
        .iter()
        .zip(&sys.components)
        .enumerate()
        .map(|(i, (c, placed))| {
            let mine = chosen.places.get(i).cloned().flatten();
            ComponentVerdict {
                name: c.name.clone(),
                right: mine.as_ref() == Some(&placed.place),
                chosen: mine,
                expected: placed.place.clone(),
                expected_text: both(|lang| placed.place.text(kit, lang)),
                why: both(|lang| placed.why(kit, lang)),
            }
        })
        .collect();
    let engine = sys.decision.outcome.option();
    let agrees_with_kit = engine == Some(scenario.expected)
        && (scenario.expected != OptionId::Hybrid || sys.decision.patterns == scenario.patterns);
    // A component left unplaced leaves the system without an answer: only a kit that
    // bypassed the checks has one; its own answer is then the best there is.
    let (expected, expected_patterns) = match engine {
        Some(option) if sys.decision.outcome != Outcome::Undecided => {
            (option, sys.decision.patterns.clone())
        }
        _ => (scenario.expected, scenario.patterns.clone()),
    };
    let option_right = chosen.option == expected;
    let placed_right = components.iter().all(|c| c.right);
    let pattern_right = pattern_right(expected, &expected_patterns, chosen.pattern.as_ref());
    ScenarioVerdict {
        scenario: scenario.id.clone(),
        chosen: chosen.clone(),
        expected,
        expected_patterns,
        option_right,
        correct: placed_right && option_right && pattern_right,
        reasons: components
            .iter()
            .map(|c| {
                both(|lang| {
                    let line = format!(
                        "{} {}",
                        lang.colon(c.name.get(lang)),
                        c.expected_text.get(lang)
                    );
                    format!("{line} — {}", c.why.get(lang))
                })
            })
            .collect(),
        agrees_with_kit,
        ticks: Vec::new(),
        on_your_ticks: None,
        for_expected: Vec::new(),
        for_chosen: Vec::new(),
        kind: scenario.kind,
        lesson: scenario.lesson.clone(),
        components,
    }
}

/// The expected placements of a system scenario, in the scenario's order (none for one
/// workload).
pub fn expected_places(kit: &CheckedKit, scenario: &Scenario) -> Vec<Place> {
    if !scenario.is_system() {
        return Vec::new();
    }
    system::scenario_system(kit, scenario)
        .components
        .into_iter()
        .map(|c| c.place)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check_scenario;
    use arbitre_core::kit::test_kit as kit;

    fn systems(kit: &CheckedKit) -> Vec<&Scenario> {
        kit.scenarios.iter().filter(|s| s.is_system()).collect()
    }

    /// The right answer: each expected placement, the system's outcome and first
    /// architecture.
    fn right_answer(kit: &CheckedKit, sc: &Scenario) -> ScenarioAnswer {
        ScenarioAnswer {
            option: sc.expected,
            pattern: sc.patterns.first().cloned(),
            places: expected_places(kit, sc).into_iter().map(Some).collect(),
            ..ScenarioAnswer::default()
        }
    }

    #[test]
    fn every_system_scenario_accepts_the_engine_s_placements() {
        let kit = kit();
        assert!(systems(&kit).len() >= 4);
        for sc in systems(&kit) {
            let v = check_scenario(&kit, sc, &right_answer(&kit, sc));
            assert!(v.agrees_with_kit, "{}", sc.id);
            assert!(v.correct, "{}", sc.id);
            assert_eq!(v.components.len(), sc.components.len());
            assert!(v.components.iter().all(|c| c.right), "{}", sc.id);
            assert!(
                v.components
                    .iter()
                    .all(|c| !c.why.fr.is_empty() && !c.why.en.is_empty())
            );
            for c in &v.components {
                assert!(place_choices(&kit).contains(&c.expected), "{}", sc.id);
            }
        }
    }

    #[test]
    fn one_wrong_placement_is_named_with_its_why_and_the_others_stay_right() {
        let kit = kit();
        for sc in systems(&kit) {
            let mut answer = right_answer(&kit, sc);
            let Some(Some(first)) = answer.places.first().cloned() else {
                panic!("{}: no component", sc.id);
            };
            let wrong = if first == Place::Vm {
                Place::Containers
            } else {
                Place::Vm
            };
            answer.places[0] = Some(wrong.clone());
            let v = check_scenario(&kit, sc, &answer);
            assert!(!v.correct, "{}", sc.id);
            assert!(
                v.option_right && v.answer_right(),
                "the system's answer itself was right"
            );
            assert!(!v.components[0].right);
            assert_eq!(v.components[0].chosen, Some(wrong));
            assert_eq!(v.components[0].expected, first);
            let placed = &system::scenario_system(&kit, sc).components[0];
            assert_eq!(v.components[0].why.en, placed.why(&kit, Lang::En));
            assert!(v.components[1..].iter().all(|c| c.right), "{}", sc.id);
        }
    }

    #[test]
    fn a_component_left_unplaced_or_a_wrong_architecture_is_wrong() {
        let kit = kit();
        let Some(sc) = systems(&kit).into_iter().next() else {
            panic!("no system scenario");
        };
        let mut answer = right_answer(&kit, sc);
        answer.places.pop();
        let v = check_scenario(&kit, sc, &answer);
        assert!(!v.correct);
        assert_eq!(v.components.last().and_then(|c| c.chosen.clone()), None);
        let mut answer = right_answer(&kit, sc);
        answer.pattern = kit
            .hybrids
            .iter()
            .find(|h| !sc.patterns.contains(&h.id))
            .map(|h| h.id.clone());
        let v = check_scenario(&kit, sc, &answer);
        assert!(v.option_right && !v.answer_right() && !v.correct);
        assert!(v.components.iter().all(|c| c.right));
    }

    #[test]
    fn one_workload_has_no_placement_to_give() {
        let kit = kit();
        let Some(sc) = kit.scenarios.iter().find(|s| !s.is_system()) else {
            panic!("no one-workload scenario");
        };
        assert_eq!(expected_places(&kit, sc), []);
    }

    #[test]
    fn the_choices_are_containers_a_vm_and_each_boundary_in_both_languages() {
        let kit = kit();
        let choices = place_choices(&kit);
        assert_eq!(choices[..2], [Place::Containers, Place::Vm]);
        assert_eq!(choices.len(), 5, "{choices:?}");
        let fr: Vec<String> = choices.iter().map(|p| p.text(&kit, Lang::Fr)).collect();
        assert!(fr.iter().any(|t| t.contains("une VM par tenant")), "{fr:?}");
    }
}
