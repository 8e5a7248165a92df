//! The exam on disk, for the Train screen: this window's own exam file (taken over at start
//! from a window that is gone, else claimed when an exam starts), written after each step
//! and kept until the results are written (each write an effect, done off the frame); the results in the data folder's `results/`; one
//! persistent line while the exam cannot be kept; and the question asked before a close
//! would lose the exam or its results.

use std::path::{Path, PathBuf};

use egui::{Label, RichText, Ui};

use super::jobs::TrainEffect;
use super::{Notice, Trainer, exam};
use crate::command::{Command, Tab, TrainAction as Action};
use crate::view::ViewCtx;
use arbitre_core::files::WriteError;
use arbitre_train::exam::Sitting;
use arbitre_train::exam::in_progress;

impl Trainer {
    /// At start (not in a frame): goes on with an exam whose window is gone (one a window
    /// handed in without writing its results is handed in again now), and says which
    /// unreadable exam files were set aside.
    pub(super) fn resume_exam(&mut self) {
        let Some(dir) = self.data_dir.clone() else {
            return;
        };
        let found = in_progress::find(&dir);
        for s in found.set_aside {
            self.notice(Notice::ExamSetAside {
                error: s.error,
                moved_to: s.moved_to,
            });
        }
        if let Some((file, state, sealed)) = found.exam {
            // The questions and their key from the bank; a question gone: the file stays.
            let resumed =
                match state.resume(&arbitre_train::bank::questions(&self.kit, &[]), sealed) {
                    Ok(r) => r,
                    Err(e) => {
                        self.exam_unresumable = Some(e);
                        self.tab = Tab::Exam;
                        return;
                    }
                };
            let (handed_in, timed_out) = (resumed.handed_in, resumed.sitting.timed_out);
            self.exam = exam::Desk::resumed(resumed);
            if let Ok(mut disk) = self.disk.lock() {
                disk.exam_file = Some(file);
            }
            self.exam_file_held = true;
            self.tab = Tab::Exam;
            let mut effects = Vec::new();
            if handed_in {
                self.finish_exam(timed_out, &mut effects);
            } else {
                // Kept again at once in today's shape (an older release's file held the key).
                self.keep_exam(&mut effects);
            }
            self.run_now(effects);
        }
    }

    /// Keeps the exam under way on disk after each step, in this window's own file (claimed
    /// at the first step). A failure shows as one line that stays until a write succeeds.
    pub(super) fn keep_exam(&mut self, effects: &mut Vec<TrainEffect>) {
        let Some(dir) = self.data_dir.clone() else {
            return;
        };
        // Handed in: the hand-in keeps it until its results are written.
        if !self.exam_running() {
            return;
        }
        if let Some(state) = self.exam.to_state() {
            effects.push(TrainEffect::KeepExam {
                dir,
                state: Box::new(state),
            });
        }
    }

    /// The runner kept the exam, or not.
    pub(super) fn exam_kept(&mut self, kept: Result<bool, WriteError>) {
        match kept {
            Ok(held) => {
                self.exam_file_held = held;
                self.exam_problem = None;
            }
            Err(e) => self.exam_problem = Some(e),
        }
    }

    /// A new exam replaces the one on the desk: an exam whose results were not written is
    /// left on disk for the next start (which hands it in again), never overwritten.
    pub(super) fn leave_exam_file(&mut self, effects: &mut Vec<TrainEffect>) {
        if self.exam_file_held {
            effects.push(TrainEffect::LeaveExam);
        }
        self.exam_file_held = false;
        self.exam_problem = None;
        self.close_question = false;
    }

    /// Hands the exam in (`timed_out` when the time ran out) and has its results saved, as
    /// CSV and Markdown, into the data folder's `results/` (refused if that leads outside
    /// the data folder). The exam file stays until the results are written.
    pub(super) fn finish_exam(&mut self, timed_out: bool, effects: &mut Vec<TrainEffect>) {
        let exam::Desk::Running { sitting, .. } = std::mem::take(&mut self.exam) else {
            return;
        };
        let mut sitting = sitting;
        // Handed in at once when taken up (an edited file): its time is already recorded.
        if sitting.taken_secs.is_none() {
            sitting.hand_in(arbitre_train::exam::unix_now(), timed_out);
        }
        let saved = match &self.data_dir {
            Some(dir) => {
                effects.push(TrainEffect::HandIn {
                    dir: dir.join("results"),
                    inside: Some(dir.clone()),
                    data_dir: Some(dir.clone()),
                    sitting: Box::new(sitting.clone()),
                    kit: std::sync::Arc::clone(&self.kit),
                    lang: self.lang,
                });
                Vec::new()
            }
            None => vec![exam::Saved::NoFolder],
        };
        self.exam = exam::Desk::Done { sitting, saved };
    }

