//! `arbitre adr …`: the ADR log's lifecycle, in each record's own format.

use std::path::Path;

use super::{AdrCommand, CliError, Failure, eprint_lines, print_lines, print_path};
use crate::i18n::Lang;

/// Finds the log and says which convention was found, on stderr; its writes wait up to
/// `lock_wait` seconds for another writer, saying so.
pub(super) fn open_log(
    dir: &Path,
    lock_wait: u64,
    lang: Lang,
) -> Result<crate::adr::log::AdrLog, CliError> {
    let mut log = crate::adr::log::detect(dir)?;
    eprint_lines(&[format!("arbitre: {}", log.describe(lang))]);
    let announce: fn(&Path, std::time::Duration) = match lang {
        Lang::Fr => |dir, bound| announce_lock_wait(dir, bound, Lang::Fr),
        Lang::En => |dir, bound| announce_lock_wait(dir, bound, Lang::En),
    };
    log.wait = crate::adr::log::LockWait {
        bound: std::time::Duration::from_secs(lock_wait),
        announce: Some(announce),
    };
    Ok(log)
}

/// Says on stderr that another writer holds the log's lock, before waiting for it.
fn announce_lock_wait(dir: &Path, bound: std::time::Duration, lang: Lang) {
    eprint_lines(&[format!(
        "arbitre: {}",
        (lang.words().cli.lock_held)(&dir.display().to_string(), bound.as_secs())
    )]);
}

/// The findings as `warning: file: message` lines, in `lang`.
pub(super) fn warning_lines(findings: &[crate::adr::log::Problem], lang: Lang) -> Vec<String> {
    let warning = lang.colon(lang.words().cli.warning);
    findings
        .iter()
        .map(|p| format!("{warning} {}", p.message(lang)))
        .collect()
}

/// `arbitre adr …`
pub(super) fn adr_command(command: AdrCommand, lock_wait: u64, lang: Lang) -> Result<(), CliError> {
    use crate::adr::log;
    match command {
        AdrCommand::Index { dir } => {
            let log = open_log(&dir, lock_wait, lang)?;
            let (written, findings) = log.write_index()?;
            eprint_lines(&warning_lines(&findings, lang));
            eprint_lines(&[format!("arbitre: {}", written.describe(lang))]);
            print_path(written.path())
        }
        AdrCommand::List { dir, json } => {
            let log = log::detect(&dir)?;
            let scan = log.records_with_packages()?;
            eprint_lines(&warning_lines(&scan.problems, lang));
            if json {
                print_lines([records_json(&scan.records).as_str()])?;
            } else {
                let lines: Vec<String> = scan
                    .records
                    .iter()
                    .map(|r| {
                        format!(
                            "{}  {}  {}  {}  ({})",
                            r.id(),
                            r.state.key(),
                            r.date,
                            r.title,
                            r.package.as_ref().map_or_else(
                                || r.file_name(),
                                |p| format!("{p}: {}", r.file_name())
                            )
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
            let log = open_log(&dir, lock_wait, lang)?;
            let r = log.set_status(&record, status.into())?;
            print_path(&r.file)
        }
        AdrCommand::Link {
            dir,
            from,
            to,
            relation,
            reverse,
        } => {
            let log = open_log(&dir, lock_wait, lang)?;
            let relation = log::Relation {
                words: relation,
                reverse,
            };
            log.link(&from, &to, &relation)?;
            Ok(())
        }
        AdrCommand::New {
            dir,
            title,
            supersedes,
        } => {
            let log = open_log(&dir, lock_wait, lang)?;
            let env = log::DraftEnv::from_process(lang);
            let saved = log.new_record(&title.join(" "), supersedes.as_deref(), &env)?;
            print_path(&saved.path)
        }
        AdrCommand::Init { dir, layout } => {
            let log = log::init(&dir, layout.into(), lang, &log::process_date())?;
            eprint_lines(&[format!("arbitre: {}", log.describe(lang))]);
            print_path(&log.dir)
        }
        AdrCommand::Check { dir, strict } => {
            let log = open_log(&dir, lock_wait, lang)?;
            let strictness = if strict {
                log::Strictness::Strict
            } else {
                log::Strictness::Convention
            };
            let findings = log::check(&log, strictness)?;
            if findings.is_empty() {
                let n = log.records().map_or(0, |s| s.records.len());
                let w = &lang.words().cli;
                let line = format!("{}: {} — {}", log.dir.display(), w.ok, (w.log_ok)(n));
                print_lines([line.as_str()])?;
                return Ok(());
            }
            Err(Failure::LogFindings(findings).into())
        }
    }
}

/// `adr list --json`: one array of records.
pub fn records_json(records: &[crate::adr::log::Record]) -> String {
    let list: Vec<serde_json::Value> = records
        .iter()
        .map(|r| {
            // `number` only where the name has a sequence number: a date is not one.
            let number = r.sequence.then_some(r.number);
            serde_json::json!({
                "id": r.id(),
                "package": r.package,
                "number": number,
                "title": r.title,
                "status": r.status,
                "state": r.state.key(),
                "date": r.date,
                "deciders": r.deciders,
                "file": r.file_name(),
                "supersedes": r.supersedes(),
                "superseded_by": r.superseded_by(),
                "relations": r
                    .relations
                    .iter()
                    .map(|l| serde_json::json!({"relation": l.key(), "target": l.target}))
                    .collect::<Vec<_>>(),
            })
        })
        .collect();
    serde_json::Value::Array(list).to_string()
}
