//! The built-in kit's training material: every scenario's expected answer follows from its
//! ticks, titles name the setting and not the answer, traps and "it depends" cases exist,
//! every hybrid architecture has a scenario, scenarios do not retell the notes' examples, and
//! the hand-written questions apply and analyse across sections.

use std::collections::{BTreeMap, BTreeSet};

use arbitre::kit::{Level, OptionId, QuizSection, ScenarioKind, Shape, Text};

use crate::kit_content::kit;

/// The scenarios' answers follow from their ticks under the rules the decision engine
/// implements (computed here independently of it).
#[test]
fn scenario_answers_follow_from_their_ticks() {
    let kit = kit();
    let hybrid_order: Vec<&str> = kit.hybrids.iter().map(|h| h.id.as_str()).collect();
    // A system's scenarios follow from their components' placements: see
    // `system_scenarios_expect_the_engine_s_placements`.
    for sc in kit.scenarios.iter().filter(|sc| !sc.is_system()) {
        let mut sums: BTreeMap<OptionId, u32> = BTreeMap::new();
        let mut votes: BTreeMap<&str, u32> = BTreeMap::new();
        for id in &sc.ticks {
            let Some(tick) = kit.tick(id) else {
                panic!("{}: unknown tick `{id}`", sc.id);
            };
            *sums.entry(tick.supports).or_default() += u32::from(tick.strength);
            for s in tick.suggests {
                *votes.entry(s.as_str()).or_default() += u32::from(tick.strength);
            }
        }
        let c = sums.get(&OptionId::Containers).copied().unwrap_or(0);
        let v = sums.get(&OptionId::Vms).copied().unwrap_or(0);
        let h = sums.get(&OptionId::Hybrid).copied().unwrap_or(0);
        let hybrid = if c > 0 && v > 0 { h + c + v } else { h };
        let best = c.max(v).max(hybrid);
        let winners: Vec<OptionId> = [
            (OptionId::Containers, c),
            (OptionId::Vms, v),
            (OptionId::Hybrid, hybrid),
        ]
        .into_iter()
        .filter(|&(_, s)| s == best)
        .map(|(o, _)| o)
        .collect();
        let outcome = match winners.as_slice() {
            [only] => *only,
            _ => OptionId::Hybrid,
        };
        assert_eq!(
            outcome, sc.expected,
            "{}: c={c} v={v} h={h} hybrid={hybrid}",
            sc.id
        );
        let expected_patterns: Vec<&str> = if outcome == OptionId::Hybrid {
            let top = votes.values().copied().max().unwrap_or(0);
            hybrid_order
                .iter()
                .copied()
                .filter(|id| top > 0 && votes.get(id) == Some(&top))
                .collect()
        } else {
            Vec::new()
        };
        let patterns: Vec<&str> = sc.patterns.iter().map(String::as_str).collect();
        assert_eq!(patterns, expected_patterns, "{}: votes {votes:?}", sc.id);
    }
}

/// Words that give a scenario's answer away, or name the fact that decides it: a title names
/// the organisation or the setting, never these (whole words, any case, French or English).
const GIVEAWAYS: &[&str] = &[
    "conteneur",
    "conteneurs",
    "conteneurisé",
    "container",
    "containers",
    "containerised",
    "vm",
    "vms",
    "virtuelle",
    "virtuelles",
    "virtual",
    "hyperviseur",
    "hypervisor",
    "hybride",
    "hybrid",
    "windows",
    "linux",
    "bsd",
    "os",
    "kernel",
    "noyau",
    "driver",
    "drivers",
    "pilote",
    "pilotes",
    "module",
    "modules",
    "oracle",
    "pci",
    "dss",
    "pci-dss",
    "hipaa",
    "iot",
    "capteurs",
    "sensors",
    "microservice",
    "microservices",
    "legacy",
    "multi-tenant",
    "multi-tenants",
    "tenant",
    "tenants",
    "multi-clients",
    "multi-customer",
    "kubernetes",
    "k8s",
    "ci",
    "cd",
    "ci/cd",
    "gitlab",
    "runners",
    "docker",
    "saas",
    "cloud",
    "edge",
    "sécurité",
    "security",
    "isolation",
    "isolé",
    "isolated",
    "conformité",
    "compliance",
    "audit",
    "migration",
    "monolithe",
    "monolith",
    "ancien",
    "ancienne",
    "old",
    "api",
    "rest",
    "paiements",
    "payments",
    "quote-app",
    "sandbox",
    "gvisor",
    "kata",
    "firecracker",
    "microvm",
];

