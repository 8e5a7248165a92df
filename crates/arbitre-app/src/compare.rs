//! The Compare screen: the notes' comparison table (criteria × containers / VMs), a microVM
//! column marked as going beyond the notes, and per criterion the team's weight and note.
//! The cell of the option that wins on a criterion is tinted and marked ✅. With a system of
//! components, the weights, must-haves and notes are those of the component shown by the
//! switcher (the same as on the Checklists screen); the facts for all show beside them.

use egui::{Align, Layout, RichText, Shape, Ui, vec2};

use crate::components::{self, Cmds, Facts};
use crate::theme;
use crate::view::ViewCtx;
use arbitre_core::i18n::Lang;
use arbitre_core::kit::{CheckedKit, Criterion, OptionId};
use arbitre_core::session::Edit;

/// Draws the Compare screen.
pub(crate) fn compare_ui(ui: &mut Ui, cx: &mut ViewCtx<'_>) {
    let (kit, lang, dark) = (cx.kit, cx.lang, cx.dark);
    // A tight band: the title, the intro and the columns' titles close together.
    let spacing_y = ui.spacing().item_spacing.y;
    ui.spacing_mut().item_spacing.y = 2.0;
    let heading = ui.heading(kit.headings.comparison.get(lang));
    // One line, whatever the window: the whole sentence on hover and for a screen reader.
    ui.add(egui::Label::new(RichText::new(cx.words.compare.intro).small()).truncate());
    ui.spacing_mut().item_spacing.y = spacing_y;
    components::switcher_ui(ui, cx, &heading, components::Extent::Compact);
    let facts = Facts::of(cx.session, cx.component);
    let session = &facts;
    let cmds = &mut Cmds::new(cx);
    // The column headers stay put while the rows scroll under them; both get the widths of
    // the scroll area's content (its bar takes its own room).
    let spacing = 6.0;
    let inner = ui.available_width() - ui.spacing().scroll.allocated_width() - 4.0;
    let widths = column_widths(inner, spacing);
    header_ui(ui, kit, lang, dark, &widths, spacing);
    // A rule under the titles, in no room of its own.
    let rule = ui.visuals().widgets.noninteractive.bg_stroke;
    ui.painter()
        .hline(ui.max_rect().x_range(), ui.cursor().top() - 1.0, rule);
    egui::ScrollArea::vertical()
        .auto_shrink([false, false])
        .show(ui, |ui| {
            crate::focus::scroll_to_focus(ui);
            table_ui(ui, kit, session, lang, dark, &widths, spacing, cmds);
            ui.add_space(12.0);
            sources_ui(ui, kit, lang, dark);
        });
}

/// The table's header row: criterion, containers, VMs, and the microVM column marked as
/// going beyond the notes. Short titles on one line each (the full names on hover): the
/// header stays a thin band above the rows, on a projector too.
fn header_ui(
    ui: &mut Ui,
    kit: &CheckedKit,
    lang: Lang,
    dark: bool,
    widths: &[f32; 4],
    spacing: f32,
) {
    let full = |o: OptionId| kit.option(o).map_or(o.id(), |d| d.name.get(lang));
    let beyond = theme::beyond_colour(dark);
    row_ui(ui, widths, spacing, 2, |col, ui| {
        let (text, hover) = match col {
            0 => (kit.headings.criterion.get(lang).to_owned(), None),
            1 => (
                kit.option_name(OptionId::Containers, lang),
                Some(full(OptionId::Containers)),
            ),
            2 => (
                kit.option_name(OptionId::Vms, lang),
                Some(full(OptionId::Vms)),
            ),
            _ => (
                lang.words().compare.beyond_short.to_owned(),
                Some(kit.beyond.title.get(lang)),
            ),
        };
        let mut text = RichText::new(text).strong();
        if col == 3 {
            text = text.color(beyond);
        }
        ui.horizontal_wrapped(|ui| {
            let r = ui.add(egui::Label::new(text).wrap());
            if let Some(hover) = hover {
                r.on_hover_text(hover);
            }
            if col == 3 {
                // "Beyond the notes" as a sign on the title's line, in words on hover and for
                // a screen reader: the header stays one line high.
                let badge = lang.words().compare.beyond_badge;
                let r = ui
                    .label(RichText::new(WARNING_SIGN).color(beyond))
                    .on_hover_text(format!("{badge}\n\n{}", kit.beyond.note.get(lang)));
                r.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Label, true, badge));
            }
        });
        None
    });
}

/// The sign beside the microVM column's title: beyond the notes.
const WARNING_SIGN: &str = "⚠";

/// Column widths for the available width: criterion, containers, VMs, microVMs.
fn column_widths(available: f32, spacing: f32) -> [f32; 4] {
    // Wide enough for the four importance levels on one row, in either language.
    let first = (available * 0.22).clamp(262.0, 300.0);
    let rest = ((available - first - 3.0 * spacing) / 3.0).max(120.0);
    [first, rest, rest, rest]
}

