//! The component switcher of the Checklists and Compare screens, through the real app in a
//! headless egui: adding a component by typing its name, refusing an empty or taken name in
//! the window, ticking for one component only, the facts for all shown locked, switching with
//! the keyboard (presenter mode too), removing and undoing, and a 50-component system.

use crate::common;

use arbitre::i18n::Lang;
use arbitre::session::{Component, Edit};
use arbitre::ui::{ArbitreApp, Command, Launch, Screen, Settings};
use egui::accesskit::Role;
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT as _, Queryable as _};

const ISOLATION: &str = "1. Critical Security Isolation";
const ISOLATION_ID: &str = "vm.security-isolation";

fn on(screen: Screen, lang: Lang, session: Option<&str>) -> Harness<'static, ArbitreApp> {
    common::app_harness_with(
        Settings {
            lang,
            screen,
            ..Settings::default()
        },
        Launch {
            session: session.map(Into::into),
            ..Launch::default()
        },
    )
}

fn hospital(screen: Screen, lang: Lang) -> Harness<'static, ArbitreApp> {
    on(screen, lang, Some("data/examples/hospital.ron"))
}

fn names(h: &Harness<'static, ArbitreApp>) -> Vec<String> {
    let c = &h.state().doc.session.components;
    c.iter().map(|c| c.name.clone()).collect()
}

fn key(h: &mut Harness<'static, ArbitreApp>, modifiers: Modifiers, key: Key) {
    h.key_press_modifiers(modifiers, key);
    h.run();
}

/// Types a name (and Enter) into the name field shown: the form that adds a component, else
/// the shown component's; what the field held is replaced.
fn add_typed(h: &mut Harness<'static, ArbitreApp>, name: &str) {
    h.get_by_role_and_label(Role::TextInput, "Name:").focus();
    h.run();
    key(h, Modifiers::COMMAND, Key::A);
    h.get_by_role_and_label(Role::TextInput, "Name:")
        .type_text(name);
    h.run();
    key(h, Modifiers::NONE, Key::Enter);
}

#[test]
fn a_name_typed_and_enter_adds_the_component_and_shows_it() {
    let mut h = on(Screen::Checklists, Lang::En, None);
    h.get_by_label("+ Add a component").click();
    h.run();
    add_typed(&mut h, "Portal");
    assert_eq!(names(&h), ["Portal"]);
    assert_eq!(h.state().component, Some(0));
    // The switcher shows it, selected, beside the whole system.
    h.get_by_role_and_label(Role::Button, "Portal");
    h.get_by_label("The whole system");
    // A taken name (case aside) and an empty one are refused, said in the window; the form
    // stays open.
    h.get_by_label("+ Add a component").click();
    h.run();
    add_typed(&mut h, "portal");
    h.get_by_label_contains("Another component is already called \u{201c}portal\u{201d}.");
    assert_eq!(names(&h), ["Portal"]);
    add_typed(&mut h, "   ");
    h.get_by_label_contains("A component needs a name.");
    add_typed(&mut h, "API");
    assert_eq!(names(&h), ["Portal", "API"]);
    assert_eq!(h.state().component, Some(1));
}

#[test]
fn a_refused_name_is_said_in_french() {
    let mut h = hospital(Screen::Checklists, Lang::Fr);
    h.get_by_label("+ Ajouter un composant").click();
    h.run();
    h.get_by_role_and_label(Role::TextInput, "Nom\u{a0}:")
        .focus();
    h.run();
    h.get_by_role_and_label(Role::TextInput, "Nom\u{a0}:")
        .type_text("api fhir");
    h.run();
    key(&mut h, Modifiers::NONE, Key::Enter);
    h.get_by_label_contains("Un autre composant s'appelle déjà «\u{a0}api fhir\u{a0}».");
    assert_eq!(h.state().doc.session.components.len(), 3);
}

