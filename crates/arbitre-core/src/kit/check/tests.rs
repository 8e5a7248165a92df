//! The kit checker's tests: each rule breaks on a copy of the built-in kit, at its line.

use super::*;

use crate::kit::BUILTIN_SOURCE;

/// Empties the `en` text of the first `en: "…"` at or after `from`; returns its line.
fn empty_en(source: &mut String, from: usize) -> usize {
    let at = from + source[from..].find("en: \"").unwrap_or(0);
    let value = at + "en: \"".len();
    let end = value + source[value..].find('"').unwrap_or(0);
    source.replace_range(value..end, "");
    source[..at].matches('\n').count() + 1
}

#[test]
fn empty_texts_are_each_reported_at_their_own_line_and_field() {
    let mut source = BUILTIN_SOURCE.to_owned();
    let title = empty_en(&mut source, 0);
    let app = source.find("application:").unwrap_or(0);
    let at = app + source[app..].find("conclusion").unwrap_or(0);
    let conclusion = empty_en(&mut source, at);
    let at = app + source[app..].find("intro").unwrap_or(0);
    let intro = empty_en(&mut source, at);
    let kit = match Kit::parse(&source, Path::new("k.ron")) {
        Ok(k) => k,
        Err(e) => panic!("{e}"),
    };
    let problems = check(&kit, &source, Path::new("k.ron"));
    let found: Vec<(usize, String)> = problems
        .iter()
        .map(|p| (p.pos.line, p.finding.to_string()))
        .collect();
    assert_eq!(
        found,
        [
            (
                title,
                "empty English text in the title (`title.en`)".to_owned()
            ),
            (
                intro,
                "empty English text in the application to quote-app (`application.intro.en`)"
                    .to_owned()
            ),
            (
                conclusion,
                "empty English text in the application to quote-app (`application.conclusion.en`)"
                    .to_owned()
            ),
        ]
    );
    assert!(title < intro && intro < conclusion);
}

/// The 1-based line of the first occurrence of `marker` in `source`.
fn line_of(source: &str, marker: &str) -> usize {
    let Some(at) = source.find(marker) else {
        panic!("{marker:?} not in the source");
    };
    source[..at].matches('\n').count() + 1
}

/// The built-in kit with `extra` inserted at the start of the list `field` (`scenarios`,
/// `questions`), and what the checker says of it, as (line, message).
fn with_first(field: &str, extra: &str) -> (String, Vec<(usize, String)>) {
    let open = format!("\n    {field}: [\n");
    let Some(at) = BUILTIN_SOURCE.find(&open) else {
        panic!("no `{field}` in the kit");
    };
    let mut source = BUILTIN_SOURCE.to_owned();
    source.insert_str(at + open.len(), extra);
    let kit = match Kit::parse(&source, Path::new("k.ron")) {
        Ok(k) => k,
        Err(e) => panic!("{e}"),
    };
    let problems = check(&kit, &source, Path::new("k.ron"))
        .into_iter()
        .map(|p| (p.pos.line, p.finding.to_string()))
        .collect();
    (source, problems)
}

/// A scenario with this kind and these extra fields (`lesson: …`, `sources: …`).
fn scenario(kind: &str, fields: &str) -> String {
    format!(
        r#"        (
        id: "scenario.crafted",
        kind: {kind},
        title: (fr: "Un cas", en: "A case"),
        situation: (fr: "Une situation.", en: "A situation."),
        ticks: ["vm.multiple-os"],
        expected: vms,
        {fields}
    ),
"#
    )
}

const LESSON: &str = r#"lesson: Some((fr: "Ce qu'il enseigne.", en: "What it teaches.")),"#;

