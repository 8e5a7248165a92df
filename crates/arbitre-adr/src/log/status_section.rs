//! A record's Status section read whole, as adr-tools reads it (`_adr_status`, `adr list`):
//! the status word, and every relation line `adr new -s` and `adr new -l` write before or
//! after it (`Supersedes [3. Use X](0003-use-x.md)`, `Amended by [4. C](0004-c.md)`), in any
//! order. A relation is data on the record ([`RelationLine`]), never its status.

use arbitre_core::i18n::Lang;

/// What a relation line says this record is to another.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RelationKind {
    /// `Supersedes` (« Remplace »).
    Supersedes,
    /// `Superseded by` (« Remplacé par »).
    SupersededBy,
    /// `Amends` (« Amende »).
    Amends,
    /// `Amended by` (« Amendé par »).
    AmendedBy,
    /// Any other verb (`Clarifies`, `Clarified by`): [`RelationLine::verb`] as written.
    Other,
}

/// One relation a record states: `Amended by [4. C](0004-c.md)`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RelationLine {
    /// The words before the link, as written (`Amended by`).
    pub verb: String,
    /// What they say, when arbitre knows the verb.
    pub kind: RelationKind,
    /// The link's destination as written, without a `#fragment` (`0004-c.md`).
    pub target: String,
    /// The link's text (`4. C`).
    pub label: String,
}

impl RelationLine {
    /// One key for machines (`adr list --json`'s `relation`): the English verb of a known
    /// relation in lowercase (`superseded by`), any other verb in lowercase.
    pub fn key(&self) -> String {
        match self.kind {
            RelationKind::Supersedes => "supersedes".to_owned(),
            RelationKind::SupersededBy => "superseded by".to_owned(),
            RelationKind::Amends => "amends".to_owned(),
            RelationKind::AmendedBy => "amended by".to_owned(),
            RelationKind::Other => self.verb.to_lowercase(),
        }
    }
}

/// The kind a verb names, in any language of the catalog, whatever its case.
fn kind_of(verb: &str) -> RelationKind {
    let verb = verb.to_lowercase();
    let is = |word: &str| word.to_lowercase() == verb;
    for lang in Lang::ALL {
        let w = &lang.words().doc;
        if is(w.supersedes) {
            return RelationKind::Supersedes;
        }
        if is(w.superseded_by) {
            return RelationKind::SupersededBy;
        }
        if is(w.amends) {
            return RelationKind::Amends;
        }
        if is(w.amended_by) {
            return RelationKind::AmendedBy;
        }
    }
    RelationKind::Other
}

/// The relations a line states, if it is a relation line: a verb, then one or more links
/// (separated by commas or `and`) and nothing else. `Accepted` is not one, nor a sentence
/// with a link inside it.
pub(super) fn relation_line(line: &str) -> Option<Vec<RelationLine>> {
    let t = line.trim();
    let t = t
        .strip_prefix("- ")
        .or_else(|| t.strip_prefix("* "))
        .or_else(|| t.strip_prefix("+ "))
        .unwrap_or(t)
        .trim();
    let open = t.find('[')?;
    let verb = t.get(..open)?.trim().trim_end_matches(':').trim();
    if verb.is_empty() || verb.contains(['[', ']', '(', ')', '`']) {
        return None;
    }
    let kind = kind_of(verb);
    let mut out = Vec::new();
    let mut rest = t.get(open..)?;
    loop {
        let (label, target, after) = link_at(rest)?;
        out.push(RelationLine {
            verb: verb.to_owned(),
            kind,
            target,
            label,
        });
        let after = after.trim_start();
        let after = after
            .strip_prefix(',')
            .or_else(|| after.strip_prefix(';'))
            .unwrap_or(after)
            .trim_start();
        let after = ["and ", "et ", "& "]
            .iter()
            .find_map(|w| after.strip_prefix(w))
            .unwrap_or(after)
            .trim_start();
        if after.is_empty() || after == "." {
            return Some(out);
        }
        if !after.starts_with('[') {
            return None;
        }
        rest = after;
    }
}

/// `[label](dest)` at the start of `s`: (label, dest without its fragment, what follows).
fn link_at(s: &str) -> Option<(String, String, &str)> {
    let s = s.strip_prefix('[')?;
    // The label may hold brackets of its own (`[5. Use [x]](…)`): the first `](` ends it.
    let mid = s.find("](")?;
    let label = s.get(..mid)?;
    let after = s.get(mid + 2..)?;
    let close = after.find(')')?;
    let dest = after.get(..close)?.trim();
    let dest = dest.split('#').next().unwrap_or_default();
    if dest.is_empty() {
        return None;
    }
    Some((
        label.trim().to_owned(),
        dest.to_owned(),
        after.get(close + 1..)?,
    ))
}

/// The Status section's lines, read whole: the status word (the first line that is not a
/// relation line) and every relation line, wherever it is.
#[derive(Debug, Default)]
pub(super) struct StatusSection {
    /// The first line that is not a relation line, trimmed.
    word: Option<String>,
    /// The first `Superseded by […](…)` line, trimmed.
    superseded: Option<String>,
    /// Every relation, in the order written.
    pub(super) relations: Vec<RelationLine>,
}

impl StatusSection {
    /// Reads one line of the section (its heading excluded).
    pub(super) fn line(&mut self, line: &str) {
        let t = line.trim();
        if t.is_empty() {
            return;
        }
        match relation_line(t) {
            Some(relations) => {
                if self.superseded.is_none()
                    && relations
                        .iter()
                        .any(|r| r.kind == RelationKind::SupersededBy)
                {
                    self.superseded = Some(t.to_owned());
                }
                self.relations.extend(relations);
            }
            None => {
                if self.word.is_none() {
                    self.word = Some(t.to_owned());
                }
            }
        }
    }

