//! Questions on the VM use cases: which case a detail belongs to.
//!
//! (Which situation calls for a VM is asked from the decision summary, whose sentences are
//! all in one voice: see `hybrids::calls_for_questions`.)

use arbitre_core::kit::{Kit, Level, QuizSection, Text};

use super::mask::name_mask;
use super::{Draft, Question, Spread, each, length_gap, quoted, said};
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
        let rights = cases
            .iter()
            .map(|c| c.details.len() + usize::from(c.example.is_some()))
            .collect();
        let mut spread = Spread::new(rights);
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
            let mask = name_mask(kit, &case.title);
            for (id, quote) in quotes {
                // A quote its case's name cannot be hidden in readably is not asked.
                let Some(masked) = mask.apply(quote) else {
                    continue;
                };
                let (picked, answer) = spread.pick(
                    ci,
                    4,
                    |_| true,
                    |i| {
                        titles
                            .get(i)
                            .map_or(usize::MAX, |t| length_gap(t, &case.title))
                    },
                );
                let draft = Draft {
                    id,
                    section: QuizSection::Cases,
                    level: Level::Apply,
                    prompt: said(|b| b.which_case),
                    quote: Some(quoted(&masked)),
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
    out
}
