//! `arbitre recommend`: the recommendation for a session and/or ticked items, as text in the
//! command line's language or as JSON; and the session's answers, checked, for `export`.

use std::path::Path;

use super::{CliError, Failure, Usage, load_kit, print_lines, printable};
use crate::decide::{self, Recommendation};
use crate::i18n::Lang;
use crate::kit::{self, CheckedKit};
use crate::session::Session;

/// What `recommend` adds to the session's answers: `--yes`, `--weight`, `--must`.
pub(super) struct Asked<'a> {
    /// `--yes`.
    pub yes: &'a [String],
    /// `--weight`.
    pub weights: &'a [String],
    /// `--must`.
    pub musts: &'a [String],
    /// `--component`: report this component of a system only.
    pub component: Option<&'a str>,
}

/// `arbitre recommend …`: for a session without components, the recommendation as it has
/// always been; for a system, each component and the system too (see [`super::system`]).
pub(super) fn recommend(
    kit_path: Option<&Path>,
    session: Option<&Path>,
    asked: &Asked<'_>,
    lang: Lang,
    json: bool,
) -> Result<(), CliError> {
    let (kit, session) = recommend_inner(kit_path, session, asked)?;
    let r = session.recommend(&kit);
    if session.components.is_empty() && asked.component.is_none() {
        if json {
            print_lines([recommendation_json(&r).as_str()])?;
        } else {
            print_lines(recommendation_text(&kit, &r, lang).lines())?;
        }
        return Ok(());
    }
    let system = session.system(&kit);
    let shown = super::system::shown(&system, asked.component)?;
    let whole = asked.component.is_none();
    if json {
        let mut value = recommendation_value(&r);
        super::system::json(
            &mut value,
            recommendation_value,
            &kit,
            &system,
            &shown,
            whole,
            lang,
        );
        print_lines([value.to_string().as_str()])?;
    } else {
        let text = super::system::text(&kit, &session, &system, &shown, whole, lang);
        print_lines(text.lines())?;
    }
    Ok(())
}

/// The kit and the session's answers, checked: an unknown id or a bad weight is a usage
/// error, a kit or session that cannot be loaded a failure.
pub(super) fn load_answers(
    kit_path: Option<&Path>,
    session: Option<&Path>,
) -> Result<(CheckedKit, Session), CliError> {
    let kit = load_kit(kit_path)?;
    let Some(path) = session else {
        return Ok((kit, Session::default()));
    };
    let loaded = if crate::adr::reopen::is_markdown(path) {
        // An ADR arbitre wrote: its block's answers, its visible text's words.
        let text = kit::read_text_file(path)?;
        match crate::adr::reopen::reopen(&text, path, &kit)? {
            crate::adr::reopen::Reopened::Session(loaded, _) => *loaded,
            crate::adr::reopen::Reopened::Foreign => {
                return Err(Failure::NotArbitreAdr(path.to_owned()).into());
            }
            crate::adr::reopen::Reopened::Damaged(why) => {
                return Err(Failure::Damaged {
                    file: path.to_owned(),
                    why,
                }
                .into());
            }
        }
    } else {
        Session::open(path, &kit)?
    };
    if let Some(id) = loaded.dropped.first() {
        return Err(Usage::UnknownId {
            file: path.to_owned(),
            id: id.clone(),
        }
        .into());
    }
    if let Some((id, weight)) = loaded.clamped.first() {
        return Err(Usage::WeightOutOfRange {
            file: path.to_owned(),
            id: id.clone(),
            weight: *weight,
        }
        .into());
    }
    Ok((kit, loaded.session))
}

/// The session with what `--yes`, `--weight` and `--must` add to its own facts (for a
/// system, the facts for all its components).
fn recommend_inner(
    kit_path: Option<&Path>,
    session: Option<&Path>,
    asked: &Asked<'_>,
) -> Result<(CheckedKit, Session), CliError> {
    let (kit, mut session) = load_answers(kit_path, session)?;
    for id in asked.yes {
        if kit.tick(id).is_none() {
            return Err(Usage::UnknownItem {
                id: id.clone(),
                kit: kit.id.clone(),
            }
            .into());
        }
        session.ticks.insert(id.clone());
    }
    for w in asked.weights {
        let (id, n) = w
            .split_once('=')
            .ok_or_else(|| Usage::WeightSyntax(w.clone()))?;
        if kit.criterion(id).is_none() {
            return Err(Usage::UnknownCriterion(id.to_owned()).into());
        }
        let n: u8 = n
            .parse()
            .ok()
            .filter(|n| *n <= 3)
            .ok_or_else(|| Usage::WeightValue(w.clone()))?;
        session.weights.insert(id.to_owned(), n);
    }
    for id in asked.musts {
        let answered =
            session.ticks.contains(id) || session.weights.get(id).is_some_and(|w| *w > 0);
        if !answered {
            return Err(Usage::MustUnanswered(id.clone()).into());
        }
        session.musts.insert(id.clone());
    }
    Ok((kit, session))
}

