//! A teacher's pack: scenarios and questions written in the kit's own format, added to a
//! kit without copying it. A pack is parsed, then checked against the kit it extends with
//! the kit's own rules (the same checker, on the pack's source, so every problem names the
//! pack's line:column), plus two of its own: its ids must not clash with the kit's, and the
//! decision engine must give each scenario's expected answer.
//!
//! ```ron
//! (
//!     pack: "course-2027",
//!     title: (fr: "Cours 2027", en: "2027 course"),
//!     kit: "containers-vs-vms",
//!     scenarios: [ /* as in the kit */ ],
//!     questions: [ /* as in the kit */ ],
//! )
//! ```

use std::collections::HashSet;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use arbitre_core::decide;
use arbitre_core::i18n::Lang;
use arbitre_core::kit::check::{self as kit_check, Finding, Problem};
use arbitre_core::kit::locate::{Index, Pos};
use arbitre_core::kit::{self, CheckedKit, Kit, LoadError, QuestionDef, Scenario, Text};

/// A teacher's pack, as written.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Pack {
    /// The pack's id.
    pub pack: String,
    /// Its title, shown on the Train screen.
    pub title: Text,
    /// The id of the kit it is written for (`containers-vs-vms`).
    pub kit: String,
    /// Scenarios, as in a kit.
    #[serde(default)]
    pub scenarios: Vec<Scenario>,
    /// Hand-written questions, as in a kit.
    #[serde(default)]
    pub questions: Vec<QuestionDef>,
}

/// A pack that passed [`check`] against a kit.
#[derive(Debug, Clone, PartialEq)]
pub struct CheckedPack {
    pack: Pack,
    origin: PathBuf,
}

impl std::ops::Deref for CheckedPack {
    type Target = Pack;
    fn deref(&self) -> &Pack {
        &self.pack
    }
}

impl CheckedPack {
    /// The file it was read from.
    pub fn origin(&self) -> &Path {
        &self.origin
    }
}

/// Whether `source` is a pack rather than a kit or a session: it has a top-level `pack`
/// field.
pub fn is_pack_source(source: &str) -> bool {
    Index::new(kit::strip_bom(source))
        .keys()
        .iter()
        .any(|k| k.field && k.parent.is_empty() && k.name == "pack")
}

/// Whether the file at `path` is a pack (read with the usual limits; an unreadable file is
/// not one, and is reported by whatever opens it).
pub fn is_pack_file(path: &Path) -> bool {
    path.extension().is_some_and(|e| e == "ron")
        && kit::read_text_file(path).is_ok_and(|s| is_pack_source(&s))
}

/// The id a pack file declares, if it can be read as a pack (to tell which pack it would
/// replace before checking it).
pub fn peek_id(path: &Path) -> Option<String> {
    let source = kit::read_text_file(path).ok()?;
    ron::from_str::<Pack>(kit::strip_bom(&source))
        .ok()
        .map(|p| p.pack)
}

/// Reads and checks a pack against `kit`.
pub fn load(path: &Path, kit: &CheckedKit) -> Result<CheckedPack, LoadError> {
    let source = kit::read_text_file(path)?;
    load_str(&source, path, kit)
}

/// Parses and checks a pack against `kit`.
pub fn load_str(source: &str, file: &Path, kit: &CheckedKit) -> Result<CheckedPack, LoadError> {
    let source = kit::strip_bom(source);
    let pack: Pack = ron::from_str(source).map_err(|e| kit::syntax_error(file, &e))?;
    let problems = check(&pack, kit, source, file);
    if problems.is_empty() {
        Ok(CheckedPack {
            pack,
            origin: file.to_owned(),
        })
    } else {
        Err(LoadError::Invalid { problems })
    }
}

