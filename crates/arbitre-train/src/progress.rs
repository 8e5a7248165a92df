//! The student's progress: scores per section, kept between runs as RON, merged between
//! instances, and never lost (an unreadable file is copied aside before it is replaced).

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use arbitre_core::autosave;
use arbitre_core::files::{self, WriteError};
use arbitre_core::kit::{self, LoadError};

/// The progress format this build writes.
pub const PROGRESS_FORMAT: u32 = 1;

/// The two sections that are scored.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Section {
    /// Questions on the comparison table.
    Quiz,
    /// Scenarios.
    Scenarios,
}

/// The score of one section.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct SectionProgress {
    /// Answers given, retries included.
    pub answered: u32,
    /// Right answers among them.
    pub right: u32,
    /// Ids answered right at least once.
    pub mastered: BTreeSet<String>,
    /// Ids whose last answer was wrong: what "retry missed" replays.
    pub missed: BTreeSet<String>,
}

impl SectionProgress {
    /// Records one answer.
    pub fn record(&mut self, id: &str, correct: bool) {
        self.answered = self.answered.saturating_add(1);
        if correct {
            self.right = self.right.saturating_add(1);
            self.mastered.insert(id.to_owned());
            self.missed.remove(id);
        } else {
            self.missed.insert(id.to_owned());
        }
    }

    /// What `disk` becomes with the answers this run added since `base` (`mine` is `base`
    /// plus this run's answers): counts add up, and this run's latest verdict on an item
    /// wins. Two instances training on one machine keep each other's progress this way.
    pub fn merged(disk: &Self, base: &Self, mine: &Self) -> Self {
        let fixed: BTreeSet<&String> = base.missed.difference(&mine.missed).collect();
        let mut missed: BTreeSet<String> = disk
            .missed
            .iter()
            .filter(|id| !fixed.contains(id))
            .cloned()
            .collect();
        missed.extend(mine.missed.difference(&base.missed).cloned());
        let answered = disk
            .answered
            .saturating_add(mine.answered.saturating_sub(base.answered));
        SectionProgress {
            answered,
            right: disk
                .right
                .saturating_add(mine.right.saturating_sub(base.right))
                .min(answered),
            mastered: disk.mastered.union(&mine.mastered).cloned().collect(),
            missed,
        }
    }

    /// Right answers as a percentage of answers, rounded (0 when nothing was answered).
    pub fn percent(&self) -> u32 {
        percent(self.right, self.answered)
    }
}

/// The student's progress, kept between runs.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Progress {
    /// The file format version.
    pub format: u32,
    /// The quiz's score.
    pub quiz: SectionProgress,
    /// The scenarios' score.
    pub scenarios: SectionProgress,
    /// The student's name, on a machine where several students train (none: the shared
    /// progress).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub student: Option<String>,
}

impl Default for Progress {
    fn default() -> Self {
        Progress {
            format: PROGRESS_FORMAT,
            quiz: SectionProgress::default(),
            scenarios: SectionProgress::default(),
            student: None,
        }
    }
}

impl Progress {
    /// One section's score.
    pub fn section(&self, section: Section) -> &SectionProgress {
        match section {
            Section::Quiz => &self.quiz,
            Section::Scenarios => &self.scenarios,
        }
    }

    /// One section's score, to record into.
    pub fn section_mut(&mut self, section: Section) -> &mut SectionProgress {
        match section {
            Section::Quiz => &mut self.quiz,
            Section::Scenarios => &mut self.scenarios,
        }
    }

    /// Parses progress from RON. A file from a newer arbitre is refused rather than
    /// misread; impossible counts are brought back into range.
    pub fn parse(source: &str, file: &Path) -> Result<Progress, LoadError> {
        let mut progress: Progress =
            ron::from_str(source).map_err(|e| kit::syntax_error(file, &e))?;
        if progress.format > PROGRESS_FORMAT {
            return Err(crate::Refusal::NewerProgress {
                format: progress.format,
                reads: PROGRESS_FORMAT,
            }
            .at(file));
        }
        progress.format = PROGRESS_FORMAT;
        for s in [&mut progress.quiz, &mut progress.scenarios] {
            s.right = s.right.min(s.answered);
        }
        Ok(progress)
    }

