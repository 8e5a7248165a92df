//! Escaping user text for Markdown, YAML and Mermaid so that it stays text.
//!
//! Whatever a team types — pipes, newlines, backticks, `#`, `<script>`, `---`, `-->`, list
//! markers, emoji — must come out as literal text and never change a record's structure
//! (headings, lists, tables, front matter, code blocks, HTML). The rules are deliberately
//! stricter than `CommonMark` needs, so that the usual extensions (GFM tables, strikethrough,
//! task lists, footnotes, heading attributes, math, definition lists, super/subscript,
//! wikilinks) cannot pick anything up either.

/// Characters escaped with a backslash wherever they appear: `CommonMark`'s inline syntax and
/// the extensions' (`~` strikethrough and subscript, `^` superscript, `$` math, `{` `}`
/// heading attributes, `|` tables, `&` entities, `!` images).
const SPECIALS: &[char] = &[
    '\\', '`', '*', '_', '[', ']', '<', '>', '#', '|', '!', '~', '&', '{', '}', '$', '^',
];

/// Characters that only matter at the start of a line: list items (`-`, `+`), setext
/// underlines and thematic breaks (`=`, `-`), definition lists (`:`).
const LEADING: &[char] = &['-', '+', '=', ':'];

/// Flattens text to one line: control characters (newlines, tabs, …) and the Unicode line
/// and paragraph separators become spaces, and the ends are trimmed (leading spaces would
/// otherwise start an indented code block or a nested list).
fn one_line(text: &str) -> String {
    let flat: String = text
        .chars()
        .map(|c| {
            if c.is_control() || c == '\u{2028}' || c == '\u{2029}' {
                ' '
            } else {
                c
            }
        })
        .collect();
    flat.trim().to_owned()
}

