//! The Recommendation screen: the outcome, its scores, the hybrid architectures it suggests,
//! every reason traced to a ticked item or weighted criterion, a drawing of the layered
//! architecture, the team's override (which needs a written justification), and the notes'
//! application to quote-app. A session with components shows its system instead
//! ([`system`]): the system's outcome, a table of the placements, the team's drawing and the
//! shown component's reasons, with the same pieces.

use egui::{Color32, FontId, Rect, RichText, Sense, Stroke, Ui, vec2};

use crate::command::{Command, Screen};
use crate::theme;
use crate::view::ViewCtx;

mod system;
use arbitre_core::decide::{self, Outcome};
use arbitre_core::i18n::Lang;
use arbitre_core::kit::{OptionId, Shape};
use arbitre_core::session::{Edit, Override};

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
    /// Just opened: bring the form into view and put the cursor in the justification.
    pub reveal: bool,
}

/// Draws the Recommendation screen; `drawing` is the team's system
/// ([`arbitre_core::system::drawing`], computed when the session changes).
pub(crate) fn recommendation_ui(
    ui: &mut Ui,
    cx: &mut ViewCtx<'_>,
    draft: &mut OverrideDraft,
    drawing: &[Shape],
) {
    ui.heading(Screen::Recommendation.title(cx.lang));
    egui::ScrollArea::vertical()
        .auto_shrink([false, false])
        .show(ui, |ui| {
            crate::focus::scroll_to_focus(ui);
            if !cx.session.components.is_empty() {
                system::system_ui(ui, cx, draft, drawing);
                return;
            }
            let answered =
                cx.decision.outcome != Outcome::Undecided || !cx.recommendation.tied.is_empty();
            if answered {
                // The answer and its reasons beside its drawing: all in view on a projector.
                ui.columns(2, |cols| {
                    if let [left, right] = cols {
                        // Ragged lines, not justified ones stretched across the column.
                        let layout = egui::Layout::top_down(egui::Align::Min);
                        left.with_layout(layout, |ui| {
                            outcome_ui(ui, cx);
                            ui.add_space(8.0);
                            reasons_ui(ui, cx);
                            hints_ui(ui, cx);
                        });
                        right.with_layout(layout, |ui| {
                            suggested_ui(ui, cx, cx.decision.overridden);
                            drawings_ui(ui, cx);
                            flips_ui(ui, cx);
                        });
                    }
                });
            } else {
                outcome_ui(ui, cx);
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
    if d.outcome == Outcome::Undecided && !r.tied.is_empty() {
        let tie = decide::tie_text(kit, &r.tied, lang);
        ui.label(theme::subheading(tie).color(ui.visuals().warn_fg_color));
        ui.add(egui::Label::new(w.tie_hint).wrap());
    } else if r.blocked && !d.overridden {
        ui.label(theme::subheading(d.outcome.name(kit, lang)).color(ui.visuals().warn_fg_color));
        ui.add(egui::Label::new(w.blocked).wrap());
        ruled_out_ui(ui, cx);
        return;
    } else if d.outcome == Outcome::Undecided {
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
    let tie = d.outcome == Outcome::Undecided;
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
    } else if !tie {
        ui.label(theme::subheading(format!(
            "{} {}",
            lang.colon(w.recommendation),
            r.outcome.name(kit, lang)
        )));
    }
    scores_ui(ui, cx);
}

/// The recommendation's scores, what rules options out or sets a fact aside, the hybrid's
/// rule and the architectures it suggests.
fn scores_ui(ui: &mut Ui, cx: &ViewCtx<'_>) {
    let (kit, r, lang) = (cx.kit, cx.recommendation, cx.lang);
    let w = &cx.words.recommend;
    ui.horizontal_wrapped(|ui| {
        for option in OptionId::ALL {
            // A ruled-out option did not lose a vote: it cannot meet a fact.
            let score = if r.is_ruled_out(option) {
                w.ruled_out.to_owned()
            } else {
                r.scores.get(option).to_string()
            };
            ui.label(format!(
                "{} {score}",
                lang.colon(&kit.option_name(option, lang))
            ));
        }
    });
    ruled_out_ui(ui, cx);
    if let Some(why) = &r.set_aside {
        ui.add(egui::Label::new(RichText::new(why.describe(kit, lang)).italics()).wrap());
    }
    score_details_ui(ui, cx);
}

/// How the scores add up (the hybrid's rule), what each suggested architecture is, and the
/// notes' « security AND agility »: folded under the scores, one click away.
fn score_details_ui(ui: &mut Ui, cx: &ViewCtx<'_>) {
    let (kit, r, lang) = (cx.kit, cx.recommendation, cx.lang);
    let w = &cx.words.recommend;
    let s = &r.scores;
    let rule = (r.outcome == Outcome::Hybrid || r.tied.contains(&OptionId::Hybrid))
        .then(|| (w.hybrid_rule)(s.smaller_side(), s.hybrid_needs, s.hybrid));
    let patterns = if r.outcome == Outcome::Hybrid {
        r.patterns.as_slice()
    } else {
        &[]
    };
    if rule.is_none() && patterns.is_empty() && !r.security_and_agility {
        return;
    }
    egui::CollapsingHeader::new(RichText::new(w.details))
        .id_salt("recommend_details")
        .default_open(false)
        .show(ui, |ui| {
            if let Some(rule) = rule {
                ui.add(egui::Label::new(RichText::new(rule).weak()).wrap());
            }
            for p in patterns {
                if let Some(h) = kit.hybrid(&p.id) {
                    ui.horizontal_wrapped(|ui| {
                        ui.label(RichText::new(lang.colon(h.name.get(lang))).strong());
                        ui.add(
                            egui::Label::new(RichText::new(h.architecture.get(lang)).italics())
                                .wrap(),
                        );
                    });
                }
            }
            if r.security_and_agility {
                ui.add(egui::Label::new(RichText::new(w.security_and_agility).italics()).wrap());
            }
        });
}

/// The architectures the engine suggests for a hybrid, by votes (what each is on hover and
/// in the details); under an override, marked as arbitre's reading without it.
fn suggested_ui(ui: &mut Ui, cx: &ViewCtx<'_>, overridden: bool) {
    let (kit, r, lang) = (cx.kit, cx.recommendation, cx.lang);
    let w = &cx.words.recommend;
    if r.outcome != Outcome::Hybrid || r.patterns.is_empty() {
        return;
    }
    let title = if overridden {
        w.engine_suggested
    } else {
        w.suggested
    };
    ui.add(egui::Label::new(RichText::new(lang.colon(title)).strong()).wrap());
    for p in &r.patterns {
        if let Some(h) = kit.hybrid(&p.id) {
            let text = format!("• {} ({})", h.name.get(lang), (w.votes)(p.votes));
            let text = if overridden {
                RichText::new(text).weak()
            } else {
                RichText::new(text)
            };
            ui.add(egui::Label::new(text).wrap())
                .on_hover_text(h.architecture.get(lang));
        }
    }
    ui.add_space(6.0);
}

/// "Containers ruled out: … (hard need)", one line per need that rules an option out.
fn ruled_out_ui(ui: &mut Ui, cx: &ViewCtx<'_>) {
    for ruled in &cx.recommendation.ruled_out {
        ui.add(
            egui::Label::new(
                RichText::new(ruled.describe(cx.kit, cx.lang)).color(ui.visuals().warn_fg_color),
            )
            .wrap(),
        );
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

/// The kit's hints whose conditions hold: beyond the notes, marked as such, with their
/// sources and a way to the microVM column. They never change a score.
fn hints_ui(ui: &mut Ui, cx: &mut ViewCtx<'_>) {
    let (kit, lang) = (cx.kit, cx.lang);
    let w = &cx.words.recommend;
    let beyond = theme::beyond_colour(cx.dark);
    for id in &cx.recommendation.hints {
        let Some(hint) = kit.hints.iter().find(|h| &h.id == id) else {
            continue;
        };
        ui.add_space(6.0);
        egui::Frame::group(ui.style())
            .fill(theme::beyond_fill(cx.dark))
            .show(ui, |ui| {
                ui.label(RichText::new(w.hint_title).strong().color(beyond));
                ui.add(egui::Label::new(hint.text.get(lang)).wrap());
                ui.horizontal_wrapped(|ui| {
                    let refs: Vec<String> = hint.sources.iter().map(|s| format!("[{s}]")).collect();
                    ui.label(RichText::new(refs.join(" ")).small().color(beyond));
                    if ui.button(w.see_table).clicked() {
                        cx.cmds.push(Command::Go(Screen::Compare));
                    }
                });
            });
    }
}

/// The smallest changes that would change the answer, smallest first.
fn flips_ui(ui: &mut Ui, cx: &ViewCtx<'_>) {
    let (kit, lang, r) = (cx.kit, cx.lang, cx.recommendation);
    let w = &cx.words.recommend;
    ui.add_space(6.0);
    ui.label(RichText::new(w.flips_title).strong());
    if r.flips.is_empty() {
        ui.label(RichText::new(w.no_flip).weak());
        return;
    }
    let lines = decide::flip_lines(kit, &r.flips, lang);
    for line in lines.iter().take(MAX_FLIPS_SHOWN) {
        ui.horizontal_wrapped(|ui| {
            ui.label("•");
            ui.add(egui::Label::new(line.text.as_str()).wrap());
        });
    }
    if lines.len() > MAX_FLIPS_SHOWN {
        ui.label(RichText::new((w.more_flips)(lines.len() - MAX_FLIPS_SHOWN)).weak());
    }
}

/// How many changes the screen lists; the ADR and the JSON have the rest.
const MAX_FLIPS_SHOWN: usize = 5;

/// The architecture of the decision, from [`decide::drawings`] (the ADR draws the same),
/// marked as the app's reading of the notes; for a hybrid with no architecture, why nothing
/// is drawn and what to do.
fn drawings_ui(ui: &mut Ui, cx: &mut ViewCtx<'_>) {
    let (kit, lang) = (cx.kit, cx.lang);
    let w = &cx.words.recommend;
    ui.horizontal(|ui| {
        ui.label(theme::subheading(kit.headings.architecture.get(lang)));
        reading_badge(
            ui,
            cx.words.common.reading_badge,
            w.drawing_reading,
            cx.dark,
        );
    });
    let drawings = decide::drawings(kit, cx.decision);
    if drawings.is_empty() {
        if cx.decision.outcome == Outcome::Hybrid {
            ui.add(egui::Label::new(w.no_architecture).wrap());
            if ui.button(w.go_checklists).clicked() {
                cx.cmds.push(Command::Go(Screen::Checklists));
            }
        }
        return;
    }
    let many = drawings.len() > 1;
    for d in drawings {
        if many {
            ui.label(RichText::new(d.title.get(lang)).strong());
        }
        architecture_ui(ui, d.shapes, lang, cx.dark);
        ui.add_space(6.0);
    }
}

/// The small "app's reading" marker, with why on hover.
pub(crate) fn reading_badge(ui: &mut Ui, badge: &str, why: &str, dark: bool) {
    ui.label(
        RichText::new(badge)
            .small()
            .color(theme::beyond_colour(dark)),
    )
    .on_hover_text(why);
}

const LABEL_PAD: f32 = 8.0;
const GAP: f32 = 8.0;
/// The narrowest a box gets: boxes of one list that would be narrower wrap to a new row (a
/// team's system may hold dozens of components in one box).
const MIN_BOX: f32 = 96.0;

/// Draws a drawing: each box labelled at its top, what it holds inside it, boxes of one list
/// side by side (in rows, when there are too many for the width).
pub(crate) fn architecture_ui(ui: &mut Ui, shapes: &[Shape], lang: Lang, dark: bool) {
    drawing_within(ui, shapes, lang, dark, DRAWING_WIDTH);
}

/// The widest a drawing gets beside other content.
const DRAWING_WIDTH: f32 = 620.0;

/// Draws a drawing as [`architecture_ui`] does, at most `max_width` wide.
fn drawing_within(ui: &mut Ui, shapes: &[Shape], lang: Lang, dark: bool, max_width: f32) {
    let Some(first) = shapes.first() else {
        return;
    };
    let width = ui.available_width().min(max_width);
    let pen = Pen {
        painter: ui.painter().clone(),
        font: FontId::proportional(15.0),
        lang,
        dark,
        stroke: Stroke::new(1.0, ui.visuals().widgets.noninteractive.bg_stroke.color),
        text: ui.visuals().strong_text_color(),
    };
    let height = pen.row_height(shapes, width);
    let (rect, response) = ui.allocate_exact_size(vec2(width, height), Sense::hover());
    let description = decide::Drawing {
        title: &first.label,
        shapes,
    }
    .description(lang);
    response
        .widget_info(|| egui::WidgetInfo::labeled(egui::Role::Image, true, description.clone()));
    if ui.is_rect_visible(rect) {
        let pen = Pen {
            painter: ui.painter_at(rect),
            ..pen
        };
        pen.paint_row(shapes, rect, 0);
    }
}

/// What a drawing is measured and painted with.
struct Pen {
    painter: egui::Painter,
    font: FontId,
    lang: Lang,
    dark: bool,
    stroke: Stroke,
    text: Color32,
}

impl Pen {
    /// The width each of `n` boxes side by side gets in `width`.
    fn share(width: f32, n: usize) -> f32 {
        let n = f32::from(u16::try_from(n.max(1)).unwrap_or(u16::MAX));
        (width - GAP * (n - 1.0)) / n
    }

    /// How many of `n` boxes fit side by side in `width`, each at least [`MIN_BOX`] wide.
    fn per_row(width: f32, n: usize) -> usize {
        let fit = ((width + GAP) / (MIN_BOX + GAP)).floor();
        // At least one; a float beyond usize saturates in `as`.
        #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
        let fit = fit.max(1.0) as usize;
        n.min(fit).max(1)
    }

    /// A box's label laid out in the box's `width` (egui caches the layout).
    fn label(&self, shape: &Shape, width: f32) -> std::sync::Arc<egui::Galley> {
        let text = shape.label.get(self.lang).to_owned();
        let wrap = (width - 2.0 * LABEL_PAD).max(20.0);
        self.painter
            .layout(text, self.font.clone(), self.text, wrap)
    }

    /// The height of boxes side by side in `width`: the tallest of each row, the rows one
    /// under the other.
    fn row_height(&self, shapes: &[Shape], width: f32) -> f32 {
        let n = Pen::per_row(width, shapes.len());
        let w = Pen::share(width, n);
        let rows = shapes.chunks(n).map(|row| {
            row.iter()
                .map(|s| self.shape_height(s, w))
                .fold(0.0, f32::max)
        });
        rows.enumerate()
            .map(|(i, h)| if i == 0 { h } else { h + GAP })
            .sum()
    }

    fn shape_height(&self, shape: &Shape, width: f32) -> f32 {
        let label = self.label(shape, width).size().y + 2.0 * LABEL_PAD;
        if shape.inside.is_empty() {
            label
        } else {
            label + self.row_height(&shape.inside, width - 2.0 * GAP) + GAP
        }
    }

    /// Paints boxes side by side in `rect`, each filling its height, darker (or lighter in
    /// the dark theme) with depth; too many for the width wrap into rows, each as tall as
    /// its tallest box, the last filling what is left.
    fn paint_row(&self, shapes: &[Shape], rect: Rect, depth: u8) {
        let n = Pen::per_row(rect.width(), shapes.len());
        let w = Pen::share(rect.width(), n);
        if n >= shapes.len() {
            self.paint_boxes(shapes, rect, w, depth);
            return;
        }
        let mut top = rect.top();
        let rows = shapes.chunks(n).count();
        for (i, row) in shapes.chunks(n).enumerate() {
            let h = if i + 1 == rows {
                rect.bottom() - top
            } else {
                row.iter()
                    .map(|s| self.shape_height(s, w))
                    .fold(0.0, f32::max)
            };
            let r = Rect::from_min_size(egui::pos2(rect.left(), top), vec2(rect.width(), h));
            self.paint_boxes(row, r, w, depth);
            top += h + GAP;
        }
    }

    /// Paints boxes `w` wide side by side in `rect`, all in one row.
    fn paint_boxes(&self, shapes: &[Shape], rect: Rect, w: f32, depth: u8) {
        let shade = if self.dark {
            50u8.saturating_add(depth.saturating_mul(18))
        } else {
            225u8.saturating_sub(depth.saturating_mul(18))
        };
        let fill = Color32::from_rgb(shade, shade.saturating_add(6), shade.saturating_add(14));
        let mut x = rect.left();
        for shape in shapes {
            let r = Rect::from_min_size(egui::pos2(x, rect.top()), vec2(w, rect.height()));
            self.painter
                .rect(r, 6.0, fill, self.stroke, egui::StrokeKind::Inside);
            let galley = self.label(shape, w);
            let label_h = galley.size().y + 2.0 * LABEL_PAD;
            self.painter
                .galley(r.left_top() + vec2(LABEL_PAD, LABEL_PAD), galley, self.text);
            if !shape.inside.is_empty() {
                let inner = Rect::from_min_max(
                    r.left_top() + vec2(GAP, label_h),
                    r.right_bottom() - vec2(GAP, GAP),
                );
                self.paint_row(&shape.inside, inner, depth + 1);
            }
            x += w + GAP;
        }
    }
}

/// What the override form overrides: the one workload's recommendation, a component's
/// placement or the system's outcome, in its own words.
struct OverrideScope<'a> {
    title: String,
    open: String,
    back: String,
    intro: &'a str,
    /// Whether the team already overrode it.
    overridden: bool,
    /// What the form starts from.
    engine: Outcome,
}

fn override_ui(ui: &mut Ui, cx: &mut ViewCtx<'_>, draft: &mut OverrideDraft) {
    let w = &cx.words.recommend;
    let scope = OverrideScope {
        title: w.override_title.to_owned(),
        open: w.override_open.to_owned(),
        back: w.back_to_engine.to_owned(),
        intro: w.override_intro,
        overridden: cx.decision.overridden,
        engine: cx.recommendation.outcome,
    };
    override_form(ui, cx, draft, &scope);
}

/// The override form for `scope`; the override goes to the component shown, else to the
/// session ([`ViewCtx::edit`]). The justification is required.
fn override_form(
    ui: &mut Ui,
    cx: &mut ViewCtx<'_>,
    draft: &mut OverrideDraft,
    scope: &OverrideScope<'_>,
) {
    let (kit, lang) = (cx.kit, cx.lang);
    let w = &cx.words.recommend;
    ui.label(theme::subheading(&scope.title));
    if scope.overridden {
        if ui.button(&scope.back).clicked() {
            cx.edit(Edit::Override(None));
        }
        return;
    }
    if !draft.open {
        if ui.button(&scope.open).clicked() {
            draft.open = true;
            draft.outcome = scope.engine.option().unwrap_or_default();
            draft.error = None;
            draft.reveal = true;
        }
        return;
    }
    ui.label(scope.intro);
    ui.horizontal(|ui| {
        for option in OptionId::ALL {
            ui.radio_value(&mut draft.outcome, option, kit.option_name(option, lang));
        }
    });
    // The architectures' row is always there, live only for a hybrid: choosing one never
    // moves the justification under the pointer.
    let hybrid = draft.outcome == OptionId::Hybrid;
    ui.add_enabled_ui(hybrid, |ui| {
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
    });
    let label = ui.label(lang.colon(w.justification_required));
    let edit = ui
        .add(
            egui::TextEdit::multiline(&mut draft.justification)
                .desired_rows(3)
                .desired_width(f32::INFINITY),
        )
        .labelled_by(label.id);
    if std::mem::take(&mut draft.reveal) {
        edit.request_focus();
        edit.scroll_to_me(Some(egui::Align::Center));
    }
    // "Write why" holds while nothing is written, not after.
    if !draft.justification.trim().is_empty() {
        draft.error = None;
    }
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
                cx.edit(Edit::Override(Some(Override {
                    outcome: draft.outcome,
                    patterns,
                    justification: draft.justification.trim().to_owned(),
                })));
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
            architecture_ui(ui, &app.drawing, lang, ui.visuals().dark_mode);
            ui.add(egui::Label::new(app.conclusion.get(lang)).wrap());
        });
}
