//! The words of an ADR log's findings in French (the `log_findings` section).

use crate::i18n::words::log_findings::LogFindings;

/// The words of an ADR log's findings, in French.
pub(super) const LOG_FINDINGS: LogFindings = LogFindings {
    at: |file, what| format!("{file}\u{a0}: {what}"),
    name_not_utf8: "le nom du fichier n'est pas de l'UTF-8 valide\u{a0}; ignoré (renommez-le)",
    link_outside: "un lien symbolique vers un fichier hors du dépôt\u{a0}; ignoré",
    link_to_nothing: "un lien symbolique qui ne mène nulle part\u{a0}; ignoré",
    not_a_file: "pas un fichier ordinaire\u{a0}; ignoré",
    number_too_large: "le numéro de l'enregistrement est trop grand (au-delà de 4294967295)\u{a0}; ignoré",
    text_not_utf8: "le texte n'est pas de l'UTF-8\u{a0}; ignoré",
    unreadable: |cause| format!("illisible ({cause})\u{a0}; ignoré"),
    duplicate_number: |number, other| {
        format!(
            "le numéro {number} est aussi celui de {other} (des branches fusionnées\u{a0}?)\u{a0}; renommez l'un des deux"
        )
    },
    no_title: "pas de titre `# Titre`\u{a0}; ignoré",
    no_title_because: |why| format!("pas de titre `# Titre` ({why})\u{a0}; ignoré"),
    title_number: |title, file| {
        format!("son titre porte le numéro {title}, son nom de fichier le {file}")
    },
    not_heading: |line, text| {
        format!(
            "ligne {line}\u{a0}: `{text}` n'est pas un titre\u{a0}: mettez une espace après le `#`"
        )
    },
    date_without_colon: |line, text| {
        format!(
            "ligne {line}\u{a0}: `{text}`\u{a0}: écrivez la date `Date: AAAA-MM-JJ`\u{a0}; sans les deux-points, les outils ne la lisent pas"
        )
    },
    date_in_brackets: |line, text| {
        format!(
            "ligne {line}\u{a0}: `{text}`\u{a0}: une date entre crochets est une liste pour YAML et les outils\u{a0}; écrivez-la sans les crochets"
        )
    },
    placeholder: |line, text| {
        format!("ligne {line}\u{a0}: `{text}` est l'exemple du modèle\u{a0}: remplissez-le")
    },
    misspelled: |line, word| {
        format!(
            "ligne {line}\u{a0}: `{word}` n'est pas une relation que les outils lisent\u{a0}: écrivez `Supersedes` / `Superseded by`"
        )
    },
    no_status: "pas de statut (une section `## Status`, une clé `status:` ou une ligne `- Status:`)",
    broken_link: |dest| format!("un lien vers {dest}, qui n'existe pas"),
    superseded_one_sided: |dest| {
        format!("marqué remplacé par {dest}, mais {dest} ne dit pas qu'il le remplace")
    },
    superseded_missing: |dest, name| {
        format!(
            "marqué remplacé par {dest}, qui n'existe pas (un export a été interrompu)\u{a0}: exportez de nouveau avec --supersedes {name} pour le terminer"
        )
    },
    supersedes_one_sided: |dest, status| {
        format!(
            "dit qu'il remplace {dest}, mais {dest} n'est pas marqué remplacé par lui (son statut\u{a0}: {status})"
        )
    },
    link_one_sided: |words, dest| {
        format!(
            "dit «\u{a0}{words}\u{a0}» {dest}, mais {dest} n'a pas de lien en retour (un lien écrit d'un seul côté\u{a0}: relancez le même `arbitre adr link` pour le compléter)"
        )
    },
    log_found: |kind, dir, via| format!("journal {kind} dans {dir} (trouvé par {via})"),
    folder_itself: "le dossier lui-même",
    index_created: |file| format!("{file}\u{a0}: créé"),
    index_between_markers: |file| {
        format!(
            "{file}\u{a0}: l'index entre ses marqueurs arbitre:index a été mis à jour\u{a0}; le reste du fichier est inchangé"
        )
    },
    index_own_file: |file, theirs, start, end| {
        format!(
            "{file}\u{a0}: écrit là, car {theirs} appartient à quelqu'un d'autre (ajoutez-y les lignes {start} et {end} pour y avoir l'index)"
        )
    },
    decision_not_closed: "le bloc de la décision n'est pas fermé",
    session_not_closed: "le bloc de la session n'est pas fermé",
    session_not_utf8: "le bloc de la session n'est pas de l'UTF-8",
    session_not_base64: |cause| {
        format!("le bloc de la session n'est pas du base64 valide\u{a0}: {cause}")
    },
};
