//! Sessions in the app: undo/redo, the unsaved-changes prompt, open/save, and bad files that
//! leave everything as it was.

use crate::common;

use arbitre::i18n::Lang;
use arbitre::ui::{Launch, Screen, Settings};
use egui::{Key, Modifiers};
use egui_kittest::kittest::Queryable as _;

fn checklists(lang: Lang) -> egui_kittest::Harness<'static, arbitre::ui::ArbitreApp> {
    common::app_harness_with(
        Settings {
            lang,
            screen: Screen::Checklists,
            ..Settings::default()
        },
        Launch::default(),
    )
}

const CASE: &str = "1. Critical Security Isolation";

#[test]
fn undo_and_redo_ticks_with_the_keyboard() {
    let mut h = checklists(Lang::En);
    h.get_by_label(CASE).click();
    h.run();
    assert!(
        h.state()
            .doc
            .session
            .ticks
            .contains("vm.security-isolation")
    );
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run();
    assert!(h.state().doc.session.ticks.is_empty());
    assert!(!h.state().doc.is_dirty());
    h.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::Z);
    h.run();
    assert!(
        h.state()
            .doc
            .session
            .ticks
            .contains("vm.security-isolation")
    );
    assert_eq!(
        h.state().recommendation.outcome,
        arbitre::decide::Outcome::Vms
    );
}

#[test]
fn undo_covers_weights_and_text() {
    let mut h = common::app_harness(Lang::En);
    if let Some(n) = h.query_all_by_label("Medium").next() {
        n.click();
    }
    h.run();
    if let Some(n) = h
        .query_all_by_role(egui::accesskit::Role::MultilineTextInput)
        .next()
    {
        n.click();
    }
    h.run();
    if let Some(n) = h
        .query_all_by_role(egui::accesskit::Role::MultilineTextInput)
        .next()
    {
        n.type_text("abc");
    }
    h.run();
    assert_eq!(
        h.state()
            .doc
            .session
            .notes
            .get("kernel-sharing")
            .map(String::as_str),
        Some("abc")
    );
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run();
    assert!(
        h.state().doc.session.notes.is_empty(),
        "typing is one undo step"
    );
    assert_eq!(
        h.state().doc.session.weights.get("kernel-sharing"),
        Some(&2)
    );
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run();
    assert!(h.state().doc.session.weights.is_empty());
}

#[test]
fn new_with_unsaved_changes_asks_first() {
    let mut h = checklists(Lang::En);
    h.get_by_label(CASE).click();
    h.run();
    assert!(
        h.state().title().contains("untitled •"),
        "{}",
        h.state().title()
    );
    h.key_press_modifiers(Modifiers::COMMAND, Key::N);
    h.run();
    h.get_by_label("Unsaved changes");
    // Cancel keeps the work.
    h.get_by_label("Cancel").click();
    h.run();
    assert!(h.query_by_label("Unsaved changes").is_none());
    assert!(
        h.state()
            .doc
            .session
            .ticks
            .contains("vm.security-isolation")
    );
    // Don't save really starts over.
    h.key_press_modifiers(Modifiers::COMMAND, Key::N);
    h.run();
    h.get_by_label("Don't save").click();
    h.run();
    assert!(h.state().doc.session.ticks.is_empty());
    assert!(!h.state().doc.is_dirty());
}

#[test]
fn save_then_open_restores_everything() -> Result<(), Box<dyn std::error::Error>> {
    let dir = tempfile::tempdir()?;
    let path = dir.path().join("team.ron");
    let mut h = checklists(Lang::Fr);
    h.get_by_label("1. Isolation de Sécurité Critique").click();
    h.run();
    assert!(
        h.state_mut()
            .save_to(arbitre::files::WriteTarget::new(&path))
    );
    h.run();
    assert!(!h.state().doc.is_dirty());
    assert!(
        h.state().title().starts_with("team.ron — "),
        "{}",
        h.state().title()
    );
    let saved = h.state().doc.session.clone();

    let mut h2 = checklists(Lang::Fr);
    h2.state_mut().open_path(&path);
    h2.run();
    assert_eq!(h2.state().doc.session, saved);
    assert_eq!(h2.state().settings.recent.len(), 1);
    Ok(())
}