    /// What `disk` becomes with what this run added since `base` (see
    /// [`SectionProgress::merged`]).
    pub fn merged(disk: &Progress, base: &Progress, mine: &Progress) -> Progress {
        Progress {
            format: PROGRESS_FORMAT,
            quiz: SectionProgress::merged(&disk.quiz, &base.quiz, &mine.quiz),
            scenarios: SectionProgress::merged(&disk.scenarios, &base.scenarios, &mine.scenarios),
            student: mine.student.clone().or_else(|| disk.student.clone()),
        }
    }

    /// Reads progress from a file: `Ok(None)` when there is no file yet.
    pub fn load(path: &Path) -> Result<Option<Progress>, LoadError> {
        match std::fs::metadata(path) {
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
            _ => {}
        }
        let source = kit::read_text_file(path)?;
        Progress::parse(&source, path).map(Some)
    }

    /// The progress as RON text.
    pub fn to_ron(&self) -> String {
        let pretty = ron::ser::PrettyConfig::new().struct_names(false);
        // Serializing plain data to a String cannot fail; fall back to the compact form.
        ron::ser::to_string_pretty(self, pretty)
            .or_else(|_| ron::to_string(self))
            .unwrap_or_default()
    }

    /// Locks `<progress>.lock` in the data folder for the time of one read-merge-write (waits
    /// for another instance that is saving); `None` when no lock can be had (a read-only folder:
    /// the save then fails and says so). Refused if the lock leads outside the data folder.
    pub fn save_lock(data_dir: &Path, path: &Path) -> Result<Option<std::fs::File>, WriteError> {
        let lock_file = autosave::inside_data_dir(data_dir, &path.with_extension("lock"))?;
        let lock = std::fs::File::options()
            .write(true)
            .create(true)
            .truncate(false)
            .open(lock_file)
            .ok();
        Ok(lock.filter(|l| l.lock().is_ok()))
    }

    /// Saves atomically to `path` in the data folder `data_dir`, creating its folder if
    /// needed; refused if the path leads outside the data folder (a planted symbolic link).
    pub fn save(&self, data_dir: &Path, path: &Path) -> Result<(), WriteError> {
        let path = &autosave::inside_data_dir(data_dir, path)?;
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            std::fs::create_dir_all(dir).map_err(|source| WriteError::Io {
                path: dir.to_owned(),
                source,
            })?;
        }
        let mut text = self.to_ron();
        text.push('\n');
        files::write_atomic(path, text.as_bytes())
    }
}

/// `right` as a percentage of `of`, rounded (0 when `of` is 0; never above 100).
pub fn percent(right: u32, of: u32) -> u32 {
    let of = u64::from(of);
    let p = (u64::from(right).min(of) * 100 + of / 2)
        .checked_div(of)
        .unwrap_or(0);
    u32::try_from(p).unwrap_or(100)
}

/// The folder, under the data folder, that holds each student's progress.
pub const STUDENTS_DIR: &str = "students";

/// The progress file of a student (none: the shared one) under the data folder. A name
/// becomes a folder name made of its lower-case letters and digits joined by `-`, so that
/// nothing in it (`../`, `|`, `/`) can lead elsewhere.
pub fn progress_path(data_dir: &Path, student: Option<&str>) -> PathBuf {
    match student {
        None => data_dir.join("progress.ron"),
        Some(name) => data_dir
            .join(STUDENTS_DIR)
            .join(student_folder(name))
            .join("progress.ron"),
    }
}

