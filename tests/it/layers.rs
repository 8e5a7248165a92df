//! The layers inside each crate: no import circle between files. Every crate's `src` (the
//! workspace's `crates/*/src` and the binary's `src`) is read as text; a file's module uses
//! another file's module when its code or its doc comments name a path into it (`crate::…`,
//! `super::…`, `self::…`, a child module by its bare name, grouped `use` forms such as
//! `use super::{a::X, b}` included). Test modules (`#[cfg(test)] mod … { }`), plain
//! comments and string literals are left out. A file using one of its own ancestors
//! (`kit/check.rs` using `super::Kit`) is how Rust nests modules and is not counted.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// Module path (`kit::check`, `""` for the crate root) → its file.
type Files = BTreeMap<String, PathBuf>;
/// Module → the modules it uses, each with the first line that does.
type Graph = BTreeMap<String, BTreeMap<String, usize>>;

#[test]
fn no_import_circle_between_files() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut dirs = vec![root.join("src")];
    let crates = std::fs::read_dir(root.join("crates")).map_or_else(
        |_| Vec::new(),
        |d| {
            d.filter_map(|e| e.ok().map(|e| e.path().join("src")))
                .collect()
        },
    );
    dirs.extend(crates.into_iter().filter(|d| d.is_dir()));
    dirs.sort();
    let mut found = Vec::new();
    for dir in &dirs {
        let files = module_files(dir);
        let graph = graph(&files);
        for circle in circles(&graph) {
            let steps: Vec<String> = circle
                .windows(2)
                .map(|w| {
                    let line = graph.get(&w[0]).and_then(|e| e.get(&w[1])).unwrap_or(&0);
                    let file = files.get(&w[0]).map_or(Path::new(""), |f| f.as_path());
                    let file = file.strip_prefix(root).unwrap_or(file);
                    format!(
                        "  {} uses {} ({}:{line})",
                        name(&w[0]),
                        name(&w[1]),
                        file.display()
                    )
                })
                .collect();
            let dir = dir.strip_prefix(root).unwrap_or(dir);
            found.push(format!("{}:\n{}", dir.display(), steps.join("\n")));
        }
    }
    assert!(
        found.is_empty(),
        "import circles between files:\n{}",
        found.join("\n")
    );
}

#[test]
fn the_scanner_reads_grouped_uses_and_skips_tests_comments_and_strings() {
    let files: Files = ["", "a", "b", "b::c", "d", "e"]
        .into_iter()
        .map(|m| (m.to_owned(), PathBuf::from(m)))
        .collect();
    let source = "use crate::{a::X, b::{c::{self, Y}}};\n\
        // crate::e in a plain comment\n\
        /// See [`crate::d::Z`].\n\
        const S: &str = \"crate::e\";\n\
        mod inner { use super::super::super::d; }\n\
        #[cfg(test)]\nmod tests { use crate::e; }\n";
    let mut uses: Vec<String> = references("b::c", source, &files)
        .into_iter()
        .map(|(m, _)| m)
        .collect();
    uses.sort();
    uses.dedup();
    assert_eq!(uses, ["a", "b::c", "d"]);
    let graph: Graph = [
        ("a", vec!["b"]),
        ("b", vec!["b::c"]),
        ("b::c", vec!["a"]),
        ("d", vec!["a"]),
    ]
    .into_iter()
    .map(|(m, to)| {
        (
            m.to_owned(),
            to.into_iter().map(|t| (t.to_owned(), 1)).collect(),
        )
    })
    .collect();
    assert_eq!(circles(&graph), [vec!["a", "b", "b::c", "a"]]);
}

fn name(module: &str) -> &str {
    if module.is_empty() {
        "the crate root"
    } else {
        module
    }
}

/// Every `.rs` file under `dir`, by module path.
fn module_files(dir: &Path) -> Files {
    let mut out = Files::new();
    let mut todo = vec![dir.to_owned()];
    while let Some(d) = todo.pop() {
        let Ok(entries) = std::fs::read_dir(&d) else {
            continue;
        };
        for path in entries.filter_map(|e| e.ok().map(|e| e.path())) {
            if path.is_dir() {
                todo.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                let rel = path.strip_prefix(dir).unwrap_or(&path).with_extension("");
                let mut segs: Vec<String> = rel
                    .components()
                    .map(|c| c.as_os_str().to_string_lossy().into_owned())
                    .collect();
                if segs.last().is_some_and(|s| s == "mod")
                    || (segs.len() == 1 && (segs[0] == "lib" || segs[0] == "main"))
                {
                    segs.pop();
                }
                out.insert(segs.join("::"), path);
            }
        }
    }
    out
}

