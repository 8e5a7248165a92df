//! The words of a new record of any decision (the `new_record` section of the catalog):
//! the prose of the templates arbitre follows when a log has none of its own (adr-tools',
//! MADR's, log4brains'), the first record `adr init` writes, and the Log screen's editor.
//!
//! Template prose is given without its placeholder marks: the writer puts `{…}` (MADR 3 and
//! 4) or `[…]` (MADR 2, log4brains) around it, as the log's tool does.

use serde::Serialize;

use super::{Count, Fmt1, Fmt2};

/// The words of a new record, in one language.
#[derive(Debug, Serialize)]
pub struct NewRecord {
    /// adr-tools' template: what the Context section holds.
    pub nygard_context: &'static str,
    /// adr-tools' template: what the Decision section holds.
    pub nygard_decision: &'static str,
    /// adr-tools' template: what the Consequences section holds.
    pub nygard_consequences: &'static str,
    /// `adr init`'s first record: its title.
    pub init_title: &'static str,
    /// `adr init`'s first record: its context.
    pub init_context: &'static str,
    /// `adr init`'s first record: its decision (Markdown, with a link).
    pub init_decision: &'static str,
    /// `adr init`'s first record: its consequences (Markdown, with a link).
    pub init_consequences: &'static str,
    /// MADR: the title (a placeholder).
    pub madr_title: &'static str,
    /// MADR: the date (a placeholder, with `YYYY-MM-DD`).
    pub madr_date: &'static str,
    /// MADR: who decides (a placeholder).
    pub madr_deciders: &'static str,
    /// MADR: the context and the problem (a placeholder).
    pub madr_context: &'static str,
    /// MADR: an option (a placeholder): its number.
    #[serde(skip)]
    pub madr_option: Fmt1,
    /// MADR: the chosen option's line (the option, the justification, both placeholders).
    #[serde(skip)]
    pub madr_outcome: Fmt2,
    /// MADR: the justification of the choice (a placeholder).
    pub madr_justification: &'static str,
    /// MADR: a good consequence's line (its placeholder).
    #[serde(skip)]
    pub madr_good: Fmt1,
    /// MADR: a bad consequence's line (its placeholder).
    #[serde(skip)]
    pub madr_bad: Fmt1,
    /// MADR: a good consequence (a placeholder).
    pub madr_good_example: &'static str,
    /// MADR: a bad consequence (a placeholder).
    pub madr_bad_example: &'static str,

    /// The Log screen's button: "New record…".
    pub button: &'static str,
    /// Its hover text.
    pub button_hint: &'static str,
    /// The record pane's button: "Supersede with a new record…".
    pub supersede_button: &'static str,
    /// "Title of the new record" (the prompt's field).
    pub title_label: &'static str,
    /// The prompt's button that opens the editor: "Write it".
    pub start: &'static str,
    /// The editor's heading (the file name it will have).
    #[serde(skip)]
    pub heading: Fmt1,
    /// Where the text comes from: `$ADR_TEMPLATE` (its path).
    #[serde(skip)]
    pub from_env: Fmt1,
    /// Where the text comes from: the log's own template (its path).
    #[serde(skip)]
    pub from_log: Fmt1,
    /// Where the text comes from: no template in the log, the tool's convention (its name).
    #[serde(skip)]
    pub from_convention: Fmt1,
    /// The record it supersedes, marked when the new one is saved (the old record).
    #[serde(skip)]
    pub supersedes: Fmt1,
    /// "Markdown" (the editor's label).
    pub source: &'static str,
    /// "Preview, as a reader sees it".
    pub preview: &'static str,
    /// How many template placeholders are left to fill.
    #[serde(skip)]
    pub placeholders: Count,
    /// "Save into the log" (Ctrl+S).
    pub save: &'static str,
    /// "Discard…".
    pub discard: &'static str,
    /// Asked before a text never saved is dropped.
    pub confirm_discard: &'static str,
    /// "Keep editing".
    pub keep_editing: &'static str,
    /// "Discard it".
    pub discard_yes: &'static str,
    /// Saved: the new record's path.
    #[serde(skip)]
    pub saved: Fmt1,
    /// Another log asked for (or the window closed) while a new record is edited.
    pub waits: &'static str,
    /// The title is empty.
    pub no_title: &'static str,
    /// The Log screen, a folder without a log: what it offers (the folder).
    #[serde(skip)]
    pub init_prompt: Fmt1,
    /// The Log screen, a folder without a log: "Start a log here".
    pub init_button: &'static str,
    /// The layout chooser's label.
    pub init_layout: &'static str,
    /// A log started: its tool, its folder.
    #[serde(skip)]
    pub init_done: Fmt2,
}
