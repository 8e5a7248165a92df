//! The quiz tab: a question on the comparison table, two answers, and feedback quoting
//! the table's cells.

use egui::{Button, Label, RichText, Ui};

use crate::i18n::Lang;
use crate::kit::{CheckedKit, OptionId};
use crate::train::{QuizVerdict, Section, Training};
use crate::ui::command::TrainAction as Action;
use crate::ui::theme;

use super::{colon, feedback_frame, next_button, position_ui, quoted, round_over_ui, verdict_line};

pub(super) fn quiz_ui(
    ui: &mut Ui,
    t: &Training,
    kit: &CheckedKit,
    lang: Lang,
    dark: bool,
    focus_next: bool,
    actions: &mut Vec<Action>,
) {
    let Some(question) = t.current_question() else {
        let missed = !t.missed_questions().is_empty();
        round_over_ui(ui, Section::Quiz, &t.quiz, missed, lang, actions);
        return;
    };
    position_ui(ui, lang.pick("Question", "Question"), &t.quiz, lang);
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
        let feedback = quiz_feedback_ui(ui, v, kit, lang, dark);
        ui.add_space(6.0);
        let next = lang.pick("Question suivante", "Next question");
        if next_button(ui, next, feedback, focus_next) {
            actions.push(Action::NextQuestion);
        }
    }
}

fn quiz_feedback_ui(
    ui: &mut Ui,
    v: &QuizVerdict,
    kit: &CheckedKit,
    lang: Lang,
    dark: bool,
) -> egui::Rect {
    feedback_frame(ui, v.correct, dark, |ui| {
        verdict_line(ui, v.correct, lang, dark);
        let answer = kit.option_name(v.answer, lang);
        let line = if v.correct {
            format!(
                "{}{} {answer}.",
                lang.pick("Réponse", "Answer"),
                colon(lang)
            )
        } else {
            let chosen = kit.option_name(v.chosen, lang);
            match lang {
                Lang::Fr => {
                    format!("Vous avez répondu {chosen}\u{a0}; la bonne réponse est {answer}.")
                }
                Lang::En => format!("You answered {chosen}; the right answer is {answer}."),
            }
        };
        ui.add(Label::new(line).wrap());
        ui.add_space(4.0);
        let source = format!(
            "{} — {}",
            lang.pick(
                "Ce que dit le tableau comparatif",
                "What the comparison table says"
            ),
            v.criterion.get(lang)
        );
        ui.add(Label::new(RichText::new(source).strong()).wrap());
        for q in &v.quotes {
            let name = kit.option_name(q.option, lang);
            let text = format!("{name}{} {}", colon(lang), quoted(q.text.get(lang), lang));
            ui.add(Label::new(text).wrap());
        }
    })
}
