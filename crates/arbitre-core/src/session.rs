//! What one team answered: ticks, weights, notes, the override and the ADR metadata, for one
//! workload or for a system of [`Component`]s. Saved as RON with a format version.

mod component;

pub use component::{
    Component, FactsMut, NAME_MAX, clean_name, one_line, same_name, sample_system,
};

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use serde::{Deserialize, Serialize};

use crate::decide::{self, Answers, Decision, Recommendation};
use crate::files::{self, WriteError};
use crate::i18n::Lang;
use crate::kit::{self, CheckedKit, LoadError, OptionId};

/// The session format this build writes: 2 adds the system's components.
/// Formats 0 (no `format` field) and 1 are read and migrated (they have no components: one
/// workload, answered exactly as before).
pub const FORMAT_VERSION: u32 = 2;

/// The kit a session was made with.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct KitRef {
    /// The kit's id.
    pub id: String,
    /// The kit's version.
    pub version: u32,
}

/// The team's override of the recommendation.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Override {
    /// The option the team chose instead.
    pub outcome: OptionId,
    /// For a hybrid, the architectures chosen.
    pub patterns: Vec<String>,
    /// Why: required, never empty.
    pub justification: String,
}

/// The ADR template.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Template {
    /// MADR 4.0.0.
    #[default]
    Madr,
    /// Michael Nygard's, as adr-tools writes it.
    Nygard,
}

/// How much the ADR says.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Detail {
    /// What a reviewer reads: the rationale in domain words, the chosen option's
    /// consequences, the table once (the default).
    #[default]
    Concise,
    /// Everything: every reason with its points, the table under each option too.
    Full,
}

/// An ADR's status.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    /// Proposed (new records start here).
    #[default]
    Proposed,
    /// Accepted.
    Accepted,
    /// Rejected.
    Rejected,
    /// Deprecated.
    Deprecated,
    /// Superseded by another record.
    Superseded,
}

/// The ADR's metadata and free text.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct AdrMeta {
    /// Title.
    pub title: String,
    /// Status.
    pub status: Status,
    /// Date, `YYYY-MM-DD`; empty means today.
    pub date: String,
    /// Who decides.
    pub decision_makers: Vec<String>,
    /// Who was consulted.
    pub consulted: Vec<String>,
    /// Who is informed.
    pub informed: Vec<String>,
    /// Context and problem statement.
    pub context: String,
    /// Extra consequences written by the team.
    pub consequences: String,
    /// How compliance with the decision is confirmed.
    pub confirmation: String,
    /// Links to other ADRs and issue trackers.
    pub links: Vec<String>,
    /// The document's language, apart from the UI's.
    pub lang: Lang,
    /// The template.
    pub template: Template,
    /// Concise (the default) or full.
    #[serde(skip_serializing_if = "is_concise")]
    pub detail: Detail,
    /// Lines another tool added to a Nygard record's status section (adr-tools' `link`:
    /// `Amends [1. …](…)`), kept and written again.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub status_lines: Vec<String>,
}

// serde's `skip_serializing_if` passes a reference.
#[allow(clippy::trivially_copy_pass_by_ref)]
fn is_concise(detail: &Detail) -> bool {
    *detail == Detail::Concise
}

/// A team's answers.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Session {
    /// The file format version.
    pub format: u32,
    /// The kit it was made with.
    pub kit: KitRef,
    /// Ticked item ids.
    pub ticks: BTreeSet<String>,
    /// Criterion id → weight 0..=3.
    pub weights: BTreeMap<String, u8>,
    /// Criterion id → the team's note.
    pub notes: BTreeMap<String, String>,
    /// The team's override, if any.
    #[serde(rename = "override")]
    pub override_: Option<Override>,
    /// The ADR's metadata.
    pub adr: AdrMeta,
    /// Ticked items and weighted criteria the team marked as must-haves: facts, not
    /// preferences (see [`crate::decide`]). Absent from older files: none.
    #[serde(skip_serializing_if = "BTreeSet::is_empty")]
    pub musts: BTreeSet<String>,
    /// The system's components, each with its own facts; the facts above are then the facts
    /// for all of them. Empty: one workload, the session as before format 2.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub components: Vec<Component>,
}