#[test]
fn bad_files_leave_the_work_and_the_file_untouched() -> Result<(), Box<dyn std::error::Error>> {
    let dir = tempfile::tempdir()?;
    let big = vec![b' '; 11 * 1024 * 1024];
    let cases: Vec<(&str, Vec<u8>, &str)> = vec![
        (
            "truncated.ron",
            b"(format: 1, ticks: [\"vm.compl".to_vec(),
            "truncated.ron:1:",
        ),
        (
            "binary.ron",
            vec![0, 159, 146, 150, 0, 1],
            "not a text file",
        ),
        ("huge.ron", big, "too large"),
        (
            "malformed.ron",
            b"(format: 1,\n weights: {\"startup-time\": \"x\"})".to_vec(),
            "malformed.ron:2:",
        ),
        ("newer.ron", b"(format: 7)".to_vec(), "newer arbitre"),
    ];
    let mut h = checklists(Lang::En);
    h.get_by_label(CASE).click();
    h.run();
    let before = h.state().doc.session.clone();
    for (name, bytes, expect) in cases {
        let path = dir.path().join(name);
        std::fs::write(&path, &bytes)?;
        h.state_mut().open_path(&path);
        h.run();
        let msg = h
            .state()
            .messages
            .last()
            .map(|m| m.text(h.state().settings.lang))
            .unwrap_or_default();
        assert!(msg.contains(name) && msg.contains(expect), "{name}: {msg}");
        assert_eq!(std::fs::read(&path)?, bytes, "{name} was modified");
        assert_eq!(h.state().doc.session, before, "{name} changed the work");
    }
    Ok(())
}

#[test]
fn saving_into_a_missing_folder_says_so_and_keeps_the_work() {
    let mut h = checklists(Lang::En);
    h.get_by_label(CASE).click();
    h.run();
    assert!(
        !h.state_mut()
            .save_to(arbitre::files::WriteTarget::new("/nonexistent-dir/x.ron"))
    );
    h.run();
    assert!(h.state().doc.is_dirty());
    let msg = h
        .state()
        .messages
        .last()
        .map(|m| m.text(h.state().settings.lang))
        .unwrap_or_default();
    assert!(msg.contains("/nonexistent-dir/x.ron"), "{msg}");
}

#[test]
fn unsaved_work_is_offered_back_and_restored() -> Result<(), Box<dyn std::error::Error>> {
    let dir = tempfile::tempdir()?;
    let kit = arbitre::kit::CheckedKit::builtin()?;
    let mut session = arbitre::session::Session::new(&kit);
    session.ticks.insert("vm.compliance".into());
    std::fs::write(
        dir.path().join("autosave-1-1.ron"),
        arbitre::autosave::Autosave::encode(&arbitre::autosave::Recovery {
            session,
            ..Default::default()
        }),
    )?;
    let mut h = common::app_harness_with(
        Settings {
            lang: Lang::En,
            ..Settings::default()
        },
        Launch {
            data_dir: Some(dir.path().to_owned()),
            ..Launch::default()
        },
    );
    h.get_by_label("Unsaved work found");
    h.get_by_label("Restore").click();
    h.run();
    assert!(h.state().doc.session.ticks.contains("vm.compliance"));
    assert!(h.state().doc.is_dirty(), "restored work is not saved yet");
    Ok(())
}

