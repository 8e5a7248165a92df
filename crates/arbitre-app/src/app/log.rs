//! The app's side of the Log screen: its messages sent, its effects carried out (file
//! operations on the effect runner), noticing changes made outside, and the actions on records, each the same library call as
//! `arbitre adr …`.

use std::path::Path;

use crate::adr::LogTarget;
use crate::command::{Pending, Screen};
use crate::log::{LogEffect, LogMsg};
use crate::notice::Notice;
use crate::worker::{Done, Lane};
use arbitre_core::session::Status;

use super::{ArbitreApp, new_session};

impl ArbitreApp {
    /// Finds the ADR log of `dir` (a repository or a log folder) and starts reading it on
    /// the Log screen (off the frame); once found, it is remembered among the recent logs.
    pub fn open_log(&mut self, dir: &Path) {
        self.log_update(LogMsg::Open(dir.to_owned()));
    }

    /// Reads the open log again, keeping the selected record.
    pub fn reload_log(&mut self) {
        self.log_update(LogMsg::Reload);
    }

    /// Sends the Log screen a message and carries out what it asks for: file operations go
    /// to the effect runner, notices to the window.
    pub fn log_update(&mut self, msg: LogMsg) {
        for effect in crate::log::update(&mut self.log_screen, msg) {
            match effect {
                LogEffect::Job(job) => self.effects.run(
                    Lane::Log,
                    Box::new(move |send: &dyn Fn(Done)| {
                        crate::log::run(job, &|m| send(Done::Log(m)));
                    }),
                ),
                LogEffect::Say(notice) => self.messages.push(notice),
                LogEffect::Opened(dir) => {
                    self.settings.remember_log(&dir);
                    self.settings.screen = Screen::Log;
                }
            }
        }
    }

    /// Sends the Train screen a message and has the runner do the file operations it asks
    /// for.
    pub fn train_update(&mut self, msg: crate::train::TrainMsg) {
        let effects = crate::train::update(&mut self.trainer, msg);
        self.train_effects(effects);
    }

    /// Has the runner do the Train screen's file operations, in order.
    pub(super) fn train_effects(&mut self, effects: Vec<crate::train::TrainEffect>) {
        for effect in effects {
            let disk = self.trainer.disk();
            self.effects.run(
                Lane::Train,
                Box::new(move |send: &dyn Fn(Done)| {
                    crate::train::run(effect, &disk, &|m| send(Done::Train(m)));
                }),
            );
        }
    }

    /// Takes the runner's answers into the screens.
    pub(super) fn receive_effects(&mut self, ctx: &egui::Context) {
        self.effects.set_context(ctx);
        for done in self.effects.messages() {
            self.receive(done);
        }
    }

    /// One answer of the runner, to the screen that asked.
    fn receive(&mut self, done: Done) {
        match done {
            Done::Log(msg) => self.log_update(msg),
            Done::Train(crate::train::TrainMsg::PackLoaded(Ok(pack))) => {
                self.messages.push(Notice::PackLoaded {
                    title: pack.title.clone(),
                    scenarios: pack.scenarios.len(),
                    questions: pack.questions.len(),
                });
                self.train_update(crate::train::TrainMsg::PackLoaded(Ok(pack)));
                self.settings.screen = Screen::Train;
                self.remember_packs();
            }
            Done::Train(crate::train::TrainMsg::PackLoaded(Err(e))) => {
                self.messages.push(Notice::LoadFailed(e));
            }
            Done::Train(msg) => self.train_update(msg),
        }
    }

    /// Waits until the effect runner is done, and takes its answers (tests and scripted
    /// runs, never a frame). Returns whether it got done within `bound`.
    pub fn settle(&mut self, bound: std::time::Duration) -> bool {
        let start = std::time::Instant::now();
        loop {
            let idle = self.effects.settle(bound.saturating_sub(start.elapsed()));
            let answers = self.effects.messages();
            if answers.is_empty() {
                return idle;
            }
            for done in answers {
                self.receive(done);
            }
        }
    }

    /// Reads the log again when the window gets the focus and the folder changed (a
    /// `git pull`, an editor), looked at off the frame. A reload never touches the document
    /// being edited.
    pub(super) fn watch_log(&mut self, ctx: &egui::Context) {
        let focused = ctx.input(|i| {
            i.events
                .iter()
                .any(|e| matches!(e, egui::Event::WindowFocused(true)))
        });
        if focused {
            self.log_update(LogMsg::Focused);
        }
    }

    /// Sets a record's status, in its own format (`arbitre adr status`), off the frame;
    /// nothing is written over an edit made outside since the log was read.
    pub fn set_record_status(&mut self, file: &Path, status: Status) {
        let lang = self.settings.lang;
        self.log_update(LogMsg::SetStatus {
            file: file.to_owned(),
            status,
            lang,
        });
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
        })
    }

    /// Starts a decision that supersedes `file`: arbitre's own record restores its decision;
    /// another tool's gives the new decision its title and context. The ADR screen then
    /// exports into this log, as the record's successor.
    pub fn supersede_record(&mut self, file: &Path) {
        let Some(browse) = &self.log_screen.browse else {
            return;
        };
        let Some(entry) = browse.entries.iter().find(|e| e.record.file == file) else {
            return;
        };
        let name = entry.record.file_name();
        let mut session = new_session(&self.kit, self.settings.lang);
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
        self.guarded(Pending::Start(Box::new(session)));
    }

    /// Starts a new decision to write into the open log.
    pub fn new_in_log(&mut self) {
        self.log_target = self.target(None);
        let session = new_session(&self.kit, self.settings.lang);
        self.guarded(Pending::Start(Box::new(session)));
    }

    /// Regenerates the open log's index (`arbitre adr index`), off the frame.
    pub fn write_log_index(&mut self) {
        self.log_update(LogMsg::WriteIndex);
    }
}
