//! The app's model: plain data, no egui handles, no threads, no files. The open decision
//! and its document, the settings, the questions the window asks ([`Modal`]), the notices,
//! and the Train and Log screens' own models. `update` changes it; the shell
//! ([`super::ArbitreApp`]) draws it and runs the [`super::Effect`]s that update returns.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use crate::command::{DialogRequest, Pending};
use crate::files::Overwriting;
use crate::notice::{AutosaveProblem, Notice};
use crate::recommend::OverrideDraft;
use crate::settings::Settings;
use arbitre_core::autosave::{Autosave, KitOrigin, Orphan, Recovery};
use arbitre_core::decide::{Decision, Recommendation};
use arbitre_core::document::Document;
use arbitre_core::files::{Replace, WriteTarget};
use arbitre_core::kit::CheckedKit;
use arbitre_core::session::{Edit, Session};
use arbitre_core::system::System;

/// A question the window asks; the one on top of [`Model::modals`] is shown, and the others
/// wait under it (a Save As opened by "Save your changes?", Replace? over a path field).
#[derive(Debug, Clone, PartialEq)]
pub enum Modal {
    /// "Save your changes?" before what waits.
    Unsaved(Pending),
    /// A write refused because a file is at its target: Replace / Save As… / Cancel.
    Overwrite(Overwriting),
    /// The path field shown instead of a native dialog: what it is for, what is typed.
    Path {
        /// What the path is for.
        request: DialogRequest,
        /// What is typed.
        text: String,
    },
    /// An export into a log waiting for "accept the decision and supersede?".
    Accept {
        /// The log's folder.
        root: PathBuf,
        /// The record to supersede.
        old: String,
    },
    /// The list of keyboard shortcuts.
    Shortcuts,
    /// Unsaved work from earlier runs, offered back ([`Model::recovery_offers`]).
    Recovery,
}

impl Modal {
    /// Whether the question is about writing a file (the window does not close under it).
    pub fn is_about_a_write(&self) -> bool {
        match self {
            Modal::Overwrite(_) | Modal::Accept { .. } => true,
            Modal::Path { request, .. } => matches!(
                request,
                DialogRequest::SaveAs
                    | DialogRequest::ExportFile
                    | DialogRequest::ExportLog(_)
                    | DialogRequest::SaveResults
            ),
            Modal::Unsaved(_) | Modal::Shortcuts | Modal::Recovery => false,
        }
    }
}

/// Everything the window shows and the user changes; plain data.
pub struct Model {
    /// Persisted settings.
    pub settings: Settings,
    /// The checked kit in use (shared with the effect runner, which reads files against it).
    pub kit: Arc<CheckedKit>,
    /// The session being edited, its file, and its undo history.
    pub doc: Document,
    /// The system's answer: every component placed and the outcome that follows, recomputed
    /// when the session changes.
    pub system: System,
    /// The drawing of the team's system ([`arbitre_core::system::drawing`]; empty without
    /// components), recomputed with `system`, not per frame.
    pub system_drawing: Vec<arbitre_core::kit::Shape>,
    /// The component whose facts and answer the screens show; `None`: the whole system's
    /// (the facts for all). Always a valid index.
    pub component: Option<usize>,
    /// The recommendation of the component shown (of the one workload, without components),
    /// recomputed when the session changes.
    pub recommendation: Recommendation,
    /// The team's decision for the system (its override, else what follows from the
    /// placements; for one workload, its override else the recommendation).
    pub decision: Decision,
    /// Notices shown in the bottom bar.
    pub messages: Vec<Notice>,
    /// The override form being filled in.
    pub override_draft: OverrideDraft,
    /// The ADR screen's own state.
    pub adr_view: crate::adr::AdrView,
    /// The ADR as Markdown, rendered when the session changes.
    pub adr_markdown: String,
    /// The same, prepared for the rendered preview.
    pub adr_preview: String,
    /// Whether the session changed since the ADR was last rendered.
    pub(crate) adr_stale: bool,
    /// An ADR written by someone else, shown read-only.
    pub foreign_adr: Option<crate::adr::ForeignAdr>,
    /// The place in its log of the record the document was reopened from: its number and
    /// links, kept in the preview and in a file export. Cleared with every other document.
    pub(crate) adr_place: Option<arbitre_adr::log::Place>,
    /// Today's date, `YYYY-MM-DD`.
    pub today: String,
    /// The Train screen's model and the student's progress.
    pub trainer: crate::train::Trainer,
    /// The questions the window asks, the one shown last.
    pub modals: Vec<Modal>,
    /// Unsaved work from earlier runs that are no longer running, offered back newest first.
    pub recovery_offers: Vec<Orphan>,
    /// Why the work in progress is not protected by the autosave right now, if it is not.
    pub autosave_problem: Option<AutosaveProblem>,
    /// The Log screen's model.
    pub log_screen: crate::log::LogModel,
    /// What waits for the Save As of an untitled session (Close → Save).
    pub after_save: Option<Pending>,
    /// Whether native file dialogs can be shown here; when not, a path field takes their place.
    pub native_dialogs: bool,
    /// The log chosen on the Log screen for the next export, and the record it supersedes.
    pub log_target: Option<crate::adr::LogTarget>,
    /// The kit in use and where it came from, recorded in autosaves.
    pub(crate) kit_origin: KitOrigin,
    /// Whether closing is allowed even with unsaved changes.
    pub(crate) close_confirmed: bool,
    /// Whether this run keeps an autosave.
    pub(crate) autosave_on: bool,
    /// Whether the work changed since it was last sent to the autosave (the shell sends it
    /// after a short delay: [`super::Message::AutosaveDue`]).
    pub(crate) autosave_wanted: bool,
}

