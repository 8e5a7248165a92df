//! The Train screen's messages and [`update`]: what the student did ([`TrainMsg::Do`]) and
//! what the effect runner answered, applied to the [`Trainer`] as data; every file operation
//! comes out as a [`TrainEffect`], never done here.

use arbitre_core::files::WriteError;
use arbitre_core::kit::{CheckedKit, OptionId};
use arbitre_train::keeping::{KeepNotice, SaveOutcome};
use arbitre_train::{self as train, ScenarioAnswer, Section};

use super::jobs::{StudentRead, TrainEffect};
use super::{Choice, Notice, Trainer, exam};
use crate::command::{Tab, TrainAction as Action};

/// What can happen to the Train screen: the student's actions, and the runner's answers.
#[derive(Debug)]
pub enum TrainMsg {
    /// The student did something.
    Do(Action),
    /// Runner: a save of the progress is done.
    Saved(Box<SaveOutcome>),
    /// Runner: the position was kept, or not.
    PositionKept(Result<(), WriteError>),
    /// Runner: the exam was kept in this window's file (whether a file is held), or not.
    ExamKept(Result<bool, WriteError>),
    /// Runner: the exam's results were written (the CSV and Markdown files), or not; and
    /// whether an exam file is still held.
    HandedIn {
        /// The results' files, or why not.
        written: Result<(std::path::PathBuf, std::path::PathBuf), WriteError>,
        /// Whether the exam file is still held, or why it could not be kept.
        kept: Result<bool, WriteError>,
    },
    /// Runner: a teacher's pack read and checked, or why not.
    PackLoaded(Result<Box<arbitre_train::pack::CheckedPack>, arbitre_core::kit::LoadError>),
    /// Runner: a student's files, read after a switch.
    StudentRead {
        /// Their progress file (a reply for another student is dropped).
        path: std::path::PathBuf,
        /// What was read.
        read: Box<StudentRead>,
    },
}

/// Changes the Train screen for `msg`; returns the file operations it asks for. Pure: no file
/// is touched (the position is kept when it moved).
pub(crate) fn update(trainer: &mut Trainer, msg: TrainMsg) -> Vec<TrainEffect> {
    let mut effects = Vec::new();
    match msg {
        TrainMsg::Do(action) => {
            let before = trainer.training.position();
            let kit = std::sync::Arc::clone(&trainer.kit);
            let exam_action = matches!(
                action,
                Action::StartExam | Action::ExamAnswer(_) | Action::ExamGo(_)
            );
            trainer.act(action, &kit, &mut effects);
            if exam_action {
                trainer.keep_exam(&mut effects);
            }
            trainer.keep_position(&before, &mut effects);
        }
        TrainMsg::Saved(outcome) => {
            let (said, next) = trainer
                .keeper
                .saved(*outcome, &mut trainer.training.progress);
            trainer.notices.extend(said.into_iter().map(|n| match n {
                KeepNotice::KeptAs(copy) => Notice::KeptAs(copy),
                KeepNotice::SavingOff(e, path) => Notice::SavingOff(e, path),
                KeepNotice::NotSaved(e) => Notice::NotSaved(e),
            }));
            effects.extend(next.map(|job| TrainEffect::SaveProgress(Box::new(job))));
        }
        TrainMsg::PositionKept(written) => trainer.position_kept(written),
        TrainMsg::ExamKept(kept) => trainer.exam_kept(kept),
        TrainMsg::HandedIn { written, kept } => trainer.handed_in(written, kept),
        TrainMsg::PackLoaded(Ok(pack)) => {
            trainer.packs.retain(|p| p.pack != pack.pack);
            trainer.packs.push(*pack);
            trainer.packs_changed(false);
        }
        // Said by the window, which asked.
        TrainMsg::PackLoaded(Err(_)) => {}
        TrainMsg::StudentRead { path, read } => {
            if trainer.progress_file.as_deref() == Some(path.as_path()) {
                trainer.student_read(*read, &mut effects);
            }
        }
    }
    effects
}

