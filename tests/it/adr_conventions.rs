//! ADR logs kept as their own tools keep them, through the real binary: one test per defect
//! found by trying arbitre on real logs (adr-tools, MADR, log4brains, merged branches), and
//! the lifecycle commands `adr list`, `status`, `link`, `check`, `index`.

use std::path::{Path, PathBuf};
use std::process::Output;

use arbitre::adr::log::{self, LogError, LogKind};

use crate::binary::bin;
pub(crate) use crate::binary::{run, stderr as err, stdout as out};

pub(crate) const QUOTE_APP: &str = "data/examples/quote-app.ron";

pub(crate) fn write(path: &Path, text: &str) {
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent).unwrap_or_else(|e| panic!("{e}"));
    }
    std::fs::write(path, text).unwrap_or_else(|e| panic!("write {}: {e}", path.display()));
}

pub(crate) fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("read {}: {e}", path.display()))
}

pub(crate) fn s(p: &Path) -> &str {
    p.to_str().unwrap_or_default()
}

/// The names in a folder, sorted.
pub(crate) fn names(dir: &Path) -> Vec<String> {
    let mut all: Vec<String> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("{e}"))
        .filter_map(Result::ok)
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    all.sort();
    all
}

/// Exports quote-app into `root`'s log; returns the path printed.
pub(crate) fn export(root: &Path, extra: &[&str]) -> (Output, PathBuf) {
    let mut args = vec!["export", "--session", QUOTE_APP, "--adr-dir", s(root)];
    args.extend_from_slice(extra);
    let o = run(&args);
    let path = PathBuf::from(out(&o).trim());
    (o, path)
}

/// A log4brains repository: `.log4brains.yml` naming `docs/adr`, and one MADR 2 record.
fn log4brains_repo(root: &Path) -> PathBuf {
    write(
        &root.join(".log4brains.yml"),
        "---\nproject:\n  name: demo\n  tz: Europe/Paris\n  adrFolder: ./docs/adr\n",
    );
    let adr = root.join("docs/adr");
    write(
        &adr.join("20210131-use-markdown-adrs.md"),
        "# Use Markdown Architectural Decision Records\n\n- Status: accepted\n- Deciders: Alice, Bob\n- Date: 2021-01-31\n- Tags: doc\n\n## Context and Problem Statement\n\nWe want to record decisions.\n\n## Decision Outcome\n\nChosen option: MADR.\n\n## Links\n\n- Relates to [20210114-first](20210114-first.md)\n",
    );
    write(
        &adr.join("20210114-first.md"),
        "# First\n\n- Status: accepted\n- Date: 2021-01-14\n\n## Context and Problem Statement\n\nWhy.\n",
    );
    write(
        &adr.join("index.md"),
        "<!--\nlog4brains' homepage, written by hand.\n-->\n\n# Welcome\n",
    );
    adr
}

#[test]
fn a_log4brains_log_is_found_and_named_by_today_s_date() {
    let tmp = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let adr = log4brains_repo(tmp.path());
    let today = arbitre::adr::today().replace('-', "");
    let slug = "heberger-quote-app-conteneurs-kubernetes-sur-des-vms-cloud";
    let (o, first) = export(tmp.path(), &[]);
    assert!(o.status.success(), "{}", err(&o));
    assert!(
        err(&o).contains("arbitre: log4brains log in docs/adr (found through .log4brains.yml)"),
        "{}",
        err(&o)
    );
    assert_eq!(first, adr.join(format!("{today}-{slug}.md")));
    // The same title twice in a day: unique within the day.
    let (o, second) = export(tmp.path(), &[]);
    assert!(o.status.success(), "{}", err(&o));
    assert_eq!(second, adr.join(format!("{today}-{slug}-2.md")));

    // log4brains reads `- Status:` / `- Date:` / `- Deciders:` lines under the title, and
    // defaults to accepted without them: the record says what it is, with no front matter.
    let text = read(&first);
    assert!(!text.starts_with("---"), "{text}");
    let head: Vec<&str> = text.lines().take(7).collect();
    assert_eq!(
        head,
        vec![
            "# Héberger quote-app : conteneurs Kubernetes sur des VMs cloud",
            "",
            "- Status: proposed",
            &format!("- Date: {}", arbitre::adr::today()),
            "- Deciders: Équipe plateforme",
            "- Consulted: Équipe sécurité",
            "- Informed: Équipe quote-app",
        ]
    );
    // The log's list marker, everywhere.
    assert!(!text.lines().any(|l| l.starts_with("* ")), "{text}");
    // The hand-written homepage is untouched, and is not taken for a record.
    assert!(read(&adr.join("index.md")).contains("written by hand"));
    let o = run(&["adr", "list", s(tmp.path())]);
    assert_eq!(out(&o).lines().count(), 4, "{}", out(&o));
}

