//! The Train screen in a headless egui: quiz and scenario answers, right and wrong, in both
//! languages, the feedback they show, and progress kept in a file between runs.

use crate::common;

use std::path::PathBuf;

use arbitre::i18n::Lang;
use arbitre::kit::{CheckedKit, OptionId, Scenario};
use arbitre::train::{Progress, Question, engine_answer};
use arbitre::ui::command::{Tab, TrainAction};
use arbitre::ui::theme;
use arbitre::ui::train::Trainer;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;

/// The trainer, the kit and the language, as the app would hold them.
pub(crate) type State = (Trainer, CheckedKit, Lang);

/// A seed whose first scenario is a plain one (not a system's): the scenario tests tick its
/// checklist. The order depends on the bank's size (both decks share the generator).
const SEED: u64 = 2025;

fn kit() -> CheckedKit {
    match CheckedKit::builtin() {
        Ok(k) => k,
        Err(e) => panic!("built-in kit: {e}"),
    }
}

/// The Train screen alone, as the app's central panel shows it, at 1280×720.
pub(crate) fn harness(lang: Lang, progress_file: Option<PathBuf>) -> Harness<'static, State> {
    let kit = kit();
    let trainer = Trainer::new(&kit, progress_file, SEED);
    // A tall window, with the whole header; `wall.rs` tests the short ones (a projector's).
    let mut h = Harness::builder()
        .with_size([1280.0, 900.0])
        .with_context_setup(theme::install)
        .build_ui_state(
            |ui, state: &mut State| {
                egui::CentralPanel::default().show(ui, |ui| {
                    common::train_frame(ui, &mut state.0, &state.1, state.2, false);
                });
            },
            (trainer, kit, lang),
        );
    h.run();
    h
}

fn current_question(h: &Harness<'_, State>) -> Question {
    match h.state().0.training().current_question() {
        Some(q) => q.clone(),
        None => panic!("no question"),
    }
}

fn current_scenario(h: &Harness<'_, State>) -> Scenario {
    let (trainer, kit, _) = h.state();
    match trainer.training().current_scenario(kit) {
        Some(s) => s.clone(),
        None => panic!("no scenario"),
    }
}

fn click(h: &mut Harness<'_, State>, label: &str) {
    // Through AccessKit: the button may be below the fold, under the checklist.
    h.get_by_label(label).click_accesskit();
    h.run();
}

#[test]
fn the_screen_has_its_heading_and_four_sections_in_both_languages() {
    for (lang, heading, tabs) in [
        (
            Lang::Fr,
            "S'entraîner",
            ["Quiz", "Scénarios", "Examen", "Progrès"],
        ),
        (Lang::En, "Train", ["Quiz", "Scenarios", "Exam", "Progress"]),
    ] {
        let mut h = harness(lang, None);
        h.get_by_label(heading);
        for (tab, label) in Tab::ALL.into_iter().zip(tabs) {
            click(&mut h, label);
            assert_eq!(h.state().0.tab(), tab, "{label}");
        }
    }
}

#[test]
fn a_right_quiz_answer_is_confirmed_with_why_in_both_languages() {
    for lang in Lang::ALL {
        let mut h = harness(lang, None);
        let q = current_question(&h);
        h.get_by_label(q.prompt.get(lang));
        assert!((3..=4).contains(&q.choices.len()), "{}", q.id);
        let answer = common::choice_label(&q, q.answer, lang);
        click(&mut h, &answer);

        h.get_by_label(lang.pick("✔ Juste\u{a0}!", "✔ Correct!"));
        assert!(
            h.query_by_label_contains(lang.pick("Faux", "Incorrect"))
                .is_none()
        );
        h.get_by_label(&match lang {
            Lang::Fr => format!("Réponse\u{a0}: {answer}."),
            Lang::En => format!("Answer: {answer}."),
        });
        h.get_by_label(lang.pick(
            "Pourquoi c'est la bonne réponse\u{a0}:",
            "Why this is the right answer:",
        ));
        for e in &q.explain {
            h.get_by_label(e.get(lang));
        }
        let progress = h.state().0.progress();
        assert_eq!((progress.quiz.answered, progress.quiz.right), (1, 1));
        assert!(progress.quiz.missed.is_empty());
    }
}

