//! Languages. The kit carries its own French and English text ([`crate::kit::Text`]); the
//! interface's own words are written beside each other at the call site with [`Lang::pick`],
//! so a missing translation is impossible to miss in review.

use serde::{Deserialize, Serialize};

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
        format!("{label}{}", self.pick(" :", ":"))
    }

    /// The language's own name, as shown on the switch.
    pub fn native_name(self) -> &'static str {
        self.pick("Français", "English")
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

    #[test]
    fn pick_chooses_by_language() {
        assert_eq!(Lang::Fr.pick("oui", "yes"), "oui");
        assert_eq!(Lang::En.pick("oui", "yes"), "yes");
    }
}