impl Trainer {
    /// A student's files, read after a switch: the training starts from them, with what was
    /// answered meanwhile added (and saved).
    fn student_read(&mut self, read: StudentRead, effects: &mut Vec<TrainEffect>) {
        let meanwhile = std::mem::take(&mut self.training.progress);
        self.reload_from(read);
        let start = arbitre_train::Progress {
            student: meanwhile.student.clone(),
            ..arbitre_train::Progress::default()
        };
        if meanwhile != start {
            self.training.progress =
                arbitre_train::Progress::merged(&self.training.progress, &start, &meanwhile);
            self.save(effects);
        }
        self.training.progress.student.clone_from(&self.student);
    }

    /// Applies one action of the student.
    fn act(&mut self, action: Action, kit: &CheckedKit, effects: &mut Vec<TrainEffect>) {
        match action {
            // While an exam runs, the other tabs (with their feedback) wait for it.
            Action::Show(tab) if self.exam_running() && tab != Tab::Exam => {}
            Action::SwitchStudent(_) | Action::AddStudent | Action::QuizOf(..)
                if self.exam_running() => {}
            // The clock is checked on every step of the exam, whatever the screen showed.
            Action::ExamAnswer(_) | Action::ExamGo(_) if self.exam.time_up() => {
                self.finish_exam(true, effects);
            }
            Action::Show(tab) => {
                self.tab = tab;
                self.confirm_reset = false;
            }
            Action::SwitchStudent(student) => self.switch_student_with(student, effects),
            Action::AddStudent => self.add_student(effects),
            Action::StartExam
            | Action::ExamAnswer(_)
            | Action::ExamGo(_)
            | Action::FinishExam
            | Action::ConfirmFinishExam
            | Action::ExamTimeUp
            | Action::CancelFinishExam
            | Action::NewExam
            | Action::CloseAnyway
            | Action::CancelClose => self.exam_act(&action, kit, effects),
            Action::Answer(_)
            | Action::NextQuestion
            | Action::QuizOf(..)
            | Action::NewRound(Section::Quiz) => self.quiz_act(&action, effects),
            _ => self.scenario_act(action, kit, effects),
        }
    }

    /// The quiz's actions.
    fn quiz_act(&mut self, action: &Action, effects: &mut Vec<TrainEffect>) {
        match *action {
            Action::Answer(option) => {
                let counted = self.training.answer_question(option);
                self.answered(counted, effects);
            }
            Action::NextQuestion => self.training.next_question(),
            Action::QuizOf(section, level) => {
                let asked = self.training.quiz_round_of(section, level);
                self.quiz_filter = if asked > 0 {
                    (section, level)
                } else {
                    self.quiz_filter
                };
            }
            Action::NewRound(Section::Quiz) => {
                let (section, level) = self.quiz_filter;
                self.training.quiz_round_of(section, level);
            }
            _ => {}
        }
    }

    /// A name kept in the same folder as a known student's ("Ana" and "ana", "Jean-Luc" and
    /// "Jean Luc") is that student: no second entry sharing a file.
    fn add_student(&mut self, effects: &mut Vec<TrainEffect>) {
        let name = std::mem::take(&mut self.new_student);
        let folder = train::student_folder(&name);
        let known = self
            .students
            .iter()
            .find(|s| train::student_folder(s) == folder)
            .cloned();
        self.switch_student_with(Some(known.unwrap_or(name)), effects);
    }

    /// The exam tab's actions.
    fn exam_act(&mut self, action: &Action, kit: &CheckedKit, effects: &mut Vec<TrainEffect>) {
        match *action {
            Action::StartExam => {
                if let Some(desk) = exam::start(&self.exam_form, kit) {
                    self.exam = desk;
                    // The exam that could not be taken up stays on disk for the next start.
                    self.exam_unresumable = None;
                }
            }
            Action::ExamAnswer(i) => {
                if let exam::Desk::Running { sitting, pos, .. } = &mut self.exam
                    && sitting
                        .questions
                        .get(*pos)
                        .is_some_and(|q| i < q.choices.len())
                    && let Some(slot) = sitting.answers.get_mut(*pos)
                {
                    *slot = Some(i);
                }
            }
            Action::ExamGo(i) => {
                if let exam::Desk::Running { sitting, pos, .. } = &mut self.exam
                    && i < sitting.questions.len()
                {
                    *pos = i;
                }
            }
            Action::FinishExam => {
                if let exam::Desk::Running {
                    sitting, confirm, ..
                } = &mut self.exam
                {
                    if sitting.answers.iter().all(Option::is_some) {
                        self.finish_exam(false, effects);
                    } else {
                        *confirm = true;
                    }
                }
            }
            Action::ConfirmFinishExam => self.finish_exam(false, effects),
            Action::ExamTimeUp => self.finish_exam(true, effects),
            Action::CancelFinishExam => {
                if let exam::Desk::Running { confirm, .. } = &mut self.exam {
                    *confirm = false;
                }
            }
            Action::NewExam => {
                self.leave_exam_file(effects);
                self.exam = exam::Desk::Form;
                self.exam_form.name = self.student.clone().unwrap_or_default();
            }
            Action::CloseAnyway => self.close_anyway = true,
            Action::CancelClose => self.close_question = false,
            _ => {}
        }
    }

