//! The built-in kit's content: its shape matches the architecture notes, every French string
//! taken from the notes is verbatim, every English string is there, and figures beyond the
//! notes state their conditions. The training material (scenarios and questions) is checked
//! in `kit_training`.

use std::collections::BTreeSet;

use arbitre::kit::{CheckedKit, Kit, OptionId, Shape, Text};

/// A byte-identical copy of `shared/seed/000_63f1098b43fc3c75.txt`, the French notes.
const NOTES: &str = include_str!("../data/notes-fr.txt");

pub(crate) fn kit() -> CheckedKit {
    match CheckedKit::builtin() {
        Ok(kit) => kit,
        Err(e) => panic!("the built-in kit does not load:\n{e}"),
    }
}

/// The notes with their Markdown emphasis and code markers removed.
fn notes_plain() -> String {
    NOTES.replace("**", "").replace('`', "")
}

fn has_accent(s: &str) -> bool {
    s.chars()
        .any(|c| "àâäçéèêëîïôöùûüÿœæÀÂÄÇÉÈÊËÎÏÔÖÙÛÜŸŒÆ".contains(c))
}

/// The stable ids fixed by the design.
const STABLE_IDS: &[&str] = &[
    "kernel-sharing",
    "startup-time",
    "resource-overhead",
    "security-isolation",
    "operational-complexity",
    "vm.security-isolation",
    "vm.multiple-os",
    "vm.kernel-control",
    "vm.compliance",
    "vm.legacy-monolith",
    "hybrid.kubernetes-on-vms",
    "hybrid.multi-tenant",
    "hybrid.cicd",
    "hybrid.lift-and-shift",
    "hybrid.defense-in-depth",
    "hybrid.cloud-edge",
    "choose.containers.microservices",
    "choose.containers.fast-scaling",
    "choose.containers.resource-efficiency",
    "choose.containers.portability-devops",
    "choose.vms.max-isolation",
    "choose.vms.different-os",
    "choose.vms.legacy",
    "choose.vms.strict-compliance",
    "choose.hybrid.security-and-agility",
    "choose.hybrid.multi-tenant",
    "choose.hybrid.migration",
    "choose.hybrid.cloud-native-on-existing",
];

/// Every id the kit declares.
fn all_ids(kit: &Kit) -> BTreeSet<String> {
    let mut ids = BTreeSet::new();
    ids.extend(kit.criteria.iter().map(|c| c.id.clone()));
    for case in &kit.vm_cases {
        ids.insert(case.id.clone());
        ids.extend(case.details.iter().map(|d| d.id.clone()));
    }
    ids.extend(kit.hybrids.iter().map(|h| h.id.clone()));
    for list in &kit.summary {
        ids.insert(list.id.clone());
        ids.extend(list.statements.iter().map(|s| s.id.clone()));
    }
    ids.extend(kit.scenarios.iter().map(|s| s.id.clone()));
    ids
}

