//! The words of a new record of any decision, in French (the `new_record` section).

use crate::i18n::words::new_record::NewRecord;

/// The words of a new record, in French.
pub(super) const NEW_RECORD: NewRecord = NewRecord {
    nygard_context: "Le problème qui motive cette décision, et tout ce qui l'influence ou la contraint.",
    nygard_decision: "Le changement que nous proposons ou que nous avons convenu de mettre en œuvre.",
    nygard_consequences: "Ce qui devient plus facile ou plus difficile à faire, et les risques introduits par le changement qu'il faudra atténuer.",
    init_title: "Consigner les décisions d'architecture",
    init_context: "Nous devons consigner les décisions d'architecture prises sur ce projet.",
    init_decision: "Nous utiliserons des Architecture Decision Records, [tels que Michael Nygard les décrit](http://thinkrelevance.com/blog/2011/11/15/documenting-architecture-decisions).",
    init_consequences: "Voir l'article de Michael Nygard, en lien ci-dessus. Pour un outillage léger des ADR, voir [adr-tools](https://github.com/npryce/adr-tools) de Nat Pryce.",
    madr_title: "titre court, qui dit le problème résolu et la solution trouvée",
    madr_date: "YYYY-MM-DD de la dernière mise à jour de la décision",
    madr_deciders: "toutes les personnes qui ont pris part à la décision",
    madr_context: "décrivez le contexte et le problème en deux ou trois phrases, par exemple sous forme de question",
    madr_option: |n| format!("titre de l'option {n}"),
    madr_outcome: |option, why| {
        format!("Option choisie\u{a0}: «\u{a0}{option}\u{a0}», parce que {why}.")
    },
    madr_justification: "justification, par exemple\u{a0}: seule option qui répond au critère éliminatoire, ou la meilleure (voir plus bas)",
    madr_good: |c| format!("Bonne, parce que {c}"),
    madr_bad: |c| format!("Mauvaise, parce que {c}"),
    madr_good_example: "conséquence positive, par exemple une qualité attendue améliorée",
    madr_bad_example: "conséquence négative, par exemple une qualité attendue dégradée",

    button: "Nouvel enregistrement…",
    button_hint: "Un enregistrement de n'importe quelle décision, écrit d'après le modèle du journal, numéroté et nommé comme le journal le fait (Ctrl+Maj+N)",
    supersede_button: "Remplacer par un nouvel enregistrement…",
    title_label: "Titre du nouvel enregistrement",
    start: "Rédiger",
    heading: |file| format!("Nouvel enregistrement\u{a0}: {file}"),
    from_env: |path| format!("Texte tiré du modèle de $ADR_TEMPLATE\u{a0}: {path}"),
    from_log: |path| format!("Texte tiré du modèle du journal\u{a0}: {path}"),
    from_convention: |tool| {
        format!("Le journal n'a pas de modèle\u{a0}: texte écrit selon la convention de {tool}")
    },
    supersedes: |old| {
        format!(
            "Il remplace {old}\u{a0}: cet enregistrement sera marqué comme remplacé à l'enregistrement."
        )
    },
    source: "Markdown",
    preview: "Aperçu, tel qu'un lecteur le voit",
    placeholders: |n| match n {
        1 => "1 emplacement du modèle reste à remplir".to_owned(),
        n => format!("{n} emplacements du modèle restent à remplir"),
    },
    save: "Enregistrer dans le journal",
    discard: "Abandonner…",
    confirm_discard: "Abandonner ce nouvel enregistrement\u{a0}? Son texte n'a jamais été enregistré.",
    keep_editing: "Continuer la rédaction",
    discard_yes: "Abandonner",
    saved: |path| format!("Nouvel enregistrement écrit\u{a0}: {path}"),
    waits: "Un nouvel enregistrement est en cours de rédaction dans l'écran Journal\u{a0}: enregistrez-le ou abandonnez-le d'abord.",
    no_title: "Donnez un titre à l'enregistrement.",
    init_prompt: |dir| {
        format!(
            "{dir} n'a pas de journal d'ADR. Commencez-en un ici, dans la disposition de l'outil de votre équipe."
        )
    },
    init_button: "Commencer un journal ici",
    init_layout: "Disposition",
    init_done: |tool, dir| format!("Journal {tool} commencé dans {dir}"),
};
