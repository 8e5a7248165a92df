//! Hard needs and must-haves: facts, not wishes. A ticked item the kit marks `hard` rules out
//! the options that cannot meet it (the notes' « nécessitant », « non conçues pour la
//! conteneurisation »); an item or criterion the team marks as a must-have rules out the
//! single option it argues against. No score outvotes either. A hybrid remains only with an
//! architecture that places every such need, and a hybrid outcome always names the
//! architectures that fit (rule 6 of [`super`]).

use std::collections::BTreeSet;

use serde::Serialize;

use super::{Answered, PatternVote, Tally};
use crate::i18n::Lang;
use crate::kit::{CheckedKit, Hybrid, OptionId};

/// A need no preference can outvote: a kit's hard need or the team's must-have.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Need<'k> {
    /// The item's or criterion's id.
    pub id: &'k str,
    /// The concern it states.
    pub concern: &'k str,
    /// The options it rules out.
    pub rules_out: Vec<OptionId>,
    /// The team's must-have (else the kit's hard need).
    pub must: bool,
}

/// The needs that rule options out, in kit order (items, then criteria). A kit's hard need
/// that the team also marks stays the kit's.
pub(super) fn needs<'k>(kit: &'k CheckedKit, answers: &dyn Answered) -> Vec<Need<'k>> {
    let mut out = Vec::new();
    for tick in kit.ticks_iter() {
        if !answers.ticked(tick.id) {
            continue;
        }
        if let Some(hard) = tick.hard {
            out.push(Need {
                id: tick.id,
                concern: tick.concern,
                rules_out: hard.rules_out.clone(),
                must: false,
            });
        } else if answers.must(tick.id) {
            out.push(Need {
                id: tick.id,
                concern: tick.concern,
                rules_out: against(tick.supports),
                must: true,
            });
        }
    }
    for crit in &kit.criteria {
        if answers.weight(&crit.id) > 0 && answers.must(&crit.id) {
            out.push(Need {
                id: &crit.id,
                concern: crit.concern(),
                rules_out: against(crit.favours),
                must: true,
            });
        }
    }
    out
}

/// What a must-have for `option` rules out: the other single option (a hybrid can still place
/// it), or both single options for a must-have hybrid.
fn against(option: OptionId) -> Vec<OptionId> {
    match option {
        OptionId::Containers => vec![OptionId::Vms],
        OptionId::Vms => vec![OptionId::Containers],
        OptionId::Hybrid => vec![OptionId::Containers, OptionId::Vms],
    }
}

/// An option a hard need or a must-have rules out, and which one.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RuledOut {
    /// The option ruled out.
    pub option: OptionId,
    /// The item or criterion that rules it out.
    pub by: String,
    /// The team's must-have (else the kit's hard need).
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub must: bool,
}

impl RuledOut {
    /// "Containers ruled out: the application requires specific kernel modules, … (hard
    /// need)"; for a must-have, the item's or criterion's name.
    pub fn describe(&self, kit: &CheckedKit, lang: Lang) -> String {
        let w = &lang.words().recommend;
        let option = kit.option_name(self.option, lang);
        if self.must {
            (w.ruled_out_must)(&option, super::item_name(kit, &self.by, lang))
        } else {
            let why = kit
                .tick(&self.by)
                .and_then(|t| t.hard)
                .map_or(self.by.as_str(), |h| h.why.get(lang));
            (w.ruled_out_hard)(&option, why)
        }
    }
}

