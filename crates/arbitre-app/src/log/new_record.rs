//! The Log screen's new record of any decision: a title asked, the log's template drafted
//! off the frame, the text edited beside its preview, written into the log only when saved
//! (`Ctrl+S`), and never dropped without asking. Also the start of a log in a folder that
//! has none (`adr init`), in the layout the user chooses.
//!
//! The state is data changed by [`super::update`]; reading the log (its template, the next
//! number) and writing the record are the runner's jobs, as for every write of the screen.

use egui::{RichText, Ui};

use super::draft_state::{Editing, LAYOUTS, NewRecord};
use super::model::{LogEffect, LogJob, LogModel, LogMsg};
use crate::command::Command;
use crate::notice::Notice;
use crate::theme;
use crate::view::ViewCtx;
use arbitre_adr::log::{LogKind, TemplateFrom};

impl LogModel {
    /// The new record's messages (and `adr init`'s): what they change, what they ask for.
    pub(super) fn new_record_msg(&mut self, msg: LogMsg) -> Vec<LogEffect> {
        match msg {
            LogMsg::NewRecord { supersedes } if self.browse.is_some() && !self.drafting() => {
                self.new_record = Some(NewRecord::Title {
                    title: String::new(),
                    supersedes,
                    empty: false,
                });
                Vec::new()
            }
            LogMsg::StartDraft(env) => self.start_draft(env),
            LogMsg::CancelNewRecord => {
                if !self.drafting() {
                    self.new_record = None;
                }
                Vec::new()
            }
            LogMsg::Drafted(result) => match (result, &self.browse) {
                (Ok(draft), Some(browse)) => {
                    let editing = Editing::new(draft, browse.log.kind, &browse.log.root);
                    self.new_record = Some(NewRecord::Editing(Box::new(editing)));
                    Vec::new()
                }
                (Ok(_), None) => {
                    self.new_record = None;
                    Vec::new()
                }
                (Err(e), _) => {
                    self.new_record = None;
                    vec![LogEffect::Say(Notice::LogFailed(e))]
                }
            },
            LogMsg::SaveDraft => self.save_draft(),
            LogMsg::DraftSaved(Ok(saved)) => {
                self.new_record = None;
                let mut effects = vec![LogEffect::Say(Notice::RecordWritten(saved.path.clone()))];
                effects.extend(self.reload_keeping(Some(saved.path)));
                effects
            }
            LogMsg::DraftSaved(Err(e)) => {
                // Nothing is lost: the text stays in the editor.
                if let Some(NewRecord::Editing(editing)) = &mut self.new_record {
                    editing.saving = false;
                }
                vec![LogEffect::Say(Notice::LogFailed(e))]
            }
            LogMsg::DiscardDraft => {
                match &mut self.new_record {
                    Some(NewRecord::Editing(e)) if e.edited() => e.confirm_discard = true,
                    Some(NewRecord::Editing(_) | NewRecord::Title { .. }) => self.new_record = None,
                    _ => {}
                }
                Vec::new()
            }
            LogMsg::ConfirmDiscard(discard) => {
                if let Some(NewRecord::Editing(e)) = &mut self.new_record {
                    if discard {
                        self.new_record = None;
                    } else {
                        e.confirm_discard = false;
                    }
                }
                Vec::new()
            }
            LogMsg::Init {
                dir,
                kind,
                lang,
                date,
            } => vec![LogEffect::Job(LogJob::Init {
                dir,
                kind,
                lang,
                date,
            })],
            LogMsg::Initialized(Ok(log)) => {
                self.no_log = None;
                let root = log.root.clone();
                let mut effects = vec![LogEffect::Say(Notice::LogStarted {
                    tool: log.kind.name(),
                    dir: log.dir,
                })];
                effects.extend(super::update(self, LogMsg::Open(root)));
                effects
            }
            LogMsg::Initialized(Err(e)) => vec![LogEffect::Say(Notice::LogFailed(e))],
            _ => Vec::new(),
        }
    }

    /// The title typed: the draft asked of the runner (an empty title is refused, in words).
    fn start_draft(&mut self, env: arbitre_adr::log::DraftEnv) -> Vec<LogEffect> {
        let (
            Some(browse),
            Some(NewRecord::Title {
                title, supersedes, ..
            }),
        ) = (&self.browse, &self.new_record)
        else {
            return Vec::new();
        };
        if title.trim().is_empty() {
            if let Some(NewRecord::Title { empty, .. }) = &mut self.new_record {
                *empty = true;
            }
            return Vec::new();
        }
        let job = LogJob::Draft {
            log: browse.log.clone(),
            title: title.clone(),
            supersedes: supersedes.clone(),
            env,
        };
        self.new_record = Some(NewRecord::Drafting);
        vec![LogEffect::Job(job)]
    }

    /// The text written into the log by the runner (once: a second Ctrl+S waits for it).
    fn save_draft(&mut self) -> Vec<LogEffect> {
        let (Some(browse), Some(NewRecord::Editing(e))) = (&self.browse, &mut self.new_record)
        else {
            return Vec::new();
        };
        if e.saving {
            return Vec::new();
        }
        e.saving = true;
        e.confirm_discard = false;
        vec![LogEffect::Job(LogJob::SaveDraft {
            log: browse.log.clone(),
            draft: Box::new(e.draft.clone()),
            text: e.text.clone(),
        })]
    }
}

