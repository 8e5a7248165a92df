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
};
