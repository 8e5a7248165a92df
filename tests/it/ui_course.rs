//! The Train screen as a course uses it, through the whole app: a teacher's pack dropped on
//! the window or opened with File › Open, a bad pack refused with its line, and students
//! who each keep their own progress on a shared machine.

use crate::common;

use std::path::{Path, PathBuf};

use arbitre::i18n::Lang;
use arbitre::train::Progress;
use arbitre::ui::command::{Screen, TrainAction};
use arbitre::ui::{Command, Launch, Settings};
use egui_kittest::kittest::Queryable as _;

/// The sample pack shipped for teachers.
fn sample_pack() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("data/packs/sample-pack.ron")
}

/// A file dropped on the window, as the windowing integration hands it to egui.
#[derive(Debug)]
struct Dropped(PathBuf);

impl egui::DroppedFile for Dropped {
    fn path(&self) -> &Path {
        &self.0
    }
    fn bytes(&self) -> Result<Vec<u8>, String> {
        std::fs::read(&self.0).map_err(|e| e.to_string())
    }
}

fn app(lang: Lang, data: &Path) -> egui_kittest::Harness<'static, arbitre::ui::ArbitreApp> {
    // A tall window: the students and the packs are above every tab (on a short one, only
    // above the Progress tab's).
    common::app_harness_sized(
        Settings {
            lang,
            ..Settings::default()
        },
        Launch {
            data_dir: Some(data.to_owned()),
            ..Launch::default()
        },
        [1280.0, 900.0],
    )
}

/// The current quiz question answered right, then the next one shown.
fn answer_one(h: &mut egui_kittest::Harness<'static, arbitre::ui::ArbitreApp>) {
    let ctx = egui::Context::default();
    let Some(q) = h.state().trainer.training().current_question().cloned() else {
        panic!("no question");
    };
    h.state_mut()
        .apply(Command::Train(TrainAction::Answer(q.answer)), &ctx);
    h.state_mut()
        .apply(Command::Train(TrainAction::NextQuestion), &ctx);
    // The progress and the position are written off the frame: wait for them.
    assert!(h.state_mut().settle(std::time::Duration::from_mins(1)));
}

#[test]
fn a_pack_dropped_on_the_window_adds_its_scenarios_and_questions_and_is_kept()
-> Result<(), Box<dyn std::error::Error>> {
    let data = tempfile::tempdir()?;
    let mut h = app(Lang::En, data.path());
    let before = h.state().trainer.kit().scenarios.len();
    h.input_mut()
        .dropped_files
        .push(std::sync::Arc::new(Dropped(sample_pack())));
    h.run();
    // The pack is read off the frame.
    assert!(h.state_mut().settle(std::time::Duration::from_mins(1)));
    h.run();
    let state = h.state();
    assert_eq!(
        state.settings.screen,
        Screen::Train,
        "the Train screen shows"
    );
    assert_eq!(state.trainer.kit().scenarios.len(), before + 2);
    assert!(
        state
            .trainer
            .kit()
            .questions
            .iter()
            .any(|q| q.id == "question.pack-sample.first-step")
    );
    assert!(
        state.trainer.training().scenarios.order.len() == before + 2,
        "the pack's scenarios are in the run"
    );
    assert_eq!(state.settings.packs, [sample_pack()]);
    assert!(!state.doc.is_dirty(), "the session is left alone");
    h.get_by_label_contains("Pack “Trainer's sample pack” loaded: 2 more scenario(s)");
    h.get_by_label("Trainer's sample pack");

    // An answer moves the student on; the next start loads the pack again, at the same
    // place in the same deck.
    answer_one(&mut h);
    let position = h.state().trainer.training().position();
    let settings = h.state().settings.clone();
    let h2 = common::app_harness_with(
        settings,
        Launch {
            data_dir: Some(data.path().to_owned()),
            ..Launch::default()
        },
    );
    assert_eq!(h2.state().trainer.packs().len(), 1);
    assert_eq!(h2.state().trainer.training().position(), position);

    // Removed with its button: gone from the run and from the settings.
    h.get_by_label("Remove the pack “Trainer's sample pack”")
        .click_accesskit();
    h.run();
    assert!(h.state().trainer.packs().is_empty());
    assert_eq!(h.state().trainer.kit().scenarios.len(), before);
    assert!(h.state().settings.packs.is_empty());
    Ok(())
}

