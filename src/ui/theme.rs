//! The look: large, calm type for a projected screen; fonts that cover the notes' symbols;
//! colours for "this option wins here" and "beyond the notes". Applied once at start-up.

use egui::{Color32, FontData, FontDefinitions, FontFamily, FontId, TextStyle};
use std::sync::Arc;

/// `DejaVu` Sans covers arrows and symbols that egui's default fonts lack.
const DEJAVU: &[u8] = include_bytes!("../../assets/fonts/DejaVuSans.ttf");

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
        // Outlined controls: unticked boxes must stay visible on a projector.
        style.visuals.widgets.inactive.bg_stroke = egui::Stroke::new(1.0, Color32::from_gray(130));
    });
}

/// Sub-heading size, between body and heading.
pub const SUBHEADING: f32 = 22.0;

/// Text set as a sub-heading.
pub fn subheading(text: impl Into<String>) -> egui::RichText {
    egui::RichText::new(text).size(SUBHEADING).strong()
}

/// The tint behind a cell whose option wins on that criterion.
pub fn favoured_fill(dark: bool) -> Color32 {
    if dark {
        Color32::from_rgba_unmultiplied(60, 140, 80, 70)
    } else {
        Color32::from_rgba_unmultiplied(60, 170, 90, 45)
    }
}

/// The accent for anything that goes beyond the notes.
pub fn beyond_colour(dark: bool) -> Color32 {
    if dark {
        Color32::from_rgb(240, 190, 90)
    } else {
        Color32::from_rgb(150, 90, 0)
    }
}

/// The tint behind the "beyond the notes" column.
pub fn beyond_fill(dark: bool) -> Color32 {
    if dark {
        Color32::from_rgba_unmultiplied(200, 150, 40, 30)
    } else {
        Color32::from_rgba_unmultiplied(230, 170, 40, 30)
    }
}
