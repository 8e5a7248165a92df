//! Golden files: the example session `data/examples/quote-app.ron` rendered as MADR and as
//! Nygard, in French and in English, must match `tests/golden/quote-app.{madr,nygard}.{fr,en}.md`
//! byte for byte. `UPDATE_GOLDEN=1 cargo test --test it adr_golden` rewrites them (then read the
//! diff line by line before committing).
//!
//! These compare `render::render`, not `render_with_session` (the embedded decision is tested
//! on its own). `quote-app.madr.{fr,en}.full.md` hold the full detail level.

use std::path::{Path, PathBuf};

use arbitre::adr::{AdrInput, render};
use arbitre::i18n::Lang;
use arbitre::kit::CheckedKit;
use arbitre::session::{Detail, Session, Template};

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
    session_at(kit, "data/examples/quote-app.ron")
}

/// A session file, relative to the crate's root, that must load whole.
fn session_at(kit: &CheckedKit, relative: &str) -> Session {
    let path = root().join(relative);
    match Session::open(&path, kit) {
        Ok(loaded) => {
            assert!(loaded.dropped.is_empty(), "dropped: {:?}", loaded.dropped);
            loaded.session
        }
        Err(e) => panic!("{e}"),
    }
}

fn render_quote_app(template: Template, lang: Lang) -> String {
    render_detail(template, lang, Detail::Concise)
}

fn render_detail(template: Template, lang: Lang, detail: Detail) -> String {
    render_session("data/examples/quote-app.ron", template, lang, detail)
}

fn render_session(file: &str, template: Template, lang: Lang, detail: Detail) -> String {
    let kit = kit();
    let mut session = session_at(&kit, file);
    session.adr.template = template;
    session.adr.lang = lang;
    session.adr.detail = detail;
    let recommendation = session.recommend(&kit);
    render::render(&AdrInput {
        kit: &kit,
        session: &session,
        recommendation: &recommendation,
        number: 1,
        date: "2026-11-26".into(),
        supersedes: Vec::new(),
        superseded_by: Vec::new(),
        layout: arbitre::adr::Layout::default(),
    })
}

fn check(template: Template, lang: Lang) {
    check_detail(template, lang, Detail::Concise);
}

fn check_detail(template: Template, lang: Lang, detail: Detail) {
    check_session(
        "quote-app",
        "data/examples/quote-app.ron",
        template,
        lang,
        detail,
    );
}

