//! What goes wrong reading or checking a kit, a session or a training file: typed data (the
//! file, a position, the operating system's [`std::io::ErrorKind`], the RON parser's own
//! error, a checker's [`Finding`](super::check::Finding)), worded by the catalog's `errors`
//! section in the user's language ([`LoadError::message`]). `Display` is the English wording
//! of the same catalog entries.

use std::io::ErrorKind;
use std::path::{Path, PathBuf};

use super::check::Problem;
use crate::i18n::Lang;

/// Something went wrong reading or checking a kit (or a session): always names the file.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{}", self.message(Lang::En))]
pub enum LoadError {
    /// The file could not be read.
    Io {
        /// The file.
        file: PathBuf,
        /// What the operating system said, by kind.
        kind: ErrorKind,
        /// The operating system's own text, shown for a kind the catalog does not word.
        detail: String,
    },
    /// The file is too large to be what it claims.
    TooLarge {
        /// The file.
        file: PathBuf,
        /// The limit.
        limit: u64,
    },
    /// The file is not text.
    NotText {
        /// The file.
        file: PathBuf,
    },
    /// RON syntax or shape error, at a position.
    Syntax {
        /// The file.
        file: PathBuf,
        /// 1-based line.
        line: usize,
        /// 1-based column.
        column: usize,
        /// What is wrong.
        message: Syntax,
    },
    /// The file parses but cannot be used (written by a newer arbitre, not what it claims).
    Refused {
        /// The file.
        file: PathBuf,
        /// Why.
        refusal: Refusal,
    },
    /// The content parsed but breaks a rule; one entry per problem.
    Invalid {
        /// Every problem found.
        problems: Vec<Problem>,
    },
}

impl LoadError {
    /// The error in `lang`: the catalog's words around the data (one line per problem of
    /// an invalid file).
    pub fn message(&self, lang: Lang) -> String {
        let w = &lang.words().errors;
        match self {
            Self::Io { file, kind, detail } => (w.unreadable)(
                &file.display().to_string(),
                &crate::i18n::io_kind(*kind, detail, lang),
            ),
            Self::TooLarge { file, limit } => (w.too_large)(&file.display().to_string(), *limit),
            Self::NotText { file } => (w.not_text)(&file.display().to_string()),
            Self::Syntax {
                file,
                line,
                column,
                message,
            } => (w.at)(
                &file.display().to_string(),
                *line,
                *column,
                &message.message(lang),
            ),
            Self::Refused { file, refusal } => {
                (w.at)(&file.display().to_string(), 1, 1, &refusal.message(lang))
            }
            Self::Invalid { problems } => problems
                .iter()
                .map(|p| p.message(lang))
                .collect::<Vec<_>>()
                .join("\n"),
        }
    }

    /// The error in `lang` as lines: one per problem of an invalid file, else one.
    pub fn lines(&self, lang: Lang) -> Vec<String> {
        match self {
            Self::Invalid { problems } => problems.iter().map(|p| p.message(lang)).collect(),
            other => vec![other.message(lang)],
        }
    }
}

/// What is wrong at a position of a file that does not parse.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Syntax {
    /// The RON parser's error: the catalog words the common ones, else keeps its own text.
    Ron(Box<ron::Error>),
    /// Brackets opened beyond the depth any kit or session has (and `arbitre check`
    /// indexes: [`super::locate::MAX_NESTING`]).
    NestedTooDeeply,
    /// Not an arbitre session: the parser's error reading its version.
    NotASession(Box<ron::Error>),
    /// One value of a file (a key of a map) is wrong: the key, the parser's error.
    InValue {
        /// The key.
        key: String,
        /// What the parser said of its value.
        error: Box<ron::Error>,
    },
}

impl Syntax {
    /// What is wrong, in `lang`.
    pub fn message(&self, lang: Lang) -> String {
        let w = &lang.words().errors;
        match self {
            Self::Ron(e) => ron_error(e, lang),
            Self::NestedTooDeeply => w.nested_too_deeply.to_owned(),
            Self::NotASession(e) => (w.not_a_session)(&ron_error(e, lang)),
            Self::InValue { key, error } => (w.in_value)(key, &ron_error(error, lang)),
        }
    }
}

/// The RON parser's error in `lang`: the catalog's words for a common one, else the
/// parser's own text inside the catalog's words.
fn ron_error(e: &ron::Error, lang: Lang) -> String {
    let w = &lang.words().errors;
    (w.ron)(e).unwrap_or_else(|| (w.ron_other)(&e.to_string()))
}

/// Why a file that parses cannot be used: typed, worded by the catalog.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Refusal {
    /// A session written by a newer arbitre.
    NewerSession {
        /// The file's format.
        format: u32,
        /// The newest format this build reads.
        reads: u32,
    },
    /// Progress written by a newer arbitre.
    NewerProgress {
        /// The file's format.
        format: u32,
        /// The newest format this build reads.
        reads: u32,
    },
    /// An exam file without an exam under way.
    NotUnderWay {
        /// How many questions it holds.
        questions: usize,
        /// How many answers it holds.
        answers: usize,
    },
}

impl Refusal {
    /// The message, in `lang`.
    pub fn message(&self, lang: Lang) -> String {
        let words = lang.words();
        match self {
            Self::NewerSession { format, reads } => (words.errors.newer_session)(*format, *reads),
            Self::NewerProgress { format, reads } => (words.exam.newer_progress)(*format, *reads),
            Self::NotUnderWay { questions, answers } => {
                (words.exam.not_under_way)(*questions, *answers)
            }
        }
    }

