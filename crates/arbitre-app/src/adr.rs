//! The ADR screen: the record's metadata and free text on the left, a live preview of the
//! Markdown on the right (rendered as a reader sees it, or the raw text one click away), and
//! the exports: to a file, or into the team's ADR log.

use std::path::PathBuf;

use egui::{RichText, Ui};

use crate::command::{Command, Screen};
use crate::theme;
use crate::view::ViewCtx;
use arbitre_core::i18n::Lang;
use arbitre_core::session::{AdrMeta, Detail, Edit, Status, Template};

/// The screen's own state (not saved in the session).
#[derive(Default)]
pub struct AdrView {
    /// Show the raw Markdown instead of the rendered preview.
    pub raw: bool,
    /// The number of a record to supersede when exporting into a log, as typed.
    pub supersedes: String,
    /// Whether an export into a log writes one record per component after the system's.
    pub split: bool,
    /// The Markdown viewer's cache.
    pub cache: egui_commonmark::CommonMarkCache,
    /// The text of the field last edited, which the preview scrolls to once it shows it, and
    /// how many frames it was looked for.
    follow: Option<(String, u8)>,
    /// The preview's content height and visible height, from the last frame.
    preview_heights: (f32, f32),
    /// The text typed in the list fields (people, links), by field, while one has focus: see
    /// [`list_field`].
    drafts: std::collections::HashMap<egui::Id, String>,
}

/// An ADR written by someone else, opened read-only.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ForeignAdr {
    /// Where it was read from.
    pub path: std::path::PathBuf,
    /// Its text.
    pub markdown: String,
    /// Its text prepared for the rendered preview.
    pub preview: String,
}

/// Every status, in the order offered.
pub(crate) const STATUSES: [Status; 5] = [
    Status::Proposed,
    Status::Accepted,
    Status::Rejected,
    Status::Deprecated,
    Status::Superseded,
];

/// The rendered record the ADR screen shows, kept by the app (rendered when the session
/// changes, not per frame).
pub(crate) struct AdrDoc<'a> {
    /// The record as Markdown.
    pub markdown: &'a str,
    /// The same, prepared for the rendered preview.
    pub preview: &'a str,
    /// An ADR written by someone else, shown read-only instead.
    pub foreign: Option<&'a ForeignAdr>,
    /// The log chosen on the Log screen to export into, if any.
    pub log_target: Option<&'a LogTarget>,
}

/// A log chosen on the Log screen: the ADR screen exports into it directly.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LogTarget {
    /// The repository root (or log folder) to export into.
    pub root: PathBuf,
    /// The log, in a few words (`MADR docs/decisions`).
    pub name: String,
    /// The record the export supersedes (its file name), if any.
    pub supersedes: Option<String>,
    /// The language the log's records are written in, when one clearly leads.
    pub lang: Option<Lang>,
    /// The template an export into it writes (the log's own).
    pub template: Template,
}

/// A status's name in a language.
pub(crate) fn status_name(status: Status, lang: Lang) -> &'static str {
    let names = &lang.words().adr.statuses;
    match status {
        Status::Proposed => names.proposed,
        Status::Accepted => names.accepted,
        Status::Rejected => names.rejected,
        Status::Deprecated => names.deprecated,
        Status::Superseded => names.superseded,
    }
}

