//! The shape of the interface's words: one struct, one section per part of the interface.
//! Each language fills it whole (the French and the English catalogs), so a missing
//! translation does not compile. Words that take values are functions.

use serde::Serialize;

pub mod cli;
pub mod components;
pub mod doc;
pub mod errors;
pub mod exam;
pub mod exam_code;
pub mod findings;
pub mod log_errors;
pub mod log_findings;
pub mod new_record;
pub mod system;
pub mod system_doc;
pub mod system_train;
pub mod system_view;

/// A text built from one value.
pub type Fmt1 = fn(&str) -> String;
/// A text built from two values.
pub type Fmt2 = fn(&str, &str) -> String;
/// A text built from three values.
pub type Fmt3 = fn(&str, &str, &str) -> String;
/// A text built from a count.
pub type Count = fn(usize) -> String;

/// Every word of the interface, in one language.
#[derive(Debug, Serialize)]
pub struct Words {
    /// The language's own name, in itself ("Français", "English"), as shown on the switch.
    pub language_name: &'static str,
    /// Words used everywhere.
    pub common: Common,
    /// The top bar, the menus and the navigation.
    pub app: App,
    /// The prompts about files: unsaved changes, recovery, a file changed on disk.
    pub prompts: Prompts,
    /// Messages shown in the message bar.
    pub notices: Notices,
    /// Errors of reading and writing files, as the window and the CLI say them.
    #[serde(skip)]
    pub errors: errors::Errors,
    /// What the kit's checker (and a pack's) finds wrong. Not serialized (words built from
    /// data).
    #[serde(skip)]
    pub findings: findings::Findings,
    /// The Compare screen.
    pub compare: Compare,
    /// The Log screen.
    pub log: Log,
    /// The Checklists screen.
    pub checklists: Checklists,
    /// The Recommendation screen.
    pub recommend: Recommend,
    /// The ADR screen.
    pub adr: Adr,
    /// The Train screen.
    pub train: Train,
    /// Printed exams, results and the question bank.
    pub exam: exam::Exam,
    /// The words of exam integrity: the exam code, the times recorded, an edited file.
    pub exam_code: exam_code::ExamCodeWords,
    /// The command line.
    pub cli: cli::Cli,
    /// The fixed words of an ADR (the document's language, apart from the interface's).
    pub doc: doc::Doc,
    /// The errors of an ADR log (most built from data: their own test holds those to French
    /// typography).
    pub log_errors: log_errors::LogErrors,
    /// The words of an ADR log's findings.
    pub log_findings: log_findings::LogFindings,
    /// The words of a system of components: placements and the drawing's boxes.
    pub system: system::System,
    /// The fixed words of a system's record: its outcome, table, options and drawing.
    pub system_doc: system_doc::SystemDoc,
    /// The words of the component switcher and editor (Checklists and Compare screens).
    pub components: components::Components,
    /// The words of a system scenario on the Train screen: placing each component.
    pub system_train: system_train::SystemTrain,
    /// The Recommendation screen for a system of components.
    pub system_view: system_view::SystemView,
    /// A new record of any decision: the templates' prose and the Log screen's editor.
    pub new_record: new_record::NewRecord,
}

/// Words used everywhere.
#[derive(Debug, Serialize)]
pub struct Common {
    /// "Cancel".
    pub cancel: &'static str,
    /// "Dismiss" (a message).
    pub dismiss: &'static str,
    /// The folded message bar's button: every message, how many.
    #[serde(skip)]
    pub all_messages: Count,
    /// The unfolded message bar's button: back to one line.
    pub fold_messages: &'static str,
    /// "Dismiss all" (the messages).
    pub dismiss_all: &'static str,
    /// "untitled" (a session never saved).
    pub untitled: &'static str,
    /// "Save".
    pub save: &'static str,
    /// "Save As…".
    pub save_as: &'static str,
    /// The small marker on what is the app's reading of the notes (a winner per criterion,
    /// a drawing); its hover text says why.
    pub reading_badge: &'static str,
}

/// The screens' names, in the navigation.
#[derive(Debug, Serialize)]
pub struct ScreenNames {
    /// The comparison table.
    pub compare: &'static str,
    /// The checklists.
    pub checklists: &'static str,
    /// The recommendation and why.
    pub recommendation: &'static str,
    /// The ADR form and export.
    pub adr: &'static str,
    /// Training.
    pub train: &'static str,
    /// A repository's ADR log.
    pub log: &'static str,
}

/// The languages' names, as said in a sentence.
#[derive(Debug, Serialize)]
pub struct LangNames {
    /// French.
    pub fr: &'static str,
    /// English.
    pub en: &'static str,
}

impl LangNames {
    /// The name of `lang`.
    #[must_use]
    pub fn of(&self, lang: super::Lang) -> &'static str {
        match lang {
            super::Lang::Fr => self.fr,
            super::Lang::En => self.en,
        }
    }
}

