//! The Train screen: a quiz on the comparison table, the kit's scenarios, and the student's
//! progress, all offline. Feedback quotes the notes (the table's cells, the engine's reasons,
//! the hybrid architectures' text), so a student alone can see why.
//!
//! The logic lives in [`arbitre_train`]; this module draws it. Views collect
//! [`TrainAction`](crate::command::TrainAction)s while drawing; the app sends them to
//! [`update`] as [`TrainMsg::Do`] after the frame, like every other command. The file
//! operations (progress saved right after an answer or a reset, never per frame; the
//! position; the exam file and its results; a student's files) come out as
//! [`TrainEffect`]s, done off the frame by the effect runner ([`run`]), their outcomes sent
//! back as messages.

use std::path::PathBuf;

use egui::{Button, Label, RichText, Ui};

use crate::command::{Command, Tab, TrainAction as Action};
use crate::theme;
use crate::view::ViewCtx;
use arbitre_core::i18n::Lang;
use arbitre_core::i18n::words::Train as Words;
use arbitre_core::kit::{CheckedKit, LoadError, OptionId};
use arbitre_train::pack::{CheckedPack, WithPacks as _};
use arbitre_train::{self as train, Progress, Training};

mod components;
mod exam;
mod exam_file;
mod jobs;
mod progress;
mod quiz;
mod saving;
mod scenarios;
mod shared;
mod update;

pub(crate) use jobs::{StudentRead, TrainDisk, TrainEffect, run};
pub(crate) use update::{TrainMsg, update};

use shared::{
    bullet_ui, feedback_frame, next_button, position_ui, right_colour, round_over_ui, verdict_line,
    wrong_colour,
};

/// The widest the text runs, for reading comfort on a wide screen.
const MAX_TEXT_WIDTH: f32 = 1000.0;

/// The scenario answer being put together, before "Check".
#[derive(Debug, Clone, Default, PartialEq, Eq)]
struct Choice {
    option: Option<OptionId>,
    pattern: Option<String>,
    ticks: std::collections::BTreeSet<String>,
    /// For a system scenario: where each component is placed, by index.
    places: std::collections::BTreeMap<usize, arbitre_core::system::Place>,
}

impl Choice {
    /// Ticks a checklist item, or unticks it if it was ticked.
    fn toggle(&mut self, id: String) {
        if !self.ticks.remove(&id) {
            self.ticks.insert(id);
        }
    }
}

/// A notice for the user, kept as data and put into words in the language of the screen
/// when it is taken.
#[derive(Debug)]
pub enum Notice {
    /// The progress file could not be read: the error.
    Unreadable(arbitre_core::kit::LoadError),
    /// The unreadable file was copied aside: the copy's path.
    KeptAs(PathBuf),
    /// The unreadable file could not be copied aside, so saving is off: the error, the file.
    SavingOff(arbitre_core::files::WriteError, PathBuf),
    /// A save failed: the error.
    NotSaved(arbitre_core::files::WriteError),
    /// An exam file left by a closed window could not be read; it was renamed aside.
    ExamSetAside {
        /// Why it could not be read.
        error: LoadError,
        /// Where it now is.
        moved_to: PathBuf,
    },
}

impl Notice {
    /// The notice in a language.
    pub fn text(&self, lang: Lang) -> String {
        let w = &lang.words().train;
        match self {
            Notice::Unreadable(e) => (w.unreadable_progress)(&e.message(lang)),
            Notice::KeptAs(copy) => (w.kept_as)(&copy.display().to_string()),
            Notice::SavingOff(e, path) => {
                (w.saving_off)(&e.message(lang), &path.display().to_string())
            }
            Notice::NotSaved(e) => (w.not_saved)(&e.message(lang)),
            Notice::ExamSetAside { error, moved_to } => {
                (w.exam_set_aside)(&error.message(lang), &moved_to.display().to_string())
            }
        }
    }
}

