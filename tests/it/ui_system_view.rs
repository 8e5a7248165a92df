//! The Recommendation screen for a system of components (issue #27), through the real app:
//! the six example systems show each component's placement and the system's architecture;
//! a component's placement and the system's outcome are overridden with a justification; a
//! system of fifty components scrolls, by pointer and keyboard, presenter mode included.

use std::path::{Path, PathBuf};

use crate::common;

use arbitre::decide::Outcome;
use arbitre::i18n::Lang;
use arbitre::kit::OptionId;
use arbitre::ui::{ArbitreApp, Launch, Screen, Settings};
use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;

/// The app on the Recommendation screen over a session file.
fn open(session: PathBuf, lang: Lang) -> Harness<'static, ArbitreApp> {
    let mut h = common::app_harness_with(
        Settings {
            lang,
            screen: Screen::Recommendation,
            ..Settings::default()
        },
        Launch {
            session: Some(session),
            ..Launch::default()
        },
    );
    h.run();
    assert!(h.state().messages.is_empty(), "{:?}", h.state().messages);
    h
}

fn example(name: &str, lang: Lang) -> Harness<'static, ArbitreApp> {
    open(format!("data/examples/{name}.ron").into(), lang)
}

/// Writes a session of fifty components in `dir` ([`arbitre::session::sample_system`]).
/// Returns its path.
pub fn fifty_components(dir: &Path) -> PathBuf {
    let kit = arbitre::kit::CheckedKit::builtin().unwrap_or_else(|e| panic!("{e}"));
    let file = dir.join("fifty.ron");
    std::fs::write(&file, arbitre::session::sample_system(&kit, 50).to_ron())
        .unwrap_or_else(|e| panic!("{e}"));
    file
}

/// An example's name, its components' placements, its architectures and its drawing.
type Example = (
    &'static str,
    &'static [(&'static str, &'static str)],
    &'static [&'static str],
    &'static str,
);

/// The placements as the screen must show them, the system's architectures, and the drawing
/// in words (English).
const EXAMPLES: [Example; 6] = [
    (
        "erp-portal",
        &[
            ("ERP", "VM"),
            ("Portail web", "Containers"),
            ("API du portail", "Containers"),
        ],
        &["Progressive Migration (Lift and Shift)"],
        "VMs [ERP], Containers [Portail web, API du portail]",
    ),
    (
        "build-farm",
        &[
            ("Windows builders", "VM"),
            ("macOS builders", "VM"),
            ("Linux builders", "Containers"),
            ("Update server", "Containers"),
        ],
        &["Development and CI/CD"],
        "VMs [Windows builders, macOS builders], Containers [Linux builders, Update server]",
    ),
    (
        "quote-app-system",
        &[
            (
                "quote-app",
                "Containers in one VM per environment (the cluster's nodes)",
            ),
            (
                "postgres",
                "Containers in one VM per environment (the cluster's nodes)",
            ),
        ],
        &["Kubernetes on VMs"],
        "VMs: one VM per environment (the cluster's nodes) [quote-app, postgres]",
    ),
    (
        "hospital",
        &[
            ("Dossier patient", "VM"),
            ("API FHIR", "Containers"),
            (
                "Paiement",
                "Containers in a dedicated VM per sensitivity level",
            ),
        ],
        &["Progressive Migration (Lift and Shift)", "Defence in Depth"],
        "VMs [Dossier patient], VMs: a dedicated VM per sensitivity level [Paiement], Containers [API FHIR]",
    ),
    (
        "iot-edge",
        &[
            ("IoT gateways", "Containers"),
            ("Manufacturing system", "VM"),
        ],
        &["Hybrid Cloud and Edge Computing"],
        "VMs [Manufacturing system], Containers [IoT gateways]",
    ),
    (
        "saas-plugins",
        &[
            ("Plugin runner", "Containers in one VM per tenant"),
            ("Platform", "Containers"),
        ],
        &["Multi-Tenant Environments"],
        "VMs: one VM per tenant [Plugin runner], Containers [Platform]",
    ),
];

#[test]
fn the_six_examples_show_each_placement_and_the_architecture() {
    for (name, placements, architectures, drawing) in EXAMPLES {
        let h = example(name, Lang::En);
        h.get_by_label("The system: Hybrid");
        for (component, place) in placements {
            // Its row: the name selects it; its placement and the one-line why beside it.
            h.get_by_role_and_label(Role::Button, component);
            assert!(
                h.query_all_by_label(place).next().is_some(),
                "{name}: {component} shows {place}"
            );
            let placed = h
                .state()
                .system
                .component(component)
                .unwrap_or_else(|| panic!("{name}: {component}"));
            let why = placed.why(&h.state().kit, Lang::En);
            assert!(h.query_all_by_label(&why).next().is_some(), "{name}: {why}");
        }
        for a in architectures {
            h.get_by_label(&format!("• {a}"));
        }
        // The team's system, each component by its name in the box where it runs.
        h.get_by_role_and_label(Role::Image, drawing);
    }
}

#[test]
fn the_hospital_in_french() {
    let h = example("hospital", Lang::Fr);
    h.get_by_label("Le système\u{a0}: Hybride");
    h.get_by_role_and_label(Role::Button, "Dossier patient");
    h.get_by_label("Conteneurs dans une VM dédiée par niveau de sensibilité");
    h.get_by_label("Reconnue d'après les faits des composants de chaque côté du partage.");
    h.get_by_label_contains("Le système de l'équipe");
}

