//! What the app tells the user in the message bar: one type that carries data and is put
//! into words only when drawn, in the language shown then (switching language re-renders the
//! messages on screen). Success, warning and error look distinct.

use std::path::PathBuf;

use arbitre_adr::log::LogError;
use arbitre_core::autosave::KitOrigin;
use arbitre_core::files::WriteError;
use arbitre_core::i18n::Lang;
use arbitre_core::kit::LoadError;

/// How a notice reads: good news, something to know, something that failed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Level {
    /// Done as asked.
    Success,
    /// Done, with something to know; or kept for later.
    Warning,
    /// Not done.
    Error,
}

/// A message to the user, shown until dismissed.
#[derive(Debug)]
pub enum Notice {
    /// Saved settings were out of range and reset (the fields' names).
    SettingsRepaired(Vec<&'static str>),
    /// eframe's settings file could not be used and was renamed aside.
    SettingsSetAside {
        /// Where it now is.
        moved_to: PathBuf,
        /// Why it could not be used.
        error: LoadError,
    },
    /// eframe's settings file could not be used, nor set aside or repaired: settings are
    /// not kept this run.
    SettingsNotKept {
        /// Why it could not be used, when it could not be read.
        problem: Option<LoadError>,
        /// Why it could not be set aside or repaired.
        error: WriteError,
    },
    /// The `--kit` file could not be used; the built-in kit is.
    KitFailed(LoadError),
    /// A file could not be opened.
    LoadFailed(LoadError),
    /// A file could not be written.
    WriteFailed(WriteError),
    /// An export into an ADR log failed.
    LogFailed(LogError),
    /// A file was opened but held ids the kit does not know, or weights out of range.
    Fitted {
        /// The file.
        file: PathBuf,
        /// Ids dropped.
        dropped: Vec<String>,
        /// Weights lowered to 3: id and the value the file held.
        clamped: Vec<(String, u8)>,
    },
    /// An autosave made with another kit was kept.
    AutosaveOtherKit {
        /// The autosave.
        file: PathBuf,
        /// The kit it needs.
        needs: KitOrigin,
    },
    /// An autosave written by a newer arbitre was kept.
    AutosaveNewer {
        /// The autosave.
        file: PathBuf,
        /// Its session format.
        format: u32,
    },
    /// An unreadable autosave was renamed aside.
    AutosaveSetAside {
        /// Where it now is.
        moved_to: PathBuf,
        /// Why it could not be read.
        error: LoadError,
    },
    /// Unrestored work was set aside (the user declined it).
    OrphanSetAside(PathBuf),
    /// Something about an earlier run's autosave failed.
    OrphanFailed(WriteError),
    /// The ADR was exported here.
    Exported(PathBuf),
    /// A teacher's pack was loaded on the Train screen.
    PackLoaded {
        /// Its title.
        title: arbitre_core::kit::Text,
        /// How many scenarios it adds.
        scenarios: usize,
        /// How many questions it adds.
        questions: usize,
    },
    /// The ADR log follows the other template.
    OtherTemplate,
    /// The ADR log's records are written in another language than the record.
    LogInOtherLanguage {
        /// The log's records' language.
        log: Lang,
        /// The record's.
        record: Lang,
    },
    /// The ADR went into a log.
    ExportedToLog {
        /// The new record.
        path: PathBuf,
        /// The log: its tool and folder (`log4brains docs/adr`).
        log: String,
        /// The template written (`MADR`, `Nygard`).
        template: String,
    },
    /// One record per component was written into the log too: their paths, in order.
    ExportedComponents(Vec<PathBuf>),
    /// A record was marked superseded.
    MarkedSuperseded(PathBuf),
    /// The open log changed on disk and was read again.
    LogReloaded,
    /// A new record was written into the log.
    RecordWritten(PathBuf),
    /// A log was started.
    LogStarted {
        /// Its tool's name.
        tool: &'static str,
        /// Its folder.
        dir: PathBuf,
    },
    /// A new record is being edited: it is saved or discarded before another log opens or
    /// the window closes.
    DraftWaits,
    /// A record changed on disk before arbitre edited it; nothing was written.
    ChangedBeforeEdit(PathBuf),
    /// A record's status was set.
    StatusSet {
        /// The record.
        file: PathBuf,
        /// The status, in words.
        status: String,
    },
    /// The log's index was written.
    IndexWritten(arbitre_adr::log::IndexWritten),
    /// The log has problems (the `adr check` findings): how many, the first.
    LogFindings {
        /// How many.
        count: usize,
        /// The first.
        first: arbitre_adr::log::Problem,
    },
    /// A decision was restored from an ADR.
    DecisionRestored(PathBuf),
    /// An ADR's visible text was edited outside arbitre: the file's version was kept.
    EditedOutside {
        /// The ADR.
        file: PathBuf,
        /// The fields kept from the file (`status`, `context`, …).
        fields: Vec<&'static str>,
    },
    /// An ADR's embedded decision is damaged.
    AdrDamaged {
        /// The ADR.
        file: PathBuf,
        /// What is wrong.
        why: arbitre_adr::Damage,
    },
    /// No file dialog could be opened.
    DialogFailed(String),
    /// The window was asked to close while a question about a file waits for an answer.
    CloseWaits,
    /// The Train screen's notice (progress files).
    Train(crate::train::Notice),
}

impl Notice {
    /// How it reads.
    pub fn level(&self) -> Level {
        match self {
            Notice::Exported(_)
            | Notice::PackLoaded { .. }
            | Notice::ExportedToLog { .. }
            | Notice::ExportedComponents(_)
            | Notice::MarkedSuperseded(_)
            | Notice::RecordWritten(_)
            | Notice::LogStarted { .. }
            | Notice::StatusSet { .. }
            | Notice::IndexWritten(_)
            | Notice::DecisionRestored(_)
            | Notice::OrphanSetAside(_) => Level::Success,
            Notice::SettingsRepaired(_)
            | Notice::SettingsSetAside { .. }
            | Notice::EditedOutside { .. }
            | Notice::KitFailed(_)
            | Notice::Fitted { .. }
            | Notice::AutosaveOtherKit { .. }
            | Notice::AutosaveNewer { .. }
            | Notice::LogFindings { .. }
            | Notice::LogReloaded
            | Notice::ChangedBeforeEdit(_)
            | Notice::CloseWaits
            | Notice::DraftWaits
            | Notice::OtherTemplate
            | Notice::LogInOtherLanguage { .. } => Level::Warning,
            Notice::LoadFailed(_)
            | Notice::SettingsNotKept { .. }
            | Notice::WriteFailed(_)
            | Notice::LogFailed(_)
            | Notice::AutosaveSetAside { .. }
            | Notice::OrphanFailed(_)
            | Notice::AdrDamaged { .. }
            | Notice::DialogFailed(_)
            | Notice::Train(_) => Level::Error,
        }
    }

