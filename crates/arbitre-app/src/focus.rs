//! The keyboard's focus, kept usable on every screen: the widget Tab lands on is scrolled
//! into view in whatever scroll area holds it; the top bar's skip link puts the focus in the
//! screen, past the top bar, and F6 moves it from pane to pane (the top bar, then each pane
//! a screen notes with [`pane`]).

/// The skip link's face.
pub(crate) const SKIP: &str = "↓";

pub(crate) fn skip_id() -> egui::Id {
    egui::Id::unique("arbitre_skip_to_screen")
}

fn panes_id() -> egui::Id {
    egui::Id::unique("arbitre_panes")
}

fn skip_link_id() -> egui::Id {
    egui::Id::unique("arbitre_skip_link")
}

/// Notes the top bar's skip link: F6 from a screen's last pane comes back to it.
pub(crate) fn skip_link(ctx: &egui::Context, id: egui::Id) {
    ctx.data_mut(|d| d.insert_temp(skip_link_id(), id));
}

/// Notes one pane of the screen (the ADR form, its preview, its action bar), in the
/// keyboard's order: F6 goes from pane to pane. A screen without panes is one pane.
pub(crate) fn pane(ctx: &egui::Context, rect: egui::Rect) {
    ctx.data_mut(|d| {
        d.get_temp_mut_or_default::<Vec<egui::Rect>>(panes_id())
            .push(rect);
    });
}

/// Where F6 (Shift+F6 backwards) or the skip link sends the focus, given the panes in order
/// and the pane holding the focus: the next pane, or the top bar (`None`) after the last.
fn next_pane(panes: usize, holding: Option<usize>, back: bool) -> Option<usize> {
    match (holding, back) {
        (None, false) => (panes > 0).then_some(0),
        (None, true) => panes.checked_sub(1),
        (Some(i), false) => (i + 1 < panes).then_some(i + 1),
        (Some(i), true) => i.checked_sub(1),
    }
}

/// After the screen is drawn (`screen` its panel's rectangle): when the skip link was used,
/// the focus goes to the screen's first widget that takes it; F6 moves it to the next pane's
/// first widget (Shift+F6 the previous one), and from the last pane back to the top bar.
pub(crate) fn skip_to_screen(ctx: &egui::Context, screen: egui::Rect) {
    let mut panes = ctx
        .data_mut(|d| d.remove_temp::<Vec<egui::Rect>>(panes_id()))
        .unwrap_or_default();
    if panes.is_empty() {
        panes.push(screen);
    }
    let link = ctx
        .data_mut(|d| d.remove_temp::<bool>(skip_id()))
        .unwrap_or(false);
    let (f6, back) = ctx.input_mut(|i| {
        if i.consume_key(egui::Modifiers::NONE, egui::Key::F6) {
            (true, false)
        } else {
            (i.consume_key(egui::Modifiers::SHIFT, egui::Key::F6), true)
        }
    });
    let mut target = if link {
        Some(0)
    } else if f6 {
        let focused = ctx.memory(egui::Memory::focused);
        let at = focused.and_then(|id| {
            ctx.viewport(|vp| vp.this_pass.widgets.get(id).map(|w| w.interact_rect))
        });
        let holding = at.and_then(|r| panes.iter().position(|p| p.contains(r.center())));
        next_pane(panes.len(), holding, back)
    } else {
        return;
    };
    // A pane with nothing to focus (a preview without links) is passed over.
    let mut id = None;
    for _ in 0..=panes.len() {
        id = match target.and_then(|i| panes.get(i)) {
            Some(pane) => first_focusable(ctx, *pane),
            None => ctx.data(|d| d.get_temp::<egui::Id>(skip_link_id())),
        };
        if id.is_some() || link {
            break;
        }
        target = next_pane(panes.len(), target, back);
    }
    if let Some(id) = id {
        ctx.memory_mut(|m| m.request_focus(id));
        ctx.request_repaint();
    }
}

/// The first widget in `pane` that takes the focus.
fn first_focusable(ctx: &egui::Context, pane: egui::Rect) -> Option<egui::Id> {
    ctx.viewport(|vp| {
        vp.this_pass
            .widgets
            .get_layer(egui::LayerId::background())
            .find(|w| {
                w.enabled
                    && w.visible
                    && w.sense.is_focusable()
                    && pane.contains_rect(w.interact_rect)
                    && w.interact_rect.height() > 0.0
            })
            .map(|w| w.id)
    })
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

#[cfg(test)]
mod tests {
    use super::next_pane;

    #[test]
    fn f6_goes_round_the_panes_and_the_top_bar() {
        // From the top bar (or nowhere) to the first pane, on to the last, then back.
        assert_eq!(next_pane(3, None, false), Some(0));
        assert_eq!(next_pane(3, Some(0), false), Some(1));
        assert_eq!(next_pane(3, Some(2), false), None);
        // Shift+F6 goes the other way.
        assert_eq!(next_pane(3, None, true), Some(2));
        assert_eq!(next_pane(3, Some(1), true), Some(0));
        assert_eq!(next_pane(3, Some(0), true), None);
        assert_eq!(next_pane(0, None, false), None);
    }
}
