//! The command line: `arbitre` opens the app; `check` and `recommend` run headless.

use std::collections::{BTreeMap, BTreeSet};
use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Parser, Subcommand};

use crate::decide::{self, Answers, Recommendation};
use crate::i18n::Lang;
use crate::kit::{self, CheckedKit, Kit, LoadError};
use crate::session::Session;

/// arbitre — containers, VMs or hybrid? Decide together and record it as an ADR.
#[derive(Debug, Parser)]
#[command(name = "arbitre", version, about)]
pub struct Args {
    /// A session file to open in the app.
    pub session: Option<PathBuf>,
    /// Use this kit instead of the built-in one.
    #[arg(long, global = true, value_name = "FILE")]
    pub kit: Option<PathBuf>,
    /// Close the window by itself after this many frames (for CI and scripted checks).
    #[arg(
        long,
        value_name = "N",
        env = "ARBITRE_QUIT_AFTER_FRAMES",
        hide_env_values = true
    )]
    pub quit_after_frames: Option<u64>,
    /// A headless command; without one the app opens.
    #[command(subcommand)]
    pub command: Option<Command>,
}

/// Headless commands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Validate kit and session files: one line per problem on stderr, non-zero exit if any.
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
        /// Language of the text output.
        #[arg(long, default_value = "fr", value_parser = parse_lang)]
        lang: Lang,
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
        #[arg(long, value_parser = ["madr", "nygard"])]
        template: Option<String>,
        /// The document's language (default: the session's).
        #[arg(long, value_parser = parse_lang)]
        lang: Option<Lang>,
        /// Write to this file (refused if it exists, unless --force).
        #[arg(long, value_name = "FILE")]
        out: Option<PathBuf>,
        /// Write into the ADR log of this repository (or this ADR folder), numbered after the
        /// highest record.
        #[arg(long, value_name = "DIR")]
        adr_dir: Option<PathBuf>,
        /// The number of a record in the log that the new one supersedes.
        #[arg(long, value_name = "N", requires = "adr_dir")]
        supersedes: Option<u32>,
        /// Replace an existing file given with --out.
        #[arg(long)]
        force: bool,
    },
    /// ADR log commands.
    Adr {
        /// What to do.
        #[command(subcommand)]
        command: AdrCommand,
    },
}

/// `arbitre adr …`
#[derive(Debug, Subcommand)]
pub enum AdrCommand {
    /// Regenerate the log's index (title, status, date per record); prints its path.
    Index {
        /// The repository root or the ADR folder.
        dir: PathBuf,
    },
}

fn parse_lang(s: &str) -> Result<Lang, String> {
    Lang::from_code(s).ok_or_else(|| format!("unknown language `{s}`: use fr or en"))
}

/// Runs the program; returns the process exit code.
pub fn main() -> ExitCode {
    let args = Args::parse();
    match args.command {
        None => crate::ui::run(crate::ui::Launch {
            kit: args.kit,
            session: args.session,
            quit_after_frames: args.quit_after_frames,
            data_dir: None,
        }),
        Some(Command::Check { files }) => check(args.kit.as_deref(), &files),
        Some(Command::Recommend {
            session,
            yes,
            weights,
            lang,
            json,
        }) => recommend(
            args.kit.as_deref(),
            session.as_deref(),
            &yes,
            &weights,
            lang,
            json,
        ),
        Some(Command::Export {
            session,
            template,
            lang,
            out,
            adr_dir,
            supersedes,
            force,
        }) => {
            let target = match (out, adr_dir) {
                (Some(path), _) => ExportTarget::File { path, force },
                (None, Some(dir)) => ExportTarget::Log { dir, supersedes },
                (None, None) => return ExitCode::from(2),
            };
            report(export(
                args.kit.as_deref(),
                &session,
                template.as_deref(),
                lang,
                target,
            ))
        }
        Some(Command::Adr {
            command: AdrCommand::Index { dir },
        }) => report(
            crate::adr::log::detect(&dir)
                .and_then(|log| log.write_index())
                .map_err(|e| e.to_string()),
        ),
    }
}

/// Prints the path written, or the error; exit 0 or 1.
fn report(result: Result<PathBuf, String>) -> ExitCode {
    match result {
        Ok(path) => {
            println!("{}", path.display());
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprint_lines(&e);
            ExitCode::FAILURE
        }
    }
}

/// Loads the kit named on the command line, or the built-in one.
pub fn load_kit(path: Option<&Path>) -> Result<CheckedKit, LoadError> {
    match path {
        Some(p) => CheckedKit::from_file(p),
        None => CheckedKit::builtin(),
    }
}

fn eprint_lines(text: &str) {
    let mut err = std::io::stderr().lock();
    for line in text.lines() {
        let _ = writeln!(err, "{line}");
    }
}