impl Default for Session {
    fn default() -> Self {
        Session {
            format: FORMAT_VERSION,
            kit: KitRef::default(),
            ticks: BTreeSet::new(),
            weights: BTreeMap::new(),
            notes: BTreeMap::new(),
            override_: None,
            adr: AdrMeta::default(),
            musts: BTreeSet::new(),
            components: Vec::new(),
        }
    }
}

/// One change to a session, as the views ask for it (and as undo will replay it).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Edit {
    /// Tick or untick an item.
    Tick {
        /// The item.
        id: String,
        /// Ticked or not.
        on: bool,
    },
    /// Set a criterion's weight (0..=3).
    Weight {
        /// The criterion.
        id: String,
        /// The weight.
        weight: u8,
    },
    /// Set a criterion's note.
    Note {
        /// The criterion.
        id: String,
        /// The note; empty removes it.
        text: String,
    },
    /// Mark a ticked item or a weighted criterion as a must-have, or not.
    Must {
        /// The item or criterion.
        id: String,
        /// A must-have or not.
        on: bool,
    },
    /// Set or clear the override.
    Override(Option<Override>),
    /// Replace the ADR metadata.
    Adr(Box<AdrMeta>),
    /// A fact edit (tick, weight, note, must-have, override) of one component.
    In {
        /// The component's index.
        component: usize,
        /// The edit.
        edit: Box<Edit>,
    },
    /// Add a component at the end (refused when its name is empty or taken).
    AddComponent(Box<Component>),
    /// Rename a component and rewrite its description (refused when the name is empty or
    /// another component's).
    DescribeComponent {
        /// The component's index.
        component: usize,
        /// Its new name.
        name: String,
        /// Its new description.
        description: String,
    },
    /// Remove a component, with its facts (undo brings it back).
    RemoveComponent(usize),
    /// Move a component to another place in the list.
    MoveComponent {
        /// Its index now.
        from: usize,
        /// Its index after.
        to: usize,
    },
}

/// A session read from a file, with what had to be dropped.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Loaded {
    /// The session, holding only ids the kit knows.
    pub session: Session,
    /// Ids the kit does not know, dropped while loading.
    pub dropped: Vec<String>,
    /// Weights out of range, brought down to 3 while loading: the criterion and the weight
    /// the file gave.
    pub clamped: Vec<(String, u8)>,
}

impl Session {
    /// A new, empty session for a kit.
    pub fn new(kit: &CheckedKit) -> Session {
        Session {
            kit: KitRef {
                id: kit.id.clone(),
                version: kit.version,
            },
            ..Session::default()
        }
    }

    /// Applies an edit; returns whether anything changed.
    pub fn apply(&mut self, edit: Edit) -> bool {
        match edit {
            Edit::Adr(meta) => {
                let changed = self.adr != *meta;
                self.adr = *meta;
                changed
            }
            Edit::In { component, edit } => self
                .components
                .get_mut(component)
                .is_some_and(|c| c.facts_mut().apply(*edit)),
            Edit::AddComponent(c) => {
                let mut c = *c;
                c.name = clean_name(&c.name);
                c.description = one_line(&c.description);
                let free = !c.name.is_empty() && self.name_free(&c.name, None);
                if free {
                    self.components.push(c);
                }
                free
            }
            Edit::DescribeComponent {
                component,
                name,
                description,
            } => {
                let (name, description) = (clean_name(&name), one_line(&description));
                if name.is_empty() || !self.name_free(&name, Some(component)) {
                    return false;
                }
                self.components.get_mut(component).is_some_and(|c| {
                    let changed = c.name != name || c.description != description;
                    c.name = name;
                    c.description = description;
                    changed
                })
            }
            Edit::RemoveComponent(i) => {
                let known = i < self.components.len();
                if known {
                    self.components.remove(i);
                }
                known
            }
            Edit::MoveComponent { from, to } => {
                let n = self.components.len();
                let moves = from < n && to < n && from != to;
                if moves {
                    let c = self.components.remove(from);
                    self.components.insert(to, c);
                }
                moves
            }
            fact => self.facts_mut().apply(fact),
        }
    }

