//! The Log screen: a repository's whole ADR log — a table of every record (sorted, filtered,
//! searched as you type), the record read with its relations, a graph of supersessions,
//! the log's problems, and actions that run the same code as `arbitre adr …`.
//!
//! The screen's state is data ([`LogModel`]) changed by messages ([`update`]); the log is
//! read and written by the effect runner ([`run`]), with progress shown, never in a frame.
//! The table, the search and the record pane are computed when the query or the selection
//! changes, never per frame. A long record shows a bounded beginning, and all of it on
//! demand (`preview`).

mod draft_state;
mod menus;
mod model;
mod new_record;
mod preview;

pub use model::{LogEffect, LogJob, LogModel, LogMsg, StatusError, StatusSet, run, update};

use std::path::{Path, PathBuf};

use egui::{Color32, RichText, Ui};

use crate::command::Command;
use crate::theme;
use crate::view::ViewCtx;
use arbitre_adr::log::{Browse, Column, RecordStatus, RelationKind};
use arbitre_core::session::Status;
use menus::{place_text, problems_toggle, recent_menu};

/// The statuses a record can be set to from the screen.
const SETTABLE: [Status; 4] = [
    Status::Proposed,
    Status::Accepted,
    Status::Rejected,
    Status::Deprecated,
];

/// The height of a table row, in points.
const ROW_HEIGHT: f32 = 24.0;

/// A record's status in words: the catalog's status names for the known ones, the text as
/// written for the others, a dash when it states none.
fn state_name(state: &RecordStatus, lang: arbitre_core::i18n::Lang) -> String {
    match state {
        RecordStatus::Known(s) => crate::adr::status_name(*s, lang).to_owned(),
        RecordStatus::Custom(text) => text.clone(),
        RecordStatus::Unstated => "—".to_owned(),
    }
}

/// A badge's colours for a status, readable on both themes.
fn badge_colours(state: &RecordStatus, dark: bool) -> (Color32, Color32) {
    let fill = match state {
        RecordStatus::Known(Status::Accepted) => Color32::from_rgb(30, 130, 60),
        RecordStatus::Known(Status::Proposed) => Color32::from_rgb(30, 100, 170),
        RecordStatus::Known(Status::Rejected) => Color32::from_rgb(170, 40, 40),
        RecordStatus::Known(Status::Superseded | Status::Deprecated) => {
            Color32::from_rgb(110, 110, 110)
        }
        RecordStatus::Custom(_) | RecordStatus::Unstated => Color32::from_rgb(150, 110, 20),
    };
    let fill = if dark {
        fill.gamma_multiply(0.85)
    } else {
        fill
    };
    (fill, Color32::WHITE)
}

fn badge(ui: &mut Ui, state: &RecordStatus, lang: arbitre_core::i18n::Lang) {
    let (fill, text) = badge_colours(state, ui.visuals().dark_mode);
    ui.label(
        RichText::new(format!(" {} ", state_name(state, lang)))
            .color(text)
            .background_color(fill),
    );
}

/// Whether the table and the record stack (the table a few rows high, the record the whole
/// width below it) rather than stand side by side: when a record is read in a window under
/// this width, in points (1024 wide, or presenter mode's large type).
const STACK_BELOW: f32 = 1100.0;

/// Whether the window is short ([`crate::theme::short_screen`]): the heading is left to the
/// top bar, the less frequent actions to a menu, the graph to a toggle, and in presenter mode
/// a record read takes the place of the table.
fn short(ui: &Ui) -> bool {
    crate::theme::short_screen(ui.ctx())
}

