//! The window's chrome around the screens: the top bar (File menu, navigation, language,
//! theme, zoom), the message bar, the app-wide shortcuts and files dropped on the window.

use std::path::PathBuf;

use egui::{Label, RichText, Ui};

use crate::command::{self, Command, Screen, ZoomStep};
use crate::notice::{AutosaveProblem, Level, Notice};
use crate::settings::Settings;
use arbitre_core::document::Document;
use arbitre_core::i18n::Lang;

/// Turns the app-wide shortcuts pressed this frame into commands.
pub fn shortcuts(ctx: &egui::Context, cmds: &mut Vec<Command>) {
    let typing = ctx.egui_wants_keyboard_input();
    ctx.input_mut(|i| {
        for (shortcut, cmd) in command::shortcuts() {
            if i.consume_shortcut(shortcut) {
                cmds.push(cmd.clone());
            }
        }
        // "?" lists the shortcuts, unless it is being typed into a field.
        if !typing
            && i.events
                .iter()
                .any(|e| matches!(e, egui::Event::Text(t) if t == "?"))
        {
            cmds.push(Command::ToggleShortcuts);
        }
    });
}

/// The keyboard shortcuts, listed (F1 or "?").
pub(crate) fn shortcuts_overlay_ui(ctx: &egui::Context, lang: Lang, cmds: &mut Vec<Command>) {
    let w = lang.words();
    let key = |cmd: Command| {
        cmd.shortcut()
            .map(|k| ctx.format_shortcut(&k))
            .unwrap_or_default()
    };
    let mut rows: Vec<(String, String)> = vec![
        (key(Command::New), w.app.new.to_owned()),
        (key(Command::OpenDialog), w.app.open.to_owned()),
        (key(Command::Save), w.common.save.to_owned()),
        (key(Command::SaveAs), w.common.save_as.to_owned()),
        (key(Command::Undo), w.app.undo.to_owned()),
        (key(Command::Redo), w.app.redo.to_owned()),
        (key(Command::NewRecord), w.new_record.button.to_owned()),
    ];
    for (n, screen) in Screen::ALL.into_iter().enumerate() {
        rows.push((
            key(Command::Go(screen)),
            format!("{} {}", n + 1, screen.title(lang)),
        ));
    }
    rows.extend([
        (
            "Ctrl + / Ctrl − / Ctrl 0".to_owned(),
            w.app.zoom_keys.to_owned(),
        ),
        (key(Command::TogglePresenter), w.app.presenter.to_owned()),
        (
            key(Command::PreviousComponent),
            w.components.previous.to_owned(),
        ),
        (key(Command::NextComponent), w.components.next.to_owned()),
        (key(Command::ReloadLog), w.log.reload.to_owned()),
        (
            format!("{} / ?", key(Command::ToggleShortcuts)),
            w.app.shortcuts.to_owned(),
        ),
        ("Tab / Shift+Tab".to_owned(), w.app.keys_move.to_owned()),
        ("Space / Enter".to_owned(), w.app.keys_press.to_owned()),
        ("Esc".to_owned(), w.app.keys_close.to_owned()),
    ]);
    let modal = egui::Modal::new(egui::Id::unique("shortcuts")).show(ctx, |ui| {
        ui.set_max_width(620.0);
        ui.heading(w.app.shortcuts);
        egui::Grid::new("shortcut_rows")
            .num_columns(2)
            .spacing([24.0, 6.0])
            .striped(true)
            .show(ui, |ui| {
                for (keys, what) in &rows {
                    ui.label(RichText::new(keys).monospace().strong());
                    ui.label(what);
                    ui.end_row();
                }
            });
        ui.add_space(8.0);
        if ui.button(w.common.dismiss).clicked() {
            cmds.push(Command::ToggleShortcuts);
        }
    });
    if modal.should_close() {
        cmds.push(Command::ToggleShortcuts);
    }
}

/// A file dropped on the window opens (after the unsaved-changes prompt if needed).
pub fn dropped_files(ctx: &egui::Context, cmds: &mut Vec<Command>) {
    let dropped: Vec<PathBuf> = ctx.input(|i| {
        i.raw
            .dropped_files
            .iter()
            .map(|f| f.path().to_owned())
            .filter(|p| !p.as_os_str().is_empty())
            .collect()
    });
    if let Some(path) = dropped.into_iter().next() {
        cmds.push(Command::Open(path));
    }
}

