//! Documented test hooks, read once.
//!
//! The environment variables that scripts and CI use to drive the real binary are read here
//! and nowhere else, each at most once per process. They are documented in the README
//! (Development): `ARBITRE_QUIT_AFTER_FRAMES=N` closes the window after `N` frames, like
//! `--quit-after-frames N`; `ARBITRE_TEST_TICK=<item id>` ticks an item at the first frame,
//! like a user's click. `ARBITRE_DATA_DIR` is a user setting, not a hook: it is read by
//! [`arbitre_core::autosave`].

use std::env::{self, VarError};
use std::sync::OnceLock;

/// The variable read by [`quit_after_frames`].
pub(crate) const QUIT_AFTER_FRAMES: &str = "ARBITRE_QUIT_AFTER_FRAMES";

/// The variable read by [`test_tick`].
pub(crate) const TEST_TICK: &str = "ARBITRE_TEST_TICK";

/// A test hook's variable that cannot be used, worded by [`HookError::message`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum HookError {
    /// The value is not valid Unicode.
    NotUnicode(&'static str),
    /// `ARBITRE_QUIT_AFTER_FRAMES` is not a number of frames.
    NotFrames {
        /// The variable.
        name: &'static str,
        /// Its value.
        text: String,
    },
}

impl HookError {
    /// What is wrong, in a language (the `cli` section's words).
    pub fn message(&self, lang: arbitre_core::i18n::Lang) -> String {
        let w = &lang.words().cli;
        match self {
            Self::NotUnicode(name) => (w.hook_not_unicode)(name),
            Self::NotFrames { name, text } => (w.hook_not_frames)(name, text),
        }
    }
}

/// The value of `name`, `None` if unset or empty; an error if it is not Unicode.
fn read(name: &'static str) -> Result<Option<String>, HookError> {
    match env::var(name) {
        Ok(value) if value.is_empty() => Ok(None),
        Ok(value) => Ok(Some(value)),
        Err(VarError::NotPresent) => Ok(None),
        Err(VarError::NotUnicode(_)) => Err(HookError::NotUnicode(name)),
    }
}

/// `ARBITRE_TEST_TICK`: the id of an item to tick at the first frame, as a user would; `None`
/// when unset, empty or not Unicode.
pub(crate) fn test_tick() -> Option<String> {
    static VALUE: OnceLock<Option<String>> = OnceLock::new();
    VALUE.get_or_init(|| read(TEST_TICK).ok().flatten()).clone()
}

/// `ARBITRE_QUIT_AFTER_FRAMES`: close the window by itself after this many frames; `Ok(None)`
/// when unset or empty, an error naming the variable when it is not a number of frames (a CI
/// run must not wait for a window that never closes).
pub fn quit_after_frames() -> Result<Option<u64>, HookError> {
    static VALUE: OnceLock<Result<Option<u64>, HookError>> = OnceLock::new();
    VALUE
        .get_or_init(|| {
            let Some(text) = read(QUIT_AFTER_FRAMES)? else {
                return Ok(None);
            };
            text.trim()
                .parse()
                .map(Some)
                .map_err(|_| HookError::NotFrames {
                    name: QUIT_AFTER_FRAMES,
                    text: text.clone(),
                })
        })
        .clone()
}