/// Every problem of a pack against a kit, each placed in the pack's source.
pub fn check(pack: &Pack, kit: &CheckedKit, source: &str, file: &Path) -> Vec<Problem> {
    let index = Index::new(source);
    let at = |path: &str| index.value(path).unwrap_or(Pos::START);
    let problem = |pos: Pos, finding: Finding| Problem {
        file: file.to_owned(),
        pos,
        finding,
    };
    let mut problems = Vec::new();
    if pack.pack.trim().is_empty() {
        problems.push(problem(at("pack"), Finding::EmptyPackId));
    }
    if pack.kit != kit.id {
        problems.push(problem(
            at("kit"),
            Finding::WrongKit {
                pack_kit: pack.kit.clone(),
                kit: kit.id.clone(),
            },
        ));
    }
    for (what, text, lang) in [
        ("fr", &pack.title.fr, Lang::Fr),
        ("en", &pack.title.en, Lang::En),
    ] {
        if text.trim().is_empty() {
            problems.push(problem(
                at(&format!("title.{what}")),
                Finding::EmptyPackTitle { lang },
            ));
        }
    }

    // The kit's own rules, on a kit whose scenarios and questions are the pack's: the paths
    // (`scenarios[2].ticks[0]`) are then the pack's own, and every reference resolves against
    // the kit's content.
    let mut merged: Kit = (**kit).clone();
    merged.scenarios.clone_from(&pack.scenarios);
    merged.questions.clone_from(&pack.questions);
    problems.extend(kit_check::check(&merged, source, file));

    // Ids the kit already uses (its scenarios and questions are not in `merged`).
    let taken: HashSet<&str> = kit
        .scenarios
        .iter()
        .map(|s| s.id.as_str())
        .chain(kit.questions.iter().map(|q| q.id.as_str()))
        .collect();
    for (i, s) in pack.scenarios.iter().enumerate() {
        if taken.contains(s.id.as_str()) {
            problems.push(problem(
                at(&format!("scenarios[{i}].id")),
                Finding::ScenarioTaken { id: s.id.clone() },
            ));
        }
    }
    for (i, q) in pack.questions.iter().enumerate() {
        if taken.contains(q.id.as_str()) {
            problems.push(problem(
                at(&format!("questions[{i}].id")),
                Finding::QuestionTaken { id: q.id.clone() },
            ));
        }
    }

    // The engine must give each scenario's expected answer: checked only once the rest holds
    // (an unknown tick would make the engine's answer meaningless).
    if problems.is_empty() {
        // The kit's own scenarios are the kit's business (`arbitre check` on the kit).
        let merged = kit.with_checked_training(pack.scenarios.iter().cloned(), []);
        let mut engine = decide::scenario_problems(&merged);
        engine.extend(arbitre_core::system::scenario_problems(&merged));
        for p in engine {
            if let Some(i) = pack.scenarios.iter().position(|s| s.id == p.scenario) {
                problems.push(problem(at(&format!("scenarios[{i}].id")), p.finding()));
            }
        }
    }
    kit_check::sort(&mut problems);
    problems
}

/// A kit extended by packs (`use arbitre_train::pack::WithPacks` to call it on a kit).
pub trait WithPacks {
    /// This kit with the packs' scenarios and questions added after its own. Each pack was
    /// checked against this kit, so the result holds the kit's rules.
    #[must_use]
    fn with_packs(&self, packs: &[CheckedPack]) -> CheckedKit;
}

