//! What arbitre does not understand in a record's front matter, where it would edit it: a
//! key quoted or in another case, written twice, or in a form of YAML it does not read.
//! Editing there would add a second key, which YAML readers refuse; such records are
//! refused with the reason, and `adr check` reports them.

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

/// A simple YAML front matter: `key: value` lines between `---` delimiters, each with the
/// indented lines that continue it (a block scalar, a list).
pub(super) struct FrontMatter {
    entries: Vec<FrontEntry>,
}

struct FrontEntry {
    key: String,
    /// The value on the key's line.
    value: String,
    /// The key's line as written.
    line: String,
    /// The lines that continue it (indented, or `- ` items).
    more: Vec<String>,
}

impl FrontMatter {
    fn entry(&self, key: &str) -> Option<&FrontEntry> {
        self.entries.iter().find(|e| e.key == key)
    }

    /// A scalar's value: plain or quoted on the key's line, or a block (`>`, `|`) or
    /// continuation lines folded into one line.
    pub(super) fn get(&self, key: &str) -> Option<String> {
        let e = self.entry(key)?;
        let head = e.value.trim();
        if e.more.is_empty() || !(head.is_empty() || head.starts_with(['>', '|'])) {
            return Some(yaml_scalar(head));
        }
        let folded: Vec<&str> = e.more.iter().map(|l| l.trim()).collect();
        Some(yaml_scalar(&folded.join(" ")))
    }

    /// A list: `[a, b]`, `- a` lines, or a comma-separated scalar.
    pub(super) fn list(&self, key: &str) -> Option<Vec<String>> {
        let e = self.entry(key)?;
        let head = e.value.trim();
        let items: Vec<String> =
            if let Some(flow) = head.strip_prefix('[').and_then(|h| h.strip_suffix(']')) {
                flow.split(',').map(|i| yaml_scalar(i.trim())).collect()
            } else if head.is_empty() {
                e.more
                    .iter()
                    .filter_map(|l| l.trim().strip_prefix("- "))
                    .map(|i| yaml_scalar(i.trim()))
                    .collect()
            } else {
                yaml_scalar(head)
                    .split(',')
                    .map(|i| i.trim().to_owned())
                    .collect()
            };
        Some(items.into_iter().filter(|i| !i.is_empty()).collect())
    }

    /// The key's line as written (for keys copied to new records, such as `parent:`).
    pub(super) fn raw_line(&self, key: &str) -> Option<String> {
        self.entry(key)
            .filter(|e| e.more.is_empty())
            .map(|e| e.line.clone())
    }
}

/// Splits the front matter (if the text opens with `---`) from the body.
pub(super) fn split_front_matter(text: &str) -> (Option<FrontMatter>, &str) {
    let Some((first, mut rest)) = text.split_once('\n') else {
        return (None, text);
    };
    if first.trim_end() != "---" {
        return (None, text);
    }
    let mut entries: Vec<FrontEntry> = Vec::new();
    loop {
        let (line, next) = match rest.split_once('\n') {
            Some((l, n)) => (l, n),
            None => (rest, ""),
        };
        let trimmed = line.trim_end();
        if trimmed == "---" || trimmed == "..." {
            return (Some(FrontMatter { entries }), next);
        }
        if next.is_empty() && rest == line {
            // Never closed: not front matter after all.
            return (None, text);
        }
        if line.starts_with([' ', '\t']) || line.starts_with("- ") {
            if let Some(e) = entries.last_mut() {
                e.more.push(trimmed.to_owned());
            }
        } else if !line.starts_with('#')
            && let Some((k, v)) = line.split_once(':')
        {
            entries.push(FrontEntry {
                key: k.trim().to_owned(),
                value: v.trim().to_owned(),
                line: trimmed.to_owned(),
                more: Vec::new(),
            });
        }
        rest = next;
    }
}

/// The value of a one-line YAML scalar: plain, single- or double-quoted.
pub(super) fn yaml_scalar(v: &str) -> String {
    if let Some(inner) = v.strip_prefix('"').and_then(|s| s.strip_suffix('"')) {
        let mut out = String::new();
        let mut chars = inner.chars();
        while let Some(c) = chars.next() {
            if c != '\\' {
                out.push(c);
                continue;
            }
            match chars.next() {
                Some('n') => out.push('\n'),
                Some('t') => out.push('\t'),
                Some('u') => {
                    let hex: String = chars.by_ref().take(4).collect();
                    if let Some(ch) = u32::from_str_radix(&hex, 16).ok().and_then(char::from_u32) {
                        out.push(ch);
                    }
                }
                Some(other) => out.push(other),
                None => {}
            }
        }
        out
    } else if let Some(inner) = v.strip_prefix('\'').and_then(|s| s.strip_suffix('\'')) {
        inner.replace("''", "'")
    } else {
        // A plain scalar ends at a comment.
        v.split(" #").next().unwrap_or_default().trim().to_owned()
    }
}
