//! Keeping the student's progress and position in the data folder: after each answer or
//! reset, merged with what other windows saved, under a lock, never outside the data folder;
//! a failure is said once. Here only the decisions: the writes are effects, done by the
//! effect runner ([`super::jobs`]), and their outcomes come back as messages.

use std::path::{Path, PathBuf};

use arbitre_core::files::WriteError;
use arbitre_train as train;

use super::jobs::{TrainEffect, position_file};
use super::{Notice, Trainer};

impl Trainer {
    /// Saves the progress, if there is a file (one save at a time: the next goes when the
    /// one under way is done).
    pub(super) fn save(&mut self, effects: &mut Vec<TrainEffect>) {
        // Every write stays inside the data folder as it is now.
        if let Some(path) = &self.progress_file {
            self.keeper.root = self.data_root(path);
        }
        effects.extend(
            self.keeper
                .save(&self.training.progress)
                .map(|job| TrainEffect::SaveProgress(Box::new(job))),
        );
    }

    /// The data folder the progress file is in: every write stays inside it.
    pub(super) fn data_root(&self, progress_file: &Path) -> PathBuf {
        self.data_dir
            .clone()
            .or_else(|| progress_file.parent().map(Path::to_owned))
            .unwrap_or_default()
    }

    /// Keeps where the student is (both decks), next to the progress file, when it moved.
    pub(super) fn keep_position(
        &mut self,
        before: &train::Position,
        effects: &mut Vec<TrainEffect>,
    ) {
        let now = self.training.position();
        if &now == before || self.keeper.disabled {
            return;
        }
        let Some(progress_file) = self.progress_file.clone() else {
            return;
        };
        effects.push(TrainEffect::KeepPosition {
            root: self.data_root(&progress_file),
            path: position_file(&progress_file),
            position: Box::new(now),
        });
    }

    /// The position was kept, or not: a failure said once; not when the progress itself
    /// cannot be saved (already said).
    pub(super) fn position_kept(&mut self, written: Result<(), WriteError>) {
        match written {
            Ok(()) => self.position_error_reported = false,
            Err(e) if !self.position_error_reported && self.keeper.last_error.is_none() => {
                self.position_error_reported = true;
                self.notice(Notice::NotSaved(e));
            }
            Err(_) => {}
        }
    }
}
