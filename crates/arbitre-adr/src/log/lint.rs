//! What linters are asked for in a record's text, beyond what reading it needs: a date in
//! brackets or without a colon, a template's placeholder left unfilled, "Supercedes" for
//! "Supersedes". Each is a [`LogFinding`] at its line; `adr check`, the Log screen's problems
//! and the export's warnings report them.

use super::LogFinding;
use super::markdown::{Fence, is_status_heading, record_text};

/// The findings of a record's text (the whole file, front matter included: lines count from
/// its first line).
pub(super) fn text_findings(text: &str) -> Vec<LogFinding> {
    let text = record_text(text);
    let mut out = Vec::new();
    let mut fence = Fence::default();
    // The head: the front matter and what comes before the first section after the title,
    // where a record states its date; and the status section.
    let mut in_head = true;
    let mut in_status = false;
    for (i, line) in text.lines().enumerate() {
        if fence.inside(line) {
            continue;
        }
        let at = i + 1;
        let shown = || line.trim().chars().take(60).collect::<String>();
        if line.starts_with("## ") {
            in_head = false;
            in_status = is_status_heading(line);
            continue;
        }
        if in_head && let Some(value) = date_value(line) {
            match value {
                DateValue::WithoutColon => out.push(LogFinding::DateWithoutColon {
                    line: at,
                    text: shown(),
                }),
                DateValue::Value(v) if is_placeholder(v) => out.push(LogFinding::Placeholder {
                    line: at,
                    text: shown(),
                }),
                DateValue::Value(v) if v.starts_with('[') && v.ends_with(']') => {
                    out.push(LogFinding::DateInBrackets {
                        line: at,
                        text: shown(),
                    });
                }
                DateValue::Value(_) => {}
            }
            continue;
        }
        if (in_head || in_status) && is_placeholder(line) {
            out.push(LogFinding::Placeholder {
                line: at,
                text: shown(),
            });
        }
        if let Some(word) = misspelled(line) {
            out.push(LogFinding::Misspelled { line: at, word });
        }
    }
    out
}

/// What a date line holds.
enum DateValue<'a> {
    /// `Date 2024-01-01`: no colon after the key.
    WithoutColon,
    /// The value after `Date:` (trimmed).
    Value(&'a str),
}

/// The date of a line that states one (`Date: …`, `- Date: …`, `date: …` in front matter,
/// French `Date : …`), or `Date 2024-…` without a colon.
fn date_value(line: &str) -> Option<DateValue<'_>> {
    let rest = line
        .trim_start()
        .trim_start_matches(['-', '*', '+'])
        .trim_start();
    let key = rest.get(..4)?;
    if !key.eq_ignore_ascii_case("date") {
        return None;
    }
    let after = &rest[4..];
    let trimmed = after.trim_start_matches([' ', '\u{a0}', '\u{202f}', '\t']);
    if let Some(value) = trimmed.strip_prefix(':') {
        return Some(DateValue::Value(value.trim()));
    }
    (after.starts_with([' ', '\t'])
        && trimmed.starts_with(|c: char| c.is_ascii_digit() || c == '['))
    .then_some(DateValue::WithoutColon)
}

/// Whether a line holds a template's placeholder: `[YYYY-MM-DD …]`, a choice of statuses
/// (`[proposed | rejected | accepted | …]`, MADR 3's `{proposed | …}`), MADR's
/// `{short title …}`.
fn is_placeholder(line: &str) -> bool {
    let lower = line.to_lowercase();
    if lower.contains("yyyy-mm-dd") && !lower.contains("(yyyy-mm-dd)") {
        return true;
    }
    if lower.trim_start().starts_with("# {") && lower.trim_end().ends_with('}') {
        return true;
    }
    // A choice of statuses in brackets or braces: `[ a | b | … ]`, `{a | b | …}`.
    [('[', ']'), ('{', '}')].into_iter().any(|(open, close)| {
        let mut rest = lower.as_str();
        while let Some(at) = rest.find(open) {
            let after = &rest[at + 1..];
            let Some(end) = after.find(close) else { break };
            let inside = &after[..end];
            if inside.matches('|').count() >= 2
                && ["accepted", "proposed", "deprecated", "rejected"]
                    .iter()
                    .any(|s| inside.contains(s))
            {
                return true;
            }
            rest = &after[end + 1..];
        }
        false
    })
}