#[test]
fn file_open_loads_a_pack_and_a_bad_pack_is_refused_with_its_line()
-> Result<(), Box<dyn std::error::Error>> {
    let data = tempfile::tempdir()?;
    let mut h = app(Lang::Fr, data.path());
    // File › Open answers with the path: a pack is recognised by its content.
    h.state_mut().open_path(&sample_pack());
    assert!(h.state_mut().settle(std::time::Duration::from_mins(1)));
    h.run();
    assert_eq!(h.state().trainer.packs().len(), 1);
    h.get_by_label_contains("Pack «\u{a0}Pack d'exemple du formateur\u{a0}» chargé");

    // A pack whose scenario the engine contradicts: refused, with the file and line.
    let bad = data.path().join("bad-pack.ron");
    let source = std::fs::read_to_string(sample_pack())?
        .replace("expected: containers", "expected: vms")
        .replace("sample-pack\"", "bad-pack\"")
        .replace(".pack-sample.", ".pack-bad.");
    std::fs::write(&bad, source)?;
    h.state_mut()
        .apply(Command::Open(bad.clone()), &egui::Context::default());
    assert!(h.state_mut().settle(std::time::Duration::from_mins(1)));
    h.run();
    assert_eq!(h.state().trainer.packs().len(), 1, "nothing more loaded");
    let shown = h
        .state()
        .messages
        .iter()
        .map(|m| m.text(Lang::Fr))
        .collect::<Vec<_>>()
        .join("\n");
    assert!(
        shown.contains(&format!("{}:", bad.display()))
            // The finding in the window's language (it was English before the findings were
            // typed and worded by the catalog).
            && shown.contains("le moteur de décision donne containers"),
        "{shown}"
    );
    Ok(())
}

#[test]
fn each_student_keeps_their_own_progress() -> Result<(), Box<dyn std::error::Error>> {
    let data = tempfile::tempdir()?;
    let mut h = app(Lang::En, data.path());
    h.state_mut()
        .apply(Command::Go(Screen::Train), &egui::Context::default());
    h.run();
    // A new student, typed and added.
    h.get_by_label("A new student's name:").click();
    h.run();
    h.get_by_label("A new student's name:")
        .type_text("Zoé | ../Martin");
    h.run();
    h.get_by_label("Add").click_accesskit();
    h.run();
    assert!(h.state_mut().settle(std::time::Duration::from_mins(1)));
    assert_eq!(h.state().trainer.student(), Some("Zoé | ../Martin"));
    assert_eq!(
        h.state().settings.student.as_deref(),
        Some("Zoé | ../Martin")
    );

    // An answer is saved in the student's own folder, with the name in it.
    let Some(q) = h.state().trainer.training().current_question().cloned() else {
        panic!("no question");
    };
    h.state_mut().apply(
        Command::Train(TrainAction::Answer(q.answer)),
        &egui::Context::default(),
    );
    assert!(h.state_mut().settle(std::time::Duration::from_mins(1)));
    let file = data.path().join("students/zoé-martin/progress.ron");
    let saved = Progress::load(&file)?.unwrap_or_default();
    assert_eq!(saved.quiz.answered, 1);
    assert_eq!(saved.student.as_deref(), Some("Zoé | ../Martin"));
    assert!(
        !data.path().join("progress.ron").exists(),
        "not the shared file"
    );

    // The same name typed differently is the same student (one folder, one entry).
    h.get_by_label("A new student's name:").click();
    h.run();
    h.get_by_label("A new student's name:")
        .type_text("zoé ../ martin");
    h.run();
    h.get_by_label("Add").click_accesskit();
    h.run();
    assert!(h.state_mut().settle(std::time::Duration::from_mins(1)));
    assert_eq!(h.state().trainer.student(), Some("Zoé | ../Martin"));
    assert_eq!(h.state().trainer.progress().quiz.answered, 1);

    // Back to the shared progress: nothing of hers; the picker lists her.
    h.state_mut().apply(
        Command::Train(TrainAction::SwitchStudent(None)),
        &egui::Context::default(),
    );
    assert!(h.state_mut().settle(std::time::Duration::from_mins(1)));
    h.run();
    assert_eq!(h.state().trainer.progress().quiz.answered, 0);
    assert_eq!(h.state().trainer.students(), ["Zoé | ../Martin"]);

    // A later start as her finds her progress.
    let settings = Settings {
        student: Some("Zoé | ../Martin".into()),
        ..Settings::default()
    };
    let h2 = common::app_harness_with(
        settings,
        Launch {
            data_dir: Some(data.path().to_owned()),
            ..Launch::default()
        },
    );
    assert_eq!(h2.state().trainer.progress().quiz.answered, 1);
    assert_eq!(h2.state().trainer.students(), ["Zoé | ../Martin"]);
    Ok(())
}

