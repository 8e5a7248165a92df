//! Autosave and recovery: the work in progress is written (atomically) to the user's data
//! folder as it changes, so a crash or a `kill -9` loses nothing.
//!
//! Each running instance owns its own autosave file, `autosave-<instance>.ron`, and holds an
//! OS lock on `autosave-<instance>.lock` while it runs, so two instances never write over
//! each other and a clean exit removes only its own file. At start-up every autosave whose
//! owner is no longer running (its lock is free) is an *orphan* and is offered back, newest
//! first; while it is offered, this instance holds its lock so that a second instance does not
//! offer it too. An autosave is never deleted because it cannot be used here: one made with
//! another kit, or by a newer arbitre, is kept and reported; an unreadable one is set aside
//! under a unique name.

use std::fs::File;
use std::path::{Path, PathBuf};
use std::time::SystemTime;

use serde::{Deserialize, Serialize};

use crate::files::{self, WriteError};
use crate::kit::{self, CheckedKit, LoadError};
use crate::session::{FORMAT_VERSION, Session};

/// The kit an autosave was made with.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct KitOrigin {
    /// The kit file given with `--kit` (absolute), or `None` for the built-in kit.
    pub path: Option<PathBuf>,
    /// The kit's id.
    pub id: String,
    /// The kit's version.
    pub version: u32,
}

impl KitOrigin {
    /// The origin of a loaded kit.
    pub fn of(kit: &CheckedKit, path: Option<&Path>) -> KitOrigin {
        KitOrigin {
            path: path.map(Path::to_owned),
            id: kit.id.clone(),
            version: kit.version,
        }
    }

    /// How a user names this kit: its file, or "the built-in kit".
    pub fn describe(&self) -> String {
        match &self.path {
            Some(p) => format!("{} ({} v{})", p.display(), self.id, self.version),
            None => format!("built-in ({} v{})", self.id, self.version),
        }
    }
}

/// What an autosave file holds: the session, the file it belongs to and the kit it needs.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Recovery {
    /// The session file being edited (absolute), if it had one.
    pub path: Option<PathBuf>,
    /// A hash of what that file held when it was opened or last saved, to notice a file
    /// changed on disk since.
    pub disk_hash: Option<String>,
    /// The kit in use; `None` in autosaves from before it was recorded.
    pub kit: Option<KitOrigin>,
    /// The work in progress.
    pub session: Session,
}

/// An autosave left by an instance that is no longer running.
#[derive(Debug)]
pub struct Orphan {
    /// The autosave file.
    pub file: PathBuf,
    /// When it was last written.
    pub modified: Option<SystemTime>,
    /// What it holds, fitted to the kit.
    pub recovery: Recovery,
    /// Ids the kit does not know, dropped from `recovery` (the file keeps them).
    pub dropped: Vec<String>,
    /// Held while the orphan is offered, so that no other instance offers it too.
    lock: Option<File>,
}

impl PartialEq for Orphan {
    fn eq(&self, other: &Self) -> bool {
        self.file == other.file && self.recovery == other.recovery && self.dropped == other.dropped
    }
}

/// An autosave found at start-up that cannot be offered, and why. The file is kept.
#[derive(Debug)]
pub enum Kept {
    /// It was made with another kit; start arbitre with that kit to recover it.
    OtherKit {
        /// The autosave file, left in place.
        file: PathBuf,
        /// The kit it needs.
        needs: KitOrigin,
    },
    /// It was written by a newer arbitre.
    Newer {
        /// The autosave file, left in place.
        file: PathBuf,
        /// The session format it holds.
        format: u32,
    },
    /// It could not be read; it was renamed aside.
    SetAside {
        /// Why it could not be read.
        error: LoadError,
        /// Where it now is (the original name if it could not be renamed).
        moved_to: PathBuf,
    },
}

/// Everything found in the data folder at start-up.
#[derive(Debug, Default)]
pub struct Found {
    /// Work to offer back, newest first.
    pub orphans: Vec<Orphan>,
    /// Autosaves kept but not offered, with the reason.
    pub kept: Vec<Kept>,
}