/// The Log screen. What is above the table is a few rows (the heading in the toolbar's row,
/// the search, the filter, the count and the log's place in one row, the graph only when
/// the log has supersessions), so the record read gets most of the height. On a short,
/// narrow screen (presenter mode) a record read takes the whole screen: [`reading_ui`].
pub(crate) fn log_ui(ui: &mut Ui, cx: &mut ViewCtx<'_>, screen: &mut LogModel, recent: &[PathBuf]) {
    let w = &cx.words.log;
    if screen.browse.is_some()
        && screen.selected.is_some()
        && screen.new_record.is_none()
        && screen.loading.is_none()
        && short(ui)
        && ui.available_width() < STACK_BELOW
    {
        reading_ui(ui, cx, screen);
        return;
    }
    toolbar_ui(ui, cx, screen, recent);
    loading_ui(ui, cx, screen);
    if let Some((dir, layout)) = &mut screen.no_log {
        new_record::init_ui(ui, cx, dir, layout);
    }

    let Some(browse) = &screen.browse else {
        if screen.loading.is_none() {
            ui.add_space(12.0);
            ui.add(egui::Label::new(w.empty).wrap());
        }
        return;
    };
    let (found, full_path) = place_text(cx, browse);

    if let Some(state) = &mut screen.new_record {
        ui.label(RichText::new(found).small())
            .on_hover_text(full_path);
        new_record::new_record_ui(ui, cx, state);
        return;
    }
    if screen.show_problems {
        problems_ui(ui, cx, browse);
    }

    // The statuses and their counts: a handful of pairs.
    let states = browse.states.clone();
    let total = browse.entries.len();
    let shown_count = screen.rows().len();
    ui.horizontal_wrapped(|ui| {
        let l = ui.label(cx.lang.colon(w.search));
        ui.add(
            egui::TextEdit::singleline(&mut screen.query.text)
                .desired_width(if short(ui) { 150.0 } else { 200.0 })
                .hint_text("…"),
        )
        .labelled_by(l.id)
        .on_hover_text(w.search_hint);
        ui.horizontal(|ui| {
            let l = ui.label(cx.lang.colon(w.status_filter));
            let current = screen
                .query
                .state
                .as_ref()
                .map_or_else(|| w.all.to_owned(), |s| state_name(s, cx.lang));
            egui::ComboBox::from_id_salt("log_status_filter")
                .selected_text(current)
                .show_ui(ui, |ui| {
                    ui.selectable_value(&mut screen.query.state, None, w.all);
                    for (state, n) in &states {
                        let label = format!("{} ({n})", state_name(state, cx.lang));
                        ui.selectable_value(&mut screen.query.state, Some(state.clone()), label);
                    }
                })
                .response
                .labelled_by(l.id);
        });
        let count = RichText::new((w.count)(&shown_count.to_string(), &total.to_string())).small();
        // On a short screen the log's place is in the toolbar (and on the count's hover), and
        // the supersessions end this row: the table starts high.
        if short(ui) {
            ui.label(count)
                .on_hover_text(format!("{found}\n{full_path}"));
            if ui.available_width() < 120.0 {
                ui.end_row();
            }
            graph_ui(ui, cx, screen);
        } else {
            ui.label(count);
            ui.add(egui::Label::new(RichText::new(found).small()).truncate())
                .on_hover_text(full_path);
        }
    });

    let reading = screen.selected.is_some();
    let stacked = reading && ui.available_width() < STACK_BELOW;
    if !short(ui) {
        graph_ui(ui, cx, screen);
    }

    let avail = ui.available_size();
    let down = egui::Layout::top_down(egui::Align::Min);
    if stacked {
        // The table three rows high, the record the whole width below it.
        let table_height = (ROW_HEIGHT * 3.0 + 52.0).min(avail.y);
        ui.allocate_ui_with_layout(egui::vec2(avail.x, table_height), down, |ui| {
            ui.set_min_size(egui::vec2(avail.x, table_height));
            ui.set_max_height(table_height);
            table_ui(ui, cx, screen);
        });
        ui.separator();
        record_pane(ui, cx, screen);
        return;
    }
    // Side by side; with nothing read the table takes most of the width, the pane beside it
    // only saying how to read.
    let share = if reading { 0.55 } else { 0.78 };
    let table_width = (avail.x * share).max(360.0).min(avail.x);
    ui.horizontal_top(|ui| {
        ui.allocate_ui_with_layout(egui::vec2(table_width, avail.y), down, |ui| {
            ui.set_min_size(egui::vec2(table_width, avail.y));
            table_ui(ui, cx, screen);
        });
        ui.separator();
        record_pane(ui, cx, screen);
    });
}