#[test]
fn a_component_s_override_moves_the_system_s_outcome() {
    let mut h = example("iot-edge", Lang::En);
    h.get_by_role_and_label(Role::Button, "Manufacturing system")
        .click();
    h.run();
    assert_eq!(h.state().component, Some(1));
    // The shown component's reasons and what would change them.
    h.get_by_label("Why Manufacturing system lands there");
    h.get_by_label("What would change the answer");
    h.get_by_label("Override the placement of Manufacturing system…")
        .click_accesskit();
    h.run();
    h.get_by_label("Override the placement of Manufacturing system");
    h.get_by_role_and_label(Role::RadioButton, "Containers")
        .click();
    h.run();
    h.get_by_label("Apply the override").click();
    h.run();
    h.get_by_label("Refused: write why the team overrides the recommendation.");
    assert!(h.state().doc.session.components[1].override_.is_none());
    h.get_by_label("Justification (required):").click();
    h.run();
    h.get_by_label("Justification (required):")
        .type_text("The plant's vendor supports containers now.");
    h.run();
    h.get_by_label("Apply the override").click_accesskit();
    h.run();
    let s = &h.state().doc.session;
    assert_eq!(
        s.components[1].override_.as_ref().map(|o| o.outcome),
        Some(OptionId::Containers)
    );
    assert!(s.override_.is_none(), "the component's, not the system's");
    // Every component in containers: the system follows.
    assert_eq!(h.state().system.decision.outcome, Outcome::Containers);
    h.get_by_label("The system: Containers");
    h.get_by_label("overridden");
    // Its one-line why, in the table and in its details.
    let why = "The team's choice: The plant's vendor supports containers now.";
    assert_eq!(h.query_all_by_label(why).count(), 2);
    h.get_by_label("Engine's placement: VM");
    // And back.
    h.get_by_label("Return Manufacturing system to the engine's placement")
        .click_accesskit();
    h.run();
    assert!(h.state().doc.session.components[1].override_.is_none());
    assert_eq!(h.state().system.decision.outcome, Outcome::Hybrid);
}

#[test]
fn the_whole_system_is_overridden_apart_from_its_components() {
    let mut h = example("hospital", Lang::En);
    // A component shown, then the whole system again.
    h.get_by_role_and_label(Role::Button, "API FHIR").click();
    h.run();
    assert_eq!(h.state().component, Some(1));
    h.get_by_role_and_label(Role::Button, "The whole system")
        .click();
    h.run();
    assert_eq!(h.state().component, None);
    h.get_by_label("Override the system's outcome…")
        .click_accesskit();
    h.run();
    h.get_by_role_and_label(Role::RadioButton, "VMs").click();
    h.run();
    h.get_by_label("Justification (required):").click();
    h.run();
    h.get_by_label("Justification (required):")
        .type_text("One platform team, one hypervisor.");
    h.run();
    h.get_by_label("Apply the override").click_accesskit();
    h.run();
    let s = &h.state().doc.session;
    assert_eq!(s.override_.as_ref().map(|o| o.outcome), Some(OptionId::Vms));
    assert!(s.components.iter().all(|c| c.override_.is_none()));
    assert_eq!(h.state().system.decision.outcome, Outcome::Vms);
    h.get_by_label("Team decision (override): VMs");
    // What the placements alone give stays in view under the override.
    h.get_by_label(
        "The placements give: Hybrid (Progressive Migration (Lift and Shift), Defence in Depth)",
    );
    assert_eq!(h.state().system.derived.outcome, Outcome::Hybrid);
    h.get_by_label("Return to what follows from the placements")
        .click_accesskit();
    h.run();
    assert!(h.state().doc.session.override_.is_none());
    h.get_by_label("The system: Hybrid");
}

/// Whether `rect` is inside the window.
fn on_screen(h: &Harness<'static, ArbitreApp>, rect: egui::Rect) -> bool {
    h.ctx.content_rect().contains_rect(rect)
}

#[test]
fn fifty_components_scroll_by_pointer_and_keyboard() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let file = fifty_components(dir.path());
    for presenter in [false, true] {
        let mut h = open(file.clone(), Lang::En);
        if presenter {
            h.key_press(egui::Key::F11);
            h.run();
        }
        assert_eq!(h.state().system.components.len(), 50);
        h.get_by_label("50 components");
        let last = || (Role::Button, "Service 50");
        let rect = h.get_by_role_and_label(last().0, last().1).rect();
        assert!(
            !on_screen(&h, rect),
            "the table scrolls: the last row starts hidden"
        );
        // The keyboard reaches it: focused, it scrolls into view; Enter selects it.
        h.get_by_role_and_label(last().0, last().1).focus();
        h.run();
        h.run();
        let rect = h.get_by_role_and_label(last().0, last().1).rect();
        assert!(on_screen(&h, rect), "{rect:?} (presenter: {presenter})");
        h.key_press(egui::Key::Enter);
        h.run();
        assert_eq!(h.state().component, Some(49));
        // Its details are reachable below the table.
        let title = "Why Service 50 lands there";
        h.get_by_label(title).scroll_to_me();
        h.run();
        assert!(on_screen(&h, h.get_by_label(title).rect()));
        // The pointer too: a row clicked after scrolling to it.
        h.get_by_role_and_label(Role::Button, "Service 25")
            .scroll_to_me();
        h.run();
        h.get_by_role_and_label(Role::Button, "Service 25").click();
        h.run();
        assert_eq!(h.state().component, Some(24));
    }
}
