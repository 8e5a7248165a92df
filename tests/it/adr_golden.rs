//! Golden files: the example session `data/examples/quote-app.ron` rendered as MADR and as
//! Nygard, in French and in English, must match `tests/golden/quote-app.{madr,nygard}.{fr,en}.md`
//! byte for byte. `UPDATE_GOLDEN=1 cargo test --test it adr_golden` rewrites them (then read the
//! diff line by line before committing).
//!
//! These compare `render::render`, not `render_with_session`: the session block is base64 of
//! the whole session and would change with any field.

use std::path::{Path, PathBuf};

use arbitre::adr::{AdrInput, render};
use arbitre::i18n::Lang;
use arbitre::kit::CheckedKit;
use arbitre::session::{Session, Template};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn kit() -> CheckedKit {
    match CheckedKit::builtin() {
        Ok(kit) => kit,
        Err(e) => panic!("the built-in kit does not load:\n{e}"),
    }
}

fn quote_app(kit: &CheckedKit) -> Session {
    let path = root().join("data/examples/quote-app.ron");
    match Session::open(&path, kit) {
        Ok(loaded) => {
            assert!(loaded.dropped.is_empty(), "dropped: {:?}", loaded.dropped);
            loaded.session
        }
        Err(e) => panic!("{e}"),
    }
}

fn render_quote_app(template: Template, lang: Lang) -> String {
    let kit = kit();
    let mut session = quote_app(&kit);
    session.adr.template = template;
    session.adr.lang = lang;
    let recommendation = session.recommend(&kit);
    render::render(&AdrInput {
        kit: &kit,
        session: &session,
        recommendation: &recommendation,
        number: 1,
        date: "2026-11-26".into(),
        supersedes: Vec::new(),
        superseded_by: Vec::new(),
    })
}

fn check(template: Template, lang: Lang) {
    let name = format!(
        "quote-app.{}.{}.md",
        match template {
            Template::Madr => "madr",
            Template::Nygard => "nygard",
        },
        lang.code()
    );
    let path: PathBuf = root().join("tests/golden").join(&name);
    let actual = render_quote_app(template, lang);
    if std::env::var("UPDATE_GOLDEN").is_ok_and(|v| v == "1") {
        if let Some(dir) = path.parent()
            && let Err(e) = std::fs::create_dir_all(dir)
        {
            panic!("{}: {e}", dir.display());
        }
        if let Err(e) = std::fs::write(&path, &actual) {
            panic!("{}: {e}", path.display());
        }
        return;
    }
    let expected = read(&path);
    if actual != expected {
        let first = actual
            .lines()
            .zip(expected.lines())
            .position(|(a, e)| a != e)
            .unwrap_or_else(|| actual.lines().count().min(expected.lines().count()));
        panic!(
            "{name} differs from the rendering, first at line {}:\n  golden: {:?}\n  actual: {:?}\n(UPDATE_GOLDEN=1 rewrites the golden files; review the diff)",
            first + 1,
            expected.lines().nth(first),
            actual.lines().nth(first),
        );
    }
}

fn read(path: &Path) -> String {
    match std::fs::read_to_string(path) {
        Ok(text) => text,
        Err(e) => panic!(
            "{}: {e} (run with UPDATE_GOLDEN=1 to create it)",
            path.display()
        ),
    }
}

#[test]
fn quote_app_madr_fr() {
    check(Template::Madr, Lang::Fr);
}

#[test]
fn quote_app_madr_en() {
    check(Template::Madr, Lang::En);
}

#[test]
fn quote_app_nygard_fr() {
    check(Template::Nygard, Lang::Fr);
}

#[test]
fn quote_app_nygard_en() {
    check(Template::Nygard, Lang::En);
}

#[test]
fn rendering_is_deterministic_and_independent_of_the_other_language() {
    for template in [Template::Madr, Template::Nygard] {
        let fr = render_quote_app(template, Lang::Fr);
        assert_eq!(fr, render_quote_app(template, Lang::Fr));
        let en = render_quote_app(template, Lang::En);
        assert_ne!(fr, en);
        // English documents carry no French fixed words, and the other way round.
        for word in ["parce que", "Option choisie", "Conséquences", "poids"] {
            assert!(!en.contains(word), "{word:?} in the English {template:?}");
        }
        for word in ["because", "Chosen option", "weight "] {
            assert!(!fr.contains(word), "{word:?} in the French {template:?}");
        }
    }
}