#[test]
fn a_wrong_quiz_answer_says_why_it_is_wrong_and_why_the_right_one_is_right() {
    for lang in Lang::ALL {
        let mut h = harness(lang, None);
        let q = current_question(&h);
        let wrong = common::wrong_choice(&q);
        let (chosen, answer) = (
            common::choice_label(&q, wrong, lang),
            common::choice_label(&q, q.answer, lang),
        );
        click(&mut h, &chosen);

        h.get_by_label(lang.pick("✘ Faux", "✘ Incorrect"));
        assert!(
            h.query_by_label_contains(lang.pick("Juste", "Correct!"))
                .is_none()
        );
        h.get_by_label(&match lang {
            Lang::Fr => {
                format!("Vous avez répondu {chosen}\u{a0}; la bonne réponse est {answer}.")
            }
            Lang::En => format!("You answered {chosen}; the right answer is {answer}."),
        });
        // Why its own choice is wrong, quoting the kit; then why the right one is right.
        let letter = arbitre::train::bank::letter(wrong);
        h.get_by_label(&match lang {
            Lang::Fr => format!("Pourquoi pas «\u{a0}{letter}\u{a0}»\u{a0}?"),
            Lang::En => format!("Why not “{letter}”?"),
        });
        let Some(Some(why)) = q.why_wrong.get(wrong) else {
            panic!("{}: no why_wrong for {wrong}", q.id);
        };
        h.get_by_label(why.get(lang));
        for e in &q.explain {
            h.get_by_label(e.get(lang));
        }
        assert!(h.state().0.progress().quiz.missed.contains(&q.id));

        // The answer buttons are locked; the next question clears the feedback.
        click(&mut h, &answer);
        assert_eq!(
            h.state().0.progress().quiz.answered,
            1,
            "one answer per question"
        );
        click(&mut h, lang.pick("Question suivante", "Next question"));
        assert!(h.state().0.training().quiz_verdict.is_none());
        assert_ne!(current_question(&h).id, q.id);
        assert!(
            h.query_by_label_contains(lang.pick("Faux", "Incorrect"))
                .is_none()
        );
    }
}

#[test]
fn a_number_key_answers_the_question() {
    let mut h = harness(Lang::En, None);
    let q = current_question(&h);
    let key = [
        egui::Key::Num1,
        egui::Key::Num2,
        egui::Key::Num3,
        egui::Key::Num4,
    ][q.answer];
    h.key_press(key);
    h.run();
    assert_eq!(
        h.state()
            .0
            .training()
            .quiz_verdict
            .as_ref()
            .map(|v| v.correct),
        Some(true)
    );
}

#[test]
fn the_keyboard_moves_on_after_an_answer() {
    let mut h = harness(Lang::En, None);
    let q = current_question(&h);
    let _ = h.state();
    click(&mut h, &common::choice_label(&q, q.answer, Lang::En));
    // The focus goes to "Next question": Enter moves on without the mouse.
    assert!(h.get_by_label("Next question").is_focused());
    h.key_press(egui::Key::Enter);
    h.run();
    assert_ne!(current_question(&h).id, q.id);
}

/// Ticks (or unticks) a checklist item of the current scenario by its text.
fn toggle_tick(h: &mut Harness<'_, State>, id: &str, lang: Lang) {
    let kit = h.state().1.clone();
    let Some(tick) = kit.tick(id) else {
        panic!("unknown item {id}");
    };
    h.get_by_role_and_label(egui::accesskit::Role::CheckBox, tick.text.get(lang))
        .click_accesskit();
    h.run();
}

