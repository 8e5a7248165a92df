//! The words of a new record of any decision, in English (the `new_record` section): the
//! templates' prose is the tools' own (adr-tools 3.0.0, MADR 4.0.0).

use crate::i18n::words::new_record::NewRecord;

/// The words of a new record, in English.
pub(super) const NEW_RECORD: NewRecord = NewRecord {
    nygard_context: "The issue motivating this decision, and any context that influences or constrains the decision.",
    nygard_decision: "The change that we're proposing or have agreed to implement.",
    nygard_consequences: "What becomes easier or more difficult to do and any risks introduced by the change that will need to be mitigated.",
    init_title: "Record architecture decisions",
    init_context: "We need to record the architectural decisions made on this project.",
    init_decision: "We will use Architecture Decision Records, as [described by Michael Nygard](http://thinkrelevance.com/blog/2011/11/15/documenting-architecture-decisions).",
    init_consequences: "See Michael Nygard's article, linked above. For a lightweight ADR toolset, see Nat Pryce's [adr-tools](https://github.com/npryce/adr-tools).",
    madr_title: "short title, representative of solved problem and found solution",
    madr_date: "YYYY-MM-DD when the decision was last updated",
    madr_deciders: "list everyone involved in the decision",
    madr_context: "Describe the context and problem statement, e.g., in free form using two to three sentences. You may want to articulate the problem in form of a question",
    madr_option: |n| format!("title of option {n}"),
    madr_outcome: |option, why| format!("Chosen option: \"{option}\", because {why}."),
    madr_justification: "justification, e.g., only option which meets k.o. criterion decision driver, or comes out best (see below)",
    madr_good: |c| format!("Good, because {c}"),
    madr_bad: |c| format!("Bad, because {c}"),
    madr_good_example: "positive consequence, e.g., improvement of one or more desired qualities",
    madr_bad_example: "negative consequence, e.g., compromising one or more desired qualities",

    button: "New record…",
    button_hint: "A record of any decision, written from the log's own template, numbered and named as the log does (Ctrl+Shift+N)",
    supersede_button: "Supersede with a new record…",
    title_label: "Title of the new record",
    start: "Write it",
    heading: |file| format!("New record: {file}"),
    from_env: |path| format!("Text from the template $ADR_TEMPLATE names: {path}"),
    from_log: |path| format!("Text from the log's own template: {path}"),
    from_convention: |tool| format!("The log has no template: text written by {tool}'s convention"),
    supersedes: |old| {
        format!("It supersedes {old}: that record is marked superseded when this one is saved.")
    },
    source: "Markdown",
    preview: "Preview, as a reader sees it",
    placeholders: |n| match n {
        1 => "1 template placeholder left to fill".to_owned(),
        n => format!("{n} template placeholders left to fill"),
    },
    save: "Save into the log",
    discard: "Discard…",
    confirm_discard: "Discard this new record? Its text was never saved.",
    keep_editing: "Keep editing",
    discard_yes: "Discard it",
    saved: |path| format!("New record written: {path}"),
    waits: "A new record is being written on the Log screen: save it or discard it first.",
    no_title: "Give the record a title.",
    init_prompt: |dir| {
        format!("{dir} has no ADR log. Start one here, in the layout of your team's tool.")
    },
    init_button: "Start a log here",
    init_layout: "Layout",
    init_done: |tool, dir| format!("{tool} log started in {dir}"),
};
