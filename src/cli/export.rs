//! `arbitre export`: the session's ADR, written to a file or into an ADR log.

use std::path::{Path, PathBuf};

use super::adr::{open_log, warning_lines};
use super::recommend::load_answers;
use super::{CliError, Failure, Usage, eprint_lines, write_out};
use crate::i18n::Lang;

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
        /// After the system's record, one record per component, linked to it.
        split: bool,
        /// How long to wait, in seconds, when another writer holds the log's lock.
        lock_wait: u64,
    },
}

/// `arbitre export …`: returns the paths written (the record; with `--split`, the system's
/// then each component's). An unknown id or a bad weight in the
/// session is a usage error; a file that cannot be read or written, a failure.
///
/// `doc_lang` is the document's language (`export --lang`, else the session's); `lang` the
/// language the command line speaks in its messages.
pub fn export(
    kit_path: Option<&Path>,
    session_path: &Path,
    template: Option<crate::session::Template>,
    doc_lang: Option<Lang>,
    detail: Option<crate::session::Detail>,
    target: ExportTarget,
    lang: Lang,
) -> Result<Vec<PathBuf>, CliError> {
    let (kit, mut session) = load_answers(kit_path, Some(session_path))?;
    let chosen_template = template;
    if let Some(template) = template {
        session.adr.template = template;
    }
    if let Some(detail) = detail {
        session.adr.detail = detail;
    }
    if let Some(doc_lang) = doc_lang {
        session.adr.lang = doc_lang;
    }
    if let Some(typed) = crate::adr::other_language(&session) {
        let doc = session.adr.lang;
        let w = &lang.words().adr;
        let name = |l: Lang| w.lang_names.of(l);
        eprint_lines(&[format!(
            "{} {} (--lang {})",
            lang.colon(lang.words().cli.warning),
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
            Ok(vec![path])
        }
        ExportTarget::Log {
            dir,
            supersedes,
            accept,
            split,
            lock_wait,
        } => {
            if split && session.components.is_empty() {
                return Err(Usage::NoComponents.into());
            }
            let log = open_log(&dir, lock_wait, lang)?;
            if accept {
                session.adr.status = crate::session::Status::Accepted;
            }
            let write = if split {
                crate::adr::log::export_split
            } else {
                crate::adr::log::export
            };
            let export = write(
                &log,
                &kit,
                &session,
                supersedes.as_deref(),
                &date,
                chosen_template,
            )
            .map_err(|e| match e {
                crate::adr::log::LogError::NotAccepted { .. } => {
                    CliError::from(Usage::NotAccepted {
                        error: e,
                        session: session_path.to_owned(),
                        status: session.adr.status,
                    })
                }
                other => Failure::Log(other).into(),
            })?;
            let w = &lang.words().cli;
            let mut lines = warning_lines(&export.findings, lang);
            lines.push(format!(
                "arbitre: {}",
                (w.written_as)(
                    template_name(export.template),
                    &template_note(
                        &export,
                        session.adr.template,
                        chosen_template.is_some(),
                        lang
                    )
                )
            ));
            if let Some(log_lang) = export.style.lang.filter(|l| *l != session.adr.lang) {
                let names = &lang.words().adr.lang_names;
                lines.push(format!(
                    "arbitre: {} {}",
                    lang.colon(w.warning),
                    (w.log_lang)(
                        names.of(log_lang),
                        names.of(session.adr.lang),
                        log_lang.code()
                    )
                ));
            }
            if let Some(old) = &export.superseded {
                lines.push(format!(
                    "arbitre: {}",
                    (w.marked_superseded)(&old.display().to_string())
                ));
            }
            eprint_lines(&lines);
            let mut paths = vec![export.path];
            paths.extend(export.components);
            Ok(paths)
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
    lang: Lang,
) -> String {
    let w = &lang.words().cli;
    let lines = if export.template == crate::session::Template::Madr
        && export.style.header == crate::adr::Header::Lines
    {
        // The list marker the record was written with: the log's.
        let b = export.style.bullet;
        (w.header_lines)(&format!("`{b} Status:` / `{b} Date:` / `{b} Deciders:`"))
    } else {
        String::new()
    };
    if chosen || session == export.template {
        lines
    } else {
        format!("{lines}{}", (w.log_convention)(template_name(session)))
    }
}