#[test]
fn a_corrupt_autosave_is_reported_and_kept() -> Result<(), Box<dyn std::error::Error>> {
    let dir = tempfile::tempdir()?;
    std::fs::write(dir.path().join("autosave.ron"), b"(session: (ticks: [")?;
    let h = common::app_harness_with(
        Settings::default(),
        Launch {
            data_dir: Some(dir.path().to_owned()),
            ..Launch::default()
        },
    );
    let msg = h
        .state()
        .messages
        .first()
        .map(|m| m.text(h.state().settings.lang))
        .unwrap_or_default();
    assert!(
        msg.contains("mis de côté sous") && msg.contains("autosave.corrupt-"),
        "{msg}"
    );
    let kept = std::fs::read_dir(dir.path())?
        .filter_map(std::result::Result::ok)
        .any(|e| {
            e.file_name()
                .to_string_lossy()
                .starts_with("autosave.corrupt-")
        });
    assert!(kept);
    Ok(())
}

#[test]
fn without_a_native_dialog_a_path_field_takes_its_place() -> Result<(), Box<dyn std::error::Error>>
{
    let dir = tempfile::tempdir()?;
    let mut h = checklists(Lang::En);
    h.state_mut().native_dialogs = false;
    h.state_mut()
        .apply(arbitre::ui::Command::SaveAs, &egui::Context::default());
    h.run();
    // The dialog's title, the reason and what Linux needs, a path field.
    h.get_by_label("Save the session as");
    h.get_by_label_contains("xdg-desktop-portal or zenity");
    let path = dir.path().join("typed");
    *h.state_mut().path_text_mut().ok_or("no prompt")? = path.display().to_string();
    h.get_by_label("OK").click();
    h.run();
    assert!(h.state().path_prompt().is_none());
    assert!(
        dir.path().join("typed.ron").is_file(),
        "saved, with its extension"
    );
    assert_eq!(
        h.state().doc.path.as_deref(),
        Some(dir.path().join("typed.ron").as_path())
    );
    // The next dialog starts in the session's folder.
    h.state_mut().apply(
        arbitre::ui::Command::OpenLogDialog,
        &egui::Context::default(),
    );
    h.run();
    let start = h
        .state()
        .path_prompt()
        .map(|(_, t)| t.to_owned())
        .unwrap_or_default();
    assert_eq!(start, format!("{}/", dir.path().display()));
    h.get_by_label("Cancel").click();
    h.run();
    assert!(h.state().path_prompt().is_none());
    Ok(())
}

#[test]
fn close_then_save_on_an_untitled_session_closes_once_saved()
-> Result<(), Box<dyn std::error::Error>> {
    let dir = tempfile::tempdir()?;
    let mut h = checklists(Lang::En);
    h.state_mut().native_dialogs = false;
    h.state_mut().apply(
        arbitre::ui::Command::Edit(arbitre::session::Edit::Tick {
            id: "vm.compliance".into(),
            on: true,
        }),
        &egui::Context::default(),
    );
    assert!(!h.state().can_close());
    h.state_mut()
        .ask_unsaved(arbitre::ui::command::Pending::Close);
    h.run();
    h.get_by_label("Save").click();
    h.run();
    // Untitled: where to save is asked first; the window is still open.
    assert!(!h.state().can_close());
    let path = dir.path().join("before-closing.ron");
    *h.state_mut().path_text_mut().ok_or("no prompt")? = path.display().to_string();
    h.get_by_label("OK").click();
    h.run();
    assert!(path.is_file());
    assert!(h.state().can_close(), "saved: the window closes");

    // Cancelling the Save As leaves nothing waiting: a later Save As does not close.
    let mut h = checklists(Lang::En);
    h.state_mut().native_dialogs = false;
    h.state_mut().apply(
        arbitre::ui::Command::Edit(arbitre::session::Edit::Tick {
            id: "vm.compliance".into(),
            on: true,
        }),
        &egui::Context::default(),
    );
    h.state_mut()
        .ask_unsaved(arbitre::ui::command::Pending::Close);
    h.run();
    h.get_by_label("Save").click();
    h.run();
    h.get_by_label("Cancel").click();
    h.run();
    assert!(!h.state().can_close());
    Ok(())
}

