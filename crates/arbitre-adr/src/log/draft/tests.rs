//! A new record in each layout, from the log's template or the convention, and `adr init`.

use super::*;
use crate::log::test_support::*;
use crate::log::{detect, init};

fn env(lang: Lang) -> DraftEnv {
    DraftEnv {
        adr_template: None,
        lang,
        date: "2026-12-04".to_owned(),
    }
}

/// An adr-tools log of two records, as `adr init` and `adr new` write them.
fn adr_tools_log(root: &Path) -> AdrLog {
    let d = root.join("doc/adr");
    write(
        &d.join("0001-record-architecture-decisions.md"),
        "# 1. Record architecture decisions\n\nDate: 2024-01-01\n\n## Status\n\nAccepted\n\n## Context\n\nWe need to record.\n",
    );
    write(
        &d.join("0002-use-vms.md"),
        "# 2. Use VMs\n\nDate: 2024-02-01\n\n## Status\n\nAccepted\n\n## Context\n\nWhy.\n",
    );
    AdrLog::new(d, LogKind::AdrTools)
}

#[test]
fn an_adr_tools_log_gets_adr_tools_own_template_numbered_after_the_highest() -> R {
    let tmp = tempfile::tempdir()?;
    let log = adr_tools_log(tmp.path());
    let draft = log.draft("  Use   containers ", None, &env(Lang::En))?;
    assert_eq!(draft.file_name, "0003-use-containers.md");
    assert_eq!(draft.from, TemplateFrom::Convention(Lang::En));
    // Byte for byte what `adr new Use containers` writes from adr-tools' template.
    assert_eq!(
        draft.text,
        "# 3. Use containers\n\nDate: 2026-12-04\n\n## Status\n\nAccepted\n\n## Context\n\nThe issue motivating this decision, and any context that influences or constrains the decision.\n\n## Decision\n\nThe change that we're proposing or have agreed to implement.\n\n## Consequences\n\nWhat becomes easier or more difficult to do and any risks introduced by the change that will need to be mitigated.\n"
    );
    assert_eq!(draft.placeholders_left(&draft.text), 3);
    let written = draft.text.replace("The issue motivating", "Our reasons");
    assert_eq!(draft.placeholders_left(&written), 2);
    assert!(
        !log.dir.join("0003-use-containers.md").exists(),
        "a draft writes nothing"
    );
    let saved = log.save_draft(&draft, &written)?;
    assert_eq!(saved.number, 3);
    assert_eq!(read(&saved.path), written);
    let r = log.find("3")?;
    assert_eq!(
        (r.title.as_str(), r.status.as_str()),
        ("Use containers", "Accepted")
    );
    Ok(())
}

#[test]
fn the_log_s_own_template_wins_and_adr_template_names_one() -> R {
    let tmp = tempfile::tempdir()?;
    let log = adr_tools_log(tmp.path());
    write(
        &log.dir.join("templates/template.md"),
        "# NUMBER. TITLE\n\nDate: DATE\n\n## Status\n\nSTATUS\n\n## Context\n\nTeam's own. TITLE twice: only the first TITLE on a line.\n",
    );
    let draft = log.draft("Use DATE STATUS words", None, &env(Lang::En))?;
    assert_eq!(
        draft.from,
        TemplateFrom::Log(log.dir.join("templates/template.md"))
    );
    assert!(
        draft
            .text
            .starts_with("# 3. Use DATE STATUS words\n\nDate: 2026-12-04\n"),
        "{}",
        draft.text
    );
    assert!(
        draft
            .text
            .contains("Team's own. Use DATE STATUS words twice: only the first TITLE")
    );
    let own = tmp.path().join("elsewhere.md");
    write(&own, "# NUMBER. TITLE\n\nFrom the environment.\n");
    let with_env = DraftEnv {
        adr_template: Some(own.clone()),
        ..env(Lang::En)
    };
    let draft = log.draft("X", None, &with_env)?;
    assert_eq!(draft.from, TemplateFrom::Env(own));
    assert_eq!(draft.text, "# 3. X\n\nFrom the environment.\n");
    Ok(())
}