    /// Has the results of the exam handed in saved into `dir` (a folder the user chose); the
    /// results say where, or why not, once done. Once written, the exam file goes.
    pub(crate) fn save_exam_results_to(&mut self, dir: &Path) -> Vec<TrainEffect> {
        let exam::Desk::Done { sitting, .. } = &self.exam else {
            return Vec::new();
        };
        vec![TrainEffect::HandIn {
            dir: dir.to_owned(),
            inside: None,
            data_dir: None,
            sitting: Box::new(sitting.clone()),
            kit: std::sync::Arc::clone(&self.kit),
            lang: self.lang,
        }]
    }

    /// The runner wrote the results, or not.
    pub(super) fn handed_in(
        &mut self,
        written: Result<(PathBuf, PathBuf), WriteError>,
        kept: Result<bool, WriteError>,
    ) {
        let exam::Desk::Done { saved, .. } = &mut self.exam else {
            return;
        };
        match written {
            Ok((csv, md)) => {
                saved.push(exam::Saved::Files(csv, md));
                self.close_question = false;
            }
            Err(e) => saved.push(exam::Saved::Failed(e)),
        }
        self.exam_kept(kept);
    }

    /// Whether the exam handed in has its results written somewhere.
    fn results_written(&self) -> bool {
        matches!(&self.exam, exam::Desk::Done { saved, .. }
            if saved.iter().any(|s| matches!(s, exam::Saved::Files(..))))
    }

    /// Whether closing the window now would lose an exam: one under way that is not kept on
    /// disk, or results handed in and written nowhere.
    fn exam_at_risk(&self) -> bool {
        match &self.exam {
            exam::Desk::Form => false,
            exam::Desk::Running { .. } => !self.exam_file_held || self.exam_problem.is_some(),
            exam::Desk::Done { .. } => !self.results_written(),
        }
    }

    /// Whether the window may close without asking: nothing of an exam would be lost, or the
    /// user chose to close anyway.
    pub fn can_close(&self) -> bool {
        self.close_anyway || !self.exam_at_risk()
    }

    /// Asks, on the exam tab, before the window closes: save the results, close anyway, or
    /// stay. The app calls it when a close would lose an exam.
    pub fn ask_before_close(&mut self) {
        self.close_question = true;
        self.tab = Tab::Exam;
    }

    /// The exam: its sitting once started (answers so far), or handed in.
    pub fn exam_sitting(&self) -> Option<&Sitting> {
        self.exam.sitting()
    }

    /// Whether an exam is under way.
    pub(crate) fn exam_running(&self) -> bool {
        matches!(self.exam, exam::Desk::Running { .. })
    }

    /// Whether the exam was handed in.
    pub fn exam_done(&self) -> bool {
        matches!(self.exam, exam::Desk::Done { .. })
    }
}

/// The exam's line while it cannot be kept on disk (one line, replaced, not one per step),
/// and the question before a close that would lose it.
pub(super) fn exam_file_ui(
    ui: &mut Ui,
    cx: &ViewCtx<'_>,
    trainer: &Trainer,
    actions: &mut Vec<Action>,
    cmds: &mut Vec<Command>,
) {
    let (lang, w) = (cx.lang, &cx.words.train);
    let red = ui.visuals().error_fg_color;
    if let Some(e) = &trainer.exam_unresumable {
        let text = (cx.words.exam_code.unresumable)(&e.message(lang));
        ui.add(Label::new(RichText::new(text).strong().color(red)).wrap());
    }
    if let Some(e) = &trainer.exam_problem {
        let text = (w.exam_not_kept)(&e.message(lang));
        ui.add(Label::new(RichText::new(text).strong().color(red)).wrap());
    }
    if !trainer.close_question || !trainer.exam_at_risk() {
        return;
    }
    let done = trainer.exam_done();
    egui::Frame::new()
        .stroke(egui::Stroke::new(1.5, red))
        .corner_radius(6.0)
        .inner_margin(10.0)
        .show(ui, |ui| {
            let question = if done {
                w.exam_close_results
            } else {
                w.exam_close_running
            };
            ui.add(Label::new(RichText::new(question).strong()).wrap());
            ui.horizontal_wrapped(|ui| {
                if done && ui.button(w.exam_save_as).clicked() {
                    cmds.push(Command::SaveExamResults);
                }
                let close = if done {
                    w.exam_close_without
                } else {
                    w.exam_close_anyway
                };
                if ui.button(close).clicked() {
                    actions.push(Action::CloseAnyway);
                    ui.ctx().send_viewport_cmd(egui::ViewportCommand::Close);
                }
                if ui.button(cx.words.common.cancel).clicked() {
                    actions.push(Action::CancelClose);
                }
            });
        });
    ui.add_space(6.0);
}
