//! The decision engine's tests: outcomes, reasons, flips and needs on the built-in kit.

use super::*;

use crate::kit::test_kit as kit;

fn run(ticks: &[&str], weights: &[(&str, u8)]) -> Recommendation {
    let kit = kit();
    let ticks: BTreeSet<String> = ticks.iter().map(std::string::ToString::to_string).collect();
    for t in &ticks {
        assert!(kit.tick(t).is_some(), "test uses unknown id {t}");
    }
    let weights: BTreeMap<String, u8> = weights.iter().map(|(k, w)| (k.to_string(), *w)).collect();
    recommend(
        &kit,
        Answers {
            ticks: &ticks,
            weights: &weights,
            musts: &NO_MUSTS,
        },
    )
}

const FIVE_VM_CASES: [&str; 5] = [
    "vm.security-isolation",
    "vm.multiple-os",
    "vm.kernel-control",
    "vm.compliance",
    "vm.legacy-monolith",
];

#[test]
fn nothing_answered_is_undecided_without_flips() {
    let r = run(&[], &[]);
    assert_eq!(r.outcome, Outcome::Undecided);
    assert!(r.reasons.is_empty() && r.tied.is_empty() && r.flips.is_empty());
    assert_eq!(r.scores, Scores::default());
}

#[test]
fn zero_weights_alone_stay_undecided() {
    assert_eq!(run(&[], &[("startup-time", 0)]).outcome, Outcome::Undecided);
}

#[test]
fn only_container_needs_give_containers() {
    let r = run(
        &[
            "choose.containers.microservices",
            "choose.containers.fast-scaling",
        ],
        &[],
    );
    assert_eq!(r.outcome, Outcome::Containers);
    assert_eq!(
        (r.scores.containers, r.scores.vms, r.scores.hybrid),
        (4, 0, 0)
    );
    assert!(r.patterns.is_empty(), "patterns only for a hybrid");
}

#[test]
fn one_stray_container_tick_does_not_overturn_nine_vm_ticks() {
    // The review's case: nine VM ticks and "resource efficiency" gave Hybrid 22.
    let r = run(
        &[
            "vm.security-isolation",
            "vm.security-isolation.sensitive-data",
            "vm.multiple-os",
            "vm.multiple-os.several-os",
            "vm.kernel-control",
            "vm.compliance",
            "vm.compliance.security-audits",
            "vm.legacy-monolith",
            "choose.vms.legacy",
            "choose.containers.resource-efficiency",
        ],
        &[],
    );
    assert_eq!(r.outcome, Outcome::Vms, "{:?}", r.scores);
    let mut ticks = FIVE_VM_CASES.to_vec();
    ticks.push("choose.containers.portability-devops");
    assert_eq!(run(&ticks, &[]).outcome, Outcome::Vms);
}

#[test]
fn a_case_and_its_details_count_once() {
    let heading = run(&["vm.compliance"], &[]);
    let all = run(
        &[
            "vm.compliance",
            "vm.compliance.security-standards",
            "vm.compliance.security-audits",
            "choose.vms.strict-compliance",
        ],
        &[],
    );
    assert_eq!(heading.scores, all.scores);
    let counted: Vec<_> = all.reasons.iter().filter(|r| r.points > 0).collect();
    assert_eq!(counted.len(), 1);
    for r in all.reasons.iter().filter(|r| r.points == 0) {
        assert_eq!(r.counted_with.as_deref(), Some("vm.compliance"), "{r:?}");
    }
}

#[test]
fn kernel_sharing_and_security_isolation_are_one_concern() {
    let one = run(&[], &[("security-isolation", 3)]);
    let both = run(&[], &[("security-isolation", 3), ("kernel-sharing", 3)]);
    assert_eq!(one.scores.vms, 3);
    assert_eq!(both.scores.vms, 3);
}

#[test]
fn weights_count_as_needs_quote_app_stays_hybrid() {
    // The review's case: the notes' own quote-app with startup time and overhead weighted
    // gave Containers 8 over Hybrid 7.
    let r = run(
        &[
            "choose.containers.portability-devops",
            "choose.hybrid.cloud-native-on-existing",
            "choose.hybrid.security-and-agility",
            "hybrid.kubernetes-on-vms",
        ],
        &[
            ("operational-complexity", 2),
            ("security-isolation", 2),
            ("startup-time", 3),
            ("resource-overhead", 1),
        ],
    );
    assert_eq!(r.outcome, Outcome::Hybrid, "{:?}", r.scores);
    assert_eq!(r.top_patterns(), vec!["hybrid.kubernetes-on-vms"]);
    // Weights alone on both sides make a hybrid too.
    let w = run(&[], &[("security-isolation", 2), ("startup-time", 2)]);
    assert_eq!(w.outcome, Outcome::Hybrid);
}