/// Every French string the kit takes from the notes, with where it sits.
fn from_notes(kit: &Kit) -> Vec<(String, &Text)> {
    let mut out: Vec<(String, &Text)> = vec![("title".into(), &kit.title)];
    let h = &kit.headings;
    for (name, t) in [
        ("headings.comparison", &h.comparison),
        ("headings.criterion", &h.criterion),
        ("headings.vm_cases", &h.vm_cases),
        ("headings.vm_cases_intro", &h.vm_cases_intro),
        ("headings.hybrids", &h.hybrids),
        ("headings.hybrids_intro", &h.hybrids_intro),
        ("headings.architecture", &h.architecture),
        ("headings.advantages", &h.advantages),
        ("headings.example", &h.example),
        ("headings.summary", &h.summary),
    ] {
        out.push((name.into(), t));
    }
    // The table's column names; the hybrid option is the kit's own name, not the notes'.
    for o in kit.options.iter().filter(|o| o.id != OptionId::Hybrid) {
        out.push((format!("option {} name", o.id.id()), &o.name));
        out.push((format!("option {} short", o.id.id()), &o.short));
    }
    for c in &kit.criteria {
        out.push((format!("{} name", c.id), &c.name));
        out.push((format!("{} containers", c.id), &c.containers));
        out.push((format!("{} vms", c.id), &c.vms));
    }
    for case in &kit.vm_cases {
        out.push((format!("{} title", case.id), &case.title));
        for d in &case.details {
            out.push((d.id.clone(), &d.text));
        }
        if let Some(e) = &case.example {
            out.push((format!("{} example", case.id), e));
        }
    }
    for hy in &kit.hybrids {
        out.push((format!("{} name", hy.id), &hy.name));
        out.push((format!("{} architecture", hy.id), &hy.architecture));
        for (i, a) in hy.advantages.iter().enumerate() {
            out.push((format!("{} advantage {i}", hy.id), a));
        }
        out.push((format!("{} example", hy.id), &hy.example));
    }
    for list in &kit.summary {
        out.push((format!("{} title", list.id), &list.title));
        for s in &list.statements {
            out.push((s.id.clone(), &s.text));
        }
    }
    let app = &kit.application;
    out.push(("application.title".into(), &app.title));
    out.push(("application.intro".into(), &app.intro));
    for (i, p) in app.points.iter().enumerate() {
        out.push((format!("application point {i} label"), &p.label));
        out.push((format!("application point {i} text"), &p.text));
        for (j, s) in p.sub.iter().enumerate() {
            out.push((format!("application point {i} sub {j}"), s));
        }
    }
    out.push(("application.layers_title".into(), &app.layers_title));
    for (i, l) in Shape::labels(&app.drawing).into_iter().enumerate() {
        out.push((format!("application layer {i}"), l));
    }
    out.push(("application.conclusion".into(), &app.conclusion));
    out
}

/// Every piece of text in the kit, with where it sits.
fn all_texts(kit: &Kit) -> Vec<(String, &Text)> {
    let mut out = from_notes(kit);
    let hybrid = kit.options.iter().filter(|o| o.id == OptionId::Hybrid);
    for o in hybrid {
        out.push(("option hybrid name".into(), &o.name));
        out.push(("option hybrid short".into(), &o.short));
    }
    for c in &kit.criteria {
        out.push((format!("{} why", c.id), &c.why));
        out.push((format!("{} microvm", c.id), &c.microvm.text));
    }
    for hy in &kit.hybrids {
        for (i, l) in Shape::labels(&hy.drawing).into_iter().enumerate() {
            out.push((format!("{} layer {i}", hy.id), l));
        }
    }
    out.push(("beyond.title".into(), &kit.beyond.title));
    out.push(("beyond.note".into(), &kit.beyond.note));
    for s in &kit.beyond.sources {
        out.push((format!("source {}", s.id), &s.label));
    }
    for sc in &kit.scenarios {
        out.push((format!("{} title", sc.id), &sc.title));
        out.push((format!("{} situation", sc.id), &sc.situation));
        if let Some(lesson) = &sc.lesson {
            out.push((format!("{} lesson", sc.id), lesson));
        }
    }
    for q in &kit.questions {
        out.push((format!("{} prompt", q.id), &q.prompt));
        for (i, c) in q.choices.iter().enumerate() {
            out.push((format!("{} choice {i}", q.id), c));
        }
        out.push((format!("{} explain", q.id), &q.explain));
    }
    out
}

