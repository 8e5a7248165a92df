//! Keeping the student's progress and position in the data folder: after each answer or
//! reset, merged with what other windows saved, under a lock, never outside the data folder;
//! a failure is said once.

use std::path::{Path, PathBuf};

use arbitre_core::autosave;
use arbitre_core::files::WriteError;
use arbitre_train::{self as train, Progress};

use super::{Notice, Trainer, position_file};

impl Trainer {
    /// Saves the progress, if there is a file; reports failures once each.
    pub(super) fn save(&mut self) {
        let Some(path) = self.progress_file.clone() else {
            return;
        };
        if self.save_disabled {
            return;
        }
        let root = self.data_root(&path);
        if self.keep_before_save {
            match train::keep_unreadable(&root, &path) {
                Ok(copy) => {
                    self.keep_before_save = false;
                    self.notice(Notice::KeptAs(copy));
                }
                Err(e) => {
                    self.save_disabled = true;
                    self.notice(Notice::SavingOff(e, path.clone()));
                    return;
                }
            }
        }
        // One writer at a time across instances; the lock ends with the file handle.
        let lock = match Progress::save_lock(&root, &path) {
            Ok(lock) => lock,
            Err(e) => {
                self.save_failed(e);
                return;
            }
        };
        let to_write = if self.replace_on_save {
            self.training.progress.clone()
        } else {
            match Progress::load(&path) {
                Ok(Some(disk)) => Progress::merged(&disk, &self.base, &self.training.progress),
                // Missing, or made unreadable since the start: this run's progress is all
                // there is (an unreadable file was copied aside at the start).
                Ok(None) | Err(_) => self.training.progress.clone(),
            }
        };
        let saved = to_write.save(&root, &path);
        drop(lock);
        match saved {
            Ok(()) => {
                self.last_save_error = None;
                self.replace_on_save = false;
                self.base = to_write.clone();
                self.training.progress = to_write;
            }
            Err(e) => self.save_failed(e),
        }
    }

    /// A save of the progress failed: said once, not again while it fails the same way.
    fn save_failed(&mut self, e: WriteError) {
        let said = e.to_string();
        if self.last_save_error.as_deref() != Some(said.as_str()) {
            self.notice(Notice::NotSaved(e));
            self.last_save_error = Some(said);
        }
    }

    /// The data folder the progress file is in: every write stays inside it.
    fn data_root(&self, progress_file: &Path) -> PathBuf {
        self.data_dir
            .clone()
            .or_else(|| progress_file.parent().map(Path::to_owned))
            .unwrap_or_default()
    }

    /// Keeps where the student is (both decks), next to the progress file, when it moved.
    pub(super) fn save_position(&mut self, before: &train::Position) {
        let now = self.training.position();
        if &now == before || self.save_disabled {
            return;
        }
        let Some(progress_file) = self.progress_file.clone() else {
            return;
        };
        let path = position_file(&progress_file);
        let text =
            ron::ser::to_string_pretty(&now, ron::ser::PrettyConfig::default()).unwrap_or_default();
        let written =
            autosave::inside_data_dir(&self.data_root(&progress_file), &path).and_then(|path| {
                // A new student's folder may not exist yet: the position can come before the
                // progress.
                if let Some(dir) = path.parent() {
                    let _ = std::fs::create_dir_all(dir);
                }
                arbitre_core::files::write_atomic(&path, text.as_bytes())
            });
        match written {
            Ok(()) => self.position_error_reported = false,
            // Said once; not again when the progress itself cannot be saved (already said).
            Err(e) if !self.position_error_reported && self.last_save_error.is_none() => {
                self.position_error_reported = true;
                self.notice(Notice::NotSaved(e));
            }
            Err(_) => {}
        }
    }
}
