//! The command line: `arbitre` opens the app; `check` and `recommend` run headless.

use std::borrow::Cow;
use std::io::{self, Write as _};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};

use crate::decide::{self, Answers, Recommendation};
use crate::i18n::Lang;
use crate::kit::{self, CheckedKit, LoadError};
use crate::session::Session;

mod check;
mod exam;

pub use check::{CheckReport, MAX_PROBLEMS_PER_FILE, check_one};

/// arbitre — containers, VMs or hybrid? Decide together and record it as an ADR.
#[derive(Debug, Parser)]
#[command(name = "arbitre", version = crate::VERSION, about)]
pub struct Args {
    /// A session file (or an ADR) to open in the app.
    pub session: Option<PathBuf>,
    /// Open the app on the Log screen, on this repository's ADR log (or this ADR folder).
    #[arg(long, value_name = "DIR")]
    pub adr_log: Option<PathBuf>,
    /// Use this kit instead of the built-in one.
    #[arg(long, global = true, value_name = "FILE")]
    pub kit: Option<PathBuf>,
    /// Close the window by itself after this many frames (for CI and scripted checks; the
    /// test hook `ARBITRE_QUIT_AFTER_FRAMES=N` does the same).
    #[arg(long, value_name = "N")]
    pub quit_after_frames: Option<u64>,
    /// A headless command; without one the app opens.
    #[command(subcommand)]
    pub command: Option<Command>,
}

/// Headless commands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Validate kit and session files: one line per problem on stderr (the first 100 per
    /// file), non-zero exit if any; unknown fields and keys given twice are warnings.
    Check {
        /// Kit (`.ron` with criteria) or session files.
        #[arg(required = true)]
        files: Vec<PathBuf>,
    },
    /// Print the recommendation for a session and/or ticked items.
    Recommend {
        /// A session file to start from.
        #[arg(long, value_name = "FILE")]
        session: Option<PathBuf>,
        /// Tick an item (repeatable).
        #[arg(long = "yes", value_name = "ID")]
        yes: Vec<String>,
        /// Weight a criterion, `ID=0..3` (repeatable).
        #[arg(long = "weight", value_name = "ID=N")]
        weights: Vec<String>,
        /// Mark a ticked item or a weighted criterion as a must-have: a fact, not a preference
        /// (repeatable).
        #[arg(long = "must", value_name = "ID")]
        musts: Vec<String>,
        /// Language of the text output.
        #[arg(long, value_enum, ignore_case = true, default_value_t = LangArg::Fr)]
        lang: LangArg,
        /// Print one JSON object instead of text.
        #[arg(long)]
        json: bool,
    },
    /// Write the session's ADR to a file or into an ADR log; prints the path written.
    #[command(group(clap::ArgGroup::new("target").required(true).args(["out", "adr_dir"])))]
    Export {
        /// The session to record.
        #[arg(long, value_name = "FILE")]
        session: PathBuf,
        /// The template (default: the session's).
        #[arg(long, value_enum)]
        template: Option<TemplateArg>,
        /// The document's language (default: the session's).
        #[arg(long, value_enum, ignore_case = true)]
        lang: Option<LangArg>,
        /// How much the record says: concise (the default) or full (every reason with its
        /// points, the table under each option).
        #[arg(long, value_enum)]
        detail: Option<DetailArg>,
        /// Write to this file (refused if it exists, unless --force).
        #[arg(long, value_name = "FILE")]
        out: Option<PathBuf>,
        /// Write into the ADR log of this repository (or this ADR folder), numbered after the
        /// highest record.
        #[arg(long, value_name = "DIR")]
        adr_dir: Option<PathBuf>,
        /// The record of the log the new one supersedes: its number, or its file name (in
        /// a log4brains log). The new record must be Accepted: see --accept.
        #[arg(long, value_name = "N", requires = "adr_dir")]
        supersedes: Option<String>,
        /// With --supersedes: record the new decision as Accepted (a proposal does not
        /// supersede a decision).
        #[arg(long, requires = "supersedes")]
        accept: bool,
        /// Replace an existing file given with --out.
        #[arg(long)]
        force: bool,
        /// With --adr-dir: how long to wait, in seconds, when another writer holds the
        /// log's lock, before giving up.
        #[arg(long, value_name = "SECONDS", default_value_t = LOCK_WAIT_SECS, requires = "adr_dir")]
        lock_wait: u64,
    },
    /// Write a printable exam (Markdown, its answer key after the questions) or print it as
    /// JSON, from the kit's question bank; the same seed gives the same exam.
    #[command(group(clap::ArgGroup::new("exam_target").required(true).args(["json", "out"])))]
    Exam {
        /// The seed: the same seed gives the same exam.
        #[arg(long, value_name = "N")]
        seed: u64,
        /// The exam's language.
        #[arg(long, value_enum, ignore_case = true, default_value_t = LangArg::Fr)]
        lang: LangArg,
        /// The sections to ask about, comma-separated: table, cases, hybrids, summary,
        /// scenarios (default: all).
        #[arg(long, value_name = "IDS", value_delimiter = ',')]
        sections: Vec<String>,
        /// How many questions, at most.
        #[arg(long, value_name = "N", default_value_t = 20)]
        count: usize,
        /// Print the exam as one JSON object: {"questions": [{"id", "section", "level",
        /// "prompt", "choices", "answer"}]}.
        #[arg(long)]
        json: bool,
        /// Write the exam as Markdown to this file (refused if it exists, unless --force).
        #[arg(long, value_name = "FILE")]
        out: Option<PathBuf>,
        /// Replace an existing file given with --out.
        #[arg(long, requires = "out")]
        force: bool,
        /// A teacher's pack whose scenarios and questions join the bank (repeatable).
        #[arg(long, value_name = "FILE")]
        pack: Vec<PathBuf>,
    },
    /// ADR log commands.
    Adr {
        /// What to do.
        #[command(subcommand)]
        command: AdrCommand,
        /// How long a command that writes waits, in seconds, when another writer holds
        /// the log's lock, before giving up.
        #[arg(long, global = true, value_name = "SECONDS", default_value_t = LOCK_WAIT_SECS)]
        lock_wait: u64,
    },
}

