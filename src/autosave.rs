//! Autosave and recovery: the work in progress is written (atomically) to the user's data
//! folder as it changes, so a crash or a `kill -9` loses nothing. At the next start the app
//! offers it back. A corrupt autosave is set aside (renamed, never deleted) and reported.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::files::{self, WriteError};
use crate::kit::{self, CheckedKit, LoadError};
use crate::session::Session;

/// What the autosave file holds: the session and the file it belongs to.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Recovery {
    /// The session file being edited, if it had one.
    pub path: Option<PathBuf>,
    /// The work in progress.
    pub session: Session,
}

/// What was found at start-up.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Found {
    /// No autosave: the last run ended cleanly.
    Nothing,
    /// Unsaved work to offer back, with ids the kit no longer knows.
    Work(Box<Recovery>, Vec<String>),
    /// The autosave was unreadable; it was renamed to the given path.
    SetAside {
        /// Why it could not be read.
        error: String,
        /// Where it now is.
        moved_to: PathBuf,
    },
}

/// The app's data folder: `$ARBITRE_DATA_DIR`, else `$XDG_DATA_HOME/arbitre`, else
/// `~/.local/share/arbitre` (or the platform's equivalent through `HOME`/`APPDATA`).
pub fn data_dir() -> Option<PathBuf> {
    let env = |k: &str| {
        std::env::var_os(k)
            .filter(|v| !v.is_empty())
            .map(PathBuf::from)
    };
    if let Some(d) = env("ARBITRE_DATA_DIR") {
        return Some(d);
    }
    if let Some(d) = env("XDG_DATA_HOME") {
        return Some(d.join("arbitre"));
    }
    if cfg!(windows) {
        return env("APPDATA").map(|d| d.join("arbitre"));
    }
    env("HOME").map(|h| h.join(".local").join("share").join("arbitre"))
}

/// The autosave in a data folder.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Autosave {
    file: PathBuf,
}

impl Autosave {
    /// The autosave file inside `dir`.
    pub fn in_dir(dir: &Path) -> Autosave {
        Autosave {
            file: dir.join("autosave.ron"),
        }
    }

    /// Where it is written.
    pub fn file(&self) -> &Path {
        &self.file
    }

    /// The bytes to write for a recovery (computed on the UI thread, written elsewhere).
    pub fn encode(recovery: &Recovery) -> String {
        let pretty = ron::ser::PrettyConfig::new().depth_limit(4);
        ron::ser::to_string_pretty(recovery, pretty).unwrap_or_default() + "\n"
    }

    /// Writes the bytes atomically, creating the folder if needed.
    pub fn write(&self, text: &str) -> Result<(), WriteError> {
        if let Some(dir) = self.file.parent() {
            std::fs::create_dir_all(dir).map_err(|source| WriteError::Io {
                path: dir.to_owned(),
                source,
            })?;
        }
        files::write_atomic(&self.file, text.as_bytes())
    }

    /// Removes the autosave once the work is safely saved (or the app closed cleanly).
    pub fn clear(&self) -> std::io::Result<()> {
        match std::fs::remove_file(&self.file) {
            Err(e) if e.kind() != std::io::ErrorKind::NotFound => Err(e),
            _ => Ok(()),
        }
    }

    /// Looks for unsaved work from an earlier run.
    pub fn find(&self, kit: &CheckedKit) -> Found {
        if !self.file.exists() {
            return Found::Nothing;
        }
        match self.read(kit) {
            Ok((recovery, dropped)) => Found::Work(Box::new(recovery), dropped),
            Err(e) => {
                let stamp = std::time::SystemTime::now()
                    .duration_since(std::time::UNIX_EPOCH)
                    .map_or(0, |d| d.as_secs());
                let moved_to = self
                    .file
                    .with_file_name(format!("autosave.corrupt-{stamp}.ron"));
                match std::fs::rename(&self.file, &moved_to) {
                    Ok(()) => Found::SetAside {
                        error: e.to_string(),
                        moved_to,
                    },
                    Err(rename) => Found::SetAside {
                        error: format!("{e} (and it could not be renamed: {rename})"),
                        moved_to: self.file.clone(),
                    },
                }
            }
        }
    }

    fn read(&self, kit: &CheckedKit) -> Result<(Recovery, Vec<String>), LoadError> {
        let source = kit::read_text_file(&self.file)?;
        let recovery: Recovery =
            ron::from_str(&source).map_err(|e| kit::syntax_error(&self.file, &e))?;
        let loaded = recovery.session.fit(kit);
        Ok((
            Recovery {
                path: recovery.path,
                session: loaded.session,
            },
            loaded.dropped,
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::kit::test_kit as kit;

    #[test]
    fn write_then_find() -> Result<(), Box<dyn std::error::Error>> {
        let dir = tempfile::tempdir()?;
        let a = Autosave::in_dir(&dir.path().join("sub"));
        assert_eq!(a.find(&kit()), Found::Nothing);
        let mut s = Session::new(&kit());
        s.ticks.insert("vm.compliance".into());
        let r = Recovery {
            path: Some("/x/y.ron".into()),
            session: s,
        };
        a.write(&Autosave::encode(&r))?;
        assert_eq!(a.find(&kit()), Found::Work(Box::new(r), vec![]));
        a.clear()?;
        assert_eq!(a.find(&kit()), Found::Nothing);
        a.clear()?;
        Ok(())
    }

    #[test]
    fn a_corrupt_autosave_is_set_aside_not_deleted() -> Result<(), Box<dyn std::error::Error>> {
        let dir = tempfile::tempdir()?;
        let a = Autosave::in_dir(dir.path());
        std::fs::write(a.file(), b"(session: (ticks: [")?;
        match a.find(&kit()) {
            Found::SetAside { error, moved_to } => {
                assert!(error.contains("autosave.ron:1:"), "{error}");
                assert_eq!(std::fs::read(&moved_to)?, b"(session: (ticks: [");
                assert!(!a.file().exists());
            }
            other => panic!("expected SetAside, got {other:?}"),
        }
        Ok(())
    }
}