#[test]
fn the_kit_has_the_shape_of_the_notes() {
    let kit = kit();
    assert_eq!(kit.id, "containers-vs-vms");

    let criteria: Vec<&str> = kit.criteria.iter().map(|c| c.id.as_str()).collect();
    assert_eq!(
        criteria,
        [
            "kernel-sharing",
            "startup-time",
            "resource-overhead",
            "security-isolation",
            "operational-complexity"
        ]
    );
    let favours: Vec<OptionId> = kit.criteria.iter().map(|c| c.favours).collect();
    assert_eq!(
        favours,
        [
            OptionId::Vms,
            OptionId::Containers,
            OptionId::Containers,
            OptionId::Vms,
            OptionId::Containers
        ]
    );
    for c in &kit.criteria {
        assert!(
            !c.microvm.sources.is_empty(),
            "{}: microvm cell without a source",
            c.id
        );
    }

    vm_cases_have_the_shape_of_the_notes(&kit);
    hybrids_and_summary_have_the_shape_of_the_notes(&kit);
    the_rest_has_the_shape_of_the_notes(&kit);
}

/// The five VM cases, their details and examples, as the notes have them.
fn vm_cases_have_the_shape_of_the_notes(kit: &CheckedKit) {
    // Five cases. The notes give them 2, 2, 3, 2, 2 detail bullets, and an example to every
    // case but the fourth: 3, 3, 4, 2, 3 lines in all.
    let cases: Vec<&str> = kit.vm_cases.iter().map(|c| c.id.as_str()).collect();
    assert_eq!(
        cases,
        [
            "vm.security-isolation",
            "vm.multiple-os",
            "vm.kernel-control",
            "vm.compliance",
            "vm.legacy-monolith"
        ]
    );
    let details: Vec<usize> = kit.vm_cases.iter().map(|c| c.details.len()).collect();
    assert_eq!(details, [2, 2, 3, 2, 2]);
    let lines: Vec<usize> = kit
        .vm_cases
        .iter()
        .map(|c| c.details.len() + usize::from(c.example.is_some()))
        .collect();
    assert_eq!(lines, [3, 3, 4, 2, 3]);
    for case in &kit.vm_cases {
        for d in &case.details {
            assert!(
                d.id.starts_with(&format!("{}.", case.id)),
                "{} is not named after its case {}",
                d.id,
                case.id
            );
            assert_eq!(d.supports, OptionId::Vms, "{}", d.id);
        }
    }
}

/// The six hybrid architectures and the three summary lists, as the notes have them.
fn hybrids_and_summary_have_the_shape_of_the_notes(kit: &CheckedKit) {
    let hybrids: Vec<&str> = kit.hybrids.iter().map(|h| h.id.as_str()).collect();
    assert_eq!(
        hybrids,
        [
            "hybrid.kubernetes-on-vms",
            "hybrid.multi-tenant",
            "hybrid.cicd",
            "hybrid.lift-and-shift",
            "hybrid.defense-in-depth",
            "hybrid.cloud-edge"
        ]
    );
    let advantages: Vec<usize> = kit.hybrids.iter().map(|h| h.advantages.len()).collect();
    assert_eq!(advantages, [3, 2, 2, 2, 2, 2]);
    for h in &kit.hybrids {
        let boxes = Shape::labels(&h.drawing).len();
        assert!((3..=7).contains(&boxes), "{} has {boxes} boxes", h.id);
    }

    assert_eq!(kit.summary.len(), 3);
    let lists: Vec<(&str, OptionId)> = kit
        .summary
        .iter()
        .map(|l| (l.id.as_str(), l.option))
        .collect();
    assert_eq!(
        lists,
        [
            ("choose.containers", OptionId::Containers),
            ("choose.vms", OptionId::Vms),
            ("choose.hybrid", OptionId::Hybrid)
        ]
    );
    for list in &kit.summary {
        assert_eq!(list.statements.len(), 4, "{}", list.id);
        for s in &list.statements {
            assert_eq!(s.supports, list.option, "{}", s.id);
            assert!(s.id.starts_with(&format!("{}.", list.id)), "{}", s.id);
        }
    }
}

