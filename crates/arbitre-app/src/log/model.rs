//! The Log screen's state as data, changed only by [`update`] with a [`LogMsg`]; what it
//! asks for in return ([`LogEffect`]) is either news for the window or a file operation
//! ([`LogJob`]) that the effect runner does off the frame with [`run`], its result coming
//! back as a message. No frame reads the log, takes its lock or writes a record.

use std::path::{Path, PathBuf};

use egui_commonmark::CommonMarkCache;

use crate::notice::Notice;
use arbitre_adr::log::{self, AdrLog, Browse, IndexWritten, LogError, Query, Stamp};
use arbitre_core::i18n::Lang;
use arbitre_core::session::Status;

use super::draft_state::NewRecord;
use super::preview::Preview;
use arbitre_adr::log::{Draft, DraftEnv, LogKind, Saved};

/// A log being read by the runner.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Loading {
    /// Records read so far, and how many there are (0 of 0 until the folder is listed).
    pub done: usize,
    /// How many records there are.
    pub total: usize,
    /// The record to select again once read.
    keep: Option<PathBuf>,
}

/// The Log screen's state.
#[derive(Default)]
pub struct LogModel {
    /// The log read, if any.
    pub browse: Option<Browse>,
    /// The read under way, if any.
    pub(crate) loading: Option<Loading>,
    /// Which read is the current one: a result of an older read is dropped.
    generation: u64,
    /// What the table shows.
    pub query: Query,
    /// The rows shown (indices into the entries), for `shown_for`.
    shown: Vec<usize>,
    shown_for: Option<Query>,
    /// The record selected (an index into the entries).
    pub selected: Option<usize>,
    /// The selection changed: the table scrolls its row into view (once).
    pub(crate) reveal_selected: bool,
    /// The selected record's text, prepared for the pane once per selection (a cache of
    /// the view).
    pub(crate) preview: Option<Preview>,
    /// The Markdown renderer's cache (the view's).
    pub(crate) cache: CommonMarkCache,
    /// Whether the problems panel is open.
    pub show_problems: bool,
    /// The status chosen in the record pane.
    pub new_status: Option<Status>,
    /// A new record of any decision, from its title to its save.
    pub(crate) new_record: Option<NewRecord>,
    /// The folder last opened that holds no log, and the layout chosen to start one there.
    pub(crate) no_log: Option<(PathBuf, LogKind)>,
}

impl std::fmt::Debug for LogModel {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("LogModel")
            .field("browse", &self.browse.as_ref().map(|b| &b.log.dir))
            .field("loading", &self.loading)
            .field("generation", &self.generation)
            .field("query", &self.query)
            .field("selected", &self.selected)
            .field("show_problems", &self.show_problems)
            .field("new_status", &self.new_status)
            .finish_non_exhaustive()
    }
}