    /// The scenarios' actions, the rounds, the retries and the reset.
    fn scenario_act(&mut self, action: Action, kit: &CheckedKit, effects: &mut Vec<TrainEffect>) {
        match action {
            Action::Choose(_)
            | Action::ChoosePattern(_)
            | Action::ToggleTick(_)
            | Action::Place(..)
                if self.training.scenario_verdict.is_some() => {}
            Action::Place(i, place) => {
                let components = self
                    .training
                    .current_scenario(kit)
                    .map_or(0, |sc| sc.components.len());
                if i < components {
                    self.choice.places.insert(i, place);
                }
            }
            Action::Choose(option) => {
                self.choice.option = Some(option);
                if option != OptionId::Hybrid {
                    self.choice.pattern = None;
                }
            }
            Action::ChoosePattern(id) => self.choice.pattern = Some(id),
            Action::ToggleTick(id) => self.choice.toggle(id),
            Action::Check => self.check(kit, effects),
            Action::NextScenario => {
                self.training.next_scenario();
                self.choice = Choice::default();
            }
            Action::NewRound(section) => {
                self.training.new_round(kit, section);
                if section == Section::Scenarios {
                    self.choice = Choice::default();
                }
            }
            Action::RetryMissed(section) => self.retry_missed(section, kit),
            Action::AskReset => self.confirm_reset = true,
            Action::CancelReset => self.confirm_reset = false,
            Action::ConfirmReset => {
                self.training.reset(kit);
                self.training.progress.student.clone_from(&self.student);
                self.keeper.reset();
                self.choice = Choice::default();
                self.confirm_reset = false;
                self.save(effects);
            }
            _ => {}
        }
    }

    /// Checks the scenario answer, once it is whole.
    fn check(&mut self, kit: &CheckedKit, effects: &mut Vec<TrainEffect>) {
        let Some(option) = self.choice.option else {
            return;
        };
        let pattern = if option == OptionId::Hybrid {
            match &self.choice.pattern {
                Some(p) => Some(p.clone()),
                None => return,
            }
        } else {
            None
        };
        // A system's scenario asks where each component goes, and no checklist.
        let components = self
            .training
            .current_scenario(kit)
            .map_or(0, |sc| sc.components.len());
        let whole = if components > 0 {
            (0..components).all(|i| self.choice.places.contains_key(&i))
        } else {
            !self.choice.ticks.is_empty()
        };
        if !whole {
            return;
        }
        let answer = ScenarioAnswer {
            option,
            pattern,
            ticks: self.choice.ticks.clone(),
            places: (0..components)
                .map(|i| self.choice.places.get(&i).cloned())
                .collect(),
        };
        let counted = self.training.answer_scenario(kit, &answer);
        self.answered(counted, effects);
    }

    /// An answer was taken (`counted`): the keyboard goes to "next", the progress is saved.
    fn answered(&mut self, counted: bool, effects: &mut Vec<TrainEffect>) {
        if counted {
            self.focus_next = true;
            self.save(effects);
        }
    }

