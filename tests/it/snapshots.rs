//! Pictures of every screen, French and English, light and dark, at 1280×720 (and zoomed).
//! Rendered with wgpu on lavapipe; run with `cargo test --features snapshots --test it snapshots`
//! (`UPDATE_SNAPSHOTS=1` to accept new pictures after looking at them).
#![cfg(feature = "snapshots")]

use crate::common;

use arbitre::i18n::Lang;
use arbitre::ui::{Launch, Screen, Settings};
use egui_kittest::SnapshotResults;
use egui_kittest::kittest::Queryable as _;

/// Renders one picture; results are gathered so that one test can hold several harnesses.
fn shot(results: &mut SnapshotResults, name: &str, settings: Settings, launch: Launch) {
    let mut h = common::app_harness_with(settings, launch);
    h.run();
    h.snapshot(name);
    results.extend_harness(&mut h);
}

fn settings(lang: Lang, dark: bool, screen: Screen) -> Settings {
    Settings {
        lang,
        dark,
        screen,
        ..Settings::default()
    }
}

#[test]
fn compare_screen() {
    let mut results = SnapshotResults::new();
    for lang in Lang::ALL {
        for dark in [false, true] {
            let theme = if dark { "dark" } else { "light" };
            shot(
                &mut results,
                &format!("compare_{}_{theme}", lang.code()),
                settings(lang, dark, Screen::Compare),
                Launch::default(),
            );
        }
    }
    results.unwrap();
}

#[test]
fn compare_screen_zoomed() {
    let mut results = SnapshotResults::new();
    shot(
        &mut results,
        "compare_fr_zoom150",
        Settings {
            zoom: 1.5,
            ..settings(Lang::Fr, false, Screen::Compare)
        },
        Launch::default(),
    );
    results.unwrap();
}

#[test]
fn checklists_and_recommendation_screens() {
    let mut results = SnapshotResults::new();
    let quote_app = || Launch {
        session: Some("data/examples/quote-app.ron".into()),
        ..Launch::default()
    };
    for lang in Lang::ALL {
        let code = lang.code();
        shot(
            &mut results,
            &format!("checklists_{code}_light"),
            settings(lang, false, Screen::Checklists),
            quote_app(),
        );
        shot(
            &mut results,
            &format!("recommendation_{code}_quote_app"),
            settings(lang, false, Screen::Recommendation),
            quote_app(),
        );
    }
    // Zoomed in, long bullets must wrap, not run off the screen.
    shot(
        &mut results,
        "checklists_en_zoom200",
        Settings {
            zoom: 2.0,
            ..settings(Lang::En, false, Screen::Checklists)
        },
        Launch::default(),
    );
    shot(
        &mut results,
        "recommendation_en_undecided_dark",
        settings(Lang::En, true, Screen::Recommendation),
        Launch::default(),
    );
    results.unwrap();
}

#[test]
fn prompts() {
    let mut results = SnapshotResults::new();
    recovery_and_unsaved_prompts(&mut results);
    write_prompts(&mut results);
    warnings_and_questions(&mut results);
    results.unwrap();
}