/// The worked application, the scenarios and the stable ids.
fn the_rest_has_the_shape_of_the_notes(kit: &CheckedKit) {
    let app = &kit.application;
    let subs: Vec<usize> = app.points.iter().map(|p| p.sub.len()).collect();
    assert_eq!(subs, [0, 3]);
    assert_eq!(Shape::labels(&app.drawing).len(), 4);

    assert!(
        kit.scenarios.len() >= 12,
        "{} scenarios",
        kit.scenarios.len()
    );
    for sc in &kit.scenarios {
        assert!(sc.id.starts_with("scenario."), "{}", sc.id);
    }

    let ids = all_ids(kit);
    for id in STABLE_IDS {
        assert!(ids.contains(*id), "stable id `{id}` is missing");
    }
    for id in [
        "scenario.windows-server-on-linux",
        "scenario.kernel-drivers",
        "scenario.pci-dss-hipaa",
        "scenario.old-enterprise-app",
        "scenario.university-research-labs",
        "scenario.monitoring-agent-vendor",
        "scenario.city-transit-network",
        "scenario.telemedicine-platform",
        "scenario.diy-store-chain",
        "scenario.online-newspaper",
        "scenario.greenfield-microservices",
        "scenario.sensitive-health-data",
    ] {
        assert!(ids.contains(id), "scenario `{id}` is missing");
    }
    for option in OptionId::ALL {
        assert!(kit.option(option).is_some(), "option {option:?} undefined");
    }
}

#[test]
fn french_from_the_notes_is_verbatim() {
    let kit = kit();
    let notes = notes_plain();
    let mut wrong = Vec::new();
    for (place, text) in from_notes(&kit) {
        if !notes.contains(text.fr.as_str()) {
            wrong.push(format!("{place}: {:?}", text.fr));
        }
    }
    assert!(
        wrong.is_empty(),
        "not verbatim from the notes:\n{}",
        wrong.join("\n")
    );
}

#[test]
fn notes_phrases_are_in_the_kit_exactly() {
    let kit = kit();
    let french: Vec<&str> = all_texts(&kit)
        .into_iter()
        .map(|(_, t)| t.fr.as_str())
        .collect();
    let phrases = [
        "Architecture Notes - Conteneurs vs Machines Virtuelles",
        "Tableau Comparatif : Conteneurs vs Machines Virtuelles",
        "Critère",
        "Isolation de Sécurité Critique",
        "Quand Préférer une VM plutôt qu'un Conteneur ?",
        "Cas d'Usage pour les Machines Virtuelles :",
        "Architectures Hybrides - Meilleurs des Deux Mondes :",
        "Résumé des Décisions",
        "Partagent le kernel de l'OS hôte. Tous les conteneurs sur un même hôte utilisent le même kernel Linux.",
        "Très rapide (quelques secondes, voire millisecondes). Démarrage quasi-instantané car pas de boot de l'OS.",
        "Lourd. Chaque VM nécessite une copie complète de l'OS (plusieurs Go de RAM et disque). L'hyperviseur ajoute aussi de l'overhead.",
        "Isolation très forte au niveau matériel virtuel. Chaque VM est complètement isolée avec son propre kernel. Compromission d'une VM n'affecte pas les autres.",
        "Plus complexe. Nécessite gestion de l'hyperviseur, provisionnement de VMs complètes, patches OS multiples. Moins portable.",
        "Systèmes d'Exploitation Différents",
        "Environnements multi-tenants où l'isolation absolue est requise",
        "Applications legacy nécessitant des versions spécifiques d'OS",
        "Audits de sécurité nécessitant une séparation physique virtuelle",
        "Anciennes applications d'entreprise avec dépendances système complexes",
        "Isolation forte entre les nœuds du cluster (niveau VM)",
        "Flexibilité et scalabilité des conteneurs à l'intérieur",
        "Densité et efficacité à l'intérieur de chaque tenant (conteneurs)",
        "Double couche d'isolation (VM + conteneur)",
        "Réduction de la surface d'attaque",
        "Migration Progressive (Lift and Shift)",
        "Sécurité en Profondeur (Defense in Depth)",
        "Vous voulez la sécurité des VMs ET l'agilité des conteneurs",
        "Vous êtes en phase de migration/modernisation",
        "Application à Notre Projet Quote-App",
        "quote-app et postgres tournent en conteneurs pour la portabilité et l'orchestration",
        "Sécurité renforcée si déployé en production",
        "VMs (nœuds Kubernetes)",
        "Cette approche hybride combine la robustesse des VMs avec l'agilité des conteneurs.",
    ];
    let notes = notes_plain();
    for phrase in phrases {
        assert!(
            notes.contains(phrase),
            "the test's phrase is not in the notes: {phrase:?}"
        );
        assert!(
            french.contains(&phrase),
            "the notes' phrase is not in the kit exactly: {phrase:?}"
        );
    }
}

