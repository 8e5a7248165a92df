//! The question bank's tests.

use super::mask::{family, name_mask, words};
use super::table::table_mask;
use super::*;

use arbitre_core::kit::test_kit as kit;

/// How a quotation opens in `lang`: « or “.
fn opening_quote(lang: Lang) -> String {
    arbitre_core::i18n::typo::quote(lang, "")
        .chars()
        .take(1)
        .collect()
}

fn bank() -> Vec<Question> {
    questions(&kit(), &[])
}

fn find<'a>(qs: &'a [Question], id: &str) -> &'a Question {
    qs.iter()
        .find(|q| q.id == id)
        .unwrap_or_else(|| panic!("no question {id}"))
}

#[test]
fn every_question_is_well_formed_with_unique_ids() {
    let qs = bank();
    assert!(qs.len() > 100, "{}", qs.len());
    let ids: BTreeSet<&str> = qs.iter().map(|q| q.id.as_str()).collect();
    assert_eq!(ids.len(), qs.len(), "ids are unique");
    for q in &qs {
        assert!(q.is_well_formed(), "{}: {q:?}", q.id);
        assert!(
            q.id.starts_with(&format!("quiz.{}.", q.section.id())) || q.id.starts_with("question."),
            "{}",
            q.id
        );
        for c in &q.choices {
            assert!(
                !c.fr.trim().is_empty() && !c.en.trim().is_empty(),
                "{}",
                q.id
            );
        }
        assert!(!q.explain.is_empty(), "{}: no explanation", q.id);
        for e in &q.explain {
            assert!(!e.fr.is_empty() && !e.en.is_empty(), "{}", q.id);
        }
        if let Some(quote) = &q.quote {
            assert!(
                quote.fr.starts_with('«') && quote.en.starts_with('“'),
                "{}",
                q.id
            );
        }
    }
    for section in QuizSection::ALL {
        assert!(qs.iter().any(|q| q.section == section), "{section:?}");
    }
    // Same kit, same bank.
    assert_eq!(qs, bank());
}

#[test]
fn every_wrong_choice_says_why_from_the_kit() {
    for q in bank() {
        for (i, why) in q.why_wrong.iter().enumerate() {
            if i == q.answer {
                assert!(why.is_none(), "{}", q.id);
                continue;
            }
            let Some(why) = why else {
                panic!("{}: no why_wrong for {i}", q.id);
            };
            for lang in Lang::ALL {
                let w = why.get(lang);
                assert!(w.len() > 20, "{}: {w}", q.id);
                // It quotes the kit (a quotation mark opens in it), or for a scenario
                // the engine's reasons, with their points.
                let cites = if q.section == QuizSection::Scenarios {
                    w.contains("(+") || w.contains(opening_quote(lang).as_str())
                } else {
                    w.contains(opening_quote(lang).as_str())
                };
                assert!(cites, "{}: {w}", q.id);
            }
        }
    }
}

#[test]
fn a_wrong_column_quotes_that_column_cell() {
    let qs = bank();
    let q = find(&qs, "quiz.table.column.security-isolation.containers");
    let vms = q.choices.iter().position(|c| c.en == "VMs");
    let v = check(q, vms.unwrap_or(0));
    assert!(!v.correct);
    let why = v.why_wrong.unwrap_or_default();
    assert!(
        why.en
            .contains("The table's cell for VMs on “Security Isolation”: “Very strong isolation"),
        "{}",
        why.en
    );
    assert!(why.fr.contains("«\u{a0}Isolation très forte"), "{}", why.fr);
    let right = check(q, q.answer);
    assert!(right.correct && right.why_wrong.is_none());
    assert!(right.explain[0].fr.contains("namespaces et cgroups"));
    let out_of_range = check(q, 9);
    assert!(!out_of_range.correct && out_of_range.why_wrong.is_none());
}

/// Words of a quote, split into those shown and the count of those masked.
fn shown_and_masked(quote: &str) -> (Vec<&str>, usize) {
    (words(quote).collect(), quote.matches(MASK).count())
}

