//! Writing: putting a record file in the log folder atomically, never replacing one unless
//! asked, and turning write failures into [`LogError`]s that say what to do.

use std::path::{Path, PathBuf};

use super::{AdrLog, LogError, NameProblem};
use arbitre_core::files::{self, WriteError};

/// The log folder's lock, held while it lives: an advisory lock on the folder itself, so
/// that two arbitre processes never pick the same number or supersede the same record at
/// once. Nothing is created in the folder; where the lock cannot be taken (a file system
/// without locks), writing still never replaces a file.
pub(super) struct LogLock(Option<std::fs::File>);

impl Drop for LogLock {
    fn drop(&mut self) {
        if let Some(f) = &self.0 {
            // Closing the file releases the lock anyway.
            let _released = f.unlock().is_ok();
        }
    }
}

impl AdrLog {
    /// Takes the folder's lock. When another writer holds it, fails at once with
    /// [`LogError::Locked`], or, with a [`super::LockWait`] bound, announces the wait and
    /// tries again until the bound ([`LogError::LockTimeout`]). Never call it twice on one
    /// log in one call chain: the second would find the first.
    pub(super) fn lock(&self) -> Result<LogLock, LogError> {
        self.lock_within(self.wait)
    }

    /// [`AdrLog::lock`], waiting as `wait` says rather than as the log's own [`LockWait`]:
    /// `LockWait::default()` tries once and never waits.
    pub(super) fn lock_within(&self, wait: super::LockWait) -> Result<LogLock, LogError> {
        use std::fs::TryLockError;
        use std::time::{Duration, Instant};
        let Ok(file) = std::fs::File::open(&self.dir) else {
            // The folder cannot be opened: the write that follows says why.
            return Ok(LogLock(None));
        };
        match file.try_lock() {
            Ok(()) => return Ok(LogLock(Some(file))),
            // A file system without locks: writing still never replaces a file.
            Err(TryLockError::Error(_)) => return Ok(LogLock(None)),
            Err(TryLockError::WouldBlock) => {}
        }
        let bound = wait.bound;
        if bound.is_zero() {
            return Err(LogError::Locked(self.dir.clone()));
        }
        if let Some(announce) = wait.announce {
            announce(&self.dir, bound);
        }
        let start = Instant::now();
        loop {
            let left = bound.saturating_sub(start.elapsed());
            if left.is_zero() {
                return Err(LogError::LockTimeout {
                    dir: self.dir.clone(),
                    secs: bound.as_secs() + u64::from(bound.subsec_millis() >= 500),
                });
            }
            std::thread::sleep(left.min(Duration::from_millis(50)));
            match file.try_lock() {
                Ok(()) => return Ok(LogLock(Some(file))),
                Err(TryLockError::Error(_)) => return Ok(LogLock(None)),
                Err(TryLockError::WouldBlock) => {}
            }
        }
    }

    /// Writes a new record file in the log folder, atomically, never replacing one.
    ///
    /// Refuses a name that is empty, holds a path separator or `..`, or is `.`; fails with
    /// [`LogError::MissingFolder`] if the folder is gone, [`LogError::ReadOnly`] if it cannot
    /// be written, [`LogError::Exists`] if the file exists. Nothing is written on failure.
    pub fn write_new(&self, file_name: &str, content: &str) -> Result<PathBuf, LogError> {
        let path = self.target(file_name)?;
        files::write_new_atomic(&path, content.as_bytes())
            .map_err(|e| self.write_error(&path, e))?;
        Ok(path)
    }

    /// The path of a record file, after checking the name and the folder.
    fn target(&self, file_name: &str) -> Result<PathBuf, LogError> {
        let bad = |reason| LogError::BadFileName {
            dir: self.dir.clone(),
            name: file_name.to_owned(),
            reason,
        };
        if file_name.is_empty() {
            return Err(bad(NameProblem::Empty));
        }
        if file_name.contains(['/', '\\']) {
            return Err(bad(NameProblem::Separator));
        }
        if file_name.contains("..") || file_name == "." {
            return Err(bad(NameProblem::Dots));
        }
        if file_name.contains(['\0', ':']) {
            return Err(bad(NameProblem::RefusedChar));
        }
        if !self.dir.is_dir() {
            return Err(LogError::MissingFolder(self.dir.clone()));
        }
        Ok(self.dir.join(file_name))
    }

