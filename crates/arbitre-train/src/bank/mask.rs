//! Masking: the words a quote must hide so that it does not give the answer away, by word
//! family, per language.

use std::collections::{BTreeMap, BTreeSet};

use arbitre_core::i18n::Lang;
use arbitre_core::kit::{Kit, OptionId, Text};

use super::{MASK, option_label};
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

/// The most of a quote's words a mask may hide: a third (beyond, the sentence is no longer
/// read, it is guessed).
const MOST_MASKED: (usize, usize) = (1, 3);
/// The fewest words a masked quote must still show, so that what is left says one thing (not
/// "[…] compatibility tests", which fits two cases).
const FEWEST_SHOWN: usize = 4;

/// Word families to hide, per language: those that name the answer (always hidden: a quote
/// that cannot hide them all within a third of its words is not used), and those that only
/// mark it (a column's habits of style), hidden while the third allows, the strongest first.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(super) struct Mask {
    fr: BTreeSet<String>,
    en: BTreeSet<String>,
    /// The marks, with their strength (how many cells of a column use them).
    marks_fr: BTreeMap<String, usize>,
    marks_en: BTreeMap<String, usize>,
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

    /// Adds marks: hidden while a third of the quote allows, the strongest first.
    pub(super) fn add_marks(&mut self, lang: Lang, marks: BTreeMap<String, usize>) {
        let own = match lang {
            Lang::Fr => &mut self.marks_fr,
            Lang::En => &mut self.marks_en,
        };
        for (f, n) in marks {
            let e = own.entry(f).or_default();
            *e = (*e).max(n);
        }
    }

    fn marks(&self, lang: Lang) -> &BTreeMap<String, usize> {
        match lang {
            Lang::Fr => &self.marks_fr,
            Lang::En => &self.marks_en,
        }
    }

    /// Whether `word` names the answer (always hidden) in `lang`.
    pub(super) fn names(&self, word: &str, lang: Lang) -> bool {
        !is_function_word(word, lang) && self.set(lang).contains(&family(word))
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

    /// Whether `word` names or marks the answer in `lang`.
    #[cfg(test)]
    pub(super) fn hides(&self, word: &str, lang: Lang) -> bool {
        self.names(word, lang)
            || (!is_function_word(word, lang) && self.marks(lang).contains_key(&family(word)))
    }

    /// `t` with the words that name the answer replaced by [`MASK`], and those that mark it
    /// while no more than a third of the words are masked; `None` when the names alone pass
    /// the third, or leave fewer than four words shown, in either language.
    pub(super) fn apply(&self, t: &Text) -> Option<Text> {
        let fr = self.apply_one(t.get(Lang::Fr), Lang::Fr)?;
        let en = self.apply_one(t.get(Lang::En), Lang::En)?;
        Some(Text { fr, en })
    }

    /// The families to hide in `s`: every name, then marks by strength while the third
    /// allows.
    fn hidden_in(&self, s: &str, lang: Lang) -> Option<BTreeSet<String>> {
        let all: Vec<&str> = words(s).collect();
        let total = all.len();
        let count = |hidden: &BTreeSet<String>| {
            all.iter()
                .filter(|w| !is_function_word(w, lang) && hidden.contains(&family(w)))
                .count()
        };
        let within = |n: usize| n * MOST_MASKED.1 <= total * MOST_MASKED.0;
        let mut hidden: BTreeSet<String> = all
            .iter()
            .filter(|w| self.names(w, lang))
            .map(|w| family(w))
            .collect();
        let named = count(&hidden);
        if !within(named) || (named > 0 && total - named < FEWEST_SHOWN) {
            return None;
        }
        let mut marks: Vec<(&String, usize, usize)> = all
            .iter()
            .filter(|w| !is_function_word(w, lang))
            .filter_map(|w| {
                let f = family(w);
                self.marks(lang)
                    .get_key_value(&f)
                    .map(|(k, n)| (k, *n, w.chars().count()))
            })
            .collect();
        // The strongest marks first, then the longest words (the more telling).
        marks.sort_by(|a, b| b.1.cmp(&a.1).then(b.2.cmp(&a.2)).then(a.0.cmp(b.0)));
        for (f, _, _) in marks {
            if hidden.contains(f) {
                continue;
            }
            let mut more = hidden.clone();
            more.insert(f.clone());
            let n = count(&more);
            if within(n) && total - n >= FEWEST_SHOWN {
                hidden = more;
            }
        }
        Some(hidden)
    }

    fn apply_one(&self, s: &str, lang: Lang) -> Option<String> {
        let hidden = self.hidden_in(s, lang)?;
        let hides = |w: &str| !is_function_word(w, lang) && hidden.contains(&family(w));
        let mut out = String::with_capacity(s.len());
        let mut word = String::new();
        let flush = |word: &mut String, out: &mut String| {
            if !word.is_empty() {
                if hides(word) {
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
        Some(out)
    }
}

/// The families of words used in at least two of `cells` and in none of `others`: the words
/// that mark a column (`hyperviseur` in the VMs column, `partagent`/`partagé` in the
/// containers one). A word a single cell uses is that cell's content, not the column's mark.
pub(super) fn signature<'a>(
    cells: &[&'a Text],
    others: &[&'a Text],
    lang: Lang,
) -> BTreeMap<String, usize> {
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