/// Draws the ADR screen. `doc` is the rendered record, computed when the session changes.
pub(crate) fn adr_ui(ui: &mut Ui, cx: &mut ViewCtx<'_>, view: &mut AdrView, doc: &AdrDoc<'_>) {
    ui.heading(Screen::Adr.title(cx.lang));
    if let Some(f) = doc.foreign {
        foreign_ui(ui, cx, f, view);
        return;
    }
    // The document's language, template and the export stay in view, in an action bar under
    // the form and the preview, whatever the scroll. Its height is the last frame's.
    let bar_id = ui.scope_id().with("adr_action_bar");
    let bar_height = ui
        .ctx()
        .data(|d| d.get_temp::<f32>(bar_id))
        .unwrap_or(160.0);
    let avail = ui.available_size();
    // The bar's measured height holds its separator; one item spacing lies between.
    let gap = ui.spacing().item_spacing.y;
    let body = egui::vec2(avail.x, (avail.y - bar_height - gap).max(120.0));
    ui.allocate_ui_with_layout(body, egui::Layout::top_down(egui::Align::Min), |ui| {
        ui.set_min_size(body);
        ui.columns(2, |cols| {
            let form = egui::ScrollArea::vertical()
                .id_salt("adr_form")
                .auto_shrink([false, false])
                .show(&mut cols[0], |ui| {
                    crate::focus::scroll_to_focus(ui);
                    let before = cx.cmds.len();
                    form_ui(ui, cx, &mut view.drafts);
                    // The preview follows the field being edited.
                    if let Some(Command::Edit(Edit::Adr(new))) = cx.cmds[before..].last()
                        && let Some(text) = changed_text(&cx.session.adr, new)
                    {
                        view.follow = Some((text, 0));
                    }
                });
            // F6 goes from the form to the preview, then to the action bar.
            crate::focus::pane(cols[0].ctx(), form.inner_rect);
            let top = cols[1].cursor().top();
            preview_ui(&mut cols[1], cx, doc.markdown, doc.preview, view);
            let preview = cols[1]
                .min_rect()
                .intersect(egui::Rect::everything_below(top));
            crate::focus::pane(cols[1].ctx(), preview);
        });
    });
    let bar = ui
        .scope(|ui| {
            ui.separator();
            // One flow over the whole width: the document's choices, then the exports; the
            // record's text keeps the height.
            export_target_ui(ui, cx, doc.log_target);
            ui.horizontal_wrapped(|ui| {
                document_ui(ui, cx);
                ui.separator();
                export_ui(ui, cx, view);
            });
            let meta = &cx.session.adr;
            lang_mismatch_ui(ui, cx, meta);
            log_lang_ui(ui, cx, meta, doc.log_target);
            log_template_ui(ui, cx, meta, doc.log_target);
        })
        .response
        .rect;
    crate::focus::pane(ui.ctx(), bar);
    let bar = bar.height();
    if (bar - bar_height).abs() > 0.5 {
        ui.ctx().data_mut(|d| d.insert_temp(bar_id, bar));
        ui.ctx()
            .request_discard("the ADR action bar changed height");
    }
}

fn edit(cx: &mut ViewCtx<'_>, meta: AdrMeta) {
    cx.push(Command::Edit(Edit::Adr(Box::new(meta))));
}

/// A labelled single-line field; returns the new value when it changed.
fn line_field(ui: &mut Ui, label: &str, value: &str, hint: &str) -> Option<String> {
    let l = ui.label(RichText::new(label).strong());
    let mut text = value.to_owned();
    let r = ui
        .add(
            egui::TextEdit::singleline(&mut text)
                .hint_text(hint)
                .desired_width(f32::INFINITY),
        )
        .labelled_by(l.id);
    r.changed().then_some(text)
}

/// A labelled multi-line field; returns the new value when it changed.
fn text_field(ui: &mut Ui, label: &str, value: &str, rows: usize) -> Option<String> {
    let l = ui.label(RichText::new(label).strong());
    let mut text = value.to_owned();
    let r = ui
        .add(
            egui::TextEdit::multiline(&mut text)
                .desired_rows(rows)
                .desired_width(f32::INFINITY),
        )
        .labelled_by(l.id);
    r.changed().then_some(text)
}

/// People lists are typed comma-separated.
fn people(list: &[String]) -> String {
    list.join(", ")
}

fn parse_people(text: &str) -> Vec<String> {
    text.split(',')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_owned)
        .collect()
}

/// Links are typed one per line.
fn links(list: &[String]) -> String {
    list.join("\n")
}

fn parse_links(text: &str) -> Vec<String> {
    text.lines()
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_owned)
        .collect()
}

/// How a list is typed as text in [`list_field`].
struct ListSyntax {
    /// The list as text.
    join: fn(&[String]) -> String,
    /// The text as a list.
    parse: fn(&str) -> Vec<String>,
    /// The field's shape.
    shape: Shape,
}