/// `arbitre adr …`: the log's lifecycle, in each record's own format.
#[derive(Debug, Subcommand)]
pub enum AdrCommand {
    /// Regenerate arbitre's index of the log (between its markers in index.md or
    /// README.md, in a new index.md, or in arbitre-index.md; never over a hand-written
    /// file); prints its path, and the log's problems as warnings.
    Index {
        /// The repository root or the ADR folder.
        dir: PathBuf,
    },
    /// List the records, one per line: number, status, date, title, (file); or JSON.
    List {
        /// The repository root or the ADR folder.
        dir: PathBuf,
        /// Print one JSON array: number, title, status, state, date, deciders, file,
        /// supersedes, `superseded_by`.
        #[arg(long)]
        json: bool,
    },
    /// Set a record's status, written in the record's own format.
    Status {
        /// The repository root or the ADR folder.
        dir: PathBuf,
        /// The record: its number, or its file name.
        record: String,
        /// The new status.
        #[arg(value_enum, ignore_case = true)]
        status: StatusArg,
    },
    /// Link record N to record M: `RELATION [M](file)` in N, where its tool keeps links.
    Link {
        /// The repository root or the ADR folder.
        dir: PathBuf,
        /// The record that gets the link: its number or file name.
        from: String,
        /// The record linked to: its number or file name.
        to: String,
        /// The words before the link, such as "Amends".
        relation: String,
        /// The words of the link back, in M, such as "Amended by".
        #[arg(long, value_name = "WORDS")]
        reverse: Option<String>,
    },
    /// Lint the log: unreadable records, duplicate numbers, broken links, malformed
    /// headings, records without a status. Exits 1 when it finds a problem.
    Check {
        /// The repository root or the ADR folder.
        dir: PathBuf,
    },
}

/// A status `arbitre adr status` sets; maps to [`crate::session::Status`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum StatusArg {
    /// Proposed.
    Proposed,
    /// Accepted.
    Accepted,
    /// Rejected.
    Rejected,
    /// Deprecated.
    Deprecated,
}

impl From<StatusArg> for crate::session::Status {
    fn from(s: StatusArg) -> Self {
        match s {
            StatusArg::Proposed => Self::Proposed,
            StatusArg::Accepted => Self::Accepted,
            StatusArg::Rejected => Self::Rejected,
            StatusArg::Deprecated => Self::Deprecated,
        }
    }
}

/// An ADR template as the command line spells it; maps to [`crate::session::Template`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum TemplateArg {
    /// MADR 4.0.0.
    Madr,
    /// Michael Nygard's, as adr-tools writes it.
    Nygard,
}

impl From<TemplateArg> for crate::session::Template {
    fn from(t: TemplateArg) -> Self {
        match t {
            TemplateArg::Madr => crate::session::Template::Madr,
            TemplateArg::Nygard => crate::session::Template::Nygard,
        }
    }
}

