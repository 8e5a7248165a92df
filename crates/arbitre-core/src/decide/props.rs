//! The engine's rules as properties over random tick and weight sets (proptest): dominance,
//! the hybrid needs a reason, monotonic scores and ranks, no double counting, explicit ticks
//! lead, determinism; a hard need is never outvoted and removing a preference never brings
//! back what it ruled out; a hybrid always names an architecture that places every hard need.

use std::collections::{BTreeMap, BTreeSet};

use proptest::prelude::*;

use super::{Answers, HYBRID_FACTOR, Outcome, Recommendation, recommend};
use crate::kit::{CheckedKit, OptionId, test_kit};

/// The built-in kit, parsed and checked once for every case of every property.
fn shared_kit() -> &'static CheckedKit {
    static KIT: std::sync::OnceLock<CheckedKit> = std::sync::OnceLock::new();
    KIT.get_or_init(test_kit)
}

/// Random answers: a mask over the kit's items, a weight per criterion.
fn answers_strategy(kit: &CheckedKit) -> impl Strategy<Value = (Vec<bool>, Vec<u8>)> {
    dense_answers(kit, 0.2)
}

/// Random answers where each item is ticked with probability `p`.
fn dense_answers(kit: &CheckedKit, p: f64) -> impl Strategy<Value = (Vec<bool>, Vec<u8>)> {
    let items = kit.ticks().len();
    let criteria = kit.criteria.len();
    (
        proptest::collection::vec(proptest::bool::weighted(p), items),
        proptest::collection::vec(prop_oneof![4 => Just(0u8), 1 => 1u8..=3], criteria),
    )
}

fn build(
    kit: &CheckedKit,
    mask: &[bool],
    weights: &[u8],
) -> (BTreeSet<String>, BTreeMap<String, u8>) {
    let ticks = kit
        .ticks()
        .iter()
        .zip(mask)
        .filter(|(_, on)| **on)
        .map(|(t, _)| t.id.to_owned())
        .collect();
    let weights = kit
        .criteria
        .iter()
        .zip(weights)
        .map(|(c, w)| (c.id.clone(), *w))
        .collect();
    (ticks, weights)
}

fn run(
    kit: &CheckedKit,
    ticks: &BTreeSet<String>,
    weights: &BTreeMap<String, u8>,
) -> Recommendation {
    run_with(kit, ticks, weights, &super::NO_MUSTS)
}

fn run_with(
    kit: &CheckedKit,
    ticks: &BTreeSet<String>,
    weights: &BTreeMap<String, u8>,
    musts: &BTreeSet<String>,
) -> Recommendation {
    recommend(
        kit,
        Answers {
            ticks,
            weights,
            musts,
        },
    )
}

/// The kit's hard needs: (item id, the options it rules out).
fn hard_needs(kit: &CheckedKit) -> Vec<(String, Vec<OptionId>)> {
    kit.ticks()
        .iter()
        .filter_map(|t| t.hard.map(|h| (t.id.to_owned(), h.rules_out.clone())))
        .collect()
}

/// Whether the hybrid architecture `id` places the hard need `need`: its answers name it.
fn places(kit: &CheckedKit, id: &str, need: &str) -> bool {
    kit.hybrid(id)
        .is_some_and(|h| h.answers.iter().any(|a| a == need))
}

/// How many options score strictly more than `option`.
fn above(r: &Recommendation, option: OptionId) -> usize {
    let mine = r.scores.get(option);
    OptionId::ALL
        .iter()
        .filter(|o| r.scores.get(**o) > mine)
        .count()
}