/// A text field's shape.
enum Shape {
    /// One line, with a hint while empty.
    Line(&'static str),
    /// Several lines, this many shown.
    Rows(usize),
}

/// A labelled field holding a list typed as text; returns the new list when it changed.
///
/// The list is parsed at every change, so the session and the preview stay live. While the
/// field has focus it shows the text as typed (kept in `drafts` under `salt`), not the list
/// joined again, which would drop a separator or a space just typed. The typed text is shown
/// only while it still parses to the session's list: an undo or an opened file shows at once.
fn list_field(
    ui: &mut Ui,
    drafts: &mut std::collections::HashMap<egui::Id, String>,
    salt: &str,
    label: &str,
    list: &[String],
    syntax: &ListSyntax,
) -> Option<Vec<String>> {
    let id = ui.make_persistent_id(salt);
    let focused = ui.memory(|m| m.has_focus(id));
    let mut text = match drafts.get(&id) {
        Some(draft) if focused && (syntax.parse)(draft) == list => draft.clone(),
        _ => (syntax.join)(list),
    };
    let l = ui.label(RichText::new(label).strong());
    let edit = match syntax.shape {
        Shape::Line(hint) => egui::TextEdit::singleline(&mut text).hint_text(hint),
        Shape::Rows(rows) => egui::TextEdit::multiline(&mut text).desired_rows(rows),
    };
    let r = ui
        .add(edit.id(id).desired_width(f32::INFINITY))
        .labelled_by(l.id);
    let parsed = (syntax.parse)(&text);
    if r.has_focus() {
        drafts.insert(id, text);
    } else {
        drafts.remove(&id);
    }
    (r.changed() && parsed != list).then_some(parsed)
}

/// The record's status: the five side by side where they fit on one row, else a drop-down
/// (never a status alone on a second row).
fn status_ui(ui: &mut Ui, cx: &mut ViewCtx<'_>) {
    let (lang, w) = (cx.lang, &cx.words.adr);
    let meta = &cx.session.adr;
    let names = STATUSES.map(|s| (s, status_name(s, lang)));
    let mut chosen = None;
    if fits_one_row(ui, &names.map(|(_, n)| n)) {
        ui.label(RichText::new(w.status).strong());
        ui.horizontal(|ui| {
            for (s, name) in names {
                if ui.selectable_label(meta.status == s, name).clicked() && meta.status != s {
                    chosen = Some(s);
                }
            }
        });
    } else {
        chosen = choice(ui, w.status, meta.status, &names);
    }
    if let Some(status) = chosen {
        edit(
            cx,
            AdrMeta {
                status,
                ..meta.clone()
            },
        );
    }
}

fn form_ui(
    ui: &mut Ui,
    cx: &mut ViewCtx<'_>,
    drafts: &mut std::collections::HashMap<egui::Id, String>,
) {
    let (session, today, words) = (cx.session, cx.today, cx.words);
    let (meta, w) = (&session.adr, &words.adr);
    if let Some(t) = line_field(ui, w.title, &meta.title, w.title_hint) {
        edit(
            cx,
            AdrMeta {
                title: t,
                ..meta.clone()
            },
        );
    }
    status_ui(ui, cx);
    if let Some(d) = line_field(ui, w.date, &meta.date, today) {
        edit(
            cx,
            AdrMeta {
                date: d.trim().to_owned(),
                ..meta.clone()
            },
        );
    }
    if !meta.date.is_empty() && !arbitre_adr::valid_date(&meta.date) {
        ui.label(RichText::new(w.invalid_date).color(ui.visuals().error_fg_color));
    }
    let names = ListSyntax {
        join: people,
        parse: parse_people,
        shape: Shape::Line(w.names_hint),
    };
    for (salt, label, list, set) in [
        (
            "adr_decision_makers",
            w.decision_makers,
            &meta.decision_makers,
            (|m: &mut AdrMeta, v| m.decision_makers = v) as fn(&mut AdrMeta, Vec<String>),
        ),
        ("adr_consulted", w.consulted, &meta.consulted, |m, v| {
            m.consulted = v;
        }),
        ("adr_informed", w.informed, &meta.informed, |m, v| {
            m.informed = v;
        }),
    ] {
        if let Some(v) = list_field(ui, drafts, salt, label, list, &names) {
            let mut m = meta.clone();
            set(&mut m, v);
            edit(cx, m);
        }
    }
    if let Some(t) = text_field(ui, w.context, &meta.context, 4) {
        edit(
            cx,
            AdrMeta {
                context: t,
                ..meta.clone()
            },
        );
    }
    if let Some(t) = text_field(ui, w.consequences, &meta.consequences, 2) {
        edit(
            cx,
            AdrMeta {
                consequences: t,
                ..meta.clone()
            },
        );
    }
    if let Some(t) = text_field(ui, w.confirmation, &meta.confirmation, 2) {
        edit(
            cx,
            AdrMeta {
                confirmation: t,
                ..meta.clone()
            },
        );
    }
    if let Some(links) = list_field(
        ui,
        drafts,
        "adr_links",
        w.links,
        &meta.links,
        &ListSyntax {
            join: links,
            parse: parse_links,
            shape: Shape::Rows(2),
        },
    ) {
        edit(
            cx,
            AdrMeta {
                links,
                ..meta.clone()
            },
        );
    }
}

/// Whether buttons with these labels fit side by side in the width left.
fn fits_one_row(ui: &Ui, labels: &[&str]) -> bool {
    let spacing = ui.spacing();
    let width: f32 = labels
        .iter()
        .map(|l| {
            let galley = egui::WidgetText::from(*l).into_galley(
                ui,
                Some(egui::TextWrapMode::Extend),
                f32::INFINITY,
                egui::TextStyle::Button,
            );
            galley.size().x + 2.0 * spacing.button_padding.x + spacing.item_spacing.x
        })
        .sum();
    width <= ui.available_width()
}

/// A labelled drop-down of `options`; returns the one chosen when it is not `current`.
fn choice<T: PartialEq + Copy>(
    ui: &mut Ui,
    label: &str,
    current: T,
    options: &[(T, &str)],
) -> Option<T> {
    let l = ui.label(RichText::new(label).strong());
    let shown = options
        .iter()
        .find(|(v, _)| *v == current)
        .map_or("", |(_, name)| *name);
    let mut chosen = current;
    egui::ComboBox::from_id_salt(label)
        .selected_text(shown)
        .show_ui(ui, |ui| {
            for (v, name) in options {
                ui.selectable_value(&mut chosen, *v, *name);
            }
        })
        .response
        .labelled_by(l.id);
    (chosen != current).then_some(chosen)
}

/// The document's language, template and detail level, in the ADR screen's action bar.
fn document_ui(ui: &mut Ui, cx: &mut ViewCtx<'_>) {
    let (lang, w) = (cx.lang, &cx.words.adr);
    let meta = &cx.session.adr;
    let langs: Vec<(Lang, &str)> = Lang::ALL.iter().map(|l| (*l, l.native_name())).collect();
    let templates = [Template::Madr, Template::Nygard].map(|t| (t, template_name(t)));
    let details = [(Detail::Concise, w.concise), (Detail::Full, w.full)];
    let mut changed = None;
    {
        if let Some(l) = choice(ui, &lang.colon(w.doc_lang), meta.lang, &langs) {
            changed = Some(AdrMeta {
                lang: l,
                ..meta.clone()
            });
        }
        if let Some(t) = choice(ui, &lang.colon(w.template), meta.template, &templates) {
            changed = Some(AdrMeta {
                template: t,
                ..meta.clone()
            });
        }
        if let Some(d) = choice(ui, &lang.colon(w.detail), meta.detail, &details) {
            changed = Some(AdrMeta {
                detail: d,
                ..meta.clone()
            });
        }
    }
    if let Some(meta) = changed {
        edit(cx, meta);
    }
}

/// The log chosen on the Log screen, if any: exporting into it is one click, no dialog.
fn export_target_ui(ui: &mut Ui, cx: &mut ViewCtx<'_>, target: Option<&LogTarget>) {
    if let Some(t) = target {
        // The log chosen on the Log screen: one click, no dialog.
        let label = match &t.supersedes {
            Some(old) => (cx.words.log.export_successor)(&t.name, old),
            None => (cx.words.log.export_here)(&t.name),
        };
        ui.horizontal_wrapped(|ui| {
            if ui.button(RichText::new(label).strong()).clicked() {
                cx.push(Command::ExportToLog);
            }
            if ui.small_button(cx.words.log.forget_target).clicked() {
                cx.push(Command::ForgetLogTarget);
            }
        });
    }
}

/// The exports, in the action bar's flow: the record it supersedes, one record per component,
/// to a file, into a log.
fn export_ui(ui: &mut Ui, cx: &mut ViewCtx<'_>, view: &mut AdrView) {
    let (lang, w) = (cx.lang, &cx.words.adr);
    let l = ui.label(lang.colon(w.supersedes));
    ui.add(egui::TextEdit::singleline(&mut view.supersedes).desired_width(100.0))
        .labelled_by(l.id);
    if !cx.session.components.is_empty() {
        ui.checkbox(&mut view.split, cx.words.cli.split_checkbox);
    }
    if ui.button(w.export_file).clicked() {
        cx.push(Command::ExportFileDialog);
    }
    let supersedes = view.supersedes.trim();
    if ui
        .button(w.export_log)
        .on_hover_text(w.export_log_hint)
        .clicked()
    {
        cx.push(Command::ExportLogDialog {
            supersedes: (!supersedes.is_empty()).then(|| supersedes.to_owned()),
        });
    }
}

fn preview_ui(ui: &mut Ui, cx: &ViewCtx<'_>, markdown: &str, preview: &str, view: &mut AdrView) {
    let w = &cx.words.adr;
    ui.horizontal(|ui| {
        ui.label(theme::subheading(w.preview));
        if ui.selectable_label(!view.raw, w.rendered).clicked() {
            view.raw = false;
        }
        if ui.selectable_label(view.raw, w.raw).clicked() {
            view.raw = true;
        }
    });
    let mut area = egui::ScrollArea::vertical()
        .id_salt("adr_preview")
        .auto_shrink([false, false]);
    if let Some((text, tries)) = view.follow.take() {
        let (content, shown) = view.preview_heights;
        match place_in(preview, &text) {
            Some(at) if !view.raw => {
                area = area.vertical_scroll_offset((at * content - shown / 3.0).max(0.0));
            }
            // The preview shows the edit from the next frame on.
            _ if tries < 2 => view.follow = Some((text, tries + 1)),
            _ => {}
        }
    }
    egui::Frame::group(ui.style()).show(ui, |ui| {
        let out = area.show(ui, |ui| {
            crate::focus::scroll_to_focus(ui);
            if view.raw {
                let mut text = markdown;
                let l = ui.label(RichText::new(w.markdown).small());
                ui.add(
                    egui::TextEdit::multiline(&mut text)
                        .code_editor()
                        .desired_width(f32::INFINITY),
                )
                .labelled_by(l.id);
            } else {
                // egui_commonmark's viewport cache (`show_scrollable`) would lay out only
                // the visible part, but it misplaced the document inside `columns` here.
                egui_commonmark::CommonMarkViewer::new().show(ui, &mut view.cache, preview);
            }
        });
        view.preview_heights = (out.content_size.y, out.inner_rect.height());
    });
}

/// The text of the field an edit changes (the first that differs), which the preview then
/// shows.
fn changed_text(old: &AdrMeta, new: &AdrMeta) -> Option<String> {
    let list = |l: &[String]| l.join(", ");
    [
        (old.title.clone(), new.title.clone()),
        (old.date.clone(), new.date.clone()),
        (list(&old.decision_makers), list(&new.decision_makers)),
        (list(&old.consulted), list(&new.consulted)),
        (list(&old.informed), list(&new.informed)),
        (old.context.clone(), new.context.clone()),
        (old.consequences.clone(), new.consequences.clone()),
        (old.confirmation.clone(), new.confirmation.clone()),
        (list(&old.links), list(&new.links)),
    ]
    .into_iter()
    .find(|(a, b)| a != b)
    .map(|(_, b)| b)
}

/// Where `text` begins in the preview, as a fraction of the preview's length: its first
/// words, found with the record's escapes and line breaks set aside.
fn place_in(preview: &str, text: &str) -> Option<f32> {
    let words = |t: &str| {
        t.replace('\\', "")
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
    };
    let needle: String = words(text).split(' ').take(4).collect::<Vec<_>>().join(" ");
    if needle.chars().count() < 3 {
        return None;
    }
    let plain = words(preview);
    let at = plain.find(&needle)?;
    #[allow(clippy::cast_precision_loss)]
    Some(at as f32 / plain.len().max(1) as f32)
}

fn foreign_ui(ui: &mut Ui, cx: &mut ViewCtx<'_>, f: &ForeignAdr, view: &mut AdrView) {
    let w = &cx.words.adr;
    ui.label(
        RichText::new((w.read_only)(&f.path.display().to_string()))
            .strong()
            .color(ui.visuals().warn_fg_color),
    );
    ui.label(w.foreign_body);
    if ui.button(w.close).clicked() {
        cx.push(Command::CloseForeign);
    }
    preview_ui(ui, cx, &f.markdown, &f.preview, view);
}

/// Warns when the session's own text (the form's and the criteria's notes) seems to be in
/// another language than the document, with a way to switch the document.
fn lang_mismatch_ui(ui: &mut Ui, cx: &mut ViewCtx<'_>, meta: &AdrMeta) {
    if let Some(typed_lang) = arbitre_adr::other_language(cx.session) {
        offer_lang(ui, cx, meta, typed_lang, cx.words.adr.lang_mismatch);
    }
}

/// Warns when the log the record goes into is written in another language than the
/// document, with a way to switch the document to the log's.
fn log_lang_ui(ui: &mut Ui, cx: &mut ViewCtx<'_>, meta: &AdrMeta, target: Option<&LogTarget>) {
    if let Some(log_lang) = target.and_then(|t| t.lang).filter(|l| *l != meta.lang) {
        offer_lang(ui, cx, meta, log_lang, cx.words.adr.log_lang_mismatch);
    }
}

/// The template names as the screen shows them.
fn template_name(t: Template) -> &'static str {
    match t {
        Template::Madr => "MADR 4.0.0",
        Template::Nygard => "Nygard (adr-tools)",
    }
}