/// A student's folder name: lower-case letters and digits (accents kept), other runs of
/// characters as one `-`, at most 60 characters; `student` if nothing is left.
pub fn student_folder(name: &str) -> String {
    let mut out = String::new();
    for c in name.chars().flat_map(char::to_lowercase) {
        if c.is_alphanumeric() {
            out.push(c);
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
    }
    let out: String = out.trim_end_matches('-').chars().take(60).collect();
    let out = out.trim_end_matches('-');
    if out.is_empty() {
        "student".to_owned()
    } else {
        out.to_owned()
    }
}

/// The students who have progress under the data folder, by name, sorted. A folder whose
/// progress cannot be read is listed by its folder name (opening it says what is wrong).
pub fn students(data_dir: &Path) -> Vec<String> {
    let Ok(entries) = std::fs::read_dir(data_dir.join(STUDENTS_DIR)) else {
        return Vec::new();
    };
    let mut names: Vec<String> = entries
        .flatten()
        .filter(|e| e.file_type().is_ok_and(|t| t.is_dir()))
        .filter_map(|e| {
            let folder = e.file_name().to_str()?.to_owned();
            let name = Progress::load(&e.path().join("progress.ron"))
                .ok()
                .flatten()
                .and_then(|p| p.student)
                .filter(|n| student_folder(n) == folder);
            Some(name.unwrap_or(folder))
        })
        .collect();
    names.sort_by_key(|n| n.to_lowercase());
    names.dedup();
    names
}

/// Copies an unreadable progress file aside (`progress.ron.unreadable`, then `-2`, `-3`…),
/// inside the data folder `data_dir`, before it is replaced, so that nothing the student had
/// is ever lost. Returns the copy.
pub fn keep_unreadable(data_dir: &Path, path: &Path) -> Result<PathBuf, WriteError> {
    let bytes =
        files::read_limited(path, kit::MAX_FILE_BYTES).map_err(|source| WriteError::Io {
            path: path.to_owned(),
            source,
        })?;
    let name = path.file_name().map_or_else(
        || "progress.ron".to_owned(),
        |n| n.to_string_lossy().into_owned(),
    );
    for n in 1..=100u32 {
        let suffix = if n == 1 {
            ".unreadable".to_owned()
        } else {
            format!(".unreadable-{n}")
        };
        let copy =
            autosave::inside_data_dir(data_dir, &path.with_file_name(format!("{name}{suffix}")))?;
        match files::write_new_atomic(&copy, &bytes) {
            Ok(()) => return Ok(copy),
            Err(WriteError::Exists(_)) => {}
            Err(e) => return Err(e),
        }
    }
    Err(WriteError::Exists(
        path.with_file_name(format!("{name}.unreadable-100")),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn two_runs_keep_each_other_s_progress() {
        let base = Progress::default();
        let mut a = base.clone();
        a.quiz.record("q1", true);
        a.quiz.record("q2", false);
        let mut b = base.clone();
        b.quiz.record("q3", true);
        b.scenarios.record("s1", false);
        // b saved first; a merges into what b wrote.
        let disk = Progress::merged(&base, &base, &b);
        let both = Progress::merged(&disk, &base, &a);
        assert_eq!(both.quiz.answered, 3);
        assert_eq!(both.quiz.right, 2);
        assert!(both.quiz.mastered.contains("q1") && both.quiz.mastered.contains("q3"));
        assert!(both.quiz.missed.contains("q2"));
        assert!(both.scenarios.missed.contains("s1"));
        // a then answers q2 right: it leaves the missed list, b's entries stay.
        let base_a = both.clone();
        let mut a2 = both.clone();
        a2.quiz.record("q2", true);
        let after = Progress::merged(&both, &base_a, &a2);
        assert!(!after.quiz.missed.contains("q2"));
        assert!(after.scenarios.missed.contains("s1"));
        assert_eq!(after.quiz.answered, 4);
    }

    #[test]
    fn progress_records_scores_and_missed_items() {
        let mut p = SectionProgress::default();
        p.record("a", false);
        p.record("b", true);
        p.record("a", false);
        assert_eq!((p.answered, p.right), (3, 1));
        assert_eq!(p.percent(), 33);
        p.record("c", true);
        assert_eq!(p.percent(), 50);
        p.record("d", true);
        assert_eq!(p.percent(), 60);
        p.record("e", true);
        assert_eq!(p.percent(), 67, "rounded, not truncated");
        assert!(p.missed.contains("a") && !p.missed.contains("b"));
        p.record("a", true);
        assert!(p.missed.is_empty());
        assert_eq!(p.mastered.len(), 5);
        assert_eq!(SectionProgress::default().percent(), 0);
    }

    #[test]
    fn progress_round_trips_through_a_file_and_creates_its_folder()
    -> Result<(), Box<dyn std::error::Error>> {
        let dir = tempfile::tempdir()?;
        let path = dir.path().join("arbitre").join("progress.ron");
        assert_eq!(Progress::load(&path)?, None, "no file yet");
        let mut p = Progress::default();
        p.quiz.record("quiz.x", false);
        p.scenarios.record("scenario.y", true);
        p.save(dir.path(), &path)?;
        assert_eq!(Progress::load(&path)?, Some(p));
        Ok(())
    }

    #[test]
    fn bad_progress_files_are_errors_not_panics() -> Result<(), Box<dyn std::error::Error>> {
        let dir = tempfile::tempdir()?;
        let path = dir.path().join("progress.ron");
        std::fs::write(&path, "(quiz: (answered: \"many\"")?;
        let e = Progress::load(&path)
            .err()
            .map(|e| e.to_string())
            .unwrap_or_default();
        assert!(e.contains("progress.ron:1:"), "{e}");

        std::fs::write(&path, "(format: 99)")?;
        let e = Progress::load(&path)
            .err()
            .map(|e| e.to_string())
            .unwrap_or_default();
        assert!(e.contains("newer arbitre"), "{e}");

        std::fs::write(&path, "(quiz: (answered: 2, right: 9))")?;
        assert_eq!(Progress::load(&path)?.map(|p| p.quiz.right), Some(2));
        Ok(())
    }

    #[test]
    fn unreadable_files_are_copied_aside_never_overwritten()
    -> Result<(), Box<dyn std::error::Error>> {
        let dir = tempfile::tempdir()?;
        let path = dir.path().join("progress.ron");
        std::fs::write(&path, "garbage")?;
        let first = keep_unreadable(dir.path(), &path)?;
        let second = keep_unreadable(dir.path(), &path)?;
        assert_eq!(first, dir.path().join("progress.ron.unreadable"));
        assert_eq!(second, dir.path().join("progress.ron.unreadable-2"));
        assert_eq!(std::fs::read(&first)?, b"garbage");
        assert_eq!(std::fs::read(&path)?, b"garbage", "the original stays");
        Ok(())
    }

    #[test]
    fn each_student_has_a_folder_no_name_can_escape() {
        let data = Path::new("/data");
        assert_eq!(progress_path(data, None), data.join("progress.ron"));
        assert_eq!(
            progress_path(data, Some("Zoé Martin")),
            data.join("students/zoé-martin/progress.ron")
        );
        for evil in ["../../etc", "a|b", "/", "  ", "..", "x/../y"] {
            let p = progress_path(data, Some(evil));
            assert!(p.starts_with("/data/students/"), "{evil}: {}", p.display());
            assert_eq!(p.components().count(), 5, "{evil}: {}", p.display());
        }
        assert_eq!(student_folder("../../etc"), "etc");
        assert_eq!(student_folder("||"), "student");
        assert_eq!(student_folder(&"é".repeat(100)).chars().count(), 60);
    }

    #[test]
    fn students_are_listed_by_the_name_in_their_progress() -> Result<(), Box<dyn std::error::Error>>
    {
        let dir = tempfile::tempdir()?;
        assert!(students(dir.path()).is_empty());
        for name in ["Zoé", "adam"] {
            let p = Progress {
                student: Some(name.to_owned()),
                ..Progress::default()
            };
            p.save(dir.path(), &progress_path(dir.path(), Some(name)))?;
        }
        std::fs::create_dir_all(dir.path().join(STUDENTS_DIR).join("broken"))?;
        std::fs::write(
            dir.path().join(STUDENTS_DIR).join("broken/progress.ron"),
            "(",
        )?;
        assert_eq!(students(dir.path()), ["adam", "broken", "Zoé"]);
        Ok(())
    }
}
