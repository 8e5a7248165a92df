//! The Train screen's file operations, as effects ([`TrainEffect`]) that the effect runner
//! does off the frame with [`run`], one at a time and in order; each one's outcome comes back
//! as a [`TrainMsg`]. What must stay open between them (this window's exam file, locked while
//! its exam runs) lives in [`TrainDisk`], which only these jobs touch.

use arbitre_train::pack::WithPacks as _;
use std::path::PathBuf;
use std::sync::{Arc, Mutex};

use arbitre_core::autosave;
use arbitre_core::files::WriteError;
use arbitre_core::i18n::Lang;
use arbitre_core::kit::CheckedKit;
use arbitre_train::exam::Sitting;
use arbitre_train::exam::in_progress::{ExamFile, InProgress};
use arbitre_train::keeping::SaveJob;
use arbitre_train::{self as train, Position, Progress};

use super::TrainMsg;

/// What stays open on disk between the Train screen's jobs.
#[derive(Debug, Default)]
pub struct TrainDisk {
    /// This window's exam file, locked while it is held (none before the first exam, or
    /// without a data folder).
    pub(super) exam_file: Option<ExamFile>,
}

/// A file operation of the Train screen, for the effect runner.
#[derive(Debug)]
pub(crate) enum TrainEffect {
    /// Read, merge and write the progress file.
    SaveProgress(Box<SaveJob>),
    /// Keep where the student is, beside the progress file.
    KeepPosition {
        /// The data folder: the write stays inside it.
        root: PathBuf,
        /// The position file.
        path: PathBuf,
        /// The position.
        position: Box<Position>,
    },
    /// Keep the exam under way (or handed in without results) in this window's exam file,
    /// claimed in `dir` at the first step.
    KeepExam {
        /// The data folder.
        dir: PathBuf,
        /// The exam as kept on disk.
        state: Box<InProgress>,
    },
    /// Let go of the exam file (a new exam): left on disk for the next start.
    LeaveExam,
    /// Write an exam's results into `dir` (`inside`: refused if it leads out of that data
    /// folder); once written, the exam file goes; if not, the exam handed in is kept in it.
    HandIn {
        /// The results' folder.
        dir: PathBuf,
        /// The data folder it must stay inside, if any.
        inside: Option<PathBuf>,
        /// The data folder where the exam file is claimed, if any.
        data_dir: Option<PathBuf>,
        /// The exam handed in.
        sitting: Box<Sitting>,
        /// The kit it was set from.
        kit: Arc<CheckedKit>,
        /// The results' language.
        lang: Lang,
    },
    /// Read a student's progress and position.
    ReadStudent {
        /// Their progress file.
        path: PathBuf,
    },
    /// Read a teacher's pack and check it against the app's kit with the other packs (a
    /// pack with the same id is replaced).
    LoadPack {
        /// The pack file.
        path: PathBuf,
        /// The app's kit, before any pack.
        base: Arc<CheckedKit>,
        /// The packs loaded.
        packs: Vec<arbitre_train::pack::CheckedPack>,
    },
}

/// A student's files, as read.
#[derive(Debug)]
pub struct StudentRead {
    /// The progress file: `Ok(None)` when there is none yet.
    pub progress: Result<Option<Progress>, arbitre_core::kit::LoadError>,
    /// Where they were (none if missing or unreadable).
    pub position: Option<Position>,
}

/// The file that keeps where the student is, beside the progress file.
pub(super) fn position_file(progress: &std::path::Path) -> PathBuf {
    progress.with_file_name("training-position.ron")
}

/// Reads a student's progress and position.
pub(super) fn read_student(path: &std::path::Path) -> StudentRead {
    let file = position_file(path);
    let position = arbitre_core::files::read_to_string_limited(&file, 1024 * 1024)
        .ok()
        .and_then(|text| ron::from_str(&text).ok());
    StudentRead {
        progress: Progress::load(path),
        position,
    }
}

/// Does a file operation, on the runner's thread, and sends what came of it.
pub fn run(effect: TrainEffect, disk: &Mutex<TrainDisk>, send: &dyn Fn(TrainMsg)) {
    let Ok(mut disk) = disk.lock() else {
        return;
    };
    if let Some(msg) = run_on(effect, &mut disk) {
        send(msg);
    }
}

/// [`run`] with the disk state in hand.
pub(super) fn run_on(effect: TrainEffect, disk: &mut TrainDisk) -> Option<TrainMsg> {
    match effect {
        TrainEffect::SaveProgress(job) => Some(TrainMsg::Saved(Box::new(job.run()))),
        TrainEffect::KeepPosition {
            root,
            path,
            position,
        } => {
            let text = ron::ser::to_string_pretty(&*position, ron::ser::PrettyConfig::default())
                .unwrap_or_default();
            let written = autosave::inside_data_dir(&root, &path).and_then(|path| {
                // A new student's folder may not exist yet: the position can come before the
                // progress.
                if let Some(dir) = path.parent() {
                    let _ = std::fs::create_dir_all(dir);
                }
                arbitre_core::files::write_atomic(&path, text.as_bytes())
            });
            Some(TrainMsg::PositionKept(written))
        }
        TrainEffect::KeepExam { dir, state } => {
            Some(TrainMsg::ExamKept(keep_exam(disk, &dir, &state)))
        }
        TrainEffect::LeaveExam => {
            disk.exam_file = None;
            None
        }
        TrainEffect::HandIn {
            dir,
            inside,
            data_dir,
            sitting,
            kit,
            lang,
        } => {
            let written = match inside {
                Some(root) => autosave::inside_data_dir(&root, &dir),
                None => Ok(dir),
            }
            .and_then(|dir| train::exam::results::save_results(&dir, &sitting, &kit, lang));
            let kept = if written.is_ok() {
                if let Some(file) = disk.exam_file.take() {
                    // If it cannot be removed, the next start hands it in again: a second
                    // copy of the results, nothing lost.
                    let _ = file.remove();
                }
                Ok(false)
            } else if let Some(dir) = data_dir {
                let state = InProgress::of(&sitting, 0, true);
                keep_exam(disk, &dir, &state)
            } else {
                Ok(disk.exam_file.is_some())
            };
            Some(TrainMsg::HandedIn { written, kept })
        }
        TrainEffect::LoadPack { path, base, packs } => {
            // Checked against the kit with the other packs, so that no two packs share an id.
            let id = arbitre_train::pack::peek_id(&path);
            let others: Vec<_> = packs
                .into_iter()
                .filter(|p| Some(&p.pack) != id.as_ref())
                .collect();
            let result = arbitre_train::pack::load(&path, &base.with_packs(&others));
            Some(TrainMsg::PackLoaded(result.map(Box::new)))
        }
        TrainEffect::ReadStudent { path } => {
            let read = read_student(&path);
            Some(TrainMsg::StudentRead {
                path,
                read: Box::new(read),
            })
        }
    }
}

/// Writes the exam in this window's file, claimed at the first step; returns whether a file
/// is held.
fn keep_exam(
    disk: &mut TrainDisk,
    dir: &std::path::Path,
    state: &InProgress,
) -> Result<bool, WriteError> {
    if disk.exam_file.is_none() {
        disk.exam_file = Some(ExamFile::claim(dir)?);
    }
    match &disk.exam_file {
        Some(file) => file.write(state).map(|()| true),
        None => Ok(false),
    }
}
