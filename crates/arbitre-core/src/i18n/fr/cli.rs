//! The command line's words, in French.

use crate::i18n::words::cli::Cli;

/// The command line's words, in French.
pub(crate) const CLI: Cli = Cli {
    recommendation: "Recommandation",
    nothing_answered: "Cochez au moins un élément ou pondérez un critère.",
    scores: "Scores",
    suggested: "Architectures suggérées",
    reasons: "Raisons",
    warning: "avertissement",
    ok: "ok",
    and_more: |n| format!("… et {n} de plus"),
    kit_ok: |k| {
        format!(
            "kit `{}` v{}\u{a0}: {} critères, {} cas de VM, {} architectures hybrides, {} énoncés de résumé, {} scénarios",
            k.id, k.version, k.criteria, k.vm_cases, k.hybrids, k.statements, k.scenarios
        )
    },
    session_ok: |t, w| format!("session\u{a0}: {t} cochés, {w} pondérés"),
    block_ok: |t, w| format!("bloc de décision de l'ADR\u{a0}: {t} cochés, {w} pondérés"),
    pack_ok: |pack, kit, s, q| {
        format!("pack `{pack}` pour le kit `{kit}`\u{a0}: {s} scénarios, {q} questions")
    },
    log_ok: |n| format!("{n} décisions"),
    problems_found: |n| format!("{n} problème(s) trouvé(s)"),
    no_such_item: |id, kit| {
        format!("identifiant inconnu `{id}`\u{a0}: le kit `{kit}` n'a pas cet élément")
    },
    weight_out_of_range: |id, w| {
        format!("le poids de `{id}` vaut {w}\u{a0}; il doit valoir 0, 1, 2 ou 3")
    },
    here: "ici",
    in_parent: |p| format!("dans `{p}`"),
    unknown_field: |name, place| format!("champ inconnu `{name}` {place}\u{a0}: il est ignoré"),
    field_twice: |name| format!("champ `{name}` donné deux fois"),
    key_twice: |key| format!("clé {key} donnée deux fois\u{a0}: seule la dernière compte"),
    no_decision_block: |marker| {
        format!(
            "aucun bloc de décision d'arbitre (`{marker} … -->`)\u{a0}: seul un ADR écrit par arbitre peut être vérifié\u{a0}; pour vérifier un journal d'ADR, lancez `arbitre adr check DIR`"
        )
    },
    session_block: "(bloc de session)",
    other_kit: |made, checked| {
        format!(
            "la décision a été prise avec le kit `{made}`, vérifiée ici avec `{checked}` (passez --kit)"
        )
    },
    output_failed: |why| format!("impossible d'écrire la sortie\u{a0}: {why}"),
    already_exists: "existe déjà\u{a0}; passez --force pour le remplacer, ou choisissez un autre --out",
    not_arbitre_adr: "pas un ADR écrit par arbitre (aucun bloc de décision)\u{a0}: rien à rouvrir",
    unknown_id: |id| format!("identifiant inconnu `{id}`"),
    unknown_item: |id, kit| {
        format!(
            "identifiant inconnu `{id}`\u{a0}: pas un élément du kit `{kit}` (voir `arbitre check`)"
        )
    },
    weight_syntax: |w| format!("--weight `{w}`\u{a0}: ID=N attendu"),
    unknown_criterion: |id| format!("critère inconnu `{id}`"),
    weight_value: |w| format!("--weight `{w}`\u{a0}: le poids doit valoir 0, 1, 2 ou 3"),
    must_unanswered: |id| {
        format!(
            "--must `{id}`\u{a0}: ni un élément coché ni un critère pondéré (cochez-le avec --yes ou pondérez-le avec --weight)"
        )
    },
    not_accepted_hint: |session, status| {
        format!("(la session {session} dit {status}\u{a0}; passez --accept avec --supersedes)")
    },
    written_as: |template, note| format!("écrit au format {template}{note}"),
    header_lines: |lines| format!(" avec des lignes {lines}"),
    log_lang: |log, record, code| {
        format!(
            "les enregistrements du journal sont en {log}, celui-ci en {record}\u{a0}: passez --lang {code} pour l'écrire en {log}"
        )
    },
    log_convention: |session| {
        format!(
            ", la convention du journal (la session dit {session}\u{a0}; passez --template pour choisir)"
        )
    },
    marked_superseded: |file| format!("{file} marqué comme remplacé"),
    lock_held: |dir, secs| {
        format!(
            "un autre rédacteur tient le verrou du journal ({dir})\u{a0}; attente jusqu'à {secs} s"
        )
    },
    export_target: "export\u{a0}: donnez --out ou --adr-dir",
    exam_target: "exam\u{a0}: donnez --json, ou un ou plusieurs de --out, --sheet, --key, --gift (ou --new-code)",
    unknown_section: |id, valid| {
        format!("--sections\u{a0}: section inconnue `{id}`\u{a0}; sections valides\u{a0}: {valid}")
    },
    count_zero: "--count\u{a0}: un examen a au moins 1 question",
    no_question: "aucune question pour ces sections",
    hook_not_unicode: |name| format!("{name}\u{a0}: la valeur n'est pas de l'Unicode valide"),
    hook_not_frames: |name, text| {
        format!("{name}=`{text}`\u{a0}: un nombre d'images est attendu, comme 10")
    },
    usage_unknown_argument: |arg| format!("argument inattendu «\u{a0}{arg}\u{a0}»"),
    usage_invalid_value: |value, arg, valid| {
        if valid.is_empty() {
            format!("valeur «\u{a0}{value}\u{a0}» refusée pour {arg}")
        } else {
            format!(
                "valeur «\u{a0}{value}\u{a0}» refusée pour {arg}\u{a0}; valeurs possibles\u{a0}: {valid}"
            )
        }
    },
    usage_missing: |args| format!("arguments requis manquants\u{a0}: {args}"),
    usage_unknown_command: |cmd| format!("commande inconnue «\u{a0}{cmd}\u{a0}»"),
    usage_conflict: |one, other| format!("{one} ne peut pas être donné avec {other}"),
    usage_no_value: |arg| format!("{arg} attend une valeur"),
    usage_other: "ligne de commande refusée",
    usage_help: "Pour plus d'informations, essayez «\u{a0}--help\u{a0}».",
    component: |name, description| {
        if description.is_empty() {
            format!("Composant\u{a0}: {name}")
        } else {
            format!("Composant\u{a0}: {name} ({description})")
        }
    },
    placement: "Placement",
    why: "Pourquoi",
    would_change: "Ce qui le changerait",
    system: "Le système entier",
    outcome: "Résultat",
    architecture: "Architecture",
    recognised: "Architecture reconnue",
    recognised_ticked: "l'équipe l'a cochée pour tout le système",
    recognised_voted: "les faits des composants de chaque côté la suggèrent",
    recognised_fits: "elle répond aux besoins des composants de chaque côté",
    waiting: "En attente de",
    unknown_component: |name, names| {
        format!(
            "--component\u{a0}: la session n'a pas de composant `{name}`\u{a0}; ses composants\u{a0}: {names}"
        )
    },
    no_components: "la session n'a pas de composants",
    system_ok: |c, f| format!("session\u{a0}: {c} composants, {f} faits"),
    block_system_ok: |c, f| format!("bloc de décision de l'ADR\u{a0}: {c} composants, {f} faits"),
    in_component: |message, component| format!("{message} (dans le composant `{component}`)"),
    split_title: |system, component| format!("{system} — {component}"),
    split_context: |record, file, component| {
        format!(
            "Cet enregistrement place un composant du système décidé dans l'enregistrement «\u{a0}{record}\u{a0}» ({file})\u{a0}: {component}."
        )
    },
    split_part_of: "Fait partie de",
    split_detailed_by: "Détaillé par",
    split_written: |file| format!("enregistrement du composant écrit\u{a0}: {file}"),
    split_checkbox: "Aussi un enregistrement par composant",
};
