//! Questions on the kit's scenarios: what the decision engine recommends for a situation,
//! and why the other answers fall short.

use std::collections::{BTreeMap, BTreeSet};

use arbitre_core::kit::{CheckedKit, Hybrid, Kit, Level, OptionId, QuizSection, Text};

use super::hybrids::{HybridPart, hybrid_citation};
use super::{Draft, Question, bank_words, each, option_label, quoted};
// ------------------------------------------------------------------------------ scenarios

/// A scenario's possible answer: an option, and for a hybrid an architecture.
pub(super) fn answer_label(kit: &Kit, option: OptionId, pattern: Option<&Hybrid>) -> Text {
    let name = option_label(kit, option);
    match pattern {
        Some(h) => each(|lang| format!("{} {}", lang.colon(name.get(lang)), h.name.get(lang))),
        None => name,
    }
}

/// The right option of a scenario and the architectures the engine names.
fn right_of(kit: &CheckedKit, sc: &arbitre_core::kit::Scenario) -> (OptionId, Vec<String>) {
    let engine = crate::engine_answer(kit, sc);
    match engine.option {
        Some(o) => (o, engine.patterns),
        None => (sc.expected, sc.patterns.clone()),
    }
}

pub(super) fn scenario_questions(kit: &CheckedKit) -> Vec<Question> {
    let mut out = Vec::new();
    // A system's scenario is asked component by component on the Train screen, not as one
    // question.
    let asked: Vec<&arbitre_core::kit::Scenario> =
        kit.scenarios.iter().filter(|sc| !sc.is_system()).collect();
    // How often each architecture is the right answer, so that each is offered as a wrong
    // one in proportion.
    let mut rights: BTreeMap<&str, f64> =
        kit.hybrids.iter().map(|h| (h.id.as_str(), 0.0)).collect();
    for sc in &asked {
        let (option, patterns) = right_of(kit, sc);
        if option == OptionId::Hybrid
            && let Some(r) = patterns.first().and_then(|p| rights.get_mut(p.as_str()))
        {
            *r += 1.0;
        }
    }
    let mut given: BTreeMap<String, f64> = BTreeMap::new();
    let mut used: BTreeSet<Vec<String>> = BTreeSet::new();
    for sc in asked {
        let engine = crate::engine_answer(kit, sc);
        let (option, patterns) = right_of(kit, sc);
        let right_pattern = if option == OptionId::Hybrid {
            patterns.first().and_then(|p| kit.hybrid(p))
        } else {
            None
        };
        let answers = answers_for(
            kit,
            sc,
            &patterns,
            right_pattern,
            &rights,
            &mut given,
            &mut used,
        );
        let Some(answer) = answers.iter().position(|(o, h)| {
            *o == option && h.map(|h| h.id.as_str()) == right_pattern.map(|r| r.id.as_str())
        }) else {
            continue;
        };
        let right_label = answer_label(kit, option, right_pattern);
        let mut explain = vec![each(|lang| {
            (bank_words(lang).engine_recommends)(right_label.get(lang))
        })];
        explain.extend(engine.reasons.iter().cloned());
        if let Some(h) = right_pattern {
            explain.push(hybrid_citation(
                kit,
                h,
                &[HybridPart::Architecture, HybridPart::Example],
            ));
        }
        explain.extend(sc.lesson.iter().cloned());
        // The engine's reasons with the option each pushed towards, to say what a wrong
        // option leaves out.
        let ticks: BTreeSet<String> = sc.ticks.iter().cloned().collect();
        let weights = BTreeMap::new();
        let rec = arbitre_core::decide::recommend(
            kit,
            arbitre_core::decide::Answers {
                ticks: &ticks,
                weights: &weights,
                musts: &arbitre_core::decide::NO_MUSTS,
            },
        );
        let against = |chosen: OptionId| -> Text {
            each(|lang| {
                rec.reasons
                    .iter()
                    .filter(|r| r.option != chosen && r.points > 0)
                    .map(|r| r.describe(kit, lang))
                    .collect::<Vec<_>>()
                    .join(lang.words().exam.list_separator)
            })
        };
        let draft = Draft {
            id: format!("quiz.scenarios.{}", sc.id),
            section: QuizSection::Scenarios,
            level: Level::Analyse,
            prompt: each(|lang| (bank_words(lang).what_do_you_recommend)(sc.title.get(lang))),
            quote: Some(quoted(&sc.situation)),
            choices: answers
                .iter()
                .map(|(o, h)| answer_label(kit, *o, *h))
                .collect(),
            answer,
            explain,
        };
        out.push(draft.finish(|i| {
            let Some((o, h)) = answers.get(i) else {
                return Text::default();
            };
            if *o == option {
                // The right option with another architecture.
                let other = h.map_or_else(Text::default, |h| {
                    hybrid_citation(kit, h, &[HybridPart::Architecture])
                });
                return each(|lang| {
                    (bank_words(lang).not_this_architecture)(other.get(lang), right_label.get(lang))
                });
            }
            wrong_engine(&right_label, &answer_label(kit, *o, *h), &against(*o))
        }));
    }
    out
}