/// The lower-case words of a text: split at anything but letters and digits, and also at
/// anything but letters, digits, `-` and `/` (so `pci-dss` and `ci/cd` are words too).
fn title_words(text: &str) -> BTreeSet<String> {
    let lower = text.to_lowercase();
    let plain = lower.split(|c: char| !c.is_alphanumeric());
    let joined = lower.split(|c: char| !(c.is_alphanumeric() || c == '-' || c == '/'));
    plain
        .chain(joined)
        .filter(|w| !w.is_empty())
        .map(str::to_owned)
        .collect()
}

#[test]
fn scenario_titles_name_the_setting_not_the_answer() {
    let kit = kit();
    let giveaways: BTreeSet<&str> = GIVEAWAYS.iter().copied().collect();
    let mut bad = Vec::new();
    for sc in &kit.scenarios {
        for title in [&sc.title.fr, &sc.title.en] {
            let words = title_words(title);
            let found: Vec<&String> = words
                .iter()
                .filter(|w| giveaways.contains(w.as_str()))
                .collect();
            if !found.is_empty() {
                bad.push(format!("{}: {title:?} says {found:?}", sc.id));
            }
        }
    }
    assert!(
        bad.is_empty(),
        "titles that give the answer away:\n{}",
        bad.join("\n")
    );
    // The list itself catches the titles this replaced.
    for old in [
        "Oracle et une nouvelle API REST",
        "Capteurs IoT et gestion centralisée",
        "Développement de drivers",
        "Sous le regard de PCI-DSS et HIPAA",
        "A multi-customer SaaS platform",
        "CI runners for Docker images",
    ] {
        assert!(
            title_words(old)
                .iter()
                .any(|w| giveaways.contains(w.as_str())),
            "{old}"
        );
    }
}

#[test]
fn there_are_traps_it_depends_cases_and_cases_beyond_the_notes() {
    let kit = kit();
    let count = |kind: ScenarioKind| kit.scenarios.iter().filter(|s| s.kind == kind).count();
    assert!(
        count(ScenarioKind::Trap) >= 3,
        "traps: {}",
        count(ScenarioKind::Trap)
    );
    assert!(
        count(ScenarioKind::Depends) >= 3,
        "depends: {}",
        count(ScenarioKind::Depends)
    );
    assert!(
        count(ScenarioKind::Beyond) >= 2,
        "beyond: {}",
        count(ScenarioKind::Beyond)
    );
    let sources: BTreeSet<&str> = kit.beyond.sources.iter().map(|s| s.id.as_str()).collect();
    for sc in &kit.scenarios {
        if sc.kind == ScenarioKind::Standard {
            continue;
        }
        let Some(lesson) = &sc.lesson else {
            panic!("{}: a {:?} case without a lesson", sc.id, sc.kind);
        };
        assert!(
            !lesson.fr.trim().is_empty() && !lesson.en.trim().is_empty(),
            "{}: empty lesson",
            sc.id
        );
        match sc.kind {
            ScenarioKind::Depends => assert!(
                lesson.fr.starts_with("Ça dépend") && lesson.en.starts_with("It depends"),
                "{}: the lesson says it depends first",
                sc.id
            ),
            ScenarioKind::Beyond => {
                assert!(!sc.sources.is_empty(), "{}: no source", sc.id);
                for s in &sc.sources {
                    assert!(
                        sources.contains(s.as_str()),
                        "{}: unknown source {s}",
                        sc.id
                    );
                }
                assert!(
                    lesson.fr.contains("Au-delà des notes")
                        && lesson.en.contains("Beyond the notes"),
                    "{}: the lesson must say what goes beyond the notes",
                    sc.id
                );
            }
            _ => {}
        }
    }
}

