//! The shape of the command line's words: what `arbitre recommend`, `check`, `export`,
//! `exam` and `adr` print, and their errors. A message's place (`file:line:column: `, the
//! program's name `arbitre: `) is not a word: the command line puts it before these.

use serde::Serialize;

/// A text built from an id and a number.
pub type IdNumber = fn(&str, u64) -> String;
/// A text built from two counts.
pub type Count2 = fn(usize, usize) -> String;
/// The summary of a kit that passed `check`.
pub type KitSummary = fn(&KitCounts<'_>) -> String;

/// What `check` says of a kit that passed.
#[derive(Debug, Clone, Copy)]
pub struct KitCounts<'a> {
    /// The kit's id.
    pub id: &'a str,
    /// The kit's version.
    pub version: u64,
    /// How many criteria.
    pub criteria: usize,
    /// How many VM cases.
    pub vm_cases: usize,
    /// How many hybrid architectures.
    pub hybrids: usize,
    /// How many summary statements.
    pub statements: usize,
    /// How many scenarios.
    pub scenarios: usize,
}

/// Every word the command line prints, in one language.
#[derive(Debug, Serialize)]
pub struct Cli {
    /// "Recommendation" (a label, before the outcome).
    pub recommendation: &'static str,
    /// What to do when nothing is answered.
    pub nothing_answered: &'static str,
    /// "Scores" (a label).
    pub scores: &'static str,
    /// "Suggested architectures" (a label).
    pub suggested: &'static str,
    /// "Reasons" (a label).
    pub reasons: &'static str,
    /// "warning" (a label, before a warning).
    pub warning: &'static str,
    /// "ok", after a file that passed.
    pub ok: &'static str,
    /// The line after the first problems of a file: how many more there are.
    #[serde(skip)]
    pub and_more: super::Count,
    /// A kit that passed `check`.
    #[serde(skip)]
    pub kit_ok: KitSummary,
    /// A session that passed `check`: how many ticked, how many weighted.
    #[serde(skip)]
    pub session_ok: Count2,
    /// An ADR's decision block that passed `check`: how many ticked, how many weighted.
    #[serde(skip)]
    pub block_ok: Count2,
    /// A teacher's pack that passed `check`: its id, the kit's id, its scenarios, questions.
    #[serde(skip)]
    pub pack_ok: fn(&str, &str, usize, usize) -> String,
    /// An ADR log that passed `adr check`: how many records.
    #[serde(skip)]
    pub log_ok: super::Count,
    /// How many problems `adr check` found.
    #[serde(skip)]
    pub problems_found: super::Count,
    /// A session's id the kit does not have: the id, the kit's id.
    #[serde(skip)]
    pub no_such_item: super::Fmt2,
    /// A weight out of range: the id, the weight.
    #[serde(skip)]
    pub weight_out_of_range: IdNumber,
    /// Where an unknown field is when it is at the top.
    pub here: &'static str,
    /// Where an unknown field is: in its parent.
    #[serde(skip)]
    pub in_parent: super::Fmt1,
    /// An unknown field: its name, where it is.
    #[serde(skip)]
    pub unknown_field: super::Fmt2,
    /// A field given twice.
    #[serde(skip)]
    pub field_twice: super::Fmt1,
    /// A map key given twice.
    #[serde(skip)]
    pub key_twice: super::Fmt1,
    /// A Markdown file without arbitre's decision block: the block's marker.
    #[serde(skip)]
    pub no_decision_block: super::Fmt1,
    /// Added to an older ADR's name: its positions are its session block's.
    pub session_block: &'static str,
    /// The decision was made with another kit: its id, the kit checked against.
    #[serde(skip)]
    pub other_kit: super::Fmt2,
    /// Standard output cannot be written: the system's reason.
    #[serde(skip)]
    pub output_failed: super::Fmt1,
    /// `--out` names a file that exists.
    pub already_exists: &'static str,
    /// A Markdown file that is not an ADR arbitre wrote.
    pub not_arbitre_adr: &'static str,
    /// An id of a session the kit does not know.
    #[serde(skip)]
    pub unknown_id: super::Fmt1,
    /// `--yes` with an id the kit does not have: the id, the kit's id.
    #[serde(skip)]
    pub unknown_item: super::Fmt2,
    /// `--weight` without `=`: the argument.
    #[serde(skip)]
    pub weight_syntax: super::Fmt1,
    /// `--weight` with a criterion the kit does not have.
    #[serde(skip)]
    pub unknown_criterion: super::Fmt1,
    /// `--weight` with a weight that is not 0 to 3: the argument.
    #[serde(skip)]
    pub weight_value: super::Fmt1,
    /// `--must` with an id neither ticked nor weighted.
    #[serde(skip)]
    pub must_unanswered: super::Fmt1,
    /// Why a superseding record must be accepted: the session file, its status.
    #[serde(skip)]
    pub not_accepted_hint: super::Fmt2,
    /// The template the record was written in: its name, then a note (maybe empty).
    #[serde(skip)]
    pub written_as: super::Fmt2,
    /// The note for MADR with header lines: the lines, as code.
    #[serde(skip)]
    pub header_lines: super::Fmt1,
    /// The log's records are in another language than the record written: the log's
    /// language, the record's, the `--lang` code of the log's.
    #[serde(skip)]
    pub log_lang: super::Fmt3,
    /// The note when the log's convention wins over the session's: the session's template.
    #[serde(skip)]
    pub log_convention: super::Fmt1,
    /// A record marked superseded: its file.
    #[serde(skip)]
    pub marked_superseded: super::Fmt1,
    /// Another writer holds the log's lock: the folder, the seconds to wait.
    #[serde(skip)]
    pub lock_held: IdNumber,
    /// `export` without `--out` nor `--adr-dir`.
    pub export_target: &'static str,
    /// `exam` without `--json` nor `--out`, or with both.
    pub exam_target: &'static str,
    /// An unknown `--sections` id: the id, the valid ids.
    #[serde(skip)]
    pub unknown_section: super::Fmt2,
    /// `--count 0`.
    pub count_zero: &'static str,
    /// No question in the bank for the sections asked.
    pub no_question: &'static str,
    /// A test hook's variable that is not valid Unicode (its name).
    #[serde(skip)]
    pub hook_not_unicode: super::Fmt1,
    /// `ARBITRE_QUIT_AFTER_FRAMES` that is not a number of frames (its name, its value).
    #[serde(skip)]
    pub hook_not_frames: super::Fmt2,
    /// A command line clap refuses: an argument it does not know (the argument).
    #[serde(skip)]
    pub usage_unknown_argument: super::Fmt1,
    /// … a value it does not accept (the value, the option, the values it accepts or "").
    #[serde(skip)]
    pub usage_invalid_value: super::Fmt3,
    /// … required arguments missing (them).
    #[serde(skip)]
    pub usage_missing: super::Fmt1,
    /// … a command it does not know (the command).
    #[serde(skip)]
    pub usage_unknown_command: super::Fmt1,
    /// … two arguments that cannot go together (the one, the other).
    #[serde(skip)]
    pub usage_conflict: super::Fmt2,
    /// … a value missing after an option (the option).
    #[serde(skip)]
    pub usage_no_value: super::Fmt1,
    /// … anything else: clap's own words follow.
    pub usage_other: &'static str,
    /// The line after a refused command line, pointing at `--help`.
    pub usage_help: &'static str,
    /// A system's report: the line that names a component (its name, its description or "").
    #[serde(skip)]
    pub component: super::Fmt2,
    /// … where it runs.
    pub placement: &'static str,
    /// … why, in one line.
    pub why: &'static str,
    /// … what would change its placement.
    pub would_change: &'static str,
    /// The system's part of the report.
    pub system: &'static str,
    /// … its outcome.
    pub outcome: &'static str,
    /// … the kit's "Architecture" line of each architecture named.
    pub architecture: &'static str,
    /// … how the architecture of the split between VMs and containers was recognised.
    pub recognised: &'static str,
    /// … the team ticked it for the whole system.
    pub recognised_ticked: &'static str,
    /// … the facts of the components on each side suggest it.
    pub recognised_voted: &'static str,
    /// … it answers the needs of the components on each side.
    pub recognised_fits: &'static str,
    /// … the components with no placement yet, which the system waits for.
    pub waiting: &'static str,
    /// `--component` with a name the session does not have (the name, the names it has).
    #[serde(skip)]
    pub unknown_component: super::Fmt2,
    /// `--component` or `--split` on a session without components.
    pub no_components: &'static str,
    /// `check`: a session with components passed (components, facts).
    #[serde(skip)]
    pub system_ok: Count2,
    /// What `check` says of an ADR's decision block for a system: its components, its facts.
    #[serde(skip)]
    pub block_system_ok: Count2,
    /// `check`: a problem found inside a component (the message, the component's name).
    #[serde(skip)]
    pub in_component: super::Fmt2,
    /// `export --split`: a component's record's title (the system's title, the component).
    #[serde(skip)]
    pub split_title: super::Fmt2,
    /// `export --split`: a component's record's context (the system record's number and
    /// title, its file, the component's name and description).
    #[serde(skip)]
    pub split_context: super::Fmt3,
    /// `export --split`: the relation a component's record states to the system's ("Part
    /// of").
    pub split_part_of: &'static str,
    /// `export --split`: the relation back, in the system's record ("Detailed by"; it ends
    /// with the passive "by"/"par" that `adr check` and adr-tools' graph read as a link
    /// back).
    pub split_detailed_by: &'static str,
    /// `export --split`: each component's record written (its file).
    #[serde(skip)]
    pub split_written: super::Fmt1,
    /// The ADR screen's checkbox that also writes one record per component.
    pub split_checkbox: &'static str,
}