/// How much of the top bar is folded into menus, so that it never wraps.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Fold {
    /// Everything in one row.
    None,
    /// Language, theme and zoom in a "View" menu.
    View,
    /// The screens in a menu too.
    All,
}

/// The width of a text in a text style.
fn text_width(ui: &Ui, text: &str, style: &egui::TextStyle) -> f32 {
    let font = style.resolve(ui.style());
    ui.painter()
        .layout_no_wrap(text.to_owned(), font, egui::Color32::WHITE)
        .size()
        .x
}

/// The width a row of buttons with these labels takes, spacing included.
fn row_width(ui: &Ui, labels: &[&str]) -> f32 {
    let pad = ui.spacing().button_padding.x * 2.0 + ui.spacing().item_spacing.x;
    labels
        .iter()
        .map(|l| text_width(ui, l, &egui::TextStyle::Button) + pad)
        .sum()
}

/// The width a separator takes in a row, spacing included.
const SEPARATOR: f32 = 6.0 + 4.0;

/// The top bar: one row that never wraps. When the window is narrow (a small screen, a
/// large zoom, presenter mode), language, theme and zoom fold into a View menu, then the
/// screens into a menu of their own.
pub(crate) fn top_bar_ui(
    ui: &mut Ui,
    settings: &Settings,
    doc: &Document,
    cmds: &mut Vec<Command>,
) {
    let lang = settings.lang;
    let w = &lang.words().app;
    ui.add_space(4.0);
    // Tighter than the body's spacing: the whole bar fits in 1280 px in either language.
    ui.spacing_mut().item_spacing.x = 4.0;
    ui.spacing_mut().button_padding.x = 6.0;
    let screens: Vec<String> = Screen::ALL
        .into_iter()
        .enumerate()
        .map(|(n, s)| format!("{} {}", n + 1, s.title(lang)))
        .collect();
    let name = doc.display_name(lang.words().common.untitled);
    let head = row_width(ui, &[crate::focus::SKIP, w.file])
        + text_width(ui, &format!("{name} •"), &egui::TextStyle::Small)
        + ui.spacing().item_spacing.x
        + SEPARATOR;
    let screens_width =
        row_width(ui, &screens.iter().map(String::as_str).collect::<Vec<_>>()) + SEPARATOR;
    let theme = if settings.dark {
        w.light_theme
    } else {
        w.dark_theme
    };
    let view_width = row_width(
        ui,
        &["FR", "EN", theme, w.presenter_short, "−", "100 %", "+"],
    ) + 2.0 * SEPARATOR;
    let folded_view = row_width(ui, &[w.view]);
    let available = ui.available_width();
    let fold = if head + screens_width + view_width <= available {
        Fold::None
    } else if head + screens_width + folded_view <= available {
        Fold::View
    } else {
        Fold::All
    };
    ui.horizontal(|ui| {
        // A skip link, first in the keyboard's order: Tab, Enter, and the focus is in the
        // screen.
        let skip = ui
            .button(crate::focus::SKIP)
            .on_hover_text(w.skip_to_screen);
        skip.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, w.skip_to_screen));
        crate::focus::skip_link(ui.ctx(), skip.id);
        if skip.clicked() {
            ui.ctx()
                .data_mut(|d| d.insert_temp(crate::focus::skip_id(), true));
        }
        crate::files::file_menu_ui(ui, settings, doc, cmds);
        ui.separator();
        if fold == Fold::All {
            let current = Screen::ALL
                .iter()
                .position(|s| *s == settings.screen)
                .and_then(|i| screens.get(i))
                .cloned()
                .unwrap_or_default();
            ui.menu_button(format!("{current} ▾"), |ui| {
                for (label, screen) in screens.iter().zip(Screen::ALL) {
                    if ui
                        .selectable_label(settings.screen == screen, label)
                        .clicked()
                    {
                        cmds.push(Command::Go(screen));
                        ui.close();
                    }
                }
            });
        } else {
            for (label, screen) in screens.iter().zip(Screen::ALL) {
                let selected = settings.screen == screen;
                let cmd = Command::Go(screen);
                let hover = match cmd.shortcut() {
                    Some(k) => ui.ctx().format_shortcut(&k),
                    None => String::new(),
                };
                let r = ui.selectable_label(selected, label).on_hover_text(hover);
                if r.clicked() && !selected {
                    cmds.push(cmd);
                }
            }
        }
        ui.separator();
        if fold == Fold::None {
            view_controls_ui(ui, settings, cmds);
        } else {
            ui.menu_button(w.view, |ui| {
                ui.horizontal(|ui| view_controls_ui(ui, settings, cmds));
            });
        }
    });
    ui.add_space(2.0);
}

