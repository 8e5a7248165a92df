//! Questions on the VM use cases: which case a detail belongs to.

use arbitre_core::kit::{Kit, Level, OptionId, QuizSection, Text};

use super::mask::name_mask;
use super::{Draft, Question, bank_words, each, pick_around, quoted, said};
// ---------------------------------------------------------------------------------- cases

/// "«Case» is one of the use cases for virtual machines: «…»".
pub(super) fn case_citation(kit: &Kit, case: &arbitre_core::kit::VmCase) -> Text {
    each(|lang| {
        let details: Vec<String> = case
            .details
            .iter()
            .map(|d| quoted(&d.text).get(lang).to_owned())
            .collect();
        let intro = kit
            .headings
            .vm_cases_intro
            .get(lang)
            .trim_end_matches([' ', ':', '\u{a0}']);
        let example = case.example.as_ref().map_or_else(String::new, |e| {
            format!(
                ". {} {}",
                lang.colon(kit.headings.example.get(lang)),
                quoted(e).get(lang)
            )
        });
        format!(
            "{} ({intro}){} {}{example}",
            quoted(&case.title).get(lang),
            lang.words().exam.colon,
            details.join(lang.words().exam.list_separator),
        )
    })
}

pub(super) fn case_questions(kit: &Kit) -> Vec<Question> {
    let mut out = Vec::new();
    let cases = &kit.vm_cases;
    let titles: Vec<Text> = cases.iter().map(|c| c.title.clone()).collect();
    // A detail or an example: which case?
    if cases.len() >= 3 {
        for (ci, case) in cases.iter().enumerate() {
            let quotes = case
                .details
                .iter()
                .map(|d| (format!("quiz.cases.detail.{}", d.id), &d.text))
                .chain(
                    case.example
                        .iter()
                        .map(|e| (format!("quiz.cases.example.{}", case.id), e)),
                );
            for (salt, (id, quote)) in quotes.enumerate() {
                let (picked, answer) = pick_around(cases.len(), ci, 4, salt);
                let mask = name_mask(kit, &case.title);
                let draft = Draft {
                    id,
                    section: QuizSection::Cases,
                    level: Level::Apply,
                    prompt: said(|b| b.which_case),
                    quote: Some(quoted(&mask.apply(quote))),
                    choices: picked
                        .iter()
                        .filter_map(|&i| titles.get(i).cloned())
                        .collect(),
                    answer,
                    explain: vec![case_citation(kit, case)],
                };
                out.push(draft.finish(|i| {
                    picked
                        .get(i)
                        .and_then(|&k| cases.get(k))
                        .map_or_else(Text::default, |other| case_citation(kit, other))
                }));
            }
        }
    }
    // Which of these calls for a VM? One case or detail, the rest from "choose containers".
    let containers: Vec<&arbitre_core::kit::Item> = kit
        .summary
        .iter()
        .filter(|l| l.option == OptionId::Containers)
        .flat_map(|l| l.statements.iter())
        .collect();
    let list_title = kit
        .summary
        .iter()
        .find(|l| l.option == OptionId::Containers)
        .map(|l| l.title.clone())
        .unwrap_or_default();
    if containers.len() >= 2 {
        let mut n = 0usize;
        for case in cases {
            let items = std::iter::once((&case.id, &case.title))
                .chain(case.details.iter().map(|d| (&d.id, &d.text)));
            for (id, vm_text) in items {
                let distractors: Vec<&arbitre_core::kit::Item> = (0..containers.len().min(3))
                    .filter_map(|k| containers.get((n + k) % containers.len()).copied())
                    .collect();
                let answer = n % (distractors.len() + 1);
                n += 1;
                let mut choices: Vec<Text> = distractors.iter().map(|d| d.text.clone()).collect();
                choices.insert(answer, vm_text.clone());
                let mut why: Vec<Option<Text>> = distractors
                    .iter()
                    .map(|d| {
                        let sentence = quoted(&d.text);
                        Some(each(|lang| {
                            let title = list_title.get(lang).trim_end_matches([' ', ':', '\u{a0}']);
                            (bank_words(lang).from_containers_list)(
                                &arbitre_core::i18n::typo::quote(lang, title),
                                sentence.get(lang),
                            )
                        }))
                    })
                    .collect();
                why.insert(answer, None);
                out.push(Question {
                    id: format!("quiz.cases.calls-for-vm.{id}"),
                    section: QuizSection::Cases,
                    level: Level::Recall,
                    prompt: said(|b| b.calls_for_vm),
                    quote: None,
                    choices,
                    answer,
                    explain: vec![case_citation(kit, case)],
                    why_wrong: why,
                });
            }
        }
    }
    out
}
