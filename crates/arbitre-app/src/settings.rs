//! What eframe persists between runs: language, theme, zoom, the screen shown and the recent
//! files. Checked when read, since a hand-edited or damaged file must never stop the app.

pub(crate) mod app_ron;

use std::path::PathBuf;

use serde::{Deserialize, Serialize};

use crate::command::Screen;
use arbitre_core::i18n::Lang;

/// What eframe persists between runs.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Settings {
    /// The interface language.
    pub lang: Lang,
    /// Dark theme (else light).
    pub dark: bool,
    /// Zoom factor.
    pub zoom: f32,
    /// The screen shown.
    pub screen: Screen,
    /// Recently opened or saved session files, newest first.
    pub recent: Vec<PathBuf>,
    /// Recently opened ADR logs (repository roots or log folders), newest first.
    pub recent_logs: Vec<PathBuf>,
    /// The folder of the last file dialog answered, where the next one starts.
    pub last_dir: Option<PathBuf>,
    /// The student training on this machine (none: the shared progress).
    pub student: Option<String>,
    /// The teachers' packs loaded on the Train screen, read again at the next start.
    pub packs: Vec<PathBuf>,
    /// Presenter mode: full screen, large type, large check boxes. Not kept between runs.
    #[serde(skip)]
    pub presenter: bool,
}

/// How many recent files are remembered.
pub(crate) const MAX_RECENT: usize = 8;

/// The zoom range the app offers.
const ZOOM_RANGE: std::ops::RangeInclusive<f32> = 0.5..=3.0;

impl Settings {
    /// Brings settings read from disk back into range (a zoom of NaN, infinite, negative or
    /// huge; relative or empty recent paths); returns the names of the fields it repaired.
    pub(crate) fn sanitize(&mut self) -> Vec<&'static str> {
        let mut repaired = Vec::new();
        if !self.zoom.is_finite() || !ZOOM_RANGE.contains(&self.zoom) {
            self.zoom = Settings::default().zoom;
            repaired.push("zoom");
        }
        for (name, list) in [
            ("recent", &mut self.recent),
            ("recent_logs", &mut self.recent_logs),
            ("packs", &mut self.packs),
        ] {
            let before = list.len();
            list.retain(|p| p.is_absolute());
            let mut seen = std::collections::BTreeSet::new();
            list.retain(|p| seen.insert(p.clone()));
            list.truncate(MAX_RECENT);
            if list.len() != before {
                repaired.push(name);
            }
        }
        if self.last_dir.as_ref().is_some_and(|d| !d.is_absolute()) {
            self.last_dir = None;
            repaired.push("last_dir");
        }
        repaired
    }

    /// Puts a file first in the recent list. `path` comes [`resolved`] (off the frame), so
    /// that one file is listed once.
    pub(crate) fn remember(&mut self, path: PathBuf) {
        self.recent.retain(|p| p != &path);
        self.recent.insert(0, path);
        self.recent.truncate(MAX_RECENT);
    }
}

/// A path as the recent lists keep it: resolved (links, `..`) when it exists, else as
/// given. Looks at the disk: called off the frame, by the thread that read or wrote it.
pub(crate) fn resolved(path: &std::path::Path) -> PathBuf {
    std::fs::canonicalize(path).unwrap_or_else(|_| path.to_owned())
}

impl Settings {
    /// Puts a log first in the recent logs; `path` comes [`resolved`] (off the frame).
    pub(crate) fn remember_log(&mut self, path: PathBuf) {
        self.recent_logs.retain(|p| p != &path);
        self.recent_logs.insert(0, path);
        self.recent_logs.truncate(MAX_RECENT);
    }
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            lang: Lang::Fr,
            dark: false,
            zoom: 1.0,
            screen: Screen::Compare,
            recent: Vec::new(),
            recent_logs: Vec::new(),
            last_dir: None,
            student: None,
            packs: Vec::new(),
            presenter: false,
        }
    }
}
