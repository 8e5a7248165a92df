//! The command line: `arbitre` opens the app; `check` and `recommend` run headless.

use std::borrow::Cow;
use std::io::{self, Write as _};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};

use crate::i18n::Lang;
use crate::kit::{CheckedKit, LoadError};

mod adr;
mod check;
mod error;
mod exam;
mod export;
mod recommend;
mod system;
mod usage;

pub use adr::records_json;
pub use check::{CheckReport, MAX_PROBLEMS_PER_FILE, check_one};
pub use error::{CliError, Failure, Usage};
pub use export::{ExportTarget, export};
pub use recommend::{recommendation_json, recommendation_text};

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
    /// The language the command line speaks: its text, its messages, its errors, and the
    /// exam it writes (default: the system's, from `LC_ALL`, `LC_MESSAGES` or `LANG`). For
    /// `export`, also the document's language (default there: the session's).
    #[arg(long, global = true, value_enum, ignore_case = true)]
    pub lang: Option<LangArg>,
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
        /// For a session with components: report this component only (its name, case
        /// aside).
        #[arg(long, value_name = "NAME")]
        component: Option<String>,
        /// Print one JSON object instead of text.
        #[arg(long)]
        json: bool,
    },
    /// Write the session's ADR to a file or into an ADR log; prints the paths written.
    #[command(group(clap::ArgGroup::new("target").required(true).args(["out", "adr_dir"])))]
    Export {
        /// The session to record.
        #[arg(long, value_name = "FILE")]
        session: PathBuf,
        /// The template (default: the session's).
        #[arg(long, value_enum)]
        template: Option<TemplateArg>,
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
        /// With --adr-dir, for a session with components: after the system's record, one
        /// record per component, each linked to the system's in the log's own style.
        #[arg(long, requires = "adr_dir")]
        split: bool,
        /// Replace an existing file given with --out.
        #[arg(long)]
        force: bool,
        /// With --adr-dir: how long to wait, in seconds, when another writer holds the
        /// log's lock, before giving up.
        #[arg(long, value_name = "SECONDS", default_value_t = LOCK_WAIT_SECS, requires = "adr_dir")]
        lock_wait: u64,
    },
    /// Write a printable exam (the whole exam in Markdown with its answer key on a page of
    /// its own, a student sheet, an answer key, Moodle GIFT) or print it as JSON, from the
    /// kit's question bank; the same seed and exam code give the same exam. Or print a new
    /// exam code (--new-code).
    #[command(group(clap::ArgGroup::new("exam_target").required(true).multiple(true)
        .args(["json", "out", "sheet", "key", "gift", "new_code"])))]
    Exam {
        /// The seed: the same seed and code give the same exam.
        #[arg(long, value_name = "N", required_unless_present = "new_code")]
        seed: Option<u64>,
        /// The exam code the teacher hands out with the seed (letters in any case, spaces
        /// and dashes ignored); without it, the practice exam of the seed, which anyone can
        /// print with its key.
        #[arg(long, value_name = "CODE")]
        code: Option<String>,
        /// Print a new random exam code (12 letters and digits) and stop.
        #[arg(long, conflicts_with_all = ["seed", "code", "json", "out", "sheet", "key", "gift", "pack"])]
        new_code: bool,
        /// The sections to ask about, comma-separated: table, cases, hybrids, summary,
        /// scenarios (default: all).
        #[arg(long, value_name = "IDS", value_delimiter = ',')]
        sections: Vec<String>,
        /// How many questions, at most.
        #[arg(long, value_name = "N", default_value_t = 20)]
        count: usize,
        /// Print the exam as one JSON object: {"questions": [{"id", "section", "level",
        /// "prompt", "choices", "answer"}]}.
        #[arg(long, conflicts_with_all = ["out", "sheet", "key", "gift"])]
        json: bool,
        /// Write the whole exam as Markdown to this file: the student sheet, then the answer
        /// key on a page of its own (refused if it exists, unless --force).
        #[arg(long, value_name = "FILE")]
        out: Option<PathBuf>,
        /// Write the student sheet alone (questions, no answers) as Markdown to this file.
        #[arg(long, value_name = "FILE")]
        sheet: Option<PathBuf>,
        /// Write the answer key alone (answers and explanations) as Markdown to this file.
        #[arg(long, value_name = "FILE")]
        key: Option<PathBuf>,
        /// Write the exam in Moodle's GIFT format to this file, for a Moodle quiz.
        #[arg(long, value_name = "FILE")]
        gift: Option<PathBuf>,
        /// Replace the files given with --out, --sheet, --key or --gift if they exist.
        #[arg(long)]
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
    /// List the records, one per line: id, status, date, title, (file); or JSON. A
    /// record's id is its number, or its file name without `.md` where the name has a
    /// date instead of a number (`20240101-title.md`).
    List {
        /// The repository root or the ADR folder.
        dir: PathBuf,
        /// Print one JSON array: id, number (null where the name has a date), title,
        /// status, state, date, deciders, file, supersedes, `superseded_by`, relations (each
        /// `{relation, target}`).
        #[arg(long)]
        json: bool,
    },
    /// Set a record's status, written in the record's own format.
    Status {
        /// The repository root or the ADR folder.
        dir: PathBuf,
        /// The record: its id (its number, or its file name without `.md`), or its file
        /// name.
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
    /// Start a record of any decision: the log's own template (`$ADR_TEMPLATE` or
    /// `templates/template.md` in an adr-tools log, `adr-template.md` or `template.md` in a
    /// MADR log, `template.md` in a log4brains log), else its tool's convention; numbered
    /// and named as the log does. Prints its path.
    New {
        /// The repository root or the ADR folder.
        dir: PathBuf,
        /// The title (several words are joined, as `adr new` does).
        #[arg(required = true, num_args = 1..)]
        title: Vec<String>,
        /// The record it supersedes (its id or file name): marked superseded, and the new
        /// record accepted.
        #[arg(long, short = 's', value_name = "RECORD")]
        supersedes: Option<String>,
    },
    /// Start an ADR log in a repository that has none, in the layout chosen: adr-tools
    /// (`doc/adr` and its first record), MADR (`docs/decisions/adr-template.md`) or
    /// log4brains (`.log4brains.yml`, `docs/adr/template.md`). Prints the log folder.
    Init {
        /// The repository root.
        dir: PathBuf,
        /// The layout.
        #[arg(long, value_enum, ignore_case = true)]
        layout: LayoutArg,
    },
    /// Lint the log: unreadable records, duplicate numbers, broken links, malformed
    /// headings, records without a status where the log's convention asks for one. Exits 1
    /// when it finds a problem.
    Check {
        /// The repository root or the ADR folder.
        dir: PathBuf,
        /// Also ask every record for a status (MADR 3 and 4 make it optional).
        #[arg(long)]
        strict: bool,
    },
}

/// A log layout `arbitre adr init` starts; maps to [`crate::adr::log::LogKind`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum LayoutArg {
    /// adr-tools: `doc/adr`, Nygard's records.
    AdrTools,
    /// MADR 4: `docs/decisions`, front matter.
    Madr,
    /// log4brains: `.log4brains.yml`, `docs/adr`, dated names.
    Log4brains,
}

