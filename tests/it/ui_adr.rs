//! The ADR screen: the form changes the live preview; raw text one click away; an ADR that
//! arbitre wrote opens with its whole decision, anyone else's opens read-only.

use crate::common;

use arbitre::i18n::Lang;
use arbitre::session::{Status, Template};
use arbitre::ui::{Launch, Screen, Settings};
use egui_kittest::kittest::Queryable as _;

fn adr_screen(
    lang: Lang,
    session: Option<&str>,
) -> egui_kittest::Harness<'static, arbitre::ui::ArbitreApp> {
    common::app_harness_with(
        Settings {
            lang,
            screen: Screen::Adr,
            ..Settings::default()
        },
        Launch {
            session: session.map(Into::into),
            ..Launch::default()
        },
    )
}

#[test]
fn filling_the_form_changes_the_preview() {
    let mut h = adr_screen(Lang::En, None);
    assert_eq!(
        h.state().doc.session.adr.status,
        Status::Proposed,
        "new records start as proposed"
    );
    h.get_by_label("Title").click();
    h.run();
    h.get_by_label("Title")
        .type_text("Host the billing service");
    h.run();
    assert_eq!(h.state().doc.session.adr.title, "Host the billing service");
    assert!(
        h.state().adr_markdown.contains("Host the billing service"),
        "{}",
        h.state().adr_markdown
    );
    // The rendered preview shows it as a reader will.
    assert!(
        h.query_by_label_contains("Host the billing service")
            .is_some()
    );

    h.get_by_label("Accepted").click();
    h.run();
    assert_eq!(h.state().doc.session.adr.status, Status::Accepted);

    common::choose(&mut h, "Template:", "Nygard (adr-tools)");
    assert_eq!(h.state().doc.session.adr.template, Template::Nygard);
    assert!(
        h.state()
            .adr_markdown
            .starts_with("# 1. Host the billing service"),
        "{}",
        h.state().adr_markdown
    );

    // The document's language is apart from the interface's.
    common::choose(&mut h, "Document language:", "Français");
    assert_eq!(h.state().doc.session.adr.lang, Lang::Fr);
    assert_eq!(h.state().settings.lang, Lang::En);

    h.get_by_label("Raw text").click();
    h.run();
    let raw = h.get_by_label("Markdown").value().unwrap_or_default();
    assert!(raw.starts_with("# 1. Host the billing service"), "{raw}");
}

#[test]
fn people_are_typed_comma_separated() {
    let mut h = adr_screen(Lang::Fr, None);
    h.get_by_label("Décideurs").click();
    h.run();
    h.get_by_label("Décideurs").type_text("Ana, Bo");
    h.run();
    assert_eq!(h.state().doc.session.adr.decision_makers, vec!["Ana", "Bo"]);
}

#[test]
fn an_exported_adr_opens_with_its_whole_decision() -> Result<(), Box<dyn std::error::Error>> {
    let dir = tempfile::tempdir()?;
    let path = dir.path().join("quote-app.md");
    let mut h = adr_screen(Lang::Fr, Some("data/examples/quote-app.ron"));
    assert!(
        h.state_mut()
            .export_file(arbitre::files::WriteTarget::new(&path))
    );
    let exported = h.state().doc.session.clone();

    let mut h2 = adr_screen(Lang::Fr, None);
    h2.state_mut().open_path(&path);
    h2.run();
    // The same decision; the record's date, once exported, is the file's.
    let mut expected = exported;
    expected.adr.date = h2.state().doc.session.adr.date.clone();
    assert_eq!(expected.adr.date.len(), 10, "{}", expected.adr.date);
    assert_eq!(h2.state().doc.session, expected);
    assert!(h2.state().foreign_adr.is_none());
    assert_eq!(
        h2.state().recommendation.top_patterns(),
        vec!["hybrid.kubernetes-on-vms"]
    );
    Ok(())
}

#[test]
fn someone_elses_adr_opens_read_only() -> Result<(), Box<dyn std::error::Error>> {
    let dir = tempfile::tempdir()?;
    let path = dir.path().join("0001-record-architecture-decisions.md");
    std::fs::write(
        &path,
        "# 1. Record architecture decisions\n\nDate: 2026-01-02\n\n## Status\n\nAccepted\n",
    )?;
    let mut h = adr_screen(Lang::En, None);
    let before = h.state().doc.session.clone();
    h.state_mut().open_path(&path);
    h.run();
    h.get_by_label_contains("Read-only:");
    h.get_by_label_contains("This ADR was not written by arbitre");
    assert_eq!(
        h.state().doc.session,
        before,
        "the work in progress is untouched"
    );
    h.get_by_label("Close the ADR").click();
    h.run();
    assert!(h.state().foreign_adr.is_none());
    Ok(())
}

