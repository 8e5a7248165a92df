//! Finds where something sits in a RON source, so that a problem found after parsing (a
//! duplicated id, a dangling reference, an empty string, an out-of-range number) can still be
//! reported at a `line:column`, like a syntax error.
//!
//! Everything is found in one pass over the source ([`Index::new`]): every string literal
//! with its offsets, the path of every value (`criteria[0].name.en`), the fields of every
//! struct and the keys of every map (to warn about unknown fields and duplicate keys), and a
//! line-start table that turns an offset into a position by binary search. Looking a
//! problem up is then cheap, however many problems a file has.
//!
//! The pass stops at the first bracket opened deeper than [`MAX_NESTING`], the depth past
//! which the loaders refuse a file ([`Index::too_deep`]); a field's or key's name is kept in
//! paths only up to [`MAX_NAME_IN_PATH`] bytes and paths only up to [`MAX_PATH`]: what it
//! keeps per value stays bounded whatever the file, so the pass stays linear in its size.

use std::collections::{HashMap, HashSet};

/// The deepest nesting of brackets indexed: ron's recursion limit (`ron::Options`' default,
/// which every loader uses). Each bracket costs ron at least one level, so a file nested
/// deeper is one the loaders refuse as "nested too deeply".
pub const MAX_NESTING: usize = 128;

/// The longest field name or map key kept whole in a value's path; a longer one is cut
/// (its value's position can then only be found by its literal). Real ids are far shorter.
pub const MAX_NAME_IN_PATH: usize = 256;

/// The longest path recorded (the kit's and a session's longest are under 60 bytes). A value
/// whose path would be longer gets the path `…` (its children `…[0]`, `….x`): it is not found
/// by its real path and its fields are not judged unknown, and what is kept per value stays
/// bounded.
pub const MAX_PATH: usize = 320;

/// The path given to values past [`MAX_PATH`].
const TOO_LONG: &str = "\u{2026}";

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

    /// The position of a byte offset in `source`. Scans the source: to place many offsets,
    /// build an [`Index`] once.
    pub fn of_offset(source: &str, offset: usize) -> Pos {
        Lines::new(source).pos(offset)
    }
}

/// Line starts and multi-byte characters: offset → line:column in logarithmic time.
#[derive(Debug, Clone, Default)]
struct Lines {
    /// Byte offset where each line starts; the first is 0.
    starts: Vec<usize>,
    /// For each multi-byte character: its offset, and the extra bytes (beyond one per
    /// character) of all multi-byte characters up to and including it.
    wide: Vec<(usize, usize)>,
    /// The source's length.
    len: usize,
}

impl Lines {
    fn new(source: &str) -> Lines {
        let mut starts = vec![0];
        let mut wide = Vec::new();
        let mut extra = 0;
        for (i, &b) in source.as_bytes().iter().enumerate() {
            if b == b'\n' {
                starts.push(i + 1);
            } else if b >= 0xC0 {
                extra += match b {
                    0xC0..=0xDF => 1,
                    0xE0..=0xEF => 2,
                    _ => 3,
                };
                wide.push((i, extra));
            }
        }
        Lines {
            starts,
            wide,
            len: source.len(),
        }
    }

    /// Extra bytes of the multi-byte characters that start before `offset`.
    fn extra_before(&self, offset: usize) -> usize {
        match self.wide.partition_point(|&(o, _)| o < offset) {
            0 => 0,
            n => self.wide.get(n - 1).map_or(0, |&(_, e)| e),
        }
    }

    fn pos(&self, offset: usize) -> Pos {
        let offset = offset.min(self.len);
        let line = self.starts.partition_point(|&s| s <= offset).max(1);
        let start = self.starts.get(line - 1).copied().unwrap_or(0);
        let bytes = offset - start;
        let column = bytes - (self.extra_before(offset) - self.extra_before(start)) + 1;
        Pos { line, column }
    }
}

/// A struct field or map key as written, with where it is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Key {
    /// The path of the struct or map holding it, with sequence indices and map keys written
    /// `[]` (`criteria[].name`), so that it can be compared with a schema.
    pub parent: String,
    /// The field name, or the map key as written (with its quotes).
    pub name: String,
    /// Its byte offset.
    pub offset: usize,
    /// Whether it is a struct field (else a map key).
    pub field: bool,
}

