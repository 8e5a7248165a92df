//! What a headless command fails with: typed errors holding their data, worded by the
//! catalog's `cli` section in the language the command line speaks ([`CliError::lines`]).

use std::io;
use std::path::PathBuf;
use std::process::ExitCode;

use crate::adr::log::{LogError, Problem};
use crate::files::WriteError;
use crate::i18n::Lang;
use crate::kit::{LoadError, QuizSection};
use crate::session::Status;

/// What a headless command fails with; [`super::main`] alone prints it and turns it into the
/// exit code. `Display` is the English wording, from the same catalog.
#[derive(Debug, thiserror::Error)]
#[error("{}", self.message(Lang::En))]
pub enum CliError {
    /// The command line names something that does not exist or cannot be (an unknown id, a
    /// bad argument): exit 2.
    Usage(Usage),
    /// The command ran and failed (a check found problems, a file cannot be read or
    /// written): exit 1.
    Failed(Failure),
    /// Standard output could not be written.
    Output(#[from] io::Error),
}

/// A usage error: what on the command line (or in the session it names) cannot be.
#[derive(Debug)]
pub enum Usage {
    /// An id of the session the kit does not know.
    UnknownId {
        /// The session.
        file: PathBuf,
        /// The id.
        id: String,
    },
    /// A weight of the session out of range.
    WeightOutOfRange {
        /// The session.
        file: PathBuf,
        /// The criterion.
        id: String,
        /// The weight.
        weight: u8,
    },
    /// `--yes` with an id the kit does not have.
    UnknownItem {
        /// The id.
        id: String,
        /// The kit's id.
        kit: String,
    },
    /// `--weight` without `=`: the argument.
    WeightSyntax(String),
    /// `--weight` with a criterion the kit does not have.
    UnknownCriterion(String),
    /// `--weight` with a weight that is not 0 to 3: the argument.
    WeightValue(String),
    /// `--must` with an id neither ticked nor weighted.
    MustUnanswered(String),
    /// A superseding record that is not accepted.
    NotAccepted {
        /// The log's error.
        error: LogError,
        /// The session file.
        session: PathBuf,
        /// Its status.
        status: Status,
    },
    /// An unknown `--sections` id.
    UnknownSection(String),
    /// `--count 0`.
    CountZero,
    /// `export` without `--out` nor `--adr-dir`.
    ExportTarget,
    /// `exam` without `--json` nor `--out`.
    ExamTarget,
    /// The test hook `ARBITRE_QUIT_AFTER_FRAMES` is not a number: its own message.
    Hook(crate::hooks::HookError),
    /// `--component` with a name the session's system does not have.
    UnknownComponent {
        /// The name asked for.
        name: String,
        /// The components' names.
        names: Vec<String>,
    },
    /// `--component` or `--split` on a session without components.
    NoComponents,
}

/// A failure: the command ran and could not do its work.
#[derive(Debug)]
pub enum Failure {
    /// A kit, session or pack cannot be loaded.
    Load(LoadError),
    /// A Markdown file that is not an ADR arbitre wrote.
    NotArbitreAdr(PathBuf),
    /// An ADR whose decision block is damaged: the file, why.
    Damaged {
        /// The ADR.
        file: PathBuf,
        /// Why.
        why: crate::adr::Damage,
    },
    /// `--out` names a file that exists.
    Exists(PathBuf),
    /// A file cannot be written.
    Write(WriteError),
    /// The ADR log refused.
    Log(LogError),
    /// What `check` found: its lines, already worded in the command line's language.
    Check(Vec<String>),
    /// What `adr check` found.
    LogFindings(Vec<Problem>),
    /// No question in the bank for the sections asked: the kit.
    NoQuestion(PathBuf),
}

impl CliError {
    /// Whether the reader of the output went away (`arbitre … | head -1`): not an error for a
    /// command-line tool.
    fn reader_gone(&self) -> bool {
        matches!(self, Self::Output(e) if e.kind() == io::ErrorKind::BrokenPipe)
    }