/// The side with more needs, if one has more.
fn larger_side(r: &Recommendation) -> Option<(Outcome, u32, u32)> {
    let (c, v) = (r.scores.containers, r.scores.vms);
    match c.cmp(&v) {
        std::cmp::Ordering::Greater => Some((Outcome::Containers, c, v)),
        std::cmp::Ordering::Less => Some((Outcome::Vms, v, c)),
        std::cmp::Ordering::Equal => None,
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, ..ProptestConfig::default() })]

    /// 1. Dominance: a side more than three times the other (plus the explicit hybrid needs)
    /// wins.
    #[test]
    fn dominance((mask, w) in answers_strategy(shared_kit())) {
        let kit = shared_kit();
        let (ticks, weights) = build(kit, &mask, &w);
        let r = run(kit, &ticks, &weights);
        if let Some((side, big, small)) = larger_side(&r)
            && big > HYBRID_FACTOR * (small + r.scores.hybrid_needs)
            && side.option().is_some_and(|o| !r.is_ruled_out(o))
        {
            prop_assert_eq!(r.outcome, side, "{:?}", r.scores);
        }
    }

    /// 1. One opposite preference (a tick that is not a hard need: at most 3 points) never
    /// overturns a one-sided case of 10 points or more.
    #[test]
    fn one_opposite_tick_never_overturns_a_clear_case(
        (mask, w) in dense_answers(shared_kit(), 0.7),
        pick in any::<prop::sample::Index>(),
        side_vms in any::<bool>(),
    ) {
        let kit = shared_kit();
        let side = if side_vms { OptionId::Vms } else { OptionId::Containers };
        let other = if side_vms { OptionId::Containers } else { OptionId::Vms };
        let items = kit.ticks();
        let mut ticks: BTreeSet<String> = items
            .iter()
            .zip(&mask)
            .filter(|(t, on)| **on && t.supports == side)
            .map(|(t, _)| t.id.to_owned())
            .collect();
        let weights: BTreeMap<String, u8> = kit
            .criteria
            .iter()
            .zip(&w)
            .filter(|(c, _)| c.favours == side)
            .map(|(c, w)| (c.id.clone(), *w))
            .collect();
        let before = run(kit, &ticks, &weights);
        prop_assume!(before.scores.get(side) >= 10);
        let opposite: Vec<_> = items
            .iter()
            .filter(|t| t.supports == other && t.hard.is_none())
            .collect();
        ticks.insert(pick.get(&opposite).id.to_owned());
        let after = run(kit, &ticks, &weights);
        prop_assert_eq!(after.outcome, Outcome::from_option(side), "{:?}", after.scores);
    }

    /// 2. The hybrid needs a reason: an explicit hybrid need, both sides within a factor
    /// of three, or a fact that rules the stronger side out (README, rule 3: "a side more
    /// than three times the other wins unless a fact rules it out").
    #[test]
    fn the_hybrid_needs_a_reason((mask, w) in answers_strategy(shared_kit())) {
        let kit = shared_kit();
        let (ticks, weights) = build(kit, &mask, &w);
        let r = run(kit, &ticks, &weights);
        if r.outcome == Outcome::Hybrid {
            let s = r.scores;
            let (big, small) = (s.containers.max(s.vms), s.containers.min(s.vms));
            let stronger = if s.containers >= s.vms {
                OptionId::Containers
            } else {
                OptionId::Vms
            };
            let stronger_ruled_out = r.ruled_out.iter().any(|x| x.option == stronger);
            prop_assert!(
                s.hybrid_needs > 0
                    || (small > 0 && HYBRID_FACTOR * small > big)
                    || stronger_ruled_out,
                "{:?}, ruled out: {:?}", s, r.ruled_out
            );
        }
    }

    /// 3. Monotonic: adding a tick or raising a weight that supports an option never lowers
    /// its score, nor (when it had points) its rank.
    #[test]
    fn monotonic(
        (mask, w) in answers_strategy(shared_kit()),
        pick in any::<prop::sample::Index>(),
        raise_weight in any::<bool>(),
    ) {
        let kit = shared_kit();
        let (mut ticks, mut weights) = build(kit, &mask, &w);
        let before = run(kit, &ticks, &weights);
        let option = if raise_weight {
            let c = pick.get(&kit.criteria);
            let now = weights.get(&c.id).copied().unwrap_or(0);
            prop_assume!(now < 3);
            weights.insert(c.id.clone(), now + 1);
            c.favours
        } else {
            let items = kit.ticks();
            let t = pick.get(&items);
            prop_assume!(!ticks.contains(t.id));
            ticks.insert(t.id.to_owned());
            t.supports
        };
        let after = run(kit, &ticks, &weights);
        prop_assert!(after.scores.get(option) >= before.scores.get(option));
        if before.scores.get(option) > 0 {
            prop_assert!(
                above(&after, option) <= above(&before, option),
                "{:?} → {:?}", before.scores, after.scores
            );
        }
    }

    /// 4. No double counting: each side's needs are the sum, over its concerns, of the
    /// highest strength or weight stating each, recomputed here from the kit.
    #[test]
    fn each_concern_counts_once((mask, w) in answers_strategy(shared_kit())) {
        let kit = shared_kit();
        let (ticks, weights) = build(kit, &mask, &w);
        let r = run(kit, &ticks, &weights);
        let mut best: BTreeMap<&str, (OptionId, u32)> = BTreeMap::new();
        let mut state = |concern, option, points: u32| {
            let e = best.entry(concern).or_insert((option, 0));
            e.1 = e.1.max(points);
        };
        for t in kit.ticks() {
            if ticks.contains(t.id) {
                state(t.concern, t.supports, u32::from(t.strength));
            }
        }
        for c in &kit.criteria {
            let w = weights.get(&c.id).copied().unwrap_or(0);
            if w > 0 {
                state(c.concern(), c.favours, u32::from(w));
            }
        }
        let side = |o| best.values().filter(|(opt, _)| *opt == o).map(|(_, p)| *p).sum::<u32>();
        prop_assert_eq!(r.scores.containers, side(OptionId::Containers));
        prop_assert_eq!(r.scores.vms, side(OptionId::Vms));
        prop_assert_eq!(r.scores.hybrid_needs, side(OptionId::Hybrid));
        // And the reasons add up to the needs.
        let total: u32 = r.reasons.iter().map(|x| x.points).sum();
        prop_assert_eq!(total, r.scores.containers + r.scores.vms + r.scores.hybrid_needs);
    }

    /// 5. Explicit ticks lead: a ticked hybrid architecture ranks before every one that is
    /// only voted for, and the leading ones are ticked.
    #[test]
    fn explicit_ticks_lead((mask, w) in answers_strategy(shared_kit())) {
        let kit = shared_kit();
        let (ticks, weights) = build(kit, &mask, &w);
        let r = run(kit, &ticks, &weights);
        let ticked: Vec<&str> = kit
            .hybrids
            .iter()
            .map(|h| h.id.as_str())
            .filter(|id| ticks.contains(*id))
            .collect();
        if r.outcome == Outcome::Hybrid && !ticked.is_empty() {
            let first_unticked = r.patterns.iter().position(|p| !p.ticked).unwrap_or(r.patterns.len());
            prop_assert!(r.patterns[..first_unticked].iter().all(|p| ticked.contains(&p.id.as_str())));
            prop_assert!(r.patterns[first_unticked..].iter().all(|p| !p.ticked));
            // A ticked architecture is left out only when it does not place a hard need.
            let needs = hard_needs(kit);
            for id in ticked.iter().filter(|id| !r.patterns.iter().any(|p| p.id == **id)) {
                prop_assert!(
                    needs.iter().any(|(n, _)| ticks.contains(n) && !places(kit, id, n)),
                    "{} left out", id
                );
            }
            if first_unticked > 0 {
                prop_assert!(r.top_patterns().iter().all(|p| ticked.contains(p)));
            }
        }
        if r.outcome != Outcome::Hybrid {
            prop_assert!(r.patterns.is_empty());
        }
    }

    /// 6. Deterministic: the same answers, built in another order, give the same answer.
    #[test]
    fn deterministic((mask, w) in answers_strategy(shared_kit())) {
        let kit = shared_kit();
        let (ticks, weights) = build(kit, &mask, &w);
        let mut reversed: Vec<String> = ticks.iter().cloned().collect();
        reversed.reverse();
        let again: BTreeSet<String> = reversed.into_iter().collect();
        prop_assert_eq!(run(kit, &ticks, &weights), run(kit, &again, &weights));
    }

    /// Every flip, applied, gives the answer it announces.
    #[test]
    fn flips_tell_the_truth((mask, w) in answers_strategy(shared_kit())) {
        let kit = shared_kit();
        let (ticks, weights) = build(kit, &mask, &w);
        let r = run(kit, &ticks, &weights);
        for f in r.flips.iter().take(6) {
            let (mut t, mut wt) = (ticks.clone(), weights.clone());
            match &f.change {
                super::Change::Tick(id) => { t.insert(id.clone()); }
                super::Change::Untick(id) => { t.remove(id); }
                super::Change::Weight { criterion, to, .. } => { wt.insert(criterion.clone(), *to); }
            }
            let after = run(kit, &t, &wt);
            prop_assert_eq!(after.outcome, f.outcome);
            prop_assert_eq!(&after.tied, &f.tied);
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 96, ..ProptestConfig::default() })]

    /// 7. A hard need is never outvoted: whatever is added to it (any ticks, any weights), the
    /// options it rules out are not the answer, and a hybrid answer places it.
    #[test]
    fn a_hard_need_is_never_outvoted(
        (mask, w) in dense_answers(shared_kit(), 0.35),
        pick in any::<prop::sample::Index>(),
    ) {
        let kit = shared_kit();
        let (mut ticks, weights) = build(kit, &mask, &w);
        let needs = hard_needs(kit);
        let (need, rules_out) = pick.get(&needs);
        ticks.insert(need.clone());
        let r = run(kit, &ticks, &weights);
        for o in rules_out {
            prop_assert_ne!(r.outcome.option(), Some(*o), "{:?}", r.scores);
            prop_assert!(r.is_ruled_out(*o));
        }
        if r.outcome == Outcome::Hybrid {
            for p in r.top_patterns() {
                prop_assert!(places(kit, p, need), "{} does not place {}", p, need);
            }
        }
    }

    /// 7. A team's must-have is never outvoted either: the single option it argues against
    /// is not the answer.
    #[test]
    fn a_must_have_is_never_outvoted(
        (mask, w) in dense_answers(shared_kit(), 0.3),
        pick in any::<prop::sample::Index>(),
    ) {
        let kit = shared_kit();
        let (ticks, weights) = build(kit, &mask, &w);
        let ticked: Vec<&String> = ticks.iter().collect();
        prop_assume!(!ticked.is_empty());
        let must = pick.get(&ticked);
        let Some(tick) = kit.tick(must) else { return Err(TestCaseError::fail("unknown")) };
        let musts: BTreeSet<String> = [(*must).clone()].into();
        let r = run_with(kit, &ticks, &weights, &musts);
        let against = match tick.supports {
            OptionId::Containers => vec![OptionId::Vms],
            OptionId::Vms => vec![OptionId::Containers],
            OptionId::Hybrid => vec![OptionId::Containers, OptionId::Vms],
        };
        for o in against {
            prop_assert_ne!(r.outcome.option(), Some(o));
        }
    }

    /// 7. Removing a preference (unticking an item that is not a hard need, or lowering a
    /// weight) never brings back an option a hard need ruled out.
    #[test]
    fn removing_a_preference_never_brings_back_a_ruled_out_option(
        (mask, w) in dense_answers(shared_kit(), 0.35),
        pick in any::<prop::sample::Index>(),
        lower_weight in any::<bool>(),
    ) {
        let kit = shared_kit();
        let (mut ticks, mut weights) = build(kit, &mask, &w);
        let before = run(kit, &ticks, &weights);
        prop_assume!(!before.ruled_out.is_empty());
        if lower_weight {
            let c = pick.get(&kit.criteria);
            let now = weights.get(&c.id).copied().unwrap_or(0);
            prop_assume!(now > 0);
            weights.insert(c.id.clone(), now - 1);
        } else {
            let soft: Vec<&String> = ticks
                .iter()
                .filter(|id| kit.tick(id).is_some_and(|t| t.hard.is_none()))
                .collect();
            prop_assume!(!soft.is_empty());
            let id = (*pick.get(&soft)).clone();
            ticks.remove(&id);
        }
        let after = run(kit, &ticks, &weights);
        for r in &before.ruled_out {
            prop_assert!(after.is_ruled_out(r.option));
            prop_assert_ne!(after.outcome.option(), Some(r.option));
        }
    }

    /// 8. A hybrid answer always names an architecture (and so does every flip to a hybrid).
    #[test]
    fn a_hybrid_always_names_an_architecture((mask, w) in answers_strategy(shared_kit())) {
        let kit = shared_kit();
        let (ticks, weights) = build(kit, &mask, &w);
        let r = run(kit, &ticks, &weights);
        if r.outcome == Outcome::Hybrid {
            prop_assert!(!r.top_patterns().is_empty(), "{:?}", r.scores);
        }
        for f in &r.flips {
            if f.outcome == Outcome::Hybrid {
                prop_assert!(!f.patterns.is_empty(), "{}", f.change.code());
            }
        }
    }

    /// A hybrid that would win but has no architecture is set aside, and the answer says why.
    #[test]
    fn a_set_aside_hybrid_is_explained((mask, w) in answers_strategy(shared_kit())) {
        let kit = shared_kit();
        let (ticks, weights) = build(kit, &mask, &w);
        let r = run(kit, &ticks, &weights);
        let best_single = [OptionId::Containers, OptionId::Vms]
            .into_iter()
            .filter(|o| !r.is_ruled_out(*o))
            .map(|o| r.scores.get(o))
            .max()
            .unwrap_or(0);
        if r.scores.hybrid > best_single && r.outcome != Outcome::Hybrid {
            prop_assert!(r.set_aside.is_some(), "{:?}", r.scores);
        }
    }
}