/// The app's data folder: `$ARBITRE_DATA_DIR`, else `$XDG_DATA_HOME/arbitre`, else
/// `~/.local/share/arbitre` (or the platform's equivalent through `HOME`/`APPDATA`).
/// Always absolute, so that it does not depend on the working directory.
pub fn data_dir() -> Option<PathBuf> {
    let env = |k: &str| {
        std::env::var_os(k)
            .filter(|v| !v.is_empty())
            .map(PathBuf::from)
    };
    if let Some(d) = env("ARBITRE_DATA_DIR") {
        return Some(absolute(&d));
    }
    // The XDG spec says a relative value is invalid and must be ignored.
    if let Some(d) = env("XDG_DATA_HOME").filter(|d| d.is_absolute()) {
        return Some(d.join("arbitre"));
    }
    if cfg!(windows) {
        return env("APPDATA").map(|d| absolute(&d).join("arbitre"));
    }
    env("HOME")
        .filter(|h| h.is_absolute())
        .map(|h| h.join(".local").join("share").join("arbitre"))
}

/// `path` made absolute against the working directory (without touching the disk), so that
/// what is remembered still names the same file from another folder.
pub fn absolute(path: &Path) -> PathBuf {
    std::path::absolute(path).unwrap_or_else(|_| path.to_owned())
}

/// This instance's own autosave, locked while it runs.
#[derive(Debug)]
pub struct Autosave {
    file: PathBuf,
    lock_file: PathBuf,
    _lock: File,
}

impl Autosave {
    /// Takes a new autosave slot in `dir` (created if needed) and locks it for this run.
    pub fn claim(dir: &Path) -> Result<Autosave, WriteError> {
        let (file, lock_file, lock) = claim_slot(dir, "autosave")?;
        Ok(Autosave {
            file,
            lock_file,
            _lock: lock,
        })
    }

    /// Where it is written.
    pub fn file(&self) -> &Path {
        &self.file
    }

    /// The bytes to write for a recovery (computed on the UI thread, written elsewhere).
    pub fn encode(recovery: &Recovery) -> String {
        let pretty = ron::ser::PrettyConfig::new().depth_limit(4);
        ron::ser::to_string_pretty(recovery, pretty).unwrap_or_default() + "\n"
    }

    /// Writes the bytes atomically.
    pub fn write(&self, text: &str) -> Result<(), WriteError> {
        files::write_atomic(&self.file, text.as_bytes())
    }

    /// Removes the autosave once the work is safely saved; the slot stays locked.
    pub fn clear(&self) -> std::io::Result<()> {
        remove_if_present(&self.file)
    }

    /// Ends this run cleanly: removes the autosave and its lock.
    pub fn release(self) -> std::io::Result<()> {
        remove_if_present(&self.file)?;
        remove_if_present(&self.lock_file)
    }
}

fn remove_if_present(file: &Path) -> std::io::Result<()> {
    match std::fs::remove_file(file) {
        Err(e) if e.kind() != std::io::ErrorKind::NotFound => Err(e),
        _ => Ok(()),
    }
}

/// Takes a new file of this instance's own in the data folder `dir` (created if needed):
/// `<prefix>-<time>-<pid>[-n].ron`, guarded by `<…>.lock`, which is created new and locked
/// for as long as the returned handle lives. Returns the file, its lock file and the lock.
pub fn claim_slot(dir: &Path, prefix: &str) -> Result<(PathBuf, PathBuf, File), WriteError> {
    let io = |path: &Path| {
        let path = path.to_owned();
        move |source| WriteError::Io { path, source }
    };
    std::fs::create_dir_all(dir).map_err(io(dir))?;
    let stamp = SystemTime::now()
        .duration_since(SystemTime::UNIX_EPOCH)
        .map_or(0, |d| d.as_millis());
    let pid = std::process::id();
    let mut last = None;
    for n in 0..100u32 {
        let name = if n == 0 {
            format!("{prefix}-{stamp}-{pid}")
        } else {
            format!("{prefix}-{stamp}-{pid}-{n}")
        };
        let file = inside_data_dir(dir, &dir.join(format!("{name}.ron")))?;
        let lock_file = dir.join(format!("{name}.lock"));
        // Created new: never through a link planted under that name.
        match File::options()
            .write(true)
            .create_new(true)
            .open(&lock_file)
        {
            Ok(lock) => {
                if let Err(e) = lock.try_lock() {
                    let _ = std::fs::remove_file(&lock_file);
                    return Err(io(&lock_file)(std::io::Error::other(e.to_string())));
                }
                return Ok((file, lock_file, lock));
            }
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => last = Some(e),
            Err(e) => return Err(io(&lock_file)(e)),
        }
    }
    Err(io(dir)(last.unwrap_or_else(|| {
        std::io::Error::other(format!("no free {prefix} name"))
    })))
}

