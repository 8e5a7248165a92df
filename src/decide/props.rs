//! The engine's rules as properties over random tick and weight sets (proptest): dominance,
//! the hybrid needs a reason, monotonic scores and ranks, no double counting, explicit ticks
//! lead, determinism.

use std::collections::{BTreeMap, BTreeSet};

use proptest::prelude::*;

use super::{Answers, HYBRID_FACTOR, Outcome, Recommendation, recommend};
use crate::kit::{CheckedKit, OptionId, test_kit};

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
    recommend(kit, Answers { ticks, weights })
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
    fn dominance((mask, w) in answers_strategy(&test_kit())) {
        let kit = test_kit();
        let (ticks, weights) = build(&kit, &mask, &w);
        let r = run(&kit, &ticks, &weights);
        if let Some((side, big, small)) = larger_side(&r)
            && big > HYBRID_FACTOR * (small + r.scores.hybrid_needs)
        {
            prop_assert_eq!(r.outcome, side, "{:?}", r.scores);
        }
    }

    /// 1. One opposite tick never turns a clear one-sided case (10 points or more) into a
    /// hybrid.
    #[test]
    fn one_opposite_tick_never_overturns_a_clear_case(
        (mask, w) in dense_answers(&test_kit(), 0.7),
        pick in any::<prop::sample::Index>(),
        side_vms in any::<bool>(),
    ) {
        let kit = test_kit();
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
        let before = run(&kit, &ticks, &weights);
        prop_assume!(before.scores.get(side) >= 10);
        let opposite: Vec<_> = items.iter().filter(|t| t.supports == other).collect();
        ticks.insert(pick.get(&opposite).id.to_owned());
        let after = run(&kit, &ticks, &weights);
        prop_assert_eq!(after.outcome, Outcome::from_option(side), "{:?}", after.scores);
    }

    /// 2. The hybrid needs a reason: an explicit hybrid need, or both sides within a factor
    /// of three.
    #[test]
    fn the_hybrid_needs_a_reason((mask, w) in answers_strategy(&test_kit())) {
        let kit = test_kit();
        let (ticks, weights) = build(&kit, &mask, &w);
        let r = run(&kit, &ticks, &weights);
        if r.outcome == Outcome::Hybrid {
            let s = r.scores;
            let (big, small) = (s.containers.max(s.vms), s.containers.min(s.vms));
            prop_assert!(
                s.hybrid_needs > 0 || (small > 0 && HYBRID_FACTOR * small > big),
                "{:?}", s
            );
        }
    }

    /// 3. Monotonic: adding a tick or raising a weight that supports an option never lowers
    /// its score, nor (when it had points) its rank.
    #[test]
    fn monotonic(
        (mask, w) in answers_strategy(&test_kit()),
        pick in any::<prop::sample::Index>(),
        raise_weight in any::<bool>(),
    ) {
        let kit = test_kit();
        let (mut ticks, mut weights) = build(&kit, &mask, &w);
        let before = run(&kit, &ticks, &weights);
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
        let after = run(&kit, &ticks, &weights);
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
    fn each_concern_counts_once((mask, w) in answers_strategy(&test_kit())) {
        let kit = test_kit();
        let (ticks, weights) = build(&kit, &mask, &w);
        let r = run(&kit, &ticks, &weights);
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
    fn explicit_ticks_lead((mask, w) in answers_strategy(&test_kit())) {
        let kit = test_kit();
        let (ticks, weights) = build(&kit, &mask, &w);
        let r = run(&kit, &ticks, &weights);
        let ticked: Vec<&str> = kit
            .hybrids
            .iter()
            .map(|h| h.id.as_str())
            .filter(|id| ticks.contains(*id))
            .collect();
        if r.outcome == Outcome::Hybrid && !ticked.is_empty() {
            let first_unticked = r.patterns.iter().position(|p| !p.ticked).unwrap_or(r.patterns.len());
            prop_assert!(r.patterns[..first_unticked].iter().all(|p| ticked.contains(&p.id.as_str())));
            prop_assert_eq!(first_unticked, ticked.len());
            prop_assert!(r.top_patterns().iter().all(|p| ticked.contains(p)));
        }
        if r.outcome != Outcome::Hybrid {
            prop_assert!(r.patterns.is_empty());
        }
    }

    /// 6. Deterministic: the same answers, built in another order, give the same answer.
    #[test]
    fn deterministic((mask, w) in answers_strategy(&test_kit())) {
        let kit = test_kit();
        let (ticks, weights) = build(&kit, &mask, &w);
        let mut reversed: Vec<String> = ticks.iter().cloned().collect();
        reversed.reverse();
        let again: BTreeSet<String> = reversed.into_iter().collect();
        prop_assert_eq!(run(&kit, &ticks, &weights), run(&kit, &again, &weights));
    }

    /// Every flip, applied, gives the answer it announces.
    #[test]
    fn flips_tell_the_truth((mask, w) in answers_strategy(&test_kit())) {
        let kit = test_kit();
        let (ticks, weights) = build(&kit, &mask, &w);
        let r = run(&kit, &ticks, &weights);
        for f in r.flips.iter().take(6) {
            let (mut t, mut wt) = (ticks.clone(), weights.clone());
            match &f.change {
                super::Change::Tick(id) => { t.insert(id.clone()); }
                super::Change::Untick(id) => { t.remove(id); }
                super::Change::Weight { criterion, to, .. } => { wt.insert(criterion.clone(), *to); }
            }
            let after = run(&kit, &t, &wt);
            prop_assert_eq!(after.outcome, f.outcome);
            prop_assert_eq!(&after.tied, &f.tied);
        }
    }
}
