//! Export with one record per component (`arbitre export --split`): the system's record as
//! [`super::export`] writes it, then one record per component, numbered after it in order,
//! each linked to the system's record in the log's own relation style (adr-tools' Status
//! section line as `adr link` writes it, MADR's More Information, log4brains' `## Links`),
//! and the system's record linked back to each. A component's record is the renderer's, for
//! a one-workload session holding that component's facts as the engine reads them.

use std::path::PathBuf;

use super::edit::{add_link_text, link_ref_md};
use super::export::{ATTEMPTS, Asked, Export, Undo, export_locked, prepared, refused};
use super::names::{dated_file_name, record_files};
use super::{AdrLog, LogError, Naming, RecordLayout, Style};
use crate::{AdrInput, LinkRef, escape};
use arbitre_core::i18n::Lang;
use arbitre_core::kit::CheckedKit;
use arbitre_core::session::{AdrMeta, Session, Template};

/// [`super::export`] of a session with components, then one record per component (see the
/// module's doc). Refused with [`LogError::NoComponents`] for a session without components.
/// The whole export holds the log's lock; every file is written atomically and none is
/// replaced. If a component's record cannot be written, the records written are removed and
/// a record marked superseded gets its text back, so the log is left as it was.
pub fn export_split(
    log: &AdrLog,
    kit: &CheckedKit,
    session: &Session,
    supersedes: Option<&str>,
    date: &str,
    template: Option<Template>,
) -> Result<Export, LogError> {
    if session.components.is_empty() {
        return Err(LogError::NoComponents(log.dir.clone()));
    }
    let asked = Asked {
        kit,
        session,
        supersedes,
        date,
        template,
    };
    refused(log, &asked)?;
    let _lock = log.lock()?;
    let (mut export, undo) =
        export_locked(log, &asked, false)?.ok_or_else(|| LogError::Busy(log.dir.clone()))?;
    let mut written = Vec::new();
    match components(log, kit, session, date, &export, &mut written) {
        Ok(()) => {
            export.components = written;
            Ok(export)
        }
        Err(e) => {
            undo_all(log, &export, &written, undo);
            Err(e)
        }
    }
}

/// Puts the log back as it was: the records written removed, the superseded one restored.
/// What cannot be undone stays, and the error that stopped the export is the one reported.
fn undo_all(log: &AdrLog, export: &Export, written: &[PathBuf], undo: Undo) {
    for path in written.iter().chain(std::iter::once(&export.path)) {
        let _removed = std::fs::remove_file(path).is_ok();
    }
    if let Some((target, before)) = undo {
        let _restored = log.rewrite(&target, &before).is_ok();
    }
}

/// The layout a new record of this template and style has, for adding links to it.
fn new_layout(template: Template, style: &Style) -> RecordLayout {
    match (template, style.header) {
        (Template::Nygard, _) => RecordLayout::Nygard,
        (Template::Madr, crate::Header::FrontMatter) => RecordLayout::FrontMatter,
        (Template::Madr, crate::Header::Lines) => RecordLayout::Lines,
    }
}

/// The relation words, in the record's language; English in adr-tools' template, whose
/// status section keeps its link words English (`adr generate graph` leaves out the links
/// back by their ` by`).
fn relation_words(template: Template, lang: Lang) -> (&'static str, &'static str) {
    let lang = if template == Template::Nygard {
        Lang::En
    } else {
        lang
    };
    let w = &lang.words().cli;
    (w.split_part_of, w.split_detailed_by)
}

