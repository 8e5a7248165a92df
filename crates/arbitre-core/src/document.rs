//! The open document: the session being edited, where it lives on disk, whether it has
//! unsaved changes, and undo/redo. Plain data, no egui.

use std::path::{Path, PathBuf};

use crate::session::{Edit, Session};

/// How many steps undo remembers.
const UNDO_DEPTH: usize = 200;

/// A session being edited.
#[derive(Debug, Clone, PartialEq)]
pub struct Document {
    /// The session as it is now.
    pub session: Session,
    /// Where it is saved, if anywhere (absolute).
    pub path: Option<PathBuf>,
    /// A hash of what `path` held when it was opened or last saved: a different hash on disk
    /// means another program (or another arbitre) changed the file since.
    pub disk_hash: Option<String>,
    saved: Session,
    undo: Vec<Session>,
    redo: Vec<Session>,
    /// The key of the last edit, so that typing in one field is one undo step.
    last_key: Option<String>,
}

impl Document {
    /// A document over a session, clean (as if just saved or opened).
    pub fn new(session: Session, path: Option<PathBuf>) -> Document {
        let disk_hash = path.as_deref().and_then(hash_file);
        Document::read(session, path, disk_hash)
    }

    /// [`Document::new`] with the hash of what `path` held already known (read off the UI
    /// thread with the file): touches no disk.
    pub fn read(session: Session, path: Option<PathBuf>, disk_hash: Option<String>) -> Document {
        Document {
            disk_hash,
            saved: session.clone(),
            session,
            path,
            undo: Vec::new(),
            redo: Vec::new(),
            last_key: None,
        }
    }

    /// A document restored from an autosave: its content differs from what is on disk.
    pub fn recovered(session: Session, path: Option<PathBuf>, on_disk: Session) -> Document {
        Document {
            saved: on_disk,
            ..Document::new(session, path)
        }
    }

    /// [`Document::recovered`] with the hash of what `path` holds already known: touches no
    /// disk.
    pub fn recovered_read(
        session: Session,
        path: Option<PathBuf>,
        on_disk: Session,
        disk_hash: Option<String>,
    ) -> Document {
        Document {
            saved: on_disk,
            ..Document::read(session, path, disk_hash)
        }
    }

    /// Whether there are changes not saved to `path`.
    pub fn is_dirty(&self) -> bool {
        self.session != self.saved
    }

    /// Applies an edit; returns whether anything changed. Consecutive text edits of the same
    /// field make one undo step.
    pub fn edit(&mut self, edit: Edit) -> bool {
        let key = typing_key(&edit);
        let before = self.session.clone();
        if !self.session.apply(edit) {
            return false;
        }
        let coalesce = key.is_some() && key == self.last_key;
        if !coalesce {
            self.undo.push(before);
            if self.undo.len() > UNDO_DEPTH {
                self.undo.remove(0);
            }
        }
        self.redo.clear();
        self.last_key = key;
        true
    }

    /// Undoes the last step; returns whether there was one.
    pub fn undo(&mut self) -> bool {
        match self.undo.pop() {
            Some(previous) => {
                self.redo
                    .push(std::mem::replace(&mut self.session, previous));
                self.last_key = None;
                true
            }
            None => false,
        }
    }

    /// Redoes the last undone step; returns whether there was one.
    pub fn redo(&mut self) -> bool {
        match self.redo.pop() {
            Some(next) => {
                self.undo.push(std::mem::replace(&mut self.session, next));
                self.last_key = None;
                true
            }
            None => false,
        }
    }

    /// Whether undo has a step.
    pub fn can_undo(&self) -> bool {
        !self.undo.is_empty()
    }

    /// Whether redo has a step.
    pub fn can_redo(&self) -> bool {
        !self.redo.is_empty()
    }

    /// Records that the session was saved to `path`.
    pub fn mark_saved(&mut self, path: &Path) {
        self.saved = self.session.clone();
        self.path = Some(path.to_owned());
        self.disk_hash = hash_file(path);
        self.last_key = None;
    }

    /// Records that `written` (the session as it was when the write began; edits made since
    /// stay unsaved) is now in `path`, which holds bytes of hash `disk_hash`. Touches no disk.
    pub fn mark_written(&mut self, path: &Path, written: Session, disk_hash: Option<String>) {
        self.saved = written;
        self.path = Some(path.to_owned());
        self.disk_hash = disk_hash;
        self.last_key = None;
    }

    /// The file's name for the window title, or "sans titre" / "untitled".
    pub fn display_name(&self, untitled: &str) -> String {
        self.path
            .as_deref()
            .and_then(Path::file_name)
            .map_or_else(|| untitled.to_owned(), |n| n.to_string_lossy().into_owned())
    }
}

