//! The Recommendation screen: the outcome, its scores, the hybrid architectures it suggests,
//! every reason traced to a ticked item or weighted criterion, a drawing of the layered
//! architecture, the team's override (which needs a written justification), and the notes'
//! application to quote-app.

use egui::{Align2, Color32, FontId, Rect, RichText, Sense, Stroke, Ui, vec2};

use crate::decide::{Outcome, Recommendation};
use crate::i18n::Lang;
use crate::kit::{CheckedKit, OptionId};
use crate::session::{Edit, Override, Session};
use crate::ui::command::{Command, Screen};
use crate::ui::theme;
use crate::ui::view::ViewCtx;

/// The override form while it is being filled in (not saved until applied).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct OverrideDraft {
    /// Whether the form is open.
    pub open: bool,
    /// The option the team wants.
    pub outcome: OptionId,
    /// For a hybrid, the architectures.
    pub patterns: Vec<String>,
    /// The written justification.
    pub justification: String,
    /// Why the last attempt was refused.
    pub error: Option<String>,
}

/// The layers to draw for an outcome, outermost first.
pub fn layers(kit: &CheckedKit, r: &Recommendation, session: &Session, lang: Lang) -> Vec<String> {
    let (outcome, pattern) = match &session.override_ {
        Some(o) => (Outcome::from_option(o.outcome), o.patterns.first().cloned()),
        None => (r.outcome, r.top_patterns().first().map(|s| s.to_string())),
    };
    match outcome {
        Outcome::Undecided => Vec::new(),
        Outcome::Containers => vec![
            lang.pick(
                "Hôte Linux (un kernel partagé)",
                "Linux host (one shared kernel)",
            )
            .into(),
            lang.pick("Orchestrateur (Kubernetes)", "Orchestrator (Kubernetes)")
                .into(),
            lang.pick("Conteneurs applicatifs", "Application containers")
                .into(),
        ],
        Outcome::Vms => vec![
            lang.pick("Matériel physique", "Physical hardware").into(),
            lang.pick("Hyperviseur", "Hypervisor").into(),
            lang.pick(
                "VMs (chacune son propre kernel)",
                "VMs (each with its own kernel)",
            )
            .into(),
            lang.pick("Applications", "Applications").into(),
        ],
        Outcome::Hybrid => {
            let hybrid = pattern
                .as_deref()
                .and_then(|p| kit.hybrid(p))
                .or_else(|| kit.hybrid("hybrid.kubernetes-on-vms"));
            hybrid
                .map(|h| h.layers.iter().map(|l| l.get(lang).to_owned()).collect())
                .unwrap_or_default()
        }
    }
}

/// Draws the Recommendation screen.
#[allow(clippy::too_many_arguments)]
pub fn recommendation_ui(ui: &mut Ui, cx: &mut ViewCtx<'_>, draft: &mut OverrideDraft) {
    let (kit, session, r, lang, dark) = (cx.kit, cx.session, cx.recommendation, cx.lang, cx.dark);
    let cmds = &mut *cx.cmds;
    ui.heading(Screen::Recommendation.title(lang));
    egui::ScrollArea::vertical()
        .auto_shrink([false, false])
        .show(ui, |ui| {
            outcome_ui(ui, kit, session, r, lang, cmds);
            if r.outcome != Outcome::Undecided || session.override_.is_some() {
                ui.add_space(8.0);
                ui.columns(2, |cols| {
                    reasons_ui(&mut cols[0], kit, r, lang);
                    let lines = layers(kit, r, session, lang);
                    cols[1].label(theme::subheading(lang.pick("Architecture", "Architecture")));
                    architecture_ui(&mut cols[1], &lines, dark);
                });
            }
            ui.add_space(8.0);
            ui.separator();
            override_ui(ui, kit, session, r, draft, lang, cmds);
            ui.add_space(8.0);
            ui.separator();
            application_ui(ui, kit, lang);
        });
}

