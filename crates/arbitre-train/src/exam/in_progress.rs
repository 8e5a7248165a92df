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

use super::code::{install_secret, seal, seal_holds};
use super::{Asked, ExamSpec, RestoreError, Sitting, restore};
use crate::bank::Question;
use arbitre_core::autosave;
use arbitre_core::files::{self, WriteError};
use arbitre_core::kit::{self, LoadError, QuizSection};

/// What the exam files' names start with.
const PREFIX: &str = "exam";

/// An exam under way as kept on disk: who sits it, what was asked (each question's id and
/// the order of its choices, never its answer nor its explanation), the student's answers,
/// the question shown, the recorded start (wall clock, seconds since 1970: the clock does
/// not stop while the window is closed), and whether it was handed in (its results not
/// written yet). The time limit is the spec's. Sealed ([`super::code`]): an edit shows.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct InProgress {
    /// The student's name.
    pub student: String,
    /// The date of the sitting.
    pub date: String,
    /// What the exam was built from, its time limit included.
    pub spec: ExamSpec,
    /// The practice exam (no exam code).
    pub practice: bool,
    /// The exam's check, if sat with a code (not the code).
    #[serde(default)]
    pub check: Option<String>,
    /// What was asked.
    pub asked: Vec<Asked>,
    /// The student's answers so far, by the index shown.
    pub answers: Vec<Option<usize>>,
    /// When the exam started.
    pub started_unix: u64,
    /// The question shown.
    pub pos: usize,
    /// Handed in, but its results could not be written yet: they are written at the next
    /// start.
    #[serde(default)]
    pub handed_in: bool,
    /// Handed in when the time ran out.
    #[serde(default)]
    pub timed_out: bool,
    /// How long the exam took, once handed in.
    #[serde(default)]
    pub taken_secs: Option<u64>,
    /// Found edited by hand before (it stays so).
    #[serde(default)]
    pub edited: bool,
    /// The seal of all the above, under this installation's secret.
    #[serde(default)]
    pub seal: String,
    /// An exam file of an older release: its questions as it kept them (answer key
    /// included), to find each one's order of choices in the bank. Never written.
    #[serde(skip)]
    legacy: Option<Vec<Question>>,
}

/// The exam file of older releases: the whole sitting, key included, and a deadline.
#[derive(Debug, Deserialize)]
struct Legacy {
    sitting: LegacySitting,
    pos: usize,
    deadline_unix: Option<u64>,
    #[serde(default)]
    handed_in: bool,
}

#[derive(Debug, Deserialize)]
struct LegacySitting {
    student: String,
    date: String,
    spec: LegacySpec,
    questions: Vec<Question>,
    answers: Vec<Option<usize>>,
    time_limit_minutes: Option<u32>,
    timed_out: bool,
}

#[derive(Debug, Deserialize)]
struct LegacySpec {
    seed: u64,
    sections: Vec<QuizSection>,
    count: usize,
}

impl Legacy {
    /// The same exam in today's shape: the start is the deadline less the limit (the time
    /// left stays within the limit, whatever the deadline said).
    fn migrate(self) -> InProgress {
        let s = self.sitting;
        let limit = s.time_limit_minutes.map(|m| u64::from(m.max(1)) * 60);
        let started_unix = match (self.deadline_unix, limit) {
            (Some(deadline), Some(limit)) => deadline.saturating_sub(limit),
            _ => super::unix_now(),
        };
        InProgress {
            student: s.student,
            date: s.date,
            spec: ExamSpec {
                seed: s.spec.seed,
                sections: s.spec.sections,
                count: s.spec.count,
                time_limit_minutes: s.time_limit_minutes,
            },
            practice: true,
            check: None,
            asked: s
                .questions
                .iter()
                .map(|q| Asked {
                    id: q.id.clone(),
                    order: Vec::new(),
                })
                .collect(),
            answers: s.answers,
            started_unix,
            pos: self.pos,
            handed_in: self.handed_in,
            timed_out: s.timed_out,
            taken_secs: None,
            edited: false,
            seal: String::new(),
            legacy: Some(s.questions),
        }
    }
}

