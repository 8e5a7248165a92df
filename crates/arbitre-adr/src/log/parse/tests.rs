//! Tests of reading records: listing, numbering, and parsing each layout.

use super::*;
use crate::log::LogKind;
use crate::log::front::yaml_scalar;
use crate::log::test_support::*;

#[test]
fn numbering_follows_the_highest_and_keeps_gaps() -> R {
    let dir = tempfile::tempdir()?;
    let log = AdrLog::new(dir.path().to_owned(), LogKind::AdrTools);
    assert_eq!(log.next_number()?, 1, "empty log");
    write(&dir.path().join("0001-a.md"), "# 1. A\n");
    write(&dir.path().join("0007-b.md"), "# 7. B\n");
    write(&dir.path().join("index.md"), "# Index\n");
    write(&dir.path().join("notes-2024.md"), "x");
    assert_eq!(log.next_number()?, 8);
    // A file adr-tools would count, though it is not a readable record.
    std::fs::write(dir.path().join("0009-broken.md"), [0xff, 0xfe])?;
    assert_eq!(log.next_number()?, 10);
    let scan = log.records()?;
    let numbers: Vec<u32> = scan.records.iter().map(|r| r.number).collect();
    assert_eq!(numbers, vec![1, 7]);
    assert_eq!(scan.problems.len(), 1);
    assert!(scan.problems[0].to_string().contains("0009-broken.md"));
    Ok(())
}

#[test]
fn records_of_both_formats() -> R {
    let dir = tempfile::tempdir()?;
    let log = AdrLog::new(dir.path().to_owned(), LogKind::Madr);
    write(&dir.path().join("0003-use-vms.md"), NYGARD);
    write(&dir.path().join("0010-use-containers.md"), MADR);
    write(&dir.path().join("0004-no-title.md"), "just text\n");
    write(
        &dir.path().join("0005-fenced.md"),
        "```\n# not a title\n```\n# 5. Real title\n\nDate : 2024-01-01\n\n## Statut\n\nProposé\n",
    );
    let scan = log.records()?;
    let got: Vec<(u32, &str, &str, &str)> = scan
        .records
        .iter()
        .map(|r| {
            (
                r.number,
                r.title.as_str(),
                r.status.as_str(),
                r.date.as_str(),
            )
        })
        .collect();
    assert_eq!(
        got,
        vec![
            (3, "Use VMs", "Accepted", "2024-05-01"),
            (5, "Real title", "Proposé", "2024-01-01"),
            (10, "Use *containers* & pods", "accepted", "2024-06-02"),
        ]
    );
    assert_eq!(scan.records[0].file, dir.path().join("0003-use-vms.md"));
    assert_eq!(scan.problems.len(), 1);
    assert!(scan.problems[0].to_string().contains("no `# Title`"));
    Ok(())
}

/// (status as written, its key, relations as (key, target)) of a record's text.
fn status_of(text: &str) -> (String, String, Vec<(String, String)>) {
    let p = parse_record(text);
    let relations = p
        .relations
        .iter()
        .map(|r| (r.key(), r.target.clone()))
        .collect();
    (
        p.status.clone(),
        crate::log::RecordStatus::parse(&p.status).key(),
        relations,
    )
}

fn pairs(list: &[(&str, &str)]) -> Vec<(String, String)> {
    list.iter()
        .map(|(a, b)| ((*a).to_owned(), (*b).to_owned()))
        .collect()
}