/// A detail level as the command line spells it; maps to [`crate::session::Detail`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum DetailArg {
    /// What a reviewer reads.
    Concise,
    /// Everything.
    Full,
}

impl From<DetailArg> for crate::session::Detail {
    fn from(d: DetailArg) -> Self {
        match d {
            DetailArg::Concise => crate::session::Detail::Concise,
            DetailArg::Full => crate::session::Detail::Full,
        }
    }
}

/// A language as the command line spells it (any case); maps to [`Lang`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum LangArg {
    /// French.
    Fr,
    /// English.
    En,
}

impl From<LangArg> for Lang {
    fn from(l: LangArg) -> Self {
        match l {
            LangArg::Fr => Lang::Fr,
            LangArg::En => Lang::En,
        }
    }
}

/// What a headless command fails with; [`main`] alone prints it and turns it into the exit
/// code.
#[derive(Debug, thiserror::Error)]
pub enum CliError {
    /// The command line names something that does not exist or cannot be (an unknown id, a
    /// bad argument): exit 2. One message per line.
    #[error("{}", .0.join("\n"))]
    Usage(Vec<String>),
    /// The command ran and failed (a check found problems, a file cannot be read or
    /// written): exit 1. One message per line.
    #[error("{}", .0.join("\n"))]
    Failed(Vec<String>),
    /// Standard output could not be written.
    #[error("arbitre: cannot write the output: {0}")]
    Output(#[from] io::Error),
}

impl CliError {
    /// A usage error with one message.
    pub fn usage(message: impl Into<String>) -> Self {
        Self::Usage(vec![message.into()])
    }

    /// A failure with one message.
    pub fn failed(message: impl Into<String>) -> Self {
        Self::Failed(vec![message.into()])
    }

    /// Whether the reader of the output went away (`arbitre … | head -1`): not an error for a
    /// command-line tool.
    fn reader_gone(&self) -> bool {
        matches!(self, Self::Output(e) if e.kind() == io::ErrorKind::BrokenPipe)
    }

    /// The lines to print on stderr: none when the reader went away.
    pub fn lines(&self) -> Vec<String> {
        match self {
            Self::Usage(lines) | Self::Failed(lines) => lines.clone(),
            _ if self.reader_gone() => Vec::new(),
            Self::Output(_) => vec![self.to_string()],
        }
    }