mod exam {
    //! The exam tab: the form, questions with no feedback, handing in, the results.

    use super::*;

    use arbitre::train::{bank, exam};
    use egui_kittest::Harness;

    type State = crate::ui_train::State;

    fn click(h: &mut Harness<'_, State>, label: &str) {
        h.get_by_label(label).click_accesskit();
        h.run();
    }

    fn type_into(h: &mut Harness<'_, State>, label: &str, text: &str) {
        h.get_by_label(label).click();
        h.run();
        h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
        h.run();
        h.get_by_label(label).type_text(text);
        h.run();
    }

    /// Waits for the effect runner (the exam file, the results, written off the frame) and
    /// takes its answers.
    fn settle(h: &mut egui_kittest::Harness<'static, arbitre::ui::ArbitreApp>) {
        assert!(h.state_mut().settle(std::time::Duration::from_mins(1)));
    }

    #[test]
    fn an_exam_runs_without_feedback_and_ends_with_scores_and_saved_results()
    -> Result<(), Box<dyn std::error::Error>> {
        let data = tempfile::tempdir()?;
        let mut h = crate::ui_train::harness(Lang::En, Some(data.path().join("progress.ron")));
        click(&mut h, "Exam");
        h.get_by_label("Enter the student's name first.");
        type_into(&mut h, "Student's name:", "Ana Lima");
        type_into(&mut h, "Seed:", "42");
        // Only two sections, three questions.
        for section in ["Comparison table", "When to prefer a VM", "Scenarios"] {
            h.get_by_role_and_label(egui::accesskit::Role::CheckBox, section)
                .click_accesskit();
            h.run();
        }
        let spec = exam::ExamSpec {
            seed: 42,
            sections: vec![
                arbitre::kit::QuizSection::Hybrids,
                arbitre::kit::QuizSection::Summary,
            ],
            count: 20,
            time_limit_minutes: None,
        };
        click(&mut h, "Start the exam");
        let Some(sitting) = h.state().0.exam_sitting().cloned() else {
            panic!("the exam did not start");
        };
        // The same exam as `arbitre exam --seed 42 --sections hybrids,summary`.
        let expected = exam::build(&bank::questions(&h.state().1, &[]), &spec);
        assert_eq!(sitting.questions, expected);
        // No code typed: the practice exam, said so.
        h.get_by_label("Ana Lima's exam · seed 42 · practice exam");
        // While it runs, the other tabs (and their feedback) wait.
        h.state_mut()
            .0
            .apply(TrainAction::Show(arbitre::ui::command::Tab::Quiz));
        assert_eq!(h.state().0.tab(), arbitre::ui::command::Tab::Exam);

        // Answer the first question wrong, the second right: no feedback either way.
        let q0 = &sitting.questions[0];
        click(
            &mut h,
            &crate::common::choice_label(q0, crate::common::wrong_choice(q0), Lang::En),
        );
        assert!(h.query_by_label_contains("Incorrect").is_none());
        assert!(h.query_by_label_contains("Correct!").is_none());
        click(&mut h, "Next question");
        let q1 = &sitting.questions[1];
        click(
            &mut h,
            &crate::common::choice_label(q1, q1.answer, Lang::En),
        );
        h.get_by_label(&format!("Answered: 2 / {}", sitting.questions.len()));
        // Back to the first: the choice can still change; then hand in, confirmed.
        click(&mut h, "Previous question");
        click(&mut h, "Hand in");
        let unanswered = sitting.questions.len() - 2;
        h.get_by_label_contains(&format!("{unanswered} questions are unanswered"));
        click(&mut h, "Hand in anyway");
        assert!(h.state().0.exam_done());

        h.get_by_label("Exam results");
        let done = h
            .state()
            .0
            .exam_sitting()
            .cloned()
            .unwrap_or_else(|| panic!("no sitting"));
        for (section, right, asked) in done.scores() {
            h.get_by_label(bank::section_name(section, Lang::En));
            assert!(right <= asked);
        }
        assert_eq!(done.total(), (1, u32::try_from(sitting.questions.len())?));
        // Saved as CSV and Markdown in the data folder, to hand in.
        let results: Vec<PathBuf> = std::fs::read_dir(data.path().join("results"))?
            .flatten()
            .map(|e| e.path())
            .collect();
        assert_eq!(results.len(), 2, "{results:?}");
        let csv = results
            .iter()
            .find(|p| p.extension().is_some_and(|e| e == "csv"))
            .unwrap_or_else(|| panic!("no csv"));
        assert_eq!(std::fs::read_to_string(csv)?, done.csv(Lang::En));
        h.get_by_label_contains(
            "Results saved in the data folder (results): 2026-11-28-ana-lima-seed42.csv",
        );
        // The review gives the explanation of the question answered wrong.
        let yours = format!(
            "Your answer: {}",
            crate::common::choice_label(q0, crate::common::wrong_choice(q0), Lang::En)
        );
        assert!(h.query_all_by_label(&yours).count() >= 1, "{yours}");
        assert_eq!(
            h.query_all_by_label("Your answer: no answer").count(),
            unanswered
        );

        click(&mut h, "New exam");
        h.get_by_label("Start the exam");
        // The form is the current student's (none here), not the last candidate's.
        h.get_by_label("Enter the student's name first.");
        Ok(())
    }