#[test]
fn an_explicit_hybrid_architecture_pulls_and_leads() {
    // An IoT fleet: container needs and the cloud-edge architecture ticked.
    let r = run(
        &[
            "choose.containers.fast-scaling",
            "choose.containers.resource-efficiency",
            "choose.containers.portability-devops",
            "hybrid.cloud-edge",
        ],
        &[],
    );
    assert_eq!(r.outcome, Outcome::Hybrid, "{:?}", r.scores);
    assert_eq!(r.top_patterns(), vec!["hybrid.cloud-edge"]);
    // Ticked ahead of more voted.
    let r = run(
        &[
            "choose.containers.microservices",
            "vm.legacy-monolith",
            "choose.vms.legacy",
            "hybrid.cicd",
        ],
        &[],
    );
    assert_eq!(
        r.patterns.first().map(|p| p.id.as_str()),
        Some("hybrid.cicd")
    );
    assert!(
        r.patterns
            .iter()
            .any(|p| p.id == "hybrid.lift-and-shift" && !p.ticked)
    );
    // Unless it does not place a hard need: an application not designed for containers
    // goes to the VMs of a migration, not to build VMs.
    let r = run(
        &[
            "choose.containers.microservices",
            "vm.legacy-monolith",
            "vm.legacy-monolith.not-containerisable",
            "hybrid.cicd",
        ],
        &[],
    );
    assert_eq!(r.top_patterns(), vec!["hybrid.lift-and-shift"]);
}

#[test]
fn pattern_ties_are_ties() {
    // « la sécurité des VMs ET l'agilité des conteneurs » suggests two architectures.
    let r = run(&["choose.hybrid.security-and-agility"], &[]);
    assert_eq!(r.outcome, Outcome::Hybrid);
    assert_eq!(
        r.top_patterns(),
        vec!["hybrid.kubernetes-on-vms", "hybrid.defense-in-depth"]
    );
}

#[test]
fn a_tie_is_reported_as_a_tie_with_what_breaks_it() {
    // Containers 6 = Hybrid 3 × 2.
    let r = run(
        &[
            "choose.containers.microservices",
            "choose.containers.fast-scaling",
            "choose.containers.resource-efficiency",
            "choose.vms.legacy",
        ],
        &[],
    );
    assert_eq!(r.outcome, Outcome::Undecided);
    assert_eq!(r.tied, vec![OptionId::Containers, OptionId::Hybrid]);
    assert!(r.patterns.is_empty());
    assert!(!r.flips.is_empty());
    assert!(
        r.flips
            .iter()
            .all(|f| f.outcome != Outcome::Undecided || f.tied != r.tied)
    );
    let kit = kit();
    assert_eq!(
        tie_text(&kit, &r.tied, Lang::En),
        "Tie between Containers and Hybrid"
    );
    assert_eq!(
        tie_text(&kit, &r.tied, Lang::Fr),
        "Égalité entre Conteneurs et Hybride"
    );
}

#[test]
fn flips_are_real_and_smallest_first() {
    let kit = kit();
    let base = [
        "choose.containers.microservices",
        "choose.containers.fast-scaling",
    ];
    let r = run(&base, &[("security-isolation", 1)]);
    assert_eq!(r.outcome, Outcome::Containers);
    assert!(!r.flips.is_empty());
    let mut last = (false, false, 0);
    for f in &r.flips {
        // Realistic first (a weight moved, an item unticked), then ticks; smallest first
        // within each.
        let now = (
            matches!(f.change, Change::Tick(_)),
            matches!(&f.change, Change::Tick(id) if id.starts_with("hybrid.")),
            f.change.size(),
        );
        assert!(now >= last, "{:?}", r.flips);
        last = now;
        // Apply the change and check the engine agrees.
        let mut ticks: BTreeSet<String> = base.iter().map(|s| (*s).to_owned()).collect();
        let mut weights: BTreeMap<String, u8> = [("security-isolation".to_owned(), 1)].into();
        match &f.change {
            Change::Tick(id) => {
                ticks.insert(id.clone());
            }
            Change::Untick(id) => {
                ticks.remove(id);
            }
            Change::Weight { criterion, to, .. } => {
                weights.insert(criterion.clone(), *to);
            }
        }
        let after = recommend(
            &kit,
            Answers {
                ticks: &ticks,
                weights: &weights,
                musts: &NO_MUSTS,
            },
        );
        assert_eq!(
            (after.outcome, &after.tied),
            (f.outcome, &f.tied),
            "{}",
            f.change.code()
        );
        assert_ne!(
            (after.outcome, after.patterns.first().map(|p| &p.id)),
            (r.outcome, r.patterns.first().map(|p| &p.id)),
            "{} changes nothing",
            f.change.code()
        );
    }
    // Untick a container need: still containers. Raise isolation to 3: VMs 3 vs C 4, a
    // hybrid (3 × 3 = 9).
    assert!(
        r.flips
            .iter()
            .any(|f| f.change.code() == "security-isolation=2")
    );
    let en = r.flips[0].describe(&kit, Lang::En);
    assert!(en.contains(" if you "), "{en}");
}