#[test]
fn superseding_a_madr2_record_edits_its_status_line_only() {
    let tmp = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let adr = log4brains_repo(tmp.path());
    let old = adr.join("20210131-use-markdown-adrs.md");
    let before = read(&old);
    let (o, new) = export(
        tmp.path(),
        &["--supersedes", "20210131-use-markdown-adrs", "--accept"],
    );
    assert!(o.status.success(), "{}", err(&o));
    let after = read(&old);
    let stem = new
        .file_stem()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    // Exactly what log4brains' own `supersedeBy` writes: the Status line, nothing else.
    assert_eq!(
        after,
        before.replace(
            "- Status: accepted",
            &format!("- Status: superseded by [{stem}]({stem}.md)")
        )
    );
    assert!(!after.starts_with("---") && after.matches("Status").count() == 1);
    assert_eq!(after.matches("## Links").count(), 1);
    // The new record says what it supersedes in its `## Links` list, in log4brains' words.
    let text = read(&new);
    assert!(
        text.contains("\n## Links\n\n- Supersedes [20210131-use-markdown-adrs](20210131-use-markdown-adrs.md)\n"),
        "{text}"
    );
    assert!(text.contains("\n- Status: accepted\n"), "{text}");
    // A record is superseded once.
    let (o, _) = export(
        tmp.path(),
        &["--supersedes", "20210131-use-markdown-adrs", "--accept"],
    );
    assert_eq!(o.status.code(), Some(1));
    assert!(err(&o).contains("already superseded"), "{}", err(&o));
    assert_eq!(read(&old), after);
}

#[test]
fn a_madr_log_keeps_its_bullets_and_just_the_docs_keys() {
    let tmp = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let dir = tmp.path().join("docs/decisions");
    for n in 1..=2 {
        write(
            &dir.join(format!("000{n}-decision-{n}.md")),
            &format!(
                "---\nparent: Decisions\nnav_order: {}\nstatus: accepted\ndate: 2024-01-0{n}\n---\n\n# Decision {n}\n\n## Considered Options\n\n- One\n- Two\n",
                100 + n
            ),
        );
    }
    // A status written over several YAML lines.
    write(
        &dir.join("0003-folded.md"),
        "---\nparent: Decisions\nnav_order: 103\nstatus: >\n  accepted\n  for now\ndate: 2024-01-03\n---\n\n# Folded\n\n## More Information\n\n- See the wiki.\n",
    );
    let (o, new) = export(tmp.path(), &["--supersedes", "3", "--accept"]);
    assert!(o.status.success(), "{}", err(&o));
    assert_eq!(
        new,
        dir.join("0004-heberger-quote-app-conteneurs-kubernetes-sur-des-vms-cloud.md")
    );
    let text = read(&new);
    let front: Vec<&str> = text.lines().take_while(|l| !l.starts_with('#')).collect();
    assert!(front.contains(&"parent: Decisions"), "{front:?}");
    assert!(front.contains(&"nav_order: 104"), "{front:?}");
    assert!(!text.lines().any(|l| l.starts_with("* ")), "{text}");
    // The folded status became one line: the YAML stays valid, one status, the rest kept.
    let old = read(&dir.join("0003-folded.md"));
    assert!(
        old.starts_with("---\nparent: Decisions\nnav_order: 103\nstatus: \"superseded by [ADR-0004](0004-heberger-quote-app-conteneurs-kubernetes-sur-des-vms-cloud.md)\"\ndate: 2024-01-03\n---\n"),
        "{old}"
    );
    assert!(!old.contains("for now"), "{old}");
    assert!(
        old.contains("\n- See the wiki.\n- Superseded by [ADR-0004](0004-heberger-quote-app-conteneurs-kubernetes-sur-des-vms-cloud.md): Héberger"),
        "{old}"
    );
    let log = log::detect(tmp.path()).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(
        log.record(3).map(|r| r.state.key()).ok().as_deref(),
        Some("superseded")
    );
}

