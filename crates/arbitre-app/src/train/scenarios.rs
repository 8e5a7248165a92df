//! The scenarios tab: a concrete case; the student works through the checklists, ticking
//! what the situation implies, then picks the option (and hybrid architecture). Feedback
//! compares their ticks with the reference, says what the engine makes of their ticks, cites
//! the cells and cases behind the right answer and against a wrong one, and gives the case's
//! lesson (a trap, "it depends", beyond the notes).

use egui::{Button, Label, RichText, Ui};

use crate::command::TrainAction as Action;
use crate::theme;
use crate::view::ViewCtx;
use arbitre_core::kit::{OptionId, ScenarioKind};
use arbitre_train::{Ground, ScenarioVerdict, Section, TickState, Training};

use super::components;
use super::shared::answer_name;
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
    if scenario.kind == ScenarioKind::Beyond {
        ui.add(
            Label::new(RichText::new(w.beyond_badge).color(theme::beyond_colour(cx.dark))).wrap(),
        );
    }
    super::quiz::bounded_text(
        ui,
        RichText::new(scenario.situation.get(lang)),
        ("scenario_situation", &scenario.id),
    );
    ui.add_space(6.0);

    // Step 1 (the checklists, or each component placed) on the left in a pane of its own;
    // step 2 (the answer), the check and the feedback on the right: the situation and every
    // answer stay in view on a projector, however long the checklist.
    let steps = Steps {
        cx,
        choice,
        locked: t.scenario_verdict.is_some(),
        system: scenario.is_system(),
    };
    let height = (ui.ctx().content_rect().bottom() - ui.cursor().top() - 8.0).max(200.0);
    let top_down = egui::Layout::top_down(egui::Align::Min);
    ui.columns(2, |cols| {
        cols[0].with_layout(top_down, |ui| {
            egui::ScrollArea::vertical()
                .id_salt(("scenario_steps", &scenario.id))
                .max_height(height)
                .auto_shrink([false, true])
                .show(ui, |ui| {
                    crate::focus::scroll_to_focus(ui);
                    steps.first_ui(ui, scenario, actions);
                });
        });
        cols[1].with_layout(top_down, |ui| steps.answer_ui(ui, t, focus_next, actions));
    });
}

/// The two steps of a scenario, as the student works through them.
struct Steps<'a, 'c> {
    cx: &'a ViewCtx<'c>,
    choice: &'a Choice,
    /// Checked: the answers stay as given.
    locked: bool,
    /// A system's scenario: each component placed, then the system's answer; no checklist.
    system: bool,
}

impl Steps<'_, '_> {
    /// Step 1: the checklists, or each component placed.
    fn first_ui(
        &self,
        ui: &mut Ui,
        scenario: &arbitre_core::kit::Scenario,
        actions: &mut Vec<Action>,
    ) {
        if self.system {
            components::place_ui(ui, self.cx, scenario, self.choice, self.locked, actions);
        } else {
            ui.add_enabled_ui(!self.locked, |ui| {
                checklist_ui(ui, self.cx, self.choice, actions);
            });
        }
    }

