//! `arbitre recommend --session FILE` for a session with components: each component (its
//! placement, the one-line why, what would change it) and then the system (its outcome, the
//! kit's line for each architecture, how the split's architecture was recognised, the
//! components it waits for), as text or as JSON. `--component NAME` keeps one component.

use super::{CliError, Usage, printable};
use crate::decide;
use crate::i18n::Lang;
use crate::kit::CheckedKit;
use crate::session::Session;
use crate::system::{Placed, Recognised, System};

/// How many of a component's flips the text report lists: the first, strongest ones.
const FLIPS_SHOWN: usize = 2;

/// The components a report shows: all of them, or the one `--component` names (case and
/// spaces aside). An unknown name, or a name for a session without components, is a usage
/// error that lists the names there are.
pub(super) fn shown<'s>(
    system: &'s System,
    component: Option<&str>,
) -> Result<Vec<&'s Placed>, CliError> {
    if system.implicit {
        return Err(Usage::NoComponents.into());
    }
    match component {
        None => Ok(system.components.iter().collect()),
        Some(name) => system.component(name).map(|c| vec![c]).ok_or_else(|| {
            Usage::UnknownComponent {
                name: name.to_owned(),
                names: system.components.iter().map(|c| c.name.clone()).collect(),
            }
            .into()
        }),
    }
}

/// The text report: one block per component shown, then the system's block unless one
/// component was asked for. What comes from the kit or the session is made [`printable`].
pub(super) fn text(
    kit: &CheckedKit,
    session: &Session,
    system: &System,
    shown: &[&Placed],
    whole: bool,
    lang: Lang,
) -> String {
    let c = &lang.words().cli;
    let w = &lang.words().recommend;
    let mut out = String::new();
    let line = |out: &mut String, label: &str, value: &str| {
        out.push_str(&format!("  {} {}\n", lang.colon(label), printable(value)));
    };
    for p in shown {
        out.push_str(&format!(
            "{}\n",
            printable(&(c.component)(&p.name, &p.description))
        ));
        line(&mut out, c.placement, &p.place.text(kit, lang));
        line(&mut out, c.why, &p.why(kit, lang));
        out.push_str(&format!("  {}\n", lang.colon(c.would_change)));
        let flips = decide::flip_lines(kit, &p.recommendation.flips, lang);
        if flips.is_empty() {
            out.push_str(&format!("    - {}\n", printable(w.no_flip)));
        }
        for f in flips.iter().take(FLIPS_SHOWN) {
            out.push_str(&format!(
                "    - {} [{}]\n",
                printable(&f.text),
                printable(&f.code)
            ));
        }
    }
    if !whole {
        return out;
    }
    let d = &system.decision;
    out.push_str(&format!("{}\n", c.system));
    let outcome = decide::outcome_text(kit, d.outcome, &[], &d.patterns, lang);
    line(&mut out, c.outcome, &outcome);
    if let Some(o) = &session.override_ {
        let why = (lang.words().system.why_override)(&o.justification);
        line(&mut out, c.why, &why);
    }
    for id in &d.patterns {
        if let Some(h) = kit.hybrid(id) {
            let text = format!("{} — {}", h.name.get(lang), h.architecture.get(lang));
            line(&mut out, c.architecture, &text);
        }
    }
    if let Some(how) = system.recognised {
        line(&mut out, c.recognised, recognised_text(how, lang));
    }
    if !system.waiting.is_empty() {
        line(&mut out, c.waiting, &waiting_names(system).join(", "));
    }
    out
}

/// The names of the components the system waits for.
fn waiting_names(system: &System) -> Vec<&str> {
    system
        .waiting
        .iter()
        .filter_map(|i| system.components.get(*i))
        .map(|p| p.name.as_str())
        .collect()
}

/// How the split's architecture was recognised, in words.
fn recognised_text(how: Recognised, lang: Lang) -> &'static str {
    let c = &lang.words().cli;
    match how {
        Recognised::Ticked => c.recognised_ticked,
        Recognised::Voted => c.recognised_voted,
        Recognised::Fits => c.recognised_fits,
    }
}

/// The JSON a system adds to today's fields: `components` (those shown, each with its
/// recommendation as `recommendation` words it) and, for the whole report, `system`.
pub(super) fn json(
    value: &mut serde_json::Value,
    recommendation: fn(&crate::decide::Recommendation) -> serde_json::Value,
    kit: &CheckedKit,
    system: &System,
    shown: &[&Placed],
    whole: bool,
    lang: Lang,
) {
    let Some(map) = value.as_object_mut() else {
        return;
    };
    let components: Vec<serde_json::Value> = shown
        .iter()
        .map(|p| {
            serde_json::json!({
                "name": p.name,
                "description": p.description,
                "placement": p.place,
                "why": p.why(kit, lang),
                "overridden": p.decision.overridden,
                "recommendation": recommendation(&p.recommendation),
            })
        })
        .collect();
    map.insert("components".into(), serde_json::json!(components));
    if whole {
        let waiting = waiting_names(system);
        map.insert(
            "system".into(),
            serde_json::json!({
                "outcome": system.decision.outcome.id(),
                "architectures": system.decision.patterns,
                "recognised": system.recognised,
                "waiting": waiting,
                "overridden": system.decision.overridden,
            }),
        );
    }
}
