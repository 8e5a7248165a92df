//! An exam under way, kept on disk after each step so that a crash or a closed window loses
//! nothing, until its results are written.
//!
//! Like the autosaves ([`arbitre_core::autosave`]), each window owns its own exam file,
//! `exam-<instance>.ron`, and holds an OS lock on `exam-<instance>.lock` while it runs, so two
//! windows on one data folder never write over each other's answers. At start a window takes
//! over one exam whose owner is gone (its lock is free), `exam-in-progress.ron` of older
//! releases included; an unreadable one is renamed aside (`….corrupt-<time>.ron`) and said,
//! never dropped.

use std::fs::File;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::Sitting;
use arbitre_core::autosave;
use arbitre_core::files::{self, WriteError};
use arbitre_core::kit::{self, LoadError};

/// What the exam files' names start with.
const PREFIX: &str = "exam";

/// An exam under way as kept on disk: the sitting, the question shown, when the time runs
/// out (wall clock, seconds since 1970: the clock does not stop while the window is closed),
/// and whether it was handed in (its results not written yet).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct InProgress {
    /// The sitting, answers so far.
    pub sitting: Sitting,
    /// The question shown.
    pub pos: usize,
    /// When the time runs out, if it is limited.
    pub deadline_unix: Option<u64>,
    /// Handed in, but its results could not be written yet: they are written at the next
    /// start.
    #[serde(default)]
    pub handed_in: bool,
}

impl InProgress {
    /// Reads an exam file: an error names the file (and `line:column`) when it cannot be read,
    /// parsed, or holds no exam.
    pub fn load(file: &Path) -> Result<InProgress, LoadError> {
        let text = kit::read_text_file(file)?;
        let state: InProgress = ron::from_str(&text).map_err(|e| kit::syntax_error(file, &e))?;
        let n = state.sitting.questions.len();
        if n == 0 || state.sitting.answers.len() != n {
            return Err(crate::Refusal::NotUnderWay {
                questions: n,
                answers: state.sitting.answers.len(),
            }
            .at(file));
        }
        Ok(state)
    }

    fn to_ron(&self) -> String {
        ron::ser::to_string_pretty(self, ron::ser::PrettyConfig::default()).unwrap_or_default()
            + "\n"
    }
}

/// This window's exam file in the data folder, locked while the window runs. Dropped with its
/// file still there (the window closed, or a new exam began before the results were written),
/// it is left for the next start, like a crash.
#[derive(Debug)]
pub struct ExamFile {
    data_dir: PathBuf,
    file: PathBuf,
    lock_file: PathBuf,
    _lock: Option<File>,
}

impl ExamFile {
    /// Takes a new exam file in the data folder (created if needed), locked for this run.
    pub fn claim(data_dir: &Path) -> Result<ExamFile, WriteError> {
        let (file, lock_file, lock) = autosave::claim_slot(data_dir, PREFIX)?;
        Ok(ExamFile {
            data_dir: data_dir.to_owned(),
            file,
            lock_file,
            _lock: Some(lock),
        })
    }

    /// The file.
    pub fn file(&self) -> &Path {
        &self.file
    }

    /// Writes the exam atomically, inside the data folder only.
    pub fn write(&self, state: &InProgress) -> Result<(), WriteError> {
        let file = autosave::inside_data_dir(&self.data_dir, &self.file)?;
        files::write_atomic(&file, state.to_ron().as_bytes())
    }

    /// The results are written: the file goes, and its lock when this is dropped.
    pub fn remove(self) -> Result<(), WriteError> {
        match std::fs::remove_file(&self.file) {
            Err(e) if e.kind() != std::io::ErrorKind::NotFound => Err(WriteError::Io {
                path: self.file.clone(),
                source: e,
            }),
            _ => Ok(()),
        }
    }
}

impl Drop for ExamFile {
    fn drop(&mut self) {
        // No exam left to guard: the lock file goes too.
        if !self.file.exists() {
            let _ = std::fs::remove_file(&self.lock_file);
        }
    }
}

/// An exam file that could not be read, renamed aside.
#[derive(Debug)]
pub struct SetAside {
    /// Why it could not be read.
    pub error: LoadError,
    /// Where it now is (its own name if it could not be renamed).
    pub moved_to: PathBuf,
}

/// What a window finds in the data folder at start.
#[derive(Debug, Default)]
pub struct Found {
    /// The exam this window goes on with (its file now this window's, locked).
    pub exam: Option<(ExamFile, InProgress)>,
    /// Unreadable exam files, renamed aside.
    pub set_aside: Vec<SetAside>,
}

