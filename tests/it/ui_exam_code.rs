//! The exam code on the exam tab, as a student uses it: the code the teacher hands out typed
//! and Enter; the exam is the one `arbitre exam --code` prints, not the one the command line
//! prints without the code; the exam file on disk holds no answer key.

use std::path::PathBuf;

use arbitre::i18n::Lang;
use arbitre::train::{bank, exam};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;

use crate::binary::{run, stderr, stdout};

type State = crate::ui_train::State;

fn type_into(h: &mut Harness<'_, State>, label: &str, text: &str) {
    h.get_by_label(label).click();
    h.run();
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    h.run();
    h.get_by_label(label).type_text(text);
    h.run();
}

/// `arbitre exam --seed 42 --json [--code CODE]`: each question's id and choices.
fn cli_exam(code: Option<&str>) -> Vec<(String, Vec<String>)> {
    let mut args = vec!["exam", "--seed", "42", "--json", "--lang", "en"];
    if let Some(code) = code {
        args.extend(["--code", code]);
    }
    let out = run(&args);
    assert!(out.status.success(), "{}", stderr(&out));
    let v: serde_json::Value =
        serde_json::from_str(&stdout(&out)).unwrap_or_else(|e| panic!("{e}"));
    v["questions"]
        .as_array()
        .cloned()
        .unwrap_or_default()
        .iter()
        .map(|q| {
            let choices = q["choices"].as_array().cloned().unwrap_or_default();
            (
                q["id"].as_str().unwrap_or_default().to_owned(),
                choices
                    .iter()
                    .map(|c| c.as_str().unwrap_or_default().to_owned())
                    .collect(),
            )
        })
        .collect()
}

/// The whole app, in English, on a data folder (an exam under way there is taken up).
fn app_on(data: &std::path::Path) -> Harness<'static, arbitre::ui::ArbitreApp> {
    crate::common::app_harness_with(
        arbitre::ui::Settings {
            lang: Lang::En,
            ..Default::default()
        },
        arbitre::ui::Launch {
            data_dir: Some(data.to_owned()),
            ..Default::default()
        },
    )
}