/// `path`, a file or folder to write under the data folder `data_dir`, if it stays inside
/// it: every part of it below the data folder that exists and is a symbolic link must lead
/// inside the data folder, and no part may be `..`. Otherwise [`WriteError::Outside`]: a
/// link planted in the data folder (`students/eve`, `results`) never makes arbitre write
/// elsewhere. The data folder itself is the user's choice and may be a link.
///
/// Every write into the data folder asks this first: progress, positions, students' folders,
/// exam files and results, autosaves.
pub fn inside_data_dir(data_dir: &Path, path: &Path) -> Result<PathBuf, WriteError> {
    use std::path::Component;
    let outside = || WriteError::Outside {
        path: path.to_owned(),
        root: data_dir.to_owned(),
    };
    let rest = path.strip_prefix(data_dir).map_err(|_| outside())?;
    let mut at = data_dir.to_owned();
    let mut root: Option<PathBuf> = None;
    for part in rest.components() {
        let Component::Normal(name) = part else {
            return Err(outside());
        };
        at.push(name);
        match std::fs::symlink_metadata(&at) {
            Ok(meta) if meta.file_type().is_symlink() => {
                if root.is_none() {
                    root = Some(std::fs::canonicalize(data_dir).map_err(|_| outside())?);
                }
                let leads_inside = std::fs::canonicalize(&at)
                    .is_ok_and(|real| root.as_deref().is_some_and(|r| real.starts_with(r)));
                if !leads_inside {
                    return Err(outside());
                }
            }
            Ok(_) => {}
            // Nothing further exists yet: what the write creates is inside.
            Err(_) => break,
        }
    }
    Ok(path.to_owned())
}

/// Whether a file name is one instance's `<prefix>-<instance>.ron` (`exam-in-progress.ron`
/// of older releases too). Set-aside copies (`….corrupt-…`, `….discarded-…`) are not.
pub fn is_slot_name(name: &str, prefix: &str) -> bool {
    name.strip_prefix(prefix)
        .and_then(|rest| rest.strip_prefix('-'))
        .and_then(|rest| rest.strip_suffix(".ron"))
        .is_some_and(|id| {
            !id.is_empty() && id.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
        })
}

/// Whether a file name is an autosave: `autosave.ron` (older releases) or
/// `autosave-<instance>.ron`.
fn is_autosave_name(name: &str) -> bool {
    name == "autosave.ron" || is_slot_name(name, "autosave")
}

/// The lock file that guards an instance's file.
pub fn lock_of(file: &Path) -> PathBuf {
    file.with_extension("lock")
}

/// The files in `dir` whose name `is_name` accepts and whose owner is not running, oldest
/// name first, each with its lock now held by this instance (`None` where no lock can be
/// made: a read-only folder).
pub fn free_slots(dir: &Path, is_name: impl Fn(&str) -> bool) -> Vec<(PathBuf, Option<File>)> {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut files: Vec<PathBuf> = entries
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_ok_and(|t| t.is_file()))
        .filter(|e| e.file_name().to_str().is_some_and(&is_name))
        .map(|e| e.path())
        .collect();
    files.sort();
    files
        .into_iter()
        .filter_map(|file| match take_lock(&lock_of(&file)) {
            Owner::Free(lock) => Some((file, lock)),
            // Its owner is running: that work is protected by it.
            Owner::Running => None,
        })
        .collect()
}

