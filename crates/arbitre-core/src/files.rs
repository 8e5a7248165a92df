//! Writing files safely: every write goes to a temporary file in the same folder and is then
//! renamed over the target, so a crash never leaves a half-written file. The temporary file
//! a crash does leave is removed by a later write into the same folder.
//!
//! A path the user chose (Save, Save As, an export, `--out`) is written by [`write_to`] alone,
//! as a [`WriteTarget`] that carries who allowed replacing a file already there; a file the
//! app names itself (its autosave, the progress, a record it edits) by [`write_atomic`].

use std::io::Write as _;
use std::path::{Path, PathBuf};

use crate::i18n::Lang;

/// Why a write failed, naming the file.
#[derive(Debug, thiserror::Error)]
pub enum WriteError {
    /// The target exists and the caller asked not to overwrite it.
    #[error("{}", self.message(Lang::En))]
    Exists(std::path::PathBuf),
    /// The document's own file changed on disk since it was read or written here.
    #[error("{}", self.message(Lang::En))]
    Changed(std::path::PathBuf),
    /// Anything the file system said.
    #[error("{}", self.message(Lang::En))]
    Io {
        /// The target.
        path: std::path::PathBuf,
        /// The cause.
        source: std::io::Error,
    },
    /// The path leads outside the folder it must stay in (through a symbolic link or `..`).
    #[error("{}", self.message(Lang::En))]
    Outside {
        /// The path.
        path: std::path::PathBuf,
        /// The data folder.
        root: std::path::PathBuf,
    },
}

impl WriteError {
    /// The error as the catalog of `lang` words it.
    pub fn message(&self, lang: Lang) -> String {
        let w = &lang.words().errors;
        match self {
            WriteError::Exists(path) => (w.exists)(&path.display().to_string()),
            WriteError::Changed(path) => (w.changed)(&path.display().to_string()),
            WriteError::Io { path, source } => (w.cannot_write)(
                &path.display().to_string(),
                &crate::i18n::io_error(source, lang),
            ),
            WriteError::Outside { path, root } => {
                (w.outside)(&path.display().to_string(), &root.display().to_string())
            }
        }
    }
}

/// Files larger than this are refused before parsing: no kit, session or record comes
/// close.
pub const MAX_FILE_BYTES: u64 = 10 * 1024 * 1024;

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

/// What a write may do to a file already at its target, and who decided it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Replace {
    /// Nobody allowed it: an existing file is refused with [`WriteError::Exists`] (a path
    /// typed in the window, `--out` without `--force`), so that the caller can ask.
    Never,
    /// The system's save dialog answered with this very path, after asking itself before
    /// replacing a file (rfd's save dialogs do; a path changed afterwards is not this).
    AskedByNativeDialog,
    /// The user chose Replace in the window's prompt, for this path.
    ConfirmedInWindow,
    /// `--force` on the command line.
    ForcedOnCommandLine,
    /// The document's own file (Save): replaced only while it still holds the bytes last read
    /// or written there, whose [`hash_bytes`] this is; a missing file is written again. A
    /// changed file, or one whose content was never known (`None`), is refused with
    /// [`WriteError::Changed`].
    IfUnchanged(Option<String>),
}

/// A file to write that the user chose, with what may happen to a file already there.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WriteTarget {
    /// Where to write.
    pub path: PathBuf,
    /// Whether a file already there may be replaced.
    pub replace: Replace,
}

impl WriteTarget {
    /// A target that refuses to replace anything ([`Replace::Never`]).
    pub fn new(path: impl Into<PathBuf>) -> WriteTarget {
        WriteTarget {
            path: path.into(),
            replace: Replace::Never,
        }
    }

    /// The same path, replaced because the user said so in the window.
    #[must_use]
    pub fn confirmed_in_window(self) -> WriteTarget {
        WriteTarget {
            replace: Replace::ConfirmedInWindow,
            ..self
        }
    }
}