/// Picks a hybrid architecture as the answer (the button, not the checklist's box).
fn choose_architecture(h: &mut Harness<'_, State>, id: &str, lang: Lang) {
    let kit = h.state().1.clone();
    let Some(hybrid) = kit.hybrid(id) else {
        panic!("unknown hybrid {id}");
    };
    h.get_by_role_and_label(egui::accesskit::Role::Button, hybrid.name.get(lang))
        .click_accesskit();
    h.run();
}

/// Ticks the current scenario's reference items, answers with `option` (and, for a hybrid,
/// `pattern`), then checks.
fn answer_scenario(
    h: &mut Harness<'_, State>,
    option: OptionId,
    pattern: Option<&str>,
    lang: Lang,
) {
    let kit = h.state().1.clone();
    let sc = current_scenario(h);
    // A system's scenario has no checklist (its ticks are the components' context).
    if sc.components.is_empty() {
        for id in &sc.ticks {
            toggle_tick(h, id, lang);
        }
    }
    // A system's scenario asks where each component goes (`ui_train_system` clicks them).
    for i in 0..sc.components.len() {
        let place = arbitre_core::system::Place::Vm;
        h.state_mut().0.apply(TrainAction::Place(i, place));
    }
    click(h, &kit.option_name(option, lang));
    if let Some(id) = pattern {
        choose_architecture(h, id, lang);
    }
    click(h, lang.pick("Valider", "Check"));
}

/// Every reason the engine gives for this scenario is listed, word for word.
fn assert_engine_reasons_shown(h: &Harness<'_, State>, sc: &Scenario, lang: Lang) {
    let kit = &h.state().1;
    let engine = engine_answer(kit, sc);
    assert!(!engine.reasons.is_empty(), "{}", sc.id);
    for reason in &engine.reasons {
        h.get_by_label(reason.get(lang));
    }
}

#[test]
fn a_right_scenario_answer_is_explained_by_the_engine_in_both_languages() {
    for lang in Lang::ALL {
        let mut h = harness(lang, None);
        click(&mut h, lang.pick("Scénarios", "Scenarios"));
        let sc = current_scenario(&h);
        h.get_by_label(sc.situation.get(lang));
        answer_scenario(
            &mut h,
            sc.expected,
            sc.patterns.first().map(String::as_str),
            lang,
        );
        h.get_by_label(lang.pick("✔ Juste\u{a0}!", "✔ Correct!"));
        h.get_by_label_contains(lang.pick("Réponse attendue", "Expected answer"));
        assert_engine_reasons_shown(&h, &sc, lang);
        assert_eq!(h.state().0.progress().scenarios.right, 1);
    }
}

#[test]
fn a_wrong_scenario_answer_gives_the_expected_one_and_the_engine_reasons_in_both_languages() {
    for lang in Lang::ALL {
        let mut h = harness(lang, None);
        click(&mut h, lang.pick("Scénarios", "Scenarios"));
        let sc = current_scenario(&h);
        let kit = h.state().1.clone();
        let wrong = if sc.expected == OptionId::Containers {
            OptionId::Vms
        } else {
            OptionId::Containers
        };
        answer_scenario(&mut h, wrong, None, lang);
        h.get_by_label(lang.pick("✘ Faux", "✘ Incorrect"));
        let expected = kit.option_name(sc.expected, lang);
        h.get_by_label_contains(&format!(
            "{} {expected}",
            lang.pick("Réponse attendue\u{a0}:", "Expected answer:")
        ));
        h.get_by_label(&format!(
            "{} {}",
            lang.pick("Votre réponse\u{a0}:", "Your answer:"),
            kit.option_name(wrong, lang)
        ));
        assert_engine_reasons_shown(&h, &sc, lang);
        assert!(h.state().0.progress().scenarios.missed.contains(&sc.id));

        click(&mut h, lang.pick("Scénario suivant", "Next scenario"));
        assert_ne!(current_scenario(&h).id, sc.id);
        assert!(h.state().0.training().scenario_verdict.is_none());
    }
}