/// The offer to restore unsaved work, and the unsaved-changes question.
fn recovery_and_unsaved_prompts(results: &mut SnapshotResults) {
    // The offer to restore unsaved work, in French.
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    // Two runs that did not close: the newest is offered first; fixed ages keep the picture
    // stable.
    for (name, text, hours) in [
        (
            "autosave.ron",
            "(path: Some(\"/home/équipe/décision.ron\"), session: (ticks: [\"vm.compliance\"]))",
            3,
        ),
        (
            "autosave-1-1.ron",
            "(path: None, session: (ticks: [\"vm.multiple-os\", \"choose.vms.legacy\"], weights: {\"startup-time\": 2}))",
            26,
        ),
    ] {
        let file = dir.path().join(name);
        std::fs::write(&file, text).unwrap_or_else(|e| panic!("{e}"));
        std::fs::File::options()
            .write(true)
            .open(&file)
            .and_then(|f| {
                f.set_modified(
                    std::time::SystemTime::now()
                        - std::time::Duration::from_secs(hours * 3600 + 60),
                )
            })
            .unwrap_or_else(|e| panic!("{e}"));
    }
    shot(
        results,
        "recovery_prompt_fr",
        settings(Lang::Fr, false, Screen::Compare),
        Launch {
            data_dir: Some(dir.path().to_owned()),
            ..Launch::default()
        },
    );
    // The unsaved-changes prompt, in English, dark.
    let mut h = common::app_harness_with(
        settings(Lang::En, true, Screen::Checklists),
        Launch::default(),
    );
    h.get_by_label("1. Critical Security Isolation").click();
    h.run();
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::N);
    h.run();
    h.snapshot("unsaved_prompt_en_dark");
    results.extend_harness(&mut h);
}

/// The questions before a write replaces a file.
fn write_prompts(results: &mut SnapshotResults) {
    // Saving over a file that changed on disk since it was opened, in English.
    // A fixed folder: the prompt shows the path, and a random one would change the picture.
    let folder = std::env::temp_dir().join("arbitre-snapshot-overwrite");
    std::fs::create_dir_all(&folder).unwrap_or_else(|e| panic!("{e}"));
    let file = folder.join("quote-app.ron");
    std::fs::copy("data/examples/quote-app.ron", &file).unwrap_or_else(|e| panic!("{e}"));
    let mut h = common::app_harness_with(
        settings(Lang::En, false, Screen::Checklists),
        Launch {
            session: Some(file.clone()),
            ..Launch::default()
        },
    );
    // Edited without the mouse, so that no hover effect makes the picture flaky.
    h.state_mut().doc.edit(arbitre::session::Edit::Tick {
        id: "vm.security-isolation".into(),
        on: true,
    });
    h.run();
    std::fs::write(&file, "(format: 1)\n").unwrap_or_else(|e| panic!("{e}"));
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::S);
    h.run();
    h.snapshot("overwrite_prompt_en");
    results.extend_harness(&mut h);

    // Save As over a file that exists, typed in the path field, in French.
    let taken = folder.join("notes.md");
    std::fs::write(&taken, "# Notes\n").unwrap_or_else(|e| panic!("{e}"));
    let mut h = common::app_harness_with(
        settings(Lang::Fr, false, Screen::Checklists),
        Launch::default(),
    );
    h.state_mut().native_dialogs = false;
    h.key_press_modifiers(
        egui::Modifiers::COMMAND | egui::Modifiers::SHIFT,
        egui::Key::S,
    );
    h.run();
    if let Some(text) = h.state_mut().path_text_mut() {
        *text = taken.display().to_string();
    }
    h.key_press(egui::Key::Enter);
    h.run();
    h.get_by_label("Ce fichier existe déjà");
    h.snapshot("exists_prompt_fr");
    results.extend_harness(&mut h);
}