/// The field an edit types into, if it is typing: consecutive edits of one field make one
/// undo step (a note, the ADR's text, a component's name and description).
fn typing_key(edit: &Edit) -> Option<String> {
    match edit {
        Edit::Note { id, .. } => Some(format!("note:{id}")),
        Edit::Adr(_) => Some("adr".to_owned()),
        Edit::In { component, edit } => {
            typing_key(edit).map(|k| format!("component {component}:{k}"))
        }
        Edit::DescribeComponent { component, .. } => Some(format!("component {component}")),
        _ => None,
    }
}

/// The hash of a file's bytes, as [`crate::files::write_to`] checks it before Save.
pub use crate::files::{hash_bytes, hash_file};

#[cfg(test)]
mod tests {
    use super::*;

    fn tick(id: &str, on: bool) -> Edit {
        Edit::Tick { id: id.into(), on }
    }

    #[test]
    fn a_must_have_is_one_undo_step_and_unticking_undoes_with_it() {
        let mut d = Document::new(Session::default(), None);
        assert!(d.edit(tick("a", true)));
        assert!(d.edit(Edit::Must {
            id: "a".into(),
            on: true
        }));
        assert!(d.session.musts.contains("a"));
        assert!(d.edit(tick("a", false)));
        assert!(d.session.musts.is_empty());
        assert!(d.undo());
        assert!(d.session.musts.contains("a") && d.session.ticks.contains("a"));
        assert!(d.undo());
        assert!(d.session.musts.is_empty() && d.session.ticks.contains("a"));
    }

    #[test]
    fn undo_and_redo_walk_the_history() {
        let mut d = Document::new(Session::default(), None);
        assert!(!d.is_dirty());
        assert!(d.edit(tick("a", true)));
        assert!(d.edit(Edit::Weight {
            id: "w".into(),
            weight: 2
        }));
        assert!(d.is_dirty());
        assert!(d.undo());
        assert!(d.session.weights.is_empty() && d.session.ticks.contains("a"));
        assert!(d.undo());
        assert!(d.session.ticks.is_empty());
        assert!(!d.is_dirty(), "back to the saved state");
        assert!(!d.undo());
        assert!(d.redo() && d.redo());
        assert_eq!(d.session.weights.get("w"), Some(&2));
        assert!(!d.redo());
    }

    #[test]
    fn a_new_edit_clears_redo() {
        let mut d = Document::new(Session::default(), None);
        d.edit(tick("a", true));
        d.undo();
        d.edit(tick("b", true));
        assert!(!d.can_redo());
    }

    #[test]
    fn typing_in_one_field_is_one_step() {
        let mut d = Document::new(Session::default(), None);
        for text in ["L", "Li", "Lin"] {
            d.edit(Edit::Note {
                id: "x".into(),
                text: text.into(),
            });
        }
        d.edit(Edit::Note {
            id: "y".into(),
            text: "z".into(),
        });
        assert!(d.undo());
        assert_eq!(d.session.notes.get("x").map(String::as_str), Some("Lin"));
        assert!(d.undo());
        assert!(d.session.notes.is_empty());
    }

    #[test]
    fn typing_a_component_s_note_or_name_is_one_step() {
        let mut d = Document::new(Session::default(), None);
        d.edit(Edit::AddComponent(Box::new(
            crate::session::Component::new("A", ""),
        )));
        for text in ["L", "Li"] {
            d.edit(Edit::In {
                component: 0,
                edit: Box::new(Edit::Note {
                    id: "x".into(),
                    text: text.into(),
                }),
            });
        }
        for name in ["AB", "ABC"] {
            d.edit(Edit::DescribeComponent {
                component: 0,
                name: name.into(),
                description: String::new(),
            });
        }
        assert!(d.undo());
        assert_eq!(d.session.components[0].name, "A");
        assert!(d.undo());
        assert!(d.session.components[0].notes.is_empty());
        assert!(d.undo());
        assert!(d.session.components.is_empty());
    }

    #[test]
    fn no_op_edits_are_not_steps() {
        let mut d = Document::new(Session::default(), None);
        assert!(!d.edit(tick("a", false)));
        assert!(!d.can_undo());
    }

    #[test]
    fn the_hash_is_fnv_1a() {
        assert_eq!(hash_bytes(b""), "cbf29ce484222325");
    }

    #[test]
    fn saving_makes_it_clean() {
        let mut d = Document::new(Session::default(), None);
        d.edit(tick("a", true));
        d.mark_saved(Path::new("/tmp/x.ron"));
        assert!(!d.is_dirty());
        assert_eq!(d.display_name("untitled"), "x.ron");
    }
}
