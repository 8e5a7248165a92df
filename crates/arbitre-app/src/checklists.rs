//! The Checklists screen: when to prefer a VM (cases and their details), when to combine (the
//! six hybrid architectures), and the decision summary. Every item is a checkbox; each section
//! shows how many are ticked, and the live recommendation sits on top. With a system of
//! components, the switcher under the heading chooses whose facts are shown and edited (see
//! [`crate::components`]); the facts for all show ticked and locked in a component.

use egui::{Align, RichText, Ui};

use crate::command::{Command, Screen};
use crate::components::{self, Cmds, Facts};
use crate::theme;
use crate::view::ViewCtx;
use arbitre_core::decide::{Outcome, Recommendation};
use arbitre_core::i18n::Lang;
use arbitre_core::kit::{CheckedKit, Text};
use arbitre_core::session::Edit;

/// Draws the Checklists screen.
pub(crate) fn checklists_ui(ui: &mut Ui, cx: &mut ViewCtx<'_>) {
    let (kit, recommendation, lang) = (cx.kit, cx.recommendation, cx.lang);
    // The heading and the live recommendation share a row: the checklists keep the height.
    let heading = {
        let facts = Facts::of(cx.session, cx.component);
        let cmds = &mut Cmds::new(cx);
        ui.horizontal_wrapped(|ui| {
            ui.heading(Screen::Checklists.title(lang));
            ui.add_space(12.0);
            live_outcome_ui(ui, kit, &facts, recommendation, lang, cmds);
        })
        .response
    };
    components::switcher_ui(ui, cx, &heading, components::Extent::Full);
    let facts = Facts::of(cx.session, cx.component);
    let cmds = &mut Cmds::new(cx);
    let session = &facts;
    ui.add_space(4.0);
    egui::ScrollArea::vertical()
        .auto_shrink([false, false])
        .show(ui, |ui| {
            crate::focus::scroll_to_focus(ui);
            vm_cases_ui(ui, kit, session, lang, cmds);
            ui.add_space(8.0);
            hybrids_ui(ui, kit, session, lang, cmds);
            ui.add_space(8.0);
            summary_ui(ui, kit, session, lang, cmds);
        });
}

/// The live outcome and a way to see why, in the heading's row.
fn live_outcome_ui(
    ui: &mut Ui,
    kit: &CheckedKit,
    session: &Facts<'_>,
    r: &Recommendation,
    lang: Lang,
    cmds: &mut Cmds<'_>,
) {
    let words = &lang.words().checklists;
    {
        ui.label(lang.colon(words.live));
        let name = r.outcome.name(kit, lang);
        let text = if r.outcome == Outcome::Undecided {
            RichText::new(name).italics()
        } else {
            RichText::new(name).strong()
        };
        ui.label(text);
        if session.own.override_.is_some() {
            ui.label(RichText::new(words.overridden).color(ui.visuals().warn_fg_color));
        }
        if ui.button(words.see_why).clicked() {
            cmds.push(Command::Go(Screen::Recommendation));
        }
    }
}

