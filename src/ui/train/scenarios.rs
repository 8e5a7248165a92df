//! The scenarios tab: a concrete case, the option (and hybrid architecture) the student
//! picks, and feedback with the decision engine's own reasons.

use egui::{Button, Label, RichText, Ui};

use crate::i18n::Lang;
use crate::kit::{CheckedKit, OptionId};
use crate::train::{ScenarioVerdict, Section, Training};
use crate::ui::command::TrainAction as Action;
use crate::ui::theme;

use super::{
    Choice, bullet_ui, colon, feedback_frame, next_button, position_ui, round_over_ui, verdict_line,
};

#[allow(clippy::too_many_arguments)]
pub(super) fn scenario_ui(
    ui: &mut Ui,
    t: &Training,
    choice: &Choice,
    kit: &CheckedKit,
    lang: Lang,
    dark: bool,
    focus_next: bool,
    actions: &mut Vec<Action>,
) {
    if kit.scenarios.is_empty() {
        ui.add(
            Label::new(lang.pick(
                "Ce kit n'a pas de scénario. Les formateurs peuvent en ajouter dans la liste « scenarios » du fichier du kit.",
                "This kit has no scenario. Trainers can add some to the kit file's “scenarios” list.",
            ))
            .wrap(),
        );
        return;
    }
    let Some(scenario) = t.current_scenario(kit) else {
        let missed = !t.missed_scenarios(kit).is_empty();
        round_over_ui(ui, Section::Scenarios, &t.scenarios, missed, lang, actions);
        return;
    };
    position_ui(ui, lang.pick("Scénario", "Scenario"), &t.scenarios, lang);
    ui.add(Label::new(theme::subheading(scenario.title.get(lang))).wrap());
    ui.add(Label::new(scenario.situation.get(lang)).wrap());
    ui.add_space(6.0);

    let verdict = t.scenario_verdict.as_ref();
    let locked = verdict.is_some();
    let label = ui.label(
        RichText::new(lang.pick("Comment l'héberger\u{a0}?", "How should it be hosted?")).strong(),
    );
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
        let label = ui.label(
            RichText::new(lang.pick(
                "Quelle architecture hybride\u{a0}?",
                "Which hybrid architecture?",
            ))
            .strong(),
        );
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
            let check = ui.add_enabled(ready, Button::new(lang.pick("Valider", "Check")));
            if check.clicked() {
                actions.push(Action::Check);
            }
            if !ready {
                let hint = if choice.option == Some(OptionId::Hybrid) {
                    lang.pick(
                        "Choisissez aussi une architecture hybride.",
                        "Choose a hybrid architecture too.",
                    )
                } else {
                    lang.pick("Choisissez une option.", "Choose an option.")
                };
                ui.label(RichText::new(hint).small().weak());
            }
        }
        Some(v) => {
            ui.add_space(6.0);
            let feedback = scenario_feedback_ui(ui, v, kit, lang, dark);
            ui.add_space(6.0);
            let next = lang.pick("Scénario suivant", "Next scenario");
            if next_button(ui, next, feedback, focus_next) {
                actions.push(Action::NextScenario);
            }
        }
    }
}

/// "Hybrid — A or B", or the option's name.
fn answer_name(kit: &CheckedKit, option: OptionId, patterns: &[String], lang: Lang) -> String {
    let name = kit.option_name(option, lang);
    if option != OptionId::Hybrid || patterns.is_empty() {
        return name;
    }
    let names: Vec<&str> = patterns
        .iter()
        .map(|id| kit.hybrid(id).map_or(id.as_str(), |h| h.name.get(lang)))
        .collect();
    format!("{name} — {}", names.join(lang.pick(" ou ", " or ")))
}

fn scenario_feedback_ui(
    ui: &mut Ui,
    v: &ScenarioVerdict,
    kit: &CheckedKit,
    lang: Lang,
    dark: bool,
) -> egui::Rect {
    feedback_frame(ui, v.correct, dark, |ui| {
        verdict_line(ui, v.correct, lang, dark);
        let expected = answer_name(kit, v.expected, &v.expected_patterns, lang);
        ui.add(
            Label::new(format!(
                "{}{} {expected}",
                lang.pick("Réponse attendue", "Expected answer"),
                colon(lang)
            ))
            .wrap(),
        );
        if !v.correct {
            let chosen_patterns: Vec<String> = v.chosen.pattern.iter().cloned().collect();
            let chosen = answer_name(kit, v.chosen.option, &chosen_patterns, lang);
            ui.add(
                Label::new(format!(
                    "{}{} {chosen}",
                    lang.pick("Votre réponse", "Your answer"),
                    colon(lang)
                ))
                .wrap(),
            );
            if v.option_right {
                ui.add(
                    Label::new(lang.pick(
                        "Hybride, c'est juste, mais l'architecture ne convient pas le mieux à ce cas.",
                        "Hybrid is right, but that architecture is not the best fit for this case.",
                    ))
                    .wrap(),
                );
            }
        }
        ui.add_space(4.0);
        ui.add(
            Label::new(
                RichText::new(lang.pick(
                    "Pourquoi — les raisons du moteur de décision, pour les mêmes besoins\u{a0}:",
                    "Why — the decision engine's reasons, for the same needs:",
                ))
                .strong(),
            )
            .wrap(),
        );
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
                    ui.add(
                        Label::new(format!(
                            "{}{} {}",
                            heading.get(lang),
                            colon(lang),
                            text.get(lang)
                        ))
                        .wrap(),
                    );
                }
            }
        }
        if !v.agrees_with_kit {
            ui.add_space(4.0);
            ui.add(
                Label::new(
                    RichText::new(lang.pick(
                        "⚠ Le kit prévoit une autre réponse pour ce scénario que le moteur de décision. La réponse du moteur fait foi ici\u{a0}; signalez-le au formateur.",
                        "⚠ The kit expects a different answer for this scenario than the decision engine gives. The engine's answer counts here; tell the trainer.",
                    ))
                    .color(theme::beyond_colour(dark)),
                )
                .wrap(),
            );
        }
    })
}
