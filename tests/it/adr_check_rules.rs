//! `adr check`'s rules as people ask linters for them, through the binary: a date in brackets
//! or without a colon, a template's placeholder, "Supercedes"; and README's table of rules
//! held to the code's findings.

use crate::adr_conventions::{err, out, run, s, write};
use arbitre::adr::log::LogFinding;

/// README's table of `adr check`'s rules lists every finding's key, once, in the code's order.
#[test]
fn readme_s_table_of_rules_is_the_code_s() {
    let readme = std::fs::read_to_string("README.md").unwrap_or_default();
    let table = readme
        .split_once("| rule | what it checks | where it comes from |")
        .map(|(_, rest)| rest)
        .unwrap_or_default();
    let keys: Vec<&str> = table
        .lines()
        .skip(1)
        .take_while(|l| l.starts_with('|'))
        .filter_map(|l| l.split('`').nth(1))
        .collect();
    assert_eq!(keys, LogFinding::KEYS);
}

/// One record per fault, in an adr-tools log; each is named at its line, and the exit code
/// says so.
#[test]
fn what_linters_are_asked_for_is_found_at_its_line() {
    let tmp = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let dir = tmp.path().join("doc/adr");
    write(&tmp.path().join(".adr-dir"), "doc/adr\n");
    write(
        &dir.join("0001-record-architecture-decisions.md"),
        "# 1. Record architecture decisions\n\nDate: 2024-01-01\n\n## Status\n\nAccepted\n\n## Context\n\nWe need to record decisions.\n",
    );
    let o = run(&["adr", "check", s(tmp.path())]);
    assert!(o.status.success(), "{}{}", out(&o), err(&o));
    write(
        &dir.join("0002-brackets.md"),
        "# 2. Brackets\n\nDate: [2024-01-02]\n\n## Status\n\nAccepted\n\n## Context\n\nA.\n",
    );
    write(
        &dir.join("0003-no-colon.md"),
        "# 3. No colon\n\nDate 2024-01-03\n\n## Status\n\nAccepted\n\n## Context\n\nB.\n",
    );
    write(
        &dir.join("0004-template.md"),
        "# 4. Template\n\nDate: 2024-01-04\n\n## Status\n\n[ proposed | accepted | deprecated | superseded ]\n\n## Context\n\nC.\n",
    );
    write(
        &dir.join("0005-supercedes.md"),
        "# 5. Spelling\n\nDate: 2024-01-05\n\n## Status\n\nAccepted\n\nSupercedes [1. Record architecture decisions](0001-record-architecture-decisions.md)\n\n## Context\n\nD.\n",
    );
    let o = run(&["adr", "check", s(tmp.path())]);
    assert_eq!(o.status.code(), Some(1), "{}", out(&o));
    let e = err(&o);
    for expected in [
        "0002-brackets.md: line 3: `Date: [2024-01-02]`: a date in brackets",
        "0003-no-colon.md: line 3: `Date 2024-01-03`: write the date as `Date: YYYY-MM-DD`",
        "0004-template.md: line 7: `[ proposed | accepted | deprecated | superseded ]` is the template's placeholder",
        "0005-supercedes.md: line 9: `Supercedes` is not a relation tools read",
    ] {
        assert!(e.contains(expected), "{expected}\n{e}");
    }
    // In French, the same findings.
    let o = run(&["adr", "check", "--lang", "fr", s(tmp.path())]);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        err(&o).contains(
            "0005-supercedes.md\u{a0}: ligne 9\u{a0}: `Supercedes` n'est pas une relation"
        ),
        "{}",
        err(&o)
    );
}

/// MADR's and log4brains' templates copied and not filled in are named; a record that fills
/// them in is not.
#[test]
fn madr_and_log4brains_placeholders_are_named() {
    let tmp = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let dir = tmp.path().join("docs/decisions");
    write(
        &dir.join("0001-use-madr.md"),
        "---\nstatus: accepted\ndate: 2024-01-01\n---\n\n# Use MADR\n\n## Context and Problem Statement\n\nWhy.\n",
    );
    write(
        &dir.join("0002-copied.md"),
        "---\nstatus: \"{proposed | rejected | accepted | deprecated | … | superseded by ADR-0123}\"\ndate: {YYYY-MM-DD when the decision was last updated}\n---\n\n# Copied\n\n## Context and Problem Statement\n\nWhy.\n",
    );
    let o = run(&["adr", "check", s(tmp.path())]);
    assert_eq!(o.status.code(), Some(1), "{}", out(&o));
    let e = err(&o);
    assert!(e.contains("0002-copied.md: line 2:"), "{e}");
    assert!(e.contains("0002-copied.md: line 3:"), "{e}");
    assert!(!e.contains("0001-use-madr.md"), "{e}");
}