#[test]
fn a_hard_need_needs_both_languages_and_a_sound_rules_out_at_its_line() {
    let marker = "rules_out: [containers],";
    let Some(at) = BUILTIN_SOURCE.find(marker) else {
        panic!("no hard need in the built-in kit");
    };
    let line = BUILTIN_SOURCE[..at].matches('\n').count() + 1;
    // All three options ruled out.
    let mut source = BUILTIN_SOURCE.to_owned();
    source.replace_range(
        at..at + marker.len(),
        "rules_out: [containers, vms, hybrid],",
    );
    let msgs = problems_of(&source);
    assert!(
        msgs.iter()
            .any(|(l, m)| *l == line && m.contains("never none or all three")),
        "{msgs:?}"
    );
    // The option it argues for.
    let mut source = BUILTIN_SOURCE.to_owned();
    source.replace_range(at..at + marker.len(), "rules_out: [vms],");
    let msgs = problems_of(&source);
    assert!(
        msgs.iter()
            .any(|(l, m)| *l == line && m.contains("the option it argues for")),
        "{msgs:?}"
    );
    // An empty English why, at its own line.
    let why = BUILTIN_SOURCE[at..].find("en: \"").map_or(0, |o| at + o);
    let why_line = BUILTIN_SOURCE[..why].matches('\n').count() + 1;
    let mut source = BUILTIN_SOURCE.to_owned();
    let end = source[why + 5..].find('"').map_or(why, |o| why + 5 + o);
    source.replace_range(why + 5..end, "");
    let msgs = problems_of(&source);
    assert!(
        msgs.iter()
            .any(|(l, m)| *l == why_line && m.contains("empty English text in the hard need")),
        "{msgs:?}"
    );
}

#[test]
fn an_architecture_answering_an_unknown_need_is_placed_at_its_line() {
    let marker = "\"vm.compliance.security-audits\",\n                \"choose.hybrid";
    let Some(at) = BUILTIN_SOURCE.find(marker) else {
        panic!("no answers list in the built-in kit");
    };
    let line = BUILTIN_SOURCE[..at].matches('\n').count() + 1;
    let mut source = BUILTIN_SOURCE.to_owned();
    source.replace_range(at..at + 31, "\"vm.compliance.nope\"");
    let msgs = problems_of(&source);
    assert!(
        msgs.iter()
            .any(|(l, m)| *l == line
                && m.contains("`hybrid.defense-in-depth` refers to unknown need")),
        "{msgs:?}"
    );
}

/// The problems of a kit source, as (line, message).
fn problems_of(source: &str) -> Vec<(usize, String)> {
    match Kit::parse(source, Path::new("k.ron")) {
        Ok(kit) => check(&kit, source, Path::new("k.ron"))
            .into_iter()
            .map(|p| (p.pos.line, p.finding.to_string()))
            .collect(),
        Err(e) => vec![(0, e.to_string())],
    }
}

#[test]
fn the_built_in_kit_passes_the_training_checks() {
    let kit = match Kit::parse(BUILTIN_SOURCE, Path::new("k.ron")) {
        Ok(k) => k,
        Err(e) => panic!("{e}"),
    };
    assert_eq!(check(&kit, BUILTIN_SOURCE, Path::new("k.ron")), []);
    assert!(!kit.questions.is_empty());
}

#[test]
fn a_trap_a_depends_or_a_beyond_case_needs_a_lesson() {
    for kind in ["trap", "depends", "beyond"] {
        let sources = r#"sources: ["firecracker-spec"],"#;
        let fields = if kind == "beyond" { sources } else { "" };
        let (source, problems) = with_first("scenarios", &scenario(kind, fields));
        let line = line_of(&source, &format!("kind: {kind},"));
        assert_eq!(
            problems,
            [(
                line,
                format!(
                    "scenario `scenario.crafted` is of kind `{kind}` but has no `lesson`: say what it teaches, in both languages"
                )
            )],
            "{kind}"
        );
    }
    // A standard case may go without.
    let (_, problems) = with_first("scenarios", &scenario("standard", ""));
    assert_eq!(problems, []);
}

