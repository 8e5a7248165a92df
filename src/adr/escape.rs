//! Escaping user text for Markdown and YAML so that it stays text. (Being written.)

/// Text for inside a paragraph, list item or heading: one line, Markdown syntax escaped.
pub fn inline(text: &str) -> String {
    text.replace('\n', " ")
}

/// Text for a table cell: like [`inline`], and `|` escaped.
pub fn cell(text: &str) -> String {
    inline(text).replace('|', "\\|")
}

/// Multi-paragraph text (context, consequences): paragraphs kept, no line can start a heading,
/// list, quote, code fence, HTML block, table or front matter delimiter.
pub fn block(text: &str) -> String {
    text.to_owned()
}

/// A double-quoted YAML scalar.
pub fn yaml_str(text: &str) -> String {
    format!("{text:?}")
}
