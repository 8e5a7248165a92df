//! Closing the real window: the `eframe::App` built by `egui_kittest` as eframe builds it, the
//! system's close button simulated as eframe passes it on (a close request in the frame's
//! input, closed unless the app answers `CancelClose`), the app's own close (a
//! `ViewportCommand::Close`, requested again at the next frame as egui-winit does) and
//! `--quit-after-frames`.

use arbitre::i18n::Lang;
use arbitre::ui::{ArbitreApp, Launch, Screen};
use egui::{Key, Modifiers, ViewportCommand, ViewportEvent, ViewportId};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;

use crate::common;

pub type App = Harness<'static, ArbitreApp>;

type Res = Result<(), Box<dyn std::error::Error>>;

const CASE: &str = "1. Critical Security Isolation";
const UNSAVED: &str = "Unsaved changes";

/// The app as eframe runs it, in English, on the Checklists screen, where no native file
/// dialog exists (the path field stands in).
pub fn real_app(launch: Launch) -> App {
    let mut h = unsettled_app(launch);
    h.run();
    h
}

/// The same, before its frames are run (a scripted close repaints until it ends).
fn unsettled_app(launch: Launch) -> App {
    let mut h = Harness::builder()
        .with_size([1280.0, 720.0])
        .build_eframe(|cc| {
            ArbitreApp::new(cc, launch)
                .unwrap_or_else(|e| panic!("the built-in kit: {e}"))
                .settling()
        });
    let app = h.state_mut();
    app.settings.lang = Lang::En;
    app.settings.screen = Screen::Checklists;
    app.native_dialogs = false;
    h
}

/// The app with unsaved changes: an item ticked by a click.
fn with_unsaved_changes() -> App {
    let mut h = real_app(Launch::default());
    h.get_by_label(CASE).click();
    h.run();
    assert!(h.state().doc.is_dirty());
    h
}

/// One frame as eframe runs it; whether the window closes at its end: a close was requested
/// in it and the app did not cancel it. A close the app asks for itself is requested in the
/// next frame.
pub fn frame(h: &mut App) -> bool {
    let requested = h
        .input()
        .viewports
        .get(&ViewportId::ROOT)
        .is_some_and(egui::ViewportInfo::close_requested);
    h.step();
    let commands = h
        .output()
        .viewport_output
        .get(&ViewportId::ROOT)
        .map(|v| v.commands.clone())
        .unwrap_or_default();
    if commands.contains(&ViewportCommand::Close) {
        request_close(h);
    }
    requested && !commands.contains(&ViewportCommand::CancelClose)
}

pub fn request_close(h: &mut App) {
    h.input_mut()
        .viewports
        .entry(ViewportId::ROOT)
        .or_default()
        .events
        .push(ViewportEvent::Close);
}

/// The system's close button; whether the window closed.
fn close_button(h: &mut App) -> bool {
    request_close(h);
    let closed = frame(h);
    h.run();
    closed
}

/// Frames as eframe runs them, until the window closes (or ten frames pass).
pub fn closes(h: &mut App) -> bool {
    (0..10).any(|_| frame(h))
}

/// Enter, pressed and released within one frame.
fn enter(h: &mut App) {
    for pressed in [true, false] {
        h.input_mut().events.push(egui::Event::Key {
            key: Key::Enter,
            physical_key: None,
            pressed,
            repeat: false,
            modifiers: Modifiers::NONE,
        });
    }
}

#[test]
fn closing_with_unsaved_changes_asks_and_the_window_stays() {
    let mut h = with_unsaved_changes();
    assert!(!close_button(&mut h), "the window stays");
    h.get_by_label(UNSAVED);
    h.get_by_label("This session has unsaved changes. Save them before closing?");
    // Cancel: still open, still unsaved; asked again at the next close.
    h.get_by_label("Cancel").click();
    assert!(!closes(&mut h));
    h.run();
    assert!(h.query_by_label(UNSAVED).is_none());
    assert!(h.state().doc.is_dirty());
    assert!(!close_button(&mut h));
    h.get_by_label(UNSAVED);
    // Don't save: the window closes.
    h.get_by_label("Don't save").click();
    assert!(closes(&mut h));
}

#[test]
fn closing_without_changes_closes_at_once() {
    let mut h = real_app(Launch::default());
    request_close(&mut h);
    assert!(frame(&mut h));
}