/// How the path is confirmed: Enter in the field, or the OK button.
#[derive(Clone, Copy, Debug)]
enum Confirm {
    Enter,
    Ok,
}

fn confirm(h: &mut egui_kittest::Harness<'static, arbitre::ui::ArbitreApp>, how: Confirm) {
    match how {
        Confirm::Enter => h.key_press(Key::Enter),
        Confirm::Ok => h.get_by_label("OK").click(),
    }
    h.run();
}

const EXISTS: &str = "This file already exists";

/// An untitled session with a tick, and Save As pressed where no native dialog exists.
fn ticked_then_save_as() -> egui_kittest::Harness<'static, arbitre::ui::ArbitreApp> {
    let mut h = checklists(Lang::En);
    h.state_mut().native_dialogs = false;
    h.get_by_label(CASE).click();
    h.run();
    h.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::S);
    h.run();
    h.get_by_label("Save the session as");
    h
}

#[test]
fn save_as_in_the_path_field_never_replaces_a_file_without_asking()
-> Result<(), Box<dyn std::error::Error>> {
    for how in [Confirm::Enter, Confirm::Ok] {
        let dir = tempfile::tempdir()?;
        let notes = dir.path().join("notes.md");
        std::fs::write(&notes, "# My notes\n")?;
        let mut h = ticked_then_save_as();
        common::type_into_path_field(&mut h, &notes);
        confirm(&mut h, how);
        assert_eq!(
            std::fs::read_to_string(&notes)?,
            "# My notes\n",
            "{how:?}: not replaced"
        );
        h.get_by_label(EXISTS);
        assert!(h.state().doc.is_dirty(), "{how:?}: nothing saved yet");
        // Cancel leaves the file and the work as they were.
        h.get_by_label("Cancel").click();
        h.run();
        assert!(h.query_by_label(EXISTS).is_none());
        assert_eq!(std::fs::read_to_string(&notes)?, "# My notes\n");
        assert!(h.state().doc.is_dirty());
        // Asked again, the user chooses to replace it.
        h.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::S);
        h.run();
        common::type_into_path_field(&mut h, &notes);
        confirm(&mut h, how);
        h.get_by_label("Replace").click();
        h.run();
        assert!(std::fs::read_to_string(&notes)?.contains("vm.security-isolation"));
        assert!(!h.state().doc.is_dirty());
        assert_eq!(h.state().doc.path.as_deref(), Some(notes.as_path()));
    }
    Ok(())
}

#[test]
fn save_as_from_the_replace_prompt_asks_for_another_name() -> Result<(), Box<dyn std::error::Error>>
{
    let dir = tempfile::tempdir()?;
    let taken = dir.path().join("taken.ron");
    std::fs::write(&taken, "(format: 1)\n")?;
    let mut h = ticked_then_save_as();
    common::type_into_path_field(&mut h, &taken);
    confirm(&mut h, Confirm::Enter);
    h.get_by_label(EXISTS);
    h.get_by_label("Save As…").click();
    h.run();
    h.get_by_label("Save the session as");
    let other = dir.path().join("other.ron");
    common::type_into_path_field(&mut h, &other);
    confirm(&mut h, Confirm::Enter);
    assert_eq!(std::fs::read_to_string(&taken)?, "(format: 1)\n");
    assert!(std::fs::read_to_string(&other)?.contains("vm.security-isolation"));
    Ok(())
}