/// The new record's panel, in place of the table and the record.
pub(crate) fn new_record_ui(ui: &mut Ui, cx: &mut ViewCtx<'_>, state: &mut NewRecord) {
    let w = &cx.words.new_record;
    match state {
        NewRecord::Title {
            title,
            supersedes,
            empty,
        } => {
            egui::Frame::group(ui.style()).show(ui, |ui| {
                if let Some(old) = supersedes {
                    ui.label((w.supersedes)(old));
                }
                let mut go = false;
                ui.horizontal_wrapped(|ui| {
                    let l = ui.label(cx.lang.colon(w.title_label));
                    let field = ui
                        .add(egui::TextEdit::singleline(title).desired_width(420.0))
                        .labelled_by(l.id);
                    if field.changed() {
                        *empty = false;
                    }
                    if !field.has_focus() && !field.lost_focus() && title.is_empty() {
                        field.request_focus();
                    }
                    go = field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
                    go |= ui.button(w.start).clicked();
                    if ui.button(cx.words.common.cancel).clicked() {
                        cx.push(Command::CancelNewRecord);
                    }
                });
                if *empty {
                    ui.colored_label(ui.visuals().error_fg_color, w.no_title);
                }
                if go {
                    cx.push(Command::StartNewRecord);
                }
            });
        }
        NewRecord::Drafting => {
            ui.spinner();
        }
        NewRecord::Editing(e) => editor_ui(ui, cx, e),
    }
}

/// The editor: where the text comes from, the actions, then the text beside its preview.
fn editor_ui(ui: &mut Ui, cx: &mut ViewCtx<'_>, e: &mut Editing) {
    let w = &cx.words.new_record;
    ui.label(theme::subheading((w.heading)(&e.draft.file_name)));
    let from = match &e.draft.from {
        TemplateFrom::Env(p) => (w.from_env)(&p.display().to_string()),
        TemplateFrom::Log(p) => {
            (w.from_log)(&p.strip_prefix(&e.root).unwrap_or(p).display().to_string())
        }
        TemplateFrom::Convention(_) => (w.from_convention)(e.tool),
    };
    ui.add(egui::Label::new(RichText::new(from).small()).wrap());
    if let Some(old) = &e.draft.supersedes_label {
        ui.add(egui::Label::new(RichText::new((w.supersedes)(old)).small()).wrap());
    }
    ui.horizontal_wrapped(|ui| {
        let save = egui::Button::new(w.save).shortcut_text(
            Command::Save
                .shortcut()
                .map(|k| ui.ctx().format_shortcut(&k))
                .unwrap_or_default(),
        );
        if ui.add_enabled(!e.saving, save).clicked() {
            cx.push(Command::SaveNewRecord);
        }
        if ui
            .add_enabled(!e.saving, egui::Button::new(w.discard))
            .clicked()
        {
            cx.push(Command::DiscardNewRecord);
        }
        if e.saving {
            ui.spinner();
        }
        if e.left > 0 {
            ui.label(
                RichText::new((w.placeholders)(e.left))
                    .small()
                    .color(ui.visuals().warn_fg_color),
            );
        }
    });
    if e.confirm_discard {
        egui::Frame::group(ui.style()).show(ui, |ui| {
            ui.horizontal_wrapped(|ui| {
                ui.label(RichText::new(w.confirm_discard).strong());
                if ui.button(w.keep_editing).clicked() {
                    cx.push(Command::ConfirmDiscardNewRecord(false));
                }
                if ui.button(w.discard_yes).clicked() {
                    cx.push(Command::ConfirmDiscardNewRecord(true));
                }
            });
        });
    }
    let avail = ui.available_size();
    let half = ((avail.x - 16.0) / 2.0).max(200.0);
    ui.horizontal_top(|ui| {
        ui.vertical(|ui| {
            ui.set_width(half);
            let l = ui.label(RichText::new(w.source).small());
            egui::ScrollArea::vertical()
                .id_salt("new_record_text")
                .auto_shrink([false, false])
                .max_height(avail.y - 24.0)
                .show(ui, |ui| {
                    crate::focus::scroll_to_focus(ui);
                    let r = ui
                        .add(
                            egui::TextEdit::multiline(&mut e.text)
                                .code_editor()
                                .desired_width(f32::INFINITY)
                                .desired_rows(20)
                                .interactive(!e.saving),
                        )
                        .labelled_by(l.id);
                    if r.changed() {
                        e.changed();
                    }
                });
        });
        ui.separator();
        ui.vertical(|ui| {
            ui.set_width(half);
            ui.label(RichText::new(w.preview).small());
            egui::ScrollArea::vertical()
                .id_salt("new_record_preview")
                .auto_shrink([false, false])
                .max_height(avail.y - 24.0)
                .show(ui, |ui| {
                    egui_commonmark::CommonMarkViewer::new().show(ui, &mut e.cache, &e.preview);
                });
        });
    });
}

/// A folder without a log: start one there, in the layout chosen.
pub(crate) fn init_ui(
    ui: &mut Ui,
    cx: &mut ViewCtx<'_>,
    dir: &std::path::Path,
    layout: &mut LogKind,
) {
    let w = &cx.words.new_record;
    egui::Frame::group(ui.style()).show(ui, |ui| {
        let name = dir.file_name().map_or_else(
            || dir.display().to_string(),
            |n| n.to_string_lossy().into_owned(),
        );
        ui.add(egui::Label::new((w.init_prompt)(&name)).wrap())
            .on_hover_text(dir.display().to_string());
        ui.horizontal_wrapped(|ui| {
            let l = ui.label(cx.lang.colon(w.init_layout));
            egui::ComboBox::from_id_salt("log_init_layout")
                .selected_text(layout.name())
                .show_ui(ui, |ui| {
                    for kind in LAYOUTS {
                        ui.selectable_value(layout, kind, kind.name());
                    }
                })
                .response
                .labelled_by(l.id);
            if ui.button(w.init_button).clicked() {
                cx.push(Command::InitLog {
                    dir: dir.to_owned(),
                    kind: *layout,
                });
            }
        });
    });
}
