//! The egui views over the kit and the session. `app` holds the eframe app and its state;
//! each screen has its own module with a `*_ui(ui, …)` function that returns commands.

pub mod adr;
pub mod app;
pub mod checklists;
pub mod chrome;
pub mod command;
pub mod compare;
pub mod errors;
pub mod files;
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
}

/// Opens the window and runs until it closes.
pub fn run(mut launch: Launch) -> ExitCode {
    if launch.data_dir.is_none() {
        launch.data_dir = crate::autosave::data_dir();
        launch.autosave_unavailable = launch.data_dir.is_none();
    }
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title("arbitre")
            .with_app_id("arbitre")
            .with_inner_size([1280.0, 800.0])
            .with_min_inner_size([640.0, 400.0]),
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
