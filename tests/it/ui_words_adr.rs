//! The ADR screen speaks the catalog's words: every label of its form, export panel, preview
//! and read-only view comes from `words.adr`, in French and in English.

use crate::common;

use arbitre::i18n::{Lang, typo};
use arbitre::ui::{ArbitreApp, Launch, Screen, Settings};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;

fn adr_screen(lang: Lang) -> Harness<'static, ArbitreApp> {
    common::app_harness_with(
        Settings {
            lang,
            screen: Screen::Adr,
            ..Default::default()
        },
        Launch {
            session: Some("data/examples/quote-app.ron".into()),
            ..Launch::default()
        },
    )
}

/// Whether some node has exactly this label (a field's label and the field both carry it).
fn shows(h: &Harness<'static, ArbitreApp>, label: &str) -> bool {
    h.query_all_by_label(label).next().is_some()
}

fn other(lang: Lang) -> Lang {
    match lang {
        Lang::Fr => Lang::En,
        Lang::En => Lang::Fr,
    }
}

#[test]
fn the_form_export_and_preview_use_the_catalog() {
    for lang in Lang::ALL {
        let mut h = adr_screen(lang);
        let w = &lang.words().adr;
        for label in [
            w.title,
            w.date,
            w.decision_makers,
            w.consulted,
            w.informed,
            w.context,
            w.consequences,
            w.confirmation,
            w.links,
            w.status,
            w.export_file,
            w.export_log,
            w.preview,
            w.rendered,
            w.raw,
        ] {
            assert!(shows(&h, label), "{lang:?}: no {label:?} on the ADR screen");
        }
        for label in [w.doc_lang, w.template, w.supersedes] {
            let label = lang.colon(label);
            assert!(
                shows(&h, &label),
                "{lang:?}: no {label:?} on the ADR screen"
            );
        }
        let s = &w.statuses;
        for status in [
            s.proposed,
            s.accepted,
            s.rejected,
            s.deprecated,
            s.superseded,
        ] {
            assert!(shows(&h, status), "{lang:?}: no status {status:?}");
        }
        // Nothing of the other language's words.
        let o = &other(lang).words().adr;
        for label in [o.title, o.decision_makers, o.export_file, o.raw] {
            assert!(
                !shows(&h, label),
                "{lang:?}: {label:?} is the other language's"
            );
        }

        // The warnings.
        h.state_mut().doc.session.adr.date = "26/11/2026".into();
        h.run();
        assert!(shows(&h, w.invalid_date), "{lang:?}");

        // The raw text.
        h.get_by_label(w.raw).click();
        h.run();
        assert!(shows(&h, w.markdown), "{lang:?}");
    }
}

#[test]
fn someone_elses_adr_is_introduced_in_the_catalog_s_words() -> Result<(), Box<dyn std::error::Error>>
{
    let dir = tempfile::tempdir()?;
    let path = dir.path().join("0001-record-architecture-decisions.md");
    std::fs::write(
        &path,
        "# 1. Record architecture decisions\n\nDate: 2026-01-02\n\n## Status\n\nAccepted\n",
    )?;
    for lang in Lang::ALL {
        let mut h = adr_screen(lang);
        let w = &lang.words().adr;
        h.state_mut().open_path(&path);
        h.run();
        let read_only = (w.read_only)(&path.display().to_string());
        h.get_by_label(&read_only);
        h.get_by_label(w.foreign_body);
        h.get_by_label(w.close).click();
        h.run();
        assert!(h.state().foreign_adr.is_none(), "{lang:?}");
    }
    let fr = (Lang::Fr.words().adr.read_only)("/tmp/0001-a.md");
    assert!(typo::is_french_right(&fr), "{fr:?}");
    Ok(())
}
