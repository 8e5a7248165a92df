//! What the Train screen's tabs draw alike: the position in a round, the end of a round, the
//! verdict and its tinted feedback, the "next" button, bullets and the colours of right and
//! wrong.

use egui::{Button, Color32, Label, RichText, Ui};

use crate::command::TrainAction as Action;
use crate::theme;
use crate::view::ViewCtx;
use arbitre_core::i18n::words::Train as Words;
use arbitre_core::kit::OptionId;
use arbitre_train::{Deck, Section};

/// "Question 3 / 20 · this round: 2 right out of 2".
pub(super) fn position_ui(ui: &mut Ui, w: &Words, what: &str, deck: &Deck) {
    let mut text = format!("{what} {} / {}", deck.pos + 1, deck.order.len());
    if deck.answered > 0 {
        text.push_str(&(w.round_so_far)(deck.right, deck.answered));
    }
    if deck.retry {
        text.push_str(w.retrying);
    }
    ui.label(RichText::new(text).weak());
}

pub(super) fn round_over_ui(
    ui: &mut Ui,
    w: &Words,
    section: Section,
    deck: &Deck,
    missed: bool,
    actions: &mut Vec<Action>,
) {
    ui.add(Label::new(theme::subheading(w.round_complete)).wrap());
    ui.label((w.round_score)(deck.right, deck.answered));
    ui.horizontal_wrapped(|ui| {
        if ui.button(w.new_round).clicked() {
            actions.push(Action::NewRound(section));
        }
        if ui
            .add_enabled(missed, Button::new(w.retry_missed))
            .clicked()
        {
            actions.push(Action::RetryMissed(Some(section)));
        }
    });
}

/// "✔ Right!" or "✘ Wrong", large and coloured.
pub(super) fn verdict_line(ui: &mut Ui, w: &Words, correct: bool, dark: bool) {
    let (text, colour) = if correct {
        (w.correct, right_colour(dark))
    } else {
        (w.incorrect, wrong_colour(dark))
    };
    ui.label(
        RichText::new(text)
            .size(theme::SUBHEADING)
            .strong()
            .color(colour),
    );
}

/// A tinted frame around feedback; returns where it was drawn.
pub(super) fn feedback_frame(
    ui: &mut Ui,
    correct: bool,
    dark: bool,
    add: impl FnOnce(&mut Ui),
) -> egui::Rect {
    let fill = if correct {
        theme::favoured_fill(dark)
    } else {
        wrong_fill(dark)
    };
    let r = egui::Frame::new()
        .fill(fill)
        .corner_radius(6.0)
        .inner_margin(10.0)
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            add(ui);
        });
    r.response.rect
}

/// The "next" button under feedback. Right after an answer it takes the keyboard focus, and
/// the feedback and the button are scrolled into view together.
pub(super) fn next_button(
    ui: &mut Ui,
    text: &str,
    feedback: egui::Rect,
    just_answered: bool,
) -> bool {
    let next = ui.button(text);
    if just_answered {
        next.request_focus();
        ui.scroll_to_rect(feedback.union(next.rect), None);
    }
    next.clicked()
}

/// A bullet with a hanging indent: wrapped lines start under the text, not the bullet.
pub(super) fn bullet_ui(ui: &mut Ui, text: &str) {
    ui.horizontal_top(|ui| {
        ui.spacing_mut().item_spacing.x = 6.0;
        ui.label("•");
        ui.vertical(|ui| {
            ui.add(Label::new(text).wrap());
        });
    });
}

pub(super) fn right_colour(dark: bool) -> Color32 {
    if dark {
        Color32::from_rgb(130, 215, 150)
    } else {
        Color32::from_rgb(20, 110, 45)
    }
}

pub(super) fn wrong_colour(dark: bool) -> Color32 {
    if dark {
        Color32::from_rgb(245, 140, 130)
    } else {
        Color32::from_rgb(170, 35, 30)
    }
}

/// The tint behind feedback on a wrong answer.
fn wrong_fill(dark: bool) -> Color32 {
    if dark {
        Color32::from_rgba_unmultiplied(170, 60, 50, 60)
    } else {
        Color32::from_rgba_unmultiplied(220, 80, 60, 35)
    }
}

/// "Hybrid — A or B", or the option's name.
pub(super) fn answer_name(cx: &ViewCtx<'_>, option: OptionId, patterns: &[String]) -> String {
    let (kit, lang) = (cx.kit, cx.lang);
    let name = kit.option_name(option, lang);
    if option != OptionId::Hybrid || patterns.is_empty() {
        return name;
    }
    let names: Vec<&str> = patterns
        .iter()
        .map(|id| kit.hybrid(id).map_or(id.as_str(), |h| h.name.get(lang)))
        .collect();
    format!("{name} — {}", names.join(cx.words.train.or))
}
