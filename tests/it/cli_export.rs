//! `arbitre export`, run as the real binary: to a file (never overwriting unless told), into
//! a log (numbered, indexed, superseding), concise or in full detail, from a session or an
//! ADR it wrote.

use crate::binary::{run, stderr, stdout};

#[test]
fn export_to_a_file_prints_the_path_and_never_overwrites() -> Result<(), Box<dyn std::error::Error>>
{
    let dir = tempfile::tempdir()?;
    let out_path = dir.path().join("adr.md");
    let out = out_path.to_str().unwrap_or_default();
    let o = run(&[
        "export",
        "--session",
        "data/examples/quote-app.ron",
        "--lang",
        "en",
        "--out",
        out,
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(stdout(&o).trim(), out);
    let text = std::fs::read_to_string(&out_path)?;
    assert!(text.starts_with("---\nstatus: proposed\n"), "{text}");
    assert!(text.contains("## Decision Outcome"));
    // A second export is refused and the file is untouched.
    let o = run(&[
        "export",
        "--session",
        "data/examples/quote-app.ron",
        "--out",
        out,
    ]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("already exists"), "{}", stderr(&o));
    assert_eq!(std::fs::read_to_string(&out_path)?, text);
    // Unless the user says so.
    let o = run(&[
        "export",
        "--session",
        "data/examples/quote-app.ron",
        "--template",
        "nygard",
        "--out",
        out,
        "--force",
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(std::fs::read_to_string(&out_path)?.starts_with("# 1. "));
    Ok(())
}

#[test]
fn export_into_a_log_numbers_and_indexes() -> Result<(), Box<dyn std::error::Error>> {
    let dir = tempfile::tempdir()?;
    std::fs::create_dir_all(dir.path().join("docs/decisions"))?;
    let root = dir.path().to_str().unwrap_or_default();
    for n in 1..=2 {
        let o = run(&[
            "export",
            "--session",
            "data/examples/quote-app.ron",
            "--adr-dir",
            root,
        ]);
        assert!(o.status.success(), "{}", stderr(&o));
        assert!(
            stdout(&o).trim().ends_with(&format!(
                "000{n}-heberger-quote-app-conteneurs-kubernetes-sur-des-vms-cloud.md"
            )),
            "{}",
            stdout(&o)
        );
        // Which log, found how, and the template: on stderr.
        assert!(
            stderr(&o)
                .contains("arbitre: MADR log in docs/decisions (found through docs/decisions)")
                && stderr(&o).contains("arbitre: written as MADR"),
            "{}",
            stderr(&o)
        );
    }
    let supersede = |accept: bool| {
        let mut args = vec![
            "export",
            "--session",
            "data/examples/quote-app.ron",
            "--adr-dir",
            root,
            "--supersedes",
            "1",
        ];
        if accept {
            args.push("--accept");
        }
        run(&args)
    };
    // quote-app is a proposal: it supersedes nothing without --accept.
    let o = supersede(false);
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    assert!(stderr(&o).contains("--accept"), "{}", stderr(&o));
    assert_eq!(
        std::fs::read_dir(dir.path().join("docs/decisions"))?.count(),
        2
    );
    let o = supersede(true);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stderr(&o).contains("marked superseded"), "{}", stderr(&o));
    // Twice: refused, naming the record.
    let o = supersede(true);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("already superseded"), "{}", stderr(&o));
    let first = std::fs::read_dir(dir.path().join("docs/decisions"))?
        .filter_map(std::result::Result::ok)
        .find(|e| e.file_name().to_string_lossy().starts_with("0001-"))
        .map(|e| e.path())
        .unwrap_or_default();
    assert!(std::fs::read_to_string(first)?.contains("superseded by [ADR-0003]"));
    let o = run(&["adr", "index", root]);
    assert!(o.status.success(), "{}", stderr(&o));
    let index = std::fs::read_to_string(stdout(&o).trim())?;
    assert!(index.contains("0003-"), "{index}");
    // No log there: a clear error, nothing written.
    let empty = tempfile::tempdir()?;
    let o = run(&[
        "export",
        "--session",
        "data/examples/quote-app.ron",
        "--adr-dir",
        empty.path().to_str().unwrap_or_default(),
    ]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("docs/decisions"), "{}", stderr(&o));
    assert_eq!(std::fs::read_dir(empty.path())?.count(), 0);
    Ok(())
}

#[test]
fn export_refusal_names_force() -> Result<(), Box<dyn std::error::Error>> {
    let dir = tempfile::tempdir()?;
    let out_path = dir.path().join("adr.md");
    std::fs::write(&out_path, "mine")?;
    let o = run(&[
        "export",
        "--session",
        "data/examples/quote-app.ron",
        "--out",
        out_path.to_str().unwrap_or_default(),
    ]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("--force"), "{}", stderr(&o));
    assert_eq!(std::fs::read_to_string(&out_path)?, "mine");
    Ok(())
}

#[test]
fn export_is_concise_unless_asked_for_full_detail() -> Result<(), Box<dyn std::error::Error>> {
    let dir = tempfile::tempdir()?;
    let concise = dir.path().join("concise.md");
    let full = dir.path().join("full.md");
    for (path, extra) in [(&concise, None), (&full, Some("full"))] {
        let mut args = vec![
            "export",
            "--session",
            "data/examples/quote-app.ron",
            "--lang",
            "en",
            "--out",
            path.to_str().unwrap_or_default(),
        ];
        if let Some(level) = extra {
            args.extend(["--detail", level]);
        }
        let out = run(&args);
        assert!(out.status.success(), "{}", stderr(&out));
    }
    let (concise, full) = (
        std::fs::read_to_string(concise)?,
        std::fs::read_to_string(full)?,
    );
    assert!(
        !concise.contains("Kubernetes on VMs — Hybrid (+3)"),
        "{concise}"
    );
    assert!(full.contains("Kubernetes on VMs — Hybrid (+3)"), "{full}");
    assert!(full.len() > concise.len());
    let bad = run(&[
        "export",
        "--session",
        "x.ron",
        "--out",
        "y.md",
        "--detail",
        "long",
    ]);
    assert_eq!(bad.status.code(), Some(2));
    Ok(())
}

#[test]
fn every_session_option_accepts_an_adr_and_the_file_is_the_truth()
-> Result<(), Box<dyn std::error::Error>> {
    let dir = tempfile::tempdir()?;
    let md = dir.path().join("0001-quote-app.md");
    let out = run(&[
        "export",
        "--session",
        "data/examples/quote-app.ron",
        "--out",
        md.to_str().unwrap_or_default(),
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    // The readable block, not base64.
    let text = std::fs::read_to_string(&md)?;
    assert!(
        text.contains("<!-- arbitre-session v2\n(\n  kit: \"containers-vs-vms@1\",\n"),
        "{text}"
    );
    // A reviewer edits the status and a sentence of the context.
    std::fs::write(
        &md,
        text.replacen("status: proposed", "status: accepted", 1)
            .replacen("en production.", "en production, avant mars.", 1),
    )?;
    let json = run(&[
        "recommend",
        "--session",
        md.to_str().unwrap_or_default(),
        "--json",
    ]);
    assert!(json.status.success(), "{}", stderr(&json));
    let v: serde_json::Value = serde_json::from_slice(&json.stdout)?;
    assert_eq!(v["outcome"], "hybrid");
    let again = dir.path().join("again.md");
    let out = run(&[
        "export",
        "--session",
        md.to_str().unwrap_or_default(),
        "--out",
        again.to_str().unwrap_or_default(),
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    let again = std::fs::read_to_string(&again)?;
    assert!(again.contains("status: accepted"), "{again}");
    assert!(again.contains("en production, avant mars."), "{again}");
    // Someone else's ADR is refused clearly.
    let foreign = dir.path().join("foreign.md");
    std::fs::write(&foreign, "# 1. Use Postgres\n\nDate: 2020-01-01\n")?;
    let out = run(&[
        "recommend",
        "--session",
        foreign.to_str().unwrap_or_default(),
    ]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("not an ADR written by arbitre"),
        "{}",
        stderr(&out)
    );
    Ok(())
}

#[test]
fn export_says_when_the_session_s_text_is_in_another_language()
-> Result<(), Box<dyn std::error::Error>> {
    let dir = tempfile::tempdir()?;
    let export = |name: &str, extra: &[&str]| {
        let out = dir.path().join(name);
        let mut args = vec!["export", "--session", "data/examples/quote-app.ron"];
        args.extend(extra);
        args.extend(["--out", out.to_str().unwrap_or_default()]);
        run(&args)
    };
    // The quote-app session is written in French; an English record says so on stderr.
    let out = export("en.md", &["--lang", "en"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        stderr(&out).contains(
            "warning: The typed text seems to be in French, but the document is in English"
        ),
        "{}",
        stderr(&out)
    );
    assert!(stderr(&out).contains("(--lang fr)"), "{}", stderr(&out));
    // In its own language, nothing to say.
    let out = export("fr.md", &[]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(!stderr(&out).contains("warning"), "{}", stderr(&out));
    Ok(())
}
