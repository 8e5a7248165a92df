//! The exam tab: a form (the student's name, a seed, the exam code the teacher hands out, the
//! sections, how many questions, an optional time limit), then the questions one at a time
//! with no feedback, then the score per section, the results saved as CSV and Markdown to
//! hand in, and the answers reviewed with their explanations.
//!
//! The exam is the one `arbitre exam --seed N --code CODE` prints for the same kit, sections
//! and count: both come from [`arbitre_train::exam::asked`]. With no code, the practice exam
//! of the seed (said so). The time left is the exam's limit less the time since its recorded
//! start.

use std::path::PathBuf;
use std::time::{Duration, Instant};

use egui::{Button, Label, RichText, Ui};

use crate::command::{Command, TrainAction as Action};
use crate::theme;
use crate::view::ViewCtx;
use arbitre_core::kit::{CheckedKit, QuizSection};
use arbitre_train::bank;
use arbitre_train::exam::in_progress::{InProgress, Resumed};
use arbitre_train::exam::{ExamCode, ExamSpec, Sitting, unix_now};

use super::bullet_ui;
use super::quiz::{choice_text, choices_ui, pressed_choice, question_ui};

/// The exam form's settings, kept while the screen is open.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Form {
    /// The student's name.
    pub name: String,
    /// The seed, as typed (digits).
    pub seed: String,
    /// The exam code, as typed (empty: the practice exam).
    pub code: String,
    /// Which sections, in [`QuizSection::ALL`] order.
    pub sections: [bool; 5],
    /// How many questions.
    pub count: usize,
    /// Whether the time is limited.
    pub limited: bool,
    /// The limit, in minutes.
    pub minutes: u32,
    /// Today, as the screen was last drawn (the sitting's date).
    pub today: String,
}

impl Default for Form {
    fn default() -> Self {
        Form {
            name: String::new(),
            seed: "1".to_owned(),
            code: String::new(),
            sections: [true; 5],
            count: 20,
            limited: false,
            minutes: 30,
            today: String::new(),
        }
    }
}

impl Form {
    fn seed(&self) -> Option<u64> {
        self.seed.trim().parse().ok()
    }

    fn spec(&self) -> Option<ExamSpec> {
        let sections: Vec<QuizSection> = QuizSection::ALL
            .into_iter()
            .zip(self.sections)
            .filter_map(|(s, on)| on.then_some(s))
            .collect();
        (!sections.is_empty() && !self.name.trim().is_empty()).then_some(ExamSpec {
            seed: self.seed()?,
            sections,
            count: self.count.max(1),
            time_limit_minutes: self.limited.then_some(self.minutes.max(1)),
        })
    }
}

/// Where the results went.
#[derive(Debug)]
pub(super) enum Saved {
    /// Into these two files.
    Files(PathBuf, PathBuf),
    /// Not saved: the error, in the user's words (said when it happened).
    Failed(arbitre_core::files::WriteError),
    /// No data folder: only "Save the results…" saves them.
    NoFolder,
}

/// The exam tab's state.
#[derive(Debug, Default)]
pub(super) enum Desk {
    /// The form.
    #[default]
    Form,
    /// An exam under way.
    Running {
        /// The sitting, answers so far.
        sitting: Sitting,
        /// The question shown.
        pos: usize,
        /// When the time runs out, if it is limited.
        deadline: Option<Instant>,
        /// Asking before handing in with unanswered questions.
        confirm: bool,
    },
    /// Handed in.
    Done {
        /// The sitting.
        sitting: Sitting,
        /// Where its results went (the data folder's `results/`).
        saved: Vec<Saved>,
    },
}

impl Desk {
    /// The sitting handed in, if any.
    pub(super) fn sitting(&self) -> Option<&Sitting> {
        match self {
            Desk::Running { sitting, .. } | Desk::Done { sitting, .. } => Some(sitting),
            Desk::Form => None,
        }
    }

    /// Whether an exam is under way and its time is up.
    pub(super) fn time_up(&self) -> bool {
        self.ticking().is_some_and(|d| Instant::now() >= d)
    }

    /// Whether an exam is under way with a time limit (the screen then repaints each
    /// second to show the time left).
    pub(super) fn ticking(&self) -> Option<Instant> {
        match self {
            Desk::Running { deadline, .. } => *deadline,
            _ => None,
        }
    }
}

/// When the time runs out, from the sitting's recorded start and its limit (never later
/// than the limit from now).
fn deadline_of(sitting: &Sitting) -> Option<Instant> {
    sitting
        .time_left(unix_now())
        .map(|left| Instant::now() + Duration::from_secs(left))
}