impl Model {
    /// The question shown, if any.
    pub fn modal(&self) -> Option<&Modal> {
        self.modals.last()
    }

    /// Shows `modal` on top, in place of one of the same kind.
    pub(crate) fn open_modal(&mut self, modal: Modal) {
        let kind = std::mem::discriminant(&modal);
        self.modals.retain(|m| std::mem::discriminant(m) != kind);
        self.modals.push(modal);
    }

    /// Takes the first waiting question that `pick` accepts out of the stack.
    pub(crate) fn take_modal<T>(&mut self, mut pick: impl FnMut(&Modal) -> Option<T>) -> Option<T> {
        let i = self.modals.iter().rposition(|m| pick(m).is_some())?;
        pick(&self.modals.remove(i))
    }

    /// What waits for "Save your changes?", if that is asked.
    pub fn pending(&self) -> Option<&Pending> {
        self.modals.iter().rev().find_map(|m| match m {
            Modal::Unsaved(p) => Some(p),
            _ => None,
        })
    }

    /// Asks "Save your changes?" before `action`.
    pub fn ask_unsaved(&mut self, action: Pending) {
        self.open_modal(Modal::Unsaved(action));
    }

    /// The path field: what it is for and what is typed, if it is shown.
    pub fn path_prompt(&self) -> Option<(&DialogRequest, &str)> {
        self.modals.iter().rev().find_map(|m| match m {
            Modal::Path { request, text } => Some((request, text.as_str())),
            _ => None,
        })
    }

    /// What is typed in the path field, to type into it.
    pub fn path_text_mut(&mut self) -> Option<&mut String> {
        self.modals.iter_mut().rev().find_map(|m| match m {
            Modal::Path { text, .. } => Some(text),
            _ => None,
        })
    }

    /// The write waiting for Replace / Save As… / Cancel.
    pub fn overwrite_prompt(&self) -> Option<&Overwriting> {
        self.modals.iter().rev().find_map(|m| match m {
            Modal::Overwrite(o) => Some(o),
            _ => None,
        })
    }

    /// Whether the list of keyboard shortcuts is shown.
    pub fn show_shortcuts(&self) -> bool {
        self.modals.contains(&Modal::Shortcuts)
    }

    /// Whether a question about writing a file waits for the user.
    pub fn write_waits(&self) -> bool {
        self.modals.iter().any(Modal::is_about_a_write)
    }

    /// Whether closing now would lose nothing: the session, and an exam under way or its
    /// results (see [`crate::train::Trainer::can_close`]).
    pub fn can_close(&self) -> bool {
        (!self.doc.is_dirty() || self.close_confirmed) && self.trainer.can_close()
    }

