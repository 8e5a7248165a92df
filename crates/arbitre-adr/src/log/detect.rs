//! Detection: finding a repository's ADR log (`.adr-dir`, `.log4brains.yml`, the usual
//! folders, or the folder itself), reading the two configuration files safely, and keeping
//! every folder inside the repository.

use std::path::{Component, Path, PathBuf};

use super::names::record_files;
use super::parse::{first_line, nygard_title};
use super::{AdrLog, FolderProblem, LogError, LogKind, inside};
use arbitre_core::files;

/// The folders looked for, in order, after `.adr-dir` and `.log4brains.yml`; `None` means
/// the kind is read from the records.
const FOLDERS: [(&str, Option<LogKind>); 5] = [
    ("docs/decisions", Some(LogKind::Madr)),
    ("doc/adr", Some(LogKind::AdrTools)),
    ("docs/adr", None),
    ("docs/architecture/decisions", None),
    // Backstage: `adr001-title.md`.
    ("docs/architecture-decisions", None),
];

/// Finds the ADR log of a repository, or takes `root` as the log folder itself.
///
/// In order, from `root`: `.adr-dir` (adr-tools; the folder it names), `.log4brains.yml`
/// (its `adrFolder`), `docs/decisions` (MADR), `doc/adr` (adr-tools), `docs/adr`,
/// `docs/architecture/decisions`, `docs/architecture-decisions` (Backstage), then `root`
/// itself if it holds records (`NNNN-*.md`, or arachne's `adr-NNN-*.md` in a repository's
/// root).
///
/// Given a log folder itself (`docs/adr`), the repository around it is found (the nearest
/// parent holding `.git`, `.adr-dir` or `.log4brains.yml` whose log is this folder), so its
/// conventions apply. Every folder is resolved (symbolic links followed) and must lie inside
/// the repository.
pub fn detect(root: &Path) -> Result<AdrLog, LogError> {
    if !root.exists() {
        return Err(LogError::MissingRoot(root.to_owned()));
    }
    if !root.is_dir() {
        return Err(LogError::NotAFolder(root.to_owned()));
    }
    if let Some(log) = detect_at(root)? {
        return Ok(log);
    }
    if let Some(log) = enclosing_repository(root) {
        return Ok(log);
    }
    let numbered = record_files(root, root)?.files;
    match numbered.iter().min_by_key(|e| (e.number, &e.path)) {
        Some(first) => Ok(AdrLog {
            kind: kind_of_records(&first.target),
            ..AdrLog::new(root, LogKind::Madr)
        }),
        None => Err(LogError::NoLog(root.to_owned())),
    }
}

/// The log `root`'s own files or folders name, if any.
pub(super) fn detect_at(root: &Path) -> Result<Option<AdrLog>, LogError> {
    let found = |dir: PathBuf, kind: LogKind, via: &'static str| -> Result<_, LogError> {
        if !inside(root, &dir) {
            return Err(LogError::Outside {
                path: dir,
                root: root.to_owned(),
            });
        }
        Ok(Some(AdrLog {
            root: root.to_owned(),
            dir,
            kind,
            via: Some(via),
            wait: super::LockWait::default(),
        }))
    };
    let adr_dir = root.join(".adr-dir");
    if adr_dir.is_file() {
        let dir = read_adr_dir(root, &adr_dir)?;
        return found(dir, LogKind::AdrTools, ".adr-dir");
    }
    let l4b = root.join(".log4brains.yml");
    if l4b.is_file() {
        let dir = read_log4brains(root, &l4b)?;
        return found(dir, LogKind::Log4brains, ".log4brains.yml");
    }
    for (folder, kind) in FOLDERS {
        let dir = root.join(folder);
        if dir.is_dir() {
            let kind = kind.unwrap_or_else(|| {
                record_files(&dir, root)
                    .ok()
                    .and_then(|l| {
                        l.files
                            .into_iter()
                            .min_by_key(|e| (e.number, e.path.clone()))
                    })
                    .map_or(LogKind::Madr, |first| kind_of_records(&first.target))
            });
            return found(dir, kind, folder);
        }
    }
    Ok(None)
}

/// The repository around a log folder chosen directly, when its detection leads back here.
fn enclosing_repository(dir: &Path) -> Option<AdrLog> {
    let here = std::fs::canonicalize(dir).ok()?;
    for parent in here.ancestors().skip(1).take(8) {
        let marked = [".git", ".adr-dir", ".log4brains.yml"]
            .iter()
            .any(|m| parent.join(m).exists());
        if !marked {
            continue;
        }
        let log = detect_at(parent).ok().flatten()?;
        let same = std::fs::canonicalize(&log.dir).is_ok_and(|d| d == here);
        // Only the nearest repository counts.
        return same.then_some(log);
    }
    None
}