/// The words of a text: runs between white space, trimmed of surrounding punctuation, with
/// at least one letter (so Markdown markers, table rules and tree drawing are left out).
fn words(text: &str) -> BTreeSet<String> {
    text.split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|w| w.chars().any(char::is_alphabetic))
        .map(str::to_owned)
        .collect()
}

#[test]
fn every_word_of_the_notes_is_in_the_kit() {
    let kit = kit();
    let mut french = String::new();
    for (_, t) in from_notes(&kit) {
        french.push_str(&t.fr);
        french.push('\n');
    }
    let in_kit = words(&french);
    let missing: Vec<String> = words(&notes_plain())
        .into_iter()
        .filter(|w| !in_kit.contains(w))
        .collect();
    assert!(
        missing.is_empty(),
        "words of the notes missing from the kit: {missing:?}"
    );
}

#[test]
fn every_english_string_is_a_translation() {
    let kit = kit();
    for (place, text) in all_texts(&kit) {
        assert!(!text.fr.trim().is_empty(), "{place}: empty French");
        assert!(!text.en.trim().is_empty(), "{place}: empty English");
        if has_accent(&text.fr) {
            assert_ne!(text.fr, text.en, "{place}: the English is the French");
            assert!(
                !has_accent(&text.en),
                "{place}: accented English, probably untranslated: {:?}",
                text.en
            );
        }
    }
}

#[test]
fn the_notes_copy_is_the_seed() {
    // The copy in tests/data must stay identical to the notes it was taken from.
    let seed = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../shared/seed/000_63f1098b43fc3c75.txt");
    if let Ok(original) = std::fs::read_to_string(&seed) {
        assert_eq!(
            original,
            NOTES,
            "tests/data/notes-fr.txt differs from {}",
            seed.display()
        );
    }
}

/// Whether a box labelled with `outer` (English, case-insensitive) holds, at any depth, a box
/// labelled with `inner`.
fn nests(shapes: &[Shape], outer: &str, inner: &str) -> bool {
    shapes.iter().any(|s| {
        let here = s.label.en.to_lowercase().contains(outer)
            && Shape::labels(&s.inside)
                .iter()
                .any(|l| l.en.to_lowercase().contains(inner));
        here || nests(&s.inside, outer, inner)
    })
}