/// Writes `bytes` to a path the user chose, atomically, as its [`Replace`] allows: the one
/// function through which Save, Save As, the exports and `--out` write, whatever dialog or
/// field gave the path.
///
/// # Errors
/// [`WriteError::Exists`] for an existing file under [`Replace::Never`],
/// [`WriteError::Changed`] for a changed one under [`Replace::IfUnchanged`] (nothing is
/// written then), else what the file system said.
pub fn write_to(target: &WriteTarget, bytes: &[u8]) -> Result<(), WriteError> {
    let WriteTarget { path, replace } = target;
    match replace {
        Replace::Never => write_impl(path, bytes, false),
        Replace::AskedByNativeDialog
        | Replace::ConfirmedInWindow
        | Replace::ForcedOnCommandLine => write_impl(path, bytes, true),
        Replace::IfUnchanged(known) => {
            if std::fs::symlink_metadata(path).is_ok() && hash_file(path).as_ref() != known.as_ref()
            {
                return Err(WriteError::Changed(path.clone()));
            }
            write_impl(path, bytes, true)
        }
    }
}

/// A stable hash (FNV-1a, 64 bits, hex) of a regular file's bytes, read through the same
/// size limit as every other file; `None` if it cannot be read.
pub fn hash_file(path: &Path) -> Option<String> {
    read_limited(path, MAX_FILE_BYTES)
        .ok()
        .map(|bytes| hash_bytes(&bytes))
}

