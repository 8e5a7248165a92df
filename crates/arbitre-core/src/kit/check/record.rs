//! The kit's words for records, the app's own reading of the notes: every item has a force
//! (the noun phrase a record lists among its decision drivers), every criterion names what
//! wins and what loses on it, and every hybrid architecture has its own consequences, good
//! and bad, each about things a team can raise. French text follows French typography.

use super::{Checker, Finding, RefKind, Subject, answerable};
use crate::i18n::typo;
use crate::kit::{Kit, Text};

/// Checks an optional text the records need: present, in both languages, French typography.
fn needed(c: &mut Checker<'_>, what: &Subject, path: &str, anchor: &str, text: Option<&Text>) {
    match text {
        None => {
            let pos = c.decl(anchor, 0);
            c.push(
                pos,
                Finding::NoRecordWords {
                    subject: what.clone(),
                    path: path.to_owned(),
                },
            );
        }
        Some(t) => french(c, what, path, anchor, t),
    }
}

/// Both languages present, and the French typography right.
fn french(c: &mut Checker<'_>, what: &Subject, path: &str, anchor: &str, t: &Text) {
    c.text(what, path, Some(anchor), t);
    if !typo::is_french_right(&t.fr) {
        let pos = c.index.value(&format!("{path}.fr")).or(c.decl(anchor, 0));
        c.push(
            pos,
            Finding::FrenchTypography {
                subject: what.clone(),
                path: path.to_owned(),
            },
        );
    }
}

/// Forces, criteria's winners and losers, hybrid consequences.
pub(super) fn check_record_words(kit: &Kit, c: &mut Checker<'_>) {
    for (i, case) in kit.vm_cases.iter().enumerate() {
        for (j, d) in case.details.iter().enumerate() {
            let path = format!("vm_cases[{i}].details[{j}].force");
            needed(
                c,
                &Subject::Item(d.id.clone()),
                &path,
                &d.id,
                d.force.as_ref(),
            );
        }
    }
    for (i, list) in kit.summary.iter().enumerate() {
        for (j, s) in list.statements.iter().enumerate() {
            let path = format!("summary[{i}].statements[{j}].force");
            needed(
                c,
                &Subject::Item(s.id.clone()),
                &path,
                &s.id,
                s.force.as_ref(),
            );
        }
    }
    for (i, crit) in kit.criteria.iter().enumerate() {
        let what = Subject::Criterion(crit.id.clone());
        for (field, t) in [("wins", &crit.wins), ("loses", &crit.loses)] {
            let path = format!("criteria[{i}].{field}");
            needed(c, &what, &path, &crit.id, t.as_ref());
        }
    }
    let ticks = kit.ticks();
    let known = answerable(kit, &ticks);
    for (i, hy) in kit.hybrids.iter().enumerate() {
        let what = Subject::Item(hy.id.clone());
        for good in [true, false] {
            if !hy.consequences.iter().any(|q| q.good == good) {
                let pos = c.decl(&hy.id, 0);
                let subject = what.clone();
                c.push(pos, Finding::NoConsequence { subject, good });
            }
        }
        for (j, q) in hy.consequences.iter().enumerate() {
            let path = format!("hybrids[{i}].consequences[{j}]");
            french(c, &what, &format!("{path}.text"), &hy.id, &q.text);
            for (k, id) in q.when.iter().enumerate() {
                if !known.contains(id.as_str()) {
                    c.dangling(&hy.id, Some(format!("{path}.when[{k}]")), id, RefKind::Item);
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::kit::{BUILTIN_SOURCE, Kit};
    use std::path::Path;

    fn problems(source: &str) -> Vec<String> {
        match Kit::load_str(source, Path::new("k.ron")) {
            Ok(_) => Vec::new(),
            Err(e) => e.to_string().lines().map(str::to_owned).collect(),
        }
    }

    #[test]
    fn the_built_in_kit_has_every_record_word() {
        assert_eq!(problems(BUILTIN_SOURCE), Vec::<String>::new());
    }

    #[test]
    fn an_item_without_a_force_is_reported() {
        let source = BUILTIN_SOURCE.replacen("force: Some((", "force_: Some((", 1);
        // An unknown field is a syntax error; a missing force, the checker's.
        let start = BUILTIN_SOURCE
            .find("                    force: Some((")
            .unwrap_or(0);
        let end = start + BUILTIN_SOURCE[start..].find(")),\n").unwrap_or(0) + 4;
        let missing = format!("{}{}", &BUILTIN_SOURCE[..start], &BUILTIN_SOURCE[end..]);
        assert!(!problems(&source).is_empty());
        let found = problems(&missing);
        assert!(
            found
                .iter()
                .any(|p| p.contains("`vm.security-isolation.sensitive-data` has no")),
            "{found:?}"
        );
    }

    #[test]
    fn a_consequence_must_name_known_items_and_follow_french_typography() {
        let source = BUILTIN_SOURCE.replacen(
            "when: [\"vm.security-isolation\", \"vm.compliance\", \"choose.hybrid.security-and-agility\"],",
            "when: [\"vm.nope\"],",
            1,
        );
        let found = problems(&source);
        assert!(
            found.iter().any(|p| p.contains("unknown item `vm.nope`")),
            "{found:?}"
        );
        let source = BUILTIN_SOURCE.replacen("exploiter\u{a0}:", "exploiter :", 1);
        let found = problems(&source);
        assert!(
            found.iter().any(|p| p.contains("French typography")),
            "{found:?}"
        );
    }
}
