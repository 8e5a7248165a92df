//! Whether the bank can be gamed: the surface rules a student who knows nothing could use
//! (pick the longest choice, the choice whose first word is unique or shared, the only choice
//! with or without a word, the choice the bank offers most or least often) measured over the
//! whole bank in each language against chance, and each choice's share of right answers
//! among the questions that offer it.
//!
//! `cargo test -p arbitre-train fairness -- --nocapture` prints the figures.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;

use super::*;

use arbitre_core::kit::test_kit as kit;

/// How much a rule may beat chance, in points.
const MARGIN: f64 = 0.10;
/// The fewest questions a rule on one word must apply to before it is held to the margin.
const SUPPORT: usize = 10;

fn bank() -> Vec<Question> {
    questions(&kit(), &[])
}

fn ratio(a: usize, b: usize) -> f64 {
    let (a, b) = (
        f64::from(u32::try_from(a).unwrap_or(u32::MAX)),
        f64::from(u32::try_from(b).unwrap_or(u32::MAX)),
    );
    if b == 0.0 { 0.0 } else { a / b }
}

fn float(n: usize) -> f64 {
    f64::from(u32::try_from(n).unwrap_or(u32::MAX))
}

fn chance_of(q: &Question) -> f64 {
    ratio(1, q.choices.len())
}

/// The mean chance of a blind guess over `qs`.
fn chance(qs: &[&Question]) -> f64 {
    mean(qs.iter().map(|q| chance_of(q)))
}

fn mean(xs: impl Iterator<Item = f64>) -> f64 {
    let (mut sum, mut n) = (0.0, 0u32);
    for x in xs {
        sum += x;
        n += 1;
    }
    if n == 0 { 0.0 } else { sum / f64::from(n) }
}

/// The words of a choice, lower case.
fn lower_words(s: &str) -> Vec<String> {
    super::mask::words(s).map(str::to_lowercase).collect()
}

fn first_word(s: &str) -> String {
    lower_words(s).into_iter().next().unwrap_or_default()
}

/// A rule: the choices it would pick (the student guesses among them); empty when the rule
/// says nothing on a question (the student guesses among all).
type Rule<'a> = Box<dyn Fn(&Question, Lang) -> Vec<usize> + 'a>;

/// A rule's expected score on one question.
fn score(q: &Question, picked: &[usize]) -> f64 {
    if picked.is_empty() {
        chance_of(q)
    } else {
        ratio(usize::from(picked.contains(&q.answer)), picked.len())
    }
}

/// The rule's accuracy over the questions it says something on, their chance, and how many.
fn accuracy(qs: &[Question], lang: Lang, rule: &Rule) -> (f64, f64, usize) {
    let applied: Vec<(&Question, Vec<usize>)> = qs
        .iter()
        .map(|q| (q, rule(q, lang)))
        .filter(|(q, p)| !p.is_empty() && p.len() < q.choices.len())
        .collect();
    let acc = mean(applied.iter().map(|(q, p)| score(q, p)));
    let ch = chance(&applied.iter().map(|(q, _)| *q).collect::<Vec<_>>());
    (acc, ch, applied.len())
}

fn lengths(q: &Question, lang: Lang) -> Vec<usize> {
    q.choices
        .iter()
        .map(|c| c.get(lang).chars().count())
        .collect()
}

fn extreme(values: &[usize], max: bool) -> Vec<usize> {
    let best = if max {
        values.iter().max()
    } else {
        values.iter().min()
    };
    best.map_or_else(Vec::new, |b| {
        (0..values.len()).filter(|&i| values[i] == *b).collect()
    })
}

/// How often each choice text is offered across the bank, in `lang`.
fn offered(qs: &[Question], lang: Lang) -> BTreeMap<String, usize> {
    let mut counts = BTreeMap::new();
    for q in qs {
        for c in &q.choices {
            *counts.entry(c.get(lang).to_owned()).or_default() += 1;
        }
    }
    counts
}

