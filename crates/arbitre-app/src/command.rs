//! What views ask the app to do, and the names they share: the screens, the Train screen's
//! tabs, and the [`Command`]s that a view returns and the app applies after the frame. A leaf
//! module: views and the app both depend on it, it depends on neither.

use std::path::PathBuf;

use egui::{Key, KeyboardShortcut, Modifiers};
use serde::{Deserialize, Serialize};

use arbitre_core::i18n::Lang;
use arbitre_core::kit::OptionId;
use arbitre_train::Section;

/// The screens of the user's path, in order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
pub enum Screen {
    /// The comparison table.
    #[default]
    Compare,
    /// The checklists.
    Checklists,
    /// The recommendation and why.
    Recommendation,
    /// The ADR form and export.
    Adr,
    /// Training.
    Train,
    /// A repository's ADR log.
    Log,
}

impl Screen {
    /// All screens, in the navigation's order.
    pub const ALL: [Screen; 6] = [
        Screen::Compare,
        Screen::Checklists,
        Screen::Recommendation,
        Screen::Adr,
        Screen::Train,
        Screen::Log,
    ];

    /// The screen's name.
    pub fn title(self, lang: Lang) -> &'static str {
        let names = &lang.words().app.screens;
        match self {
            Screen::Compare => names.compare,
            Screen::Checklists => names.checklists,
            Screen::Recommendation => names.recommendation,
            Screen::Adr => names.adr,
            Screen::Train => names.train,
            Screen::Log => names.log,
        }
    }

    /// The keyboard key that opens it with Ctrl.
    pub fn key(self) -> egui::Key {
        match self {
            Screen::Compare => egui::Key::Num1,
            Screen::Checklists => egui::Key::Num2,
            Screen::Recommendation => egui::Key::Num3,
            Screen::Adr => egui::Key::Num4,
            Screen::Train => egui::Key::Num5,
            Screen::Log => egui::Key::Num6,
        }
    }
}

/// The Train screen's four parts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Tab {
    /// Questions on the whole kit.
    #[default]
    Quiz,
    /// The kit's scenarios.
    Scenarios,
    /// An exam: a fixed seed, no feedback until the end, results to hand in.
    Exam,
    /// Scores, what was missed, retry and reset.
    Progress,
}

impl Tab {
    /// All four, in the switch's order.
    pub const ALL: [Tab; 4] = [Tab::Quiz, Tab::Scenarios, Tab::Exam, Tab::Progress];

    /// The tab's name.
    pub fn title(self, lang: Lang) -> &'static str {
        let names = &lang.words().train.tabs;
        match self {
            Tab::Quiz => names.quiz,
            Tab::Scenarios => names.scenarios,
            Tab::Exam => names.exam,
            Tab::Progress => names.progress,
        }
    }

    /// The tab that shows a section.
    pub fn of(section: Section) -> Tab {
        match section {
            Section::Quiz => Tab::Quiz,
            Section::Scenarios => Tab::Scenarios,
        }
    }
}

/// What the student did on the Train screen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TrainAction {
    /// Show a tab.
    Show(Tab),
    /// Answer the current question with a choice (its index).
    Answer(usize),
    /// Go to the next question.
    NextQuestion,
    /// Choose an option for the current scenario.
    Choose(OptionId),
    /// Choose a hybrid architecture for the current scenario.
    ChoosePattern(String),
    /// Tick or untick a checklist item for the current scenario.
    ToggleTick(String),
    /// Place a component of the current system scenario (its index).
    Place(usize, arbitre_core::system::Place),
    /// Train as another student (none: the shared progress).
    SwitchStudent(Option<String>),
    /// Add the student whose name was typed, and train as them.
    AddStudent,
    /// A new quiz round over one section and one level (`None`: any).
    QuizOf(
        Option<arbitre_core::kit::QuizSection>,
        Option<arbitre_core::kit::Level>,
    ),
    /// Start an exam with the form's settings.
    StartExam,
    /// Answer the exam's current question with a choice (its index).
    ExamAnswer(usize),
    /// Show another question of the exam (its index).
    ExamGo(usize),
    /// Hand the exam in (asks first if questions are unanswered).
    FinishExam,
    /// Hand the exam in, unanswered questions and all.
    ConfirmFinishExam,
    /// Keep working on the exam.
    CancelFinishExam,
    /// The exam's time ran out: hand it in.
    ExamTimeUp,
    /// Back to the exam form, for a new exam.
    NewExam,
    /// Close the window, losing the exam's results (asked first).
    CloseAnyway,
    /// Do not close: back to the exam.
    CancelClose,
    /// Check the scenario answer.
    Check,
    /// Go to the next scenario.
    NextScenario,
    /// Start a new round of a section.
    NewRound(Section),
    /// Retry the missed items of one section, or of both.
    RetryMissed(Option<Section>),
    /// Ask to reset the progress.
    AskReset,
    /// Keep the progress.
    CancelReset,
    /// Reset the progress.
    ConfirmReset,
}