#[test]
fn a_hybrid_answer_needs_an_architecture_and_shows_the_kit_example() {
    let lang = Lang::Fr;
    let mut h = harness(lang, None);
    click(&mut h, "Scénarios");
    // Move on to the first hybrid scenario of the run.
    for _ in 0..h.state().1.scenarios.len() {
        let sc = current_scenario(&h);
        if sc.expected == OptionId::Hybrid && !sc.is_system() {
            break;
        }
        answer_scenario(&mut h, OptionId::Vms, None, lang);
        click(&mut h, "Scénario suivant");
    }
    let sc = current_scenario(&h);
    assert_eq!(sc.expected, OptionId::Hybrid);

    // Nothing ticked: the situation has to be worked through first.
    click(&mut h, "Hybride");
    h.get_by_label("Cochez d'abord au moins un élément.");
    for id in &sc.ticks {
        toggle_tick(&mut h, id, lang);
    }
    // Hybrid alone cannot be checked: the architecture is part of the answer.
    h.get_by_label("Choisissez aussi une architecture hybride.");
    click(&mut h, "Valider");
    assert!(h.state().0.training().scenario_verdict.is_none());

    let Some(id) = sc.patterns.first() else {
        panic!("{}: no pattern", sc.id);
    };
    let kit = h.state().1.clone();
    let Some(hybrid) = kit.hybrid(id) else {
        panic!("unknown hybrid {id}");
    };
    choose_architecture(&mut h, id, lang);
    click(&mut h, "Valider");
    h.get_by_label("✔ Juste\u{a0}!");
    h.get_by_label(&format!(
        "Réponse attendue\u{a0}: Hybride — {}",
        hybrid.name.fr
    ));
    h.get_by_label(&format!("Architecture\u{a0}: {}", hybrid.architecture.fr));
    h.get_by_label(&format!("Exemple\u{a0}: {}", hybrid.example.fr));
    assert_engine_reasons_shown(&h, &sc, lang);
}

#[test]
fn progress_is_saved_after_each_answer_reloaded_and_missed_ones_retried()
-> Result<(), Box<dyn std::error::Error>> {
    let dir = tempfile::tempdir()?;
    // The folder does not exist yet: saving creates it.
    let path = dir.path().join("arbitre").join("progress.ron");
    let mut h = harness(Lang::En, Some(path.clone()));
    assert!(!path.exists(), "nothing is written before an answer");
    let q = current_question(&h);
    click(
        &mut h,
        &common::choice_label(&q, common::wrong_choice(&q), Lang::En),
    );
    let saved = Progress::load(&path)?.unwrap_or_default();
    assert_eq!(saved.quiz.answered, 1);
    assert!(saved.quiz.missed.contains(&q.id));
    // No work per frame: more frames write nothing new.
    let modified = std::fs::metadata(&path)?.modified()?;
    h.run();
    assert_eq!(std::fs::metadata(&path)?.modified()?, modified);

    // A later run finds the progress, lists the missed question, and retries it alone.
    let mut h = harness(Lang::En, Some(path.clone()));
    assert_eq!(h.state().0.progress(), &saved);
    assert!(h.state_mut().0.take_message().is_none(), "no message");
    click(&mut h, "Progress");
    h.get_by_label("Answers: 1 · right: 0 (0%)");
    h.get_by_label(&q.full_prompt(Lang::En));
    click(&mut h, "Retry missed");
    assert_eq!(h.state().0.tab(), Tab::Quiz);
    assert_eq!(h.state().0.training().quiz.order.len(), 1);
    assert_eq!(current_question(&h).id, q.id);
    h.get_by_label_contains("retrying missed ones");
    click(&mut h, &common::choice_label(&q, q.answer, Lang::En));
    click(&mut h, "Next question");
    h.get_by_label("Round complete");
    let saved = Progress::load(&path)?.unwrap_or_default();
    assert!(saved.quiz.missed.is_empty());
    assert_eq!((saved.quiz.answered, saved.quiz.right), (2, 1));
    Ok(())
}

