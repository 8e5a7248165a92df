//! The interface in French, the language of the notes. Spaces before `: ; ! ?` are
//! non-breaking (`\u{a0}`, `\u{202f}`); a test holds every entry to it.

mod cli;
mod components;
mod doc;
mod errors;
mod exam;
mod exam_code;
mod findings;
mod log_errors;
mod log_findings;
mod new_record;
mod system;
mod system_doc;
mod system_train;
mod system_view;

use super::words::{
    Adr, App, Checklists, Common, Compare, LangNames, Log, Notices, Prompts, Recommend,
    ScreenNames, Statuses, TabNames, Train, Words,
};

/// Every word of the interface, in French.
pub const FR: Words = Words {
    language_name: "Français",
    common: Common {
        cancel: "Annuler",
        dismiss: "Fermer",
        all_messages: |n| format!("Tous les messages ({n})"),
        fold_messages: "Replier les messages",
        dismiss_all: "Tout fermer",
        untitled: "sans titre",
        save: "Enregistrer",
        save_as: "Enregistrer sous…",
        reading_badge: "ℹ lecture d'arbitre",
    },
    app: App {
        screens: ScreenNames {
            compare: "Comparer",
            checklists: "Checklists",
            recommendation: "Recommandation",
            adr: "ADR",
            train: "S'entraîner",
            log: "Journal",
        },
        file: "Fichier",
        new: "Nouveau",
        open: "Ouvrir…",
        undo: "Annuler",
        redo: "Rétablir",
        recent: "Récents",
        unsaved_changes: "Modifications non enregistrées",
        saved: "Enregistré",
        light_theme: "Clair",
        dark_theme: "Sombre",
        theme_hint: "Passer du thème clair au thème sombre, et inversement",
        dialog_open: "Ouvrir une session ou un ADR",
        dialog_save_as: "Enregistrer la session sous",
        dialog_export_file: "Exporter l'ADR dans un fichier Markdown",
        dialog_export_log: "Choisir le dépôt (ou son dossier d'ADR) où exporter",
        dialog_open_log: "Choisir un dépôt (ou son dossier d'ADR) à ouvrir",
        dialog_open_pack: "Choisir un pack de formateur à charger",
        dialog_save_results: "Choisir le dossier où enregistrer les résultats",
        filter_pack: "Pack de formateur (RON)",
        no_dialog: "Aucune boîte de dialogue de fichiers ne peut s'afficher sur ce système (sous Linux, arbitre a besoin de xdg-desktop-portal ou de zenity). Tapez plutôt le chemin\u{a0}:",
        path: "Chemin",
        ok: "OK",
        view: "Affichage",
        presenter_short: "⛶",
        presenter: "Mode présentation\u{a0}: plein écran, grands caractères, grandes cases",
        shortcuts: "Raccourcis clavier",
        zoom_keys: "Agrandir, réduire, taille réelle",
        skip_to_screen: "Aller au contenu de l'écran (F6)",
        keys_move: "Aller au contrôle suivant (précédent)",
        keys_press: "Actionner le contrôle\u{a0}: cocher une case, cliquer un bouton",
        keys_close: "Fermer une boîte de dialogue ou un menu",
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
        exists_title: "Ce fichier existe déjà",
        exists_body: "Le remplacer effacerait ce qu'il contient.",
        replace: "Remplacer",
        accept_title: "Remplacer par une décision pas encore acceptée\u{a0}?",
        accept_body: |old, status| {
            format!(
                "Le nouvel enregistrement a le statut {status}. Marquer {old} comme remplacé maintenant ne laisserait aucune décision acceptée sur ce sujet. Acceptez la nouvelle décision et remplacez, ou annulez et exportez-la sans remplacer."
            )
        },
        accept_and_supersede: "Accepter et remplacer",
    },
    notices: Notices {
        settings_repaired: |fields| {
            format!("Réglages enregistrés hors limites, remis par défaut\u{a0}: {fields}")
        },
        settings_set_aside: |to, e| {
            format!(
                "Les réglages enregistrés sont inutilisables et ont été mis de côté sous {to}\u{202f}; les réglages par défaut sont utilisés\u{a0}:\n{e}"
            )
        },
        settings_not_kept: |e| {
            format!(
                "Les réglages enregistrés ne peuvent être ni utilisés ni mis de côté\u{202f}; les réglages par défaut sont utilisés et ne seront pas conservés cette fois\u{a0}:\n{e}"
            )
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
        pack_loaded: |title, scenarios, questions| {
            format!(
                "Pack «\u{a0}{title}\u{a0}» chargé\u{a0}: {scenarios} scénario(s) et {questions} question(s) en plus, sur l'écran S'entraîner."
            )
        },
        exported_to_log: |path, log, template| {
            format!("ADR exporté dans le journal {log}, au modèle {template}\u{a0}: {path}")
        },
        exported_components: |n, first| {
            format!("Et un enregistrement par composant ({n}), à partir de {first}")
        },
        other_template: "Le modèle du formulaire n'est pas celui du journal\u{a0}: l'enregistrement suit celui du journal, pour que ses outils le lisent (Nygard pour adr-tools, MADR ailleurs).",
        marked_superseded: |path| format!("Marqué comme remplacé\u{a0}: {path}"),
        log_reloaded: "Le journal a changé sur le disque (un git pull, un éditeur)\u{a0}: il a été relu.",
        changed_before_edit: |path| {
            format!(
                "{path} a changé sur le disque depuis sa lecture\u{a0}: rien n'a été écrit\u{a0}; le journal a été relu, recommencez."
            )
        },
        status_set: |path, status| format!("Statut changé en {status}\u{a0}: {path}"),
        index_created: |path| format!("Index écrit\u{a0}: {path}"),
        index_updated: |path| {
            format!(
                "Index mis à jour entre ses marqueurs arbitre:index, le reste intact\u{a0}: {path}"
            )
        },
        index_own_file: |path| {
            format!(
                "index.md appartient à quelqu'un d'autre\u{a0}: l'index est allé dans son propre fichier\u{a0}: {path}"
            )
        },
        log_findings: |n, first| {
            format!(
                "Le journal a {n}\u{a0}problème(s)\u{a0}; `arbitre adr check` les liste tous. Le premier\u{a0}: {first}"
            )
        },
        decision_restored: |path| format!("Décision restaurée depuis l'ADR {path}"),
        edited_outside: |path, fields| {
            format!("Modifié hors d'arbitre\u{a0}: {path}\u{a0}; repris du fichier\u{a0}: {fields}")
        },
        field_name: |f| match f {
            "title" => "titre",
            "status" => "statut",
            "date" => "date",
            "decision-makers" => "décideurs",
            "consulted" => "consultés",
            "informed" => "informés",
            "context" => "contexte",
            "confirmation" => "confirmation",
            _ => "lignes de statut",
        },
        adr_damaged: |path, why| format!("{path}\u{a0}: {why}"),
        dialog_failed: |why| {
            format!("Impossible d'ouvrir la fenêtre de choix de fichier\u{a0}: {why}")
        },
        close_waits: "La fenêtre reste ouverte\u{a0}: répondez d'abord à la question sur le fichier (ou annulez-la), puis fermez.",
        clamped_weights: |file, list| {
            format!("{file}\u{a0}: poids supérieurs à 3 ramenés à 3\u{a0}: {list}")
        },
        builtin_kit: "kit intégré",
    },
    errors: errors::ERRORS,
    findings: findings::FINDINGS,
    compare: Compare {
        weights: ["Aucune", "Faible", "Moyenne", "Forte"],
        intro: "Pour chaque critère, indiquez son importance pour votre projet\u{a0}: elle pèse dans la recommandation en faveur de l'option qui l'emporte (✅).",
        beyond_badge: "⚠ Au-delà des notes",
        beyond_notes: "au-delà des notes",
        wins: "✅ L'emporte sur ce critère",
        wins_reading: "Les notes ne désignent pas de gagnant par critère\u{a0}: c'est la lecture des notes par arbitre, que le moteur utilise quand vous pondérez ce critère.",
        importance: "Importance",
        weight: "poids",
        team_note: "Note de l'équipe",
        reference_offline: "Référence (hors ligne\u{a0}: non ouverte)",
        must: "impératif",
        must_name: |crit| format!("Impératif\u{a0}: {crit}"),
        beyond_short: "MicroVMs",
        more: "plus…",
        less: "moins",
        more_name: |crit, col| format!("Lire la suite\u{a0}: {crit}, {col}"),
        less_name: |crit, col| format!("Replier\u{a0}: {crit}, {col}"),
    },
    checklists: Checklists {
        ticked_of: |n, total| {
            let t = if n < 2 { "coché" } else { "cochés" };
            format!("{n} / {total} {t}")
        },
        live: "Recommandation en direct",
        overridden: "(l'équipe a passé outre)",
        see_why: "Voir pourquoi (Ctrl+3)",
        must: "impératif",
        must_name: |item| format!("Impératif\u{a0}: {item}"),
        hard: "besoin impératif",
        must_hint: "Marquez un élément coché comme impératif\u{a0}: un fait, pas une préférence. Il exclut alors l'option qui ne peut pas y répondre, quoi que disent les autres coches.",
    },
    recommend: Recommend {
        no_recommendation: "Pas encore de recommandation",
        undecided_hint: "Cochez ce qui s'applique dans les checklists, ou indiquez l'importance des critères dans le tableau comparatif.",
        go_checklists: "Aller aux checklists",
        go_table: "Aller au tableau",
        team_decision: "Décision de l'équipe (dérogation)",
        justification: "Justification",
        engine_recommendation: "Recommandation du moteur",
        recommendation: "Recommandation",
        suggested: "Architectures suggérées",
        engine_suggested: "Lecture d'arbitre sans la dérogation, architectures suggérées",
        details: "Détails du calcul",
        votes: |n| format!("{n} voix"),
        security_and_agility: "Un besoin de sécurité côté VMs ET des besoins côté conteneurs\u{a0}: «\u{a0}la sécurité des VMs ET l'agilité des conteneurs\u{a0}» mène à l'hybride.",
        hybrid_rule: |m, e, h| {
            format!(
                "Hybride = 3 × (côté le plus faible {m} + besoins hybrides explicites {e}) = {h}. L'hybride l'emporte quand le côté le plus faible, plus ce qui demande explicitement un hybride, dépasse le tiers du côté le plus fort."
            )
        },
        already_counted: |other| format!("déjà compté avec «\u{a0}{other}\u{a0}»"),
        tie: |names| format!("Égalité entre {names}"),
        and: " et ",
        tie_hint: "Le moteur ne tranche pas une égalité en silence. Un des changements ci-dessous la départage, ou l'équipe peut passer outre avec une justification.",
        flips_title: "Ce qui changerait la réponse",
        flip_tick: |outcome, item| format!("{outcome} si vous cochez «\u{a0}{item}\u{a0}»"),
        flip_untick: |outcome, item| format!("{outcome} si vous décochez «\u{a0}{item}\u{a0}»"),
        flip_weight: |outcome, crit, n| format!("{outcome} si «\u{a0}{crit}\u{a0}» a le poids {n}"),
        no_flip: "Aucun changement isolé ne changerait la réponse.",
        flip_fact: |outcome, item| {
            format!("{outcome} seulement en retirant le fait «\u{a0}{item}\u{a0}»")
        },
        flip_any_architecture: |names| {
            format!("Hybride si vous cochez l'une de ces architectures hybrides\u{a0}: {names}")
        },
        ruled_out_hard: |option, why| format!("{option} hors jeu\u{a0}: {why} (besoin impératif)"),
        ruled_out_must: |option, item| {
            format!(
                "{option} hors jeu\u{a0}: «\u{a0}{item}\u{a0}» est un impératif de l'équipe (impératif)"
            )
        },
        ruled_out: "hors jeu",
        hybrid_no_fit: "Un hybride aurait le meilleur score, mais aucune architecture hybride du kit ne répond ici à un besoin de chaque côté\u{a0}: dites ce qui tourne en VMs et ce qui tourne en conteneurs (cochez les besoins, ou l'architecture qui convient).",
        hybrid_unplaced: |needs| {
            format!(
                "Un hybride aurait le meilleur score, mais aucune architecture hybride du kit ne place {needs} du côté qui y répond\u{a0}: il n'est pas proposé."
            )
        },
        blocked: "Aucune option ne répond à tous les besoins impératifs\u{a0}: retirez un impératif de l'équipe, ou passez outre avec une justification.",
        more_flips: |n| format!("… et {n} autre(s) (voir l'ADR ou `arbitre recommend --json`)"),
        no_architecture: "Aucune architecture hybride n'est suggérée\u{a0}: rien à dessiner. Cochez dans les checklists les architectures hybrides qui correspondent à votre cas.",
        drawing_reading: "Les notes décrivent ces architectures en mots (sauf l'arbre de quote-app)\u{a0}: ce dessin est la lecture des notes par arbitre.",
        hint_title: "Piste au-delà des notes",
        see_table: "Voir la colonne microVM du tableau",
        reasons: "Raisons",
        for_option: |option| format!("Pour {option}"),
        weight: "poids",
        override_title: "Passer outre",
        back_to_engine: "Revenir à la recommandation du moteur",
        override_open: "Passer outre la recommandation…",
        override_intro: "L'équipe choisit une autre option. Une justification écrite est obligatoire\u{a0}: elle figurera dans l'ADR.",
        justification_required: "Justification (obligatoire)",
        apply_override: "Appliquer la dérogation",
        refused: "Refusé\u{a0}: écrivez pourquoi l'équipe passe outre la recommandation.",
    },
    adr: Adr {
        statuses: Statuses {
            proposed: "Proposé",
            accepted: "Accepté",
            rejected: "Rejeté",
            deprecated: "Obsolète",
            superseded: "Remplacé",
        },
        title: "Titre",
        title_hint: "Héberger …\u{a0}: conteneurs, VMs ou hybride",
        status: "Statut",
        date: "Date (AAAA-MM-JJ)",
        invalid_date: "Date invalide\u{a0}: utilisez AAAA-MM-JJ (vide = aujourd'hui).",
        names_hint: "Noms séparés par des virgules",
        decision_makers: "Décideurs",
        consulted: "Consultés",
        informed: "Informés",
        context: "Contexte et énoncé du problème",
        consequences: "Conséquences (en plus de celles du tableau)",
        confirmation: "Confirmation",
        links: "Liens (un par ligne\u{a0}: autres ADR, tickets)",
        doc_lang: "Langue du document",
        template: "Modèle",
        detail: "Détail",
        concise: "Concis",
        full: "Complet",
        detail_hint: "Concis\u{a0}: ce qu'un relecteur lit (la justification en mots, les conséquences de l'option choisie, le tableau une fois). Complet\u{a0}: toutes les raisons avec leurs points, le tableau sous chaque option.",
        mermaid_note: "Ci-dessous, le dessin en source Mermaid\u{a0}: GitHub, GitLab et log4brains le dessinent en boîtes (l'écran Recommandation montre les mêmes).",
        log_template_differs: |log, doc| {
            format!(
                "Ce journal écrit ses enregistrements en {log}\u{a0}: l'export y sera en {log}, pas en {doc} comme l'aperçu."
            )
        },
        use_log_template: |t| format!("Prévisualiser en {t}"),
        log_lang_mismatch: |log, doc| {
            format!(
                "Les enregistrements de ce journal sont en {log}, ce document est en {doc}\u{a0}: ses titres de section seront en {doc} parmi les leurs."
            )
        },
        lang_mismatch: |typed, doc| {
            format!(
                "Le texte saisi semble être en {typed}, mais le document est en {doc}\u{a0}: ses titres et ses phrases générées seront en {doc}."
            )
        },
        lang_names: LangNames {
            fr: "français",
            en: "anglais",
        },
        switch_doc_lang: |typed| format!("Écrire le document en {typed}"),
        export_file: "Exporter dans un fichier…",
        supersedes: "Remplace l'ADR n° ou fichier (facultatif)",
        export_log: "Exporter dans le journal d'ADR du dépôt…",
        export_log_hint: "Choisissez la racine du dépôt (ou son dossier d'ADR)\u{a0}: arbitre trouve le journal (.adr-dir ou doc/adr pour adr-tools, .log4brains.yml, docs/decisions pour MADR, docs/adr…) et écrit l'enregistrement selon les conventions de ce journal.",
        preview: "Aperçu",
        rendered: "Rendu",
        raw: "Texte brut",
        markdown: "Markdown",
        read_only: |path| format!("Lecture seule\u{a0}: {path}"),
        foreign_body: "Cet ADR n'a pas été écrit par arbitre\u{a0}: il ne contient pas de session à restaurer, il est donc affiché sans pouvoir être modifié ici.",
        close: "Fermer l'ADR",
    },
    log: Log {
        open: "Ouvrir un dépôt…",
        open_hint: "Choisissez la racine d'un dépôt ou son dossier d'ADR\u{a0}: adr-tools, MADR, log4brains et les dossiers d'enregistrements NNNN-titre.md sont compris. Vous pouvez aussi déposer un dossier sur la fenêtre.",
        recent: "Journaux récents",
        reload: "Recharger (F5)",
        empty: "Aucun journal d'ADR n'est ouvert. Ouvrez un dépôt (ou son dossier d'ADR), choisissez-en un récent, ou déposez un dossier sur la fenêtre.",
        loading: |done, total| format!("Lecture du journal… {done} / {total}\u{a0}enregistrements"),
        found: |kind, dir| format!("Journal {kind} dans {dir}"),
        count: |shown, total| format!("{shown} sur {total}\u{a0}enregistrements"),
        search: "Rechercher",
        search_hint: "Des mots des titres et du texte\u{a0}; la casse est ignorée.",
        status_filter: "Statut",
        all: "Tous",
        columns: ["N°", "Titre", "Statut", "Date", "Décideurs"],
        problems: |n| format!("Problèmes ({n})"),
        no_problems: "Aucun problème dans ce journal.",
        new_decision: "Nouvelle décision dans ce journal",
        write_index: "Régénérer l'index",
        more_actions: "Autres actions",
        select: "Choisissez un enregistrement pour le lire.",
        open_decision: "Ouvrir la décision",
        read_only: "Écrit par un autre outil\u{a0}: en lecture seule ici. arbitre peut changer son statut et le remplacer, mais n'a pas de décision à en restaurer.",
        status: "Nouveau statut",
        set_status: "Appliquer",
        supersede: "Remplacer par une nouvelle décision",
        superseded_by: "Remplacé par",
        amends: "Amende",
        amended_by: "Amendé par",
        supersedes: "Remplace",
        shown_part: |shown, total| {
            format!("Les {shown}\u{a0}premières lignes sur {total}, mises en forme.")
        },
        show_all: |n| format!("Tout afficher ({n}\u{a0}lignes)"),
        whole_as_text: "Tout l'enregistrement, en texte brut.",
        show_rendered: "Afficher le début mis en forme",
        links: "Liens",
        graph: "Remplacements",
        graph_hint: "Chaque point est un enregistrement, dans l'ordre des numéros\u{a0}; un arc relie un enregistrement à celui qui l'a remplacé. Cliquez un point pour le lire.",
        all_records: "← Tous les enregistrements",
        previous_record: "‹ Précédent",
        next_record: "Suivant ›",
        export_here: |log| format!("Exporter dans {log}"),
        export_successor: |log, old| format!("Exporter dans {log}, en remplaçant {old}"),
        forget_target: "Choisir un autre journal",
    },
    train: Train {
        tabs: TabNames {
            quiz: "Quiz",
            scenarios: "Scénarios",
            exam: "Examen",
            progress: "Progrès",
        },
        title: "S'entraîner",
        intro: "Révisez l'ensemble des notes, travaillez sur des cas concrets, passez un examen. Chaque réponse est expliquée par les notes.",
        question: "Question",
        next_question: "Question suivante",
        answer_is: |answer| format!("Réponse\u{a0}: {answer}."),
        you_answered: |chosen, answer| {
            format!("Vous avez répondu {chosen}\u{a0}; la bonne réponse est {answer}.")
        },
        why_right: "Pourquoi c'est la bonne réponse\u{a0}:",
        no_scenario: "Ce kit n'a pas de scénario. Les formateurs peuvent en ajouter dans la liste «\u{a0}scenarios\u{a0}» du fichier du kit.",
        scenario: "Scénario",
        which_hybrid: "Quelle architecture hybride\u{a0}?",
        check: "Valider",
        choose_hybrid_too: "Choisissez aussi une architecture hybride.",
        choose_option: "Choisissez une option.",
        next_scenario: "Scénario suivant",
        or: " ou ",
        expected_answer: |answer| format!("Réponse attendue\u{a0}: {answer}"),
        your_answer: |answer| format!("Votre réponse\u{a0}: {answer}"),
        wrong_architecture: "Hybride, c'est juste, mais l'architecture ne convient pas le mieux à ce cas.",
        why_engine: "Pourquoi — les raisons du moteur de décision, pour les mêmes besoins\u{a0}:",
        kit_disagrees: "⚠ Le kit prévoit une autre réponse pour ce scénario que le moteur de décision. La réponse du moteur fait foi ici\u{a0}; signalez-le au formateur.",
        step_ticks: "1. Cochez ce que la situation implique",
        step_ticks_intro: "Parcourez les checklists\u{a0}: cochez chaque élément que la situation énonce ou implique, puis répondez.",
        step_answer: "2. Comment l'héberger\u{a0}?",
        tick_first: "Cochez d'abord au moins un élément.",
        vm_cases_group: "Quand préférer une VM",
        beyond_badge: "Au-delà des notes\u{a0}: ce cas touche aux runtimes isolés (gVisor, Kata, Firecracker), que les notes ne traitent pas. Les sources sont citées dans la correction.",
        ticks_title: "Vos coches, comparées à la situation",
        ticks_score: |found, implied, extra| {
            let extra = match extra {
                0 => String::new(),
                1 => " et 1 qu'elle n'implique pas".to_owned(),
                n => format!(" et {n} qu'elle n'implique pas"),
            };
            format!(
                "Vous avez coché {found} des {implied} éléments que la situation implique{extra}."
            )
        },
        tick_found: |item| format!("✔ {item}"),
        tick_missed: |item, place, counts| {
            format!(
                "✘ Oublié\u{a0}: «\u{a0}{item}\u{a0}» ({place}). La situation l'implique\u{a0}; il compte pour {counts}."
            )
        },
        tick_extra: |item, place, counts| {
            format!(
                "✘ En trop\u{a0}: «\u{a0}{item}\u{a0}» ({place}). Rien dans la situation ne le dit\u{a0}; il compterait pour {counts}."
            )
        },
        on_your_ticks: |answer| {
            format!("Avec vos coches, le moteur de décision recommande\u{a0}: {answer}.")
        },
        on_your_ticks_differs: "Ce n'est pas la bonne réponse\u{a0}: l'écart vient de vos coches, ci-dessus.",
        on_your_ticks_agrees: "Vos coches menaient à la bonne réponse\u{a0}: c'est la conclusion qui s'en est écartée.",
        why_not: |option| format!("Pourquoi pas «\u{a0}{option}\u{a0}»\u{a0}?"),
        what_counts_for: |option| format!("Ce qui compte pour «\u{a0}{option}\u{a0}»\u{a0}:"),
        counts_for: |item, place, option| {
            format!("«\u{a0}{item}\u{a0}» ({place}) compte pour {option}.")
        },
        nothing_for: |option| {
            format!("Rien dans la situation ne compte pour «\u{a0}{option}\u{a0}».")
        },
        cell_cite: |criterion, option, cell| {
            format!("Le tableau, {criterion}, {option}\u{a0}: «\u{a0}{cell}\u{a0}»")
        },
        architecture_cite: |text| format!("Architecture\u{a0}: «\u{a0}{text}\u{a0}»"),
        lesson_trap: "C'était un piège\u{a0}:",
        lesson_depends: "Ça dépend — et voici ce qui décide\u{a0}:",
        lesson_beyond: "Au-delà des notes\u{a0}:",
        lesson_plain: "À retenir\u{a0}:",
        sources: "Sources\u{a0}:",
        quiz_section: "Section",
        quiz_level: "Niveau",
        any_section: "Toutes les sections",
        any_level: "Tous les niveaux",
        exam_intro: "Un examen\u{a0}: les questions sont fixées par la graine et le code d'examen (même graine et même code, même examen), aucune correction avant la fin, un score par section. Les résultats sont enregistrés en CSV et en Markdown, à rendre.",
        exam_name: "Nom de l'élève",
        exam_seed: "Graine",
        exam_seed_hint: "Le formateur donne la même graine et le même code d'examen à tous les élèves\u{a0}: ils ont alors le même examen (celui que `arbitre exam --seed N --code CODE` imprime).",
        exam_sections: "Sections",
        exam_count: "Nombre de questions",
        exam_duration: "Durée",
        exam_time_limit: "Temps limité",
        exam_minutes: "minutes",
        exam_start: "Commencer l'examen",
        exam_need_name: "Saisissez d'abord le nom de l'élève.",
        exam_need_seed: "La graine est un nombre entier (de 0 à 18446744073709551615).",
        exam_need_section: "Choisissez au moins une section.",
        exam_running: |student, seed| format!("Examen de {student} · graine {seed}"),
        exam_time_left: |left| format!("Temps restant\u{a0}: {left}"),
        exam_answered: |answered, asked| format!("Répondu\u{a0}: {answered} / {asked}"),
        exam_previous: "Question précédente",
        exam_next: "Question suivante",
        exam_finish: "Rendre la copie",
        exam_unanswered: |n| {
            if n == 1 {
                "1 question est sans réponse. Rendre quand même\u{a0}?".to_owned()
            } else {
                format!("{n} questions sont sans réponse. Rendre quand même\u{a0}?")
            }
        },
        exam_finish_anyway: "Rendre quand même",
        exam_results: "Résultats de l'examen",
        exam_timed_out: "Le temps est écoulé\u{a0}: la copie a été rendue telle quelle.",
        exam_score_heads: ["Section", "Score"],
        exam_total: "Total",
        exam_score: |right, asked, percent| format!("{right} / {asked} ({percent}\u{a0}%)"),
        exam_saved: |csv, md| {
            format!(
                "Résultats enregistrés dans le dossier de données (results)\u{a0}: {csv} et {md}"
            )
        },
        exam_not_saved: |e| format!("Les résultats n'ont pas pu être enregistrés\u{a0}: {e}"),
        exam_not_kept: |e| {
            format!(
                "L'examen n'est pas conservé sur le disque\u{a0}: fermer la fenêtre le perdrait. {e}"
            )
        },
        exam_set_aside: |e, to| {
            format!(
                "Un examen laissé par une fenêtre fermée est illisible\u{a0}: {e}. Il a été mis de côté sous {to}."
            )
        },
        exam_close_results: "Les résultats de cet examen ne sont enregistrés nulle part\u{a0}: fermer la fenêtre les perd. Enregistrez-les dans un dossier, ou fermez sans eux.",
        exam_close_running: "Cet examen n'est pas conservé sur le disque\u{a0}: fermer la fenêtre perd ses réponses.",
        exam_close_without: "Fermer sans les résultats",
        exam_close_anyway: "Fermer quand même",
        exam_no_folder: "Pas de dossier de données\u{a0}: enregistrez les résultats avec le bouton ci-dessous.",
        exam_save_as: "Enregistrer les résultats dans un dossier…",
        exam_review: "Vos réponses",
        exam_your_answer: |answer| format!("Votre réponse\u{a0}: {answer}"),
        exam_no_answer: "sans réponse",
        exam_new: "Nouvel examen",
        student: "Élève",
        shared_progress: "— (progrès partagé)",
        new_student_hint: "Nom d'un nouvel élève",
        add_student: "Ajouter",
        packs: "Packs du formateur",
        no_pack: "aucun",
        load_pack: "Charger un pack…",
        load_pack_hint: "Ajoute les scénarios et les questions d'un pack de formateur (fichier RON). Glisser le fichier sur la fenêtre, ou Fichier › Ouvrir, le charge aussi.",
        pack_hint: |scenarios, questions, file| {
            format!("{scenarios} scénario(s), {questions} question(s) — {file}")
        },
        remove_pack: |title| format!("Retirer le pack «\u{a0}{title}\u{a0}»"),
        round_so_far: |right, answered| {
            let s = if right > 1 { "s" } else { "" };
            format!(" · série\u{a0}: {right} juste{s} sur {answered}")
        },
        retrying: " · révision des erreurs",
        round_complete: "Série terminée",
        round_score: |right, answered| format!("Score de la série\u{a0}: {right} / {answered}."),
        new_round: "Nouvelle série",
        retry_missed: "Revoir les erreurs",
        correct: "✔ Juste\u{a0}!",
        incorrect: "✘ Faux",
        quiz_title: "Quiz sur le tableau comparatif",
        scenarios_title: "Scénarios d'entraînement",
        retry_hint: "Recommence le quiz et les scénarios avec seulement les erreurs.",
        reset: "Réinitialiser",
        reset_question: "Effacer tous les scores et la liste des erreurs\u{a0}? C'est définitif.",
        reset_confirm: "Oui, tout effacer",
        score: |answered, right, percent| {
            format!("Réponses\u{a0}: {answered} · justes\u{a0}: {right} ({percent}\u{a0}%)")
        },
        mastered: |n, total| format!("Réussis au moins une fois\u{a0}: {n} / {total}"),
        nothing_missed: "Aucune erreur à revoir.",
        to_retry: "À revoir\u{a0}:",
        saved_here: "La progression est enregistrée sur cet ordinateur, après chaque réponse.",
        not_saved_session: "La progression n'est pas enregistrée pendant cette séance.",
        unreadable_progress: |e| {
            format!(
                "{e}\nLa progression repart de zéro. Ce fichier n'est pas effacé\u{a0}: il sera copié à côté (.unreadable) avant d'être remplacé."
            )
        },
        kept_as: |copy| format!("Ancien fichier de progression illisible conservé sous {copy}."),
        saving_off: |e, path| {
            format!(
                "{e}\nLa progression ne sera pas enregistrée pendant cette séance, pour ne pas écraser {path}."
            )
        },
        not_saved: |e| format!("{e}\nLa progression n'est pas enregistrée."),
    },
    exam: exam::EXAM,
    exam_code: exam_code::EXAM_CODE,
    cli: cli::CLI,
    doc: doc::DOC,
    log_errors: log_errors::LOG_ERRORS,
    log_findings: log_findings::LOG_FINDINGS,
    system: system::SYSTEM,
    system_doc: system_doc::SYSTEM_DOC,
    components: components::COMPONENTS,
    system_train: system_train::SYSTEM_TRAIN,
    system_view: system_view::SYSTEM_VIEW,
    new_record: new_record::NEW_RECORD,
};