    pub(super) fn write_error(&self, path: &Path, e: WriteError) -> LogError {
        match e {
            WriteError::Exists(p) => LogError::Exists(p),
            // "Permission denied" is also what an immutable or locked file gives (EPERM): the
            // folder is only called read-only when it really cannot be written to.
            WriteError::Io { source, .. }
                if source.kind() == std::io::ErrorKind::ReadOnlyFilesystem
                    || (source.kind() == std::io::ErrorKind::PermissionDenied
                        && tempfile::tempfile_in(&self.dir).is_err()) =>
            {
                LogError::ReadOnly {
                    dir: self.dir.clone(),
                    file: path.to_owned(),
                }
            }
            WriteError::Io { .. } if !self.dir.is_dir() => {
                LogError::MissingFolder(self.dir.clone())
            }
            other => LogError::Write(other),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::log::LogKind;
    use crate::log::test_support::*;

    #[test]
    fn refuses_an_existing_file_and_changes_nothing() -> R {
        let dir = tempfile::tempdir()?;
        let log = AdrLog::new(dir.path().to_owned(), LogKind::AdrTools);
        write(&dir.path().join("0003-use-vms.md"), NYGARD);
        let before = snapshot(dir.path());
        let e = log.write_new("0003-use-vms.md", "other");
        assert!(
            matches!(&e, Err(LogError::Exists(p)) if p.ends_with("0003-use-vms.md")),
            "{e:?}"
        );
        let msg = e.err().map(|e| e.to_string()).unwrap_or_default();
        assert!(
            msg.contains("0003-use-vms.md") && msg.contains("already exists"),
            "{msg}"
        );
        assert_eq!(snapshot(dir.path()), before);
        Ok(())
    }

    #[test]
    fn refuses_bad_names() -> R {
        let tmp = tempfile::tempdir()?;
        let dir = tmp.path().join("log");
        std::fs::create_dir(&dir)?;
        let log = AdrLog::new(dir.clone(), LogKind::Madr);
        for name in ["../escape.md", "a/b.md", "a\\b.md", "..", ".", "", "x..md"] {
            let e = log.write_new(name, "x");
            assert!(
                matches!(e, Err(LogError::BadFileName { .. })),
                "{name}: {e:?}"
            );
        }
        assert_eq!(snapshot(&dir), vec![]);
        assert_eq!(
            snapshot(tmp.path()).len(),
            1,
            "nothing beside the log either"
        );
        Ok(())
    }

    #[test]
    fn refuses_a_missing_folder() -> R {
        let tmp = tempfile::tempdir()?;
        write(&tmp.path().join("file.txt"), "x");
        let before = snapshot(tmp.path());
        for dir in [
            tmp.path().join("gone"),
            tmp.path().join("file.txt").join("sub"),
        ] {
            let log = AdrLog::new(dir.clone(), LogKind::Madr);
            let e = log.write_new("0001-a.md", "x");
            let msg = e
                .as_ref()
                .err()
                .map(ToString::to_string)
                .unwrap_or_default();
            assert!(matches!(e, Err(LogError::MissingFolder(_))), "{e:?}");
            assert!(msg.contains(&dir.display().to_string()), "{msg}");
            assert!(matches!(log.records(), Err(LogError::MissingFolder(_))));
            assert!(matches!(log.write_index(), Err(LogError::MissingFolder(_))));
        }
        assert_eq!(snapshot(tmp.path()), before);
        Ok(())
    }

    #[cfg(unix)]
    #[test]
    fn refuses_a_read_only_folder() -> R {
        use std::os::unix::fs::PermissionsExt as _;
        let tmp = tempfile::tempdir()?;
        let dir = tmp.path().join("log");
        write(&dir.join("0003-use-vms.md"), NYGARD);
        let log = AdrLog::new(dir.clone(), LogKind::AdrTools);
        let before = snapshot(&dir);
        std::fs::set_permissions(&dir, std::fs::Permissions::from_mode(0o555))?;
        // Root (as in CI containers) writes through 0o555: probe, and only check the refusal
        // when the folder really is read-only for this process.
        let probe = dir.join(".probe");
        let privileged = std::fs::write(&probe, "x").is_ok();
        let _ = std::fs::remove_file(&probe);
        let written = log.write_new("0004-x.md", "x");
        let superseded = log.supersede("3", &link(4, "X"));
        let index = log.write_index();
        std::fs::set_permissions(&dir, std::fs::Permissions::from_mode(0o755))?;
        if privileged {
            eprintln!("running as root: 0o555 does not stop writes; read-only refusal not checked");
            return Ok(());
        }
        for e in [written.map(|_| ()), superseded, index.map(|_| ())] {
            let msg = e
                .as_ref()
                .err()
                .map(ToString::to_string)
                .unwrap_or_default();
            assert!(matches!(e, Err(LogError::ReadOnly { .. })), "{e:?}");
            assert!(
                msg.contains(&dir.display().to_string()) && msg.contains("read-only"),
                "{msg}"
            );
        }
        assert_eq!(snapshot(&dir), before);
        Ok(())
    }

    #[test]
    fn a_refused_file_in_a_writable_folder_is_not_called_read_only() -> R {
        // An immutable file (chattr +i) refuses with EPERM, a "permission denied" kind.
        let tmp = tempfile::tempdir()?;
        let log = AdrLog::new(tmp.path().to_owned(), LogKind::Madr);
        let path = tmp.path().join("0001-x.md");
        let e = log.write_error(
            &path,
            WriteError::Io {
                path: path.clone(),
                source: std::io::Error::from_raw_os_error(1),
            },
        );
        let msg = e.to_string();
        assert!(!matches!(e, LogError::ReadOnly { .. }), "{e:?}");
        assert!(
            !msg.contains("read-only") && msg.contains(&path.display().to_string()),
            "{msg}"
        );
        Ok(())
    }
}