/// Says, before the export, that the log chosen writes another template than the preview
/// shows, with a button that previews the document in the log's.
fn log_template_ui(ui: &mut Ui, cx: &mut ViewCtx<'_>, meta: &AdrMeta, target: Option<&LogTarget>) {
    let Some(log) = target.map(|t| t.template).filter(|t| *t != meta.template) else {
        return;
    };
    let w = &cx.words.adr;
    let text = (w.log_template_differs)(template_name(log), template_name(meta.template));
    ui.add(egui::Label::new(RichText::new(text).color(ui.visuals().warn_fg_color)).wrap());
    if ui
        .button((w.use_log_template)(template_name(log)))
        .clicked()
    {
        edit(
            cx,
            AdrMeta {
                template: log,
                ..meta.clone()
            },
        );
    }
}

/// A warning worded by `says(other language, document language)`, and a button that
/// switches the document to `other`.
fn offer_lang(
    ui: &mut Ui,
    cx: &mut ViewCtx<'_>,
    meta: &AdrMeta,
    other: Lang,
    says: arbitre_core::i18n::words::Fmt2,
) {
    let w = &cx.words.adr;
    let name = |l: Lang| w.lang_names.of(l);
    let text = says(name(other), name(meta.lang));
    ui.label(RichText::new(text).color(ui.visuals().warn_fg_color));
    if ui.button((w.switch_doc_lang)(name(other))).clicked() {
        edit(
            cx,
            AdrMeta {
                lang: other,
                ..meta.clone()
            },
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn status_names_come_from_the_catalog() {
        for lang in Lang::ALL {
            let names: Vec<_> = STATUSES.iter().map(|s| status_name(*s, lang)).collect();
            let w = &lang.words().adr.statuses;
            let expected = [
                w.proposed,
                w.accepted,
                w.rejected,
                w.deprecated,
                w.superseded,
            ];
            assert_eq!(names, expected, "{lang:?}");
        }
        assert_eq!(status_name(Status::Superseded, Lang::En), "Superseded");
    }

    #[test]
    fn people_lists_parse() {
        assert_eq!(parse_people(" Ana, ,Bo "), vec!["Ana", "Bo"]);
        assert_eq!(people(&["A".into(), "B".into()]), "A, B");
    }

    #[test]
    fn links_parse() {
        assert_eq!(parse_links(" a \n\n b\n"), vec!["a", "b"]);
        assert_eq!(links(&["a".into(), "b".into()]), "a\nb");
    }

    #[test]
    fn the_preview_finds_the_field_edited() {
        let old = AdrMeta::default();
        let new = AdrMeta {
            context: "Our *billing* runs on VMs today.".into(),
            ..AdrMeta::default()
        };
        let text = changed_text(&old, &new);
        assert_eq!(text.as_deref(), Some("Our *billing* runs on VMs today."));
        assert_eq!(changed_text(&old, &old), None);
        // Escaped and wrapped in the record, it is found past the front matter.
        let preview = format!(
            "{}\n## Context\n\nOur \\*billing\\*\nruns on VMs today.\n",
            "x".repeat(300)
        );
        let at = place_in(&preview, text.as_deref().unwrap_or_default());
        assert!(at.is_some_and(|f| f > 0.8 && f < 1.0), "{at:?}");
        assert_eq!(place_in(&preview, "Nowhere to be seen"), None);
    }
}
