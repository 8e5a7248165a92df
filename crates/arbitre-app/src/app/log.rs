//! The app's side of the Log screen: opening and reloading a log (on a worker thread),
//! noticing changes made outside, and the actions on records, each the same library call as
//! `arbitre adr …`.

use std::path::Path;

use crate::adr::LogTarget;
use crate::command::{Pending, Screen};
use crate::notice::Notice;
use arbitre_adr::log::{self, AdrLog};
use arbitre_core::session::Status;

use super::effects::Effect;
use super::model::Model;

impl Model {
    /// Finds the ADR log of `dir` (a repository or a log folder) and starts reading it on
    /// the Log screen; remembers it among the recent logs.
    pub fn open_log(&mut self, dir: &Path) {
        match log::detect(dir) {
            Ok(found) => {
                self.settings.remember_log(dir);
                self.settings.screen = Screen::Log;
                self.log_screen = crate::log::LogScreen::default();
                self.log_screen.start(found, None, None);
            }
            Err(e) => self.messages.push(Notice::LogFailed(e)),
        }
    }

    /// Reads the open log again, keeping the selected record.
    pub fn reload_log(&mut self) {
        if self.log_screen.is_loading() {
            return;
        }
        let Some(browse) = &self.log_screen.browse else {
            return;
        };
        let found = browse.log.clone();
        let keep = self.log_screen.selected_file();
        self.log_screen.start(found, None, keep);
    }

    /// Takes the worker's result, and reads the log again when the window gets the focus
    /// and the folder changed (a `git pull`, an editor). A reload never touches the
    /// document being edited.
    pub(super) fn watch_log(&mut self, ctx: &egui::Context) {
        if let Some(e) = self.log_screen.poll() {
            self.messages.push(Notice::LogFailed(e));
        }
        if self.log_screen.is_loading() {
            // The worker asks for frames when it was given the context; a log opened at
            // launch or from a dialog was not: look again shortly, only while it reads.
            ctx.request_repaint_after(std::time::Duration::from_millis(100));
        }
        let focused = ctx.input(|i| {
            i.events
                .iter()
                .any(|e| matches!(e, egui::Event::WindowFocused(true)))
        });
        if focused
            && !self.log_screen.is_loading()
            && self
                .log_screen
                .browse
                .as_ref()
                .is_some_and(log::Browse::changed_on_disk)
        {
            self.messages.push(Notice::LogReloaded);
            self.reload_log();
        }
    }

    /// The open log's folder, if its record `file` is unchanged since it was read; else
    /// says so, reads the log again, and returns `None` (nothing is written over an edit
    /// made outside).
    fn unchanged(&mut self, file: &Path) -> Option<AdrLog> {
        let browse = self.log_screen.browse.as_ref()?;
        let entry = browse.entries.iter().find(|e| e.record.file == file)?;
        let now = arbitre_core::files::read_to_string_limited(
            &entry.record.target,
            log::MAX_RECORD_BYTES,
        );
        if now.as_deref().ok() == Some(entry.text.as_str()) {
            return Some(browse.log.clone());
        }
        self.messages
            .push(Notice::ChangedBeforeEdit(file.to_owned()));
        self.reload_log();
        None
    }

    /// Sets a record's status, in its own format (`arbitre adr status`).
    pub fn set_record_status(&mut self, file: &Path, status: Status) {
        let Some(found) = self.unchanged(file) else {
            return;
        };
        let name = file
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        match found.set_status(&name, status) {
            Ok(_) => {
                self.messages.push(Notice::StatusSet {
                    file: file.to_owned(),
                    status: crate::adr::status_name(status, self.settings.lang).to_owned(),
                });
                self.log_screen.new_status = None;
            }
            Err(e) => self.messages.push(Notice::LogFailed(e)),
        }
        self.reload_log();
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

    /// Regenerates the open log's index (`arbitre adr index`).
    pub fn write_log_index(&mut self) {
        let Some(browse) = &self.log_screen.browse else {
            return;
        };
        match browse.log.write_index() {
            Ok((written, _)) => self.messages.push(Notice::IndexWritten(written)),
            Err(e) => self.messages.push(Notice::LogFailed(e)),
        }
        self.reload_log();
    }
}