    /// The notice in words, in a language.
    pub fn text(&self, lang: Lang) -> String {
        let w = &lang.words().notices;
        let show = |p: &PathBuf| p.display().to_string();
        match self {
            Notice::SettingsRepaired(fields) => (w.settings_repaired)(&fields.join(", ")),
            Notice::SettingsSetAside { moved_to, error } => {
                (w.settings_set_aside)(&show(moved_to), &error.message(lang))
            }
            Notice::SettingsNotKept { problem, error } => {
                let mut why: Vec<String> = problem.iter().map(|e| e.message(lang)).collect();
                why.push(error.message(lang));
                (w.settings_not_kept)(&why.join("\n"))
            }
            Notice::KitFailed(e) => (w.kit_failed)(&e.message(lang)),
            Notice::AutosaveSetAside { moved_to, error } => {
                (w.autosave_set_aside)(&show(moved_to), &error.message(lang))
            }
            Notice::LoadFailed(e) => e.message(lang),
            Notice::WriteFailed(e) => e.message(lang),
            Notice::LogFailed(e) => e.message(lang),
            Notice::Fitted {
                file,
                dropped,
                clamped,
            } => {
                let mut parts = Vec::new();
                if !dropped.is_empty() {
                    parts.push((w.dropped_ids)(&show(file), &dropped.join(", ")));
                }
                if !clamped.is_empty() {
                    let list: Vec<String> = clamped
                        .iter()
                        .map(|(id, v)| format!("{id} ({v})"))
                        .collect();
                    parts.push((w.clamped_weights)(&show(file), &list.join(", ")));
                }
                parts.join("\n")
            }
            Notice::AutosaveOtherKit { file, needs } => {
                (w.autosave_other_kit)(&show(file), &describe_kit(needs, lang))
            }
            Notice::AutosaveNewer { file, format } => {
                (w.autosave_newer)(&show(file), &format.to_string())
            }
            Notice::OrphanSetAside(to) => (w.orphan_set_aside)(&show(to)),
            Notice::OrphanFailed(e) => e.message(lang),
            Notice::Train(n) => n.text(lang),
            Notice::Exported(p) => (w.exported)(&show(p)),
            Notice::PackLoaded {
                title,
                scenarios,
                questions,
            } => (w.pack_loaded)(
                title.get(lang),
                &scenarios.to_string(),
                &questions.to_string(),
            ),
            Notice::OtherTemplate => w.other_template.to_owned(),
            Notice::LogInOtherLanguage { log, record } => {
                let adr = &lang.words().adr;
                (adr.log_lang_mismatch)(adr.lang_names.of(*log), adr.lang_names.of(*record))
            }
            Notice::ExportedToLog {
                path,
                log,
                template,
            } => (w.exported_to_log)(&show(path), log, template),
            Notice::ExportedComponents(paths) => {
                (w.exported_components)(paths.len(), &paths.first().map(&show).unwrap_or_default())
            }
            Notice::MarkedSuperseded(p) => (w.marked_superseded)(&show(p)),
            Notice::LogReloaded => w.log_reloaded.to_owned(),
            Notice::RecordWritten(p) => (lang.words().new_record.saved)(&show(p)),
            Notice::LogStarted { tool, dir } => {
                (lang.words().new_record.init_done)(tool, &show(dir))
            }
            Notice::DraftWaits => lang.words().new_record.waits.to_owned(),
            Notice::ChangedBeforeEdit(p) => (w.changed_before_edit)(&show(p)),
            Notice::StatusSet { file, status } => (w.status_set)(&show(file), status),
            Notice::IndexWritten(how) => {
                use arbitre_adr::log::IndexWritten as I;
                match how {
                    I::Created(p) => (w.index_created)(&show(p)),
                    I::BetweenMarkers(p) => (w.index_updated)(&show(p)),
                    I::OwnFile(p) => (w.index_own_file)(&show(p)),
                }
            }
            Notice::LogFindings { count, first } => {
                (w.log_findings)(&count.to_string(), &first.message(lang))
            }
            Notice::DecisionRestored(p) => (w.decision_restored)(&show(p)),
            Notice::EditedOutside { file, fields } => {
                let names: Vec<&str> = fields.iter().map(|f| (w.field_name)(f)).collect();
                (w.edited_outside)(&show(file), &names.join(", "))
            }
            Notice::AdrDamaged { file, why } => (w.adr_damaged)(&show(file), &why.message(lang)),
            Notice::DialogFailed(why) => (w.dialog_failed)(why),
            Notice::CloseWaits => w.close_waits.to_owned(),
        }
    }
}

/// Why the work in progress is not protected by the autosave right now.
#[derive(Debug)]
pub enum AutosaveProblem {
    /// No data folder could be found (HOME and `XDG_DATA_HOME` unset).
    NoDataFolder,
    /// Writing the autosave failed.
    Failed(WriteError),
}

impl AutosaveProblem {
    /// The reason in words, in a language.
    pub fn text(&self, lang: Lang) -> String {
        match self {
            AutosaveProblem::NoDataFolder => lang.words().app.no_data_folder.to_owned(),
            AutosaveProblem::Failed(e) => e.message(lang),
        }
    }
}

/// How a user names a kit: its file, or the built-in one.
fn describe_kit(kit: &KitOrigin, lang: Lang) -> String {
    let w = &lang.words().notices;
    match &kit.path {
        Some(p) => format!("{} ({} v{})", p.display(), kit.id, kit.version),
        None => format!("{} ({} v{})", w.builtin_kit, kit.id, kit.version),
    }
}

/// The notice for a file opened with ids dropped or weights lowered, if any.
pub(crate) fn fitted(
    file: &std::path::Path,
    loaded: &arbitre_core::session::Loaded,
) -> Option<Notice> {
    (!loaded.dropped.is_empty() || !loaded.clamped.is_empty()).then(|| Notice::Fitted {
        file: file.to_owned(),
        dropped: loaded.dropped.clone(),
        clamped: loaded.clamped.clone(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_notice_is_worded_when_drawn() {
        let n = Notice::Exported(PathBuf::from("/r/doc/adr/0004-x.md"));
        assert_eq!(n.text(Lang::En), "ADR exported: /r/doc/adr/0004-x.md");
        assert_eq!(n.text(Lang::Fr), "ADR exporté\u{a0}: /r/doc/adr/0004-x.md");
        assert_eq!(n.level(), Level::Success);
    }

    #[test]
    fn errors_read_in_the_language_shown() {
        let n = Notice::LoadFailed(LoadError::Syntax {
            file: PathBuf::from("s.ron"),
            line: 1,
            column: 2,
            message: arbitre_core::kit::Syntax::Ron(Box::new(ron::Error::Eof)),
        });
        assert!(n.text(Lang::Fr).contains("fin inattendue"));
        assert!(n.text(Lang::En).contains("Unexpected end of RON"));
        assert_eq!(n.level(), Level::Error);
    }

    #[test]
    fn a_kit_finding_reads_french_in_a_french_window() {
        use arbitre_core::kit::check::{Finding, Problem};
        use arbitre_core::kit::locate::Pos;
        let n = Notice::LoadFailed(LoadError::Invalid {
            problems: vec![Problem {
                file: PathBuf::from("k.ron"),
                pos: Pos { line: 4, column: 9 },
                finding: Finding::DuplicateId {
                    id: "kernel-sharing".into(),
                },
            }],
        });
        assert_eq!(
            n.text(Lang::Fr),
            "k.ron:4:9\u{a0}: identifiant `kernel-sharing` en double\u{a0}: les identifiants doivent être uniques"
        );
        assert_eq!(
            n.text(Lang::En),
            "k.ron:4:9: duplicate id `kernel-sharing`: ids must be unique"
        );
    }
}
