//! Masking: the words a quote must hide so that it does not give the answer away, by word
//! family, per language.

use std::collections::{BTreeMap, BTreeSet};

use arbitre_core::i18n::Lang;
use arbitre_core::kit::{Kit, OptionId, Text};

use super::{MASK, each, option_label};
// -------------------------------------------------------------------------------- masking

/// Whether `word` never gives an answer away on its own in `lang` (the catalog's list).
pub(super) fn is_function_word(word: &str, lang: Lang) -> bool {
    let lower = word.to_lowercase();
    lang.words()
        .exam
        .bank
        .function_words
        .contains(&lower.as_str())
}

/// The words of a text: its runs of letters and digits.
pub(super) fn words(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
}

/// A word's family: lower case, accents folded, a final `s` dropped, cut to six letters, so
/// that `complet`, `complète` and `complètement`, or `VM` and `VMs`, are one family.
pub(super) fn family(word: &str) -> String {
    let folded: String = word
        .to_lowercase()
        .chars()
        .map(|c| match c {
            'à' | 'â' | 'ä' => 'a',
            'é' | 'è' | 'ê' | 'ë' => 'e',
            'î' | 'ï' => 'i',
            'ô' | 'ö' => 'o',
            'ù' | 'û' | 'ü' => 'u',
            'ç' => 'c',
            other => other,
        })
        .collect();
    let stem = match folded.strip_suffix('s') {
        Some(s) if s.chars().count() >= 2 => s.to_owned(),
        _ => folded,
    };
    stem.chars().take(6).collect()
}

/// Word families to hide, per language.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(super) struct Mask {
    fr: BTreeSet<String>,
    en: BTreeSet<String>,
}

impl Mask {
    pub(super) fn set(&self, lang: Lang) -> &BTreeSet<String> {
        match lang {
            Lang::Fr => &self.fr,
            Lang::En => &self.en,
        }
    }

    pub(super) fn set_mut(&mut self, lang: Lang) -> &mut BTreeSet<String> {
        match lang {
            Lang::Fr => &mut self.fr,
            Lang::En => &mut self.en,
        }
    }

    /// Hides every word of `t` but the function words.
    pub(super) fn add_words(&mut self, t: &Text) {
        for lang in Lang::ALL {
            let families: Vec<String> = words(t.get(lang))
                .filter(|w| !is_function_word(w, lang))
                .map(family)
                .collect();
            self.set_mut(lang).extend(families);
        }
    }

    /// Whether `word` is hidden in `lang`.
    pub(super) fn hides(&self, word: &str, lang: Lang) -> bool {
        !is_function_word(word, lang) && self.set(lang).contains(&family(word))
    }

    /// `t` with every hidden word replaced by [`MASK`].
    pub(super) fn apply(&self, t: &Text) -> Text {
        each(|lang| self.apply_one(t.get(lang), lang))
    }

    fn apply_one(&self, s: &str, lang: Lang) -> String {
        let mut out = String::with_capacity(s.len());
        let mut word = String::new();
        let flush = |word: &mut String, out: &mut String| {
            if !word.is_empty() {
                if self.hides(word, lang) {
                    out.push_str(MASK);
                } else {
                    out.push_str(word);
                }
                word.clear();
            }
        };
        for c in s.chars() {
            if c.is_alphanumeric() {
                word.push(c);
            } else {
                flush(&mut word, &mut out);
                out.push(c);
            }
        }
        flush(&mut word, &mut out);
        out
    }
}

/// The families of words used in at least two of `cells` and in none of `others`: the words
/// that mark a column (`hyperviseur` in the VMs column, `partagent`/`partagé` in the
/// containers one). A word a single cell uses is that cell's content, not the column's mark.
pub(super) fn signature<'a>(
    cells: &[&'a Text],
    others: &[&'a Text],
    lang: Lang,
) -> BTreeSet<String> {
    let mut counts: BTreeMap<String, usize> = BTreeMap::new();
    for cell in cells {
        let families: BTreeSet<String> = words(cell.get(lang))
            .filter(|w| !is_function_word(w, lang))
            .map(family)
            .collect();
        for f in families {
            *counts.entry(f).or_default() += 1;
        }
    }
    let elsewhere: BTreeSet<String> = others
        .iter()
        .flat_map(|c| words(c.get(lang)).map(family).collect::<Vec<_>>())
        .collect();
    counts
        .into_iter()
        .filter(|(f, n)| *n >= 2 && !elsewhere.contains(f))
        .map(|(f, _)| f)
        .collect()
}

/// What a quote about a case or an architecture hides: the words of its own name, except
/// the options' names (every architecture mentions VMs and containers; that is content).
pub(super) fn name_mask(kit: &Kit, name: &Text) -> Mask {
    let mut mask = Mask::default();
    mask.add_words(name);
    let mut options = Mask::default();
    for option in OptionId::ALL {
        options.add_words(&option_label(kit, option));
    }
    for lang in Lang::ALL {
        let keep = options.set(lang).clone();
        mask.set_mut(lang).retain(|f| !keep.contains(f));
    }
    mask
}
