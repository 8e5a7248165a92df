//! The system's rules as properties over random systems (proptest): a component's placement
//! depends only on its own facts and the facts for all; a system of one component answers
//! exactly as the session without components did, for random facts and for every scenario of
//! the kit; the system's outcome is the one its placements give; an architecture the team
//! ticks for the system names a split between VMs and containers.

use std::collections::BTreeSet;

use proptest::prelude::*;

use super::{Place, evaluate};
use crate::decide::Outcome;
use crate::kit::{CheckedKit, test_kit};
use crate::session::{Component, Session};

/// The built-in kit, parsed and checked once for every case of every property.
fn shared_kit() -> &'static CheckedKit {
    static KIT: std::sync::OnceLock<CheckedKit> = std::sync::OnceLock::new();
    KIT.get_or_init(test_kit)
}

/// Random facts: ticks (each with probability 0.15), weights, and must-haves on some of them.
type RawFacts = (Vec<bool>, Vec<u8>, Vec<bool>);

fn facts_strategy(kit: &CheckedKit) -> impl Strategy<Value = RawFacts> {
    let items = kit.ticks().len();
    let criteria = kit.criteria.len();
    (
        proptest::collection::vec(proptest::bool::weighted(0.15), items),
        proptest::collection::vec(prop_oneof![4 => Just(0u8), 1 => 1u8..=3], criteria),
        proptest::collection::vec(proptest::bool::weighted(0.1), items + criteria),
    )
}

/// The facts as a component's (ticks, weights, musts on what is answered).
fn component(kit: &CheckedKit, name: &str, raw: &RawFacts) -> Component {
    let (mask, weights, musts) = raw;
    let mut c = Component::new(name, "");
    c.ticks = kit
        .ticks()
        .iter()
        .zip(mask)
        .filter(|(_, on)| **on)
        .map(|(t, _)| t.id.to_owned())
        .collect();
    c.weights = kit
        .criteria
        .iter()
        .zip(weights)
        .filter(|(_, w)| **w > 0)
        .map(|(k, w)| (k.id.clone(), *w))
        .collect();
    let ids: Vec<String> = kit
        .ticks()
        .iter()
        .map(|t| t.id.to_owned())
        .chain(kit.criteria.iter().map(|k| k.id.clone()))
        .collect();
    c.musts = ids
        .into_iter()
        .zip(musts)
        .filter(|(id, on)| **on && (c.ticks.contains(id) || c.weights.contains_key(id)))
        .map(|(id, _)| id)
        .collect();
    c
}

/// A session without components holding these facts as its own.
fn flat(kit: &CheckedKit, c: &Component) -> Session {
    let mut s = Session::new(kit);
    s.ticks = c.ticks.clone();
    s.weights = c.weights.clone();
    s.musts = c.musts.clone();
    s
}