/// Language, theme and zoom.
fn view_controls_ui(ui: &mut Ui, settings: &Settings, cmds: &mut Vec<Command>) {
    let lang = settings.lang;
    let w = &lang.words().app;
    for l in Lang::ALL {
        let r = ui
            .selectable_label(lang == l, l.code().to_uppercase())
            .on_hover_text(l.native_name());
        if r.clicked() && lang != l {
            cmds.push(Command::SetLang(l));
        }
    }
    ui.separator();
    let theme_label = if settings.dark {
        w.light_theme
    } else {
        w.dark_theme
    };
    if ui.button(theme_label).on_hover_text(w.theme_hint).clicked() {
        cmds.push(Command::SetDark(!settings.dark));
    }
    let key = Command::TogglePresenter
        .shortcut()
        .map(|k| ui.ctx().format_shortcut(&k))
        .unwrap_or_default();
    let r = ui
        .selectable_label(settings.presenter, w.presenter_short)
        .on_hover_text(format!("{} ({key})", w.presenter));
    let presenter_words = w.presenter;
    let selected = settings.presenter;
    r.widget_info(|| {
        egui::WidgetInfo::selected(egui::Role::Button, true, selected, presenter_words)
    });
    if r.clicked() {
        cmds.push(Command::TogglePresenter);
    }
    ui.separator();
    ui.spacing_mut().item_spacing.x = 4.0;
    if ui.button("−").on_hover_text(w.zoom_out).clicked() {
        cmds.push(Command::Zoom(ZoomStep::Out));
    }
    let pct = format!("{:.0} %", ui.ctx().zoom_factor() * 100.0);
    if ui.button(pct).on_hover_text(w.zoom_reset).clicked() {
        cmds.push(Command::Zoom(ZoomStep::Reset));
    }
    if ui.button("+").on_hover_text(w.zoom_in).clicked() {
        cmds.push(Command::Zoom(ZoomStep::In));
    }
}

/// How long good news stays in the message bar once shown, in seconds; warnings and errors
/// stay until dismissed.
pub(crate) const SUCCESS_SECONDS: f64 = 8.0;

