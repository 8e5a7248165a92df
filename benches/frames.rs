//! Frame benchmarks: the CPU time of one whole frame of arbitre, headless.
//!
//! A frame here is what eframe does on the CPU each time it paints: `Context::run_ui` over
//! [`ArbitreApp::show`] (layout, widgets, the app's own logic) followed by
//! `Context::tessellate` (shapes to triangles). Only the GPU upload and the swap are left
//! out. The window is 1280×720 at 1 point per pixel, the kit is the built-in one and the
//! session is the notes' quote-app example, so that the Recommendation and ADR screens have
//! content.
//!
//! Groups (run with `cargo bench --bench frames`; see `docs/performance.md`):
//! - `baseline`: the same context setup (arbitre's fonts and style) drawing a minimal window,
//!   a heading, a label and a button in a `CentralPanel`: what any egui app pays per frame.
//! - `screen`: each screen in each language, steady state (nothing changes between frames).
//! - `tick`: each iteration ticks or unticks a checklist item through
//!   [`ArbitreApp::apply`] (the recommendation and the ADR are recomputed), then draws the
//!   frame, as happens when a user clicks a checkbox. On the ADR screen this is the worst
//!   case of an edit seen in the preview (Ctrl+Z of a tick there does the same).
//! - `typing`: each iteration types or erases one character of the ADR's context through
//!   [`Edit::Adr`], then draws the ADR screen: a keystroke in the ADR form.
//! - `system_screen`: the Recommendation screen of a ten-component system (issue #27), one
//!   component shown, steady state.
//! - `log_screen`: the Log screen over a 1,000-record log (`write_sample_log`), steady state.
//! - `log_long_record`: the Log screen with a record of a million lines (5 MB) selected,
//!   steady state: the pane renders its bounded beginning, not the whole record.
//! - `log_search`: each iteration types or erases one letter of the Log screen's search
//!   (`sant` ↔ `santé`), then draws the frame: a keystroke in the search field, the table
//!   filtered again over all 1,000 records' text when a letter is erased.
//! - `first_frame` and `baseline_first_frame`: the CPU side of start-up, from a fresh context
//!   to the first tessellated frame (building the app, loading the fonts, laying out every
//!   text once), for arbitre on its first screen and for the minimal window.
//!
//! Each setup warns on stderr if a screen asks egui for another frame immediately: that would
//! be a continuous repaint, and the app would never be idle.
#![allow(clippy::cast_precision_loss, clippy::format_collect)] // figures printed for people

use std::cell::Cell;
use std::fmt;
use std::path::PathBuf;
use std::time::Duration;

use arbitre::i18n::Lang;
use arbitre::session::Edit;
use arbitre::ui::{ArbitreApp, Command, Launch, Screen, Settings};
use divan::{Bencher, black_box};

fn main() {
    divan::main();
}

/// The session every frame is drawn over.
fn quote_app() -> PathBuf {
    PathBuf::from(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/data/examples/quote-app.ron"
    ))
}

/// Frames drawn before measuring (one second at 60 Hz): the first installs fonts and style,
/// the next ones let text layout caches fill and animations (scroll bars fading in,
/// collapsing headers) finish, so that what is measured is the idle, steady-state frame.
const WARM_UP_FRAMES: usize = 60;

/// A headless egui context and a clock that advances one 60 Hz frame per call.
struct Headless {
    ctx: egui::Context,
    frame: Cell<u64>,
}

impl Headless {
    fn new() -> Headless {
        Headless {
            ctx: egui::Context::default(),
            frame: Cell::new(0),
        }
    }

    /// The input of the next frame: a 1280×720 window, no events, the clock moved on.
    fn input(&self) -> egui::RawInput {
        let n = self.frame.get();
        self.frame.set(n + 1);
        egui::RawInput {
            screen_rect: Some(egui::Rect::from_min_size(
                egui::Pos2::ZERO,
                egui::vec2(1280.0, 720.0),
            )),
            time: Some(n as f64 / 60.0),
            predicted_dt: 1.0 / 60.0,
            ..Default::default()
        }
    }

    /// One frame's CPU work: the UI pass and the tessellation. Returns how soon egui wants
    /// the next frame, and the primitives so that nothing is optimised away.
    fn frame(
        &self,
        draw: impl FnMut(&mut egui::Ui),
    ) -> (Option<Duration>, Vec<egui::ClippedPrimitive>) {
        let output = self.ctx.run_ui(self.input(), draw);
        let repaint = output
            .viewport_output
            .get(&egui::ViewportId::ROOT)
            .map(|v| v.repaint_delay);
        let primitives = self.ctx.tessellate(output.shapes, output.pixels_per_point);
        (repaint, primitives)
    }
}

/// Warns when a frame asks for the next one at once (a continuous repaint).
fn warn_if_busy(what: &str, repaint: Option<Duration>) {
    if repaint == Some(Duration::ZERO) {
        eprintln!("warning: {what} asks for another frame immediately (continuous repaint)");
    }
}

/// The app on a screen in a language, over the quote-app session, warmed up.
fn app_on(screen: Screen, lang: Lang) -> (Headless, ArbitreApp) {
    app_over(screen, lang, quote_app(), None)
}

