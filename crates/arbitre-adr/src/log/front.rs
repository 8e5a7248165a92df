//! What arbitre does not understand in a record's front matter, where it would edit it: a
//! key quoted or in another case, written twice, or in a form of YAML it does not read.
//! Editing there would add a second key, which YAML readers refuse; such records are
//! refused with the reason, and `adr check` reports them.

use super::parse::split_front_matter;

/// What arbitre does not understand about a key of a record's front matter: editing it there
/// would add a second key beside the one it did not read, and YAML readers refuse a record
/// with a key twice.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FrontProblem {
    /// The key is written otherwise than arbitre reads it: quoted, or in another case
    /// (`"status"`, `Status`).
    Spelled {
        /// The key arbitre reads (`status`).
        key: &'static str,
        /// The key as written.
        written: String,
    },
    /// The key is there more than once.
    Twice {
        /// The key.
        key: &'static str,
        /// How many times.
        count: usize,
    },
    /// A line mentioning the key in a form of YAML arbitre does not read (a flow mapping
    /// `{status: …}`, a complex key `? status`).
    Unread {
        /// The line, as written.
        line: String,
    },
}

/// Why arbitre cannot edit `key` in the text's front matter, if it cannot (see
/// [`FrontProblem`]); `None` when the text has no front matter, or the key is absent or
/// written once, plainly.
pub(super) fn front_key_problem(text: &str, key: &'static str) -> Option<FrontProblem> {
    let body = text.strip_prefix('\u{feff}').unwrap_or(text);
    let (Some(_), rest) = split_front_matter(body) else {
        return None;
    };
    let front = &body[..body.len() - rest.len()];
    let mut count = 0;
    for line in front.lines().skip(1) {
        let t = line.trim_end();
        if t == "---" || t == "..." {
            break;
        }
        if t.is_empty() || t.starts_with([' ', '\t', '#']) || t.starts_with("- ") {
            continue;
        }
        let mentions = t.to_lowercase().contains(key);
        match t.split_once(':') {
            _ if t.starts_with(['{', '[', '?']) && mentions => {
                return Some(FrontProblem::Unread { line: t.to_owned() });
            }
            _ if t.starts_with(['{', '[', '?']) => {}
            Some((k, _)) if k.trim() == key => count += 1,
            Some((k, _))
                if k.trim()
                    .trim_matches(['"', '\''])
                    .trim()
                    .eq_ignore_ascii_case(key) =>
            {
                return Some(FrontProblem::Spelled {
                    key,
                    written: k.trim().to_owned(),
                });
            }
            Some(_) => {}
            None if mentions => return Some(FrontProblem::Unread { line: t.to_owned() }),
            None => {}
        }
    }
    (count > 1).then_some(FrontProblem::Twice { key, count })
}
