//! File habits in the interface: the File menu (New, Open, recent files, Save, Save As,
//! Undo, Redo), the unsaved-changes prompt, and the offer to restore unsaved work.

use egui::{RichText, Ui};

use crate::autosave::Orphan;
use crate::document::Document;
use crate::i18n::Lang;
use crate::ui::command::{Choice, Command, Overwrite, Pending};
use crate::ui::settings::Settings;

/// The File menu.
pub fn file_menu_ui(ui: &mut Ui, settings: &Settings, doc: &Document, cmds: &mut Vec<Command>) {
    let lang = settings.lang;
    ui.menu_button(lang.pick("Fichier", "File"), |ui| {
        let mut item = |ui: &mut Ui, label: &str, shortcut: &str, enabled: bool, cmd: Command| {
            let text = format!("{label}    {shortcut}");
            if ui.add_enabled(enabled, egui::Button::new(text)).clicked() {
                cmds.push(cmd);
                ui.close();
            }
        };
        item(
            ui,
            lang.pick("Nouveau", "New"),
            "Ctrl+N",
            true,
            Command::New,
        );
        item(
            ui,
            lang.pick("Ouvrir…", "Open…"),
            "Ctrl+O",
            true,
            Command::OpenDialog,
        );
        item(
            ui,
            lang.pick("Enregistrer", "Save"),
            "Ctrl+S",
            true,
            Command::Save,
        );
        item(
            ui,
            lang.pick("Enregistrer sous…", "Save As…"),
            "Ctrl+Shift+S",
            true,
            Command::SaveAs,
        );
        ui.separator();
        item(
            ui,
            lang.pick("Annuler", "Undo"),
            "Ctrl+Z",
            doc.can_undo(),
            Command::Undo,
        );
        item(
            ui,
            lang.pick("Rétablir", "Redo"),
            "Ctrl+Shift+Z",
            doc.can_redo(),
            Command::Redo,
        );
        if !settings.recent.is_empty() {
            ui.separator();
            ui.label(RichText::new(lang.pick("Récents", "Recent")).small());
            for path in &settings.recent {
                if ui.button(path.display().to_string()).clicked() {
                    cmds.push(Command::Open(path.clone()));
                    ui.close();
                }
            }
        }
    });
    let name = doc.display_name(lang.pick("sans titre", "untitled"));
    let mark = if doc.is_dirty() { " •" } else { "" };
    ui.label(RichText::new(format!("{name}{mark}")).small())
        .on_hover_text(if doc.is_dirty() {
            lang.pick("Modifications non enregistrées", "Unsaved changes")
        } else {
            lang.pick("Enregistré", "Saved")
        });
}

