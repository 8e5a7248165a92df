//! Markdown a record reader needs in several places: fenced code blocks, and Nygard's status
//! heading in any of the catalog's languages, and a record's own text.

/// A record's text as its readers see it: without a byte-order mark, and without arbitre's
/// decision block (data, not text).
pub(super) fn record_text(text: &str) -> &str {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    text.find(&format!("<!-- {}", crate::SESSION_MARKER))
        .map_or(text, |i| &text[..i])
}

/// Tracks fenced code blocks, so headings in them are not taken for the document's.
#[derive(Default)]
pub(super) struct Fence {
    open: Option<(char, usize)>,
}

impl Fence {
    /// Whether `line` is part of a fence (its delimiters included).
    pub(super) fn inside(&mut self, line: &str) -> bool {
        let t = line.trim_start_matches(' ');
        let indent = line.len() - t.len();
        let delim = t.chars().next().filter(|c| *c == '`' || *c == '~');
        let run = delim.map_or(0, |d| t.chars().take_while(|c| *c == d).count());
        match (self.open, delim) {
            (Some((d, n)), Some(c)) if c == d && run >= n && t[run..].trim().is_empty() => {
                self.open = None;
                true
            }
            (Some(_), _) => true,
            (None, Some(c)) if indent < 4 && run >= 3 => {
                self.open = Some((c, run));
                true
            }
            (None, _) => false,
        }
    }
}

/// Nygard's status heading, in English (adr-tools') or in another of the catalog's languages.
pub(super) fn is_status_heading(line: &str) -> bool {
    let Some(h) = line
        .trim_end_matches(['\r', '\n'])
        .trim_end()
        .strip_prefix("## ")
    else {
        return false;
    };
    arbitre_core::i18n::Lang::ALL
        .iter()
        .any(|lang| lang.words().doc.status_headings.contains(&h))
}