/// The message bar: the autosave warning while it lasts, then the messages folded into one
/// line (the most serious, newest first, with how many there are) that unfolds to each
/// message with a button to dismiss it. Good news expires [`SUCCESS_SECONDS`] after it is
/// first shown (one repaint is asked for then: nothing runs meanwhile). Messages are worded
/// now, in the language shown.
pub(crate) fn messages_ui(
    ui: &mut Ui,
    autosave_problem: Option<&AutosaveProblem>,
    messages: &[Notice],
    lang: Lang,
    cmds: &mut Vec<Command>,
) {
    let w = &lang.words().common;
    ui.add_space(2.0);
    if let Some(why) = autosave_problem {
        let text = (lang.words().app.not_autosaved)(&why.text(lang));
        ui.add(
            Label::new(
                RichText::new(text)
                    .strong()
                    .color(ui.visuals().error_fg_color),
            )
            .wrap(),
        );
    }
    if expire_good_news(ui.ctx(), messages, lang, cmds) {
        // Dismissals go by index: no click this frame may land on a message that moves
        // once the expired ones go. The bar is drawn again at once.
        ui.ctx().request_repaint();
        return;
    }
    let open_id = egui::Id::unique("messages_unfolded");
    let unfolded = ui
        .ctx()
        .data(|d| d.get_temp::<bool>(open_id))
        .unwrap_or(false);
    // The one shown folded: the most serious, the newest of those.
    // `max_by_key` keeps the last of equals: in the order pushed, the newest.
    let shown = messages
        .iter()
        .enumerate()
        .max_by_key(|(_, m)| match m.level() {
            Level::Error => 2,
            Level::Warning => 1,
            Level::Success => 0,
        })
        .map(|(i, _)| i);
    let line = |ui: &mut Ui, i: usize, m: &Notice, cmds: &mut Vec<Command>, wrap: bool| {
        let (mark, colour) = match m.level() {
            Level::Success => ("✔", success_colour(ui.visuals().dark_mode)),
            Level::Warning => ("⚠", ui.visuals().warn_fg_color),
            Level::Error => ("✖", ui.visuals().error_fg_color),
        };
        if ui.button(w.dismiss).clicked() {
            cmds.push(Command::Dismiss(i));
        }
        let text = format!("{mark} {}", m.text(lang));
        let label = Label::new(RichText::new(&text).color(colour));
        if wrap {
            ui.add(label.wrap());
        } else {
            ui.add(label.truncate()).on_hover_text(text);
        }
    };
    let toggle = |ui: &mut Ui| {
        if messages.len() > 1 {
            let label = if unfolded {
                w.fold_messages.to_owned()
            } else {
                (w.all_messages)(messages.len())
            };
            if ui.button(label).clicked() {
                ui.ctx().data_mut(|d| d.insert_temp(open_id, !unfolded));
            }
        }
    };
    if unfolded && messages.len() > 1 {
        ui.horizontal(|ui| {
            toggle(ui);
            if ui.button(w.dismiss_all).clicked() {
                cmds.extend((0..messages.len()).rev().map(Command::Dismiss));
                ui.ctx().data_mut(|d| d.insert_temp(open_id, false));
            }
        });
        egui::ScrollArea::vertical()
            .id_salt("messages_all")
            .max_height(ui.ctx().content_rect().height() / 5.0)
            .show(ui, |ui| {
                for (i, m) in messages.iter().enumerate().rev() {
                    ui.horizontal(|ui| line(ui, i, m, cmds, true));
                }
            });
    } else if let Some(i) = shown {
        ui.horizontal(|ui| {
            toggle(ui);
            line(ui, i, &messages[i], cmds, false);
        });
    }
    ui.add_space(2.0);
}

/// Good news dismissed once it has been shown for [`SUCCESS_SECONDS`]; a repaint is asked for
/// when the next one is due. Returns whether any was dismissed this frame.
fn expire_good_news(
    ctx: &egui::Context,
    messages: &[Notice],
    lang: Lang,
    cmds: &mut Vec<Command>,
) -> bool {
    let before = cmds.len();
    let seen_id = egui::Id::unique("messages_seen");
    let now = ctx.input(|i| i.time);
    let mut seen: std::collections::HashMap<String, f64> =
        ctx.data(|d| d.get_temp(seen_id)).unwrap_or_default();
    let mut next: Option<f64> = None;
    let mut kept = std::collections::HashMap::new();
    for (i, m) in messages.iter().enumerate().rev() {
        if m.level() != Level::Success {
            continue;
        }
        let key = m.text(lang);
        let since = *seen.entry(key.clone()).or_insert(now);
        let left = SUCCESS_SECONDS - (now - since);
        if left <= 0.0 {
            cmds.push(Command::Dismiss(i));
        } else {
            next = Some(next.map_or(left, |n: f64| n.min(left)));
            kept.insert(key, since);
        }
    }
    ctx.data_mut(|d| d.insert_temp(seen_id, kept));
    if let Some(left) = next {
        ctx.request_repaint_after(std::time::Duration::from_secs_f64(left));
    }
    cmds.len() > before
}

/// The colour of good news, readable on either theme.
fn success_colour(dark: bool) -> egui::Color32 {
    if dark {
        egui::Color32::from_rgb(120, 210, 140)
    } else {
        egui::Color32::from_rgb(20, 120, 50)
    }
}
