//! Nothing lost: autosaves per instance, recovery into the right file, a kit or format that
//! does not fit, a failing data folder, a file changed on disk, bad persisted settings.

use crate::common;

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use arbitre::autosave::{Autosave, KitOrigin, Recovery};
use arbitre::i18n::Lang;
use arbitre::session::Session;
use arbitre::ui::{ArbitreApp, Launch, Screen, Settings};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;

type Res = Result<(), Box<dyn std::error::Error>>;

const CASE: &str = "1. Critical Security Isolation";

fn app(data: &Path, session: Option<PathBuf>) -> Harness<'static, ArbitreApp> {
    common::app_harness_with(
        Settings {
            lang: Lang::En,
            screen: Screen::Checklists,
            ..Settings::default()
        },
        Launch {
            data_dir: Some(data.to_owned()),
            session,
            ..Launch::default()
        },
    )
}

/// The autosave files (not set-aside copies) in a folder.
fn autosaves(dir: &Path) -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = std::fs::read_dir(dir)
        .map(|d| {
            d.filter_map(Result::ok)
                .map(|e| e.path())
                .filter(|p| {
                    p.file_name()
                        .and_then(|n| n.to_str())
                        .is_some_and(|n| n.starts_with("autosave") && n.ends_with(".ron"))
                        && !p.to_string_lossy().contains(".corrupt-")
                        && !p.to_string_lossy().contains(".discarded-")
                })
                .collect()
        })
        .unwrap_or_default();
    v.sort();
    v
}

/// Runs frames until `done` holds (the autosave thread writes in the background).
fn until(h: &mut Harness<'static, ArbitreApp>, what: &str, done: impl Fn(&ArbitreApp) -> bool) {
    let start = Instant::now();
    while !done(h.state()) {
        assert!(
            start.elapsed() < Duration::from_secs(10),
            "timed out: {what}"
        );
        h.step();
        std::thread::sleep(Duration::from_millis(10));
    }
}

fn wait_for_file(h: &mut Harness<'static, ArbitreApp>, dir: &Path, needle: &str) -> PathBuf {
    let start = Instant::now();
    loop {
        if let Some(f) = autosaves(dir)
            .into_iter()
            .find(|f| std::fs::read_to_string(f).is_ok_and(|t| t.contains(needle)))
        {
            return f;
        }
        assert!(
            start.elapsed() < Duration::from_secs(10),
            "no autosave holding {needle}"
        );
        h.step();
        std::thread::sleep(Duration::from_millis(10));
    }
}

#[test]
fn a_session_opened_by_a_relative_path_is_remembered_absolutely() -> Res {
    let data = tempfile::tempdir()?;
    // A relative path as typed on the command line (the tests run in the crate's root).
    let relative = PathBuf::from("data/examples/quote-app.ron");
    let mut h = app(data.path(), Some(relative.clone()));
    let expected = std::env::current_dir()?.join(&relative);
    assert_eq!(h.state().doc.path.as_deref(), Some(expected.as_path()));
    h.get_by_label(CASE).click();
    h.run();
    let file = wait_for_file(&mut h, data.path(), "vm.security-isolation");
    let text = std::fs::read_to_string(file)?;
    assert!(
        text.contains(&format!("{:?}", expected.display().to_string())),
        "the autosave names the absolute path: {text}"
    );
    Ok(())
}

#[test]
fn two_instances_keep_their_own_autosaves() -> Res {
    let data = tempfile::tempdir()?;
    let mut a = app(data.path(), None);
    let mut b = app(data.path(), None);
    a.get_by_label(CASE).click();
    a.run();
    b.get_by_label("2. Different Operating Systems").click();
    b.run();
    let fa = wait_for_file(&mut a, data.path(), "vm.security-isolation");
    let fb = wait_for_file(&mut b, data.path(), "vm.multiple-os");
    assert_ne!(fa, fb);
    // A third instance started now offers nothing: both owners are running.
    let c = app(data.path(), None);
    assert!(c.state().recovery_offers.is_empty());
    drop(c);
    // b closes cleanly after discarding its change: only its own autosave goes.
    b.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
    b.run();
    eframe::App::on_exit(b.state_mut(), None);
    assert!(!fb.exists(), "b's own autosave removed");
    assert!(fa.exists(), "a's autosave untouched");
    // a is killed (dropped without on_exit): its work is an orphan, offered at the next start.
    drop(a);
    let d = app(data.path(), None);
    assert_eq!(d.state().recovery_offers.len(), 1);
    assert_eq!(d.state().recovery_offers[0].file, fa);
    Ok(())
}