#[allow(clippy::too_many_arguments)]
fn table_ui(
    ui: &mut Ui,
    kit: &CheckedKit,
    session: &Facts<'_>,
    lang: Lang,
    dark: bool,
    widths: &[f32; 4],
    spacing: f32,
    cmds: &mut Cmds<'_>,
) {
    let beyond = theme::beyond_colour(dark);
    for crit in &kit.criteria {
        row_ui(ui, widths, spacing, 6, |col, ui| match col {
            0 => {
                criterion_cell_ui(ui, kit, crit, session, lang, cmds);
                None
            }
            1 | 2 => {
                let (option, text) = if col == 1 {
                    (OptionId::Containers, crit.containers.get(lang))
                } else {
                    (OptionId::Vms, crit.vms.get(lang))
                };
                let cell = Cell {
                    crit,
                    col,
                    column: kit.option_name(option, lang),
                };
                option_cell_ui(ui, &cell, text, crit.favours == option, lang);
                (crit.favours == option).then(|| theme::favoured_fill(dark))
            }
            _ => {
                let cell = Cell {
                    crit,
                    col,
                    column: lang.words().compare.beyond_short.to_owned(),
                };
                let refs: Vec<String> = crit
                    .microvm
                    .sources
                    .iter()
                    .map(|s| format!("[{s}]"))
                    .collect();
                folded_ui(ui, &cell, crit.microvm.text.get(lang), lang, |ui| {
                    if !refs.is_empty() {
                        ui.label(RichText::new(refs.join(" ")).small().color(beyond));
                    }
                });
                Some(theme::beyond_fill(dark))
            }
        });
        ui.separator();
    }
}

/// Lays out one row of cells side by side, `margin_y` above and under their content; each
/// cell may ask for a background fill, which is painted behind it at the full height of the
/// row.
fn row_ui(
    ui: &mut Ui,
    widths: &[f32; 4],
    spacing: f32,
    margin_y: i8,
    mut cell: impl FnMut(usize, &mut Ui) -> Option<egui::Color32>,
) {
    let top = ui.cursor().min;
    let mut backgrounds = Vec::new();
    ui.horizontal_top(|ui| {
        ui.spacing_mut().item_spacing.x = spacing;
        for (col, &w) in widths.iter().enumerate() {
            let bg = ui.painter().add(Shape::Noop);
            let r = ui.allocate_ui_with_layout(vec2(w, 0.0), Layout::top_down(Align::Min), |ui| {
                ui.set_width(w);
                egui::Frame::new()
                    .inner_margin(egui::Margin::symmetric(6, margin_y))
                    .show(ui, |ui| {
                        ui.set_width(w - 12.0);
                        cell(col, ui)
                    })
                    .inner
            });
            backgrounds.push((bg, r.response.rect.x_range(), r.inner));
        }
    });
    let bottom = ui.min_rect().max.y;
    for (idx, x, fill) in backgrounds {
        if let Some(fill) = fill {
            let rect = egui::Rect::from_x_y_ranges(x, top.y..=bottom);
            ui.painter().set(idx, Shape::rect_filled(rect, 4.0, fill));
        }
    }
}

/// Which cell of the table a text is in: its fold's key and its toggle's name.
struct Cell<'a> {
    crit: &'a Criterion,
    col: usize,
    /// The column's name, for the toggle's accessible name.
    column: String,
}

/// The lines a folded cell shows; the rest is one click (or Tab, Enter) away.
const FOLD_ROWS: usize = 3;

/// A cell's text, folded to [`FOLD_ROWS`] lines when it holds more, with a "more" button
/// under it that unfolds it (and "less" that folds it again); `after` adds what goes beside
/// the button (the sources). A screen reader reads the whole text, folded or not. Whether a
/// cell is unfolded is a bool in egui's memory, by criterion and column.
fn folded_ui(ui: &mut Ui, cell: &Cell<'_>, text: &str, lang: Lang, after: impl FnOnce(&mut Ui)) {
    let words = &lang.words().compare;
    let key = egui::Id::unique(("compare_fold", cell.crit.id.as_str(), cell.col));
    let open = ui.data(|d| d.get_temp::<bool>(key)).unwrap_or(false);
    let mut job = egui::text::LayoutJob::simple(
        text.to_owned(),
        egui::TextStyle::Body.resolve(ui.style()),
        ui.visuals().text_color(),
        ui.available_width(),
    );
    if !open {
        job.wrap.max_rows = FOLD_ROWS;
    }
    let galley = ui.fonts_mut(|f| f.layout_job(job));
    let folded = galley.elided;
    ui.add(egui::Label::new(galley));
    ui.horizontal_wrapped(|ui| {
        after(ui);
        if open || folded {
            let crit = cell.crit.name.get(lang);
            let (label, name) = if open {
                (words.less, (words.less_name)(crit, &cell.column))
            } else {
                (words.more, (words.more_name)(crit, &cell.column))
            };
            let r = ui
                .add(egui::Button::new(RichText::new(label).small()))
                .on_hover_text(&name);
            r.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, &name));
            if r.clicked() {
                ui.data_mut(|d| d.insert_temp(key, !open));
            }
        }
    });
}

