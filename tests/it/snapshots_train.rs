//! Pictures of the Train screen at 1280×720: a quiz question, a right and a wrong answer, a
//! scenario being answered, its feedback, and the progress page, in French and English.
//! Rendered with wgpu on lavapipe; run with
//! `cargo test --features snapshots --test it snapshots_train` (`UPDATE_SNAPSHOTS=1` to accept
//! new pictures after looking at them).
#![cfg(feature = "snapshots")]

use crate::common;

use arbitre::i18n::Lang;
use arbitre::kit::{CheckedKit, OptionId};
use arbitre::ui::command::TrainAction;
use arbitre::ui::theme;
use arbitre::ui::train::Trainer;
use arbitre_core::system::Place;
use egui::accesskit::Role;
use egui_kittest::kittest::Queryable as _;
use egui_kittest::{Harness, SnapshotResults};

/// The trainer, the kit, the language and the theme.
type State = (Trainer, CheckedKit, Lang, bool);

const SEED: u64 = 2024;

/// The screen with a fresh progress file in `dir`, so that the pictures never depend on what
/// an earlier run saved (and the screen says progress is saved, as it is in the app).
fn harness(lang: Lang, dark: bool, dir: &tempfile::TempDir) -> Harness<'static, State> {
    let kit = match CheckedKit::builtin() {
        Ok(k) => k,
        Err(e) => panic!("built-in kit: {e}"),
    };
    let file = dir
        .path()
        .join(format!("progress-{}-{dark}.ron", lang.code()));
    let _ = std::fs::remove_file(&file);
    let trainer = Trainer::new(&kit, Some(file), SEED);
    let mut h = Harness::builder()
        .with_size([1280.0, 720.0])
        .with_theme(if dark {
            egui::Theme::Dark
        } else {
            egui::Theme::Light
        })
        .with_render_cursor(false)
        .with_context_setup(theme::install)
        .build_ui_state(
            |ui, state: &mut State| {
                egui::CentralPanel::default().show(ui, |ui| {
                    common::train_frame(ui, &mut state.0, &state.1, state.2, state.3);
                });
            },
            (trainer, kit, lang, dark),
        );
    h.run();
    h
}

fn shot(results: &mut SnapshotResults, h: &mut Harness<'_, State>, name: &str) {
    h.run();
    h.snapshot(name);
    results.extend_harness(h);
}

fn click(h: &mut Harness<'_, State>, label: &str) {
    // Through AccessKit: the button may be below the fold, under the checklist.
    h.get_by_label(label).click_accesskit();
    h.run();
}

fn other(option: OptionId) -> OptionId {
    match option {
        OptionId::Containers => OptionId::Vms,
        _ => OptionId::Containers,
    }
}

/// Answers the current question, right or wrong.
fn answer_question(h: &mut Harness<'_, State>, right: bool) {
    let (trainer, kit, lang, _) = h.state();
    let Some(q) = trainer.training().current_question() else {
        panic!("no question");
    };
    let choice = if right {
        q.answer
    } else {
        crate::common::wrong_choice(q)
    };
    let label = crate::common::choice_label(q, choice, *lang);
    let _ = kit;
    click(h, &label);
}

