//! The progress tab: scores per section, what was missed, retry and reset, and where the
//! progress is saved.

use egui::{Button, Label, RichText, Ui};

use crate::command::TrainAction as Action;
use crate::theme;
use crate::view::ViewCtx;
use arbitre_train::{Section, SectionProgress};

use super::{Trainer, Words, bullet_ui};

pub(super) fn progress_ui(
    ui: &mut Ui,
    cx: &ViewCtx<'_>,
    trainer: &Trainer,
    actions: &mut Vec<Action>,
) {
    let (kit, lang, w) = (cx.kit, cx.lang, &cx.words.train);
    let t = &trainer.training;
    let confirm_reset = trainer.confirm_reset;
    let quiz_missed: Vec<String> = t
        .missed_questions()
        .into_iter()
        .filter_map(|i| t.questions.get(i))
        .map(|q| q.full_prompt(lang))
        .collect();
    let scenarios_missed: Vec<String> = t
        .missed_scenarios(kit)
        .into_iter()
        .filter_map(|i| kit.scenarios.get(i))
        .map(|s| s.title.get(lang).to_owned())
        .collect();

    section_progress_ui(
        ui,
        w,
        w.quiz_title,
        t.progress.section(Section::Quiz),
        t.questions.len(),
        &quiz_missed,
    );
    ui.add_space(8.0);
    section_progress_ui(
        ui,
        w,
        w.scenarios_title,
        t.progress.section(Section::Scenarios),
        kit.scenarios.len(),
        &scenarios_missed,
    );
    ui.add_space(10.0);

    ui.horizontal_wrapped(|ui| {
        let any_missed = !quiz_missed.is_empty() || !scenarios_missed.is_empty();
        let retry = ui
            .add_enabled(any_missed, Button::new(w.retry_missed))
            .on_hover_text(w.retry_hint);
        if retry.clicked() {
            actions.push(Action::RetryMissed(None));
        }
        if ui
            .add_enabled(!confirm_reset, Button::new(w.reset))
            .clicked()
        {
            actions.push(Action::AskReset);
        }
    });
    if confirm_reset {
        egui::Frame::group(ui.style()).show(ui, |ui| {
            ui.add(Label::new(RichText::new(w.reset_question).strong()).wrap());
            ui.horizontal_wrapped(|ui| {
                if ui.button(w.reset_confirm).clicked() {
                    actions.push(Action::ConfirmReset);
                }
                if ui.button(cx.words.common.cancel).clicked() {
                    actions.push(Action::CancelReset);
                }
            });
        });
    }
    ui.add_space(8.0);
    let (note, path) = saving_note(trainer, w);
    let r = ui.add(Label::new(RichText::new(note).small().weak()).wrap());
    if let Some(path) = path {
        r.on_hover_ui(|ui| {
            ui.label(path.display().to_string());
        });
    }
}

fn section_progress_ui(
    ui: &mut Ui,
    w: &Words,
    title: &str,
    p: &SectionProgress,
    total: usize,
    missed: &[String],
) {
    ui.add(Label::new(theme::subheading(title)).wrap());
    ui.label((w.score)(p.answered, p.right, p.percent()));
    ui.label((w.mastered)(p.mastered.len().min(total), total));
    if missed.is_empty() {
        ui.label(RichText::new(w.nothing_missed).weak());
    } else {
        ui.label(RichText::new(w.to_retry).strong());
        for item in missed {
            bullet_ui(ui, item);
        }
    }
}

/// Where progress goes, and the file's path to show on hover (kept out of the text so that
/// the screen reads the same on every computer).
fn saving_note<'t>(
    trainer: &'t Trainer,
    w: &'static Words,
) -> (&'static str, Option<&'t std::path::Path>) {
    match &trainer.progress_file {
        Some(path) if !trainer.keeper.disabled => (w.saved_here, Some(path.as_path())),
        _ => (w.not_saved_session, None),
    }
}