/// adr-log takes the line after the front matter for the title: a log whose records have no
/// blank line there gets none, and one whose records have it keeps it.
#[test]
fn a_madr_record_follows_the_log_s_line_after_the_front_matter() {
    for (blank, sep) in [(false, ""), (true, "\n")] {
        let tmp = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let dir = tmp.path().join("docs/decisions");
        for n in 1..=2 {
            write(
                &dir.join(format!("000{n}-decision-{n}.md")),
                &format!(
                    "---\nstatus: accepted\ndate: 2024-01-0{n}\n---\n{sep}# Decision {n}\n\n## Context\n\nText.\n"
                ),
            );
        }
        let (o, new) = export(tmp.path(), &[]);
        assert!(o.status.success(), "{}", err(&o));
        let text = read(&new);
        let after = text
            .split_once("\n---\n")
            .map(|(_, rest)| rest)
            .unwrap_or_default();
        assert_eq!(after.starts_with("\n# "), blank, "{text}");
        assert!(
            after.trim_start().starts_with("# Héberger quote-app"),
            "{text}"
        );
    }
}

/// A MADR 2 log whose lines are marked `*` gets `*` lines, and the command line names them.
#[test]
fn a_madr2_log_marked_with_stars_is_told_with_stars() {
    let tmp = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    write(
        &tmp.path().join("docs/decisions/0001-use-madr.md"),
        "# Use MADR\n\n* Status: accepted\n* Date: 2024-01-01\n* Deciders: Ana, Bo\n\n## Context and Problem Statement\n\nText.\n\n## Considered Options\n\n* MADR\n* Nygard\n",
    );
    let (o, new) = export(tmp.path(), &["--template", "madr"]);
    assert!(o.status.success(), "{}", err(&o));
    let text = read(&new);
    assert!(text.contains("\n* Status: proposed\n"), "{text}");
    assert!(
        err(&o).contains("with `* Status:` / `* Date:` / `* Deciders:` lines"),
        "{}",
        err(&o)
    );
}

/// Every adr-tools log writes `Date:`; a French record does too.
#[test]
fn a_french_nygard_record_writes_date_as_adr_tools_does() {
    let tmp = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    std::fs::create_dir_all(tmp.path().join("doc/adr")).unwrap_or_else(|e| panic!("{e}"));
    let (o, path) = export(tmp.path(), &["--lang", "fr"]);
    assert!(o.status.success(), "{}", err(&o));
    let text = read(&path);
    assert!(text.contains("\n\nDate: "), "{text}");
    assert!(
        !text.contains("Date\u{a0}:") && !text.contains("Date :"),
        "{text}"
    );
    let log = log::detect(tmp.path()).unwrap_or_else(|e| panic!("{e}"));
    assert!(
        log.record(1)
            .is_ok_and(|r| arbitre::adr::valid_date(&r.date)),
        "the date is read back"
    );
}

