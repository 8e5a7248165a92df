//! The rules of `CODE_STYLE.md` that a reader can check, checked: no source file over 800 lines
//! of code, and French words only in the French catalog (and the kit's data). The layers'
//! own rule (no arrow from a lower crate to a higher one) is the compiler's: each layer is a
//! crate, and a crate cannot name one that depends on it. The file-level import circles are
//! checked in `layers`.

use std::path::{Path, PathBuf};

/// The most lines of code a source file may hold (blank lines and comments not counted).
const MAX_CODE_LINES: usize = 800;

/// Every `.rs` file under the workspace's sources: the binary's `src/`, each crate's, the
/// tests and the benchmarks.
fn rust_files() -> std::io::Result<Vec<PathBuf>> {
    let mut found = Vec::new();
    let mut dirs: Vec<PathBuf> = ["src", "crates", "tests", "benches", "examples"]
        .iter()
        .map(PathBuf::from)
        .collect();
    while let Some(dir) = dirs.pop() {
        for entry in std::fs::read_dir(&dir)? {
            let path = entry?.path();
            if path.is_dir() {
                if !path.ends_with("target") {
                    dirs.push(path);
                }
            } else if path.extension().is_some_and(|e| e == "rs") {
                found.push(path);
            }
        }
    }
    found.sort();
    Ok(found)
}

/// The lines that are code: not blank, not a `//` comment (doc comments included), not
/// inside a `/* … */` block.
fn code_lines(text: &str) -> Vec<(usize, &str)> {
    let mut in_block = false;
    let mut out = Vec::new();
    for (n, line) in text.lines().enumerate() {
        let t = line.trim();
        if in_block {
            if t.contains("*/") {
                in_block = false;
            }
            continue;
        }
        if t.starts_with("/*") {
            in_block = !t.contains("*/");
            continue;
        }
        if t.is_empty() || t.starts_with("//") {
            continue;
        }
        out.push((n + 1, line));
    }
    out
}

#[test]
fn no_source_file_is_over_800_lines_of_code() -> std::io::Result<()> {
    let mut over = Vec::new();
    for path in rust_files()? {
        let text = std::fs::read_to_string(&path)?;
        let n = code_lines(&text).len();
        if n > MAX_CODE_LINES {
            over.push(format!("{} ({n})", path.display()));
        }
    }
    assert!(
        over.is_empty(),
        "over {MAX_CODE_LINES} lines of code (split along a seam): {over:?}"
    );
    Ok(())
}

#[test]
fn code_lines_skip_blank_lines_and_comments() {
    let text = "// a\n\n/// doc\nfn f() {\n    /* block\n    still */\n    let x = 1; // end\n}\n";
    let lines: Vec<usize> = code_lines(text).iter().map(|(n, _)| *n).collect();
    assert_eq!(lines, [4, 7, 8]);
}

/// The files where French words belong: the French catalog (its sections beside it), and
/// the test code below `#[cfg(test)]`, which checks what French users read.
fn french_belongs(path: &Path) -> bool {
    let p = path.to_string_lossy().replace('\\', "/");
    p.ends_with("/i18n/fr.rs")
        || p.contains("/i18n/fr/")
        || p.starts_with("tests/")
        // French typography: the quotes « » and the spaces around them, no word.
        || p.ends_with("/i18n/typo.rs")
}

/// The letters that mark a word as French in a string literal of the code: accented
/// letters, the French quotes and the ligature. (An English word never has them; a French
/// one without any, « Statut », is not caught: the review is.)
fn looks_french(literal: &str) -> bool {
    literal
        .chars()
        .any(|c| "éèêëàâçùûüîïôœÉÈÊÀÇÔ«»".contains(c))
}

/// The string literals on one line of code (plain `"…"` ones; raw strings are rare in the
/// sources and hold Markdown or RON).
fn literals(line: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut chars = line.chars().peekable();
    let mut prev = ' ';
    while let Some(c) = chars.next() {
        if c == '\'' && prev != '\\' {
            // A char literal ('"' or 'é'): skip it whole; a lifetime has no closing quote
            // within three characters and is passed over by this too.
            let ahead: String = chars.clone().take(3).collect();
            if let Some(end) = ahead.find('\'') {
                for _ in 0..=end {
                    chars.next();
                }
            }
            prev = '\'';
            continue;
        }
        if c == '"' {
            let mut lit = String::new();
            let mut escaped = false;
            for d in chars.by_ref() {
                if escaped {
                    escaped = false;
                } else if d == '\\' {
                    escaped = true;
                } else if d == '"' {
                    break;
                }
                lit.push(d);
            }
            out.push(lit);
            prev = '"';
            continue;
        }
        if c == '/' && chars.peek() == Some(&'/') {
            break;
        }
        prev = c;
    }
    out
}

#[test]
fn french_words_live_in_the_french_catalog() -> std::io::Result<()> {
    let mut found = Vec::new();
    for path in rust_files()? {
        if french_belongs(&path) {
            continue;
        }
        let text = std::fs::read_to_string(&path)?;
        // Unit tests sit at the end of a file, after `#[cfg(test)]`; they check French output.
        let product = text.split("#[cfg(test)]").next().unwrap_or_default();
        for (n, line) in code_lines(product) {
            for lit in literals(line) {
                if looks_french(&lit) {
                    found.push(format!("{}:{n}: {lit:?}", path.display()));
                }
            }
        }
    }
    assert!(
        found.is_empty(),
        "{} French string(s) outside the French catalog:\n{}",
        found.len(),
        found.join("\n")
    );
    Ok(())
}

#[test]
fn literals_are_found_and_comments_and_chars_are_not() {
    assert_eq!(
        literals(r#"let a = "é"; let q = '"'; f("x\"y") // "no""#),
        ["é", "x\\\"y"]
    );
    assert!(looks_french("Décideurs"));
    assert!(!looks_french("Deciders"));
}