#[test]
fn a_tick_lands_in_the_component_shown_only() {
    let mut h = hospital(Screen::Checklists, Lang::En);
    h.get_by_role_and_label(Role::Button, "API FHIR").click();
    h.run();
    assert_eq!(h.state().component, Some(1));
    h.get_by_label(ISOLATION).click_accesskit();
    h.run();
    let s = &h.state().doc.session;
    assert!(s.components[1].ticks.contains(ISOLATION_ID));
    assert!(!s.ticks.contains(ISOLATION_ID));
    assert!(!s.components[0].ticks.contains(ISOLATION_ID));
    assert!(!s.components[2].ticks.contains(ISOLATION_ID));
    // The must-have toggle under it edits the component's must-haves.
    h.get_by_label(&format!("Must-have: {ISOLATION}"))
        .click_accesskit();
    h.run();
    let s = &h.state().doc.session;
    assert!(s.components[1].musts.contains(ISOLATION_ID));
    assert!(s.musts.is_empty());
}

#[test]
fn the_keyboard_switches_components_in_presenter_mode_too() {
    let mut h = hospital(Screen::Checklists, Lang::En);
    assert_eq!(h.state().component, None);
    key(&mut h, Modifiers::COMMAND, Key::PageDown);
    assert_eq!(h.state().component, Some(0));
    key(&mut h, Modifiers::COMMAND, Key::PageDown);
    key(&mut h, Modifiers::COMMAND, Key::PageDown);
    key(&mut h, Modifiers::COMMAND, Key::PageDown);
    assert_eq!(h.state().component, Some(2), "stops at the last");
    key(&mut h, Modifiers::NONE, Key::F11);
    assert!(h.state().settings.presenter);
    key(&mut h, Modifiers::COMMAND, Key::PageUp);
    assert_eq!(h.state().component, Some(1));
    key(&mut h, Modifiers::COMMAND, Key::PageUp);
    key(&mut h, Modifiers::COMMAND, Key::PageUp);
    assert_eq!(h.state().component, None, "back to the whole system");
    // The shortcuts list says so.
    key(&mut h, Modifiers::NONE, Key::F1);
    h.get_by_label("Next component");
    h.get_by_label("Previous component (or the whole system)");
}

#[test]
fn the_switcher_is_reached_by_tab() {
    let mut h = hospital(Screen::Checklists, Lang::En);
    let mut reached = false;
    for _ in 0..40 {
        key(&mut h, Modifiers::NONE, Key::Tab);
        if h.get_by_role_and_label(Role::Button, "Paiement")
            .is_focused()
        {
            reached = true;
            break;
        }
    }
    assert!(reached, "Tab reaches the components of the switcher");
    key(&mut h, Modifiers::NONE, Key::Enter);
    assert_eq!(h.state().component, Some(2));
}

#[test]
fn a_fact_for_all_shows_locked_in_a_component() {
    let mut h = hospital(Screen::Checklists, Lang::En);
    // On the whole system, the tick is the facts for all.
    h.get_by_label(ISOLATION).click_accesskit();
    h.run();
    assert!(h.state().doc.session.ticks.contains(ISOLATION_ID));
    key(&mut h, Modifiers::COMMAND, Key::PageDown);
    let name = format!("{ISOLATION}  🔒 for all components");
    let node = h.get_by_label(&name);
    assert!(node.accesskit_node().is_disabled(), "not editable here");
    assert_eq!(
        node.accesskit_node().toggled(),
        Some(egui::accesskit::Toggled::True)
    );
    node.click_accesskit();
    h.run();
    let s = &h.state().doc.session;
    assert!(s.ticks.contains(ISOLATION_ID));
    assert!(!s.components[0].ticks.contains(ISOLATION_ID));
    // The Compare screen follows the same component: a weight for all shows locked there.
    h.state_mut().send(Command::SelectComponent(None));
    h.state_mut().send(Command::Go(Screen::Compare));
    h.run();
    h.get_all_by_label("High")
        .next()
        .unwrap_or_else(|| panic!("no High"))
        .click();
    h.run();
    let weighted: Vec<String> = h.state().doc.session.weights.keys().cloned().collect();
    assert_eq!(weighted.len(), 1);
    key(&mut h, Modifiers::COMMAND, Key::PageDown);
    h.get_by_role_and_label(Role::Button, "Dossier patient");
    h.get_by_label_contains("🔒 For all components: High");
}