#[test]
fn an_adr_tools_log_gets_nygard_by_default_from_the_command_line() {
    let tmp = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    std::fs::create_dir_all(tmp.path().join("doc/adr")).unwrap_or_else(|e| panic!("{e}"));
    let (o, path) = export(tmp.path(), &[]);
    assert!(o.status.success(), "{}", err(&o));
    let text = read(&path);
    assert!(text.starts_with("# 1. Héberger quote-app"), "{text}");
    assert!(text.contains("\n## Status\n\nProposed\n"), "{text}");
    assert!(
        err(&o)
            .contains("written as Nygard (adr-tools), the log's convention (the session says MADR"),
        "{}",
        err(&o)
    );
    // Asked for, MADR it is.
    let (o, path) = export(tmp.path(), &["--template", "madr"]);
    assert!(o.status.success(), "{}", err(&o));
    assert!(read(&path).starts_with("---\n"));
}

#[test]
fn simultaneous_exports_never_share_a_number() {
    let tmp = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let dir = tmp.path().join("docs/decisions");
    std::fs::create_dir_all(&dir).unwrap_or_else(|e| panic!("{e}"));
    // Two sessions with different titles, so that the file names differ: only the numbers
    // can collide.
    let other = tmp.path().join("other.ron");
    let text = read(Path::new(QUOTE_APP)).replacen("title: \"", "title: \"Autre ", 1);
    write(&other, &text);
    let mut children = Vec::new();
    for i in 0..30 {
        for session in [Path::new(QUOTE_APP), other.as_path()] {
            let child = bin()
                .args([
                    "export",
                    "--session",
                    s(session),
                    "--adr-dir",
                    s(tmp.path()),
                ])
                .stdout(std::process::Stdio::null())
                .stderr(std::process::Stdio::piped())
                .spawn()
                .unwrap_or_else(|e| panic!("export {i}: {e}"));
            children.push(child);
        }
    }
    for child in children {
        let o = child.wait_with_output().unwrap_or_else(|e| panic!("{e}"));
        assert!(o.status.success(), "{}", err(&o));
    }
    let mut numbers: Vec<String> = names(&dir).iter().map(|n| n[..4].to_owned()).collect();
    assert_eq!(numbers.len(), 60);
    numbers.dedup();
    assert_eq!(numbers.len(), 60, "a number used twice: {:?}", names(&dir));
    assert_eq!(numbers.last().map(String::as_str), Some("0060"));
}

#[cfg(unix)]
#[test]
fn nothing_is_written_outside_the_repository_and_links_stay_links() {
    let tmp = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let repo = tmp.path().join("repo");
    let outside = tmp.path().join("outside");
    std::fs::create_dir_all(repo.join("doc")).unwrap_or_else(|e| panic!("{e}"));
    std::fs::create_dir_all(&outside).unwrap_or_else(|e| panic!("{e}"));
    std::os::unix::fs::symlink(&outside, repo.join("doc/adr")).unwrap_or_else(|e| panic!("{e}"));
    let (o, _) = export(&repo, &[]);
    assert_eq!(o.status.code(), Some(1));
    assert!(err(&o).contains("outside the repository"), "{}", err(&o));
    assert!(names(&outside).is_empty());

    // A record that is a symbolic link to a file of the repository stays a link once
    // superseded; one that leads outside is skipped, and never written.
    std::fs::remove_file(repo.join("doc/adr")).unwrap_or_else(|e| panic!("{e}"));
    let adr = repo.join("doc/adr");
    write(
        &repo.join("shared/0001-kept.md"),
        "# 1. Kept\n\nDate: 2024-01-01\n\n## Status\n\nAccepted\n\n## Context\n\nWhy.\n",
    );
    std::fs::create_dir_all(&adr).unwrap_or_else(|e| panic!("{e}"));
    std::os::unix::fs::symlink(repo.join("shared/0001-kept.md"), adr.join("0001-kept.md"))
        .unwrap_or_else(|e| panic!("{e}"));
    write(
        &outside.join("0002-far.md"),
        "# 2. Far\n\n## Status\n\nAccepted\n",
    );
    std::os::unix::fs::symlink(outside.join("0002-far.md"), adr.join("0002-far.md"))
        .unwrap_or_else(|e| panic!("{e}"));
    let far_before = read(&outside.join("0002-far.md"));
    let (o, new) = export(&repo, &["--supersedes", "1", "--accept"]);
    assert!(o.status.success(), "{}", err(&o));
    assert!(
        err(&o).contains("0002-far.md: a symbolic link to a file outside the repository"),
        "{}",
        err(&o)
    );
    assert_eq!(
        new.file_name().and_then(|n| n.to_str()).map(|n| &n[..4]),
        Some("0003")
    );
    let meta =
        std::fs::symlink_metadata(adr.join("0001-kept.md")).unwrap_or_else(|e| panic!("{e}"));
    assert!(meta.file_type().is_symlink(), "the link is still a link");
    assert!(read(&repo.join("shared/0001-kept.md")).contains("Superseded by [3. "));
    let (o, _) = export(&repo, &["--supersedes", "2", "--accept"]);
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(read(&outside.join("0002-far.md")), far_before);
}

