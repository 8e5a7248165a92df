//! The Recommendation screen: the outcome, its scores, the hybrid architectures it suggests,
//! every reason traced to a ticked item or weighted criterion, a drawing of the layered
//! architecture, the team's override (which needs a written justification), and the notes'
//! application to quote-app.

use egui::{Align2, Color32, FontId, Rect, RichText, Sense, Stroke, Ui, vec2};

use crate::decide::{self, Outcome};
use crate::kit::OptionId;
use crate::session::{Edit, Override};
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

/// Draws the Recommendation screen.
pub fn recommendation_ui(ui: &mut Ui, cx: &mut ViewCtx<'_>, draft: &mut OverrideDraft) {
    ui.heading(Screen::Recommendation.title(cx.lang));
    egui::ScrollArea::vertical()
        .auto_shrink([false, false])
        .show(ui, |ui| {
            outcome_ui(ui, cx);
            if cx.decision.outcome != Outcome::Undecided {
                ui.add_space(8.0);
                ui.columns(2, |cols| {
                    reasons_ui(&mut cols[0], cx);
                    let lines = decide::layers(cx.kit, cx.decision, cx.lang);
                    cols[1].label(theme::subheading(cx.kit.headings.architecture.get(cx.lang)));
                    architecture_ui(&mut cols[1], &lines, cx.dark);
                });
            }
            ui.add_space(8.0);
            ui.separator();
            override_ui(ui, cx, draft);
            ui.add_space(8.0);
            ui.separator();
            application_ui(ui, cx);
        });
}

fn outcome_ui(ui: &mut Ui, cx: &mut ViewCtx<'_>) {
    let (kit, r, d, lang) = (cx.kit, cx.recommendation, cx.decision, cx.lang);
    let w = &cx.words.recommend;
    if d.outcome == Outcome::Undecided {
        ui.label(theme::subheading(d.outcome.name(kit, lang)));
        ui.label(w.undecided_hint);
        ui.horizontal(|ui| {
            if ui.button(w.go_checklists).clicked() {
                cx.push(Command::Go(Screen::Checklists));
            }
            if ui.button(w.go_table).clicked() {
                cx.push(Command::Go(Screen::Compare));
            }
        });
        return;
    }
    if d.overridden {
        ui.label(
            theme::subheading(format!(
                "{} {}",
                lang.colon(w.team_decision),
                d.outcome.name(kit, lang)
            ))
            .color(ui.visuals().warn_fg_color),
        );
        for p in &d.patterns {
            if let Some(h) = kit.hybrid(p) {
                ui.label(format!("• {}", h.name.get(lang)));
            }
        }
        // The team's own words: only the override has them.
        let justification = cx
            .session
            .override_
            .as_ref()
            .map_or("", |o| o.justification.as_str());
        ui.horizontal_wrapped(|ui| {
            ui.label(RichText::new(lang.colon(w.justification)).strong());
            ui.add(egui::Label::new(justification).wrap());
        });
        ui.label(format!(
            "{} {}",
            lang.colon(w.engine_recommendation),
            r.outcome.name(kit, lang)
        ));
    } else {
        ui.label(theme::subheading(format!(
            "{} {}",
            lang.colon(w.recommendation),
            r.outcome.name(kit, lang)
        )));
    }
    ui.horizontal_wrapped(|ui| {
        for option in OptionId::ALL {
            let score = r.scores.get(option);
            ui.label(format!(
                "{} {score}",
                lang.colon(&kit.option_name(option, lang))
            ));
        }
    });
    if r.outcome == Outcome::Hybrid && !r.patterns.is_empty() {
        ui.label(RichText::new(lang.colon(w.suggested)).strong());
        for p in &r.patterns {
            if let Some(h) = kit.hybrid(&p.id) {
                ui.horizontal_wrapped(|ui| {
                    ui.label(
                        RichText::new(format!("• {} ({})", h.name.get(lang), (w.votes)(p.votes)))
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
        ui.label(RichText::new(w.both_sides).italics());
    }
}

fn reasons_ui(ui: &mut Ui, cx: &ViewCtx<'_>) {
    let (kit, r, lang) = (cx.kit, cx.recommendation, cx.lang);
    let w = &cx.words.recommend;
    ui.label(theme::subheading(w.reasons));
    for option in OptionId::ALL {
        let reasons: Vec<_> = r.reasons_for(option).collect();
        if reasons.is_empty() {
            continue;
        }
        ui.label(RichText::new((w.for_option)(&kit.option_name(option, lang))).strong());
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
    let count = u16::try_from(layers.len()).unwrap_or(u16::MAX);
    let height = row * f32::from(count) + 12.0;
    let (rect, response) = ui.allocate_exact_size(vec2(width, height), Sense::hover());
    let description = layers.join(" → ");
    response
        .widget_info(|| egui::WidgetInfo::labeled(egui::Role::Image, true, description.clone()));
    let painter = ui.painter_at(rect);
    let base = if dark { 50 } else { 225 };
    let text_colour = ui.visuals().strong_text_color();
    let font = FontId::proportional(16.0);
    for (i, layer) in (0..=u8::MAX).zip(layers.iter()) {
        let i_f = f32::from(i);
        let r = Rect::from_min_max(
            rect.min + vec2(inset * i_f, row * i_f),
            rect.max - vec2(inset * i_f, 0.0),
        );
        let shade = if dark {
            base + i.saturating_mul(18)
        } else {
            base.saturating_sub(i.saturating_mul(18))
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

fn override_ui(ui: &mut Ui, cx: &mut ViewCtx<'_>, draft: &mut OverrideDraft) {
    let (kit, r, lang) = (cx.kit, cx.recommendation, cx.lang);
    let w = &cx.words.recommend;
    ui.label(theme::subheading(w.override_title));
    if cx.decision.overridden {
        if ui.button(w.back_to_engine).clicked() {
            cx.push(Command::Edit(Edit::Override(None)));
        }
        return;
    }
    if !draft.open {
        if ui.button(w.override_open).clicked() {
            draft.open = true;
            draft.outcome = r.outcome.option().unwrap_or_default();
            draft.error = None;
        }
        return;
    }
    ui.label(w.override_intro);
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
    let label = ui.label(lang.colon(w.justification_required));
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
        if ui.button(w.apply_override).clicked() {
            if draft.justification.trim().is_empty() {
                draft.error = Some(w.refused.into());
            } else {
                let mut patterns = draft.patterns.clone();
                if draft.outcome != OptionId::Hybrid {
                    patterns.clear();
                }
                cx.push(Command::Edit(Edit::Override(Some(Override {
                    outcome: draft.outcome,
                    patterns,
                    justification: draft.justification.trim().to_owned(),
                }))));
                *draft = OverrideDraft::default();
            }
        }
        if ui.button(cx.words.common.cancel).clicked() {
            *draft = OverrideDraft::default();
        }
    });
}

fn application_ui(ui: &mut Ui, cx: &ViewCtx<'_>) {
    let lang = cx.lang;
    let app = &cx.kit.application;
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
