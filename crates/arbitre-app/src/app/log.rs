//! The app's side of the Log screen: its messages sent, its effects carried out (file
//! operations on the effect runner), noticing changes made outside, and the actions on records, each the same library call as
//! `arbitre adr …`.

use std::path::Path;

use crate::adr::LogTarget;
use crate::command::{Command, Pending, Screen};
use crate::log::{LogEffect, LogMsg};
use crate::notice::Notice;
use crate::worker::Done;
use arbitre_core::session::Status;

use super::effects::Effect;
use super::model::Model;

impl Model {
    /// Finds the ADR log of `dir` (a repository or a log folder) and starts reading it on
    /// the Log screen (off the frame); once found, it is remembered among the recent logs.
    pub(crate) fn open_log(&mut self, dir: &Path, fx: &mut Vec<Effect>) {
        self.log_update(LogMsg::Open(dir.to_owned()), fx);
    }

    /// Reads the open log again, keeping the selected record.
    pub(crate) fn reload_log(&mut self, fx: &mut Vec<Effect>) {
        self.log_update(LogMsg::Reload, fx);
    }

    /// Sends the Log screen a message and carries out what it asks for: file operations
    /// become effects (run off the frame by the shell), notices go to the window.
    pub(crate) fn log_update(&mut self, msg: LogMsg, fx: &mut Vec<Effect>) {
        for effect in crate::log::update(&mut self.log_screen, msg) {
            match effect {
                LogEffect::Job(job) => fx.push(Effect::Log(job)),
                LogEffect::Say(notice) => self.messages.push(notice),
                LogEffect::Opened(dir) => {
                    // A log is open now: "no ADR log found" said before is out of date.
                    self.messages.retain(|m| {
                        !matches!(m, Notice::LogFailed(arbitre_adr::log::LogError::NoLog(_)))
                    });
                    self.settings.remember_log(dir);
                    self.settings.screen = Screen::Log;
                }
            }
        }
    }

    /// Sends the Train screen a message; the file operations it asks for become effects, run
    /// in order off the frame by the shell.
    pub(crate) fn train_update(&mut self, msg: crate::train::TrainMsg, fx: &mut Vec<Effect>) {
        let effects = crate::train::update(&mut self.trainer, msg);
        fx.extend(effects.into_iter().map(Effect::Train));
    }

    /// One answer of the screens' effect runner, to the screen that asked.
    pub(super) fn screen_done(&mut self, done: Done, fx: &mut Vec<Effect>) {
        match done {
            Done::Log(msg) => self.log_update(msg, fx),
            Done::Train(crate::train::TrainMsg::PackLoaded(Ok(pack))) => {
                self.messages.push(Notice::PackLoaded {
                    title: pack.title.clone(),
                    scenarios: pack.scenarios.len(),
                    questions: pack.questions.len(),
                });
                self.train_update(crate::train::TrainMsg::PackLoaded(Ok(pack)), fx);
                self.settings.screen = Screen::Train;
                self.remember_packs();
            }
            Done::Train(crate::train::TrainMsg::PackLoaded(Err(e))) => {
                self.messages.push(Notice::LoadFailed(e));
            }
            Done::Train(msg) => self.train_update(msg, fx),
        }
    }

    /// Reads the log again when the window gets the focus and the folder changed (a
    /// `git pull`, an editor), looked at off the frame. A reload never touches the document
    /// being edited.
    pub(super) fn window_focused(&mut self, fx: &mut Vec<Effect>) {
        self.log_update(LogMsg::Focused, fx);
    }

    /// The commands of a new record of any decision, and of a log started where there is
    /// none.
    pub(super) fn new_record_command(&mut self, cmd: Command, fx: &mut Vec<Effect>) {
        let msg = match cmd {
            Command::NewRecord => {
                self.settings.screen = Screen::Log;
                LogMsg::NewRecord { supersedes: None }
            }
            Command::NewRecordSuperseding(file) => LogMsg::NewRecord {
                supersedes: file.file_name().map(|n| n.to_string_lossy().into_owned()),
            },
            Command::StartNewRecord => LogMsg::StartDraft(arbitre_adr::log::DraftEnv {
                date: self.today.clone(),
                ..arbitre_adr::log::DraftEnv::from_process(self.settings.lang)
            }),
            Command::CancelNewRecord => LogMsg::CancelNewRecord,
            Command::SaveNewRecord => LogMsg::SaveDraft,
            Command::DiscardNewRecord => LogMsg::DiscardDraft,
            Command::ConfirmDiscardNewRecord(discard) => LogMsg::ConfirmDiscard(discard),
            Command::InitLog { dir, kind } => LogMsg::Init {
                dir,
                kind,
                lang: self.settings.lang,
                date: self.today.clone(),
            },
            _ => return,
        };
        self.log_update(msg, fx);
    }

    /// Sets a record's status, in its own format (`arbitre adr status`), off the frame;
    /// nothing is written over an edit made outside since the log was read.
    pub(crate) fn set_record_status(&mut self, file: &Path, status: Status, fx: &mut Vec<Effect>) {
        let lang = self.settings.lang;
        self.log_update(
            LogMsg::SetStatus {
                file: file.to_owned(),
                status,
                lang,
            },
            fx,
        );
    }

    /// The open log as an export target: its root and a few words naming it.
    fn target(&self, supersedes: Option<String>) -> Option<LogTarget> {
        let browse = self.log_screen.browse.as_ref()?;
        Some(LogTarget {
            root: browse.log.dir.clone(),
            name: format!(
                "{} {}",
                browse.log.kind.name(),
                browse.log.relative_dir().display()
            ),
            supersedes,
            lang: browse.lang(),
            template: browse.log.kind.suggested_template(),
        })
    }

    /// Starts a decision that supersedes `file`: arbitre's own record restores its decision;
    /// another tool's gives the new decision its title and context. The ADR screen then
    /// exports into this log, as the record's successor.
    pub(crate) fn supersede_record(&mut self, file: &Path, fx: &mut Vec<Effect>) {
        let Some(browse) = &self.log_screen.browse else {
            return;
        };
        let Some(entry) = browse.entries.iter().find(|e| e.record.file == file) else {
            return;
        };
        let name = entry.record.file_name();
        let mut session = self.new_session();
        if entry.ours {
            if let Ok(arbitre_adr::reopen::Reopened::Session(loaded, _)) =
                arbitre_adr::reopen::reopen(&entry.text, file, &self.kit)
            {
                session = loaded.session;
            }
        } else {
            let seen = arbitre_adr::reopen::Visible::read(&entry.text);
            session.adr.title = seen.title.unwrap_or_else(|| entry.record.title.clone());
            session.adr.context = seen.context.unwrap_or_default();
        }
        session.adr.status = Status::Proposed;
        session.adr.date = String::new();
        self.log_target = self.target(Some(name));
        self.guarded(Pending::Start(Box::new(session)), fx);
    }

    /// Starts a new decision to write into the open log.
    pub(crate) fn new_in_log(&mut self, fx: &mut Vec<Effect>) {
        self.log_target = self.target(None);
        let session = self.new_session();
        self.guarded(Pending::Start(Box::new(session)), fx);
    }

    /// Regenerates the open log's index (`arbitre adr index`), off the frame.
    pub(crate) fn write_log_index(&mut self, fx: &mut Vec<Effect>) {
        self.log_update(LogMsg::WriteIndex, fx);
    }
}