/// The Train screen's state: the training (questions, decks, progress) and what only the
/// screen needs (the tab, the pending choice, the reset confirmation, messages).
#[derive(Debug)]
pub struct Trainer {
    training: Training,
    /// The kit the app runs with, before any pack.
    base_kit: CheckedKit,
    /// The kit trained on: the base kit with the packs' scenarios and questions (shared, so
    /// that an action can read it while the training changes).
    kit: std::sync::Arc<CheckedKit>,
    /// The teachers' packs loaded, in the order they were loaded.
    packs: Vec<CheckedPack>,
    /// Where each student's progress is kept (none: nothing is kept).
    data_dir: Option<PathBuf>,
    /// The student training (none: the shared progress).
    student: Option<String>,
    /// The students with progress in the data folder, listed when the folder is read (at the
    /// start and when a student is added), not per frame.
    students: Vec<String>,
    /// The name being typed for a new student.
    new_student: String,
    /// The quiz's section and level (`None`: any), for each new round.
    quiz_filter: (
        Option<arbitre_core::kit::QuizSection>,
        Option<arbitre_core::kit::Level>,
    ),
    /// The exam tab: its form, the exam under way, or the results.
    exam: exam::Desk,
    exam_form: exam::Form,
    /// Whether this window holds an exam file (locked while its exam runs; the file itself
    /// is in `disk`, touched only by the effect runner).
    exam_file_held: bool,
    /// What stays open on disk between the screen's jobs (the exam file): only the effect
    /// runner's jobs lock it, never a frame.
    disk: std::sync::Arc<std::sync::Mutex<TrainDisk>>,
    /// Why the exam under way cannot be kept on disk, while it cannot: one line on screen.
    exam_problem: Option<arbitre_core::files::WriteError>,
    /// An exam under way that could not be taken up again at start (its file kept).
    exam_unresumable: Option<arbitre_train::exam::RestoreError>,
    /// A close would lose the exam: the exam tab asks.
    close_question: bool,
    /// The user chose to close without the exam's results.
    close_anyway: bool,
    seed: u64,
    progress_file: Option<PathBuf>,
    /// The progress file's state machine: the base of the merge, a save under way, errors
    /// said.
    keeper: arbitre_train::keeping::Keeper,
    /// A failure to keep the position was reported (once, until it works again).
    position_error_reported: bool,
    tab: Tab,
    choice: Choice,
    confirm_reset: bool,
    /// Move the keyboard focus to the "next" button (set after an answer, used once).
    focus_next: bool,
    notices: Vec<Notice>,
    lang: Lang,
}

impl Trainer {
    /// Loads progress from `progress_file` if given and readable. A missing file starts
    /// fresh silently; an unreadable or corrupt one starts fresh with a message, and is never
    /// deleted: it is copied aside (`….unreadable`) before the first save replaces it, and if
    /// that copy fails nothing is saved. The quiz is generated and both decks are shuffled
    /// here, with a PRNG seeded by `seed`.
    pub fn new(kit: &CheckedKit, progress_file: Option<PathBuf>, seed: u64) -> Trainer {
        let mut trainer = Trainer {
            training: Training::new(kit, Progress::default(), seed),
            base_kit: kit.clone(),
            kit: std::sync::Arc::new(kit.clone()),
            packs: Vec::new(),
            data_dir: progress_file
                .as_deref()
                .and_then(std::path::Path::parent)
                .map(std::path::Path::to_owned),
            student: None,
            students: Vec::new(),
            new_student: String::new(),
            quiz_filter: (None, None),
            exam: exam::Desk::default(),
            exam_form: exam::Form::default(),
            exam_file_held: false,
            disk: std::sync::Arc::default(),
            exam_problem: None,
            exam_unresumable: None,
            close_question: false,
            close_anyway: false,
            seed,
            keeper: arbitre_train::keeping::Keeper::default(),
            progress_file,
            position_error_reported: false,
            tab: Tab::default(),
            choice: Choice::default(),
            confirm_reset: false,
            focus_next: false,
            notices: Vec::new(),
            lang: Lang::default(),
        };
        trainer.reload();
        trainer
    }

    /// The app's trainer: progress kept per student under `data_dir` (the shared progress,
    /// `progress.ron`, when no student is named).
    pub fn in_data_dir(
        kit: &CheckedKit,
        data_dir: Option<PathBuf>,
        student: Option<String>,
        seed: u64,
    ) -> Trainer {
        let student = student.filter(|s| !s.trim().is_empty());
        let file = data_dir
            .as_deref()
            .map(|d| train::progress_path(d, student.as_deref()));
        let mut trainer = Trainer::new(kit, file, seed);
        trainer.data_dir = data_dir;
        // An exam under way when its window closed goes on where it was.
        trainer.resume_exam();
        trainer.students = trainer
            .data_dir
            .as_deref()
            .map(train::students)
            .unwrap_or_default();
        if student.is_some() {
            trainer.exam_form.name = student.clone().unwrap_or_default();
            trainer.student = student;
            trainer
                .training
                .progress
                .student
                .clone_from(&trainer.student);
        }
        trainer
    }