/// What can happen to the Log screen: the user's requests, and the runner's answers.
#[derive(Debug)]
pub enum LogMsg {
    /// Find the log of this folder (a repository or a log folder) and read it.
    Open(PathBuf),
    /// Read the open log again, keeping the selected record.
    Reload,
    /// The window got the focus: read the log again if its folder changed.
    Focused,
    /// Select a record (an index into the entries).
    Select(usize),
    /// Set a record's status, in its own format; `lang` words the notice.
    SetStatus {
        /// The record's file.
        file: PathBuf,
        /// The new status.
        status: Status,
        /// The language of the notice that says it was done.
        lang: Lang,
    },
    /// Regenerate the open log's index.
    WriteIndex,
    /// Runner: the log of a folder was found and is being read.
    Found {
        /// The read it belongs to.
        generation: u64,
        /// The folder asked for, resolved as the recent logs keep it.
        dir: PathBuf,
    },
    /// Runner: records read so far.
    Progress {
        /// The read it belongs to.
        generation: u64,
        /// Records read.
        done: usize,
        /// Records in all.
        total: usize,
    },
    /// Runner: the log read, or why not.
    Loaded {
        /// The read it belongs to.
        generation: u64,
        /// The log read.
        result: Result<Box<Browse>, LogError>,
    },
    /// Runner: whether the folder changed since the read of this generation.
    Changed {
        /// The read it was compared with.
        generation: u64,
        /// Whether it changed.
        changed: bool,
    },
    /// Runner: a status was set, or not.
    StatusDone(Result<StatusSet, StatusError>),
    /// Runner: the index was written, or not.
    IndexDone(Result<IndexWritten, LogError>),
    /// Ask for a new record's title (superseding a record, given its file name).
    NewRecord {
        /// The record it will supersede.
        supersedes: Option<String>,
    },
    /// Draft the new record whose title was typed.
    StartDraft(DraftEnv),
    /// Leave the title prompt.
    CancelNewRecord,
    /// Runner: the draft, or why not.
    Drafted(Result<Draft, LogError>),
    /// Write the new record's text into the log.
    SaveDraft,
    /// Runner: the new record written, or why not (its text is kept).
    DraftSaved(Result<Saved, LogError>),
    /// Drop the new record (asked first when its text was edited).
    DiscardDraft,
    /// The answer to "Discard this new record?".
    ConfirmDiscard(bool),
    /// Start a log in a folder that has none.
    Init {
        /// The folder.
        dir: PathBuf,
        /// The layout.
        kind: LogKind,
        /// The language of its words.
        lang: Lang,
        /// Its first record's date.
        date: String,
    },
    /// Runner: the log started, or why not.
    Initialized(Result<AdrLog, LogError>),
}

/// A status set, for the notice.
#[derive(Debug)]
pub struct StatusSet {
    file: PathBuf,
    status: Status,
    lang: Lang,
}

/// Why a status was not set.
#[derive(Debug)]
pub enum StatusError {
    /// The record was edited outside since it was read: nothing written over it.
    Changed(PathBuf),
    /// The log refused (its lock held by another writer, a read-only folder, …).
    Log(LogError),
}

/// What [`update`] asks for.
#[derive(Debug)]
pub enum LogEffect {
    /// A file operation, for the effect runner ([`run`]).
    Job(LogJob),
    /// A notice for the window.
    Say(Notice),
    /// The log of this folder is being read: remember it among the recent logs, show the
    /// Log screen.
    Opened(PathBuf),
}

/// A file operation of the Log screen, run off the frame by [`run`].
#[derive(Debug)]
pub enum LogJob {
    /// Find the log of a folder, then read it.
    Open {
        /// The read it starts.
        generation: u64,
        /// The folder.
        dir: PathBuf,
    },
    /// Read a log found before.
    Load {
        /// The read it starts.
        generation: u64,
        /// The log.
        log: AdrLog,
    },
    /// Compare the folder with what the read of `generation` saw.
    Compare {
        /// The read compared with.
        generation: u64,
        /// The log folder.
        dir: PathBuf,
        /// What it looked like.
        stamp: Stamp,
    },
    /// Set a record's status if its file still reads `text`.
    SetStatus {
        /// The log.
        log: AdrLog,
        /// The record's file (as listed) and where it really is (a link followed).
        file: PathBuf,
        /// Where the record's text is read from.
        target: PathBuf,
        /// Its text when the log was read.
        text: String,
        /// The new status.
        status: Status,
        /// The notice's language.
        lang: Lang,
    },
    /// Write the log's index.
    WriteIndex(AdrLog),
    /// Draft a new record from the log's template.
    Draft {
        /// The log.
        log: AdrLog,
        /// Its title.
        title: String,
        /// The record it supersedes.
        supersedes: Option<String>,
        /// The template's environment.
        env: DraftEnv,
    },
    /// Write a new record.
    SaveDraft {
        /// The log.
        log: AdrLog,
        /// The draft.
        draft: Box<Draft>,
        /// Its text as edited.
        text: String,
    },
    /// Start a log.
    Init {
        /// The folder.
        dir: PathBuf,
        /// The layout.
        kind: LogKind,
        /// The language of its words.
        lang: Lang,
        /// Its first record's date.
        date: String,
    },
}

