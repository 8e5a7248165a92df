//! Which language a piece of typed text is in: a simple count of common short words and
//! French accents. Enough to warn when a record's typed text and its document language differ;
//! never used to change anything by itself.

use super::Lang;

/// Words frequent in one language and rare in the other.
const FRENCH: [&str; 20] = [
    "le", "la", "les", "des", "du", "de", "une", "et", "est", "en", "pour", "dans", "sur", "qui",
    "que", "pas", "nous", "avec", "notre", "il",
];
const ENGLISH: [&str; 20] = [
    "the", "and", "is", "are", "for", "of", "to", "with", "we", "on", "that", "which", "not",
    "our", "it", "be", "in", "this", "must", "will",
];

/// The fewest telling words before a guess is made.
const ENOUGH: usize = 4;

/// The language the text seems to be in, when there are enough telling words and one language
/// clearly leads (twice the other's count).
pub fn guess(text: &str) -> Option<Lang> {
    let (mut fr, mut en) = (0usize, 0usize);
    for word in text.split(|c: char| !c.is_alphabetic()) {
        if word.is_empty() {
            continue;
        }
        let lower = word.to_lowercase();
        if FRENCH.contains(&lower.as_str()) || lower.contains(['é', 'è', 'ê', 'à', 'ç', 'ù'])
        {
            fr += 1;
        } else if ENGLISH.contains(&lower.as_str()) {
            en += 1;
        }
    }
    if fr + en < ENOUGH {
        None
    } else if fr >= 2 * en.max(1) {
        Some(Lang::Fr)
    } else if en >= 2 * fr.max(1) {
        Some(Lang::En)
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn guesses_the_notes_and_their_translation() {
        assert_eq!(
            guess(
                "quote-app et postgres tournent déjà en conteneurs dans notre architecture Kubernetes."
            ),
            Some(Lang::Fr)
        );
        assert_eq!(
            guess(
                "quote-app and postgres already run in containers in our Kubernetes architecture, and the cluster is on VMs."
            ),
            Some(Lang::En)
        );
        assert_eq!(guess("Kubernetes VMs"), None);
        assert_eq!(guess(""), None);
    }
}
