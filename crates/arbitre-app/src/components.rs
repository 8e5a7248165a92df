//! The component switcher of the Checklists and Compare screens, and the component editor.
//!
//! A session may hold a system of components. The screens show the facts of one of them, or
//! of "the whole system" (the facts for all). [`Facts`] is what a screen reads: the facts it
//! edits (the component's own, or the session's) and, when a component is shown, the facts
//! for all, shown ticked and locked. [`switcher_ui`] draws, under the screen's heading, a
//! compact "add a component" button at the heading's right end (all the Checklists screen of
//! a session without components shows, in room the heading leaves empty: nothing else moves;
//! Compare shows nothing then), the form that
//! adds one, the switcher (one row that scrolls, the component shown kept in view) and, on
//! the Checklists screen, the shown component's name, description, place and removal. Every
//! change is a [`Command`]; the form's drafts live in egui's memory, not in the model.

use egui::{Align, Key, Layout, Response, RichText, Ui, UiBuilder};

use crate::command::Command;
use crate::view::ViewCtx;
use arbitre_core::i18n::Lang;
use arbitre_core::kit::CheckedKit;
use arbitre_core::session::{Component, Edit, Override, Session};
use std::collections::{BTreeMap, BTreeSet};

/// One set of facts: the session's (the facts for all) or a component's own.
#[derive(Clone, Copy)]
pub(crate) struct Own<'a> {
    /// Ticked item ids.
    pub ticks: &'a BTreeSet<String>,
    /// Criterion id → weight.
    pub weights: &'a BTreeMap<String, u8>,
    /// Criterion id → note.
    pub notes: &'a BTreeMap<String, String>,
    /// Must-haves.
    pub musts: &'a BTreeSet<String>,
    /// The team's override.
    pub override_: Option<&'a Override>,
}

/// What a screen shows of the facts: those it edits, and the facts for all beside them.
pub(crate) struct Facts<'a> {
    /// The facts the screen edits: the component's own, or the session's.
    pub own: Own<'a>,
    /// When a component is shown, the facts for all (shown locked); else none.
    pub shared: Option<Own<'a>>,
    /// Whether the system has two components or more (a fact for all that speaks of the
    /// system's shape then names its architecture instead of counting in each component).
    many: bool,
}

impl<'a> Facts<'a> {
    /// The facts shown for `component` (`None`: the whole system, the session's own).
    pub(crate) fn of(session: &'a Session, component: Option<usize>) -> Facts<'a> {
        let all = Own {
            ticks: &session.ticks,
            weights: &session.weights,
            notes: &session.notes,
            musts: &session.musts,
            override_: session.override_.as_ref(),
        };
        let many = session.components.len() > 1;
        match component.and_then(|i| session.components.get(i)) {
            Some(c) => Facts {
                own: Own {
                    ticks: &c.ticks,
                    weights: &c.weights,
                    notes: &c.notes,
                    musts: &c.musts,
                    override_: c.override_.as_ref(),
                },
                shared: Some(all),
                many,
            },
            None => Facts {
                own: all,
                shared: None,
                many,
            },
        }
    }

    /// Whether an item is ticked for all components and shown locked here (a component is
    /// shown, and the item is not among its own ticks).
    pub(crate) fn locked(&self, id: &str) -> bool {
        !self.own.ticks.contains(id) && self.shared.is_some_and(|s| s.ticks.contains(id))
    }

    /// Whether an item shows ticked: its own tick, or a tick for all.
    pub(crate) fn ticked(&self, id: &str) -> bool {
        self.own.ticks.contains(id) || self.locked(id)
    }

    /// The weight for all components of a criterion, when a component is shown.
    pub(crate) fn shared_weight(&self, id: &str) -> u8 {
        self.shared
            .and_then(|s| s.weights.get(id).copied())
            .unwrap_or(0)
    }

    /// Whether a fact for all (ticked or weighted) speaks of the system's shape and so names
    /// its architecture rather than counting in each component ([`arbitre_core::system`]'s
    /// rule 1): two components or more, and the fact argues for a hybrid.
    pub(crate) fn names_shape(&self, kit: &CheckedKit, id: &str) -> bool {
        let all = self.shared.unwrap_or(self.own);
        self.many
            && (all.ticks.contains(id) || all.weights.contains_key(id))
            && arbitre_core::system::speaks_of_shape(kit, id)
    }
}

/// Where the screen's commands go, with the component whose facts it edits.
pub(crate) struct Cmds<'a> {
    component: Option<usize>,
    cmds: &'a mut Vec<Command>,
}