/// The file-level graph of one crate.
fn graph(files: &Files) -> Graph {
    let mut g = Graph::new();
    for (module, path) in files {
        let source = std::fs::read_to_string(path).unwrap_or_default();
        let edges = g.entry(module.clone()).or_default();
        for (to, line) in references(module, &source, files) {
            let is_ancestor = to.is_empty() || module.starts_with(&format!("{to}::"));
            if to != *module && !is_ancestor {
                edges.entry(to).or_insert(line);
            }
        }
    }
    g
}

/// The file modules that `source` (the file of `module`) names, with the line of each.
fn references(module: &str, source: &str, files: &Files) -> Vec<(String, usize)> {
    let code = code_of(source);
    let tokens = tokens(&code);
    let here: Vec<&str> = module.split("::").filter(|s| !s.is_empty()).collect();
    let mut out = Vec::new();
    // Inline modules open around the current token: (name, brace depth inside it).
    let mut inline: Vec<(&str, usize)> = Vec::new();
    let mut depth: usize = 0;
    let mut skip_until: Option<usize> = None;
    let mut i = 0;
    while i < tokens.len() {
        let (tok, line) = tokens[i];
        let prev = i.checked_sub(1).map(|k| tokens[k].0);
        match tok {
            "{" => depth += 1,
            "}" => {
                depth = depth.saturating_sub(1);
                if inline.last().is_some_and(|&(_, d)| d > depth) {
                    inline.pop();
                }
                if skip_until.is_some_and(|d| depth < d) {
                    skip_until = None;
                }
            }
            "#" if is_cfg_test_mod(&tokens[i..]) => {
                // `#[cfg(test)] mod name {`: left out up to its closing brace.
                i += 9;
                depth += 1;
                skip_until = Some(depth);
            }
            "mod" if tokens.get(i + 2).is_some_and(|t| t.0 == "{") => {
                if let Some(&(name, _)) = tokens.get(i + 1) {
                    inline.push((name, depth + 1));
                }
            }
            _ if skip_until.is_none() && prev != Some("::") && is_ident(tok) => {
                let mut scope: Vec<&str> = here.clone();
                scope.extend(inline.iter().map(|&(n, _)| n));
                if tokens.get(i + 1).is_some_and(|t| t.0 == "::") {
                    let (paths, next) = use_tree(&tokens, i);
                    for path in paths {
                        if let Some(m) = resolve(&scope, &path, files) {
                            out.push((m, line));
                        }
                    }
                    i = next;
                    continue;
                }
            }
            _ => {}
        }
        i += 1;
    }
    out
}

/// Whether the tokens start with `#[cfg(test)] mod name {`.
fn is_cfg_test_mod(tokens: &[(&str, usize)]) -> bool {
    let words: Vec<&str> = tokens.iter().take(10).map(|t| t.0).collect();
    words.len() == 10
        && words[..8] == ["#", "[", "cfg", "(", "test", ")", "]", "mod"]
        && words[9] == "{"
}

/// The paths a path or a `use` tree starting at `tokens[i]` names (a group `{a, b::c}`
/// gives one path per leaf), and the index after it.
fn use_tree<'s>(tokens: &[(&'s str, usize)], mut i: usize) -> (Vec<Vec<&'s str>>, usize) {
    let mut prefix = Vec::new();
    while let Some(&(tok, _)) = tokens.get(i) {
        if tok == "{" {
            let mut paths = Vec::new();
            i += 1;
            while let Some(&(t, _)) = tokens.get(i) {
                match t {
                    "}" => {
                        i += 1;
                        break;
                    }
                    "," => i += 1,
                    _ => {
                        let (inner, next) = use_tree(tokens, i);
                        for p in inner {
                            let mut full = prefix.clone();
                            full.extend(p);
                            paths.push(full);
                        }
                        i = next.max(i + 1);
                    }
                }
            }
            return (paths, i);
        }
        if !is_ident(tok) && tok != "*" {
            break;
        }
        prefix.push(tok);
        i += 1;
        if tokens.get(i).is_some_and(|t| t.0 == "::") {
            i += 1;
        } else {
            break;
        }
    }
    (vec![prefix], i)
}