/// An exam taken up again: the sitting (its questions from the bank), the question shown,
/// whether it was handed in.
#[derive(Debug)]
pub struct Resumed {
    /// The sitting, answers so far; `edited` when the file's seal did not hold.
    pub sitting: Sitting,
    /// The question shown.
    pub pos: usize,
    /// Handed in already (its results to write).
    pub handed_in: bool,
}

impl InProgress {
    /// The exam as kept on disk (not sealed yet: [`ExamFile::write`] seals it).
    pub fn of(sitting: &Sitting, pos: usize, handed_in: bool) -> InProgress {
        InProgress {
            student: sitting.student.clone(),
            date: sitting.date.clone(),
            spec: sitting.spec.clone(),
            practice: sitting.practice,
            check: sitting.check.clone(),
            asked: sitting.asked.clone(),
            answers: sitting.answers.clone(),
            started_unix: sitting.started_unix,
            pos,
            handed_in,
            timed_out: sitting.timed_out,
            taken_secs: sitting.taken_secs,
            edited: sitting.edited,
            seal: String::new(),
            legacy: None,
        }
    }

    /// Reads an exam file (today's, or an older release's, migrated): an error names the
    /// file (and `line:column`) when it cannot be read, parsed, or holds no exam.
    pub fn load(file: &Path) -> Result<InProgress, LoadError> {
        let text = kit::read_text_file(file)?;
        let state: InProgress = match ron::from_str::<InProgress>(&text) {
            Ok(state) => state,
            Err(e) => match ron::from_str::<Legacy>(&text) {
                Ok(old) => old.migrate(),
                Err(_) => return Err(kit::syntax_error(file, &e)),
            },
        };
        let n = state.asked.len();
        if n == 0 || state.answers.len() != n {
            return Err(crate::Refusal::NotUnderWay {
                questions: n,
                answers: state.answers.len(),
            }
            .at(file));
        }
        Ok(state)
    }

    /// What the seal covers: everything but the seal.
    fn sealed_bytes(&self) -> Vec<u8> {
        let unsealed = InProgress {
            seal: String::new(),
            ..self.clone()
        };
        ron::to_string(&unsealed).unwrap_or_default().into_bytes()
    }

    /// Whether the seal holds under `secret` (an older release's file has none to hold).
    pub fn seal_holds(&self, secret: &[u8]) -> bool {
        self.legacy.is_some() || seal_holds(secret, &[&self.sealed_bytes()], &self.seal)
    }

    /// Takes the exam up again from the bank: the questions and their key from the bank in
    /// the order kept; `sealed` says whether the seal held. An exam whose seal does not hold
    /// is marked edited and, if its time is limited, has none left: it is handed in as it
    /// is. A question no longer in the bank is an error, and the file stays as it is.
    pub fn resume(self, bank: &[Question], sealed: bool) -> Result<Resumed, RestoreError> {
        let asked = match &self.legacy {
            Some(old) => legacy_order(bank, old)?,
            None => self.asked.clone(),
        };
        let questions = restore(bank, &asked)?;
        let n = questions.len();
        let edited = self.edited || !sealed;
        let mut sitting = Sitting {
            student: self.student,
            date: self.date,
            practice: self.practice,
            check: self.check,
            asked,
            answers: self
                .answers
                .iter()
                .zip(&questions)
                .map(|(a, q)| a.filter(|&i| i < q.choices.len()))
                .collect(),
            questions,
            started_unix: self.started_unix,
            taken_secs: self.taken_secs,
            timed_out: self.timed_out,
            edited,
            spec: self.spec,
        };
        let mut handed_in = self.handed_in;
        if edited && !handed_in && sitting.spec.time_limit_minutes.is_some() {
            // Nothing in an edited file says when the exam started: no time is left, and
            // the time taken is the whole limit.
            sitting.taken_secs = sitting.spec.limit_secs();
            sitting.timed_out = true;
            handed_in = true;
        }
        Ok(Resumed {
            pos: self.pos.min(n.saturating_sub(1)),
            sitting,
            handed_in,
        })
    }

