//! The guided decision in a headless egui: tick items by their visible labels, read the
//! recommendation and its reasons from the screen, and override it.

use crate::common;

use arbitre::decide::Outcome;
use arbitre::i18n::Lang;
use arbitre::kit::OptionId;
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

#[test]
fn ticking_in_french_gives_vms_with_reasons() {
    let mut h = on(Screen::Checklists, Lang::Fr);
    h.get_by_label("Pas encore de recommandation");
    h.get_by_label(
        "Besoin d'exécuter plusieurs OS différents (Linux, Windows, BSD) sur le même matériel",
    )
    .click_accesskit();
    h.run();
    h.get_by_label_contains("Vous devez exécuter différents OS")
        .click_accesskit();
    h.run();
    assert_eq!(h.state().recommendation.outcome, Outcome::Vms);
    h.get_by_label("Voir pourquoi (Ctrl+3)").click();
    h.run();
    h.get_by_label("Recommandation\u{a0}: VMs");
    h.get_by_label_contains("Besoin d'exécuter plusieurs OS différents (Linux, Windows, BSD) sur le même matériel — VMs (+");
    // One concern: the statement restates the case, and says so.
    h.get_by_label_contains(
        "Vous devez exécuter différents OS — VMs (déjà compté avec «\u{a0}Besoin d'exécuter plusieurs OS",
    );
}

#[test]
fn ticking_in_english_both_sides_gives_a_hybrid_with_its_pattern() {
    let mut h = on(Screen::Checklists, Lang::En);
    h.get_by_label_contains("You are developing modern microservices")
        .click_accesskit();
    h.run();
    assert_eq!(h.state().recommendation.outcome, Outcome::Containers);
    h.get_by_label_contains("You manage legacy applications")
        .click_accesskit();
    h.run();
    assert_eq!(h.state().recommendation.outcome, Outcome::Hybrid);
    // The section counts follow the ticks.
    h.get_by_label_contains("Decision Summary — 2 / 12 ticked");
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Num3);
    h.run();
    h.get_by_label("Recommendation: Hybrid");
    h.get_by_label_contains("Progressive Migration (Lift and Shift) (");
    h.get_by_label_contains("You manage legacy applications — VMs (+");
    h.get_by_label_contains("You are developing modern microservices — Containers (+");
    // The drawing names the boxes of the suggested architecture, side by side as the notes
    // put them.
    h.get_by_label(
        "Existing infrastructure [VMs (legacy applications) [Legacy applications, as they are], Kubernetes cluster (new services) [The new services' containers]]",
    );
    // And what would change the answer.
    h.get_by_label("What would change the answer");
    h.get_by_label_contains(
        "Containers if you untick \u{201c}You manage legacy applications\u{201d}",
    );
}

#[test]
fn unticking_returns_to_undecided() {
    let mut h = on(Screen::Checklists, Lang::En);
    let label = "1. Critical Security Isolation";
    h.get_by_label(label).click();
    h.run();
    assert_eq!(h.state().recommendation.outcome, Outcome::Vms);
    h.get_by_label(label).click();
    h.run();
    assert_eq!(h.state().recommendation.outcome, Outcome::Undecided);
    h.get_by_label("No recommendation yet");
}

#[test]
fn an_override_without_justification_is_refused() {
    let mut h = on(Screen::Checklists, Lang::En);
    h.get_by_label_contains("You are developing modern microservices")
        .click_accesskit();
    h.run();
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Num3);
    h.run();
    // The button sits below the fold at 1280×720: an accessibility click, as a screen reader
    // or the keyboard would; the form then scrolls itself into view.
    h.get_by_label("Override the recommendation…")
        .click_accesskit();
    h.run();
    h.get_by_label("VMs").click();
    h.run();
    h.get_by_label("Apply the override").click();
    h.run();
    h.get_by_label("Refused: write why the team overrides the recommendation.");
    assert!(h.state().doc.session.override_.is_none());

    h.get_by_label("Justification (required):").click();
    h.run();
    h.get_by_label("Justification (required):")
        .type_text("Our auditors require VM isolation.");
    h.run();
    h.get_by_label("Apply the override").click();
    h.run();
    let o = h.state().doc.session.override_.clone();
    assert_eq!(o.as_ref().map(|o| o.outcome), Some(OptionId::Vms));
    assert_eq!(
        o.map(|o| o.justification),
        Some("Our auditors require VM isolation.".to_string())
    );
    // Shown as an override, here and on the checklists.
    h.get_by_label("Team decision (override): VMs");
    h.get_by_label("Engine's recommendation: Containers");
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Num2);
    h.run();
    h.get_by_label("(overridden by the team)");
    // And it can be undone.
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Num3);
    h.run();
    h.get_by_label("Return to the engine's recommendation")
        .click();
    h.run();
    assert!(h.state().doc.session.override_.is_none());
}

#[test]
fn the_quote_app_example_opens_as_kubernetes_on_vms() {
    let mut h = common::app_harness_with(
        Settings {
            lang: Lang::Fr,
            screen: Screen::Recommendation,
            ..Settings::default()
        },
        Launch {
            session: Some("data/examples/quote-app.ron".into()),
            ..Default::default()
        },
    );
    h.run();
    assert!(h.state().messages.is_empty(), "{:?}", h.state().messages);
    assert_eq!(h.state().recommendation.outcome, Outcome::Hybrid);
    assert_eq!(
        h.state().recommendation.top_patterns(),
        vec!["hybrid.kubernetes-on-vms"]
    );
    h.get_by_label("Recommandation\u{a0}: Hybride");
    h.get_by_label_contains("Kubernetes sur VMs (");
}

#[test]
fn a_hard_need_rules_containers_out_whatever_the_preferences() {
    // The review's trading engine: kernel modules, against three container preferences.
    let mut h = on(Screen::Checklists, Lang::En);
    for label in [
        "You are developing modern microservices",
        "You need fast scalability",
        "You prioritise portability and DevOps",
        "Applications requiring specific kernel modules",
    ] {
        h.get_by_label_contains(label).click_accesskit();
        h.run();
    }
    assert_ne!(h.state().recommendation.outcome, Outcome::Containers);
    // The ticked fact says it is one, where it was ticked.
    h.get_by_label_contains("hard need");
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Num3);
    h.run();
    h.get_by_label_contains("Containers ruled out: ");
    h.get_by_label_contains("(hard need)");
}

#[test]
fn a_must_have_marked_on_the_checklists_rules_out_and_is_undone_by_ctrl_z() {
    let mut h = on(Screen::Checklists, Lang::En);
    for label in [
        "You are developing modern microservices",
        "You need fast scalability",
        "You want to optimise resource usage",
        "You prioritise portability and DevOps",
        "You manage legacy applications",
    ] {
        h.get_by_label_contains(label).click_accesskit();
        h.run();
    }
    assert_eq!(h.state().recommendation.outcome, Outcome::Containers);
    // The team says the legacy application is a fact, not a preference.
    h.get_by_label_contains("Must-have: You manage legacy applications")
        .click_accesskit();
    h.run();
    assert!(
        h.state().doc.session.musts.contains("choose.vms.legacy"),
        "{:?}",
        h.state().doc.session.musts
    );
    assert_ne!(h.state().recommendation.outcome, Outcome::Containers);
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Num3);
    h.run();
    h.get_by_label_contains("Containers ruled out: ");
    // One undo step gives the preference back.
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
    h.run();
    assert!(h.state().doc.session.musts.is_empty());
    assert_eq!(h.state().recommendation.outcome, Outcome::Containers);
}