impl<'a> Cmds<'a> {
    /// The screen's commands, for the component it shows.
    pub(crate) fn new(cx: &'a mut ViewCtx<'_>) -> Cmds<'a> {
        Cmds {
            component: cx.component,
            cmds: &mut *cx.cmds,
        }
    }

    /// Asks the app for something.
    pub(crate) fn push(&mut self, cmd: Command) {
        self.cmds.push(cmd);
    }

    /// A fact edit of the component shown (or of the whole system).
    pub(crate) fn edit(&mut self, edit: Edit) {
        self.cmds
            .push(Command::Edit(crate::view::scoped(self.component, edit)));
    }
}

/// A small note under a fact for all that names the system's architecture.
pub(crate) fn shape_note_ui(ui: &mut Ui, lang: Lang) {
    let w = &lang.words().components;
    let colour = ui.visuals().weak_text_color();
    ui.add(
        egui::Label::new(
            RichText::new(format!("⬚ {}", w.shape))
                .small()
                .color(colour),
        )
        .wrap(),
    )
    .on_hover_text(w.shape_hint);
}

/// How much of the switcher a screen shows.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Extent {
    /// The switcher and the shown component's editor (the Checklists screen).
    Full,
    /// The switcher only (the Compare screen).
    Compact,
}

/// The drafts of the forms and what the switcher remembers between frames.
#[derive(Clone, Default)]
struct Drafts {
    /// Whether the form to add a component is open.
    adding: bool,
    /// The name field should take the focus (the form just opened, or a component was added).
    focus_name: bool,
    name: String,
    description: String,
    /// Why the last name typed was refused.
    add_error: Option<String>,
    /// The component the editor's fields were filled from: its index, name and description.
    editing: Option<(usize, String, String)>,
    edit_name: String,
    edit_description: String,
    edit_error: Option<String>,
    /// The name of the component just removed, and how many components were left.
    removed: Option<(String, usize)>,
    /// The component last scrolled into view (to scroll again only when it changes).
    scrolled_to: Option<Shown>,
}

/// A component shown (`None`: the whole system), as the switcher last scrolled to it.
#[derive(Clone, Copy, PartialEq, Eq)]
struct Shown(Option<usize>);

fn drafts_id() -> egui::Id {
    egui::Id::unique("arbitre_component_drafts")
}

/// Draws the switcher under the screen's `heading` (see the module's doc).
pub(crate) fn switcher_ui(ui: &mut Ui, cx: &mut ViewCtx<'_>, heading: &Response, extent: Extent) {
    // Compare without components looks as it always did: components are added on the
    // Checklists screen, where their facts are.
    if extent == Extent::Compact && cx.session.components.is_empty() {
        return;
    }
    let mut d: Drafts = ui.data_mut(|m| m.get_temp(drafts_id())).unwrap_or_default();
    add_button_ui(ui, cx.lang, heading, &mut d);
    if d.adding {
        add_form_ui(ui, cx, &mut d);
    }
    if !cx.session.components.is_empty() {
        row_ui(ui, cx, &mut d);
    }
    removed_ui(ui, cx, &mut d);
    // The form to add a component stands in for the editor while it is open (one "name"
    // field at a time).
    if extent == Extent::Full
        && !d.adding
        && let Some(i) = cx.component
    {
        editor_ui(ui, cx, i, &mut d);
    }
    ui.data_mut(|m| m.insert_temp(drafts_id(), d));
}