    /// The facts for the whole system (or the one workload), to edit.
    pub fn facts_mut(&mut self) -> FactsMut<'_> {
        FactsMut {
            ticks: &mut self.ticks,
            weights: &mut self.weights,
            notes: &mut self.notes,
            musts: &mut self.musts,
            override_: &mut self.override_,
        }
    }

    /// Whether no component but `except` has this name (case and spaces aside).
    pub fn name_free(&self, name: &str, except: Option<usize>) -> bool {
        !self
            .components
            .iter()
            .enumerate()
            .any(|(i, c)| Some(i) != except && same_name(&c.name, name))
    }

    /// The component with this name (case and spaces aside).
    pub fn component_named(&self, name: &str) -> Option<usize> {
        self.components
            .iter()
            .position(|c| same_name(&c.name, name))
    }

    /// The engine's answer for this session.
    pub fn recommend(&self, kit: &CheckedKit) -> Recommendation {
        decide::recommend(
            kit,
            Answers {
                ticks: &self.ticks,
                weights: &self.weights,
                musts: &self.musts,
            },
        )
    }

    /// What the team decided: its override, else the engine's answer in `rec` (this
    /// session's recommendation).
    pub fn decision(&self, rec: &Recommendation) -> Decision {
        match &self.override_ {
            Some(o) => Decision::chosen(o.outcome, &o.patterns),
            None => Decision::engine(rec),
        }
    }

    /// Parses a session from RON and fits it to the kit.
    pub fn parse(source: &str, file: &Path, kit: &CheckedKit) -> Result<Loaded, LoadError> {
        // Read the version first, so a newer file gets a clear message rather than a
        // confusing shape error.
        #[derive(Deserialize)]
        struct Version {
            #[serde(default)]
            format: u32,
        }
        let source = kit::strip_bom(source);
        let options = ron::Options::default();
        let version: u32 = options
            .from_str::<ron::Value>(source)
            .map_err(|e| kit::syntax_error(file, &e))
            .and_then(|v| {
                v.into_rust::<Version>()
                    .map(|v| v.format)
                    .map_err(|e| LoadError::Syntax {
                        file: file.to_owned(),
                        line: 1,
                        column: 1,
                        message: kit::Syntax::NotASession(Box::new(e)),
                    })
            })?;
        if version > FORMAT_VERSION {
            return Err(kit::Refusal::NewerSession {
                format: version,
                reads: FORMAT_VERSION,
            }
            .at(file));
        }
        let session: Session = ron::from_str(source).map_err(|e| kit::syntax_error(file, &e))?;
        Ok(session.fit(kit))
    }

    /// Reads a session file.
    pub fn open(path: &Path, kit: &CheckedKit) -> Result<Loaded, LoadError> {
        let source = kit::read_text_file(path)?;
        Session::parse(&source, path, kit)
    }

    /// Keeps what the kit knows and lists what it drops; upgrades the format. Components keep
    /// a clean, unique name (a duplicate gets a number).
    pub fn fit(mut self, kit: &CheckedKit) -> Loaded {
        let mut dropped = Vec::new();
        let mut clamped = Vec::new();
        fit_facts(kit, &mut self.facts_mut(), &mut dropped, &mut clamped);
        let mut components = std::mem::take(&mut self.components);
        for (i, c) in components.iter_mut().enumerate() {
            fit_facts(kit, &mut c.facts_mut(), &mut dropped, &mut clamped);
            c.description = one_line(&c.description);
            let base = match clean_name(&c.name) {
                n if n.is_empty() => format!("{}", i + 1),
                n => n,
            };
            let mut name = base.clone();
            let mut n = 2;
            while !self.name_free(&name, None) {
                name = format!("{base} ({n})");
                n += 1;
            }
            c.name = name;
            self.components.push(c.clone());
        }
        self.format = FORMAT_VERSION;
        if self.kit.id.is_empty() {
            self.kit = KitRef {
                id: kit.id.clone(),
                version: kit.version,
            };
        }
        dropped.sort();
        dropped.dedup();
        Loaded {
            session: self,
            dropped,
            clamped,
        }
    }

    /// The session as RON text.
    pub fn to_ron(&self) -> String {
        let pretty = ron::ser::PrettyConfig::new()
            .depth_limit(4)
            .struct_names(false);
        // Serializing plain data to a String cannot fail; fall back to the compact form.
        ron::ser::to_string_pretty(self, pretty)
            .or_else(|_| ron::to_string(self))
            .unwrap_or_default()
    }

    /// Saves atomically where `target` says, replacing a file there only as it allows.
    pub fn save(&self, target: &files::WriteTarget) -> Result<(), WriteError> {
        let mut text = self.to_ron();
        text.push('\n');
        files::write_to(target, text.as_bytes())
    }
}