/// The general rules, by name.
fn rules<'a>(counts: &'a [(Lang, BTreeMap<String, usize>)]) -> Vec<(&'static str, Rule<'a>)> {
    let repeated = move |max: bool| -> Rule<'a> {
        Box::new(move |q: &Question, lang: Lang| {
            let n: Vec<usize> = q
                .choices
                .iter()
                .map(|c| {
                    counts
                        .iter()
                        .find(|(l, _)| *l == lang)
                        .and_then(|(_, m)| m.get(c.get(lang)))
                        .copied()
                        .unwrap_or(0)
                })
                .collect();
            extreme(&n, max)
        })
    };
    let first = move |unique: bool| -> Rule<'a> {
        Box::new(move |q: &Question, lang: Lang| {
            let firsts: Vec<String> = q.choices.iter().map(|c| first_word(c.get(lang))).collect();
            (0..firsts.len())
                .filter(|&i| {
                    let n = firsts.iter().filter(|f| **f == firsts[i]).count();
                    (n == 1) == unique
                })
                .collect()
        })
    };
    vec![
        (
            "longest choice",
            Box::new(|q: &Question, lang: Lang| extreme(&lengths(q, lang), true)),
        ),
        (
            "shortest choice",
            Box::new(|q: &Question, lang: Lang| extreme(&lengths(q, lang), false)),
        ),
        ("first word unique among the choices", first(true)),
        ("first word shared with another choice", first(false)),
        (
            "the only choice without a word all the others have",
            Box::new(|q: &Question, lang: Lang| odd_ones(q, lang, false)),
        ),
        ("the choice the bank offers most often", repeated(true)),
        ("the choice the bank offers least often", repeated(false)),
    ]
}

/// The choices that are the only one without a word every other choice has (or, with
/// `with`, the only one with a word no other has, counting only words that some other
/// question's choices also use).
fn odd_ones(q: &Question, lang: Lang, with: bool) -> Vec<usize> {
    let sets: Vec<BTreeSet<String>> = q
        .choices
        .iter()
        .map(|c| lower_words(c.get(lang)).into_iter().collect())
        .collect();
    let all: BTreeSet<&String> = sets.iter().flatten().collect();
    let mut out = BTreeSet::new();
    for w in all {
        let having: Vec<usize> = (0..sets.len()).filter(|&i| sets[i].contains(w)).collect();
        if with && having.len() == 1 {
            out.extend(having);
        } else if !with && having.len() + 1 == sets.len() && having.len() >= 2 {
            out.extend((0..sets.len()).filter(|i| !having.contains(i)));
        }
    }
    out.into_iter().collect()
}

/// Per word: the rule "pick the only choice with this word" and "… without it", over the
/// questions where it applies: (rule name, accuracy, chance, support).
fn word_rules(qs: &[Question], lang: Lang) -> Vec<(String, f64, f64, usize)> {
    let mut words: BTreeSet<String> = BTreeSet::new();
    for q in qs {
        for c in &q.choices {
            words.extend(lower_words(c.get(lang)));
        }
    }
    let mut out = Vec::new();
    for w in words {
        for with in [true, false] {
            let rule: Rule = Box::new(|q: &Question, lang: Lang| {
                let having: Vec<usize> = (0..q.choices.len())
                    .filter(|&i| lower_words(q.choices[i].get(lang)).contains(&w))
                    .collect();
                if with && having.len() == 1 {
                    having
                } else if !with && having.len() + 1 == q.choices.len() && having.len() >= 2 {
                    (0..q.choices.len())
                        .filter(|i| !having.contains(i))
                        .collect()
                } else {
                    Vec::new()
                }
            });
            let (acc, ch, n) = accuracy(qs, lang, &rule);
            if n > 0 {
                let name = if with {
                    format!("the only choice with `{w}`")
                } else {
                    format!("the only choice without `{w}`")
                };
                out.push((name, acc, ch, n));
            }
        }
    }
    out
}

/// Each choice text: (text, offered, right, expected right).
fn shares(qs: &[Question], lang: Lang) -> Vec<(String, usize, usize, f64)> {
    let mut m: BTreeMap<String, (usize, usize, f64)> = BTreeMap::new();
    for q in qs {
        for (i, c) in q.choices.iter().enumerate() {
            let e = m.entry(c.get(lang).to_owned()).or_default();
            e.0 += 1;
            e.1 += usize::from(i == q.answer);
            e.2 += chance_of(q);
        }
    }
    m.into_iter().map(|(t, (o, r, e))| (t, o, r, e)).collect()
}

