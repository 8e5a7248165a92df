//! The words of an ADR log's errors in French (the `log_errors` section).

use crate::i18n::words::log_errors::LogErrors;

/// The words of an ADR log's errors, in French.
pub(super) const LOG_ERRORS: LogErrors = LogErrors {
    missing_root: |p| {
        format!("{p}\u{a0}: n'existe pas\u{a0}; choisissez la racine du dépôt ou son dossier d'ADR")
    },
    not_a_folder: |p| {
        format!(
            "{p}\u{a0}: n'est pas un dossier\u{a0}; choisissez la racine du dépôt ou son dossier d'ADR"
        )
    },
    no_log: |p| {
        format!(
            "{p}\u{a0}: aucun journal d'ADR trouvé (cherché\u{a0}: un fichier .adr-dir (adr-tools), un fichier .log4brains.yml, les dossiers docs/decisions (MADR), doc/adr, docs/adr, docs/architecture/decisions et docs/architecture-decisions, et des fichiers NNNN-titre.md ou adr-NNN-titre.md dans le dossier lui-même)\u{a0}; lancez `adr init`, créez docs/decisions, ou choisissez un autre dossier"
        )
    },
    outside: |path, root| {
        format!(
            "{path}\u{a0}: refusé\u{a0}: il mène hors du dépôt {root} (par un lien symbolique ou `..`)\u{a0}; arbitre n'écrit qu'à l'intérieur du dépôt"
        )
    },
    bad_log4brains: |file, reason| {
        format!(
            "{file}\u{a0}: {reason}\u{a0}; il doit indiquer `adrFolder: ./docs/adr` (un dossier à l'intérieur du dépôt)"
        )
    },
    already_superseded: |file, status| {
        format!(
            "{file}\u{a0}: déjà remplacé ({status})\u{a0}; un enregistrement n'est remplacé qu'une fois\u{a0}: remplacez plutôt celui qui l'a remplacé"
        )
    },
    no_such_record: |dir, name| {
        format!(
            "{dir}\u{a0}: aucun enregistrement ne s'appelle «\u{a0}{name}\u{a0}»\u{a0}; donnez son numéro ou son nom de fichier"
        )
    },
    index_not_ours: |p| {
        format!(
            "{p}\u{a0}: écrit à la main (sans les lignes `<!-- arbitre:index:start -->` / `<!-- arbitre:index:end -->`), arbitre n'y touche pas\u{a0}; placez ces deux lignes là où l'index doit aller, puis recommencez"
        )
    },
    not_accepted: |status| {
        format!(
            "le nouvel enregistrement a le statut {status}\u{a0}: une décision qui n'est pas acceptée ne remplace pas une décision acceptée\u{a0}; acceptez-la d'abord, ou exportez-la sans remplacer"
        )
    },
    busy: |p| {
        format!(
            "{p}\u{a0}: un autre programme crée sans cesse des enregistrements au numéro suivant\u{a0}; réessayez"
        )
    },
    bad_adr_dir: |file, reason| {
        format!(
            "{file}\u{a0}: {reason}\u{a0}; il doit nommer un dossier à l'intérieur du dépôt, relatif à celui-ci (comme doc/adr)"
        )
    },
    missing_folder: |p| {
        format!(
            "{p}\u{a0}: le dossier d'ADR n'existe pas\u{a0}; créez-le ou choisissez un autre journal"
        )
    },
    read_only: |file, dir| {
        format!(
            "{file}\u{a0}: écriture impossible\u{a0}: le dossier {dir} est en lecture seule\u{a0}; rendez-le accessible en écriture ou exportez ailleurs"
        )
    },
    exists: |p| {
        format!(
            "{p}\u{a0}: existe déjà\u{a0}; arbitre ne remplace jamais un enregistrement\u{a0}: choisissez un autre titre, ou confirmez le remplacement"
        )
    },
    bad_file_name: |dir, name, reason| {
        format!(
            "{dir}\u{a0}: nom refusé «\u{a0}{name}\u{a0}»\u{a0}: {reason}\u{a0}; utilisez un nom simple comme 0001-titre.md"
        )
    },
    no_record: |dir, number| {
        format!(
            "{dir}\u{a0}: aucun enregistrement lisible ne porte le numéro {number} dans ce journal\u{a0}; choisissez-en un de la liste"
        )
    },
    ambiguous: |dir, number, files| {
        format!(
            "{dir}\u{a0}: plusieurs enregistrements portent le numéro {number} ({files})\u{a0}; désignez celui voulu par son nom de fichier, ou renommez-les pour que chaque numéro serve une fois"
        )
    },
    full: |p| {
        format!(
            "{p}\u{a0}: son numéro est le plus grand qu'arbitre puisse écrire (4294967295)\u{a0}; renumérotez cet enregistrement pour continuer le journal"
        )
    },
    read: |path, cause| format!("{path}\u{a0}: lecture impossible\u{a0}: {cause}"),
    not_understood: |file, problem| {
        format!(
            "{file}\u{a0}: non modifié\u{a0}: {problem} (arbitre ne modifie que ce qu'il lit\u{a0}: une seconde clé ferait refuser l'enregistrement par les lecteurs YAML)"
        )
    },
    completed: |file, by| {
        format!(
            "{file}\u{a0}: {by} dit déjà le remplacer, mais il n'était pas marqué remplacé (un export interrompu)\u{a0}: il est maintenant marqué remplacé par {by}, et rien de nouveau n'a été écrit\u{a0}; pour remplacer cette décision, remplacez plutôt {by}"
        )
    },
    locked: |p| {
        format!(
            "{p}\u{a0}: un autre programme tient le verrou du journal (un autre arbitre y écrit)\u{a0}; rien n'a été écrit\u{a0}; réessayez dans un instant"
        )
    },
    lock_timeout: |dir, secs| {
        format!(
            "{dir}\u{a0}: un autre programme tient le verrou du journal (un autre arbitre y écrit)\u{a0}; abandon après {secs}\u{a0}s, rien n'a été écrit\u{a0}; réessayez quand il aura fini"
        )
    },
    already_a_log: |tool, dir| {
        format!(
            "{dir}\u{a0}: ce dépôt a déjà un journal d'ADR ({tool})\u{a0}; rien n'a été écrit\u{a0}; ajoutez-y un enregistrement avec `adr new`"
        )
    },
    empty_title: "le nouvel enregistrement n'a pas de titre\u{a0}; donnez-en un (il nomme aussi le fichier)",
    config_empty: "il est vide",
    no_adr_folder: "il n'a pas de clé `adrFolder`",
    absolute: |named| format!("«\u{a0}{named}\u{a0}» est un chemin absolu"),
    leads_outside: |named| format!("«\u{a0}{named}\u{a0}» mène hors du dépôt"),
    names_no_folder: |named, dir| {
        format!(
            "il nomme «\u{a0}{named}\u{a0}», mais {dir} n'est pas un dossier (créez-le, ou lancez `adr init`)"
        )
    },
    adr_folder_not_a_folder: |named, dir| {
        format!("son adrFolder «\u{a0}{named}\u{a0}» n'est pas un dossier ({dir})\u{a0}; créez-le")
    },
    name_empty: "le nom est vide",
    name_separator: "il contient un séparateur de chemin",
    name_dots: "il contient `..` ou vaut `.`",
    name_refused_char: "il contient un caractère que les systèmes de fichiers refusent",
    front_spelled: |key, written| {
        format!(
            "son en-tête YAML écrit la clé `{written}`, qu'arbitre ne lit pas comme `{key}`\u{a0}; écrivez-la `{key}:` (sans guillemets, en minuscules)"
        )
    },
    front_twice: |key, count| {
        format!(
            "son en-tête YAML contient la clé `{key}` {count}\u{a0}fois\u{a0}; n'en gardez qu'une"
        )
    },
    front_unread: |line| {
        format!(
            "son en-tête YAML contient `{line}`, une forme de YAML qu'arbitre ne lit pas\u{a0}; écrivez une ligne `clé: valeur` par clé"
        )
    },
};