/// Keeps the facts the kit knows, listing what it drops and the weights it brings down to 3.
fn fit_facts(
    kit: &CheckedKit,
    f: &mut FactsMut<'_>,
    dropped: &mut Vec<String>,
    clamped: &mut Vec<(String, u8)>,
) {
    let mut drop_unknown = |id: &String, known: bool| {
        if !known {
            dropped.push(id.clone());
        }
        known
    };
    f.ticks
        .retain(|id| drop_unknown(id, kit.tick(id).is_some()));
    f.weights
        .retain(|id, _| drop_unknown(id, kit.criterion(id).is_some()));
    for (id, w) in f.weights.iter_mut() {
        if *w > 3 {
            clamped.push((id.clone(), *w));
            *w = 3;
        }
    }
    f.notes
        .retain(|id, _| drop_unknown(id, kit.criterion(id).is_some()));
    // A must-have counts only on a ticked item or a weighted criterion.
    let (ticks, weights) = (&*f.ticks, &*f.weights);
    f.musts.retain(|id| {
        let known = kit.tick(id).is_some() || kit.criterion(id).is_some();
        drop_unknown(id, known) && (ticks.contains(id) || weights.get(id).is_some_and(|w| *w > 0))
    });
    if let Some(o) = f.override_.as_mut() {
        o.patterns
            .retain(|id| drop_unknown(id, kit.hybrid(id).is_some()));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::kit::test_kit as kit;

    #[test]
    fn save_then_open_is_identical() -> Result<(), Box<dyn std::error::Error>> {
        let kit = kit();
        let mut s = Session::new(&kit);
        s.ticks.insert("vm.compliance".into());
        s.weights.insert("startup-time".into(), 2);
        s.notes.insert(
            "startup-time".into(),
            "Démarrage | rapide \"vite\"\n`x`".into(),
        );
        s.adr.title = "Héberger quote-app".into();
        s.override_ = Some(Override {
            outcome: OptionId::Hybrid,
            patterns: vec!["hybrid.cicd".into()],
            justification: "parce que".into(),
        });
        let dir = tempfile::tempdir()?;
        let p = dir.path().join("s.ron");
        s.save(&files::WriteTarget::new(&p))?;
        let loaded = Session::open(&p, &kit)?;
        assert_eq!(loaded.session, s);
        assert!(loaded.dropped.is_empty());
        Ok(())
    }

    #[test]
    fn musts_round_trip_count_only_while_ticked_and_old_files_open() -> Result<(), LoadError> {
        let kit = kit();
        let mut s = Session::new(&kit);
        // Not ticked: no must-have.
        assert!(!s.apply(Edit::Must {
            id: "choose.containers.fast-scaling".into(),
            on: true
        }));
        s.apply(Edit::Tick {
            id: "choose.containers.fast-scaling".into(),
            on: true,
        });
        assert!(s.apply(Edit::Must {
            id: "choose.containers.fast-scaling".into(),
            on: true
        }));
        s.apply(Edit::Tick {
            id: "vm.compliance".into(),
            on: true,
        });
        assert_eq!(
            s.recommend(&kit).musts,
            vec!["choose.containers.fast-scaling".to_owned()]
        );
        let text = s.to_ron();
        assert!(text.contains("musts"), "{text}");
        let back = Session::parse(&text, Path::new("s.ron"), &kit)?;
        assert_eq!(back.session, s);
        // Unticking drops the must-have; weighting 0 too.
        s.apply(Edit::Tick {
            id: "choose.containers.fast-scaling".into(),
            on: false,
        });
        assert!(s.musts.is_empty());
        // A file without `musts` (every file written before) opens unchanged, with none.
        let old = Session::parse(
            r#"(format: 1, ticks: ["vm.compliance"])"#,
            Path::new("o.ron"),
            &kit,
        )?;
        assert!(old.session.musts.is_empty() && old.dropped.is_empty());
        assert!(!old.session.to_ron().contains("musts"));
        Ok(())
    }

    #[test]
    fn unknown_ids_are_dropped_and_listed() -> Result<(), LoadError> {
        let kit = kit();
        let src = r#"(format: 1, ticks: ["vm.compliance", "vm.nope"], weights: {"speed": 2})"#;
        let l = Session::parse(src, Path::new("s.ron"), &kit)?;
        assert_eq!(l.dropped, vec!["speed".to_string(), "vm.nope".to_string()]);
        assert!(l.session.ticks.contains("vm.compliance"));
        Ok(())
    }

    #[test]
    fn an_unversioned_session_migrates_to_the_current_format() -> Result<(), LoadError> {
        // Format 0: files written before the version field existed.
        let kit = kit();
        let l = Session::parse(
            r#"(ticks: ["vm.compliance"], weights: {"startup-time": 9})"#,
            Path::new("old.ron"),
            &kit,
        )?;
        assert_eq!(l.session.format, FORMAT_VERSION);
        assert_eq!(l.session.kit.id, kit.id);
        assert_eq!(
            l.session.weights.get("startup-time"),
            Some(&3),
            "weights clamp to 0..=3"
        );
        assert!(l.dropped.is_empty());
        // … and say so (the window's `Notice::Fitted` words it from the catalog).
        assert_eq!(l.clamped, [("startup-time".to_owned(), 9)]);
        Ok(())
    }

    #[test]
    fn newer_format_is_refused() {
        let kit = kit();
        let e = Session::parse("(format: 99)", Path::new("s.ron"), &kit)
            .err()
            .map(|e| e.to_string())
            .unwrap_or_default();
        assert!(e.contains("s.ron") && e.contains("newer"), "{e}");
    }

    #[test]
    fn syntax_errors_name_line_and_column() {
        let kit = kit();
        let e = Session::parse("(format: 1,\n ticks: [\"a\",, ])", Path::new("s.ron"), &kit)
            .err()
            .map(|e| e.to_string())
            .unwrap_or_default();
        assert!(e.starts_with("s.ron:2:"), "{e}");
    }

    #[test]
    fn a_byte_order_mark_is_accepted() -> Result<(), LoadError> {
        let kit = kit();
        let l = Session::parse(
            "\u{feff}(format: 1, ticks: [\"vm.compliance\"])",
            Path::new("s.ron"),
            &kit,
        )?;
        assert!(l.session.ticks.contains("vm.compliance"));
        Ok(())
    }
}