/// How many problems `check` prints per file; the rest are counted.
pub const MAX_PROBLEMS_PER_FILE: usize = 100;

/// Prints the first [`MAX_PROBLEMS_PER_FILE`] lines of `text`, then how many more there are.
fn eprint_capped(text: &str) {
    let mut err = std::io::stderr().lock();
    let mut lines = text.lines();
    for line in lines.by_ref().take(MAX_PROBLEMS_PER_FILE) {
        let _ = writeln!(err, "{line}");
    }
    let more = lines.count();
    if more > 0 {
        let _ = writeln!(err, "… and {more} more");
    }
}

/// `arbitre check FILE...`
fn check(kit_path: Option<&Path>, files: &[PathBuf]) -> ExitCode {
    let mut failed = false;
    let mut summaries = Vec::new();
    for file in files {
        match check_one(kit_path, file) {
            Ok(summary) => summaries.push(summary),
            Err(e) => {
                failed = true;
                eprint_capped(&e);
            }
        }
    }
    if failed {
        return ExitCode::FAILURE;
    }
    for s in summaries {
        println!("{s}");
    }
    ExitCode::SUCCESS
}

/// Checks one file as a kit (if it has `criteria`) or a session; returns a summary line or
/// every problem as lines.
pub fn check_one(kit_path: Option<&Path>, file: &Path) -> Result<String, String> {
    let source = kit::read_text_file(file).map_err(|e| e.to_string())?;
    let value: ron::Value = ron::Options::default()
        .from_str(&source)
        .map_err(|e| kit::syntax_error(file, &e).to_string())?;
    let is_kit = matches!(&value, ron::Value::Map(m)
        if m.iter().any(|(k, _)| matches!(k, ron::Value::String(s) if s == "criteria")));
    if is_kit {
        let kit = Kit::load_str(&source, file).map_err(|e| e.to_string())?;
        Ok(format!(
            "{}: ok — kit `{}` v{}: {} criteria, {} VM cases, {} hybrid architectures, {} summary statements, {} scenarios",
            file.display(),
            kit.id,
            kit.version,
            kit.criteria.len(),
            kit.vm_cases.len(),
            kit.hybrids.len(),
            kit.summary
                .iter()
                .map(|l| l.statements.len())
                .sum::<usize>(),
            kit.scenarios.len(),
        ))
    } else {
        let kit = load_kit(kit_path).map_err(|e| e.to_string())?;
        let loaded = Session::parse(&source, file, &kit).map_err(|e| e.to_string())?;
        if loaded.dropped.is_empty() {
            Ok(format!(
                "{}: ok — session: {} ticked, {} weighted",
                file.display(),
                loaded.session.ticks.len(),
                loaded.session.weights.len()
            ))
        } else {
            let index = kit::locate::Index::new(&source);
            Err(loaded
                .dropped
                .iter()
                .map(|id| {
                    let pos = index.nth_literal(id, 0).unwrap_or(kit::locate::Pos::START);
                    format!(
                        "{}:{}:{}: unknown id `{id}`: the kit `{}` has no such item",
                        file.display(),
                        pos.line,
                        pos.column,
                        kit.id
                    )
                })
                .collect::<Vec<_>>()
                .join("\n"))
        }
    }
}

/// `arbitre recommend …`
fn recommend(
    kit_path: Option<&Path>,
    session: Option<&Path>,
    yes: &[String],
    weights: &[String],
    lang: Lang,
    json: bool,
) -> ExitCode {
    match recommend_inner(kit_path, session, yes, weights) {
        Ok((kit, r)) => {
            let out = if json {
                recommendation_json(&r)
            } else {
                recommendation_text(&kit, &r, lang)
            };
            println!("{out}");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprint_lines(&e);
            ExitCode::from(2)
        }
    }
}

fn recommend_inner(
    kit_path: Option<&Path>,
    session: Option<&Path>,
    yes: &[String],
    weights: &[String],
) -> Result<(CheckedKit, Recommendation), String> {
    let kit = load_kit(kit_path).map_err(|e| e.to_string())?;
    let mut ticks = BTreeSet::new();
    let mut weight_map = BTreeMap::new();
    if let Some(path) = session {
        let loaded = Session::open(path, &kit).map_err(|e| e.to_string())?;
        if let Some(id) = loaded.dropped.first() {
            return Err(format!("{}: unknown id `{id}`", path.display()));
        }
        ticks = loaded.session.ticks;
        weight_map = loaded.session.weights;
    }
    for id in yes {
        if kit.tick(id).is_none() {
            return Err(format!(
                "unknown id `{id}`: not an item of the kit `{}` (see `arbitre check`)",
                kit.id
            ));
        }
        ticks.insert(id.clone());
    }
    for w in weights {
        let (id, n) = w
            .split_once('=')
            .ok_or_else(|| format!("--weight `{w}`: expected ID=N"))?;
        if kit.criterion(id).is_none() {
            return Err(format!("unknown criterion `{id}`"));
        }
        let n: u8 = n
            .parse()
            .ok()
            .filter(|n| *n <= 3)
            .ok_or_else(|| format!("--weight `{w}`: the weight must be 0, 1, 2 or 3"))?;
        weight_map.insert(id.to_owned(), n);
    }
    let r = decide::recommend(
        &kit,
        Answers {
            ticks: &ticks,
            weights: &weight_map,
        },
    );
    Ok((kit, r))
}