/// The top bar, the menus and the navigation.
#[derive(Debug, Serialize)]
pub struct App {
    /// Screen names.
    pub screens: ScreenNames,
    /// "File" menu.
    pub file: &'static str,
    /// "New".
    pub new: &'static str,
    /// "Open…".
    pub open: &'static str,
    /// "Undo".
    pub undo: &'static str,
    /// "Redo".
    pub redo: &'static str,
    /// "Recent" files.
    pub recent: &'static str,
    /// Hover text of the file name when there are unsaved changes.
    pub unsaved_changes: &'static str,
    /// Hover text of the file name when everything is saved.
    pub saved: &'static str,
    /// The theme switch when the theme is dark.
    pub light_theme: &'static str,
    /// The theme switch when the theme is light.
    pub dark_theme: &'static str,
    /// Hover text of the theme switch.
    pub theme_hint: &'static str,
    /// The Open dialog's title.
    pub dialog_open: &'static str,
    /// The Save As dialog's title.
    pub dialog_save_as: &'static str,
    /// The export-to-a-file dialog's title.
    pub dialog_export_file: &'static str,
    /// The export-into-a-log dialog's title.
    pub dialog_export_log: &'static str,
    /// The open-a-log dialog's title.
    pub dialog_open_log: &'static str,
    /// The title of the dialog that picks a teacher's pack.
    pub dialog_open_pack: &'static str,
    /// The title of the dialog that picks a folder for exam results.
    pub dialog_save_results: &'static str,
    /// The file filter for teachers' packs.
    pub filter_pack: &'static str,
    /// Why a path field shows instead of a dialog, and what Linux needs.
    pub no_dialog: &'static str,
    /// "Path" (the field).
    pub path: &'static str,
    /// "OK".
    pub ok: &'static str,
    /// "View" (the menu language, theme and zoom fold into when the window is narrow).
    pub view: &'static str,
    /// The top bar's presenter switch: a symbol (the words are its hover text and its
    /// accessible name).
    pub presenter_short: &'static str,
    /// "Presenter mode" (with its key in the menu).
    pub presenter: &'static str,
    /// "Keyboard shortcuts".
    pub shortcuts: &'static str,
    /// What the zoom keys do.
    pub zoom_keys: &'static str,
    /// The top bar's first button: the focus goes to the screen's first field (F6).
    pub skip_to_screen: &'static str,
    /// What Tab does.
    pub keys_move: &'static str,
    /// What Space and Enter do.
    pub keys_press: &'static str,
    /// What Escape does.
    pub keys_close: &'static str,
    /// Zoom out, with its shortcut.
    pub zoom_out: &'static str,
    /// Back to 100 %, with its shortcut.
    pub zoom_reset: &'static str,
    /// Zoom in, with its shortcut.
    pub zoom_in: &'static str,
    /// "Session or ADR" (a file dialog filter).
    pub filter_session_or_adr: &'static str,
    /// "arbitre session" (a file dialog filter).
    pub filter_session: &'static str,
    /// The default name of a new session file.
    pub default_session_name: &'static str,
    /// The warning while the work is not autosaved: the reason follows.
    #[serde(skip)]
    pub not_autosaved: Fmt1,
    /// The reason when there is no data folder at all.
    pub no_data_folder: &'static str,
}

/// The prompts about files.
#[derive(Debug, Serialize)]
pub struct Prompts {
    /// "Unsaved changes" (heading).
    pub unsaved_title: &'static str,
    /// "Save the changes before closing?"
    pub unsaved_before_close: &'static str,
    /// "… before starting a new one?"
    pub unsaved_before_new: &'static str,
    /// "… before opening another?"
    pub unsaved_before_open: &'static str,
    /// "Don't save".
    pub dont_save: &'static str,
    /// "Unsaved work found" (heading).
    pub recovery_title: &'static str,
    /// One earlier run did not close.
    pub recovery_one: &'static str,
    /// Several earlier runs did not close.
    pub recovery_many: &'static str,
    /// "3 ticked, 1 criterion weighted" from the two counts.
    #[serde(skip)]
    pub recovery_counts: fn(usize, usize) -> String,
    /// ", 5 min ago" from seconds.
    #[serde(skip)]
    pub ago: fn(u64) -> String,
    /// "Restore".
    pub restore: &'static str,
    /// "Set aside".
    pub set_aside: &'static str,
    /// Hover text of "Set aside".
    pub set_aside_hint: &'static str,
    /// "Later".
    pub later: &'static str,
    /// Hover text of "Later".
    pub later_hint: &'static str,
    /// "The file changed on disk" (heading).
    pub changed_title: &'static str,
    /// Why replacing it would lose changes.
    pub changed_body: &'static str,
    /// "This file already exists" (heading).
    pub exists_title: &'static str,
    /// Why replacing it would lose what it holds.
    pub exists_body: &'static str,
    /// "Replace".
    pub replace: &'static str,
    /// "Supersede with a proposal?" (heading).
    pub accept_title: &'static str,
    /// Why: the record to supersede, the new record's status.
    #[serde(skip)]
    pub accept_body: Fmt2,
    /// "Accept and supersede".
    pub accept_and_supersede: &'static str,
}

