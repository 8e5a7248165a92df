//! The record of a system of components: one decision for the system. The title, context,
//! people and status are the team's, as in every record; the outcome is the system's (said
//! as the team's decision, with its justification when the team overrode it), then a table
//! of the components with their placement and the one-line why ([`Placed::why`]), the
//! architectures with their consequences for these components (a consequence names the
//! components whose facts raise it), the options at system level in a few words, and the
//! team's system drawn by its names through the same Mermaid function as the kit's
//! drawings. Nothing comes from the notes' examples. In full detail, each component's
//! reasons and what would change its placement follow.

#[allow(clippy::wildcard_imports)]
use super::*;

use arbitre_core::decide::Decision;
use arbitre_core::i18n::words::system_doc::SystemDoc;
use arbitre_core::kit::HybridLayout;
use arbitre_core::system::{Place, Placed, System};
use content::{Choice, Verdict};

/// What a system's record needs: the record's context (its chosen option the system's), the
/// system's answer and the outcome the placements lead to.
struct Sys<'a> {
    input: &'a AdrInput<'a>,
    cx: Ctx<'a>,
    system: System,
    full: bool,
}

/// A decision as the record names it.
fn choice<'k>(kit: &'k CheckedKit, decision: &Decision) -> Choice<'k> {
    let option = decision.outcome.option();
    Choice {
        option,
        patterns: if option == Some(OptionId::Hybrid) {
            kit.hybrids
                .iter()
                .filter(|h| decision.patterns.contains(&h.id))
                .collect()
        } else {
            Vec::new()
        },
    }
}

