//! What is wrong with a file of the log, as data: [`LogFinding`], worded by the catalog's
//! `log_findings` section in the user's language (`arbitre adr check`, the Log screen's
//! problems, the CLI's warnings).

use arbitre_core::i18n::Lang;

use super::FrontProblem;

/// What is wrong with a file of the log: why it could not be read as a record, or what is
/// wrong in a record's text. Worded by [`LogFinding::message`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LogFinding {
    /// A record's file name is not UTF-8; skipped.
    NameNotUtf8,
    /// A symbolic link to a file outside the repository; skipped.
    LinkOutside,
    /// A symbolic link to nothing; skipped.
    LinkToNothing,
    /// Not a regular file; skipped.
    NotAFile,
    /// The record number does not fit in a `u32`; skipped.
    NumberTooLarge,
    /// The text is not UTF-8; skipped.
    TextNotUtf8,
    /// The file could not be read; skipped.
    Unreadable {
        /// The operating system's words.
        cause: String,
    },
    /// The record's number is also another's (branches merged).
    DuplicateNumber {
        /// The number.
        number: u32,
        /// The other record's file name.
        other: String,
    },
    /// No `# Title` heading; skipped.
    NoTitle {
        /// The first thing wrong in the text, if any.
        why: Option<Box<LogFinding>>,
    },
    /// The title's number is not the file name's.
    TitleNumber {
        /// The title's number.
        title: u32,
        /// The file name's number.
        file: u32,
    },
    /// A line that looks like a heading has no space after its `#`.
    NotHeading {
        /// The line's number, from 1.
        line: usize,
        /// Its first characters.
        text: String,
    },
    /// A front matter key arbitre does not understand.
    Front(FrontProblem),
    /// A date line without a colon after `Date` (`Date 2024-01-01`): tools do not read it.
    DateWithoutColon {
        /// The line's number, from 1.
        line: usize,
        /// The line.
        text: String,
    },
    /// A date in brackets (`Date: [2024-01-01]`): a list in YAML, not a date for tools.
    DateInBrackets {
        /// The line's number, from 1.
        line: usize,
        /// The line.
        text: String,
    },
    /// A template's placeholder left unfilled (`[YYYY-MM-DD …]`, `[accepted | …]`).
    Placeholder {
        /// The line's number, from 1.
        line: usize,
        /// The line.
        text: String,
    },
    /// "Supercedes" for "Supersedes": no tool reads it as the relation.
    Misspelled {
        /// The line's number, from 1.
        line: usize,
        /// The word as written.
        word: String,
    },
    /// The record has no status.
    NoStatus,
    /// A link to a file that does not exist.
    BrokenLink {
        /// The link's destination as written.
        dest: String,
    },
    /// Marked superseded by a record that does not say it supersedes it.
    SupersededOneSided {
        /// The superseding record, as written.
        dest: String,
    },
    /// Marked superseded by a record that does not exist (an export interrupted).
    SupersededMissing {
        /// The superseding record, as written.
        dest: String,
        /// The record's name for `--supersedes`.
        name: String,
    },
    /// Says it supersedes a record not marked superseded by it.
    SupersedesOneSided {
        /// The superseded record, as written.
        dest: String,
        /// That record's status, as written.
        status: String,
    },
    /// A two-way link written on one side only.
    LinkOneSided {
        /// The link's words.
        words: String,
        /// Its destination, as written.
        dest: String,
    },
}

impl LogFinding {
    /// Every finding's key, in the order of README's table of `adr check`'s rules (a test
    /// holds the README to it).
    pub const KEYS: [&'static str; 21] = [
        "name-not-utf8",
        "link-outside",
        "link-to-nothing",
        "not-a-file",
        "number-too-large",
        "text-not-utf8",
        "unreadable",
        "duplicate-number",
        "no-title",
        "title-number",
        "not-heading",
        "front-matter",
        "date-without-colon",
        "date-in-brackets",
        "placeholder",
        "misspelled",
        "no-status",
        "broken-link",
        "superseded-one-sided",
        "supersedes-one-sided",
        "link-one-sided",
    ];