#[test]
fn flips_for_the_quote_app_session_are_fast_enough_to_compute_every_change() {
    // The benchmark (`cargo bench --bench core flips`) measures it; here it must just run.
    let r = run(
        &[
            "choose.containers.portability-devops",
            "choose.hybrid.cloud-native-on-existing",
            "choose.hybrid.security-and-agility",
            "hybrid.kubernetes-on-vms",
        ],
        &[("operational-complexity", 2), ("security-isolation", 2)],
    );
    assert_eq!(r.outcome, Outcome::Hybrid);
    let json = serde_json::to_string(&r.flips).unwrap_or_default();
    assert!(json.starts_with('['), "{json}");
}

#[test]
fn the_security_and_agility_quote_needs_a_security_need() {
    let no_security = run(
        &[
            "choose.containers.microservices",
            "vm.multiple-os",
            "choose.containers.fast-scaling",
        ],
        &[],
    );
    assert_eq!(no_security.outcome, Outcome::Hybrid);
    assert!(!no_security.security_and_agility);
    let security = run(&["choose.containers.microservices", "vm.compliance"], &[]);
    assert_eq!(security.outcome, Outcome::Hybrid);
    assert!(security.security_and_agility);
}

#[test]
fn the_sandbox_hint_needs_tenants_and_density_and_changes_no_score() {
    let tenants = run(&["vm.security-isolation.multi-tenant"], &[]);
    assert!(tenants.hints.is_empty());
    let both = run(
        &[
            "vm.security-isolation.multi-tenant",
            "choose.containers.resource-efficiency",
        ],
        &[],
    );
    assert_eq!(both.hints, vec!["hint.sandboxed-runtimes".to_owned()]);
    let weighted = run(&["hybrid.multi-tenant"], &[("startup-time", 1)]);
    assert_eq!(weighted.hints.len(), 1);
    let without = run(&["vm.security-isolation.multi-tenant"], &[]);
    let with = run(&["vm.security-isolation.multi-tenant"], &[]);
    assert_eq!(without.scores, with.scores);
}

#[test]
fn unknown_ids_are_ignored() {
    let kit = kit();
    let ticks: BTreeSet<String> = ["nope".to_string()].into();
    let r = recommend(
        &kit,
        Answers {
            ticks: &ticks,
            weights: &BTreeMap::new(),
            musts: &NO_MUSTS,
        },
    );
    assert_eq!(r.outcome, Outcome::Undecided);
}

#[test]
fn reasons_read_in_both_languages() {
    let kit = kit();
    let r = run(
        &["vm.compliance", "choose.vms.strict-compliance"],
        &[("startup-time", 2)],
    );
    let fr: Vec<String> = r
        .reasons
        .iter()
        .map(|x| x.describe(&kit, Lang::Fr))
        .collect();
    let en: Vec<String> = r
        .reasons
        .iter()
        .map(|x| x.describe(&kit, Lang::En))
        .collect();
    assert!(fr[0].starts_with("Conformité et Régulations"), "{fr:?}");
    assert!(en[0].contains("VMs (+3)"), "{en:?}");
    assert!(
        fr[1].contains("déjà compté avec «\u{a0}Conformité"),
        "{fr:?}"
    );
    assert!(
        en[1].contains("already counted with \u{201c}Compliance"),
        "{en:?}"
    );
    assert!(
        fr[2].contains("Temps de Démarrage") && fr[2].contains("poids 2"),
        "{fr:?}"
    );
    assert!(en[2].contains("weight 2"), "{en:?}");
}

#[test]
fn every_scenario_agrees_with_the_engine() {
    let kit = kit();
    assert_eq!(scenario_problems(&kit), Vec::new());
    assert!(kit.scenarios.len() >= 14);
}

#[test]
fn drawings_follow_the_decision_and_a_hybrid_without_architecture_draws_nothing() {
    let kit = kit();
    let decision = |outcome, patterns: &[&str]| Decision {
        outcome,
        patterns: patterns.iter().map(|p| (*p).to_owned()).collect(),
        overridden: false,
    };
    assert!(drawings(&kit, &decision(Outcome::Hybrid, &[])).is_empty());
    assert!(drawings(&kit, &decision(Outcome::Undecided, &[])).is_empty());
    assert_eq!(drawings(&kit, &decision(Outcome::Vms, &[])).len(), 1);
    let two = drawings(
        &kit,
        &decision(Outcome::Hybrid, &["hybrid.cicd", "hybrid.cloud-edge"]),
    );
    assert_eq!(two.len(), 2);
    // Side by side, as the notes say: build VMs next to the deployed containers.
    let cicd = two[0].description(Lang::En);
    assert_eq!(
        cicd,
        "Build VMs [Pipelines building the images], Runtime environment [Deployed application containers]"
    );
}