/// Answers the current scenario, right or wrong.
fn answer_scenario(h: &mut Harness<'_, State>, right: bool) {
    let (trainer, kit, lang, _) = h.state();
    let lang = *lang;
    let Some(sc) = trainer.training().current_scenario(kit) else {
        panic!("no scenario");
    };
    let (option, pattern) = if right {
        (sc.expected, sc.patterns.first().cloned())
    } else {
        (other(sc.expected), None)
    };
    // Right: every item the situation implies. Wrong: one missed, and one extra.
    let mut ticks: Vec<String> = sc.ticks.clone();
    if !right {
        ticks.remove(0);
        let extra = ["choose.containers.fast-scaling", "vm.multiple-os"]
            .into_iter()
            .find(|id| !sc.ticks.iter().any(|t| t == id))
            .unwrap_or("vm.compliance");
        ticks.push(extra.into());
    }
    let ticks: Vec<String> = ticks
        .iter()
        .filter_map(|id| kit.tick(id).map(|t| t.text.get(lang).to_owned()))
        .collect();
    // A system's scenario: each component placed (right: where the engine places it).
    let places: Vec<String> = arbitre::train::expected_places(kit, sc)
        .iter()
        .map(|p| if right { p } else { &Place::Vm })
        .map(|p| p.text(kit, lang))
        .collect();
    let option = kit.option_name(option, lang);
    let pattern = pattern.and_then(|id| kit.hybrid(&id).map(|hy| hy.name.get(lang).to_owned()));
    for (i, label) in places.iter().enumerate() {
        place(h, i, label);
    }
    for text in ticks {
        h.get_by_role_and_label(egui::accesskit::Role::CheckBox, &text)
            .click_accesskit();
        h.run();
    }
    click(h, &option);
    if let Some(p) = pattern {
        h.get_by_role_and_label(egui::accesskit::Role::Button, &p)
            .click_accesskit();
        h.run();
    }
    click(h, lang.pick("Valider", "Check"));
}

/// Clicks the radio button `label` of component `i` of a system scenario (each component
/// has one of each).
fn place(h: &mut Harness<'_, State>, i: usize, label: &str) {
    let radios: Vec<_> = h
        .get_all_by_role_and_label(Role::RadioButton, label)
        .collect();
    let Some(radio) = radios.get(i) else {
        panic!("no radio {label:?} for component {i}");
    };
    radio.click_accesskit();
    h.run();
}

/// Moves on to the first system scenario of the run, without answering.
fn go_to_system_scenario(h: &mut Harness<'_, State>) {
    for _ in 0..h.state().1.scenarios.len() {
        let (trainer, kit, ..) = h.state();
        if trainer
            .training()
            .current_scenario(kit)
            .is_some_and(arbitre::kit::Scenario::is_system)
        {
            h.run();
            return;
        }
        h.state_mut().0.apply(TrainAction::NextScenario);
    }
    panic!("no system scenario");
}

/// Moves on to the first hybrid scenario of the run, answering the others right.
fn go_to_hybrid_scenario(h: &mut Harness<'_, State>) {
    for _ in 0..h.state().1.scenarios.len() {
        let (trainer, kit, ..) = h.state();
        if trainer
            .training()
            .current_scenario(kit)
            .is_some_and(|s| s.expected == OptionId::Hybrid && !s.is_system())
        {
            return;
        }
        answer_scenario(h, true);
        let next = h.state().2.pick("Scénario suivant", "Next scenario");
        click(h, next);
    }
}

#[test]
fn train_quiz() -> Result<(), std::io::Error> {
    let dir = tempfile::tempdir()?;
    let mut results = SnapshotResults::new();

    let mut h = harness(Lang::Fr, false, &dir);
    shot(&mut results, &mut h, "train_quiz_question_fr");
    answer_question(&mut h, true);
    shot(&mut results, &mut h, "train_quiz_right_fr");

    let mut h = harness(Lang::Fr, false, &dir);
    answer_question(&mut h, false);
    shot(&mut results, &mut h, "train_quiz_wrong_fr");

    let mut h = harness(Lang::En, true, &dir);
    answer_question(&mut h, false);
    shot(&mut results, &mut h, "train_quiz_wrong_en_dark");

    results.unwrap();
    Ok(())
}