impl Desk {
    /// The exam as kept on disk: under way, or handed in with its results not written yet
    /// (`None` for the form). Only what was asked and the answers: never the key.
    pub(super) fn to_state(&self) -> Option<InProgress> {
        match self {
            Desk::Running { sitting, pos, .. } => Some(InProgress::of(sitting, *pos, false)),
            Desk::Done { sitting, .. } => Some(InProgress::of(sitting, 0, true)),
            Desk::Form => None,
        }
    }

    /// The exam that was under way when its window closed; its time keeps running from its
    /// recorded start (already up: it is handed in at the next step or frame).
    pub(super) fn resumed(r: Resumed) -> Desk {
        Desk::Running {
            deadline: deadline_of(&r.sitting),
            sitting: r.sitting,
            pos: r.pos,
            confirm: false,
        }
    }
}

/// Starts an exam from the form: the same questions as `arbitre exam` for this seed and
/// code, started now.
pub(super) fn start(form: &Form, kit: &CheckedKit) -> Option<Desk> {
    let spec = form.spec()?;
    let code = ExamCode::new(&form.code);
    let sitting = Sitting::start(
        &bank::questions(kit, &[]),
        spec,
        &code,
        form.name.trim(),
        &form.today,
        unix_now(),
    )?;
    Some(Desk::Running {
        deadline: deadline_of(&sitting),
        sitting,
        pos: 0,
        confirm: false,
    })
}

/// The exam tab.
pub(super) fn exam_ui(
    ui: &mut Ui,
    cx: &ViewCtx<'_>,
    desk: &Desk,
    form: &mut Form,
    actions: &mut Vec<Action>,
    cmds: &mut Vec<Command>,
) {
    if form.today != cx.today {
        cx.today.clone_into(&mut form.today);
    }
    match desk {
        Desk::Form => form_ui(ui, cx, form, actions),
        Desk::Running {
            sitting,
            pos,
            deadline,
            confirm,
        } => running_ui(ui, cx, sitting, *pos, *deadline, *confirm, actions),
        Desk::Done { sitting, saved } => done_ui(ui, cx, sitting, saved, actions, cmds),
    }
}

fn form_ui(ui: &mut Ui, cx: &ViewCtx<'_>, form: &mut Form, actions: &mut Vec<Action>) {
    let (lang, w) = (cx.lang, &cx.words.train);
    ui.add(Label::new(w.exam_intro).wrap());
    ui.add_space(6.0);
    egui::Grid::new("exam_form")
        .num_columns(2)
        .spacing([12.0, 8.0])
        .show(ui, |ui| {
            let l = ui.label(lang.colon(w.exam_name));
            ui.add(egui::TextEdit::singleline(&mut form.name).desired_width(280.0))
                .labelled_by(l.id);
            ui.end_row();

            let l = ui.label(lang.colon(w.exam_seed));
            ui.add(egui::TextEdit::singleline(&mut form.seed).desired_width(160.0))
                .labelled_by(l.id)
                .on_hover_text(w.exam_seed_hint);
            form.seed.retain(|c| c.is_ascii_digit());
            ui.end_row();

            let c = &cx.words.exam_code;
            let l = ui.label(lang.colon(c.code));
            let code = ui
                .add(egui::TextEdit::singleline(&mut form.code).desired_width(160.0))
                .labelled_by(l.id)
                .on_hover_text(c.code_hint);
            // Enter in the code starts the exam, as the teacher reads the code out.
            if code.lost_focus()
                && ui.input(|i| i.key_pressed(egui::Key::Enter))
                && form.spec().is_some()
            {
                actions.push(Action::StartExam);
            }
            ui.end_row();

            let l = ui.label(lang.colon(w.exam_sections));
            ui.vertical(|ui| {
                for (on, section) in form.sections.iter_mut().zip(QuizSection::ALL) {
                    theme::tick_box(ui, on, bank::section_name(section, lang));
                }
            })
            .response
            .labelled_by(l.id);
            ui.end_row();

            let l = ui.label(lang.colon(w.exam_count));
            ui.add(egui::DragValue::new(&mut form.count).range(1..=200))
                .labelled_by(l.id);
            ui.end_row();

            let l = ui.label(lang.colon(w.exam_duration));
            ui.horizontal(|ui| {
                theme::tick_box(ui, &mut form.limited, w.exam_time_limit);
                ui.add_enabled(
                    form.limited,
                    egui::DragValue::new(&mut form.minutes).range(1..=600),
                )
                .labelled_by(l.id);
                ui.label(w.exam_minutes);
            });
            ui.end_row();
        });
    let c = &cx.words.exam_code;
    let note = if ExamCode::new(&form.code).is_practice() {
        c.practice_note
    } else {
        c.coded_note
    };
    ui.add(Label::new(RichText::new(note).weak()).wrap());
    ui.add_space(8.0);
    let ready = form.spec().is_some();
    if ui
        .add_enabled(
            ready,
            Button::new(RichText::new(w.exam_start).size(theme::SUBHEADING)),
        )
        .clicked()
    {
        actions.push(Action::StartExam);
    }
    if !ready {
        let why = if form.name.trim().is_empty() {
            w.exam_need_name
        } else if form.seed().is_none() {
            w.exam_need_seed
        } else {
            w.exam_need_section
        };
        ui.label(RichText::new(why).small().weak());
    }
}

