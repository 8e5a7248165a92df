//! The Recommendation screen speaks its catalog's words, in French and in English: the
//! labels are looked up in `Lang::….words().recommend`, never written here.

use crate::common;

use arbitre::i18n::Lang;
use arbitre::ui::{ArbitreApp, Launch, Screen, Settings};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;

fn quote_app(lang: Lang) -> Harness<'static, ArbitreApp> {
    let mut h = common::app_harness_with(
        Settings {
            lang,
            screen: Screen::Recommendation,
            ..Default::default()
        },
        Launch {
            session: Some("data/examples/quote-app.ron".into()),
            ..Launch::default()
        },
    );
    h.run();
    h
}

fn shows_its_words(lang: Lang) {
    let w = &lang.words().recommend;
    let mut h = quote_app(lang);
    let hybrid = h
        .state()
        .kit
        .option_name(arbitre::kit::OptionId::Hybrid, lang);
    let containers = h
        .state()
        .kit
        .option_name(arbitre::kit::OptionId::Containers, lang);
    h.get_by_label(&format!("{} {hybrid}", lang.colon(w.recommendation)));
    h.get_by_label(&lang.colon(w.suggested));
    let votes = h.state().recommendation.patterns[0].votes;
    h.get_by_label_contains(&format!("({})", (w.votes)(votes)));
    h.get_by_label(w.reasons);
    h.get_by_label((w.for_option)(&containers).as_str());
    // quote-app weights two criteria 2.
    let weighted = format!("({} 2)", w.weight);
    assert_eq!(h.get_all_by_label_contains(&weighted).count(), 2);
    h.get_by_label(w.override_title);

    // The override form, refused without a justification (below the fold: clicked through
    // AccessKit).
    h.get_by_label(w.override_open).click_accesskit();
    h.run();
    h.get_by_label(w.override_intro);
    h.get_by_label(&lang.colon(w.justification_required));
    h.get_by_label(lang.words().common.cancel);
    h.get_by_label(w.apply_override).click_accesskit();
    h.run();
    h.get_by_label(w.refused);

    // The other language's words are nowhere.
    let other = if lang == Lang::Fr { Lang::En } else { Lang::Fr };
    let o = &other.words().recommend;
    for word in [
        o.override_title,
        o.override_intro,
        o.apply_override,
        o.refused,
    ] {
        assert!(h.query_by_label(word).is_none(), "{lang:?} shows {word:?}");
    }
}

#[test]
fn the_recommendation_screen_speaks_french() {
    shows_its_words(Lang::Fr);
}

#[test]
fn the_recommendation_screen_speaks_english() {
    shows_its_words(Lang::En);
}

#[test]
fn an_empty_session_says_what_to_do_in_both_languages() {
    for lang in Lang::ALL {
        let w = &lang.words().recommend;
        let h = common::app_harness_with(
            Settings {
                lang,
                screen: Screen::Recommendation,
                ..Default::default()
            },
            Launch::default(),
        );
        h.get_by_label(w.no_recommendation);
        h.get_by_label(w.undecided_hint);
        h.get_by_label(w.go_checklists);
        h.get_by_label(w.go_table);
    }
}