#[test]
fn train_scenarios() -> Result<(), std::io::Error> {
    let dir = tempfile::tempdir()?;
    let mut results = SnapshotResults::new();

    let mut h = harness(Lang::Fr, false, &dir);
    click(&mut h, "Scénarios");
    go_to_hybrid_scenario(&mut h);
    // Hybrid chosen: the six architectures appear, and "Valider" waits for one.
    click(&mut h, "Hybride");
    shot(&mut results, &mut h, "train_scenario_question_fr");

    let mut h = harness(Lang::Fr, false, &dir);
    click(&mut h, "Scénarios");
    go_to_hybrid_scenario(&mut h);
    answer_scenario(&mut h, true);
    shot(&mut results, &mut h, "train_scenario_right_fr");

    let mut h = harness(Lang::En, false, &dir);
    click(&mut h, "Scenarios");
    answer_scenario(&mut h, false);
    shot(&mut results, &mut h, "train_scenario_wrong_en");

    results.unwrap();
    Ok(())
}

#[test]
fn train_progress() -> Result<(), std::io::Error> {
    let dir = tempfile::tempdir()?;
    let mut results = SnapshotResults::new();
    for lang in Lang::ALL {
        let mut h = harness(lang, false, &dir);
        for right in [true, false, true, false, true] {
            answer_question(&mut h, right);
            click(&mut h, lang.pick("Question suivante", "Next question"));
        }
        click(&mut h, lang.pick("Scénarios", "Scenarios"));
        for right in [true, false, true] {
            answer_scenario(&mut h, right);
            click(&mut h, lang.pick("Scénario suivant", "Next scenario"));
        }
        click(&mut h, lang.pick("Progrès", "Progress"));
        shot(
            &mut results,
            &mut h,
            &format!("train_progress_{}", lang.code()),
        );
        if lang == Lang::Fr {
            click(&mut h, "Réinitialiser");
            shot(&mut results, &mut h, "train_progress_reset_confirm_fr");
        }
    }
    results.unwrap();
    Ok(())
}

/// Ticks the current scenario's first reference items (not all: a student at work).
fn tick_some(h: &mut Harness<'_, State>, n: usize) {
    let (trainer, kit, lang, _) = h.state();
    let lang = *lang;
    let Some(sc) = trainer.training().current_scenario(kit) else {
        panic!("no scenario");
    };
    let texts: Vec<String> = sc
        .ticks
        .iter()
        .take(n)
        .filter_map(|id| kit.tick(id).map(|t| t.text.get(lang).to_owned()))
        .collect();
    for text in texts {
        h.get_by_role_and_label(egui::accesskit::Role::CheckBox, &text)
            .click_accesskit();
        h.run();
    }
}

#[test]
fn train_scenario_ticking_and_feedback() -> Result<(), std::io::Error> {
    let dir = tempfile::tempdir()?;
    let mut results = SnapshotResults::new();
    for (lang, dark) in [(Lang::Fr, false), (Lang::En, true)] {
        let mut h = harness(lang, dark, &dir);
        click(&mut h, lang.pick("Scénarios", "Scenarios"));
        tick_some(&mut h, 2);
        shot(
            &mut results,
            &mut h,
            &format!("train_scenario_ticking_{}", lang.code()),
        );
        let mut h = harness(lang, dark, &dir);
        click(&mut h, lang.pick("Scénarios", "Scenarios"));
        answer_scenario(&mut h, false);
        shot(
            &mut results,
            &mut h,
            &format!("train_scenario_feedback_wrong_{}", lang.code()),
        );
    }
    results.unwrap();
    Ok(())
}

/// Fills the exam form: a name, seed 42, `count` questions.
fn start_exam(h: &mut Harness<'_, State>, name: &str) {
    let lang = h.state().2;
    click(h, lang.pick("Examen", "Exam"));
    let field = lang.pick("Nom de l'élève\u{a0}:", "Student's name:");
    h.get_by_label(field).click();
    h.run();
    h.get_by_label(field).type_text(name);
    h.run();
}