/// The (option, architecture) of each choice, in a fixed order: containers, VMs, then the
/// hybrid with the right architecture (if any) and up to two others the engine did not name
/// (a plain hybrid when there are none). The others are those least offered so far for how
/// often they are right (`given` against `rights`), so that no architecture is offered far
/// more often than it is right; one the situation's items suggest counts as offered once
/// less, being the more tempting.
fn answers_for<'k>(
    kit: &'k CheckedKit,
    sc: &arbitre_core::kit::Scenario,
    patterns: &[String],
    right_pattern: Option<&'k Hybrid>,
    rights: &BTreeMap<&str, f64>,
    given: &mut BTreeMap<String, f64>,
    used: &mut BTreeSet<Vec<String>>,
) -> Vec<(OptionId, Option<&'k Hybrid>)> {
    let suggested: BTreeSet<&str> = sc
        .ticks
        .iter()
        .filter_map(|t| kit.tick(t))
        .flat_map(|t| t.suggests.iter().map(String::as_str))
        .collect();
    let due = |h: &Hybrid, given: &BTreeMap<String, f64>| {
        let r = rights.get(h.id.as_str()).copied().unwrap_or(0.0).max(0.5);
        let g = given.get(&h.id).copied().unwrap_or(0.0);
        (g - f64::from(u8::from(suggested.contains(h.id.as_str())))) / r
    };
    let mut others: Vec<&Hybrid> = kit
        .hybrids
        .iter()
        .filter(|h| !patterns.contains(&h.id))
        .filter(|h| right_pattern.is_none_or(|r| r.id != h.id))
        .collect();
    others.sort_by(|a, b| due(a, given).total_cmp(&due(b, given)));
    // The first set of architectures, in that order, that no other scenario offered: two
    // scenarios with the same four choices would read as one question.
    let mut hybrids: Vec<&Hybrid> = right_pattern.into_iter().collect();
    let wanted = 2usize.saturating_sub(hybrids.len()).min(others.len());
    let key = |set: &[&Hybrid]| {
        let mut ids: Vec<String> = set.iter().map(|h| h.id.clone()).collect();
        ids.sort();
        ids
    };
    let mut combos: Vec<Vec<usize>> = match wanted {
        0 => vec![Vec::new()],
        1 => (0..others.len()).map(|i| vec![i]).collect(),
        _ => (0..others.len())
            .flat_map(|i| (i + 1..others.len()).map(move |j| vec![i, j]))
            .collect(),
    };
    combos.sort_by_key(|c| c.iter().sum::<usize>());
    let pick = |c: &Vec<usize>| -> Vec<&Hybrid> {
        hybrids
            .iter()
            .copied()
            .chain(c.iter().filter_map(|&i| others.get(i).copied()))
            .collect()
    };
    let chosen = combos
        .iter()
        .find(|c| !used.contains(&key(&pick(c))))
        .or_else(|| combos.first())
        .map(pick)
        .unwrap_or_default();
    used.insert(key(&chosen));
    for h in chosen.iter().skip(hybrids.len()) {
        *given.entry(h.id.clone()).or_default() += 1.0;
    }
    hybrids = chosen;
    // (option, architecture) for each choice, in a fixed order.
    let mut answers: Vec<(OptionId, Option<&Hybrid>)> =
        vec![(OptionId::Containers, None), (OptionId::Vms, None)];
    if hybrids.is_empty() {
        answers.push((OptionId::Hybrid, None));
    }
    answers.extend(hybrids.iter().map(|h| (OptionId::Hybrid, Some(*h))));
    answers
}

/// Why a wrong option is wrong: what the engine recommends instead, and the reasons that
/// pushed away from the chosen option (`reasons`, maybe empty).
fn wrong_engine(right_label: &Text, chosen: &Text, reasons: &Text) -> Text {
    each(|lang| {
        (bank_words(lang).engine_not)(right_label.get(lang), chosen.get(lang), reasons.get(lang))
    })
}