/// Messages shown in the message bar.
#[derive(Debug, Serialize)]
pub struct Notices {
    /// Saved settings were out of range: the fields follow.
    #[serde(skip)]
    pub settings_repaired: Fmt1,
    /// eframe's settings file could not be used and was set aside: new name, error.
    #[serde(skip)]
    pub settings_set_aside: Fmt2,
    /// eframe's settings file could not be used nor set aside: the errors.
    #[serde(skip)]
    pub settings_not_kept: Fmt1,
    /// The `--kit` file could not be used: the error follows.
    #[serde(skip)]
    pub kit_failed: Fmt1,
    /// A file held ids the kit does not know: file, ids.
    #[serde(skip)]
    pub dropped_ids: Fmt2,
    /// An autosave made with another kit: file, kit.
    #[serde(skip)]
    pub autosave_other_kit: Fmt2,
    /// An autosave written by a newer arbitre: file, format.
    #[serde(skip)]
    pub autosave_newer: Fmt2,
    /// An unreadable autosave was set aside: new name, error.
    #[serde(skip)]
    pub autosave_set_aside: Fmt2,
    /// Unrestored work set aside as: new name.
    #[serde(skip)]
    pub orphan_set_aside: Fmt1,
    /// The ADR was exported to: path.
    #[serde(skip)]
    pub exported: Fmt1,
    /// The record went into a log: path, the log (`log4brains docs/adr`), the template.
    #[serde(skip)]
    pub exported_to_log: Fmt3,
    /// One record per component went into the log too: how many, and the first's path.
    #[serde(skip)]
    pub exported_components: fn(usize, &str) -> String,
    /// A teacher's pack was loaded: its title, its scenarios and questions (counts).
    #[serde(skip)]
    pub pack_loaded: Fmt3,
    /// The log's template differs from the form's: the log's template was used.
    pub other_template: &'static str,
    /// A record was marked superseded: its path.
    #[serde(skip)]
    pub marked_superseded: Fmt1,
    /// The log has problems: how many, the first one.
    #[serde(skip)]
    pub log_findings: Fmt2,
    /// The log changed on disk and was read again.
    pub log_reloaded: &'static str,
    /// A record changed on disk before arbitre edited it: the record.
    #[serde(skip)]
    pub changed_before_edit: Fmt1,
    /// A record's status was set: the record, the status.
    #[serde(skip)]
    pub status_set: Fmt2,
    /// A new index file: its path.
    #[serde(skip)]
    pub index_created: Fmt1,
    /// The index updated between its markers: the file.
    #[serde(skip)]
    pub index_updated: Fmt1,
    /// The index written to arbitre's own file, `index.md` being someone else's: the file.
    #[serde(skip)]
    pub index_own_file: Fmt1,
    /// A decision restored from an ADR: path.
    #[serde(skip)]
    pub decision_restored: Fmt1,
    /// An ADR edited outside arbitre: path, the fields kept from the file.
    #[serde(skip)]
    pub edited_outside: Fmt2,
    /// A field of an ADR, by its stable name (`status`, `context`, …), in words.
    #[serde(skip)]
    pub field_name: fn(&str) -> &'static str,
    /// An ADR whose embedded decision is damaged: path, why.
    #[serde(skip)]
    pub adr_damaged: Fmt2,
    /// No file dialog could be opened: why.
    #[serde(skip)]
    pub dialog_failed: Fmt1,
    /// Closing waits: a question about a file is open in the window.
    pub close_waits: &'static str,
    /// Weights above 3 were lowered: file, weights.
    #[serde(skip)]
    pub clamped_weights: Fmt2,
    /// "built-in" (the kit compiled into arbitre).
    pub builtin_kit: &'static str,
}

