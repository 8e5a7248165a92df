//! The selected record's text in the Log screen's pane, bounded whatever its size.
//!
//! A record may hold up to 10 MB (a million lines): laid out whole as Markdown, every frame
//! would parse and lay out all of it (seconds per frame, gigabytes). So the pane renders a
//! bounded beginning as Markdown (at most [`BEGINNING_LINES`] lines and [`BEGINNING_BYTES`]
//! bytes), and "Show all" shows the whole record as plain text, one row per line (a long
//! line cut into rows of at most [`ROW_BYTES`]), with only the rows in view laid out. The
//! text is prepared once per record selected, and the rows once per "Show all", never per
//! frame.

use std::ops::Range;

use egui::{RichText, Ui};
use egui_commonmark::CommonMarkCache;

use arbitre_core::i18n::words::Log;

/// The most lines of a record rendered as Markdown.
pub(crate) const BEGINNING_LINES: usize = 2_000;
/// The most bytes of a record rendered as Markdown.
pub(crate) const BEGINNING_BYTES: usize = 200 * 1024;
/// The most bytes of a row when a record is shown whole.
pub(crate) const ROW_BYTES: usize = 400;

/// A record's text, prepared for the pane.
pub(crate) struct Preview {
    /// The record (an index into the entries) this was prepared for.
    pub index: usize,
    /// The beginning as the pane renders it (front matter as a code block).
    markdown: String,
    /// Whether the beginning is the whole record.
    whole: bool,
    /// Lines in the beginning.
    beginning_lines: usize,
    /// Lines in the whole text.
    lines: usize,
    /// The whole text's rows (ranges in the text given to [`preview_ui`]), once "Show all"
    /// was clicked.
    rows: Option<Vec<Range<usize>>>,
}

impl Preview {
    /// Prepares `text` (the record's visible text) for the record `index`.
    pub fn new(index: usize, text: &str) -> Preview {
        let head = &text[..beginning(text)];
        Preview {
            index,
            markdown: arbitre_adr::preview_markdown(head),
            whole: head.len() == text.len(),
            beginning_lines: head.lines().count(),
            lines: text.lines().count(),
            rows: None,
        }
    }

    /// Whether the whole record is rendered as Markdown (it is short enough).
    pub(crate) fn is_whole(&self) -> bool {
        self.whole
    }

    /// The rendered beginning.
    pub fn beginning(&self) -> &str {
        &self.markdown
    }

    /// Shows the whole record, `text`, as plain text (its rows are made here, once).
    pub fn show_all(&mut self, text: &str) {
        if self.rows.is_none() {
            self.rows = Some(rows(text));
        }
    }

    /// Back to the rendered beginning.
    pub(crate) fn show_beginning(&mut self) {
        self.rows = None;
    }
}

/// Where the rendered beginning of `text` ends: after at most [`BEGINNING_LINES`] lines and
/// [`BEGINNING_BYTES`] bytes, at the end of a line (inside a first line longer than that, at
/// a character's boundary).
fn beginning(text: &str) -> usize {
    let limit = text.floor_char_boundary(BEGINNING_BYTES);
    let head = &text[..limit];
    if let Some((i, _)) = head.match_indices('\n').nth(BEGINNING_LINES - 1) {
        return i + 1;
    }
    if limit == text.len() {
        return limit;
    }
    head.rfind('\n').map_or(limit, |i| i + 1)
}

/// The rows of `text`: each line without its line break, cut into pieces of at most
/// [`ROW_BYTES`] bytes at characters' boundaries; an empty line is an empty row.
fn rows(text: &str) -> Vec<Range<usize>> {
    let mut rows = Vec::with_capacity(text.len() / 40 + 1);
    let mut start = 0;
    for line in text.split_inclusive('\n') {
        let end = start + line.trim_end_matches(['\n', '\r']).len();
        let mut from = start;
        loop {
            let to = if end - from <= ROW_BYTES {
                end
            } else {
                // A character is at most 4 bytes, so a row of 400 always holds one.
                text.floor_char_boundary(from + ROW_BYTES)
            };
            rows.push(from..to);
            if to >= end {
                break;
            }
            from = to;
        }
        start += line.len();
    }
    rows
}

