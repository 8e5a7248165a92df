//! Why a training file (progress, an exam under way) is refused although it parses: typed,
//! worded by the catalog. The kinds live in the core ([`arbitre_core::kit::Refusal`]), so
//! that the loaders' error ([`arbitre_core::kit::LoadError::Refused`]) carries them typed.

pub use arbitre_core::kit::Refusal;

#[cfg(test)]
mod tests {
    use super::*;
    use arbitre_core::i18n::Lang;
    use std::path::Path;

    #[test]
    fn a_refusal_is_worded_in_each_language() {
        let r = Refusal::NewerProgress {
            format: 9,
            reads: 1,
        };
        assert_eq!(
            r.message(Lang::En),
            "this progress was written by a newer arbitre (format 9; this one reads up to 1)"
        );
        assert!(r.message(Lang::Fr).starts_with("cette progression"));
        let e = r.at(Path::new("p.ron"));
        assert_eq!(e.to_string(), format!("p.ron:1:1: {}", r.message(Lang::En)));
        let r = Refusal::NotUnderWay {
            questions: 0,
            answers: 1,
        };
        assert_eq!(
            r.message(Lang::En),
            "not an exam under way: 0 question(s) and 1 answer(s)"
        );
        assert_eq!(
            r.message(Lang::Fr),
            "pas un examen en cours\u{a0}: 0 question(s) et 1 réponse(s)"
        );
    }
}