fn outcome_ui(
    ui: &mut Ui,
    kit: &CheckedKit,
    session: &Session,
    r: &Recommendation,
    lang: Lang,
    cmds: &mut Vec<Command>,
) {
    if r.outcome == Outcome::Undecided && session.override_.is_none() {
        ui.label(theme::subheading(r.outcome.name(kit, lang)));
        ui.label(lang.pick(
            "Cochez ce qui s'applique dans les checklists, ou indiquez l'importance des critères dans le tableau comparatif.",
            "Tick what applies in the checklists, or say how much the criteria matter in the comparison table.",
        ));
        ui.horizontal(|ui| {
            if ui
                .button(lang.pick("Aller aux checklists", "Go to the checklists"))
                .clicked()
            {
                cmds.push(Command::Go(Screen::Checklists));
            }
            if ui
                .button(lang.pick("Aller au tableau", "Go to the table"))
                .clicked()
            {
                cmds.push(Command::Go(Screen::Compare));
            }
        });
        return;
    }
    if let Some(o) = &session.override_ {
        ui.label(
            theme::subheading(format!(
                "{} {}",
                lang.pick(
                    "Décision de l'équipe (dérogation) :",
                    "Team decision (override):"
                ),
                kit.option_name(o.outcome, lang)
            ))
            .color(ui.visuals().warn_fg_color),
        );
        for p in &o.patterns {
            if let Some(h) = kit.hybrid(p) {
                ui.label(format!("• {}", h.name.get(lang)));
            }
        }
        ui.horizontal_wrapped(|ui| {
            ui.label(RichText::new(lang.pick("Justification :", "Justification:")).strong());
            ui.add(egui::Label::new(&o.justification).wrap());
        });
        ui.label(format!(
            "{} {}",
            lang.pick("Recommandation du moteur :", "Engine's recommendation:"),
            r.outcome.name(kit, lang)
        ));
    } else {
        ui.label(theme::subheading(format!(
            "{} {}",
            lang.pick("Recommandation :", "Recommendation:"),
            r.outcome.name(kit, lang)
        )));
    }
    ui.horizontal_wrapped(|ui| {
        for option in OptionId::ALL {
            let score = r.scores.get(option);
            ui.label(format!(
                "{}{}{score}",
                kit.option_name(option, lang),
                lang.pick(" : ", ": ")
            ));
        }
    });
    if r.outcome == Outcome::Hybrid && !r.patterns.is_empty() {
        ui.label(
            RichText::new(lang.pick("Architectures suggérées :", "Suggested architectures:"))
                .strong(),
        );
        for p in &r.patterns {
            if let Some(h) = kit.hybrid(&p.id) {
                ui.horizontal_wrapped(|ui| {
                    ui.label(
                        RichText::new(format!(
                            "• {} ({} {})",
                            h.name.get(lang),
                            p.votes,
                            lang.pick("voix", "votes")
                        ))
                        .strong(),
                    );
                    ui.add(
                        egui::Label::new(RichText::new(h.architecture.get(lang)).italics()).wrap(),
                    );
                });
            }
        }
    }
    if r.both_sides {
        ui.label(RichText::new(lang.pick(
            "Des besoins côté VMs ET côté conteneurs : « la sécurité des VMs ET l'agilité des conteneurs » mène à l'hybride.",
            "Needs on the VM side AND the container side: \"the security of VMs AND the agility of containers\" leads to a hybrid.",
        )).italics());
    }
}

fn reasons_ui(ui: &mut Ui, kit: &CheckedKit, r: &Recommendation, lang: Lang) {
    ui.label(theme::subheading(lang.pick("Raisons", "Reasons")));
    for option in OptionId::ALL {
        let reasons: Vec<_> = r.reasons_for(option).collect();
        if reasons.is_empty() {
            continue;
        }
        ui.label(
            RichText::new(format!(
                "{} {}",
                lang.pick("Pour", "For"),
                kit.option_name(option, lang)
            ))
            .strong(),
        );
        for reason in reasons {
            ui.horizontal_wrapped(|ui| {
                ui.label("•");
                ui.add(egui::Label::new(reason.describe(kit, lang)).wrap());
            });
        }
    }
}

/// Draws nested boxes, outermost layer first, each labelled at its top.
pub fn architecture_ui(ui: &mut Ui, layers: &[String], dark: bool) {
    if layers.is_empty() {
        return;
    }
    let row = 40.0;
    let inset = 18.0;
    let width = ui.available_width().min(620.0);
    let height = row * layers.len() as f32 + 12.0;
    let (rect, response) = ui.allocate_exact_size(vec2(width, height), Sense::hover());
    let description = layers.join(" → ");
    response
        .widget_info(|| egui::WidgetInfo::labeled(egui::Role::Image, true, description.clone()));
    let painter = ui.painter_at(rect);
    let base = if dark { 50 } else { 225 };
    let text_colour = ui.visuals().strong_text_color();
    let font = FontId::proportional(16.0);
    for (i, layer) in layers.iter().enumerate() {
        let i_f = i as f32;
        let r = Rect::from_min_max(
            rect.min + vec2(inset * i_f, row * i_f),
            rect.max - vec2(inset * i_f, 0.0),
        );
        let shade = if dark {
            base + (i as u8).saturating_mul(18)
        } else {
            base.saturating_sub((i as u8).saturating_mul(18))
        };
        painter.rect(
            r,
            6.0,
            Color32::from_rgb(shade, shade.saturating_add(6), shade.saturating_add(14)),
            Stroke::new(1.0, ui.visuals().widgets.noninteractive.bg_stroke.color),
            egui::StrokeKind::Inside,
        );
        painter.text(
            r.left_top() + vec2(10.0, 10.0),
            Align2::LEFT_TOP,
            layer,
            font.clone(),
            text_colour,
        );
    }
}

