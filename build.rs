//! Stamps the commit arbitre is built from into the binary, for `arbitre --version`:
//! `BUILD_COMMIT` (`git rev-parse --short HEAD`, `-dirty` when tracked files differ from it)
//! and `BUILD_VERSION` (`0.1.0 (abc1234)`), read with `env!` (not named `ARBITRE_…`: those are
//! the run-time variables, read in `crates/arbitre-app/src/hooks.rs` and `crates/arbitre-core/src/autosave.rs` only).
//! The stamp is read by this crate only (the binary and its CLI): a commit rebuilds it, not
//! the layers under `crates/`.
//!
//! Outside a Git checkout of this very folder (a source tarball, `cargo install` from a
//! registry, `cargo package`'s copy under `target/`) or without `git`, the commit is
//! `unknown`, unless the builder names it in the `ARBITRE_COMMIT` environment variable.

use std::path::{Path, PathBuf};
use std::process::Command;

fn main() {
    let manifest_dir = PathBuf::from(std::env::var_os("CARGO_MANIFEST_DIR").unwrap_or_default());
    let version = std::env::var("CARGO_PKG_VERSION").unwrap_or_default();

    println!("cargo:rerun-if-env-changed=ARBITRE_COMMIT");
    // What is built: the dirty mark is worked out again whenever one of these changes (their
    // change rebuilds the crate anyway).
    for path in [
        "build.rs",
        "Cargo.toml",
        "Cargo.lock",
        "src",
        "crates",
        "data",
        "assets",
    ] {
        if manifest_dir.join(path).exists() {
            println!("cargo:rerun-if-changed={path}");
        }
    }

    let commit = match std::env::var("ARBITRE_COMMIT") {
        Ok(given) if !given.trim().is_empty() => given.trim().to_owned(),
        _ => git_commit(&manifest_dir).unwrap_or_else(|| "unknown".to_owned()),
    };
    println!("cargo:rustc-env=BUILD_COMMIT={commit}");
    println!("cargo:rustc-env=BUILD_VERSION={version} ({commit})");
}

/// `git` in `dir`, its trimmed stdout if it succeeded. Optional locks are off, so that
/// `git status` never rewrites the index behind another git command.
fn git(dir: &Path, args: &[&str]) -> Option<String> {
    let out = Command::new("git")
        .args(args)
        .current_dir(dir)
        .env("GIT_OPTIONAL_LOCKS", "0")
        .output()
        .ok()?;
    out.status
        .success()
        .then(|| String::from_utf8_lossy(&out.stdout).trim().to_owned())
}

/// The short commit of `dir`'s checkout, with `-dirty`; `None` when `dir` is not the top of a
/// Git work tree (a tarball unpacked inside another repository must not take its commit).
fn git_commit(dir: &Path) -> Option<String> {
    let top = git(dir, &["rev-parse", "--show-toplevel"])?;
    let same = |a: &Path, b: &Path| match (a.canonicalize(), b.canonicalize()) {
        (Ok(a), Ok(b)) => a == b,
        _ => false,
    };
    if !same(Path::new(&top), dir) {
        return None;
    }
    let commit = git(dir, &["rev-parse", "--short", "HEAD"])?;
    watch_head(dir);
    let dirty =
        git(dir, &["status", "--porcelain", "--untracked-files=no"]).is_some_and(|s| !s.is_empty());
    Some(if dirty {
        format!("{commit}-dirty")
    } else {
        commit
    })
}

/// Reruns the script when HEAD moves: HEAD itself (in a linked work tree, `.git` is a file
/// and HEAD lives in the main repository's `worktrees/<name>/`), the branch it points to
/// (its loose ref, or `packed-refs` and the folder its loose ref will appear in).
fn watch_head(dir: &Path) {
    let watch = |path: &Path| {
        if path.exists() {
            println!("cargo:rerun-if-changed={}", path.display());
        }
    };
    let absolute = |p: String| {
        let p = PathBuf::from(p);
        if p.is_absolute() { p } else { dir.join(p) }
    };
    let Some(git_dir) = git(dir, &["rev-parse", "--git-dir"]).map(absolute) else {
        return;
    };
    let common_dir =
        git(dir, &["rev-parse", "--git-common-dir"]).map_or_else(|| git_dir.clone(), absolute);
    watch(&git_dir.join("HEAD"));
    if let Some(branch) = git(dir, &["symbolic-ref", "-q", "HEAD"]) {
        let loose = common_dir.join(&branch);
        if loose.exists() {
            watch(&loose);
        } else if let Some(parent) = loose.parent() {
            // Only in packed-refs: the next commit writes the loose ref in this folder (not
            // watched otherwise, since every branch's commit touches it).
            watch(parent);
        }
        watch(&common_dir.join("packed-refs"));
    }
}
