//! eframe's own file, `app.ron`, checked before eframe reads it.
//!
//! eframe reads that file whole, without a bound, and uses what it holds unchecked: a FIFO
//! there hangs the start, a link to `/dev/zero` fills the memory, and egui's zoom of NaN, 0,
//! −1 or 1e30 makes the windowing layer panic at every start. So arbitre reads it first,
//! through the bounded reader ([`arbitre_core::kit::read_text_file`]): a file it cannot use is set
//! aside (renamed `app.corrupt-<time>.ron` beside it, like a corrupt autosave, never
//! deleted); a value out of range is reset in place (the file rewritten atomically); the
//! window says which. When neither can be done, eframe is given a file that keeps nothing
//! for this run ([`sink`]) rather than the bad one.
//!
//! What eframe 0.37 keeps there: a RON map of strings, one per key: `app` (arbitre's
//! [`Settings`], checked again by [`Settings::sanitize`]), `egui` (egui's `Memory`, with
//! `options.zoom_factor`) and `window` (the window's size, position and scale factor).

use std::collections::BTreeMap;
use std::ops::RangeInclusive;
use std::path::{Path, PathBuf};

use super::Settings;
use crate::notice::Notice;
use arbitre_core::files::WriteError;
use arbitre_core::kit::{self, LoadError, locate::Index};

/// The zoom egui's own settings offer: one outside it is reset to 1.
const EGUI_ZOOM: RangeInclusive<f32> = 0.1..=10.0;
/// A window's scale factor (pixels per point, without zoom) that can be real.
const SCALE: RangeInclusive<f32> = 0.1..=16.0;
/// A window's side, in points, that can be real.
const SIDE: RangeInclusive<f32> = 1.0..=100_000.0;
/// A window's position, in pixels, that can be real.
const POSITION: RangeInclusive<f32> = -1_000_000.0..=1_000_000.0;

/// The window's values checked, by path in the `window` value, with their ranges.
const WINDOW: [(&str, RangeInclusive<f32>); 5] = [
    ("normal_geometry.scale_factor", SCALE),
    ("normal_geometry.inner_size_points.x", SIDE),
    ("normal_geometry.inner_size_points.y", SIDE),
    ("normal_geometry.outer_position_pixels.x", POSITION),
    ("normal_geometry.outer_position_pixels.y", POSITION),
];

/// What eframe may read, and what to tell the user.
#[derive(Debug)]
pub(crate) struct Prepared {
    /// The file eframe keeps its state in: `app.ron` itself, or a [`sink`] when a bad file
    /// could be neither set aside nor repaired.
    pub path: PathBuf,
    /// What was done, for the window.
    pub notices: Vec<Notice>,
}

/// Checks eframe's file at `path` before eframe starts, and makes it safe for eframe to read.
pub(crate) fn prepare(path: &Path) -> Prepared {
    let done = |notices| Prepared {
        path: path.to_owned(),
        notices,
    };
    let not_kept = |problem, error| Prepared {
        path: sink(),
        notices: vec![Notice::SettingsNotKept { problem, error }],
    };
    match examine(path) {
        Verdict::Fine => done(Vec::new()),
        Verdict::Repair { text, fields } => {
            match arbitre_core::files::write_atomic(path, text.as_bytes()) {
                Ok(()) => done(vec![Notice::SettingsRepaired(fields)]),
                Err(e) => not_kept(None, e),
            }
        }
        Verdict::Unusable(error) => match arbitre_core::autosave::set_aside(path, "corrupt") {
            Ok(moved_to) => done(vec![Notice::SettingsSetAside { moved_to, error }]),
            Err(source) => not_kept(
                Some(error),
                WriteError::Io {
                    path: path.to_owned(),
                    source,
                },
            ),
        },
    }
}

/// A file that keeps nothing, for eframe to read (it is empty) and write (it is lost).
pub(crate) fn sink() -> PathBuf {
    if cfg!(unix) {
        PathBuf::from("/dev/null")
    } else {
        std::env::temp_dir().join("arbitre-app-not-kept.ron")
    }
}

/// What the check found.
#[derive(Debug)]
enum Verdict {
    /// Absent, or fit to read as it is.
    Fine,
    /// Usable once these values are reset: the new text, the values' names.
    Repair {
        text: String,
        fields: Vec<&'static str>,
    },
    /// Not usable at all: why.
    Unusable(LoadError),
}