    /// The process exit code: 2 for a usage error, 1 for a failure, 0 when the reader of the
    /// output went away.
    pub fn exit_code(&self) -> ExitCode {
        match self {
            Self::Usage(_) => ExitCode::from(2),
            _ if self.reader_gone() => ExitCode::SUCCESS,
            Self::Failed(_) | Self::Output(_) => ExitCode::FAILURE,
        }
    }
}

/// Runs the program; returns the process exit code.
///
/// Everything a headless command prints goes through a locked stdout whose errors are
/// returned, never panicked on: a reader that goes away (`arbitre … | head -1`) ends the
/// program quietly with success, as it does for other command-line tools. Every error is
/// printed here, and only here. The process is never ended from inside: even a command line
/// that clap refuses (or `--help`) comes back here as an exit code.
pub fn main() -> ExitCode {
    let args = match Args::try_parse() {
        Ok(args) => args,
        Err(e) => {
            // clap's message (usage error, help or version), on the stream clap chooses; a
            // stream that cannot be written cannot be reported anywhere.
            let _ = e.print();
            return ExitCode::from(u8::try_from(e.exit_code()).unwrap_or(2));
        }
    };
    match run(args) {
        Ok(code) => code,
        Err(e) => {
            eprint_lines(&e.lines());
            e.exit_code()
        }
    }
}

/// Opens the app, or runs the headless command.
fn run(args: Args) -> Result<ExitCode, CliError> {
    let Some(command) = args.command else {
        // The flag wins over the test hook, as it did over clap's `env`.
        let quit_after_frames = match args.quit_after_frames {
            Some(n) => Some(n),
            None => crate::hooks::quit_after_frames().map_err(CliError::usage)?,
        };
        return Ok(crate::ui::run(crate::ui::Launch {
            kit: args.kit,
            session: args.session,
            quit_after_frames,
            data_dir: None,
            autosave_unavailable: false,
            adr_log: args.adr_log,
            ..crate::ui::Launch::default()
        }));
    };
    run_command(args.kit.as_deref(), command)?;
    Ok(ExitCode::SUCCESS)
}

/// Runs a headless command.
fn run_command(kit: Option<&Path>, command: Command) -> Result<(), CliError> {
    match command {
        Command::Check { files } => check::check(kit, &files),
        Command::Recommend {
            session,
            yes,
            weights,
            musts,
            lang,
            json,
        } => recommend(
            kit,
            session.as_deref(),
            &Asked {
                yes: &yes,
                weights: &weights,
                musts: &musts,
            },
            lang.into(),
            json,
        ),
        Command::Export {
            session,
            template,
            lang,
            detail,
            out,
            adr_dir,
            supersedes,
            accept,
            force,
            lock_wait,
        } => {
            let target = match (out, adr_dir) {
                (Some(path), _) => ExportTarget::File { path, force },
                (None, Some(dir)) => ExportTarget::Log {
                    dir,
                    supersedes,
                    accept,
                    lock_wait,
                },
                (None, None) => return Err(CliError::usage("export: give --out or --adr-dir")),
            };
            let path = export(
                kit,
                &session,
                template.map(Into::into),
                lang.map(Into::into),
                detail.map(Into::into),
                target,
            )?;
            print_path(&path)
        }
        Command::Adr { command, lock_wait } => adr_command(command, lock_wait),
        Command::Exam {
            seed,
            lang,
            sections,
            count,
            json,
            out,
            force,
            pack,
        } => {
            let target = match (json, out) {
                (true, None) => exam::ExamTarget::Json,
                (false, Some(path)) => exam::ExamTarget::Markdown { path, force },
                _ => return Err(CliError::usage("exam: give either --json or --out")),
            };
            let options = exam::ExamOptions {
                seed,
                lang: lang.into(),
                sections,
                count,
                packs: pack,
                target,
            };
            exam::exam(kit, &options)
        }
    }
}

/// A log error as a failure.
fn log_failed(e: &crate::adr::log::LogError) -> CliError {
    CliError::failed(e.to_string())
}

/// How long a writer waits for the log's lock by default, in seconds.
pub const LOCK_WAIT_SECS: u64 = 30;

/// Finds the log and says which convention was found, on stderr; its writes wait up to
/// `lock_wait` seconds for another writer, saying so.
fn open_log(dir: &Path, lock_wait: u64) -> Result<crate::adr::log::AdrLog, CliError> {
    let mut log = crate::adr::log::detect(dir).map_err(|e| log_failed(&e))?;
    eprint_lines(&[format!("arbitre: {}", log.describe())]);
    log.wait = crate::adr::log::LockWait {
        bound: std::time::Duration::from_secs(lock_wait),
        announce: Some(announce_lock_wait),
    };
    Ok(log)
}

/// Says on stderr that another writer holds the log's lock, before waiting for it.
fn announce_lock_wait(dir: &Path, bound: std::time::Duration) {
    eprint_lines(&[format!(
        "arbitre: another writer holds the log lock ({}); waiting up to {} s",
        dir.display(),
        bound.as_secs()
    )]);
}

/// The findings as `warning: file: message` lines.
fn warning_lines(findings: &[crate::adr::log::Problem]) -> Vec<String> {
    findings.iter().map(|p| format!("warning: {p}")).collect()
}

/// `arbitre adr …`
fn adr_command(command: AdrCommand, lock_wait: u64) -> Result<(), CliError> {
    use crate::adr::log;
    match command {
        AdrCommand::Index { dir } => {
            let log = open_log(&dir, lock_wait)?;
            let (written, findings) = log.write_index().map_err(|e| log_failed(&e))?;
            eprint_lines(&warning_lines(&findings));
            eprint_lines(&[format!("arbitre: {}", written.describe())]);
            print_path(written.path())
        }
        AdrCommand::List { dir, json } => {
            let log = log::detect(&dir).map_err(|e| log_failed(&e))?;
            let scan = log.records().map_err(|e| log_failed(&e))?;
            eprint_lines(&warning_lines(&scan.problems));
            if json {
                print_lines([records_json(&scan.records).as_str()])?;
            } else {
                let lines: Vec<String> = scan
                    .records
                    .iter()
                    .map(|r| {
                        format!(
                            "{}  {}  {}  {}  ({})",
                            r.number,
                            r.state.key(),
                            r.date,
                            r.title,
                            r.file_name()
                        )
                    })
                    .collect();
                print_lines(lines.iter().map(String::as_str))?;
            }
            Ok(())
        }
        AdrCommand::Status {
            dir,
            record,
            status,
        } => {
            let log = open_log(&dir, lock_wait)?;
            let r = log
                .set_status(&record, status.into())
                .map_err(|e| log_failed(&e))?;
            print_path(&r.file)
        }
        AdrCommand::Link {
            dir,
            from,
            to,
            relation,
            reverse,
        } => {
            let log = open_log(&dir, lock_wait)?;
            let relation = log::Relation {
                words: relation,
                reverse,
            };
            log.link(&from, &to, &relation)
                .map_err(|e| log_failed(&e))?;
            Ok(())
        }
        AdrCommand::Check { dir } => {
            let log = open_log(&dir, lock_wait)?;
            let findings = log::check(&log).map_err(|e| log_failed(&e))?;
            if findings.is_empty() {
                let n = log.records().map_or(0, |s| s.records.len());
                print_lines([format!("{}: ok — {n} records", log.dir.display()).as_str()])?;
                return Ok(());
            }
            let mut lines: Vec<String> = findings.iter().map(ToString::to_string).collect();
            lines.push(format!("{} problem(s) found", findings.len()));
            Err(CliError::Failed(lines))
        }
    }
}

/// `adr list --json`: one array of records.
pub fn records_json(records: &[crate::adr::log::Record]) -> String {
    let list: Vec<serde_json::Value> = records
        .iter()
        .map(|r| {
            serde_json::json!({
                "number": r.number,
                "title": r.title,
                "status": r.status,
                "state": r.state.key(),
                "date": r.date,
                "deciders": r.deciders,
                "file": r.file_name(),
                "supersedes": r.supersedes(),
                "superseded_by": r.superseded_by(),
            })
        })
        .collect();
    serde_json::Value::Array(list).to_string()
}

/// `text` with every control character (newlines included) and every bidirectional-text
/// control written as a `\u{…}` escape, so that what a file holds can neither drive the
/// terminal (clear it, set its title) nor break the one-line-per-message layout.
pub fn printable(text: &str) -> Cow<'_, str> {
    fn unsafe_char(c: char) -> bool {
        c.is_control() || matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
    }
    if !text.chars().any(unsafe_char) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        if unsafe_char(c) {
            out.push_str(&format!("\\u{{{:x}}}", u32::from(c)));
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

/// Writes lines to stdout, each made [`printable`]; returns the write error, if any.
fn print_lines<'a>(lines: impl IntoIterator<Item = &'a str>) -> io::Result<()> {
    let mut out = io::stdout().lock();
    for line in lines {
        writeln!(out, "{}", printable(line))?;
    }
    out.flush()
}

/// Writes each message to stderr on its own line, made [`printable`]. A failing stderr
/// cannot be reported anywhere: it is ignored.
fn eprint_lines(lines: &[String]) {
    let mut err = io::stderr().lock();
    for line in lines {
        let _ = writeln!(err, "{}", printable(line));
    }
}

/// The lines of an error: one per problem of an invalid kit, else one.
fn load_error_lines(e: &LoadError) -> Vec<String> {
    match e {
        LoadError::Invalid { problems } => problems.iter().map(ToString::to_string).collect(),
        other => vec![other.to_string()],
    }
}

/// Prints the path written.
fn print_path(path: &Path) -> Result<(), CliError> {
    print_lines([path.display().to_string().as_str()])?;
    Ok(())
}

/// Loads the kit named on the command line, or the built-in one.
pub fn load_kit(path: Option<&Path>) -> Result<CheckedKit, LoadError> {
    match path {
        Some(p) => CheckedKit::from_file(p),
        None => CheckedKit::builtin(),
    }
}

/// Writes `--out FILE` whole or not at all; an existing file is replaced only with
/// `--force` (else the error says how).
pub fn write_out(path: &Path, text: &str, force: bool) -> Result<(), CliError> {
    use crate::files::{Replace, WriteTarget};
    let target = WriteTarget {
        path: path.to_owned(),
        replace: if force {
            Replace::ForcedOnCommandLine
        } else {
            Replace::Never
        },
    };
    crate::files::write_to(&target, text.as_bytes()).map_err(|e| match e {
        crate::files::WriteError::Exists(p) => CliError::failed(format!(
            "{}: already exists; pass --force to replace it, or choose another --out",
            p.display()
        )),
        other => CliError::failed(other.to_string()),
    })
}

/// What `recommend` adds to the session's answers: `--yes`, `--weight`, `--must`.
struct Asked<'a> {
    yes: &'a [String],
    weights: &'a [String],
    musts: &'a [String],
}