#[test]
fn the_code_typed_and_enter_start_the_class_exam_which_the_cli_prints_only_with_the_code()
-> Result<(), Box<dyn std::error::Error>> {
    let data = tempfile::tempdir()?;
    let mut h = crate::ui_train::harness(Lang::En, Some(data.path().join("progress.ron")));
    h.get_by_label("Exam").click_accesskit();
    h.run();
    type_into(&mut h, "Student's name:", "Ana");
    type_into(&mut h, "Seed:", "42");
    // No code: the practice exam, said so.
    h.get_by_label_contains("No code: this is the practice exam of this seed");
    type_into(&mut h, "Exam code:", "k7qm-2xpd");
    h.get_by_label("With this code you sit the exam your teacher set.");
    // Enter in the code field starts the exam.
    h.key_press(egui::Key::Enter);
    h.run();
    h.run();
    let Some(sitting) = h.state().0.exam_sitting().cloned() else {
        panic!("Enter in the code did not start the exam");
    };
    assert!(!sitting.practice);
    h.get_by_label("Ana's exam · seed 42");
    assert!(h.query_by_label_contains("practice exam").is_none());

    let app: Vec<(String, Vec<String>)> = sitting
        .questions
        .iter()
        .map(|q| {
            (
                q.id.clone(),
                q.choices.iter().map(|c| c.en.clone()).collect(),
            )
        })
        .collect();
    // The command line with the code: the same questions, the choices in the same order.
    assert_eq!(cli_exam(Some("K7QM 2XPD")), app);
    // The teacher's key names the exam's check, which the student's results give.
    let key = data.path().join("key.md");
    let out = run(&[
        "exam",
        "--seed",
        "42",
        "--code",
        "K7QM-2XPD",
        "--key",
        key.to_str().unwrap_or_default(),
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    let check = sitting.check.clone().ok_or("no check")?;
    assert!(std::fs::read_to_string(&key)?.contains(&format!("\nExam check: {check}\n")));
    // Without the code: another exam, so no key to this one.
    let practice = cli_exam(None);
    assert_ne!(practice, app);
    assert_ne!(
        practice.iter().map(|q| &q.0).collect::<Vec<_>>(),
        app.iter().map(|q| &q.0).collect::<Vec<_>>()
    );
    let kit = &h.state().1;
    let spec = exam::ExamSpec {
        seed: 42,
        sections: Vec::new(),
        count: 20,
        time_limit_minutes: None,
    };
    assert_eq!(
        sitting.questions,
        exam::build_with(
            &bank::questions(kit, &[]),
            &spec,
            &exam::ExamCode::new("K7QM2XPD")
        )
    );

    // Answered once: the exam file holds the questions' ids, their order and the answers,
    // never the key nor the explanations.
    h.get_by_label(&crate::common::choice_label(
        &sitting.questions[0],
        0,
        Lang::En,
    ))
    .click_accesskit();
    h.run();
    let files: Vec<PathBuf> = std::fs::read_dir(data.path())?
        .flatten()
        .map(|e| e.path())
        .filter(|p| {
            p.file_name()
                .and_then(|n| n.to_str())
                .is_some_and(|n| n.starts_with("exam-") && n.ends_with(".ron"))
        })
        .collect();
    assert_eq!(files.len(), 1, "{files:?}");
    let text = std::fs::read_to_string(&files[0])?;
    assert!(text.contains("answers: [\n        Some(0),"), "{text}");
    for word in ["answer:", "explain", "why_wrong", "choices", "K7QM"] {
        assert!(!text.contains(word), "{word} in the exam file:\n{text}");
    }
    Ok(())
}

#[test]
fn an_exam_file_edited_to_gain_time_is_said_handed_in_and_recorded()
-> Result<(), Box<dyn std::error::Error>> {
    let data = tempfile::tempdir()?;
    let progress = data.path().join("progress.ron");
    let mut h = crate::ui_train::harness(Lang::En, Some(progress.clone()));
    h.get_by_label("Exam").click_accesskit();
    h.run();
    type_into(&mut h, "Student's name:", "Ana");
    h.get_by_role_and_label(egui::accesskit::Role::CheckBox, "Time limit")
        .click_accesskit();
    h.run();
    h.get_by_label("Start the exam").click_accesskit();
    h.run();
    let Some(sitting) = h.state().0.exam_sitting().cloned() else {
        panic!("the exam did not start");
    };
    h.get_by_label(&crate::common::choice_label(
        &sitting.questions[0],
        1,
        Lang::En,
    ))
    .click_accesskit();
    h.run();
    drop(h);
    let file = std::fs::read_dir(data.path())?
        .flatten()
        .map(|e| e.path())
        .find(|p| {
            p.file_name()
                .and_then(|n| n.to_str())
                .is_some_and(|n| n.starts_with("exam-") && n.ends_with(".ron"))
        })
        .ok_or("no exam file")?;
    // The start moved a day on, by hand: thirty more minutes, if it were believed.
    let text = std::fs::read_to_string(&file)?;
    let start = format!("started_unix: {}", sitting.started_unix);
    assert!(text.contains(&start), "{text}");
    std::fs::write(
        &file,
        text.replace(
            &start,
            &format!("started_unix: {}", sitting.started_unix + 86_400),
        ),
    )?;

    // The window opens again: the edit is said, the exam handed in with no time left.
    let mut h = app_on(data.path());
    assert!(h.state_mut().settle(std::time::Duration::from_mins(1)));
    assert!(h.state().trainer.exam_done());
    let done = h
        .state()
        .trainer
        .exam_sitting()
        .cloned()
        .ok_or("no sitting")?;
    assert!(done.edited && done.timed_out);
    assert_eq!(done.answers[0], Some(1), "the answers are kept");
    h.state_mut().apply(
        arbitre::ui::Command::Go(arbitre::ui::command::Screen::Train),
        &egui::Context::default(),
    );
    h.run();
    h.get_by_label_contains("The exam file was edited by hand during the exam");
    let md = std::fs::read_dir(data.path().join("results"))?
        .flatten()
        .map(|e| e.path())
        .find(|p| p.extension().is_some_and(|e| e == "md"))
        .ok_or("no results")?;
    let md = std::fs::read_to_string(md)?;
    // The results, in the window's language, say it and count the whole limit.
    let lang = if md.starts_with("# Results") {
        Lang::En
    } else {
        Lang::Fr
    };
    let c = &lang.words().exam_code;
    assert!(md.contains(c.file_edited), "{md}");
    let taken = format!("{} {}", lang.colon(c.time_taken), (c.duration)(30, 0));
    assert!(md.contains(&taken), "at most the limit: {md}");
    let start = arbitre::train::exam::results::utc_time(sitting.started_unix + 86_400);
    assert!(
        md.contains(&start),
        "the start the file gave, said edited: {md}"
    );
    Ok(())
}

#[test]
fn an_exam_whose_question_left_the_bank_is_said_and_its_file_kept()
-> Result<(), Box<dyn std::error::Error>> {
    use arbitre::train::exam::in_progress::{ExamFile, InProgress};
    let data = tempfile::tempdir()?;
    let kit = arbitre::kit::CheckedKit::builtin()?;
    let spec = exam::ExamSpec {
        seed: 3,
        sections: Vec::new(),
        count: 4,
        time_limit_minutes: None,
    };
    let Some(sitting) = exam::Sitting::start(
        &bank::questions(&kit, &[]),
        spec,
        &exam::ExamCode::new("PACK"),
        "Ana",
        "2026-12-04",
        exam::unix_now(),
    ) else {
        panic!("no exam");
    };
    // Set from a pack's question that is not loaded any more.
    let mut state = InProgress::of(&sitting, 0, false);
    state.asked[1].id = "pack.mine.q1".into();
    let file = ExamFile::claim(data.path())?;
    file.write(&state)?;
    let path = file.file().to_owned();
    drop(file);
    let before = std::fs::read(&path)?;

    let mut h = app_on(data.path());
    h.state_mut().apply(
        arbitre::ui::Command::Go(arbitre::ui::command::Screen::Train),
        &egui::Context::default(),
    );
    h.run();
    h.get_by_label_contains(
        "An exam under way could not be taken up again: question `pack.mine.q1`",
    );
    assert!(h.state().trainer.exam_sitting().is_none());
    assert_eq!(std::fs::read(&path)?, before, "nothing lost");
    Ok(())
}