/// The exam's title: whose, which seed, and "practice exam" when sat without a code.
fn running_title(cx: &ViewCtx<'_>, sitting: &Sitting) -> String {
    let title = (cx.words.train.exam_running)(&sitting.student, &sitting.spec.seed.to_string());
    if sitting.practice {
        format!("{title} · {}", cx.words.exam_code.running_practice)
    } else {
        title
    }
}

/// The line that says the exam file was edited by hand.
fn edited_ui(ui: &mut Ui, cx: &ViewCtx<'_>) {
    let red = ui.visuals().error_fg_color;
    ui.add(
        Label::new(
            RichText::new(cx.words.exam_code.file_edited)
                .strong()
                .color(red),
        )
        .wrap(),
    );
}

/// "mm:ss" (or "h:mm:ss").
fn clock(left: Duration) -> String {
    let s = left.as_secs();
    if s >= 3600 {
        format!("{}:{:02}:{:02}", s / 3600, s / 60 % 60, s % 60)
    } else {
        format!("{:02}:{:02}", s / 60, s % 60)
    }
}

fn running_ui(
    ui: &mut Ui,
    cx: &ViewCtx<'_>,
    sitting: &Sitting,
    pos: usize,
    deadline: Option<Instant>,
    confirm: bool,
    actions: &mut Vec<Action>,
) {
    let w = &cx.words.train;
    let n = sitting.questions.len();
    let answered = sitting.answers.iter().filter(|a| a.is_some()).count();
    ui.add(Label::new(theme::subheading(running_title(cx, sitting))).wrap());
    if sitting.edited {
        edited_ui(ui, cx);
    }
    ui.horizontal_wrapped(|ui| {
        ui.label(format!("{} {} / {n}", w.question, pos + 1));
        ui.label(RichText::new((w.exam_answered)(answered, n)).weak());
        if let Some(deadline) = deadline {
            let left = deadline.saturating_duration_since(Instant::now());
            let text = RichText::new((w.exam_time_left)(&clock(left))).strong();
            let text = if left < Duration::from_mins(1) {
                text.color(super::wrong_colour(cx.dark))
            } else {
                text
            };
            ui.label(text);
            if left.is_zero() {
                actions.push(Action::ExamTimeUp);
            }
        }
    });
    ui.separator();
    let Some(question) = sitting.questions.get(pos) else {
        return;
    };
    question_ui(ui, cx, question);
    // The choice stays open to change until the exam is handed in; no feedback.
    let chosen = sitting.answers.get(pos).copied().flatten();
    let mut clicked = choices_ui(ui, cx, question, None, chosen);
    if clicked.is_none() && !ui.ctx().egui_wants_keyboard_input() {
        clicked = pressed_choice(ui, question.choices.len());
    }
    if let Some(i) = clicked {
        actions.push(Action::ExamAnswer(i));
    }
    ui.add_space(8.0);
    ui.horizontal_wrapped(|ui| {
        if ui
            .add_enabled(pos > 0, Button::new(w.exam_previous))
            .clicked()
        {
            actions.push(Action::ExamGo(pos - 1));
        }
        if ui
            .add_enabled(pos + 1 < n, Button::new(w.exam_next))
            .clicked()
        {
            actions.push(Action::ExamGo(pos + 1));
        }
        ui.separator();
        if ui.button(w.exam_finish).clicked() {
            actions.push(Action::FinishExam);
        }
    });
    // Every question, as a row of numbers: answered ones filled.
    ui.horizontal_wrapped(|ui| {
        for i in 0..n {
            let done = sitting.answers.get(i).copied().flatten().is_some();
            let text = RichText::new(format!("{}", i + 1));
            let text = if done { text.strong() } else { text.weak() };
            let b = ui.add(Button::new(text).selected(i == pos).small());
            if b.clicked() {
                actions.push(Action::ExamGo(i));
            }
        }
    });
    if confirm {
        ui.add_space(6.0);
        ui.label(RichText::new((w.exam_unanswered)(n - answered)).strong());
        ui.horizontal(|ui| {
            if ui.button(w.exam_finish_anyway).clicked() {
                actions.push(Action::ConfirmFinishExam);
            }
            if ui.button(cx.words.common.cancel).clicked() {
                actions.push(Action::CancelFinishExam);
            }
        });
    }
}

