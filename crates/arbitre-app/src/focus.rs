//! The keyboard's focus, kept usable on every screen: the widget Tab lands on is scrolled
//! into view in whatever scroll area holds it, and F6 (or the top bar's skip link) puts the
//! focus in the screen, past the top bar.

/// The skip link's face.
pub(crate) const SKIP: &str = "↓";

pub(crate) fn skip_id() -> egui::Id {
    egui::Id::unique("arbitre_skip_to_screen")
}

/// After the screen is drawn (`screen` its panel's rectangle): when the skip link was used or
/// F6 pressed, the focus goes to the screen's first widget that takes it.
pub(crate) fn skip_to_screen(ctx: &egui::Context, screen: egui::Rect) {
    let asked = ctx
        .data_mut(|d| d.remove_temp::<bool>(skip_id()))
        .unwrap_or(false)
        || ctx.input_mut(|i| i.consume_key(egui::Modifiers::NONE, egui::Key::F6));
    if !asked {
        return;
    }
    let first = ctx.viewport(|vp| {
        vp.this_pass
            .widgets
            .get_layer(egui::LayerId::background())
            .find(|w| {
                w.enabled
                    && w.visible
                    && w.sense.is_focusable()
                    && screen.contains_rect(w.interact_rect)
                    && w.interact_rect.height() > 0.0
            })
            .map(|w| w.id)
    });
    if let Some(id) = first {
        ctx.memory_mut(|m| m.request_focus(id));
        ctx.request_repaint();
    }
}

/// Where the focus just moved (Tab, Shift+Tab, a shortcut): the widget's rectangle in the
/// last frame and the `Ui`s around it, for [`scroll_to_focus`].
#[derive(Clone)]
struct FocusMoved {
    rect: egui::Rect,
    around: Vec<egui::Id>,
}

fn focus_moved_id() -> egui::Id {
    egui::Id::unique("arbitre_focus_moved")
}

/// Keeps the focused widget in view, on every screen: when the focus moved since the last
/// frame, notes where the widget is and which `Ui`s hold it; each scroll area that holds it
/// then scrolls to it ([`scroll_to_focus`], called first thing in every scroll area). Called
/// before the panels are drawn; a frame follows a focus move, so nothing runs while idle.
pub(crate) fn follow_focus(ctx: &egui::Context) {
    let last_id = egui::Id::unique("arbitre_last_focus");
    let focused = ctx.memory(egui::Memory::focused);
    let last = ctx
        .data(|d| d.get_temp::<Option<egui::Id>>(last_id))
        .flatten();
    ctx.data_mut(|d| d.remove::<FocusMoved>(focus_moved_id()));
    if focused == last {
        return;
    }
    ctx.data_mut(|d| d.insert_temp(last_id, focused));
    let Some(id) = focused else { return };
    let moved = ctx.viewport(|vp| {
        let widgets = &vp.prev_pass.widgets;
        let widget = widgets.get(id)?;
        let mut around = Vec::new();
        let mut parent = widget.parent_id;
        // The chain of `Ui`s up to the panel (bounded: a cycle cannot hold the frame).
        while let Some(ui) = widgets.get(parent) {
            around.push(parent);
            if ui.parent_id == parent || around.len() > 64 {
                break;
            }
            parent = ui.parent_id;
        }
        Some(FocusMoved {
            rect: widget.rect,
            around,
        })
    });
    if let Some(moved) = moved {
        ctx.data_mut(|d| d.insert_temp(focus_moved_id(), moved));
    }
}

/// First thing inside a scroll area: if the widget the focus just moved to lies in it, and in
/// no scroll area inside it, it scrolls to show it (one scroll area moves: the nearest).
pub(crate) fn scroll_to_focus(ui: &egui::Ui) {
    let here = ui.unique_id();
    let areas_id = egui::Id::unique("arbitre_scroll_areas");
    // The scroll areas seen so far, by the `Ui` of their content (stable from frame to frame).
    let mut areas: std::collections::HashSet<egui::Id> =
        ui.ctx().data(|d| d.get_temp(areas_id)).unwrap_or_default();
    if areas.insert(here) {
        ui.ctx()
            .data_mut(|d| d.insert_temp(areas_id, areas.clone()));
    }
    let Some(moved) = ui
        .ctx()
        .data(|d| d.get_temp::<FocusMoved>(focus_moved_id()))
    else {
        return;
    };
    // `around` runs from the widget outwards: the first scroll area met is the nearest.
    if moved.around.iter().find(|id| areas.contains(id)) == Some(&here) {
        ui.scroll_to_rect(moved.rect, None);
    }
}