/// Looks in `dir` for autosaves whose owner is not running, reads them against `kit` (the kit
/// in use, `kit_path` its file or `None` for the built-in one), and locks the ones offered.
pub fn find_orphans(dir: &Path, kit: &CheckedKit, kit_path: Option<&Path>) -> Found {
    let mut found = Found::default();
    for (file, lock) in free_slots(dir, is_autosave_name) {
        let modified = std::fs::metadata(&file).and_then(|m| m.modified()).ok();
        match read(&file, kit, kit_path) {
            Ok(Read::Work(recovery, dropped)) => found.orphans.push(Orphan {
                file,
                modified,
                recovery: *recovery,
                dropped,
                lock,
            }),
            Ok(Read::Kept(kept)) => found.kept.push(kept),
            Err(error) => {
                // If it cannot even be renamed, it stays where it is (and is offered again).
                let moved_to = set_aside(&file, "corrupt").unwrap_or_else(|_| file.clone());
                drop(lock);
                let _ = std::fs::remove_file(lock_of(&file));
                found.kept.push(Kept::SetAside { error, moved_to });
            }
        }
    }
    found.orphans.sort_by_key(|o| std::cmp::Reverse(o.modified));
    found
}

/// Whether an autosave's owner may be running, judged by its lock file.
enum Owner {
    /// Nobody holds it; this instance now does.
    Free(Option<File>),
    /// Another process holds it.
    Running,
}

/// Locks `lock_file` (creating it if needed) unless another process holds it.
fn take_lock(lock_file: &Path) -> Owner {
    let lock = File::options()
        .write(true)
        .create(true)
        .truncate(false)
        .open(lock_file);
    match lock {
        Ok(lock) => match lock.try_lock() {
            Ok(()) => Owner::Free(Some(lock)),
            Err(_) => Owner::Running,
        },
        // A folder where no lock can be made (read-only): nobody can be holding one.
        Err(_) if !lock_file.exists() => Owner::Free(None),
        Err(_) => Owner::Running,
    }
}

enum Read {
    Work(Box<Recovery>, Vec<String>),
    Kept(Kept),
}

fn read(file: &Path, kit: &CheckedKit, kit_path: Option<&Path>) -> Result<Read, LoadError> {
    let source = kit::read_text_file(file)?;
    // The version first, so that a newer file is kept rather than misread or downgraded.
    if let Some(format) = session_format(&source)
        && format > FORMAT_VERSION
    {
        return Ok(Read::Kept(Kept::Newer {
            file: file.to_owned(),
            format,
        }));
    }
    let recovery: Recovery = ron::from_str(&source).map_err(|e| kit::syntax_error(file, &e))?;
    if recovery.session.format > FORMAT_VERSION {
        return Ok(Read::Kept(Kept::Newer {
            file: file.to_owned(),
            format: recovery.session.format,
        }));
    }
    let needs = recovery.kit.clone().unwrap_or_else(|| KitOrigin {
        // Older autosaves name only the kit's id, inside the session.
        path: kit_path.map(Path::to_owned),
        id: recovery.session.kit.id.clone(),
        version: recovery.session.kit.version,
    });
    let same_kit = (needs.id.is_empty() || needs.id == kit.id) && needs.path.as_deref() == kit_path;
    if !same_kit {
        return Ok(Read::Kept(Kept::OtherKit {
            file: file.to_owned(),
            needs,
        }));
    }
    let loaded = recovery.session.fit(kit);
    Ok(Read::Work(
        Box::new(Recovery {
            // A relative path from an older release named a file in a working directory
            // that is unknown now: never guess which one.
            path: recovery.path.filter(|p| p.is_absolute()),
            disk_hash: recovery.disk_hash,
            kit: Some(needs),
            session: loaded.session,
        }),
        loaded.dropped,
    ))
}

/// The `session.format` an autosave declares, if it can be found.
fn session_format(source: &str) -> Option<u32> {
    #[derive(Deserialize)]
    struct Probe {
        #[serde(default)]
        session: ProbeSession,
    }
    #[derive(Deserialize, Default)]
    struct ProbeSession {
        #[serde(default)]
        format: u32,
    }
    ron::from_str::<Probe>(source)
        .ok()
        .map(|p| p.session.format)
}

/// Renames `from` to `to` unless `to` exists (then `AlreadyExists`), even if it appears
/// meanwhile where the file system can link.
fn rename_noclobber(from: &Path, to: &Path) -> std::io::Result<()> {
    match std::fs::hard_link(from, to) {
        Ok(()) => std::fs::remove_file(from),
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => Err(e),
        Err(_) if to.exists() => Err(std::io::ErrorKind::AlreadyExists.into()),
        // No hard links here (some file systems): a plain rename after the check.
        Err(_) => std::fs::rename(from, to),
    }
}