/// A change that a view asks for; applied after the frame.
#[derive(Debug, Clone, PartialEq)]
#[must_use]
pub enum Command {
    /// Show a screen.
    Go(Screen),
    /// Change the interface language.
    SetLang(Lang),
    /// Switch between light and dark.
    SetDark(bool),
    /// Zoom in, out, or back to 100 %.
    Zoom(ZoomStep),
    /// Change the team's answers.
    Edit(arbitre_core::session::Edit),
    /// Show the facts and the answer of one component of the system (`None`: the whole
    /// system's, the facts for all).
    SelectComponent(Option<usize>),
    /// Show the previous component (from the first, the whole system).
    PreviousComponent,
    /// Show the next component (from the whole system, the first).
    NextComponent,
    /// Dismiss the message at this index.
    Dismiss(usize),
    /// Undo the last change.
    Undo,
    /// Redo the last undone change.
    Redo,
    /// Start a new session (asks first if there are unsaved changes).
    New,
    /// Choose a session file to open (asks first if there are unsaved changes).
    OpenDialog,
    /// Open this session file (asks first if there are unsaved changes).
    Open(PathBuf),
    /// Save to the current file, or ask where.
    Save,
    /// Ask where to save.
    SaveAs,
    /// Answer to the unsaved-changes prompt.
    Resolve(Choice),
    /// Choose a file to export the ADR to.
    ExportFileDialog,
    /// Choose an ADR log to export into, optionally superseding a record.
    ExportLogDialog {
        /// The record the new one supersedes: its number or file name.
        supersedes: Option<String>,
    },
    /// Answer to "supersede with a decision not yet accepted?": accept it and supersede
    /// (true), or cancel (false).
    ResolveAccept(bool),
    /// Close an ADR opened read-only.
    CloseForeign,
    /// Restore the unsaved work found at start-up (its index in the offers).
    Restore(usize),
    /// Set the unsaved work found at start-up aside (its index in the offers).
    DiscardRecovery(usize),
    /// Decide about the unsaved work found at start-up later: it is offered again next time.
    RecoverLater,
    /// Answer to "the file changed on disk since it was opened".
    ResolveOverwrite(Overwrite),
    /// Something the student did on the Train screen.
    Train(TrainAction),
    /// Choose a repository (or ADR folder) to open on the Log screen.
    OpenLogDialog,
    /// Choose a teacher's pack to load on the Train screen.
    OpenPackDialog,
    /// Load a teacher's pack on the Train screen.
    LoadPack(PathBuf),
    /// Remove a teacher's pack (by id) from the Train screen.
    RemovePack(String),
    /// Choose a folder to save the exam's results in.
    SaveExamResults,
    /// Open the ADR log of this repository (or folder) on the Log screen.
    OpenLog(PathBuf),
    /// Read the open log again.
    ReloadLog,
    /// Set the status of a record of the open log.
    SetRecordStatus {
        /// The record.
        file: PathBuf,
        /// Its new status.
        status: arbitre_core::session::Status,
    },
    /// Start a decision that will supersede this record of the open log.
    SupersedeRecord(PathBuf),
    /// Start a new decision to write into the open log.
    NewInLog,
    /// Start a record of any decision in the open log: ask its title (`Ctrl+Shift+N`).
    NewRecord,
    /// Start a record of any decision that supersedes this record of the open log.
    NewRecordSuperseding(PathBuf),
    /// Draft the new record whose title was typed.
    StartNewRecord,
    /// Leave the new record's title prompt.
    CancelNewRecord,
    /// Write the new record into the log.
    SaveNewRecord,
    /// Drop the new record (asked first if its text was edited).
    DiscardNewRecord,
    /// The answer to "Discard this new record?": discard (true) or keep editing.
    ConfirmDiscardNewRecord(bool),
    /// Start a log in a folder that has none.
    InitLog {
        /// The folder.
        dir: PathBuf,
        /// The layout chosen.
        kind: arbitre_adr::log::LogKind,
    },
    /// Regenerate the open log's index.
    WriteLogIndex,
    /// Export the ADR into the log chosen on the Log screen.
    ExportToLog,
    /// Stop exporting into the log chosen on the Log screen.
    ForgetLogTarget,
    /// Answer to the path field shown when no native dialog can be: use the path typed
    /// (true), or cancel (false).
    ResolvePath(bool),
    /// Switch presenter mode (full screen, large type, large check boxes).
    TogglePresenter,
    /// Show or hide the list of keyboard shortcuts.
    ToggleShortcuts,
}