impl LogModel {
    /// Whether a log is being read.
    pub fn is_loading(&self) -> bool {
        self.loading.is_some()
    }

    /// The file of the selected record.
    pub fn selected_file(&self) -> Option<PathBuf> {
        let b = self.browse.as_ref()?;
        Some(b.entries.get(self.selected?)?.record.file.clone())
    }

    /// The rows shown, computed again only when the query changed (narrowing the previous
    /// rows while the search text grows).
    pub fn rows(&mut self) -> &[usize] {
        let Some(browse) = &self.browse else {
            return &[];
        };
        if self.shown_for.as_ref() != Some(&self.query) {
            let previous = self.shown_for.as_ref().map(|q| (q, self.shown.as_slice()));
            self.shown = browse.view(&self.query, previous);
            self.shown_for = Some(self.query.clone());
        }
        &self.shown
    }

    /// Selects a record and shows it.
    pub fn select(&mut self, index: usize) {
        self.selected = Some(index);
        self.reveal_selected = true;
        self.new_status = None;
    }

    /// Starts a new read (an older one's results will be dropped).
    fn start(&mut self, keep: Option<PathBuf>) -> u64 {
        self.generation += 1;
        self.loading = Some(Loading {
            done: 0,
            total: 0,
            keep,
        });
        self.generation
    }

    fn reload(&mut self) -> Vec<LogEffect> {
        let keep = self.selected_file();
        self.reload_keeping(keep)
    }

    /// Reads the log again, selecting `keep` once read.
    pub(super) fn reload_keeping(&mut self, keep: Option<PathBuf>) -> Vec<LogEffect> {
        if self.loading.is_some() {
            return Vec::new();
        }
        let Some(browse) = &self.browse else {
            return Vec::new();
        };
        let log = browse.log.clone();
        let generation = self.start(keep);
        vec![LogEffect::Job(LogJob::Load { generation, log })]
    }

    fn loaded(&mut self, result: Result<Box<Browse>, LogError>) -> Vec<LogEffect> {
        let keep = self.loading.take().and_then(|l| l.keep);
        match result {
            Ok(browse) => {
                self.selected = keep.as_deref().and_then(|f| browse.position(f));
                self.browse = Some(*browse);
                self.shown_for = None;
                self.preview = None;
                Vec::new()
            }
            Err(e) => {
                if let LogError::NoLog(dir) = &e {
                    self.no_log = Some((dir.clone(), LogKind::Madr));
                }
                vec![LogEffect::Say(Notice::LogFailed(e))]
            }
        }
    }

    /// Whether a new record is under way (its title asked, drafted or edited).
    pub fn has_new_record(&self) -> bool {
        self.new_record.is_some()
    }

    /// Whether a new record's text is being edited.
    pub fn drafting(&self) -> bool {
        matches!(self.new_record, Some(NewRecord::Editing(_)))
    }

    /// Whether dropping the new record would lose text typed into it.
    pub fn draft_edited(&self) -> bool {
        matches!(&self.new_record, Some(NewRecord::Editing(e)) if e.edited())
    }

    fn set_status(&self, file: PathBuf, status: Status, lang: Lang) -> Vec<LogEffect> {
        let Some(browse) = &self.browse else {
            return Vec::new();
        };
        let Some(entry) = browse.entries.iter().find(|e| e.record.file == file) else {
            return Vec::new();
        };
        vec![LogEffect::Job(LogJob::SetStatus {
            log: browse.log.clone(),
            target: entry.record.target.clone(),
            text: entry.text.clone(),
            file,
            status,
            lang,
        })]
    }
}

