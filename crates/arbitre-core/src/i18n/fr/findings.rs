//! The findings' words in French.

use crate::i18n::Lang;
use crate::i18n::words::findings::Findings;

/// The findings' words in French.
pub(super) const FINDINGS: Findings = Findings {
    language: |lang| match lang {
        Lang::Fr => "français",
        Lang::En => "anglais",
    },
    title: "le titre",
    option: |id| format!("l'option `{id}`"),
    criterion: |id| format!("le critère `{id}`"),
    example_of: |id| format!("l'exemple de `{id}`"),
    application: "l'application à quote-app",
    source: |id| format!("la source `{id}`"),
    hint: |id| format!("l'indice `{id}`"),
    question: |id| format!("la question `{id}`"),
    hard_need: |id| format!("le besoin absolu de `{id}`"),
    empty_text: |language, what, at| format!("texte {language} vide dans {what} (`{at}`)"),
    nothing_to_draw: |what, path| format!("{what} n'a rien à dessiner (`{path}` est vide)"),
    drawing_too_big: |what, path, side, deep| {
        format!(
            "{what}\u{a0}: le dessin `{path}` est trop grand (au plus {side} boîtes côte à côte, {deep} niveaux d'imbrication)"
        )
    },
    unknown_item: |owner, target| format!("`{owner}` renvoie à un élément inconnu `{target}`"),
    unknown_source: |owner, target| format!("`{owner}` renvoie à une source inconnue `{target}`"),
    unknown_hybrid: |owner, target| {
        format!("`{owner}` renvoie à une architecture hybride inconnue `{target}`")
    },
    unknown_need: |owner, target| {
        format!(
            "`{owner}` renvoie à un besoin inconnu (ni élément, ni critère, ni préoccupation) `{target}`"
        )
    },
    strength: |id, strength| {
        format!("`{id}` a la force {strength}\u{202f}; elle doit valoir 1, 2 ou 3")
    },
    empty_id: "un identifiant est vide",
    duplicate_id: |id| {
        format!("identifiant `{id}` en double\u{a0}: les identifiants doivent être uniques")
    },
    ticks_nothing: |s| format!("le scénario `{s}` ne coche rien"),
    patterns_not_hybrid: |s, expected| {
        format!("le scénario `{s}` attend `{expected}` mais liste des architectures hybrides")
    },
    no_lesson: |s, kind| {
        format!(
            "le scénario `{s}` est de type `{kind}` mais n'a pas de `lesson`\u{a0}: dites ce qu'il enseigne, dans les deux langues"
        )
    },
    beyond_without_source: |s| {
        format!(
            "le scénario `{s}` va au-delà des notes mais ne cite aucune source\u{a0}: indiquez-en au moins une de `beyond.sources` dans `sources`"
        )
    },
    sources_outside_beyond: |s, kind| {
        format!(
            "le scénario `{s}` est de type `{kind}` mais cite des sources\u{a0}: seul un scénario de type `beyond` va au-delà des notes"
        )
    },
    reserved_quiz_id: |q| {
        format!(
            "la question `{q}`\u{a0}: les identifiants commençant par `quiz.` sont ceux des questions générées\u{202f}; nommez-la `question.<slug>`"
        )
    },
    choice_count: |q, n, fewest, most| {
        format!("la question `{q}` a {n} choix\u{202f}; elle doit en avoir {fewest} ou {most}")
    },
    answer_out_of_range: |q, answer, n| {
        format!(
            "la question `{q}`\u{a0}: `answer` vaut {answer} mais il y a {n} choix, numérotés à partir de 0"
        )
    },
    same_choice: |q, j, k, language| {
        format!(
            "la question `{q}`\u{a0}: les choix {j} et {k} ont le même texte en {language}\u{202f}; chaque choix doit différer"
        )
    },
    option_count: |option, count| {
        format!(
            "l'option `{option}` doit être définie exactement une fois dans `options` (trouvée {count} fois)"
        )
    },
    unknown_concern: |id, concern| format!("`{id}` énonce une préoccupation inconnue `{concern}`"),
    concern_split: |id, option, concern, first, other| {
        format!(
            "`{id}` plaide pour `{option}` mais énonce la préoccupation `{concern}`, que `{first}` énonce pour `{other}`\u{a0}: une préoccupation est un besoin, pour une seule option"
        )
    },
    never_shows: |hint, field| {
        format!("l'indice `{hint}`\u{a0}: `{field}` est vide, il ne s'affiche donc jamais")
    },
    hard_none_or_all: |id| {
        format!(
            "le besoin absolu de `{id}` doit écarter une ou deux options (`rules_out`), jamais aucune ni les trois"
        )
    },
    hard_rules_out_own: |id, option| {
        format!("le besoin absolu de `{id}` écarte `{option}`, l'option pour laquelle il plaide")
    },
    no_record_words: |what, path| {
        format!(
            "{what} n'a pas de `{path}`\u{a0}: les décisions écrites en ont besoin (dans les deux langues)"
        )
    },
    french_typography: |what, path| {
        format!(
            "{what}\u{a0}: `{path}.fr` ne suit pas la typographie française (une espace insécable avant le deux-points, une fine avant le point-virgule et les points d'exclamation et d'interrogation)"
        )
    },
    no_consequence: |what, good| {
        let kind = if good { "positive" } else { "négative" };
        format!("{what} n'a aucune conséquence {kind}\u{a0}: une décision écrite a besoin des deux")
    },
    empty_pack_id: "l'identifiant du pack est vide",
    wrong_kit: |pack_kit, kit| {
        format!("ce pack est écrit pour le kit `{pack_kit}`\u{202f}; le kit utilisé est `{kit}`")
    },
    empty_pack_title: |lang| format!("le titre du pack est vide en `{lang}`"),
    scenario_taken: |id| {
        format!("le kit a déjà un scénario `{id}`\u{a0}: les identifiants doivent être uniques")
    },
    question_taken: |id| {
        format!("le kit a déjà une question `{id}`\u{a0}: les identifiants doivent être uniques")
    },
    engine_disagrees: |s, expected, engine| {
        format!("{s}\u{a0}: le kit attend {expected}, le moteur de décision donne {engine}")
    },
    duplicate_component: |s, c| {
        format!(
            "le scénario `{s}` a deux composants nommés «\u{a0}{c}\u{a0}»\u{a0}: les noms doivent être uniques"
        )
    },
    component_ticks_answer: |s, c, tick| {
        format!(
            "{s}\u{a0}: le composant «\u{a0}{c}\u{a0}» coche `{tick}`, qui plaide pour un hybride\u{a0}: c'est une réponse, pas un fait du composant"
        )
    },
    component_not_placed: |s, c, place| {
        format!(
            "{s}\u{a0}: le moteur de décision ne place pas le composant «\u{a0}{c}\u{a0}» là où un étudiant peut le placer (conteneurs, VM, conteneurs dans une frontière de VM)\u{202f}; il donne\u{a0}: {place}"
        )
    },
};
