//! A record's status as a typed value: one of the statuses arbitre knows (the session's
//! [`Status`], recognised in English and French, whatever the case and trailing
//! punctuation), or the text as written. Parsed once, where a record is read
//! ([`super::Record::state`]); the Log screen and the command line only map it to words.

use arbitre_core::i18n::Lang;
use arbitre_core::session::Status;

/// A record's status, read from its text.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum RecordStatus {
    /// The record states no status.
    #[default]
    Unstated,
    /// A status arbitre knows, in either language (`Accepted`, « Accepté », `accepted;`,
    /// `Superseded by [5. …](…)`).
    Known(Status),
    /// Any other status, as written (trimmed): `on hold`, `[draft`, `partly accepted`.
    Custom(String),
}

impl RecordStatus {
    /// Reads a status as written: its first word, lowercase, without trailing punctuation
    /// or emphasis, names a known status in English or French; anything else is custom.
    pub fn parse(written: &str) -> RecordStatus {
        let text = written.trim();
        let Some(first) = text.split_whitespace().next() else {
            return RecordStatus::Unstated;
        };
        let word = first
            .trim_start_matches(['*', '_'])
            .trim_end_matches(['*', '_', ';', ':', ',', '.', '!', '?'])
            .to_lowercase();
        match known(&word) {
            Some(s) => RecordStatus::Known(s),
            None => RecordStatus::Custom(text.to_owned()),
        }
    }

    /// The known status, if it is one.
    pub fn known(&self) -> Option<Status> {
        match self {
            RecordStatus::Known(s) => Some(*s),
            RecordStatus::Unstated | RecordStatus::Custom(_) => None,
        }
    }

    /// Whether it says the record is superseded (or replaced, in French).
    pub fn is_superseded(&self) -> bool {
        self.known() == Some(Status::Superseded)
    }

    /// Whether the record states a status at all.
    pub fn is_stated(&self) -> bool {
        !matches!(self, RecordStatus::Unstated)
    }

    /// One key for machines (`adr list`, `--json`'s `state`): the English word of a known
    /// status in lowercase (`accepted`), the custom text in lowercase, empty when unstated.
    pub fn key(&self) -> String {
        match self {
            RecordStatus::Unstated => String::new(),
            RecordStatus::Known(s) => crate::render::madr_status_word(*s).to_owned(),
            RecordStatus::Custom(text) => text.to_lowercase(),
        }
    }

    /// Where it comes in a list of statuses: the known ones in their life's order, then the
    /// custom ones, then none.
    fn rank(&self) -> u8 {
        match self {
            RecordStatus::Known(Status::Proposed) => 0,
            RecordStatus::Known(Status::Accepted) => 1,
            RecordStatus::Known(Status::Rejected) => 2,
            RecordStatus::Known(Status::Deprecated) => 3,
            RecordStatus::Known(Status::Superseded) => 4,
            RecordStatus::Custom(_) => 5,
            RecordStatus::Unstated => 6,
        }
    }
}

impl Ord for RecordStatus {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        self.rank()
            .cmp(&other.rank())
            .then_with(|| match (self, other) {
                (RecordStatus::Custom(a), RecordStatus::Custom(b)) => a
                    .to_lowercase()
                    .cmp(&b.to_lowercase())
                    .then_with(|| a.cmp(b)),
                _ => std::cmp::Ordering::Equal,
            })
    }
}

