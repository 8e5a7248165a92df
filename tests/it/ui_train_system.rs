//! A system scenario on the Train screen, through the whole app: each component shown with
//! its team's words and a choice of placement (radio buttons, reachable by keyboard), the
//! system's answer, and after "Check" the feedback placement by placement: ✅ for each
//! component placed right, ❌ with the expected placement and why for the one placed wrong.

use crate::common;

use std::path::Path;

use arbitre::i18n::Lang;
use arbitre::kit::Scenario;
use arbitre::ui::command::{Screen, Tab, TrainAction};
use arbitre::ui::{ArbitreApp, Command, Launch, Settings};
use arbitre_core::system::{self, Place};
use egui::accesskit::{Role, Toggled};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT as _, Queryable as _};

/// The app, tall enough that the whole scenario and its feedback are laid out on screen
/// (labels below the fold have no node to find).
fn app(lang: Lang, data: &Path) -> Harness<'static, ArbitreApp> {
    common::app_harness_sized(
        Settings {
            lang,
            ..Settings::default()
        },
        Launch {
            data_dir: Some(data.to_owned()),
            ..Launch::default()
        },
        [1280.0, 3000.0],
    )
}

fn current(h: &Harness<'_, ArbitreApp>) -> Option<Scenario> {
    let trainer = &h.state().trainer;
    trainer.training().current_scenario(trainer.kit()).cloned()
}

/// The app on the Train screen's scenarios, moved on to the first system scenario of the run.
pub(crate) fn on_a_system_scenario(
    lang: Lang,
    data: &Path,
) -> (Harness<'static, ArbitreApp>, Scenario) {
    let mut h = app(lang, data);
    let ctx = egui::Context::default();
    h.state_mut().apply(Command::Go(Screen::Train), &ctx);
    h.state_mut()
        .apply(Command::Train(TrainAction::Show(Tab::Scenarios)), &ctx);
    h.run();
    let n = h.state().trainer.kit().scenarios.len();
    for _ in 0..n {
        match current(&h) {
            Some(sc) if sc.is_system() => {
                h.run();
                return (h, sc);
            }
            _ => h
                .state_mut()
                .apply(Command::Train(TrainAction::NextScenario), &ctx),
        }
    }
    panic!("no system scenario in the run");
}

/// Clicks the radio button `label` of component `i` (each component has one of each).
fn place(h: &mut Harness<'_, ArbitreApp>, i: usize, label: &str) {
    let radios: Vec<_> = h
        .get_all_by_role_and_label(Role::RadioButton, label)
        .collect();
    let Some(radio) = radios.get(i) else {
        panic!("no radio {label:?} for component {i}");
    };
    radio.click_accesskit();
    h.run();
}

