//! `adr init`: a log started in a repository that has none, in the layout the user chose, as
//! its tool starts one: adr-tools' `doc/adr` with its first record, MADR's `docs/decisions`
//! with its `adr-template.md`, log4brains' `.log4brains.yml` with `docs/adr/template.md`.
//! Nothing is written over: a repository that already has a log is refused.

use std::path::Path;

use super::draft::{DraftEnv, convention, nygard};
use super::{AdrLog, LogError, LogKind};
use arbitre_core::files;
use arbitre_core::i18n::Lang;

/// Starts a log of `kind` in the repository `root`, its words in `lang`, its first record
/// (adr-tools) dated `date`. Refuses a repository where a log is found
/// ([`LogError::AlreadyALog`]); every file is created new, never replacing one.
pub fn init(root: &Path, kind: LogKind, lang: Lang, date: &str) -> Result<AdrLog, LogError> {
    if !root.exists() {
        return Err(LogError::MissingRoot(root.to_owned()));
    }
    if !root.is_dir() {
        return Err(LogError::NotAFolder(root.to_owned()));
    }
    if let Some(found) = super::detect::detect_at(root)? {
        return Err(LogError::AlreadyALog {
            tool: found.kind.name(),
            dir: found.dir,
        });
    }
    let (folder, via) = match kind {
        LogKind::AdrTools => ("doc/adr", "doc/adr"),
        LogKind::Madr => ("docs/decisions", "docs/decisions"),
        LogKind::Log4brains => ("docs/adr", ".log4brains.yml"),
    };
    let dir = root.join(folder);
    let write_err = |e: files::WriteError| match e {
        files::WriteError::Exists(p) => LogError::Exists(p),
        e => LogError::Write(e),
    };
    if kind == LogKind::Log4brains {
        // The marker first: stopped after it, the log is there and a new record follows
        // the convention.
        let config = root.join(".log4brains.yml");
        files::write_new_atomic(&config, log4brains_config(root).as_bytes()).map_err(write_err)?;
    }
    std::fs::create_dir_all(&dir).map_err(|source| {
        LogError::Write(files::WriteError::Io {
            path: dir.clone(),
            source,
        })
    })?;
    let log = AdrLog {
        root: root.to_owned(),
        dir: dir.clone(),
        kind,
        via: Some(via),
        wait: super::LockWait::default(),
    };
    match kind {
        LogKind::AdrTools => {
            let w = &lang.words().new_record;
            let d = crate::doc_words(lang);
            let heading = d.status_headings.first().copied().unwrap_or("Status");
            let template = nygard(
                heading,
                [
                    (d.context, w.init_context),
                    (d.decision, w.init_decision),
                    (d.consequences, w.init_consequences),
                ],
            );
            let env = DraftEnv {
                adr_template: None,
                lang,
                date: date.to_owned(),
            };
            log.new_record_from(w.init_title, &template, &env)?;
        }
        LogKind::Madr => {
            log.write_new("adr-template.md", &convention(kind, lang))?;
        }
        LogKind::Log4brains => {
            log.write_new("template.md", &convention(kind, lang))?;
        }
    }
    Ok(log)
}

/// log4brains' configuration: the project's name (the folder's), its time zone (the
/// machine's, else UTC) and the log folder.
fn log4brains_config(root: &Path) -> String {
    let name = std::fs::canonicalize(root)
        .ok()
        .and_then(|r| r.file_name().map(|n| n.to_string_lossy().into_owned()))
        .unwrap_or_else(|| "adr".to_owned());
    format!(
        "---\nproject:\n  name: {}\n  tz: {}\n  adrFolder: ./docs/adr\n",
        crate::escape::yaml_str(&name),
        time_zone()
    )
}

/// The machine's time zone name (`TZ`, `/etc/timezone`), `Etc/UTC` when it has none that
/// reads as a name.
fn time_zone() -> String {
    let named = std::env::var("TZ")
        .ok()
        .or_else(|| std::fs::read_to_string("/etc/timezone").ok())
        .map(|t| t.trim().trim_start_matches(':').to_owned())
        .filter(|t| {
            !t.is_empty()
                && t.chars()
                    .all(|c| c.is_ascii_alphanumeric() || matches!(c, '/' | '_' | '-' | '+'))
        });
    named.unwrap_or_else(|| "Etc/UTC".to_owned())
}