    /// The finding's key: its rule's name in README's table.
    pub fn key(&self) -> &'static str {
        match self {
            Self::NameNotUtf8 => "name-not-utf8",
            Self::LinkOutside => "link-outside",
            Self::LinkToNothing => "link-to-nothing",
            Self::NotAFile => "not-a-file",
            Self::NumberTooLarge => "number-too-large",
            Self::TextNotUtf8 => "text-not-utf8",
            Self::Unreadable { .. } => "unreadable",
            Self::DuplicateNumber { .. } => "duplicate-number",
            Self::NoTitle { .. } => "no-title",
            Self::TitleNumber { .. } => "title-number",
            Self::NotHeading { .. } => "not-heading",
            Self::Front(_) => "front-matter",
            Self::DateWithoutColon { .. } => "date-without-colon",
            Self::DateInBrackets { .. } => "date-in-brackets",
            Self::Placeholder { .. } => "placeholder",
            Self::Misspelled { .. } => "misspelled",
            Self::NoStatus => "no-status",
            Self::BrokenLink { .. } => "broken-link",
            Self::SupersededOneSided { .. } | Self::SupersededMissing { .. } => {
                "superseded-one-sided"
            }
            Self::SupersedesOneSided { .. } => "supersedes-one-sided",
            Self::LinkOneSided { .. } => "link-one-sided",
        }
    }

    /// The finding in words, in a language.
    pub fn message(&self, lang: Lang) -> String {
        let w = &lang.words().log_findings;
        match self {
            Self::NameNotUtf8 => w.name_not_utf8.to_owned(),
            Self::LinkOutside => w.link_outside.to_owned(),
            Self::LinkToNothing => w.link_to_nothing.to_owned(),
            Self::NotAFile => w.not_a_file.to_owned(),
            Self::NumberTooLarge => w.number_too_large.to_owned(),
            Self::TextNotUtf8 => w.text_not_utf8.to_owned(),
            Self::Unreadable { cause } => (w.unreadable)(cause),
            Self::DuplicateNumber { number, other } => {
                (w.duplicate_number)(&number.to_string(), other)
            }
            Self::NoTitle { why: None } => w.no_title.to_owned(),
            Self::NoTitle { why: Some(why) } => (w.no_title_because)(&why.message(lang)),
            Self::TitleNumber { title, file } => {
                (w.title_number)(&title.to_string(), &file.to_string())
            }
            Self::NotHeading { line, text } => (w.not_heading)(&line.to_string(), text),
            Self::Front(problem) => problem.message(lang),
            Self::DateWithoutColon { line, text } => {
                (w.date_without_colon)(&line.to_string(), text)
            }
            Self::DateInBrackets { line, text } => (w.date_in_brackets)(&line.to_string(), text),
            Self::Placeholder { line, text } => (w.placeholder)(&line.to_string(), text),
            Self::Misspelled { line, word } => (w.misspelled)(&line.to_string(), word),
            Self::NoStatus => w.no_status.to_owned(),
            Self::BrokenLink { dest } => (w.broken_link)(dest),
            Self::SupersededOneSided { dest } => (w.superseded_one_sided)(dest),
            Self::SupersededMissing { dest, name } => (w.superseded_missing)(dest, name),
            Self::SupersedesOneSided { dest, status } => (w.supersedes_one_sided)(dest, status),
            Self::LinkOneSided { words, dest } => (w.link_one_sided)(words, dest),
        }
    }
}