/// "Supercedes" / "Superceded": the relation misspelled, which no tool reads as one.
fn misspelled(line: &str) -> Option<String> {
    let lower = line.to_lowercase();
    let at = lower.find("supercede")?;
    // The word as written, to the end of its letters.
    let word: String = line
        .get(at..)?
        .chars()
        .take_while(|c| c.is_alphabetic())
        .collect();
    Some(word)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(text: &str) -> Vec<(usize, &'static str)> {
        text_findings(text)
            .into_iter()
            .map(|f| match f {
                LogFinding::DateWithoutColon { line, .. } => (line, "no colon"),
                LogFinding::DateInBrackets { line, .. } => (line, "brackets"),
                LogFinding::Placeholder { line, .. } => (line, "placeholder"),
                LogFinding::Misspelled { line, .. } => (line, "misspelled"),
                _ => (0, "other"),
            })
            .collect()
    }

    #[test]
    fn dates_in_brackets_or_without_a_colon() {
        assert_eq!(
            kinds("# 1. A\n\nDate [2024-01-01]\n\n## Status\n\nAccepted\n"),
            [(3, "no colon")]
        );
        assert_eq!(kinds("# 1. A\n\nDate 2024-01-01\n"), [(3, "no colon")]);
        assert_eq!(kinds("# A\n\n- Date: [2024-01-01]\n"), [(3, "brackets")]);
        assert_eq!(
            kinds("---\ndate: [2024-01-01]\n---\n# A\n"),
            [(2, "brackets")]
        );
        // Written right, in either language; a date in prose is not a date line.
        assert!(kinds("# 1. A\n\nDate: 2024-01-01\n\nDate\u{a0}: 2024-01-02\n").is_empty());
        assert!(kinds("# A\n\n## Context\n\nDate 2024 was hard.\n").is_empty());
        assert!(kinds("# A\n\nDated by the team.\n").is_empty());
    }

    #[test]
    fn template_placeholders_left_unfilled() {
        let madr2 = "# Use X\n\n* Status: [proposed | rejected | accepted | deprecated | … | superseded by [ADR-0005](0005-example.md)]\n* Date: [YYYY-MM-DD when the decision was last updated]\n";
        assert_eq!(kinds(madr2), [(3, "placeholder"), (4, "placeholder")]);
        let madr3 = "---\nstatus: \"{proposed | rejected | accepted | deprecated | … | superseded by ADR-0123}\"\ndate: {YYYY-MM-DD when the decision was last updated}\n---\n# {short title of solved problem and solution}\n";
        assert_eq!(
            kinds(madr3),
            [(2, "placeholder"), (3, "placeholder"), (5, "placeholder")]
        );
        let nygard = "# 1. A\n\nDate: 2024-01-01\n\n## Status\n\n[ accepted | deprecated | superseded ]\n\n## Context\n\nOptions [a | b | c].\n";
        assert_eq!(kinds(nygard), [(7, "placeholder")]);
        // A format named in a label is not a placeholder.
        assert!(kinds("# A\n\nDate (YYYY-MM-DD): 2024-01-01\n").is_empty());
    }

    #[test]
    fn supercedes_is_named() {
        let text =
            "# 2. B\n\nDate: 2024-01-02\n\n## Status\n\nAccepted\n\nSupercedes [1. A](0001-a.md)\n";
        let found = text_findings(text);
        assert_eq!(
            found,
            [LogFinding::Misspelled {
                line: 9,
                word: "Supercedes".into()
            }]
        );
        // Inside a fence, an example stays an example.
        assert!(text_findings("# A\n\n```\nSupercedes\n```\n").is_empty());
    }
}
