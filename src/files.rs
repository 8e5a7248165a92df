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
    #[error("{path}: cannot write: {source}{hint}", hint = hint(source))]
    Io {
        /// The target.
        path: std::path::PathBuf,
        /// The cause.
        source: std::io::Error,
    },
}

/// What to add to an I/O error's message so that the user knows what to look at.
fn hint(e: &std::io::Error) -> &'static str {
    match e.raw_os_error() {
        // EPERM: not the permission bits (that is EACCES) but a lock or an attribute.
        #[cfg(unix)]
        Some(1) => {
            " (the file or its folder refuses changes: it may be immutable or append-only, see lsattr)"
        }
        _ if e.kind() == std::io::ErrorKind::ReadOnlyFilesystem => {
            " (the file system is mounted read-only)"
        }
        _ => "",
    }
}

/// Reads at most `limit` bytes of a regular file (following symbolic links).
///
/// Refuses, before opening, what is not a regular file (a folder, a FIFO, a device, a
/// socket), so that opening never blocks on a FIFO and reading never runs on without end
/// (`/dev/zero`); reads through a hard limit rather than trusting the size the file system
/// reports. Errors are plain [`std::io::Error`]s whose message says what is wrong:
/// [`std::io::ErrorKind::FileTooLarge`] for a file over the limit,
/// [`std::io::ErrorKind::InvalidInput`] for one that is not a regular file.
pub fn read_limited(path: &Path, limit: u64) -> std::io::Result<Vec<u8>> {
    use std::io::Read as _;
    let refuse_kind = |meta: &std::fs::Metadata| -> std::io::Result<()> {
        if meta.is_file() {
            return Ok(());
        }
        Err(std::io::Error::new(
            std::io::ErrorKind::InvalidInput,
            format!("it is {}, not a regular file", file_kind(meta)),
        ))
    };
    let too_large = || {
        std::io::Error::new(
            std::io::ErrorKind::FileTooLarge,
            format!("too large (more than {limit} bytes)"),
        )
    };
    let meta = std::fs::metadata(path)?;
    refuse_kind(&meta)?;
    if meta.len() > limit {
        return Err(too_large());
    }
    let file = std::fs::File::open(path)?;
    // The path may have been replaced between the two looks: check what was opened.
    refuse_kind(&file.metadata()?)?;
    let mut bytes = Vec::new();
    file.take(limit.saturating_add(1)).read_to_end(&mut bytes)?;
    if bytes.len() as u64 > limit {
        return Err(too_large());
    }
    Ok(bytes)
}

/// Like [`read_limited`], for UTF-8 text: invalid UTF-8 is an
/// [`std::io::ErrorKind::InvalidData`] error, as with [`std::fs::read_to_string`].
pub fn read_to_string_limited(path: &Path, limit: u64) -> std::io::Result<String> {
    String::from_utf8(read_limited(path, limit)?).map_err(|_| {
        std::io::Error::new(std::io::ErrorKind::InvalidData, "not UTF-8 text".to_owned())
    })
}

/// What kind of thing a non-regular file is, for messages ("a FIFO (named pipe)").
fn file_kind(meta: &std::fs::Metadata) -> &'static str {
    let t = meta.file_type();
    if t.is_dir() {
        return "a folder";
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt as _;
        if t.is_fifo() {
            return "a FIFO (named pipe)";
        }
        if t.is_char_device() {
            return "a character device";
        }
        if t.is_block_device() {
            return "a block device";
        }
        if t.is_socket() {
            return "a socket";
        }
    }
    "a special file"
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

    #[test]
    fn read_limited_reads_through_a_hard_limit() -> Result<(), Box<dyn std::error::Error>> {
        let dir = tempfile::tempdir()?;
        let p = dir.path().join("a.txt");
        std::fs::write(&p, b"12345")?;
        assert_eq!(read_limited(&p, 5)?, b"12345");
        let e = read_limited(&p, 4).err().map(|e| e.kind());
        assert_eq!(e, Some(std::io::ErrorKind::FileTooLarge));
        assert_eq!(read_to_string_limited(&p, 5)?, "12345");
        Ok(())
    }

    #[cfg(unix)]
    #[test]
    fn read_limited_refuses_special_files() -> Result<(), Box<dyn std::error::Error>> {
        // /dev/zero reports a size of 0 and never ends; a FIFO blocks on open.
        let e = read_limited(Path::new("/dev/zero"), 10)
            .err()
            .map(|e| e.to_string())
            .unwrap_or_default();
        assert!(e.contains("character device"), "{e}");
        let dir = tempfile::tempdir()?;
        let fifo = dir.path().join("fifo");
        let made = std::process::Command::new("mkfifo").arg(&fifo).status()?;
        assert!(made.success());
        let e = read_limited(&fifo, 10)
            .err()
            .map(|e| e.to_string())
            .unwrap_or_default();
        assert!(e.contains("FIFO"), "{e}");
        let e = read_limited(dir.path(), 10)
            .err()
            .map(|e| e.to_string())
            .unwrap_or_default();
        assert!(e.contains("folder"), "{e}");
        Ok(())
    }
}
