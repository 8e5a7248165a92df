//! ADR logs in the layouts found in the wild (#28, items 5 and 6), each built small in a
//! temporary folder and read through `arbitre adr list --json` and the Log screen: arachne's
//! `adr-001-title.md` in the repository's root, Backstage's
//! `docs/architecture-decisions/adr001-title.md`, records named by dates (`20240101-…`,
//! `2024-01-01-…`), and a record whose heading has no space after `#`.

use std::path::Path;

use crate::binary::{run, stderr, stdout};
use arbitre::i18n::Lang;

fn write(path: &Path, text: &str) {
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent).unwrap_or_else(|e| panic!("{e}"));
    }
    std::fs::write(path, text).unwrap_or_else(|e| panic!("{e}"));
}

fn s(p: &Path) -> &str {
    p.to_str().unwrap_or_default()
}

/// `adr list --json` of a folder, parsed; the command must succeed.
fn list(dir: &Path) -> Vec<serde_json::Value> {
    let o = run(&["adr", "list", s(dir), "--json"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let json: serde_json::Value =
        serde_json::from_str(&stdout(&o)).unwrap_or_else(|e| panic!("{e}: {}", stdout(&o)));
    json.as_array().cloned().unwrap_or_default()
}

/// (id, number, title, state) of each record listed.
fn summary(list: &[serde_json::Value]) -> Vec<(String, serde_json::Value, String, String)> {
    list.iter()
        .map(|r| {
            (
                r["id"].as_str().unwrap_or_default().to_owned(),
                r["number"].clone(),
                r["title"].as_str().unwrap_or_default().to_owned(),
                r["state"].as_str().unwrap_or_default().to_owned(),
            )
        })
        .collect()
}

fn row(
    id: &str,
    number: Option<u32>,
    title: &str,
    state: &str,
) -> (String, serde_json::Value, String, String) {
    (
        id.to_owned(),
        number.map_or(serde_json::Value::Null, serde_json::Value::from),
        title.to_owned(),
        state.to_owned(),
    )
}

/// arachne: records in the repository's root, `adr-001-title.md`, headed
/// `# Architecture Decision Record: Title`, with a Nygard `## Status` section.
pub fn arachne(root: &Path) {
    std::fs::create_dir_all(root.join(".git")).unwrap_or_else(|e| panic!("{e}"));
    write(&root.join("README.md"), "# arachne\n\nA web framework.\n");
    write(
        &root.join("adr-001-use-clojure.md"),
        "# Architecture Decision Record: Use Clojure\n\n## Context\n\nWe need a language.\n\n## Decision\n\nClojure.\n\n## Status\n\nAccepted\n\n## Consequences\n\nParens.\n",
    );
    write(
        &root.join("adr-002-configuration.md"),
        "# Architecture Decision Record: Configuration\n\n## Context\n\nSettings.\n\n## Status\n\nProposed\n\n## Consequences\n\nData.\n",
    );
}

/// Backstage: `docs/architecture-decisions/adr001-title.md`, front matter with `id` and
/// `title` (no `# Title` heading), or a MADR-ish heading.
pub fn backstage(root: &Path) {
    let d = root.join("docs/architecture-decisions");
    write(
        &d.join("adr001-use-typescript.md"),
        "---\nid: adrs-adr001\ntitle: 'ADR001: Use TypeScript'\ndescription: Architecture Decision Record (ADR) log on Use TypeScript\n---\n\n## Context\n\nTypes.\n\n## Decision\n\nTypeScript.\n",
    );
    write(
        &d.join("adr002-default-port.md"),
        "# ADR002: Default Port\n\n## Status\n\nAccepted\n\n## Context\n\nPorts.\n",
    );
}

/// A log named by dates: two records of one day, one named `YYYY-MM-DD-…`.
pub fn dated(root: &Path) {
    let d = root.join("docs/decisions");
    let rec = |title: &str, status: &str, date: &str| {
        format!(
            "# {title}\n\n- Status: {status}\n- Date: {date}\n\n## Context and Problem Statement\n\nWhy.\n"
        )
    };
    write(
        &d.join("20240101-use-vms.md"),
        &rec("Use VMs", "accepted", "2024-01-01"),
    );
    write(
        &d.join("20240101-use-postgres.md"),
        &rec("Use PostgreSQL", "proposed", "2024-01-01"),
    );
    write(
        &d.join("2024-01-02-use-kubernetes.md"),
        &rec("Use Kubernetes", "accepted", "2024-01-02"),
    );
}

/// A log4brains project with packages: a global log and one per package.
pub fn log4brains_packages(root: &Path) {
    write(
        &root.join(".log4brains.yml"),
        "---\nproject:\n  name: demo\n  tz: UTC\n  adrFolder: ./docs/adr\n  packages:\n    - name: core\n      path: ./packages/core\n      adrFolder: ./packages/core/adr\n    - name: web\n      path: ./packages/web\n      adrFolder: ./packages/web/adr\n",
    );
    let rec = |title: &str| {
        format!(
            "# {title}\n\n- Status: accepted\n- Date: 2024-01-01\n\n## Context and Problem Statement\n\nWhy.\n"
        )
    };
    write(
        &root.join("docs/adr/20240101-use-log4brains.md"),
        &rec("Use log4brains"),
    );
    write(
        &root.join("packages/core/adr/20240102-use-rust.md"),
        &rec("Use Rust"),
    );
    write(
        &root.join("packages/web/adr/20240103-use-react.md"),
        &rec("Use React"),
    );
}

#[test]
fn log4brains_packages_are_listed_with_their_package() {
    let tmp = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    log4brains_packages(tmp.path());
    let list = list(tmp.path());
    let named: Vec<(String, serde_json::Value)> = list
        .iter()
        .map(|r| {
            (
                r["id"].as_str().unwrap_or_default().to_owned(),
                r["package"].clone(),
            )
        })
        .collect();
    assert_eq!(
        named,
        [
            (
                "20240101-use-log4brains".to_owned(),
                serde_json::Value::Null
            ),
            ("20240102-use-rust".to_owned(), "core".into()),
            ("20240103-use-react".to_owned(), "web".into()),
        ]
    );
    let o = run(&["adr", "list", s(tmp.path())]);
    assert!(
        stdout(&o).contains("(core: 20240102-use-rust.md)"),
        "{}",
        stdout(&o)
    );
}

#[test]
fn arachne_records_in_the_repository_root_are_found() {
    let tmp = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    arachne(tmp.path());
    assert_eq!(
        summary(&list(tmp.path())),
        [
            row("1", Some(1), "Use Clojure", "accepted"),
            row("2", Some(2), "Configuration", "proposed"),
        ]
    );
    // A record is named by its number, as in any numbered log.
    let o = run(&["adr", "status", s(tmp.path()), "2", "accepted"]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(summary(&list(tmp.path()))[1].3, "accepted");
    let log = arbitre::adr::log::detect(tmp.path()).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(log.next_number().ok(), Some(3), "after adr-002");
}

#[test]
fn backstage_records_are_found() {
    let tmp = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    backstage(tmp.path());
    assert_eq!(
        summary(&list(tmp.path())),
        [
            row("1", Some(1), "ADR001: Use TypeScript", ""),
            row("2", Some(2), "ADR002: Default Port", "accepted"),
        ]
    );
    let o = run(&["adr", "list", s(tmp.path())]);
    assert!(
        stdout(&o).contains("(adr001-use-typescript.md)"),
        "{}",
        stdout(&o)
    );
}

#[test]
fn dated_records_have_their_file_name_for_id_and_no_number() {
    let tmp = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    dated(tmp.path());
    let o = run(&["adr", "list", s(tmp.path()), "--json"]);
    assert!(
        stderr(&o).is_empty(),
        "records of one day are not a duplicate: {}",
        stderr(&o)
    );
    assert_eq!(
        summary(&list(tmp.path())),
        [
            row("20240101-use-postgres", None, "Use PostgreSQL", "proposed"),
            row("20240101-use-vms", None, "Use VMs", "accepted"),
            row(
                "2024-01-02-use-kubernetes",
                None,
                "Use Kubernetes",
                "accepted"
            ),
        ]
    );
    // A date that names two records is refused, naming both.
    let o = run(&["adr", "status", s(tmp.path()), "20240101", "rejected"]);
    assert_eq!(o.status.code(), Some(1));
    let e = stderr(&o);
    assert!(
        e.contains("20240101-use-postgres.md") && e.contains("20240101-use-vms.md"),
        "{e}"
    );
    // The id and the file name each name one.
    let o = run(&[
        "adr",
        "status",
        s(tmp.path()),
        "20240101-use-vms",
        "deprecated",
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    let o = run(&[
        "adr",
        "status",
        s(tmp.path()),
        "2024-01-02-use-kubernetes.md",
        "rejected",
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    let states: Vec<String> = summary(&list(tmp.path()))
        .into_iter()
        .map(|r| r.3)
        .collect();
    assert_eq!(states, ["proposed", "deprecated", "rejected"]);
    // A single record of its day is named by its date too.
    let o = run(&["adr", "status", s(tmp.path()), "20240102", "accepted"]);
    assert!(o.status.success(), "{}", stderr(&o));
}

#[test]
fn a_record_whose_heading_has_no_space_is_listed_with_its_problem() {
    let tmp = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let d = tmp.path().join("doc/adr");
    write(
        &d.join("0045-a.md"),
        "# 45. Use VMs\n\nDate: 2024-01-01\n\n## Status\n\nAccepted\n",
    );
    write(
        &d.join("0046-b.md"),
        "#46. Use containers\n\nDate: 2024-01-02\n\n## Status\n\nProposed\n",
    );
    assert_eq!(
        summary(&list(tmp.path())),
        [
            row("45", Some(45), "Use VMs", "accepted"),
            row("46", Some(46), "Use containers", "proposed"),
        ]
    );
    let o = run(&["adr", "check", s(tmp.path())]);
    assert_eq!(o.status.code(), Some(1));
    let e = format!("{}{}", stdout(&o), stderr(&o));
    assert!(e.contains("0046-b.md") && e.contains("#46."), "{e}");
}

mod screen {
    //! The same logs on the Log screen, opened as a user opens a folder.

    use super::*;
    use crate::ui_log::log_screen;
    use egui_kittest::kittest::Queryable as _;

    /// (id shown, title) of each row, in order.
    fn rows(
        h: &mut egui_kittest::Harness<'static, arbitre::ui::ArbitreApp>,
    ) -> Vec<(String, String)> {
        let s = &mut h.state_mut().log_screen;
        let rows = s.rows().to_vec();
        let b = s.browse.as_ref().unwrap_or_else(|| panic!("no log"));
        rows.iter()
            .map(|i| {
                (
                    b.entries[*i].record.id(),
                    b.entries[*i].record.title.clone(),
                )
            })
            .collect()
    }

    fn pairs(v: &[(&str, &str)]) -> Vec<(String, String)> {
        v.iter()
            .map(|(a, b)| ((*a).to_owned(), (*b).to_owned()))
            .collect()
    }

    #[test]
    fn arachne_and_backstage_logs_open() {
        let tmp = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        arachne(tmp.path());
        let mut h = log_screen(Lang::En, tmp.path());
        assert_eq!(
            rows(&mut h),
            pairs(&[("1", "Use Clojure"), ("2", "Configuration")])
        );
        h.get_by_label("Use Clojure");

        let tmp = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        backstage(tmp.path());
        let mut h = log_screen(Lang::En, tmp.path());
        assert_eq!(
            rows(&mut h),
            pairs(&[
                ("1", "ADR001: Use TypeScript"),
                ("2", "ADR002: Default Port")
            ])
        );
    }

    #[test]
    fn a_log4brains_project_shows_its_packages_records() {
        let tmp = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        log4brains_packages(tmp.path());
        let h = log_screen(Lang::En, tmp.path());
        h.get_by_label("Use log4brains");
        h.get_by_label("[core] Use Rust");
        h.get_by_label("[web] Use React");
    }

    #[test]
    fn a_dated_log_shows_each_record_s_id() {
        let tmp = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        dated(tmp.path());
        let h = log_screen(Lang::En, tmp.path());
        for id in [
            "20240101-use-postgres",
            "20240101-use-vms",
            "2024-01-02-use-kubernetes",
        ] {
            h.get_by_label(id);
        }
    }

    #[test]
    fn a_record_whose_heading_has_no_space_is_a_row() {
        let tmp = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        write(
            &tmp.path().join("doc/adr/0046-b.md"),
            "#46. Use containers\n\n## Status\n\nProposed\n",
        );
        let mut h = log_screen(Lang::En, tmp.path());
        assert_eq!(rows(&mut h), pairs(&[("46", "Use containers")]));
        let problems = h
            .state()
            .log_screen
            .browse
            .as_ref()
            .map(|b| b.problems.len())
            .unwrap_or_default();
        assert_eq!(problems, 1);
    }
}
