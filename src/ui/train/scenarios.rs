//! The scenarios tab: a concrete case, the option (and hybrid architecture) the student
//! picks, and feedback with the decision engine's own reasons.

use egui::{Button, Label, RichText, Ui};

use crate::kit::OptionId;
use crate::train::{ScenarioVerdict, Section, Training};
use crate::ui::command::TrainAction as Action;
use crate::ui::theme;
use crate::ui::view::ViewCtx;

use super::{
    Choice, bullet_ui, feedback_frame, next_button, position_ui, round_over_ui, verdict_line,
};

pub(super) fn scenario_ui(
    ui: &mut Ui,
    cx: &ViewCtx<'_>,
    t: &Training,
    choice: &Choice,
    focus_next: bool,
    actions: &mut Vec<Action>,
) {
    let (kit, lang, w) = (cx.kit, cx.lang, &cx.words.train);
    if kit.scenarios.is_empty() {
        ui.add(Label::new(w.no_scenario).wrap());
        return;
    }
    let Some(scenario) = t.current_scenario(kit) else {
        let missed = !t.missed_scenarios(kit).is_empty();
        round_over_ui(ui, w, Section::Scenarios, &t.scenarios, missed, actions);
        return;
    };
    position_ui(ui, w, w.scenario, &t.scenarios);
    ui.add(Label::new(theme::subheading(scenario.title.get(lang))).wrap());
    ui.add(Label::new(scenario.situation.get(lang)).wrap());
    ui.add_space(6.0);

    let verdict = t.scenario_verdict.as_ref();
    let locked = verdict.is_some();
    let label = ui.label(RichText::new(w.how_hosted).strong());
    ui.horizontal_wrapped(|ui| {
        for option in OptionId::ALL {
            let selected = choice.option == Some(option);
            let text = RichText::new(kit.option_name(option, lang)).size(theme::SUBHEADING);
            let button = Button::new(text)
                .selected(selected)
                .min_size(egui::vec2(160.0, 40.0));
            if ui.add_enabled(!locked, button).clicked() {
                actions.push(Action::Choose(option));
            }
        }
    })
    .response
    .labelled_by(label.id);

    if choice.option == Some(OptionId::Hybrid) {
        let label = ui.label(RichText::new(w.which_hybrid).strong());
        ui.horizontal_wrapped(|ui| {
            for hybrid in &kit.hybrids {
                let selected = choice.pattern.as_deref() == Some(hybrid.id.as_str());
                let button = Button::new(hybrid.name.get(lang)).selected(selected);
                if ui.add_enabled(!locked, button).clicked() {
                    actions.push(Action::ChoosePattern(hybrid.id.clone()));
                }
            }
        })
        .response
        .labelled_by(label.id);
    }

    match verdict {
        None => {
            ui.add_space(6.0);
            let ready = match choice.option {
                Some(OptionId::Hybrid) => choice.pattern.is_some(),
                Some(_) => true,
                None => false,
            };
            let check = ui.add_enabled(ready, Button::new(w.check));
            if check.clicked() {
                actions.push(Action::Check);
            }
            if !ready {
                let hint = if choice.option == Some(OptionId::Hybrid) {
                    w.choose_hybrid_too
                } else {
                    w.choose_option
                };
                ui.label(RichText::new(hint).small().weak());
            }
        }
        Some(v) => {
            ui.add_space(6.0);
            let feedback = scenario_feedback_ui(ui, cx, v);
            ui.add_space(6.0);
            if next_button(ui, w.next_scenario, feedback, focus_next) {
                actions.push(Action::NextScenario);
            }
        }
    }
}

/// "Hybrid — A or B", or the option's name.
fn answer_name(cx: &ViewCtx<'_>, option: OptionId, patterns: &[String]) -> String {
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

fn scenario_feedback_ui(ui: &mut Ui, cx: &ViewCtx<'_>, v: &ScenarioVerdict) -> egui::Rect {
    let (kit, lang, w, dark) = (cx.kit, cx.lang, &cx.words.train, cx.dark);
    feedback_frame(ui, v.correct, dark, |ui| {
        verdict_line(ui, w, v.correct, dark);
        let expected = answer_name(cx, v.expected, &v.expected_patterns);
        ui.add(Label::new((w.expected_answer)(&expected)).wrap());
        if !v.correct {
            let chosen_patterns: Vec<String> = v.chosen.pattern.iter().cloned().collect();
            let chosen = answer_name(cx, v.chosen.option, &chosen_patterns);
            ui.add(Label::new((w.your_answer)(&chosen)).wrap());
            if v.option_right {
                ui.add(Label::new(w.wrong_architecture).wrap());
            }
        }
        ui.add_space(4.0);
        ui.add(Label::new(RichText::new(w.why_engine).strong()).wrap());
        for reason in &v.reasons {
            bullet_ui(ui, reason.get(lang));
        }
        if v.expected == OptionId::Hybrid {
            for hybrid in v.expected_patterns.iter().filter_map(|id| kit.hybrid(id)) {
                ui.add_space(4.0);
                ui.add(Label::new(RichText::new(hybrid.name.get(lang)).strong()).wrap());
                for (heading, text) in [
                    (&kit.headings.architecture, &hybrid.architecture),
                    (&kit.headings.example, &hybrid.example),
                ] {
                    let line = format!("{} {}", lang.colon(heading.get(lang)), text.get(lang));
                    ui.add(Label::new(line).wrap());
                }
            }
        }
        if !v.agrees_with_kit {
            ui.add_space(4.0);
            ui.add(
                Label::new(RichText::new(w.kit_disagrees).color(theme::beyond_colour(dark))).wrap(),
            );
        }
    })
}