/// The compact "add a component" button, at the right end of the heading's row: it takes
/// no room of the layout.
fn add_button_ui(ui: &mut Ui, lang: Lang, heading: &Response, d: &mut Drafts) {
    let w = &lang.words().components;
    let row = egui::Rect::from_x_y_ranges(
        heading.rect.right()..=ui.max_rect().right(),
        heading.rect.y_range(),
    );
    let mut child = ui.new_child(
        UiBuilder::new()
            .max_rect(row)
            .layout(Layout::right_to_left(Align::Center)),
    );
    let r = child
        .selectable_label(d.adding, RichText::new(w.add).small())
        .on_hover_text(w.add_hint);
    if r.clicked() {
        d.adding = !d.adding;
        d.focus_name = d.adding;
        d.add_error = None;
    }
}

/// The form that adds a component: its name (Enter adds it) and one line of description.
fn add_form_ui(ui: &mut Ui, cx: &mut ViewCtx<'_>, d: &mut Drafts) {
    let w = &cx.words.components;
    let mut add = false;
    ui.horizontal_wrapped(|ui| {
        let label = ui.label(cx.lang.colon(w.name));
        let name = ui
            .add(egui::TextEdit::singleline(&mut d.name).desired_width(220.0))
            .labelled_by(label.id);
        if std::mem::take(&mut d.focus_name) {
            name.request_focus();
        }
        let label = ui.label(cx.lang.colon(w.description));
        let description = ui
            .add(egui::TextEdit::singleline(&mut d.description).desired_width(360.0))
            .labelled_by(label.id);
        let enter = ui.input(|i| i.key_pressed(Key::Enter));
        add = (name.lost_focus() || description.lost_focus()) && enter;
        add |= ui.button(w.add_confirm).clicked();
        if ui.button(w.close).clicked() {
            d.adding = false;
            d.add_error = None;
        }
    });
    if add {
        if let Some(why) = refusal(cx.session, &d.name, None, cx.lang) {
            d.add_error = Some(why);
            d.focus_name = true;
        } else {
            let len = cx.session.components.len();
            cx.push(Command::Edit(Edit::AddComponent(Box::new(Component::new(
                &d.name,
                &d.description,
            )))));
            cx.push(Command::SelectComponent(Some(len)));
            d.name.clear();
            d.description.clear();
            d.add_error = None;
            d.removed = None;
            d.adding = false;
        }
    }
    error_ui(ui, d.add_error.as_deref());
}

/// Why a name cannot be given to a component (`except`: the component being renamed).
fn refusal(session: &Session, name: &str, except: Option<usize>, lang: Lang) -> Option<String> {
    let w = &lang.words().components;
    let name = arbitre_core::session::clean_name(name);
    if name.is_empty() {
        Some(w.empty_name.to_owned())
    } else if !session.name_free(&name, except) {
        Some((w.taken)(&name))
    } else {
        None
    }
}

fn error_ui(ui: &mut Ui, error: Option<&str>) {
    if let Some(e) = error {
        let colour = ui.visuals().error_fg_color;
        ui.label(RichText::new(format!("⚠ {e}")).color(colour));
    }
}

/// The switcher: the whole system, then each component by name, on one row that scrolls;
/// the component shown is selected and kept in view.
fn row_ui(ui: &mut Ui, cx: &mut ViewCtx<'_>, d: &mut Drafts) {
    let w = &cx.words.components;
    let keys = [Command::PreviousComponent, Command::NextComponent]
        .iter()
        .filter_map(|c| c.shortcut().map(|k| ui.ctx().format_shortcut(&k)))
        .collect::<Vec<_>>()
        .join(" / ");
    ui.horizontal(|ui| {
        let label = ui
            .label(RichText::new(cx.lang.colon(w.shown)).strong())
            .on_hover_text(format!("{} — {keys}", w.next));
        let scroll = d.scrolled_to != Some(Shown(cx.component));
        d.scrolled_to = Some(Shown(cx.component));
        egui::ScrollArea::horizontal()
            .id_salt("component_switcher")
            .show(ui, |ui| {
                crate::focus::scroll_to_focus(ui);
                ui.horizontal(|ui| {
                    let names = std::iter::once((None, cx.words.system.whole_system, ""));
                    let components = cx.session.components.iter().enumerate();
                    let names = names.chain(
                        components.map(|(i, c)| (Some(i), c.name.as_str(), c.description.as_str())),
                    );
                    for (i, name, description) in names {
                        let shown = cx.component == i;
                        let mut r = ui.selectable_label(shown, name);
                        if !description.is_empty() {
                            r = r.on_hover_text(description);
                        }
                        if shown && scroll {
                            r.scroll_to_me(Some(Align::Center));
                        }
                        if r.clicked() && !shown {
                            cx.push(Command::SelectComponent(i));
                        }
                    }
                })
                .response
                .labelled_by(label.id);
            });
    });
}