/// Everything [`Index::new`] finds in one pass over a RON source.
#[derive(Debug, Clone, Default)]
pub struct Index {
    lines: Lines,
    /// String literal value → byte offsets of its opening quote, in order.
    literals: HashMap<String, Vec<usize>>,
    /// Value path → byte offset of its first token (`criteria[0].name.en`,
    /// `weights["startup-time"]`).
    values: HashMap<String, usize>,
    /// Every struct field and map key.
    keys: Vec<Key>,
    /// Struct fields and map keys given twice in the same struct or map (the second one).
    duplicates: Vec<Key>,
    /// The byte offset of the first bracket opened deeper than [`MAX_NESTING`], where the
    /// pass stopped.
    too_deep: Option<usize>,
    /// The byte range of every bare scalar (a number, `true`, `NaN`, an enum variant), in
    /// order.
    bare: Vec<(usize, usize)>,
}

/// What kind of bracket a container was opened with.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    /// `( … )`: a struct, tuple, `Some(…)` or named struct.
    Paren,
    /// `[ … ]`.
    Seq,
    /// `{ … }`.
    Map,
}

#[derive(Debug)]
struct Frame {
    kind: Kind,
    path: String,
    norm: String,
    field: Option<String>,
    index: usize,
    key: Option<String>,
    expecting_key: bool,
    seen: HashSet<String>,
}

impl Frame {
    fn new(kind: Kind, path: String, norm: String) -> Frame {
        Frame {
            kind,
            path,
            norm,
            field: None,
            index: 0,
            key: None,
            expecting_key: kind == Kind::Map,
            seen: HashSet::new(),
        }
    }

    /// The path and normalized path of the value that starts here now.
    fn child(&self) -> (String, String) {
        let join = |base: &str, name: &str| {
            if base.is_empty() {
                name.to_owned()
            } else {
                format!("{base}.{name}")
            }
        };
        match self.kind {
            Kind::Paren => match &self.field {
                Some(f) => (join(&self.path, f), join(&self.norm, f)),
                // A tuple: `Some(x)` or a newtype is transparent; other elements are numbered.
                None if self.index == 0 => (self.path.clone(), self.norm.clone()),
                None => {
                    let n = self.index.to_string();
                    (join(&self.path, &n), join(&self.norm, &n))
                }
            },
            Kind::Seq => (
                format!("{}[{}]", self.path, self.index),
                format!("{}[]", self.norm),
            ),
            Kind::Map => (
                format!("{}[{}]", self.path, self.key.as_deref().unwrap_or("")),
                format!("{}[]", self.norm),
            ),
        }
    }
}

const STRUCTURAL: &[u8] = b"()[]{},:\"'/";