#[test]
fn a_system_scenario_is_answered_placement_by_placement_and_the_wrong_one_says_why() {
    let lang = Lang::Fr;
    let data = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let (mut h, sc) = on_a_system_scenario(lang, data.path());
    let kit = h.state().trainer.kit().clone();
    let sys = system::scenario_system(&kit, &sc);
    // Each component, its team's words, and the question of where it runs.
    for c in &sc.components {
        h.get_by_label(c.name.get(lang));
        h.get_by_label(c.situation.get(lang));
        h.get_by_label(&format!(
            "Où tourne «\u{a0}{}\u{a0}»\u{202f}?",
            c.name.get(lang)
        ));
    }
    // Not yet: every component has to be placed first.
    h.get_by_label("Placez d'abord chaque composant.");

    // The first component placed wrong, the others right.
    let wrong = if sys.components[0].place == Place::Vm {
        Place::Containers
    } else {
        Place::Vm
    };
    place(&mut h, 0, &wrong.text(&kit, lang));
    for (i, c) in sys.components.iter().enumerate().skip(1) {
        place(&mut h, i, &c.place.text(&kit, lang));
    }
    // The radio buttons say which is chosen.
    let chosen = h
        .get_all_by_role_and_label(Role::RadioButton, &wrong.text(&kit, lang))
        .next()
        .map(|n| n.accesskit_node().toggled());
    assert_eq!(chosen, Some(Some(Toggled::True)));
    // The system's answer: the right one.
    h.get_by_role_and_label(Role::Button, &kit.option_name(sc.expected, lang))
        .click_accesskit();
    h.run();
    if let Some(id) = sc.patterns.first()
        && let Some(hybrid) = kit.hybrid(id)
    {
        h.get_by_role_and_label(Role::Button, hybrid.name.get(lang))
            .click_accesskit();
        h.run();
    }
    h.get_by_label("Valider").click_accesskit();
    h.run();

    let Some(v) = h.state().trainer.training().scenario_verdict.clone() else {
        panic!("not checked");
    };
    assert!(!v.correct && v.option_right);
    assert!(!v.components[0].right);
    assert!(v.components[1..].iter().all(|c| c.right));
    // The feedback: the count, ❌ with the expected placement, the student's, and why; ✅
    // for the others.
    let n = sc.components.len();
    h.get_by_label(&(lang.words().system_train.placements_score)(n - 1, n));
    let first = &sys.components[0];
    let name0 = sc.components[0].name.get(lang);
    h.get_by_label(&format!(
        "❌ {name0}\u{a0}: {} (votre réponse\u{a0}: {})",
        first.place.text(&kit, lang),
        wrong.text(&kit, lang)
    ));
    // Two components may land where they do for the same reason: one line each.
    let why = |h: &Harness<'_, ArbitreApp>, text: String| {
        let label = format!("Pourquoi\u{a0}: {text}");
        assert!(h.get_all_by_label(&label).next().is_some(), "{label}");
    };
    why(&h, first.why(&kit, lang));
    for (c, placed) in sc.components.iter().zip(&sys.components).skip(1) {
        h.get_by_label(&format!(
            "✅ {}\u{a0}: {}",
            c.name.get(lang),
            placed.place.text(&kit, lang)
        ));
        why(&h, placed.why(&kit, lang));
    }
    // The system's architectures, in the kit's words.
    for id in &sc.patterns {
        let Some(hybrid) = kit.hybrid(id) else {
            panic!("{id}");
        };
        // The answer's button, and the architecture's heading in the feedback.
        let found = h.get_all_by_label(hybrid.name.get(lang)).count();
        assert_eq!(found, 2, "{id}");
        let architecture = format!(
            "{} {}",
            lang.colon(kit.headings.architecture.get(lang)),
            hybrid.architecture.get(lang)
        );
        h.get_by_label(&architecture);
    }
    // The answer counts as missed, by the scenario's id, like any other.
    assert!(
        h.state()
            .trainer
            .progress()
            .scenarios
            .missed
            .contains(&sc.id)
    );
}

#[test]
fn the_placements_are_reached_by_keyboard() {
    let data = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let (mut h, sc) = on_a_system_scenario(Lang::En, data.path());
    // Tab through the screen: the first component's radio buttons take the focus in turn.
    let kit = h.state().trainer.kit().clone();
    let containers = Place::Containers.text(&kit, Lang::En);
    let mut reached = false;
    for _ in 0..60 {
        h.key_press(egui::Key::Tab);
        h.run();
        let focused = h
            .get_all_by_role_and_label(Role::RadioButton, &containers)
            .next()
            .is_some_and(|n| n.is_focused());
        if focused {
            reached = true;
            break;
        }
    }
    assert!(
        reached,
        "{}: the radio buttons are out of the keyboard's reach",
        sc.id
    );
    h.key_press(egui::Key::Space);
    h.run();
    let selected = h
        .get_all_by_role_and_label(Role::RadioButton, &containers)
        .next()
        .and_then(|n| n.accesskit_node().toggled());
    assert_eq!(
        selected,
        Some(Toggled::True),
        "Space chooses the focused placement"
    );
}