/// The app on a screen in a language, over `session`, `component` shown, warmed up.
fn app_over(
    screen: Screen,
    lang: Lang,
    session: PathBuf,
    component: Option<usize>,
) -> (Headless, ArbitreApp) {
    let settings = Settings {
        lang,
        screen,
        ..Settings::default()
    };
    let launch = Launch {
        session: Some(session),
        ..Launch::default()
    };
    let mut app = ArbitreApp::with_settings(settings, launch).unwrap_or_else(|e| panic!("{e}"));
    let headless = Headless::new();
    if component.is_some() {
        app.apply(Command::SelectComponent(component), &headless.ctx);
    }
    let mut repaint = None;
    for _ in 0..WARM_UP_FRAMES {
        repaint = headless.frame(|ui| app.show(ui)).0;
    }
    warn_if_busy(&format!("{screen:?}/{}", lang.code()), repaint);
    (headless, app)
}

/// A screen in a language; prints as `compare/fr`.
#[derive(Clone, Copy)]
struct Case {
    screen: Screen,
    lang: Lang,
}

impl fmt::Display for Case {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let name = format!("{:?}", self.screen).to_lowercase();
        write!(f, "{name}/{}", self.lang.code())
    }
}

const fn case(screen: Screen, lang: Lang) -> Case {
    Case { screen, lang }
}

/// Every screen in both languages.
const SCREENS: [Case; 10] = [
    case(Screen::Compare, Lang::Fr),
    case(Screen::Compare, Lang::En),
    case(Screen::Checklists, Lang::Fr),
    case(Screen::Checklists, Lang::En),
    case(Screen::Recommendation, Lang::Fr),
    case(Screen::Recommendation, Lang::En),
    case(Screen::Adr, Lang::Fr),
    case(Screen::Adr, Lang::En),
    case(Screen::Train, Lang::Fr),
    case(Screen::Train, Lang::En),
];

/// Where a tick is clicked (Checklists) and where its effect is most costly to show (ADR:
/// the record is rendered again, the preview parsed again).
const TICKED: [Case; 4] = [
    case(Screen::Checklists, Lang::Fr),
    case(Screen::Checklists, Lang::En),
    case(Screen::Adr, Lang::Fr),
    case(Screen::Adr, Lang::En),
];

/// The item ticked and unticked: a VM case that changes the recommendation.
const TICK_ID: &str = "vm.compliance";

/// The minimal window: a heading, a label and a button in a `CentralPanel`.
fn minimal(ui: &mut egui::Ui) {
    egui::CentralPanel::default().show(ui, |ui| {
        ui.heading("arbitre");
        ui.label("Conteneurs, machines virtuelles, ou les deux ?");
        if ui.button("OK").clicked() {
            ui.label("clicked");
        }
    });
}

/// Type one character into the ADR's context, or erase it, then draw the frame.
#[divan::bench(args = [case(Screen::Adr, Lang::Fr), case(Screen::Adr, Lang::En)])]
fn typing(bencher: Bencher, case: Case) {
    let (headless, mut app) = app_on(case.screen, case.lang);
    let base = app.doc.session.adr.clone();
    let mut typed = false;
    bencher.bench_local(|| {
        typed = !typed;
        let mut meta = base.clone();
        if typed {
            meta.context.push('x');
        }
        app.apply(Command::Edit(Edit::Adr(Box::new(meta))), &headless.ctx);
        headless.frame(|ui| app.show(ui))
    });
}

/// The app on the Log screen of a 1,000-record log, read and warmed up (the folder lives as
/// long as the returned guard).
fn log_app(lang: Lang) -> (Headless, ArbitreApp, tempfile::TempDir) {
    let tmp = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    arbitre::adr::log::write_sample_log(tmp.path(), 1000).unwrap_or_else(|e| panic!("{e}"));
    let (headless, app) = log_app_on(tmp.path(), lang, 6, &format!("log/{}", lang.code()));
    (headless, app, tmp)
}

/// The app on the Log screen of the log in `root`, read, the record `select` selected, and
/// warmed up.
fn log_app_on(
    root: &std::path::Path,
    lang: Lang,
    select: usize,
    what: &str,
) -> (Headless, ArbitreApp) {
    let settings = Settings {
        lang,
        screen: Screen::Log,
        ..Settings::default()
    };
    let launch = Launch {
        adr_log: Some(root.to_owned()),
        ..Launch::default()
    };
    let mut app = ArbitreApp::with_settings(settings, launch).unwrap_or_else(|e| panic!("{e}"));
    assert!(
        app.settle(std::time::Duration::from_mins(10)),
        "the log is read"
    );
    app.log_screen.select(select);
    let headless = Headless::new();
    let mut repaint = None;
    for _ in 0..WARM_UP_FRAMES {
        repaint = headless.frame(|ui| app.show(ui)).0;
    }
    warn_if_busy(what, repaint);
    (headless, app)
}

