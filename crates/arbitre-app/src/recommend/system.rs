//! The Recommendation screen for a session with components: the system's outcome and its
//! architectures (how the split's was recognised, what the system waits for, the team's
//! override), the team's system drawn by its names, a table of the components (placement,
//! the one-line why, overridden marked; a row selects the component shown), the shown
//! component's reasons and what would change them, and the override form scoped to the
//! component shown or to the whole system.

use egui::{RichText, Ui};

use super::{
    OverrideDraft, OverrideScope, drawing_within, flips_ui, hints_ui, override_form, reading_badge,
    reasons_ui, scores_ui, suggested_ui,
};
use crate::command::Command;
use crate::theme;
use crate::view::ViewCtx;
use arbitre_core::decide::{Decision, Outcome};
use arbitre_core::kit::Shape;
use arbitre_core::system::{Place, Placed, Recognised};

/// The height of a row of the components' table.
const ROW_HEIGHT: f32 = 24.0;
/// The rows the table shows before it scrolls on its own.
const TABLE_ROWS: usize = 12;
/// The same, as a height factor.
const TABLE_ROWS_F: f32 = 12.0;

/// Draws the system's answer; `drawing` is the team's system, computed when it changed.
pub(super) fn system_ui(
    ui: &mut Ui,
    cx: &mut ViewCtx<'_>,
    draft: &mut OverrideDraft,
    drawing: &[Shape],
) {
    // A large system's drawing is tall: it goes below, the whole width, after the table
    // and the details it would push out of reach.
    let large = cx.system.components.len() > TABLE_ROWS;
    if large {
        outcome_ui(ui, cx);
    } else {
        ui.columns(2, |cols| {
            outcome_ui(&mut cols[0], cx);
            drawing_ui(&mut cols[1], cx, drawing, super::DRAWING_WIDTH);
        });
    }
    ui.add_space(8.0);
    ui.separator();
    table_ui(ui, cx);
    ui.add_space(8.0);
    ui.separator();
    let shown = cx.component.and_then(|i| cx.system.components.get(i));
    if let Some(placed) = shown {
        details_ui(ui, cx, placed);
    } else {
        ui.add(egui::Label::new(RichText::new(cx.words.system_view.select_hint).weak()).wrap());
    }
    ui.add_space(8.0);
    ui.separator();
    override_ui(ui, cx, draft);
    if large {
        ui.add_space(8.0);
        ui.separator();
        drawing_ui(ui, cx, drawing, f32::INFINITY);
    }
}

/// The system's outcome, its architectures and how the split's was recognised, what it
/// waits for, and the team's override.
fn outcome_ui(ui: &mut Ui, cx: &ViewCtx<'_>) {
    let (kit, lang, system) = (cx.kit, cx.lang, cx.system);
    let (w, sv) = (&cx.words.recommend, &cx.words.system_view);
    let d = &system.decision;
    if d.overridden {
        ui.label(
            theme::subheading(format!(
                "{} {}",
                lang.colon(w.team_decision),
                d.outcome.name(kit, lang)
            ))
            .color(ui.visuals().warn_fg_color),
        );
        let justification = cx
            .session
            .override_
            .as_ref()
            .map_or("", |o| o.justification.as_str());
        ui.horizontal_wrapped(|ui| {
            ui.label(RichText::new(lang.colon(w.justification)).strong());
            ui.add(egui::Label::new(justification).wrap());
        });
        let derived = &system.derived;
        if derived.outcome.option().is_some() {
            let text = arbitre_core::decide::outcome_text(
                kit,
                derived.outcome,
                &[],
                &derived.patterns,
                lang,
            );
            ui.add(egui::Label::new(RichText::new((sv.placements_give)(&text)).weak()).wrap());
        }
    } else {
        ui.label(theme::subheading(format!(
            "{} {}",
            lang.colon(sv.outcome),
            d.outcome.name(kit, lang)
        )));
    }
    ui.label(RichText::new((sv.count)(system.components.len())).weak());
    for p in &d.patterns {
        if let Some(h) = kit.hybrid(p) {
            ui.label(RichText::new(format!("• {}", h.name.get(lang))).strong());
            ui.indent(("architecture", p), |ui| {
                ui.add(egui::Label::new(RichText::new(h.architecture.get(lang)).italics()).wrap());
            });
        }
    }
    if d.outcome == Outcome::Hybrid && d.patterns.is_empty() && system.waiting.is_empty() {
        ui.add(egui::Label::new(sv.no_architecture).wrap());
    }
    if !d.overridden
        && let Some(how) = system.recognised
    {
        let text = match how {
            Recognised::Ticked => sv.recognised_ticked,
            Recognised::Voted => sv.recognised_voted,
            Recognised::Fits => sv.recognised_fits,
        };
        ui.add(egui::Label::new(RichText::new(text).weak()).wrap());
    }
    if !system.waiting.is_empty() {
        let names: Vec<&str> = system
            .waiting
            .iter()
            .filter_map(|i| system.components.get(*i))
            .map(|c| c.name.as_str())
            .collect();
        ui.add(
            egui::Label::new(
                RichText::new((sv.waiting)(&names.join(", "))).color(ui.visuals().warn_fg_color),
            )
            .wrap(),
        );
    }
}