/// "Save your changes?" before replacing the document or closing.
pub fn unsaved_prompt_ui(
    ctx: &egui::Context,
    pending: &Pending,
    lang: Lang,
    cmds: &mut Vec<Command>,
) {
    let what = match pending {
        Pending::Close => lang.pick("avant de fermer", "before closing"),
        Pending::New => lang.pick(
            "avant d'en commencer une nouvelle",
            "before starting a new one",
        ),
        Pending::OpenDialog | Pending::Open(_) => {
            lang.pick("avant d'en ouvrir une autre", "before opening another")
        }
    };
    let modal = egui::Modal::new(egui::Id::unique("unsaved_prompt")).show(ctx, |ui| {
        ui.set_max_width(520.0);
        ui.heading(lang.pick("Modifications non enregistrées", "Unsaved changes"));
        ui.label(
            format!(
                "{} {what} ?",
                lang.pick(
                    "Cette session a des modifications non enregistrées. Les enregistrer",
                    "This session has unsaved changes. Save them"
                )
            )
            .replace(" ?", lang.pick(" ?", "?")),
        );
        ui.add_space(8.0);
        ui.horizontal(|ui| {
            if ui.button(lang.pick("Enregistrer", "Save")).clicked() {
                cmds.push(Command::Resolve(Choice::Save));
            }
            if ui
                .button(lang.pick("Ne pas enregistrer", "Don't save"))
                .clicked()
            {
                cmds.push(Command::Resolve(Choice::Discard));
            }
            if ui.button(lang.pick("Annuler", "Cancel")).clicked() {
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
pub fn recovery_prompt_ui(
    ctx: &egui::Context,
    offers: &[Orphan],
    lang: Lang,
    cmds: &mut Vec<Command>,
) {
    egui::Modal::new(egui::Id::unique("recovery_prompt")).show(ctx, |ui| {
        ui.set_max_width(640.0);
        ui.heading(lang.pick("Travail non enregistré retrouvé", "Unsaved work found"));
        ui.label(if offers.len() > 1 {
            lang.pick(
                "Des sessions précédentes ne se sont pas fermées normalement. Leur travail a été sauvegardé automatiquement ; la plus récente d'abord.",
                "Earlier sessions did not close normally. Their work was saved automatically; the newest first.",
            )
        } else {
            lang.pick(
                "La dernière session ne s'est pas fermée normalement. Son travail a été sauvegardé automatiquement.",
                "The last session did not close normally. Its work was saved automatically.",
            )
        });
        ui.add_space(6.0);
        egui::ScrollArea::vertical().max_height(360.0).show(ui, |ui| {
            for (i, offer) in offers.iter().enumerate() {
                if i > 0 {
                    ui.separator();
                }
                let file = offer.recovery.path.as_deref().map_or_else(
                    || lang.pick("sans titre", "untitled").to_owned(),
                    |p| p.display().to_string(),
                );
                ui.add(egui::Label::new(RichText::new(file).strong()).wrap());
                let when = offer
                    .modified
                    .and_then(|t| std::time::SystemTime::now().duration_since(t).ok())
                    .map(|d| ago(d.as_secs(), lang))
                    .unwrap_or_default();
                let ticked = offer.recovery.session.ticks.len();
                let weighted = offer.recovery.session.weights.len();
                // French puts 0 and 1 in the singular.
                let (ticked_word, weighted_word) = match lang {
                    Lang::Fr if ticked < 2 => ("coché", if weighted < 2 { "critère pondéré" } else { "critères pondérés" }),
                    Lang::Fr => ("cochés", if weighted < 2 { "critère pondéré" } else { "critères pondérés" }),
                    Lang::En => ("ticked", if weighted == 1 { "criterion weighted" } else { "criteria weighted" }),
                };
                ui.label(format!("{ticked} {ticked_word}, {weighted} {weighted_word}{when}"));
                ui.horizontal(|ui| {
                    if ui.button(lang.pick("Restaurer", "Restore")).clicked() {
                        cmds.push(Command::Restore(i));
                    }
                    if ui
                        .button(lang.pick("Mettre de côté", "Set aside"))
                        .on_hover_text(lang.pick(
                            "Le fichier est renommé, jamais supprimé.",
                            "The file is renamed, never deleted.",
                        ))
                        .clicked()
                    {
                        cmds.push(Command::DiscardRecovery(i));
                    }
                });
            }
        });
        ui.add_space(8.0);
        if ui
            .button(lang.pick("Plus tard", "Later"))
            .on_hover_text(lang.pick(
                "Rien n'est effacé : ce travail sera proposé au prochain démarrage.",
                "Nothing is deleted: this work is offered again at the next start.",
            ))
            .clicked()
        {
            cmds.push(Command::RecoverLater);
        }
    });
}

/// ", 5 min ago" / ", il y a 5 min".
fn ago(secs: u64, lang: Lang) -> String {
    let (n, unit) = match secs {
        0..=119 => (secs, "s"),
        120..=7199 => (secs / 60, "min"),
        7200..=172_799 => (secs / 3600, "h"),
        _ => (secs / 86_400, lang.pick("j", "d")),
    };
    match lang {
        Lang::Fr => format!(", il y a {n}\u{a0}{unit}"),
        Lang::En => format!(", {n} {unit} ago"),
    }
}

/// "This file changed on disk since it was opened: replace it?"
pub fn overwrite_prompt_ui(
    ctx: &egui::Context,
    path: &std::path::Path,
    lang: Lang,
    cmds: &mut Vec<Command>,
) {
    let modal = egui::Modal::new(egui::Id::unique("overwrite_prompt")).show(ctx, |ui| {
        ui.set_max_width(560.0);
        ui.heading(lang.pick(
            "Le fichier a changé sur le disque",
            "The file changed on disk",
        ));
        ui.add(egui::Label::new(RichText::new(path.display().to_string()).strong()).wrap());
        ui.label(lang.pick(
            "Un autre programme (ou une autre fenêtre d'arbitre) l'a modifié depuis son ouverture. Le remplacer par cette version effacerait ces modifications.",
            "Another program (or another arbitre window) changed it since it was opened. Replacing it with this version would erase those changes.",
        ));
        ui.add_space(8.0);
        ui.horizontal(|ui| {
            if ui
                .button(lang.pick("Enregistrer sous…", "Save As…"))
                .clicked()
            {
                cmds.push(Command::ResolveOverwrite(Overwrite::SaveAs));
            }
            if ui.button(lang.pick("Remplacer", "Replace")).clicked() {
                cmds.push(Command::ResolveOverwrite(Overwrite::Replace));
            }
            if ui.button(lang.pick("Annuler", "Cancel")).clicked() {
                cmds.push(Command::ResolveOverwrite(Overwrite::Cancel));
            }
        });
    });
    if modal.should_close() {
        cmds.push(Command::ResolveOverwrite(Overwrite::Cancel));
    }
}
