//! A system scenario on the Train screen: each component with its team's words and one choice
//! of placement (radio buttons: containers, a VM, or containers inside each VM boundary),
//! then, after "Check", the feedback placement by placement: ✅ or ❌, the expected
//! placement and why it lands there, and the system's answer with its architectures.

use egui::{Frame, Label, RadioButton, RichText, Ui};

use crate::command::TrainAction as Action;
use crate::theme;
use crate::view::ViewCtx;
use arbitre_core::kit::{OptionId, Scenario};
use arbitre_train::{ComponentVerdict, ScenarioVerdict};

use super::Choice;
use super::shared::{bullet_ui, right_colour, wrong_colour};

/// Step 1 of a system scenario: each component, its situation, and where the student places
/// it. Locked once checked.
pub(super) fn place_ui(
    ui: &mut Ui,
    cx: &ViewCtx<'_>,
    scenario: &Scenario,
    choice: &Choice,
    locked: bool,
    actions: &mut Vec<Action>,
) {
    let (kit, lang, w) = (cx.kit, cx.lang, &cx.words.system_train);
    ui.label(RichText::new(w.step_place).strong());
    ui.add(Label::new(RichText::new(w.step_place_intro).weak()).wrap());
    let choices = arbitre_train::place_choices(kit);
    for (i, c) in scenario.components.iter().enumerate() {
        ui.add_space(4.0);
        Frame::group(ui.style()).show(ui, |ui| {
            ui.set_width(ui.available_width());
            let name = c.name.get(lang);
            ui.add(Label::new(RichText::new(name).strong().size(theme::SUBHEADING * 0.9)).wrap());
            ui.add(Label::new(c.situation.get(lang)).wrap());
            let label = ui.label(RichText::new((w.where_runs)(name)).weak());
            ui.add_enabled_ui(!locked, |ui| {
                ui.horizontal_wrapped(|ui| {
                    for place in &choices {
                        let selected = choice.places.get(&i) == Some(place);
                        let radio = RadioButton::new(selected, place.text(kit, lang));
                        if ui.add(radio).clicked() && !selected {
                            actions.push(Action::Place(i, place.clone()));
                        }
                    }
                })
                .response
                .labelled_by(label.id);
            });
        });
    }
}

/// Whether every component has a placement.
pub(super) fn all_placed(scenario: &Scenario, choice: &Choice) -> bool {
    (0..scenario.components.len()).all(|i| choice.places.contains_key(&i))
}

/// The feedback placement by placement, then the system's answer and its architectures.
pub(super) fn feedback_ui(ui: &mut Ui, cx: &ViewCtx<'_>, v: &ScenarioVerdict) {
    let (kit, lang, w) = (cx.kit, cx.lang, &cx.words.system_train);
    ui.add_space(4.0);
    ui.add(Label::new(RichText::new(w.placements).strong()).wrap());
    let right = v.components.iter().filter(|c| c.right).count();
    ui.add(Label::new((w.placements_score)(right, v.components.len())).wrap());
    for c in &v.components {
        component_ui(ui, cx, c);
    }
    if v.expected == OptionId::Hybrid && !v.expected_patterns.is_empty() {
        ui.add_space(4.0);
        ui.add(Label::new(RichText::new(w.system_answer).strong()).wrap());
        for hybrid in v.expected_patterns.iter().filter_map(|id| kit.hybrid(id)) {
            ui.add_space(2.0);
            ui.add(Label::new(RichText::new(hybrid.name.get(lang)).strong()).wrap());
            let heading = &kit.headings.architecture;
            let line = format!(
                "{} {}",
                lang.colon(heading.get(lang)),
                hybrid.architecture.get(lang)
            );
            ui.add(Label::new(line).wrap());
        }
    }
}

/// One component's line: ✅ and its placement, or ❌ with the expected one and the student's,
/// and why it lands there.
fn component_ui(ui: &mut Ui, cx: &ViewCtx<'_>, c: &ComponentVerdict) {
    let (kit, lang, w, dark) = (cx.kit, cx.lang, &cx.words.system_train, cx.dark);
    let (name, expected) = (c.name.get(lang), c.expected_text.get(lang));
    let (line, colour) = if c.right {
        ((w.placed_right)(name, expected), right_colour(dark))
    } else {
        let chosen = c
            .chosen
            .as_ref()
            .map_or_else(|| w.nothing_chosen.to_owned(), |p| p.text(kit, lang));
        (
            (w.placed_wrong)(name, expected, &chosen),
            wrong_colour(dark),
        )
    };
    ui.add(Label::new(RichText::new(line).color(colour).strong()).wrap());
    ui.indent(("why", name), |ui| {
        bullet_ui(ui, &(w.why)(c.why.get(lang)));
    });
}