impl<'a> Sys<'a> {
    fn new(input: &'a AdrInput<'a>) -> Sys<'a> {
        let kit = input.kit;
        let session = input.session;
        let system = session.system(kit);
        let mut cx = Ctx::new(input);
        cx.chosen = choice(kit, &system.decision);
        // Where the placements lead, the team's override of the system aside.
        cx.recommended = choice(kit, &system.derived);
        Sys {
            input,
            cx,
            system,
            full: session.adr.detail == Detail::Full,
        }
    }

    fn sw(&self) -> &'static SystemDoc {
        &self.cx.lang.words().system_doc
    }

    /// An option at system level, raw: "Everything in containers", "Everything in VMs",
    /// "Hybrid: A + B".
    fn title(&self, c: &Choice<'_>) -> String {
        match c.option {
            Some(OptionId::Containers) => self.sw().all_containers.to_owned(),
            Some(OptionId::Vms) => self.sw().all_vms.to_owned(),
            _ => self.cx.choice_title(c),
        }
    }

    /// An option in the document's quotes (MADR writes `"…"` in English).
    fn quote(&self, c: &Choice<'_>, madr: bool) -> String {
        let title = self.title(c);
        if madr && self.cx.lang == Lang::En {
            format!("\"{title}\"")
        } else {
            (self.cx.w().quote)(&title)
        }
    }

    /// The components' names, raw, as a list ("a, b and c").
    fn names(&self, keep: impl Fn(&Placed) -> bool) -> String {
        let names: Vec<String> = self
            .system
            .components
            .iter()
            .filter(|c| keep(c))
            .map(|c| c.name.clone())
            .collect();
        self.cx.list(&names)
    }

    /// The outcome's opening, escaped: the chosen option and why, or which components wait;
    /// under the team's override, its justification and where the placements lead.
    fn outcome(&self, madr: bool) -> Vec<String> {
        let (cx, sw, w) = (&self.cx, self.sw(), self.cx.w());
        let chosen = self.quote(&cx.chosen, madr);
        let label = cx.lang.colon(w.chosen_option);
        let mut out = Vec::new();
        match cx.override_ {
            Some(o) => {
                out.push(if madr {
                    escape::inline(&format!("{label} {chosen}, {}", w.team_chose))
                } else {
                    escape::inline(&(sw.we_will_system_chosen)(&chosen))
                });
                let justification = escape::block(&o.justification);
                out.push(if justification.is_empty() {
                    escape::inline(w.no_justification)
                } else {
                    justification
                });
                if cx.recommended.option.is_some() {
                    let derived = self.quote(&cx.recommended, madr);
                    out.push(escape::inline(&(sw.placements_lead_to)(&derived)));
                }
            }
            None if cx.chosen.option.is_none() => {
                let waiting: Vec<String> = self
                    .system
                    .waiting
                    .iter()
                    .filter_map(|i| self.system.components.get(*i))
                    .map(|c| c.name.clone())
                    .collect();
                out.push(escape::inline(&(sw.waiting)(&cx.list(&waiting))));
            }
            None if madr => out.push(format!(
                "{} {}, {}",
                escape::inline(&label),
                escape::inline(&chosen),
                cx.lang.colon(&cx.because(sw.placed_because))
            )),
            None => out.push(escape::inline(&(sw.we_will_system)(&chosen))),
        }
        out
    }

    /// The table: each component, its placement and why, escaped cell by cell.
    fn table(&self) -> String {
        let (kit, lang, sw) = (self.cx.kit, self.cx.lang, self.sw());
        let mut rows = vec![
            format!(
                "| {} | {} | {} |",
                escape::cell(sw.col_component),
                escape::cell(sw.col_placement),
                escape::cell(sw.col_why)
            ),
            "| --- | --- | --- |".to_owned(),
        ];
        for c in &self.system.components {
            let place = c.place.text(kit, lang);
            let place = if c.justification.is_some() {
                (sw.team_choice)(&place)
            } else {
                place
            };
            rows.push(format!(
                "| {} | {} | {} |",
                escape::cell(&c.name),
                escape::cell(&place),
                escape::cell(&c.why(kit, lang))
            ));
        }
        rows.join("\n")
    }

    /// Each chosen architecture's line from the kit: "Architecture: name — what it is".
    fn architectures(&self) -> Vec<String> {
        let cx = &self.cx;
        cx.chosen
            .patterns
            .iter()
            .map(|h| {
                escape::inline(&format!(
                    "{} {} — {}.",
                    cx.lang.colon(cx.k(&cx.kit.headings.architecture)),
                    cx.k(&h.name),
                    cx.k(&h.architecture)
                ))
            })
            .collect()
    }

    /// Whether a component takes part in an architecture: inside a layered one's VM
    /// boundary; placed at all for a side-by-side one.
    fn takes_part(h: &Hybrid, c: &Placed) -> bool {
        match &c.place {
            Place::NotPlaced => false,
            Place::InVm { architecture } => {
                h.layout != HybridLayout::Layered || *architecture == h.id
            }
            Place::Hybrid { architectures } => architectures.contains(&h.id),
            Place::Containers | Place::Vm => h.layout == HybridLayout::SideBySide,
        }
    }

    /// The chosen architectures' consequences for these components, raw, good first: each
    /// one raised by some components' facts with their names; each one that holds always,
    /// that the system's own facts raise or that every component raises, once.
    fn arch_consequences(&self) -> Vec<(Verdict, String)> {
        let (kit, session) = (self.cx.kit, self.cx.session);
        let facts: Vec<_> = (0..session.components.len())
            .map(|i| arbitre_core::system::facts(kit, session, i))
            .collect();
        let mut out: Vec<(Verdict, String)> = Vec::new();
        for h in &self.cx.chosen.patterns {
            let part: Vec<usize> = (0..self.system.components.len())
                .filter(|i| Self::takes_part(h, &self.system.components[*i]))
                .collect();
            if part.is_empty() && self.cx.override_.is_none() {
                continue;
            }
            for q in &h.consequences {
                let verdict = if q.good { Verdict::Good } else { Verdict::Bad };
                let text = self.cx.k(&q.text);
                let names: Vec<String> = part
                    .iter()
                    .filter(|i| kit.raised(&q.when, &facts[**i].ticks, &facts[**i].weights))
                    .map(|i| self.system.components[*i].name.clone())
                    .collect();
                let whole = q.when.is_empty()
                    || (names.len() == part.len() && part.len() > 1)
                    || (names.is_empty() && kit.raised(&q.when, &session.ticks, &session.weights));
                let item = if whole {
                    text.to_owned()
                } else if names.is_empty() {
                    continue;
                } else {
                    (self.sw().concerns)(text, &self.cx.list(&names))
                };
                if !out.iter().any(|(_, t)| t == &item) {
                    out.push((verdict, item));
                }
            }
        }
        out.sort_by_key(|(v, _)| *v != Verdict::Good);
        out
    }

    /// The Consequences: the architectures' for these components (a hybrid without one,
    /// each side where needed; containers or VMs for all, what the system gets and
    /// accepts), then the team's own.
    fn consequences(&self) -> Vec<String> {
        let cx = &self.cx;
        let items = match cx.chosen.option {
            None => {
                let mut out = vec![escape::inline(cx.w().consequences_later)];
                out.extend(self.team_consequences());
                return out;
            }
            Some(OptionId::Hybrid) if !cx.chosen.patterns.is_empty() => self.arch_consequences(),
            Some(OptionId::Hybrid) => cx.generic_hybrid(),
            Some(side) => cx.side_consequences(side),
        };
        let mut out = vec![cx.verdicts(&items, true)];
        out.extend(self.team_consequences());
        out
    }

    fn team_consequences(&self) -> Option<String> {
        let team = escape::block(&self.cx.session.adr.consequences);
        (!team.is_empty()).then_some(team)
    }

    /// The options at system level: everything in containers, everything in VMs, the hybrid
    /// chosen or the placements lead to (a hybrid in general when neither is one).
    fn considered(&self) -> Vec<Choice<'a>> {
        let cx = &self.cx;
        let side = |o| Choice {
            option: Some(o),
            patterns: Vec::new(),
        };
        let mut out = vec![side(OptionId::Containers), side(OptionId::Vms)];
        for c in [&cx.chosen, &cx.recommended] {
            if c.option == Some(OptionId::Hybrid) && !out.iter().any(|o| o.same(c)) {
                out.push(c.clone());
            }
        }
        if out.len() == 2 {
            out.push(side(OptionId::Hybrid));
        }
        out
    }

    /// An option's pros and cons at system level, in a line or two: which components it
    /// suits and which it does not; the chosen hybrid's are its consequences.
    fn pros_and_cons(&self, c: &Choice<'_>) -> Vec<String> {
        let (cx, sw) = (&self.cx, self.sw());
        let chosen = c.same(&cx.chosen);
        let fits: fn(&Place) -> bool = match c.option {
            Some(OptionId::Containers) => |p| *p == Place::Containers,
            Some(OptionId::Vms) => |p| *p == Place::Vm,
            _ => {
                if chosen && !c.patterns.is_empty() {
                    return vec![escape::inline(cx.w().see_consequences)];
                }
                let items = [
                    (Verdict::Good, sw.placed_because.to_owned()),
                    (Verdict::Bad, cx.w().hybrid_bad.to_owned()),
                ];
                return vec![cx.verdicts(&items, false)];
            }
        };
        let placed = |p: &Place| *p != Place::NotPlaced;
        let suits = self.names(|p| fits(&p.place));
        let not = self.names(|p| placed(&p.place) && !fits(&p.place));
        let mut items = Vec::new();
        if !suits.is_empty() {
            items.push((Verdict::Good, (sw.suits)(&suits)));
        }
        if !not.is_empty() {
            items.push((Verdict::Bad, (sw.does_not_suit)(&not)));
        }
        if items.is_empty() {
            return Vec::new();
        }
        vec![cx.verdicts(&items, false)]
    }

    /// The team's system drawn: its heading (or, in Nygard, its label) and the Mermaid.
    fn drawing(&self, heading: bool) -> Vec<String> {
        let cx = &self.cx;
        let shapes = arbitre_core::system::drawing(cx.kit, &self.system);
        if shapes.is_empty() {
            return Vec::new();
        }
        let title = self.sw().drawing_title;
        vec![
            if heading {
                format!("### {}", escape::inline(title))
            } else {
                escape::inline(&cx.lang.colon(title))
            },
            cx.mermaid(&shapes),
        ]
    }

    /// Full detail: each component's reasons and what would change its placement, as the
    /// record of one workload words them.
    fn components_detail(&self) -> Vec<String> {
        let mut out = Vec::new();
        for (placed, component) in self
            .system
            .components
            .iter()
            .zip(&self.cx.session.components)
        {
            let cx = Ctx::with(
                self.input,
                &placed.recommendation,
                component.override_.as_ref(),
            );
            out.push(format!("### {}", escape::inline(&placed.name)));
            let description = escape::inline(&placed.description);
            if !description.is_empty() {
                out.push(description);
            }
            if placed.recommendation.reasons.is_empty() {
                out.push(escape::inline(&placed.why(cx.kit, cx.lang)));
            } else {
                out.extend(cx.reasons());
            }
            if cx.recommended.option.is_some() && !cx.tied() {
                let title = cx.lang.words().recommend.flips_title;
                out.push(escape::inline(&cx.lang.colon(title)));
                if placed.recommendation.flips.is_empty() {
                    out.push(escape::inline(cx.w().no_flip));
                } else {
                    out.push(bullets(&cx.flip_lines()));
                }
            }
        }
        out
    }

    /// The hints beyond the notes that apply to any component, each once.
    fn hints(&self) -> Vec<String> {
        let mut ids: Vec<String> = Vec::new();
        for c in &self.system.components {
            for id in &c.recommendation.hints {
                if !ids.contains(id) {
                    ids.push(id.clone());
                }
            }
        }
        self.cx.hints_of(&ids)
    }
}