/// The figures, as text, and what goes beyond the margins: the rules that beat chance by more
/// than [`MARGIN`], and the choices right far more or less often than their share.
struct Figures {
    text: String,
    rules: Vec<String>,
    shares: Vec<String>,
}

fn figures(qs: &[Question]) -> Figures {
    let mut out = String::new();
    let mut bad = Vec::new();
    let mut unfair = Vec::new();
    let counts: Vec<(Lang, BTreeMap<String, usize>)> =
        Lang::ALL.into_iter().map(|l| (l, offered(qs, l))).collect();
    let all: Vec<&Question> = qs.iter().collect();
    let _ = writeln!(
        out,
        "{} questions; chance (mean of 1/choices): {:.1} %",
        qs.len(),
        100.0 * chance(&all)
    );
    for lang in Lang::ALL {
        let _ = writeln!(out, "\n== {lang:?}");
        for (name, rule) in rules(&counts) {
            let (acc, ch, n) = accuracy(qs, lang, &rule);
            // Over the whole bank: where the rule says nothing, the student guesses.
            let whole = mean(qs.iter().map(|q| {
                let p = rule(q, lang);
                score(q, &p)
            }));
            let _ = writeln!(
                out,
                "{name}: {:.1} % over the whole bank; {:.1} % on the {n} questions it applies to (chance there {:.1} %)",
                100.0 * whole,
                100.0 * acc,
                100.0 * ch
            );
            if whole > chance(&all) + MARGIN || (n >= SUPPORT && acc > ch + MARGIN) {
                bad.push(format!(
                    "{lang:?}: {name}: {:.1} % against {:.1} %",
                    100.0 * acc,
                    100.0 * ch
                ));
            }
        }
        let mut words = word_rules(qs, lang);
        words.sort_by(|a, b| (b.1 - b.2).total_cmp(&(a.1 - a.2)));
        let _ = writeln!(
            out,
            "-- word rules applying to {SUPPORT}+ questions, the best first:"
        );
        for (name, acc, ch, n) in words.iter().filter(|w| w.3 >= SUPPORT).take(12) {
            let _ = writeln!(
                out,
                "{name}: {:.1} % on {n} questions (chance {:.1} %)",
                100.0 * acc,
                100.0 * ch
            );
        }
        for (name, acc, ch, n) in words.iter().filter(|w| w.3 >= SUPPORT) {
            if *acc > ch + MARGIN {
                bad.push(format!(
                    "{lang:?}: {name}: {:.1} % against {:.1} % on {n}",
                    100.0 * acc,
                    100.0 * ch
                ));
            }
        }
        let _ = writeln!(
            out,
            "-- answer share of each choice offered 4+ times (right / offered, expected):"
        );
        let mut sh = shares(qs, lang);
        sh.sort_by(|a, b| {
            (ratio(a.2, a.1) - a.3 / float(a.1)).total_cmp(&(ratio(b.2, b.1) - b.3 / float(b.1)))
        });
        for (text, o, r, e) in sh.iter().filter(|s| s.1 >= 4) {
            let _ = writeln!(
                out,
                "{r:>3}/{o:<3} {:>5.1} % (expected {:>4.1}, {:>5.1} %)  {text}",
                100.0 * ratio(*r, *o),
                e,
                100.0 * e / float(*o)
            );
            if (float(*r) - e).abs() > (0.1 * float(*o)).max(1.0) {
                unfair.push(format!(
                    "{lang:?}: `{text}` right {r} of {o}, expected {e:.1}"
                ));
            }
        }
    }
    let _ = writeln!(out, "\n== French typography, masks, duplicates");
    let _ = writeln!(out, "{}", other_figures(qs));
    Figures {
        text: out,
        rules: bad,
        shares: unfair,
    }
}

/// Every French text of a question: prompt, quote, choices, explanations, why-wrongs.
fn french_texts(q: &Question) -> Vec<&str> {
    let mut out = vec![q.prompt.fr.as_str()];
    out.extend(q.quote.iter().map(|t| t.fr.as_str()));
    out.extend(q.choices.iter().map(|t| t.fr.as_str()));
    out.extend(q.explain.iter().map(|t| t.fr.as_str()));
    out.extend(q.why_wrong.iter().flatten().map(|t| t.fr.as_str()));
    out
}