#[test]
fn numbering_counts_every_name_and_never_goes_below() {
    let tmp = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let dir = tmp.path().join("docs/decisions");
    write(
        &dir.join("0001-a.md"),
        "---\nstatus: accepted\n---\n\n# A\n",
    );
    #[cfg(unix)]
    {
        use std::os::unix::ffi::OsStrExt as _;
        let name = std::ffi::OsStr::from_bytes(b"0041-caf\xe9.md");
        std::fs::write(dir.join(name), "# Café\n").unwrap_or_else(|e| panic!("{e}"));
        let (o, path) = export(tmp.path(), &[]);
        assert!(o.status.success(), "{}", err(&o));
        assert!(
            s(&path)
                .ends_with("/0042-heberger-quote-app-conteneurs-kubernetes-sur-des-vms-cloud.md"),
            "{}",
            path.display()
        );
        assert!(err(&o).contains("not valid UTF-8"), "{}", err(&o));
    }
    // A number arbitre cannot write: it refuses rather than go below it.
    write(&dir.join("99999999999-far.md"), "# Far\n");
    let before = names(&dir);
    let (o, _) = export(tmp.path(), &[]);
    assert_eq!(o.status.code(), Some(1));
    assert!(err(&o).contains("highest arbitre can write"), "{}", err(&o));
    assert_eq!(names(&dir), before);
}

#[test]
fn a_huge_record_is_listed_not_read() {
    let tmp = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let dir = tmp.path().join("docs/decisions");
    write(
        &dir.join("0001-a.md"),
        "---\nstatus: accepted\n---\n\n# A\n",
    );
    let huge = std::fs::File::create(dir.join("0002-huge.md")).unwrap_or_else(|e| panic!("{e}"));
    // A sparse gigabyte: reading it whole would take seconds and a gigabyte of memory.
    huge.set_len(1 << 30).unwrap_or_else(|e| panic!("{e}"));
    let start = std::time::Instant::now();
    let o = run(&["adr", "index", s(tmp.path())]);
    assert!(start.elapsed().as_secs() < 10, "{:?}", start.elapsed());
    assert!(o.status.success(), "{}", err(&o));
    assert!(
        err(&o).contains("0002-huge.md: cannot read (too large"),
        "{}",
        err(&o)
    );
    let index = read(&dir.join("index.md"));
    assert!(
        index.contains("0001-a.md") && !index.contains("0002-huge"),
        "{index}"
    );
}