    /// Reads the progress file and the position again, and starts the training on the
    /// current kit (at the start, not in a frame).
    fn reload(&mut self) {
        let read = self.progress_file.as_deref().map(jobs::read_student);
        self.reload_from(read.unwrap_or(StudentRead {
            progress: Ok(None),
            position: None,
        }));
    }

    /// Starts the training on the current kit from a student's files, as read.
    fn reload_from(&mut self, read: StudentRead) {
        let mut unreadable = false;
        let progress = match read.progress {
            Ok(None) => Progress::default(),
            Ok(Some(p)) => p,
            Err(e) => {
                unreadable = true;
                self.notices.push(Notice::Unreadable(e));
                Progress::default()
            }
        };
        let root = self
            .progress_file
            .as_deref()
            .map(|f| self.data_root(f))
            .unwrap_or_default();
        self.keeper = arbitre_train::keeping::Keeper::new(
            self.progress_file.clone(),
            root,
            progress.clone(),
            unreadable,
        );
        let questions = std::mem::take(&mut self.training.questions);
        self.training =
            Training::from_bank(questions, self.kit.scenarios.len(), progress, self.seed);
        // The same deck, at the same position, as when the student left.
        if let Some(position) = read.position {
            self.training.resume(position, self.kit.scenarios.len());
        }
        self.choice = Choice::default();
        self.confirm_reset = false;
    }

    /// Where the student was, as last kept beside the progress file (none if unreadable); at
    /// the start, not in a frame.
    fn saved_position(&self) -> Option<train::Position> {
        jobs::read_student(self.progress_file.as_deref()?).position
    }

    /// The kit trained on: the app's kit with the packs' scenarios and questions.
    pub fn kit(&self) -> &CheckedKit {
        &self.kit
    }

    /// The packs loaded.
    pub fn packs(&self) -> &[CheckedPack] {
        &self.packs
    }

    /// The student training (none: the shared progress).
    pub fn student(&self) -> Option<&str> {
        self.student.as_deref()
    }

    /// The students known on this machine.
    pub fn students(&self) -> &[String] {
        &self.students
    }

    /// Adds a teacher's pack: the effect that reads and checks it against the app's kit
    /// (a pack with the same id replaces the one loaded). Once it is read
    /// ([`TrainMsg::PackLoaded`]), the training starts again on the kit with the pack; the
    /// progress is kept.
    pub(crate) fn load_pack(&self, path: &std::path::Path) -> TrainEffect {
        TrainEffect::LoadPack {
            path: path.to_owned(),
            base: std::sync::Arc::new(self.base_kit.clone()),
            packs: self.packs.clone(),
        }
    }

    /// Removes a pack by id. Returns whether one was removed.
    pub fn remove_pack(&mut self, id: &str) -> bool {
        let before = self.packs.len();
        self.packs.retain(|p| p.pack != id);
        let removed = self.packs.len() != before;
        if removed {
            self.packs_changed(false);
        }
        removed
    }

    /// Reads the packs kept from the last run (each checked; the errors are returned), and
    /// goes on where the student was with them.
    pub(crate) fn restore_packs(&mut self, paths: &[PathBuf]) -> Vec<LoadError> {
        let mut errors = Vec::new();
        for path in paths {
            match arbitre_train::pack::load(path, &self.base_kit.with_packs(&self.packs)) {
                Ok(pack) => {
                    self.packs.retain(|p| p.pack != pack.pack);
                    self.packs.push(pack);
                }
                Err(e) => errors.push(e),
            }
        }
        if !self.packs.is_empty() {
            self.packs_changed(true);
        }
        errors
    }

