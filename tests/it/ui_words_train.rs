//! The Train screen speaks the catalog's words: each tab, drawn in French and in English,
//! shows the labels of `words.train` in that language and not the other's, and the
//! trainer's notices are put into words in the language of the screen when they are taken.

use arbitre::i18n::{Lang, typo};
use arbitre::ui::command::Tab;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;

// The same Train screen harness as the behaviour tests.
use crate::ui_train::{State, harness};

fn click(h: &mut Harness<'_, State>, label: &str) {
    h.get_by_label(label).click_accesskit();
    h.run();
}

fn other(lang: Lang) -> Lang {
    match lang {
        Lang::Fr => Lang::En,
        Lang::En => Lang::Fr,
    }
}

/// Answers the current question right.
fn answer_right(h: &mut Harness<'_, State>, lang: Lang) -> String {
    let (trainer, kit, _) = h.state();
    let Some(q) = trainer.training().current_question() else {
        panic!("no question");
    };
    let name = crate::common::choice_label(q, q.answer, lang);
    let _ = kit;
    click(h, &name);
    name
}

#[test]
fn the_quiz_tab_speaks_the_catalog_in_each_language() {
    for lang in Lang::ALL {
        let (w, not) = (&lang.words().train, &other(lang).words().train);
        let mut h = harness(lang, None);
        h.get_by_label(w.title);
        h.get_by_label(w.intro);
        for title in Tab::ALL.map(|t| t.title(lang)) {
            h.get_by_label(title);
        }
        h.get_by_label_contains(&format!("{} 1 / ", w.question));
        assert!(h.query_by_label(not.title).is_none(), "{lang:?}");
        assert!(h.query_by_label(not.intro).is_none(), "{lang:?}");

        let answer = answer_right(&mut h, lang);
        h.get_by_label(w.correct);
        h.get_by_label(&(w.answer_is)(&answer));
        h.get_by_label(w.next_question);
        h.get_by_label_contains(&(w.round_so_far)(1, 1));
        assert!(h.query_by_label(not.correct).is_none(), "{lang:?}");
        assert!(h.query_by_label(not.next_question).is_none(), "{lang:?}");
    }
}

#[test]
fn the_scenarios_tab_speaks_the_catalog_in_each_language() {
    for lang in Lang::ALL {
        let (w, not) = (&lang.words().train, &other(lang).words().train);
        let mut h = harness(lang, None);
        click(&mut h, w.tabs.scenarios);
        assert_eq!(h.state().0.tab(), Tab::Scenarios);
        h.get_by_label_contains(&format!("{} 1 / ", w.scenario));
        h.get_by_label(w.step_ticks);
        h.get_by_label(w.step_ticks_intro);
        h.get_by_label(w.vm_cases_group);
        h.get_by_label(w.step_answer);
        h.get_by_label(w.check);
        h.get_by_label(w.tick_first);
        assert!(h.query_by_label(not.step_answer).is_none(), "{lang:?}");
        assert!(h.query_by_label(not.check).is_none(), "{lang:?}");
        // Once something is ticked, the hint asks for an answer.
        let first = h.state().1.vm_cases[0].title.get(lang).to_owned();
        h.get_by_role_and_label(egui::accesskit::Role::CheckBox, &first)
            .click_accesskit();
        h.run();
        h.get_by_label(w.choose_option);

        let hybrid = h
            .state()
            .1
            .option_name(arbitre::kit::OptionId::Hybrid, lang);
        click(&mut h, &hybrid);
        h.get_by_label(w.which_hybrid);
        h.get_by_label(w.choose_hybrid_too);
        assert!(h.query_by_label(not.which_hybrid).is_none(), "{lang:?}");
    }
}