    /// The document's own file as Save writes it: replaced only while it still holds what
    /// was opened or last saved there. `None` for an untitled session.
    pub fn own_file(&self) -> Option<WriteTarget> {
        self.doc.path.clone().map(|path| WriteTarget {
            path,
            replace: Replace::IfUnchanged(self.doc.disk_hash.clone()),
        })
    }

    /// The work in progress as the autosave holds it.
    pub(crate) fn recovery_text(&self) -> String {
        Autosave::encode(&Recovery {
            path: self.doc.path.clone(),
            disk_hash: self.doc.disk_hash.clone(),
            kit: Some(self.kit_origin.clone()),
            session: self.doc.session.clone(),
        })
    }

    /// Where a dialog starts: the session's folder, else the last folder used, else home.
    pub(crate) fn start_dir(&self) -> Option<PathBuf> {
        self.doc
            .path
            .as_deref()
            .and_then(Path::parent)
            .map(Path::to_owned)
            .or_else(|| self.settings.last_dir.clone())
            .or_else(|| std::env::var_os("HOME").map(PathBuf::from))
    }

    /// The ADR's input for the session being edited: record 1 without links, or the place
    /// of the record it was reopened from.
    pub(crate) fn adr_input(&self) -> arbitre_adr::AdrInput<'_> {
        let input = arbitre_adr::AdrInput::new(
            &self.kit,
            &self.doc.session,
            &self.recommendation,
            &self.today,
        );
        match &self.adr_place {
            Some(place) => arbitre_adr::AdrInput {
                number: place.number,
                supersedes: place.supersedes.clone(),
                superseded_by: place.superseded_by.clone(),
                layout: place.layout.clone(),
                ..input
            },
            None => input,
        }
    }

    /// Replaces the open document: what belonged to the one before (the place of the record
    /// it was reopened from) goes with it.
    pub(crate) fn replace_doc(&mut self, doc: Document) {
        self.doc = doc;
        self.adr_place = None;
    }

    /// The ADR's date: the one typed if valid, else today.
    pub(crate) fn adr_date(&self) -> String {
        arbitre_adr::date_or_today(&self.doc.session.adr.date, &self.today)
    }

    /// Renders the ADR and its preview again (after a change, not per frame).
    pub fn refresh_adr(&mut self) {
        self.adr_markdown = arbitre_adr::render::render(&self.adr_input());
        self.adr_preview = arbitre_adr::preview_markdown_noting(
            &self.adr_markdown,
            self.doc.session.adr.lang.words().adr.mermaid_note,
        );
        self.adr_stale = false;
    }

    /// Recomputes what depends on the session and asks for an autosave.
    pub(crate) fn changed(&mut self) {
        self.system = self.doc.session.system(&self.kit);
        self.system_drawing = arbitre_core::system::drawing(&self.kit, &self.system);
        self.changed_selection();
        // Rendered when the ADR screen is shown, not on every tick elsewhere.
        self.adr_stale = true;
        self.autosave_wanted = self.autosave_on;
    }

    /// Keeps the component shown valid and takes its answer from the system's.
    pub(crate) fn changed_selection(&mut self) {
        let n = self.doc.session.components.len();
        self.component = self.component.filter(|i| *i < n);
        let shown = self.component.unwrap_or(0);
        if let Some(c) = self.system.components.get(shown) {
            self.recommendation = c.recommendation.clone();
        }
        self.decision = self.system.decision.clone();
    }

    /// A fact edit (tick, weight, note, must-have, override) as it applies to the component
    /// shown: that component's, or the whole system's.
    pub fn scoped(&self, edit: Edit) -> Edit {
        crate::view::scoped(self.component, edit)
    }

    /// A new session: its document language is the interface's.
    pub(crate) fn new_session(&self) -> Session {
        new_session(&self.kit, self.settings.lang)
    }

    /// The zoom presenter mode adds to the user's (1 when off).
    pub(crate) fn presenter_zoom(&self) -> f32 {
        presenter_zoom(self.settings.presenter)
    }
}

/// The zoom presenter mode adds to the user's (1 when off).
pub(crate) fn presenter_zoom(on: bool) -> f32 {
    if on { 1.4 } else { 1.0 }
}

/// A new session: its document language is the interface's.
pub(crate) fn new_session(kit: &CheckedKit, lang: arbitre_core::i18n::Lang) -> Session {
    let mut session = Session::new(kit);
    session.adr.lang = lang;
    session
}
