//! A system's components: each has a name, one line of description and its own facts (ticks,
//! weights, notes, must-haves) and may carry the team's override of its placement. The
//! session's own facts are the facts for all of them (a compliance regime, a team's DevOps
//! practice). A session without components is one workload, exactly as before.

use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};

use super::{Edit, Override};

/// The longest component name kept (longer names are cut when loading).
pub const NAME_MAX: usize = 80;

/// One component of the system: what the team calls it and its own facts.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Component {
    /// Its name, as the team says it ("ERP", "portail web"): unique in the session.
    pub name: String,
    /// One line of description.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub description: String,
    /// Ticked item ids, for this component only.
    pub ticks: BTreeSet<String>,
    /// Criterion id → weight 0..=3, for this component only.
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub weights: BTreeMap<String, u8>,
    /// Criterion id → the team's note about this component.
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub notes: BTreeMap<String, String>,
    /// This component's must-haves (on its own ticks and weights).
    #[serde(skip_serializing_if = "BTreeSet::is_empty")]
    pub musts: BTreeSet<String>,
    /// The team's override of this component's placement.
    #[serde(rename = "override", skip_serializing_if = "Option::is_none")]
    pub override_: Option<Override>,
}

impl Component {
    /// A component with a name and a description, and no facts yet.
    pub fn new(name: &str, description: &str) -> Component {
        Component {
            name: clean_name(name),
            description: one_line(description),
            ..Component::default()
        }
    }

    /// Its facts, to edit.
    pub fn facts_mut(&mut self) -> FactsMut<'_> {
        FactsMut {
            ticks: &mut self.ticks,
            weights: &mut self.weights,
            notes: &mut self.notes,
            musts: &mut self.musts,
            override_: &mut self.override_,
        }
    }
}

/// A name as kept: one line, trimmed, at most [`NAME_MAX`] characters.
pub fn clean_name(name: &str) -> String {
    one_line(name).chars().take(NAME_MAX).collect()
}

/// Text on one line: line breaks and tabs become spaces, the ends trimmed.
pub fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Whether two component names are the same for the team (case and spaces aside).
pub fn same_name(a: &str, b: &str) -> bool {
    one_line(a).to_lowercase() == one_line(b).to_lowercase()
}

/// The facts of the system or of one component, borrowed to apply an edit: one piece of code
/// for both.
pub struct FactsMut<'a> {
    /// Ticked item ids.
    pub ticks: &'a mut BTreeSet<String>,
    /// Criterion id → weight.
    pub weights: &'a mut BTreeMap<String, u8>,
    /// Criterion id → note.
    pub notes: &'a mut BTreeMap<String, String>,
    /// Must-haves.
    pub musts: &'a mut BTreeSet<String>,
    /// The override.
    pub override_: &'a mut Option<Override>,
}

impl FactsMut<'_> {
    /// Applies a fact edit (tick, weight, note, must-have, override); returns whether anything
    /// changed. Other edits change nothing here.
    pub fn apply(self, edit: Edit) -> bool {
        match edit {
            Edit::Tick { id, on: true } => self.ticks.insert(id),
            // An unticked item is no longer a must-have: ticking it again starts afresh.
            Edit::Tick { id, on: false } => {
                self.musts.remove(&id);
                self.ticks.remove(&id)
            }
            Edit::Must { id, on: true } => {
                let answered = self.ticks.contains(&id) || self.weights.contains_key(&id);
                answered && self.musts.insert(id)
            }
            Edit::Must { id, on: false } => self.musts.remove(&id),
            Edit::Weight { id, weight } => {
                let weight = weight.min(3);
                if weight == 0 {
                    self.musts.remove(&id);
                    self.weights.remove(&id).is_some_and(|w| w != 0)
                } else {
                    self.weights.insert(id, weight) != Some(weight)
                }
            }
            Edit::Note { id, text } => {
                if text.is_empty() {
                    self.notes.remove(&id).is_some()
                } else {
                    self.notes.insert(id, text.clone()).as_ref() != Some(&text)
                }
            }
            Edit::Override(o) => {
                let changed = *self.override_ != o;
                *self.override_ = o;
                changed
            }
            _ => false,
        }
    }
}

/// A system of `n` components named "Service 1", "Service 2"…: in turn in containers (new
/// microservices that must scale), in a VM (a legacy monolith that cannot be containerised)
/// and in containers inside a dedicated VM (microservices under PCI-DSS). What the tests and
/// benchmarks of a large system open.
pub fn sample_system(kit: &crate::kit::CheckedKit, n: usize) -> super::Session {
    let mut session = super::Session::new(kit);
    session.components = (1..=n)
        .map(|i| {
            let ticks: &[&str] = match i % 3 {
                0 => &[
                    "choose.vms.legacy",
                    "vm.legacy-monolith.not-containerisable",
                ],
                1 => &[
                    "choose.containers.microservices",
                    "choose.containers.fast-scaling",
                ],
                _ => &[
                    "choose.containers.microservices",
                    "vm.compliance.security-standards",
                ],
            };
            Component {
                ticks: ticks.iter().map(|t| (*t).to_owned()).collect(),
                ..Component::new(&format!("Service {i}"), &format!("Service number {i}"))
            }
        })
        .collect();
    session
}

#[cfg(test)]
mod tests {
    use crate::kit::CheckedKit;
    use crate::system::Place;

    #[test]
    fn the_sample_system_places_its_services_in_turn() {
        let kit = CheckedKit::builtin().unwrap_or_else(|e| panic!("{e}"));
        let system = super::sample_system(&kit, 6).system(&kit);
        let places: Vec<&Place> = system.components.iter().map(|c| &c.place).collect();
        assert!(matches!(places[0], Place::Containers), "{places:?}");
        assert!(matches!(places[1], Place::InVm { .. }), "{places:?}");
        assert!(matches!(places[2], Place::Vm), "{places:?}");
        assert_eq!(places[3], places[0]);
        assert_eq!(system.components[5].name, "Service 6");
    }
}
