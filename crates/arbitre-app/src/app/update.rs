//! The one place the model changes: [`update`] takes a [`Message`] (what a view asked, a
//! dialog's answer, a file thread's result, a close request) and returns the [`Effect`]s to
//! run. Pure: no egui, no files, no threads; what needs them is an effect, and its result
//! comes back as another message.

use std::path::Path;

use super::effects::{Done, Effect, Io, LogExport, Opened, Probed};
use super::message::Message;
use super::model::{Modal, Model};
use crate::command::{Command, DialogRequest, Pending, Screen};
use crate::notice::{self, AutosaveProblem, Notice};
use crate::recommend::OverrideDraft;
use crate::worker::Report;
use arbitre_core::document::Document;
use arbitre_core::session::Session;

/// Takes in one message; returns what to do about it outside the model.
#[must_use]
pub(crate) fn update(model: &mut Model, msg: Message) -> Vec<Effect> {
    let mut fx = Vec::new();
    match msg {
        Message::Command(cmd) => model.command(cmd, &mut fx),
        Message::Open(path) => fx.push(Effect::open(&path)),
        Message::CloseRequested => {
            if !model.close_requested() {
                fx.push(Effect::CancelClose);
            }
        }
        Message::Dialog(answer, folder) => model.answer(answer, folder, &mut fx),
        Message::AutosaveDue => {
            if model.autosave_wanted {
                model.autosave_wanted = false;
                fx.push(Effect::Autosave(
                    model.doc.is_dirty().then(|| model.recovery_text()),
                ));
            }
        }
        Message::Autosave(report) => match report {
            Report::Protected => model.autosave_problem = None,
            Report::Failed(e) => model.autosave_problem = Some(AutosaveProblem::Failed(e)),
            Report::SetAside(to) => model.messages.push(Notice::OrphanSetAside(to)),
            Report::OrphanError(why) => model.messages.push(Notice::OrphanFailed(why)),
        },
        Message::Done(done) => model.done(done, &mut fx),
        Message::Screen(done) => model.screen_done(done, &mut fx),
        Message::Focused => model.window_focused(&mut fx),
    }
    if model.recovery_offers.is_empty() {
        model.modals.retain(|m| *m != Modal::Recovery);
    }
    fx
}

impl Model {
    /// Applies one command.
    fn command(&mut self, cmd: Command, fx: &mut Vec<Effect>) {
        match cmd {
            Command::Go(screen) => self.settings.screen = screen,
            Command::SetLang(lang) => self.settings.lang = lang,
            Command::SetDark(dark) => {
                self.settings.dark = dark;
                fx.push(Effect::Theme);
            }
            Command::Zoom(step) => fx.push(Effect::Zoom(step)),
            Command::Edit(edit) => {
                if self.doc.edit(edit) {
                    self.changed();
                }
            }
            Command::SelectComponent(component) => {
                self.component = component;
                self.changed_selection();
            }
            Command::PreviousComponent => {
                self.component = self.component.and_then(|i| i.checked_sub(1));
                self.changed_selection();
            }
            Command::NextComponent => {
                let last = self.doc.session.components.len().checked_sub(1);
                self.component = match (self.component, last) {
                    (_, None) => None,
                    (None, Some(_)) => Some(0),
                    (Some(i), Some(last)) => Some((i + 1).min(last)),
                };
                self.changed_selection();
            }
            Command::Dismiss(i) => {
                if i < self.messages.len() {
                    self.messages.remove(i);
                }
            }
            Command::Undo => {
                if self.doc.undo() {
                    self.changed();
                }
            }
            Command::Redo => {
                if self.doc.redo() {
                    self.changed();
                }
            }
            Command::TogglePresenter => {
                self.settings.presenter = !self.settings.presenter;
                fx.push(Effect::Presenter(self.settings.presenter));
            }
            Command::ToggleShortcuts => {
                if self.show_shortcuts() {
                    self.modals.retain(|m| *m != Modal::Shortcuts);
                } else {
                    self.open_modal(Modal::Shortcuts);
                }
            }
            Command::Train(action) => {
                self.train_update(crate::train::TrainMsg::Do(action), fx);
                self.settings.student = self.trainer.student().map(str::to_owned);
            }
            Command::Restore(i) => self.restore(i, fx),
            Command::DiscardRecovery(i) => {
                if i < self.recovery_offers.len() {
                    fx.push(Effect::SetAside(Box::new(self.recovery_offers.remove(i))));
                }
            }
            Command::RecoverLater => {
                fx.push(Effect::Io(Io::Unlock(
                    self.recovery_offers.drain(..).collect(),
                )));
            }
            cmd => self.file_command(cmd, fx),
        }
    }

