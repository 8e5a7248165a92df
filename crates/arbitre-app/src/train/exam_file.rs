//! The exam on disk, for the Train screen: this window's own exam file (taken over at start
//! from a window that is gone, else claimed when an exam starts), written after each step
//! and kept until the results are written; the results in the data folder's `results/`; one
//! persistent line while the exam cannot be kept; and the question asked before a close
//! would lose the exam or its results.

use std::path::{Path, PathBuf};

use egui::{Label, RichText, Ui};

use crate::command::{Command, Tab, TrainAction as Action};
use crate::view::ViewCtx;
use arbitre_core::autosave;
use arbitre_train::exam::in_progress::{self, ExamFile};
use arbitre_train::{self as train, exam::Sitting};

use super::{Notice, Trainer, exam};

impl Trainer {
    /// At start: goes on with an exam whose window is gone (one a window handed in without
    /// writing its results is handed in again now), and says which unreadable exam files
    /// were set aside.
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
        if let Some((file, state)) = found.exam {
            let (handed_in, timed_out) = (state.handed_in, state.sitting.timed_out);
            self.exam = exam::Desk::resumed(state);
            self.exam_file = Some(file);
            self.tab = Tab::Exam;
            if handed_in {
                self.finish_exam(timed_out);
                self.keep_exam();
            }
        }
    }

    /// Keeps the exam on disk after each step, in this window's own file (claimed at the
    /// first step), until its results are written; then the file goes. A failure shows as
    /// one line that stays until a write succeeds.
    pub(super) fn keep_exam(&mut self) {
        let Some(dir) = self.data_dir.clone() else {
            return;
        };
        if self.results_written() {
            if let Some(file) = self.exam_file.take() {
                // If it cannot be removed, the next start hands it in again: a second copy
                // of the results, nothing lost.
                let _ = file.remove();
            }
            self.exam_problem = None;
            return;
        }
        let Some(state) = self.exam.to_state() else {
            return;
        };
        if self.exam_file.is_none() {
            match ExamFile::claim(&dir) {
                Ok(file) => self.exam_file = Some(file),
                Err(e) => {
                    self.exam_problem = Some(e);
                    return;
                }
            }
        }
        if let Some(file) = &self.exam_file {
            self.exam_problem = file.write(&state).err();
        }
    }

    /// A new exam replaces the one on the desk: an exam whose results were not written is
    /// left on disk for the next start (which hands it in again), never overwritten.
    pub(super) fn leave_exam_file(&mut self) {
        self.exam_file = None;
        self.exam_problem = None;
        self.close_question = false;
    }

    /// Hands the exam in (`timed_out` when the time ran out) and saves its results, as CSV
    /// and Markdown, into the data folder's `results/` (refused if that leads outside the
    /// data folder). The exam file stays until the results are written.
    pub(super) fn finish_exam(&mut self, timed_out: bool) {
        let exam::Desk::Running { sitting, .. } = std::mem::take(&mut self.exam) else {
            return;
        };
        let mut sitting = sitting;
        sitting.timed_out = timed_out;
        let saved = match &self.data_dir {
            Some(dir) => {
                match autosave::inside_data_dir(dir, &dir.join("results")).and_then(|results| {
                    train::exam::save_results(&results, &sitting, &self.kit, self.lang)
                }) {
                    Ok((csv, md)) => exam::Saved::Files(csv, md),
                    Err(e) => exam::Saved::Failed(e),
                }
            }
            None => exam::Saved::NoFolder,
        };
        self.exam = exam::Desk::Done {
            sitting,
            saved: vec![saved],
        };
    }

    /// Saves the results of the exam handed in into `dir` (a folder the user chose); the
    /// results say where, or why not. Once written, the exam file goes. Returns the Markdown
    /// file when saved.
    pub fn save_exam_results_to(&mut self, dir: &Path) -> Option<PathBuf> {
        let exam::Desk::Done { sitting, saved } = &mut self.exam else {
            return None;
        };
        match train::exam::save_results(dir, sitting, &self.kit, self.lang) {
            Ok((csv, md)) => {
                saved.push(exam::Saved::Files(csv, md.clone()));
                self.close_question = false;
                self.keep_exam();
                Some(md)
            }
            Err(e) => {
                saved.push(exam::Saved::Failed(e));
                None
            }
        }
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
            exam::Desk::Running { .. } => self.exam_file.is_none() || self.exam_problem.is_some(),
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
    pub fn exam_running(&self) -> bool {
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
    if let Some(e) = &trainer.exam_problem {
        let text = (w.exam_not_kept)(&crate::errors::write_error(e, lang));
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