    /// Step 2: the option (and hybrid architecture), then the check, or the feedback and the
    /// next scenario.
    fn answer_ui(&self, ui: &mut Ui, t: &Training, focus_next: bool, actions: &mut Vec<Action>) {
        let (cx, choice, locked, system) = (self.cx, self.choice, self.locked, self.system);
        let (kit, lang, w) = (cx.kit, cx.lang, &cx.words.train);
        let Some(scenario) = t.current_scenario(kit) else {
            return;
        };
        let step = if system {
            cx.words.system_train.step_system
        } else {
            w.step_answer
        };
        let label = ui.add(Label::new(RichText::new(step).strong()).wrap());
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
            let label = ui.add(Label::new(RichText::new(w.which_hybrid).strong()).wrap());
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

        match t.scenario_verdict.as_ref() {
            None => {
                ui.add_space(6.0);
                let placed = if system {
                    components::all_placed(scenario, choice)
                } else {
                    !choice.ticks.is_empty()
                };
                let ready = placed
                    && match choice.option {
                        Some(OptionId::Hybrid) => choice.pattern.is_some(),
                        Some(_) => true,
                        None => false,
                    };
                let check = ui.add_enabled(ready, Button::new(w.check));
                if check.clicked() {
                    actions.push(Action::Check);
                }
                if !ready {
                    let hint = if !placed && system {
                        cx.words.system_train.place_each_first
                    } else if !placed {
                        w.tick_first
                    } else if choice.option == Some(OptionId::Hybrid) {
                        w.choose_hybrid_too
                    } else {
                        w.choose_option
                    };
                    ui.add(Label::new(RichText::new(hint).small().weak()).wrap());
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
}

/// Step 1: the checklists, compact — the VM cases with their details, the hybrid
/// architectures, the summary's statements — each item a box the student ticks.
fn checklist_ui(ui: &mut Ui, cx: &ViewCtx<'_>, choice: &Choice, actions: &mut Vec<Action>) {
    let (kit, lang, w) = (cx.kit, cx.lang, &cx.words.train);
    ui.label(RichText::new(w.step_ticks).strong());
    ui.add(Label::new(RichText::new(w.step_ticks_intro).weak()).wrap());
    let mut tick = |ui: &mut Ui, id: &str, text: &str| {
        let mut on = choice.ticks.contains(id);
        if theme::tick_box(ui, &mut on, text).clicked() {
            actions.push(Action::ToggleTick(id.to_owned()));
        }
    };
    let group = |ui: &mut Ui, title: &str| {
        ui.add_space(4.0);
        ui.add(Label::new(RichText::new(title).strong().size(theme::SUBHEADING * 0.85)).wrap());
    };
    group(ui, w.vm_cases_group);
    for case in &kit.vm_cases {
        tick(ui, &case.id, case.title.get(lang));
        ui.indent(("details", &case.id), |ui| {
            for d in &case.details {
                tick(ui, &d.id, d.text.get(lang));
            }
        });
    }
    group(ui, kit.headings.hybrids.get(lang));
    for hybrid in &kit.hybrids {
        tick(ui, &hybrid.id, hybrid.name.get(lang));
    }
    for list in &kit.summary {
        group(ui, list.title.get(lang));
        for st in &list.statements {
            tick(ui, &st.id, st.text.get(lang));
        }
    }
}

fn scenario_feedback_ui(ui: &mut Ui, cx: &ViewCtx<'_>, v: &ScenarioVerdict) -> egui::Rect {
    let (kit, lang, w, dark) = (cx.kit, cx.lang, &cx.words.train, cx.dark);
    feedback_frame(ui, v.correct, dark, |ui| {
        verdict_line(ui, w, v.correct, dark);
        let expected = answer_name(cx, v.expected, &v.expected_patterns);
        ui.add(Label::new((w.expected_answer)(&expected)).wrap());
        if !v.answer_right() {
            let chosen_patterns: Vec<String> = v.chosen.pattern.iter().cloned().collect();
            let chosen = answer_name(cx, v.chosen.option, &chosen_patterns);
            ui.add(Label::new((w.your_answer)(&chosen)).wrap());
            if v.option_right {
                ui.add(Label::new(w.wrong_architecture).wrap());
            }
        }
        if !v.components.is_empty() {
            components::feedback_ui(ui, cx, v);
            lesson_ui(ui, cx, v);
            disagrees_ui(ui, cx, v);
            return;
        }
        ticks_feedback_ui(ui, cx, v);
        if !v.option_right {
            let chosen = kit.option_name(v.chosen.option, lang);
            let expected = kit.option_name(v.expected, lang);
            ui.add_space(4.0);
            ui.add(Label::new(RichText::new((w.why_not)(&chosen)).strong()).wrap());
            if v.for_chosen.is_empty() {
                bullet_ui(ui, &(w.nothing_for)(&chosen));
            }
            for g in &v.for_chosen {
                ground_ui(ui, cx, g);
            }
            ui.add(Label::new(RichText::new((w.what_counts_for)(&expected)).strong()).wrap());
            for g in &v.for_expected {
                ground_ui(ui, cx, g);
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
        lesson_ui(ui, cx, v);
        disagrees_ui(ui, cx, v);
    })
}

/// When the kit's expected answer is not the engine's: say so (the engine's counts).
fn disagrees_ui(ui: &mut Ui, cx: &ViewCtx<'_>, v: &ScenarioVerdict) {
    if !v.agrees_with_kit {
        ui.add_space(4.0);
        let colour = theme::beyond_colour(cx.dark);
        ui.add(Label::new(RichText::new(cx.words.train.kit_disagrees).color(colour)).wrap());
    }
}

/// The student's ticks against the situation's, and what the engine makes of theirs.
fn ticks_feedback_ui(ui: &mut Ui, cx: &ViewCtx<'_>, v: &ScenarioVerdict) {
    let (kit, lang, w) = (cx.kit, cx.lang, &cx.words.train);
    let count = |state| v.ticks.iter().filter(|d| d.state == state).count();
    let (found, missed, extra) = (
        count(TickState::Both),
        count(TickState::Missed),
        count(TickState::Extra),
    );
    ui.add_space(4.0);
    ui.add(Label::new(RichText::new(w.ticks_title).strong()).wrap());
    ui.add(Label::new((w.ticks_score)(found, found + missed, extra)).wrap());
    for d in &v.ticks {
        let (item, place) = (d.text.get(lang), d.source.get(lang));
        let option = kit.option_name(d.supports, lang);
        let line = match d.state {
            TickState::Both => (w.tick_found)(item),
            TickState::Missed => {
                (w.tick_missed)(item, place, &format!("{option} (+{})", d.strength))
            }
            TickState::Extra => (w.tick_extra)(item, place, &option),
        };
        bullet_ui(ui, &line);
    }
    if let Some(yours) = &v.on_your_ticks {
        let answer = yours
            .option
            .map_or_else(|| "—".to_owned(), |o| answer_name(cx, o, &yours.patterns));
        ui.add(Label::new((w.on_your_ticks)(&answer)).wrap());
        let right = yours.option == Some(v.expected);
        if !right {
            ui.add(Label::new(RichText::new(w.on_your_ticks_differs).strong()).wrap());
        } else if !v.correct {
            ui.add(Label::new(w.on_your_ticks_agrees).wrap());
        }
    }
}

/// An item of the situation that counts for an option, with the notes' text on it.
fn ground_ui(ui: &mut Ui, cx: &ViewCtx<'_>, g: &Ground) {
    let (kit, lang, w) = (cx.kit, cx.lang, &cx.words.train);
    let option = kit.option_name(g.option, lang);
    bullet_ui(
        ui,
        &(w.counts_for)(g.item.get(lang), g.source.get(lang), &option),
    );
    ui.indent("cites", |ui| {
        for c in &g.cells {
            let column = kit.option_name(c.option, lang);
            let line = (w.cell_cite)(c.criterion.get(lang), &column, c.text.get(lang));
            ui.add(Label::new(RichText::new(line).italics()).wrap());
        }
        if let Some(a) = &g.architecture {
            let line = (w.architecture_cite)(a.get(lang));
            ui.add(Label::new(RichText::new(line).italics()).wrap());
        }
    });
}

/// The case's lesson, headed by its kind; for a case beyond the notes, its sources.
fn lesson_ui(ui: &mut Ui, cx: &ViewCtx<'_>, v: &ScenarioVerdict) {
    let (kit, lang, w) = (cx.kit, cx.lang, &cx.words.train);
    let Some(lesson) = &v.lesson else {
        return;
    };
    let heading = match v.kind {
        ScenarioKind::Standard => w.lesson_plain,
        ScenarioKind::Trap => w.lesson_trap,
        ScenarioKind::Depends => w.lesson_depends,
        ScenarioKind::Beyond => w.lesson_beyond,
    };
    ui.add_space(4.0);
    let colour = if v.kind == ScenarioKind::Beyond {
        theme::beyond_colour(cx.dark)
    } else {
        ui.visuals().strong_text_color()
    };
    ui.add(Label::new(RichText::new(heading).strong().color(colour)).wrap());
    ui.add(Label::new(lesson.get(lang)).wrap());
    let sources: Vec<String> = kit
        .scenarios
        .iter()
        .find(|s| s.id == v.scenario)
        .map(|s| s.sources.as_slice())
        .unwrap_or_default()
        .iter()
        .filter_map(|id| kit.beyond.sources.iter().find(|s| &s.id == id))
        .map(|s| format!("{} — {}", s.label.get(lang), s.reference))
        .collect();
    if !sources.is_empty() {
        ui.label(RichText::new(w.sources).strong());
        for s in &sources {
            bullet_ui(ui, s);
        }
    }
}
