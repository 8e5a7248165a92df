//! Keeping a student's progress on disk, as a state machine and a job. The [`Keeper`] is data:
//! it decides when a save is due, with what, and what its outcome means (a failure said once,
//! an unreadable file copied aside first, saving off when that copy fails). The save itself,
//! [`SaveJob::run`], reads, merges and writes under the data folder's lock; it is meant to run
//! off the UI thread, one at a time: while a save is under way, the next one waits and goes
//! with everything answered meanwhile.

use std::path::{Path, PathBuf};

use arbitre_core::files::WriteError;

use crate::Progress;

/// One read-merge-write of the progress file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SaveJob {
    /// The data folder: every write stays inside it.
    pub root: PathBuf,
    /// The progress file.
    pub path: PathBuf,
    /// The progress as this run last read or wrote it.
    pub base: Progress,
    /// This run's progress now.
    pub mine: Progress,
    /// Replace the file rather than merge (after a reset).
    pub replace: bool,
    /// Copy the unreadable file aside first.
    pub keep_first: bool,
}

/// What came of a [`SaveJob`].
#[derive(Debug)]
pub struct SaveOutcome {
    /// The unreadable file was copied aside here (`Ok`), or could not be (`Err`).
    pub kept: Option<Result<PathBuf, WriteError>>,
    /// What was written (the merge with the file), or why not; `None` when nothing was tried.
    pub written: Option<Result<Progress, WriteError>>,
    /// This run's progress the job saved (`SaveJob::mine`).
    pub mine: Progress,
}

impl SaveJob {
    /// Does the save: copies an unreadable file aside if asked (nothing is saved if that
    /// fails), takes the lock (waiting for another instance saving), merges what this run
    /// added since `base` into the file, writes it atomically.
    pub fn run(self) -> SaveOutcome {
        let mut outcome = SaveOutcome {
            kept: None,
            written: None,
            mine: self.mine,
        };
        if self.keep_first {
            let kept = crate::keep_unreadable(&self.root, &self.path);
            let failed = kept.is_err();
            outcome.kept = Some(kept);
            if failed {
                return outcome;
            }
        }
        outcome.written = Some(write(
            &self.root,
            &self.path,
            &self.base,
            &outcome.mine,
            self.replace,
        ));
        outcome
    }
}

fn write(
    root: &Path,
    path: &Path,
    base: &Progress,
    mine: &Progress,
    replace: bool,
) -> Result<Progress, WriteError> {
    // One writer at a time across instances; the lock ends with the file handle.
    let lock = Progress::save_lock(root, path)?;
    let to_write = if replace {
        mine.clone()
    } else {
        match Progress::load(path) {
            Ok(Some(disk)) => Progress::merged(&disk, base, mine),
            // Missing, or made unreadable since the start: this run's progress is all there
            // is (an unreadable file was copied aside at the start).
            Ok(None) | Err(_) => mine.clone(),
        }
    };
    let saved = to_write.save(root, path);
    drop(lock);
    saved.map(|()| to_write)
}

/// What a save's outcome says to the student.
#[derive(Debug)]
pub enum KeepNotice {
    /// The unreadable file was copied aside: the copy's path.
    KeptAs(PathBuf),
    /// The unreadable file could not be copied aside, so saving is off: the error, the file.
    SavingOff(WriteError, PathBuf),
    /// A save failed: the error (said once while it fails the same way).
    NotSaved(WriteError),
}

/// The progress file's state machine, as data.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Keeper {
    /// The progress file (none: nothing is kept).
    pub path: Option<PathBuf>,
    /// The data folder the file is in.
    pub root: PathBuf,
    /// The progress as this run last read or wrote it: what this run added since is merged
    /// into the file at each save, so that two instances never undo each other's answers.
    pub base: Progress,
    /// The student reset the progress: the next save replaces the file rather than merging.
    pub replace: bool,
    /// The file could not be read: copy it aside before the first save.
    pub keep_first: bool,
    /// Saving is off: the unreadable file could not be copied aside, so writing would lose it.
    pub disabled: bool,
    /// The last save error said, so that a failing disk is said once, not per answer.
    pub last_error: Option<String>,
    /// A save is under way.
    pub in_flight: bool,
    /// Another save is due once the one under way is done.
    pub again: bool,
    /// The progress was reset while a save was under way: that save's counts are not taken in.
    pub reset_while_saving: bool,
}

impl Keeper {
    /// A keeper for `path` in the data folder `root`, whose file read as `base`
    /// (`unreadable`: it could not be read, and is copied aside before the first save).
    pub fn new(path: Option<PathBuf>, root: PathBuf, base: Progress, unreadable: bool) -> Keeper {
        Keeper {
            path,
            root,
            base,
            keep_first: unreadable,
            ..Keeper::default()
        }
    }