#[test]
fn a_lesson_is_written_in_both_languages() {
    let lesson = r#"lesson: Some((fr: "Ce qu'il enseigne.", en: " ")),"#;
    let (source, problems) = with_first("scenarios", &scenario("trap", lesson));
    assert_eq!(
        problems,
        [(
            line_of(&source, r#"en: " ")"#),
            "empty English text in `scenario.crafted` (`scenarios[0].lesson.en`)".to_owned()
        )]
    );
}

#[test]
fn a_case_beyond_the_notes_cites_at_least_one_source() {
    let (source, problems) = with_first("scenarios", &scenario("beyond", LESSON));
    assert_eq!(
        problems,
        [(
            line_of(&source, "kind: beyond,"),
            "scenario `scenario.crafted` goes beyond the notes but cites no source: list at least one of `beyond.sources` in `sources`".to_owned()
        )]
    );
}

#[test]
fn only_a_case_beyond_the_notes_cites_sources() {
    for kind in ["standard", "trap", "depends"] {
        let fields = format!(r#"{LESSON} sources: ["gvisor-overview"],"#);
        let (source, problems) = with_first("scenarios", &scenario(kind, &fields));
        assert_eq!(
            problems,
            [(
                line_of(&source, r#"sources: ["gvisor-overview"]"#),
                format!(
                    "scenario `scenario.crafted` is of kind `{kind}` but cites sources: only a scenario of kind `beyond` goes beyond the notes"
                )
            )],
            "{kind}"
        );
    }
}

#[test]
fn a_scenario_source_must_exist() {
    let fields = format!(r#"{LESSON} sources: ["gvisor-overview", "no-such-source"],"#);
    let (source, problems) = with_first("scenarios", &scenario("beyond", &fields));
    assert_eq!(
        problems,
        [(
            line_of(&source, "\"no-such-source\""),
            "`scenario.crafted` refers to unknown source `no-such-source`".to_owned()
        )]
    );
}

/// A question with these choices and this answer.
fn question(id: &str, choices: &[(&str, &str)], answer: usize) -> String {
    let mut list = String::new();
    for (fr, en) in choices {
        list.push_str(&format!("                (fr: \"{fr}\", en: \"{en}\"),\n"));
    }
    let choices = list;
    format!(
        r#"        (
        id: "{id}",
        section: summary,
        level: apply,
        prompt: (fr: "Laquelle ?", en: "Which one?"),
        choices: [
{choices}            ],
        answer: {answer},
        explain: (fr: "Parce que.", en: "Because."),
    ),
"#
    )
}

const THREE: [(&str, &str); 3] = [("Un", "One"), ("Deux", "Two"), ("Trois", "Three")];

#[test]
fn a_well_formed_question_passes() {
    let (_, problems) = with_first("questions", &question("question.crafted", &THREE, 2));
    assert_eq!(problems, []);
    let four = [
        ("Un", "One"),
        ("Deux", "Two"),
        ("Trois", "Three"),
        ("Quatre", "Four"),
    ];
    let (_, problems) = with_first("questions", &question("question.crafted", &four, 3));
    assert_eq!(problems, []);
}

#[test]
fn a_question_has_three_or_four_choices() {
    let two = [("Un", "One"), ("Deux", "Two")];
    let five = [
        ("Un", "One"),
        ("Deux", "Two"),
        ("Trois", "Three"),
        ("Quatre", "Four"),
        ("Cinq", "Five"),
    ];
    for (choices, n) in [(&two[..], 2), (&five[..], 5)] {
        let (source, problems) = with_first("questions", &question("question.crafted", choices, 0));
        let line = line_of(&source, "choices: [");
        assert_eq!(
            problems,
            [(
                line,
                format!("question `question.crafted` has {n} choices; it must have 3 or 4")
            )]
        );
    }
}

#[test]
fn a_question_answer_is_one_of_its_choices() {
    let (source, problems) = with_first("questions", &question("question.crafted", &THREE, 3));
    assert_eq!(
        problems,
        [(
            line_of(&source, "answer: 3,"),
            "question `question.crafted`: `answer` is 3 but there are 3 choices, numbered from 0"
                .to_owned()
        )]
    );
}

#[test]
fn two_choices_of_a_question_never_say_the_same() {
    let french = [("Un", "One"), ("Deux", "Two"), ("un ", "Three")];
    let (source, problems) = with_first("questions", &question("question.crafted", &french, 0));
    assert_eq!(
        problems,
        [(
            line_of(&source, "(fr: \"un \""),
            "question `question.crafted`: choices 0 and 2 have the same French text; each choice must differ".to_owned()
        )]
    );
    let english = [("Un", "One"), ("Deux", "Two"), ("Trois", "Two")];
    let (source, problems) = with_first("questions", &question("question.crafted", &english, 0));
    assert_eq!(
        problems,
        [(
            line_of(&source, "(fr: \"Trois\""),
            "question `question.crafted`: choices 1 and 2 have the same English text; each choice must differ".to_owned()
        )]
    );
}

#[test]
fn a_question_is_written_in_both_languages() {
    let choices = [("Un", "One"), ("", "Two"), ("Trois", "Three")];
    let text = question("question.crafted", &choices, 0)
        .replace(
            r#"(fr: "Laquelle ?", en: "Which one?")"#,
            r#"(fr: "Laquelle ?", en: "")"#,
        )
        .replace(
            r#"(fr: "Parce que.", en: "Because.")"#,
            r#"(fr: " ", en: "Because.")"#,
        );
    let (source, problems) = with_first("questions", &text);
    assert_eq!(
        problems,
        [
            (
                line_of(&source, "Laquelle"),
                "empty English text in question `question.crafted` (`questions[0].prompt.en`)"
                    .to_owned()
            ),
            (
                line_of(&source, "(fr: \"\", en: \"Two\")"),
                "empty French text in question `question.crafted` (`questions[0].choices[1].fr`)"
                    .to_owned()
            ),
            (
                line_of(&source, "Because."),
                "empty French text in question `question.crafted` (`questions[0].explain.fr`)"
                    .to_owned()
            ),
        ]
    );
}

#[test]
fn a_question_id_is_unique_across_the_kit() {
    // Taken by a scenario, by another question, by an item of the checklists.
    for taken in [
        "scenario.event-ticketing",
        "question.shared-kernel-flaw",
        "vm.multiple-os",
    ] {
        let (source, problems) = with_first("questions", &question(taken, &THREE, 0));
        let second = source.match_indices(&format!("id: \"{taken}\"")).nth(1);
        let Some((at, _)) = second.or_else(|| source.match_indices(&format!("\"{taken}\"")).nth(1))
        else {
            panic!("{taken}");
        };
        let line = source[..at].matches('\n').count() + 1;
        let expected = (line, format!("duplicate id `{taken}`: ids must be unique"));
        assert!(problems.contains(&expected), "{taken}: {problems:?}");
    }
}

/// What a teacher's pack holds: the same top-level fields as a kit.
#[derive(serde::Deserialize)]
struct Pack {
    scenarios: Vec<Scenario>,
    questions: Vec<QuestionDef>,
}

#[test]
fn the_training_checks_run_on_another_file_against_the_kit() {
    let kit = match Kit::parse(BUILTIN_SOURCE, Path::new("k.ron")) {
        Ok(k) => k,
        Err(e) => panic!("{e}"),
    };
    let source = format!(
        "(\n    scenarios: [\n{}{}    ],\n    questions: [\n{}{}    ],\n)\n",
        scenario("beyond", r#"sources: ["nowhere"],"#),
        scenario("standard", "").replace("scenario.crafted", "scenario.event-ticketing"),
        question("question.crafted", &THREE, 7),
        question("question.crafted", &THREE, 0),
    );
    let pack: Pack = match ron::from_str(&source) {
        Ok(p) => p,
        Err(e) => panic!("{e}"),
    };
    let file = Path::new("pack.ron");
    let ids = training_ids(&pack.scenarios, &pack.questions);
    let mut c = Checker::new(&source, file, ids.iter().map(|(id, p)| (*id, p.clone())));
    let kit_ids: HashSet<&str> = declared_ids(&kit).into_iter().map(|(id, _)| id).collect();
    check_ids(
        ids.iter().map(|(id, _)| *id),
        |id| kit_ids.contains(id),
        &mut c,
    );
    check_scenarios(&kit, &pack.scenarios, &mut c);
    check_questions(&pack.questions, &mut c);
    let problems = c.into_problems();
    assert!(problems.iter().all(|p| p.file == file), "{problems:?}");
    let found: Vec<(usize, String)> = problems
        .into_iter()
        .map(|p| (p.pos.line, p.finding.to_string()))
        .collect();
    let second_question = source.rfind("id: \"question.crafted\"").unwrap_or(0);
    assert_eq!(
        found,
        [
            (
                line_of(&source, "kind: beyond"),
                "scenario `scenario.crafted` is of kind `beyond` but has no `lesson`: say what it teaches, in both languages".to_owned()
            ),
            (
                line_of(&source, "\"nowhere\""),
                "`scenario.crafted` refers to unknown source `nowhere`".to_owned()
            ),
            (
                line_of(&source, "id: \"scenario.event-ticketing\""),
                "duplicate id `scenario.event-ticketing`: ids must be unique".to_owned()
            ),
            (
                line_of(&source, "answer: 7"),
                "question `question.crafted`: `answer` is 7 but there are 3 choices, numbered from 0".to_owned()
            ),
            (
                source[..second_question].matches('\n').count() + 1,
                "duplicate id `question.crafted`: ids must be unique".to_owned()
            ),
        ]
    );
}

/// A system scenario with these components (each `(name, ticks)`) and no facts for all.
fn system_scenario(components: &[(&str, &str)]) -> String {
    let mut list = String::new();
    for (name, ticks) in components {
        list.push_str(&format!(
            r#"            (
                name: (fr: "{name}", en: "{name}"),
                situation: (fr: "Ce qu'il fait.", en: "What it does."),
                ticks: [{ticks}],
            ),
"#
        ));
    }
    format!(
        r#"        (
        id: "scenario.crafted-system",
        title: (fr: "Un système", en: "A system"),
        situation: (fr: "Une situation.", en: "A situation."),
        ticks: [],
        components: [
{list}        ],
        expected: hybrid,
        patterns: ["hybrid.lift-and-shift"],
    ),
"#
    )
}

#[test]
fn a_sound_system_scenario_passes_with_no_facts_for_all() {
    let crafted = system_scenario(&[
        ("ERP", r#""choose.vms.legacy""#),
        ("Portail", r#""choose.containers.microservices""#),
    ]);
    let (_, problems) = with_first("scenarios", &crafted);
    assert_eq!(problems, []);
}

#[test]
fn a_system_scenario_s_components_have_unique_names_known_ticks_and_no_answer_ticked() {
    let crafted = system_scenario(&[
        ("ERP", r#""choose.vms.legacy""#),
        (" erp", r#""vm.nowhere""#),
        (
            "Portail",
            r#""choose.containers.microservices", "hybrid.cicd""#,
        ),
    ]);
    let (source, problems) = with_first("scenarios", &crafted);
    let messages: Vec<&str> = problems.iter().map(|(_, m)| m.as_str()).collect();
    assert_eq!(
        messages,
        [
            "scenario `scenario.crafted-system` has two components named “ erp”: names must be unique",
            "`scenario.crafted-system` refers to unknown item `vm.nowhere`",
            "scenario.crafted-system: component “Portail” ticks `hybrid.cicd`, which argues for a hybrid: that is an answer, not a fact of the component",
        ],
        "{problems:?}"
    );
    assert_eq!(problems[0].0, line_of(&source, r#"name: (fr: " erp""#));
    assert_eq!(problems[1].0, line_of(&source, r#""vm.nowhere""#));
    let ticks = r#""choose.containers.microservices", "hybrid.cicd""#;
    assert_eq!(problems[2].0, line_of(&source, ticks));
}