    /// The status as written: the status word; but a record superseded by another says so
    /// whatever word stays (adr-tools removes only `Accepted`), so then its `Superseded by`
    /// line, as before relations were read.
    pub(super) fn status(&self) -> Option<String> {
        let word = self.word.as_deref();
        let word_superseded = word.is_some_and(|w| super::RecordStatus::parse(w).is_superseded());
        match &self.superseded {
            Some(line) if !word_superseded => Some(line.clone()),
            _ => word.map(str::to_owned),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rel(verb: &str, kind: RelationKind, target: &str, label: &str) -> RelationLine {
        RelationLine {
            verb: verb.into(),
            kind,
            target: target.into(),
            label: label.into(),
        }
    }

    fn section(lines: &str) -> StatusSection {
        let mut s = StatusSection::default();
        for l in lines.lines() {
            s.line(l);
        }
        s
    }

    #[test]
    fn relation_lines_in_both_languages() {
        use RelationKind::*;
        let cases = [
            (
                "Supersedes [3. Use X](0003-use-x.md)",
                rel("Supersedes", Supersedes, "0003-use-x.md", "3. Use X"),
            ),
            (
                "Superseded by [5. D](0005-d.md)",
                rel("Superseded by", SupersededBy, "0005-d.md", "5. D"),
            ),
            (
                "Amends [2. A](0002-a.md)",
                rel("Amends", Amends, "0002-a.md", "2. A"),
            ),
            (
                "amended by [4. C](0004-c.md#context)",
                rel("amended by", AmendedBy, "0004-c.md", "4. C"),
            ),
            (
                "Clarified by [5. D](0005-d.md)",
                rel("Clarified by", Other, "0005-d.md", "5. D"),
            ),
            (
                "Remplace [ADR-0001](0001-a.md)",
                rel("Remplace", Supersedes, "0001-a.md", "ADR-0001"),
            ),
            (
                "* Remplacé par [ADR-0004](0004-x.md)",
                rel("Remplacé par", SupersededBy, "0004-x.md", "ADR-0004"),
            ),
            (
                "Amendé par [4. C](0004-c.md)",
                rel("Amendé par", AmendedBy, "0004-c.md", "4. C"),
            ),
        ];
        for (line, want) in cases {
            assert_eq!(relation_line(line), Some(vec![want]), "{line:?}");
        }
        assert_eq!(
            relation_line("Supersedes [1. A](0001-a.md), [2. B](0002-b.md) and [3](0003-c.md)")
                .map(|r| r.into_iter().map(|r| r.target).collect::<Vec<_>>()),
            Some(vec![
                "0001-a.md".to_owned(),
                "0002-b.md".to_owned(),
                "0003-c.md".to_owned()
            ])
        );
        assert_eq!(
            relation_line("Superseded by [5. D](0005-d.md)").map(|r| r[0].key()),
            Some("superseded by".to_owned())
        );
        assert_eq!(
            relation_line("Clarifies [3](0003-b.md)").map(|r| r[0].key()),
            Some("clarifies".to_owned())
        );
    }

    #[test]
    fn status_words_and_sentences_are_not_relations() {
        for line in [
            "Accepted",
            "Accepté",
            "Proposé",
            "Remplacé",
            "[5. D](0005-d.md)",
            "Accepted (see [5. D](0005-d.md))",
            "Accepted, see [5. D](0005-d.md) for why",
            "[ accepted | deprecated ]",
            "Supersedes [3. X]",
            "Supersedes [3. X]()",
        ] {
            assert_eq!(relation_line(line), None, "{line:?}");
        }
    }

    #[test]
    fn the_status_word_is_found_before_or_after_relation_lines() {
        let s = section("Accepted\n\nSupersedes [3. X](0003-x.md)\n\nAmends [2. Y](0002-y.md)\n");
        assert_eq!(s.status().as_deref(), Some("Accepted"));
        assert_eq!(s.relations.len(), 2);
        let s = section("Supersedes [3. X](0003-x.md)\n\nAmends [2. Y](0002-y.md)\n\nAccepted\n");
        assert_eq!(s.status().as_deref(), Some("Accepted"));
        assert_eq!(
            s.relations.iter().map(|r| r.kind).collect::<Vec<_>>(),
            vec![RelationKind::Supersedes, RelationKind::Amends]
        );
        let s = section("Amends [2. Y](0002-y.md)\n");
        assert_eq!(s.status(), None, "no status word");
        assert_eq!(section("").status(), None);
        let s = section("Accepté\n\nRemplace [ADR-0001](0001-a.md)\n");
        assert_eq!(s.status().as_deref(), Some("Accepté"));
    }

    #[test]
    fn a_superseded_by_line_makes_the_record_superseded_wherever_it_is() {
        let s = section("Amended by [4. C](0004-c.md)\n\nSuperseded by [5. D](0005-d.md)\n");
        assert_eq!(
            s.status().as_deref(),
            Some("Superseded by [5. D](0005-d.md)")
        );
        // A status word left behind does not hide it.
        let s = section("Proposed\n\nSuperseded by [5. D](0005-d.md)\n");
        assert_eq!(
            s.status().as_deref(),
            Some("Superseded by [5. D](0005-d.md)")
        );
        // A word that already says superseded stays.
        let s = section("Remplacé\n\nRemplacé par [ADR-0005](0005-d.md)\n");
        assert_eq!(s.status().as_deref(), Some("Remplacé"));
    }
}