impl Orphan {
    /// Sets the orphan aside (the user declined it): renamed under a unique name, never
    /// deleted. Returns the new name.
    pub fn set_aside(self) -> std::io::Result<PathBuf> {
        let to = set_aside(&self.file, "discarded")?;
        self.unlock();
        Ok(to)
    }

    /// The work was taken over by this instance's own autosave: removes the orphan, unless
    /// it holds ids the kit did not know, in which case it is set aside with them.
    pub fn retire(self) -> std::io::Result<()> {
        if self.dropped.is_empty() {
            remove_if_present(&self.file)?;
        } else {
            set_aside(&self.file, "restored")?;
        }
        self.unlock();
        Ok(())
    }

    /// Lets another instance offer it (later, or now); the file stays.
    pub fn unlock(mut self) {
        drop(self.lock.take());
        if !self.file.exists() {
            let _ = std::fs::remove_file(lock_of(&self.file));
        }
    }
}

/// Renames `file` to `<stem>.<tag>-<seconds>[-n].ron` in its folder, never over an existing
/// file. Returns the new name.
pub fn set_aside(file: &Path, tag: &str) -> std::io::Result<PathBuf> {
    let stem = file.file_stem().map_or_else(
        || "autosave".to_owned(),
        |s| s.to_string_lossy().into_owned(),
    );
    let stamp = SystemTime::now()
        .duration_since(SystemTime::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    for n in 0..1000u32 {
        let name = if n == 0 {
            format!("{stem}.{tag}-{stamp}.ron")
        } else {
            format!("{stem}.{tag}-{stamp}-{n}.ron")
        };
        let to = file.with_file_name(name);
        match rename_noclobber(file, &to) {
            Ok(()) => return Ok(to),
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {}
            Err(e) => return Err(e),
        }
    }
    Err(std::io::Error::new(
        std::io::ErrorKind::AlreadyExists,
        "no free name to set it aside",
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::kit::test_kit as kit;

    fn recovery(tick: &str) -> Recovery {
        let mut s = Session::new(&kit());
        s.ticks.insert(tick.into());
        Recovery {
            path: Some("/x/y.ron".into()),
            disk_hash: None,
            kit: Some(KitOrigin::of(&kit(), None)),
            session: s,
        }
    }

    #[test]
    fn an_instance_s_autosave_is_not_an_orphan_while_it_runs()
    -> Result<(), Box<dyn std::error::Error>> {
        let dir = tempfile::tempdir()?;
        let a = Autosave::claim(&dir.path().join("sub"))?;
        let r = recovery("vm.compliance");
        a.write(&Autosave::encode(&r))?;
        let found = find_orphans(&dir.path().join("sub"), &kit(), None);
        assert!(found.orphans.is_empty() && found.kept.is_empty());
        // Its owner is gone (the lock is released as by a crash): it is offered.
        let file = a.file().to_owned();
        drop(a);
        let found = find_orphans(&dir.path().join("sub"), &kit(), None);
        assert_eq!(found.orphans.len(), 1);
        assert_eq!(found.orphans[0].recovery, r);
        assert_eq!(found.orphans[0].file, file);
        Ok(())
    }

    #[test]
    fn two_instances_have_two_files_and_a_clean_exit_removes_only_its_own()
    -> Result<(), Box<dyn std::error::Error>> {
        let dir = tempfile::tempdir()?;
        let a = Autosave::claim(dir.path())?;
        let b = Autosave::claim(dir.path())?;
        assert_ne!(a.file(), b.file());
        a.write(&Autosave::encode(&recovery("vm.compliance")))?;
        b.write(&Autosave::encode(&recovery("vm.multiple-os")))?;
        let b_file = b.file().to_owned();
        b.release()?;
        assert!(!b_file.exists());
        assert!(a.file().exists(), "the other instance's work stays");
        Ok(())
    }

    #[test]
    fn an_offered_orphan_is_locked_against_a_second_instance()
    -> Result<(), Box<dyn std::error::Error>> {
        let dir = tempfile::tempdir()?;
        std::fs::write(
            dir.path().join("autosave-1-2.ron"),
            Autosave::encode(&recovery("vm.compliance")),
        )?;
        let first = find_orphans(dir.path(), &kit(), None);
        assert_eq!(first.orphans.len(), 1);
        let second = find_orphans(dir.path(), &kit(), None);
        assert!(second.orphans.is_empty(), "offered by the first instance");
        for o in first.orphans {
            o.unlock();
        }
        assert_eq!(find_orphans(dir.path(), &kit(), None).orphans.len(), 1);
        Ok(())
    }

    #[test]
    fn orphans_come_newest_first() -> Result<(), Box<dyn std::error::Error>> {
        let dir = tempfile::tempdir()?;
        let old = dir.path().join("autosave-9-9.ron");
        let new = dir.path().join("autosave-1-1.ron");
        std::fs::write(&old, Autosave::encode(&recovery("vm.compliance")))?;
        std::fs::write(&new, Autosave::encode(&recovery("vm.multiple-os")))?;
        let t = SystemTime::now() - std::time::Duration::from_hours(1);
        File::options().write(true).open(&old)?.set_modified(t)?;
        let found = find_orphans(dir.path(), &kit(), None);
        let files: Vec<_> = found.orphans.iter().map(|o| o.file.clone()).collect();
        assert_eq!(files, vec![new, old]);
        Ok(())
    }

    #[test]
    fn an_autosave_from_another_kit_is_kept_and_named() -> Result<(), Box<dyn std::error::Error>> {
        let dir = tempfile::tempdir()?;
        let mut r = recovery("custom.item");
        r.kit = Some(KitOrigin {
            path: Some("/kits/mine.ron".into()),
            id: "mine".into(),
            version: 2,
        });
        let file = dir.path().join("autosave-1-1.ron");
        let text = Autosave::encode(&r);
        std::fs::write(&file, &text)?;
        let found = find_orphans(dir.path(), &kit(), None);
        assert!(found.orphans.is_empty());
        match found.kept.as_slice() {
            [Kept::OtherKit { file: f, needs }] => {
                assert_eq!(f, &file);
                assert_eq!(needs.path.as_deref(), Some(Path::new("/kits/mine.ron")));
            }
            other => panic!("expected OtherKit, got {other:?}"),
        }
        assert_eq!(std::fs::read_to_string(&file)?, text, "kept as it was");
        Ok(())
    }

    #[test]
    fn a_newer_autosave_is_kept_not_downgraded() -> Result<(), Box<dyn std::error::Error>> {
        let dir = tempfile::tempdir()?;
        let file = dir.path().join("autosave.ron");
        let text = "(session: (format: 99, ticks: [\"vm.compliance\"], future: [1, 2]))";
        std::fs::write(&file, text)?;
        let found = find_orphans(dir.path(), &kit(), None);
        assert!(found.orphans.is_empty());
        assert!(
            matches!(found.kept.as_slice(), [Kept::Newer { format: 99, .. }]),
            "{:?}",
            found.kept
        );
        assert_eq!(std::fs::read_to_string(&file)?, text);
        Ok(())
    }

    #[test]
    fn a_corrupt_autosave_is_set_aside_not_deleted() -> Result<(), Box<dyn std::error::Error>> {
        let dir = tempfile::tempdir()?;
        let file = dir.path().join("autosave.ron");
        std::fs::write(&file, b"(session: (ticks: [")?;
        let found = find_orphans(dir.path(), &kit(), None);
        match found.kept.as_slice() {
            [Kept::SetAside { error, moved_to }] => {
                assert!(error.to_string().contains("autosave.ron:1:"), "{error}");
                assert_eq!(std::fs::read(moved_to)?, b"(session: (ticks: [");
                assert!(!file.exists());
            }
            other => panic!("expected SetAside, got {other:?}"),
        }
        Ok(())
    }

    #[test]
    fn set_aside_names_never_collide() -> Result<(), Box<dyn std::error::Error>> {
        let dir = tempfile::tempdir()?;
        let file = dir.path().join("autosave.ron");
        let mut seen = std::collections::BTreeSet::new();
        for i in 0..5 {
            std::fs::write(&file, format!("{i}"))?;
            let to = set_aside(&file, "corrupt")?;
            assert_eq!(std::fs::read_to_string(&to)?, format!("{i}"));
            assert!(seen.insert(to));
        }
        assert_eq!(std::fs::read_dir(dir.path())?.count(), 5, "all five kept");
        Ok(())
    }

    #[test]
    fn a_relative_path_from_an_old_autosave_is_not_trusted()
    -> Result<(), Box<dyn std::error::Error>> {
        let dir = tempfile::tempdir()?;
        std::fs::write(
            dir.path().join("autosave.ron"),
            "(path: Some(\"s.ron\"), session: (ticks: [\"vm.compliance\"]))",
        )?;
        let found = find_orphans(dir.path(), &kit(), None);
        assert_eq!(found.orphans.len(), 1);
        assert_eq!(found.orphans[0].recovery.path, None);
        Ok(())
    }

    #[test]
    fn unknown_ids_never_delete_the_autosave() -> Result<(), Box<dyn std::error::Error>> {
        let dir = tempfile::tempdir()?;
        let file = dir.path().join("autosave-1-1.ron");
        std::fs::write(
            &file,
            "(session: (ticks: [\"vm.compliance\", \"vm.unknown\"]))",
        )?;
        let mut found = find_orphans(dir.path(), &kit(), None);
        let orphan = found.orphans.pop().ok_or("no orphan")?;
        assert_eq!(orphan.dropped, vec!["vm.unknown".to_string()]);
        orphan.retire()?;
        let names: Vec<String> = std::fs::read_dir(dir.path())?
            .filter_map(Result::ok)
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .collect();
        assert!(
            names
                .iter()
                .any(|n| n.starts_with("autosave-1-1.restored-")),
            "{names:?}"
        );
        Ok(())
    }

    #[test]
    fn a_path_through_a_planted_link_is_refused() -> Result<(), Box<dyn std::error::Error>> {
        let data = tempfile::tempdir()?;
        let outside = tempfile::tempdir()?;
        let d = data.path();
        std::fs::create_dir_all(d.join("students/ana"))?;
        std::os::unix::fs::symlink(outside.path(), d.join("students/eve"))?;
        std::os::unix::fs::symlink(outside.path(), d.join("results"))?;
        std::os::unix::fs::symlink(d.join("students/ana"), d.join("students/ann"))?;
        std::os::unix::fs::symlink(outside.path().join("x.lock"), d.join("progress.lock"))?;
        let refused = |p: &Path| matches!(inside_data_dir(d, p), Err(WriteError::Outside { .. }));
        assert!(refused(&d.join("students/eve/progress.ron")));
        assert!(refused(&d.join("results")));
        assert!(refused(&d.join("results/a.csv")));
        assert!(
            refused(&d.join("progress.lock")),
            "a link as the file itself"
        );
        assert!(refused(&d.join("students/../../x")));
        assert!(refused(Path::new("/elsewhere/progress.ron")));
        // Inside: plain folders, files not written yet, and a link that stays inside.
        for ok in [
            "progress.ron",
            "students/ana/progress.ron",
            "students/ann/progress.ron",
            "new/sub/f.ron",
        ] {
            assert_eq!(inside_data_dir(d, &d.join(ok))?, d.join(ok), "{ok}");
        }
        // The data folder itself may be a link the user made.
        let link = outside.path().join("data-link");
        std::os::unix::fs::symlink(d, &link)?;
        assert!(inside_data_dir(&link, &link.join("students/ana/progress.ron")).is_ok());
        assert!(inside_data_dir(&link, &link.join("results/a.csv")).is_err());
        let said = inside_data_dir(d, &d.join("results"))
            .err()
            .map(|e| e.to_string());
        assert!(
            said.is_some_and(|s| s.contains("leads outside the data folder")),
            "worded"
        );
        Ok(())
    }

    #[test]
    fn names() {
        assert!(is_autosave_name("autosave.ron"));
        assert!(is_autosave_name("autosave-1700000000000-42.ron"));
        assert!(!is_autosave_name("autosave.corrupt-1.ron"));
        assert!(!is_autosave_name("autosave-1-1.discarded-5.ron"));
        assert!(!is_autosave_name("autosave-.ron"));
        assert!(!is_autosave_name("progress.ron"));
    }
}