#[test]
fn exporting_into_a_log_from_the_app() -> Result<(), Box<dyn std::error::Error>> {
    let dir = tempfile::tempdir()?;
    std::fs::create_dir_all(dir.path().join("doc/adr"))?;
    let mut h = adr_screen(Lang::En, Some("data/examples/quote-app.ron"));
    let first = h.state_mut().export_to_log(dir.path(), None, false);
    let first = first.ok_or("export refused")?;
    assert!(
        first.ends_with(
            "doc/adr/0001-heberger-quote-app-conteneurs-kubernetes-sur-des-vms-cloud.md"
        )
    );
    // The log's convention is used, and the app says which log and template it found.
    assert!(std::fs::read_to_string(&first)?.starts_with("# 1. "));
    h.run();
    // The Log screen offers the log just exported into, first among the recent logs.
    assert_eq!(
        h.state().settings.recent_logs.first(),
        Some(&std::fs::canonicalize(dir.path())?)
    );
    common::unfold_messages(&mut h);
    h.get_by_label_contains("ADR exported into the adr-tools doc/adr log, as Nygard");
    h.get_by_label_contains("The form's template is not the log's");
    // Superseding with a proposal asks first, and nothing is written meanwhile.
    assert_eq!(h.state().doc.session.adr.status, Status::Proposed);
    let before = std::fs::read_dir(dir.path().join("doc/adr"))?.count();
    assert!(
        h.state_mut()
            .export_to_log(dir.path(), Some("1"), false)
            .is_none()
    );
    h.run();
    assert_eq!(
        std::fs::read_dir(dir.path().join("doc/adr"))?.count(),
        before
    );
    h.get_by_label("Accept and supersede").click();
    h.run();
    // The decision is now accepted (one undoable edit), and both records are updated.
    assert_eq!(h.state().doc.session.adr.status, Status::Accepted);
    let old = std::fs::read_to_string(&first)?;
    assert!(old.contains("Superseded by [2. "), "{old}");
    h.get_by_label_contains("Marked superseded");
    let second = dir
        .path()
        .join("doc/adr/0002-heberger-quote-app-conteneurs-kubernetes-sur-des-vms-cloud.md");
    assert!(std::fs::read_to_string(&second)?.contains("Supersedes [1. "));
    // A record is superseded once.
    assert!(
        h.state_mut()
            .export_to_log(dir.path(), Some("1"), false)
            .is_none()
    );
    h.run();
    h.get_by_label_contains("already superseded");
    // Superseding a record that does not exist writes nothing.
    let before = std::fs::read_dir(dir.path().join("doc/adr"))?.count();
    assert!(
        h.state_mut()
            .export_to_log(dir.path(), Some("42"), false)
            .is_none()
    );
    assert_eq!(
        std::fs::read_dir(dir.path().join("doc/adr"))?.count(),
        before
    );
    Ok(())
}

/// Types `text` into the field labelled `label` one character at a time, as a person does,
/// letting the app draw a frame after each.
fn type_slowly(
    h: &mut egui_kittest::Harness<'static, arbitre::ui::ArbitreApp>,
    label: &str,
    text: &str,
) {
    for c in text.chars() {
        h.get_by_label(label).type_text(&c.to_string());
        h.run();
    }
}

#[test]
fn list_fields_keep_what_is_typed_key_by_key() {
    let mut h = adr_screen(Lang::En, None);

    h.get_by_label("Decision-makers").click();
    h.run();
    type_slowly(&mut h, "Decision-makers", "Security team, Legal");
    assert_eq!(
        h.state().doc.session.adr.decision_makers,
        vec!["Security team", "Legal"]
    );

    // Typed in two goes, leaving the field in between.
    h.get_by_label("Consulted").click();
    h.run();
    type_slowly(&mut h, "Consulted", "Bob Chen");
    h.get_by_label("Informed").click();
    h.run();
    type_slowly(&mut h, "Informed", "Dana, Eve");
    h.get_by_label("Consulted").click();
    h.run();
    type_slowly(&mut h, "Consulted", ", Carol Diaz");
    assert_eq!(
        h.state().doc.session.adr.consulted,
        vec!["Bob Chen", "Carol Diaz"]
    );
    assert_eq!(h.state().doc.session.adr.informed, vec!["Dana", "Eve"]);

    let links = "Links (one per line: other ADRs, issues)";
    h.get_by_label(links).scroll_to_me();
    h.run();
    h.get_by_label(links).click();
    h.run();
    type_slowly(&mut h, links, "https://example.com/adr/1");
    h.key_press(egui::Key::Enter);
    h.run();
    type_slowly(&mut h, links, "TICKET-42");
    assert_eq!(
        h.state().doc.session.adr.links,
        vec!["https://example.com/adr/1", "TICKET-42"]
    );

    // The preview follows, and a field left shows the list as parsed.
    assert!(
        h.state().adr_markdown.contains("Carol Diaz"),
        "{}",
        h.state().adr_markdown
    );
    h.get_by_label("Title").click();
    h.run();
    assert_eq!(
        h.get_by_label("Decision-makers").value().as_deref(),
        Some("Security team, Legal")
    );
    assert_eq!(
        h.get_by_label(links).value().as_deref(),
        Some("https://example.com/adr/1\nTICKET-42")
    );
}