/// The team's system: each component by its name, in the box where it runs, at most
/// `max_width` wide.
fn drawing_ui(ui: &mut Ui, cx: &ViewCtx<'_>, drawing: &[Shape], max_width: f32) {
    let sv = &cx.words.system_view;
    ui.horizontal(|ui| {
        ui.label(theme::subheading(sv.drawing_title));
        reading_badge(
            ui,
            cx.words.common.reading_badge,
            sv.drawing_reading,
            cx.dark,
        );
    });
    drawing_within(ui, drawing, cx.lang, cx.dark, max_width);
}

/// The columns' widths for a table this wide: the name, the placement (a boundary's words
/// are long), the why (what is left), the override's mark.
fn column_widths(total: f32) -> [f32; 4] {
    let name = (total * 0.18).max(120.0);
    let place = (total * 0.34).max(200.0);
    let mark = (total * 0.12).max(90.0);
    let why = (total - name - place - mark - ROW_SPACING * 3.0).max(160.0);
    [name, place, why, mark]
}

/// The space between two cells of a row.
const ROW_SPACING: f32 = 8.0;

/// A table cell: `width` wide, its content from the left, cut at its edge.
fn cell(ui: &mut Ui, width: f32, add: impl FnOnce(&mut Ui)) {
    ui.allocate_ui_with_layout(
        egui::vec2(width, ROW_HEIGHT),
        egui::Layout::left_to_right(egui::Align::Center),
        |ui| {
            ui.set_width(width);
            add(ui);
        },
    );
}

/// One row of the table, as shown.
struct Row<'a> {
    name: &'a str,
    description: &'a str,
    place: String,
    why: String,
    overridden: bool,
    selected: bool,
}

/// The components' table: the whole system first, then each component; a row selects what
/// the details and the override form are about.
fn table_ui(ui: &mut Ui, cx: &mut ViewCtx<'_>) {
    let (kit, lang, system) = (cx.kit, cx.lang, cx.system);
    let sv = &cx.words.system_view;
    let widths = column_widths(ui.available_width());
    let header = ui.horizontal(|ui| {
        for (title, width) in [sv.col_component, sv.col_placement, sv.col_why, ""]
            .into_iter()
            .zip(widths)
        {
            cell(ui, width, |ui| {
                ui.label(RichText::new(title).strong());
            });
        }
    });
    // A component just chosen: the table goes to the top of the page, so that the switcher
    // and the component's details below it share the screen (a projector's is short).
    let scroll_id = egui::Id::unique("components_table_to_top");
    if ui.ctx().data_mut(|d| d.remove_temp::<bool>(scroll_id)) == Some(true) {
        header.response.scroll_to_me(Some(egui::Align::TOP));
    }
    let whole_why = match cx.session.override_.as_ref() {
        Some(o) => (lang.words().system.why_override)(&o.justification),
        None => sv.whole_why.to_owned(),
    };
    let mut rows = vec![Row {
        name: lang.words().system.whole_system,
        description: "",
        place: system.decision.outcome.name(kit, lang),
        why: whole_why,
        overridden: system.decision.overridden,
        selected: cx.component.is_none(),
    }];
    rows.extend(system.components.iter().enumerate().map(|(i, c)| Row {
        name: &c.name,
        description: &c.description,
        place: c.place.text(kit, lang),
        why: c.why(kit, lang),
        overridden: c.decision.overridden,
        selected: cx.component == Some(i),
    }));
    let mut clicked = None;
    egui::ScrollArea::vertical()
        .id_salt("components_table")
        .max_height(ROW_HEIGHT * TABLE_ROWS_F)
        .auto_shrink([false, true])
        .show(ui, |ui| {
            crate::focus::scroll_to_focus(ui);
            for (i, row) in rows.iter().enumerate() {
                if row_ui(ui, cx, row, widths) {
                    // Row 0 is the whole system.
                    clicked = Some(i.checked_sub(1));
                }
            }
        });
    if let Some(component) = clicked {
        if component.is_some() {
            ui.ctx().data_mut(|d| d.insert_temp(scroll_id, true));
        }
        cx.push(Command::SelectComponent(component));
    }
}