#[test]
fn table_quotes_hide_the_names_and_the_strongest_marks_of_a_column() {
    let kit = kit();
    let mask = table_mask(&kit);
    // The words the issue names are among those hidden (names or marks).
    for (word, lang) in [
        ("hyperviseur", Lang::Fr),
        ("hypervisor", Lang::En),
        ("invité", Lang::Fr),
        ("guest", Lang::En),
        ("VMs", Lang::En),
        ("conteneurs", Lang::Fr),
        ("chaque", Lang::Fr),
    ] {
        assert!(mask.hides(word, lang), "{word} is shown");
    }
    assert!(!mask.hides("kernel", Lang::Fr), "kernel is in both columns");
    let table: Vec<Question> = bank()
        .into_iter()
        .filter(|q| q.section == QuizSection::Table && q.quote.is_some())
        .collect();
    // Five criteria, three columns and two criterion questions each, less the two VMs cells
    // a microVM cell also fits.
    assert_eq!(
        table.len(),
        kit.criteria.len() * 5 - super::table::VMS_CELL_MICROVM_FITS.len()
    );
    for q in &table {
        let quote = q.quote.clone().unwrap_or_default();
        for lang in Lang::ALL {
            let (shown, _) = shown_and_masked(quote.get(lang));
            // No option's name is ever shown.
            for w in &shown {
                assert!(
                    !mask.names(w, lang),
                    "{}: `{w}` shown in {}",
                    q.id,
                    quote.get(lang)
                );
            }
        }
    }
    // The old quiz's flaw: the hypervisor stayed in view.
    let q = find(&table, "quiz.table.column.operational-complexity.vms");
    let quote = q.quote.clone().unwrap_or_default();
    assert!(
        !quote.fr.to_lowercase().contains("hyperviseur"),
        "{}",
        quote.fr
    );
    assert!(quote.fr.contains("gestion de l'[…]"), "{}", quote.fr);
}

/// Masking keeps a quote readable, over the whole bank and in both languages: never more
/// than a third of its words masked, and at least four words shown when one is.
#[test]
fn no_quote_masks_more_than_a_third_of_its_words() {
    for q in bank() {
        let Some(quote) = &q.quote else {
            continue;
        };
        for lang in Lang::ALL {
            let (shown, masked) = shown_and_masked(quote.get(lang));
            assert!(
                masked * 3 <= shown.len() + masked,
                "{}: {masked} of {} words masked in {}",
                q.id,
                shown.len() + masked,
                quote.get(lang)
            );
            assert!(
                masked == 0 || shown.len() >= 4,
                "{}: {}",
                q.id,
                quote.get(lang)
            );
        }
    }
    // "[…] compatibility tests" fitted two cases (kernel and OS compatibility): not asked.
    assert!(
        bank()
            .iter()
            .all(|q| q.id != "quiz.cases.detail.vm.kernel-control.compat-tests")
    );
}

/// No two questions can be told apart only by their answer: the same prompt and quote with
/// the same choices; no two scenarios offer the same four answers; and no VMs cell that a
/// microVM cell also fits is asked as "which column".
#[test]
fn no_question_has_a_twin_or_a_second_defensible_column() {
    let qs = bank();
    let mut seen = BTreeSet::new();
    let mut scenario_choices = BTreeSet::new();
    for q in &qs {
        for lang in Lang::ALL {
            let mut choices: Vec<&str> = q.choices.iter().map(|c| c.get(lang)).collect();
            choices.sort_unstable();
            assert!(
                seen.insert((lang.code(), q.full_prompt(lang), choices.clone())),
                "{}: a twin",
                q.id
            );
            if q.section == QuizSection::Scenarios && lang == Lang::En {
                scenario_choices.insert(choices.join("|"));
            }
        }
    }
    // Scenarios all offer containers, VMs and two architectures: as many different sets as
    // there are pairs of architectures before any set comes twice.
    let h = kit().hybrids.len();
    let scenarios = qs
        .iter()
        .filter(|q| q.section == QuizSection::Scenarios && q.id.starts_with("quiz."))
        .count();
    assert!(
        scenario_choices.len() >= scenarios.min(h * (h - 1) / 2),
        "{} different sets of choices for {scenarios} scenarios",
        scenario_choices.len()
    );
    for crit in super::table::VMS_CELL_MICROVM_FITS {
        let id = format!("quiz.table.column.{crit}.vms");
        assert!(qs.iter().all(|q| q.id != id), "{id}");
    }
}

/// Every French text the bank generates follows French typography (`typo::is_french_right`:
/// the spaces before `: ; ! ?` and inside « »), and no quotation nests « « » ».
#[test]
fn every_french_text_follows_french_typography() {
    let pack = QuestionDef {
        id: "question.pack-typo".into(),
        section: QuizSection::Hybrids,
        level: Level::Apply,
        prompt: Text {
            fr: "Laquelle : « la bonne » ?".into(),
            en: "Which one: “the right one”?".into(),
        },
        choices: ["a", "b", "c"]
            .map(|c| Text {
                fr: format!("« {c} »"),
                en: c.to_owned(),
            })
            .to_vec(),
        answer: 0,
        explain: Text {
            fr: "Parce que !".into(),
            en: "Because!".into(),
        },
    };
    for q in questions(&kit(), &[pack]) {
        let mut texts = vec![&q.prompt];
        texts.extend(q.quote.iter());
        texts.extend(q.choices.iter());
        texts.extend(q.explain.iter());
        texts.extend(q.why_wrong.iter().flatten());
        for t in texts {
            assert!(
                arbitre_core::i18n::typo::is_french_right(&t.fr),
                "{}: {:?}",
                q.id,
                t.fr
            );
            let mut depth = 0i32;
            for c in t.fr.chars() {
                depth += i32::from(c == '«') - i32::from(c == '»');
                assert!((0..=1).contains(&depth), "{}: nested in {}", q.id, t.fr);
            }
        }
    }
}