#[test]
fn undo_shows_in_a_list_field_being_typed_in() {
    let mut h = adr_screen(Lang::En, None);
    h.get_by_label("Decision-makers").click();
    h.run();
    type_slowly(&mut h, "Decision-makers", "Ana, ");
    assert_eq!(h.state().doc.session.adr.decision_makers, vec!["Ana"]);
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
    h.run();
    assert!(h.state().doc.session.adr.decision_makers.is_empty());
    assert_eq!(
        h.get_by_label("Decision-makers").value().as_deref(),
        Some(""),
        "the field shows the undone list, not what was typed"
    );
    type_slowly(&mut h, "Decision-makers", "Bo");
    assert_eq!(h.state().doc.session.adr.decision_makers, vec!["Bo"]);
}

#[test]
fn a_new_record_speaks_the_interface_language_and_a_mismatch_is_pointed_out() {
    // A new session in the English interface writes an English document.
    let h = adr_screen(Lang::En, None);
    assert_eq!(h.state().doc.session.adr.lang, Lang::En);
    let h = adr_screen(Lang::Fr, None);
    assert_eq!(h.state().doc.session.adr.lang, Lang::Fr);

    // quote-app's text is French; an English document says so, and switches back on request.
    let mut h = adr_screen(Lang::En, Some("data/examples/quote-app.ron"));
    assert!(h.query_by_label_contains("seems to be in French").is_none());
    common::choose(&mut h, "Document language:", "English");
    assert_eq!(h.state().doc.session.adr.lang, Lang::En);
    h.get_by_label_contains("The typed text seems to be in French, but the document is in English");
    h.get_by_label("Write the document in French")
        .click_accesskit();
    h.run();
    assert_eq!(h.state().doc.session.adr.lang, Lang::Fr);
    assert!(h.query_by_label_contains("seems to be in French").is_none());
}

#[test]
fn a_reviewers_edits_in_the_file_win_and_the_window_says_so_in_french()
-> Result<(), Box<dyn std::error::Error>> {
    let dir = tempfile::tempdir()?;
    let path = dir.path().join("0001-quote-app.md");
    let mut h = adr_screen(Lang::Fr, Some("data/examples/quote-app.ron"));
    assert!(
        h.state_mut()
            .export_file(arbitre::files::WriteTarget::new(&path))
    );
    // A pull request: accepted, and one sentence of the context rewritten.
    let text = std::fs::read_to_string(&path)?
        .replacen("status: proposed", "status: accepted", 1)
        .replacen("en production.", "en production, avant mars.", 1);
    std::fs::write(&path, text)?;

    let mut h2 = adr_screen(Lang::Fr, None);
    h2.state_mut().open_path(&path);
    h2.run();
    let adr = &h2.state().doc.session.adr;
    assert_eq!(adr.status, Status::Accepted);
    assert!(adr.context.ends_with("avant mars."), "{}", adr.context);
    h2.get_by_label_contains("Modifié hors d'arbitre\u{a0}:");
    h2.get_by_label_contains("repris du fichier\u{a0}: statut, contexte");
    // Switching the interface to English re-words the message.
    h2.get_by_label("EN").click();
    h2.run();
    h2.get_by_label_contains("Edited outside arbitre:");
    h2.get_by_label_contains("kept the file's status, context");

    // Exported again, both edits stay.
    let again = dir.path().join("again.md");
    assert!(
        h2.state_mut()
            .export_file(arbitre::files::WriteTarget::new(&again))
    );
    let text = std::fs::read_to_string(&again)?;
    assert!(text.contains("status: accepted"), "{text}");
    assert!(text.contains("en production, avant mars."), "{text}");
    Ok(())
}

#[test]
fn an_adr_named_at_launch_opens_as_file_open_opens_it() -> Result<(), Box<dyn std::error::Error>> {
    // `arbitre 0001-x.md` from a shell or a file manager: arbitre's own record restores its
    // decision (it used to fail with "Expected float", read as a session).
    let dir = tempfile::tempdir()?;
    std::fs::create_dir_all(dir.path().join("docs/decisions"))?;
    let mut h = adr_screen(Lang::En, Some("data/examples/quote-app.ron"));
    let ours = h
        .state_mut()
        .export_to_log(dir.path(), None, false)
        .ok_or("export refused")?;
    let h = adr_screen(Lang::En, ours.to_str());
    assert_eq!(
        h.state().doc.session.adr.title,
        "Héberger quote-app : conteneurs Kubernetes sur des VMs cloud"
    );
    h.get_by_label_contains("Decision restored from the ADR");
    assert!(h.state().foreign_adr.is_none());

    // Someone else's record opens read-only, with the reason; the work is a new session.
    let theirs = dir.path().join("0002-theirs.md");
    std::fs::write(
        &theirs,
        "# 2. Theirs\n\nDate: 2026-01-02\n\n## Status\n\nAccepted\n",
    )?;
    let mut h = adr_screen(Lang::En, theirs.to_str());
    h.run();
    h.get_by_label_contains("Read-only:");
    h.get_by_label_contains("This ADR was not written by arbitre");
    Ok(())
}