    /// Applies a command about files, dialogs, the log and the questions they ask.
    fn file_command(&mut self, cmd: Command, fx: &mut Vec<Effect>) {
        match cmd {
            Command::New => self.guarded(Pending::New, fx),
            Command::OpenDialog => self.guarded(Pending::OpenDialog, fx),
            // A folder opens as a log, a teacher's pack adds to the Train screen; told apart
            // off the frame.
            Command::Open(path) => fx.push(Effect::Io(Io::Probe(path))),
            Command::OpenPackDialog => self.request_dialog(DialogRequest::OpenPack, fx),
            Command::LoadPack(path) => self.load_pack(&path, fx),
            Command::SaveExamResults => self.request_dialog(DialogRequest::SaveResults, fx),
            Command::RemovePack(id) => {
                self.trainer.remove_pack(&id);
                self.remember_packs();
            }
            Command::OpenLogDialog => self.request_dialog(DialogRequest::OpenLog, fx),
            Command::OpenLog(dir) => self.open_log(&dir, fx),
            Command::ReloadLog => self.reload_log(fx),
            Command::SetRecordStatus { file, status } => self.set_record_status(&file, status, fx),
            Command::SupersedeRecord(file) => self.supersede_record(&file, fx),
            Command::NewInLog => self.new_in_log(fx),
            Command::NewRecord
            | Command::NewRecordSuperseding(_)
            | Command::StartNewRecord
            | Command::CancelNewRecord
            | Command::SaveNewRecord
            | Command::DiscardNewRecord
            | Command::ConfirmDiscardNewRecord(_)
            | Command::InitLog { .. } => self.new_record_command(cmd, fx),
            Command::WriteLogIndex => self.write_log_index(fx),
            Command::ExportToLog => {
                if let Some(t) = self.log_target.clone() {
                    self.export_to_log(&t.root, t.supersedes, false, true, fx);
                }
            }
            Command::ForgetLogTarget => self.log_target = None,
            Command::ResolvePath(go) => {
                let prompt = self.take_modal(|m| match m {
                    Modal::Path { request, text } => Some((request.clone(), text.clone())),
                    _ => None,
                });
                match prompt {
                    Some((request, text)) if go && !text.trim().is_empty() => {
                        fx.push(Effect::Io(Io::Typed(super::answer::typed(request, &text))));
                    }
                    // A Save As cancelled (or left empty) after Close → Save: nothing waits
                    // for it any more.
                    Some((DialogRequest::SaveAs, _)) => self.after_save = None,
                    _ => {}
                }
            }
            // On the Log screen, a new record being edited is what Ctrl+S saves.
            Command::Save if self.settings.screen == Screen::Log && self.log_screen.drafting() => {
                self.new_record_command(Command::SaveNewRecord, fx);
            }
            Command::Save => match self.own_file() {
                Some(target) => self.save_to(target, false, fx),
                None => self.request_dialog(DialogRequest::SaveAs, fx),
            },
            Command::SaveAs => self.request_dialog(DialogRequest::SaveAs, fx),
            Command::ExportFileDialog => self.request_dialog(DialogRequest::ExportFile, fx),
            Command::ExportLogDialog { supersedes } => {
                self.request_dialog(DialogRequest::ExportLog(supersedes), fx);
            }
            Command::CloseForeign => self.foreign_adr = None,
            Command::Resolve(choice) => self.resolve_unsaved(choice, fx),
            Command::ResolveAccept(accept) => {
                let asked = self.take_modal(|m| match m {
                    Modal::Accept { root, old } => Some((root.clone(), old.clone())),
                    _ => None,
                });
                if let Some((root, old)) = asked
                    && accept
                {
                    self.export_to_log(&root, Some(old), true, true, fx);
                }
            }
            Command::ResolveOverwrite(choice) => self.resolve_overwrite(choice, fx),
            Command::Go(_)
            | Command::SetLang(_)
            | Command::SetDark(_)
            | Command::Zoom(_)
            | Command::Edit(_)
            | Command::SelectComponent(_)
            | Command::PreviousComponent
            | Command::NextComponent
            | Command::Dismiss(_)
            | Command::Undo
            | Command::Redo
            | Command::TogglePresenter
            | Command::ToggleShortcuts
            | Command::Train(_)
            | Command::Restore(_)
            | Command::DiscardRecovery(_)
            | Command::RecoverLater => self.command(cmd, fx),
        }
    }