impl Index {
    /// Reads `source` once. Never fails: text that is not valid RON is indexed as well as it
    /// can be (positions are only ever hints next to a message).
    pub fn new(source: &str) -> Index {
        let mut ix = Index {
            lines: Lines::new(source),
            ..Index::default()
        };
        let bytes = source.as_bytes();
        let mut stack: Vec<Frame> = Vec::new();
        let mut i = 0;
        while let Some(&b) = bytes.get(i) {
            match b {
                b' ' | b'\t' | b'\r' | b'\n' => i += 1,
                b'/' if bytes.get(i + 1) == Some(&b'/') => {
                    i = find_from(bytes, i, b"\n").map_or(bytes.len(), |e| e + 1);
                }
                b'/' if bytes.get(i + 1) == Some(&b'*') => {
                    i = find_from(bytes, i + 2, b"*/").map_or(bytes.len(), |e| e + 2);
                }
                b'"' => {
                    let (end, value) = string_literal(source, i);
                    ix.literals.entry(value).or_default().push(i);
                    ix.scalar(&mut stack, source, i, end);
                    i = end;
                }
                b'\'' => {
                    let end = char_literal(bytes, i);
                    ix.scalar(&mut stack, source, i, end);
                    i = end;
                }
                b'(' | b'[' | b'{' if stack.len() >= MAX_NESTING => {
                    ix.too_deep = Some(i);
                    break;
                }
                b'(' | b'[' | b'{' => {
                    let kind = match b {
                        b'(' => Kind::Paren,
                        b'[' => Kind::Seq,
                        _ => Kind::Map,
                    };
                    let (path, norm) = ix.open_value(&mut stack, source, i, i + 1);
                    stack.push(Frame::new(kind, path, norm));
                    i += 1;
                }
                b')' | b']' | b'}' => {
                    stack.pop();
                    i += 1;
                }
                b',' => {
                    if let Some(f) = stack.last_mut() {
                        f.index += 1;
                        f.field = None;
                        f.key = None;
                        f.expecting_key = f.kind == Kind::Map;
                    }
                    i += 1;
                }
                b':' => {
                    if let Some(f) = stack.last_mut()
                        && f.kind == Kind::Map
                    {
                        f.expecting_key = false;
                    }
                    i += 1;
                }
                b'/' => i += 1,
                _ => {
                    let start = i;
                    // Raw strings: r"…", r#"…"#.
                    if b == b'r' && matches!(bytes.get(i + 1), Some(b'"' | b'#')) {
                        let (end, value) = raw_string(source, i);
                        if end > i + 1 {
                            ix.literals.entry(value).or_default().push(i);
                            ix.scalar(&mut stack, source, i, end);
                            i = end;
                            continue;
                        }
                    }
                    while let Some(&c) = bytes.get(i) {
                        if c.is_ascii_whitespace() || STRUCTURAL.contains(&c) {
                            break;
                        }
                        i += 1;
                    }
                    let word = source.get(start..i).unwrap_or("");
                    let next = skip_blank(bytes, i);
                    let in_struct = stack
                        .last()
                        .is_some_and(|f| f.kind == Kind::Paren && f.field.is_none());
                    if in_struct && bytes.get(next) == Some(&b':') && is_ident(word) {
                        ix.field(&mut stack, word, start);
                        i = next + 1;
                    } else if bytes.get(next) == Some(&b'(')
                        && is_ident(word)
                        && stack.len() >= MAX_NESTING
                    {
                        ix.too_deep = Some(next);
                        break;
                    } else if bytes.get(next) == Some(&b'(') && is_ident(word) {
                        // `Some(…)`, a named struct or an enum variant: the parenthesis is
                        // this value.
                        let (path, norm) = ix.open_value(&mut stack, source, start, next + 1);
                        stack.push(Frame::new(Kind::Paren, path, norm));
                        i = next + 1;
                    } else {
                        let end = i.max(start + 1);
                        ix.bare.push((start, end));
                        ix.scalar(&mut stack, source, start, end);
                        i = end;
                    }
                }
            }
        }
        ix
    }

    /// A struct field name at `offset`.
    fn field(&mut self, stack: &mut [Frame], name: &str, offset: usize) {
        // `r#override` and `override` are the same field.
        let name = cut(name.strip_prefix("r#").unwrap_or(name));
        if let Some(f) = stack.last_mut() {
            let key = Key {
                parent: f.norm.clone(),
                name: name.to_owned(),
                offset,
                field: true,
            };
            if !f.seen.insert(name.to_owned()) {
                self.duplicates.push(key.clone());
            }
            self.keys.push(key);
            f.field = Some(name.to_owned());
        }
    }

    /// A value starts at `start` (its first token ends at `end`); returns its path. In a map
    /// expecting a key, the token is the key.
    fn open_value(
        &mut self,
        stack: &mut [Frame],
        source: &str,
        start: usize,
        end: usize,
    ) -> (String, String) {
        if let Some(f) = stack.last_mut()
            && f.kind == Kind::Map
            && f.expecting_key
        {
            let name = cut(source.get(start..end).unwrap_or("")).to_owned();
            let key = Key {
                parent: f.norm.clone(),
                name: name.clone(),
                offset: start,
                field: false,
            };
            if !f.seen.insert(name.clone()) {
                self.duplicates.push(key.clone());
            }
            self.keys.push(key);
            f.key = Some(name);
            f.expecting_key = false;
            return (String::new(), String::new());
        }
        let (path, norm) = stack
            .last()
            .map_or((String::new(), String::new()), Frame::child);
        if path.len() > MAX_PATH || norm.len() > MAX_PATH {
            return (TOO_LONG.to_owned(), TOO_LONG.to_owned());
        }
        if !path.starts_with(TOO_LONG) {
            self.values.entry(path.clone()).or_insert(start);
        }
        (path, norm)
    }