/// The file module a path seen in `scope` lands in, if any: the longest prefix of the
/// absolute path that is a file.
fn resolve(scope: &[&str], path: &[&str], files: &Files) -> Option<String> {
    let (mut base, rest): (Vec<&str>, &[&str]) = match path.first() {
        Some(&"crate") => (Vec::new(), &path[1..]),
        Some(&"self") => (scope.to_vec(), &path[1..]),
        Some(&"super") => {
            let mut base = scope.to_vec();
            let mut k = 0;
            while path.get(k) == Some(&"super") {
                base.pop();
                k += 1;
            }
            (base, &path[k..])
        }
        // A bare name: a child module of the current one (else another crate or a type).
        Some(first) => {
            let mut child = scope.to_vec();
            child.push(first);
            if !files.contains_key(&child.join("::")) {
                return None;
            }
            (scope.to_vec(), path)
        }
        None => return None,
    };
    base.extend(rest.iter().filter(|s| **s != "self" && **s != "*"));
    (1..=base.len())
        .rev()
        .map(|k| base[..k].join("::"))
        .find(|m| files.contains_key(m))
        .or_else(|| Some(String::new()))
}

fn is_ident(tok: &str) -> bool {
    tok.chars()
        .next()
        .is_some_and(|c| c.is_alphabetic() || c == '_')
}

/// `source` without plain comments, block comments, string and character literals: doc
/// comments (`///`, `//!`) stay, since rustdoc resolves their links.
fn code_of(source: &str) -> String {
    let chars: Vec<char> = source.chars().collect();
    let mut out = String::with_capacity(source.len());
    let mut i = 0;
    let at = |i: usize, s: &str| {
        s.chars()
            .enumerate()
            .all(|(k, c)| chars.get(i + k) == Some(&c))
    };
    while i < chars.len() {
        let c = chars[i];
        if at(i, "///") || at(i, "//!") {
            i += 3;
        } else if at(i, "//") {
            while i < chars.len() && chars[i] != '\n' {
                i += 1;
            }
        } else if at(i, "/*") {
            let mut nest = 0;
            while i < chars.len() {
                if at(i, "/*") {
                    nest += 1;
                    i += 2;
                } else if at(i, "*/") {
                    nest -= 1;
                    i += 2;
                    if nest == 0 {
                        break;
                    }
                } else {
                    keep_newline(&mut out, chars[i]);
                    i += 1;
                }
            }
        } else if c == 'r'
            && (at(i + 1, "\"") || at(i + 1, "#\"") || at(i + 1, "##"))
            && !chars
                .get(i.wrapping_sub(1))
                .is_some_and(|p| p.is_alphanumeric() || *p == '_')
        {
            let hashes = chars[i + 1..].iter().take_while(|&&h| h == '#').count();
            let close: String = std::iter::once('"')
                .chain("#".repeat(hashes).chars())
                .collect();
            i += 2 + hashes;
            while i < chars.len() && !at(i, &close) {
                keep_newline(&mut out, chars[i]);
                i += 1;
            }
            i += close.len();
            out.push_str("\"\"");
        } else if c == '"' {
            i += 1;
            while i < chars.len() && chars[i] != '"' {
                if chars[i] == '\\' {
                    i += 1;
                }
                if let Some(&ch) = chars.get(i) {
                    keep_newline(&mut out, ch);
                }
                i += 1;
            }
            i += 1;
            out.push_str("\"\"");
        } else if c == '\'' && (chars.get(i + 2) == Some(&'\'') || chars.get(i + 1) == Some(&'\\'))
        {
            // A character literal ('{', '\n', '\''); a lifetime has no closing quote there.
            i += 2;
            while i < chars.len() && chars[i] != '\'' {
                i += 1;
            }
            i += 1;
            out.push_str("' '");
        } else {
            out.push(c);
            i += 1;
        }
    }
    out
}