/// A session of ten components ([`arbitre::session::sample_system`]) in a temporary folder
/// (it lives as long as the returned guard).
fn ten_components() -> (PathBuf, tempfile::TempDir) {
    let tmp = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let kit = arbitre::kit::CheckedKit::builtin().unwrap_or_else(|e| panic!("{e}"));
    let file = tmp.path().join("ten.ron");
    std::fs::write(&file, arbitre::session::sample_system(&kit, 10).to_ron())
        .unwrap_or_else(|e| panic!("{e}"));
    (file, tmp)
}

/// The Recommendation screen of a ten-component system, steady state, one component shown
/// (the table, the team's drawing and that component's reasons).
#[divan::bench(args = [Lang::Fr, Lang::En])]
fn system_screen(bencher: Bencher, lang: Lang) {
    let (file, _dir) = ten_components();
    let (headless, mut app) = app_over(Screen::Recommendation, lang, file, Some(2));
    assert_eq!(app.system.components.len(), 10);
    bencher.bench_local(|| headless.frame(|ui| app.show(ui)));
}

/// The Log screen with 1,000 records, steady state.
#[divan::bench(args = [Lang::Fr, Lang::En])]
fn log_screen(bencher: Bencher, lang: Lang) {
    let (headless, mut app, _dir) = log_app(lang);
    bencher.bench_local(|| headless.frame(|ui| app.show(ui)));
}

/// The Log screen of a log whose second record is a million lines long (5 MB, under the
/// 10 MB a record may have), that record selected and warmed up.
fn long_record_app() -> (Headless, ArbitreApp, tempfile::TempDir) {
    let tmp = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let dir = tmp.path().join("docs/decisions");
    std::fs::create_dir_all(&dir).unwrap_or_else(|e| panic!("{e}"));
    std::fs::write(dir.join("0001-short.md"), "# A short record\n\nShort.\n")
        .unwrap_or_else(|e| panic!("{e}"));
    let mut body = String::from("---\nstatus: proposed\n---\n\n# A very long record\n\n");
    for i in 1..1_000_000 {
        body.push_str(if i % 10 == 0 { "\n" } else { "word\n" });
    }
    std::fs::write(dir.join("0002-long.md"), body).unwrap_or_else(|e| panic!("{e}"));
    let (headless, app) = log_app_on(tmp.path(), Lang::En, 1, "log/long-record");
    (headless, app, tmp)
}

/// The Log screen with a million-line record selected, steady state.
#[divan::bench(sample_count = 20)]
fn log_long_record(bencher: Bencher) {
    let (headless, mut app, _dir) = long_record_app();
    bencher.bench_local(|| headless.frame(|ui| app.show(ui)));
}

/// A keystroke in the Log screen's search field, and the frame that shows it.
#[divan::bench]
fn log_search(bencher: Bencher) {
    let (headless, mut app, _dir) = log_app(Lang::Fr);
    let mut longer = false;
    bencher.bench_local(|| {
        longer = !longer;
        let text = if longer { "santé" } else { "sant" };
        text.clone_into(&mut app.log_screen.query.text);
        headless.frame(|ui| app.show(ui))
    });
}

/// A minimal egui window with arbitre's fonts and style: the per-frame cost of egui itself.
#[divan::bench]
fn baseline(bencher: Bencher) {
    let headless = Headless::new();
    arbitre::ui::theme::install(&headless.ctx);
    let draw = minimal;
    let mut repaint = None;
    for _ in 0..WARM_UP_FRAMES {
        repaint = headless.frame(draw).0;
    }
    warn_if_busy("baseline", repaint);
    bencher.bench_local(|| headless.frame(draw));
}

/// One steady-state frame of a screen.
#[divan::bench(args = SCREENS)]
fn screen(bencher: Bencher, case: Case) {
    let (headless, mut app) = app_on(case.screen, case.lang);
    bencher.bench_local(|| headless.frame(|ui| app.show(ui)));
}

/// Tick or untick an item, then draw the frame that shows it.
#[divan::bench(args = TICKED)]
fn tick(bencher: Bencher, case: Case) {
    let (headless, mut app) = app_on(case.screen, case.lang);
    let mut on = false;
    bencher.bench_local(|| {
        on = !on;
        let edit = Edit::Tick {
            id: TICK_ID.to_owned(),
            on,
        };
        app.apply(Command::Edit(edit), &headless.ctx);
        let drawn = headless.frame(|ui| app.show(ui));
        black_box(&app.recommendation);
        drawn
    });
}

/// Start-up on the CPU: a fresh context and app (default settings: Compare, in French, as on
/// a first launch), up to the first tessellated frame.
#[divan::bench(sample_count = 20)]
fn first_frame() -> (Option<Duration>, Vec<egui::ClippedPrimitive>) {
    let mut app = ArbitreApp::with_settings(Settings::default(), Launch::default())
        .unwrap_or_else(|e| panic!("{e}"));
    let headless = Headless::new();
    headless.frame(|ui| app.show(ui))
}

/// The same for the minimal window, with the same fonts and style.
#[divan::bench(sample_count = 20)]
fn baseline_first_frame() -> (Option<Duration>, Vec<egui::ClippedPrimitive>) {
    let headless = Headless::new();
    arbitre::ui::theme::install(&headless.ctx);
    headless.frame(minimal)
}