/// One row; whether its name was clicked (or activated from the keyboard).
fn row_ui(ui: &mut Ui, cx: &ViewCtx<'_>, row: &Row<'_>, widths: [f32; 4]) -> bool {
    let sv = &cx.words.system_view;
    let mut clicked = false;
    ui.horizontal(|ui| {
        ui.set_height(ROW_HEIGHT);
        cell(ui, widths[0], |ui| {
            let name = RichText::new(row.name).strong();
            let mut r = ui.add(egui::Button::selectable(row.selected, name).truncate());
            if !row.description.is_empty() {
                r = r.on_hover_text(row.description);
            }
            clicked = r.clicked();
            // Reached by the keyboard (Tab, a screen reader): into view, in the table and
            // on the screen.
            if r.gained_focus() {
                r.scroll_to_me(None);
            }
        });
        cell(ui, widths[1], |ui| {
            ui.add(egui::Label::new(row.place.as_str()).truncate());
        });
        cell(ui, widths[2], |ui| {
            ui.add(egui::Label::new(RichText::new(row.why.as_str()).weak()).truncate());
        });
        cell(ui, widths[3], |ui| {
            if row.overridden {
                ui.label(RichText::new(sv.overridden).color(ui.visuals().warn_fg_color));
            }
        });
    });
    clicked
}

/// The shown component: where it lands and why, its scores, what rules options out, its
/// reasons and what would change its placement (the one-workload view's pieces, on its
/// recommendation).
fn details_ui(ui: &mut Ui, cx: &mut ViewCtx<'_>, placed: &Placed) {
    let (kit, lang) = (cx.kit, cx.lang);
    let sv = &cx.words.system_view;
    ui.label(theme::subheading((sv.details_title)(&placed.name)));
    if !placed.description.is_empty() {
        ui.add(egui::Label::new(RichText::new(placed.description.as_str()).italics()).wrap());
    }
    let place = format!(
        "{} {}",
        lang.colon(sv.placement),
        placed.place.text(kit, lang)
    );
    if placed.decision.overridden {
        ui.horizontal_wrapped(|ui| {
            ui.label(
                RichText::new(place)
                    .strong()
                    .color(ui.visuals().warn_fg_color),
            );
            ui.label(RichText::new(format!("({})", sv.overridden)).weak());
        });
    } else {
        ui.label(RichText::new(place).strong());
    }
    ui.add(egui::Label::new(placed.why(kit, lang)).wrap());
    if placed.decision.overridden {
        let engine = Place::of(kit, &Decision::engine(&placed.recommendation));
        ui.label(format!(
            "{} {}",
            lang.colon(sv.engine_placement),
            engine.text(kit, lang)
        ));
    }
    scores_ui(ui, cx);
    suggested_ui(ui, cx, placed.decision.overridden);
    hints_ui(ui, cx);
    ui.add_space(8.0);
    ui.columns(2, |cols| {
        reasons_ui(&mut cols[0], cx);
        flips_ui(&mut cols[1], cx);
    });
}

/// The override form, for the component shown, else for the whole system: its title names
/// which.
fn override_ui(ui: &mut Ui, cx: &mut ViewCtx<'_>, draft: &mut OverrideDraft) {
    let sv = &cx.words.system_view;
    let shown = cx.component.and_then(|i| cx.system.components.get(i));
    let scope = match shown {
        Some(c) => OverrideScope {
            title: (sv.override_component)(&c.name),
            open: (sv.open_component)(&c.name),
            back: (sv.back_component)(&c.name),
            intro: sv.intro_component,
            overridden: c.decision.overridden,
            engine: c.recommendation.outcome,
        },
        None => OverrideScope {
            title: sv.override_system.to_owned(),
            open: sv.open_system.to_owned(),
            back: sv.back_system.to_owned(),
            intro: sv.intro_system,
            overridden: cx.session.override_.is_some(),
            engine: cx.system.decision.outcome,
        },
    };
    override_form(ui, cx, draft, &scope);
}