#[test]
fn reset_asks_first_and_a_cancel_keeps_everything() -> Result<(), Box<dyn std::error::Error>> {
    let dir = tempfile::tempdir()?;
    let path = dir.path().join("progress.ron");
    let mut h = harness(Lang::Fr, Some(path.clone()));
    let q = current_question(&h);
    click(&mut h, &common::choice_label(&q, q.answer, Lang::Fr));
    click(&mut h, "Progrès");
    h.get_by_label("Réponses\u{a0}: 1 · justes\u{a0}: 1 (100\u{a0}%)");

    click(&mut h, "Réinitialiser");
    h.get_by_label_contains("C'est définitif.");
    assert_eq!(h.state().0.progress().quiz.answered, 1, "not yet");
    click(&mut h, "Annuler");
    assert!(h.query_by_label_contains("C'est définitif.").is_none());
    assert_eq!(h.state().0.progress().quiz.answered, 1);

    click(&mut h, "Réinitialiser");
    click(&mut h, "Oui, tout effacer");
    assert_eq!(h.state().0.progress(), &Progress::default());
    assert_eq!(Progress::load(&path)?, Some(Progress::default()), "saved");
    let zero = "Réponses\u{a0}: 0 · justes\u{a0}: 0 (0\u{a0}%)";
    assert_eq!(h.query_all_by_label(zero).count(), 2, "both sections");
    Ok(())
}

#[test]
fn a_corrupt_progress_file_is_reported_kept_and_never_deleted()
-> Result<(), Box<dyn std::error::Error>> {
    let dir = tempfile::tempdir()?;
    let path = dir.path().join("progress.ron");
    std::fs::write(&path, "(quiz: (answered: oops")?;
    let mut h = harness(Lang::Fr, Some(path.clone()));
    let msg = h.state_mut().0.take_message().unwrap_or_default();
    assert!(msg.contains("progress.ron:1:"), "{msg}");
    assert!(msg.contains("repart de zéro"), "{msg}");
    assert!(h.state_mut().0.take_message().is_none(), "taken once");
    assert_eq!(h.state().0.progress(), &Progress::default());
    assert_eq!(std::fs::read_to_string(&path)?, "(quiz: (answered: oops");

    // The first answer copies the unreadable file aside before saving over it.
    let q = current_question(&h);
    click(&mut h, &common::choice_label(&q, q.answer, Lang::Fr));
    let copy = dir.path().join("progress.ron.unreadable");
    assert_eq!(std::fs::read_to_string(&copy)?, "(quiz: (answered: oops");
    assert_eq!(Progress::load(&path)?.map(|p| p.quiz.right), Some(1));
    let msg = h.state_mut().0.take_message().unwrap_or_default();
    assert!(msg.contains("progress.ron.unreadable"), "{msg}");
    Ok(())
}

#[test]
fn a_save_failure_is_reported_once_and_the_screen_keeps_working()
-> Result<(), Box<dyn std::error::Error>> {
    let dir = tempfile::tempdir()?;
    let blocker = dir.path().join("arbitre");
    let mut h = harness(Lang::En, Some(blocker.join("progress.ron")));
    // Then a file appears where the folder should be: the folder cannot be created.
    std::fs::write(&blocker, "not a folder")?;
    for _ in 0..2 {
        let q = current_question(&h);
        click(&mut h, &common::choice_label(&q, q.answer, Lang::En));
        click(&mut h, "Next question");
    }
    let msg = h.state_mut().0.take_message().unwrap_or_default();
    assert!(msg.contains("Progress is not saved"), "{msg}");
    assert_eq!(msg.matches("Progress is not saved").count(), 1, "{msg}");
    assert!(h.state_mut().0.take_message().is_none());
    assert_eq!(h.state().0.progress().quiz.right, 2);
    Ok(())
}

