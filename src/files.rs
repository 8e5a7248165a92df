//! Writing files safely: every write goes to a temporary file in the same folder and is then
//! renamed over the target, so a crash never leaves a half-written file.

use std::io::Write as _;
use std::path::Path;

/// Why a write failed, naming the file.
#[derive(Debug, thiserror::Error)]
pub enum WriteError {
    /// The target exists and the caller asked not to overwrite it.
    #[error("{0}: already exists; choose another name or allow replacing it")]
    Exists(std::path::PathBuf),
    /// Anything the file system said.
    #[error("{path}: cannot write: {source}")]
    Io {
        /// The target.
        path: std::path::PathBuf,
        /// The cause.
        source: std::io::Error,
    },
}

/// Writes `bytes` to `path` atomically, replacing any existing file.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> Result<(), WriteError> {
    write_impl(path, bytes, true)
}

/// Writes `bytes` to `path` atomically, refusing if the file exists (even if it appears while
/// writing).
pub fn write_new_atomic(path: &Path, bytes: &[u8]) -> Result<(), WriteError> {
    write_impl(path, bytes, false)
}

fn write_impl(path: &Path, bytes: &[u8], replace: bool) -> Result<(), WriteError> {
    let io = |source| WriteError::Io {
        path: path.to_owned(),
        source,
    };
    if !replace && path.exists() {
        return Err(WriteError::Exists(path.to_owned()));
    }
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    };
    if !dir.is_dir() {
        return Err(io(std::io::Error::new(
            std::io::ErrorKind::NotFound,
            format!("the folder {} does not exist", dir.display()),
        )));
    }
    let mut tmp = tempfile::Builder::new()
        .prefix(".arbitre-")
        .suffix(".tmp")
        .tempfile_in(dir)
        .map_err(io)?;
    tmp.write_all(bytes).map_err(io)?;
    // A temporary file is private (0600); the result should look like any file the user
    // writes: keep the permissions of the file it replaces, else the usual 0644.
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt as _;
        let mode = std::fs::metadata(path).map_or(0o644, |m| m.permissions().mode() & 0o777);
        std::fs::set_permissions(tmp.path(), std::fs::Permissions::from_mode(mode)).map_err(io)?;
    }
    tmp.as_file().sync_all().map_err(io)?;
    if replace {
        tmp.persist(path).map_err(|e| io(e.error))?;
    } else {
        tmp.persist_noclobber(path).map_err(|e| {
            if e.error.kind() == std::io::ErrorKind::AlreadyExists {
                WriteError::Exists(path.to_owned())
            } else {
                io(e.error)
            }
        })?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn writes_and_replaces() -> Result<(), Box<dyn std::error::Error>> {
        let dir = tempfile::tempdir()?;
        let p = dir.path().join("a.txt");
        write_atomic(&p, b"one")?;
        write_atomic(&p, b"two")?;
        assert_eq!(std::fs::read(&p)?, b"two");
        assert_eq!(
            std::fs::read_dir(dir.path())?.count(),
            1,
            "no temp file left"
        );
        Ok(())
    }

    #[test]
    fn new_refuses_existing() -> Result<(), Box<dyn std::error::Error>> {
        let dir = tempfile::tempdir()?;
        let p = dir.path().join("a.txt");
        write_new_atomic(&p, b"one")?;
        assert!(matches!(
            write_new_atomic(&p, b"two"),
            Err(WriteError::Exists(_))
        ));
        assert_eq!(std::fs::read(&p)?, b"one");
        assert_eq!(std::fs::read_dir(dir.path())?.count(), 1);
        Ok(())
    }

    #[test]
    fn missing_folder_is_an_error() {
        let p = Path::new("/nonexistent-arbitre-dir/a.txt");
        let e = write_atomic(p, b"x")
            .err()
            .map(|e| e.to_string())
            .unwrap_or_default();
        assert!(
            e.contains("/nonexistent-arbitre-dir/a.txt") && e.contains("does not exist"),
            "{e}"
        );
    }
}
