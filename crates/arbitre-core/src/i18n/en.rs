//! The interface in English, a faithful translation of the French (British spelling).

mod cli;
mod components;
mod doc;
mod errors;
mod exam;
mod exam_code;
mod findings;
mod log_errors;
mod log_findings;
mod new_record;
mod system;
mod system_doc;
mod system_train;
mod system_view;

use super::words::{
    Adr, App, Checklists, Common, Compare, LangNames, Log, Notices, Prompts, Recommend,
    ScreenNames, Statuses, TabNames, Train, Words,
};

/// Every word of the interface, in English.
pub const EN: Words = Words {
    language_name: "English",
    common: Common {
        cancel: "Cancel",
        dismiss: "Dismiss",
        all_messages: |n| format!("All messages ({n})"),
        fold_messages: "Fold the messages",
        dismiss_all: "Dismiss all",
        untitled: "untitled",
        save: "Save",
        save_as: "Save As…",
        reading_badge: "ℹ arbitre's reading",
    },
    app: App {
        screens: ScreenNames {
            compare: "Compare",
            checklists: "Checklists",
            recommendation: "Recommendation",
            adr: "ADR",
            train: "Train",
            log: "Log",
        },
        file: "File",
        new: "New",
        open: "Open…",
        undo: "Undo",
        redo: "Redo",
        recent: "Recent",
        unsaved_changes: "Unsaved changes",
        saved: "Saved",
        light_theme: "Light",
        dark_theme: "Dark",
        theme_hint: "Switch between the light and the dark theme",
        dialog_open: "Open a session or an ADR",
        dialog_save_as: "Save the session as",
        dialog_export_file: "Export the ADR to a Markdown file",
        dialog_export_log: "Choose the repository (or its ADR folder) to export into",
        dialog_open_log: "Choose a repository (or its ADR folder) to open",
        dialog_open_pack: "Choose a teacher's pack to load",
        dialog_save_results: "Choose the folder to save the results in",
        filter_pack: "Teacher's pack (RON)",
        no_dialog: "No file dialog can be shown on this system (on Linux, arbitre needs xdg-desktop-portal or zenity). Type the path instead:",
        path: "Path",
        ok: "OK",
        view: "View",
        presenter_short: "⛶",
        presenter: "Presenter mode: full screen, large type, large check boxes",
        shortcuts: "Keyboard shortcuts",
        zoom_keys: "Zoom in, out, actual size",
        skip_to_screen: "Go to the screen's content (F6)",
        keys_move: "Move to the next (previous) control",
        keys_press: "Press the control: tick a box, click a button",
        keys_close: "Close a dialog or a menu",
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
        exists_title: "This file already exists",
        exists_body: "Replacing it would erase what it holds.",
        replace: "Replace",
        accept_title: "Supersede with a decision not yet accepted?",
        accept_body: |old, status| {
            format!(
                "The new record's status is {status}. Marking {old} superseded now would leave no accepted decision on this topic. Accept the new decision and supersede, or cancel and export it without superseding."
            )
        },
        accept_and_supersede: "Accept and supersede",
    },
    notices: Notices {
        settings_repaired: |fields| {
            format!("Saved settings out of range, reset to their defaults: {fields}")
        },
        settings_set_aside: |to, e| {
            format!(
                "The saved settings could not be used and were set aside as {to}; the defaults are used:\n{e}"
            )
        },
        settings_not_kept: |e| {
            format!(
                "The saved settings can be neither used nor set aside; the defaults are used and settings will not be kept this time:\n{e}"
            )
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
        pack_loaded: |title, scenarios, questions| {
            format!(
                "Pack “{title}” loaded: {scenarios} more scenario(s) and {questions} more question(s), on the Train screen."
            )
        },
        exported_to_log: |path, log, template| {
            format!("ADR exported into the {log} log, as {template}: {path}")
        },
        exported_components: |n, first| format!("And one record per component ({n}), from {first}"),
        other_template: "The form's template is not the log's: the record was written in the log's, so that its tools read it (Nygard for adr-tools, MADR elsewhere).",
        marked_superseded: |path| format!("Marked superseded: {path}"),
        log_reloaded: "The log changed on disk (a git pull, an editor): it was read again.",
        changed_before_edit: |path| {
            format!(
                "{path} changed on disk since it was read: nothing was written; the log was read again, try again."
            )
        },
        status_set: |path, status| format!("Status set to {status}: {path}"),
        index_created: |path| format!("Index written: {path}"),
        index_updated: |path| {
            format!("Index updated between its arbitre:index markers, the rest untouched: {path}")
        },
        index_own_file: |path| {
            format!("index.md is someone else's, so the index went into its own file: {path}")
        },
        log_findings: |n, first| {
            format!(
                "The log has {n} problem(s); `arbitre adr check` lists them all. The first: {first}"
            )
        },
        decision_restored: |path| format!("Decision restored from the ADR {path}"),
        edited_outside: |path, fields| {
            format!("Edited outside arbitre: {path}; kept the file's {fields}")
        },
        field_name: |f| match f {
            "title" => "title",
            "status" => "status",
            "date" => "date",
            "decision-makers" => "decision-makers",
            "consulted" => "consulted",
            "informed" => "informed",
            "context" => "context",
            "confirmation" => "confirmation",
            _ => "status lines",
        },
        adr_damaged: |path, why| format!("{path}: {why}"),
        dialog_failed: |why| format!("Cannot open the file dialog: {why}"),
        close_waits: "The window stays open: answer the question about the file first (or cancel it), then close.",
        clamped_weights: |file, list| format!("{file}: weights above 3 were set to 3: {list}"),
        builtin_kit: "built-in",
    },
    errors: errors::ERRORS,
    findings: findings::FINDINGS,
    compare: Compare {
        weights: ["None", "Low", "Medium", "High"],
        intro: "For each criterion, say how much it matters to your project: it weighs in the recommendation for the option that wins on it (✅).",
        beyond_badge: "⚠ Beyond the notes",
        beyond_notes: "beyond the notes",
        wins: "✅ Wins on this criterion",
        wins_reading: "The notes name no winner per criterion: this is arbitre's reading of the notes, which the engine uses when you weight this criterion.",
        importance: "Importance",
        weight: "weight",
        team_note: "Team note",
        reference_offline: "Reference (offline: not opened)",
        must: "must-have",
        must_name: |crit| format!("Must-have: {crit}"),
        beyond_short: "MicroVMs",
        more: "more…",
        less: "less",
        more_name: |crit, col| format!("Read more: {crit}, {col}"),
        less_name: |crit, col| format!("Fold: {crit}, {col}"),
    },
    checklists: Checklists {
        ticked_of: |n, total| format!("{n} / {total} ticked"),
        live: "Live recommendation",
        overridden: "(overridden by the team)",
        see_why: "See why (Ctrl+3)",
        must: "must-have",
        must_name: |item| format!("Must-have: {item}"),
        hard: "hard need",
        must_hint: "Mark a ticked item as a must-have: a fact, not a preference. It then rules out the option that cannot meet it, whatever the other ticks say.",
    },
    recommend: Recommend {
        no_recommendation: "No recommendation yet",
        undecided_hint: "Tick what applies in the checklists, or say how much the criteria matter in the comparison table.",
        go_checklists: "Go to the checklists",
        go_table: "Go to the table",
        team_decision: "Team decision (override)",
        justification: "Justification",
        engine_recommendation: "Engine's recommendation",
        recommendation: "Recommendation",
        suggested: "Suggested architectures",
        engine_suggested: "arbitre's reading without the override, suggested architectures",
        details: "Score details",
        votes: |n| format!("{n} votes"),
        security_and_agility: "A security need on the VM side AND needs on the container side: \"the security of VMs AND the agility of containers\" leads to a hybrid.",
        hybrid_rule: |m, e, h| {
            format!(
                "Hybrid = 3 × (weaker side {m} + explicit hybrid needs {e}) = {h}. The hybrid wins when the weaker side, plus what explicitly asks for a hybrid, is more than a third of the stronger side."
            )
        },
        already_counted: |other| format!("already counted with \u{201c}{other}\u{201d}"),
        tie: |names| format!("Tie between {names}"),
        and: " and ",
        tie_hint: "The engine never settles a tie in silence. One of the changes below breaks it, or the team can override with a justification.",
        flips_title: "What would change the answer",
        flip_tick: |outcome, item| format!("{outcome} if you tick \u{201c}{item}\u{201d}"),
        flip_untick: |outcome, item| format!("{outcome} if you untick \u{201c}{item}\u{201d}"),
        flip_weight: |outcome, crit, n| {
            format!("{outcome} if \u{201c}{crit}\u{201d} has weight {n}")
        },
        no_flip: "No single change would change the answer.",
        flip_fact: |outcome, item| {
            format!("{outcome} only by removing the fact \u{201c}{item}\u{201d}")
        },
        flip_any_architecture: |names| {
            format!("Hybrid if you tick any of these hybrid architectures: {names}")
        },
        ruled_out_hard: |option, why| format!("{option} ruled out: {why} (hard need)"),
        ruled_out_must: |option, item| {
            format!(
                "{option} ruled out: \u{201c}{item}\u{201d} is the team's must-have (must-have)"
            )
        },
        ruled_out: "ruled out",
        hybrid_no_fit: "A hybrid would score highest, but no hybrid architecture of the kit answers a need on each side here: say what runs on VMs and what in containers (tick the needs, or the architecture that fits).",
        hybrid_unplaced: |needs| {
            format!(
                "A hybrid would score highest, but no hybrid architecture of the kit places {needs} on the side that meets it, so it is not proposed."
            )
        },
        blocked: "No option meets every hard need and must-have: remove a must-have, or override with a justification.",
        more_flips: |n| format!("… and {n} more (see the ADR or `arbitre recommend --json`)"),
        no_architecture: "No hybrid architecture is suggested, so there is nothing to draw. Tick the hybrid architectures that fit your case in the checklists.",
        drawing_reading: "The notes describe these architectures in words (except quote-app's tree): this drawing is arbitre's reading of the notes.",
        hint_title: "A hint beyond the notes",
        see_table: "See the microVM column of the table",
        reasons: "Reasons",
        for_option: |option| format!("For {option}"),
        weight: "weight",
        override_title: "Override",
        back_to_engine: "Return to the engine's recommendation",
        override_open: "Override the recommendation…",
        override_intro: "The team chooses another option. A written justification is required: it goes into the ADR.",
        justification_required: "Justification (required)",
        apply_override: "Apply the override",
        refused: "Refused: write why the team overrides the recommendation.",
    },
    adr: Adr {
        statuses: Statuses {
            proposed: "Proposed",
            accepted: "Accepted",
            rejected: "Rejected",
            deprecated: "Deprecated",
            superseded: "Superseded",
        },
        title: "Title",
        title_hint: "Hosting …: containers, VMs or hybrid",
        status: "Status",
        date: "Date (YYYY-MM-DD)",
        invalid_date: "Invalid date: use YYYY-MM-DD (empty = today).",
        names_hint: "Names separated by commas",
        decision_makers: "Decision-makers",
        consulted: "Consulted",
        informed: "Informed",
        context: "Context and problem statement",
        consequences: "Consequences (besides the table's)",
        confirmation: "Confirmation",
        links: "Links (one per line: other ADRs, issues)",
        doc_lang: "Document language",
        template: "Template",
        detail: "Detail",
        concise: "Concise",
        full: "Full",
        detail_hint: "Concise: what a reviewer reads (the rationale in words, the chosen option's consequences, the table once). Full: every reason with its points, the table under each option.",
        mermaid_note: "Below, the drawing as Mermaid source: GitHub, GitLab and log4brains draw it as boxes (the Recommendation screen shows the same).",
        log_template_differs: |log, doc| {
            format!(
                "This log writes its records in {log}: the export into it will be {log}, not {doc} as previewed."
            )
        },
        use_log_template: |t| format!("Preview in {t}"),
        log_lang_mismatch: |log, doc| {
            format!(
                "This log's records are in {log}, this document is in {doc}: its section headings will be in {doc} among theirs."
            )
        },
        lang_mismatch: |typed, doc| {
            format!(
                "The typed text seems to be in {typed}, but the document is in {doc}: its headings and generated sentences will be in {doc}."
            )
        },
        lang_names: LangNames {
            fr: "French",
            en: "English",
        },
        switch_doc_lang: |typed| format!("Write the document in {typed}"),
        export_file: "Export to a file…",
        supersedes: "Supersedes ADR no. or file (optional)",
        export_log: "Export into the repository's ADR log…",
        export_log_hint: "Choose the repository root (or its ADR folder): arbitre finds the log (.adr-dir or doc/adr for adr-tools, .log4brains.yml, docs/decisions for MADR, docs/adr…) and writes the record in that log's conventions.",
        preview: "Preview",
        rendered: "Rendered",
        raw: "Raw text",
        markdown: "Markdown",
        read_only: |path| format!("Read-only: {path}"),
        foreign_body: "This ADR was not written by arbitre: it holds no session to restore, so it is shown without being editable here.",
        close: "Close the ADR",
    },
    log: Log {
        open: "Open a repository…",
        open_hint: "Choose a repository's root or its ADR folder: adr-tools, MADR, log4brains and plain folders of NNNN-title.md records are understood. You can also drop a folder on the window.",
        recent: "Recent logs",
        reload: "Reload (F5)",
        empty: "No ADR log is open. Open a repository (or its ADR folder), choose a recent one, or drop a folder on the window.",
        loading: |done, total| format!("Reading the log… {done} / {total} records"),
        found: |kind, dir| format!("{kind} log in {dir}"),
        count: |shown, total| format!("{shown} of {total} records"),
        search: "Search",
        search_hint: "Words in the titles and the text; case is ignored.",
        status_filter: "Status",
        all: "All",
        columns: ["No.", "Title", "Status", "Date", "Decision-makers"],
        problems: |n| format!("Problems ({n})"),
        no_problems: "No problems found in this log.",
        new_decision: "New decision in this log",
        write_index: "Regenerate the index",
        more_actions: "More actions",
        select: "Select a record to read it.",
        open_decision: "Open the decision",
        read_only: "Written by another tool: read-only here. arbitre can change its status and supersede it, but has no decision to restore from it.",
        status: "New status",
        set_status: "Set",
        supersede: "Supersede with a new decision",
        superseded_by: "Superseded by",
        amends: "Amends",
        amended_by: "Amended by",
        supersedes: "Supersedes",
        shown_part: |shown, total| format!("The first {shown} of {total} lines, rendered."),
        show_all: |n| format!("Show all ({n} lines)"),
        whole_as_text: "The whole record, as plain text.",
        show_rendered: "Show the rendered beginning",
        links: "Links",
        graph: "Supersessions",
        graph_hint: "Each dot is a record, in number order; an arc joins a record to the one that superseded it. Click a dot to read it.",
        all_records: "← All records",
        previous_record: "‹ Previous",
        next_record: "Next ›",
        export_here: |log| format!("Export into {log}"),
        export_successor: |log, old| format!("Export into {log}, superseding {old}"),
        forget_target: "Choose another log",
    },
    train: Train {
        tabs: TabNames {
            quiz: "Quiz",
            scenarios: "Scenarios",
            exam: "Exam",
            progress: "Progress",
        },
        title: "Train",
        intro: "Revise the whole of the notes, work through concrete cases, sit an exam. Every answer is explained from the notes.",
        question: "Question",
        next_question: "Next question",
        answer_is: |answer| format!("Answer: {answer}."),
        you_answered: |chosen, answer| {
            format!("You answered {chosen}; the right answer is {answer}.")
        },
        why_right: "Why this is the right answer:",
        no_scenario: "This kit has no scenario. Trainers can add some to the kit file's “scenarios” list.",
        scenario: "Scenario",
        which_hybrid: "Which hybrid architecture?",
        check: "Check",
        choose_hybrid_too: "Choose a hybrid architecture too.",
        choose_option: "Choose an option.",
        next_scenario: "Next scenario",
        or: " or ",
        expected_answer: |answer| format!("Expected answer: {answer}"),
        your_answer: |answer| format!("Your answer: {answer}"),
        wrong_architecture: "Hybrid is right, but that architecture is not the best fit for this case.",
        why_engine: "Why — the decision engine's reasons, for the same needs:",
        kit_disagrees: "⚠ The kit expects a different answer for this scenario than the decision engine gives. The engine's answer counts here; tell the trainer.",
        step_ticks: "1. Tick what the situation implies",
        step_ticks_intro: "Work through the checklists: tick each item the situation states or implies, then answer.",
        step_answer: "2. How should it be hosted?",
        tick_first: "Tick at least one item first.",
        vm_cases_group: "When to prefer a VM",
        beyond_badge: "Beyond the notes: this case is about sandboxed runtimes (gVisor, Kata, Firecracker), which the notes do not cover. The sources are cited in the feedback.",
        ticks_title: "Your ticks, against the situation",
        ticks_score: |found, implied, extra| {
            let extra = match extra {
                0 => String::new(),
                1 => ", and 1 it does not".to_owned(),
                n => format!(", and {n} it does not"),
            };
            format!("You ticked {found} of the {implied} items the situation implies{extra}.")
        },
        tick_found: |item| format!("✔ {item}"),
        tick_missed: |item, place, counts| {
            format!(
                "✘ Missed: “{item}” ({place}). The situation implies it; it counts for {counts}."
            )
        },
        tick_extra: |item, place, counts| {
            format!(
                "✘ Extra: “{item}” ({place}). Nothing in the situation says so; it would count for {counts}."
            )
        },
        on_your_ticks: |answer| format!("On your ticks, the decision engine recommends: {answer}."),
        on_your_ticks_differs: "That is not the right answer: the difference comes from your ticks, above.",
        on_your_ticks_agrees: "Your ticks led to the right answer: it is the conclusion that strayed from them.",
        why_not: |option| format!("Why not “{option}”?"),
        what_counts_for: |option| format!("What counts for “{option}”:"),
        counts_for: |item, place, option| format!("“{item}” ({place}) counts for {option}."),
        nothing_for: |option| format!("Nothing in the situation counts for “{option}”."),
        cell_cite: |criterion, option, cell| format!("The table, {criterion}, {option}: “{cell}”"),
        architecture_cite: |text| format!("Architecture: “{text}”"),
        lesson_trap: "This was a trap:",
        lesson_depends: "It depends — and here is what decides:",
        lesson_beyond: "Beyond the notes:",
        lesson_plain: "Worth remembering:",
        sources: "Sources:",
        quiz_section: "Section",
        quiz_level: "Level",
        any_section: "Every section",
        any_level: "Every level",
        exam_intro: "An exam: the questions are fixed by the seed and the exam code (same seed and code, same exam), no feedback until the end, a score per section. The results are saved as CSV and Markdown, to hand in.",
        exam_name: "Student's name",
        exam_seed: "Seed",
        exam_seed_hint: "The trainer gives every student the same seed and exam code: they then sit the same exam (the one `arbitre exam --seed N --code CODE` prints).",
        exam_sections: "Sections",
        exam_count: "Number of questions",
        exam_duration: "Duration",
        exam_time_limit: "Time limit",
        exam_minutes: "minutes",
        exam_start: "Start the exam",
        exam_need_name: "Enter the student's name first.",
        exam_need_seed: "The seed is a whole number (from 0 to 18446744073709551615).",
        exam_need_section: "Choose at least one section.",
        exam_running: |student, seed| format!("{student}'s exam · seed {seed}"),
        exam_time_left: |left| format!("Time left: {left}"),
        exam_answered: |answered, asked| format!("Answered: {answered} / {asked}"),
        exam_previous: "Previous question",
        exam_next: "Next question",
        exam_finish: "Hand in",
        exam_unanswered: |n| {
            if n == 1 {
                "1 question is unanswered. Hand in anyway?".to_owned()
            } else {
                format!("{n} questions are unanswered. Hand in anyway?")
            }
        },
        exam_finish_anyway: "Hand in anyway",
        exam_results: "Exam results",
        exam_timed_out: "Time is up: the exam was handed in as it was.",
        exam_score_heads: ["Section", "Score"],
        exam_total: "Total",
        exam_score: |right, asked, percent| format!("{right} / {asked} ({percent}%)"),
        exam_saved: |csv, md| format!("Results saved in the data folder (results): {csv} and {md}"),
        exam_not_saved: |e| format!("The results could not be saved: {e}"),
        exam_not_kept: |e| {
            format!("The exam is not being kept on disk: closing the window would lose it. {e}")
        },
        exam_set_aside: |e, to| {
            format!(
                "An exam left by a closed window could not be read: {e}. It was set aside as {to}."
            )
        },
        exam_close_results: "The results of this exam are not written anywhere: closing the window loses them. Save them in a folder, or close without them.",
        exam_close_running: "This exam is not kept on disk: closing the window loses its answers.",
        exam_close_without: "Close without them",
        exam_close_anyway: "Close anyway",
        exam_no_folder: "No data folder: save the results with the button below.",
        exam_save_as: "Save the results in a folder…",
        exam_review: "Your answers",
        exam_your_answer: |answer| format!("Your answer: {answer}"),
        exam_no_answer: "no answer",
        exam_new: "New exam",
        student: "Student",
        shared_progress: "— (shared progress)",
        new_student_hint: "A new student's name",
        add_student: "Add",
        packs: "Teacher's packs",
        no_pack: "none",
        load_pack: "Load a pack…",
        load_pack_hint: "Adds the scenarios and questions of a teacher's pack (a RON file). Dropping the file on the window, or File › Open, loads it too.",
        pack_hint: |scenarios, questions, file| {
            format!("{scenarios} scenario(s), {questions} question(s) — {file}")
        },
        remove_pack: |title| format!("Remove the pack “{title}”"),
        round_so_far: |right, answered| format!(" · this round: {right} right out of {answered}"),
        retrying: " · retrying missed ones",
        round_complete: "Round complete",
        round_score: |right, answered| format!("This round's score: {right} / {answered}."),
        new_round: "New round",
        retry_missed: "Retry missed",
        correct: "✔ Correct!",
        incorrect: "✘ Incorrect",
        quiz_title: "Quiz on the comparison table",
        scenarios_title: "Training scenarios",
        retry_hint: "Restarts the quiz and the scenarios with only the missed ones.",
        reset: "Reset",
        reset_question: "Erase all scores and the list of missed items? This cannot be undone.",
        reset_confirm: "Yes, erase everything",
        score: |answered, right, percent| {
            format!("Answers: {answered} · right: {right} ({percent}%)")
        },
        mastered: |n, total| format!("Right at least once: {n} / {total}"),
        nothing_missed: "Nothing missed to retry.",
        to_retry: "To retry:",
        saved_here: "Progress is saved on this computer, after each answer.",
        not_saved_session: "Progress is not saved during this session.",
        unreadable_progress: |e| {
            format!(
                "{e}\nProgress starts afresh. This file is not deleted: it will be copied alongside (.unreadable) before it is replaced."
            )
        },
        kept_as: |copy| format!("The old, unreadable progress file was kept as {copy}."),
        saving_off: |e, path| {
            format!(
                "{e}\nProgress will not be saved during this session, so as not to overwrite {path}."
            )
        },
        not_saved: |e| format!("{e}\nProgress is not saved."),
    },
    exam: exam::EXAM,
    exam_code: exam_code::EXAM_CODE,
    cli: cli::CLI,
    doc: doc::DOC,
    log_errors: log_errors::LOG_ERRORS,
    log_findings: log_findings::LOG_FINDINGS,
    system: system::SYSTEM,
    system_doc: system_doc::SYSTEM_DOC,
    components: components::COMPONENTS,
    system_train: system_train::SYSTEM_TRAIN,
    system_view: system_view::SYSTEM_VIEW,
    new_record: new_record::NEW_RECORD,
};