/// The record pane in all the room left.
fn record_pane(ui: &mut Ui, cx: &mut ViewCtx<'_>, screen: &mut LogModel) {
    let rest = ui.available_size();
    let down = egui::Layout::top_down(egui::Align::Min);
    ui.allocate_ui_with_layout(rest, down, |ui| {
        ui.set_min_size(rest);
        record_ui(ui, cx, screen);
    });
}

/// A record read on a short screen: a row to go back to the table or to the record before or
/// after it, then the record, its actions and its text, the whole width and height.
fn reading_ui(ui: &mut Ui, cx: &mut ViewCtx<'_>, screen: &mut LogModel) {
    let w = &cx.words.log;
    let rows = screen.rows().to_vec();
    let at = screen
        .selected
        .and_then(|s| rows.iter().position(|r| *r == s));
    let mut go = None;
    let mut back = false;
    ui.horizontal_wrapped(|ui| {
        back = ui.button(w.all_records).clicked();
        // A record selected outside the rows shown (from the graph, a link): the rows'
        // ends are its neighbours.
        let (before, after) = match at {
            Some(a) => (a.checked_sub(1), Some(a + 1).filter(|a| *a < rows.len())),
            None => (rows.len().checked_sub(1), (!rows.is_empty()).then_some(0)),
        };
        if ui
            .add_enabled(before.is_some(), egui::Button::new(w.previous_record))
            .clicked()
        {
            go = before;
        }
        if ui
            .add_enabled(after.is_some(), egui::Button::new(w.next_record))
            .clicked()
        {
            go = after;
        }
        if let Some(a) = at {
            ui.label(RichText::new(format!("{} / {}", a + 1, rows.len())).weak());
        }
    });
    ui.separator();
    record_ui(ui, cx, screen);
    if back {
        screen.selected = None;
    } else if let Some(i) = go.and_then(|g| rows.get(g)) {
        screen.select(*i);
    }
}

/// Open, recent logs, and the actions on the log read.
fn toolbar_ui(ui: &mut Ui, cx: &mut ViewCtx<'_>, screen: &mut LogModel, recent: &[PathBuf]) {
    let w = &cx.words.log;
    ui.horizontal_wrapped(|ui| {
        if !short(ui) {
            ui.heading(crate::command::Screen::Log.title(cx.lang));
            ui.separator();
        }
        if ui.button(w.open).on_hover_text(w.open_hint).clicked() {
            cx.push(Command::OpenLogDialog);
        }
        // On a short screen, once a log is read, the less frequent actions (the recent logs
        // among them) wait in a menu: the toolbar is one row, and the table starts high.
        let folded = short(ui) && screen.browse.is_some();
        if !folded {
            recent_menu(ui, cx, recent);
        }
        if screen.browse.is_some() {
            // No problem to show: its toggle waits in the menu too.
            let problems = screen.browse.as_ref().map_or(0, |b| b.problems.len());
            let mut secondary = |ui: &mut Ui| {
                if folded {
                    recent_menu(ui, cx, recent);
                    if problems == 0 {
                        problems_toggle(ui, w, problems, &mut screen.show_problems);
                    }
                }
                if ui.button(w.reload).clicked() {
                    cx.push(Command::ReloadLog);
                    ui.close();
                }
                if ui.button(w.new_decision).clicked() {
                    cx.push(Command::NewInLog);
                    ui.close();
                }
                if ui.button(w.write_index).clicked() {
                    cx.push(Command::WriteLogIndex);
                    ui.close();
                }
            };
            if folded {
                ui.menu_button(w.more_actions, secondary);
            } else {
                secondary(ui);
            }
            ui.separator();
            let nr = &cx.words.new_record;
            if ui
                .add_enabled(
                    screen.new_record.is_none(),
                    // The shortcut is on the button where the toolbar has room, on its
                    // hover and in F1's list everywhere.
                    if short(ui) {
                        egui::Button::new(nr.button)
                    } else {
                        egui::Button::new(nr.button).shortcut_text(
                            Command::NewRecord
                                .shortcut()
                                .map(|k| ui.ctx().format_shortcut(&k))
                                .unwrap_or_default(),
                        )
                    },
                )
                .on_hover_text(nr.button_hint)
                .clicked()
            {
                cx.push(Command::NewRecord);
            }
            if !(folded && problems == 0) {
                problems_toggle(ui, w, problems, &mut screen.show_problems);
            }
            // On a short screen the log's place ends the toolbar where it has room (always
            // on the count's hover); a new record names it itself.
            if let Some(browse) = screen
                .browse
                .as_ref()
                .filter(|_| folded && screen.new_record.is_none())
            {
                let (found, full_path) = place_text(cx, browse);
                let text = RichText::new(found).small();
                let width = egui::WidgetText::from(text.clone())
                    .into_galley(
                        ui,
                        Some(egui::TextWrapMode::Extend),
                        f32::INFINITY,
                        egui::TextStyle::Small,
                    )
                    .size()
                    .x;
                if width <= ui.available_width() {
                    ui.label(text).on_hover_text(full_path);
                }
            }
        }
    });
}