#[test]
fn a_criterion_question_hides_the_criterion_name_too() {
    let qs = bank();
    let q = find(&qs, "quiz.table.criterion.kernel-sharing.containers");
    let quote = q.quote.clone().unwrap_or_default();
    assert!(!quote.en.to_lowercase().contains("kernel"), "{}", quote.en);
    assert_eq!(q.choices.len(), 4);
    assert_eq!(q.choices[q.answer].en, "Kernel Sharing");
}

#[test]
fn case_and_hybrid_quotes_hide_their_own_name() {
    let kit = kit();
    let qs = bank();
    for q in qs
        .iter()
        .filter(|q| q.section == QuizSection::Hybrids || q.id.starts_with("quiz.cases.detail"))
    {
        let quote = q.quote.clone().unwrap_or_default();
        let name = &q.choices[q.answer];
        let mask = name_mask(&kit, name);
        for lang in Lang::ALL {
            for w in words(quote.get(lang)) {
                assert!(
                    !mask.hides(w, lang),
                    "{}: `{w}` in {}",
                    q.id,
                    quote.get(lang)
                );
            }
        }
    }
    let q = find(&qs, "quiz.hybrids.architecture.hybrid.kubernetes-on-vms");
    let quote = q.quote.clone().unwrap_or_default();
    assert!(
        quote.en.contains("[…] cluster deployed on VMs"),
        "{}",
        quote.en
    );
    let q = find(&qs, "quiz.cases.detail.vm.kernel-control.kernel-modules");
    assert_eq!(q.level, Level::Apply);
    assert_eq!(q.choices.len(), 4);
    assert_eq!(q.choices[q.answer].en, "Full Kernel Control");
}

#[test]
fn a_calls_for_question_sets_one_list_of_the_summary_against_the_other() {
    let kit = kit();
    let qs = bank();
    let list_of = |t: &Text| {
        kit.summary
            .iter()
            .find(|l| l.statements.iter().any(|s| &s.text == t))
            .map(|l| l.option)
    };
    let asked: Vec<&Question> = qs
        .iter()
        .filter(|q| q.id.starts_with("quiz.summary.calls-for."))
        .collect();
    // Containers and VMs sentences, each once; the list for combining both is never asked
    // nor offered (its sentences involve both).
    let n: usize = kit
        .summary
        .iter()
        .filter(|l| l.option != OptionId::Hybrid)
        .map(|l| l.statements.len())
        .sum();
    assert_eq!(asked.len(), n);
    for q in asked {
        assert_eq!(q.choices.len(), 4, "{}", q.id);
        let right = list_of(&q.choices[q.answer]);
        let want = if q.prompt == said(|b| b.calls_for_vm) {
            OptionId::Vms
        } else {
            OptionId::Containers
        };
        assert_eq!(right, Some(want), "{}", q.id);
        for (i, c) in q.choices.iter().enumerate() {
            let option = list_of(c);
            assert_ne!(option, Some(OptionId::Hybrid), "{}", q.id);
            assert_eq!(option == right, i == q.answer, "{}", q.id);
            // One voice: every choice starts with the same word.
            for lang in Lang::ALL {
                assert_eq!(
                    c.get(lang).split(' ').next(),
                    q.choices[0].get(lang).split(' ').next(),
                    "{}",
                    q.id
                );
            }
        }
    }
}

#[test]
fn summary_questions_ask_which_list() {
    let kit = kit();
    let qs = bank();
    let q = find(&qs, "quiz.summary.choose.hybrid.multi-tenant");
    assert_eq!(q.choices.len(), 3);
    assert_eq!(q.choices[q.answer].en, kit.summary[2].title.en);
    // The kit's "quand :" in French typography.
    assert_eq!(
        q.choices[q.answer].fr,
        arbitre_core::i18n::typo::french(&kit.summary[2].title.fr)
    );
    let n: usize = kit.summary.iter().map(|l| l.statements.len()).sum();
    assert_eq!(
        qs.iter()
            .filter(|q| q.id.starts_with("quiz.summary.choose."))
            .count(),
        n
    );
}

