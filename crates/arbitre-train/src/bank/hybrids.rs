//! Questions on the hybrid architectures and on the decision summary.

use arbitre_core::kit::{Hybrid, Kit, Level, OptionId, QuizSection, Text};

use super::mask::name_mask;
use super::{Draft, Question, Spread, bank_words, each, length_gap, pick_around, quoted, said};
// -------------------------------------------------------------------------------- hybrids

/// What a hybrid architecture is, in the kit's words: which parts (architecture,
/// advantages, example).
#[derive(Debug, Clone, Copy)]
pub(super) enum HybridPart {
    Architecture,
    Advantages,
    Example,
}

pub(super) fn hybrid_citation(kit: &Kit, h: &Hybrid, parts: &[HybridPart]) -> Text {
    each(|lang| {
        let colon = |label: &Text| lang.colon(label.get(lang));
        let mut bits = Vec::new();
        for part in parts {
            match part {
                HybridPart::Architecture => bits.push(format!(
                    "{} {}",
                    colon(&kit.headings.architecture),
                    h.architecture.get(lang)
                )),
                HybridPart::Advantages => bits.push(format!(
                    "{} {}",
                    colon(&kit.headings.advantages),
                    h.advantages
                        .iter()
                        .map(|a| a.get(lang))
                        .collect::<Vec<_>>()
                        .join(lang.words().exam.list_separator)
                )),
                HybridPart::Example => bits.push(format!(
                    "{} {}",
                    colon(&kit.headings.example),
                    h.example.get(lang)
                )),
            }
        }
        let name = quoted(&h.name);
        format!("{} — {}.", name.get(lang), bits.join(". "))
    })
}

pub(super) fn hybrid_questions(kit: &Kit) -> Vec<Question> {
    let hybrids = &kit.hybrids;
    if hybrids.len() < 3 {
        return Vec::new();
    }
    let names: Vec<Text> = hybrids.iter().map(|h| h.name.clone()).collect();
    let mut out = Vec::new();
    let rights = hybrids.iter().map(|h| h.advantages.len() + 2).collect();
    let mut spread = Spread::new(rights);
    let all = [
        HybridPart::Architecture,
        HybridPart::Advantages,
        HybridPart::Example,
    ];
    let which = said(|b| b.which_hybrid);
    for (hi, h) in hybrids.iter().enumerate() {
        let mask = name_mask(kit, &h.name);
        // (id, level, prompt, quoted text, what to cite about a wrong architecture)
        let mut asks: Vec<(String, Level, Text, &Text, HybridPart)> = h
            .advantages
            .iter()
            .enumerate()
            .map(|(k, adv)| {
                (
                    format!("quiz.hybrids.advantage.{}.{}", h.id, k + 1),
                    Level::Recall,
                    said(|b| b.which_advantage),
                    adv,
                    HybridPart::Advantages,
                )
            })
            .collect();
        asks.push((
            format!("quiz.hybrids.example.{}", h.id),
            Level::Apply,
            said(|b| b.which_example),
            &h.example,
            HybridPart::Example,
        ));
        asks.push((
            format!("quiz.hybrids.architecture.{}", h.id),
            Level::Recall,
            which.clone(),
            &h.architecture,
            HybridPart::Architecture,
        ));
        for (id, level, prompt, quote, part) in asks {
            // A quote its architecture's name cannot be hidden in readably is not asked.
            let Some(masked) = mask.apply(quote) else {
                continue;
            };
            let (picked, answer) = spread.pick(
                hi,
                4,
                |_| true,
                |i| names.get(i).map_or(usize::MAX, |n| length_gap(n, &h.name)),
            );
            let draft = Draft {
                id,
                section: QuizSection::Hybrids,
                level,
                prompt,
                quote: Some(quoted(&masked)),
                choices: picked
                    .iter()
                    .filter_map(|&i| names.get(i).cloned())
                    .collect(),
                answer,
                explain: vec![hybrid_citation(kit, h, &all)],
            };
            out.push(draft.finish(|i| {
                picked
                    .get(i)
                    .and_then(|&k| hybrids.get(k))
                    .map_or_else(Text::default, |other| {
                        let parts: &[HybridPart] = match part {
                            HybridPart::Example => &[HybridPart::Architecture, HybridPart::Example],
                            HybridPart::Advantages => &[HybridPart::Advantages],
                            HybridPart::Architecture => &[HybridPart::Architecture],
                        };
                        hybrid_citation(kit, other, parts)
                    })
            }));
        }
    }
    out
}