/// The read under way: how far it got.
fn loading_ui(ui: &mut Ui, cx: &ViewCtx<'_>, screen: &LogModel) {
    let Some(loading) = &screen.loading else {
        return;
    };
    let (done, total) = (loading.done, loading.total);
    ui.label((cx.words.log.loading)(
        &done.to_string(),
        &total.to_string(),
    ));
    #[allow(clippy::cast_precision_loss)]
    let fraction = if total == 0 {
        0.0
    } else {
        done as f32 / total as f32
    };
    ui.add(egui::ProgressBar::new(fraction).show_percentage());
}

/// A problem of the log as the problems panel shows it: `⚠ file name: what is wrong`, in
/// the window's language.
fn problem_line(p: &arbitre_adr::log::Problem, lang: arbitre_core::i18n::Lang) -> String {
    let name = p
        .file
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    format!(
        "⚠ {}",
        (lang.words().log_findings.at)(&name, &p.finding.message(lang))
    )
}

fn problems_ui(ui: &mut Ui, cx: &ViewCtx<'_>, browse: &Browse) {
    let w = &cx.words.log;
    egui::Frame::group(ui.style()).show(ui, |ui| {
        if browse.problems.is_empty() {
            ui.label(w.no_problems);
            return;
        }
        egui::ScrollArea::vertical()
            .id_salt("log_problems")
            .max_height(if short(ui) { 56.0 } else { 120.0 })
            .show(ui, |ui| {
                crate::focus::scroll_to_focus(ui);
                for p in &browse.problems {
                    ui.add(
                        egui::Label::new(
                            RichText::new(problem_line(p, cx.lang))
                                .color(ui.visuals().warn_fg_color),
                        )
                        .wrap(),
                    );
                }
            });
    });
}