    /// Takes in the result of file work.
    fn done(&mut self, done: Done, fx: &mut Vec<Effect>) {
        match done {
            Done::Probed(path, Probed::Folder) => self.open_log(&path, fx),
            Done::Probed(path, Probed::Pack) => self.load_pack(&path, fx),
            Done::Probed(path, Probed::Other) => self.guarded(Pending::Open(path), fx),
            Done::Read(path, read) => self.opened(&path, read, fx),
            Done::SessionWritten {
                target,
                resolved,
                session,
                then,
                result,
            } => self.session_written(&target, resolved, *session, then, result, fx),
            Done::Exported(target, result) => match result {
                Ok(()) => self.messages.push(Notice::Exported(target.path)),
                Err(e) => self.refused(e, &target, crate::files::Writing::Export),
            },
            Done::ExportedToLog {
                root,
                supersedes,
                accept,
                for_target,
                result,
            } => match result {
                Ok(written) => {
                    self.messages.extend(written.notices);
                    // The Log screen's recent logs offer the log just exported into first.
                    self.settings.remember_log(written.log_dir);
                    if for_target && self.log_target.as_ref().is_some_and(|t| t.root == root) {
                        // The successor the Log screen asked for is written.
                        self.log_target = None;
                        self.reload_log(fx);
                    }
                }
                Err(arbitre_adr::log::LogError::NotAccepted { .. }) if !accept => {
                    if let Some(old) = supersedes {
                        self.open_modal(Modal::Accept { root, old });
                    }
                }
                Err(e) => self.messages.push(Notice::LogFailed(e)),
            },
            Done::RestoreRead(chosen, on_disk, hash) => self.restored(*chosen, on_disk, hash, fx),
            Done::Typed(answer, folder) => self.answer(answer, folder, fx),
        }
    }

    /// Runs an action that replaces the document, asking first if there are unsaved changes.
    pub(crate) fn guarded(&mut self, action: Pending, fx: &mut Vec<Effect>) {
        if self.doc.is_dirty() {
            self.ask_unsaved(action);
        } else {
            self.proceed(action, fx);
        }
    }

    /// Does what waited (for the unsaved-changes question, or a save).
    pub(crate) fn proceed(&mut self, action: Pending, fx: &mut Vec<Effect>) {
        match action {
            Pending::New => {
                self.replace_doc(Document::new(self.new_session(), None));
                self.override_draft = OverrideDraft::default();
                self.changed();
            }
            Pending::OpenDialog => self.request_dialog(DialogRequest::Open, fx),
            Pending::Open(path) => fx.push(Effect::open(&path)),
            Pending::Close => self.close_confirmed = true,
            Pending::Start(session) => {
                self.replace_doc(Document::new(*session, None));
                self.override_draft = OverrideDraft::default();
                self.foreign_adr = None;
                self.changed();
                self.settings.screen = Screen::Checklists;
            }
        }
    }

    /// A file read to open, or why it could not be.
    fn opened(
        &mut self,
        path: &Path,
        read: Result<Opened, arbitre_core::kit::LoadError>,
        fx: &mut Vec<Effect>,
    ) {
        match read {
            Ok(Opened::Adr(markdown, place)) => self.open_adr(path, markdown, place),
            Ok(Opened::Pack) => self.load_pack(path, fx),
            Ok(Opened::Session(loaded, hash, resolved)) => {
                self.messages.extend(notice::fitted(path, &loaded));
                self.replace_doc(Document::read(loaded.session, Some(path.to_owned()), hash));
                self.settings.remember(resolved);
                self.changed();
            }
            Err(e) => self.messages.push(Notice::LoadFailed(e)),
        }
    }

    /// Loads a teacher's pack onto the Train screen: read and checked off the frame; said,
    /// shown and remembered once read ([`Model::screen_done`]). A pack that fails its
    /// checks is refused with every problem, by line.
    pub(crate) fn load_pack(&mut self, path: &Path, fx: &mut Vec<Effect>) {
        let path = &arbitre_core::autosave::absolute(path);
        fx.push(Effect::Train(self.trainer.load_pack(path)));
    }

    /// Keeps the packs loaded in the settings, for the next start.
    pub(super) fn remember_packs(&mut self) {
        self.settings.packs = self
            .trainer
            .packs()
            .iter()
            .map(|p| p.origin().to_owned())
            .collect();
    }