/// The Compare screen.
#[derive(Debug, Serialize)]
pub struct Compare {
    /// Importance levels 0–3.
    pub weights: [&'static str; 4],
    /// Under the heading: what the weights are for.
    pub intro: &'static str,
    /// "⚠ Beyond the notes", under the microVM column's title.
    pub beyond_badge: &'static str,
    /// "beyond the notes", after the microVM title above its sources.
    pub beyond_notes: &'static str,
    /// "✅ Wins on this criterion", atop the winning option's cell.
    pub wins: &'static str,
    /// Hover text of the marker beside "wins on this criterion": the app's reading.
    pub wins_reading: &'static str,
    /// "Importance" (a colon follows).
    pub importance: &'static str,
    /// "weight", in a weight button's hover text: "Cost — weight 2".
    pub weight: &'static str,
    /// "Team note" (a colon follows).
    pub team_note: &'static str,
    /// Hover text of a source's reference, which is not opened.
    pub reference_offline: &'static str,
    /// The must-have toggle beside a weighted criterion (short).
    pub must: &'static str,
    /// Its accessible name and hover text: the criterion's name follows.
    #[serde(skip)]
    pub must_name: Fmt1,
    /// The microVM column's short title in the table's header (the full one on hover).
    pub beyond_short: &'static str,
    /// The button under a folded cell that shows all its text.
    pub more: &'static str,
    /// The button under an unfolded cell that folds it again.
    pub less: &'static str,
    /// The accessible name and hover text of [`Compare::more`]: the criterion, the column.
    #[serde(skip)]
    pub more_name: Fmt2,
    /// The accessible name and hover text of [`Compare::less`]: the criterion, the column.
    #[serde(skip)]
    pub less_name: Fmt2,
}

/// The Checklists screen.
#[derive(Debug, Serialize)]
pub struct Checklists {
    /// "3 / 16 ticked".
    #[serde(skip)]
    pub ticked_of: fn(usize, usize) -> String,
    /// "Live recommendation" (a colon follows).
    pub live: &'static str,
    /// Beside the live outcome when the team overrode the engine.
    pub overridden: &'static str,
    /// The button to the Recommendation screen, with its shortcut.
    pub see_why: &'static str,
    /// The must-have toggle beside a ticked item (short).
    pub must: &'static str,
    /// Its accessible name and hover text: the item's text follows.
    #[serde(skip)]
    pub must_name: Fmt1,
    /// What marking a must-have does.
    pub must_hint: &'static str,
    /// Beside a ticked hard need: the kit marks it a fact (its why on hover).
    pub hard: &'static str,
}

/// The Recommendation screen.
#[derive(Debug, Serialize)]
pub struct Recommend {
    /// Outcome names: containers, VMs, hybrid, undecided.
    pub no_recommendation: &'static str,
    /// What to do while nothing is answered.
    pub undecided_hint: &'static str,
    /// "Go to the checklists".
    pub go_checklists: &'static str,
    /// "Go to the table".
    pub go_table: &'static str,
    /// "Team decision (override)", before a colon and the option.
    pub team_decision: &'static str,
    /// "Justification", before a colon and the team's text.
    pub justification: &'static str,
    /// "Engine's recommendation", before a colon and the outcome.
    pub engine_recommendation: &'static str,
    /// "Recommendation", before a colon and the outcome.
    pub recommendation: &'static str,
    /// "Suggested architectures", before a colon.
    pub suggested: &'static str,
    /// Under an override, before the engine's suggested architectures (a colon follows).
    pub engine_suggested: &'static str,
    /// The fold that holds how the scores add up and what each architecture is.
    pub details: &'static str,
    /// "3 votes" for a suggested architecture.
    #[serde(skip)]
    pub votes: fn(u32) -> String,
    /// The notes' « la sécurité des VMs ET l'agilité des conteneurs », when it applies.
    pub security_and_agility: &'static str,
    /// How the hybrid's score is made: the weaker side, the explicit hybrid needs, the total.
    #[serde(skip)]
    pub hybrid_rule: fn(u32, u32, u32) -> String,
    /// "already counted with “…”": a reason whose concern another reason counts.
    #[serde(skip)]
    pub already_counted: Fmt1,
    /// "Tie between Containers and Hybrid": the tied names, joined.
    #[serde(skip)]
    pub tie: Fmt1,
    /// " and ", between the last two names of a list.
    pub and: &'static str,
    /// What a tie means and what breaks it.
    pub tie_hint: &'static str,
    /// "What would change the answer" (heading).
    pub flips_title: &'static str,
    /// Would become the outcome if the item were ticked: the outcome, the item.
    #[serde(skip)]
    pub flip_tick: Fmt2,
    /// Would become the outcome if the item were unticked: the outcome, the item.
    #[serde(skip)]
    pub flip_untick: Fmt2,
    /// Would become the outcome with the criterion weighted so: the outcome, the criterion,
    /// the weight.
    #[serde(skip)]
    pub flip_weight: fn(&str, &str, u8) -> String,
    /// No single change would change the answer.
    pub no_flip: &'static str,
    /// Would become the outcome only by removing a fact: the outcome, the item.
    #[serde(skip)]
    pub flip_fact: Fmt2,
    /// Would become a hybrid by ticking any of these architectures: their names.
    #[serde(skip)]
    pub flip_any_architecture: Fmt1,
    /// "Containers ruled out: <why> (hard need)": the option, the kit's why.
    #[serde(skip)]
    pub ruled_out_hard: Fmt2,
    /// "VMs ruled out: “…” is a must-have (must-have)": the option, the item.
    #[serde(skip)]
    pub ruled_out_must: Fmt2,
    /// "ruled out", in place of a ruled-out option's score.
    pub ruled_out: &'static str,
    /// The hybrid set aside: no architecture of the kit fits the answers.
    pub hybrid_no_fit: &'static str,
    /// The hybrid set aside: no fitting architecture places these needs (quoted, joined).
    #[serde(skip)]
    pub hybrid_unplaced: Fmt1,
    /// The hard needs and must-haves rule out every option.
    pub blocked: &'static str,
    /// "… and 4 more".
    #[serde(skip)]
    pub more_flips: fn(usize) -> String,
    /// A hybrid with no architecture: nothing is drawn, and what to do.
    pub no_architecture: &'static str,
    /// Hover text of the marker on drawings: they are the app's reading of the notes.
    pub drawing_reading: &'static str,
    /// Heading of a hint beyond the notes.
    pub hint_title: &'static str,
    /// Opens the comparison table, where the microVM column is.
    pub see_table: &'static str,
    /// "Reasons" (heading).
    pub reasons: &'static str,
    /// "For Containers": the reasons for an option.
    #[serde(skip)]
    pub for_option: Fmt1,
    /// "weight", in a reason from a weighted criterion.
    pub weight: &'static str,
    /// "Override" (heading).
    pub override_title: &'static str,
    /// Drops the override.
    pub back_to_engine: &'static str,
    /// Opens the override form.
    pub override_open: &'static str,
    /// What the override form asks for.
    pub override_intro: &'static str,
    /// "Justification (required)", before a colon.
    pub justification_required: &'static str,
    /// "Apply the override".
    pub apply_override: &'static str,
    /// Why an override without a justification is refused.
    pub refused: &'static str,
}

/// The names of a record's statuses (one field each, so a missing name does not compile).
#[derive(Debug, Serialize)]
pub struct Statuses {
    /// "Proposed".
    pub proposed: &'static str,
    /// "Accepted".
    pub accepted: &'static str,
    /// "Rejected".
    pub rejected: &'static str,
    /// "Deprecated".
    pub deprecated: &'static str,
    /// "Superseded".
    pub superseded: &'static str,
}

/// The ADR screen.
#[derive(Debug, Serialize)]
pub struct Adr {
    /// Status names.
    pub statuses: Statuses,
    /// "Title" (the record's title field).
    pub title: &'static str,
    /// The title field's hint while empty.
    pub title_hint: &'static str,
    /// "Status" (before the status choices; the colon is added).
    pub status: &'static str,
    /// "Date (YYYY-MM-DD)".
    pub date: &'static str,
    /// The warning under a date that is not `YYYY-MM-DD`.
    pub invalid_date: &'static str,
    /// The hint of the people fields while empty.
    pub names_hint: &'static str,
    /// "Decision-makers".
    pub decision_makers: &'static str,
    /// "Consulted".
    pub consulted: &'static str,
    /// "Informed".
    pub informed: &'static str,
    /// "Context and problem statement".
    pub context: &'static str,
    /// "Consequences (besides the table's)".
    pub consequences: &'static str,
    /// "Confirmation".
    pub confirmation: &'static str,
    /// "Links (one per line: …)".
    pub links: &'static str,
    /// "Document language" (the colon is added).
    pub doc_lang: &'static str,
    /// "Template" (the colon is added).
    pub template: &'static str,
    /// "Detail" (before concise / full).
    pub detail: &'static str,
    /// "Concise".
    pub concise: &'static str,
    /// "Full".
    pub full: &'static str,
    /// What the two detail levels hold.
    pub detail_hint: &'static str,
    /// The typed text seems to be in another language than the document: the typed text's
    /// language, the document's.
    #[serde(skip)]
    pub lang_mismatch: Fmt2,
    /// Above a Mermaid drawing in the preview: it shows the source, which readers draw.
    pub mermaid_note: &'static str,
    /// The log chosen writes another template than the preview shows: the log's template,
    /// the preview's.
    #[serde(skip)]
    pub log_template_differs: Fmt2,
    /// The button that previews (and writes) the document in the log's template.
    #[serde(skip)]
    pub use_log_template: Fmt1,
    /// The log the record goes into is written in another language than the document: the
    /// log's language, the document's.
    #[serde(skip)]
    pub log_lang_mismatch: Fmt2,
    /// The languages' names in a sentence.
    pub lang_names: LangNames,
    /// Switches the document to that language.
    #[serde(skip)]
    pub switch_doc_lang: Fmt1,
    /// "Export to a file…".
    pub export_file: &'static str,
    /// "Supersedes ADR no. or file (optional)" (the colon is added).
    pub supersedes: &'static str,
    /// "Export into the repository's ADR log…".
    pub export_log: &'static str,
    /// Hover text of the log export: which folder to choose.
    pub export_log_hint: &'static str,
    /// "Preview" (subheading).
    pub preview: &'static str,
    /// "Rendered" (the preview as a reader sees it).
    pub rendered: &'static str,
    /// "Raw text" (the preview as Markdown).
    pub raw: &'static str,
    /// "Markdown" (the raw text's label).
    pub markdown: &'static str,
    /// "Read-only: path" for an ADR someone else wrote.
    #[serde(skip)]
    pub read_only: Fmt1,
    /// Why an ADR someone else wrote cannot be edited.
    pub foreign_body: &'static str,
    /// "Close the ADR".
    pub close: &'static str,
}

/// The Train screen's tabs' names.
#[derive(Debug, Serialize)]
pub struct TabNames {
    /// Questions on the whole kit.
    pub quiz: &'static str,
    /// The kit's scenarios.
    pub scenarios: &'static str,
    /// An exam.
    pub exam: &'static str,
    /// Scores and what was missed.
    pub progress: &'static str,
}

/// The Train screen.
#[derive(Debug, Serialize)]
pub struct Train {
    /// Tab names.
    pub tabs: TabNames,
    /// The screen's heading.
    pub title: &'static str,
    /// What the screen is for, under the heading.
    pub intro: &'static str,
    /// "Question", before "3 / 20".
    pub question: &'static str,
    /// "Next question".
    pub next_question: &'static str,
    /// The right answer, when the student gave it: the option.
    #[serde(skip)]
    pub answer_is: Fmt1,
    /// A wrong quiz answer: what was chosen, the right answer.
    #[serde(skip)]
    pub you_answered: Fmt2,
    /// Heading of why the right answer is right.
    pub why_right: &'static str,
    /// The kit has no scenario.
    pub no_scenario: &'static str,
    /// "Scenario", before "3 / 12".
    pub scenario: &'static str,
    /// "Which hybrid architecture?"
    pub which_hybrid: &'static str,
    /// "Check" (a scenario answer).
    pub check: &'static str,
    /// Why "Check" is off: the hybrid needs an architecture.
    pub choose_hybrid_too: &'static str,
    /// Why "Check" is off: nothing chosen.
    pub choose_option: &'static str,
    /// "Next scenario".
    pub next_scenario: &'static str,
    /// " or " between hybrid architectures.
    pub or: &'static str,
    /// "Expected answer: …".
    #[serde(skip)]
    pub expected_answer: Fmt1,
    /// "Your answer: …".
    #[serde(skip)]
    pub your_answer: Fmt1,
    /// Hybrid was right, the architecture was not.
    pub wrong_architecture: &'static str,
    /// Heading of the engine's reasons.
    pub why_engine: &'static str,
    /// The kit's expected answer is not the engine's.
    pub kit_disagrees: &'static str,
    /// Step 1 of a scenario: tick what the situation implies (a heading).
    pub step_ticks: &'static str,
    /// Under step 1: how to work through the checklists.
    pub step_ticks_intro: &'static str,
    /// Step 2 of a scenario: the answer (a heading).
    pub step_answer: &'static str,
    /// Why "Check" is off: nothing ticked yet.
    pub tick_first: &'static str,
    /// The VM cases' group in the scenario checklist.
    pub vm_cases_group: &'static str,
    /// A case beyond the notes, said before the student answers.
    pub beyond_badge: &'static str,
    /// Heading of the comparison of ticks.
    pub ticks_title: &'static str,
    /// "You ticked 3 of the 4 items the situation implies, and 1 it does not." from found,
    /// implied, extra.
    #[serde(skip)]
    pub ticks_score: fn(usize, usize, usize) -> String,
    /// An implied item the student ticked: the item.
    #[serde(skip)]
    pub tick_found: Fmt1,
    /// An implied item the student missed: the item, its place, the option and points.
    #[serde(skip)]
    pub tick_missed: Fmt3,
    /// An item ticked that the situation does not imply: the item, its place, the option.
    #[serde(skip)]
    pub tick_extra: Fmt3,
    /// What the engine makes of the student's ticks: the answer.
    #[serde(skip)]
    pub on_your_ticks: Fmt1,
    /// The engine's answer on the student's ticks is not the right one.
    pub on_your_ticks_differs: &'static str,
    /// The engine's answer on the student's ticks is right, the answer chosen was not.
    pub on_your_ticks_agrees: &'static str,
    /// "Why not …?": the option chosen.
    #[serde(skip)]
    pub why_not: Fmt1,
    /// "What counts for …": the right option.
    #[serde(skip)]
    pub what_counts_for: Fmt1,
    /// An item of the situation that counts for an option: the item, its place, the option.
    #[serde(skip)]
    pub counts_for: Fmt3,
    /// Nothing in the situation counts for the option chosen: the option.
    #[serde(skip)]
    pub nothing_for: Fmt1,
    /// A cell quoted under an item: criterion, option, cell.
    #[serde(skip)]
    pub cell_cite: Fmt3,
    /// The architecture of a hybrid quoted under an item: the description.
    #[serde(skip)]
    pub architecture_cite: Fmt1,
    /// Heading of a trap's lesson.
    pub lesson_trap: &'static str,
    /// Heading of an "it depends" case's lesson.
    pub lesson_depends: &'static str,
    /// Heading of a case beyond the notes' lesson.
    pub lesson_beyond: &'static str,
    /// Heading of a plain case's lesson.
    pub lesson_plain: &'static str,
    /// "Sources:" before the sources of a case beyond the notes.
    pub sources: &'static str,
    /// "Student" (the picker's label).
    pub student: &'static str,
    /// The picker's entry for the shared progress (no student named).
    pub shared_progress: &'static str,
    /// The hint in the field for a new student's name.
    pub new_student_hint: &'static str,
    /// "Add" (a new student).
    pub add_student: &'static str,
    /// "Section" (the quiz's filter).
    pub quiz_section: &'static str,
    /// "Level" (the quiz's filter).
    pub quiz_level: &'static str,
    /// Any section.
    pub any_section: &'static str,
    /// Any level.
    pub any_level: &'static str,
    /// What the exam tab is for.
    pub exam_intro: &'static str,
    /// "Student's name" (the exam form).
    pub exam_name: &'static str,
    /// "Seed" (the exam form).
    pub exam_seed: &'static str,
    /// Hover text of the seed.
    pub exam_seed_hint: &'static str,
    /// "Sections" (the exam form).
    pub exam_sections: &'static str,
    /// "Number of questions".
    pub exam_count: &'static str,
    /// "Duration" (the exam form's row for the time limit).
    pub exam_duration: &'static str,
    /// "Time limit" (a check box).
    pub exam_time_limit: &'static str,
    /// "minutes" after the time limit.
    pub exam_minutes: &'static str,
    /// "Start the exam".
    pub exam_start: &'static str,
    /// Why "Start" is off: no name.
    pub exam_need_name: &'static str,
    /// Why "Start" is off: the seed is not a number.
    pub exam_need_seed: &'static str,
    /// Why "Start" is off: no section.
    pub exam_need_section: &'static str,
    /// The exam's heading while it runs: the student, the seed.
    #[serde(skip)]
    pub exam_running: Fmt2,
    /// "Time left: 12:34".
    #[serde(skip)]
    pub exam_time_left: Fmt1,
    /// "Answered: 3 / 20" from answered and asked.
    #[serde(skip)]
    pub exam_answered: fn(usize, usize) -> String,
    /// "Previous question".
    pub exam_previous: &'static str,
    /// "Next question" in an exam (no feedback).
    pub exam_next: &'static str,
    /// "Hand in".
    pub exam_finish: &'static str,
    /// Asks before handing in with questions unanswered: their count.
    #[serde(skip)]
    pub exam_unanswered: fn(usize) -> String,
    /// "Hand in anyway".
    pub exam_finish_anyway: &'static str,
    /// "Exam results".
    pub exam_results: &'static str,
    /// The time ran out: the exam was handed in.
    pub exam_timed_out: &'static str,
    /// The results' heads: section, score.
    pub exam_score_heads: [&'static str; 2],
    /// "Total".
    pub exam_total: &'static str,
    /// "12 / 20 (60 %)" from right, asked, percent.
    #[serde(skip)]
    pub exam_score: fn(u32, u32, u32) -> String,
    /// The results were saved: the CSV file's name, the Markdown file's name (the folder is
    /// shown on hover).
    #[serde(skip)]
    pub exam_saved: Fmt2,
    /// The results could not be saved: the error.
    #[serde(skip)]
    pub exam_not_saved: Fmt1,
    /// The exam under way cannot be kept on disk (one line, while it lasts): the error.
    #[serde(skip)]
    pub exam_not_kept: Fmt1,
    /// An unreadable exam file was renamed aside: the error, the new name.
    #[serde(skip)]
    pub exam_set_aside: Fmt2,
    /// Before a close that would lose the results handed in.
    pub exam_close_results: &'static str,
    /// Before a close that would lose the exam under way.
    pub exam_close_running: &'static str,
    /// "Close without them" (the results).
    pub exam_close_without: &'static str,
    /// "Close anyway" (the exam under way).
    pub exam_close_anyway: &'static str,
    /// No data folder: the results are only saved with "Save the results…".
    pub exam_no_folder: &'static str,
    /// "Save the results in a folder…".
    pub exam_save_as: &'static str,
    /// "Your answers" (the review after the exam).
    pub exam_review: &'static str,
    /// "Your answer: …" in the review.
    #[serde(skip)]
    pub exam_your_answer: Fmt1,
    /// Not answered, in the review.
    pub exam_no_answer: &'static str,
    /// "New exam".
    pub exam_new: &'static str,
    /// "Teacher's packs" (a label before the packs loaded).
    pub packs: &'static str,
    /// No pack is loaded.
    pub no_pack: &'static str,
    /// "Load a pack…".
    pub load_pack: &'static str,
    /// Hover text of "Load a pack…".
    pub load_pack_hint: &'static str,
    /// A pack's hover text: its scenarios and questions (counts), its file.
    #[serde(skip)]
    pub pack_hint: Fmt3,
    /// The accessible name of the button that removes a pack: its title.
    #[serde(skip)]
    pub remove_pack: Fmt1,
    /// " · this round: 2 right out of 3" from right and answered.
    #[serde(skip)]
    pub round_so_far: fn(u32, u32) -> String,
    /// " · retrying missed ones".
    pub retrying: &'static str,
    /// "Round complete".
    pub round_complete: &'static str,
    /// "This round's score: 2 / 3." from right and answered.
    #[serde(skip)]
    pub round_score: fn(u32, u32) -> String,
    /// "New round".
    pub new_round: &'static str,
    /// "Retry missed".
    pub retry_missed: &'static str,
    /// "✔ Correct!"
    pub correct: &'static str,
    /// "✘ Incorrect".
    pub incorrect: &'static str,
    /// The quiz's heading on the progress tab.
    pub quiz_title: &'static str,
    /// The scenarios' heading on the progress tab.
    pub scenarios_title: &'static str,
    /// Hover text of "Retry missed" on the progress tab.
    pub retry_hint: &'static str,
    /// "Reset".
    pub reset: &'static str,
    /// Asks before erasing the progress.
    pub reset_question: &'static str,
    /// "Yes, erase everything".
    pub reset_confirm: &'static str,
    /// "Answers: 3 · right: 2 (66%)" from answered, right, percent.
    #[serde(skip)]
    pub score: fn(u32, u32, u32) -> String,
    /// "Right at least once: 2 / 20" from the count and the total.
    #[serde(skip)]
    pub mastered: fn(usize, usize) -> String,
    /// "Nothing missed to retry."
    pub nothing_missed: &'static str,
    /// "To retry:" (a list follows).
    pub to_retry: &'static str,
    /// Where progress is saved.
    pub saved_here: &'static str,
    /// Progress is not saved this session.
    pub not_saved_session: &'static str,
    /// The progress file is unreadable: the error.
    #[serde(skip)]
    pub unreadable_progress: Fmt1,
    /// The unreadable file was copied aside: the copy.
    #[serde(skip)]
    pub kept_as: Fmt1,
    /// The unreadable file could not be copied aside, saving is off: the error, the file.
    #[serde(skip)]
    pub saving_off: Fmt2,
    /// A save failed: the error.
    #[serde(skip)]
    pub not_saved: Fmt1,
}

/// The Log screen: a repository's ADR log.
#[derive(Debug, Serialize)]
pub struct Log {
    /// "Open a repository…".
    pub open: &'static str,
    /// Hover text of "Open a repository…".
    pub open_hint: &'static str,
    /// "Recent logs" (a menu).
    pub recent: &'static str,
    /// "Reload".
    pub reload: &'static str,
    /// What to do when no log is open.
    pub empty: &'static str,
    /// Reading the log: done, total.
    #[serde(skip)]
    pub loading: Fmt2,
    /// The log open: its tool, its folder.
    #[serde(skip)]
    pub found: Fmt2,
    /// How many records are shown: shown, total.
    #[serde(skip)]
    pub count: Fmt2,
    /// "Search".
    pub search: &'static str,
    /// Hover text of the search field.
    pub search_hint: &'static str,
    /// "Status" (the filter).
    pub status_filter: &'static str,
    /// "All".
    pub all: &'static str,
    /// The table's columns: number, title, status, date, decision-makers.
    pub columns: [&'static str; 5],
    /// "Problems (3)": the count.
    #[serde(skip)]
    pub problems: Fmt1,
    /// "No problems found in this log."
    pub no_problems: &'static str,
    /// "New decision in this log".
    pub new_decision: &'static str,
    /// "Regenerate the index".
    pub write_index: &'static str,
    /// On a short screen, the menu holding the toolbar's less frequent actions.
    pub more_actions: &'static str,
    /// "Select a record to read it."
    pub select: &'static str,
    /// "Open the decision".
    pub open_decision: &'static str,
    /// Why another tool's record is read-only.
    pub read_only: &'static str,
    /// "New status" (the record's status chooser).
    pub status: &'static str,
    /// "Set".
    pub set_status: &'static str,
    /// "Supersede with a new decision".
    pub supersede: &'static str,
    /// "Superseded by".
    pub superseded_by: &'static str,
    /// "Supersedes".
    pub supersedes: &'static str,
    /// "Amends" (a relation line of the record's Status section).
    pub amends: &'static str,
    /// "Amended by".
    pub amended_by: &'static str,
    /// A long record shows its beginning: "The first 2000 of 1000007 lines": shown, total.
    #[serde(skip)]
    pub shown_part: Fmt2,
    /// The button that shows a long record whole: "Show all (1000007 lines)".
    #[serde(skip)]
    pub show_all: Fmt1,
    /// Above a long record shown whole: it is shown as plain text.
    pub whole_as_text: &'static str,
    /// Back from a long record shown whole to its rendered beginning.
    pub show_rendered: &'static str,
    /// "Links".
    pub links: &'static str,
    /// "Supersessions" (the graph's heading).
    pub graph: &'static str,
    /// Hover text of the graph.
    pub graph_hint: &'static str,
    /// Reading a record on a short screen: back to the table of all records.
    pub all_records: &'static str,
    /// Reading a record on a short screen: the record before it in the table.
    pub previous_record: &'static str,
    /// Reading a record on a short screen: the record after it in the table.
    pub next_record: &'static str,
    /// The export button once a log is chosen: the log.
    #[serde(skip)]
    pub export_here: Fmt1,
    /// The same, superseding a record: the log, the record.
    #[serde(skip)]
    pub export_successor: Fmt2,
    /// "Forget this log" (leave the log target).
    pub forget_target: &'static str,
}
