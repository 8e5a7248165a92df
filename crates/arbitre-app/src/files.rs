//! File habits in the interface: the File menu (New, Open, recent files, Save, Save As,
//! Undo, Redo), the unsaved-changes prompt, the offer to restore unsaved work, the path field
//! that stands in for a missing file dialog, and the question before writing over a file that
//! exists or changed on disk.

use egui::{RichText, Ui};

use crate::command::{Choice, Command, Overwrite, Pending};
use crate::settings::Settings;
use arbitre_core::autosave::Orphan;
use arbitre_core::document::Document;
use arbitre_core::i18n::Lang;

/// A write that waits for the user's answer: [`arbitre_core::files::write_to`] refused it because a
/// file is already at its target.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Overwriting {
    /// The write as it was asked; Replace sends it again, confirmed in the window.
    pub target: arbitre_core::files::WriteTarget,
    /// Why it was refused.
    pub clash: Clash,
    /// What was being written.
    pub what: Writing,
}

/// Why a write waits: what is at its target.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Clash {
    /// A file the user did not choose to replace.
    Exists,
    /// The document's own file, changed on disk since it was opened or saved here.
    Changed,
}

/// What a write that waits was writing (so that Save As… asks for another name for it).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Writing {
    /// The session (Save, Save As).
    Session,
    /// The ADR, exported to a file.
    Export,
}

impl Overwriting {
    /// The question for a refused write, or `None` for an error that is not a clash.
    pub fn after(
        error: &arbitre_core::files::WriteError,
        target: &arbitre_core::files::WriteTarget,
        what: Writing,
    ) -> Option<Overwriting> {
        let clash = match error {
            arbitre_core::files::WriteError::Exists(_) => Clash::Exists,
            arbitre_core::files::WriteError::Changed(_) => Clash::Changed,
            arbitre_core::files::WriteError::Io { .. }
            | arbitre_core::files::WriteError::Outside { .. } => {
                return None;
            }
        };
        Some(Overwriting {
            target: target.clone(),
            clash,
            what,
        })
    }
}

/// The File menu; each item shows its shortcut as the platform writes it.
pub(crate) fn file_menu_ui(
    ui: &mut Ui,
    settings: &Settings,
    doc: &Document,
    cmds: &mut Vec<Command>,
) {
    let lang = settings.lang;
    let w = lang.words();
    ui.menu_button(w.app.file, |ui| {
        let mut item = |ui: &mut Ui, label: &str, enabled: bool, cmd: Command| {
            let text = match cmd.shortcut() {
                Some(k) => format!("{label}    {}", ui.ctx().format_shortcut(&k)),
                None => label.to_owned(),
            };
            if ui.add_enabled(enabled, egui::Button::new(text)).clicked() {
                cmds.push(cmd);
                ui.close();
            }
        };
        item(ui, w.app.new, true, Command::New);
        item(ui, w.app.open, true, Command::OpenDialog);
        item(ui, w.common.save, true, Command::Save);
        item(ui, w.common.save_as, true, Command::SaveAs);
        ui.separator();
        item(ui, w.app.undo, doc.can_undo(), Command::Undo);
        item(ui, w.app.redo, doc.can_redo(), Command::Redo);
        ui.separator();
        item(ui, w.app.presenter, true, Command::TogglePresenter);
        item(ui, w.app.shortcuts, true, Command::ToggleShortcuts);
        if !settings.recent.is_empty() {
            ui.separator();
            ui.label(RichText::new(w.app.recent).small());
            for path in &settings.recent {
                if ui.button(path.display().to_string()).clicked() {
                    cmds.push(Command::Open(path.clone()));
                    ui.close();
                }
            }
        }
    });
    let name = doc.display_name(w.common.untitled);
    // The mark's place is always taken (invisible when saved), so nothing after it moves.
    let mark_colour = if doc.is_dirty() {
        ui.visuals().text_color()
    } else {
        egui::Color32::TRANSPARENT
    };
    let mut job = egui::text::LayoutJob::default();
    let font = egui::TextStyle::Small.resolve(ui.style());
    job.append(
        &name,
        0.0,
        egui::TextFormat::simple(font.clone(), ui.visuals().text_color()),
    );
    job.append(" •", 0.0, egui::TextFormat::simple(font, mark_colour));
    ui.label(job).on_hover_text(if doc.is_dirty() {
        w.app.unsaved_changes
    } else {
        w.app.saved
    });
}