/// The JSON form: `{"outcome", "patterns", "scores", "reasons"}`.
pub fn recommendation_json(r: &Recommendation) -> String {
    let value = serde_json::json!({
        "outcome": r.outcome.id(),
        "patterns": r.patterns.iter().map(|p| p.id.as_str()).collect::<Vec<_>>(),
        "scores": r.scores,
        "reasons": r.reasons.iter().map(|x| x.id.as_str()).collect::<Vec<_>>(),
    });
    value.to_string()
}

/// The text form, for people.
pub fn recommendation_text(kit: &CheckedKit, r: &Recommendation, lang: Lang) -> String {
    let mut out = String::new();
    out.push_str(&format!(
        "{} {}\n",
        lang.pick("Recommandation :", "Recommendation:"),
        r.outcome.name(kit, lang)
    ));
    if r.outcome == decide::Outcome::Undecided {
        out.push_str(lang.pick(
            "Cochez au moins un élément ou pondérez un critère.\n",
            "Tick at least one item or weight a criterion.\n",
        ));
        return out;
    }
    out.push_str(&format!(
        "{} {} {}, {} {}, {} {}\n",
        lang.pick("Scores :", "Scores:"),
        kit.option_name(kit::OptionId::Containers, lang),
        r.scores.containers,
        kit.option_name(kit::OptionId::Vms, lang),
        r.scores.vms,
        kit.option_name(kit::OptionId::Hybrid, lang),
        r.scores.hybrid
    ));
    if r.outcome == decide::Outcome::Hybrid && !r.patterns.is_empty() {
        out.push_str(lang.pick("Architectures suggérées :\n", "Suggested architectures:\n"));
        for p in &r.patterns {
            let name = kit
                .hybrid(&p.id)
                .map_or(p.id.as_str(), |h| h.name.get(lang));
            out.push_str(&format!("  - {name} ({}: {})\n", p.id, p.votes));
        }
    }
    out.push_str(lang.pick("Raisons :\n", "Reasons:\n"));
    for reason in &r.reasons {
        out.push_str(&format!("  - {}\n", reason.describe(kit, lang)));
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
        /// The record the new one supersedes.
        supersedes: Option<u32>,
    },
}

/// `arbitre export …`: returns the path written.
pub fn export(
    kit_path: Option<&Path>,
    session_path: &Path,
    template: Option<&str>,
    lang: Option<Lang>,
    target: ExportTarget,
) -> Result<PathBuf, String> {
    let kit = load_kit(kit_path).map_err(|e| e.to_string())?;
    let loaded = Session::open(session_path, &kit).map_err(|e| e.to_string())?;
    if let Some(id) = loaded.dropped.first() {
        return Err(format!("{}: unknown id `{id}`", session_path.display()));
    }
    let mut session = loaded.session;
    match template {
        Some("nygard") => session.adr.template = crate::session::Template::Nygard,
        Some("madr") => session.adr.template = crate::session::Template::Madr,
        _ => {}
    }
    if let Some(lang) = lang {
        session.adr.lang = lang;
    }
    let date = if crate::adr::valid_date(&session.adr.date) {
        session.adr.date.clone()
    } else {
        crate::adr::today()
    };
    match target {
        ExportTarget::File { path, force } => {
            let recommendation = session.recommend(&kit);
            let text = crate::adr::render_with_session(&crate::adr::AdrInput {
                kit: &kit,
                session: &session,
                recommendation: &recommendation,
                number: 1,
                date,
                supersedes: Vec::new(),
                superseded_by: Vec::new(),
            });
            let written = if force {
                crate::files::write_atomic(&path, text.as_bytes())
            } else {
                crate::files::write_new_atomic(&path, text.as_bytes())
            };
            written.map_err(|e| e.to_string())?;
            Ok(path)
        }
        ExportTarget::Log { dir, supersedes } => crate::adr::log::detect(&dir)
            .and_then(|log| crate::adr::log::export(&log, &kit, &session, supersedes, &date, false))
            .map_err(|e| e.to_string()),
    }
}