    fn scalar(&mut self, stack: &mut [Frame], source: &str, start: usize, end: usize) {
        self.open_value(stack, source, start, end);
    }

    /// Where the source nests brackets deeper than [`MAX_NESTING`] (the first bracket too
    /// many), if it does; the index holds nothing after that point.
    pub fn too_deep(&self) -> Option<Pos> {
        self.too_deep.map(|o| self.pos(o))
    }

    /// The byte range of every bare scalar (a number, `true`, `NaN`, an enum variant's name),
    /// in order; string and char literals are not included.
    pub fn bare_scalars(&self) -> &[(usize, usize)] {
        &self.bare
    }

    /// The position of a byte offset.
    pub fn pos(&self, offset: usize) -> Pos {
        self.lines.pos(offset)
    }

    /// Byte offsets of every string literal whose value is `value`, in order.
    pub fn literal_offsets(&self, value: &str) -> &[usize] {
        self.literals.get(value).map_or(&[], Vec::as_slice)
    }

    /// The position of the `nth` (0-based) string literal whose value is `value`.
    pub fn nth_literal(&self, value: &str, nth: usize) -> Option<Pos> {
        self.literal_offsets(value).get(nth).map(|&o| self.pos(o))
    }

    /// The position of the first string literal `value` at or after byte offset `from`.
    pub fn literal_after(&self, value: &str, from: usize) -> Option<Pos> {
        let offsets = self.literal_offsets(value);
        offsets
            .get(offsets.partition_point(|&o| o < from))
            .map(|&o| self.pos(o))
    }

    /// The position of the value at `path` (`criteria[0].name.en`, `weights["a"]`).
    pub fn value(&self, path: &str) -> Option<Pos> {
        self.values.get(path).map(|&o| self.pos(o))
    }

    /// The byte offset of the value at `path`.
    pub fn value_offset(&self, path: &str) -> Option<usize> {
        self.values.get(path).copied()
    }

    /// Every struct field and map key, in order.
    pub fn keys(&self) -> &[Key] {
        &self.keys
    }

    /// Struct fields and map keys given a second time in the same struct or map.
    pub fn duplicates(&self) -> &[Key] {
        &self.duplicates
    }

    /// The known struct fields of a reference source (a serialized value holding every
    /// field): normalized parent path → field names. See [`Index::unknown_fields`].
    pub fn schema(&self) -> HashMap<String, HashSet<String>> {
        let mut schema: HashMap<String, HashSet<String>> = HashMap::new();
        for k in self.keys.iter().filter(|k| k.field) {
            schema
                .entry(k.parent.clone())
                .or_default()
                .insert(k.name.clone());
        }
        schema
    }

    /// Struct fields that `schema` does not list for their struct. Structs the schema does
    /// not know at all (the inside of a map's values, say) are not judged.
    pub fn unknown_fields<'a>(
        &'a self,
        schema: &'a HashMap<String, HashSet<String>>,
    ) -> impl Iterator<Item = &'a Key> + 'a {
        self.keys.iter().filter(move |k| {
            k.field
                && schema
                    .get(&k.parent)
                    .is_some_and(|known| !known.contains(&k.name))
        })
    }
}

/// `name` cut to at most [`MAX_NAME_IN_PATH`] bytes (on a character boundary).
fn cut(name: &str) -> &str {
    let mut end = name.len().min(MAX_NAME_IN_PATH);
    while !name.is_char_boundary(end) {
        end -= 1;
    }
    name.get(..end).unwrap_or("")
}

/// The first occurrence of `needle` in `bytes` at or after `from`.
fn find_from(bytes: &[u8], from: usize, needle: &[u8]) -> Option<usize> {
    bytes
        .get(from..)?
        .windows(needle.len())
        .position(|w| w == needle)
        .map(|p| p + from)
}