    /// The message, in `lang`: its [`lines`](Self::lines), one under the other.
    pub fn message(&self, lang: Lang) -> String {
        self.lines(lang).join("\n")
    }

    /// The lines to print on stderr, in `lang`: none when the reader went away.
    pub fn lines(&self, lang: Lang) -> Vec<String> {
        match self {
            Self::Usage(u) => u.lines(lang),
            Self::Failed(f) => f.lines(lang),
            _ if self.reader_gone() => Vec::new(),
            Self::Output(e) => vec![format!(
                "arbitre: {}",
                (lang.words().cli.output_failed)(&e.to_string())
            )],
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

impl From<Usage> for CliError {
    fn from(u: Usage) -> Self {
        Self::Usage(u)
    }
}

impl From<Failure> for CliError {
    fn from(f: Failure) -> Self {
        Self::Failed(f)
    }
}

impl From<LoadError> for CliError {
    fn from(e: LoadError) -> Self {
        Self::Failed(Failure::Load(e))
    }
}

impl From<LogError> for CliError {
    fn from(e: LogError) -> Self {
        Self::Failed(Failure::Log(e))
    }
}

impl Usage {
    /// The message, in `lang`, one entry per line.
    pub fn lines(&self, lang: Lang) -> Vec<String> {
        let w = &lang.words().cli;
        let line = match self {
            Self::UnknownId { file, id } => format!("{}: {}", file.display(), (w.unknown_id)(id)),
            Self::WeightOutOfRange { file, id, weight } => format!(
                "{}: {}",
                file.display(),
                (w.weight_out_of_range)(id, u64::from(*weight))
            ),
            Self::UnknownItem { id, kit } => (w.unknown_item)(id, kit),
            Self::WeightSyntax(arg) => (w.weight_syntax)(arg),
            Self::UnknownCriterion(id) => (w.unknown_criterion)(id),
            Self::WeightValue(arg) => (w.weight_value)(arg),
            Self::MustUnanswered(id) => (w.must_unanswered)(id),
            Self::NotAccepted {
                error,
                session,
                status,
            } => {
                return vec![
                    error.message(lang),
                    (w.not_accepted_hint)(
                        &session.display().to_string(),
                        crate::adr::render::madr_status_word(*status),
                    ),
                ];
            }
            Self::UnknownSection(id) => {
                let valid: Vec<&str> = QuizSection::ALL.iter().map(|s| s.id()).collect();
                (w.unknown_section)(id, &valid.join(", "))
            }
            Self::CountZero => w.count_zero.to_owned(),
            Self::ExportTarget => w.export_target.to_owned(),
            Self::ExamTarget => w.exam_target.to_owned(),
            Self::Hook(e) => e.message(lang),
            Self::UnknownComponent { name, names } => {
                (w.unknown_component)(name, &names.join(", "))
            }
            Self::NoComponents => w.no_components.to_owned(),
        };
        vec![line]
    }
}

impl Failure {
    /// The message, in `lang`, one entry per line.
    pub fn lines(&self, lang: Lang) -> Vec<String> {
        let w = &lang.words().cli;
        match self {
            Self::Load(e) => e.lines(lang),
            Self::NotArbitreAdr(file) => vec![format!("{}: {}", file.display(), w.not_arbitre_adr)],
            Self::Damaged { file, why } => {
                vec![format!("{}: {}", file.display(), why.message(lang))]
            }
            Self::Exists(file) => vec![format!("{}: {}", file.display(), w.already_exists)],
            Self::Write(e) => vec![e.message(lang)],
            Self::Log(e) => vec![e.message(lang)],
            Self::Check(lines) => lines.clone(),
            Self::LogFindings(findings) => {
                let mut lines: Vec<String> = findings.iter().map(|p| p.message(lang)).collect();
                lines.push((w.problems_found)(findings.len()));
                lines
            }
            Self::NoQuestion(kit) => vec![format!("{}: {}", kit.display(), w.no_question)],
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::typo::is_french_right;

    /// One of each message the command line words itself, with sample data.
    fn samples() -> Vec<CliError> {
        let file = PathBuf::from("s.ron");
        let usage = [
            Usage::UnknownId {
                file: file.clone(),
                id: "vm.x".into(),
            },
            Usage::WeightOutOfRange {
                file: file.clone(),
                id: "kernel-sharing".into(),
                weight: 7,
            },
            Usage::UnknownItem {
                id: "vm.x".into(),
                kit: "k".into(),
            },
            Usage::WeightSyntax("x".into()),
            Usage::UnknownCriterion("x".into()),
            Usage::WeightValue("x=9".into()),
            Usage::MustUnanswered("x".into()),
            Usage::UnknownSection("nope".into()),
            Usage::CountZero,
            Usage::ExportTarget,
            Usage::ExamTarget,
            Usage::Hook(crate::hooks::HookError::NotUnicode("SOME_HOOK")),
            Usage::Hook(crate::hooks::HookError::NotFrames {
                name: "SOME_HOOK",
                text: "x".into(),
            }),
            Usage::UnknownComponent {
                name: "x".into(),
                names: vec!["ERP".into(), "Portail".into()],
            },
            Usage::NoComponents,
        ];
        let failed = [
            Failure::NotArbitreAdr(file.clone()),
            Failure::Damaged {
                file: file.clone(),
                why: crate::adr::Damage::SessionNotClosed,
            },
            Failure::Exists(file.clone()),
            Failure::NoQuestion(file),
        ];
        usage
            .into_iter()
            .map(CliError::from)
            .chain(failed.into_iter().map(CliError::from))
            .collect()
    }

    #[test]
    fn a_kit_finding_is_said_in_the_chosen_language_one_line_each() {
        use crate::kit::check::{Finding, Problem};
        use crate::kit::locate::Pos;
        let problem = |id: &str| Problem {
            file: PathBuf::from("k.ron"),
            pos: Pos { line: 2, column: 5 },
            finding: Finding::DuplicateId { id: id.into() },
        };
        let e = CliError::from(LoadError::Invalid {
            problems: vec![problem("a"), problem("b")],
        });
        assert_eq!(
            e.lines(Lang::Fr),
            [
                "k.ron:2:5\u{a0}: identifiant `a` en double\u{a0}: les identifiants doivent être uniques",
                "k.ron:2:5\u{a0}: identifiant `b` en double\u{a0}: les identifiants doivent être uniques",
            ]
        );
        assert_eq!(
            e.lines(Lang::En)[0],
            "k.ron:2:5: duplicate id `a`: ids must be unique"
        );
    }

    #[test]
    fn every_message_is_worded_in_both_languages_with_french_typography() {
        for e in samples() {
            let (fr, en) = (e.message(Lang::Fr), e.message(Lang::En));
            assert!(!fr.is_empty() && fr != en, "{fr} / {en}");
            // A message's place (`file: `) is the command line's format, not a word.
            let words = fr.strip_prefix("s.ron: ").unwrap_or(&fr);
            assert!(is_french_right(words), "not French typography: {fr:?}");
            assert_eq!(e.to_string(), en, "Display is the English wording");
        }
        let w = &Lang::Fr.words().cli;
        for s in [
            (w.and_more)(3),
            (w.session_ok)(1, 2),
            (w.block_ok)(1, 2),
            (w.pack_ok)("p", "k", 1, 2),
            (w.log_ok)(4),
            (w.problems_found)(2),
            (w.no_such_item)("x", "k"),
            (w.unknown_field)("f", w.here),
            (w.key_twice)("\"k\""),
            (w.other_kit)("a", "b"),
            (w.output_failed)("disque plein"),
            (w.not_accepted_hint)("s.ron", "Proposed"),
            (w.log_convention)("MADR"),
            (w.lock_held)("/l", 30),
            (w.system_ok)(3, 9),
            (w.in_component)("message", "ERP"),
            (w.split_context)("12. Titre", "0012-titre.md", "ERP"),
            (w.split_written)("0013-erp.md"),
            (w.component)("ERP", "hérité"),
        ] {
            assert!(is_french_right(&s), "not French typography: {s:?}");
        }
    }
}