    /// The student reset the progress: the next save replaces the file.
    pub fn reset(&mut self) {
        self.replace = true;
        self.reset_while_saving = self.in_flight;
    }

    /// The progress changed: the save to run now (none if one is under way: it goes next,
    /// with everything; none if nothing is kept).
    pub fn save(&mut self, mine: &Progress) -> Option<SaveJob> {
        let path = self.path.clone()?;
        if self.disabled {
            return None;
        }
        if self.in_flight {
            self.again = true;
            return None;
        }
        self.in_flight = true;
        Some(SaveJob {
            root: self.root.clone(),
            path,
            base: self.base.clone(),
            mine: mine.clone(),
            replace: self.replace,
            keep_first: self.keep_first,
        })
    }

    /// A save is done: `progress` (this run's now) takes in what other windows saved; returns
    /// what to say and the next save, if one is due.
    pub fn saved(
        &mut self,
        outcome: SaveOutcome,
        progress: &mut Progress,
    ) -> (Vec<KeepNotice>, Option<SaveJob>) {
        self.in_flight = false;
        let mut notices = Vec::new();
        match outcome.kept {
            Some(Ok(copy)) => {
                self.keep_first = false;
                notices.push(KeepNotice::KeptAs(copy));
            }
            Some(Err(e)) => {
                self.disabled = true;
                self.again = false;
                let path = self.path.clone().unwrap_or_default();
                notices.push(KeepNotice::SavingOff(e, path));
            }
            None => {}
        }
        match outcome.written {
            Some(Ok(written)) => {
                self.last_error = None;
                // A reset made while saving is not undone by the file's counts.
                if !std::mem::take(&mut self.reset_while_saving) {
                    self.replace = false;
                    *progress = Progress::merged(&written, &outcome.mine, progress);
                }
                self.base = written;
            }
            Some(Err(e)) => {
                let said = e.to_string();
                if self.last_error.as_deref() != Some(said.as_str()) {
                    self.last_error = Some(said);
                    notices.push(KeepNotice::NotSaved(e));
                }
            }
            None => {}
        }
        let next = if std::mem::take(&mut self.again) {
            self.save(progress)
        } else {
            None
        };
        (notices, next)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn answered(n: u32) -> Progress {
        let mut p = Progress::default();
        p.quiz.answered = n;
        p.quiz.right = n;
        p
    }

    #[test]
    fn one_save_at_a_time_the_next_with_everything_answered_meanwhile()
    -> Result<(), Box<dyn std::error::Error>> {
        let dir = tempfile::tempdir()?;
        let path = dir.path().join("progress.ron");
        let mut keeper = Keeper::new(
            Some(path.clone()),
            dir.path().to_owned(),
            answered(0),
            false,
        );
        let mut mine = answered(1);
        let first = keeper.save(&mine).ok_or("a save")?;
        mine = answered(2);
        assert!(keeper.save(&mine).is_none(), "waits for the one under way");
        // Another window saved 5 answers meanwhile.
        answered(5).save(dir.path(), &path)?;
        let (said, next) = keeper.saved(first.run(), &mut mine);
        assert!(said.is_empty(), "{said:?}");
        assert_eq!(
            mine.quiz.answered, 7,
            "theirs and ours, the second answer too"
        );
        let next = next.ok_or("the next save")?;
        let (said, next) = keeper.saved(next.run(), &mut mine);
        assert!(said.is_empty() && next.is_none(), "{said:?}");
        assert_eq!(Progress::load(&path)?.map(|p| p.quiz.answered), Some(7));
        assert_eq!(mine.quiz.answered, 7);
        Ok(())
    }

    #[test]
    fn a_failure_is_said_once_and_an_unreadable_file_kept_first()
    -> Result<(), Box<dyn std::error::Error>> {
        let dir = tempfile::tempdir()?;
        let path = dir.path().join("progress.ron");
        std::fs::write(&path, "oops")?;
        let mut keeper = Keeper::new(Some(path.clone()), dir.path().to_owned(), answered(0), true);
        let mut mine = answered(1);
        let job = keeper.save(&mine).ok_or("a save")?;
        let (said, _) = keeper.saved(job.run(), &mut mine);
        assert!(
            matches!(said.as_slice(), [KeepNotice::KeptAs(_)]),
            "{said:?}"
        );
        assert!(!keeper.keep_first);

        let blocked = dir.path().join("blocker");
        std::fs::write(&blocked, "not a folder")?;
        keeper.path = Some(blocked.join("progress.ron"));
        for n in 0..2 {
            let job = keeper.save(&mine).ok_or("a save")?;
            let (said, _) = keeper.saved(job.run(), &mut mine);
            assert_eq!(said.len(), usize::from(n == 0), "{said:?}");
        }
        Ok(())
    }
}