/// The offset of the next byte that is not white space.
fn skip_blank(bytes: &[u8], mut i: usize) -> usize {
    while bytes.get(i).is_some_and(u8::is_ascii_whitespace) {
        i += 1;
    }
    i
}

fn is_ident(word: &str) -> bool {
    let mut chars = word.chars();
    chars
        .next()
        .is_some_and(|c| c.is_alphabetic() || c == '_' || c == '#')
        && chars.all(|c| c.is_alphanumeric() || c == '_' || c == '#')
}

/// The string literal opening at `start`: the offset just after it, and its value (escapes
/// decoded; a malformed escape is kept as written).
fn string_literal(source: &str, start: usize) -> (usize, String) {
    let mut value = String::new();
    let mut chars = source.get(start + 1..).unwrap_or("").char_indices();
    while let Some((i, c)) = chars.next() {
        match c {
            '"' => return (start + 1 + i + 1, value),
            '\\' => match chars.next() {
                Some((_, 'n')) => value.push('\n'),
                Some((_, 't')) => value.push('\t'),
                Some((_, 'r')) => value.push('\r'),
                Some((_, '0')) => value.push('\0'),
                Some((_, 'b')) => value.push('\u{8}'),
                Some((_, 'f')) => value.push('\u{c}'),
                Some((_, 'u')) => {
                    let rest = chars.as_str();
                    let decoded = rest
                        .strip_prefix('{')
                        .and_then(|r| r.split_once('}'))
                        .filter(|(hex, _)| hex.len() <= 6)
                        .and_then(|(hex, _)| u32::from_str_radix(hex, 16).ok())
                        .and_then(char::from_u32);
                    match decoded {
                        Some(ch) => {
                            value.push(ch);
                            for (_, c) in chars.by_ref() {
                                if c == '}' {
                                    break;
                                }
                            }
                        }
                        None => value.push_str("\\u"),
                    }
                }
                Some((_, 'x')) => {
                    let rest = chars.as_str();
                    match rest
                        .get(..2)
                        .and_then(|h| u8::from_str_radix(h, 16).ok())
                        .filter(u8::is_ascii)
                    {
                        Some(b) => {
                            value.push(char::from(b));
                            chars.next();
                            chars.next();
                        }
                        None => value.push_str("\\x"),
                    }
                }
                Some((_, other)) => value.push(other),
                None => break,
            },
            c => value.push(c),
        }
    }
    (source.len(), value)
}

/// The raw string `r"…"` or `r#"…"#` at `start`: the offset after it and its value; `start`
/// itself when it is not one.
fn raw_string(source: &str, start: usize) -> (usize, String) {
    let bytes = source.as_bytes();
    let mut i = start + 1;
    let mut hashes = 0;
    while bytes.get(i) == Some(&b'#') {
        hashes += 1;
        i += 1;
    }
    if bytes.get(i) != Some(&b'"') {
        return (start, String::new());
    }
    let mut close = vec![b'"'];
    close.extend(std::iter::repeat_n(b'#', hashes));
    match find_from(bytes, i + 1, &close) {
        Some(end) => (
            end + close.len(),
            source.get(i + 1..end).unwrap_or("").to_owned(),
        ),
        None => (source.len(), source.get(i + 1..).unwrap_or("").to_owned()),
    }
}