#[test]
fn a_madr_log_s_adr_template_is_filled_where_it_states_title_status_and_date() -> R {
    let tmp = tempfile::tempdir()?;
    let d = tmp.path().join("docs/decisions");
    write(
        &d.join("adr-template.md"),
        "---\n# These are optional metadata elements. Feel free to remove any of them.\nstatus: \"{proposed | rejected | accepted | deprecated | … | superseded by ADR-0123}\"\ndate: {YYYY-MM-DD when the decision was last updated}\ndecision-makers: {list everyone involved in the decision}\n---\n\n# {short title, representative of solved problem and found solution}\n\n## Context and Problem Statement\n\n{Describe the context and problem statement.}\n",
    );
    write(
        &d.join("0001-use-madr.md"),
        "---\nstatus: accepted\n---\n\n# Use MADR\n",
    );
    let log = detect(tmp.path())?;
    let draft = log.draft("Use *Rust* | for [the] app", None, &env(Lang::En))?;
    assert_eq!(draft.file_name, "0002-use-rust-for-the-app.md");
    assert_eq!(draft.from, TemplateFrom::Log(d.join("adr-template.md")));
    assert!(
        draft.text.starts_with("---\n# These are optional metadata elements. Feel free to remove any of them.\nstatus: proposed\ndate: 2026-12-04\ndecision-makers: {list everyone involved in the decision}\n---\n\n# Use \\*Rust\\* \\| for \\[the\\] app\n\n"),
        "{}",
        draft.text
    );
    assert_eq!(draft.placeholders_left(&draft.text), 2);
    let saved = log.new_record("Use *Rust* | for [the] app", None, &env(Lang::En))?;
    let r = log.find("2")?;
    assert_eq!(r.title, "Use *Rust* | for [the] app");
    assert_eq!(
        (r.status.as_str(), r.date.as_str()),
        ("proposed", "2026-12-04")
    );
    assert_eq!(saved.path, d.join("0002-use-rust-for-the-app.md"));
    assert!(
        crate::log::check(&log, crate::log::Strictness::Convention)?.is_empty(),
        "title, status and date filled: nothing for `adr check`"
    );
    Ok(())
}

#[test]
fn a_log4brains_log_names_by_the_day_and_states_lines() -> R {
    let tmp = tempfile::tempdir()?;
    write(
        &tmp.path().join(".log4brains.yml"),
        "---\nproject:\n  name: x\n  tz: Etc/UTC\n  adrFolder: ./docs/adr\n",
    );
    let d = tmp.path().join("docs/adr");
    write(
        &d.join("20240101-use-log4brains.md"),
        "# Use Log4brains\n\n- Status: accepted\n- Date: 2024-01-01\n",
    );
    let log = detect(tmp.path())?;
    let first = log.new_record("Use Rust", None, &env(Lang::En))?;
    assert_eq!(first.path, d.join("20261204-use-rust.md"));
    let text = read(&first.path);
    assert!(
        text.starts_with("# Use Rust\n\n- Status: proposed\n- Deciders: [list everyone involved in the decision] <!-- optional -->\n- Date: 2026-12-04\n"),
        "{text}"
    );
    let second = log.new_record("Use Rust", None, &env(Lang::En))?;
    assert_eq!(second.path, d.join("20261204-use-rust-2.md"));
    Ok(())
}

#[test]
fn superseding_links_both_records_in_their_tool_s_words_once() -> R {
    let tmp = tempfile::tempdir()?;
    let log = adr_tools_log(tmp.path());
    let draft = log.draft("Use containers", Some("2"), &env(Lang::En))?;
    assert_eq!(draft.supersedes_label.as_deref(), Some("2. Use VMs"));
    assert!(
        draft
            .text
            .contains("## Status\n\nAccepted\n\nSupersedes [2. Use VMs](0002-use-vms.md)\n"),
        "{}",
        draft.text
    );
    let before = read(&log.dir.join("0002-use-vms.md"));
    assert_eq!(
        before,
        read(&log.dir.join("0002-use-vms.md")),
        "nothing yet"
    );
    let saved = log.save_draft(&draft, &draft.text)?;
    assert_eq!(saved.superseded, Some(log.dir.join("0002-use-vms.md")));
    let old = log.find("2")?;
    assert!(old.is_superseded());
    assert_eq!(
        old.superseded_by().as_deref(),
        Some("0003-use-containers.md")
    );
    assert_eq!(log.find("3")?.supersedes(), ["0002-use-vms.md"]);
    let again = snapshot(&log.dir);
    assert!(matches!(
        log.draft("Again", Some("2"), &env(Lang::En)),
        Err(LogError::AlreadySuperseded { .. })
    ));
    assert_eq!(snapshot(&log.dir), again, "refused: nothing written");
    Ok(())
}

#[test]
fn a_number_taken_while_the_draft_was_open_moves_the_new_record_to_the_next() -> R {
    let tmp = tempfile::tempdir()?;
    let log = adr_tools_log(tmp.path());
    let draft = log.draft("Use containers", None, &env(Lang::En))?;
    write(
        &log.dir.join("0003-someone-else.md"),
        "# 3. Someone else\n\n## Status\n\nAccepted\n",
    );
    let saved = log.save_draft(&draft, &draft.text)?;
    assert_eq!(saved.path, log.dir.join("0004-use-containers.md"));
    assert!(read(&saved.path).starts_with("# 4. Use containers\n"));
    assert!(read(&log.dir.join("0003-someone-else.md")).contains("Someone else"));
    Ok(())
}

