//! The architecture to draw for a decision, read from the kit: one function for the
//! Recommendation screen and the ADR's Mermaid diagram, so both draw the same thing.

use super::{Decision, Outcome};
use crate::i18n::Lang;
use crate::kit::{CheckedKit, OptionId, Shape, Text};

/// One drawing: what it shows and its boxes (side by side at each level).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Drawing<'k> {
    /// The option's or the hybrid architecture's name.
    pub title: &'k Text,
    /// The outermost boxes, side by side.
    pub shapes: &'k [Shape],
}

impl Drawing<'_> {
    /// The drawing in words, for screen readers and tests: `A [B [C], D]`.
    pub fn description(&self, lang: Lang) -> String {
        fn walk(shapes: &[Shape], lang: Lang, out: &mut String) {
            for (i, s) in shapes.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                out.push_str(s.label.get(lang));
                if !s.inside.is_empty() {
                    out.push_str(" [");
                    walk(&s.inside, lang, out);
                    out.push(']');
                }
            }
        }
        let mut out = String::new();
        walk(self.shapes, lang, &mut out);
        out
    }
}

/// What to draw for a decision: the option's drawing for containers or VMs, one drawing per
/// chosen architecture for a hybrid, nothing when undecided or when a hybrid names no
/// architecture (the screen then says so and suggests ticking the architectures that fit).
pub fn drawings<'k>(kit: &'k CheckedKit, decision: &Decision) -> Vec<Drawing<'k>> {
    match decision.outcome {
        Outcome::Undecided => Vec::new(),
        Outcome::Hybrid => decision
            .patterns
            .iter()
            .filter_map(|p| kit.hybrid(p))
            .filter(|h| !h.drawing.is_empty())
            .map(|h| Drawing {
                title: &h.name,
                shapes: &h.drawing,
            })
            .collect(),
        Outcome::Containers | Outcome::Vms => {
            let option = if decision.outcome == Outcome::Vms {
                OptionId::Vms
            } else {
                OptionId::Containers
            };
            kit.option(option)
                .filter(|o| !o.drawing.is_empty())
                .map(|o| Drawing {
                    title: &o.short,
                    shapes: &o.drawing,
                })
                .into_iter()
                .collect()
        }
    }
}
