//! What the kit holds for records, the app's own reading of the notes: a hybrid
//! architecture's layout and consequences, an item as a force, and whether a consequence's
//! concern was raised by a team's answers.

use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};

use super::{Kit, Text};

/// How a hybrid architecture puts its VMs and containers together.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum HybridLayout {
    /// The containers run inside the VMs.
    Layered,
    /// The VMs and the containers each run a part of the system, side by side.
    SideBySide,
}

/// A consequence of choosing a hybrid architecture: good or bad, and when it matters.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Consequence {
    /// Good (true) or bad (false).
    pub good: bool,
    /// The items, criteria or concerns that make it matter: it is written when one of them
    /// was raised (ticked, or weighted 1 or more, or one of its concern raised). Empty: always.
    #[serde(default)]
    pub when: Vec<String>,
    /// What it is, as the clause after "because" (a sentence of the app's own).
    pub text: Text,
}

impl Kit {
    /// A tickable thing as a force, for a record's decision drivers: an item's `force`, a
    /// VM case's title, a hybrid architecture's name.
    pub fn force(&self, id: &str) -> Option<&Text> {
        let items = self
            .vm_cases
            .iter()
            .flat_map(|c| c.details.iter())
            .chain(self.summary.iter().flat_map(|l| l.statements.iter()));
        let mut items = items;
        items
            .find(|i| i.id == id)
            .and_then(|i| i.force.as_ref())
            .or_else(|| self.vm_cases.iter().find(|c| c.id == id).map(|c| &c.title))
            .or_else(|| self.hybrids.iter().find(|h| h.id == id).map(|h| &h.name))
    }

    /// Whether a consequence's `when` applies to these answers: one of its ids is ticked or
    /// weighted, or is the concern of something ticked or weighted. An empty `when` always
    /// applies.
    pub fn raised(
        &self,
        when: &[String],
        ticks: &BTreeSet<String>,
        weights: &BTreeMap<String, u8>,
    ) -> bool {
        if when.is_empty() {
            return true;
        }
        let ticked = self
            .ticks_iter()
            .filter(|t| ticks.contains(t.id))
            .map(|t| (t.id, t.concern));
        let weighted = self
            .criteria
            .iter()
            .filter(|c| weights.get(&c.id).is_some_and(|w| *w > 0))
            .map(|c| (c.id.as_str(), c.concern()));
        let mut raised = ticked.chain(weighted);
        raised.any(|(id, concern)| when.iter().any(|w| w == id || w == concern))
    }
}