    #[test]
    fn a_timed_exam_is_handed_in_when_the_time_is_up() {
        let mut h = crate::ui_train::harness(Lang::Fr, None);
        click(&mut h, "Examen");
        type_into(&mut h, "Nom de l'élève\u{a0}:", "Bo");
        h.get_by_role_and_label(egui::accesskit::Role::CheckBox, "Temps limité")
            .click_accesskit();
        h.run();
        click(&mut h, "Commencer l'examen");
        h.get_by_label_contains("Temps restant\u{a0}: 2");
        h.state_mut().0.apply(TrainAction::ExamTimeUp);
        h.run();
        assert!(h.state().0.exam_done());
        h.get_by_label("Le temps est écoulé\u{a0}: la copie a été rendue telle quelle.");
        assert!(h.state().0.exam_sitting().is_some_and(|s| s.timed_out));
        // No data folder here: the window says how to save them.
        h.get_by_label_contains("Pas de dossier de données");
    }

    #[test]
    fn an_exam_under_way_survives_a_closed_window() -> Result<(), Box<dyn std::error::Error>> {
        let data = tempfile::tempdir()?;
        let mut h = exam_started(data.path());
        let ctx = egui::Context::default();
        h.state_mut()
            .apply(Command::Train(TrainAction::ExamAnswer(2)), &ctx);
        h.state_mut()
            .apply(Command::Train(TrainAction::ExamGo(1)), &ctx);
        settle(&mut h);
        let before = h
            .state()
            .trainer
            .exam_sitting()
            .cloned()
            .unwrap_or_else(|| panic!("no exam"));
        assert_eq!(exam_files(data.path()).len(), 1, "kept on disk");
        drop(h);

        // The window opens again on the exam, answers kept.
        let mut h = super::app(Lang::En, data.path());
        let after = h
            .state()
            .trainer
            .exam_sitting()
            .cloned()
            .unwrap_or_else(|| panic!("the exam was lost"));
        assert_eq!(after, before);
        assert_eq!(after.answers[0], Some(2));
        assert!(!h.state().trainer.exam_done());
        // Handed in: the file goes.
        h.state_mut()
            .apply(Command::Train(TrainAction::ConfirmFinishExam), &ctx);
        settle(&mut h);
        assert!(h.state().trainer.exam_done());
        assert!(exam_files(data.path()).is_empty());
        Ok(())
    }

