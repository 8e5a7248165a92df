//! The quiz tab: a question on the comparison table, two answers, and feedback quoting
//! the table's cells.

use egui::{Button, Label, RichText, Ui};

use crate::kit::OptionId;
use crate::train::{QuizVerdict, Section, Training};
use crate::ui::command::TrainAction as Action;
use crate::ui::theme;
use crate::ui::view::ViewCtx;

use super::{feedback_frame, next_button, position_ui, round_over_ui, verdict_line};

pub(super) fn quiz_ui(
    ui: &mut Ui,
    cx: &ViewCtx<'_>,
    t: &Training,
    focus_next: bool,
    actions: &mut Vec<Action>,
) {
    let (kit, lang, w) = (cx.kit, cx.lang, &cx.words.train);
    let Some(question) = t.current_question() else {
        let missed = !t.missed_questions().is_empty();
        round_over_ui(ui, w, Section::Quiz, &t.quiz, missed, actions);
        return;
    };
    position_ui(ui, w, w.question, &t.quiz);
    ui.add(Label::new(theme::subheading(question.prompt.get(lang))).wrap());
    if let Some(quote) = &question.quote {
        ui.add(Label::new(RichText::new(quote.get(lang)).italics()).wrap());
    }
    ui.add_space(6.0);

    let verdict = t.quiz_verdict.as_ref();
    ui.horizontal_wrapped(|ui| {
        for option in [OptionId::Containers, OptionId::Vms] {
            let selected = verdict.is_some_and(|v| v.chosen == option);
            let text = RichText::new(kit.option_name(option, lang)).size(theme::SUBHEADING);
            let button = Button::new(text)
                .selected(selected)
                .min_size(egui::vec2(160.0, 40.0));
            if ui.add_enabled(verdict.is_none(), button).clicked() {
                actions.push(Action::Answer(option));
            }
        }
    });

    if let Some(v) = verdict {
        ui.add_space(6.0);
        let feedback = quiz_feedback_ui(ui, cx, v);
        ui.add_space(6.0);
        if next_button(ui, w.next_question, feedback, focus_next) {
            actions.push(Action::NextQuestion);
        }
    }
}

fn quiz_feedback_ui(ui: &mut Ui, cx: &ViewCtx<'_>, v: &QuizVerdict) -> egui::Rect {
    let (kit, lang, w) = (cx.kit, cx.lang, &cx.words.train);
    feedback_frame(ui, v.correct, cx.dark, |ui| {
        verdict_line(ui, w, v.correct, cx.dark);
        let answer = kit.option_name(v.answer, lang);
        let line = if v.correct {
            (w.answer_is)(&answer)
        } else {
            (w.you_answered)(&kit.option_name(v.chosen, lang), &answer)
        };
        ui.add(Label::new(line).wrap());
        ui.add_space(4.0);
        let source = (w.table_says)(v.criterion.get(lang));
        ui.add(Label::new(RichText::new(source).strong()).wrap());
        for q in &v.quotes {
            let name = kit.option_name(q.option, lang);
            ui.add(Label::new((w.quote_line)(&name, q.text.get(lang))).wrap());
        }
    })
}