fn option_cell_ui(ui: &mut Ui, cell: &Cell<'_>, text: &str, favoured: bool, lang: Lang) {
    if favoured {
        let w = lang.words();
        ui.horizontal_wrapped(|ui| {
            ui.label(RichText::new(w.compare.wins).strong().small());
            let dark = ui.visuals().dark_mode;
            crate::recommend::reading_badge(
                ui,
                w.common.reading_badge,
                w.compare.wins_reading,
                dark,
            );
        });
    }
    folded_ui(ui, cell, text, lang, |_| {});
}

fn criterion_cell_ui(
    ui: &mut Ui,
    kit: &CheckedKit,
    crit: &Criterion,
    session: &Facts<'_>,
    lang: Lang,
    cmds: &mut Cmds<'_>,
) {
    let words = &lang.words().compare;
    ui.add(egui::Label::new(RichText::new(crit.name.get(lang)).strong()).wrap());
    let weight = session.own.weights.get(&crit.id).copied().unwrap_or(0);
    let label = ui.label(RichText::new(lang.colon(words.importance)).small());
    // One row that never wraps ("Forte" alone on a line read as a fifth level): tight
    // spacing and padding keep the four levels within the criterion column.
    ui.horizontal(|ui| {
        ui.spacing_mut().item_spacing.x = 2.0;
        ui.spacing_mut().button_padding.x = 3.0;
        for (w, level) in (0..=3u8).zip(words.weights) {
            let r = ui
                .selectable_label(weight == w, level)
                .on_hover_text(format!("{} — {} {w}", crit.name.get(lang), words.weight));
            if r.clicked() && weight != w {
                cmds.edit(Edit::Weight {
                    id: crit.id.clone(),
                    weight: w,
                });
            }
        }
    })
    .response
    .labelled_by(label.id);
    if weight > 0 {
        // A weighted criterion can be a must-have: a fact, not a preference.
        let mut must = session.own.musts.contains(&crit.id);
        let r = ui
            .checkbox(&mut must, RichText::new(words.must).small())
            .on_hover_text(lang.words().checklists.must_hint);
        let accessible = (words.must_name)(crit.name.get(lang));
        r.widget_info(|| egui::WidgetInfo::selected(egui::Role::CheckBox, true, must, &accessible));
        if r.changed() {
            cmds.edit(Edit::Must {
                id: crit.id.clone(),
                on: must,
            });
        }
    }
    shared_criterion_ui(ui, kit, crit, session, lang);
    let note_label = ui.label(RichText::new(lang.colon(words.team_note)).small());
    let mut note = session.own.notes.get(&crit.id).cloned().unwrap_or_default();
    let r = ui
        .add(
            egui::TextEdit::multiline(&mut note)
                .desired_rows(1)
                .desired_width(f32::INFINITY)
                .hint_text("…"),
        )
        .labelled_by(note_label.id);
    if r.changed() {
        cmds.edit(Edit::Note {
            id: crit.id.clone(),
            text: note,
        });
    }
}

/// In a component, what the facts for all say of a criterion (its weight, must-have and
/// note), locked; and, with two components or more, that a weight for the system's shape
/// names its architecture.
fn shared_criterion_ui(
    ui: &mut Ui,
    kit: &CheckedKit,
    crit: &Criterion,
    session: &Facts<'_>,
    lang: Lang,
) {
    let w = lang.words();
    let weak = ui.visuals().weak_text_color();
    let shared = session.shared_weight(&crit.id);
    if let Some(all) = session.shared {
        let mut lines = Vec::new();
        if let Some(level) = w
            .compare
            .weights
            .get(usize::from(shared))
            .filter(|_| shared > 0)
        {
            lines.push((w.components.weight_for_all)(level));
        }
        if shared > 0 && all.musts.contains(&crit.id) {
            lines.push(w.components.must_for_all.to_owned());
        }
        if let Some(note) = all.notes.get(&crit.id) {
            lines.push((w.components.note_for_all)(note));
        }
        for line in lines {
            ui.add(
                egui::Label::new(RichText::new(format!("🔒 {line}")).small().color(weak)).wrap(),
            )
            .on_hover_text(w.components.for_all_hint);
        }
    }
    if session.names_shape(kit, &crit.id) {
        components::shape_note_ui(ui, lang);
    }
}

fn sources_ui(ui: &mut Ui, kit: &CheckedKit, lang: Lang, dark: bool) {
    let beyond = theme::beyond_colour(dark);
    ui.label(
        RichText::new(format!(
            "⚠ {} — {}",
            kit.beyond.title.get(lang),
            lang.words().compare.beyond_notes
        ))
        .strong()
        .color(beyond),
    );
    ui.add(egui::Label::new(kit.beyond.note.get(lang)).wrap());
    for s in &kit.beyond.sources {
        ui.horizontal_wrapped(|ui| {
            ui.label(RichText::new(format!("[{}]", s.id)).color(beyond));
            ui.label(s.label.get(lang));
            ui.label(RichText::new(&s.reference).monospace().small())
                .on_hover_text(lang.words().compare.reference_offline);
        });
    }
}
