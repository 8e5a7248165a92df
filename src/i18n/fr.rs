//! The interface in French, the language of the notes. Spaces before `: ; ! ?` are
//! non-breaking (`\u{a0}`, `\u{202f}`); a test holds every entry to it.

use super::words::{
    Adr, App, Checklists, Common, Compare, Errors, Notices, Prompts, Recommend, Train, Words,
};

/// Every word of the interface, in French.
pub const FR: Words = Words {
    common: Common {
        cancel: "Annuler",
        dismiss: "Fermer",
        untitled: "sans titre",
        save: "Enregistrer",
        save_as: "Enregistrer sous…",
    },
    app: App {
        screens: [
            "Comparer",
            "Checklists",
            "Recommandation",
            "ADR",
            "S'entraîner",
        ],
        file: "Fichier",
        new: "Nouveau",
        open: "Ouvrir…",
        undo: "Annuler",
        redo: "Rétablir",
        recent: "Récents",
        unsaved_changes: "Modifications non enregistrées",
        saved: "Enregistré",
        light_theme: "Thème clair",
        dark_theme: "Thème sombre",
        zoom_out: "Réduire (Ctrl −)",
        zoom_reset: "Taille normale (Ctrl 0)",
        zoom_in: "Agrandir (Ctrl +)",
        filter_session_or_adr: "Session ou ADR",
        filter_session: "Session arbitre",
        default_session_name: "decision.ron",
        not_autosaved: |why| {
            format!("⚠ Les modifications ne sont pas sauvegardées automatiquement\u{a0}: {why}")
        },
        no_data_folder: "aucun dossier de données (HOME et XDG_DATA_HOME ne sont pas définis)\u{a0}; définissez-en un, ou ARBITRE_DATA_DIR",
    },
    prompts: Prompts {
        unsaved_title: "Modifications non enregistrées",
        unsaved_before_close: "Cette session a des modifications non enregistrées. Les enregistrer avant de fermer\u{202f}?",
        unsaved_before_new: "Cette session a des modifications non enregistrées. Les enregistrer avant d'en commencer une nouvelle\u{202f}?",
        unsaved_before_open: "Cette session a des modifications non enregistrées. Les enregistrer avant d'en ouvrir une autre\u{202f}?",
        dont_save: "Ne pas enregistrer",
        recovery_title: "Travail non enregistré retrouvé",
        recovery_one: "La dernière session ne s'est pas fermée normalement. Son travail a été sauvegardé automatiquement.",
        recovery_many: "Des sessions précédentes ne se sont pas fermées normalement. Leur travail a été sauvegardé automatiquement\u{202f}; la plus récente d'abord.",
        // French puts 0 and 1 in the singular.
        recovery_counts: |ticked, weighted| {
            let t = if ticked < 2 { "coché" } else { "cochés" };
            let w = if weighted < 2 {
                "critère pondéré"
            } else {
                "critères pondérés"
            };
            format!("{ticked} {t}, {weighted} {w}")
        },
        ago: |secs| match secs {
            0..=119 => format!(", il y a {secs}\u{a0}s"),
            120..=7199 => format!(", il y a {}\u{a0}min", secs / 60),
            7200..=172_799 => format!(", il y a {}\u{a0}h", secs / 3600),
            _ => format!(", il y a {}\u{a0}j", secs / 86_400),
        },
        restore: "Restaurer",
        set_aside: "Mettre de côté",
        set_aside_hint: "Le fichier est renommé, jamais supprimé.",
        later: "Plus tard",
        later_hint: "Rien n'est effacé\u{a0}: ce travail sera proposé au prochain démarrage.",
        changed_title: "Le fichier a changé sur le disque",
        changed_body: "Un autre programme (ou une autre fenêtre d'arbitre) l'a modifié depuis son ouverture. Le remplacer par cette version effacerait ces modifications.",
        replace: "Remplacer",
    },
    notices: Notices {
        settings_repaired: |fields| {
            format!("Réglages enregistrés hors limites, remis par défaut\u{a0}: {fields}")
        },
        kit_failed: |e| format!("{e}\n(le kit intégré est utilisé à la place)"),
        dropped_ids: |file, ids| {
            format!("{file}\u{a0}: identifiants inconnus du kit, ignorés\u{a0}: {ids}")
        },
        autosave_other_kit: |file, kit| {
            format!(
                "Travail non enregistré fait avec un autre kit, conservé dans {file} — pour le retrouver, lancez arbitre avec ce kit\u{a0}: {kit}"
            )
        },
        autosave_newer: |file, format| {
            format!(
                "Travail non enregistré écrit par un arbitre plus récent, conservé dans {file} (format {format}) — mettez arbitre à jour pour le retrouver."
            )
        },
        autosave_set_aside: |to, e| {
            format!(
                "Le travail sauvegardé automatiquement est illisible\u{202f}; il a été mis de côté sous {to}\u{a0}:\n{e}"
            )
        },
        orphan_set_aside: |to| format!("Travail non restauré mis de côté sous {to}"),
        exported: |path| format!("ADR exporté\u{a0}: {path}"),
        other_template: "Ce journal suit l'autre modèle (Nygard pour adr-tools, MADR pour docs/decisions)\u{a0}: les outils du journal liront mieux le suivant s'il utilise ce modèle.",
        decision_restored: |path| format!("Décision restaurée depuis l'ADR {path}"),
        adr_damaged: |path, why| format!("{path}\u{a0}: {why}"),
        dialog_failed: |why| {
            format!("Impossible d'ouvrir la fenêtre de choix de fichier\u{a0}: {why}")
        },
    },
    errors: Errors {
        syntax: |file, line, column, message| format!("{file}:{line}:{column}\u{a0}: {message}"),
        unreadable: |file, why| format!("{file}\u{a0}: lecture impossible\u{a0}: {why}"),
        cannot_write: |file, why| format!("{file}\u{a0}: écriture impossible\u{a0}: {why}"),
        exists: |file| {
            format!(
                "{file}\u{a0}: existe déjà\u{a0}; choisissez un autre nom ou autorisez le remplacement"
            )
        },
    },
    compare: Compare {
        weights: ["Aucune", "Faible", "Moyenne", "Forte"],
        intro: "Pour chaque critère, indiquez son importance pour votre projet\u{a0}: elle pèse dans la recommandation en faveur de l'option qui l'emporte (✅).",
        beyond_badge: "⚠ Au-delà des notes",
        beyond_notes: "au-delà des notes",
        wins: "✅ L'emporte sur ce critère",
        importance: "Importance",
        weight: "poids",
        team_note: "Note de l'équipe",
        reference_offline: "Référence (hors ligne\u{a0}: non ouverte)",
    },
    checklists: Checklists {
        ticked_of: |n, total| {
            let t = if n < 2 { "coché" } else { "cochés" };
            format!("{n} / {total} {t}")
        },
        live: "Recommandation en direct",
        overridden: "(l'équipe a passé outre)",
        see_why: "Voir pourquoi (Ctrl+3)",
    },
    recommend: Recommend {
        no_recommendation: "Pas encore de recommandation",
    },
    adr: Adr {
        statuses: ["Proposé", "Accepté", "Rejeté", "Obsolète", "Remplacé"],
    },
    train: Train {
        tabs: ["Quiz", "Scénarios", "Progrès"],
    },
};