fn done_ui(
    ui: &mut Ui,
    cx: &ViewCtx<'_>,
    sitting: &Sitting,
    saved: &[Saved],
    actions: &mut Vec<Action>,
    cmds: &mut Vec<Command>,
) {
    let (lang, w) = (cx.lang, &cx.words.train);
    ui.add(Label::new(theme::subheading(w.exam_results)).wrap());
    ui.label(RichText::new(running_title(cx, sitting)).weak());
    if sitting.timed_out {
        ui.add(Label::new(RichText::new(w.exam_timed_out).strong()).wrap());
    }
    if sitting.edited {
        edited_ui(ui, cx);
    }

    egui::Grid::new("exam_scores")
        .num_columns(2)
        .striped(true)
        .spacing([24.0, 6.0])
        .show(ui, |ui| {
            for head in w.exam_score_heads {
                ui.label(RichText::new(head).strong());
            }
            ui.end_row();
            for (section, right, asked) in sitting.scores() {
                ui.label(bank::section_name(section, lang));
                ui.label((w.exam_score)(
                    right,
                    asked,
                    arbitre_train::percent(right, asked),
                ));
                ui.end_row();
            }
            let (right, asked) = sitting.total();
            ui.label(RichText::new(w.exam_total).strong());
            let score = (w.exam_score)(right, asked, arbitre_train::percent(right, asked));
            ui.label(RichText::new(score).strong());
            ui.end_row();
        });
    ui.add_space(6.0);
    for s in saved {
        let line = match s {
            Saved::Files(csv, md) => {
                let name = |p: &PathBuf| {
                    p.file_name()
                        .map_or_else(String::new, |n| n.to_string_lossy().into_owned())
                };
                let folder = csv
                    .parent()
                    .map(|d| d.display().to_string())
                    .unwrap_or_default();
                // The folder (a long path) on hover.
                ui.add(Label::new((w.exam_saved)(&name(csv), &name(md))).wrap())
                    .on_hover_text(folder);
                continue;
            }
            Saved::Failed(e) => (w.exam_not_saved)(&e.message(lang)),
            Saved::NoFolder => w.exam_no_folder.to_owned(),
        };
        ui.add(Label::new(line).wrap());
    }
    ui.horizontal_wrapped(|ui| {
        if ui.button(w.exam_save_as).clicked() {
            cmds.push(Command::SaveExamResults);
        }
        if ui.button(w.exam_new).clicked() {
            actions.push(Action::NewExam);
        }
    });
    ui.add_space(8.0);
    ui.add(Label::new(theme::subheading(w.exam_review)).wrap());
    for (i, q) in sitting.questions.iter().enumerate() {
        let chosen = sitting.answers.get(i).copied().flatten();
        let right = chosen == Some(q.answer);
        ui.add_space(6.0);
        let mark = if right { "✔" } else { "✘" };
        let colour = if right {
            super::right_colour(cx.dark)
        } else {
            super::wrong_colour(cx.dark)
        };
        ui.add(
            Label::new(
                RichText::new(format!("{mark} {}. {}", i + 1, q.full_prompt(lang)))
                    .color(colour)
                    .strong(),
            )
            .wrap(),
        );
        let yours = chosen.map_or_else(|| w.exam_no_answer.to_owned(), |c| choice_text(q, c, lang));
        ui.add(Label::new((w.exam_your_answer)(&yours)).wrap());
        if !right {
            ui.add(Label::new((w.answer_is)(&choice_text(q, q.answer, lang))).wrap());
            if let Some(Some(why)) = chosen.and_then(|c| q.why_wrong.get(c)) {
                bullet_ui(ui, why.get(lang));
            }
        }
        for e in &q.explain {
            bullet_ui(ui, e.get(lang));
        }
    }
}