#[test]
fn export_in_the_path_field_never_replaces_a_file_without_asking()
-> Result<(), Box<dyn std::error::Error>> {
    for how in [Confirm::Enter, Confirm::Ok] {
        let dir = tempfile::tempdir()?;
        let keep = dir.path().join("0001-keep.md");
        std::fs::write(&keep, "# Keep\n\nWritten by hand.\n")?;
        let mut h = common::app_harness_with(
            Settings {
                lang: Lang::En,
                screen: Screen::Adr,
                ..Settings::default()
            },
            Launch::default(),
        );
        h.state_mut().native_dialogs = false;
        h.get_by_label("Export to a file…").click();
        h.run();
        h.get_by_label("Export the ADR to a Markdown file");
        common::type_into_path_field(&mut h, &keep);
        confirm(&mut h, how);
        assert_eq!(
            std::fs::read_to_string(&keep)?,
            "# Keep\n\nWritten by hand.\n",
            "{how:?}: not replaced"
        );
        assert!(
            h.query_by_label_contains("ADR exported").is_none(),
            "{how:?}"
        );
        h.get_by_label(EXISTS);
        // Save As… asks for another name, for the export (not the session).
        h.get_by_label("Save As…").click();
        h.run();
        h.get_by_label("Export the ADR to a Markdown file");
        common::type_into_path_field(&mut h, &keep);
        confirm(&mut h, how);
        h.get_by_label("Replace").click();
        h.run();
        assert!(std::fs::read_to_string(&keep)?.contains("arbitre"));
        h.get_by_label_contains("ADR exported");
        assert!(h.query_by_label(EXISTS).is_none());
    }
    Ok(())
}

/// Ctrl+S in the real `eframe::App`, which does not wait for its file work (no
/// `.settling()`): the frame that asks for the save returns with the write in flight; later
/// frames take its result in, and the window says saved. No frame waits on the disk: the
/// frames run one at a time here until the result has come back, each returning as soon as
/// it has drawn.
#[test]
fn ctrl_s_returns_at_once_and_the_write_lands_at_a_later_frame()
-> Result<(), Box<dyn std::error::Error>> {
    let dir = tempfile::tempdir()?;
    let path = dir.path().join("team.ron");
    std::fs::copy("data/examples/quote-app.ron", &path)?;
    let launch = Launch {
        session: Some(path.clone()),
        ..Launch::default()
    };
    let mut h = egui_kittest::Harness::builder()
        .with_size([1280.0, 720.0])
        .build_eframe(|cc| {
            arbitre::ui::ArbitreApp::new(cc, launch)
                .unwrap_or_else(|e| panic!("the built-in kit: {e}"))
        });
    h.state_mut().settings.lang = Lang::En;
    h.state_mut().settings.screen = Screen::Checklists;
    h.run();
    let before = std::fs::read_to_string(&path)?;
    h.get_by_label(CASE).click();
    h.run();
    assert!(h.state().doc.is_dirty());
    assert!(h.state().title().contains('•'), "{}", h.state().title());

    // Ctrl+S in one frame (the harness's key press would run a frame per key event).
    h.input_mut().events.extend([
        egui::Event::ModifiersChanged(Modifiers::COMMAND),
        egui::Event::Key {
            key: Key::S,
            physical_key: None,
            pressed: true,
            repeat: false,
            modifiers: Modifiers::COMMAND,
        },
    ]);
    h.step();
    h.input_mut()
        .events
        .push(egui::Event::ModifiersChanged(Modifiers::NONE));
    // The frame has returned; the write was asked for, its result not taken in yet.
    assert!(
        h.state().doc.is_dirty(),
        "the result comes at a later frame"
    );
    assert!(h.state().title().contains('•'), "{}", h.state().title());

    let start = std::time::Instant::now();
    let mut frames = 0;
    while h.state().doc.is_dirty() {
        assert!(
            start.elapsed() < std::time::Duration::from_secs(10),
            "the save came back within 10 s ({frames} frames)"
        );
        std::thread::sleep(std::time::Duration::from_millis(5));
        h.step();
        frames += 1;
    }
    let saved = std::fs::read_to_string(&path)?;
    assert_ne!(saved, before, "the file holds the tick");
    assert_eq!(saved.trim_end(), h.state().doc.session.to_ron().trim_end());
    assert_eq!(h.state().title(), "team.ron — arbitre");
    assert!(h.state().messages.is_empty(), "{:?}", h.state().messages);
    Ok(())
}
