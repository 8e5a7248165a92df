//! The quiz tab: a question from the whole kit (the table, the VM cases, the hybrid
//! architectures, the summary, situations to analyse), 3 or 4 choices, and feedback that
//! says why the chosen answer is wrong and why the right one is right, quoting the kit.

use egui::{Button, Label, RichText, Ui};

use crate::command::TrainAction as Action;
use crate::theme;
use crate::view::ViewCtx;
use arbitre_core::kit::{Level, QuizSection};
use arbitre_train::bank::{self, Question};
use arbitre_train::{QuizVerdict, Section, Training};

use super::{
    bullet_ui, feedback_frame, next_button, position_ui, right_colour, round_over_ui, verdict_line,
    wrong_colour,
};

pub(super) fn quiz_ui(
    ui: &mut Ui,
    cx: &ViewCtx<'_>,
    t: &Training,
    focus_next: bool,
    actions: &mut Vec<Action>,
) {
    let w = &cx.words.train;
    let Some(question) = t.current_question() else {
        let missed = !t.missed_questions().is_empty();
        round_over_ui(ui, w, Section::Quiz, &t.quiz, missed, actions);
        return;
    };
    // On a short screen the position sits in the filter row, above.
    if !compact(ui) {
        position_ui(ui, w, w.question, &t.quiz);
    }
    question_ui(ui, cx, question);

    let verdict = t.quiz_verdict.as_ref();
    let answered = verdict.map(|v| (v.chosen, v.answer));
    let chosen = answered.map(|(chosen, _)| chosen);
    if let Some(i) = choices_ui(ui, cx, question, answered, chosen) {
        actions.push(Action::Answer(i));
    }
    // Keys 1–4 answer, when nothing else takes the keyboard.
    if verdict.is_none()
        && !ui.ctx().egui_wants_keyboard_input()
        && let Some(i) = pressed_choice(ui, question.choices.len())
    {
        actions.push(Action::Answer(i));
    }

    if let Some(v) = verdict {
        ui.add_space(6.0);
        let feedback = quiz_feedback_ui(ui, cx, question, v);
        ui.add_space(6.0);
        if next_button(ui, w.next_question, feedback, focus_next) {
            actions.push(Action::NextQuestion);
        }
    }
}

/// Whether the window is short ([`crate::theme::short_screen`]): the Train screen
/// then compacts what is above a question, bounds the quoted text and lays the choices in two
/// columns, so that the question and all its choices are in view.
pub(super) fn compact(ui: &Ui) -> bool {
    crate::theme::short_screen(ui.ctx())
}

/// Which questions the rounds ask: one section, one level, or any; on a short screen, the
/// position in the round too.
pub(super) fn filter_ui(
    ui: &mut Ui,
    cx: &ViewCtx<'_>,
    (section, level): (Option<QuizSection>, Option<Level>),
    t: &Training,
    actions: &mut Vec<Action>,
) {
    let (lang, w) = (cx.lang, &cx.words.train);
    ui.horizontal_wrapped(|ui| {
        let l = ui.label(lang.colon(w.quiz_section));
        let name =
            |s: Option<QuizSection>| s.map_or(w.any_section, |s| bank::section_name(s, lang));
        egui::ComboBox::from_id_salt("quiz_section")
            .selected_text(name(section))
            .show_ui(ui, |ui| {
                for s in std::iter::once(None).chain(QuizSection::ALL.map(Some)) {
                    if ui.selectable_label(s == section, name(s)).clicked() && s != section {
                        actions.push(Action::QuizOf(s, level));
                    }
                }
            })
            .response
            .labelled_by(l.id);
        let l = ui.label(lang.colon(w.quiz_level));
        let name = |l: Option<Level>| l.map_or(w.any_level, |l| bank::level_name(l, lang));
        egui::ComboBox::from_id_salt("quiz_level")
            .selected_text(name(level))
            .show_ui(ui, |ui| {
                for l in std::iter::once(None).chain(Level::ALL.map(Some)) {
                    if ui.selectable_label(l == level, name(l)).clicked() && l != level {
                        actions.push(Action::QuizOf(section, l));
                    }
                }
            })
            .response
            .labelled_by(l.id);
        if compact(ui) && t.current_question().is_some() {
            ui.separator();
            position_ui(ui, &cx.words.train, cx.words.train.question, &t.quiz);
        }
    });
    if !compact(ui) {
        ui.add_space(4.0);
    }
}

/// The question: its section and level, the prompt, the quoted text (on a short screen, in a
/// box of its own that scrolls).
pub(super) fn question_ui(ui: &mut Ui, cx: &ViewCtx<'_>, question: &Question) {
    let lang = cx.lang;
    // On a short screen the section and level are on the prompt's hover: the question
    // starts high.
    let prompt = Label::new(theme::subheading(question.prompt.get(lang))).wrap();
    if compact(ui) {
        ui.add(prompt).on_hover_text(tag(question, lang));
    } else {
        ui.label(RichText::new(tag(question, lang)).small().weak());
        ui.add(prompt);
    }
    if let Some(quote) = &question.quote {
        bounded_text(
            ui,
            RichText::new(quote.get(lang)).italics(),
            ("quiz_quote", &question.id),
        );
    }
    ui.add_space(if compact(ui) { 2.0 } else { 6.0 });
}