/// "Save your changes?" before replacing the document or closing.
pub(crate) fn unsaved_prompt_ui(
    ctx: &egui::Context,
    pending: &Pending,
    lang: Lang,
    cmds: &mut Vec<Command>,
) {
    let w = lang.words();
    let question = match pending {
        Pending::Close => w.prompts.unsaved_before_close,
        Pending::New | Pending::Start(_) => w.prompts.unsaved_before_new,
        Pending::OpenDialog | Pending::Open(_) => w.prompts.unsaved_before_open,
    };
    let modal = egui::Modal::new(egui::Id::unique("unsaved_prompt")).show(ctx, |ui| {
        ui.set_max_width(520.0);
        ui.heading(w.prompts.unsaved_title);
        ui.label(question);
        ui.add_space(8.0);
        ui.horizontal(|ui| {
            if ui.button(w.common.save).clicked() {
                cmds.push(Command::Resolve(Choice::Save));
            }
            if ui.button(w.prompts.dont_save).clicked() {
                cmds.push(Command::Resolve(Choice::Discard));
            }
            if ui.button(w.common.cancel).clicked() {
                cmds.push(Command::Resolve(Choice::Cancel));
            }
        });
    });
    if modal.should_close() {
        cmds.push(Command::Resolve(Choice::Cancel));
    }
}

/// "Restore the unsaved work from last time?", for every run that did not close cleanly,
/// newest first.
pub(crate) fn recovery_prompt_ui(
    ctx: &egui::Context,
    offers: &[Orphan],
    lang: Lang,
    cmds: &mut Vec<Command>,
) {
    let w = lang.words();
    egui::Modal::new(egui::Id::unique("recovery_prompt")).show(ctx, |ui| {
        ui.set_max_width(640.0);
        ui.heading(w.prompts.recovery_title);
        ui.label(if offers.len() > 1 {
            w.prompts.recovery_many
        } else {
            w.prompts.recovery_one
        });
        ui.add_space(6.0);
        egui::ScrollArea::vertical()
            .max_height(360.0)
            .show(ui, |ui| {
                crate::focus::scroll_to_focus(ui);
                for (i, offer) in offers.iter().enumerate() {
                    if i > 0 {
                        ui.separator();
                    }
                    let file = offer
                        .recovery
                        .path
                        .as_deref()
                        .map_or_else(|| w.common.untitled.to_owned(), |p| p.display().to_string());
                    ui.add(egui::Label::new(RichText::new(file).strong()).wrap());
                    let when = offer
                        .modified
                        .and_then(|t| std::time::SystemTime::now().duration_since(t).ok())
                        .map(|d| (w.prompts.ago)(d.as_secs()))
                        .unwrap_or_default();
                    let counts = (w.prompts.recovery_counts)(
                        offer.recovery.session.ticks.len(),
                        offer.recovery.session.weights.len(),
                    );
                    ui.label(format!("{counts}{when}"));
                    ui.horizontal(|ui| {
                        if ui.button(w.prompts.restore).clicked() {
                            cmds.push(Command::Restore(i));
                        }
                        if ui
                            .button(w.prompts.set_aside)
                            .on_hover_text(w.prompts.set_aside_hint)
                            .clicked()
                        {
                            cmds.push(Command::DiscardRecovery(i));
                        }
                    });
                }
            });
        ui.add_space(8.0);
        if ui
            .button(w.prompts.later)
            .on_hover_text(w.prompts.later_hint)
            .clicked()
        {
            cmds.push(Command::RecoverLater);
        }
    });
}

