//! The model alone: [`update`] driven by [`Message`]s, the [`Model`] and the returned
//! [`Effect`]s read back. No egui, no frame, no thread runs the effects: what the model
//! asks of the disk is only asked, and its result is a message the test sends itself.

use std::path::{Path, PathBuf};

use super::effects::Io;
use super::{ArbitreApp, Done, Effect, Message, Modal, Model, update};
use crate::Launch;
use crate::command::{Choice, Command, DialogRequest, Pending};
use crate::files::{Clash, Writing};
use crate::settings::Settings;
use arbitre_core::files::{Replace, WriteError, WriteTarget};
use arbitre_core::session::Edit;

/// A fresh model on the built-in kit: no data folder, no file, nothing read from disk.
fn model() -> Model {
    match ArbitreApp::with_settings(Settings::default(), Launch::default()) {
        Ok(app) => app.model,
        Err(e) => panic!("the built-in kit loads: {e}"),
    }
}

/// Ticks an item, as the Checklists screen does.
fn tick(model: &mut Model) -> Vec<Effect> {
    update(
        model,
        Message::Command(Command::Edit(Edit::Tick {
            id: "vm.security-isolation".into(),
            on: true,
        })),
    )
}

/// A path no test writes to: the model must not write it by itself.
fn nowhere(name: &str) -> PathBuf {
    std::env::temp_dir()
        .join("arbitre-model-tests-never-written")
        .join(name)
}

/// The one write the effects ask for, if they ask for one.
fn write_asked(fx: Vec<Effect>) -> Option<(WriteTarget, bool)> {
    let mut writes = fx.into_iter().filter_map(|e| match e {
        Effect::Io(Io::WriteSession { target, then, .. }) => Some((target, then)),
        _ => None,
    });
    let first = writes.next();
    assert!(writes.next().is_none(), "one write at a time");
    first
}

/// The write's result, as the effect thread sends it back.
fn written(model: &Model, target: WriteTarget, result: Result<String, WriteError>) -> Message {
    Message::Done(Done::SessionWritten {
        resolved: target.path.clone(),
        target,
        session: Box::new(model.doc.session.clone()),
        then: false,
        result,
    })
}

#[test]
fn an_edit_marks_the_document_dirty_and_asks_for_one_autosave() {
    let mut m = model();
    // The shell turns this on once the autosave thread runs.
    m.autosave_on = true;
    assert!(!m.doc.is_dirty());
    let before = m.recommendation.clone();
    let fx = tick(&mut m);
    assert!(
        fx.is_empty(),
        "an edit itself touches nothing outside: {fx:?}"
    );
    assert!(m.doc.is_dirty());
    assert!(m.autosave_wanted, "an autosave is due after the delay");
    assert_ne!(format!("{before:?}"), format!("{:?}", m.recommendation));
    // The delay passes: the work in progress goes to the autosave, once.
    let fx = update(&mut m, Message::AutosaveDue);
    assert!(
        matches!(fx.as_slice(), [Effect::Autosave(Some(text))] if text.contains("vm.security-isolation")),
        "{fx:?}"
    );
    assert!(update(&mut m, Message::AutosaveDue).is_empty());
    // Without an autosave thread, nothing is asked.
    let mut m = model();
    tick(&mut m);
    assert!(update(&mut m, Message::AutosaveDue).is_empty());
}

#[test]
fn save_on_an_untitled_document_asks_where() {
    let mut m = model();
    tick(&mut m);
    m.native_dialogs = true;
    let fx = update(&mut m, Command::Save.into());
    assert!(
        matches!(fx.as_slice(), [Effect::Dialog(DialogRequest::SaveAs)]),
        "{fx:?}"
    );
    assert!(m.modals.is_empty());
    // Without a native dialog, the path field asks, in the window.
    m.native_dialogs = false;
    let fx = update(&mut m, Command::Save.into());
    assert!(fx.is_empty(), "{fx:?}");
    assert!(matches!(
        m.modal(),
        Some(Modal::Path {
            request: DialogRequest::SaveAs,
            ..
        })
    ));
    assert!(m.doc.is_dirty());
}

#[test]
fn save_with_a_path_asks_for_a_write_and_the_document_is_saved_when_it_comes_back() {
    let mut m = model();
    let path = nowhere("saved.ron");
    m.doc.path = Some(path.clone());
    tick(&mut m);
    let Some((target, then)) = write_asked(update(&mut m, Command::Save.into())) else {
        panic!("Save asks for a write");
    };
    assert_eq!(target.path, path);
    assert_eq!(target.replace, Replace::IfUnchanged(None));
    assert!(!then, "nothing waits for this save");
    // Asked, not done: nothing is written, the document is still unsaved.
    assert!(!path.exists());
    assert!(m.doc.is_dirty());
    // The write comes back.
    let msg = written(&m, target, Ok("hash".into()));
    let fx = update(&mut m, msg);
    assert!(fx.is_empty(), "{fx:?}");
    assert!(!m.doc.is_dirty(), "saved");
    assert_eq!(m.doc.path.as_deref(), Some(path.as_path()));
    assert_eq!(m.doc.disk_hash.as_deref(), Some("hash"));
    assert_eq!(m.settings.recent.first(), Some(&path), "remembered");
    assert!(m.messages.is_empty());
}

