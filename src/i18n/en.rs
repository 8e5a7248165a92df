//! The interface in English, a faithful translation of the French (British spelling).

use super::words::{
    Adr, App, Checklists, Common, Compare, Errors, Notices, Prompts, Recommend, Train, Words,
};

/// Every word of the interface, in English.
pub const EN: Words = Words {
    common: Common {
        cancel: "Cancel",
        dismiss: "Dismiss",
        untitled: "untitled",
        save: "Save",
        save_as: "Save As…",
    },
    app: App {
        screens: ["Compare", "Checklists", "Recommendation", "ADR", "Train"],
        file: "File",
        new: "New",
        open: "Open…",
        undo: "Undo",
        redo: "Redo",
        recent: "Recent",
        unsaved_changes: "Unsaved changes",
        saved: "Saved",
        light_theme: "Light theme",
        dark_theme: "Dark theme",
        zoom_out: "Zoom out (Ctrl −)",
        zoom_reset: "Actual size (Ctrl 0)",
        zoom_in: "Zoom in (Ctrl +)",
        filter_session_or_adr: "Session or ADR",
        filter_session: "arbitre session",
        default_session_name: "decision.ron",
        not_autosaved: |why| format!("⚠ Changes are not being autosaved: {why}"),
        no_data_folder: "no data folder (HOME and XDG_DATA_HOME are unset); set one, or ARBITRE_DATA_DIR",
    },
    prompts: Prompts {
        unsaved_title: "Unsaved changes",
        unsaved_before_close: "This session has unsaved changes. Save them before closing?",
        unsaved_before_new: "This session has unsaved changes. Save them before starting a new one?",
        unsaved_before_open: "This session has unsaved changes. Save them before opening another?",
        dont_save: "Don't save",
        recovery_title: "Unsaved work found",
        recovery_one: "The last session did not close normally. Its work was saved automatically.",
        recovery_many: "Earlier sessions did not close normally. Their work was saved automatically; the newest first.",
        recovery_counts: |ticked, weighted| {
            let w = if weighted == 1 {
                "criterion weighted"
            } else {
                "criteria weighted"
            };
            format!("{ticked} ticked, {weighted} {w}")
        },
        ago: |secs| match secs {
            0..=119 => format!(", {secs} s ago"),
            120..=7199 => format!(", {} min ago", secs / 60),
            7200..=172_799 => format!(", {} h ago", secs / 3600),
            _ => format!(", {} d ago", secs / 86_400),
        },
        restore: "Restore",
        set_aside: "Set aside",
        set_aside_hint: "The file is renamed, never deleted.",
        later: "Later",
        later_hint: "Nothing is deleted: this work is offered again at the next start.",
        changed_title: "The file changed on disk",
        changed_body: "Another program (or another arbitre window) changed it since it was opened. Replacing it with this version would erase those changes.",
        replace: "Replace",
    },
    notices: Notices {
        settings_repaired: |fields| {
            format!("Saved settings out of range, reset to their defaults: {fields}")
        },
        kit_failed: |e| format!("{e}\n(using the built-in kit instead)"),
        dropped_ids: |file, ids| format!("{file}: ignored ids the kit does not know: {ids}"),
        autosave_other_kit: |file, kit| {
            format!(
                "Unsaved work made with another kit, kept in {file} — to recover it, start arbitre with that kit: {kit}"
            )
        },
        autosave_newer: |file, format| {
            format!(
                "Unsaved work written by a newer arbitre, kept in {file} (format {format}) — update arbitre to recover it."
            )
        },
        autosave_set_aside: |to, e| {
            format!("The autosaved work could not be read and was set aside as {to}:\n{e}")
        },
        orphan_set_aside: |to| format!("Unrestored work set aside as {to}"),
        exported: |path| format!("ADR exported: {path}"),
        other_template: "This log follows the other template (Nygard for adr-tools, MADR for docs/decisions): its tools will read the next record better in that template.",
        decision_restored: |path| format!("Decision restored from the ADR {path}"),
        adr_damaged: |path, why| format!("{path}: {why}"),
        dialog_failed: |why| format!("Cannot open the file dialog: {why}"),
    },
    errors: Errors {
        syntax: |file, line, column, message| format!("{file}:{line}:{column}: {message}"),
        unreadable: |file, why| format!("{file}: cannot read: {why}"),
        cannot_write: |file, why| format!("{file}: cannot write: {why}"),
        exists: |file| format!("{file}: already exists; choose another name or allow replacing it"),
    },
    compare: Compare {
        weights: ["None", "Low", "Medium", "High"],
        intro: "For each criterion, say how much it matters to your project: it weighs in the recommendation for the option that wins on it (✅).",
        beyond_badge: "⚠ Beyond the notes",
        beyond_notes: "beyond the notes",
        wins: "✅ Wins on this criterion",
        importance: "Importance",
        weight: "weight",
        team_note: "Team note",
        reference_offline: "Reference (offline: not opened)",
    },
    checklists: Checklists {
        ticked_of: |n, total| format!("{n} / {total} ticked"),
        live: "Live recommendation",
        overridden: "(overridden by the team)",
        see_why: "See why (Ctrl+3)",
    },
    recommend: Recommend {
        no_recommendation: "No recommendation yet",
    },
    adr: Adr {
        statuses: [
            "Proposed",
            "Accepted",
            "Rejected",
            "Deprecated",
            "Superseded",
        ],
    },
    train: Train {
        tabs: ["Quiz", "Scenarios", "Progress"],
    },
};