/// Every (option, need) that rules the option out, options in their usual order.
pub(super) fn ruled_out(needs: &[Need<'_>]) -> Vec<RuledOut> {
    let mut out = Vec::new();
    for option in OptionId::ALL {
        for n in needs.iter().filter(|n| n.rules_out.contains(&option)) {
            out.push(RuledOut {
                option,
                by: n.id.to_owned(),
                must: n.must,
            });
        }
    }
    out
}

/// Why a hybrid that would score highest is set aside.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case", tag = "why", content = "needs")]
pub enum SetAside {
    /// No architecture of the kit answers a need on each side (or an explicit hybrid need):
    /// the fact missing is what runs on VMs and what in containers.
    NoFit,
    /// Architectures fit, but none places these hard needs or must-haves.
    Unplaced(Vec<String>),
}

impl SetAside {
    /// The sentence the screen and the CLI show.
    pub fn describe(&self, kit: &CheckedKit, lang: Lang) -> String {
        let w = &lang.words().recommend;
        match self {
            SetAside::NoFit => w.hybrid_no_fit.to_owned(),
            SetAside::Unplaced(ids) => {
                let names: Vec<String> = ids
                    .iter()
                    .map(|id| crate::i18n::typo::quote(lang, super::item_name(kit, id, lang)))
                    .collect();
                (w.hybrid_unplaced)(&names.join(", "))
            }
        }
    }
}

/// Whether `hybrid` places the need: its `answers` name the hard need itself (naming its
/// concern is not enough: "isolation between the cluster's nodes" is not the absolute
/// isolation between tenants), or a must-have or its concern.
fn places(hybrid: &Hybrid, need: &Need<'_>) -> bool {
    hybrid
        .answers
        .iter()
        .any(|a| a == need.id || (need.must && a == need.concern))
}

/// The concerns `hybrid` answers: those its `answers` name, and the concerns of the items and
/// criteria it names that the team ticked or weighted (naming "kernel compatibility tests"
/// answers that, not every need of full kernel control).
fn answered_concerns<'k>(
    kit: &'k CheckedKit,
    hybrid: &'k Hybrid,
    answers: &dyn Answered,
) -> BTreeSet<&'k str> {
    let mut out = BTreeSet::new();
    for a in &hybrid.answers {
        out.insert(a.as_str());
        if answers.ticked(a) || answers.weight(a) > 0 {
            out.extend(kit.concern_of(a));
        }
    }
    out
}