impl std::fmt::Display for LogFinding {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message(Lang::En))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::log::Problem;
    use arbitre_core::i18n::typo;

    /// One of each finding.
    fn every_finding() -> Vec<LogFinding> {
        let s = String::from;
        vec![
            LogFinding::NameNotUtf8,
            LogFinding::LinkOutside,
            LogFinding::LinkToNothing,
            LogFinding::NotAFile,
            LogFinding::NumberTooLarge,
            LogFinding::TextNotUtf8,
            LogFinding::Unreadable { cause: s("denied") },
            LogFinding::DuplicateNumber {
                number: 3,
                other: s("0003-c.md"),
            },
            LogFinding::NoTitle { why: None },
            LogFinding::NoTitle {
                why: Some(Box::new(LogFinding::NotHeading {
                    line: 1,
                    text: s("#A"),
                })),
            },
            LogFinding::TitleNumber { title: 7, file: 6 },
            LogFinding::NotHeading {
                line: 4,
                text: s("#6 x"),
            },
            LogFinding::Front(FrontProblem::Twice {
                key: "status",
                count: 2,
            }),
            LogFinding::DateWithoutColon {
                line: 3,
                text: s("Date 2024-01-01"),
            },
            LogFinding::DateInBrackets {
                line: 3,
                text: s("Date: [2024-01-01]"),
            },
            LogFinding::Placeholder {
                line: 4,
                text: s("* Date: [YYYY-MM-DD when the decision was last updated]"),
            },
            LogFinding::Misspelled {
                line: 9,
                word: s("Supercedes"),
            },
            LogFinding::NoStatus,
            LogFinding::BrokenLink { dest: s("0009.md") },
            LogFinding::SupersededOneSided { dest: s("0002.md") },
            LogFinding::SupersededMissing {
                dest: s("0002.md"),
                name: s("1"),
            },
            LogFinding::SupersedesOneSided {
                dest: s("0001.md"),
                status: s("Accepted"),
            },
            LogFinding::LinkOneSided {
                words: s("Amended by"),
                dest: s("0002.md"),
            },
        ]
    }

    #[test]
    fn every_key_is_a_finding_s_and_every_finding_has_one() {
        let keys: std::collections::BTreeSet<&str> =
            every_finding().iter().map(LogFinding::key).collect();
        let listed: std::collections::BTreeSet<&str> = LogFinding::KEYS.into_iter().collect();
        assert_eq!(keys, listed);
        assert_eq!(listed.len(), LogFinding::KEYS.len(), "a key listed twice");
    }

    #[test]
    fn every_log_finding_is_worded_in_both_languages() {
        for finding in every_finding() {
            let (fr, en) = (finding.message(Lang::Fr), finding.message(Lang::En));
            assert!(!fr.is_empty() && !en.is_empty(), "{finding:?}");
            assert_ne!(fr, en, "{finding:?} is not translated");
            assert_eq!(en, finding.to_string());
            // Code between backticks (`status:`) is not French text.
            let prose = |t: &str| t.split('`').step_by(2).collect::<String>();
            assert!(typo::is_french_right(&prose(&fr)), "{fr}");
            assert!(!en.contains('\u{a0}'), "{en:?}");
            let problem = Problem {
                file: "docs/adr/0001-a.md".into(),
                finding,
            };
            let fr = problem.message(Lang::Fr);
            assert!(fr.starts_with("docs/adr/0001-a.md\u{a0}: "), "{fr}");
            assert!(typo::is_french_right(&prose(&fr)), "{fr}");
            assert_eq!(problem.to_string(), problem.message(Lang::En));
        }
    }

    #[test]
    fn a_problem_reads_as_before_in_english() {
        let problem = Problem {
            file: "d/0003-d.md".into(),
            finding: LogFinding::DuplicateNumber {
                number: 3,
                other: "0003-c.md".into(),
            },
        };
        assert_eq!(
            problem.to_string(),
            "d/0003-d.md: number 3 is also used by 0003-c.md (branches merged?); rename one of them"
        );
        assert_eq!(
            problem.message(Lang::Fr),
            "d/0003-d.md\u{a0}: le numéro 3 est aussi celui de 0003-c.md (des branches fusionnées\u{a0}?)\u{a0}; renommez l'un des deux"
        );
    }
}