/// `arbitre recommend …`
fn recommend(
    kit_path: Option<&Path>,
    session: Option<&Path>,
    asked: &Asked<'_>,
    lang: Lang,
    json: bool,
) -> Result<(), CliError> {
    let (kit, r) = recommend_inner(kit_path, session, asked)?;
    if json {
        print_lines([recommendation_json(&r).as_str()])?;
    } else {
        print_lines(recommendation_text(&kit, &r, lang).lines())?;
    }
    Ok(())
}

/// The kit and the session's answers, checked: an unknown id or a bad weight is a usage
/// error, a kit or session that cannot be loaded a failure.
fn load_answers(
    kit_path: Option<&Path>,
    session: Option<&Path>,
) -> Result<(CheckedKit, Session), CliError> {
    let kit = load_kit(kit_path).map_err(|e| CliError::Failed(load_error_lines(&e)))?;
    let Some(path) = session else {
        return Ok((kit, Session::default()));
    };
    let loaded = if crate::adr::reopen::is_markdown(path) {
        // An ADR arbitre wrote: its block's answers, its visible text's words.
        let text = kit::read_text_file(path).map_err(|e| CliError::Failed(load_error_lines(&e)))?;
        match crate::adr::reopen::reopen(&text, path, &kit)
            .map_err(|e| CliError::Failed(load_error_lines(&e)))?
        {
            crate::adr::reopen::Reopened::Session(loaded, _) => *loaded,
            crate::adr::reopen::Reopened::Foreign => {
                return Err(CliError::Failed(vec![format!(
                    "{}: not an ADR written by arbitre (no decision block): nothing to reopen",
                    path.display()
                )]));
            }
            crate::adr::reopen::Reopened::Damaged(why) => {
                return Err(CliError::Failed(vec![format!("{}: {why}", path.display())]));
            }
        }
    } else {
        Session::open(path, &kit).map_err(|e| CliError::Failed(load_error_lines(&e)))?
    };
    if let Some(id) = loaded.dropped.first() {
        return Err(CliError::usage(format!(
            "{}: unknown id `{id}`",
            path.display()
        )));
    }
    if let Some((id, w)) = loaded.clamped.first() {
        return Err(CliError::usage(format!(
            "{}: the weight of `{id}` is {w}; it must be 0, 1, 2 or 3",
            path.display()
        )));
    }
    Ok((kit, loaded.session))
}

