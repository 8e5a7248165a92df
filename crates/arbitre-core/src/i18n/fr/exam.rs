//! The words of exams and of the question bank, in French.

use crate::i18n::words::exam::{Bank, Exam};

/// The words of exams and of the question bank, in French.
pub(crate) const EXAM: Exam = Exam {
    exam_title: "Examen —",
    results_title: "Résultats —",
    seed: "Graine",
    seed_lower: "graine",
    sections: "Sections",
    questions: "Questions",
    question: "Question",
    name: "Nom",
    date: "Date",
    one_answer: "Une seule réponse par question\u{a0}: entourez sa lettre.",
    page_break: "Saut de page\u{a0}: le corrigé commence ici. Détachez-le avant de distribuer l'examen.",
    answer_key: "Corrigé",
    answer_to: "Corrigé de la question",
    answer: "Réponse",
    csv_header: [
        "élève",
        "date",
        "graine",
        "question",
        "section",
        "niveau",
        "réponse",
        "bonne réponse",
        "juste",
    ],
    no_name: "(sans nom)",
    student: "Élève",
    time_limit: "Temps limite",
    time_ran_out: " (temps écoulé)",
    score: "Score",
    section: "Section",
    right_column: "Justes",
    total: "Total",
    answers: "Réponses",
    not_answered: "sans réponse",
    right: "juste",
    wrong: "faux",
    none: "(aucune)",
    your_answer: "Votre réponse",
    right_answer: "Bonne réponse",
    list_separator: "\u{a0}; ",
    colon: "\u{a0}:",
    table: "Tableau comparatif",
    cases: "Quand préférer une VM",
    hybrids: "Architectures hybrides",
    summary: "Résumé des décisions",
    scenarios: "Scénarios",
    recall: "restituer",
    apply: "appliquer",
    analyse: "analyser",
    newer_progress: |format, reads| {
        format!(
            "cette progression a été écrite par un arbitre plus récent (format {format}\u{a0}; celui-ci lit jusqu'au format {reads})"
        )
    },
    not_under_way: |q, a| {
        format!("pas un examen en cours\u{a0}: {q} question(s) et {a} réponse(s)")
    },
    bank: Bank {
        function_words: &[
            "a", "à", "au", "aussi", "aux", "avec", "car", "ce", "ces", "d", "dans", "de", "des",
            "du", "elle", "en", "entre", "est", "et", "il", "ils", "l", "la", "le", "les", "leur",
            "leurs", "lui", "mais", "moins", "n", "ne", "non", "ou", "où", "par", "pas", "peut",
            "plus", "pour", "qu", "que", "qui", "s", "sa", "sans", "se", "ses", "son", "sont",
            "sur", "tous", "tout", "toute", "toutes", "très", "un", "une", "via", "y",
        ],
        right_answer_is: |q| format!("La bonne réponse est {q}."),
        beyond_notes: |t| format!("{t} (au-delà des notes)"),
        shares_kernel: "Quelle option partage le kernel de l'OS hôte\u{a0}?",
        own_kernel: "D'après les notes, quelle option donne à chaque instance son propre kernel complet\u{a0}?",
        starts_fast: "Quelle option démarre en quelques secondes, voire en millisecondes\u{a0}?",
        boots_os: "Quelle option doit démarrer un système d'exploitation complet, ce qui prend plusieurs minutes\u{a0}?",
        few_mb: "Quelle option se contente typiquement de quelques Mo de RAM, sans dupliquer l'OS\u{a0}?",
        full_copy: "Quelle option embarque une copie complète de l'OS, soit plusieurs Go de RAM et de disque\u{a0}?",
        hardware_isolation: "D'après les notes, quelle option isole au niveau du matériel virtuel\u{a0}?",
        process_isolation: "Quelle option isole au niveau processus, via les namespaces et les cgroups\u{a0}?",
        simpler: "Quelle option est la plus simple à déployer et à gérer, avec une portabilité élevée\u{a0}?",
        hypervisor: "Quelle option demande de gérer un hyperviseur et de patcher plusieurs OS\u{a0}?",
        micro_kernel: "Quelle option intercale un kernel en espace utilisateur entre l'application et le kernel de l'hôte, ou donne à chaque charge de travail un kernel invité derrière KVM\u{a0}?",
        micro_boot: "Quelle option démarre un vrai kernel, réduit au strict minimum, en 125\u{a0}ms au plus\u{a0}?",
        micro_overhead: "Quelle option ajoute au plus environ 5\u{a0}Mio de mémoire par instance pour son gestionnaire de VM\u{a0}?",
        micro_syscalls: "Quelle option réduit la surface du kernel de l'hôte exposée à l'application en traitant ses appels système dans un kernel en espace utilisateur\u{a0}?",
        micro_runtime_class: "Quelle option se branche sur Kubernetes par une RuntimeClass, mais a besoin de KVM, donc de machines bare metal ou de la virtualisation imbriquée\u{a0}?",
        cell_citation: |label, name, cell| {
            format!("La cellule du tableau pour {label} sur {name}\u{a0}: {cell}")
        },
        which_column: |name| format!("{name}\u{a0}: quelle colonne du tableau dit ceci\u{a0}?"),
        another_cell: |c| format!("C'est une autre cellule. {c}"),
        which_criterion: "Sur quel critère le tableau comparatif dit-il ceci\u{a0}?",
        column_says_else: |name, label, cell| {
            format!("Sur {name}, la colonne {label} dit autre chose\u{a0}: {cell}")
        },
        which_case: "De quel cas d'usage des machines virtuelles relève ceci\u{a0}?",
        in_list: |sentence, title| format!("{sentence} figure dans la liste {title}."),
        calls_for_containers: "Laquelle de ces situations appelle des conteneurs\u{a0}?",
        calls_for_vm: "Laquelle de ces situations appelle une machine virtuelle\u{a0}?",
        which_hybrid: "Quelle architecture hybride est décrite ainsi\u{a0}?",
        which_advantage: "Quelle architecture hybride a cet avantage\u{a0}?",
        which_example: "Quelle architecture hybride cet exemple illustre-t-il\u{a0}?",
        which_summary_list: "Dans le résumé des décisions, dans quelle liste figure cette phrase\u{a0}?",
        engine_recommends: |a| {
            format!(
                "Le moteur de décision, pour les éléments de cette situation, recommande\u{a0}: {a}."
            )
        },
        what_do_you_recommend: |t| format!("{t}\u{a0}: que recommandez-vous\u{a0}?"),
        not_this_architecture: |other, right| {
            format!(
                "L'hybride, oui, mais pas cette architecture\u{a0}: {other} Les éléments de la situation désignent d'abord {right}."
            )
        },
        engine_not: |right, chosen, reasons| {
            if reasons.is_empty() {
                format!(
                    "Pour les éléments de cette situation, le moteur recommande {right} et non {chosen}."
                )
            } else {
                format!(
                    "Pour les éléments de cette situation, le moteur recommande {right} et non {chosen}, à cause de\u{a0}: {reasons}."
                )
            }
        },
    },
};
