//! Finds where something sits in a RON source, so that a problem found after parsing (a
//! duplicated id, a dangling reference, an empty string) can still be reported at a
//! `line:column`, like a syntax error.

/// A 1-based line and column.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Pos {
    /// 1-based line.
    pub line: usize,
    /// 1-based column, in characters.
    pub column: usize,
}

impl Pos {
    /// The start of the file, used when nothing better is known.
    pub const START: Pos = Pos { line: 1, column: 1 };

    /// The position of a byte offset in `source`.
    pub fn of_offset(source: &str, offset: usize) -> Pos {
        let offset = offset.min(source.len());
        let before = source.get(..offset).unwrap_or(source);
        let line = before.matches('\n').count() + 1;
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        let column = before.get(line_start..).map_or(0, |s| s.chars().count()) + 1;
        Pos { line, column }
    }
}

/// Byte offsets of every occurrence of the string literal `"value"` in `source`.
pub fn string_literal_offsets(source: &str, value: &str) -> Vec<usize> {
    let needle = format!("\"{value}\"");
    source.match_indices(&needle).map(|(i, _)| i).collect()
}

/// The position of the `nth` (0-based) occurrence of the string literal `"value"`, if any.
pub fn nth_literal(source: &str, value: &str, nth: usize) -> Option<Pos> {
    string_literal_offsets(source, value)
        .get(nth)
        .map(|&o| Pos::of_offset(source, o))
}

/// The position of the first `field: ""` (an empty string given to `field`) at or after
/// `from`, allowing any white space around the colon.
pub fn empty_field_after(source: &str, field: &str, from: usize) -> Option<Pos> {
    let rest = source.get(from..)?;
    let mut search = 0;
    while let Some(i) = rest.get(search..)?.find(field) {
        let start = search + i;
        let after = rest.get(start + field.len()..)?;
        let boundary_ok = rest
            .get(..start)
            .and_then(|s| s.chars().last())
            .is_none_or(|c| !(c.is_alphanumeric() || c == '_'));
        let trimmed = after.trim_start();
        if boundary_ok && let Some(value) = trimmed.strip_prefix(':') {
            let value = value.trim_start();
            if value.starts_with("\"\"") || value.starts_with("\" \"") {
                let value_offset = from + start + field.len() + (after.len() - value.len());
                return Some(Pos::of_offset(source, value_offset));
            }
        }
        search = start + field.len();
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn offsets_become_lines_and_columns() {
        let s = "ab\ncdé\nf";
        assert_eq!(Pos::of_offset(s, 0), Pos { line: 1, column: 1 });
        assert_eq!(Pos::of_offset(s, 3), Pos { line: 2, column: 1 });
        assert_eq!(
            Pos::of_offset(s, s.find('f').unwrap_or(0)),
            Pos { line: 3, column: 1 }
        );
        assert_eq!(Pos::of_offset(s, 999), Pos { line: 3, column: 2 });
    }

    #[test]
    fn finds_nth_literal() {
        let s = "(id: \"a\")\n(id: \"a\")";
        assert_eq!(nth_literal(s, "a", 1), Some(Pos { line: 2, column: 6 }));
        assert_eq!(nth_literal(s, "a", 2), None);
    }

    #[test]
    fn finds_empty_field_after_anchor() {
        let s =
            "(id: \"x\", text: (fr: \"\", en: \"b\"))\n(id: \"y\", text: (fr: \"c\", en:  \"\"))";
        let anchor = s.find("\"y\"").unwrap_or(0);
        assert_eq!(
            empty_field_after(s, "en", anchor),
            Some(Pos {
                line: 2,
                column: 32
            })
        );
        assert_eq!(
            empty_field_after(s, "fr", 0),
            Some(Pos {
                line: 1,
                column: 22
            })
        );
        assert_eq!(
            empty_field_after(s, "en", 0),
            Some(Pos {
                line: 2,
                column: 32
            })
        );
    }
}