fn examine(path: &Path) -> Verdict {
    if std::fs::symlink_metadata(path).is_err_and(|e| e.kind() == std::io::ErrorKind::NotFound) {
        return Verdict::Fine;
    }
    // Refuses a FIFO, a device, a folder, a file over the limit, binary data, before reading.
    let source = match kit::read_text_file(path) {
        Ok(s) => s,
        Err(e) => return Verdict::Unusable(e),
    };
    let index = Index::new(&source);
    if let Some(pos) = index.too_deep() {
        return Verdict::Unusable(syntax(path, pos, kit::Syntax::NestedTooDeeply));
    }
    let mut kv: BTreeMap<String, String> = match ron::from_str(&source) {
        Ok(kv) => kv,
        Err(e) => return Verdict::Unusable(kit::syntax_error(path, &e)),
    };
    // arbitre's own settings: unreadable, the whole file is kept aside for the user.
    if let Some(app) = kv.get(eframe::APP_KEY)
        && let Err(e) = ron::from_str::<Settings>(app)
    {
        let pos = index
            .value(&format!("[\"{}\"]", eframe::APP_KEY))
            .unwrap_or(kit::locate::Pos::START);
        let message = kit::Syntax::InValue {
            key: eframe::APP_KEY.to_owned(),
            error: Box::new(e.code),
        };
        return Verdict::Unusable(syntax(path, pos, message));
    }
    let mut fields = Vec::new();
    let mut dropped = Vec::new();
    for (key, value) in &mut kv {
        match key.as_str() {
            "egui" => match check_egui(value) {
                Fix::Keep => {}
                Fix::Replace(text) => {
                    *value = text;
                    fields.push("egui.zoom_factor");
                }
                Fix::Drop => {
                    dropped.push(key.clone());
                    fields.push("egui");
                }
            },
            "window" if !window_ok(value) => {
                dropped.push(key.clone());
                fields.push("window");
            }
            _ => {}
        }
    }
    if fields.is_empty() {
        return Verdict::Fine;
    }
    for key in dropped {
        kv.remove(&key);
    }
    // As eframe writes it.
    match ron::ser::to_string_pretty(&kv, ron::ser::PrettyConfig::default()) {
        Ok(text) => Verdict::Repair { text, fields },
        Err(e) => Verdict::Unusable(syntax(
            path,
            kit::locate::Pos::START,
            kit::Syntax::Ron(Box::new(e)),
        )),
    }
}

fn syntax(path: &Path, pos: kit::locate::Pos, message: kit::Syntax) -> LoadError {
    LoadError::Syntax {
        file: path.to_owned(),
        line: pos.line,
        column: pos.column,
        message,
    }
}

/// What to do with one value of the file.
#[derive(Debug, PartialEq)]
enum Fix {
    Keep,
    /// Its text with the zoom reset.
    Replace(String),
    /// Leave it out: eframe starts from its defaults.
    Drop,
}

/// egui's memory: its zoom in range (else reset to 1), every number finite, and readable as
/// egui's `Memory` (else left out).
fn check_egui(text: &str) -> Fix {
    let index = Index::new(text);
    if index.too_deep().is_some() {
        return Fix::Drop;
    }
    let mut fixed = None;
    if let Some((start, end)) = scalar_at(&index, "options.zoom_factor")
        && !in_range(text.get(start..end).unwrap_or(""), &EGUI_ZOOM)
    {
        fixed = Some(format!(
            "{}1.0{}",
            text.get(..start).unwrap_or(""),
            text.get(end..).unwrap_or("")
        ));
    }
    let checked = fixed.as_deref().unwrap_or(text);
    let index = Index::new(checked);
    if !all_finite(checked, &index) || ron::from_str::<egui::Memory>(checked).is_err() {
        return Fix::Drop;
    }
    fixed.map_or(Fix::Keep, Fix::Replace)
}

/// The window's geometry: every number finite, size, position and scale where a window can be.
fn window_ok(text: &str) -> bool {
    let index = Index::new(text);
    index.too_deep().is_none()
        && all_finite(text, &index)
        && WINDOW.iter().all(|(path, range)| {
            scalar_at(&index, path)
                .is_none_or(|(start, end)| in_range(text.get(start..end).unwrap_or(""), range))
        })
}

/// The byte range of the bare scalar at `path`, if the value there is one.
fn scalar_at(index: &Index, path: &str) -> Option<(usize, usize)> {
    let offset = index.value_offset(path)?;
    let bare = index.bare_scalars();
    bare.get(bare.partition_point(|&(s, _)| s < offset))
        .copied()
        .filter(|&(s, _)| s == offset)
}