/// A system's record as MADR 4.0.0 (see [`super::madr`]).
pub(super) fn madr(input: &AdrInput<'_>) -> String {
    let s = Sys::new(input);
    let (cx, w) = (&s.cx, s.cx.w());
    let mut parts = madr_head(input, cx);

    parts.push(format!("## {}", w.considered_options));
    let considered = s.considered();
    let names: Vec<String> = considered
        .iter()
        .map(|c| escape::inline(&s.title(c)))
        .collect();
    parts.push(bullets(&names));

    parts.push(format!("## {}", w.decision_outcome));
    parts.extend(s.outcome(true));
    parts.push(s.table());
    parts.extend(s.architectures());
    parts.push(format!("### {}", w.consequences));
    parts.extend(s.consequences());
    let confirmation = if s.full {
        cx.confirmation()
    } else {
        escape::block(&input.session.adr.confirmation)
    };
    if !confirmation.is_empty() {
        parts.push(format!("### {}", w.confirmation));
        parts.push(confirmation);
    }

    parts.push(format!("## {}", w.pros_and_cons));
    for c in &considered {
        parts.push(format!("### {}", escape::inline(&s.title(c))));
        parts.extend(s.pros_and_cons(c));
    }

    parts.push(format!("## {}", w.more_information));
    parts.extend(s.drawing(true));
    if s.full {
        parts.extend(s.components_detail());
    }
    parts.extend(s.hints());
    if input.layout.header == Header::Lines {
        let links = cx.links(input);
        if !links.is_empty() {
            parts.push("## Links".to_owned());
            parts.push(bullets(&links));
        }
    } else {
        let links = cx.links(input);
        if !links.is_empty() {
            parts.push(format!("### {}", w.links));
            parts.push(bullets(&links));
        }
    }
    finish(parts)
}