#[test]
fn every_hybrid_architecture_has_a_scenario() {
    let kit = kit();
    for h in &kit.hybrids {
        assert!(
            kit.scenarios
                .iter()
                .any(|s| s.expected == OptionId::Hybrid && s.patterns.contains(&h.id)),
            "no scenario leads to {}",
            h.id
        );
    }
}

/// The words of a text, lower case, with punctuation (apostrophes too) taken as spaces.
fn plain_words(text: &str) -> Vec<String> {
    text.to_lowercase()
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_owned)
        .collect()
}

/// Every run of `n` consecutive words in the texts.
fn runs<'t>(texts: impl IntoIterator<Item = &'t str>, n: usize) -> BTreeSet<Vec<String>> {
    texts
        .into_iter()
        .flat_map(|t| {
            plain_words(t)
                .windows(n)
                .map(<[String]>::to_vec)
                .collect::<Vec<_>>()
        })
        .collect()
}

#[test]
fn scenarios_do_not_retell_the_notes_examples() {
    let kit = kit();
    const RUN: usize = 6;
    // The hybrid architectures' examples, and the notes' application to quote-app.
    let mut told: Vec<&Text> = kit.hybrids.iter().map(|h| &h.example).collect();
    let app = &kit.application;
    told.extend([&app.title, &app.intro, &app.layers_title, &app.conclusion]);
    for p in &app.points {
        told.push(&p.label);
        told.push(&p.text);
        told.extend(p.sub.iter());
    }
    told.extend(Shape::labels(&app.drawing));
    let french = runs(told.iter().map(|t| t.fr.as_str()), RUN);
    let english = runs(told.iter().map(|t| t.en.as_str()), RUN);
    let mut retold = Vec::new();
    for sc in &kit.scenarios {
        for (text, known) in [(&sc.situation.fr, &french), (&sc.situation.en, &english)] {
            for run in runs([text.as_str()], RUN) {
                if known.contains(&run) {
                    retold.push(format!("{}: “{}”", sc.id, run.join(" ")));
                }
            }
        }
    }
    assert!(
        retold.is_empty(),
        "retold from the notes:\n{}",
        retold.join("\n")
    );
    // The check catches the situations this replaced.
    for old in [
        "quote-app et sa base postgres tournent déjà en conteneurs sur Kubernetes, pour la portabilité et l'orchestration.",
        "Une équipe DevOps veut des pipelines qui buildent des images Docker dans des environnements de build isolés et reproductibles.",
    ] {
        assert!(
            runs([old], RUN).iter().any(|r| french.contains(r)),
            "not caught: {old}"
        );
    }
}

#[test]
fn hand_written_questions_apply_and_analyse_across_sections() {
    let kit = kit();
    let qs = &kit.questions;
    assert!((6..=8).contains(&qs.len()), "{} questions", qs.len());
    let sections: BTreeSet<QuizSection> = qs.iter().map(|q| q.section).collect();
    assert!(sections.len() >= 4, "sections: {sections:?}");
    for q in qs {
        assert!(q.id.starts_with("question."), "{}", q.id);
        assert!(matches!(q.level, Level::Apply | Level::Analyse), "{}", q.id);
        assert!((3..=4).contains(&q.choices.len()), "{}", q.id);
        assert!(q.answer < q.choices.len(), "{}", q.id);
        // The explanation quotes the notes.
        assert!(
            q.explain.fr.contains('«'),
            "{}: the explanation cites no words of the notes",
            q.id
        );
    }
    // The right answer is not always in the same place.
    let places: BTreeSet<usize> = qs.iter().map(|q| q.answer).collect();
    assert!(places.len() >= 3, "{places:?}");
}

