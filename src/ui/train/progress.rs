//! The progress tab: scores per section, what was missed, retry and reset, and where the
//! progress is saved.

use egui::{Button, Label, RichText, Ui};

use crate::i18n::Lang;
use crate::kit::CheckedKit;
use crate::train::{self, Section, Training};
use crate::ui::command::TrainAction as Action;
use crate::ui::theme;

use super::{Trainer, bullet_ui, colon};

pub(super) fn progress_ui(
    ui: &mut Ui,
    t: &Training,
    kit: &CheckedKit,
    lang: Lang,
    confirm_reset: bool,
    saving: (&str, Option<&std::path::Path>),
    actions: &mut Vec<Action>,
) {
    let quiz_missed: Vec<String> = t
        .missed_questions()
        .into_iter()
        .filter_map(|i| t.questions.get(i))
        .map(|q| q.full(lang))
        .collect();
    let scenarios_missed: Vec<String> = t
        .missed_scenarios(kit)
        .into_iter()
        .filter_map(|i| kit.scenarios.get(i))
        .map(|s| s.title.get(lang).to_owned())
        .collect();

    section_progress_ui(
        ui,
        lang.pick(
            "Quiz sur le tableau comparatif",
            "Quiz on the comparison table",
        ),
        t.progress.section(Section::Quiz),
        t.questions.len(),
        &quiz_missed,
        lang,
    );
    ui.add_space(8.0);
    section_progress_ui(
        ui,
        lang.pick("Scénarios d'entraînement", "Training scenarios"),
        t.progress.section(Section::Scenarios),
        kit.scenarios.len(),
        &scenarios_missed,
        lang,
    );
    ui.add_space(10.0);

    ui.horizontal_wrapped(|ui| {
        let any_missed = !quiz_missed.is_empty() || !scenarios_missed.is_empty();
        let retry = ui
            .add_enabled(
                any_missed,
                Button::new(lang.pick("Revoir les erreurs", "Retry missed")),
            )
            .on_hover_text(lang.pick(
                "Recommence le quiz et les scénarios avec seulement les erreurs.",
                "Restarts the quiz and the scenarios with only the missed ones.",
            ));
        if retry.clicked() {
            actions.push(Action::RetryMissed(None));
        }
        if ui
            .add_enabled(
                !confirm_reset,
                Button::new(lang.pick("Réinitialiser", "Reset")),
            )
            .clicked()
        {
            actions.push(Action::AskReset);
        }
    });
    if confirm_reset {
        egui::Frame::group(ui.style()).show(ui, |ui| {
            ui.add(
                Label::new(
                    RichText::new(lang.pick(
                        "Effacer tous les scores et la liste des erreurs\u{a0}? C'est définitif.",
                        "Erase all scores and the list of missed items? This cannot be undone.",
                    ))
                    .strong(),
                )
                .wrap(),
            );
            ui.horizontal_wrapped(|ui| {
                if ui
                    .button(lang.pick("Oui, tout effacer", "Yes, erase everything"))
                    .clicked()
                {
                    actions.push(Action::ConfirmReset);
                }
                if ui.button(lang.pick("Annuler", "Cancel")).clicked() {
                    actions.push(Action::CancelReset);
                }
            });
        });
    }
    ui.add_space(8.0);
    let (note, path) = saving;
    let r = ui.add(Label::new(RichText::new(note).small().weak()).wrap());
    if let Some(path) = path {
        r.on_hover_ui(|ui| {
            ui.label(path.display().to_string());
        });
    }
}

fn section_progress_ui(
    ui: &mut Ui,
    title: &str,
    p: &train::SectionProgress,
    total: usize,
    missed: &[String],
    lang: Lang,
) {
    ui.add(Label::new(theme::subheading(title)).wrap());
    let score = match lang {
        Lang::Fr => format!(
            "Réponses\u{a0}: {} · justes\u{a0}: {} ({}\u{a0}%)",
            p.answered,
            p.right,
            p.percent()
        ),
        Lang::En => format!(
            "Answers: {} · right: {} ({}%)",
            p.answered,
            p.right,
            p.percent()
        ),
    };
    ui.label(score);
    ui.label(format!(
        "{}{} {} / {total}",
        lang.pick("Réussis au moins une fois", "Right at least once"),
        colon(lang),
        p.mastered.len().min(total)
    ));
    if missed.is_empty() {
        ui.label(
            RichText::new(lang.pick("Aucune erreur à revoir.", "Nothing missed to retry.")).weak(),
        );
    } else {
        ui.label(
            RichText::new(format!(
                "{}{}",
                lang.pick("À revoir", "To retry"),
                colon(lang)
            ))
            .strong(),
        );
        for item in missed {
            bullet_ui(ui, item);
        }
    }
}

/// Where progress goes, and the file's path to show on hover (kept out of the text so that
/// the screen reads the same on every computer).
pub(super) fn saving_note(
    trainer: &Trainer,
    lang: Lang,
) -> (&'static str, Option<&std::path::Path>) {
    match &trainer.progress_file {
        Some(path) if !trainer.save_disabled => (
            lang.pick(
                "La progression est enregistrée sur cet ordinateur, après chaque réponse.",
                "Progress is saved on this computer, after each answer.",
            ),
            Some(path.as_path()),
        ),
        _ => (
            lang.pick(
                "La progression n'est pas enregistrée pendant cette séance.",
                "Progress is not saved during this session.",
            ),
            None,
        ),
    }
}