/// Text for inside a paragraph, list item or heading: one line, Markdown syntax escaped.
///
/// Newlines and other control characters become spaces and the ends are trimmed; every
/// Markdown special (`\`, `` ` ``, `*`, `_`, `[`, `]`, `<`, `>`, `#`, `|`, `!`, `~`, `&`,
/// `{`, `}`, `$`, `^`) is backslash-escaped; a leading `-`, `+`, `=` or `:` is escaped, and so
/// is the `.` or `)` of a leading list number (`1. `), so the text cannot start a list, a quote, a
/// heading or a setext underline even when it begins a line.
pub fn inline(text: &str) -> String {
    let flat = one_line(text);
    let mut out = String::with_capacity(flat.len() + flat.len() / 8);
    let chars: Vec<char> = flat.chars().collect();
    let digits = chars.iter().take_while(|c| c.is_ascii_digit()).count();
    // `1.` or `1)` followed by a space (or nothing) would start an ordered list.
    let number_marker = digits > 0
        && matches!(chars.get(digits), Some('.' | ')'))
        && chars.get(digits + 1).is_none_or(|c| c.is_whitespace());
    for (i, &c) in chars.iter().enumerate() {
        let escape = SPECIALS.contains(&c)
            || (i == 0 && LEADING.contains(&c))
            || (number_marker && i == digits);
        if escape {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// Text for a table cell: like [`inline`], and `|` escaped (which [`inline`] already does;
/// a cell must never gain a column).
pub fn cell(text: &str) -> String {
    let escaped = inline(text);
    // `inline` escapes every `|`; this guards the rule should that ever change.
    let mut out = String::with_capacity(escaped.len());
    let mut backslashes = 0usize;
    for c in escaped.chars() {
        if c == '|' && backslashes.is_multiple_of(2) {
            out.push('\\');
        }
        backslashes = if c == '\\' { backslashes + 1 } else { 0 };
        out.push(c);
    }
    out
}

/// Multi-paragraph text (context, consequences): paragraphs kept, no line can start a heading,
/// list, quote, code fence, HTML block, table or front matter delimiter.
///
/// Lines are kept (as soft line breaks) and every line is escaped with [`inline`]; runs of
/// blank lines become one paragraph break; leading and trailing blank lines are dropped.
/// Empty or blank text gives an empty string.
pub fn block(text: &str) -> String {
    let normalised = text.replace("\r\n", "\n").replace('\r', "\n");
    let mut paragraphs: Vec<Vec<String>> = Vec::new();
    let mut current: Vec<String> = Vec::new();
    for line in normalised.split('\n') {
        let escaped = inline(line);
        if escaped.is_empty() {
            if !current.is_empty() {
                paragraphs.push(std::mem::take(&mut current));
            }
        } else {
            current.push(escaped);
        }
    }
    if !current.is_empty() {
        paragraphs.push(current);
    }
    paragraphs
        .iter()
        .map(|p| p.join("\n"))
        .collect::<Vec<_>>()
        .join("\n\n")
}

/// A double-quoted YAML scalar.
///
/// `\` and `"` are escaped, and so is everything YAML would not keep as it is in a
/// double-quoted scalar: control characters (newlines as `\n`, tabs as `\t`, the rest as
/// `\uXXXX`), the C1 controls, the Unicode line and paragraph separators, the byte order mark
/// and the two non-characters YAML refuses. The value stays on one line, so `---` or `: ` in
/// it stay text.
pub fn yaml_str(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '"' => out.push_str("\\\""),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\0' => out.push_str("\\0"),
            c if c.is_control()
                || matches!(
                    c,
                    '\u{2028}' | '\u{2029}' | '\u{FEFF}' | '\u{FFFE}' | '\u{FFFF}'
                ) =>
            {
                out.push_str(&format!("\\u{:04X}", u32::from(c)));
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// A link destination (`[text](HERE)`): every byte outside `A–Z a–z 0–9 - . _ ~ /` is
/// percent-encoded, so spaces, parentheses, `<`, `>` and `\` cannot end or change the link.
pub fn link_dest(target: &str) -> String {
    let mut out = String::with_capacity(target.len());
    for b in target.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~' | b'/') {
            out.push(char::from(b));
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// A web address as a Markdown autolink (`<https://…>`), when the text is one: `http://` or
/// `https://` followed by at least one character, with no whitespace, control character, `<`,
/// `>` or backtick. Anything else gives `None` (and should be written with [`inline`]).
pub fn autolink(text: &str) -> Option<String> {
    let url = text.trim();
    let rest = url
        .strip_prefix("https://")
        .or_else(|| url.strip_prefix("http://"))?;
    let clean = !rest.is_empty()
        && !url
            .chars()
            .any(|c| c.is_whitespace() || c.is_control() || matches!(c, '<' | '>' | '`'));
    clean.then(|| format!("<{url}>"))
}

/// Text for a quoted Mermaid node label (`n0["HERE"]`): one line, and the characters that
/// would end the label or be read as markup written as Mermaid entity codes (`"` → `#quot;`,
/// `#` → `#35;`, `<` → `#lt;`, `>` → `#gt;`, `&` → `#amp;`, `;` → `#59;`, `` ` `` → `#96;`).
pub fn mermaid_label(text: &str) -> String {
    let flat = one_line(text);
    let mut out = String::with_capacity(flat.len());
    for c in flat.chars() {
        match c {
            '"' => out.push_str("#quot;"),
            '#' => out.push_str("#35;"),
            '<' => out.push_str("#lt;"),
            '>' => out.push_str("#gt;"),
            '&' => out.push_str("#amp;"),
            ';' => out.push_str("#59;"),
            '`' => out.push_str("#96;"),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inline_flattens_newlines_and_controls_to_spaces() {
        assert_eq!(inline("a\nb\r\nc\td"), "a b  c d");
        assert_eq!(inline("a\u{2028}b\u{85}c"), "a b c");
        assert_eq!(inline("  \n padded \n "), "padded");
        assert_eq!(inline(""), "");
    }

    #[test]
    fn inline_escapes_every_markdown_special() {
        assert_eq!(inline(r"a\b"), r"a\\b");
        assert_eq!(inline("`code`"), r"\`code\`");
        assert_eq!(inline("*em* _em_"), r"\*em\* \_em\_");
        assert_eq!(inline("[x](y)"), r"\[x\](y)");
        assert_eq!(inline("![i](y)"), r"\!\[i\](y)");
        assert_eq!(inline("<script>"), r"\<script\>");
        assert_eq!(inline("a # b"), r"a \# b");
        assert_eq!(inline("a | b"), r"a \| b");
        assert_eq!(inline("~~s~~"), r"\~\~s\~\~");
        assert_eq!(inline("&amp;"), r"\&amp;");
        assert_eq!(inline("{#id} $x$ ^s^"), r"\{\#id\} \$x\$ \^s\^");
        assert_eq!(inline("a-->b"), r"a--\>b");
    }

    #[test]
    fn inline_escapes_line_starters_only_at_the_start() {
        assert_eq!(inline("- item"), r"\- item");
        assert_eq!(inline("+ item"), r"\+ item");
        assert_eq!(inline("---"), r"\---");
        assert_eq!(inline("==="), r"\===");
        assert_eq!(inline(": def"), r"\: def");
        assert_eq!(inline("> quote"), r"\> quote");
        assert_eq!(inline("# title"), r"\# title");
        assert_eq!(inline("1. one"), r"1\. one");
        assert_eq!(inline("2024) two"), r"2024\) two");
        assert_eq!(inline("a - b + c = d: e 1. f"), "a - b + c = d: e 1. f");
        assert_eq!(inline("1.5 GB"), "1.5 GB");
        assert_eq!(inline("3."), r"3\.");
        assert_eq!(inline("12 ans"), "12 ans");
    }

    #[test]
    fn inline_keeps_emoji_and_accents() {
        assert_eq!(inline("Équipe ✅ 🚀 déjà"), "Équipe ✅ 🚀 déjà");
    }

    #[test]
    fn cell_escapes_pipes_once() {
        assert_eq!(cell("a|b"), r"a\|b");
        assert_eq!(cell(r"a\|b"), r"a\\\|b");
        assert_eq!(cell("a\nb|"), r"a b\|");
    }

    #[test]
    fn block_keeps_paragraphs_and_escapes_every_line() {
        assert_eq!(block("one\ntwo\n\n\n three "), "one\ntwo\n\nthree");
        assert_eq!(block("\n\nx\n\n"), "x");
        assert_eq!(block("a\r\n\r\nb\rc"), "a\n\nb\nc");
        assert_eq!(
            block("# h\n- l\n> q\n```\n---\n<div>\n    code\n1. n"),
            "\\# h\n\\- l\n\\> q\n\\`\\`\\`\n\\---\n\\<div\\>\ncode\n1\\. n"
        );
        assert_eq!(block("  \n\t\n"), "");
        assert_eq!(block("a\n\u{1}\nb"), "a\n\nb");
    }

    #[test]
    fn yaml_str_is_one_double_quoted_line() {
        assert_eq!(yaml_str("plain"), "\"plain\"");
        assert_eq!(yaml_str(r#"a "b" \c"#), r#""a \"b\" \\c""#);
        assert_eq!(yaml_str("---\nkey: value"), r#""---\nkey: value""#);
        assert_eq!(yaml_str("\t\r\0\u{7}"), r#""\t\r\0\u0007""#);
        assert_eq!(
            yaml_str("\u{85}\u{2028}\u{FEFF}"),
            r#""\u0085\u2028\uFEFF""#
        );
        assert_eq!(yaml_str("Équipe 🚀"), "\"Équipe 🚀\"");
        assert!(!yaml_str("a\nb\rc").contains('\n'));
    }

    #[test]
    fn link_dest_percent_encodes() {
        assert_eq!(link_dest("0003-use-vms.md"), "0003-use-vms.md");
        assert_eq!(link_dest("a b(c).md"), "a%20b%28c%29.md");
        assert_eq!(link_dest("é<>\\"), "%C3%A9%3C%3E%5C");
    }

    #[test]
    fn autolink_only_for_clean_web_addresses() {
        assert_eq!(
            autolink(" https://example.com/a_b?c=d "),
            Some("<https://example.com/a_b?c=d>".into())
        );
        assert_eq!(autolink("http://x"), Some("<http://x>".into()));
        assert_eq!(autolink("https://"), None);
        assert_eq!(autolink("https://a b"), None);
        assert_eq!(autolink("https://a>b"), None);
        assert_eq!(autolink("ftp://a"), None);
        assert_eq!(autolink("see https://a"), None);
    }

    #[test]
    fn mermaid_label_cannot_end_the_label() {
        assert_eq!(
            mermaid_label("a \"b\" <c> #d; `e` & [f]\ng"),
            "a #quot;b#quot; #lt;c#gt; #35;d#59; #96;e#96; #amp; [f] g"
        );
    }
}