/// The system scenarios (components placed one by one): at least four, each of two
/// components or more, each component placed by the engine where a student can place it,
/// the system's outcome and architectures the kit's own; across them, every kind of
/// placement is taught (containers, a VM, containers inside a VM boundary).
#[test]
fn system_scenarios_expect_the_engine_s_placements() {
    use arbitre_core::system::{Place, placeable, scenario_system};
    let kit = kit();
    let systems: Vec<_> = kit.scenarios.iter().filter(|s| s.is_system()).collect();
    assert!(systems.len() >= 4, "{}", systems.len());
    let mut kinds = BTreeSet::new();
    for sc in systems {
        assert!(sc.components.len() >= 2, "{}", sc.id);
        let sys = scenario_system(&kit, sc);
        for (c, placed) in sc.components.iter().zip(&sys.components) {
            assert!(
                placeable(&placed.place),
                "{} {}: {:?}",
                sc.id,
                c.name.en,
                placed.place
            );
            // What the student is taught is what the Recommendation screen says.
            let mut session = arbitre::session::Session::new(&kit);
            let mut one = arbitre::session::Component::new(&c.name.en, "");
            one.ticks = c.ticks.iter().cloned().collect();
            session.ticks = sc.ticks.iter().cloned().collect();
            session.components = vec![one.clone(), arbitre::session::Component::new("other", "")];
            assert_eq!(
                session.system(&kit).components[0].place,
                placed.place,
                "{}",
                sc.id
            );
            kinds.insert(match placed.place {
                Place::Containers => "containers",
                Place::Vm => "vm",
                _ => "boundary",
            });
        }
        assert_eq!(
            (sys.decision.outcome.option(), &sys.decision.patterns),
            (Some(sc.expected), &sc.patterns),
            "{}",
            sc.id
        );
    }
    assert_eq!(kinds.len(), 3, "{kinds:?}");
}

/// A component's facts describe it, never its answer: no hybrid architecture or "combine
/// both" statement ticked as a component's fact, and no component's words name a placement
/// (containers, a VM, hybrid, a VM boundary), in either language.
#[test]
fn no_component_is_described_by_its_answer() {
    let kit = kit();
    // The giveaways' first words are those of the placements themselves.
    let answer_words: BTreeSet<&str> = GIVEAWAYS[..15].iter().copied().collect();
    assert!(answer_words.contains("hybrid") && !answer_words.contains("windows"));
    let mut bad = Vec::new();
    for sc in kit.scenarios.iter().filter(|s| s.is_system()) {
        for c in &sc.components {
            for id in &c.ticks {
                let Some(tick) = kit.tick(id) else {
                    panic!("{}: unknown tick `{id}`", sc.id);
                };
                if tick.supports == OptionId::Hybrid || id.starts_with("hybrid.") {
                    bad.push(format!("{} {}: ticks `{id}`", sc.id, c.name.en));
                }
            }
            for text in [&c.situation.fr, &c.situation.en, &c.name.fr, &c.name.en] {
                let found: Vec<String> = title_words(text)
                    .into_iter()
                    .filter(|w| answer_words.contains(w.as_str()))
                    .collect();
                if !found.is_empty() {
                    bad.push(format!("{} {}: {text:?} says {found:?}", sc.id, c.name.en));
                }
            }
        }
    }
    assert!(
        bad.is_empty(),
        "components described by their answer:\n{}",
        bad.join("\n")
    );
}

/// The system scenarios' French follows French typography (non-breaking spaces before
/// `: ; ! ?` and inside « »), and every text is written in both languages.
#[test]
fn system_scenarios_are_written_in_both_languages_in_french_typography() {
    use arbitre::i18n::typo::is_french_right;
    let kit = kit();
    for sc in kit.scenarios.iter().filter(|s| s.is_system()) {
        let mut texts = vec![(&sc.title, true), (&sc.situation, true)];
        for c in &sc.components {
            // A name may be the same in both ("ERP").
            texts.extend([(&c.name, false), (&c.situation, true)]);
        }
        for (t, translated) in texts {
            assert!(
                !t.fr.trim().is_empty() && !t.en.trim().is_empty(),
                "{}",
                sc.id
            );
            assert!(
                !translated || t.fr != t.en,
                "{}: {:?} is not translated",
                sc.id,
                t.fr
            );
            assert!(is_french_right(&t.fr), "{}: {:?}", sc.id, t.fr);
        }
    }
}