impl From<LayoutArg> for crate::adr::log::LogKind {
    fn from(l: LayoutArg) -> Self {
        match l {
            LayoutArg::AdrTools => Self::AdrTools,
            LayoutArg::Madr => Self::Madr,
            LayoutArg::Log4brains => Self::Log4brains,
        }
    }
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

/// Runs the program; returns the process exit code.
///
/// Everything a headless command prints goes through a locked stdout whose errors are
/// returned, never panicked on: a reader that goes away (`arbitre … | head -1`) ends the
/// program quietly with success, as it does for other command-line tools. Every error is
/// printed here, and only here, in the language the command line speaks ([`Args::lang`],
/// else the system's). The process is never ended from inside: even a command line that
/// clap refuses (or `--help`) comes back here as an exit code.
pub fn main() -> ExitCode {
    let raw: Vec<std::ffi::OsString> = std::env::args_os().collect();
    let args = match Args::try_parse_from(&raw) {
        Ok(args) => args,
        Err(e) => {
            // A refused command line in the language asked (or the system's); help, version
            // and English are clap's own message, on the stream clap chooses. A stream that
            // cannot be written cannot be reported anywhere.
            match usage::lines(&e, usage::lang_of(&raw)) {
                Some(lines) => eprint_lines(&lines),
                None => {
                    let _ = e.print();
                }
            }
            return ExitCode::from(u8::try_from(e.exit_code()).unwrap_or(2));
        }
    };
    let lang = args.lang();
    match run(args, lang) {
        Ok(code) => code,
        Err(e) => {
            eprint_lines(&e.lines(lang));
            e.exit_code()
        }
    }
}

impl Args {
    /// The language the command line speaks: `--lang`, else the system's, as the window
    /// chooses it (`LC_ALL`, `LC_MESSAGES`, `LANG`).
    pub fn lang(&self) -> Lang {
        self.lang
            .map_or_else(|| Lang::from_locale(|k| std::env::var(k).ok()), Into::into)
    }
}

/// Opens the app, or runs the headless command.
fn run(args: Args, lang: Lang) -> Result<ExitCode, CliError> {
    let Some(command) = args.command else {
        // The flag wins over the test hook, as it did over clap's `env`.
        let quit_after_frames = match args.quit_after_frames {
            Some(n) => Some(n),
            None => crate::hooks::quit_after_frames().map_err(Usage::Hook)?,
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
    let doc_lang = args.lang.map(Into::into);
    run_command(args.kit.as_deref(), command, lang, doc_lang)?;
    Ok(ExitCode::SUCCESS)
}

/// Runs a headless command, speaking `lang`; `doc_lang` is the language `--lang` chose for a
/// document, if any.
fn run_command(
    kit: Option<&Path>,
    command: Command,
    lang: Lang,
    doc_lang: Option<Lang>,
) -> Result<(), CliError> {
    match command {
        Command::Check { files } => check::check(kit, &files, lang),
        Command::Recommend {
            session,
            yes,
            weights,
            musts,
            component,
            json,
        } => recommend::recommend(
            kit,
            session.as_deref(),
            &recommend::Asked {
                yes: &yes,
                weights: &weights,
                musts: &musts,
                component: component.as_deref(),
            },
            lang,
            json,
        ),
        Command::Export {
            session,
            template,
            detail,
            out,
            adr_dir,
            supersedes,
            accept,
            split,
            force,
            lock_wait,
        } => {
            let target = match (out, adr_dir) {
                (Some(path), _) => ExportTarget::File { path, force },
                (None, Some(dir)) => ExportTarget::Log {
                    dir,
                    supersedes,
                    accept,
                    split,
                    lock_wait,
                },
                (None, None) => return Err(Usage::ExportTarget.into()),
            };
            let paths = export::export(
                kit,
                &session,
                template.map(Into::into),
                doc_lang,
                detail.map(Into::into),
                target,
                lang,
            )?;
            paths.iter().try_for_each(|p| print_path(p))
        }
        Command::Adr { command, lock_wait } => adr::adr_command(command, lock_wait, lang),
        Command::Exam {
            seed,
            code,
            new_code,
            sections,
            count,
            json,
            out,
            sheet,
            key,
            gift,
            force,
            pack,
        } => {
            if new_code {
                return exam::new_code();
            }
            let target = if json {
                exam::ExamTarget::Json
            } else {
                exam::ExamTarget::Files(exam::ExamFiles {
                    out,
                    sheet,
                    key,
                    gift,
                    force,
                })
            };
            let (Some(seed), false) = (seed, target.is_empty()) else {
                return Err(Usage::ExamTarget.into());
            };
            let options = exam::ExamOptions {
                seed,
                code: crate::train::exam::ExamCode::new(code.as_deref().unwrap_or_default()),
                lang,
                sections,
                count,
                packs: pack,
                target,
            };
            exam::exam(kit, &options)
        }
    }
}

/// How long a writer waits for the log's lock by default, in seconds.
pub const LOCK_WAIT_SECS: u64 = 30;

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
        crate::files::WriteError::Exists(p) => Failure::Exists(p).into(),
        other => Failure::Write(other).into(),
    })
}