#[test]
fn every_orphan_is_offered_newest_first_and_restore_retires_only_that_one() -> Res {
    let data = tempfile::tempdir()?;
    let kit = arbitre::kit::CheckedKit::builtin()?;
    let write = |name: &str, tick: &str, age: u64| -> Result<PathBuf, Box<dyn std::error::Error>> {
        let mut session = Session::new(&kit);
        session.ticks.insert(tick.into());
        let f = data.path().join(name);
        std::fs::write(
            &f,
            Autosave::encode(&Recovery {
                session,
                kit: Some(KitOrigin::of(&kit, None)),
                ..Recovery::default()
            }),
        )?;
        std::fs::File::options()
            .write(true)
            .open(&f)?
            .set_modified(std::time::SystemTime::now() - Duration::from_secs(age))?;
        Ok(f)
    };
    let old = write("autosave-1-1.ron", "vm.compliance", 7200)?;
    let new = write("autosave-2-2.ron", "vm.multiple-os", 60)?;
    let mut h = app(data.path(), None);
    let offered: Vec<PathBuf> = h
        .state()
        .recovery_offers
        .iter()
        .map(|o| o.file.clone())
        .collect();
    assert_eq!(offered, vec![new.clone(), old.clone()]);
    // The first "Restore" is the newest.
    if let Some(first) = h.query_all_by_label("Restore").next() {
        first.click();
    }
    h.run();
    assert!(h.state().doc.session.ticks.contains("vm.multiple-os"));
    until(&mut h, "the restored orphan is retired", |_| !new.exists());
    assert!(old.exists(), "the other orphan is kept for later");
    Ok(())
}

#[test]
fn an_autosave_made_with_another_kit_is_kept_and_the_kit_named() -> Res {
    let data = tempfile::tempdir()?;
    let file = data.path().join("autosave-1-1.ron");
    let text = "(kit: Some((path: Some(\"/courses/k8s-kit.ron\"), id: \"k8s\", version: 3)), session: (ticks: [\"k8s.only\"]))\n";
    std::fs::write(&file, text)?;
    let h = app(data.path(), None);
    assert!(h.state().recovery_offers.is_empty());
    let said: Vec<String> = h
        .state()
        .messages
        .iter()
        .map(|m| m.text(Lang::En))
        .collect();
    assert!(
        said.iter()
            .any(|m| m.contains("/courses/k8s-kit.ron") && m.contains("autosave-1-1.ron")),
        "{said:?}"
    );
    drop(h);
    assert_eq!(std::fs::read_to_string(&file)?, text, "never deleted");
    Ok(())
}

#[test]
fn an_autosave_of_a_newer_format_is_refused_and_kept() -> Res {
    let data = tempfile::tempdir()?;
    let file = data.path().join("autosave.ron");
    let text = "(session: (format: 7, ticks: [\"vm.compliance\"]))\n";
    std::fs::write(&file, text)?;
    let h = app(data.path(), None);
    assert!(h.state().recovery_offers.is_empty());
    assert!(
        h.state()
            .messages
            .iter()
            .any(|m| m.text(Lang::En).contains("newer arbitre")),
    );
    drop(h);
    assert_eq!(std::fs::read_to_string(&file)?, text);
    Ok(())
}

#[test]
fn a_failing_autosave_is_shown_in_the_window_until_it_works() -> Res {
    let tmp = tempfile::tempdir()?;
    // The data folder is a file: nothing can be written there (like a full or read-only
    // disk, and it works when the tests run as root).
    let data = tmp.path().join("data");
    std::fs::write(&data, "not a folder")?;
    let mut h = app(&data, None);
    h.get_by_label(CASE).click();
    h.step();
    until(&mut h, "the failure reaches the window", |a| {
        a.autosave_problem.is_some()
    });
    h.step();
    h.get_by_label_contains("Changes are not being autosaved");
    // The folder comes back: the next change is saved and the warning goes.
    std::fs::remove_file(&data)?;
    std::fs::create_dir(&data)?;
    h.get_by_label("2. Different Operating Systems").click();
    h.step();
    until(&mut h, "the warning goes once a save works", |a| {
        a.autosave_problem.is_none()
    });
    h.step();
    assert!(
        h.query_by_label_contains("Changes are not being autosaved")
            .is_none()
    );
    assert_eq!(autosaves(&data).len(), 1);
    Ok(())
}