    /// The refusal as the loaders' error, about `file`.
    pub fn at(&self, file: &Path) -> LoadError {
        LoadError::Refused {
            file: file.to_owned(),
            refusal: self.clone(),
        }
    }
}

impl std::fmt::Display for Refusal {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message(Lang::En))
    }
}

impl std::error::Error for Refusal {}

/// Turns a RON error into a [`LoadError::Syntax`] naming the file and position.
pub fn syntax_error(file: &Path, e: &ron::error::SpannedError) -> LoadError {
    LoadError::Syntax {
        file: file.to_owned(),
        line: e.span.start.line.max(1),
        column: e.span.start.col.max(1),
        message: match &e.code {
            // ron's own text advises changing `ron::Options::recursion_limit`: no use to a
            // user.
            ron::Error::ExceededRecursionLimit => Syntax::NestedTooDeeply,
            other => Syntax::Ron(Box::new(other.clone())),
        },
    }
}

/// A read error of the bounded reader as a [`LoadError`] about `path`.
pub(super) fn read_error(path: &Path, e: &std::io::Error) -> LoadError {
    if e.kind() == ErrorKind::FileTooLarge {
        LoadError::TooLarge {
            file: path.to_owned(),
            limit: crate::files::MAX_FILE_BYTES,
        }
    } else {
        LoadError::Io {
            file: path.to_owned(),
            kind: e.kind(),
            detail: e.to_string(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::kit::{BUILTIN_SOURCE, Kit};

    fn syntax(message: Syntax) -> LoadError {
        LoadError::Syntax {
            file: PathBuf::from("s.ron"),
            line: 3,
            column: 7,
            message,
        }
    }

    #[test]
    fn a_ron_error_reads_french() {
        let e = syntax(Syntax::Ron(Box::new(ron::Error::Eof)));
        assert_eq!(
            e.message(Lang::Fr),
            "s.ron:3:7\u{a0}: fin inattendue du fichier RON"
        );
        assert_eq!(e.message(Lang::En), e.to_string());
        assert_eq!(e.to_string(), "s.ron:3:7: Unexpected end of RON");
    }

    #[test]
    fn an_os_error_reads_french() {
        let e = LoadError::Io {
            file: PathBuf::from("/x/a.ron"),
            kind: ErrorKind::PermissionDenied,
            detail: "Permission denied (os error 13)".into(),
        };
        assert_eq!(
            e.message(Lang::Fr),
            "/x/a.ron\u{a0}: lecture impossible\u{a0}: permission refusée"
        );
        assert_eq!(
            e.to_string(),
            "/x/a.ron: cannot read: Permission denied (os error 13)"
        );
        // A kind the catalog does not word: the operating system's own text.
        let e = LoadError::Io {
            file: PathBuf::from("/x/a.ron"),
            kind: ErrorKind::Other,
            detail: "strange (os error 99)".into(),
        };
        assert!(e.message(Lang::Fr).ends_with("strange (os error 99)"));
    }

    #[test]
    fn wrappers_chain_and_the_parsers_own_text_is_kept_inside_french_words() {
        let e = syntax(Syntax::NotASession(Box::new(ron::Error::ExpectedString)));
        assert_eq!(
            e.message(Lang::Fr),
            "s.ron:3:7\u{a0}: ce n'est pas une session arbitre\u{a0}: chaîne attendue"
        );
        assert_eq!(
            e.to_string(),
            "s.ron:3:7: not an arbitre session: Expected string"
        );
        let e = syntax(Syntax::Ron(Box::new(ron::Error::Message(
            "something new".into(),
        ))));
        assert_eq!(
            e.message(Lang::Fr),
            "s.ron:3:7\u{a0}: erreur de syntaxe RON\u{a0}: «\u{a0}something new\u{a0}»"
        );
        assert_eq!(e.to_string(), "s.ron:3:7: something new");
    }

    #[test]
    fn a_kit_finding_reads_french() {
        // Two criteria with one id: a finding the old English-text matching never knew.
        let source = BUILTIN_SOURCE.replacen("id: \"startup-time\"", "id: \"kernel-sharing\"", 1);
        let Err(e) = Kit::load_str(&source, Path::new("k.ron")) else {
            panic!("a duplicate id must be refused")
        };
        let fr = e.message(Lang::Fr);
        assert!(
            fr.lines().any(|l| l.starts_with("k.ron:")
                && l.ends_with(
                    "\u{a0}: identifiant `kernel-sharing` en double\u{a0}: les identifiants doivent être uniques"
                )),
            "{fr}"
        );
        assert!(!fr.contains("duplicate"), "{fr}");
        assert!(
            e.to_string()
                .contains("duplicate id `kernel-sharing`: ids must be unique")
        );
        assert_eq!(e.lines(Lang::Fr).join("\n"), fr);
    }

    #[test]
    fn a_refusal_travels_typed() {
        let e = Refusal::NewerSession {
            format: 9,
            reads: 1,
        }
        .at(Path::new("s.ron"));
        assert_eq!(
            e.to_string(),
            "s.ron:1:1: this session was written by a newer arbitre (format 9; this one reads up to 1); update arbitre to open it"
        );
        assert!(
            e.message(Lang::Fr)
                .starts_with("s.ron:1:1\u{a0}: cette session a été écrite")
        );
        assert!(crate::i18n::typo::is_french_right(&e.message(Lang::Fr)));
    }
}
