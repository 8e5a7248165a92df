//! The words of the component switcher and editor (the `components` section of the
//! catalog): choosing the component shown, adding, renaming, moving and removing one, and
//! marking the facts for all components. The window's words only.

use serde::Serialize;

use super::Fmt1;

/// The words of the component switcher and editor, in one language.
#[derive(Debug, Serialize)]
pub struct Components {
    /// The switcher's label, and the accessible name of its list of components.
    pub shown: &'static str,
    /// The button that opens the form to add a component.
    pub add: &'static str,
    /// The tooltip of that button.
    pub add_hint: &'static str,
    /// The label of the name field.
    pub name: &'static str,
    /// The label of the one-line description field.
    pub description: &'static str,
    /// The button that adds the component typed (Enter in the name field does too).
    pub add_confirm: &'static str,
    /// The button that closes the form.
    pub close: &'static str,
    /// The button that renames and describes the component shown.
    pub apply: &'static str,
    /// Said when a name is empty.
    pub empty_name: &'static str,
    /// Said when a name is another component's (the name).
    #[serde(skip)]
    pub taken: Fmt1,
    /// The button that moves the component shown one place up.
    pub move_up: &'static str,
    /// The button that moves the component shown one place down.
    pub move_down: &'static str,
    /// The button that removes the component shown.
    pub remove: &'static str,
    /// Its tooltip: the facts go with it, undo brings it back (the undo shortcut).
    #[serde(skip)]
    pub remove_hint: Fmt1,
    /// Said after a removal (the name, the undo shortcut).
    #[serde(skip)]
    pub removed: super::Fmt2,
    /// The mark of a fact for all components, shown ticked and locked in a component.
    pub for_all: &'static str,
    /// The tooltip of that mark: where to edit it.
    pub for_all_hint: &'static str,
    /// Under a fact for all that speaks of the system's shape (two components or more).
    pub shape: &'static str,
    /// The tooltip of that note.
    pub shape_hint: &'static str,
    /// A criterion's weight for all components (the level's name).
    #[serde(skip)]
    pub weight_for_all: Fmt1,
    /// A criterion's note for all components (the note).
    #[serde(skip)]
    pub note_for_all: Fmt1,
    /// A must-have for all components.
    pub must_for_all: &'static str,
    /// The shortcut that shows the previous component (or the whole system).
    pub previous: &'static str,
    /// The shortcut that shows the next component.
    pub next: &'static str,
}
