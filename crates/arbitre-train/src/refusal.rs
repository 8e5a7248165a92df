//! Why a training file (progress, an exam under way) is refused although it parses: typed,
//! worded by the catalog's `exam` section.

use std::path::Path;

use arbitre_core::i18n::Lang;
use arbitre_core::kit::LoadError;

/// Why a training file that parses cannot be used.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Refusal {
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
        let w = &lang.words().exam;
        match self {
            Self::NewerProgress { format, reads } => (w.newer_progress)(*format, *reads),
            Self::NotUnderWay { questions, answers } => (w.not_under_way)(*questions, *answers),
        }
    }

    /// The refusal as the loaders' error, at the top of `file`.
    // TODO(lead): a typed `LoadError` variant (H-core) to carry the refusal itself; until
    // then it travels as the English words of the same catalog entry.
    pub(crate) fn at(&self, file: &Path) -> LoadError {
        LoadError::Syntax {
            file: file.to_owned(),
            line: 1,
            column: 1,
            message: self.message(Lang::En),
        }
    }
}

impl std::fmt::Display for Refusal {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message(Lang::En))
    }
}

impl std::error::Error for Refusal {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_refusal_is_worded_in_each_language() {
        let r = Refusal::NewerProgress {
            format: 9,
            reads: 1,
        };
        assert_eq!(
            r.message(Lang::En),
            "this progress was written by a newer arbitre (format 9; this one reads up to 1)"
        );
        assert!(r.message(Lang::Fr).starts_with("cette progression"));
        let e = r.at(Path::new("p.ron"));
        assert_eq!(e.to_string(), format!("p.ron:1:1: {}", r.message(Lang::En)));
        let r = Refusal::NotUnderWay {
            questions: 0,
            answers: 1,
        };
        assert_eq!(
            r.message(Lang::En),
            "not an exam under way: 0 question(s) and 1 answer(s)"
        );
        assert_eq!(
            r.message(Lang::Fr),
            "pas un examen en cours\u{a0}: 0 question(s) et 1 réponse(s)"
        );
    }
}