/// The supersessions: each record a dot in number order, an arc to its successor.
fn graph_ui(ui: &mut Ui, cx: &ViewCtx<'_>, screen: &mut LogModel) {
    let Some(browse) = &screen.browse else { return };
    let count = browse.entries.len();
    // A log where no record supersedes another has nothing to draw.
    if count == 0 || browse.entries.iter().all(|e| e.successor.is_none()) {
        return;
    }
    let w = &cx.words.log;
    let (rect, response) = ui
        .horizontal(|ui| {
            // On a short screen the graph ends the search's row; its name is on its hover.
            if !short(ui) {
                ui.label(RichText::new(w.graph).small());
            }
            let width = ui.available_width();
            ui.allocate_exact_size(egui::vec2(width, 30.0), egui::Sense::click())
        })
        .inner;
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Image, true, w.graph));
    let response = response.on_hover_text(w.graph_hint);
    let painter = ui.painter_at(rect);
    let dark = ui.visuals().dark_mode;
    #[allow(clippy::cast_precision_loss)]
    let step = (rect.width() - 16.0) / (count.max(2) - 1) as f32;
    #[allow(clippy::cast_precision_loss)]
    let x_of = |i: usize| rect.left() + 8.0 + step * i as f32;
    let y = rect.bottom() - 6.0;
    let line = ui.visuals().weak_text_color();
    painter.line_segment(
        [
            egui::pos2(rect.left() + 8.0, y),
            egui::pos2(rect.right() - 8.0, y),
        ],
        egui::Stroke::new(1.0, line),
    );
    for (i, e) in browse.entries.iter().enumerate() {
        if let Some(j) = e.successor {
            let (a, b) = (x_of(i), x_of(j));
            let lift = ((b - a).abs() / 2.0).clamp(8.0, 40.0);
            let mid = egui::pos2(f32::midpoint(a, b), y - lift);
            painter.add(egui::epaint::QuadraticBezierShape::from_points_stroke(
                [egui::pos2(a, y), mid, egui::pos2(b, y)],
                false,
                Color32::TRANSPARENT,
                egui::Stroke::new(
                    1.5,
                    badge_colours(&RecordStatus::Known(Status::Superseded), dark).0,
                ),
            ));
        }
    }
    let radius = (step / 2.0).clamp(1.0, 4.0);
    for (i, e) in browse.entries.iter().enumerate() {
        let (fill, _) = badge_colours(&e.record.state, dark);
        painter.circle_filled(egui::pos2(x_of(i), y), radius, fill);
    }
    if let Some(i) = screen.selected {
        painter.circle_stroke(
            egui::pos2(x_of(i), y),
            radius + 3.0,
            egui::Stroke::new(2.0, ui.visuals().strong_text_color()),
        );
    }
    if response.clicked()
        && let Some(pos) = response.interact_pointer_pos()
    {
        #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
        let i = (((pos.x - rect.left() - 8.0) / step).round().max(0.0) as usize).min(count - 1);
        screen.select(i);
    }
}