/// Whether a French text nests « inside « ».
fn nests_quotes(s: &str) -> bool {
    let mut depth = 0i32;
    for c in s.chars() {
        match c {
            '«' => {
                depth += 1;
                if depth > 1 {
                    return true;
                }
            }
            '»' => depth -= 1,
            _ => {}
        }
    }
    false
}

/// The share of a quote's words that are masked.
pub(super) fn masked_share(quote: &str) -> f64 {
    let masked = quote.matches(MASK).count();
    let shown = super::mask::words(quote).count();
    ratio(masked, masked + shown)
}

fn other_figures(qs: &[Question]) -> String {
    let mut out = String::new();
    let wrong: Vec<&Question> = qs
        .iter()
        .filter(|q| {
            french_texts(q)
                .iter()
                .any(|t| !arbitre_core::i18n::typo::is_french_right(t))
        })
        .collect();
    let nested: Vec<&Question> = qs
        .iter()
        .filter(|q| french_texts(q).iter().any(|t| nests_quotes(t)))
        .collect();
    let _ = writeln!(
        out,
        "French questions with a text `typo::is_french_right` refuses: {} of {} ({})",
        wrong.len(),
        qs.len(),
        wrong
            .iter()
            .map(|q| q.id.as_str())
            .collect::<Vec<_>>()
            .join(", ")
    );
    let _ = writeln!(
        out,
        "French questions nesting guillemets: {} ({})",
        nested.len(),
        nested
            .iter()
            .map(|q| q.id.as_str())
            .collect::<Vec<_>>()
            .join(", ")
    );
    for lang in Lang::ALL {
        let quotes: Vec<(&str, f64)> = qs
            .iter()
            .filter_map(|q| {
                q.quote
                    .as_ref()
                    .map(|t| (q.id.as_str(), masked_share(t.get(lang))))
            })
            .filter(|(_, r)| *r > 0.0)
            .collect();
        let over: Vec<&str> = quotes
            .iter()
            .filter(|(_, r)| *r > 1.0 / 3.0)
            .map(|(id, _)| *id)
            .collect();
        let worst = quotes.iter().map(|(_, r)| *r).fold(0.0, f64::max);
        let _ = writeln!(
            out,
            "{lang:?}: {} masked quotes, {} with more than a third of their words masked (worst {:.0} %): {}",
            quotes.len(),
            over.len(),
            100.0 * worst,
            over.join(", ")
        );
    }
    let mut seen: BTreeMap<(String, Vec<String>), &str> = BTreeMap::new();
    let mut twins = Vec::new();
    for q in qs {
        let mut choices: Vec<String> = q.choices.iter().map(|c| c.en.clone()).collect();
        choices.sort();
        if let Some(other) = seen.insert((q.full_prompt(Lang::En), choices), &q.id) {
            twins.push(format!("{other} = {}", q.id));
        }
    }
    let _ = writeln!(
        out,
        "Questions with the same prompt and the same choices as another: {} {}",
        twins.len(),
        twins.join(", ")
    );
    out
}

#[test]
#[ignore = "prints the figures, for reading"]
fn print_figures() {
    let f = figures(&bank());
    println!("{}\n-- beyond the margins:", f.text);
    for b in f.rules.iter().chain(&f.shares) {
        println!("{b}");
    }
}

/// In both languages, over the whole bank: picking the longest or shortest choice, the one
/// whose first word is unique or shared, the only one without a word the others have, the
/// only one with or without a given word (on 10 questions or more), the choice the bank offers
/// most or least: none scores more than 10 points above a blind guess.
#[test]
fn no_surface_rule_beats_chance_by_more_than_ten_points() {
    let f = figures(&bank());
    assert!(f.rules.is_empty(), "{}\n\n{}", f.rules.join("\n"), f.text);
}

/// Each choice (an option, a column, an architecture, a case, a sentence) offered 4 times or
/// more is right about as often as a blind guess would make it: within 10 % of the times it
/// is offered, or one question.
#[test]
fn each_choice_is_right_in_its_share_of_the_questions_that_offer_it() {
    let f = figures(&bank());
    assert!(f.shares.is_empty(), "{}\n\n{}", f.shares.join("\n"), f.text);
}