fn recommend_inner(
    kit_path: Option<&Path>,
    session: Option<&Path>,
    asked: &Asked<'_>,
) -> Result<(CheckedKit, Recommendation), CliError> {
    let (kit, session) = load_answers(kit_path, session)?;
    let mut ticks = session.ticks;
    let mut weight_map = session.weights;
    let mut musts = session.musts;
    for id in asked.yes {
        if kit.tick(id).is_none() {
            return Err(CliError::usage(format!(
                "unknown id `{id}`: not an item of the kit `{}` (see `arbitre check`)",
                kit.id
            )));
        }
        ticks.insert(id.clone());
    }
    for w in asked.weights {
        let (id, n) = w
            .split_once('=')
            .ok_or_else(|| CliError::usage(format!("--weight `{w}`: expected ID=N")))?;
        if kit.criterion(id).is_none() {
            return Err(CliError::usage(format!("unknown criterion `{id}`")));
        }
        let n: u8 = n.parse().ok().filter(|n| *n <= 3).ok_or_else(|| {
            CliError::usage(format!("--weight `{w}`: the weight must be 0, 1, 2 or 3"))
        })?;
        weight_map.insert(id.to_owned(), n);
    }
    for id in asked.musts {
        let answered = ticks.contains(id) || weight_map.get(id).is_some_and(|w| *w > 0);
        if !answered {
            return Err(CliError::usage(format!(
                "--must `{id}`: not a ticked item nor a weighted criterion (tick it with --yes or weight it with --weight)"
            )));
        }
        musts.insert(id.clone());
    }
    let r = decide::recommend(
        &kit,
        Answers {
            ticks: &ticks,
            weights: &weight_map,
            musts: &musts,
        },
    );
    Ok((kit, r))
}