    /// The kit trained on changed: new rounds that include every item (or, at start-up,
    /// `keep_position`: the position saved with the same packs, read again).
    fn packs_changed(&mut self, keep_position: bool) {
        self.kit = std::sync::Arc::new(self.base_kit.with_packs(&self.packs));
        let progress = self.training.progress.clone();
        let mut before = std::mem::replace(
            &mut self.training,
            Training::new(&self.kit, progress, self.seed),
        );
        if keep_position && let Some(position) = self.saved_position() {
            self.training.resume(position, self.kit.scenarios.len());
        } else {
            self.training.quiz = quiz_kept(&before, &self.training, self.quiz_filter);
            // A question answered before the pack came stays answered: not counted twice.
            let answered = before.quiz_verdict.take();
            if let Some(verdict) = answered
                && self
                    .training
                    .current_question()
                    .is_some_and(|q| q.id == verdict.question)
            {
                self.training.quiz_verdict = Some(verdict);
            }
        }
        self.choice = Choice::default();
    }

    /// Trains as another student (none: the shared progress): their progress and position
    /// are read from the data folder, and saved there from now on (tests and scripted runs:
    /// the files are read here; the window sends [`TrainMsg`]s).
    pub fn switch_student(&mut self, student: Option<String>) {
        let mut effects = Vec::new();
        self.switch_student_with(student, &mut effects);
        self.run_now(effects);
    }

    /// Switches the student; their files are read by an effect.
    fn switch_student_with(&mut self, student: Option<String>, effects: &mut Vec<TrainEffect>) {
        let student = student
            .map(|s| s.trim().to_owned())
            .filter(|s| !s.is_empty());
        if student == self.student {
            return;
        }
        let Some(dir) = self.data_dir.clone() else {
            self.student = student;
            self.training.progress.student.clone_from(&self.student);
            return;
        };
        if let Some(name) = &student
            && matches!(self.exam, exam::Desk::Form)
        {
            self.exam_form.name.clone_from(name);
        }
        let path = train::progress_path(&dir, student.as_deref());
        self.progress_file = Some(path.clone());
        // Nothing is saved until their files are read; what is answered meanwhile is added
        // to what is read.
        self.keeper = arbitre_train::keeping::Keeper::default();
        self.student = student;
        self.training.progress = Progress {
            student: self.student.clone(),
            ..Progress::default()
        };
        effects.push(TrainEffect::ReadStudent { path });
        if let Some(name) = &self.student
            && !self.students.contains(name)
        {
            self.students.push(name.clone());
            self.students.sort_by_key(|n| n.to_lowercase());
        }
    }

    /// The notices to show the user, taken once, as data (worded when drawn). Call it every
    /// frame (it is cheap): save errors arrive while the screen is used.
    pub(crate) fn take_notices(&mut self) -> Vec<Notice> {
        std::mem::take(&mut self.notices)
    }

    /// An error or notice to show the user, taken once, in the language the Train screen was
    /// last drawn in (French before that).
    pub fn take_message(&mut self) -> Option<String> {
        if self.notices.is_empty() {
            return None;
        }
        let lang = self.lang;
        let text: Vec<String> = self.notices.iter().map(|n| n.text(lang)).collect();
        let text = text.join("\n");
        self.notices.clear();
        Some(text)
    }

    /// The progress so far.
    pub fn progress(&self) -> &Progress {
        &self.training.progress
    }

    /// The training: questions, decks and the current feedback.
    pub fn training(&self) -> &Training {
        &self.training
    }

    /// The tab shown.
    pub fn tab(&self) -> Tab {
        self.tab
    }

    fn notice(&mut self, notice: Notice) {
        self.notices.push(notice);
    }

    /// What stays open on disk between the screen's jobs, for the effect runner's jobs
    /// ([`run`]).
    pub fn disk(&self) -> std::sync::Arc<std::sync::Mutex<TrainDisk>> {
        std::sync::Arc::clone(&self.disk)
    }

    /// Applies what the student did, running its file operations here, on this thread, and
    /// taking their outcomes (tests and scripted runs; the window sends
    /// [`TrainMsg::Do`] through [`update`] and runs the effects on the effect runner).
    pub fn apply(&mut self, action: Action) {
        let effects = update(self, TrainMsg::Do(action));
        self.run_now(effects);
    }

    /// Runs effects here and takes their outcomes, until none is left.
    fn run_now(&mut self, effects: Vec<TrainEffect>) {
        let mut queue: std::collections::VecDeque<TrainEffect> = effects.into();
        while let Some(effect) = queue.pop_front() {
            let disk = std::sync::Arc::clone(&self.disk);
            let answer = match disk.lock() {
                Ok(mut disk) => jobs::run_on(effect, &mut disk),
                Err(_) => None,
            };
            if let Some(msg) = answer {
                queue.extend(update(self, msg));
            }
        }
    }
}

