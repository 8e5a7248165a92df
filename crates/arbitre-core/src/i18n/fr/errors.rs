//! The errors' words in French.

use std::io::ErrorKind as K;

use crate::i18n::words::errors::Errors;

/// The errors' words in French.
pub(super) const ERRORS: Errors = Errors {
    io_kind: |kind| {
        Some(match kind {
            K::NotFound => "fichier ou dossier introuvable",
            K::PermissionDenied => "permission refusée",
            K::AlreadyExists => "existe déjà",
            K::ReadOnlyFilesystem => "système de fichiers en lecture seule",
            K::StorageFull => "plus de place sur le disque",
            K::QuotaExceeded => "quota de disque dépassé",
            K::NotADirectory => "ce n'est pas un dossier",
            K::IsADirectory => "c'est un dossier",
            K::FileTooLarge => "fichier trop volumineux",
            K::InvalidData => "données invalides",
            K::Interrupted => "opération interrompue",
            _ => return None,
        })
    },
    not_permitted: |_| {
        "opération non permise (le fichier ou son dossier refuse les modifications\u{a0}: attribut immuable ou ajout seul, voir lsattr)".to_owned()
    },
    read_only_hint: "",
    unreadable: |file, why| format!("{file}\u{a0}: lecture impossible\u{a0}: {why}"),
    cannot_write: |file, why| format!("{file}\u{a0}: écriture impossible\u{a0}: {why}"),
    too_large: |file, limit| format!("{file}\u{a0}: trop volumineux (plus de {limit} octets)"),
    not_text: |file| {
        format!("{file}\u{a0}: ce n'est pas un fichier texte (UTF-8 invalide ou octets nuls)")
    },
    exists: |file| {
        format!(
            "{file}\u{a0}: existe déjà\u{a0}; choisissez un autre nom ou autorisez le remplacement"
        )
    },
    changed: |file| {
        format!(
            "{file}\u{a0}: modifié sur le disque depuis son ouverture\u{a0}; le remplacer effacerait ces modifications"
        )
    },
    outside: |path, root| {
        format!(
            "{path}\u{a0}: refusé\u{a0}: il mène hors du dossier de données {root} (par un lien symbolique ou `..`)\u{a0}; arbitre n'écrit qu'à l'intérieur de son dossier de données"
        )
    },
    at: |file, line, column, what| format!("{file}:{line}:{column}\u{a0}: {what}"),
    ron: ron_words,
    ron_other: |text| format!("erreur de syntaxe RON\u{a0}: «\u{a0}{text}\u{a0}»"),
    nested_too_deeply: "imbrication trop profonde\u{a0}: des crochets s'ouvrent ici au-delà de la profondeur de tout kit ou session",
    not_a_session: |why| format!("ce n'est pas une session arbitre\u{a0}: {why}"),
    in_value: |key, why| format!("la valeur de «\u{a0}{key}\u{a0}»\u{a0}: {why}"),
    newer_session: |format, reads| {
        format!(
            "cette session a été écrite par un arbitre plus récent (format {format}\u{202f}; celui-ci lit jusqu'au {reads})\u{202f}; mettez arbitre à jour pour l'ouvrir"
        )
    },
};

/// The RON parser's common errors in French; `None` for the others.
fn ron_words(e: &ron::Error) -> Option<String> {
    use ron::Error as R;
    let fixed = match e {
        R::Eof => "fin inattendue du fichier RON",
        R::ExpectedArray => "`[` attendu",
        R::ExpectedArrayEnd => "`]` fermant attendu",
        R::ExpectedStructLike => "`(` attendu",
        R::ExpectedOptionEnd | R::ExpectedStructLikeEnd => "`)` fermant attendu",
        R::ExpectedMap => "`{` attendu",
        R::ExpectedMapEnd => "`}` fermant attendu",
        R::ExpectedBoolean => "booléen attendu",
        R::ExpectedComma => "virgule attendue",
        R::ExpectedMapColon => "deux-points attendu",
        R::ExpectedFloat => "nombre décimal attendu",
        R::ExpectedInteger => "entier attendu",
        R::ExpectedOption => "option attendue (Some(…) ou None)",
        R::ExpectedString => "chaîne attendue",
        R::ExpectedStringEnd => "fin de chaîne attendue",
        R::ExpectedIdentifier => "identifiant attendu",
        R::IntegerOutOfBounds => "entier hors limites",
        R::UnclosedBlockComment => "commentaire de bloc non fermé",
        R::TrailingCharacters => "caractères en trop après la fin",
        R::UnexpectedChar(c) => return Some(format!("caractère inattendu {c:?}")),
        R::NoSuchStructField { found, .. } => return Some(format!("champ inconnu `{found}`")),
        R::MissingStructField { field, .. } => return Some(format!("champ manquant `{field}`")),
        R::DuplicateStructField { field, .. } => {
            return Some(format!("champ `{field}` écrit deux fois"));
        }
        R::NoSuchEnumVariant { found, .. } => return Some(format!("variante inconnue `{found}`")),
        _ => return None,
    };
    Some(fixed.to_owned())
}