#[test]
fn scenario_answers_are_the_engine_answers() {
    let kit = kit();
    let qs = bank();
    // A system's scenario is asked component by component, never as one question.
    for sc in kit.scenarios.iter().filter(|sc| sc.is_system()) {
        let id = format!("quiz.scenarios.{}", sc.id);
        assert!(qs.iter().all(|q| q.id != id), "{id}");
    }
    for sc in kit.scenarios.iter().filter(|sc| !sc.is_system()) {
        let q = find(&qs, &format!("quiz.scenarios.{}", sc.id));
        assert_eq!(q.level, Level::Analyse);
        assert_eq!(q.choices.len(), 4, "{}", q.id);
        let engine = crate::engine_answer(&kit, sc);
        let right = &q.choices[q.answer];
        let option = engine.option.unwrap_or(sc.expected);
        assert!(
            right.en.starts_with(&kit.option_name(option, Lang::En)),
            "{}: {}",
            q.id,
            right.en
        );
        if let Some(p) = engine.patterns.first().and_then(|p| kit.hybrid(p)) {
            assert!(right.en.ends_with(&p.name.en), "{}: {}", q.id, right.en);
            // The other hybrid choice is not one the engine accepts.
            for (i, c) in q.choices.iter().enumerate() {
                if i != q.answer {
                    assert!(
                        !engine
                            .patterns
                            .iter()
                            .filter_map(|p| kit.hybrid(p))
                            .any(|h| c.en.ends_with(&h.name.en)),
                        "{}: {}",
                        q.id,
                        c.en
                    );
                }
            }
        }
        for r in &engine.reasons {
            assert!(q.explain.contains(r), "{}: reason missing", q.id);
        }
    }
}

#[test]
fn hand_written_questions_are_appended_and_checked() {
    let kit = kit();
    let t = |s: &str| Text {
        fr: format!("{s} (fr)"),
        en: s.to_owned(),
    };
    let good = QuestionDef {
        id: "question.pack-one".into(),
        section: QuizSection::Hybrids,
        level: Level::Apply,
        prompt: t("Which one?"),
        choices: vec![t("a"), t("b"), t("c")],
        answer: 2,
        explain: t("Because c."),
    };
    let mut duplicate = good.clone();
    duplicate.answer = 0;
    let mut out_of_range = good.clone();
    out_of_range.id = "question.bad-answer".into();
    out_of_range.answer = 3;
    let mut two = good.clone();
    two.id = "question.two-choices".into();
    two.choices.truncate(2);
    two.answer = 0;
    let mut same = good.clone();
    same.id = "question.same".into();
    same.choices = vec![t("a"), t("a"), t("c")];
    let qs = questions(&kit, &[good, duplicate, out_of_range, two, same]);
    let base = bank().len();
    assert_eq!(qs.len(), base + 1);
    let Some(q) = qs.last() else {
        panic!("empty bank");
    };
    assert_eq!(q.id, "question.pack-one");
    assert_eq!(q.answer, 2);
    assert_eq!(q.explain, vec![t("Because c.")]);
    assert_eq!(q.why_wrong[2], None);
    let why = q.why_wrong[0].clone().unwrap_or_default();
    assert_eq!(why.en, "The right answer is “c”.");
    assert_eq!(why.fr, "La bonne réponse est «\u{a0}c (fr)\u{a0}».");
}

#[test]
fn families_and_letters() {
    assert_eq!(family("Complète"), family("complet"));
    assert_eq!(family("VMs"), family("vm"));
    assert_eq!(family("partagent"), family("partagé"));
    assert_ne!(family("isolation"), family("isolée"));
    assert_eq!((letter(0), letter(3), letter(30)), ('A', 'D', '?'));
    let (picked, at) = pick_around(5, 4, 4, 0);
    assert_eq!(picked.len(), 4);
    assert_eq!(picked[at], 4);
    let (picked, at) = pick_around(3, 1, 4, 7);
    assert_eq!((picked, at), (vec![0, 1, 2], 1));
}

#[test]
#[ignore = "prints the bank, for reading"]
fn dump() {
    for q in bank() {
        println!("{} [{} {}]", q.id, q.section.id(), q.level.id());
        for lang in Lang::ALL {
            println!("  {}", q.full_prompt(lang));
            for (i, c) in q.choices.iter().enumerate() {
                let mark = if i == q.answer { "*" } else { " " };
                println!("   {mark}{} {}", letter(i), c.get(lang));
                if let Some(Some(w)) = q.why_wrong.get(i) {
                    println!("        ✗ {}", w.get(lang));
                }
            }
            for e in &q.explain {
                println!("     → {}", e.get(lang));
            }
        }
    }
}