#[test]
fn the_index_never_replaces_a_hand_written_page() {
    let tmp = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let dir = tmp.path().join("docs/decisions");
    write(
        &dir.join("0001-a.md"),
        "---\nstatus: accepted\ndate: 2024-01-01\n---\n\n# A\n",
    );
    // MADR's own log: a Just the Docs navigation page.
    let page = "---\nlayout: default\ntitle: Decisions\nhas_children: true\n---\n\n# Decisions\n\nHand-written.\n";
    write(&dir.join("index.md"), page);
    let o = run(&["adr", "index", s(tmp.path())]);
    assert!(o.status.success(), "{}", err(&o));
    assert_eq!(PathBuf::from(out(&o).trim()), dir.join("arbitre-index.md"));
    assert!(
        err(&o).contains("because index.md is someone else's"),
        "{}",
        err(&o)
    );
    assert_eq!(read(&dir.join("index.md")), page);
    assert!(
        read(&dir.join("arbitre-index.md"))
            .contains("| 1 | [A](0001-a.md) | accepted | 2024-01-01 |")
    );
    // arbitre-index.md is not a record, and a second run updates it in place.
    let o = run(&["adr", "index", s(tmp.path())]);
    assert!(
        o.status.success() && err(&o).contains("between its arbitre:index markers"),
        "{}",
        err(&o)
    );

    // With markers in the page, the table goes there, and the rest stays.
    let marked = format!(
        "{page}\n<!-- arbitre:index:start -->\nold table\n<!-- arbitre:index:end -->\n\nFooter.\n"
    );
    write(&dir.join("index.md"), &marked);
    let o = run(&["adr", "index", s(tmp.path())]);
    assert!(o.status.success(), "{}", err(&o));
    assert_eq!(PathBuf::from(out(&o).trim()), dir.join("index.md"));
    let text = read(&dir.join("index.md"));
    assert!(
        text.starts_with(page) && text.ends_with("<!-- arbitre:index:end -->\n\nFooter.\n"),
        "{text}"
    );
    assert!(
        !text.contains("old table") && text.contains("[A](0001-a.md)"),
        "{text}"
    );

    // In a log4brains log every other Markdown file is a record: arbitre asks for markers.
    let l4b = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let adr = log4brains_repo(l4b.path());
    let before = names(&adr);
    let o = run(&["adr", "index", s(l4b.path())]);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        err(&o).contains("<!-- arbitre:index:start -->"),
        "{}",
        err(&o)
    );
    assert_eq!(names(&adr), before);
}