fn table_ui(ui: &mut Ui, cx: &ViewCtx<'_>, screen: &mut LogModel) {
    let w = &cx.words.log;
    // A log named by dates shows each record's id (its file name): a wider column.
    let wide = screen
        .browse
        .as_ref()
        .is_some_and(|b| b.entries.iter().any(|e| !e.record.sequence));
    let widths = column_widths(ui.available_width(), wide);
    // The header stays put; the rows scroll under it.
    ui.horizontal(|ui| {
        for (i, (column, title)) in [
            Column::Number,
            Column::Title,
            Column::Status,
            Column::Date,
            Column::Deciders,
        ]
        .into_iter()
        .zip(w.columns)
        .enumerate()
        {
            let sorted = screen.query.sort == column;
            let arrow = match (sorted, screen.query.descending) {
                (true, false) => " ▲",
                (true, true) => " ▼",
                _ => "",
            };
            if widths[i] <= 0.0 {
                continue;
            }
            cell(ui, widths[i], |ui| {
                let r =
                    ui.add(egui::Button::selectable(sorted, format!("{title}{arrow}")).truncate());
                if r.clicked() {
                    if sorted {
                        screen.query.descending = !screen.query.descending;
                    } else {
                        screen.query.sort = column;
                        screen.query.descending = false;
                    }
                }
            });
        }
    });
    ui.separator();
    let rows: Vec<usize> = screen.rows().to_vec();
    let reveal = std::mem::take(&mut screen.reveal_selected);
    let area = table_area(ui, screen.selected.filter(|_| reveal), &rows);
    let Some(browse) = &screen.browse else { return };
    let mut clicked = None;
    area.show_rows(ui, ROW_HEIGHT, rows.len(), |ui, range| {
        for &i in &rows[range] {
            let e = &browse.entries[i];
            let r = &e.record;
            let dim = e.successor.is_some() || r.is_superseded();
            ui.horizontal(|ui| {
                ui.set_height(ROW_HEIGHT);
                let faint = ui.visuals().weak_text_color();
                let weak = |t: String| {
                    if dim {
                        RichText::new(t).color(faint)
                    } else {
                        RichText::new(t)
                    }
                };
                cell(ui, widths[0], |ui| {
                    ui.add(egui::Label::new(weak(r.id())).truncate())
                        .on_hover_text(r.file_name());
                });
                cell(ui, widths[1], |ui| {
                    let title =
                        ui.add(
                            egui::Button::selectable(
                                screen.selected == Some(i),
                                weak(r.package.as_ref().map_or_else(
                                    || r.title.clone(),
                                    |p| format!("[{p}] {}", r.title),
                                )),
                            )
                            .truncate(),
                        );
                    if title.clicked() {
                        clicked = Some(i);
                    }
                });
                ui.allocate_ui(egui::vec2(widths[2], ROW_HEIGHT), |ui| {
                    ui.set_min_width(widths[2]);
                    badge(ui, &e.record.state, cx.lang);
                    if let Some(next) = e.successor
                        && ui
                            .small_button(format!("→ {}", browse.entries[next].record.id()))
                            .on_hover_text(&browse.entries[next].record.title)
                            .clicked()
                    {
                        clicked = Some(next);
                    }
                });
                if widths[3] > 0.0 {
                    cell(ui, widths[3], |ui| {
                        ui.add(egui::Label::new(weak(r.date.clone())).truncate());
                    });
                }
                if widths[4] > 0.0 {
                    cell(ui, widths[4], |ui| {
                        ui.add(egui::Label::new(weak(r.deciders.join(", "))).truncate());
                    });
                }
            });
        }
    });
    if let Some(i) = clicked {
        screen.select(i);
    }
}

/// The table's scroll area; `reveal`: the record whose row is brought into view when it is
/// out of it (selected elsewhere: the graph, a link, the reading view). Only the visible rows
/// are laid out, so the scroll is computed from the row's place.
fn table_area(ui: &Ui, reveal: Option<usize>, rows: &[usize]) -> egui::ScrollArea {
    let mut area = egui::ScrollArea::vertical()
        .id_salt("log_table")
        .auto_shrink([false, false]);
    if let Some(at) = reveal.and_then(|s| rows.iter().position(|r| *r == s)) {
        let step = ROW_HEIGHT + ui.spacing().item_spacing.y;
        #[allow(clippy::cast_precision_loss)]
        let top = at as f32 * step;
        // The scroll area's own id: its salt goes through `IdSalt`, as `id_salt` does.
        let id = ui.make_persistent_id(egui::IdSalt::new("log_table"));
        let offset =
            egui::scroll_area::State::load(ui.ctx(), id).map_or(0.0, |s| s.clamped_offset().y);
        let height = ui.available_height() - step;
        if top < offset || top > offset + height {
            area = area.vertical_scroll_offset((top - step).max(0.0));
        }
    }
    area
}

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

/// The columns' widths for a table this wide: the title takes what the others leave; in a
/// narrow table the deciders, then the date, are left out (width 0) before the title is cut
/// short.
fn column_widths(total: f32, wide_id: bool) -> [f32; 5] {
    let id = if wide_id { 190.0 } else { 56.0 };
    // The status holds a badge and, for a superseded record, the link to its successor.
    let mut fixed = [id, 0.0, 144.0, 96.0, 110.0];
    if total < 560.0 + id {
        fixed[4] = 0.0;
    }
    if total < 460.0 + id {
        fixed[3] = 0.0;
    }
    let shown = fixed.iter().filter(|w| **w > 0.0).count() + 1;
    #[allow(clippy::cast_precision_loss)]
    let spacing = 8.0 * shown as f32;
    let title = (total - fixed.iter().sum::<f32>() - spacing).max(120.0);
    [fixed[0], title, fixed[2], fixed[3], fixed[4]]
}