fn in_range(token: &str, range: &RangeInclusive<f32>) -> bool {
    token
        .parse::<f32>()
        .is_ok_and(|v| v.is_finite() && range.contains(&v))
}

/// Whether no bare number in `text` is NaN or infinite (as `f32`, which egui's are).
fn all_finite(text: &str, index: &Index) -> bool {
    index.bare_scalars().iter().all(|&(s, e)| {
        text.get(s..e)
            .and_then(|t| t.parse::<f32>().ok())
            .is_none_or(f32::is_finite)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A file as eframe 0.37 writes it, with these values.
    fn app_ron(zoom: &str, size_x: &str) -> String {
        let window = format!(
            "(normal_geometry:(outer_position_pixels:Some((x:0.0,y:0.0)),scale_factor:1.0,inner_size_points:(x:{size_x},y:800.0)),fullscreen:false,maximized:false)"
        );
        let egui = format!(
            "(options:(theme_preference:Light,fallback_theme:Dark,sync_window_theme:true,zoom_factor:{zoom},tessellation_options:(feathering:true,feathering_size_in_pixels:1.0,coarse_tessellation_culling:true,prerasterized_discs:true,round_text_to_pixels:true,round_line_segments_to_pixels:true,round_rects_to_pixels:true,debug_paint_clip_rects:false,debug_paint_text_rects:false,debug_ignore_clip_rects:false,bezier_tolerance:0.1,epsilon:1e-5,parallel_tessellation:true,validate_meshes:false),repaint_on_widget_change:false,max_passes:2,screen_reader:false,warn_on_id_clash:true,input_options:(line_scroll_speed:40.0,scroll_zoom_speed:0.005,max_click_dist:6.0,max_click_duration:0.8,max_double_click_delay:0.3,zoom_modifier:(alt:false,ctrl:false,shift:false,mac_cmd:false,command:true),horizontal_scroll_modifier:(alt:false,ctrl:false,shift:true,mac_cmd:false,command:false),vertical_scroll_modifier:(alt:true,ctrl:false,shift:false,mac_cmd:false,command:false),surrender_focus_on:Clicks),reduce_texture_memory:false),data:([]),to_global:{{}},areas:{{}})"
        );
        let mut kv = BTreeMap::new();
        kv.insert("window".to_owned(), window);
        kv.insert("egui".to_owned(), egui);
        kv.insert("app".to_owned(), "(lang:en,zoom:1.5)".to_owned());
        ron::ser::to_string_pretty(&kv, ron::ser::PrettyConfig::default()).unwrap_or_default()
    }

    fn egui_zoom(file: &Path) -> Option<f32> {
        let kv: BTreeMap<String, String> =
            ron::from_str(&std::fs::read_to_string(file).ok()?).ok()?;
        Some(
            ron::from_str::<egui::Memory>(kv.get("egui")?)
                .ok()?
                .options
                .zoom_factor,
        )
    }

    #[test]
    fn a_good_file_is_left_as_it_is() -> Result<(), Box<dyn std::error::Error>> {
        let dir = tempfile::tempdir()?;
        let file = dir.path().join("app.ron");
        let prepared = prepare(&file);
        assert_eq!(prepared.path, file);
        assert!(prepared.notices.is_empty());
        std::fs::write(&file, app_ron("1.25", "1280.0"))?;
        let prepared = prepare(&file);
        assert_eq!(prepared.path, file);
        assert!(prepared.notices.is_empty(), "{:?}", prepared.notices);
        assert_eq!(std::fs::read_to_string(&file)?, app_ron("1.25", "1280.0"));
        Ok(())
    }

    #[test]
    fn egui_zoom_out_of_range_is_reset_and_the_rest_kept() -> Result<(), Box<dyn std::error::Error>>
    {
        for zoom in ["NaN", "0.0", "-1.0", "1e30", "inf", "1e39"] {
            let dir = tempfile::tempdir()?;
            let file = dir.path().join("app.ron");
            std::fs::write(&file, app_ron(zoom, "1280.0"))?;
            let prepared = prepare(&file);
            assert_eq!(prepared.path, file, "{zoom}");
            assert!(
                matches!(prepared.notices.as_slice(), [Notice::SettingsRepaired(f)] if f == &["egui.zoom_factor"]),
                "{zoom}: {:?}",
                prepared.notices
            );
            assert_eq!(egui_zoom(&file), Some(1.0), "{zoom}");
            let text = std::fs::read_to_string(&file)?;
            assert!(text.contains("lang:en,zoom:1.5"), "{text}");
            assert!(text.contains("x:1280.0"), "{text}");
            // Checked again: nothing left to repair.
            assert!(prepare(&file).notices.is_empty(), "{zoom}");
        }
        Ok(())
    }

    #[test]
    fn a_window_out_of_range_is_left_out() -> Result<(), Box<dyn std::error::Error>> {
        for size in ["NaN", "0.0", "-5.0", "1e30"] {
            let dir = tempfile::tempdir()?;
            let file = dir.path().join("app.ron");
            std::fs::write(&file, app_ron("1.0", size))?;
            let prepared = prepare(&file);
            assert!(
                matches!(prepared.notices.as_slice(), [Notice::SettingsRepaired(f)] if f == &["window"]),
                "{size}: {:?}",
                prepared.notices
            );
            let kv: BTreeMap<String, String> = ron::from_str(&std::fs::read_to_string(&file)?)?;
            assert!(
                !kv.contains_key("window") && kv.contains_key("egui"),
                "{size}"
            );
        }
        Ok(())
    }

    fn set_aside_with(file: &Path, what: &str) {
        let started = std::time::Instant::now();
        let prepared = prepare(file);
        assert!(
            started.elapsed().as_secs() < 2,
            "{what}: {:?}",
            started.elapsed()
        );
        assert_eq!(prepared.path, file, "{what}");
        match prepared.notices.as_slice() {
            [Notice::SettingsSetAside { moved_to, .. }] => {
                assert!(
                    moved_to
                        .file_name()
                        .and_then(|n| n.to_str())
                        .is_some_and(|n| n.starts_with("app.corrupt-")),
                    "{what}: {}",
                    moved_to.display()
                );
                assert!(moved_to.symlink_metadata().is_ok(), "{what}: kept");
            }
            other => panic!("{what}: {other:?}"),
        }
        assert!(file.symlink_metadata().is_err(), "{what}: still there");
    }

    #[cfg(unix)]
    #[test]
    fn a_fifo_a_device_a_huge_or_broken_file_is_set_aside_at_once()
    -> Result<(), Box<dyn std::error::Error>> {
        let dir = tempfile::tempdir()?;
        let file = dir.path().join("app.ron");
        let status = std::process::Command::new("mkfifo").arg(&file).status()?;
        assert!(status.success());
        set_aside_with(&file, "a FIFO");
        std::os::unix::fs::symlink("/dev/zero", &file)?;
        set_aside_with(&file, "a link to /dev/zero");
        let big = std::fs::File::create(&file)?;
        big.set_len(kit::MAX_FILE_BYTES + 1)?;
        drop(big);
        set_aside_with(&file, "a file over the limit");
        std::fs::write(&file, "{\"app\": \"(lang: en\"")?;
        set_aside_with(&file, "broken RON");
        std::fs::write(&file, "{\"app\": \"(zoom: \\\"big\\\")\"}")?;
        set_aside_with(&file, "arbitre's settings unreadable");
        std::fs::write(&file, format!("{{\"app\": {}", "[".repeat(100_000)))?;
        set_aside_with(&file, "deep brackets");
        Ok(())
    }

    #[cfg(unix)]
    #[test]
    fn a_bad_file_that_cannot_be_moved_is_not_given_to_eframe()
    -> Result<(), Box<dyn std::error::Error>> {
        use std::os::unix::fs::PermissionsExt as _;
        let dir = tempfile::tempdir()?;
        let file = dir.path().join("app.ron");
        std::fs::write(&file, app_ron("NaN", "1280.0"))?;
        std::fs::set_permissions(dir.path(), std::fs::Permissions::from_mode(0o500))?;
        // Root ignores the permission: nothing to test then.
        if std::fs::write(dir.path().join("probe"), "").is_ok() {
            return Ok(());
        }
        let prepared = prepare(&file);
        std::fs::set_permissions(dir.path(), std::fs::Permissions::from_mode(0o700))?;
        assert_eq!(prepared.path, sink());
        assert!(
            matches!(
                prepared.notices.as_slice(),
                [Notice::SettingsNotKept { .. }]
            ),
            "{:?}",
            prepared.notices
        );
        Ok(())
    }
}