// -------------------------------------------------------------------------------- summary

pub(super) fn list_citation(list: &arbitre_core::kit::SummaryList) -> Text {
    each(|lang| {
        let statements: Vec<String> = list
            .statements
            .iter()
            .map(|s| quoted(&s.text).get(lang).to_owned())
            .collect();
        format!(
            "{} {}",
            list.title.get(lang),
            statements.join(lang.words().exam.list_separator)
        )
    })
}

pub(super) fn summary_questions(kit: &Kit) -> Vec<Question> {
    let lists = &kit.summary;
    if lists.len() < 3 {
        return Vec::new();
    }
    let titles: Vec<Text> = lists.iter().map(|l| l.title.clone()).collect();
    let mut out = Vec::new();
    for (li, list) in lists.iter().enumerate() {
        for st in &list.statements {
            let (picked, answer) = pick_around(lists.len(), li, 3, 0);
            let draft = Draft {
                id: format!("quiz.summary.{}", st.id),
                section: QuizSection::Summary,
                level: Level::Recall,
                prompt: said(|b| b.which_summary_list),
                quote: Some(quoted(&st.text)),
                choices: picked
                    .iter()
                    .filter_map(|&i| titles.get(i).cloned())
                    .collect(),
                answer,
                explain: vec![list_citation(list)],
            };
            out.push(draft.finish(|i| {
                picked
                    .get(i)
                    .and_then(|&k| lists.get(k))
                    .map_or_else(Text::default, list_citation)
            }));
        }
    }
    out
}

/// Which of these situations calls for containers, or for a VM: a sentence of the decision
/// summary's list for one against the other's sentences, all in the same voice ("You…"), of
/// lengths near the answer's, each sentence offered as a wrong choice about as often as it is
/// the right one. The list for combining both is left out: its sentences all involve VMs and
/// containers, so that one would be defensible in either question.
pub(super) fn calls_for_questions(kit: &Kit) -> Vec<Question> {
    let lists = &kit.summary;
    if lists.len() < 2 {
        return Vec::new();
    }
    // Every sentence, with the index of its list.
    let sentences: Vec<(usize, &arbitre_core::kit::Item)> = lists
        .iter()
        .enumerate()
        .flat_map(|(li, l)| l.statements.iter().map(move |st| (li, st)))
        .collect();
    let mut spread = Spread::new(vec![1; sentences.len()]);
    let mut out = Vec::new();
    for (si, (li, st)) in sentences.iter().enumerate() {
        let Some(list) = lists.get(*li) else {
            continue;
        };
        let (prompt, against) = match list.option {
            OptionId::Containers => (said(|b| b.calls_for_containers), OptionId::Vms),
            OptionId::Vms => (said(|b| b.calls_for_vm), OptionId::Containers),
            OptionId::Hybrid => continue,
        };
        let (picked, answer) = spread.pick(
            si,
            4,
            |k| {
                sentences
                    .get(k)
                    .and_then(|(lk, _)| lists.get(*lk))
                    .is_some_and(|l| l.option == against)
            },
            |k| {
                sentences
                    .get(k)
                    .map_or(usize::MAX, |(_, other)| length_gap(&other.text, &st.text))
            },
        );
        if picked.len() < 3 {
            continue;
        }
        let draft = Draft {
            id: format!("quiz.summary.calls-for.{}", st.id),
            section: QuizSection::Summary,
            level: Level::Recall,
            prompt,
            quote: None,
            choices: picked
                .iter()
                .filter_map(|&k| sentences.get(k).map(|(_, s)| s.text.clone()))
                .collect(),
            answer,
            explain: vec![list_citation(list)],
        };
        out.push(draft.finish(|i| {
            picked
                .get(i)
                .and_then(|&k| sentences.get(k))
                .and_then(|(lk, other)| lists.get(*lk).map(|l| (l, other)))
                .map_or_else(Text::default, |(l, other)| {
                    let sentence = quoted(&other.text);
                    let title = each(|lang| {
                        arbitre_core::i18n::typo::quote(
                            lang,
                            l.title.get(lang).trim_end_matches([' ', ':', '\u{a0}']),
                        )
                    });
                    each(|lang| (bank_words(lang).in_list)(sentence.get(lang), title.get(lang)))
                })
        }));
    }
    out
}
