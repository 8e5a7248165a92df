//! Typography, in one place: French puts a non-breaking space before `: ; ! ?` and quotes with
//! « »; English does neither. Catalogs and renderers go through these functions, and a test
//! holds the French catalog to the rule.

use super::Lang;

/// The non-breaking space French puts before `:` and inside « ».
pub const NBSP: char = '\u{a0}';
/// The narrow non-breaking space French puts before `; ! ?`.
pub const NNBSP: char = '\u{202f}';

/// A label followed by a colon: "Exemple :" (non-breaking space) or "Example:".
pub fn colon(lang: Lang, label: &str) -> String {
    match lang {
        Lang::Fr => format!("{label}{NBSP}:"),
        Lang::En => format!("{label}:"),
    }
}

/// A quotation: « texte » or "text".
pub fn quote(lang: Lang, text: &str) -> String {
    match lang {
        Lang::Fr => format!("«{NBSP}{text}{NBSP}»"),
        Lang::En => format!("\u{201c}{text}\u{201d}"),
    }
}

/// French text with the right spaces: a plain or missing space before `:` becomes a
/// non-breaking one, before `; ! ?` a narrow one, and inside « » a non-breaking one; a
/// quotation inside a quotation takes “ ” (never « « » »). URLs (`https://`), times
/// (`10:30`) and already-right text are left alone.
pub fn french(text: &str) -> String {
    let text = guillemets(text);
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len() + 8);
    for (i, &c) in chars.iter().enumerate() {
        let prev = i.checked_sub(1).and_then(|j| chars.get(j)).copied();
        let next = chars.get(i + 1).copied();
        let wants = match c {
            ':' => Some(NBSP),
            ';' | '!' | '?' => Some(NNBSP),
            _ => None,
        };
        let is_punct_use = match (prev, next) {
            // "https://", "10:30", "a:b" identifiers, "?!" pairs
            (_, Some('/')) | (None, _) => false,
            (Some(p), Some(n)) => !(p.is_alphanumeric() && n.is_alphanumeric()),
            _ => true,
        };
        match (wants, prev) {
            (Some(space), Some(' ')) if is_punct_use => {
                out.pop();
                out.push(space);
            }
            (Some(space), Some(p))
                if is_punct_use
                    && p != NBSP
                    && p != NNBSP
                    && !matches!(p, ':' | ';' | '!' | '?') =>
            {
                out.push(space);
            }
            _ => {}
        }
        out.push(c);
    }
    out
}

/// « » with a non-breaking space inside, and “ ” for a quotation inside one.
fn guillemets(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    let mut depth = 0usize;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '«' => {
                out.push(if depth == 0 { '«' } else { '\u{201c}' });
                while chars.peek().is_some_and(|n| *n == ' ' || *n == NBSP) {
                    chars.next();
                }
                if depth == 0 {
                    out.push(NBSP);
                }
                depth += 1;
            }
            '»' if depth > 0 => {
                depth -= 1;
                while out.ends_with([' ', NBSP]) {
                    out.pop();
                }
                if depth == 0 {
                    out.push(NBSP);
                    out.push('»');
                } else {
                    out.push('\u{201d}');
                }
            }
            other => out.push(other),
        }
    }
    out
}

/// Whether French text already follows the rule (used by the catalog test).
pub fn is_french_right(text: &str) -> bool {
    french(text) == text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn colons_and_quotes() {
        assert_eq!(colon(Lang::Fr, "Exemple"), "Exemple\u{a0}:");
        assert_eq!(colon(Lang::En, "Example"), "Example:");
        assert_eq!(quote(Lang::Fr, "oui"), "«\u{a0}oui\u{a0}»");
        assert_eq!(quote(Lang::En, "yes"), "\u{201c}yes\u{201d}");
    }

    #[test]
    fn french_spacing() {
        assert_eq!(french("Note :"), "Note\u{a0}:");
        assert_eq!(french("Note:"), "Note\u{a0}:");
        assert_eq!(french("Vraiment ?"), "Vraiment\u{202f}?");
        assert_eq!(french("a ; b"), "a\u{202f}; b");
        assert_eq!(french("https://x.org 10:30"), "https://x.org 10:30");
        assert_eq!(french("Note\u{a0}:"), "Note\u{a0}:");
        assert!(is_french_right("Déjà bon\u{a0}: oui\u{202f}!"));
        assert_eq!(french("« oui »"), "«\u{a0}oui\u{a0}»");
        assert_eq!(french("«oui»"), "«\u{a0}oui\u{a0}»");
        assert_eq!(
            french("«\u{a0}il dit «\u{a0}non\u{a0}» ici\u{a0}»"),
            "«\u{a0}il dit \u{201c}non\u{201d} ici\u{a0}»"
        );
        assert!(!is_french_right("«\u{a0}a «\u{a0}b\u{a0}»\u{a0}»"));
        let once = french("Un « x » : « y « z » » ?");
        assert_eq!(french(&once), once);
    }
}