/// Warnings, messages, and the question before superseding.
fn warnings_and_questions(results: &mut SnapshotResults) {
    // The autosave cannot write: the warning stays in the window, in French.
    let mut h = common::app_harness_with(
        settings(Lang::Fr, false, Screen::Checklists),
        Launch::default(),
    );
    h.state_mut().autosave_problem = Some(arbitre::ui::notice::AutosaveProblem::Failed(
        arbitre::files::WriteError::Io {
            path: "/home/équipe/.local/share/arbitre/autosave-1-1.ron".into(),
            source: std::io::Error::from(std::io::ErrorKind::StorageFull),
        },
    ));
    h.run();
    h.snapshot("autosave_warning_fr");
    results.extend_harness(&mut h);

    // Success, warning and error side by side, in French.
    let mut h = common::app_harness_with(
        settings(Lang::Fr, false, Screen::Checklists),
        Launch::default(),
    );
    {
        use arbitre::ui::notice::Notice;
        let m = &mut h.state_mut().messages;
        m.push(Notice::ExportedToLog {
            path: "/dépôt/docs/adr/20261128-heberger-quote-app.md".into(),
            log: "log4brains docs/adr".into(),
            template: "MADR (- Status:, - Date:, - Deciders:)".into(),
        });
        m.push(Notice::MarkedSuperseded(
            "/dépôt/docs/adr/20210114-use-vms.md".into(),
        ));
        m.push(Notice::OtherTemplate);
        m.push(Notice::LogFindings {
            count: 3,
            first: arbitre::adr::log::Problem {
                file: "/dépôt/docs/adr/0002-from-main.md".into(),
                finding: arbitre::adr::log::LogFinding::DuplicateNumber {
                    number: 2,
                    other: "0002-from-branch.md".into(),
                },
            },
        });
        m.push(Notice::LoadFailed(arbitre::kit::LoadError::Syntax {
            file: "/dépôt/session.ron".into(),
            line: 3,
            column: 14,
            message: arbitre::kit::Syntax::Ron(Box::new(ron::Error::Eof)),
        }));
    }
    h.run();
    h.snapshot("messages_fr");
    results.extend_harness(&mut h);

    // Superseding with a proposal asks first.
    for lang in Lang::ALL {
        let mut h = common::app_harness_with(
            settings(lang, false, Screen::Adr),
            Launch {
                session: Some("data/examples/quote-app.ron".into()),
                ..Launch::default()
            },
        );
        h.state_mut().modals.push(arbitre::ui::app::Modal::Accept {
            root: "/dépôt".into(),
            old: "20210114-use-markdown-adrs".into(),
        });
        h.run();
        h.snapshot(format!("accept_prompt_{}", lang.code()));
        results.extend_harness(&mut h);
    }
}

#[test]
fn adr_screen() {
    let mut results = SnapshotResults::new();
    for lang in Lang::ALL {
        let mut h = common::app_harness_with(
            settings(lang, false, Screen::Adr),
            Launch {
                session: Some("data/examples/quote-app.ron".into()),
                ..Launch::default()
            },
        );
        // A fixed date keeps the picture stable; the document follows the UI's language here.
        h.state_mut().doc.session.adr.lang = lang;
        h.state_mut().doc.session.adr.date = "2026-11-26".into();
        h.state_mut().refresh_adr();
        h.run();
        h.snapshot(format!("adr_{}_preview", lang.code()));
        h.get_by_label(lang.pick("Texte brut", "Raw text")).click();
        h.run();
        h.snapshot(format!("adr_{}_raw", lang.code()));
        results.extend_harness(&mut h);
    }
    results.unwrap();
}

/// A system's record in the preview: the table of its components and its drawing (issue #27).
#[test]
fn adr_screen_of_a_system() {
    let mut results = SnapshotResults::new();
    let mut h = common::app_harness_with(
        settings(Lang::Fr, false, Screen::Adr),
        Launch {
            session: Some("data/examples/hospital.ron".into()),
            ..Launch::default()
        },
    );
    h.state_mut().doc.session.adr.date = "2026-11-26".into();
    h.state_mut().refresh_adr();
    h.run();
    h.snapshot("adr_system_fr_preview");
    // The table and the drawing, further down.
    h.get_by_label("Contexte").hover();
    for _ in 0..12 {
        h.event(egui::Event::MouseWheel {
            unit: egui::MouseWheelUnit::Point,
            delta: egui::vec2(0.0, -60.0),
            modifiers: egui::Modifiers::NONE,
            phase: egui::TouchPhase::Move,
            source: egui::MouseWheelSource::Wheel,
        });
        h.run();
    }
    h.snapshot("adr_system_fr_table");
    results.extend_harness(&mut h);
    results.unwrap();
}