#[test]
fn train_exam() -> Result<(), std::io::Error> {
    let mut results = SnapshotResults::new();
    for (lang, dark) in [(Lang::Fr, false), (Lang::En, true)] {
        // A folder of its own: the results' file names are shown.
        let dir = tempfile::tempdir()?;
        let mut h = harness(lang, dark, &dir);
        start_exam(&mut h, "Zoé Martin");
        shot(
            &mut results,
            &mut h,
            &format!("train_exam_form_{}", lang.code()),
        );
        click(&mut h, lang.pick("Commencer l'examen", "Start the exam"));
        // Answer the questions: every third one wrong, the last two left out.
        let n = h.state().0.exam_sitting().map_or(0, |s| s.questions.len());
        for i in 0..n.saturating_sub(2) {
            let Some(q) = h
                .state()
                .0
                .exam_sitting()
                .and_then(|s| s.questions.get(i).cloned())
            else {
                panic!("no question {i}");
            };
            if i == 1 {
                shot(
                    &mut results,
                    &mut h,
                    &format!("train_exam_question_{}", lang.code()),
                );
            }
            let choice = if i % 3 == 0 {
                common::wrong_choice(&q)
            } else {
                q.answer
            };
            click(&mut h, &common::choice_label(&q, choice, lang));
            click(&mut h, lang.pick("Question suivante", "Next question"));
        }
        click(&mut h, lang.pick("Rendre la copie", "Hand in"));
        click(&mut h, lang.pick("Rendre quand même", "Hand in anyway"));
        shot(
            &mut results,
            &mut h,
            &format!("train_exam_results_{}", lang.code()),
        );
    }
    results.unwrap();
    Ok(())
}

/// A system scenario, French, light: the components placed one by one (the first one wrong),
/// then the feedback placement by placement.
#[test]
fn train_system_scenario() -> Result<(), std::io::Error> {
    let dir = tempfile::tempdir()?;
    let mut results = SnapshotResults::new();
    let mut h = harness(Lang::Fr, false, &dir);
    click(&mut h, "Scénarios");
    go_to_system_scenario(&mut h);
    let (trainer, kit, ..) = h.state();
    let Some(sc) = trainer.training().current_scenario(kit).cloned() else {
        panic!("no scenario");
    };
    let kit = kit.clone();
    let expected = arbitre::train::expected_places(&kit, &sc);
    // The first component placed wrong, the second right: a student at work.
    let wrong = if expected[0] == Place::Vm {
        Place::Containers
    } else {
        Place::Vm
    };
    place(&mut h, 0, &wrong.text(&kit, Lang::Fr));
    place(&mut h, 1, &expected[1].text(&kit, Lang::Fr));
    shot(&mut results, &mut h, "train_system_placing_fr");
    for (i, p) in expected.iter().enumerate().skip(2) {
        place(&mut h, i, &p.text(&kit, Lang::Fr));
    }
    click(&mut h, &kit.option_name(sc.expected, Lang::Fr));
    if let Some(hybrid) = sc.patterns.first().and_then(|id| kit.hybrid(id)) {
        h.get_by_role_and_label(Role::Button, hybrid.name.get(Lang::Fr))
            .click_accesskit();
        h.run();
    }
    click(&mut h, "Valider");
    h.get_by_label("Composant par composant").scroll_to_me();
    shot(&mut results, &mut h, "train_system_feedback_fr");
    results.unwrap();
    Ok(())
}

/// The quiz on the wall (issue #29): a question and its four choices at 1024×768 and in
/// presenter mode at 1280×720, French light and English dark, in the whole window.
#[test]
fn train_quiz_on_the_wall() {
    let mut results = SnapshotResults::new();
    for (size, presenter) in [([1024.0, 768.0], false), ([1280.0, 720.0], true)] {
        for (lang, dark) in crate::wall::LOOKS {
            let mut h = crate::wall::wall_app(
                lang,
                dark,
                arbitre::ui::Screen::Train,
                presenter,
                size,
                arbitre::ui::Launch::default(),
            );
            // The same question at every run.
            let trainer = Trainer::new(&h.state().kit, None, SEED);
            h.state_mut().trainer = trainer;
            h.run();
            let name = crate::wall::look_name("train_quiz", lang, dark, size, presenter);
            h.snapshot(&name);
            results.extend_harness(&mut h);
        }
    }
    results.unwrap();
}