    fn to_ron(&self) -> String {
        ron::ser::to_string_pretty(self, ron::ser::PrettyConfig::default()).unwrap_or_default()
            + "\n"
    }
}

/// The order of an older release's questions: each choice it showed found in the bank's
/// question of the same id.
fn legacy_order(bank: &[Question], old: &[Question]) -> Result<Vec<Asked>, RestoreError> {
    old.iter()
        .map(|q| {
            let b = bank
                .iter()
                .find(|b| b.id == q.id)
                .ok_or_else(|| RestoreError::NotInBank(q.id.clone()))?;
            let order = q
                .choices
                .iter()
                .map(|c| b.choices.iter().position(|x| x == c))
                .collect::<Option<Vec<usize>>>()
                .ok_or_else(|| RestoreError::OrderChanged(q.id.clone()))?;
            Ok(Asked {
                id: q.id.clone(),
                order,
            })
        })
        .collect()
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

    /// Writes the exam atomically, inside the data folder only, sealed under this
    /// installation's secret (made at the first exam).
    pub fn write(&self, state: &InProgress) -> Result<(), WriteError> {
        let file = autosave::inside_data_dir(&self.data_dir, &self.file)?;
        let secret = install_secret(&self.data_dir)?;
        let sealed = InProgress {
            seal: seal(&secret, &[&state.sealed_bytes()]),
            legacy: None,
            ..state.clone()
        };
        files::write_atomic(&file, sealed.to_ron().as_bytes())
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
    /// The exam this window goes on with (its file now this window's, locked), and whether
    /// its seal holds.
    pub exam: Option<(ExamFile, InProgress, bool)>,
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
        // No secret to read: nothing can show the seal holds.
        let sealed = install_secret(data_dir).is_ok_and(|s| state.seal_holds(&s));
        found.exam = Some((
            ExamFile {
                data_dir: data_dir.to_owned(),
                file,
                lock_file,
                _lock: lock,
            },
            state,
            sealed,
        ));
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::exam::ExamCode;

    fn bank() -> Vec<Question> {
        crate::bank::questions(&arbitre_core::kit::test_kit(), &[])
    }

    fn sitting(student: &str, limit: Option<u32>) -> Sitting {
        let spec = ExamSpec {
            seed: 3,
            sections: Vec::new(),
            count: 4,
            time_limit_minutes: limit,
        };
        let code = ExamCode::new("SECRET");
        let started = crate::exam::unix_now();
        match Sitting::start(&bank(), spec, &code, student, "2026-11-28", started) {
            Some(s) => s,
            None => panic!("no exam"),
        }
    }

    fn state(student: &str) -> InProgress {
        InProgress::of(&sitting(student, None), 0, false)
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
        let Some((taken, s, sealed)) = first.exam else {
            panic!("Ana's exam is an orphan");
        };
        assert_eq!(s.student, "Ana");
        assert!(sealed, "written by the app: its seal holds");
        // Taken over: a third window finds nothing.
        assert!(find(dir.path()).exam.is_none());
        taken.remove()?;
        drop(b);
        assert_eq!(
            find(dir.path()).exam.map(|(_, s, _)| s.student),
            Some("Bo".into())
        );
        Ok(())
    }

    #[test]
    fn the_exam_file_holds_no_answer_key() -> Result<(), Box<dyn std::error::Error>> {
        let dir = tempfile::tempdir()?;
        let file = ExamFile::claim(dir.path())?;
        let mut s = sitting("Ana", Some(30));
        s.answers[0] = Some(1);
        file.write(&InProgress::of(&s, 1, false))?;
        let text = std::fs::read_to_string(file.file())?;
        let lower = text.to_lowercase();
        for word in [
            "answer:",
            "explain",
            "why_wrong",
            "choices",
            "prompt",
            "quote",
        ] {
            assert!(!lower.contains(word), "{word} in the exam file:\n{text}");
        }
        for q in &s.questions {
            for t in q.explain.iter().chain(&q.choices) {
                assert!(
                    !text.contains(t.get(arbitre_core::i18n::Lang::En)),
                    "{}",
                    q.id
                );
            }
        }
        assert!(
            text.contains("asked:") && text.contains("started_unix:"),
            "{text}"
        );
        // Read back: the same exam, its key from the bank.
        let back = InProgress::load(file.file())?.resume(&bank(), true)?;
        assert_eq!(back.sitting, s);
        assert_eq!(back.pos, 1);
        Ok(())
    }

    #[test]
    fn editing_the_times_does_not_extend_the_exam() -> Result<(), Box<dyn std::error::Error>> {
        let dir = tempfile::tempdir()?;
        let file = ExamFile::claim(dir.path())?;
        let mut s = sitting("Ana", Some(1));
        s.started_unix = crate::exam::unix_now() - 50;
        file.write(&InProgress::of(&s, 0, false))?;
        let path = file.file().to_owned();
        drop(file);
        // Untouched: about ten seconds left, never more than the limit.
        let (_, kept, sealed) = find(dir.path()).exam.ok_or("not found")?;
        assert!(sealed);
        let left = kept
            .resume(&bank(), true)?
            .sitting
            .time_left(crate::exam::unix_now());
        assert!(left.is_some_and(|l| l <= 10), "{left:?}");
        // The start moved on by hand, and the limit raised: the seal no longer holds, the
        // exam is marked edited and has no time left.
        let text = std::fs::read_to_string(&path)?;
        let later = text
            .replace(
                &format!("started_unix: {}", s.started_unix),
                &format!("started_unix: {}", s.started_unix + 100_000),
            )
            .replace(
                "time_limit_minutes: Some(1)",
                "time_limit_minutes: Some(600)",
            );
        assert_ne!(later, text);
        std::fs::write(&path, later)?;
        let (_, edited, sealed) = find(dir.path()).exam.ok_or("not found")?;
        assert!(!sealed, "the edit shows");
        let back = edited.resume(&bank(), sealed)?;
        assert!(back.sitting.edited && back.handed_in && back.sitting.timed_out);
        // Handed in as it is: not a second more to answer, the time taken the whole limit.
        assert_eq!(back.sitting.taken_secs, back.sitting.spec.limit_secs());
        // Even with the seal holding, a start in the future leaves no more than the limit.
        let mut future = sitting("Bo", Some(1));
        future.started_unix += 1_000_000;
        assert_eq!(future.time_left(crate::exam::unix_now()), Some(60));
        Ok(())
    }

    #[test]
    fn a_question_gone_from_the_bank_is_said_and_the_file_stays()
    -> Result<(), Box<dyn std::error::Error>> {
        let dir = tempfile::tempdir()?;
        let file = ExamFile::claim(dir.path())?;
        let mut state = state("Ana");
        state.asked[0].id = "quiz.pack.gone".into();
        file.write(&state)?;
        let path = file.file().to_owned();
        drop(file);
        let (held, found, sealed) = find(dir.path()).exam.ok_or("not found")?;
        let Err(e) = found.resume(&bank(), sealed) else {
            panic!("resumed without its question");
        };
        assert_eq!(e, RestoreError::NotInBank("quiz.pack.gone".into()));
        drop(held);
        assert!(path.exists(), "nothing lost");
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

    /// An older release's file: the whole sitting (key included) and a deadline.
    fn legacy_text(s: &Sitting, deadline: u64) -> String {
        #[derive(Serialize)]
        struct OldSpec<'a> {
            seed: u64,
            sections: &'a [QuizSection],
            count: usize,
        }
        #[derive(Serialize)]
        struct OldSitting<'a> {
            student: &'a str,
            date: &'a str,
            spec: OldSpec<'a>,
            questions: &'a [Question],
            answers: &'a [Option<usize>],
            time_limit_minutes: Option<u32>,
            timed_out: bool,
        }
        #[derive(Serialize)]
        struct Old<'a> {
            sitting: OldSitting<'a>,
            pos: usize,
            deadline_unix: Option<u64>,
            handed_in: bool,
        }
        let old = Old {
            sitting: OldSitting {
                student: &s.student,
                date: &s.date,
                spec: OldSpec {
                    seed: s.spec.seed,
                    sections: &s.spec.sections,
                    count: s.spec.count,
                },
                questions: &s.questions,
                answers: &s.answers,
                time_limit_minutes: s.spec.time_limit_minutes,
                timed_out: false,
            },
            pos: 2,
            deadline_unix: Some(deadline),
            handed_in: false,
        };
        ron::ser::to_string_pretty(&old, ron::ser::PrettyConfig::default()).unwrap_or_default()
    }

    #[test]
    fn the_old_single_file_is_taken_over_and_migrated() -> Result<(), Box<dyn std::error::Error>> {
        let dir = tempfile::tempdir()?;
        let file = dir.path().join("exam-in-progress.ron");
        let mut s = sitting("Ana", Some(1));
        s.answers[1] = Some(2);
        // Its deadline edited a week ahead: the time left stays within the exam's limit.
        let now = crate::exam::unix_now();
        std::fs::write(&file, legacy_text(&s, now + 7 * 24 * 3600))?;
        let (taken, state, sealed) = find(dir.path()).exam.ok_or("not taken over")?;
        assert_eq!(taken.file(), file);
        assert!(sealed, "an old file has no seal to break");
        let back = state.resume(&bank(), sealed)?;
        assert_eq!(back.sitting.asked, s.asked, "the order found in the bank");
        assert_eq!(back.sitting.questions, s.questions);
        assert_eq!(back.sitting.answers, s.answers);
        assert_eq!(back.pos, 2);
        assert!(back.sitting.time_left(now).is_some_and(|l| l <= 60));
        // Written again, it is today's shape: no key.
        taken.write(&InProgress::of(&back.sitting, back.pos, false))?;
        let text = std::fs::read_to_string(&file)?;
        assert!(
            !text.contains("explain") && !text.contains("deadline_unix"),
            "{text}"
        );
        Ok(())
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(64))]
        /// An exam file damaged anywhere is refused or taken up, never a panic, and never
        /// with an answer out of its question's choices.
        #[test]
        fn a_damaged_exam_file_never_panics(at in 0usize..2000, cut in 0usize..40, with in "[0-9a-z:,()\\[\\] ]{0,12}") {
            let dir = tempfile::tempdir().map_err(|e| proptest::test_runner::TestCaseError::fail(e.to_string()))?;
            let mut s = sitting("Ana", Some(5));
            s.answers[0] = Some(2);
            let text = InProgress::of(&s, 1, false).to_ron();
            let at = (0..=at.min(text.len())).rev().find(|&i| text.is_char_boundary(i)).unwrap_or(0);
            let end = (at..=(at + cut).min(text.len())).rev().find(|&i| text.is_char_boundary(i)).unwrap_or(at);
            let damaged = format!("{}{with}{}", &text[..at], &text[end..]);
            let file = dir.path().join("exam-1-1.ron");
            std::fs::write(&file, damaged).map_err(|e| proptest::test_runner::TestCaseError::fail(e.to_string()))?;
            if let Ok(state) = InProgress::load(&file) {
                for sealed in [true, false] {
                    if let Ok(r) = state.clone().resume(&bank(), sealed) {
                        for (a, q) in r.sitting.answers.iter().zip(&r.sitting.questions) {
                            proptest::prop_assert!(a.is_none_or(|i| i < q.choices.len()));
                        }
                        proptest::prop_assert!(r.pos < r.sitting.questions.len().max(1));
                    }
                }
            }
        }
    }
}