/// The architectures a hybrid outcome may name (rule 6): each fits the answers (ticked, or
/// answering an explicit hybrid need, or a need on each side, or placing a hard need or a
/// must-have while both sides have needs) and places every hard need and must-have; ticked first, then the most voted (the points of the ticks that suggest it),
/// then the best fit (the points of the counted concerns it answers), kit order among equals.
/// Empty: why, in `Err`.
pub(super) fn architectures(
    kit: &CheckedKit,
    answers: &dyn Answered,
    tally: &Tally<'_>,
    needs: &[Need<'_>],
) -> Result<Vec<PatternVote>, SetAside> {
    let mut fitting = 0;
    let mut list = Vec::new();
    let mut placed: BTreeSet<&str> = BTreeSet::new();
    for hy in &kit.hybrids {
        let concerns = answered_concerns(kit, hy, answers);
        let ticked = tally.ticked_patterns.contains(hy.id.as_str());
        let (mut fit, mut sides) = (0, BTreeSet::new());
        for c in tally.concerns.iter().filter(|c| c.points > 0) {
            let suggested = tally.votes.contains_key(&(c.id, hy.id.as_str()));
            if suggested || concerns.contains(c.id) {
                sides.insert(c.option);
            }
            if concerns.contains(c.id) {
                fit += c.points;
            }
        }
        let votes: u32 = tally
            .votes
            .iter()
            .filter(|((_, p), _)| *p == hy.id)
            .map(|(_, v)| *v)
            .sum();
        // Placing a fact on its side, with needs on the other, is a fit too: a hybrid that
        // places that need on VMs.
        let both_sides = tally.scores.containers > 0 && tally.scores.vms > 0;
        let fits = ticked
            || sides.contains(&OptionId::Hybrid)
            || (sides.contains(&OptionId::Containers) && sides.contains(&OptionId::Vms))
            || (both_sides && needs.iter().any(|n| places(hy, n)));
        if !fits {
            continue;
        }
        fitting += 1;
        let mut all = true;
        for n in needs {
            if places(hy, n) {
                placed.insert(n.id);
            } else {
                all = false;
            }
        }
        if all {
            list.push(PatternVote {
                id: hy.id.clone(),
                votes,
                fit,
                ticked,
            });
        }
    }
    // A need no architecture of the kit places at all is the fact to name first.
    let nowhere: Vec<String> = needs
        .iter()
        .filter(|n| !kit.hybrids.iter().any(|h| places(h, n)))
        .map(|n| n.id.to_owned())
        .collect();
    if list.is_empty() {
        return Err(if !nowhere.is_empty() {
            SetAside::Unplaced(nowhere)
        } else if fitting == 0 {
            SetAside::NoFit
        } else {
            // The needs no fitting architecture places, in kit order; when each is placed by
            // some architecture but none places them all, all of them.
            let unplaced: Vec<String> = needs
                .iter()
                .filter(|n| !placed.contains(n.id))
                .map(|n| n.id.to_owned())
                .collect();
            SetAside::Unplaced(if unplaced.is_empty() {
                needs.iter().map(|n| n.id.to_owned()).collect()
            } else {
                unplaced
            })
        });
    }
    // A stable sort keeps kit order among equals.
    list.sort_by_key(|p| {
        (
            std::cmp::Reverse(p.ticked),
            std::cmp::Reverse(p.votes),
            std::cmp::Reverse(p.fit),
        )
    });
    Ok(list)
}

#[cfg(test)]
mod tests {
    use std::collections::{BTreeMap, BTreeSet};

    use super::*;
    use crate::decide::{Answers, Change, Outcome, Recommendation, flip_lines, recommend};
    use crate::kit::test_kit as kit;

    fn run(ticks: &[&str], weights: &[(&str, u8)], musts: &[&str]) -> Recommendation {
        let kit = kit();
        let ticks: BTreeSet<String> = ticks.iter().map(|s| (*s).to_owned()).collect();
        for t in &ticks {
            assert!(kit.tick(t).is_some(), "unknown id {t}");
        }
        let weights: BTreeMap<String, u8> =
            weights.iter().map(|(k, w)| ((*k).to_owned(), *w)).collect();
        let musts: BTreeSet<String> = musts.iter().map(|s| (*s).to_owned()).collect();
        recommend(
            &kit,
            Answers {
                ticks: &ticks,
                weights: &weights,
                musts: &musts,
            },
        )
    }

    const CONTAINER_PREFERENCES: [&str; 4] = [
        "choose.containers.microservices",
        "choose.containers.fast-scaling",
        "choose.containers.resource-efficiency",
        "choose.containers.portability-devops",
    ];

    #[test]
    fn a_windows_only_application_is_never_outvoted_by_container_preferences() {
        // The review's case: "Containers 13, VMs 3" for a Windows-only application.
        let mut ticks = CONTAINER_PREFERENCES.to_vec();
        ticks.push("vm.multiple-os");
        let r = run(
            &ticks,
            &[("startup-time", 3), ("operational-complexity", 3)],
            &[],
        );
        assert!(r.scores.containers > r.scores.vms, "{:?}", r.scores);
        assert_ne!(r.outcome, Outcome::Containers, "{:?}", r.scores);
        assert!(r.is_ruled_out(OptionId::Containers));
        let kit = kit();
        let en = r.ruled_out[0].describe(&kit, Lang::En);
        assert!(
            en.starts_with("Containers ruled out: another operating system")
                && en.ends_with("(hard need)"),
            "{en}"
        );
        let fr = r.ruled_out[0].describe(&kit, Lang::Fr);
        assert!(fr.contains("(besoin impératif)"), "{fr}");
        // A hybrid, then, places the Windows application on VMs.
        assert_eq!(r.outcome, Outcome::Hybrid);
        assert_eq!(r.top_patterns(), vec!["hybrid.lift-and-shift"]);
    }

    #[test]
    fn kernel_modules_give_vms_not_containers_nor_a_bare_hybrid() {
        // The review's trading engine: kernel modules, OS tuning, overhead.
        let r = run(
            &[
                "vm.kernel-control.kernel-modules",
                "vm.kernel-control.os-customisation",
            ],
            &[("resource-overhead", 3), ("startup-time", 1)],
            &[],
        );
        assert_eq!(r.outcome, Outcome::Vms, "{:?}", r.scores);
        assert_eq!(
            r.set_aside,
            Some(SetAside::Unplaced(vec![
                "vm.kernel-control.kernel-modules".to_owned()
            ]))
        );
        // Only removing the fact brings containers back, and the flip says so.
        let kit = kit();
        let lines = flip_lines(&kit, &r.flips, Lang::En);
        assert!(
            lines.iter().any(|l| l.text
                == "Containers only by removing the fact \u{201c}Applications requiring specific kernel modules\u{201d}"),
            "{lines:?}"
        );
        assert!(
            r.flips
                .iter()
                .filter(|f| f.change == Change::Untick("vm.kernel-control.kernel-modules".into()))
                .all(|f| f.removes_fact)
        );
    }

    #[test]
    fn a_build_farm_for_windows_and_macos_installers_is_not_containers() {
        let r = run(
            &[
                "vm.multiple-os.several-os",
                "choose.containers.portability-devops",
                "choose.containers.fast-scaling",
            ],
            &[],
            &[],
        );
        assert_eq!(r.outcome, Outcome::Hybrid, "{:?}", r.scores);
        assert_eq!(r.top_patterns(), vec!["hybrid.cicd"]);
    }

    #[test]
    fn a_hybrid_with_no_fitting_architecture_is_set_aside_and_says_why() {
        // OS tuning against overhead: no architecture answers both.
        let r = run(
            &["vm.kernel-control.os-customisation"],
            &[("resource-overhead", 2)],
            &[],
        );
        assert_eq!(r.set_aside, Some(SetAside::NoFit));
        assert_eq!(r.tied, vec![OptionId::Containers, OptionId::Vms]);
        let kit = kit();
        let text = r.set_aside.map(|s| s.describe(&kit, Lang::En));
        assert!(text.is_some_and(|t| t.contains("what runs on VMs and what in containers")));
        // One migration statement names its architecture.
        let m = run(&["choose.hybrid.migration"], &[], &[]);
        assert_eq!(m.outcome, Outcome::Hybrid);
        assert_eq!(m.top_patterns(), vec!["hybrid.lift-and-shift"]);
    }

    #[test]
    fn a_team_must_have_rules_out_the_option_it_argues_against() {
        let ticks = [
            "vm.compliance",
            "vm.security-isolation",
            "vm.legacy-monolith",
            "choose.containers.fast-scaling",
        ];
        let free = run(&ticks, &[], &[]);
        assert_eq!(free.outcome, Outcome::Vms, "{:?}", free.scores);
        let must = run(&ticks, &[], &["choose.containers.fast-scaling"]);
        assert!(must.is_ruled_out(OptionId::Vms));
        assert_eq!(
            must.musts,
            vec!["choose.containers.fast-scaling".to_owned()]
        );
        assert_eq!(must.outcome, Outcome::Hybrid, "{:?}", must.scores);
        assert_eq!(must.top_patterns(), vec!["hybrid.kubernetes-on-vms"]);
        let kit = kit();
        assert!(
            must.ruled_out[0]
                .describe(&kit, Lang::En)
                .ends_with("(must-have)")
        );
        // A must-have on a criterion counts while it is weighted; unweighted, it is nothing.
        let crit = run(
            &["vm.compliance"],
            &[("startup-time", 1)],
            &["startup-time"],
        );
        assert!(crit.is_ruled_out(OptionId::Vms));
        let gone = run(&["vm.compliance"], &[], &["startup-time"]);
        assert!(gone.ruled_out.is_empty() && gone.musts.is_empty());
        // Removing a must-have is removing a fact.
        assert!(
            must.flips
                .iter()
                .filter(|f| f.change == Change::Untick("choose.containers.fast-scaling".into()))
                .all(|f| f.removes_fact)
        );
    }

    #[test]
    fn needs_nothing_can_meet_together_block_with_a_message() {
        let r = run(
            &[
                "vm.kernel-control.kernel-modules",
                "choose.containers.microservices",
            ],
            &[],
            &["choose.containers.microservices"],
        );
        assert!(r.blocked);
        assert_eq!(r.outcome, Outcome::Undecided);
        assert!(r.tied.is_empty());
    }

    #[test]
    fn flips_put_realistic_changes_first_and_fold_architecture_ticks() {
        let r = run(
            &[
                "choose.containers.portability-devops",
                "choose.containers.resource-efficiency",
                "choose.vms.legacy",
            ],
            &[("operational-complexity", 2)],
            &[],
        );
        assert_eq!(r.outcome, Outcome::Containers, "{:?}", r.scores);
        let realism: Vec<u8> = r
            .flips
            .iter()
            .map(|f| match &f.change {
                Change::Untick(_) | Change::Weight { .. } => 0,
                Change::Tick(id) if id.starts_with("hybrid.") => 2,
                Change::Tick(_) => 1,
            })
            .collect();
        assert!(realism.is_sorted(), "{:?}", r.flips);
        let kit = kit();
        let lines = flip_lines(&kit, &r.flips, Lang::En);
        let folded: Vec<_> = lines
            .iter()
            .filter(|l| l.text.contains("any of these hybrid architectures"))
            .collect();
        assert_eq!(folded.len(), 1, "{lines:?}");
        assert!(
            !lines
                .iter()
                .any(|l| l.text.contains("if you tick \u{201c}Defence in Depth"))
        );
        assert_eq!(lines.len(), r.flips.len() - 5);
    }
}