impl WithPacks for CheckedKit {
    fn with_packs(&self, packs: &[CheckedPack]) -> CheckedKit {
        self.with_checked_training(
            packs.iter().flat_map(|p| p.scenarios.iter().cloned()),
            packs.iter().flat_map(|p| p.questions.iter().cloned()),
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    use arbitre_core::kit::test_kit;

    /// A pack with one scenario (the engine says VMs for a Windows-only application) and one
    /// question.
    pub(crate) const SAMPLE: &str = r#"(
    pack: "course",
    title: (fr: "Cours", en: "Course"),
    kit: "containers-vs-vms",
    scenarios: [
        (
            id: "scenario.course.one",
            title: (fr: "Un cabinet comptable", en: "An accounting firm"),
            situation: (
                fr: "Le cabinet dépend d'un logiciel qui ne tourne que sous Windows ; ses serveurs sont sous Linux.",
                en: "The firm depends on software that only runs on Windows; its servers run Linux.",
            ),
            ticks: ["vm.multiple-os", "vm.multiple-os.several-os"],
            expected: vms,
        ),
    ],
    questions: [
        (
            id: "question.course.one",
            section: summary,
            level: apply,
            prompt: (fr: "Laquelle ?", en: "Which one?"),
            choices: [(fr: "A", en: "A"), (fr: "B", en: "B"), (fr: "C", en: "C")],
            answer: 1,
            explain: (fr: "Parce que.", en: "Because."),
        ),
    ],
)"#;

    #[test]
    fn a_pack_is_recognised_checked_and_added_to_the_kit() {
        let kit = test_kit();
        assert!(is_pack_source(SAMPLE));
        assert!(!is_pack_source(arbitre_core::kit::BUILTIN_SOURCE));
        let pack = match load_str(SAMPLE, Path::new("course.ron"), &kit) {
            Ok(p) => p,
            Err(e) => panic!("{e}"),
        };
        let merged = kit.with_packs(&[pack]);
        assert_eq!(merged.scenarios.len(), kit.scenarios.len() + 1);
        assert_eq!(merged.questions.len(), kit.questions.len() + 1);
        assert_eq!(
            merged.scenarios.last().map(|s| s.id.as_str()),
            Some("scenario.course.one")
        );
    }

    fn problems(source: &str) -> String {
        match load_str(source, Path::new("course.ron"), &test_kit()) {
            Ok(_) => String::new(),
            Err(e) => e.to_string(),
        }
    }

    #[test]
    fn a_scenario_the_engine_contradicts_fails_with_its_position() {
        let e = problems(&SAMPLE.replace("expected: vms", "expected: containers"));
        assert!(e.starts_with("course.ron:7:"), "{e}");
        assert!(e.contains("the decision engine gives vms"), "{e}");
    }

    /// A pack's system scenario: each component must be placed by the engine, and the
    /// system's answer must be the kit's.
    #[test]
    fn a_pack_s_system_scenario_is_held_to_the_system_s_answer() {
        let system = SAMPLE.replace(
            r#"ticks: ["vm.multiple-os", "vm.multiple-os.several-os"],
            expected: vms,"#,
            r#"ticks: [],
            components: [
                (name: (fr: "ERP", en: "ERP"), situation: (fr: "Ancien.", en: "Old."),
                 ticks: ["choose.vms.legacy"]),
                (name: (fr: "Portail", en: "Portal"), situation: (fr: "Neuf.", en: "New."),
                 ticks: ["choose.containers.microservices"]),
            ],
            expected: hybrid,
            patterns: ["hybrid.lift-and-shift"],"#,
        );
        assert_ne!(system, SAMPLE);
        assert_eq!(problems(&system), "");
        let e =
            problems(&system.replace(r#"ticks: ["choose.containers.microservices"]"#, "ticks: []"));
        assert!(e.starts_with("course.ron:7:"), "{e}");
        assert!(e.contains("does not place component “Portal”"), "{e}");
        let e = problems(
            &system
                .replace("expected: hybrid", "expected: vms")
                .replace(r#"patterns: ["hybrid.lift-and-shift"],"#, ""),
        );
        assert!(
            e.contains("the decision engine gives hybrid (hybrid.lift-and-shift)"),
            "{e}"
        );
    }

    #[test]
    fn unknown_items_clashing_ids_and_another_kit_are_refused() {
        let e = problems(&SAMPLE.replace("\"vm.multiple-os.several-os\"", "\"vm.nope\""));
        assert!(e.contains("unknown item `vm.nope`"), "{e}");
        assert!(
            !e.contains("decision engine"),
            "the engine waits for valid ticks: {e}"
        );
        let builtin = test_kit();
        let Some(first) = builtin.scenarios.first() else {
            panic!("no scenario");
        };
        let e = problems(&SAMPLE.replace("scenario.course.one", &first.id));
        assert!(e.contains("the kit already has a scenario"), "{e}");
        let e = problems(&SAMPLE.replace("kit: \"containers-vs-vms\"", "kit: \"other\""));
        assert!(e.contains("written for the kit `other`"), "{e}");
        // Another pack already loaded with the same ids; a generated question's id.
        let first = match load_str(SAMPLE, Path::new("course.ron"), &builtin) {
            Ok(p) => p,
            Err(e) => panic!("{e}"),
        };
        let with_first = builtin.with_packs(&[first]);
        let e = load_str(
            &SAMPLE.replace("pack: \"course\"", "pack: \"again\""),
            Path::new("again.ron"),
            &with_first,
        )
        .err()
        .map(|e| e.to_string())
        .unwrap_or_default();
        assert!(
            e.contains("the kit already has a scenario `scenario.course.one`"),
            "{e}"
        );
        let e = problems(&SAMPLE.replace("question.course.one", "quiz.summary.mine"));
        assert!(e.contains("ids starting with `quiz.`"), "{e}");
        let e = problems(&SAMPLE.replace("expected: vms,", "expected: vms;"));
        assert!(
            e.starts_with("course.ron:"),
            "a syntax error names the file: {e}"
        );
    }
}
