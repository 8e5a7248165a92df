//! The Compare and Checklists screens speak the catalog: in each language their labels are
//! the catalog's words (looked up, not copied), and none of the other language's.

use crate::common;

use arbitre::i18n::{Lang, typo};
use arbitre::ui::{Launch, Screen, Settings};
use egui_kittest::kittest::Queryable as _;

fn on(screen: Screen, lang: Lang) -> egui_kittest::Harness<'static, arbitre::ui::ArbitreApp> {
    common::app_harness_with(
        Settings {
            lang,
            screen,
            ..Settings::default()
        },
        Launch::default(),
    )
}

fn other(lang: Lang) -> Lang {
    match lang {
        Lang::Fr => Lang::En,
        Lang::En => Lang::Fr,
    }
}

#[test]
fn the_compare_screen_speaks_the_catalog() {
    for lang in Lang::ALL {
        let h = on(Screen::Compare, lang);
        let w = &lang.words().compare;
        h.get_by_label(w.intro);
        h.get_by_label(w.beyond_badge);
        let criteria = h.state().kit.criteria.len();
        assert!(criteria > 0);
        for level in w.weights {
            assert_eq!(
                h.query_all_by_label(level).count(),
                criteria,
                "{lang:?}: one {level:?} button per criterion"
            );
        }
        let importance = lang.colon(w.importance);
        assert_eq!(h.query_all_by_label(&importance).count(), criteria);
        let team_note = lang.colon(w.team_note);
        assert_eq!(h.query_all_by_label(&team_note).count(), criteria);
        assert!(h.query_all_by_label(w.wins).count() > 0);

        let o = &other(lang).words().compare;
        assert!(
            h.query_by_label(o.intro).is_none(),
            "{lang:?}: {:?}",
            o.intro
        );
        assert!(h.query_by_label(o.beyond_badge).is_none());
        assert!(h.query_by_label(o.wins).is_none());
    }
}

#[test]
fn the_checklists_screen_speaks_the_catalog() {
    for lang in Lang::ALL {
        let h = on(Screen::Checklists, lang);
        let w = &lang.words().checklists;
        h.get_by_label(&lang.colon(w.live));
        h.get_by_label(w.see_why);
        // Nothing is ticked: each section says "0 / n" in its own words.
        let summary: usize = h
            .state()
            .kit
            .summary
            .iter()
            .map(|l| l.statements.len())
            .sum();
        let hybrids = h.state().kit.hybrids.len();
        for n in [summary, hybrids] {
            let count = format!(" — {}", (w.ticked_of)(0, n));
            assert!(
                h.query_all_by_label_contains(&count).count() > 0,
                "{lang:?}: no section header with {count:?}"
            );
        }

        let o = &other(lang).words().checklists;
        assert!(h.query_by_label(&other(lang).colon(o.live)).is_none());
        assert!(h.query_by_label(o.see_why).is_none());
        assert!(
            h.query_by_label_contains(&(o.ticked_of)(0, summary))
                .is_none()
        );
    }
}

#[test]
fn the_counts_follow_each_language() {
    let fr = Lang::Fr.words().checklists.ticked_of;
    let en = Lang::En.words().checklists.ticked_of;
    // French puts 0 and 1 in the singular.
    assert_eq!(fr(0, 16), "0 / 16 coché");
    assert_eq!(fr(1, 16), "1 / 16 coché");
    assert_eq!(fr(2, 16), "2 / 16 cochés");
    assert_eq!(en(1, 16), "1 / 16 ticked");
    for n in 0..3 {
        assert!(typo::is_french_right(&fr(n, 16)));
    }
}