/// An answer to "the file changed on disk: replace it?".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Overwrite {
    /// Replace the file with this version.
    Replace,
    /// Save under another name.
    SaveAs,
    /// Do nothing.
    Cancel,
}

/// An answer to "save your changes?".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Choice {
    /// Save, then go on.
    Save,
    /// Go on without saving.
    Discard,
    /// Do nothing.
    Cancel,
}

/// What waits for an answer to the unsaved-changes prompt.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Pending {
    /// A new session.
    New,
    /// Picking a file to open.
    OpenDialog,
    /// Opening a given file.
    Open(PathBuf),
    /// Closing the window.
    Close,
    /// Starting from a given session (a decision that supersedes a record).
    Start(Box<arbitre_core::session::Session>),
}

/// A file dialog the app wants opened (needs the window, so eframe's `ui` opens it).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DialogRequest {
    /// Pick a session to open.
    Open,
    /// Choose where to save.
    SaveAs,
    /// Choose a Markdown file to export the ADR to.
    ExportFile,
    /// Choose an ADR log folder (or repository root).
    ExportLog(Option<String>),
    /// Choose a repository to open on the Log screen.
    OpenLog,
    /// Choose a teacher's pack to load on the Train screen.
    OpenPack,
    /// Choose a folder for the exam's results.
    SaveResults,
}

impl DialogRequest {
    /// The dialog's title (the path field's too, when no native dialog can be shown).
    pub fn title(&self, lang: Lang) -> &'static str {
        let w = &lang.words().app;
        match self {
            DialogRequest::Open => w.dialog_open,
            DialogRequest::SaveAs => w.dialog_save_as,
            DialogRequest::ExportFile => w.dialog_export_file,
            DialogRequest::ExportLog(_) => w.dialog_export_log,
            DialogRequest::OpenLog => w.dialog_open_log,
            DialogRequest::OpenPack => w.dialog_open_pack,
            DialogRequest::SaveResults => w.dialog_save_results,
        }
    }
}

/// A zoom step.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ZoomStep {
    /// Larger.
    In,
    /// Smaller.
    Out,
    /// 100 %.
    Reset,
}

/// The app-wide keyboard shortcuts and what they do, in the order they are tried (a shifted
/// form before the plain one it contains). Menus show the same shortcuts, formatted by
/// `ctx.format_shortcut` (Ctrl, or Cmd on macOS). Built once: it is read every frame.
pub fn shortcuts() -> &'static [(KeyboardShortcut, Command)] {
    static TABLE: std::sync::LazyLock<Vec<(KeyboardShortcut, Command)>> =
        std::sync::LazyLock::new(build_shortcuts);
    &TABLE
}

fn build_shortcuts() -> Vec<(KeyboardShortcut, Command)> {
    let ctrl = Modifiers::COMMAND;
    let ctrl_shift = Modifiers::COMMAND | Modifiers::SHIFT;
    let mut v = vec![
        (KeyboardShortcut::new(ctrl_shift, Key::Z), Command::Redo),
        (KeyboardShortcut::new(ctrl_shift, Key::S), Command::SaveAs),
        (
            KeyboardShortcut::new(ctrl_shift, Key::N),
            Command::NewRecord,
        ),
        (KeyboardShortcut::new(ctrl, Key::Z), Command::Undo),
        (KeyboardShortcut::new(ctrl, Key::Y), Command::Redo),
        (KeyboardShortcut::new(ctrl, Key::S), Command::Save),
        (KeyboardShortcut::new(ctrl, Key::O), Command::OpenDialog),
        (KeyboardShortcut::new(ctrl, Key::N), Command::New),
        (
            KeyboardShortcut::new(Modifiers::NONE, Key::F5),
            Command::ReloadLog,
        ),
        (
            KeyboardShortcut::new(Modifiers::NONE, Key::F11),
            Command::TogglePresenter,
        ),
        (
            KeyboardShortcut::new(Modifiers::NONE, Key::F1),
            Command::ToggleShortcuts,
        ),
        (
            KeyboardShortcut::new(ctrl, Key::PageUp),
            Command::PreviousComponent,
        ),
        (
            KeyboardShortcut::new(ctrl, Key::PageDown),
            Command::NextComponent,
        ),
    ];
    for screen in Screen::ALL {
        v.push((
            KeyboardShortcut::new(ctrl, screen.key()),
            Command::Go(screen),
        ));
    }
    v
}

impl Command {
    /// The first shortcut that runs this command, if any (for menus and tooltips).
    pub(crate) fn shortcut(&self) -> Option<KeyboardShortcut> {
        shortcuts().iter().find(|(_, c)| c == self).map(|(k, _)| *k)
    }
}