#[test]
fn a_write_refused_because_a_file_is_there_asks_replace_or_save_as() {
    let mut m = model();
    let path = nowhere("taken.ron");
    tick(&mut m);
    let target = WriteTarget::new(&path);
    let msg = written(&m, target.clone(), Err(WriteError::Exists(path.clone())));
    let fx = update(&mut m, msg);
    assert!(fx.is_empty(), "{fx:?}");
    let Some(Modal::Overwrite(waiting)) = m.modal() else {
        panic!("the Replace question: {:?}", m.modals);
    };
    assert_eq!(waiting.target, target);
    assert_eq!(waiting.clash, Clash::Exists);
    assert_eq!(waiting.what, Writing::Session);
    assert!(m.doc.is_dirty(), "the work stays unsaved");
    assert!(m.write_waits());
    // Replace sends the same target again, confirmed in the window.
    let Some((again, _)) = write_asked(update(
        &mut m,
        Command::ResolveOverwrite(crate::command::Overwrite::Replace).into(),
    )) else {
        panic!("Replace asks for the write again");
    };
    assert_eq!(again, target.clone().confirmed_in_window());
    assert!(m.modals.is_empty());
    // Any other failure is said, without a question.
    let io = WriteError::Io {
        path: path.clone(),
        source: std::io::Error::from(std::io::ErrorKind::StorageFull),
    };
    let msg = written(&m, target.clone(), Err(io));
    let _ = update(&mut m, msg);
    assert!(m.modals.is_empty());
    assert_eq!(m.messages.len(), 1);
}

#[test]
fn two_questions_stack_and_close_from_the_top() {
    let mut m = model();
    m.native_dialogs = false;
    tick(&mut m);
    // "Save your changes?" before New; Save on an untitled document asks where, on top.
    let fx = update(&mut m, Command::New.into());
    assert!(fx.is_empty(), "{fx:?}");
    assert_eq!(m.modal(), Some(&Modal::Unsaved(Pending::New)));
    let fx = update(&mut m, Command::Resolve(Choice::Save).into());
    assert!(fx.is_empty(), "{fx:?}");
    assert_eq!(m.after_save, Some(Pending::New));
    // The shortcuts open over the path field; the stack has both, the latest on top.
    let _ = update(&mut m, Command::ToggleShortcuts.into());
    assert_eq!(m.modals.len(), 2);
    assert_eq!(m.modal(), Some(&Modal::Shortcuts));
    assert!(m.path_prompt().is_some(), "the path field waits under");
    let _ = update(&mut m, Command::ToggleShortcuts.into());
    assert!(matches!(
        m.modal(),
        Some(Modal::Path {
            request: DialogRequest::SaveAs,
            ..
        })
    ));
    // Cancelling the path field closes it, and New no longer waits for a save.
    let _ = update(&mut m, Command::ResolvePath(false).into());
    assert!(m.modals.is_empty());
    assert_eq!(m.after_save, None);
    assert!(m.doc.is_dirty(), "nothing was replaced");
}

#[test]
fn a_close_with_unsaved_changes_is_cancelled_and_asks_first() {
    let mut m = model();
    // Nothing to lose: the window may close.
    assert!(update(&mut m, Message::CloseRequested).is_empty());
    tick(&mut m);
    let fx = update(&mut m, Message::CloseRequested);
    assert!(matches!(fx.as_slice(), [Effect::CancelClose]), "{fx:?}");
    assert_eq!(m.modal(), Some(&Modal::Unsaved(Pending::Close)));
    assert!(!m.can_close());
    // "Don't save" closes, and the close is not asked about again.
    let fx = update(&mut m, Command::Resolve(Choice::Discard).into());
    assert!(matches!(fx.as_slice(), [Effect::Close]), "{fx:?}");
    assert!(m.modals.is_empty());
    assert!(m.can_close());
    assert!(update(&mut m, Message::CloseRequested).is_empty());
}

#[test]
fn a_close_under_a_question_about_a_write_waits_and_says_why() {
    let mut m = model();
    let path = nowhere("taken.ron");
    let msg = written(
        &m,
        WriteTarget::new(&path),
        Err(WriteError::Exists(path.clone())),
    );
    let _ = update(&mut m, msg);
    let fx = update(&mut m, Message::CloseRequested);
    assert!(matches!(fx.as_slice(), [Effect::CancelClose]), "{fx:?}");
    assert!(matches!(m.modal(), Some(Modal::Overwrite(_))));
    assert!(
        m.messages
            .iter()
            .any(|n| matches!(n, crate::notice::Notice::CloseWaits))
    );
    assert!(!Path::new(&path).exists());
}