/// Changes the Log screen for `msg`; returns what it asks for. Pure: no file is touched.
pub fn update(model: &mut LogModel, msg: LogMsg) -> Vec<LogEffect> {
    match msg {
        LogMsg::Open(_) if model.draft_edited() => {
            // Another log would drop the new record's text: it is saved or discarded first.
            if let Some(NewRecord::Editing(e)) = &mut model.new_record {
                e.confirm_discard = true;
            }
            vec![LogEffect::Say(Notice::DraftWaits)]
        }
        LogMsg::Open(dir) => {
            let generation = model.start(None);
            // Nothing shows the read until the log is found (a folder without one keeps the
            // screen as it was).
            model.loading = None;
            vec![LogEffect::Job(LogJob::Open { generation, dir })]
        }
        LogMsg::Found { generation, dir } if generation == model.generation => {
            *model = LogModel {
                generation,
                loading: Some(Loading {
                    done: 0,
                    total: 0,
                    keep: None,
                }),
                ..LogModel::default()
            };
            vec![LogEffect::Opened(dir)]
        }
        LogMsg::Reload => model.reload(),
        LogMsg::Focused => match (&model.browse, &model.loading) {
            (Some(browse), None) => vec![LogEffect::Job(LogJob::Compare {
                generation: model.generation,
                dir: browse.log.dir.clone(),
                stamp: browse.stamp.clone(),
            })],
            _ => Vec::new(),
        },
        LogMsg::Select(index) => {
            model.select(index);
            Vec::new()
        }
        LogMsg::SetStatus { file, status, lang } => model.set_status(file, status, lang),
        LogMsg::WriteIndex => match &model.browse {
            Some(b) => vec![LogEffect::Job(LogJob::WriteIndex(b.log.clone()))],
            None => Vec::new(),
        },
        LogMsg::Progress {
            generation,
            done,
            total,
        } if generation == model.generation => {
            if let Some(l) = &mut model.loading {
                (l.done, l.total) = (done, total);
            }
            Vec::new()
        }
        LogMsg::Loaded { generation, result } if generation == model.generation => {
            model.loaded(result)
        }
        LogMsg::Changed {
            generation,
            changed: true,
        } if generation == model.generation && model.loading.is_none() => {
            let mut effects = vec![LogEffect::Say(Notice::LogReloaded)];
            effects.extend(model.reload());
            effects
        }
        LogMsg::StatusDone(done) => {
            let mut effects = match done {
                Ok(StatusSet { file, status, lang }) => {
                    model.new_status = None;
                    vec![LogEffect::Say(Notice::StatusSet {
                        file,
                        status: crate::adr::status_name(status, lang).to_owned(),
                    })]
                }
                Err(StatusError::Changed(file)) => {
                    vec![LogEffect::Say(Notice::ChangedBeforeEdit(file))]
                }
                Err(StatusError::Log(e)) => vec![LogEffect::Say(Notice::LogFailed(e))],
            };
            effects.extend(model.reload());
            effects
        }
        LogMsg::IndexDone(done) => {
            let mut effects = vec![LogEffect::Say(match done {
                Ok(written) => Notice::IndexWritten(written),
                Err(e) => Notice::LogFailed(e),
            })];
            effects.extend(model.reload());
            effects
        }
        LogMsg::NewRecord { .. }
        | LogMsg::StartDraft(_)
        | LogMsg::CancelNewRecord
        | LogMsg::Drafted(_)
        | LogMsg::SaveDraft
        | LogMsg::DraftSaved(_)
        | LogMsg::DiscardDraft
        | LogMsg::ConfirmDiscard(_)
        | LogMsg::Init { .. }
        | LogMsg::Initialized(_) => model.new_record_msg(msg),
        // An answer to an older read, or a folder unchanged.
        LogMsg::Found { .. }
        | LogMsg::Progress { .. }
        | LogMsg::Loaded { .. }
        | LogMsg::Changed { .. } => Vec::new(),
    }
}