/// A session file with these ticks and weights, in a temporary folder.
fn session_with(
    dir: &std::path::Path,
    name: &str,
    ticks: &[&str],
    weights: &[(&str, u8)],
) -> Launch {
    let ticks: Vec<String> = ticks.iter().map(|t| format!("\"{t}\"")).collect();
    let weights: Vec<String> = weights
        .iter()
        .map(|(c, w)| format!("\"{c}\": {w}"))
        .collect();
    let ron = format!(
        "(format: 1, kit: (id: \"containers-vs-vms\", version: 1), ticks: [{}], weights: {{{}}})",
        ticks.join(", "),
        weights.join(", ")
    );
    let path = dir.join(format!("{name}.ron"));
    std::fs::write(&path, ron).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    Launch {
        session: Some(path),
        ..Launch::default()
    }
}

/// A picture's name, language, theme, ticks and weights.
type Case = (&'static str, Lang, bool, &'static [&'static str], Weights);
/// Criterion weights.
type Weights = &'static [(&'static str, u8)];

/// Ties, flips, the sandbox hint, side-by-side drawings and a hybrid with no architecture.
#[test]
fn recommendation_cases() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let mut results = SnapshotResults::new();
    let cases: [Case; 5] = [
        (
            "recommendation_fr_tie",
            Lang::Fr,
            false,
            &[
                "choose.containers.microservices",
                "choose.containers.fast-scaling",
                "choose.containers.resource-efficiency",
                "choose.vms.different-os",
            ],
            &[],
        ),
        (
            "recommendation_en_lift_and_shift",
            Lang::En,
            false,
            &[
                "choose.containers.microservices",
                "choose.vms.legacy",
                "vm.legacy-monolith",
            ],
            &[],
        ),
        (
            "recommendation_fr_multi_tenant_hint",
            Lang::Fr,
            false,
            &[
                "hybrid.multi-tenant",
                "vm.security-isolation.multi-tenant",
                "choose.containers.resource-efficiency",
            ],
            &[("startup-time", 2)],
        ),
        (
            "recommendation_en_cloud_edge_dark",
            Lang::En,
            true,
            &[
                "hybrid.cloud-edge",
                "hybrid.cicd",
                "choose.containers.fast-scaling",
            ],
            &[],
        ),
        (
            "recommendation_en_no_architecture",
            Lang::En,
            false,
            &["choose.containers.microservices", "choose.vms.different-os"],
            &[],
        ),
    ];
    for (name, lang, dark, ticks, weights) in cases {
        shot(
            &mut results,
            name,
            settings(lang, dark, Screen::Recommendation),
            session_with(dir.path(), name, ticks, weights),
        );
    }
    results.unwrap();
}

/// A log of 1,000 records (and one number used twice).
fn thousand_records(root: &std::path::Path) {
    arbitre::adr::log::write_sample_log(root, 1000).unwrap_or_else(|e| panic!("{e}"));
}

/// The Log screen's pictures: a few pixels of its small italic text come out differently
/// from one run to the next on lavapipe (2 of 921,600 seen); up to 20 may differ.
fn log_options() -> egui_kittest::SnapshotOptions {
    egui_kittest::SnapshotOptions::new().max_failed_pixels(20)
}

#[test]
fn log_screen() {
    let tmp = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    // A fixed name: the screen shows the repository's name.
    let repo = tmp.path().join("plateforme");
    thousand_records(&repo);
    let mut results = SnapshotResults::new();
    for lang in Lang::ALL {
        for dark in [false, true] {
            let mut h = common::app_harness_with(
                settings(lang, dark, Screen::Log),
                Launch {
                    adr_log: Some(repo.clone()),
                    ..Launch::default()
                },
            );
            assert!(h.state_mut().settle(std::time::Duration::from_mins(1)));
            h.state_mut().log_screen.select(6);
            h.state_mut().log_screen.show_problems = true;
            h.run();
            let theme = if dark { "dark" } else { "light" };
            h.snapshot_options(format!("log_{}_{theme}", lang.code()), &log_options());
            results.extend_harness(&mut h);
        }
    }
    // Searching narrows the table.
    let mut h = common::app_harness_with(
        settings(Lang::Fr, false, Screen::Log),
        Launch {
            adr_log: Some(repo.clone()),
            ..Launch::default()
        },
    );
    assert!(h.state_mut().settle(std::time::Duration::from_mins(1)));
    h.state_mut().log_screen.query.text = "santé".into();
    h.run();
    h.get_by_label("200 sur 1001\u{a0}enregistrements");
    h.snapshot_options("log_fr_search", &log_options());
    results.extend_harness(&mut h);
    results.unwrap();
}

