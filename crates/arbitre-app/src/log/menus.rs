//! The Log screen's small pieces of the toolbar: where the log is, the problems' toggle and
//! the recent logs' menu (on a short screen, in "More actions").

use std::path::{Path, PathBuf};

use egui::{RichText, Ui};

use crate::command::Command;
use crate::view::ViewCtx;
use arbitre_adr::log::Browse;

/// Where the log is: "MADR log in repo/docs/decisions" (the repository's name and the log
/// folder in it), and the whole path for the hover.
pub(super) fn place_text(cx: &ViewCtx<'_>, browse: &Browse) -> (String, String) {
    let root_name = browse
        .log
        .root
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let place = Path::new(&root_name).join(browse.log.relative_dir());
    let found = (cx.words.log.found)(browse.log.kind.name(), &place.display().to_string());
    (found, browse.log.dir.display().to_string())
}

/// "Problems (n)", which shows or hides the log's problems; coloured when there are some.
pub(super) fn problems_toggle(
    ui: &mut Ui,
    w: &arbitre_core::i18n::words::Log,
    n: usize,
    shown: &mut bool,
) {
    let label = RichText::new((w.problems)(&n.to_string()));
    let label = if n > 0 {
        label.color(ui.visuals().warn_fg_color).strong()
    } else {
        label
    };
    if ui.selectable_label(*shown, label).clicked() {
        *shown = !*shown;
    }
}

/// The logs opened lately, as a menu.
pub(super) fn recent_menu(ui: &mut Ui, cx: &mut ViewCtx<'_>, recent: &[PathBuf]) {
    ui.add_enabled_ui(!recent.is_empty(), |ui| {
        ui.menu_button(cx.words.log.recent, |ui| {
            for dir in recent {
                if ui.button(dir.display().to_string()).clicked() {
                    cx.push(Command::OpenLog(dir.clone()));
                    ui.close();
                }
            }
        });
    });
}
