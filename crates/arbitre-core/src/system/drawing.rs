//! The team's system as a drawing: each component by its name, in the box where it runs.
//! The same boxes as a kit's drawing ([`Shape`]), so the Recommendation screen and the
//! record's Mermaid diagram draw them as they draw the kit's. Nothing comes from the notes'
//! examples: the boxes are the options' and the boundaries' names, the rest is the team's.

use super::{Place, System, boundary};
use crate::i18n::Lang;
use crate::i18n::words::system::System as Words;
use crate::kit::{CheckedKit, Shape, Text};

/// The text in both languages, from the catalog.
fn both(word: impl Fn(&Words) -> String) -> Text {
    Text {
        fr: word(&Lang::Fr.words().system),
        en: word(&Lang::En.words().system),
    }
}

/// A box holding the named components.
fn group(label: Text, names: Vec<&str>) -> Shape {
    Shape {
        label,
        inside: names
            .into_iter()
            .map(|n| Shape {
                label: Text {
                    fr: n.to_owned(),
                    en: n.to_owned(),
                },
                inside: Vec::new(),
            })
            .collect(),
    }
}

/// The drawing of the team's system: the components in VMs, those in each VM boundary, those
/// that are a hybrid on their own, those in containers, those not placed yet; each group a
/// box, side by side. Empty for a session without components (the kit's drawing of the
/// outcome is drawn then, as before).
pub fn drawing(kit: &CheckedKit, system: &System) -> Vec<Shape> {
    if system.implicit {
        return Vec::new();
    }
    let names = |keep: &dyn Fn(&Place) -> bool| -> Vec<&str> {
        system
            .components
            .iter()
            .filter(|c| keep(&c.place))
            .map(|c| c.name.as_str())
            .collect()
    };
    let mut shapes = Vec::new();
    let vms = names(&|p| *p == Place::Vm);
    if !vms.is_empty() {
        shapes.push(group(both(|w| w.box_vms.to_owned()), vms));
    }
    for h in &kit.hybrids {
        let id = h.id.as_str();
        let inside = names(&|p| matches!(p, Place::InVm { architecture } if architecture == id));
        if !inside.is_empty() {
            let label = Text {
                fr: (Lang::Fr.words().system.box_boundary)(&boundary(kit, id, Lang::Fr)),
                en: (Lang::En.words().system.box_boundary)(&boundary(kit, id, Lang::En)),
            };
            shapes.push(group(label, inside));
        }
    }
    for c in &system.components {
        if matches!(c.place, Place::Hybrid { .. }) {
            let label = Text {
                fr: c.place.text(kit, Lang::Fr),
                en: c.place.text(kit, Lang::En),
            };
            shapes.push(group(label, vec![c.name.as_str()]));
        }
    }
    let containers = names(&|p| *p == Place::Containers);
    if !containers.is_empty() {
        shapes.push(group(both(|w| w.box_containers.to_owned()), containers));
    }
    let waiting = names(&|p| *p == Place::NotPlaced);
    if !waiting.is_empty() {
        shapes.push(group(both(|w| w.box_not_placed.to_owned()), waiting));
    }
    shapes
}