#[test]
fn a_shape_fact_for_all_says_it_names_the_architecture() {
    let mut h = hospital(Screen::Checklists, Lang::En);
    h.get_by_label_contains("Progressive Migration (Lift and Shift)")
        .click_accesskit();
    h.run();
    h.get_by_label("⬚ Names the system's architecture: not counted in each component");
}

#[test]
fn removing_a_component_and_undo_bring_it_back() {
    let mut h = hospital(Screen::Checklists, Lang::En);
    h.get_by_role_and_label(Role::Button, "API FHIR").click();
    h.run();
    h.get_by_role_and_label(Role::Button, "Remove").click();
    h.run();
    assert_eq!(names(&h), ["Dossier patient", "Paiement"]);
    assert_eq!(h.state().component, Some(0));
    h.get_by_label_contains("\u{201c}API FHIR\u{201d} removed:");
    key(&mut h, Modifiers::COMMAND, Key::Z);
    assert_eq!(names(&h), ["Dossier patient", "API FHIR", "Paiement"]);
    let c = &h.state().doc.session.components[1];
    assert!(c.ticks.contains("choose.containers.microservices"));
    assert!(h.query_by_label_contains("removed:").is_none());
}

#[test]
fn renaming_and_moving_the_component_shown() {
    let mut h = hospital(Screen::Checklists, Lang::En);
    h.get_by_role_and_label(Role::Button, "Paiement").click();
    h.run();
    h.get_by_role_and_label(Role::Button, "Move up").click();
    h.run();
    assert_eq!(names(&h), ["Dossier patient", "Paiement", "API FHIR"]);
    assert_eq!(
        h.state().component,
        Some(1),
        "the moved component stays shown"
    );
    add_typed(&mut h, "Dossier Patient");
    h.get_by_label_contains("Another component is already called");
    assert_eq!(h.state().doc.session.components[1].name, "Paiement");
    add_typed(&mut h, "Payments");
    assert_eq!(h.state().doc.session.components[1].name, "Payments");
}

#[test]
fn fifty_components_stay_usable() {
    let mut h = on(Screen::Checklists, Lang::En, None);
    for n in 0..50 {
        let c = Component::new(&format!("Component {n}"), "");
        h.state_mut()
            .send(Command::Edit(Edit::AddComponent(Box::new(c))));
    }
    h.state_mut().send(Command::SelectComponent(Some(42)));
    h.run();
    let width = 1280.0;
    let shown = h.get_by_role_and_label(Role::Button, "Component 42").rect();
    assert!(
        shown.left() >= 0.0 && shown.right() <= width,
        "the component shown is scrolled into view: {shown:?}"
    );
    // One row: the checklist starts high on the screen.
    let first = h.get_by_label(ISOLATION).rect();
    assert!(first.top() < 360.0, "the switcher stays compact: {first:?}");
    key(&mut h, Modifiers::COMMAND, Key::PageDown);
    assert_eq!(h.state().component, Some(43));
    let shown = h.get_by_role_and_label(Role::Button, "Component 43").rect();
    assert!(shown.right() <= width, "{shown:?}");
    h.get_by_label(ISOLATION).click_accesskit();
    h.run();
    assert!(
        h.state().doc.session.components[43]
            .ticks
            .contains(ISOLATION_ID)
    );
}

#[test]
fn a_session_without_components_edits_its_own_facts_as_before() {
    let mut h = on(Screen::Checklists, Lang::En, None);
    assert!(h.query_by_label_contains("Components:").is_none());
    h.get_by_label("+ Add a component");
    h.get_by_label(ISOLATION).click_accesskit();
    h.run();
    assert!(h.state().doc.session.ticks.contains(ISOLATION_ID));
    key(&mut h, Modifiers::COMMAND, Key::PageDown);
    assert_eq!(h.state().component, None);
}