    /// Opens an ADR: one arbitre wrote restores its whole decision; any other is shown
    /// read-only.
    ///
    /// A record opened from a log keeps its place there (`place`): its number and its links
    /// stay in the preview and in what is exported to a file.
    fn open_adr(&mut self, path: &Path, markdown: String, place: Option<arbitre_adr::log::Place>) {
        match arbitre_adr::reopen::reopen(&markdown, path, &self.kit) {
            Ok(arbitre_adr::reopen::Reopened::Session(loaded, kept)) => {
                self.messages.extend(notice::fitted(path, &loaded));
                let doc = Document::recovered(loaded.session, None, self.new_session());
                self.replace_doc(doc);
                self.adr_place = place;
                self.foreign_adr = None;
                self.messages
                    .push(Notice::DecisionRestored(path.to_owned()));
                if !kept.is_empty() {
                    self.messages.push(Notice::EditedOutside {
                        file: path.to_owned(),
                        fields: kept,
                    });
                }
                self.changed();
            }
            Ok(arbitre_adr::reopen::Reopened::Foreign) => {
                self.foreign_adr = Some(crate::adr::ForeignAdr {
                    path: path.to_owned(),
                    preview: arbitre_adr::preview_markdown(&markdown),
                    markdown,
                });
                self.settings.screen = Screen::Adr;
            }
            Ok(arbitre_adr::reopen::Reopened::Damaged(why)) => {
                self.messages.push(Notice::AdrDamaged {
                    file: path.to_owned(),
                    why,
                });
            }
            Err(e) => self.messages.push(Notice::LoadFailed(e)),
        }
    }

    /// Exports the ADR into the ADR log found at `root`, in the log's conventions, never
    /// over a file. Superseding needs an accepted decision: without `accept`, a decision not
    /// yet accepted asks first ([`Modal::Accept`]); with it, the status becomes Accepted (an
    /// edit that can be undone).
    pub(crate) fn export_to_log(
        &mut self,
        root: &Path,
        supersedes: Option<String>,
        accept: bool,
        for_target: bool,
        fx: &mut Vec<Effect>,
    ) {
        use arbitre_core::session::Status;
        if accept && self.doc.session.adr.status != Status::Accepted {
            let mut meta = self.doc.session.adr.clone();
            meta.status = Status::Accepted;
            if self
                .doc
                .edit(arbitre_core::session::Edit::Adr(Box::new(meta)))
            {
                self.changed();
            }
        }
        fx.push(Effect::Io(Io::ExportToLog(Box::new(LogExport {
            root: root.to_owned(),
            supersedes,
            session: self.doc.session.clone(),
            date: self.adr_date(),
            accept,
            for_target,
            split: self.adr_view.split && !self.doc.session.components.is_empty(),
        }))));
    }

    /// Restores the unsaved work found at start-up (its index in the offers): what its file
    /// holds on disk is read first, off the frame.
    fn restore(&mut self, i: usize, fx: &mut Vec<Effect>) {
        if i >= self.recovery_offers.len() {
            return;
        }
        let chosen = self.recovery_offers.remove(i);
        fx.push(Effect::Io(Io::ReadForRestore(Box::new(chosen))));
        // The others stay on disk, offered again at the next start.
        fx.push(Effect::Io(Io::Unlock(
            self.recovery_offers.drain(..).collect(),
        )));
    }

    /// The restored work becomes the document, and this run's autosave before the orphan goes.
    fn restored(
        &mut self,
        chosen: arbitre_core::autosave::Orphan,
        on_disk: Option<Box<Session>>,
        hash: Option<String>,
        fx: &mut Vec<Effect>,
    ) {
        let r = chosen.recovery.clone();
        let on_disk = on_disk.map_or_else(|| Session::new(&self.kit), |s| *s);
        let hash = r.disk_hash.or(hash);
        self.replace_doc(Document::recovered_read(r.session, r.path, on_disk, hash));
        self.changed();
        if !chosen.dropped.is_empty() {
            self.messages.push(Notice::Fitted {
                file: chosen.file.clone(),
                dropped: chosen.dropped.clone(),
                clamped: Vec::new(),
            });
        }
        if self.autosave_on {
            fx.push(Effect::Autosave(Some(self.recovery_text())));
            fx.push(Effect::Retire(Box::new(chosen)));
        }
        self.autosave_wanted = false;
    }
}