#[test]
fn merged_branches_and_malformed_records_are_reported() {
    let tmp = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let dir = tmp.path().join("doc/adr");
    write(
        &dir.join("0001-a.md"),
        "# 1. A\n\nDate: 2024-01-01\n\n## Status\n\nAccepted\n",
    );
    write(
        &dir.join("0002-from-main.md"),
        "# 2. From main\n\n## Status\n\nAccepted\n",
    );
    write(
        &dir.join("0002-from-branch.md"),
        "# 2. From branch\n\n## Status\n\nAccepted\n\nAmends [9. Gone](0009-gone.md)\n",
    );
    write(
        &dir.join("0003-bad-heading.md"),
        "#46. Title\n\n## Status\n\nAccepted\n",
    );
    write(
        &dir.join("0004-no-status.md"),
        "# 4. No status\n\n## Context\n\nWhy.\n",
    );
    let o = run(&["adr", "check", s(tmp.path())]);
    assert_eq!(o.status.code(), Some(1), "{}", out(&o));
    let e = err(&o);
    for words in [
        "0002-from-main.md: number 2 is also used by 0002-from-branch.md",
        "0002-from-branch.md: a link to 0009-gone.md, which does not exist",
        // Listed with its problem, not dropped (#28).
        "0003-bad-heading.md: line 1: `#46. Title` is not a heading: put a space after the `#`",
        "0003-bad-heading.md: its title says number 46, its file name 3",
        "0004-no-status.md: no status",
        "5 problem(s) found",
    ] {
        assert!(e.contains(words), "{words}: {e}");
    }
    // Said in French with `--lang fr`: the findings, their count, what was found.
    let o = run(&["--lang", "fr", "adr", "check", s(tmp.path())]);
    assert_eq!(o.status.code(), Some(1), "{}", out(&o));
    let e = err(&o);
    for words in [
        "arbitre: journal adr-tools dans",
        "0002-from-main.md\u{a0}: le numéro 2 est aussi celui de 0002-from-branch.md",
        "0002-from-branch.md\u{a0}: un lien vers 0009-gone.md, qui n'existe pas",
        "0003-bad-heading.md\u{a0}: ligne 1\u{a0}: `#46. Title` n'est pas un titre",
        "0004-no-status.md\u{a0}: pas de statut",
    ] {
        assert!(e.contains(words), "{words}: {e}");
    }
    assert!(!e.contains("no status"), "{e}");
    // `index` and `export` print the same findings as warnings, and go on.
    let o = run(&["adr", "index", s(tmp.path())]);
    assert!(o.status.success());
    assert_eq!(err(&o).matches("warning: ").count(), 5, "{}", err(&o));
    let (o, _) = export(tmp.path(), &[]);
    assert!(o.status.success());
    // The log's findings, one line each (the export's own warnings start with `arbitre:`).
    let findings = err(&o)
        .lines()
        .filter(|l| l.starts_with("warning: "))
        .count();
    assert_eq!(findings, 5, "{}", err(&o));
    // A clean log passes.
    for f in [
        "0002-from-branch.md",
        "0003-bad-heading.md",
        "0004-no-status.md",
    ] {
        std::fs::remove_file(dir.join(f)).unwrap_or_else(|e| panic!("{e}"));
    }
    let o = run(&["adr", "check", s(tmp.path())]);
    assert!(o.status.success(), "{}", err(&o));
    assert!(out(&o).contains("ok — 3 records"), "{}", out(&o));
}