    fn retry_missed(&mut self, section: Option<Section>, kit: &CheckedKit) {
        let retried = match section {
            Some(s) => {
                if self.training.retry_missed_in(kit, s) {
                    vec![s]
                } else {
                    Vec::new()
                }
            }
            None => self.training.retry_missed(kit),
        };
        if retried.contains(&Section::Scenarios) {
            self.choice = Choice::default();
        }
        if let Some(&first) = retried.first() {
            self.tab = Tab::of(first);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kit() -> Result<CheckedKit, Box<dyn std::error::Error>> {
        Ok(CheckedKit::builtin()?)
    }

    fn answer(t: &mut Trainer) -> Vec<TrainEffect> {
        let right = t.training().current_question().map_or(0, |q| q.answer);
        update(t, TrainMsg::Do(Action::Answer(right)))
    }

    /// Runs one effect here, as the runner would, and returns its answer.
    fn run(t: &Trainer, effect: TrainEffect) -> Option<TrainMsg> {
        let disk = t.disk();
        let mut disk = disk.lock().ok()?;
        super::super::jobs::run_on(effect, &mut disk)
    }

    #[test]
    fn an_answer_asks_for_one_save_at_a_time_and_the_next_takes_everything()
    -> Result<(), Box<dyn std::error::Error>> {
        let dir = tempfile::tempdir()?;
        let path = dir.path().join("progress.ron");
        let mut t = Trainer::new(&kit()?, Some(path.clone()), 7);
        let effects = answer(&mut t);
        assert!(!path.exists(), "update touches no file");
        let mut saves = effects
            .into_iter()
            .filter(|e| matches!(e, TrainEffect::SaveProgress(_)));
        let first = saves.next().ok_or("a save")?;
        assert!(saves.next().is_none(), "one save");
        update(&mut t, TrainMsg::Do(Action::NextQuestion));
        let effects = answer(&mut t);
        assert!(
            !effects
                .iter()
                .any(|e| matches!(e, TrainEffect::SaveProgress(_))),
            "the second waits for the first: {effects:?}"
        );
        let reply = run(&t, first).ok_or("an answer")?;
        let next = update(&mut t, reply);
        assert!(
            matches!(next.as_slice(), [TrainEffect::SaveProgress(_)]),
            "the next save: {next:?}"
        );
        let next = next.into_iter().next().ok_or("a save")?;
        let reply = run(&t, next).ok_or("an answer")?;
        assert!(update(&mut t, reply).is_empty());
        assert_eq!(
            arbitre_train::Progress::load(&path)?.map(|p| p.quiz.answered),
            Some(2)
        );
        assert_eq!(t.progress().quiz.answered, 2);
        assert!(t.take_message().is_none());
        Ok(())
    }

    #[test]
    fn loading_a_pack_keeps_the_student_s_place_in_the_quiz()
    -> Result<(), Box<dyn std::error::Error>> {
        let kit = kit()?;
        let mut t = Trainer::new(&kit, None, 7);
        for _ in 0..3 {
            answer(&mut t);
            update(&mut t, TrainMsg::Do(Action::NextQuestion));
        }
        let here = t.training().current_question().map(|q| q.id.clone());
        let before = t.training().quiz.order.len();
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../../data/packs/sample-pack.ron");
        let pack = arbitre_train::pack::load(&path, &kit)?;
        let added = pack.questions.len();
        update(&mut t, TrainMsg::PackLoaded(Ok(Box::new(pack))));
        let quiz = &t.training().quiz;
        assert_eq!(quiz.pos, 3, "still at the fourth question");
        assert_eq!((quiz.answered, quiz.right), (3, 3));
        assert!(
            added > 0 && quiz.order.len() > before,
            "the pack's questions come after"
        );
        assert_eq!(quiz.order.len(), t.training().questions.len());
        assert_eq!(t.training().current_question().map(|q| q.id.clone()), here);
        Ok(())
    }

    #[test]
    fn a_pack_loaded_on_an_answered_question_keeps_its_answer_and_the_round_s_filter()
    -> Result<(), Box<dyn std::error::Error>> {
        let kit = kit()?;
        let mut t = Trainer::new(&kit, None, 7);
        let section = arbitre_core::kit::QuizSection::Hybrids;
        update(&mut t, TrainMsg::Do(Action::QuizOf(Some(section), None)));
        answer(&mut t);
        let counted = (t.training().quiz.answered, t.training().quiz.right);
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../../data/packs/sample-pack.ron");
        let pack = arbitre_train::pack::load(&path, &kit)?;
        update(&mut t, TrainMsg::PackLoaded(Ok(Box::new(pack))));
        assert!(t.training().quiz_verdict.is_some(), "still answered");
        answer(&mut t);
        assert_eq!(
            (t.training().quiz.answered, t.training().quiz.right),
            counted,
            "not counted twice"
        );
        let training = t.training();
        assert!(
            training.quiz.order.iter().all(|i| training
                .questions
                .get(*i)
                .is_some_and(|q| q.section == section)),
            "the round stays one of its section"
        );
        Ok(())
    }

    #[test]
    fn a_student_s_files_are_read_by_an_effect_and_an_old_reply_is_dropped()
    -> Result<(), Box<dyn std::error::Error>> {
        let dir = tempfile::tempdir()?;
        let kit = kit()?;
        let mut t = Trainer::in_data_dir(&kit, Some(dir.path().to_owned()), None, 7);
        let effects = update(
            &mut t,
            TrainMsg::Do(Action::SwitchStudent(Some("Ana".into()))),
        );
        let [TrainEffect::ReadStudent { path }] = effects.as_slice() else {
            panic!("a read: {effects:?}");
        };
        let ana = path.clone();
        assert_eq!(t.student(), Some("Ana"));
        // Bo is chosen before Ana's files arrive: Ana's reply is dropped.
        update(
            &mut t,
            TrainMsg::Do(Action::SwitchStudent(Some("Bo".into()))),
        );
        let mut read = super::super::jobs::read_student(&ana);
        read.progress = Ok(Some(arbitre_train::Progress {
            quiz: arbitre_train::SectionProgress {
                answered: 9,
                ..Default::default()
            },
            ..Default::default()
        }));
        update(
            &mut t,
            TrainMsg::StudentRead {
                path: ana.clone(),
                read: Box::new(read),
            },
        );
        assert_eq!(t.progress().quiz.answered, 0);

        // An answer before Bo's files arrive: added to what is read, and saved.
        assert!(
            !answer(&mut t)
                .iter()
                .any(|e| matches!(e, TrainEffect::SaveProgress(_))),
            "nothing saved before the files are read"
        );
        let bo = t.progress_file.clone().ok_or("Bo's file")?;
        let mut read = super::super::jobs::read_student(&bo);
        read.progress = Ok(Some(arbitre_train::Progress {
            quiz: arbitre_train::SectionProgress {
                answered: 9,
                ..Default::default()
            },
            ..Default::default()
        }));
        let effects = update(
            &mut t,
            TrainMsg::StudentRead {
                path: bo,
                read: Box::new(read),
            },
        );
        assert_eq!(t.progress().quiz.answered, 10);
        assert_eq!(t.progress().student.as_deref(), Some("Bo"));
        assert!(
            matches!(effects.as_slice(), [TrainEffect::SaveProgress(_)]),
            "{effects:?}"
        );
        Ok(())
    }

    #[test]
    fn an_exam_is_kept_by_effects_and_the_window_may_close_once_its_results_are_written()
    -> Result<(), Box<dyn std::error::Error>> {
        let dir = tempfile::tempdir()?;
        let kit = kit()?;
        let mut t = Trainer::in_data_dir(&kit, Some(dir.path().to_owned()), Some("Ana".into()), 7);
        let effects = update(&mut t, TrainMsg::Do(Action::StartExam));
        assert!(
            matches!(effects.as_slice(), [TrainEffect::KeepExam { .. }]),
            "{effects:?}"
        );
        assert!(!t.can_close(), "not on disk yet");
        update(
            &mut t,
            TrainMsg::ExamKept(Err(WriteError::Io {
                path: dir.path().to_owned(),
                source: std::io::Error::other("full"),
            })),
        );
        assert!(t.exam_problem.is_some() && !t.can_close());
        update(&mut t, TrainMsg::ExamKept(Ok(true)));
        assert!(t.exam_problem.is_none() && t.can_close());

        let effects = update(&mut t, TrainMsg::Do(Action::ConfirmFinishExam));
        assert!(
            matches!(effects.as_slice(), [TrainEffect::HandIn { .. }]),
            "{effects:?}"
        );
        assert!(t.exam_done() && !t.can_close(), "results not written yet");
        update(
            &mut t,
            TrainMsg::HandedIn {
                written: Ok((dir.path().join("r.csv"), dir.path().join("r.md"))),
                kept: Ok(false),
            },
        );
        assert!(t.can_close());
        Ok(())
    }
}