/// The JSON form: `{"outcome", "tied", "patterns", "pattern_votes", "scores", "reasons",
/// "counted", "hints", "flips", "musts", "ruled_out", "set_aside", "blocked"}`. `patterns`
/// (ids, leading first) and `pattern_votes` are listed only for a hybrid; `tied` only for a
/// tie (outcome `undecided`); `counted` gives each reason's points (0 when its concern was
/// counted with another reason); `musts` the must-haves that count; `ruled_out` each option a
/// hard need (`must` false) or a must-have rules out, and by what; `set_aside` why a hybrid
/// that would score highest is not proposed (`no_fit`, or `unplaced` with the needs).
pub fn recommendation_json(r: &Recommendation) -> String {
    let mut value = serde_json::json!({
        "outcome": r.outcome.id(),
        "patterns": r.patterns.iter().map(|p| p.id.as_str()).collect::<Vec<_>>(),
        "pattern_votes": r
            .patterns
            .iter()
            .map(|p| serde_json::json!({"id": p.id, "votes": p.votes, "ticked": p.ticked}))
            .collect::<Vec<_>>(),
        "scores": r.scores,
        "reasons": r.reasons.iter().map(|x| x.id.as_str()).collect::<Vec<_>>(),
        "counted": r.reasons,
        "hints": r.hints,
        "flips": r.flips,
        "musts": r.musts,
        "ruled_out": r.ruled_out,
        "set_aside": r.set_aside,
        "blocked": r.blocked,
    });
    if !r.tied.is_empty()
        && let Some(map) = value.as_object_mut()
    {
        map.insert("tied".into(), serde_json::json!(r.tied));
    }
    value.to_string()
}

/// The text form, for people: one line per entry, what comes from the kit made
/// [`printable`].
pub fn recommendation_text(kit: &CheckedKit, r: &Recommendation, lang: Lang) -> String {
    let mut out = String::new();
    let outcome = decide::outcome_text(kit, r.outcome, &r.tied, &[], lang);
    out.push_str(&format!(
        "{} {}\n",
        lang.pick("Recommandation :", "Recommendation:"),
        printable(&outcome)
    ));
    if r.outcome == decide::Outcome::Undecided && r.tied.is_empty() && !r.blocked {
        out.push_str(lang.pick(
            "Cochez au moins un élément ou pondérez un critère.\n",
            "Tick at least one item or weight a criterion.\n",
        ));
        return out;
    }
    let w = &lang.words().recommend;
    let scores: Vec<String> = kit::OptionId::ALL
        .iter()
        .map(|o| {
            let score = if r.is_ruled_out(*o) {
                w.ruled_out.to_owned()
            } else {
                r.scores.get(*o).to_string()
            };
            format!("{} {score}", printable(&kit.option_name(*o, lang)))
        })
        .collect();
    out.push_str(&format!(
        "{} {}\n",
        lang.pick("Scores :", "Scores:"),
        scores.join(", ")
    ));
    if r.blocked {
        out.push_str(&format!("{}\n", printable(w.blocked)));
    }
    for ruled in &r.ruled_out {
        out.push_str(&format!("{}\n", printable(&ruled.describe(kit, lang))));
    }
    if let Some(why) = &r.set_aside {
        out.push_str(&format!("{}\n", printable(&why.describe(kit, lang))));
    }
    if r.outcome == decide::Outcome::Hybrid && !r.patterns.is_empty() {
        out.push_str(lang.pick("Architectures suggérées :\n", "Suggested architectures:\n"));
        for p in &r.patterns {
            let name = kit
                .hybrid(&p.id)
                .map_or(p.id.as_str(), |h| h.name.get(lang));
            out.push_str(&format!(
                "  - {} ({}: {})\n",
                printable(name),
                printable(&p.id),
                p.votes
            ));
        }
    }
    out.push_str(lang.pick("Raisons :\n", "Reasons:\n"));
    for reason in &r.reasons {
        out.push_str(&format!("  - {}\n", printable(&reason.describe(kit, lang))));
    }
    let sc = &r.scores;
    if r.outcome == decide::Outcome::Hybrid || r.tied.contains(&kit::OptionId::Hybrid) {
        let rule = (w.hybrid_rule)(sc.smaller_side(), sc.hybrid_needs, sc.hybrid);
        out.push_str(&format!("{}\n", printable(&rule)));
    }
    if r.security_and_agility {
        out.push_str(&format!("{}\n", printable(w.security_and_agility)));
    }
    for id in &r.hints {
        if let Some(h) = kit.hints.iter().find(|h| &h.id == id) {
            out.push_str(&format!(
                "{}\n  {}\n",
                printable(&lang.colon(w.hint_title)),
                printable(h.text.get(lang))
            ));
        }
    }
    out.push_str(&format!("{}\n", printable(&lang.colon(w.flips_title))));
    if r.flips.is_empty() {
        out.push_str(&format!("  {}\n", printable(w.no_flip)));
    }
    for line in decide::flip_lines(kit, &r.flips, lang) {
        out.push_str(&format!(
            "  - {} [{}]\n",
            printable(&line.text),
            printable(&line.code)
        ));
    }
    out
}

