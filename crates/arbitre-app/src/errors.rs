//! Domain errors as the window says them, in the interface's language. English is each
//! error's own `Display` (which the CLI prints); French is written here, variant by variant.
//! Messages that come from below (the RON parser, the operating system, a checker's finding)
//! are translated phrase by phrase where the phrase is known; an unknown one is kept as it is
//! rather than guessed.

use arbitre_adr::log::LogError;
use arbitre_core::files::WriteError;
use arbitre_core::kit::LoadError;

use arbitre_core::i18n::Lang;
use arbitre_core::i18n::typo::NBSP;

/// A load error (kit, session, progress, ADR) in a language.
pub fn load_error(e: &LoadError, lang: Lang) -> String {
    if lang == Lang::En {
        return e.to_string();
    }
    match e {
        LoadError::Io { file, reason } => format!(
            "{}{NBSP}: lecture impossible{NBSP}: {}",
            file.display(),
            phrase(reason)
        ),
        LoadError::TooLarge { file, limit } => format!(
            "{}{NBSP}: trop volumineux (plus de {limit} octets)",
            file.display()
        ),
        LoadError::NotText { file } => format!(
            "{}{NBSP}: ce n'est pas un fichier texte (UTF-8 invalide ou octets nuls)",
            file.display()
        ),
        LoadError::Syntax {
            file,
            line,
            column,
            message,
        } => format!(
            "{}:{line}:{column}{NBSP}: {}",
            file.display(),
            phrase(message)
        ),
        LoadError::Invalid { problems } => problems
            .iter()
            .map(|p| {
                format!(
                    "{}:{}:{}{NBSP}: {}",
                    p.file.display(),
                    p.pos.line,
                    p.pos.column,
                    phrase(&p.message)
                )
            })
            .collect::<Vec<_>>()
            .join("\n"),
    }
}

/// A write error in a language: the catalog's words ([`WriteError::message`]).
pub fn write_error(e: &WriteError, lang: Lang) -> String {
    e.message(lang)
}

/// An ADR log error in a language: the catalog's words ([`LogError::message`]).
pub fn log_error(e: &LogError, lang: Lang) -> String {
    e.message(lang)
}

/// An operating system error in a language, by its kind (the catalog's words; the OS's own
/// text for a kind it does not word).
pub fn io_error(e: &std::io::Error, lang: Lang) -> String {
    arbitre_core::i18n::io_error(e, lang)
}

/// Known English phrases from below (RON, the OS, our checkers) in French; anything else as
/// it is.
fn phrase(en: &str) -> String {
    const EXACT: &[(&str, &str)] = &[
        ("Unexpected end of RON", "fin inattendue du fichier RON"),
        ("Expected opening `[`", "`[` attendu"),
        ("Expected closing `]`", "`]` fermant attendu"),
        ("Expected opening `(`", "`(` attendu"),
        ("Expected opening `{`", "`{` attendu"),
        ("Expected closing `}`", "`}` fermant attendu"),
        ("Expected boolean", "booléen attendu"),
        ("Expected comma", "virgule attendue"),
        ("Expected colon", "deux-points attendu"),
        ("Expected float", "nombre décimal attendu"),
        ("Expected integer", "entier attendu"),
        ("Expected option", "option attendue (Some(…) ou None)"),
        ("Expected string", "chaîne attendue"),
        ("Expected end of string", "fin de chaîne attendue"),
        ("Expected identifier", "identifiant attendu"),
        ("Integer is out of bounds", "entier hors limites"),
        ("Unclosed block comment", "commentaire de bloc non fermé"),
        (
            "Non-whitespace trailing characters",
            "caractères en trop après la fin",
        ),
        (
            "No such file or directory (os error 2)",
            "fichier ou dossier introuvable",
        ),
        ("Permission denied (os error 13)", "permission refusée"),
        (
            "No space left on device (os error 28)",
            "plus de place sur le disque",
        ),
        (
            "Read-only file system (os error 30)",
            "système de fichiers en lecture seule",
        ),
        (
            "nested too deeply: brackets are opened here beyond the depth any kit or session has",
            "imbrication trop profonde\u{a0}: des crochets s'ouvrent ici au-delà de la profondeur de tout kit ou session",
        ),
    ];
    const PREFIX: &[(&str, &str)] = &[
        (
            "not an arbitre session: ",
            "ce n'est pas une session arbitre\u{a0}: ",
        ),
        ("Unexpected char ", "caractère inattendu "),
        ("unknown field ", "champ inconnu "),
        ("missing field ", "champ manquant "),
        ("unknown variant ", "variante inconnue "),
        ("invalid type: ", "type invalide\u{a0}: "),
        ("invalid value: ", "valeur invalide\u{a0}: "),
        (
            "this session was written by a newer arbitre",
            "cette session a été écrite par un arbitre plus récent",
        ),
        (
            "this progress was written by a newer arbitre",
            "cette progression a été écrite par un arbitre plus récent",
        ),
        ("not a regular file", "ce n'est pas un fichier ordinaire"),
    ];
    if let Some((_, fr)) = EXACT.iter().find(|(e, _)| *e == en) {
        return (*fr).to_owned();
    }
    for (e, fr) in PREFIX {
        if let Some(rest) = en.strip_prefix(e) {
            return format!("{fr}{}", phrase(rest));
        }
    }
    en.to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::PathBuf;

    #[test]
    fn a_ron_error_reads_french() {
        let e = LoadError::Syntax {
            file: PathBuf::from("s.ron"),
            line: 3,
            column: 7,
            message: "Unexpected end of RON".into(),
        };
        assert_eq!(
            load_error(&e, Lang::Fr),
            "s.ron:3:7\u{a0}: fin inattendue du fichier RON"
        );
        assert_eq!(load_error(&e, Lang::En), e.to_string());
    }

    #[test]
    fn an_os_error_reads_french() {
        let e = WriteError::Io {
            path: PathBuf::from("/x/a.ron"),
            source: std::io::Error::from(std::io::ErrorKind::PermissionDenied),
        };
        assert_eq!(
            write_error(&e, Lang::Fr),
            "/x/a.ron\u{a0}: écriture impossible\u{a0}: permission refusée"
        );
    }

    #[test]
    fn prefixes_chain_and_unknown_stays() {
        assert_eq!(
            phrase("not an arbitre session: Expected string"),
            "ce n'est pas une session arbitre\u{a0}: chaîne attendue"
        );
        assert_eq!(phrase("something new"), "something new");
    }
}