#[test]
fn a_name_of_separators_and_markdown_stays_a_plain_name_in_the_log() -> R {
    let tmp = tempfile::tempdir()?;
    let log = adr_tools_log(tmp.path());
    let saved = log.new_record("../../etc/passwd | `x` # y", None, &env(Lang::En))?;
    assert_eq!(saved.path, log.dir.join("0003-etc-passwd-x-y.md"));
    assert_eq!(log.find("3")?.title, "../../etc/passwd | `x` # y");
    assert!(matches!(
        log.draft(" \n\t", None, &env(Lang::En)),
        Err(LogError::EmptyTitle)
    ));
    Ok(())
}

#[test]
fn a_french_log_gets_the_convention_in_french() -> R {
    let tmp = tempfile::tempdir()?;
    let d = tmp.path().join("doc/adr");
    for n in 1..=2 {
        write(
            &d.join(format!("000{n}-a{n}.md")),
            &format!(
                "# {n}. A{n}\n\nDate: 2024-01-01\n\n## Statut\n\nAccepté\n\n## Contexte\n\nTexte.\n\n## Décision\n\nTexte.\n\n## Conséquences\n\nTexte.\n"
            ),
        );
    }
    let log = AdrLog::new(d, LogKind::AdrTools);
    let draft = log.draft("Utiliser des conteneurs", None, &env(Lang::En))?;
    assert_eq!(draft.from, TemplateFrom::Convention(Lang::Fr));
    assert!(
        draft
            .text
            .contains("## Statut\n\nAccepted\n\n## Contexte\n\nLe problème qui motive"),
        "{}",
        draft.text
    );
    Ok(())
}

#[test]
fn init_starts_each_layout_and_never_over_a_log() -> R {
    for (kind, file) in [
        (
            LogKind::AdrTools,
            "doc/adr/0001-record-architecture-decisions.md",
        ),
        (LogKind::Madr, "docs/decisions/adr-template.md"),
        (LogKind::Log4brains, "docs/adr/template.md"),
    ] {
        let tmp = tempfile::tempdir()?;
        let log = init(tmp.path(), kind, Lang::En, "2026-12-04")?;
        assert!(tmp.path().join(file).is_file(), "{kind:?}");
        let found = detect(tmp.path())?;
        assert_eq!((found.kind, &found.dir), (kind, &log.dir), "{kind:?}");
        let before = snapshot(&log.dir);
        for again in [LogKind::AdrTools, LogKind::Madr, LogKind::Log4brains] {
            assert!(
                matches!(
                    init(tmp.path(), again, Lang::En, "2026-12-04"),
                    Err(LogError::AlreadyALog { .. })
                ),
                "{kind:?} then {again:?}"
            );
        }
        assert_eq!(snapshot(&log.dir), before);
        // A first record from the template the log was started with.
        let saved = found.new_record("Use containers", None, &env(Lang::En))?;
        let r = found.find(
            &saved
                .path
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default(),
        )?;
        assert_eq!(r.title, "Use containers", "{kind:?}");
        assert!(r.state.known().is_some(), "{kind:?}: {}", r.status);
        assert!(
            crate::log::check(&found, crate::log::Strictness::Strict)?.is_empty(),
            "{kind:?}: {:?}",
            crate::log::check(&found, crate::log::Strictness::Strict)
        );
    }
    let tmp = tempfile::tempdir()?;
    init(tmp.path(), LogKind::AdrTools, Lang::Fr, "2026-12-04")?;
    let first = read(
        &tmp.path()
            .join("doc/adr/0001-consigner-les-decisions-d-architecture.md"),
    );
    assert!(first.starts_with("# 1. Consigner les décisions d'architecture\n\nDate: 2026-12-04\n\n## Statut\n\nAccepted\n"), "{first}");
    assert!(matches!(
        init(
            &tmp.path().join("none"),
            LogKind::Madr,
            Lang::En,
            "2026-12-04"
        ),
        Err(LogError::MissingRoot(_))
    ));
    Ok(())
}

#[test]
fn arachne_and_backstage_logs_get_their_own_names() -> R {
    for (first, second, expected) in [
        (
            "adr-001-use-clojure.md",
            "adr-002-use-datomic.md",
            "adr-003-use-rust.md",
        ),
        (
            "adr001-use-backstage.md",
            "adr002-use-techdocs.md",
            "adr003-use-rust.md",
        ),
    ] {
        let tmp = tempfile::tempdir()?;
        let d = tmp.path().join("docs/architecture-decisions");
        for name in [first, second] {
            write(
                &d.join(name),
                "---\ntitle: X\nstatus: accepted\n---\n\n# X\n\nText.\n",
            );
        }
        let log = detect(tmp.path())?;
        let saved = log.new_record("Use Rust", None, &env(Lang::En))?;
        assert_eq!(saved.path, d.join(expected));
        assert_eq!(log.find("3")?.title, "Use Rust");
    }
    Ok(())
}
