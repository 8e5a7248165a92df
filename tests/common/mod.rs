//! Shared helpers for the integration tests.
#![allow(dead_code)]

use arbitre::i18n::Lang;
use arbitre::ui::{ArbitreApp, Launch, Settings};
use egui_kittest::Harness;

/// The app with default settings in a language, at 1280×720.
pub fn app_harness(lang: Lang) -> Harness<'static, ArbitreApp> {
    app_harness_with(
        Settings {
            lang,
            ..Settings::default()
        },
        Launch::default(),
    )
}

/// The app with given settings and launch options, at 1280×720.
pub fn app_harness_with(settings: Settings, launch: Launch) -> Harness<'static, ArbitreApp> {
    let app = ArbitreApp::with_settings(settings, launch);
    let mut h = Harness::builder()
        .with_size([1280.0, 720.0])
        .build_ui_state(|ui, app: &mut ArbitreApp| app.show(ui), app);
    h.run();
    h
}