fn record_ui(ui: &mut Ui, cx: &mut ViewCtx<'_>, screen: &mut LogModel) {
    let w = &cx.words.log;
    let Some(browse) = &screen.browse else { return };
    let Some(index) = screen.selected.filter(|i| *i < browse.entries.len()) else {
        ui.label(RichText::new(w.select).italics());
        return;
    };
    let e = &browse.entries[index];
    let r = &e.record;
    ui.horizontal_wrapped(|ui| {
        ui.add(egui::Label::new(theme::subheading(&r.title)).wrap());
        badge(ui, &e.record.state, cx.lang);
        ui.label(RichText::new(r.file_name()).small().monospace());
        if !r.date.is_empty() {
            ui.label(RichText::new(&r.date).small());
        }
    });
    let mut go = None;
    let relation = |ui: &mut Ui, label: &str, targets: &[usize], go: &mut Option<usize>| {
        if targets.is_empty() {
            return;
        }
        ui.horizontal_wrapped(|ui| {
            ui.label(cx.lang.colon(label));
            for &t in targets {
                let other = &browse.entries[t].record;
                if ui
                    .link(format!("{}. {}", other.id(), other.title))
                    .clicked()
                {
                    *go = Some(t);
                }
            }
        });
    };
    relation(ui, w.supersedes, &e.predecessors, &mut go);
    relation(
        ui,
        w.superseded_by,
        &e.successor.into_iter().collect::<Vec<_>>(),
        &mut go,
    );
    let stated = stated_relations(ui, cx, browse, r, &mut go);
    let related: Vec<usize> = e
        .related
        .iter()
        .copied()
        .filter(|t| !stated.contains(t))
        .collect();
    relation(ui, w.links, &related, &mut go);

    // Actions, each the same code as the command line's.
    ui.horizontal_wrapped(|ui| {
        if e.ours && ui.button(w.open_decision).clicked() {
            cx.push(Command::Open(r.file.clone()));
        }
        if !r.is_superseded() && e.successor.is_none() {
            if ui.button(w.supersede).clicked() {
                cx.push(Command::SupersedeRecord(r.file.clone()));
            }
            if ui.button(cx.words.new_record.supersede_button).clicked() {
                cx.push(Command::NewRecordSuperseding(r.file.clone()));
            }
            // The label, the list and the button stay on one line.
            if ui.available_size_before_wrap().x < 380.0 {
                ui.end_row();
            }
            ui.horizontal(|ui| {
                let l = ui.label(cx.lang.colon(w.status));
                let chosen = screen.new_status;
                egui::ComboBox::from_id_salt("log_record_status")
                    .selected_text(chosen.map_or("…", |s| crate::adr::status_name(s, cx.lang)))
                    .show_ui(ui, |ui| {
                        for s in SETTABLE {
                            ui.selectable_value(
                                &mut screen.new_status,
                                Some(s),
                                crate::adr::status_name(s, cx.lang),
                            );
                        }
                    })
                    .response
                    .labelled_by(l.id);
                if ui
                    .add_enabled(screen.new_status.is_some(), egui::Button::new(w.set_status))
                    .clicked()
                    && let Some(status) = screen.new_status
                {
                    cx.push(Command::SetRecordStatus {
                        file: r.file.clone(),
                        status,
                    });
                }
            });
        }
    });
    // On a short, narrow screen (presenter mode) the note that the record is read-only is
    // left out: the text below it matters more.
    let cramped = short(ui) && ui.ctx().content_rect().width() < STACK_BELOW;
    if !e.ours && !cramped {
        ui.add(egui::Label::new(RichText::new(w.read_only).small().italics()).wrap());
    }
    ui.separator();
    let text = visible_text(&e.text);
    let prepared = match screen.preview.take() {
        Some(p) if p.index == index => p,
        _ => preview::Preview::new(index, text),
    };
    let prepared = screen.preview.insert(prepared);
    preview::preview_ui(ui, w, prepared, &mut screen.cache, text);
    if let Some(t) = go {
        screen.select(t);
    }
}

