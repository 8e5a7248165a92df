//! Markdown a record reader needs in several places: fenced code blocks, and Nygard's status
//! heading in any of the catalog's languages.

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
