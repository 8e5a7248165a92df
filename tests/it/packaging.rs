//! What a Linux install is made of: the desktop entry and the metainfo (`AppStream`) pass their
//! validators (`desktop-file-validate`, `appstreamcli validate`), one app id names the window,
//! the entry, the metadata, the icons and the package, the window icon decodes, and
//! `arbitre --version` names the commit it was built from.
//!
//! The validators are found by [`crate::peers`]: a missing one fails its test under CI
//! (`.ci/run` installs both, `desktop-file-utils` and `appstream`) and is a visible skip
//! elsewhere.

use std::path::{Path, PathBuf};
use std::process::Command;

use arbitre::ui::APP_ID;

use crate::binary::bin;
use crate::peers::{Peer, peer};

fn repo(path: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(path)
}

fn read(path: &str) -> String {
    std::fs::read_to_string(repo(path)).unwrap_or_else(|e| panic!("read {path}: {e}"))
}

fn metainfo_path() -> String {
    format!("assets/{APP_ID}.metainfo.xml")
}

/// Runs a validator on a file of the repository; fails with its whole output unless it passes.
fn validate(tool: &Path, args: &[&str]) -> String {
    let out = Command::new(tool)
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .unwrap_or_else(|e| panic!("cannot run {}: {e}", tool.display()));
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        out.status.success(),
        "{} {args:?} failed ({}):\n{text}",
        tool.display(),
        out.status
    );
    text
}

#[test]
fn desktop_entry_passes_desktop_file_validate() {
    let Some(tool) = peer(Peer::DesktopFileValidate) else {
        return;
    };
    let text = validate(&tool, &["assets/arbitre.desktop"]);
    // Not even a hint (such as two main categories).
    assert!(
        text.trim().is_empty(),
        "desktop-file-validate said:\n{text}"
    );
}

#[test]
fn metainfo_passes_appstreamcli_validate() {
    let Some(tool) = peer(Peer::Appstreamcli) else {
        return;
    };
    // --no-net: the screenshots and the homepage are https URLs of the published repository,
    // which a build machine without the network (or before publication) cannot fetch.
    let metainfo = metainfo_path();
    let text = validate(&tool, &["validate", "--no-net", "--explain", &metainfo]);
    assert!(
        !text.contains("\nW:") && !text.starts_with("W:") && !text.contains("E:"),
        "appstreamcli reported warnings or errors:\n{text}"
    );
}

#[test]
fn one_app_id_everywhere() {
    assert!(
        APP_ID.split('.').count() >= 3 && APP_ID.is_ascii(),
        "{APP_ID}: not a reverse-DNS id"
    );
    let desktop = read("assets/arbitre.desktop");
    for line in [format!("StartupWMClass={APP_ID}"), format!("Icon={APP_ID}")] {
        assert!(
            desktop.lines().any(|l| l == line),
            "assets/arbitre.desktop lacks `{line}`"
        );
    }
    let metainfo = read(&metainfo_path());
    for tag in [
        format!("<id>{APP_ID}</id>"),
        format!("<launchable type=\"desktop-id\">{APP_ID}.desktop</launchable>"),
    ] {
        assert!(metainfo.contains(&tag), "{} lacks {tag}", metainfo_path());
    }
    let deb = read("scripts/deb.sh");
    assert!(
        deb.lines().any(|l| l == format!("app_id={APP_ID}")),
        "scripts/deb.sh installs under another id than {APP_ID}"
    );
    assert!(repo(&format!("assets/icons/{APP_ID}.svg")).is_file());
    for n in [16, 32, 48, 64, 128, 256] {
        let png = repo(&format!("assets/icons/{n}x{n}/{APP_ID}.png"));
        assert!(png.is_file(), "{} is missing", png.display());
    }
}

#[test]
fn the_window_icon_decodes() {
    let icon = arbitre::ui::window_icon().expect("the embedded icon decodes");
    assert_eq!((icon.width, icon.height), (256, 256));
    assert_eq!(icon.rgba.len(), 256 * 256 * 4);
}

#[test]
fn this_version_is_released_in_the_metainfo_and_the_changelog() {
    let version = env!("CARGO_PKG_VERSION");
    assert!(
        read(&metainfo_path()).contains(&format!("<release version=\"{version}\"")),
        "the metainfo has no release {version}"
    );
    let changelog = read("CHANGELOG.md");
    assert!(changelog.contains("## [Unreleased]"));
    assert!(
        changelog
            .lines()
            .any(|l| l.starts_with(&format!("## [{version}] - "))),
        "CHANGELOG.md has no section for {version}"
    );
}

#[test]
fn version_names_the_commit() {
    let out = bin()
        .arg("--version")
        .output()
        .expect("run arbitre --version");
    assert!(out.status.success());
    let line = String::from_utf8_lossy(&out.stdout).trim().to_owned();
    let commit = env!("BUILD_COMMIT");
    assert_eq!(
        line,
        format!("arbitre {} ({commit})", env!("CARGO_PKG_VERSION"))
    );
    // Built from a Git checkout, the commit is HEAD's (a source tarball has no `.git`, and
    // says `unknown`).
    if !repo(".git").exists() {
        println!("packaging: not a Git checkout; the commit is {commit}");
        return;
    }
    let head = Command::new("git")
        .args(["rev-parse", "--short", "HEAD"])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output();
    match head {
        Ok(head) if head.status.success() => {
            let head = String::from_utf8_lossy(&head.stdout).trim().to_owned();
            assert!(
                commit == head || commit == format!("{head}-dirty"),
                "arbitre --version says {commit}, HEAD is {head}"
            );
        }
        _ => println!("packaging: no git here; the commit is {commit}"),
    }
}