/// The quiz run `before` a pack was loaded or removed, on the questions of `after`: the same
/// questions in the same order, at the same place (the questions a pack took away left out),
/// with the questions new to the bank after them (not in a run of missed questions only, and
/// only those of the round's section and level). A student who loads a teacher's pack goes on
/// where they were.
fn quiz_kept(
    before: &Training,
    after: &Training,
    (section, level): (
        Option<arbitre_core::kit::QuizSection>,
        Option<arbitre_core::kit::Level>,
    ),
) -> train::Deck {
    let index: std::collections::HashMap<&str, usize> = after
        .questions
        .iter()
        .enumerate()
        .map(|(i, q)| (q.id.as_str(), i))
        .collect();
    let old = &before.quiz;
    let mut order = Vec::with_capacity(after.quiz.order.len());
    let mut pos = 0;
    for (at, &i) in old.order.iter().enumerate() {
        let Some(&new) = before
            .questions
            .get(i)
            .and_then(|q| index.get(q.id.as_str()))
        else {
            continue;
        };
        order.push(new);
        if at < old.pos {
            pos += 1;
        }
    }
    if !old.retry {
        let kept: std::collections::HashSet<usize> = order.iter().copied().collect();
        // New questions join the round only if they are of the section and level it is of.
        let fits = |i: &usize| {
            after.questions.get(*i).is_some_and(|q| {
                section.is_none_or(|s| q.section == s) && level.is_none_or(|l| q.level == l)
            })
        };
        order.extend(
            after
                .quiz
                .order
                .iter()
                .filter(|i| !kept.contains(i) && fits(i)),
        );
    }
    train::Deck {
        order,
        pos,
        ..old.clone()
    }
}

/// Draws the Train screen inside the central panel. Saves progress (atomically, via
/// [`arbitre_core::files::write_atomic`]) right after each answer or reset, not per frame.
pub fn train_ui(ui: &mut Ui, cx: &mut ViewCtx<'_>, trainer: &mut Trainer) {
    trainer.lang = cx.lang;
    // The screen shows the kit trained on: the app's, with the packs'.
    let kit = std::sync::Arc::clone(&trainer.kit);
    let cx = &mut ViewCtx {
        kit: &kit,
        session: cx.session,
        recommendation: cx.recommendation,
        decision: cx.decision,
        system: cx.system,
        component: cx.component,
        lang: cx.lang,
        words: cx.words,
        dark: cx.dark,
        today: cx.today,
        cmds: &mut *cx.cmds,
    };
    let w = &cx.words.train;
    let mut actions = Vec::new();

    // On a short screen (a projector's, presenter mode) the top bar names the screen; the
    // tabs and the student share one row (the intro is on the tabs' hover) and the packs
    // show on the tabs that are about them: the question below stays in view.
    let short = quiz::compact(ui);
    if !short {
        ui.heading(w.title);
        ui.add(Label::new(w.intro).wrap());
    }
    let mut app_cmds = Vec::new();
    exam_file::exam_file_ui(ui, cx, trainer, &mut actions, &mut app_cmds);
    // While an exam runs, the student, the packs and the other tabs wait for it.
    let running = trainer.exam_running();
    let whole = !short || trainer.tab == Tab::Progress || (trainer.tab == Tab::Exam && !running);
    if whole {
        ui.add_enabled_ui(!running, |ui| {
            who_and_packs_ui(ui, cx, trainer, &mut actions);
        });
    }
    ui.horizontal_wrapped(|ui| {
        for tab in Tab::ALL {
            let size = if short {
                theme::SUBHEADING * 0.8
            } else {
                theme::SUBHEADING
            };
            let text = RichText::new(tab.title(cx.lang)).size(size);
            let open = !running || tab == Tab::Exam;
            let clicked = ui
                .add_enabled_ui(open, |ui| ui.selectable_label(trainer.tab == tab, text))
                .inner
                .on_hover_text(w.intro)
                .clicked();
            if clicked && trainer.tab != tab {
                actions.push(Action::Show(tab));
            }
        }
        // On a short screen the student stays at hand, in the tabs' row.
        if !whole && !running {
            ui.separator();
            student_ui(ui, cx, trainer, &mut actions);
        }
    });
    ui.separator();

    let focus_next = std::mem::take(&mut trainer.focus_next);
    // A timed exam shows the time left: one repaint a second, only while it runs.
    if trainer.exam.ticking().is_some() {
        ui.ctx()
            .request_repaint_after(std::time::Duration::from_secs(1));
    }
    let view: &ViewCtx<'_> = cx;
    egui::ScrollArea::vertical()
        .id_salt(("train", trainer.tab))
        .auto_shrink([false, false])
        .show(ui, |ui| {
            crate::focus::scroll_to_focus(ui);
            ui.set_max_width(MAX_TEXT_WIDTH.min(ui.available_width()));
            let t = &trainer.training;
            match trainer.tab {
                Tab::Quiz => {
                    quiz::filter_ui(ui, view, trainer.quiz_filter, t, &mut actions);
                    quiz::quiz_ui(ui, view, t, focus_next, &mut actions);
                }
                Tab::Scenarios => {
                    scenarios::scenario_ui(ui, view, t, &trainer.choice, focus_next, &mut actions);
                }
                Tab::Exam => exam::exam_ui(
                    ui,
                    view,
                    &trainer.exam,
                    &mut trainer.exam_form,
                    &mut actions,
                    &mut app_cmds,
                ),
                Tab::Progress => progress::progress_ui(ui, view, trainer, &mut actions),
            }
        });

    cx.cmds.extend(app_cmds);
    cx.cmds.extend(actions.into_iter().map(Command::Train));
}