#[allow(clippy::too_many_arguments)]
fn override_ui(
    ui: &mut Ui,
    kit: &CheckedKit,
    session: &Session,
    r: &Recommendation,
    draft: &mut OverrideDraft,
    lang: Lang,
    cmds: &mut Vec<Command>,
) {
    ui.label(theme::subheading(lang.pick("Passer outre", "Override")));
    if session.override_.is_some() {
        if ui
            .button(lang.pick(
                "Revenir à la recommandation du moteur",
                "Return to the engine's recommendation",
            ))
            .clicked()
        {
            cmds.push(Command::Edit(Edit::Override(None)));
        }
        return;
    }
    if !draft.open {
        if ui
            .button(lang.pick(
                "Passer outre la recommandation…",
                "Override the recommendation…",
            ))
            .clicked()
        {
            draft.open = true;
            draft.outcome = r.outcome.option().unwrap_or_default();
            draft.error = None;
        }
        return;
    }
    ui.label(lang.pick(
        "L'équipe choisit une autre option. Une justification écrite est obligatoire : elle figurera dans l'ADR.",
        "The team chooses another option. A written justification is required: it goes into the ADR.",
    ));
    ui.horizontal(|ui| {
        for option in OptionId::ALL {
            ui.radio_value(&mut draft.outcome, option, kit.option_name(option, lang));
        }
    });
    if draft.outcome == OptionId::Hybrid {
        ui.horizontal_wrapped(|ui| {
            for h in &kit.hybrids {
                let mut on = draft.patterns.contains(&h.id);
                if ui.checkbox(&mut on, h.name.get(lang)).changed() {
                    if on {
                        draft.patterns.push(h.id.clone());
                    } else {
                        draft.patterns.retain(|p| p != &h.id);
                    }
                }
            }
        });
    }
    let label = ui.label(lang.pick("Justification (obligatoire) :", "Justification (required):"));
    ui.add(
        egui::TextEdit::multiline(&mut draft.justification)
            .desired_rows(3)
            .desired_width(f32::INFINITY),
    )
    .labelled_by(label.id);
    if let Some(e) = &draft.error {
        ui.label(RichText::new(e).color(ui.visuals().error_fg_color));
    }
    ui.horizontal(|ui| {
        if ui
            .button(lang.pick("Appliquer la dérogation", "Apply the override"))
            .clicked()
        {
            if draft.justification.trim().is_empty() {
                draft.error = Some(
                    lang.pick(
                        "Refusé : écrivez pourquoi l'équipe passe outre la recommandation.",
                        "Refused: write why the team overrides the recommendation.",
                    )
                    .into(),
                );
            } else {
                let mut patterns = draft.patterns.clone();
                if draft.outcome != OptionId::Hybrid {
                    patterns.clear();
                }
                cmds.push(Command::Edit(Edit::Override(Some(Override {
                    outcome: draft.outcome,
                    patterns,
                    justification: draft.justification.trim().to_owned(),
                }))));
                *draft = OverrideDraft::default();
            }
        }
        if ui.button(lang.pick("Annuler", "Cancel")).clicked() {
            *draft = OverrideDraft::default();
        }
    });
}

fn application_ui(ui: &mut Ui, kit: &CheckedKit, lang: Lang) {
    let app = &kit.application;
    egui::CollapsingHeader::new(theme::subheading(app.title.get(lang)))
        .id_salt("application")
        .default_open(false)
        .show(ui, |ui| {
            ui.label(app.intro.get(lang));
            for p in &app.points {
                ui.horizontal_wrapped(|ui| {
                    ui.label(RichText::new(lang.colon(p.label.get(lang))).strong());
                    ui.add(egui::Label::new(p.text.get(lang)).wrap());
                });
                ui.indent(p.label.get(lang), |ui| {
                    for s in &p.sub {
                        ui.label(format!("• {}", s.get(lang)));
                    }
                });
            }
            ui.label(RichText::new(lang.colon(app.layers_title.get(lang))).strong());
            let layers: Vec<String> = app.layers.iter().map(|l| l.get(lang).to_owned()).collect();
            architecture_ui(ui, &layers, ui.visuals().dark_mode);
            ui.add(egui::Label::new(app.conclusion.get(lang)).wrap());
        });
}
