//! A training scenario with components, answered by the system's own rules: the session it
//! describes (its ticks the facts for all, each component with its own), placed by
//! [`crate::system::evaluate`]. There is no second engine: what the student is asked to
//! place is what the Recommendation screen would say for the same facts.

use crate::decide::{Outcome, ScenarioProblem};
use crate::i18n::Lang;
use crate::kit::{CheckedKit, OptionId, Scenario};
use crate::session::{Component, Session};

use super::{Place, System};

/// The session a scenario describes: its ticks are the facts for all; each of its components
/// (named in `lang`) has its own ticks. A scenario without components is one workload.
pub fn scenario_session(kit: &CheckedKit, scenario: &Scenario, lang: Lang) -> Session {
    let mut session = Session::new(kit);
    session.ticks = scenario.ticks.iter().cloned().collect();
    session.components = scenario
        .components
        .iter()
        .map(|c| {
            let mut component = Component::new(c.name.get(lang), "");
            component.ticks = c.ticks.iter().cloned().collect();
            component
        })
        .collect();
    session
}

/// The system's answer for a scenario: each component placed, the outcome that follows
/// (components in the scenario's order, named in English).
pub fn scenario_system(kit: &CheckedKit, scenario: &Scenario) -> System {
    scenario_session(kit, scenario, Lang::En).system(kit)
}

/// Whether a student can give this placement: containers, a VM, or containers inside a VM
/// boundary (not "no placement", nor a hybrid of one component's own).
pub fn placeable(place: &Place) -> bool {
    matches!(place, Place::Containers | Place::Vm | Place::InVm { .. })
}

/// The system scenarios whose components the engine does not all place where a student can
/// place them, or whose system's answer (outcome, and architectures for a hybrid) is not the
/// kit's. With [`crate::decide::scenario_problems`] (the one-workload scenarios), what
/// `arbitre check` and a teacher's pack are held to.
pub fn scenario_problems(kit: &CheckedKit) -> Vec<ScenarioProblem> {
    kit.scenarios
        .iter()
        .filter(|sc| sc.is_system())
        .flat_map(|sc| problems_of(kit, sc))
        .collect()
}

/// A system scenario's problems: each component the engine places nowhere a student can
/// choose, else a system's answer that is not the kit's.
fn problems_of(kit: &CheckedKit, sc: &Scenario) -> Vec<ScenarioProblem> {
    let sys = scenario_system(kit, sc);
    let expected = (sc.expected, sc.patterns.clone());
    let engine = (sys.decision.outcome, sys.decision.patterns.clone());
    let unplaced: Vec<ScenarioProblem> = sys
        .components
        .iter()
        .filter(|c| !placeable(&c.place))
        .map(|c| ScenarioProblem {
            scenario: sc.id.clone(),
            expected: expected.clone(),
            engine: engine.clone(),
            unplaced: Some((c.name.clone(), c.place.text(kit, Lang::En))),
        })
        .collect();
    if !unplaced.is_empty() {
        return unplaced;
    }
    let agrees = sys.decision.outcome == Outcome::from_option(sc.expected)
        && (sc.expected != OptionId::Hybrid || sys.decision.patterns == sc.patterns);
    if agrees {
        Vec::new()
    } else {
        vec![ScenarioProblem {
            scenario: sc.id.clone(),
            expected,
            engine,
            unplaced: None,
        }]
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::kit::test_kit;

    /// Every system scenario of the built-in kit: each component placed where a student can
    /// place it, the system's outcome and architectures the kit's own.
    #[test]
    fn every_system_scenario_places_each_component_and_agrees_with_the_kit() {
        let kit = test_kit();
        let systems: Vec<_> = kit.scenarios.iter().filter(|s| s.is_system()).collect();
        assert!(systems.len() >= 4, "{}", systems.len());
        assert_eq!(scenario_problems(&kit), []);
        for sc in systems {
            let sys = scenario_system(&kit, sc);
            assert_eq!(sys.components.len(), sc.components.len(), "{}", sc.id);
            for (c, placed) in sc.components.iter().zip(&sys.components) {
                assert!(placeable(&placed.place), "{} {}", sc.id, c.name.en);
                assert_eq!(placed.name, c.name.en);
            }
            assert_eq!(
                sys.decision.outcome,
                Outcome::from_option(sc.expected),
                "{}",
                sc.id
            );
            if sc.expected == OptionId::Hybrid {
                assert_eq!(sys.decision.patterns, sc.patterns, "{}", sc.id);
            }
        }
    }

    /// A component the engine cannot place (it ticks nothing that decides) is the checker's
    /// finding, in both languages, and the system's answer is not compared.
    #[test]
    fn a_component_left_unplaced_is_a_problem() {
        let kit = test_kit();
        let Some(mut sc) = kit.scenarios.iter().find(|s| s.is_system()).cloned() else {
            panic!("no system scenario");
        };
        sc.id = "scenario.crafted".into();
        sc.components[0].ticks.clear();
        let kit = kit.with_checked_training([sc], []);
        assert_eq!(
            crate::decide::scenario_problems(&kit),
            [],
            "one workload only"
        );
        let problems: Vec<_> = scenario_problems(&kit)
            .into_iter()
            .filter(|p| p.scenario == "scenario.crafted")
            .collect();
        assert_eq!(problems.len(), 1, "{problems:?}");
        let en = problems[0].message(Lang::En);
        assert!(en.contains("does not place component"), "{en}");
        let fr = problems[0].message(Lang::Fr);
        assert!(fr.contains("ne place pas le composant"), "{fr}");
    }

    #[test]
    fn a_scenario_without_components_is_one_workload() {
        let kit = test_kit();
        let Some(sc) = kit.scenarios.iter().find(|s| !s.is_system()) else {
            panic!("no one-workload scenario");
        };
        let session = scenario_session(&kit, sc, Lang::Fr);
        assert!(session.components.is_empty());
        let sys = scenario_system(&kit, sc);
        assert!(sys.implicit);
        assert_eq!(sys.decision, session.decision(&session.recommend(&kit)));
    }
}