#[test]
fn the_status_section_is_read_whole() {
    let nygard = |section: &str| {
        format!("# 3. B\n\nDate: 2024-01-01\n\n## Status\n\n{section}\n## Context\n\nWhy.\n")
    };
    // As `adr new -s 1 -l "2:Amends:Amended by"` writes it: the word, then the links.
    let (status, key, rel) = status_of(&nygard(
        "Accepted\n\nSupersedes [1. A](0001-a.md)\n\nAmends [2. Y](0002-y.md)\n",
    ));
    assert_eq!((status.as_str(), key.as_str()), ("Accepted", "accepted"));
    assert_eq!(
        rel,
        pairs(&[("supersedes", "0001-a.md"), ("amends", "0002-y.md")])
    );
    // Links first, the word after.
    let (status, key, rel) = status_of(&nygard(
        "Amends [2. Y](0002-y.md)\n\nClarified by [5. D](0005-d.md)\n\nProposed\n",
    ));
    assert_eq!((status.as_str(), key.as_str()), ("Proposed", "proposed"));
    assert_eq!(
        rel,
        pairs(&[("amends", "0002-y.md"), ("clarified by", "0005-d.md")])
    );
    // Amended, then superseded (adr-tools removed `Accepted`): superseded.
    let (status, key, rel) = status_of(&nygard(
        "Amended by [4. C](0004-c.md)\n\nSuperseded by [5. D](0005-d.md)\n",
    ));
    assert_eq!(status, "Superseded by [5. D](0005-d.md)");
    assert_eq!(key, "superseded");
    assert_eq!(
        rel,
        pairs(&[("amended by", "0004-c.md"), ("superseded by", "0005-d.md")])
    );
    // French words: the status stays the word, « Remplace » is a relation.
    let (status, key, rel) = status_of(
        "# 5. Titre\n\nDate : 2024-01-01\n\n## Statut\n\nRemplace [ADR-0001](0001-a.md)\n\nAccepté\n\n## Contexte\n",
    );
    assert_eq!((status.as_str(), key.as_str()), ("Accepté", "accepted"));
    assert_eq!(rel, pairs(&[("supersedes", "0001-a.md")]));
    let (status, key, _) = status_of(&nygard("Remplacé\n"));
    assert_eq!((status.as_str(), key.as_str()), ("Remplacé", "superseded"));
    // A MADR status that is a relation is one too.
    let (_, key, rel) =
        status_of("---\nstatus: \"superseded by [ADR-0012](0012-use-vms.md)\"\n---\n\n# T\n");
    assert_eq!(key, "superseded");
    assert_eq!(rel, pairs(&[("superseded by", "0012-use-vms.md")]));
    // Links in other sections are not relations.
    let (_, _, rel) = status_of(&format!(
        "{}\nSee [1. A](0001-a.md).\n\nSupersedes [1. A](0001-a.md)\n",
        nygard("Accepted\n")
    ));
    assert!(rel.is_empty(), "{rel:?}");
}

#[test]
fn header_lines_after_a_front_matter_and_nygard_deciders() {
    // compliantkubernetes: a front matter without them, then the bullets.
    let p = parse_record(
        "---\ntitle: Use X\ntags:\n  - storage\n---\n# Use X\n\n- Status: accepted\n- Deciders: Product Team, Ops\n- Date: 2024-08-16\n\n## Context and Problem Statement\n\n- Status: not this one\n",
    );
    assert_eq!(p.status, "accepted");
    assert_eq!(p.date, "2024-08-16");
    assert_eq!(p.deciders, vec!["Product Team", "Ops"]);
    assert_eq!(p.layout, RecordLayout::Lines);
    // The front matter's own keys come first.
    let p = parse_record(
        "---\nstatus: proposed\ndate: 2024-01-01\ndeciders: [Ana]\n---\n# T\n\n- Status: accepted\n- Date: 2025-01-01\n- Deciders: Bob\n",
    );
    assert_eq!(
        (p.status.as_str(), p.date.as_str(), p.layout),
        ("proposed", "2024-01-01", RecordLayout::FrontMatter)
    );
    assert_eq!(p.deciders, vec!["Ana"]);
    // Nygard: `Deciders:` lines, and the French line arbitre writes (a hard break after).
    let p = parse_record(
        "# 1. T\n\nDate: 2024-01-01\n\n## Status\n\nAccepted\n\n## Context\n\nWhy.\n\nDeciders: Ana, Bob\n",
    );
    assert_eq!(p.deciders, vec!["Ana", "Bob"]);
    let p = parse_record(
        "# 1. T\n\nDate\u{a0}: 2024-01-01\n\n## Status\n\nProposed\n\n## Contexte\n\nPourquoi.\n\nDécideurs\u{a0}: Équipe \\*archi\\*, Léa\\\nConsultés\u{a0}: Ops\n",
    );
    assert_eq!(p.deciders, vec!["Équipe *archi*", "Léa"]);
    assert_eq!(p.status, "Proposed");
    let p = parse_record("# 1. T\n\n**Decision-makers:** Ana\n\nDecisions: none\n");
    assert_eq!(p.deciders, vec!["Ana"]);
    assert!(
        parse_record("# 1. T\n\nDecisions: Ana\n")
            .deciders
            .is_empty()
    );
}

#[test]
fn yaml_and_markdown_unescaping() {
    assert_eq!(yaml_scalar("\"a \\\"b\\\" \\u00e9\""), "a \"b\" é");
    assert_eq!(yaml_scalar("'it''s'"), "it's");
    assert_eq!(yaml_scalar("accepted # note"), "accepted");
    assert_eq!(unescape("a \\| b &lt;c&gt; &#233; \\q"), "a | b <c> é \\q");
}