/// Writes each component's record, linked to the system's, then links the system's record
/// back to them. `written` collects the records written, for the undo.
fn components(
    log: &AdrLog,
    kit: &CheckedKit,
    session: &Session,
    date: &str,
    export: &Export,
    written: &mut Vec<PathBuf>,
) -> Result<(), LogError> {
    let (system, date) = prepared(session, export.template, date);
    let lang = system.adr.lang;
    let (part_of, detailed_by) = relation_words(export.template, lang);
    let system_link = LinkRef {
        number: export.number,
        title: export.title.clone(),
        file: file_of(&export.path),
    };
    let today = crate::today();
    let mut back = Vec::new();
    for i in 0..system.components.len() {
        let (scan, naming) = log.scan_listing(record_files(&log.dir, &log.root)?);
        let style = super::parse::style_of(log.kind, naming, &scan);
        let layout = new_layout(export.template, &style);
        let part = component_session(kit, &system, i, &system_link);
        let recommendation = part.recommend(kit);
        let line = format!(
            "{} {}",
            escape::inline(part_of),
            link_ref_md(&system_link, layout, &style)
        );
        let mut done = None;
        for attempt in 0..ATTEMPTS {
            let (number, file) = match naming {
                Naming::Numbered => {
                    let number = log.next_number()?;
                    (number, style.numbered_file_name(number, &part.adr.title))
                }
                Naming::Dated => {
                    let day: String = today.chars().filter(char::is_ascii_digit).collect();
                    (
                        day.parse().unwrap_or(0),
                        dated_file_name(&today, &part.adr.title, attempt + 1),
                    )
                }
            };
            if std::fs::symlink_metadata(log.dir.join(&file)).is_ok() {
                continue;
            }
            let input = AdrInput {
                number,
                date: date.clone(),
                layout: style.layout(),
                ..AdrInput::new(kit, &part, &recommendation, &today)
            };
            let text = crate::render_with_session(&input);
            let text = crate::reopen::reseal(&add_link_text(&text, layout, &line, style.bullet));
            match log.write_new(&file, &text) {
                Ok(path) => {
                    done = Some((path, number, file));
                    break;
                }
                Err(LogError::Exists(_)) => {}
                Err(e) => return Err(e),
            }
        }
        let (path, number, file) = done.ok_or_else(|| LogError::Busy(log.dir.clone()))?;
        written.push(path);
        back.push(LinkRef {
            number,
            title: part.adr.title.clone(),
            file,
        });
    }
    link_back(log, export, &back, detailed_by)
}

/// The system's record with a link back to each component's record, rewritten atomically.
fn link_back(
    log: &AdrLog,
    export: &Export,
    parts: &[LinkRef],
    words: &str,
) -> Result<(), LogError> {
    let text = arbitre_core::files::read_to_string_limited(&export.path, super::MAX_RECORD_BYTES)
        .map_err(|source| LogError::Read {
        path: export.path.clone(),
        source,
    })?;
    let layout = new_layout(export.template, &export.style);
    let mut text = text;
    for part in parts {
        let line = format!(
            "{} {}",
            escape::inline(words),
            link_ref_md(part, layout, &export.style)
        );
        text = add_link_text(&text, layout, &line, export.style.bullet);
    }
    log.rewrite(&export.path, &crate::reopen::reseal(&text))
}

/// A record's file name.
fn file_of(path: &std::path::Path) -> String {
    path.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default()
}

/// The one-workload session of component `index`: its facts as the engine reads them as the
/// session's own, its override, the system's notes with its own over them, and the system's
/// ADR metadata (people, status, date, language, template) under its own title and a context
/// that says which system record it belongs to.
pub fn component_session(
    kit: &CheckedKit,
    system: &Session,
    index: usize,
    system_record: &LinkRef,
) -> Session {
    let Some(c) = system.components.get(index) else {
        return system.clone();
    };
    let facts = arbitre_core::system::facts(kit, system, index);
    let lang = system.adr.lang;
    let w = &lang.words().cli;
    let mut notes = system.notes.clone();
    notes.extend(c.notes.iter().map(|(k, v)| (k.clone(), v.clone())));
    let named = if c.description.is_empty() {
        c.name.clone()
    } else {
        format!("{}, {}", c.name, c.description)
    };
    let adr = AdrMeta {
        title: (w.split_title)(&system.adr.title, &c.name),
        context: (w.split_context)(&system_record.title, &system_record.file, &named),
        consequences: String::new(),
        confirmation: String::new(),
        links: Vec::new(),
        status_lines: Vec::new(),
        ..system.adr.clone()
    };
    Session {
        ticks: facts.ticks,
        weights: facts.weights,
        notes,
        musts: facts.musts,
        override_: c.override_.clone(),
        adr,
        components: Vec::new(),
        format: system.format,
        kit: system.kit.clone(),
    }
}