    /// The app on a data folder, an exam started on the Train screen as a user starts it:
    /// the Exam tab, the name typed, "Start the exam".
    fn exam_started(data: &Path) -> egui_kittest::Harness<'static, arbitre::ui::ArbitreApp> {
        let mut h = super::app(Lang::En, data);
        h.state_mut()
            .apply(Command::Go(Screen::Train), &egui::Context::default());
        h.run();
        h.get_by_label("Exam").click_accesskit();
        h.run();
        h.get_by_label("Student's name:").click();
        h.run();
        h.get_by_label("Student's name:").type_text("Ana");
        h.run();
        h.get_by_label("Start the exam").click_accesskit();
        h.run();
        settle(&mut h);
        h
    }

    /// The app on a data folder, as a student.
    fn app_as(
        lang: Lang,
        student: &str,
        data: &Path,
    ) -> egui_kittest::Harness<'static, arbitre::ui::ArbitreApp> {
        let settings = Settings {
            lang,
            student: Some(student.to_owned()),
            ..Settings::default()
        };
        let launch = Launch {
            data_dir: Some(data.to_owned()),
            ..Launch::default()
        };
        common::app_harness_with(settings, launch)
    }

    /// The exam files a data folder holds (in progress, one per window), by name.
    fn exam_files(data: &Path) -> Vec<PathBuf> {
        let mut files: Vec<PathBuf> = std::fs::read_dir(data)
            .map(|d| d.flatten().map(|e| e.path()).collect())
            .unwrap_or_default();
        files.retain(|p| {
            p.file_name().and_then(|n| n.to_str()).is_some_and(|n| {
                n.starts_with("exam-") && n.ends_with(".ron") && !n.contains(".corrupt-")
            })
        });
        files.sort();
        files
    }

    fn builtin() -> arbitre::kit::CheckedKit {
        arbitre::kit::CheckedKit::builtin().unwrap_or_else(|e| panic!("built-in kit: {e}"))
    }

    #[test]
    fn two_windows_on_one_data_folder_keep_their_own_exams_after_a_restart() {
        let data = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let kit = builtin();
        let window = |student: &str| {
            arbitre::ui::train::Trainer::in_data_dir(
                &kit,
                Some(data.path().to_owned()),
                Some(student.to_owned()),
                7,
            )
        };
        let (mut a, mut b) = (window("Ana"), window("Bo"));
        a.apply(TrainAction::StartExam);
        b.apply(TrainAction::StartExam);
        // Each answers in turn, as two students at two windows would.
        a.apply(TrainAction::ExamAnswer(0));
        b.apply(TrainAction::ExamAnswer(1));
        a.apply(TrainAction::ExamGo(1));
        a.apply(TrainAction::ExamAnswer(2));
        b.apply(TrainAction::ExamGo(3));
        b.apply(TrainAction::ExamAnswer(2));
        let sittings = |x: &arbitre::ui::train::Trainer| {
            x.exam_sitting()
                .cloned()
                .unwrap_or_else(|| panic!("no exam under way"))
        };
        let mut before = vec![sittings(&a), sittings(&b)];
        assert_eq!(exam_files(data.path()).len(), 2, "one file per window");
        drop((a, b));

        // Both windows open again at once: each takes one exam, neither loses an answer.
        let (a, b) = (window("Ana"), window("Bo"));
        let mut after = vec![sittings(&a), sittings(&b)];
        before.sort_by(|x, y| x.student.cmp(&y.student));
        after.sort_by(|x, y| x.student.cmp(&y.student));
        assert_eq!(after, before);
        assert_eq!(after[0].answers[..2], [Some(0), Some(2)]);
        assert_eq!(after[1].answers[0], Some(1));
        assert_eq!(after[1].answers[3], Some(2));
        // A third window finds no exam to take: both are held.
        assert!(window("Cy").exam_sitting().is_none());
    }

    #[test]
    fn handing_in_when_the_results_cannot_be_written_keeps_the_exam_and_closing_asks()
    -> Result<(), Box<dyn std::error::Error>> {
        let data = tempfile::tempdir()?;
        // A file where the results folder should be: nothing can be written there.
        std::fs::write(data.path().join("results"), "not a folder")?;
        let mut h = exam_started(data.path());
        let ctx = egui::Context::default();
        h.state_mut()
            .apply(Command::Train(TrainAction::ExamAnswer(1)), &ctx);
        settle(&mut h);
        assert!(h.state().can_close(), "the exam is kept on disk");
        h.state_mut()
            .apply(Command::Train(TrainAction::ConfirmFinishExam), &ctx);
        settle(&mut h);
        h.run();
        assert!(h.state().trainer.exam_done());
        h.get_by_label_contains("The results could not be saved:");
        let kept = exam_files(data.path());
        assert_eq!(kept.len(), 1, "the exam stays on disk: {kept:?}");
        assert!(
            std::fs::read_to_string(&kept[0])?.contains("Ana"),
            "with its answers"
        );
        // Closing now would lose the results: the window asks.
        assert!(!h.state().can_close());
        h.state_mut().trainer.ask_before_close();
        h.run();
        h.get_by_label_contains("The results of this exam are not written anywhere");
        h.get_by_label("Cancel").click_accesskit();
        h.run();
        assert!(!h.state().can_close(), "cancelled: still asks");

        // Saved elsewhere: the exam file goes and the window closes freely.
        let elsewhere = tempfile::tempdir()?;
        h.state_mut().save_exam_results(elsewhere.path());
        settle(&mut h);
        h.run();
        assert_eq!(std::fs::read_dir(elsewhere.path())?.count(), 2);
        assert!(exam_files(data.path()).is_empty());
        assert!(h.state().can_close());
        Ok(())
    }

    #[test]
    fn results_not_written_are_written_at_the_next_start() -> Result<(), Box<dyn std::error::Error>>
    {
        let data = tempfile::tempdir()?;
        let blocker = data.path().join("results");
        std::fs::write(&blocker, "not a folder")?;
        let kit = builtin();
        let window = || {
            arbitre::ui::train::Trainer::in_data_dir(
                &kit,
                Some(data.path().to_owned()),
                Some("Ana".into()),
                7,
            )
        };
        let mut t = window();
        t.apply(TrainAction::StartExam);
        t.apply(TrainAction::ExamAnswer(1));
        t.apply(TrainAction::ExamTimeUp);
        assert!(t.exam_done() && !t.can_close());
        let handed_in = t.exam_sitting().cloned();
        drop(t);
        std::fs::remove_file(&blocker)?;
        // The next window hands it in again: the results are written, the exam file goes.
        let t = window();
        assert!(t.exam_done());
        assert_eq!(t.exam_sitting().cloned(), handed_in);
        assert!(t.exam_sitting().is_some_and(|s| s.timed_out));
        assert_eq!(std::fs::read_dir(&blocker)?.count(), 2);
        assert!(exam_files(data.path()).is_empty());
        assert!(t.can_close());
        Ok(())
    }

    #[test]
    fn closing_without_the_results_is_a_choice() -> Result<(), Box<dyn std::error::Error>> {
        let data = tempfile::tempdir()?;
        std::fs::write(data.path().join("results"), "not a folder")?;
        let ctx = egui::Context::default();
        let mut h = app_as(Lang::Fr, "Ana", data.path());
        h.state_mut()
            .apply(Command::Train(TrainAction::StartExam), &ctx);
        h.state_mut()
            .apply(Command::Train(TrainAction::ConfirmFinishExam), &ctx);
        settle(&mut h);
        h.state_mut().trainer.ask_before_close();
        h.state_mut().apply(Command::Go(Screen::Train), &ctx);
        h.run();
        h.get_by_label("Fermer sans les résultats")
            .click_accesskit();
        h.run();
        assert!(h.state().can_close(), "closing was chosen");
        assert_eq!(exam_files(data.path()).len(), 1, "the exam file stays");
        Ok(())
    }

    #[test]
    fn an_unreadable_exam_file_is_set_aside_and_said() -> Result<(), Box<dyn std::error::Error>> {
        let data = tempfile::tempdir()?;
        let file = data.path().join("exam-in-progress.ron");
        std::fs::write(&file, "(sitting: (student: \"Ana\", answers: [Some(")?;
        let kit = builtin();
        let mut t = arbitre::ui::train::Trainer::in_data_dir(
            &kit,
            Some(data.path().to_owned()),
            Some("Bo".into()),
            7,
        );
        assert!(t.exam_sitting().is_none());
        let said = t.take_message().unwrap_or_default();
        assert!(said.contains("exam-in-progress.ron:1:"), "{said}");
        let aside: Vec<PathBuf> = std::fs::read_dir(data.path())?
            .flatten()
            .map(|e| e.path())
            .filter(|p| p.to_string_lossy().contains("exam-in-progress.corrupt-"))
            .collect();
        assert_eq!(aside.len(), 1, "{aside:?}");
        assert!(said.contains(&aside[0].display().to_string()), "{said}");
        assert!(!file.exists());
        // The next exam writes its own file and never touches the one set aside.
        t.apply(TrainAction::StartExam);
        t.apply(TrainAction::ExamAnswer(0));
        assert_eq!(
            std::fs::read_to_string(&aside[0])?,
            "(sitting: (student: \"Ana\", answers: [Some("
        );
        Ok(())
    }

    #[test]
    fn planted_links_out_of_the_data_folder_are_refused_and_nothing_is_written_outside()
    -> Result<(), Box<dyn std::error::Error>> {
        let data = tempfile::tempdir()?;
        let outside = tempfile::tempdir()?;
        std::fs::create_dir_all(data.path().join("students"))?;
        std::os::unix::fs::symlink(outside.path(), data.path().join("students/eve"))?;
        std::os::unix::fs::symlink(outside.path(), data.path().join("results"))?;
        let mut h = app_as(Lang::Fr, "Eve", data.path());
        let ctx = egui::Context::default();
        h.state_mut().apply(Command::Go(Screen::Train), &ctx);
        super::answer_one(&mut h);
        settle(&mut h);
        h.run();
        // Said in the window, in French.
        h.get_by_label_contains("hors du dossier de données");
        // An exam handed in: its results are refused too.
        h.state_mut()
            .apply(Command::Train(TrainAction::StartExam), &ctx);
        h.state_mut()
            .apply(Command::Train(TrainAction::ConfirmFinishExam), &ctx);
        h.state_mut().apply(
            Command::Train(TrainAction::Show(arbitre::ui::command::Tab::Exam)),
            &ctx,
        );
        settle(&mut h);
        h.run();
        assert!(h.state().trainer.exam_done());
        h.get_by_label_contains("Les résultats n'ont pas pu être enregistrés");
        assert_eq!(
            std::fs::read_dir(outside.path())?.count(),
            0,
            "nothing written outside the data folder"
        );
        Ok(())
    }
}