/// The JSON form: `{"outcome", "tied", "patterns", "pattern_votes", "scores", "reasons",
/// "counted", "hints", "flips", "musts", "ruled_out", "set_aside", "blocked"}`. `patterns`
/// (ids, leading first) and `pattern_votes` are listed only for a hybrid; `tied` only for a
/// tie (outcome `undecided`); `counted` gives each reason's points (0 when its concern was
/// counted with another reason); `musts` the must-haves that count; `ruled_out` each option a
/// hard need (`must` false) or a must-have rules out, and by what; `set_aside` why a hybrid
/// that would score highest is not proposed (`no_fit`, or `unplaced` with the needs).
pub fn recommendation_json(r: &Recommendation) -> String {
    recommendation_value(r).to_string()
}

/// [`recommendation_json`]'s object, to print or to put inside another.
pub(super) fn recommendation_value(r: &Recommendation) -> serde_json::Value {
    let mut value = serde_json::json!({
        "outcome": r.outcome.id(),
        "patterns": r.patterns.iter().map(|p| p.id.as_str()).collect::<Vec<_>>(),
        "pattern_votes": r
            .patterns
            .iter()
            .map(|p| serde_json::json!({"id": p.id, "votes": p.votes, "ticked": p.ticked}))
            .collect::<Vec<_>>(),
        "scores": r.scores,
        "reasons": r.reasons.iter().map(|x| x.id.as_str()).collect::<Vec<_>>(),
        "counted": r.reasons,
        "hints": r.hints,
        "flips": r.flips,
        "musts": r.musts,
        "ruled_out": r.ruled_out,
        "set_aside": r.set_aside,
        "blocked": r.blocked,
    });
    if !r.tied.is_empty()
        && let Some(map) = value.as_object_mut()
    {
        map.insert("tied".into(), serde_json::json!(r.tied));
    }
    value
}

/// The text form, for people: one line per entry, what comes from the kit made
/// [`printable`].
pub fn recommendation_text(kit: &CheckedKit, r: &Recommendation, lang: Lang) -> String {
    let mut out = String::new();
    let c = &lang.words().cli;
    let outcome = decide::outcome_text(kit, r.outcome, &r.tied, &[], lang);
    out.push_str(&format!(
        "{} {}\n",
        lang.colon(c.recommendation),
        printable(&outcome)
    ));
    if r.outcome == decide::Outcome::Undecided && r.tied.is_empty() && !r.blocked {
        out.push_str(&format!("{}\n", c.nothing_answered));
        return out;
    }
    let w = &lang.words().recommend;
    let scores: Vec<String> = kit::OptionId::ALL
        .iter()
        .map(|o| {
            let score = if r.is_ruled_out(*o) {
                w.ruled_out.to_owned()
            } else {
                r.scores.get(*o).to_string()
            };
            format!("{} {score}", printable(&kit.option_name(*o, lang)))
        })
        .collect();
    out.push_str(&format!("{} {}\n", lang.colon(c.scores), scores.join(", ")));
    if r.blocked {
        out.push_str(&format!("{}\n", printable(w.blocked)));
    }
    for ruled in &r.ruled_out {
        out.push_str(&format!("{}\n", printable(&ruled.describe(kit, lang))));
    }
    if let Some(why) = &r.set_aside {
        out.push_str(&format!("{}\n", printable(&why.describe(kit, lang))));
    }
    if r.outcome == decide::Outcome::Hybrid && !r.patterns.is_empty() {
        out.push_str(&format!("{}\n", lang.colon(c.suggested)));
        for p in &r.patterns {
            let name = kit
                .hybrid(&p.id)
                .map_or(p.id.as_str(), |h| h.name.get(lang));
            out.push_str(&format!(
                "  - {} ({}: {})\n",
                printable(name),
                printable(&p.id),
                p.votes
            ));
        }
    }
    out.push_str(&format!("{}\n", lang.colon(c.reasons)));
    for reason in &r.reasons {
        out.push_str(&format!("  - {}\n", printable(&reason.describe(kit, lang))));
    }
    let sc = &r.scores;
    if r.outcome == decide::Outcome::Hybrid || r.tied.contains(&kit::OptionId::Hybrid) {
        let rule = (w.hybrid_rule)(sc.smaller_side(), sc.hybrid_needs, sc.hybrid);
        out.push_str(&format!("{}\n", printable(&rule)));
    }
    if r.security_and_agility {
        out.push_str(&format!("{}\n", printable(w.security_and_agility)));
    }
    for id in &r.hints {
        if let Some(h) = kit.hints.iter().find(|h| &h.id == id) {
            out.push_str(&format!(
                "{}\n  {}\n",
                printable(&lang.colon(w.hint_title)),
                printable(h.text.get(lang))
            ));
        }
    }
    out.push_str(&format!("{}\n", printable(&lang.colon(w.flips_title))));
    if r.flips.is_empty() {
        out.push_str(&format!("  {}\n", printable(w.no_flip)));
    }
    for line in decide::flip_lines(kit, &r.flips, lang) {
        out.push_str(&format!(
            "  - {} [{}]\n",
            printable(&line.text),
            printable(&line.code)
        ));
    }
    out
}