#[test]
fn hybrid_drawings_match_the_notes() {
    let kit = kit();
    let drawing = |id: &str| {
        kit.hybrid(id)
            .map(|h| h.drawing.as_slice())
            .unwrap_or_default()
    };
    // « Cluster Kubernetes déployé sur des VMs », « Une VM par client, conteneurs à
    // l'intérieur », « Conteneurs sensibles exécutés dans des VMs dédiées »: nested.
    assert!(nests(
        drawing("hybrid.kubernetes-on-vms"),
        "vm",
        "container"
    ));
    assert!(nests(drawing("hybrid.multi-tenant"), "vm", "container"));
    assert!(nests(drawing("hybrid.defense-in-depth"), "vm", "container"));
    // « Applications legacy en VMs, nouveaux services en conteneurs », « VMs dans le
    // datacenter on-premise, conteneurs pour les workloads cloud et edge », « VMs pour les
    // environnements de build, conteneurs pour les applications »: side by side.
    for id in ["hybrid.lift-and-shift", "hybrid.cloud-edge", "hybrid.cicd"] {
        let d = drawing(id);
        assert!(
            !nests(d, "vm", "container"),
            "{id}: containers drawn inside VMs"
        );
        assert!(
            !nests(d, "vm", "kubernetes"),
            "{id}: Kubernetes drawn inside VMs"
        );
        assert!(!nests(d, "vm", "edge"), "{id}: edge drawn inside VMs");
        let labels = Shape::labels(d);
        assert!(labels.iter().any(|l| l.en.contains("VM")), "{id}");
        assert!(
            labels
                .iter()
                .any(|l| l.en.to_lowercase().contains("container")),
            "{id}"
        );
    }
}

#[test]
fn figures_beyond_the_notes_state_their_conditions_and_english_is_british() {
    let kit = kit();
    let microvm = |id: &str| kit.criterion(id).map(|c| c.microvm.text.clone());
    let start = microvm("startup-time").unwrap_or_else(|| panic!("startup-time"));
    for needle in [
        "1\u{a0}vCPU",
        "128\u{a0}MiB",
        "serial console disabled",
        "minimal kernel and root filesystem",
    ] {
        assert!(start.en.contains(needle), "{needle}: {}", start.en);
    }
    assert!(
        start.fr.contains("1\u{a0}vCPU et 128\u{a0}Mio")
            && start.fr.contains("console série désactivée")
    );
    let memory = microvm("resource-overhead").unwrap_or_else(|| panic!("resource-overhead"));
    for needle in [
        "depends on the workload and the configuration",
        "ptrace platform",
        "n1-standard-4",
    ] {
        assert!(memory.en.contains(needle), "{needle}: {}", memory.en);
    }
    assert!(memory.fr.contains("plateforme ptrace") && memory.fr.contains("dépend de la charge"));
    let hybrid = |id: &str| kit.hybrid(id).map(|h| h.name.clone());
    let did = hybrid("hybrid.defense-in-depth").unwrap_or_else(|| panic!("did"));
    assert_eq!(did.en, "Defence in Depth");
    assert_eq!(did.fr, "Sécurité en Profondeur (Defense in Depth)");
    let text = |id: &str| kit.tick(id).map(|t| t.text.en.clone()).unwrap_or_default();
    assert_eq!(
        text("vm.compliance.security-audits"),
        "Security audits requiring a virtualised equivalent of physical separation"
    );
    assert_eq!(
        text("choose.containers.portability-devops"),
        "You prioritise portability and DevOps"
    );
    assert_eq!(kit.application.points[1].label.en, "Potential use of VMs");
    // A figure never wraps away from its unit.
    for t in [&start, &memory] {
        for unit in [" ms", " MiB", " Mio", " MB", " Mo", " vCPU"] {
            assert!(
                !t.en.contains(unit) && !t.fr.contains(unit),
                "`{unit}` after a plain space: {t:?}"
            );
        }
    }
    // One spelling convention: British, in every English text of the kit.
    let american = [
        "ize",
        "izing",
        "ization",
        "color",
        "center",
        "behavior",
        "defense",
        "datacenter",
    ];
    for (place, t) in all_texts(&kit) {
        let words = t.en.to_lowercase();
        for w in words.split(|c: char| !c.is_alphanumeric()) {
            let bad = american.iter().any(|a| w.ends_with(a) || w == *a)
                && !["size", "sizes", "seize"].contains(&w)
                && !t.en.contains("Defense in Depth");
            assert!(!bad, "{place}: American spelling `{w}` in {:?}", t.en);
        }
    }
}