#[test]
fn a_failing_save_as_on_closing_keeps_the_window_and_the_work() -> Res {
    let dir = tempfile::tempdir()?;
    // A folder nobody can write into, root included: a file stands where it should be.
    let not_a_folder = dir.path().join("not-a-folder");
    std::fs::write(&not_a_folder, "a file")?;
    let mut h = with_unsaved_changes();
    assert!(!close_button(&mut h));
    h.get_by_label("Save").click();
    h.run();
    h.get_by_label("Save the session as");
    common::type_into_path_field(&mut h, &not_a_folder.join("session.ron"));
    enter(&mut h);
    assert!(!closes(&mut h), "the save failed: the window stays");
    h.run();
    h.get_by_label_contains("cannot write");
    assert!(h.state().doc.is_dirty());
    assert!(
        h.state()
            .doc
            .session
            .ticks
            .contains("vm.security-isolation")
    );
    assert!(h.state().path_prompt().is_none());
    // The next close asks again; nothing waits from the failed one.
    assert!(!close_button(&mut h));
    h.get_by_label(UNSAVED);
    Ok(())
}

#[test]
fn closing_with_a_question_about_a_file_open_keeps_the_question() -> Res {
    let dir = tempfile::tempdir()?;
    let keep = dir.path().join("0001-keep.md");
    std::fs::write(&keep, "# Keep\n")?;
    let mut h = real_app(Launch::default());
    h.state_mut().settings.screen = Screen::Adr;
    h.run();
    h.get_by_label("Export to a file…").click();
    h.run();
    // The path field for a file to write is open.
    assert!(!close_button(&mut h), "the path field stays");
    h.get_by_label("Export the ADR to a Markdown file");
    h.get_by_label_contains("The window stays open");
    common::type_into_path_field(&mut h, &keep);
    enter(&mut h);
    h.run();
    // Replace / Save As… / Cancel is open.
    h.get_by_label("This file already exists");
    assert!(!close_button(&mut h), "the question stays");
    h.get_by_label("This file already exists");
    assert_eq!(std::fs::read_to_string(&keep)?, "# Keep\n");
    // Answered, the window closes at the next request.
    h.get_by_label("Cancel").click();
    h.run();
    assert!(close_button(&mut h));
    assert_eq!(std::fs::read_to_string(&keep)?, "# Keep\n");
    Ok(())
}

#[test]
fn close_then_save_over_an_existing_file_closes_once_replaced() -> Res {
    let dir = tempfile::tempdir()?;
    let notes = dir.path().join("notes.md");
    std::fs::write(&notes, "# My notes\n")?;
    let mut h = with_unsaved_changes();
    assert!(!close_button(&mut h));
    h.get_by_label("Save").click();
    h.run();
    common::type_into_path_field(&mut h, &notes);
    enter(&mut h);
    assert!(!closes(&mut h), "asked before replacing: still open");
    h.run();
    assert_eq!(std::fs::read_to_string(&notes)?, "# My notes\n");
    h.get_by_label("Replace").click();
    assert!(closes(&mut h), "replaced, as chosen: the close goes on");
    assert!(std::fs::read_to_string(&notes)?.contains("vm.security-isolation"));
    Ok(())
}

#[test]
fn a_save_as_cancelled_while_closing_leaves_no_close_waiting() -> Res {
    let dir = tempfile::tempdir()?;
    let mut h = with_unsaved_changes();
    assert!(!close_button(&mut h));
    h.get_by_label("Save").click();
    h.run();
    h.get_by_label("Cancel").click();
    assert!(!closes(&mut h));
    h.run();
    // A later Save As saves, and the window stays open.
    h.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::S);
    h.run();
    let later = dir.path().join("later.ron");
    common::type_into_path_field(&mut h, &later);
    h.get_by_label("OK").click();
    assert!(!closes(&mut h), "nobody asked to close any more");
    assert!(later.is_file());
    Ok(())
}

#[test]
fn quit_after_frames_closes_through_the_close_request_and_keeps_unsaved_work() -> Res {
    let data = tempfile::tempdir()?;
    let mut h = unsettled_app(Launch {
        quit_after_frames: Some(30),
        data_dir: Some(data.path().to_owned()),
        ..Launch::default()
    });
    h.run_steps(3);
    h.get_by_label(CASE).click();
    h.step();
    assert!(h.state().doc.is_dirty());
    // Nobody is there to answer: no prompt, the window closes by the same request...
    assert!((0..40).any(|_| frame(&mut h)), "closed after its frames");
    assert!(h.query_by_label(UNSAVED).is_none());
    // ...and the unsaved work stays in the autosave, as after a crash.
    eframe::App::on_exit(h.state_mut(), None);
    let kept: Vec<String> = std::fs::read_dir(data.path())?
        .filter_map(Result::ok)
        .filter_map(|e| std::fs::read_to_string(e.path()).ok())
        .filter(|text| text.contains("vm.security-isolation"))
        .collect();
    assert_eq!(kept.len(), 1, "the work is kept for the next start");
    Ok(())
}