/// A system's record as Nygard (see [`super::nygard`]).
pub(super) fn nygard(input: &AdrInput<'_>) -> String {
    let s = Sys::new(input);
    let (cx, w) = (&s.cx, s.cx.w());
    let mut parts = nygard_head(input, cx);

    parts.push(format!("## {}", w.decision));
    parts.extend(s.outcome(false));
    parts.push(s.table());
    parts.extend(s.architectures());
    parts.extend(s.drawing(false));
    if s.full {
        parts.extend(s.components_detail());
    }
    parts.extend(s.hints());

    parts.push(format!("## {}", w.consequences));
    parts.extend(s.consequences());
    parts.extend(nygard_confirmation(cx));
    finish(parts)
}

#[cfg(test)]
mod tests {
    use super::*;
    use arbitre_core::kit::test_kit as kit;
    use arbitre_core::session::Component;

    #[test]
    fn a_component_s_name_cannot_break_the_table_or_the_drawing() {
        let kit = kit();
        let mut s = Session::new(&kit);
        let mut a = Component::new("a | `b` <i>c</i> **d**", "");
        a.ticks.insert("choose.vms.legacy".into());
        let mut b = Component::new("web", "");
        b.ticks.insert("choose.containers.microservices".into());
        s.components = vec![a, b];
        for template in [Template::Madr, Template::Nygard] {
            s.adr.template = template;
            let rec = s.recommend(&kit);
            let md = render(&AdrInput::new(&kit, &s, &rec, "2026-11-26"));
            let rows: Vec<&str> = md.lines().filter(|l| l.starts_with("| ")).collect();
            assert_eq!(rows.len(), 4, "{md}");
            assert!(rows.iter().all(|r| r.matches(" | ").count() == 2), "{md}");
            assert!(!md.contains("<i>"), "{md}");
            assert!(md.contains("```mermaid"), "{md}");
        }
    }
}