#[test]
fn no_data_folder_at_all_is_said_in_the_window() {
    let h = common::app_harness_with(
        Settings {
            lang: Lang::Fr,
            ..Settings::default()
        },
        Launch {
            autosave_unavailable: true,
            ..Launch::default()
        },
    );
    h.get_by_label_contains("Les modifications ne sont pas sauvegardées automatiquement");
}

#[test]
fn saving_over_a_file_changed_on_disk_asks_first() -> Res {
    let tmp = tempfile::tempdir()?;
    let file = tmp.path().join("s.ron");
    std::fs::copy("data/examples/quote-app.ron", &file)?;
    let mut h = app(tmp.path(), Some(file.clone()));
    h.get_by_label(CASE).click();
    h.run();
    // Someone else saves the file meanwhile.
    let theirs = std::fs::read_to_string(&file)?.replace("quote-app", "quote-app (theirs)");
    std::fs::write(&file, &theirs)?;
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::S);
    h.run();
    h.get_by_label("The file changed on disk");
    assert_eq!(std::fs::read_to_string(&file)?, theirs, "not overwritten");
    h.get_by_label("Cancel").click();
    h.run();
    assert_eq!(std::fs::read_to_string(&file)?, theirs);
    assert!(h.state().doc.is_dirty());
    // Asked again, the user chooses to replace it.
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::S);
    h.run();
    h.get_by_label("Replace").click();
    h.run();
    assert!(std::fs::read_to_string(&file)?.contains("vm.security-isolation"));
    assert!(!h.state().doc.is_dirty());
    // Saved here: the next save does not ask.
    h.get_by_label("2. Different Operating Systems").click();
    h.run();
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::S);
    h.run();
    assert!(h.query_by_label("The file changed on disk").is_none());
    assert!(std::fs::read_to_string(&file)?.contains("vm.multiple-os"));
    Ok(())
}

#[test]
fn a_restored_session_asks_before_saving_over_a_file_changed_since() -> Res {
    let tmp = tempfile::tempdir()?;
    let data = tmp.path().join("data");
    let file = tmp.path().join("s.ron");
    std::fs::copy("data/examples/quote-app.ron", &file)?;
    {
        let mut first = app(&data, Some(file.clone()));
        first.get_by_label(CASE).click();
        first.run();
        wait_for_file(&mut first, &data, "vm.security-isolation");
        // Killed: dropped without closing.
    }
    std::fs::write(&file, "(format: 1, ticks: [\"vm.compliance\"])\n")?;
    let mut h = app(&data, None);
    h.get_by_label("Restore").click();
    h.run();
    assert_eq!(h.state().doc.path.as_deref(), Some(file.as_path()));
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::S);
    h.run();
    h.get_by_label("The file changed on disk");
    assert_eq!(
        std::fs::read_to_string(&file)?,
        "(format: 1, ticks: [\"vm.compliance\"])\n"
    );
    Ok(())
}

#[test]
fn impossible_persisted_settings_fall_back_and_say_so() {
    for zoom in [f32::NAN, f32::INFINITY, -2.0, 1.0e9] {
        let h = common::app_harness_with(
            Settings {
                lang: Lang::En,
                zoom,
                recent: vec![PathBuf::from("relative.ron")],
                ..Settings::default()
            },
            Launch::default(),
        );
        assert_eq!(h.state().settings.zoom, 1.0, "zoom {zoom}");
        assert!(h.state().settings.recent.is_empty());
        assert_eq!(
            h.state()
                .messages
                .iter()
                .filter(|m| m.text(Lang::En).contains("zoom"))
                .count(),
            1,
            "said once"
        );
    }
}