/// The path field shown when no native dialog can be: the dialog's title, why, the field.
/// Enter validates, Escape cancels.
pub(crate) fn path_prompt_ui(
    ctx: &egui::Context,
    request: &crate::command::DialogRequest,
    text: &mut String,
    lang: Lang,
    cmds: &mut Vec<Command>,
) {
    let w = lang.words();
    let title = request.title(lang);
    let modal = egui::Modal::new(egui::Id::unique("path_prompt")).show(ctx, |ui| {
        ui.set_max_width(640.0);
        ui.heading(title);
        ui.add(egui::Label::new(w.app.no_dialog).wrap());
        let l = ui.label(lang.colon(w.app.path));
        let field = ui
            .add(egui::TextEdit::singleline(text).desired_width(600.0))
            .labelled_by(l.id);
        // Read before the focus is taken back below: then the field no longer "lost" it.
        let entered = field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
        if entered {
            cmds.push(Command::ResolvePath(true));
        } else if ui.ctx().memory(|m| m.focused().is_none()) {
            // Typing goes to the field at once; Tab still reaches the buttons.
            field.request_focus();
        }
        ui.add_space(8.0);
        ui.horizontal(|ui| {
            if ui.button(w.app.ok).clicked() {
                cmds.push(Command::ResolvePath(true));
            }
            if ui.button(w.common.cancel).clicked() {
                cmds.push(Command::ResolvePath(false));
            }
        });
    });
    if modal.should_close() {
        cmds.push(Command::ResolvePath(false));
    }
}

/// "Supersede with a new decision not yet accepted?": accept it and supersede, or cancel.
pub(crate) fn accept_prompt_ui(
    ctx: &egui::Context,
    old: &str,
    status: arbitre_core::session::Status,
    lang: Lang,
    cmds: &mut Vec<Command>,
) {
    let w = lang.words();
    let status = crate::adr::status_name(status, lang);
    let modal = egui::Modal::new(egui::Id::unique("accept_prompt")).show(ctx, |ui| {
        ui.set_max_width(560.0);
        ui.heading(w.prompts.accept_title);
        ui.add(egui::Label::new((w.prompts.accept_body)(old, status)).wrap());
        ui.add_space(8.0);
        ui.horizontal(|ui| {
            if ui.button(w.prompts.accept_and_supersede).clicked() {
                cmds.push(Command::ResolveAccept(true));
            }
            if ui.button(w.common.cancel).clicked() {
                cmds.push(Command::ResolveAccept(false));
            }
        });
    });
    if modal.should_close() {
        cmds.push(Command::ResolveAccept(false));
    }
}

/// "This file already exists" or "This file changed on disk since it was opened": Save As…,
/// Replace or Cancel.
pub(crate) fn overwrite_prompt_ui(
    ctx: &egui::Context,
    waiting: &Overwriting,
    lang: Lang,
    cmds: &mut Vec<Command>,
) {
    let w = lang.words();
    let (title, body) = match waiting.clash {
        Clash::Exists => (w.prompts.exists_title, w.prompts.exists_body),
        Clash::Changed => (w.prompts.changed_title, w.prompts.changed_body),
    };
    let path = waiting.target.path.display().to_string();
    let modal = egui::Modal::new(egui::Id::unique("overwrite_prompt")).show(ctx, |ui| {
        ui.set_max_width(560.0);
        ui.heading(title);
        ui.add(egui::Label::new(RichText::new(path).strong()).wrap());
        ui.add(egui::Label::new(body).wrap());
        ui.add_space(8.0);
        ui.horizontal(|ui| {
            if ui.button(w.common.save_as).clicked() {
                cmds.push(Command::ResolveOverwrite(Overwrite::SaveAs));
            }
            if ui.button(w.prompts.replace).clicked() {
                cmds.push(Command::ResolveOverwrite(Overwrite::Replace));
            }
            if ui.button(w.common.cancel).clicked() {
                cmds.push(Command::ResolveOverwrite(Overwrite::Cancel));
            }
        });
    });
    if modal.should_close() {
        cmds.push(Command::ResolveOverwrite(Overwrite::Cancel));
    }
}
