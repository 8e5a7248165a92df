//! The command line's words, in English.

use crate::i18n::words::cli::Cli;

/// The command line's words, in English.
pub(crate) const CLI: Cli = Cli {
    recommendation: "Recommendation",
    nothing_answered: "Tick at least one item or weight a criterion.",
    scores: "Scores",
    suggested: "Suggested architectures",
    reasons: "Reasons",
    warning: "warning",
    ok: "ok",
    and_more: |n| format!("… and {n} more"),
    kit_ok: |k| {
        format!(
            "kit `{}` v{}: {} criteria, {} VM cases, {} hybrid architectures, {} summary statements, {} scenarios",
            k.id, k.version, k.criteria, k.vm_cases, k.hybrids, k.statements, k.scenarios
        )
    },
    session_ok: |t, w| format!("session: {t} ticked, {w} weighted"),
    block_ok: |t, w| format!("ADR decision block: {t} ticked, {w} weighted"),
    pack_ok: |pack, kit, s, q| {
        format!("pack `{pack}` for kit `{kit}`: {s} scenarios, {q} questions")
    },
    log_ok: |n| format!("{n} records"),
    problems_found: |n| format!("{n} problem(s) found"),
    no_such_item: |id, kit| format!("unknown id `{id}`: the kit `{kit}` has no such item"),
    weight_out_of_range: |id, w| format!("the weight of `{id}` is {w}; it must be 0, 1, 2 or 3"),
    here: "here",
    in_parent: |p| format!("in `{p}`"),
    unknown_field: |name, place| format!("unknown field `{name}` {place}: it is ignored"),
    field_twice: |name| format!("field `{name}` given twice"),
    key_twice: |key| format!("key {key} given twice: only the last one is used"),
    no_decision_block: |marker| {
        format!(
            "no arbitre decision block (`{marker} … -->`): only an ADR that arbitre wrote can be checked; to check an ADR log, run `arbitre adr check DIR`"
        )
    },
    session_block: "(session block)",
    other_kit: |made, checked| {
        format!(
            "the decision was made with the kit `{made}`, checked here against `{checked}` (pass --kit)"
        )
    },
    output_failed: |why| format!("cannot write the output: {why}"),
    already_exists: "already exists; pass --force to replace it, or choose another --out",
    not_arbitre_adr: "not an ADR written by arbitre (no decision block): nothing to reopen",
    unknown_id: |id| format!("unknown id `{id}`"),
    unknown_item: |id, kit| {
        format!("unknown id `{id}`: not an item of the kit `{kit}` (see `arbitre check`)")
    },
    weight_syntax: |w| format!("--weight `{w}`: expected ID=N"),
    unknown_criterion: |id| format!("unknown criterion `{id}`"),
    weight_value: |w| format!("--weight `{w}`: the weight must be 0, 1, 2 or 3"),
    must_unanswered: |id| {
        format!(
            "--must `{id}`: not a ticked item nor a weighted criterion (tick it with --yes or weight it with --weight)"
        )
    },
    not_accepted_hint: |session, status| {
        format!("(the session {session} says {status}; pass --accept with --supersedes)")
    },
    written_as: |template, note| format!("written as {template}{note}"),
    header_lines: |lines| format!(" with {lines} lines"),
    log_lang: |log, record, code| {
        format!(
            "the log's records are in {log}, this record in {record}: pass --lang {code} to write it in {log}"
        )
    },
    log_convention: |session| {
        format!(", the log's convention (the session says {session}; pass --template to choose)")
    },
    marked_superseded: |file| format!("{file} marked superseded"),
    lock_held: |dir, secs| {
        format!("another writer holds the log lock ({dir}); waiting up to {secs} s")
    },
    export_target: "export: give --out or --adr-dir",
    exam_target: "exam: give --json, or one or more of --out, --sheet, --key, --gift (or --new-code)",
    unknown_section: |id, valid| {
        format!("--sections: unknown section `{id}`; valid sections: {valid}")
    },
    count_zero: "--count: an exam has at least 1 question",
    no_question: "no question for these sections",
    hook_not_unicode: |name| format!("{name}: the value is not valid Unicode"),
    hook_not_frames: |name, text| {
        format!("{name}=`{text}`: expected a number of frames, such as 10")
    },
    usage_unknown_argument: |arg| format!("unexpected argument '{arg}' found"),
    usage_invalid_value: |value, arg, valid| {
        if valid.is_empty() {
            format!("invalid value '{value}' for '{arg}'")
        } else {
            format!("invalid value '{value}' for '{arg}'; possible values: {valid}")
        }
    },
    usage_missing: |args| format!("the following required arguments were not provided: {args}"),
    usage_unknown_command: |cmd| format!("unrecognized subcommand '{cmd}'"),
    usage_conflict: |one, other| format!("the argument '{one}' cannot be used with '{other}'"),
    usage_no_value: |arg| format!("a value is required for '{arg}' but none was supplied"),
    usage_other: "command line refused",
    usage_help: "For more information, try '--help'.",
    component: |name, description| {
        if description.is_empty() {
            format!("Component: {name}")
        } else {
            format!("Component: {name} ({description})")
        }
    },
    placement: "Placement",
    why: "Why",
    would_change: "What would change it",
    system: "The whole system",
    outcome: "Outcome",
    architecture: "Architecture",
    recognised: "Architecture recognised",
    recognised_ticked: "the team ticked it for the whole system",
    recognised_voted: "the facts of the components on each side suggest it",
    recognised_fits: "it answers the needs of the components on each side",
    waiting: "Waiting for",
    unknown_component: |name, names| {
        format!("--component: the session has no component `{name}`; its components: {names}")
    },
    no_components: "the session has no components",
    system_ok: |c, f| format!("session: {c} components, {f} facts"),
    block_system_ok: |c, f| format!("ADR decision block: {c} components, {f} facts"),
    in_component: |message, component| format!("{message} (in the component `{component}`)"),
    split_title: |system, component| format!("{system} — {component}"),
    split_context: |record, file, component| {
        format!(
            "This record places one component of the system decided in the record “{record}” ({file}): {component}."
        )
    },
    split_part_of: "Part of",
    split_detailed_by: "Detailed by",
    split_written: |file| format!("component record written: {file}"),
    split_checkbox: "Also one record per component",
};
