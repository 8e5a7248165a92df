//! Detection: finding a repository's ADR log (`.adr-dir`, `doc/adr`, `docs/decisions`, or
//! the folder itself) and reading `.adr-dir` safely.

use std::path::{Component, Path, PathBuf};

use super::names::record_files;
use super::parse::{first_line, nygard_title};
use super::{AdrLog, LogError, LogKind};
use crate::files;

/// Finds the ADR log of a repository, or takes `root` as the log folder itself.
///
/// In order: `root/.adr-dir` (adr-tools; the folder it names, relative to `root`, must stay
/// inside it), `root/doc/adr` (adr-tools), `root/docs/decisions` (MADR), then `root` itself
/// if it holds `NNNN-*.md` records (adr-tools if the first record's first line is
/// `# N. Title`, MADR otherwise). Unlike adr-tools, parent folders are not searched: the
/// user chose this folder.
pub fn detect(root: &Path) -> Result<AdrLog, LogError> {
    if !root.exists() {
        return Err(LogError::MissingRoot(root.to_owned()));
    }
    if !root.is_dir() {
        return Err(LogError::NotAFolder(root.to_owned()));
    }
    let adr_dir = root.join(".adr-dir");
    if adr_dir.is_file() {
        let dir = read_adr_dir(root, &adr_dir)?;
        return Ok(AdrLog {
            dir,
            kind: LogKind::AdrTools,
        });
    }
    let doc_adr = root.join("doc").join("adr");
    if doc_adr.is_dir() {
        return Ok(AdrLog {
            dir: doc_adr,
            kind: LogKind::AdrTools,
        });
    }
    let decisions = root.join("docs").join("decisions");
    if decisions.is_dir() {
        return Ok(AdrLog {
            dir: decisions,
            kind: LogKind::Madr,
        });
    }
    let mut numbered = record_files(root)?.files;
    numbered.sort();
    match numbered.first() {
        Some((_, first)) => {
            let kind = match files::read_to_string_limited(first, crate::kit::MAX_FILE_BYTES) {
                Ok(text) if nygard_title(first_line(&text)).is_some() => LogKind::AdrTools,
                _ => LogKind::Madr,
            };
            Ok(AdrLog {
                dir: root.to_owned(),
                kind,
            })
        }
        None => Err(LogError::NoLog(root.to_owned())),
    }
}

/// Reads `.adr-dir` the way adr-tools does (its whole content, trailing newlines dropped),
/// refusing what would lead outside the repository.
fn read_adr_dir(root: &Path, file: &Path) -> Result<PathBuf, LogError> {
    let bad = |reason: String| LogError::BadAdrDir {
        file: file.to_owned(),
        reason,
    };
    let text =
        files::read_to_string_limited(file, crate::kit::MAX_FILE_BYTES).map_err(|source| {
            LogError::Read {
                path: file.to_owned(),
                source,
            }
        })?;
    let named = text.trim_end_matches(['\n', '\r']).trim();
    if named.is_empty() {
        return Err(bad("it is empty".into()));
    }
    let mut depth: usize = 0;
    for part in Path::new(named).components() {
        match part {
            Component::Prefix(_) | Component::RootDir => {
                return Err(bad(format!("{named:?} is an absolute path")));
            }
            Component::ParentDir => {
                depth = depth
                    .checked_sub(1)
                    .ok_or_else(|| bad(format!("{named:?} leads outside the repository")))?;
            }
            Component::CurDir => {}
            Component::Normal(_) => depth += 1,
        }
    }
    let dir = root.join(named);
    if !dir.is_dir() {
        return Err(bad(format!(
            "it names {named:?}, but {} is not a folder (create it, or run `adr init`)",
            dir.display()
        )));
    }
    Ok(dir)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::adr::log::test_support::*;

    #[test]
    fn detection() -> R {
        let tmp = tempfile::tempdir()?;
        let root = tmp.path();

        let missing = root.join("nope");
        let e = detect(&missing)
            .err()
            .map(|e| e.to_string())
            .unwrap_or_default();
        assert!(e.contains("nope") && e.contains("does not exist"), "{e}");

        write(&root.join("file.txt"), "x");
        assert!(matches!(
            detect(&root.join("file.txt")),
            Err(LogError::NotAFolder(_))
        ));

        let e = detect(root)
            .err()
            .map(|e| e.to_string())
            .unwrap_or_default();
        assert!(
            e.contains(".adr-dir") && e.contains("doc/adr") && e.contains("docs/decisions"),
            "{e}"
        );

        std::fs::create_dir_all(root.join("docs/decisions"))?;
        let log = detect(root)?;
        assert_eq!(
            (log.dir.clone(), log.kind),
            (root.join("docs/decisions"), LogKind::Madr)
        );

        std::fs::create_dir_all(root.join("doc/adr"))?;
        assert_eq!(detect(root)?.kind, LogKind::AdrTools);
        assert_eq!(detect(root)?.dir, root.join("doc/adr"));

        std::fs::create_dir_all(root.join("architecture/decisions"))?;
        write(&root.join(".adr-dir"), "architecture/decisions\n");
        let log = detect(root)?;
        assert_eq!(log.dir, root.join("architecture/decisions"));
        assert_eq!(log.kind, LogKind::AdrTools);

        for bad in ["/etc", "../outside", "a/../../outside", ""] {
            write(&root.join(".adr-dir"), bad);
            let e = detect(root)
                .err()
                .map(|e| e.to_string())
                .unwrap_or_default();
            assert!(
                e.contains(".adr-dir") && e.contains("inside the repository"),
                "{bad}: {e}"
            );
        }
        write(&root.join(".adr-dir"), "doc/../architecture/decisions");
        assert_eq!(
            detect(root)?.dir,
            root.join("doc/../architecture/decisions")
        );
        write(&root.join(".adr-dir"), "missing/folder");
        let e = detect(root)
            .err()
            .map(|e| e.to_string())
            .unwrap_or_default();
        assert!(
            e.contains("missing/folder") && e.contains("adr init"),
            "{e}"
        );

        // The log folder itself, chosen directly.
        let own = root.join("own");
        write(&own.join("0002-b.md"), "---\nstatus: accepted\n---\n# B\n");
        write(&own.join("0001-a.md"), "# 1. A\n");
        assert_eq!(
            detect(&own)?,
            AdrLog {
                dir: own.clone(),
                kind: LogKind::AdrTools
            }
        );
        std::fs::remove_file(own.join("0001-a.md"))?;
        assert_eq!(detect(&own)?.kind, LogKind::Madr);
        Ok(())
    }
}