/// A log4brains project named by dates, with a package: the No. column shows each
/// record's id (its file name), not a date cut short.
#[test]
fn log_screen_dated() {
    let tmp = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let repo = tmp.path().join("demo");
    crate::adr_layouts::log4brains_packages(&repo);
    for (name, title) in [
        ("20240101-use-postgres", "Use PostgreSQL"),
        ("20240101-use-vms", "Use VMs"),
    ] {
        std::fs::write(
            repo.join(format!("docs/adr/{name}.md")),
            format!("# {title}\n\n- Status: proposed\n- Date: 2024-01-01\n"),
        )
        .unwrap_or_else(|e| panic!("{e}"));
    }
    let mut h = common::app_harness_with(
        settings(Lang::En, false, Screen::Log),
        Launch {
            adr_log: Some(repo.clone()),
            ..Launch::default()
        },
    );
    assert!(h.state_mut().settle(std::time::Duration::from_mins(1)));
    h.state_mut().log_screen.select(1);
    h.run();
    h.snapshot_options("log_en_dated", &log_options());
}

#[test]
fn wall_ready() {
    let mut results = SnapshotResults::new();
    let quote_app = || Launch {
        session: Some("data/examples/quote-app.ron".into()),
        ..Launch::default()
    };
    // Presenter mode: large type, check boxes that read from the back of the room.
    for (lang, dark) in [(Lang::Fr, false), (Lang::En, true)] {
        let mut h = common::app_harness_with(settings(lang, dark, Screen::Checklists), quote_app());
        h.key_press(egui::Key::F11);
        h.run();
        h.snapshot(format!(
            "presenter_checklists_{}_{}",
            lang.code(),
            if dark { "dark" } else { "light" }
        ));
        results.extend_harness(&mut h);
    }
    // The decision summary: a box and its statement, no decorative tick between them.
    let mut h =
        common::app_harness_with(settings(Lang::Fr, false, Screen::Checklists), quote_app());
    h.get_by_label("Vous privilégiez la portabilité et le DevOps")
        .scroll_to_me();
    h.run();
    h.snapshot("checklists_fr_summary");
    results.extend_harness(&mut h);
    // A small screen (1024×640): every decision screen, French light and English dark; and
    // presenter mode at 1280×720.
    for screen in [
        Screen::Compare,
        Screen::Checklists,
        Screen::Recommendation,
        Screen::Adr,
    ] {
        let name = format!("{screen:?}").to_lowercase();
        for (lang, dark) in [(Lang::Fr, false), (Lang::En, true)] {
            let mut h = common::app_harness_sized(
                settings(lang, dark, screen),
                quote_app(),
                [1024.0, 640.0],
            );
            let theme = if dark { "dark" } else { "light" };
            h.snapshot(format!("{name}_{}_{theme}_1024", lang.code()));
            results.extend_harness(&mut h);
        }
        let mut h = common::app_harness_with(settings(Lang::Fr, false, screen), quote_app());
        h.key_press(egui::Key::F11);
        h.run();
        h.snapshot(format!("presenter_{name}_fr"));
        results.extend_harness(&mut h);
    }
    // The shortcuts, listed.
    let mut h = common::app_harness(Lang::Fr);
    h.key_press(egui::Key::F1);
    h.run();
    h.snapshot("shortcuts_fr");
    results.extend_harness(&mut h);
    results.unwrap();
}