#[test]
fn training_resumes_with_the_same_deck_at_the_same_position() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let path = dir.path().join("progress.ron");
    let kit = kit();
    let mut first = Trainer::new(&kit, Some(path.clone()), SEED);
    for _ in 0..3 {
        let q = first
            .training()
            .current_question()
            .cloned()
            .unwrap_or_else(|| panic!("no question"));
        first.apply(TrainAction::Answer(q.answer));
        first.apply(TrainAction::NextQuestion);
    }
    first.apply(TrainAction::NextScenario);
    let left = first.training().position();
    assert_eq!(left.quiz.pos, 3);
    // A restart shuffles with another seed, yet the student is where they left off.
    let again = Trainer::new(&kit, Some(path.clone()), SEED + 1);
    assert_eq!(again.training().position(), left);
    // A position that does not fit the kit (edited by hand, another kit) is a fresh start.
    std::fs::write(
        dir.path().join("training-position.ron"),
        "(quiz: (order: [0, 0, 999], pos: 1, retry: false, answered: 1, right: 1), scenarios: (order: [], pos: 0, retry: false, answered: 0, right: 0))",
    )
    .unwrap_or_else(|e| panic!("{e}"));
    let fresh = Trainer::new(&kit, Some(path), SEED);
    assert_eq!(fresh.training().position().quiz.pos, 0);
    assert_eq!(
        fresh.training().position().quiz.order.len(),
        fresh.training().questions.len()
    );
}

#[test]
fn scenario_feedback_compares_the_ticks_and_says_why_the_answer_is_wrong() {
    for lang in Lang::ALL {
        let mut h = harness(lang, None);
        click(&mut h, lang.pick("Scénarios", "Scenarios"));
        let kit = h.state().1.clone();
        // The first scenario of the run whose answer is VMs: answer containers.
        for _ in 0..kit.scenarios.len() {
            if current_scenario(&h).expected == OptionId::Vms {
                break;
            }
            answer_scenario(&mut h, OptionId::Vms, None, lang);
            click(&mut h, lang.pick("Scénario suivant", "Next scenario"));
        }
        let sc = current_scenario(&h);
        assert_eq!(sc.expected, OptionId::Vms, "a VM scenario in the run");
        // Tick all but the first reference item, and one the situation does not imply.
        let (first, rest) = sc.ticks.split_first().map_or_else(
            || panic!("{}: no ticks", sc.id),
            |(f, r)| (f.clone(), r.to_vec()),
        );
        let extra = "choose.containers.fast-scaling";
        assert!(!sc.ticks.iter().any(|t| t == extra), "{}", sc.id);
        for id in rest.iter().map(String::as_str).chain([extra]) {
            toggle_tick(&mut h, id, lang);
        }
        click(&mut h, &kit.option_name(OptionId::Containers, lang));
        click(&mut h, lang.pick("Valider", "Check"));

        let item = |id: &str| {
            kit.tick(id)
                .map(|t| t.text.get(lang).to_owned())
                .unwrap_or_default()
        };
        let implied = sc.ticks.len();
        h.get_by_label(&match lang {
            Lang::Fr => format!(
                "Vous avez coché {} des {implied} éléments que la situation implique et 1 qu'elle n'implique pas.",
                implied - 1
            ),
            Lang::En => format!(
                "You ticked {} of the {implied} items the situation implies, and 1 it does not.",
                implied - 1
            ),
        });
        h.get_by_label_contains(&format!(
            "{}{}",
            lang.pick("✘ Oublié\u{a0}: «\u{a0}", "✘ Missed: “"),
            item(&first)
        ));
        h.get_by_label_contains(&format!(
            "{}{}",
            lang.pick("✘ En trop\u{a0}: «\u{a0}", "✘ Extra: “"),
            item(extra)
        ));
        // Why not containers: nothing in the situation counts for them; what counts for
        // VMs, with the table's cells on the same concern when there are any.
        let containers = kit.option_name(OptionId::Containers, lang);
        h.get_by_label(&match lang {
            Lang::Fr => format!("Pourquoi pas «\u{a0}{containers}\u{a0}»\u{a0}?"),
            Lang::En => format!("Why not “{containers}”?"),
        });
        h.get_by_label(&match lang {
            Lang::Fr => {
                format!("Rien dans la situation ne compte pour «\u{a0}{containers}\u{a0}».")
            }
            Lang::En => format!("Nothing in the situation counts for “{containers}”."),
        });
        let vms = kit.option_name(OptionId::Vms, lang);
        let counts_for_vms = match lang {
            Lang::Fr => format!("compte pour {vms}."),
            Lang::En => format!("counts for {vms}."),
        };
        let cited = h.query_all_by_label_contains(&counts_for_vms).count();
        assert_eq!(
            cited,
            sc.ticks.len(),
            "{}: each reference item cited",
            sc.id
        );
        assert!(h.state().0.progress().scenarios.missed.contains(&sc.id));
    }
}