/// Does a file operation, on the runner's thread, and sends what came of it.
pub fn run(job: LogJob, send: &dyn Fn(LogMsg)) {
    match job {
        LogJob::Open { generation, dir } => match log::detect(&dir) {
            Ok(found) => {
                // Resolved here, off the frame, as the recent logs keep it.
                let dir = crate::settings::resolved(&dir);
                send(LogMsg::Found { generation, dir });
                load(generation, found, send);
            }
            Err(e) => send(LogMsg::Loaded {
                generation,
                result: Err(e),
            }),
        },
        LogJob::Load { generation, log } => load(generation, log, send),
        LogJob::Compare {
            generation,
            dir,
            stamp,
        } => send(LogMsg::Changed {
            generation,
            changed: Stamp::of(&dir) != stamp,
        }),
        LogJob::SetStatus {
            log,
            file,
            target,
            text,
            status,
            lang,
        } => send(LogMsg::StatusDone(set_status(
            &log, file, &target, &text, status, lang,
        ))),
        LogJob::WriteIndex(log) => {
            send(LogMsg::IndexDone(
                log.write_index().map(|(written, _)| written),
            ));
        }
        LogJob::Draft {
            log,
            title,
            supersedes,
            env,
        } => send(LogMsg::Drafted(log.draft(
            &title,
            supersedes.as_deref(),
            &env,
        ))),
        LogJob::SaveDraft { log, draft, text } => {
            send(LogMsg::DraftSaved(log.save_draft(&draft, &text)));
        }
        LogJob::Init {
            dir,
            kind,
            lang,
            date,
        } => send(LogMsg::Initialized(log::init(&dir, kind, lang, &date))),
    }
}

fn load(generation: u64, log: AdrLog, send: &dyn Fn(LogMsg)) {
    let progress = |done: usize, total: usize| {
        send(LogMsg::Progress {
            generation,
            done,
            total,
        });
    };
    let result = Browse::load(log, &progress).map(Box::new);
    send(LogMsg::Loaded { generation, result });
}