/// A question's section and level: "Hybrid architectures · recall".
fn tag(question: &Question, lang: arbitre_core::i18n::Lang) -> String {
    format!(
        "{} · {}",
        bank::section_name(question.section, lang),
        bank::level_name(question.level, lang)
    )
}

/// A text that may be long (a quote, a scenario's situation): as it is on a tall screen; on a
/// short one, in a box a fifth of the window high that scrolls, so what follows stays in
/// view.
/// `id` names the text (a question's, a scenario's): each keeps its own scroll position, so a
/// new one starts at its top.
pub(super) fn bounded_text(ui: &mut Ui, text: RichText, id: (&str, &str)) {
    if !compact(ui) {
        ui.add(Label::new(text).wrap());
        return;
    }
    let max = ui.ctx().content_rect().height() * 0.2;
    egui::ScrollArea::vertical()
        .id_salt(id)
        .max_height(max)
        .auto_shrink([false, true])
        .show(ui, |ui| {
            crate::focus::scroll_to_focus(ui);
            ui.add(Label::new(text).wrap());
        });
}

/// A choice as shown: "B. text".
pub(super) fn choice_text(question: &Question, i: usize, lang: arbitre_core::i18n::Lang) -> String {
    let text = question.choices.get(i).map_or("", |c| c.get(lang));
    format!("{}. {text}", bank::letter(i))
}

/// The choices as wide buttons, one per row (on a short, wide screen, two per row).
/// `answered` (chosen, right) marks them once the answer is given (and disables them);
/// `None` while waiting (an exam's choices stay open). `selected`: the choice shown chosen.
/// Returns the choice clicked.
pub(super) fn choices_ui(
    ui: &mut Ui,
    cx: &ViewCtx<'_>,
    question: &Question,
    answered: Option<(usize, usize)>,
    selected: Option<usize>,
) -> Option<usize> {
    let mut clicked = None;
    let n = question.choices.len();
    let short = compact(ui);
    let columns = if short && ui.available_width() >= 560.0 {
        2
    } else {
        1
    };
    let gap = ui.spacing().item_spacing.x;
    #[allow(clippy::cast_precision_loss)]
    let width = (ui.available_width() - gap * (columns - 1) as f32) / columns as f32;
    let height = if short { 30.0 } else { 36.0 };
    let mut choice = |ui: &mut Ui, i: usize| {
        let mut text = RichText::new(choice_text(question, i, cx.lang)).size(theme::SUBHEADING);
        if let Some((chosen, right)) = answered {
            if i == right {
                text = text.color(right_colour(cx.dark)).strong();
            } else if i == chosen {
                text = text.color(wrong_colour(cx.dark)).strong();
            }
        }
        let button = Button::new(text)
            .wrap()
            .selected(selected == Some(i))
            .min_size(egui::vec2(width, height));
        if ui.add_enabled(answered.is_none(), button).clicked() {
            clicked = Some(i);
        }
    };
    for row in (0..n).step_by(columns) {
        if columns == 1 {
            choice(ui, row);
            continue;
        }
        ui.horizontal_top(|ui| {
            for i in row..(row + columns).min(n) {
                ui.allocate_ui(egui::vec2(width, height), |ui| {
                    ui.set_width(width);
                    choice(ui, i);
                });
            }
        });
    }
    clicked
}

/// The choice whose number key (1–4) or letter key (A–D) was pressed.
pub(super) fn pressed_choice(ui: &Ui, n: usize) -> Option<usize> {
    use egui::Key;
    const KEYS: [(Key, Key); 4] = [
        (Key::Num1, Key::A),
        (Key::Num2, Key::B),
        (Key::Num3, Key::C),
        (Key::Num4, Key::D),
    ];
    ui.input(|i| {
        if i.modifiers.any() {
            return None;
        }
        KEYS.iter()
            .take(n)
            .position(|(num, letter)| i.key_pressed(*num) || i.key_pressed(*letter))
    })
}

fn quiz_feedback_ui(
    ui: &mut Ui,
    cx: &ViewCtx<'_>,
    question: &Question,
    v: &QuizVerdict,
) -> egui::Rect {
    let (lang, w) = (cx.lang, &cx.words.train);
    feedback_frame(ui, v.correct, cx.dark, |ui| {
        verdict_line(ui, w, v.correct, cx.dark);
        let answer = choice_text(question, v.answer, lang);
        let line = if v.correct {
            (w.answer_is)(&answer)
        } else {
            (w.you_answered)(&choice_text(question, v.chosen, lang), &answer)
        };
        ui.add(Label::new(line).wrap());
        if let Some(why) = &v.why_wrong {
            ui.add_space(4.0);
            let letter = bank::letter(v.chosen).to_string();
            ui.add(Label::new(RichText::new((w.why_not)(&letter)).strong()).wrap());
            ui.add(Label::new(why.get(lang)).wrap());
        }
        if !v.explain.is_empty() {
            ui.add_space(4.0);
            ui.add(Label::new(RichText::new(w.why_right).strong()).wrap());
            for e in &v.explain {
                bullet_ui(ui, e.get(lang));
            }
        }
    })
}