/// Draws the prepared record: the rendered beginning with "Show all", or the whole record
/// (`text`, the one it was prepared from) as rows.
pub(crate) fn preview_ui(
    ui: &mut Ui,
    w: &Log,
    preview: &mut Preview,
    cache: &mut CommonMarkCache,
    text: &str,
) {
    if preview.is_whole() {
        rendered(ui, cache, preview.beginning());
        return;
    }
    let lines = preview.lines.to_string();
    let Some(rows) = &preview.rows else {
        ui.horizontal_wrapped(|ui| {
            ui.label(
                RichText::new((w.shown_part)(&preview.beginning_lines.to_string(), &lines))
                    .small()
                    .italics(),
            );
            if ui.button((w.show_all)(&lines)).clicked() {
                preview.show_all(text);
            }
        });
        rendered(ui, cache, preview.beginning());
        return;
    };
    let mut back = false;
    ui.horizontal_wrapped(|ui| {
        ui.label(RichText::new(w.whole_as_text).small().italics());
        back = ui.button(w.show_rendered).clicked();
    });
    let height = ui.text_style_height(&egui::TextStyle::Monospace);
    egui::ScrollArea::both()
        .id_salt("log_record_all")
        .auto_shrink([false, false])
        .show_rows(ui, height, rows.len(), |ui, range| {
            for row in &rows[range] {
                ui.add(egui::Label::new(RichText::new(&text[row.clone()]).monospace()).extend());
            }
        });
    if back {
        preview.show_beginning();
    }
}

/// Markdown rendered in the pane's scroll area.
fn rendered(ui: &mut Ui, cache: &mut CommonMarkCache, markdown: &str) {
    egui::ScrollArea::vertical()
        .id_salt("log_record")
        .auto_shrink([false, false])
        .show(ui, |ui| {
            crate::focus::scroll_to_focus(ui);
            egui_commonmark::CommonMarkViewer::new().show(ui, cache, markdown);
        });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_short_record_is_whole() {
        let p = Preview::new(0, "# A\n\nText.\n");
        assert!(p.is_whole());
        assert_eq!(p.beginning(), "# A\n\nText.\n");
        assert_eq!((p.beginning_lines, p.lines), (3, 3));
        let p = Preview::new(0, "no line break");
        assert!(p.is_whole());
    }

    #[test]
    fn the_beginning_is_bounded_by_lines_and_by_bytes() {
        let many = "x\n".repeat(BEGINNING_LINES + 5);
        let p = Preview::new(0, &many);
        assert_eq!(p.beginning().len(), 2 * BEGINNING_LINES);
        assert_eq!(
            (p.beginning_lines, p.lines),
            (BEGINNING_LINES, BEGINNING_LINES + 5)
        );

        // Long lines: the last whole line under the byte bound.
        let long = format!("{}\n", "y".repeat(999)).repeat(300);
        let p = Preview::new(0, &long);
        assert_eq!(p.beginning().len(), BEGINNING_BYTES / 1000 * 1000);
        assert!(p.beginning().ends_with('\n'));

        // One line longer than the bound, with 2-byte characters: cut at a boundary.
        let one = "é".repeat(BEGINNING_BYTES);
        let p = Preview::new(0, &one);
        assert!(!p.is_whole());
        assert!(p.beginning().len() <= BEGINNING_BYTES && !p.beginning().is_empty());
    }

    #[test]
    fn rows_are_lines_cut_at_characters() {
        let text = format!("a\r\n\n{}\nb", "é".repeat(ROW_BYTES));
        let r = rows(&text);
        let shown: Vec<&str> = r.iter().map(|r| &text[r.clone()]).collect();
        assert_eq!(shown[..2], ["a", ""]);
        assert_eq!(shown.len(), 5);
        assert_eq!(shown[2].len(), ROW_BYTES);
        assert_eq!(shown[3].len(), ROW_BYTES);
        assert_eq!(shown[4], "b");
        assert_eq!(rows("").len(), 0);
    }
}