/// Splits facts between the system's and one component's: each fact goes to the side `side`
/// says (both sides may hold it).
fn split(kit: &CheckedKit, c: &Component, side: &[u8]) -> Session {
    let mut s = Session::new(kit);
    let mut own = Component::new("seul", "");
    let mut pick = side.iter().cycle();
    for id in &c.ticks {
        let to = *pick.next().unwrap_or(&0);
        if to != 1 {
            s.ticks.insert(id.clone());
        }
        if to != 0 {
            own.ticks.insert(id.clone());
        }
    }
    for (id, w) in &c.weights {
        let to = *pick.next().unwrap_or(&0);
        if to != 1 {
            s.weights.insert(id.clone(), *w);
        }
        if to != 0 {
            own.weights.insert(id.clone(), *w);
        }
    }
    for id in &c.musts {
        if s.ticks.contains(id) || s.weights.contains_key(id) {
            s.musts.insert(id.clone());
        } else {
            own.musts.insert(id.clone());
        }
    }
    s.components.push(own);
    s
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(96))]

    /// Rule 1: changing one component's own facts never moves another component.
    #[test]
    fn a_placement_depends_only_on_its_own_facts_and_the_shared_ones(
        shared in facts_strategy(shared_kit()),
        a in facts_strategy(shared_kit()),
        b in facts_strategy(shared_kit()),
        b2 in facts_strategy(shared_kit()),
    ) {
        let kit = shared_kit();
        let mut s = flat(kit, &component(kit, "", &shared));
        s.components = vec![component(kit, "a", &a), component(kit, "b", &b)];
        let before = evaluate(kit, &s);
        s.components[1] = component(kit, "b", &b2);
        let after = evaluate(kit, &s);
        prop_assert_eq!(&before.components[0], &after.components[0]);
    }

    /// A system of one component is the session without components: the same answer, how
    /// ever its facts are split between the system's and the component's.
    #[test]
    fn one_component_answers_exactly_as_today(
        raw in facts_strategy(shared_kit()),
        side in proptest::collection::vec(0u8..3, 1..8),
    ) {
        let kit = shared_kit();
        let c = component(kit, "x", &raw);
        let today = flat(kit, &c);
        let rec = today.recommend(kit);
        let decision = today.decision(&rec);
        let one = split(kit, &c, &side);
        let sys = evaluate(kit, &one);
        prop_assert_eq!(&sys.components[0].recommendation, &rec);
        prop_assert_eq!(&sys.decision, &decision);
        let implicit = evaluate(kit, &today);
        prop_assert_eq!(&implicit.decision, &decision);
    }

    /// The system's outcome is the one its placements give (rule 3), and names only
    /// architectures of the kit.
    #[test]
    fn the_outcome_follows_from_the_placements(
        parts in proptest::collection::vec(facts_strategy(shared_kit()), 2..5),
    ) {
        let kit = shared_kit();
        let mut s = Session::new(kit);
        s.components = parts
            .iter()
            .enumerate()
            .map(|(i, p)| component(kit, &format!("c{i}"), p))
            .collect();
        let sys = evaluate(kit, &s);
        let places: Vec<&Place> = sys.components.iter().map(|c| &c.place).collect();
        let expected = if places.contains(&&Place::NotPlaced) {
            Outcome::Undecided
        } else if places.iter().all(|p| **p == Place::Containers) {
            Outcome::Containers
        } else if places.iter().all(|p| **p == Place::Vm) {
            Outcome::Vms
        } else {
            Outcome::Hybrid
        };
        prop_assert_eq!(sys.decision.outcome, expected);
        for p in &sys.decision.patterns {
            prop_assert!(kit.hybrid(p).is_some());
        }
        let layered: BTreeSet<&str> = sys
            .components
            .iter()
            .filter_map(|c| match &c.place {
                Place::InVm { architecture } => Some(architecture.as_str()),
                _ => None,
            })
            .collect();
        for a in layered.into_iter().filter(|_| expected == Outcome::Hybrid) {
            prop_assert!(sys.decision.patterns.iter().any(|p| p == a), "{a}");
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    /// Rule 4: when the placements split VMs and containers, an architecture the team ticked
    /// for the system is named, and recognised as ticked.
    #[test]
    fn a_split_names_the_architecture_ticked_for_the_system(
        parts in proptest::collection::vec(facts_strategy(shared_kit()), 2..4),
        which in 0usize..6,
    ) {
        let kit = shared_kit();
        let mut s = Session::new(kit);
        s.components = parts
            .iter()
            .enumerate()
            .map(|(i, p)| component(kit, &format!("c{i}"), p))
            .collect();
        let ticked = kit.hybrids[which % kit.hybrids.len()].id.clone();
        s.ticks.insert(ticked.clone());
        let sys = evaluate(kit, &s);
        let split = sys.components.iter().any(|c| c.place == Place::Vm)
            && sys.components.iter().any(|c| c.place.runs_containers());
        prop_assume!(split && sys.waiting.is_empty());
        prop_assert!(sys.decision.patterns.contains(&ticked), "{:?}", sys.decision);
        let named_by_placements = sys.components.iter().any(|c| match &c.place {
            Place::InVm { architecture } => *architecture == ticked,
            Place::Hybrid { architectures } => architectures.contains(&ticked),
            _ => false,
        });
        if !named_by_placements {
            prop_assert_eq!(sys.recognised, Some(super::Recognised::Ticked));
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    /// Rule 5: a component's override places it, whatever its facts; the system's override
    /// is the system's outcome, whatever the placements.
    #[test]
    fn the_teams_overrides_win(
        parts in proptest::collection::vec(facts_strategy(shared_kit()), 2..4),
        who in 0usize..4,
        option in 0usize..3,
        system_option in proptest::option::of(0usize..3),
    ) {
        let kit = shared_kit();
        let mut s = Session::new(kit);
        s.components = parts
            .iter()
            .enumerate()
            .map(|(i, p)| component(kit, &format!("c{i}"), p))
            .collect();
        let who = who % s.components.len();
        let chosen = crate::kit::OptionId::ALL[option];
        let over = |outcome| crate::session::Override {
            outcome,
            patterns: Vec::new(),
            justification: "parce que".into(),
        };
        s.components[who].override_ = Some(over(chosen));
        let sys = evaluate(kit, &s);
        prop_assert_eq!(sys.components[who].decision.outcome, Outcome::from_option(chosen));
        prop_assert!(sys.components[who].decision.overridden);
        prop_assert_eq!(&sys.derived, &sys.decision);
        if let Some(o) = system_option {
            let chosen = crate::kit::OptionId::ALL[o];
            s.override_ = Some(over(chosen));
            let overridden = evaluate(kit, &s);
            prop_assert_eq!(overridden.decision.outcome, Outcome::from_option(chosen));
            prop_assert!(overridden.decision.overridden);
            // What the placements give is kept apart from the override.
            prop_assert_eq!(&overridden.derived, &sys.decision);
        }
    }
}

/// Every scenario of the kit, as one component: exactly the answer it has without components.
#[test]
fn every_scenario_answers_the_same_as_one_component() {
    let kit = shared_kit();
    for sc in &kit.scenarios {
        let mut today = Session::new(kit);
        today.ticks = sc.ticks.iter().cloned().collect::<BTreeSet<_>>();
        let rec = today.recommend(kit);
        let mut one = Session::new(kit);
        let mut c = Component::new(&sc.id, "");
        c.ticks.clone_from(&today.ticks);
        one.components.push(c);
        let sys = evaluate(kit, &one);
        assert_eq!(sys.components[0].recommendation, rec, "{}", sc.id);
        assert_eq!(sys.decision, today.decision(&rec), "{}", sc.id);
    }
}