/// Looks in the data folder for exams whose window is gone: takes over the newest readable
/// one, leaves the others to other windows, and renames the unreadable ones aside.
pub fn find(data_dir: &Path) -> Found {
    let mut found = Found::default();
    let mut readable = Vec::new();
    for (file, lock) in autosave::free_slots(data_dir, |n| autosave::is_slot_name(n, PREFIX)) {
        match InProgress::load(&file) {
            Ok(state) => {
                let modified = std::fs::metadata(&file).and_then(|m| m.modified()).ok();
                readable.push((modified, file, lock, state));
            }
            Err(error) => {
                // If it cannot even be renamed, it stays where it is (and is said again).
                let moved_to =
                    autosave::set_aside(&file, "corrupt").unwrap_or_else(|_| file.clone());
                drop(lock);
                if moved_to != file {
                    let _ = std::fs::remove_file(autosave::lock_of(&file));
                }
                found.set_aside.push(SetAside { error, moved_to });
            }
        }
    }
    readable.sort_by_key(|r| std::cmp::Reverse(r.0));
    // The others' locks end here: another window takes them.
    if let Some((_, file, lock, state)) = readable.into_iter().next() {
        let lock_file = autosave::lock_of(&file);
        found.exam = Some((
            ExamFile {
                data_dir: data_dir.to_owned(),
                file,
                lock_file,
                _lock: lock,
            },
            state,
        ));
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::exam::{ExamSpec, build};

    fn state(student: &str) -> InProgress {
        let kit = arbitre_core::kit::test_kit();
        let spec = ExamSpec {
            seed: 3,
            sections: Vec::new(),
            count: 4,
        };
        let questions = build(&crate::bank::questions(&kit, &[]), &spec);
        InProgress {
            sitting: Sitting {
                student: student.to_owned(),
                date: "2026-11-28".into(),
                answers: vec![None; questions.len()],
                questions,
                spec,
                time_limit_minutes: None,
                timed_out: false,
            },
            pos: 0,
            deadline_unix: None,
            handed_in: false,
        }
    }

    #[test]
    fn each_window_keeps_its_own_exam_and_takes_over_only_orphans()
    -> Result<(), Box<dyn std::error::Error>> {
        let dir = tempfile::tempdir()?;
        let a = ExamFile::claim(dir.path())?;
        let b = ExamFile::claim(dir.path())?;
        assert_ne!(a.file(), b.file());
        a.write(&state("Ana"))?;
        b.write(&state("Bo"))?;
        // Both windows run: nothing to take over.
        assert!(find(dir.path()).exam.is_none());
        drop(a);
        let first = find(dir.path());
        let Some((taken, s)) = first.exam else {
            panic!("Ana's exam is an orphan");
        };
        assert_eq!(s.sitting.student, "Ana");
        // Taken over: a third window finds nothing.
        assert!(find(dir.path()).exam.is_none());
        taken.remove()?;
        drop(b);
        assert_eq!(
            find(dir.path()).exam.map(|(_, s)| s.sitting.student),
            Some("Bo".into())
        );
        Ok(())
    }

    #[test]
    fn an_unreadable_exam_is_set_aside_not_dropped() -> Result<(), Box<dyn std::error::Error>> {
        let dir = tempfile::tempdir()?;
        let file = dir.path().join("exam-in-progress.ron");
        std::fs::write(&file, "(sitting: (")?;
        let empty = dir.path().join("exam-1-1.ron");
        std::fs::write(
            &empty,
            "(sitting: (student: \"x\", date: \"\", spec: (seed: 1, sections: [], count: 1), questions: [], answers: [], time_limit_minutes: None, timed_out: false), pos: 0, deadline_unix: None)",
        )?;
        let found = find(dir.path());
        assert!(found.exam.is_none());
        assert_eq!(found.set_aside.len(), 2, "{:?}", found.set_aside);
        for s in &found.set_aside {
            assert!(s.moved_to.exists(), "{}", s.moved_to.display());
            assert!(s.moved_to.to_string_lossy().contains(".corrupt-"));
        }
        assert!(!file.exists() && !empty.exists());
        assert!(
            found.set_aside[1]
                .error
                .to_string()
                .contains("exam-in-progress.ron:1:")
        );
        Ok(())
    }

    #[test]
    fn the_old_single_file_is_taken_over() -> Result<(), Box<dyn std::error::Error>> {
        let dir = tempfile::tempdir()?;
        let file = dir.path().join("exam-in-progress.ron");
        std::fs::write(&file, state("Ana").to_ron())?;
        let (taken, s) = find(dir.path()).exam.ok_or("not taken over")?;
        assert_eq!(taken.file(), file);
        assert_eq!(s, state("Ana"));
        Ok(())
    }
}