impl PartialOrd for RecordStatus {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

/// The known status a lowercase word names, in any language of the catalog.
fn known(word: &str) -> Option<Status> {
    Lang::ALL.iter().find_map(|lang| {
        let w = &lang.words().doc.status_words;
        let is = |words: &[&str]| words.contains(&word);
        if is(w.proposed) {
            Some(Status::Proposed)
        } else if is(w.accepted) {
            Some(Status::Accepted)
        } else if is(w.rejected) {
            Some(Status::Rejected)
        } else if is(w.deprecated) {
            Some(Status::Deprecated)
        } else if is(w.superseded) {
            Some(Status::Superseded)
        } else {
            None
        }
    })
}

/// Whether a line is a status word alone (a Nygard record's status line), a known status or
/// a draft, in any language of the catalog.
pub(super) fn is_status_word(line: &str) -> bool {
    let w = line.trim().to_lowercase();
    known(&w).is_some()
        || Lang::ALL
            .iter()
            .any(|lang| lang.words().doc.status_words.draft.contains(&w.as_str()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn known(s: Status) -> RecordStatus {
        RecordStatus::Known(s)
    }

    #[test]
    fn english_and_french_words_are_known() {
        let cases = [
            ("Proposed", Status::Proposed),
            ("Proposé", Status::Proposed),
            ("proposée", Status::Proposed),
            ("Accepted", Status::Accepted),
            ("Accepté", Status::Accepted),
            ("ACCEPTÉE", Status::Accepted),
            ("rejected", Status::Rejected),
            ("Rejeté", Status::Rejected),
            ("Deprecated", Status::Deprecated),
            ("Déprécié", Status::Deprecated),
            ("obsolète", Status::Deprecated),
            ("Superseded", Status::Superseded),
            ("Remplacé", Status::Superseded),
            ("Remplacée", Status::Superseded),
            (
                "Superseded by [5. Use VMs](0005-use-vms.md)",
                Status::Superseded,
            ),
            ("Remplacé par [ADR-0004](0004-x.md)", Status::Superseded),
        ];
        for (text, status) in cases {
            assert_eq!(RecordStatus::parse(text), known(status), "{text:?}");
        }
    }

    #[test]
    fn trailing_punctuation_and_emphasis_are_tolerated() {
        assert_eq!(RecordStatus::parse("accepted;"), known(Status::Accepted));
        assert_eq!(RecordStatus::parse("proposed."), known(Status::Proposed));
        assert_eq!(RecordStatus::parse("Accepté :"), known(Status::Accepted));
        assert_eq!(
            RecordStatus::parse("Accepted, 2024"),
            known(Status::Accepted)
        );
        assert_eq!(RecordStatus::parse("**Accepted**"), known(Status::Accepted));
        assert_eq!(
            RecordStatus::parse("  Rejected!  "),
            known(Status::Rejected)
        );
    }

    #[test]
    fn anything_else_is_the_text_as_written() {
        let custom = |t: &str| RecordStatus::Custom(t.to_owned());
        assert_eq!(RecordStatus::parse("on hold"), custom("on hold"));
        assert_eq!(RecordStatus::parse(" On hold "), custom("On hold"));
        assert_eq!(RecordStatus::parse("[draft"), custom("[draft"));
        assert_eq!(
            RecordStatus::parse("partly accepted"),
            custom("partly accepted")
        );
        assert_eq!(
            RecordStatus::parse("[ accepted | deprecated | … ]"),
            custom("[ accepted | deprecated | … ]")
        );
        assert_eq!(
            RecordStatus::parse("Supersedes [3. X](0003-x.md)").key(),
            "supersedes [3. x](0003-x.md)"
        );
        assert_eq!(RecordStatus::parse(""), RecordStatus::Unstated);
        assert_eq!(RecordStatus::parse(" \n "), RecordStatus::Unstated);
        assert!(!RecordStatus::parse("").is_stated());
        assert_eq!(RecordStatus::Unstated.key(), "");
        assert_eq!(RecordStatus::parse("Remplacée").key(), "superseded");
        assert!(RecordStatus::parse("remplacé").is_superseded());
        assert!(!RecordStatus::parse("supersedes").is_superseded());
    }

    #[test]
    fn statuses_sort_known_first_in_their_order() {
        let mut all = vec![
            RecordStatus::Unstated,
            RecordStatus::parse("on hold"),
            known(Status::Superseded),
            RecordStatus::parse("Draft"),
            known(Status::Proposed),
            known(Status::Accepted),
        ];
        all.sort();
        assert_eq!(
            all,
            vec![
                known(Status::Proposed),
                known(Status::Accepted),
                known(Status::Superseded),
                RecordStatus::parse("Draft"),
                RecordStatus::parse("on hold"),
                RecordStatus::Unstated,
            ]
        );
    }

    proptest! {
        /// Parsing never panics; a known word stays known whatever follows it, its case and
        /// the punctuation after it; anything that is not known keeps its text.
        #[test]
        fn parsing_is_total_and_keeps_the_text(text in "\\PC{0,40}") {
            match RecordStatus::parse(&text) {
                RecordStatus::Unstated => prop_assert!(text.trim().is_empty()),
                RecordStatus::Custom(t) => prop_assert_eq!(t, text.trim()),
                RecordStatus::Known(_) => {}
            }
        }

        #[test]
        fn known_words_survive_case_punctuation_and_what_follows(
            i in 0usize..5,
            upper in any::<bool>(),
            punct in prop::sample::select(vec!["", ";", ".", ":", ",", "!"]),
            rest in "( [a-z]{1,8}){0,3}",
        ) {
            let words = ["proposé", "accepted", "Rejetée", "deprecated", "Remplacé"];
            let statuses = [
                Status::Proposed,
                Status::Accepted,
                Status::Rejected,
                Status::Deprecated,
                Status::Superseded,
            ];
            let word = if upper { words[i].to_uppercase() } else { words[i].to_owned() };
            let text = format!("{word}{punct}{rest}");
            prop_assert_eq!(RecordStatus::parse(&text), RecordStatus::Known(statuses[i]));
        }
    }
}