/// adr-tools if the first record's first line is `# N. Title`, MADR otherwise.
fn kind_of_records(first: &Path) -> LogKind {
    match files::read_to_string_limited(first, super::MAX_RECORD_BYTES) {
        Ok(text) if nygard_title(first_line(&text)).is_some() => LogKind::AdrTools,
        _ => LogKind::Madr,
    }
}

/// Checks a folder named in a configuration file: relative, never above the repository.
fn relative_inside(named: &str) -> Result<(), FolderProblem> {
    let mut depth: usize = 0;
    for part in Path::new(named).components() {
        match part {
            Component::Prefix(_) | Component::RootDir => {
                return Err(FolderProblem::Absolute(named.to_owned()));
            }
            Component::ParentDir => {
                depth = depth
                    .checked_sub(1)
                    .ok_or_else(|| FolderProblem::LeadsOutside(named.to_owned()))?;
            }
            Component::CurDir => {}
            Component::Normal(_) => depth += 1,
        }
    }
    Ok(())
}

/// `root` joined with a relative folder, without its `.` parts (`./docs/adr` → `docs/adr`),
/// so messages show plain paths.
fn join_plain(root: &Path, named: &str) -> PathBuf {
    let mut dir = root.to_owned();
    for part in Path::new(named).components() {
        if part != Component::CurDir {
            dir.push(part);
        }
    }
    dir
}

fn read_config(file: &Path) -> Result<String, LogError> {
    files::read_to_string_limited(file, arbitre_core::kit::MAX_FILE_BYTES).map_err(|source| {
        LogError::Read {
            path: file.to_owned(),
            source,
        }
    })
}

/// Reads `.adr-dir` the way adr-tools does (its whole content, trailing newlines dropped),
/// refusing what would lead outside the repository.
fn read_adr_dir(root: &Path, file: &Path) -> Result<PathBuf, LogError> {
    let bad = |reason: FolderProblem| LogError::BadAdrDir {
        file: file.to_owned(),
        reason,
    };
    let text = read_config(file)?;
    let named = text.trim_end_matches(['\n', '\r']).trim();
    if named.is_empty() {
        return Err(bad(FolderProblem::Empty));
    }
    relative_inside(named).map_err(bad)?;
    let dir = join_plain(root, named);
    if !dir.is_dir() {
        return Err(bad(FolderProblem::NamesNoFolder {
            named: named.to_owned(),
            dir,
        }));
    }
    Ok(dir)
}

/// Reads `adrFolder` from `.log4brains.yml` (under `project:`; quoted or plain).
fn read_log4brains(root: &Path, file: &Path) -> Result<PathBuf, LogError> {
    let bad = |reason: FolderProblem| LogError::BadLog4brains {
        file: file.to_owned(),
        reason,
    };
    let text = read_config(file)?;
    let named = log4brains_config(&text)
        .0
        .ok_or_else(|| bad(FolderProblem::NoAdrFolder))?;
    relative_inside(&named).map_err(bad)?;
    let dir = join_plain(root, &named);
    if !dir.is_dir() {
        return Err(bad(FolderProblem::AdrFolderNotAFolder { named, dir }));
    }
    Ok(dir)
}

/// A YAML value as written: its comment dropped, its quotes removed.
fn yaml_value(v: &str) -> String {
    let v = v.split(" #").next().unwrap_or_default().trim();
    v.trim_matches(|c| c == '"' || c == '\'').to_owned()
}

/// A log4brains package: its name and its own `adrFolder`.
type Package = (String, Option<String>);

/// What `.log4brains.yml` says: the global `adrFolder` (under `project:`), and each of
/// `packages:` with its `name` and `adrFolder`. Read line by line: indentation tells a
/// package's keys from the project's.
fn log4brains_config(text: &str) -> (Option<String>, Vec<Package>) {
    let mut global = None;
    let mut packages: Vec<Package> = Vec::new();
    let mut in_packages: Option<usize> = None;
    for line in text.lines() {
        let trimmed = line.trim_start();
        if trimmed.is_empty() || trimmed.starts_with('#') {
            continue;
        }
        let indent = line.len() - trimmed.len();
        if in_packages.is_some_and(|i| indent <= i && !trimmed.starts_with("- ")) {
            in_packages = None;
        }
        if trimmed.trim_end() == "packages:" {
            in_packages = Some(indent);
            continue;
        }
        if in_packages.is_none() {
            if let Some(v) = trimmed.strip_prefix("adrFolder:") {
                let v = yaml_value(v);
                if global.is_none() && !v.is_empty() {
                    global = Some(v);
                }
            }
            continue;
        }
        let item = trimmed.strip_prefix("- ");
        if item.is_some() {
            packages.push((String::new(), None));
        }
        let key_value = item.unwrap_or(trimmed);
        if let Some(package) = packages.last_mut() {
            if let Some(v) = key_value.strip_prefix("name:") {
                package.0 = yaml_value(v);
            } else if let Some(v) = key_value.strip_prefix("adrFolder:") {
                package.1 = Some(yaml_value(v)).filter(|v| !v.is_empty());
            }
        }
    }
    (global, packages)
}