/// A checkbox for an item; a click becomes an [`Edit::Tick`]. Ticked, the item shows under
/// it that it is a hard need (the kit's fact, its why on hover), or else a small must-have
/// toggle ([`Edit::Must`]).
fn tick_ui(
    ui: &mut Ui,
    (kit, session, lang): (&CheckedKit, &Facts<'_>, Lang),
    id: &str,
    text: RichText,
    cmds: &mut Cmds<'_>,
) {
    if session.locked(id) {
        locked_tick_ui(ui, (kit, session, lang), id, text);
        return;
    }
    let mut on = session.own.ticks.contains(id);
    let name = text.text().to_owned();
    if theme::tick_box(ui, &mut on, text).changed() {
        cmds.edit(Edit::Tick {
            id: id.to_owned(),
            on,
        });
    }
    if session.own.ticks.contains(id) {
        must_ui(ui, kit, session, id, &name, lang, cmds);
        if session.names_shape(kit, id) {
            ui.indent(("shape", id), |ui| components::shape_note_ui(ui, lang));
        }
    }
}

/// A fact for all, shown in a component: ticked, not editable, marked (in its accessible
/// name too) as being for all components; a must-have for all says so under it.
fn locked_tick_ui(
    ui: &mut Ui,
    (kit, session, lang): (&CheckedKit, &Facts<'_>, Lang),
    id: &str,
    text: RichText,
) {
    let w = &lang.words().components;
    let mark = format!("  🔒 {}", w.for_all);
    let mut job = egui::text::LayoutJob::default();
    text.append_to(
        &mut job,
        ui.style(),
        egui::FontSelection::Default,
        Align::Center,
    );
    RichText::new(mark)
        .small()
        .color(ui.visuals().weak_text_color())
        .append_to(
            &mut job,
            ui.style(),
            egui::FontSelection::Default,
            Align::Center,
        );
    ui.add_enabled_ui(false, |ui| {
        let mut on = true;
        let _ = theme::tick_box(ui, &mut on, job);
    })
    .response
    .on_disabled_hover_text(w.for_all_hint);
    let shared_must = session.shared.is_some_and(|s| s.musts.contains(id));
    let shape = session.names_shape(kit, id);
    if shared_must || shape {
        ui.indent(("must", id), |ui| {
            if shared_must {
                ui.label(RichText::new(format!("🔒 {}", w.must_for_all)).small());
            }
            if shape {
                components::shape_note_ui(ui, lang);
            }
        });
    }
}

/// Under a ticked item: "hard need" when the kit says so, else the must-have toggle, whose
/// accessible name names the item.
fn must_ui(
    ui: &mut Ui,
    kit: &CheckedKit,
    session: &Facts<'_>,
    id: &str,
    name: &str,
    lang: Lang,
    cmds: &mut Cmds<'_>,
) {
    let w = &lang.words().checklists;
    ui.indent(("must", id), |ui| {
        if let Some(hard) = kit.tick(id).and_then(|t| t.hard) {
            let colour = ui.visuals().warn_fg_color;
            ui.label(RichText::new(format!("⚠ {}", w.hard)).small().color(colour))
                .on_hover_text(hard.why.get(lang));
            return;
        }
        let mut must = session.own.musts.contains(id);
        let r = ui
            .checkbox(&mut must, RichText::new(w.must).small())
            .on_hover_text(w.must_hint);
        let accessible = (w.must_name)(name);
        r.widget_info(|| egui::WidgetInfo::selected(egui::Role::CheckBox, true, must, &accessible));
        if r.changed() {
            cmds.edit(Edit::Must {
                id: id.to_owned(),
                on: must,
            });
        }
    });
}

fn count<'a>(session: &Facts<'_>, ids: impl Iterator<Item = &'a str>) -> (usize, usize) {
    ids.fold((0, 0), |(t, n), id| {
        (t + usize::from(session.ticked(id)), n + 1)
    })
}

fn section_header(title: &Text, counts: (usize, usize), lang: Lang) -> RichText {
    theme::subheading(format!(
        "{} — {}",
        title.get(lang),
        (lang.words().checklists.ticked_of)(counts.0, counts.1)
    ))
}

fn labelled_line_ui(ui: &mut Ui, label: &Text, text: &Text, lang: Lang) {
    ui.horizontal_wrapped(|ui| {
        ui.label(RichText::new(lang.colon(label.get(lang))).strong());
        ui.add(egui::Label::new(text.get(lang)).wrap());
    });
}

fn vm_cases_ui(
    ui: &mut Ui,
    kit: &CheckedKit,
    session: &Facts<'_>,
    lang: Lang,
    cmds: &mut Cmds<'_>,
) {
    let ids = kit.vm_cases.iter().flat_map(|c| {
        std::iter::once(c.id.as_str()).chain(c.details.iter().map(|d| d.id.as_str()))
    });
    let counts = count(session, ids);
    egui::CollapsingHeader::new(section_header(&kit.headings.vm_cases, counts, lang))
        .id_salt("vm_cases")
        .default_open(true)
        .show(ui, |ui| {
            ui.label(RichText::new(kit.headings.vm_cases_intro.get(lang)).italics());
            for (n, case) in kit.vm_cases.iter().enumerate() {
                ui.add_space(6.0);
                let title = format!("{}. {}", n + 1, case.title.get(lang));
                tick_ui(
                    ui,
                    (kit, session, lang),
                    &case.id,
                    RichText::new(title).strong(),
                    cmds,
                );
                ui.indent(&case.id, |ui| {
                    for d in &case.details {
                        tick_ui(
                            ui,
                            (kit, session, lang),
                            &d.id,
                            RichText::new(d.text.get(lang)),
                            cmds,
                        );
                    }
                    if let Some(example) = &case.example {
                        labelled_line_ui(ui, &kit.headings.example, example, lang);
                    }
                });
            }
        });
}

fn hybrids_ui(ui: &mut Ui, kit: &CheckedKit, session: &Facts<'_>, lang: Lang, cmds: &mut Cmds<'_>) {
    let counts = count(session, kit.hybrids.iter().map(|h| h.id.as_str()));
    egui::CollapsingHeader::new(section_header(&kit.headings.hybrids, counts, lang))
        .id_salt("hybrids")
        .default_open(true)
        .show(ui, |ui| {
            ui.label(RichText::new(kit.headings.hybrids_intro.get(lang)).italics());
            for (n, h) in kit.hybrids.iter().enumerate() {
                ui.add_space(6.0);
                let title = format!("{}. {}", n + 1, h.name.get(lang));
                tick_ui(
                    ui,
                    (kit, session, lang),
                    &h.id,
                    RichText::new(title).strong(),
                    cmds,
                );
                ui.indent(&h.id, |ui| {
                    labelled_line_ui(ui, &kit.headings.architecture, &h.architecture, lang);
                    ui.label(RichText::new(lang.colon(kit.headings.advantages.get(lang))).strong());
                    for a in &h.advantages {
                        ui.horizontal_wrapped(|ui| {
                            ui.label("•");
                            ui.add(egui::Label::new(a.get(lang)).wrap());
                        });
                    }
                    labelled_line_ui(ui, &kit.headings.example, &h.example, lang);
                });
            }
        });
}

fn summary_ui(ui: &mut Ui, kit: &CheckedKit, session: &Facts<'_>, lang: Lang, cmds: &mut Cmds<'_>) {
    let ids = kit
        .summary
        .iter()
        .flat_map(|l| l.statements.iter().map(|s| s.id.as_str()));
    let counts = count(session, ids);
    egui::CollapsingHeader::new(section_header(&kit.headings.summary, counts, lang))
        .id_salt("summary")
        .default_open(true)
        .show(ui, |ui| {
            ui.columns(kit.summary.len().max(1), |cols| {
                for (col, list) in cols.iter_mut().zip(&kit.summary) {
                    let counts = count(session, list.statements.iter().map(|s| s.id.as_str()));
                    col.add(
                        egui::Label::new(
                            RichText::new(format!(
                                "{} ({}/{})",
                                list.title.get(lang),
                                counts.0,
                                counts.1
                            ))
                            .strong(),
                        )
                        .wrap(),
                    );
                    for s in &list.statements {
                        tick_ui(
                            col,
                            (kit, session, lang),
                            &s.id,
                            RichText::new(s.text.get(lang)),
                            cmds,
                        );
                    }
                }
            });
        });
}