#[test]
fn the_quiz_can_ask_one_section_at_one_level() {
    let mut h = harness(Lang::En, None);
    h.get_by_label("Section:").click();
    h.run();
    h.get_by_label("Hybrid architectures").click();
    h.run();
    h.get_by_label("Level:").click();
    h.run();
    h.get_by_label("apply").click();
    h.run();
    let t = h.state().0.training();
    assert!(!t.quiz.order.is_empty());
    for &i in &t.quiz.order {
        let q = &t.questions[i];
        assert_eq!(
            (q.section, q.level),
            (
                arbitre::kit::QuizSection::Hybrids,
                arbitre::kit::Level::Apply
            ),
            "{}",
            q.id
        );
    }
    h.get_by_label("Hybrid architectures · apply");
    // A new round keeps the choice.
    let n = t.quiz.order.len();
    h.state_mut()
        .0
        .apply(TrainAction::NewRound(arbitre::train::Section::Quiz));
    assert_eq!(h.state().0.training().quiz.order.len(), n);
}

#[test]
fn a_failing_exam_save_shows_one_line_worded_for_the_exam() -> Result<(), Box<dyn std::error::Error>>
{
    let dir = tempfile::tempdir()?;
    let mut h = harness(Lang::En, Some(dir.path().join("progress.ron")));
    click(&mut h, "Exam");
    h.get_by_label("Student's name:").click();
    h.run();
    h.get_by_label("Student's name:").type_text("Ana");
    h.run();
    click(&mut h, "Start the exam");
    h.state_mut().0.apply(TrainAction::ExamAnswer(0));
    // The exam's file becomes a folder: every write of it now fails, each time through
    // another temporary file.
    let files: Vec<PathBuf> = std::fs::read_dir(dir.path())?
        .flatten()
        .map(|e| e.path())
        .filter(|p| {
            p.file_name()
                .and_then(|n| n.to_str())
                .is_some_and(|n| n.starts_with("exam-") && n.ends_with(".ron"))
        })
        .collect();
    let [file] = files.as_slice() else {
        panic!("one exam file expected: {files:?}");
    };
    std::fs::remove_file(file)?;
    std::fs::create_dir(file)?;
    for i in 1..5 {
        h.state_mut().0.apply(TrainAction::ExamGo(i));
        h.state_mut().0.apply(TrainAction::ExamAnswer(1));
        h.run();
    }
    let line = "The exam is not being kept on disk";
    assert_eq!(h.query_all_by_label_contains(line).count(), 1, "one line");
    let said = h.state_mut().0.take_message().unwrap_or_default();
    assert!(!said.contains("Progress is not saved"), "{said}");
    assert!(
        !said.contains(".arbitre-"),
        "no red line per temporary file: {said}"
    );
    // Writable again: the line goes at the next step.
    std::fs::remove_dir(file)?;
    h.state_mut().0.apply(TrainAction::ExamGo(0));
    h.run();
    assert_eq!(h.query_all_by_label_contains(line).count(), 0);
    assert!(file.is_file());
    Ok(())
}
