//! Languages. The kit carries its own French and English text (its `Text` values); the
//! interface's own words live in one catalog per language ([`fr::FR`], [`en::EN`]), both of
//! the shape [`words::Words`], so a missing translation does not compile. French typography
//! is handled in [`typo`].

pub mod en;
pub mod fr;
pub mod guess;
pub mod typo;
pub mod words;

use serde::{Deserialize, Serialize};

pub use words::Words;

/// A language the app and its documents speak.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    /// French, the language of the notes.
    #[default]
    Fr,
    /// English, a faithful translation.
    En,
}

impl Lang {
    /// Both languages, in the order the switch shows them.
    pub const ALL: [Lang; 2] = [Lang::Fr, Lang::En];

    /// The language of the system's locale, as POSIX looks it up: the first of `LC_ALL`,
    /// `LC_MESSAGES` and `LANG` that is set and not empty; French for `fr…`, English
    /// otherwise (and when none is set).
    pub fn from_locale(get: impl Fn(&str) -> Option<String>) -> Lang {
        let locale = ["LC_ALL", "LC_MESSAGES", "LANG"]
            .iter()
            .filter_map(|k| get(k))
            .find(|v| !v.trim().is_empty())
            .unwrap_or_default();
        if locale.trim().to_ascii_lowercase().starts_with("fr") {
            Lang::Fr
        } else {
            Lang::En
        }
    }

    /// The interface's words in this language.
    pub fn words(self) -> &'static Words {
        match self {
            Lang::Fr => &fr::FR,
            Lang::En => &en::EN,
        }
    }

    /// Picks the French or the English text.
    pub fn pick<'a>(self, fr: &'a str, en: &'a str) -> &'a str {
        match self {
            Lang::Fr => fr,
            Lang::En => en,
        }
    }

    /// The two-letter code (`fr`, `en`).
    pub fn code(self) -> &'static str {
        self.pick("fr", "en")
    }

    /// Parses `fr` or `en` (any case).
    pub fn from_code(code: &str) -> Option<Lang> {
        match code.to_ascii_lowercase().as_str() {
            "fr" => Some(Lang::Fr),
            "en" => Some(Lang::En),
            _ => None,
        }
    }

    /// A label followed by a colon, with the French space before it: "Exemple :", "Example:".
    pub fn colon(self, label: &str) -> String {
        typo::colon(self, label)
    }

    /// The language's own name, as shown on the switch: each catalog holds its own.
    pub fn native_name(self) -> &'static str {
        self.words().language_name
    }
}

/// What the operating system said, by its kind, in `lang`; `detail` (the OS's own text) for
/// a kind the catalog does not word.
pub fn io_kind(kind: std::io::ErrorKind, detail: &str, lang: Lang) -> String {
    (lang.words().errors.io_kind)(kind).map_or_else(|| detail.to_owned(), str::to_owned)
}

/// An operating system error refusing a write, in `lang`: its kind's words (see
/// [`io_kind`]), with what to look at when the file or the file system refuses changes.
pub fn io_error(e: &std::io::Error, lang: Lang) -> String {
    let w = &lang.words().errors;
    let os = e.to_string();
    // EPERM: not the permission bits (that is EACCES) but a lock or an attribute.
    if cfg!(unix) && e.raw_os_error() == Some(1) {
        return (w.not_permitted)(&os);
    }
    let words = io_kind(e.kind(), &os, lang);
    if e.kind() == std::io::ErrorKind::ReadOnlyFilesystem {
        format!("{words}{}", w.read_only_hint)
    } else {
        words
    }
}

#[cfg(test)]
mod locale_tests {
    use super::Lang;

    #[test]
    fn the_first_locale_set_decides() {
        let env = |pairs: &'static [(&'static str, &'static str)]| {
            move |k: &str| {
                pairs
                    .iter()
                    .find(|(name, _)| *name == k)
                    .map(|(_, v)| (*v).to_owned())
            }
        };
        assert_eq!(Lang::from_locale(env(&[("LANG", "fr_FR.UTF-8")])), Lang::Fr);
        assert_eq!(Lang::from_locale(env(&[("LANG", "en_GB.UTF-8")])), Lang::En);
        assert_eq!(Lang::from_locale(env(&[])), Lang::En);
        assert_eq!(Lang::from_locale(env(&[("LANG", "C")])), Lang::En);
        assert_eq!(
            Lang::from_locale(env(&[("LC_ALL", "en_US.UTF-8"), ("LANG", "fr_CA.UTF-8")])),
            Lang::En
        );
        assert_eq!(
            Lang::from_locale(env(&[
                ("LC_ALL", ""),
                ("LC_MESSAGES", "fr_BE"),
                ("LANG", "en")
            ])),
            Lang::Fr
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_round_trip() {
        for lang in Lang::ALL {
            assert_eq!(Lang::from_code(lang.code()), Some(lang));
        }
        assert_eq!(Lang::from_code("EN"), Some(Lang::En));
        assert_eq!(Lang::from_code("de"), None);
    }

    /// Every string of a catalog (functions are checked with sample values below).
    fn strings(words: &Words) -> Vec<String> {
        fn walk(v: &serde_json::Value, out: &mut Vec<String>) {
            match v {
                serde_json::Value::String(s) => out.push(s.clone()),
                serde_json::Value::Array(a) => a.iter().for_each(|x| walk(x, out)),
                serde_json::Value::Object(o) => o.values().for_each(|x| walk(x, out)),
                _ => {}
            }
        }
        let mut out = Vec::new();
        walk(&serde_json::to_value(words).unwrap_or_default(), &mut out);
        out
    }

    #[test]
    fn the_french_catalog_follows_french_typography() {
        let fr = strings(Lang::Fr.words());
        assert!(fr.len() > 50, "{} strings", fr.len());
        for s in &fr {
            assert!(typo::is_french_right(s), "not French typography: {s:?}");
            assert!(!s.contains('"'), "French quotes are « »: {s:?}");
        }
        let w = Lang::Fr.words();
        for s in [
            (w.notices.exported)("/a/b.md"),
            (w.notices.dropped_ids)("s.ron", "x, y"),
            (w.app.not_autosaved)("disque plein"),
            (w.prompts.ago)(300),
        ] {
            assert!(typo::is_french_right(&s), "not French typography: {s:?}");
        }
    }

    #[test]
    fn both_catalogs_are_filled_and_differ() {
        let fr = strings(Lang::Fr.words());
        let en = strings(Lang::En.words());
        assert_eq!(fr.len(), en.len());
        assert!(fr.iter().chain(&en).all(|s| !s.trim().is_empty()));
        let same = fr.iter().zip(&en).filter(|(a, b)| a == b).count();
        // Words that are the same in both (ADR, Quiz, Checklists…) are few.
        assert!(same * 5 < fr.len(), "{same} of {} untranslated", fr.len());
    }

    #[test]
    fn pick_chooses_by_language() {
        assert_eq!(Lang::Fr.pick("oui", "yes"), "oui");
        assert_eq!(Lang::En.pick("oui", "yes"), "yes");
    }
}