/// Where `export` writes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ExportTarget {
    /// One file.
    File {
        /// The file.
        path: PathBuf,
        /// Replace it if it exists.
        force: bool,
    },
    /// Into an ADR log.
    Log {
        /// The repository root or ADR folder.
        dir: PathBuf,
        /// The record the new one supersedes (its number or file name).
        supersedes: Option<String>,
        /// Record the new decision as Accepted, so it may supersede.
        accept: bool,
        /// How long to wait, in seconds, when another writer holds the log's lock.
        lock_wait: u64,
    },
}

/// `arbitre export …`: returns the path written. An unknown id or a bad weight in the
/// session is a usage error; a file that cannot be read or written, a failure.
pub fn export(
    kit_path: Option<&Path>,
    session_path: &Path,
    template: Option<crate::session::Template>,
    lang: Option<Lang>,
    detail: Option<crate::session::Detail>,
    target: ExportTarget,
) -> Result<PathBuf, CliError> {
    let (kit, mut session) = load_answers(kit_path, Some(session_path))?;
    let chosen_template = template;
    if let Some(template) = template {
        session.adr.template = template;
    }
    if let Some(detail) = detail {
        session.adr.detail = detail;
    }
    if let Some(lang) = lang {
        session.adr.lang = lang;
    }
    if let Some(typed) = crate::adr::other_language(&session) {
        let doc = session.adr.lang;
        let w = &doc.words().adr;
        let name = |l: Lang| w.lang_names[usize::from(l == Lang::En)];
        eprint_lines(&[format!(
            "warning: {} (--lang {})",
            (w.lang_mismatch)(name(typed), name(doc)),
            typed.code()
        )]);
    }
    let today = crate::adr::today();
    let date = crate::adr::date_or_today(&session.adr.date, &today);
    match target {
        ExportTarget::File { path, force } => {
            let recommendation = session.recommend(&kit);
            let text = crate::adr::render_with_session(&crate::adr::AdrInput::new(
                &kit,
                &session,
                &recommendation,
                &today,
            ));
            write_out(&path, &text, force)?;
            Ok(path)
        }
        ExportTarget::Log {
            dir,
            supersedes,
            accept,
            lock_wait,
        } => {
            let log = open_log(&dir, lock_wait)?;
            if accept {
                session.adr.status = crate::session::Status::Accepted;
            }
            let export = crate::adr::log::export(
                &log,
                &kit,
                &session,
                supersedes.as_deref(),
                &date,
                chosen_template,
            )
            .map_err(|e| match e {
                crate::adr::log::LogError::NotAccepted { .. } => CliError::usage(format!(
                    "{e}\n(the session {} says {}; pass --accept with --supersedes)",
                    session_path.display(),
                    crate::adr::render::madr_status_word(session.adr.status)
                )),
                other => log_failed(&other),
            })?;
            let mut lines = warning_lines(&export.findings);
            lines.push(format!(
                "arbitre: written as {}{}",
                template_name(export.template),
                template_note(&export, session.adr.template, chosen_template.is_some())
            ));
            if let Some(old) = &export.superseded {
                lines.push(format!("arbitre: {} marked superseded", old.display()));
            }
            eprint_lines(&lines);
            Ok(export.path)
        }
    }
}

/// A template's name as people write it.
fn template_name(t: crate::session::Template) -> &'static str {
    match t {
        crate::session::Template::Madr => "MADR",
        crate::session::Template::Nygard => "Nygard (adr-tools)",
    }
}

/// Why the export is in this template, when the session asked for another.
fn template_note(
    export: &crate::adr::log::Export,
    session: crate::session::Template,
    chosen: bool,
) -> String {
    let lines = if export.template == crate::session::Template::Madr
        && export.style.header == crate::adr::Header::Lines
    {
        " with `- Status:` / `- Date:` / `- Deciders:` lines"
    } else {
        ""
    };
    if chosen || session == export.template {
        lines.to_owned()
    } else {
        format!(
            "{lines}, the log's convention (the session says {}; pass --template to choose)",
            template_name(session)
        )
    }
}
