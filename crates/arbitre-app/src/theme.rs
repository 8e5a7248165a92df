//! The look: large, calm type for a projected screen; fonts that cover the notes' symbols;
//! colours for "this option wins here" and "beyond the notes". Applied once at start-up.

use egui::{Color32, FontData, FontDefinitions, FontFamily, FontId, TextStyle};
use std::sync::Arc;

/// `DejaVu` Sans covers arrows and symbols that egui's default fonts lack.
const DEJAVU: &[u8] = include_bytes!("../../../assets/fonts/DejaVuSans.ttf");

/// Installs fonts and text sizes on a context.
pub fn install(ctx: &egui::Context) {
    let mut fonts = FontDefinitions::default();
    fonts
        .font_data
        .insert("dejavu".into(), Arc::new(FontData::from_static(DEJAVU)));
    for family in [FontFamily::Proportional, FontFamily::Monospace] {
        fonts
            .families
            .entry(family)
            .or_default()
            .push("dejavu".into());
    }
    ctx.set_fonts(fonts);
    ctx.all_styles_mut(|style| {
        style.text_styles = [
            (TextStyle::Heading, FontId::proportional(28.0)),
            (TextStyle::Body, FontId::proportional(18.0)),
            (TextStyle::Button, FontId::proportional(18.0)),
            (TextStyle::Small, FontId::proportional(14.0)),
            (TextStyle::Monospace, FontId::monospace(16.0)),
        ]
        .into();
        style.spacing.item_spacing = egui::vec2(10.0, 8.0);
        style.spacing.button_padding = egui::vec2(8.0, 4.0);
        // Scroll bars that take their own room: never drawn over a field or a cell.
        style.spacing.scroll = egui::style::ScrollStyle::solid();
        // Outlined controls: unticked boxes must stay visible on a projector.
        style.visuals.widgets.inactive.bg_stroke = egui::Stroke::new(1.0, Color32::from_gray(130));
    });
}

/// Sub-heading size, between body and heading.
pub(crate) const SUBHEADING: f32 = 22.0;

/// Whether the window is short: under 800 points high (a projector's 720 or 768 lines, or
/// presenter mode's zoom). The screens then keep their headers to a row or two, so that what
/// the room reads stays in view.
pub(crate) fn short_screen(ctx: &egui::Context) -> bool {
    ctx.content_rect().height() < SHORT_BELOW
}

/// The height, in points, under which a window is [`short_screen`].
const SHORT_BELOW: f32 = 800.0;

/// Text set as a sub-heading.
pub(crate) fn subheading(text: impl Into<String>) -> egui::RichText {
    egui::RichText::new(text).size(SUBHEADING).strong()
}

/// The tint behind a cell whose option wins on that criterion.
pub(crate) fn favoured_fill(dark: bool) -> Color32 {
    if dark {
        Color32::from_rgba_unmultiplied(60, 140, 80, 70)
    } else {
        Color32::from_rgba_unmultiplied(60, 170, 90, 45)
    }
}

/// The accent for anything that goes beyond the notes.
pub(crate) fn beyond_colour(dark: bool) -> Color32 {
    if dark {
        Color32::from_rgb(240, 190, 90)
    } else {
        Color32::from_rgb(150, 90, 0)
    }
}

/// The tint behind the "beyond the notes" column.
pub(crate) fn beyond_fill(dark: bool) -> Color32 {
    if dark {
        Color32::from_rgba_unmultiplied(200, 150, 40, 30)
    } else {
        Color32::from_rgba_unmultiplied(230, 170, 40, 30)
    }
}

/// The box size of [`tick_box`] in presenter mode, in points (before the presenter zoom).
pub(crate) const PRESENTER_BOX: f32 = 24.0;

/// Applies or removes presenter mode's style: larger check boxes and thicker outlines (the
/// large type comes from the zoom factor).
pub(crate) fn presenter_style(ctx: &egui::Context, on: bool) {
    ctx.all_styles_mut(|style| {
        let (icon, inner, stroke) = if on {
            (PRESENTER_BOX, 16.0, 2.0)
        } else {
            (18.0, 10.0, 1.0)
        };
        style.spacing.icon_width = icon;
        style.spacing.icon_width_inner = inner;
        style.spacing.icon_spacing = icon / 3.0;
        style.visuals.widgets.inactive.bg_stroke.width = stroke;
    });
}

/// A check box that reads from the back of a room: an outlined square when off, a square
/// filled with a strong colour and a thick white (or black, in dark mode) tick when on.
/// Sized by `spacing.icon_width`; the text wraps beside it. Focus, Space and Enter work as for
/// any button; screen readers see a checkbox with its text and state.
pub(crate) fn tick_box(
    ui: &mut egui::Ui,
    on: &mut bool,
    text: impl Into<egui::WidgetText>,
) -> egui::Response {
    let icon = ui.spacing().icon_width;
    let gap = ui.spacing().icon_spacing;
    let wrap_width = (ui.available_width() - icon - gap).max(40.0);
    let galley = text.into().into_galley(
        ui,
        Some(egui::TextWrapMode::Wrap),
        wrap_width,
        TextStyle::Body,
    );
    let size = egui::vec2(icon + gap + galley.size().x, galley.size().y.max(icon));
    let (rect, mut response) = ui.allocate_exact_size(size, egui::Sense::click());
    if response.clicked() {
        *on = !*on;
        response.mark_changed();
    }
    let checked = *on;
    let label = galley.text().to_owned();
    let enabled = ui.is_enabled();
    response
        .widget_info(|| egui::WidgetInfo::selected(egui::Role::CheckBox, enabled, checked, &label));
    if ui.is_rect_visible(rect) {
        let dark = ui.visuals().dark_mode;
        let visuals = ui.style().interact_selectable(&response, checked);
        let painter = ui.painter();
        let first_line = galley
            .rows
            .first()
            .map_or(galley.size().y, |r| r.rect().height());
        let top = rect.top() + ((first_line - icon) / 2.0).max(0.0);
        let box_rect =
            egui::Rect::from_min_size(egui::pos2(rect.left(), top), egui::vec2(icon, icon));
        let radius = icon / 6.0;
        if checked {
            let (fill, tick) = if dark {
                (Color32::from_rgb(110, 185, 255), Color32::BLACK)
            } else {
                (Color32::from_rgb(20, 90, 180), Color32::WHITE)
            };
            painter.rect_filled(box_rect, radius, fill);
            let r = box_rect.shrink(icon * 0.22);
            painter.add(egui::Shape::line(
                vec![
                    egui::pos2(r.left(), r.center().y),
                    egui::pos2(r.left() + r.width() * 0.38, r.bottom()),
                    egui::pos2(r.right(), r.top()),
                ],
                egui::Stroke::new((icon * 0.14).max(2.0), tick),
            ));
        } else {
            painter.rect_filled(box_rect, radius, visuals.bg_fill);
            painter.rect_stroke(
                box_rect,
                radius,
                egui::Stroke::new(visuals.bg_stroke.width.max(1.5), visuals.fg_stroke.color),
                egui::StrokeKind::Inside,
            );
        }
        if response.has_focus() {
            painter.rect_stroke(
                box_rect.expand(2.0),
                radius,
                ui.visuals().selection.stroke,
                egui::StrokeKind::Outside,
            );
        }
        let text_pos = egui::pos2(rect.left() + icon + gap, rect.top());
        painter.galley(text_pos, galley, visuals.text_color());
    }
    response
}