/// Sets a record's status if it is unchanged since it was read (nothing is written over an
/// edit made outside); the log's lock is tried once, never waited for.
fn set_status(
    log: &AdrLog,
    file: PathBuf,
    target: &Path,
    text: &str,
    status: Status,
    lang: Lang,
) -> Result<StatusSet, StatusError> {
    let now = arbitre_core::files::read_to_string_limited(target, log::MAX_RECORD_BYTES);
    if now.as_deref().ok() != Some(text) {
        return Err(StatusError::Changed(file));
    }
    let name = file
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    log.set_status(&name, status).map_err(StatusError::Log)?;
    Ok(StatusSet { file, status, lang })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn write(path: &Path, text: &str) -> std::io::Result<()> {
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir)?;
        }
        std::fs::write(path, text)
    }

    /// Runs the effects' jobs here, feeding their answers back, until none is left; returns
    /// the notices and the folders opened.
    fn drive(model: &mut LogModel, msg: LogMsg) -> (Vec<Notice>, Vec<PathBuf>) {
        let mut queue = vec![msg];
        let (mut said, mut opened) = (Vec::new(), Vec::new());
        while !queue.is_empty() {
            let msg = queue.remove(0);
            for effect in update(model, msg) {
                match effect {
                    LogEffect::Job(job) => {
                        let answers = std::cell::RefCell::new(Vec::new());
                        run(job, &|m| answers.borrow_mut().push(m));
                        queue.extend(answers.into_inner());
                    }
                    LogEffect::Say(n) => said.push(n),
                    LogEffect::Opened(dir) => opened.push(dir),
                }
            }
        }
        (said, opened)
    }

    fn two_records(root: &Path) -> std::io::Result<()> {
        let d = root.join("docs/decisions");
        write(
            &d.join("0001-a.md"),
            "---\nstatus: accepted\ndate: 2024-01-10\n---\n\n# A\n\nText.\n",
        )?;
        write(
            &d.join("0002-b.md"),
            "---\nstatus: proposed\ndate: 2024-01-11\n---\n\n# B\n\nText.\n",
        )
    }

    #[test]
    fn opening_asks_the_runner_and_only_its_answers_change_the_model()
    -> Result<(), Box<dyn std::error::Error>> {
        let tmp = tempfile::tempdir()?;
        two_records(tmp.path())?;
        let mut model = LogModel::default();
        let effects = update(&mut model, LogMsg::Open(tmp.path().to_owned()));
        assert!(matches!(
            effects.as_slice(),
            [LogEffect::Job(LogJob::Open { .. })]
        ));
        assert!(
            model.browse.is_none() && !model.is_loading(),
            "nothing read yet"
        );

        let (said, opened) = drive(&mut model, LogMsg::Open(tmp.path().to_owned()));
        assert!(said.is_empty(), "{said:?}");
        assert_eq!(opened, [tmp.path().to_owned()]);
        assert_eq!(model.browse.as_ref().map(|b| b.entries.len()), Some(2));
        assert!(!model.is_loading());
        Ok(())
    }

    #[test]
    fn an_older_read_s_answer_is_dropped() -> Result<(), Box<dyn std::error::Error>> {
        let tmp = tempfile::tempdir()?;
        two_records(tmp.path())?;
        let mut model = LogModel::default();
        drive(&mut model, LogMsg::Open(tmp.path().to_owned()));
        model.select(1);
        let old = model.generation;
        let effects = update(&mut model, LogMsg::Reload);
        assert!(matches!(
            effects.as_slice(),
            [LogEffect::Job(LogJob::Load { .. })]
        ));
        assert!(model.is_loading());
        assert!(
            update(&mut model, LogMsg::Reload).is_empty(),
            "one read at a time"
        );
        update(
            &mut model,
            LogMsg::Loaded {
                generation: old,
                result: Err(LogError::MissingFolder(tmp.path().to_owned())),
            },
        );
        assert!(model.is_loading(), "still waiting for its own read");
        Ok(())
    }

    #[test]
    fn a_status_set_is_said_and_read_again_and_an_edit_outside_is_not_written_over()
    -> Result<(), Box<dyn std::error::Error>> {
        let tmp = tempfile::tempdir()?;
        two_records(tmp.path())?;
        let mut model = LogModel::default();
        drive(&mut model, LogMsg::Open(tmp.path().to_owned()));
        model.select(1);
        let file = model.selected_file().ok_or("no record")?;
        model.new_status = Some(Status::Accepted);
        let (said, _) = drive(
            &mut model,
            LogMsg::SetStatus {
                file: file.clone(),
                status: Status::Accepted,
                lang: Lang::En,
            },
        );
        assert!(
            matches!(said.as_slice(), [Notice::StatusSet { status, .. }] if status == "Accepted"),
            "{said:?}"
        );
        assert_eq!(model.new_status, None);
        assert_eq!(model.selected, Some(1), "kept after the read again");
        assert!(std::fs::read_to_string(&file)?.starts_with("---\nstatus: accepted\n"));

        write(&file, "---\nstatus: proposed\n---\n\n# B\n\nEdited.\n")?;
        let (said, _) = drive(
            &mut model,
            LogMsg::SetStatus {
                file: file.clone(),
                status: Status::Rejected,
                lang: Lang::En,
            },
        );
        assert!(
            matches!(said.as_slice(), [Notice::ChangedBeforeEdit(f)] if *f == file),
            "{said:?}"
        );
        assert!(std::fs::read_to_string(&file)?.contains("Edited."));
        Ok(())
    }

    #[test]
    fn a_change_outside_is_noticed_on_focus() -> Result<(), Box<dyn std::error::Error>> {
        let tmp = tempfile::tempdir()?;
        two_records(tmp.path())?;
        let mut model = LogModel::default();
        drive(&mut model, LogMsg::Open(tmp.path().to_owned()));
        let (said, _) = drive(&mut model, LogMsg::Focused);
        assert!(said.is_empty(), "{said:?}");
        write(
            &tmp.path().join("docs/decisions/0003-c.md"),
            "---\nstatus: proposed\n---\n\n# C\n",
        )?;
        let (said, _) = drive(&mut model, LogMsg::Focused);
        assert!(matches!(said.as_slice(), [Notice::LogReloaded]), "{said:?}");
        assert_eq!(model.browse.as_ref().map(|b| b.entries.len()), Some(3));
        Ok(())
    }
}