/// The relations a record's Status section states besides supersession (`Amends`,
/// `Clarified by`), each in the catalog's words when arbitre knows the verb, else as
/// written, and a link to the other record when it is in the log; the records linked.
fn stated_relations(
    ui: &mut Ui,
    cx: &ViewCtx<'_>,
    browse: &Browse,
    r: &arbitre_adr::log::Record,
    go: &mut Option<usize>,
) -> Vec<usize> {
    let w = &cx.words.log;
    let mut stated: Vec<usize> = Vec::new();
    for line in &r.relations {
        let label = match line.kind {
            RelationKind::Supersedes | RelationKind::SupersededBy => continue,
            RelationKind::Amends => w.amends,
            RelationKind::AmendedBy => w.amended_by,
            RelationKind::Other => line.verb.as_str(),
        };
        let name = Path::new(&line.target)
            .file_name()
            .map(|n| n.to_string_lossy().into_owned());
        let target = browse
            .entries
            .iter()
            .position(|o| Some(o.record.file_name()) == name);
        ui.horizontal_wrapped(|ui| {
            ui.label(cx.lang.colon(label));
            match target {
                Some(t) => {
                    let other = &browse.entries[t].record;
                    if ui
                        .link(format!("{}. {}", other.number, other.title))
                        .clicked()
                    {
                        *go = Some(t);
                    }
                    stated.push(t);
                }
                None => {
                    ui.label(&line.target);
                }
            }
        });
    }
    stated
}

/// A record's text without arbitre's decision block (data, not text for people).
fn visible_text(text: &str) -> &str {
    text.find(&format!("<!-- {}", arbitre_adr::SESSION_MARKER))
        .map_or(text, |i| text[..i].trim_end())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_french_window_shows_the_log_s_problems_in_french() {
        use arbitre_adr::log::{LogFinding, Problem};
        use arbitre_core::i18n::Lang;
        let p = Problem {
            file: "docs/adr/0005-f.md".into(),
            finding: LogFinding::NoStatus,
        };
        assert_eq!(
            problem_line(&p, Lang::Fr),
            "⚠ 0005-f.md\u{a0}: pas de statut (une section `## Status`, une clé `status:` ou une ligne `- Status:`)"
        );
        assert_eq!(
            problem_line(&p, Lang::En),
            "⚠ 0005-f.md: no status (a `## Status` section, a `status:` key or a `- Status:` line)"
        );
    }

    #[test]
    fn states_read_in_the_catalog_s_words() {
        use arbitre_core::i18n::Lang;
        let name = |text: &str, lang| state_name(&RecordStatus::parse(text), lang);
        assert_eq!(name("accepted;", Lang::Fr), "Accepté");
        assert_eq!(name("remplacé", Lang::En), "Superseded");
        assert_eq!(name("Proposé.", Lang::En), "Proposed");
        assert_eq!(name("draft", Lang::En), "draft");
        assert_eq!(name("on hold", Lang::Fr), "on hold");
        assert_eq!(name("[draft", Lang::En), "[draft");
        assert_eq!(name("", Lang::En), "—");
        let fill = |text: &str| badge_colours(&RecordStatus::parse(text), false).0;
        assert_eq!(fill("accepted;"), fill("Accepté"));
        assert_eq!(fill("Remplacée"), fill("superseded"));
        assert_ne!(fill("on hold"), fill("accepted"));
        assert_eq!(fill("on hold"), fill("[draft"));
        assert_eq!(visible_text("# A\n\n<!-- arbitre-session v2\n-->\n"), "# A");
        for wide in [false, true] {
            let widths = column_widths(700.0, wide);
            assert!(widths[1] >= 120.0 && widths.iter().sum::<f32>() <= 700.0);
        }
    }
}
