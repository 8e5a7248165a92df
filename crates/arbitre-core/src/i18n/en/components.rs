//! The words of the component switcher and editor, in English (the `components` section).

use crate::i18n::words::components::Components;

/// The words of the component switcher and editor, in English.
pub(super) const COMPONENTS: Components = Components {
    shown: "Components",
    add: "+ Add a component",
    add_hint: "Decide a system: give each component its own facts; the facts ticked under “The whole system” count for all of them.",
    name: "Name",
    description: "Description (one line)",
    add_confirm: "Add",
    close: "Close",
    apply: "Rename",
    empty_name: "A component needs a name.",
    taken: |n| format!("Another component is already called “{n}”."),
    move_up: "Move up",
    move_down: "Move down",
    remove: "Remove",
    remove_hint: |undo| format!("Removes this component and its own facts; {undo} brings it back."),
    removed: |n, undo| format!("“{n}” removed: {undo} brings it back."),
    for_all: "for all components",
    for_all_hint: "A fact for all components: change it under “The whole system”.",
    shape: "Names the system's architecture: not counted in each component",
    shape_hint: "With two components or more, an architecture ticked for the whole system says how the components fit together; each component is placed on its own facts.",
    weight_for_all: |level| format!("For all components: {level}"),
    note_for_all: |note| format!("For all components: {note}"),
    must_for_all: "Must-have for all components",
    previous: "Previous component (or the whole system)",
    next: "Next component",
};