/// The char literal at `start`: the offset after it.
fn char_literal(bytes: &[u8], start: usize) -> usize {
    let mut i = start + 1;
    if bytes.get(i) == Some(&b'\\') {
        i += 2;
    }
    match find_from(bytes, i, b"'") {
        Some(end) if end - start <= 12 => end + 1,
        _ => start + 1,
    }
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
        let s = "é\"x\"\nü\"y\" \"z\"";
        let ix = Index::new(s);
        assert_eq!(ix.nth_literal("x", 0), Some(Pos { line: 1, column: 2 }));
        assert_eq!(ix.nth_literal("z", 0), Some(Pos { line: 2, column: 6 }));
    }

    #[test]
    fn finds_nth_literal() {
        let s = "(id: \"a\")\n(id: \"a\")";
        let ix = Index::new(s);
        assert_eq!(ix.nth_literal("a", 1), Some(Pos { line: 2, column: 6 }));
        assert_eq!(ix.nth_literal("a", 2), None);
        assert_eq!(ix.literal_after("a", 6), Some(Pos { line: 2, column: 6 }));
    }

    #[test]
    fn literals_are_decoded_and_comments_skipped() {
        let s = "// \"a\"\n/* \"a\" */ [\"a\", \"\\u{1b}]0\\\"\", r#\"a\"#]";
        let ix = Index::new(s);
        assert_eq!(ix.literal_offsets("a").len(), 2);
        assert_eq!(
            ix.nth_literal("a", 0),
            Some(Pos {
                line: 2,
                column: 12
            })
        );
        assert_eq!(ix.literal_offsets("\u{1b}]0\"").len(), 1);
    }

    #[test]
    fn values_have_paths() {
        let s = "(\n  a: [(en: \"\"), (en: \"x\")],\n  b: Some((en: \"\")),\n  w: {\"k\": 255},\n)";
        let ix = Index::new(s);
        assert_eq!(
            ix.value("a[0].en"),
            Some(Pos {
                line: 2,
                column: 12
            })
        );
        assert_eq!(
            ix.value("a[1].en"),
            Some(Pos {
                line: 2,
                column: 22
            })
        );
        assert_eq!(
            ix.value("b.en"),
            Some(Pos {
                line: 3,
                column: 16
            })
        );
        assert_eq!(
            ix.value("w[\"k\"]"),
            Some(Pos {
                line: 4,
                column: 12
            })
        );
    }

    #[test]
    fn the_nesting_limit_is_the_loaders_and_the_pass_stops_there() {
        assert_eq!(ron::Options::default().recursion_limit, Some(MAX_NESTING));
        let ok = format!("{}{}", "[".repeat(MAX_NESTING), "]".repeat(MAX_NESTING));
        assert_eq!(Index::new(&ok).too_deep(), None);
        // One more, after a line: found where it is opened, however deep the rest goes.
        let deep = format!("(a: 1,\n b: {})", "Some(".repeat(64 * 1024));
        let at = Index::new(&deep).too_deep();
        assert_eq!(
            at,
            Some(Pos {
                line: 2,
                column: 5 + 5 * MAX_NESTING - 1
            })
        );
        // Nothing the loaders accept is refused: ron stops before this depth.
        let refused = format!("(ticks: {})", "[".repeat(MAX_NESTING));
        assert!(ron::from_str::<ron::Value>(&refused).is_err());
    }

    #[test]
    fn long_names_and_deep_paths_are_not_kept_whole() {
        let key = "k".repeat(100_000);
        let s = format!("{{\"{key}\": [1, 2]}}");
        let ix = Index::new(&s);
        assert!(ix.keys().iter().all(|k| k.name.len() <= MAX_NAME_IN_PATH));
        assert_eq!(ix.bare_scalars().len(), 2);
        let nested = format!("{}1", format!("{{\"{}\": ", "k".repeat(200)).repeat(100));
        let ix = Index::new(&nested);
        assert!(ix.values.keys().all(|p| p.len() <= MAX_PATH));
        assert!(
            ix.keys()
                .iter()
                .all(|k| k.parent.len() <= MAX_PATH + MAX_NAME_IN_PATH + 4)
        );
    }

    #[test]
    fn unknown_fields_and_duplicate_keys_are_found() {
        let reference = Index::new("(a: [(x: 1, y: 2)], m: {})");
        let schema = reference.schema();
        let s = "(a: [(x: 1, z: 2)], m: {\"k\": 1, \"k\": 2}, q: 3, r#a: [])";
        let ix = Index::new(s);
        let unknown: Vec<&str> = ix
            .unknown_fields(&schema)
            .map(|k| k.name.as_str())
            .collect();
        assert_eq!(unknown, ["z", "q"]);
        let dups: Vec<&str> = ix.duplicates().iter().map(|k| k.name.as_str()).collect();
        assert_eq!(dups, ["\"k\"", "a"]);
    }
}