impl AdrLog {
    /// The logs of a log4brains project's packages (`packages:` in `.log4brains.yml`, each
    /// with its `name` and `adrFolder`), besides the global one: each package's name and
    /// folder. Empty for any other log. A package whose folder is missing, absolute or
    /// outside the repository is left out, as log4brains itself cannot read it.
    pub fn packages(&self) -> Vec<(String, PathBuf)> {
        if self.kind != LogKind::Log4brains {
            return Vec::new();
        }
        let Ok(text) = read_config(&self.root.join(".log4brains.yml")) else {
            return Vec::new();
        };
        log4brains_config(&text)
            .1
            .into_iter()
            .filter_map(|(name, folder)| {
                let folder = folder?;
                relative_inside(&folder).ok()?;
                let dir = join_plain(&self.root, &folder);
                (dir.is_dir() && inside(&self.root, &dir)).then_some((name, dir))
            })
            .collect()
    }

    /// The records of the log, then those of each of its packages
    /// ([`AdrLog::packages`]), named by their package. A package's folder that cannot be
    /// listed is left out.
    pub fn records_with_packages(&self) -> Result<super::Scan, LogError> {
        let mut scan = self.records()?;
        for (name, dir) in self.packages() {
            let package = AdrLog {
                dir,
                ..self.clone()
            };
            let Ok(more) = package.records() else {
                continue;
            };
            scan.records.extend(more.records.into_iter().map(|mut r| {
                r.package = Some(name.clone());
                r
            }));
            scan.problems.extend(more.problems);
        }
        Ok(scan)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::log::test_support::*;

    fn err(root: &Path) -> String {
        detect(root)
            .err()
            .map(|e| e.to_string())
            .unwrap_or_default()
    }

    #[test]
    fn detection() -> R {
        let tmp = tempfile::tempdir()?;
        let root = tmp.path();

        let missing = root.join("nope");
        let e = err(&missing);
        assert!(e.contains("nope") && e.contains("does not exist"), "{e}");

        write(&root.join("file.txt"), "x");
        assert!(matches!(
            detect(&root.join("file.txt")),
            Err(LogError::NotAFolder(_))
        ));

        let e = err(root);
        assert!(
            e.contains(".adr-dir")
                && e.contains("doc/adr")
                && e.contains("docs/decisions")
                && e.contains(".log4brains.yml"),
            "{e}"
        );

        // The usual folders, the later ones first to show the order.
        std::fs::create_dir_all(root.join("docs/architecture/decisions"))?;
        let log = detect(root)?;
        assert_eq!(
            (log.dir.clone(), log.kind, log.via.unwrap_or_default()),
            (
                root.join("docs/architecture/decisions"),
                LogKind::Madr,
                "docs/architecture/decisions"
            )
        );
        std::fs::create_dir_all(root.join("docs/adr"))?;
        write(&root.join("docs/adr/0001-a.md"), "# 1. A\n");
        let log = detect(root)?;
        assert_eq!(
            (log.dir.clone(), log.kind),
            (root.join("docs/adr"), LogKind::AdrTools)
        );
        std::fs::create_dir_all(root.join("doc/adr"))?;
        assert_eq!(detect(root)?.dir, root.join("doc/adr"));
        std::fs::create_dir_all(root.join("docs/decisions"))?;
        let log = detect(root)?;
        assert_eq!(
            (log.dir.clone(), log.kind),
            (root.join("docs/decisions"), LogKind::Madr)
        );
        assert_eq!(
            log.describe(arbitre_core::i18n::Lang::En),
            "MADR log in docs/decisions (found through docs/decisions)"
        );

        // log4brains' configuration comes before the folders.
        std::fs::create_dir_all(root.join("arch/adr"))?;
        write(
            &root.join(".log4brains.yml"),
            "---\nproject:\n  name: x\n  tz: Europe/Paris\n  adrFolder: \"./arch/adr\"\n",
        );
        let log = detect(root)?;
        assert_eq!(
            (log.dir.clone(), log.kind, log.via.unwrap_or_default()),
            (
                root.join("arch/adr"),
                LogKind::Log4brains,
                ".log4brains.yml"
            )
        );

        // .adr-dir comes first of all.
        std::fs::create_dir_all(root.join("architecture/decisions"))?;
        write(&root.join(".adr-dir"), "architecture/decisions\n");
        let log = detect(root)?;
        assert_eq!(log.dir, root.join("architecture/decisions"));
        assert_eq!(log.kind, LogKind::AdrTools);

        for bad in ["/etc", "../outside", "a/../../outside", ""] {
            write(&root.join(".adr-dir"), bad);
            let e = err(root);
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
        let e = err(root);
        assert!(
            e.contains("missing/folder") && e.contains("adr init"),
            "{e}"
        );
        std::fs::remove_file(root.join(".adr-dir"))?;
        write(
            &root.join(".log4brains.yml"),
            "project:\n  adrFolder: ../x\n",
        );
        let e = err(root);
        assert!(
            e.contains(".log4brains.yml") && e.contains("outside"),
            "{e}"
        );
        write(&root.join(".log4brains.yml"), "project:\n  tz: UTC\n");
        let e = err(root);
        assert!(e.contains("no `adrFolder`"), "{e}");

        // The log folder itself, chosen directly.
        let own = root.join("own");
        write(&own.join("0002-b.md"), "---\nstatus: accepted\n---\n# B\n");
        write(&own.join("0001-a.md"), "# 1. A\n");
        let log = detect(&own)?;
        assert_eq!(
            (log.dir.clone(), log.kind),
            (own.clone(), LogKind::AdrTools)
        );
        std::fs::remove_file(own.join("0001-a.md"))?;
        assert_eq!(detect(&own)?.kind, LogKind::Madr);
        Ok(())
    }

    #[test]
    fn log4brains_packages_are_read_besides_the_global_folder() {
        let yml = "---\nproject:\n  name: x\n  tz: UTC\n  packages:\n    - name: core # the core\n      path: ./packages/core\n      adrFolder: ./packages/core/adr\n    - name: \"cli\"\n      path: ./packages/cli\n      adrFolder: './packages/cli/adr'\n  adrFolder: ./docs/adr\n";
        let (global, packages) = log4brains_config(yml);
        assert_eq!(global.as_deref(), Some("./docs/adr"));
        assert_eq!(
            packages,
            [
                ("core".to_owned(), Some("./packages/core/adr".to_owned())),
                ("cli".to_owned(), Some("./packages/cli/adr".to_owned())),
            ]
        );
        assert_eq!(log4brains_config("project:\n  adrFolder: a\n").1, []);
    }

    #[test]
    fn a_log_folder_chosen_directly_keeps_its_repository_conventions() -> R {
        let tmp = tempfile::tempdir()?;
        let root = tmp.path();
        std::fs::create_dir_all(root.join(".git"))?;
        std::fs::create_dir_all(root.join("docs/adr"))?;
        write(
            &root.join(".log4brains.yml"),
            "project:\n  tz: UTC\n  adrFolder: ./docs/adr\n",
        );
        let log = detect(&root.join("docs/adr"))?;
        assert_eq!(log.kind, LogKind::Log4brains);
        assert_eq!(log.root, root);
        assert_eq!(log.relative_dir(), Path::new("docs/adr"));
        Ok(())
    }

    #[cfg(unix)]
    #[test]
    fn a_folder_linked_outside_the_repository_is_refused() -> R {
        let tmp = tempfile::tempdir()?;
        let repo = tmp.path().join("repo");
        let outside = tmp.path().join("outside");
        std::fs::create_dir_all(repo.join("doc"))?;
        std::fs::create_dir_all(&outside)?;
        std::os::unix::fs::symlink(&outside, repo.join("doc/adr"))?;
        let e = err(&repo);
        assert!(e.contains("outside the repository"), "{e}");
        std::fs::remove_file(repo.join("doc/adr"))?;
        std::os::unix::fs::symlink(&outside, repo.join("elsewhere"))?;
        write(&repo.join(".adr-dir"), "elsewhere");
        let e = err(&repo);
        assert!(
            e.contains("outside the repository") && e.contains("elsewhere"),
            "{e}"
        );
        assert_eq!(snapshot(&outside), vec![]);
        Ok(())
    }
}