/// Who is training: a drop-down of the students (and the shared progress).
fn student_ui(ui: &mut Ui, cx: &ViewCtx<'_>, trainer: &Trainer, actions: &mut Vec<Action>) {
    let (lang, w) = (cx.lang, &cx.words.train);
    let label = ui.label(lang.colon(w.student));
    let current = trainer.student.as_deref().unwrap_or(w.shared_progress);
    egui::ComboBox::from_id_salt("student")
        .selected_text(current)
        .show_ui(ui, |ui| {
            if ui
                .selectable_label(trainer.student.is_none(), w.shared_progress)
                .clicked()
            {
                actions.push(Action::SwitchStudent(None));
            }
            for name in &trainer.students {
                let on = trainer.student.as_deref() == Some(name.as_str());
                if ui.selectable_label(on, name).clicked() {
                    actions.push(Action::SwitchStudent(Some(name.clone())));
                }
            }
        })
        .response
        .labelled_by(label.id);
}

/// The student picker and the teachers' packs, in one row that wraps.
fn who_and_packs_ui(
    ui: &mut Ui,
    cx: &mut ViewCtx<'_>,
    trainer: &mut Trainer,
    actions: &mut Vec<Action>,
) {
    let (lang, w) = (cx.lang, &cx.words.train);
    ui.horizontal_wrapped(|ui| {
        student_ui(ui, cx, trainer, actions);
        let named = ui.label(lang.colon(w.new_student_hint));
        let field = ui
            .add(egui::TextEdit::singleline(&mut trainer.new_student).desired_width(180.0))
            .labelled_by(named.id);
        let typed = !trainer.new_student.trim().is_empty();
        let enter = field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
        if (ui.add_enabled(typed, Button::new(w.add_student)).clicked() || enter) && typed {
            actions.push(Action::AddStudent);
        }

        ui.separator();
        ui.label(lang.colon(w.packs));
        if trainer.packs.is_empty() {
            ui.label(RichText::new(w.no_pack).weak());
        }
        for pack in &trainer.packs {
            let title = pack.title.get(lang);
            let hint = (w.pack_hint)(
                &pack.scenarios.len().to_string(),
                &pack.questions.len().to_string(),
                &pack.origin().display().to_string(),
            );
            ui.label(RichText::new(title).strong()).on_hover_text(hint);
            let remove = ui.small_button("×").on_hover_text((w.remove_pack)(title));
            remove.widget_info(|| {
                egui::WidgetInfo::labeled(egui::Role::Button, true, (w.remove_pack)(title))
            });
            if remove.clicked() {
                cx.push(Command::RemovePack(pack.pack.clone()));
            }
        }
        if ui
            .button(w.load_pack)
            .on_hover_text(w.load_pack_hint)
            .clicked()
        {
            cx.push(Command::OpenPackDialog);
        }
    });
}
