//! The egui views over the kit and the session. `app` holds the eframe app and its state;
//! each screen has its own module with a `*_ui(ui, …)` function that returns commands.

pub mod adr;
pub mod app;
pub mod checklists;
pub(crate) mod chrome;
pub mod command;
pub mod compare;
pub(crate) mod components;
pub mod files;
pub(crate) mod focus;
pub mod hooks;
pub mod log;
pub mod notice;
pub mod recommend;
pub mod settings;
pub mod theme;
pub mod train;
pub mod view;
pub mod worker;

use std::path::PathBuf;
use std::process::ExitCode;

pub use app::ArbitreApp;
pub use command::{Command, Screen};
pub use settings::Settings;

/// What the command line asked the GUI to do.
#[derive(Debug, Default)]
pub struct Launch {
    /// A kit file to use instead of the built-in one.
    pub kit: Option<PathBuf>,
    /// A session file to open.
    pub session: Option<PathBuf>,
    /// Close after this many frames (CI).
    pub quit_after_frames: Option<u64>,
    /// Where autosaves go; `None` turns autosave off (tests).
    pub data_dir: Option<PathBuf>,
    /// No data folder could be found for autosaves: the window says so.
    pub autosave_unavailable: bool,
    /// An ADR log (a repository or its log folder) to open on the Log screen.
    pub adr_log: Option<PathBuf>,
    /// What checking eframe's settings file before the start did, for the window.
    pub settings_notices: Vec<notice::Notice>,
}

/// The application's reverse-DNS id: the window's Wayland `app_id` and X11 `WM_CLASS`, the
/// desktop entry's name and `StartupWMClass`, the icon's name and the metainfo's id
/// (`assets/arbitre.desktop`, `assets/io.github.arbitre.Arbitre.metainfo.xml`; a test checks
/// they agree).
pub const APP_ID: &str = "io.github.arbitre.Arbitre";

/// The application icon, 256 px, drawn for arbitre (`assets/icons/`, its SVG source beside it).
pub(crate) const ICON_PNG: &[u8] =
    include_bytes!("../../../assets/icons/256x256/io.github.arbitre.Arbitre.png");

/// The window icon decoded from [`ICON_PNG`]; `None` (a window without an icon, said on
/// stderr) if it cannot be decoded, which never stops the app.
pub fn window_icon() -> Option<egui::IconData> {
    match eframe::icon_data::from_png_bytes(ICON_PNG) {
        Ok(icon) => Some(icon),
        Err(e) => {
            eprintln!("arbitre: the window icon cannot be decoded ({e}); the window has none");
            None
        }
    }
}

/// Opens the window and runs until it closes.
pub fn run(mut launch: Launch) -> ExitCode {
    if launch.data_dir.is_none() {
        launch.data_dir = arbitre_core::autosave::data_dir();
        launch.autosave_unavailable = launch.data_dir.is_none();
    }
    let mut viewport = egui::ViewportBuilder::default()
        .with_title("arbitre")
        .with_app_id(APP_ID)
        .with_inner_size([1280.0, 800.0])
        .with_min_inner_size([640.0, 400.0]);
    if let Some(icon) = window_icon() {
        viewport = viewport.with_icon(icon);
    }
    // eframe would otherwise keep its state in a folder named after the app id; it stays
    // where arbitre has always kept it, beside the autosaves (`~/.local/share/arbitre`).
    // eframe reads it without a bound and uses its values unchecked: it is checked first.
    let persistence_path = eframe::storage_dir("arbitre").map(|dir| {
        let prepared = settings::app_ron::prepare(&dir.join("app.ron"));
        launch.settings_notices.extend(prepared.notices);
        prepared.path
    });
    let options = eframe::NativeOptions {
        viewport,
        persistence_path,
        ..Default::default()
    };
    let result = eframe::run_native(
        "arbitre",
        options,
        Box::new(move |cc| Ok(Box::new(ArbitreApp::new(cc, launch)?))),
    );
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("arbitre: cannot open the window: {e}");
            ExitCode::FAILURE
        }
    }
}