/// Compares the rendering of a session file with `tests/golden/{stem}.{template}.{lang}.md`.
fn check_session(stem: &str, file: &str, template: Template, lang: Lang, detail: Detail) {
    let name = format!(
        "{stem}.{}.{}{}.md",
        match template {
            Template::Madr => "madr",
            Template::Nygard => "nygard",
        },
        lang.code(),
        match detail {
            Detail::Concise => "",
            Detail::Full => ".full",
        }
    );
    let path: PathBuf = root().join("tests/golden").join(&name);
    let actual = render_session(file, template, lang, detail);
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

/// The other sessions with goldens: a tie, a layered hybrid for a workload with a security
/// need (a hospital's patient records), a side-by-side hybrid with none (an ERP moved as it
/// is next to a new web shop).
const OTHERS: [(&str, &str); 3] = [
    ("tie", "tests/data/tie.ron"),
    ("layered-hybrid", "tests/data/hospital.ron"),
    ("side-by-side-hybrid", "tests/data/migration.ron"),
];

#[test]
fn a_tie_a_layered_and_a_side_by_side_hybrid_in_every_template_and_language() {
    for (stem, file) in OTHERS {
        for template in [Template::Madr, Template::Nygard] {
            for lang in Lang::ALL {
                check_session(stem, file, template, lang, Detail::Concise);
            }
        }
    }
}

/// The six example systems (issue #27): each a record of one decision for the system.
const SYSTEMS: [(&str, &str); 6] = [
    ("erp-portal", "data/examples/erp-portal.ron"),
    ("build-farm", "data/examples/build-farm.ron"),
    ("quote-app-system", "data/examples/quote-app-system.ron"),
    ("hospital", "data/examples/hospital.ron"),
    ("iot-edge", "data/examples/iot-edge.ron"),
    ("saas-plugins", "data/examples/saas-plugins.ron"),
];

#[test]
fn the_six_example_systems_in_every_template_and_language() {
    for (stem, file) in SYSTEMS {
        for template in [Template::Madr, Template::Nygard] {
            for lang in Lang::ALL {
                check_session(stem, file, template, lang, Detail::Concise);
            }
        }
    }
}

/// Every record of the goldens, in every template, language and detail.
fn every_record() -> Vec<(String, String)> {
    let mut out = Vec::new();
    let files = std::iter::once(("quote-app", "data/examples/quote-app.ron"))
        .chain(OTHERS)
        .chain(SYSTEMS);
    for (stem, file) in files {
        for template in [Template::Madr, Template::Nygard] {
            for lang in Lang::ALL {
                for detail in [Detail::Concise, Detail::Full] {
                    let md = render_session(file, template, lang, detail);
                    out.push((format!("{stem} {template:?} {lang:?} {detail:?}"), md));
                }
            }
        }
    }
    out
}

/// The record's own sentences: the rendering without what the team wrote (title, context,
/// notes, people), so only arbitre's words are left.
fn generated(md: &str, session: &Session) -> String {
    let mut text = md.to_owned();
    let adr = &session.adr;
    let typed = [adr.title.as_str(), adr.context.as_str()]
        .into_iter()
        .chain(session.notes.values().map(String::as_str));
    for t in typed {
        text = text.replace(t, "");
    }
    text
}

#[test]
fn no_generated_sentence_names_a_checkbox() {
    let kit = kit();
    for (what, md) in every_record() {
        let file = OTHERS
            .iter()
            .chain(&SYSTEMS)
            .find(|(stem, _)| what.starts_with(&format!("{stem} ")))
            .map_or("data/examples/quote-app.ron", |(_, f)| f);
        let text = generated(&md, &session_at(&kit, file)).to_lowercase();
        for word in ["tick", "checkbox", "check box", "coch", "case à cocher"] {
            assert!(!text.contains(word), "{what}: {word:?} in\n{md}");
        }
    }
}

#[test]
fn a_tie_says_undecided_between_and_what_would_break_it() {
    for template in [Template::Madr, Template::Nygard] {
        for lang in Lang::ALL {
            let md = render_session("tests/data/tie.ron", template, lang, Detail::Concise);
            let (undecided, breaks) = match lang {
                Lang::En => (
                    "Undecided between Containers and Hybrid",
                    "What would break the tie:",
                ),
                Lang::Fr => (
                    "Indécis entre Conteneurs et Hybride",
                    "Ce qui départagerait\u{a0}:",
                ),
            };
            assert!(md.contains(undecided), "{template:?} {lang:?}\n{md}");
            assert!(md.contains(breaks), "{template:?} {lang:?}\n{md}");
            // Nothing contradicts the five weighted drivers.
            for wrong in [
                "nothing is",
                "rien n'est",
                "no need is stated",
                "aucun besoin",
            ] {
                assert!(!md.contains(wrong), "{template:?} {lang:?}: {wrong}\n{md}");
            }
        }
    }
}

#[test]
fn a_hybrid_record_has_its_own_architecture_s_consequences_and_drawing() {
    for lang in Lang::ALL {
        // Side by side, no security need: nothing about nodes, layers or isolation.
        let md = render_session(
            "tests/data/migration.ron",
            Template::Madr,
            lang,
            Detail::Concise,
        );
        let consequences = section(&md, lang.pick("### Conséquences", "### Consequences"));
        for layered in ["node", "nœud", "on top", "au-dessus", "isolation", "kernel"] {
            assert!(
                !consequences.contains(layered),
                "{lang:?}: {layered:?} in\n{consequences}"
            );
        }
        assert!(
            consequences.contains(lang.pick("côte à côte", "side by side")),
            "{consequences}"
        );
        // Layered, for a hospital: its own words, none of the notes' example.
        let md = render_session(
            "tests/data/hospital.ron",
            Template::Madr,
            lang,
            Detail::Concise,
        );
        for example in [
            "payments",
            "paiements",
            "Oracle",
            "GitLab",
            "IoT",
            "AWS EC2",
        ] {
            assert!(!md.contains(example), "{lang:?}: {example:?} in\n{md}");
        }
        let consequences = section(&md, lang.pick("### Conséquences", "### Consequences"));
        assert!(
            consequences.contains(lang.pick("deux barrières", "two boundaries")),
            "{consequences}"
        );
    }
}

/// A section's text, from its heading to the next heading.
fn section<'a>(md: &'a str, heading: &str) -> &'a str {
    md.split_once(&format!("{heading}\n"))
        .map(|(_, rest)| rest.split("\n#").next().unwrap_or(rest))
        .unwrap_or_default()
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

#[test]
fn quote_app_madr_full_keeps_everything() {
    check_detail(Template::Madr, Lang::Fr, Detail::Full);
    check_detail(Template::Madr, Lang::En, Detail::Full);
    let full = render_detail(Template::Madr, Lang::En, Detail::Full);
    assert!(full.contains("Kubernetes on VMs — Hybrid (+3)"), "{full}");
}