/// FNV-1a over `bytes`, as 16 hex digits: stable across builds and platforms.
pub fn hash_bytes(bytes: &[u8]) -> String {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in bytes {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    format!("{h:016x}")
}

/// Writes `bytes` to `path` atomically, replacing any existing file: only for files the app
/// names itself (its autosave, the student's progress, a record it edits after checking it),
/// never for a path the user typed or picked (that is [`write_to`]'s).
pub fn write_atomic(path: &Path, bytes: &[u8]) -> Result<(), WriteError> {
    write_impl(path, bytes, true)
}

/// Writes `bytes` to `path` atomically, refusing if the file exists (even if it appears while
/// writing): [`write_to`] with [`Replace::Never`].
pub fn write_new_atomic(path: &Path, bytes: &[u8]) -> Result<(), WriteError> {
    write_to(&WriteTarget::new(path), bytes)
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
    remove_stale_temporaries(dir);
    let mut tmp = tempfile::Builder::new()
        .prefix(TEMP_PREFIX)
        .rand_bytes(TEMP_RANDOM_LEN)
        .suffix(TEMP_SUFFIX)
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

/// A temporary file's name: this prefix, `TEMP_RANDOM_LEN` random ASCII letters and digits
/// (as `tempfile` makes them), this suffix.
const TEMP_PREFIX: &str = ".arbitre-";
const TEMP_RANDOM_LEN: usize = 6;
const TEMP_SUFFIX: &str = ".tmp";

/// A temporary file older than this was left by a write that never finished (the app was
/// killed, the machine lost power). No write takes that long, so a write in progress in
/// another instance of the app is never touched.
const STALE_AFTER: std::time::Duration = std::time::Duration::from_mins(10);

/// Whether a file name is one [`write_impl`] gives its temporary files.
fn is_temporary_name(name: &std::ffi::OsStr) -> bool {
    name.to_str()
        .and_then(|n| n.strip_prefix(TEMP_PREFIX))
        .and_then(|n| n.strip_suffix(TEMP_SUFFIX))
        .is_some_and(|random| {
            random.len() == TEMP_RANDOM_LEN && random.bytes().all(|b| b.is_ascii_alphanumeric())
        })
}

/// Removes from `dir` the temporary files that writes killed midway left there (hidden, but
/// up to the size of an export, and `git add -A` would take them): regular files with exactly
/// our names, last modified more than [`STALE_AFTER`] ago. Links are not followed, folders and
/// any other file are left alone. Best effort: any error only means a file stays.
fn remove_stale_temporaries(dir: &Path) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    let now = std::time::SystemTime::now();
    for entry in entries.flatten() {
        if !is_temporary_name(&entry.file_name()) {
            continue;
        }
        // `DirEntry::metadata` does not follow a link: a link is not a regular file here.
        let Ok(meta) = entry.metadata() else {
            continue;
        };
        let stale = meta
            .modified()
            .ok()
            .and_then(|m| now.duration_since(m).ok())
            .is_some_and(|age| age > STALE_AFTER);
        if meta.file_type().is_file() && stale {
            let _ = std::fs::remove_file(entry.path());
        }
    }
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
    fn a_target_replaces_only_as_its_policy_allows() -> Result<(), Box<dyn std::error::Error>> {
        let dir = tempfile::tempdir()?;
        let p = dir.path().join("notes.md");
        std::fs::write(&p, b"mine")?;
        let never = WriteTarget::new(&p);
        assert!(matches!(write_to(&never, b"x"), Err(WriteError::Exists(_))));
        assert_eq!(std::fs::read(&p)?, b"mine");
        // The document's own file: replaced while it holds what was read, not after a change.
        let read = Replace::IfUnchanged(Some(hash_bytes(b"mine")));
        let own = WriteTarget {
            path: p.clone(),
            replace: read,
        };
        write_to(&own, b"saved")?;
        assert_eq!(std::fs::read(&p)?, b"saved");
        assert!(matches!(
            write_to(&own, b"again"),
            Err(WriteError::Changed(_))
        ));
        let unknown = WriteTarget {
            path: p.clone(),
            replace: Replace::IfUnchanged(None),
        };
        assert!(matches!(
            write_to(&unknown, b"x"),
            Err(WriteError::Changed(_))
        ));
        assert_eq!(std::fs::read(&p)?, b"saved");
        for replace in [
            Replace::AskedByNativeDialog,
            Replace::ConfirmedInWindow,
            Replace::ForcedOnCommandLine,
        ] {
            let target = WriteTarget {
                path: p.clone(),
                replace: replace.clone(),
            };
            write_to(&target, format!("{replace:?}").as_bytes())?;
            assert_eq!(std::fs::read_to_string(&p)?, format!("{replace:?}"));
        }
        assert_eq!(
            WriteTarget::new(&p).confirmed_in_window().replace,
            Replace::ConfirmedInWindow
        );
        // A missing file is written under any policy.
        let gone = dir.path().join("gone.ron");
        write_to(
            &WriteTarget {
                path: gone.clone(),
                replace: Replace::IfUnchanged(Some(hash_bytes(b"old"))),
            },
            b"new",
        )?;
        assert_eq!(std::fs::read(&gone)?, b"new");
        Ok(())
    }

    /// A path the user chose is written by `write_to` alone: `write_atomic`, which replaces
    /// whatever is there, stays with the files the app names itself. A new call needs a
    /// reason to be added here.
    #[test]
    fn only_files_the_app_names_are_replaced_without_a_target() -> std::io::Result<()> {
        const APP_OWNED: &[&str] = &[
            "crates/arbitre-core/src/files.rs",     // this module
            "crates/arbitre-core/src/autosave.rs",  // autosave-<instance>.ron
            "crates/arbitre-train/src/progress.rs", // the student's progress
            // training-position.ron, beside the progress, checked inside the data folder
            // (`autosave::inside_data_dir`), written on the screens' effect runner
            "crates/arbitre-app/src/train/jobs.rs",
            "crates/arbitre-train/src/exam/in_progress.rs", // the exam under way, in the data folder
            "crates/arbitre-adr/src/log/supersede.rs", // a record rewritten under the log's lock
            "crates/arbitre-app/src/settings/app_ron.rs", // eframe's app.ron repaired before eframe
        ];
        // Every crate of the workspace: this one's folder is `crates/arbitre-core`.
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
        let src = root.clone();
        let mut found = Vec::new();
        let mut dirs = vec![root.join("src"), root.join("crates")];
        while let Some(dir) = dirs.pop() {
            for entry in std::fs::read_dir(&dir)? {
                let path = entry?.path();
                if path.is_dir() {
                    dirs.push(path);
                } else if path.extension().is_some_and(|e| e == "rs") {
                    let text = std::fs::read_to_string(&path)?;
                    let name = path
                        .strip_prefix(&src)
                        .map_or_else(|_| path.display().to_string(), |p| p.display().to_string());
                    if text.contains("write_atomic(") && !APP_OWNED.contains(&name.as_str()) {
                        found.push(name);
                    }
                }
            }
        }
        assert!(
            found.is_empty(),
            "write_atomic outside the app's own files: {found:?}"
        );
        Ok(())
    }

    /// Sets a file's modification time an hour back, as a write killed long ago left it.
    fn age(path: &Path) -> std::io::Result<()> {
        let hour_ago = std::time::SystemTime::now() - std::time::Duration::from_hours(1);
        std::fs::File::open(path)?.set_modified(hour_ago)
    }

    #[test]
    fn stale_temporaries_go_at_the_next_write() -> Result<(), Box<dyn std::error::Error>> {
        type Write = fn(&Path, &[u8]) -> Result<(), WriteError>;
        for write in [write_atomic as Write, write_new_atomic] {
            let dir = tempfile::tempdir()?;
            let stale = dir.path().join(".arbitre-AbC123.tmp");
            std::fs::write(&stale, b"half an export")?;
            age(&stale)?;
            write(&dir.path().join("0001-a.md"), b"done")?;
            assert!(!stale.exists(), "the stale temporary is removed");
            assert_eq!(std::fs::read(dir.path().join("0001-a.md"))?, b"done");
            assert_eq!(std::fs::read_dir(dir.path())?.count(), 1);
        }
        Ok(())
    }

    #[test]
    fn fresh_temporaries_stay() -> Result<(), Box<dyn std::error::Error>> {
        // Another instance may be writing it right now.
        let dir = tempfile::tempdir()?;
        let fresh = dir.path().join(".arbitre-Fresh1.tmp");
        std::fs::write(&fresh, b"in flight")?;
        write_atomic(&dir.path().join("a.md"), b"done")?;
        assert_eq!(std::fs::read(&fresh)?, b"in flight");
        Ok(())
    }

    #[test]
    fn only_our_stale_regular_files_go() -> Result<(), Box<dyn std::error::Error>> {
        let dir = tempfile::tempdir()?;
        let d = dir.path();
        let mut kept = Vec::new();
        for name in [
            ".arbitre-x.tmp.keep",
            "arbitre-x.tmp",
            ".arbitre-x.tmpx",
            ".arbitre-AbC123.tmp.keep",
            "arbitre-AbC123.tmp",
            ".arbitre-AbC123.tmpx",
            ".arbitre-.tmp",
            ".arbitre-AbC12.tmp",
            ".arbitre-AbC1234.tmp",
            ".arbitre-AbC-12.tmp",
            ".arbitre-AbC 12.tmp",
            "x.arbitre-AbC123.tmp",
            "notes.md",
        ] {
            let p = d.join(name);
            std::fs::write(&p, name)?;
            age(&p)?;
            kept.push(p);
        }
        // A folder with our name, and what is in it.
        let folder = d.join(".arbitre-Dir123.tmp");
        std::fs::create_dir(&folder)?;
        let inner = folder.join(".arbitre-Inner1.tmp");
        std::fs::write(&inner, b"inner")?;
        age(&inner)?;
        age(&folder)?;
        kept.push(inner);
        kept.push(folder);
        // A link with our name, to an old file and to an old folder: neither it nor its target.
        #[cfg(unix)]
        {
            let target = d.join("target.txt");
            std::fs::write(&target, b"target")?;
            age(&target)?;
            let link = d.join(".arbitre-Lnk123.tmp");
            std::os::unix::fs::symlink(&target, &link)?;
            let dir_link = d.join(".arbitre-Lnk456.tmp");
            std::os::unix::fs::symlink(d.join(".arbitre-Dir123.tmp"), &dir_link)?;
            kept.extend([target, link, dir_link]);
        }
        write_atomic(&d.join("a.md"), b"done")?;
        for p in &kept {
            assert!(
                std::fs::symlink_metadata(p).is_ok(),
                "{} must be kept",
                p.display()
            );
        }
        assert_eq!(std::fs::read(d.join("notes.md"))?, b"notes.md");
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

#[cfg(test)]
mod message_tests {
    use super::*;

    #[test]
    fn a_write_error_is_worded_by_the_catalog_in_both_languages() {
        let e = WriteError::Io {
            path: PathBuf::from("/x/a.ron"),
            source: std::io::Error::from(std::io::ErrorKind::PermissionDenied),
        };
        assert_eq!(
            e.message(Lang::Fr),
            "/x/a.ron\u{a0}: écriture impossible\u{a0}: permission refusée"
        );
        assert_eq!(e.to_string(), e.message(Lang::En));
        assert_eq!(e.to_string(), "/x/a.ron: cannot write: permission denied");
        let ro = WriteError::Io {
            path: PathBuf::from("a"),
            source: std::io::Error::from(std::io::ErrorKind::ReadOnlyFilesystem),
        };
        assert!(
            ro.to_string()
                .ends_with(" (the file system is mounted read-only)"),
            "{ro}"
        );
        let exists = WriteError::Exists(PathBuf::from("b"));
        assert!(exists.message(Lang::Fr).starts_with("b\u{a0}: existe déjà"));
        assert!(exists.to_string().starts_with("b: already exists"));
    }
}