#[test]
fn list_status_and_link_in_each_record_s_own_format() {
    let tmp = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let dir = tmp.path().join("docs/decisions");
    write(
        &dir.join("0001-nygard.md"),
        "# 1. Nygard\n\nDate: 2024-01-01\n\n## Status\n\nProposed\n\n## Context\n\nWhy.\n",
    );
    write(
        &dir.join("0002-madr.md"),
        "---\nstatus: proposed\ndate: 2024-01-02\ndecision-makers: [Ana, Bo]\n---\n\n# MADR\n\n## Context and Problem Statement\n\nWhy.\n",
    );
    write(
        &dir.join("0003-lines.md"),
        "# Lines\n\n- Status: proposed\n- Date: 2024-01-03\n\n## Context and Problem Statement\n\nWhy.\n",
    );
    for (n, want) in [
        ("1", "\n## Status\n\nAccepted\n"),
        ("2", "---\nstatus: accepted\n"),
        ("3", "\n- Status: accepted\n"),
    ] {
        let o = run(&["adr", "status", s(tmp.path()), n, "accepted"]);
        assert!(o.status.success(), "{}", err(&o));
        let file = PathBuf::from(out(&o).trim());
        assert!(read(&file).contains(want), "{}", read(&file));
    }
    let o = run(&["adr", "status", s(tmp.path()), "7", "accepted"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(err(&o).contains("number 7"), "{}", err(&o));

    let o = run(&[
        "adr",
        "link",
        s(tmp.path()),
        "1",
        "2",
        "Amends",
        "--reverse",
        "Amended by",
    ]);
    assert!(o.status.success(), "{}", err(&o));
    assert!(
        read(&dir.join("0001-nygard.md"))
            .contains("\nAccepted\n\nAmends [2. MADR](0002-madr.md)\n\n## Context")
    );
    assert!(
        read(&dir.join("0002-madr.md"))
            .contains("\n## More Information\n\n- Amended by [ADR-0001](0001-nygard.md)\n")
    );

    let o = run(&["adr", "list", s(tmp.path()), "--json"]);
    assert!(o.status.success(), "{}", err(&o));
    let json: serde_json::Value = serde_json::from_str(&out(&o)).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(json[1]["deciders"], serde_json::json!(["Ana", "Bo"]));
    assert_eq!(json[1]["state"], "accepted");
    assert_eq!(json[2]["date"], "2024-01-03");
    assert_eq!(json.as_array().map(Vec::len), Some(3));
    // Piped into `head`, the list ends quietly.
    let o = run(&["adr", "list", s(tmp.path())]);
    assert!(
        out(&o).starts_with("1  accepted  2024-01-01  Nygard  (0001-nygard.md)\n"),
        "{}",
        out(&o)
    );
}

#[test]
fn the_library_refuses_what_the_command_line_refuses() {
    let tmp = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let dir = tmp.path().join("docs/decisions");
    write(
        &dir.join("0001-a.md"),
        "---\nstatus: superseded by [ADR-0002](0002-b.md)\n---\n\n# A\n",
    );
    write(
        &dir.join("0002-b.md"),
        "---\nstatus: accepted\n---\n\n# B\n",
    );
    let log = log::detect(tmp.path()).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(log.kind, LogKind::Madr);
    let link = arbitre::adr::LinkRef {
        number: 3,
        title: "C".into(),
        file: "0003-c.md".into(),
    };
    assert!(matches!(
        log.supersede("1", &link),
        Err(LogError::AlreadySuperseded { .. })
    ));
    assert!(matches!(
        log.set_status("0001-a.md", arbitre::session::Status::Accepted),
        Err(LogError::AlreadySuperseded { .. })
    ));
}

#[test]
fn check_asks_for_a_status_as_the_log_s_convention_does_and_strict_asks_everywhere() {
    // MADR's own log: MADR 3 and 4 make the status optional.
    let tmp = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let dir = tmp.path().join("docs/decisions");
    write(
        &dir.join("0000-use-markdown-architectural-decision-records.md"),
        "---\nstatus: accepted\n---\n\n# Use Markdown Architectural Decision Records\n\n## Context and Problem Statement\n\nWhy.\n",
    );
    write(
        &dir.join("0001-use-crlf-as-line-endings.md"),
        "# Use CRLF as line endings\n\n## Context and Problem Statement\n\nWhy.\n\n## Decision Outcome\n\nChosen option: \"CRLF\".\n",
    );
    write(
        &dir.join("0002-do-not-use-numbers-in-headings.md"),
        "---\ndate: 2024-01-02\n---\n\n# Do not use numbers in headings\n\n## Context and Problem Statement\n\nWhy.\n",
    );
    let o = run(&["adr", "check", s(tmp.path())]);
    assert!(o.status.success(), "{}{}", out(&o), err(&o));
    assert!(out(&o).contains("ok — 3 records"), "{}", out(&o));
    let o = run(&["adr", "check", "--strict", s(tmp.path())]);
    assert_eq!(o.status.code(), Some(1), "{}", out(&o));
    let e = err(&o);
    assert!(
        e.contains("0001-use-crlf-as-line-endings.md: no status")
            && e.contains("0002-do-not-use-numbers-in-headings.md: no status")
            && e.contains("2 problem(s) found"),
        "{e}"
    );
    // An adr-tools log always has a status: without it, a problem by default.
    let tools = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    write(
        &tools.path().join("doc/adr/0001-a.md"),
        "# 1. A\n\n## Context\n\nWhy.\n",
    );
    let o = run(&["adr", "check", s(tools.path())]);
    assert_eq!(o.status.code(), Some(1), "{}", err(&o));
    assert!(err(&o).contains("0001-a.md: no status"), "{}", err(&o));
}