/// The words a reader sees: no front matter, no comment, Mermaid's labels only; a word has a
/// letter or a digit (table rules and bullets are not words).
fn visible_words(markdown: &str) -> usize {
    let mut text = markdown;
    if let Some(rest) = text.strip_prefix("---\n")
        && let Some(end) = rest.find("\n---\n")
    {
        text = &rest[end + 5..];
    }
    let mut words = 0;
    let mut in_mermaid = false;
    let mut in_comment = false;
    for line in text.lines() {
        if line.starts_with("<!--") {
            in_comment = !line.contains("-->");
            continue;
        }
        if in_comment {
            in_comment = !line.contains("-->");
            continue;
        }
        if line == "```mermaid" {
            in_mermaid = true;
            continue;
        }
        if in_mermaid {
            if line == "```" {
                in_mermaid = false;
            } else if let Some(start) = line.find("[\"") {
                let label = line[start + 2..].trim_end_matches("\"]");
                words += label.split_whitespace().count();
            }
            continue;
        }
        words += line
            .split_whitespace()
            .filter(|w| w.chars().any(char::is_alphanumeric))
            .count();
    }
    words
}

#[test]
fn the_concise_madr_stays_under_600_visible_words_in_each_language() {
    for lang in Lang::ALL {
        let md = render_quote_app(Template::Madr, lang);
        let n = visible_words(&md);
        assert!(n <= 600, "{lang:?}: {n} visible words");
        let full = visible_words(&render_detail(Template::Madr, lang, Detail::Full));
        assert!(full > n, "full ({full}) is not longer than concise ({n})");
        // A system's record too: the table and its architectures, not the notes' text.
        for (stem, file) in SYSTEMS {
            let md = render_session(file, Template::Madr, lang, Detail::Concise);
            let n = visible_words(&md);
            assert!(n <= 600, "{stem} {lang:?}: {n} visible words\n{md}");
            let full = visible_words(&render_session(file, Template::Madr, lang, Detail::Full));
            assert!(
                full > n,
                "{stem}: full ({full}) is not longer than concise ({n})"
            );
        }
    }
}

#[test]
fn the_quote_app_english_madr_reads_as_a_decision_in_at_most_450_visible_words() {
    let md = render_quote_app(Template::Madr, Lang::En);
    let n = visible_words(&md);
    assert!(n <= 450, "{n} visible words:\n{md}");
    // With its decision block, the words still count only what a reader sees.
    let kit = kit();
    let session = quote_app(&kit);
    let mut session = session;
    session.adr.lang = Lang::En;
    let recommendation = session.recommend(&kit);
    let input = AdrInput::new(&kit, &session, &recommendation, "2026-11-26");
    let with_block = arbitre::adr::render_with_session(&input);
    assert!(with_block.contains("<!--"), "{with_block}");
    assert_eq!(
        visible_words(&with_block),
        visible_words(&render::render(&input))
    );
}

#[test]
fn the_concise_record_reads_right() {
    for lang in Lang::ALL {
        let md = render_quote_app(Template::Madr, lang);
        // No bold pseudo-headings (MD036), no empty lists, no score in the rationale.
        assert!(
            !md.lines().any(|l| l.starts_with("**") && l.ends_with("**")),
            "{md}"
        );
        assert!(!md.contains(": []"), "{md}");
        let outcome = md
            .split("## ")
            .find(|s| s.starts_with("Decision Outcome") || s.starts_with("Résultat"))
            .unwrap_or_default();
        assert!(
            !outcome.contains("(+") && !outcome.contains("scores"),
            "{outcome}"
        );
        // A lowercase letter after "because" / "parce que" (acronyms and names aside).
        for line in md.lines().filter(|l| l.starts_with("* ")) {
            if let Some(after) = line.split_once("because ").map(|p| p.1).or_else(|| {
                line.split_once("parce que ")
                    .or_else(|| line.split_once("parce qu'"))
                    .map(|p| p.1)
            }) {
                let mut chars = after.chars();
                let (a, b) = (chars.next(), chars.next());
                assert!(
                    !(a.is_some_and(char::is_uppercase) && b.is_some_and(char::is_lowercase)),
                    "capital after because: {line}"
                );
            }
        }
    }
    // French quotes are « », never ASCII ones, in the French record's prose.
    let fr = render_quote_app(Template::Madr, Lang::Fr);
    let body = fr.split("\n---\n").nth(1).unwrap_or_default();
    let prose: String = body
        .lines()
        .filter(|l| !l.starts_with("    ") && !l.starts_with("```"))
        .collect();
    assert!(!prose.contains('"'), "ASCII quotes in French: {prose}");
    assert!(
        prose.contains("Option choisie\u{a0}: «\u{a0}Hybride"),
        "{prose}"
    );
    // Nygard keeps the people.
    let ny = render_quote_app(Template::Nygard, Lang::En);
    assert!(ny.contains("Decision-makers: Équipe plateforme"), "{ny}");
}