/// The shown component's name and description (Enter or the button renames), its place in
/// the list and its removal.
fn editor_ui(ui: &mut Ui, cx: &mut ViewCtx<'_>, i: usize, d: &mut Drafts) {
    let Some(c) = cx.session.components.get(i) else {
        return;
    };
    let w = &cx.words.components;
    let source = (i, c.name.clone(), c.description.clone());
    if d.editing.as_ref() != Some(&source) {
        d.edit_name.clone_from(&c.name);
        d.edit_description.clone_from(&c.description);
        d.edit_error = None;
        d.editing = Some(source);
    }
    let last = cx.session.components.len() - 1;
    let undo = Command::Undo
        .shortcut()
        .map(|k| ui.ctx().format_shortcut(&k))
        .unwrap_or_default();
    let mut rename = false;
    ui.horizontal_wrapped(|ui| {
        let label = ui.label(cx.lang.colon(w.name));
        let name = ui
            .add(egui::TextEdit::singleline(&mut d.edit_name).desired_width(200.0))
            .labelled_by(label.id);
        let label = ui.label(cx.lang.colon(w.description));
        let description = ui
            .add(egui::TextEdit::singleline(&mut d.edit_description).desired_width(320.0))
            .labelled_by(label.id);
        let enter = ui.input(|i| i.key_pressed(Key::Enter));
        rename = (name.lost_focus() || description.lost_focus()) && enter;
        rename |= ui.button(w.apply).clicked();
        if ui
            .add_enabled(i > 0, egui::Button::new(w.move_up))
            .clicked()
        {
            cx.push(Command::Edit(Edit::MoveComponent { from: i, to: i - 1 }));
            cx.push(Command::SelectComponent(Some(i - 1)));
        }
        if ui
            .add_enabled(i < last, egui::Button::new(w.move_down))
            .clicked()
        {
            cx.push(Command::Edit(Edit::MoveComponent { from: i, to: i + 1 }));
            cx.push(Command::SelectComponent(Some(i + 1)));
        }
        let remove = ui.button(w.remove).on_hover_text((w.remove_hint)(&undo));
        if remove.clicked() {
            cx.push(Command::Edit(Edit::RemoveComponent(i)));
            cx.push(Command::SelectComponent(i.checked_sub(1)));
            d.removed = Some((c.name.clone(), last));
        }
    });
    if rename {
        if let Some(why) = refusal(cx.session, &d.edit_name, Some(i), cx.lang) {
            d.edit_error = Some(why);
        } else {
            d.edit_error = None;
            cx.push(Command::Edit(Edit::DescribeComponent {
                component: i,
                name: d.edit_name.clone(),
                description: d.edit_description.clone(),
            }));
        }
    }
    error_ui(ui, d.edit_error.as_deref());
}

/// After a removal, while the component is still gone: what was removed, and how to bring
/// it back (drawn before the editor, which records a removal for the next frames).
fn removed_ui(ui: &mut Ui, cx: &ViewCtx<'_>, d: &mut Drafts) {
    let Some((name, left)) = &d.removed else {
        return;
    };
    if cx.session.components.len() != *left {
        d.removed = None;
        return;
    }
    let undo = Command::Undo
        .shortcut()
        .map(|k| ui.ctx().format_shortcut(&k))
        .unwrap_or_default();
    let colour = ui.visuals().weak_text_color();
    ui.label(RichText::new((cx.words.components.removed)(name, &undo)).color(colour));
}