fn keep_newline(out: &mut String, c: char) {
    if c == '\n' {
        out.push('\n');
    }
}

/// Identifiers, `::`, and single punctuation characters, each with its line.
fn tokens(code: &str) -> Vec<(&str, usize)> {
    let mut out = Vec::new();
    let mut line = 1;
    let bytes = code.as_bytes();
    let mut i = 0;
    while i < code.len() {
        let c = bytes[i];
        if c == b'\n' {
            line += 1;
            i += 1;
        } else if c.is_ascii_alphabetic() || c == b'_' || c >= 0x80 {
            let start = i;
            while i < code.len()
                && (bytes[i].is_ascii_alphanumeric() || bytes[i] == b'_' || bytes[i] >= 0x80)
            {
                i += 1;
            }
            out.push((&code[start..i], line));
        } else if code[i..].starts_with("::") {
            out.push(("::", line));
            i += 2;
        } else if c.is_ascii_whitespace() || c.is_ascii_digit() {
            i += 1;
        } else {
            out.push((&code[i..=i], line));
            i += 1;
        }
    }
    out
}

/// Every circle (strongly connected group of two or more modules), each as one closed walk
/// through all of it (`[a, b, a]`), found by Tarjan's algorithm.
fn circles(g: &Graph) -> Vec<Vec<String>> {
    struct Tarjan<'g> {
        g: &'g Graph,
        index: BTreeMap<&'g str, usize>,
        low: BTreeMap<&'g str, usize>,
        stack: Vec<&'g str>,
        on: BTreeSet<&'g str>,
        groups: Vec<Vec<&'g str>>,
    }
    impl<'g> Tarjan<'g> {
        fn visit(&mut self, v: &'g str) {
            let n = self.index.len();
            self.index.insert(v, n);
            self.low.insert(v, n);
            self.stack.push(v);
            self.on.insert(v);
            for w in self.g.get(v).into_iter().flat_map(BTreeMap::keys) {
                let w = w.as_str();
                if !self.index.contains_key(w) {
                    self.visit(w);
                    let lw = self.low[w];
                    let lv = self.low.entry(v).or_default();
                    *lv = (*lv).min(lw);
                } else if self.on.contains(w) {
                    let iw = self.index[w];
                    let lv = self.low.entry(v).or_default();
                    *lv = (*lv).min(iw);
                }
            }
            if self.low[v] == self.index[v] {
                let mut group = Vec::new();
                while let Some(w) = self.stack.pop() {
                    self.on.remove(w);
                    group.push(w);
                    if w == v {
                        break;
                    }
                }
                if group.len() > 1 {
                    group.sort_unstable();
                    self.groups.push(group);
                }
            }
        }
    }
    let mut t = Tarjan {
        g,
        index: BTreeMap::new(),
        low: BTreeMap::new(),
        stack: Vec::new(),
        on: BTreeSet::new(),
        groups: Vec::new(),
    };
    for v in g.keys() {
        if !t.index.contains_key(v.as_str()) {
            t.visit(v);
        }
    }
    t.groups.iter().map(|group| walk(g, group)).collect()
}

/// A closed walk from the group's first module through the group, as short as a greedy
/// search finds: the circle to break.
fn walk(g: &Graph, group: &[&str]) -> Vec<String> {
    let inside: BTreeSet<&str> = group.iter().copied().collect();
    let start = group[0];
    // Breadth-first back to `start`.
    let mut came_from: BTreeMap<&str, &str> = BTreeMap::new();
    let mut queue = std::collections::VecDeque::from([start]);
    while let Some(v) = queue.pop_front() {
        for w in g.get(v).into_iter().flat_map(BTreeMap::keys) {
            let w = w.as_str();
            if w == start {
                let mut path = vec![start.to_owned()];
                let mut at = v;
                while at != start {
                    path.push(at.to_owned());
                    at = came_from.get(at).copied().unwrap_or(start);
                }
                path.push(start.to_owned());
                path.reverse();
                return path;
            }
            if inside.contains(w) && !came_from.contains_key(w) {
                came_from.insert(w, v);
                queue.push_back(w);
            }
        }
    }
    group.iter().map(|s| (*s).to_owned()).collect()
}