#[test]
fn the_progress_tab_speaks_the_catalog_in_each_language() {
    for lang in Lang::ALL {
        let words = lang.words();
        let (w, not) = (&words.train, &other(lang).words().train);
        let mut h = harness(lang, None);
        click(&mut h, w.tabs.progress);
        assert_eq!(h.state().0.tab(), Tab::Progress);
        h.get_by_label(w.quiz_title);
        h.get_by_label(w.scenarios_title);
        assert_eq!(h.query_all_by_label(&(w.score)(0, 0, 0)).count(), 2);
        assert_eq!(h.query_all_by_label(w.nothing_missed).count(), 2);
        h.get_by_label(w.retry_missed);
        h.get_by_label(w.not_saved_session);
        assert!(h.query_by_label(not.quiz_title).is_none(), "{lang:?}");
        assert!(h.query_by_label(not.nothing_missed).is_none(), "{lang:?}");

        click(&mut h, w.reset);
        h.get_by_label(w.reset_question);
        h.get_by_label(w.reset_confirm);
        h.get_by_label(words.common.cancel);
        assert!(h.query_by_label(not.reset_question).is_none(), "{lang:?}");
    }
}

/// A save error that happened while the screen was in one language is said in the
/// language the screen is in when the message is taken.
#[test]
fn a_save_error_is_said_in_the_language_it_is_taken_in() -> Result<(), Box<dyn std::error::Error>> {
    for (during, taken) in [
        (Lang::Fr, Lang::En),
        (Lang::En, Lang::Fr),
        (Lang::Fr, Lang::Fr),
    ] {
        let dir = tempfile::tempdir()?;
        let blocker = dir.path().join("arbitre");
        let mut h = harness(during, Some(blocker.join("progress.ron")));
        // A file where the folder should be: the folder cannot be created.
        std::fs::write(&blocker, "not a folder")?;
        answer_right(&mut h, during);
        h.state_mut().2 = taken;
        h.run();
        let msg = h.state_mut().0.take_message().unwrap_or_default();
        let said = (taken.words().train.not_saved)("");
        let unsaid = (other(taken).words().train.not_saved)("");
        assert!(msg.ends_with(said.trim_start()), "{taken:?}: {msg}");
        assert!(!msg.contains(unsaid.trim_start()), "{taken:?}: {msg}");
        assert!(h.state_mut().0.take_message().is_none(), "taken once");
    }
    Ok(())
}

/// The Train words that take values follow French typography too (the catalog test walks
/// the plain strings only).
#[test]
fn the_train_words_with_values_follow_french_typography() {
    let w = &Lang::Fr.words().train;
    for s in [
        (w.answer_is)("Conteneurs"),
        (w.you_answered)("Conteneurs", "Machines virtuelles"),
        (w.ticks_score)(2, 3, 1),
        (w.tick_found)("Isolation"),
        (w.tick_missed)("Isolation", "Cas", "VMs (+3)"),
        (w.tick_extra)("Isolation", "Cas", "Conteneurs"),
        (w.on_your_ticks)("Hybride"),
        (w.why_not)("B"),
        (w.what_counts_for)("VMs"),
        (w.counts_for)("Isolation", "Cas", "VMs"),
        (w.nothing_for)("Conteneurs"),
        (w.cell_cite)("Isolation", "VMs", "un kernel"),
        (w.architecture_cite)("Cluster"),
        (w.pack_hint)("2", "3", "pack.ron"),
        (w.remove_pack)("Cours"),
        (w.expected_answer)("Hybride"),
        (w.your_answer)("Conteneurs"),
        (w.round_so_far)(2, 3),
        (w.round_score)(2, 3),
        (w.score)(3, 2, 66),
        (w.mastered)(2, 20),
        (w.unreadable_progress)("progress.ron:1:2"),
        (w.kept_as)("progress.ron.unreadable"),
        (w.saving_off)("refusé", "progress.ron"),
        (w.not_saved)("disque plein"),
    ] {
        assert!(typo::is_french_right(&s), "not French typography: {s:?}");
        assert!(!s.contains('"'), "French quotes are « »: {s:?}");
    }
}
