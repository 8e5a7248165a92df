//! The record's content, worded from the kit and the session: the chosen and considered
//! options, the context, drivers, decision, consequences, pros and cons and more information.
//! [`super`] lays it out as MADR or Nygard.

#[allow(clippy::wildcard_imports)]
use super::*;

/// Whether a consequence or argument is for or against an option.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Verdict {
    Good,
    Neutral,
    Bad,
}

/// An option as the record names it: containers, VMs, a hybrid in general, or hybrid
/// architecture(s).
#[derive(Debug, Clone)]
pub(super) struct Choice<'a> {
    /// `None` when nothing is chosen yet.
    pub(super) option: Option<OptionId>,
    /// For a hybrid, the architectures, in kit order.
    pub(super) patterns: Vec<&'a Hybrid>,
}

impl Choice<'_> {
    pub(super) fn same(&self, other: &Choice<'_>) -> bool {
        self.option == other.option
            && self.patterns.len() == other.patterns.len()
            && self
                .patterns
                .iter()
                .zip(&other.patterns)
                .all(|(a, b)| a.id == b.id)
    }
}

/// What every section needs.
pub(super) struct Ctx<'a> {
    pub(super) kit: &'a CheckedKit,
    pub(super) session: &'a Session,
    pub(super) rec: &'a Recommendation,
    pub(super) lang: Lang,
    /// The override if there is one, else the recommendation.
    pub(super) chosen: Choice<'a>,
    /// What the engine recommends.
    pub(super) recommended: Choice<'a>,
    pub(super) override_: Option<&'a Override>,
}

impl<'a> Ctx<'a> {
    pub(super) fn new(input: &AdrInput<'a>) -> Ctx<'a> {
        Ctx::with(
            input,
            input.recommendation,
            input.session.override_.as_ref(),
        )
    }

    /// The context of one recommendation and its override: the session's, or a component's.
    pub(super) fn with(
        input: &AdrInput<'a>,
        rec: &'a Recommendation,
        override_: Option<&'a Override>,
    ) -> Ctx<'a> {
        let kit = input.kit;
        let option = rec.outcome.option();
        let recommended = Choice {
            option,
            patterns: if option == Some(OptionId::Hybrid) {
                let top = rec.top_patterns();
                kit.hybrids
                    .iter()
                    .filter(|h| top.contains(&h.id.as_str()))
                    .collect()
            } else {
                Vec::new()
            },
        };
        let chosen = match override_ {
            Some(o) => Choice {
                option: Some(o.outcome),
                patterns: if o.outcome == OptionId::Hybrid {
                    kit.hybrids
                        .iter()
                        .filter(|h| o.patterns.contains(&h.id))
                        .collect()
                } else {
                    Vec::new()
                },
            },
            None => recommended.clone(),
        };
        Ctx {
            kit,
            session: input.session,
            rec,
            lang: input.session.adr.lang,
            chosen,
            recommended,
            override_,
        }
    }

    /// The fixed words of the record's language.
    pub(super) fn w(&self) -> &'static DocWords {
        doc_words(self.lang)
    }

    /// Kit text in the document's language.
    pub(super) fn k(&self, text: &'a Text) -> &'a str {
        text.get(self.lang)
    }

    /// "because …" with the text escaped; in French "parce que", elided before a vowel.
    pub(super) fn because(&self, raw: &str) -> String {
        let text = escape::inline(raw);
        (self.w().because)(raw, &text)
    }

    /// The title, escaped; a generic one when the team has not written any.
    pub(super) fn title(&self) -> String {
        let title = escape::inline(&self.session.adr.title);
        if title.is_empty() {
            escape::inline(self.w().default_title)
        } else {
            title
        }
    }

    /// An option's table name ("Machines Virtuelles (VMs)").
    pub(super) fn option_full(&self, option: OptionId) -> String {
        self.kit.option(option).map_or_else(
            || self.kit.option_name(option, self.lang),
            |o| self.k(&o.name).to_owned(),
        )
    }

    /// A choice's name, raw: "Conteneurs", "Machines Virtuelles (VMs)", "Hybride",
    /// "Hybride : Kubernetes sur VMs", "Hybride : A + B".
    pub(super) fn choice_title(&self, choice: &Choice<'_>) -> String {
        match choice.option {
            None => self.w().no_recommendation.to_owned(),
            Some(OptionId::Hybrid) => {
                let short = self.kit.option_name(OptionId::Hybrid, self.lang);
                if choice.patterns.is_empty() {
                    short
                } else {
                    let names: Vec<&str> =
                        choice.patterns.iter().map(|h| self.k(&h.name)).collect();
                    format!("{} {}", self.lang.colon(&short), names.join(" + "))
                }
            }
            Some(o) => self.option_full(o),
        }
    }

    /// The context text, or a sentence from the kit and the answers.
    pub(super) fn context(&self) -> String {
        let text = escape::block(&self.session.adr.context);
        if !text.is_empty() {
            return text;
        }
        let lang = self.lang;
        if !self.session.components.is_empty() {
            let names: Vec<String> = self
                .session
                .components
                .iter()
                .map(|c| c.name.clone())
                .collect();
            let sentence = (lang.words().system_doc.context_sentence)(
                self.k(&self.kit.title),
                &self.list(&names),
            );
            return escape::inline(&sentence);
        }
        let ticked = self
            .kit
            .ticks()
            .iter()
            .filter(|t| self.session.ticks.contains(t.id))
            .count();
        let weighted = self
            .kit
            .criteria
            .iter()
            .filter(|c| self.session.weights.get(&c.id).is_some_and(|w| *w > 0))
            .count();
        let w = doc_words(lang);
        let ticked = (w.needs_stated)(ticked);
        let weighted = (w.criteria_weighted)(weighted);
        let sentence = (w.context_sentence)(self.k(&self.kit.title), &ticked, &weighted);
        escape::inline(&sentence)
    }

    /// Nygard has no front matter: decision-makers, consulted and informed as lines of the
    /// Context, when given.
    pub(super) fn people(&self) -> Vec<String> {
        let lang = self.lang;
        let w = lang.words();
        let adr = &self.session.adr;
        let lines: Vec<String> = [
            (w.adr.decision_makers, &adr.decision_makers),
            (w.adr.consulted, &adr.consulted),
            (w.adr.informed, &adr.informed),
        ]
        .into_iter()
        .filter(|(_, names)| !names.is_empty())
        .map(|(label, names)| {
            let names: Vec<String> = names.iter().map(|n| escape::inline(n)).collect();
            format!(
                "{} {}",
                escape::inline(&lang.colon(label)),
                names.join(", ")
            )
        })
        .collect();
        if lines.is_empty() {
            Vec::new()
        } else {
            // One paragraph, a line each (a hard break: two trailing spaces are invisible and
            // lint-prone, so a backslash).
            vec![lines.join("\\\n")]
        }
    }

    /// The decision drivers, escaped: the stated needs as forces in kit order (never the
    /// chosen architecture itself), then the weighted (or annotated) criteria with the
    /// team's note.
    pub(super) fn drivers(&self) -> Vec<String> {
        let lang = self.lang;
        let mut out = Vec::new();
        for tick in self.kit.ticks_iter() {
            let chosen = self.chosen.patterns.iter().any(|h| h.id == tick.id);
            if self.session.ticks.contains(tick.id) && !chosen {
                out.push(escape::inline(&self.force(tick.id)));
            }
        }
        for crit in &self.kit.criteria {
            let weight = self
                .session
                .weights
                .get(&crit.id)
                .copied()
                .unwrap_or(0)
                .min(3);
            let note = self
                .session
                .notes
                .get(&crit.id)
                .map(|n| escape::inline(n))
                .unwrap_or_default();
            if weight == 0 && note.is_empty() {
                continue;
            }
            let name = self.k(&crit.name);
            let label = if weight > 0 {
                escape::inline(&format!("{name} ({} {weight})", doc_words(lang).weight))
            } else {
                escape::inline(name)
            };
            if note.is_empty() {
                out.push(label);
            } else {
                out.push(format!("{label}{} {note}", doc_words(lang).plain_colon));
            }
        }
        out.extend(self.component_drivers());
        out
    }

    /// A system's components' own needs, a line each: "ERP: a, b", escaped.
    fn component_drivers(&self) -> Vec<String> {
        let colon = doc_words(self.lang).plain_colon;
        self.session
            .components
            .iter()
            .filter_map(|c| {
                let mut forces: Vec<String> = self
                    .kit
                    .ticks_iter()
                    .filter(|t| c.ticks.contains(t.id))
                    .map(|t| super::concise::lower_first(&self.force(t.id)))
                    .collect();
                forces.extend(
                    self.kit
                        .criteria
                        .iter()
                        .filter(|k| c.weights.get(&k.id).is_some_and(|w| *w > 0))
                        .map(|k| super::concise::lower_words(self.k(&k.name))),
                );
                (!forces.is_empty())
                    .then(|| escape::inline(&format!("{}{colon} {}", c.name, self.list(&forces))))
            })
            .collect()
    }

    /// The options considered: containers, VMs, then the hybrid in general (when no
    /// architecture is in view, or when a hybrid without architecture is chosen or
    /// recommended) and every hybrid architecture that was recommended, ticked or chosen (and,
    /// in full detail, every one that got votes).
    pub(super) fn considered(&self) -> Vec<Choice<'a>> {
        let full = self.session.adr.detail == arbitre_core::session::Detail::Full;
        let mut out = vec![
            Choice {
                option: Some(OptionId::Containers),
                patterns: Vec::new(),
            },
            Choice {
                option: Some(OptionId::Vms),
                patterns: Vec::new(),
            },
        ];
        let in_override = |id: &str| {
            self.override_
                .is_some_and(|o| o.patterns.iter().any(|p| p == id))
        };
        let archs: Vec<&'a Hybrid> = self
            .kit
            .hybrids
            .iter()
            .filter(|h| {
                (full
                    && self
                        .rec
                        .patterns
                        .iter()
                        .any(|p| p.id == h.id && p.votes > 0))
                    || self.recommended.patterns.iter().any(|c| c.id == h.id)
                    || self.session.ticks.contains(&h.id)
                    || in_override(&h.id)
                    || self.chosen.patterns.iter().any(|c| c.id == h.id)
            })
            .collect();
        let generic = |c: &Choice<'_>| c.option == Some(OptionId::Hybrid) && c.patterns.is_empty();
        if archs.is_empty() || generic(&self.chosen) || generic(&self.recommended) {
            out.push(Choice {
                option: Some(OptionId::Hybrid),
                patterns: Vec::new(),
            });
        }
        out.extend(archs.into_iter().map(|h| Choice {
            option: Some(OptionId::Hybrid),
            patterns: vec![h],
        }));
        out
    }

    /// "Temps de Démarrage : Très rapide …", raw.
    pub(super) fn cell_text(&self, crit: &'a Criterion, side: OptionId) -> String {
        let cell = match side {
            OptionId::Vms => &crit.vms,
            _ => &crit.containers,
        };
        format!("{} {}", self.lang.colon(self.k(&crit.name)), self.k(cell))
    }

    /// The table's arguments for containers or VMs, raw.
    pub(super) fn table_arguments(&self, side: OptionId) -> Vec<(Verdict, String)> {
        let mut good = Vec::new();
        let mut neutral = Vec::new();
        let mut bad = Vec::new();
        for crit in &self.kit.criteria {
            let text = self.cell_text(crit, side);
            if crit.favours == side {
                good.push((Verdict::Good, text));
            } else if crit.favours == OptionId::Hybrid {
                neutral.push((Verdict::Neutral, text));
            } else {
                bad.push((Verdict::Bad, text));
            }
        }
        good.into_iter().chain(neutral).chain(bad).collect()
    }

    /// A hybrid takes the better cell of each row — except operational complexity, which
    /// [`Ctx::hybrid_bad`] counts against it: running both is the price.
    pub(super) fn hybrid_good(&self) -> Vec<(Verdict, String)> {
        let mut out = Vec::new();
        for crit in &self.kit.criteria {
            if crit.id == OPERATIONAL_COMPLEXITY {
                continue;
            }
            match crit.favours {
                OptionId::Containers | OptionId::Vms => {
                    out.push((Verdict::Good, self.cell_text(crit, crit.favours)));
                }
                OptionId::Hybrid => {
                    out.push((Verdict::Good, self.cell_text(crit, OptionId::Containers)));
                    out.push((Verdict::Good, self.cell_text(crit, OptionId::Vms)));
                }
            }
        }
        out
    }

    /// …and pays with running both.
    pub(super) fn hybrid_bad(&self) -> (Verdict, String) {
        let base = self.w().hybrid_bad;
        let text = match self.kit.criterion(OPERATIONAL_COMPLEXITY) {
            Some(crit) => format!("{base} ({})", self.cell_text(crit, OptionId::Vms)),
            None => base.to_owned(),
        };
        (Verdict::Bad, text)
    }

    /// "* Bonne, parce que …" (a consequence) or "* Bon, parce que …" (an argument).
    pub(super) fn verdicts(&self, items: &[(Verdict, String)], consequence: bool) -> String {
        let lines: Vec<String> = items
            .iter()
            .map(|(verdict, raw)| {
                let w = self.w();
                let label = match (verdict, consequence) {
                    (Verdict::Good, true) => w.good_consequence,
                    (Verdict::Good, false) => w.good_argument,
                    (Verdict::Neutral, _) => w.neutral,
                    (Verdict::Bad, true) => w.bad_consequence,
                    (Verdict::Bad, false) => w.bad_argument,
                };
                format!(
                    "{label}, {}",
                    self.because(&super::concise::lower_first(raw))
                )
            })
            .collect();
        bullets(&lines)
    }

    /// "scores : Conteneurs 4, VMs 2, Hybride 7", raw.
    pub(super) fn scores(&self) -> String {
        let s = &self.rec.scores;
        let list: Vec<String> = [OptionId::Containers, OptionId::Vms, OptionId::Hybrid]
            .into_iter()
            .map(|o| format!("{} {}", self.kit.option_name(o, self.lang), s.get(o)))
            .collect();
        format!("{} {}", self.lang.colon(self.w().scores), list.join(", "))
    }

    /// The engine's reasons as a list, and what else it weighed.
    pub(super) fn reasons(&self) -> Vec<String> {
        let lang = self.lang;
        let items: Vec<String> = self
            .rec
            .reasons
            .iter()
            .map(|r: &Reason| escape::inline(&r.describe(self.kit, lang)))
            .collect();
        let mut out = vec![bullets(&items)];
        let s = &self.rec.scores;
        if self.rec.outcome == arbitre_core::decide::Outcome::Hybrid
            || self.rec.tied.contains(&OptionId::Hybrid)
        {
            let rule =
                (lang.words().recommend.hybrid_rule)(s.smaller_side(), s.hybrid_needs, s.hybrid);
            out.push(escape::inline(&rule));
        }
        if self.rec.security_and_agility {
            out.push(escape::inline(lang.words().recommend.security_and_agility));
        }
        if self.recommended.option == Some(OptionId::Hybrid) && !self.rec.patterns.is_empty() {
            let votes: Vec<String> = self
                .rec
                .patterns
                .iter()
                .map(|p| {
                    let name = self
                        .kit
                        .hybrid(&p.id)
                        .map_or(p.id.as_str(), |h| self.k(&h.name));
                    format!("{} {} {name}", p.votes, doc_words(lang).votes_for)
                })
                .collect();
            out.push(escape::inline(&format!(
                "{} {}.",
                lang.colon(doc_words(lang).votes_label),
                votes.join(", ")
            )));
        }
        out
    }

    /// The outcome: `Chosen option: "…", because …`, the reasons, and the override.
    pub(super) fn decision(&self) -> Vec<String> {
        let lang = self.lang;
        let w = doc_words(lang);
        let chosen_label = lang.colon(w.chosen_option);
        let mut out = Vec::new();
        match self.override_ {
            None => {
                if self.tied() {
                    out.extend(self.tie_block());
                    out.extend(self.reasons());
                    return out;
                }
                if self.chosen.option.is_none() {
                    out.push(escape::inline(w.no_option_chosen));
                    return out;
                }
                out.push(format!(
                    "{} {}, {}",
                    escape::inline(&chosen_label),
                    escape::inline(&self.chosen_quote()),
                    escape::inline(&(w.best_in_analysis)(&self.scores()))
                ));
                out.extend(self.reasons());
            }
            Some(o) => {
                out.extend(self.overridden(o));
                if self.recommended.option.is_none() {
                    out.push(escape::inline(w.no_recommendation_then));
                } else {
                    let same = self.recommended.same(&self.chosen);
                    let sentence = if same {
                        w.recommended_too
                    } else {
                        w.recommended
                    };
                    let sentence = sentence(&self.choice_title(&self.recommended), &self.scores());
                    out.push(escape::inline(&sentence));
                    out.extend(self.reasons());
                }
            }
        }
        out
    }

    /// An override's opening: `Chosen option: "…", because the team chose it…`, then the
    /// team's justification.
    pub(super) fn overridden(&self, o: &Override) -> [String; 2] {
        let w = self.w();
        let justification = escape::block(&o.justification);
        [
            format!(
                "{} {}, {}",
                escape::inline(&self.lang.colon(w.chosen_option)),
                escape::inline(&self.chosen_quote()),
                escape::inline(w.team_chose)
            ),
            if justification.is_empty() {
                escape::inline(w.no_justification)
            } else {
                justification
            },
        ]
    }

    /// The chosen option's good and bad consequences, then the team's own text.
    pub(super) fn consequences(&self) -> Vec<String> {
        let lang = self.lang;
        let mut out = Vec::new();
        match self.chosen.option {
            None if self.tied() => out.push(escape::inline(doc_words(lang).consequences_tied)),
            None => out.push(escape::inline(doc_words(lang).consequences_later)),
            Some(OptionId::Hybrid) if self.chosen.patterns.is_empty() => {
                let mut items = self.hybrid_good();
                items.push(self.hybrid_bad());
                out.push(self.verdicts(&items, true));
            }
            Some(OptionId::Hybrid) => out.push(self.verdicts(&self.chosen_consequences(), true)),
            Some(side) => out.push(self.verdicts(&self.table_arguments(side), true)),
        }
        let team = escape::block(&self.session.adr.consequences);
        if !team.is_empty() {
            out.push(team);
        }
        out
    }

    /// The team's confirmation, or a review to hold.
    pub(super) fn confirmation(&self) -> String {
        let text = escape::block(&self.session.adr.confirmation);
        if !text.is_empty() {
            return text;
        }
        let lang = self.lang;
        let sentence = if self.chosen.option.is_none() {
            doc_words(lang).confirmation_later.to_owned()
        } else {
            let title = self.choice_title(&self.chosen);
            (doc_words(lang).confirmation_review)(&title)
        };
        escape::inline(&sentence)
    }

    /// One option's description and arguments.
    pub(super) fn pros_and_cons(&self, choice: &Choice<'a>) -> Vec<String> {
        let lang = self.lang;
        let headings = &self.kit.headings;
        match (choice.option, choice.patterns.as_slice()) {
            (Some(OptionId::Hybrid), [h]) => {
                let items = self.arch_consequences(h);
                vec![
                    escape::inline(&format!(
                        "{} {}",
                        lang.colon(self.k(&headings.architecture)),
                        self.k(&h.architecture)
                    )),
                    escape::inline(&format!(
                        "{} {}",
                        lang.colon(self.k(&headings.example)),
                        self.k(&h.example)
                    )),
                    self.verdicts(&items, false),
                ]
            }
            (Some(OptionId::Hybrid), _) => {
                let mut items = self.hybrid_good();
                items.push(self.hybrid_bad());
                vec![self.verdicts(&items, false)]
            }
            (Some(side), _) => vec![self.verdicts(&self.table_arguments(side), false)],
            (None, _) => Vec::new(),
        }
    }

    /// The team's links, escaped (web addresses as autolinks); blank ones are skipped.
    pub(super) fn user_links(&self) -> Vec<String> {
        self.session
            .adr
            .links
            .iter()
            .filter_map(|l| {
                escape::autolink(l).or_else(|| {
                    let text = escape::inline(l);
                    (!text.is_empty()).then_some(text)
                })
            })
            .collect()
    }

    /// The comparison table, the layered architecture as a Mermaid diagram, the links.
    pub(super) fn more_information(&self, input: &AdrInput<'_>, full: bool) -> Vec<String> {
        let lang = self.lang;
        let headings = &self.kit.headings;
        let mut out = Vec::new();

        out.push(format!(
            "### {}",
            escape::inline(self.k(&headings.comparison))
        ));
        let mut table = vec![
            format!(
                "| {} | {} | {} |",
                escape::cell(self.k(&headings.criterion)),
                escape::cell(&self.option_full(OptionId::Containers)),
                escape::cell(&self.option_full(OptionId::Vms))
            ),
            "| --- | --- | --- |".to_owned(),
        ];
        // Concise: each cell's opening (its first sentences, 25 bytes at least); full:
        // the whole cell.
        let cell = |text: &str| {
            if full {
                escape::cell(text)
            } else {
                escape::cell(super::concise::opening(text))
            }
        };
        for crit in &self.kit.criteria {
            table.push(format!(
                "| {} | {} | {} |",
                escape::cell(self.k(&crit.name)),
                cell(self.k(&crit.containers)),
                cell(self.k(&crit.vms))
            ));
        }
        out.push(table.join("\n"));

        let decision = arbitre_core::decide::Decision {
            outcome: self.chosen.option.map_or(
                arbitre_core::decide::Outcome::Undecided,
                arbitre_core::decide::Outcome::from_option,
            ),
            patterns: self.chosen.patterns.iter().map(|h| h.id.clone()).collect(),
            overridden: self.override_.is_some(),
        };
        let reading = doc_words(lang).reading;
        for drawing in arbitre_core::decide::drawings(self.kit, &decision) {
            let caption = format!(
                "{} {} ({reading})",
                lang.colon(self.k(&headings.architecture)),
                self.k(drawing.title)
            );
            out.push(format!("### {}", escape::inline(&caption)));
            out.push(self.mermaid(drawing.shapes));
        }

        if !full {
            out.push(format!("### {}", escape::inline(self.w().analysis)));
            out.extend(self.analysis());
        }
        out.extend(self.flips_block());
        out.extend(self.hints_block());

        // With `- Status:` lines, the links are a `## Links` section of their own.
        let links = if input.layout.header == crate::Header::Lines {
            Vec::new()
        } else {
            self.links(input)
        };
        if !links.is_empty() {
            out.push(format!("### {}", doc_words(lang).links));
            out.push(bullets(&links));
        }
        out
    }

    /// The record's links: the records it supersedes and is superseded by, then the user's.
    /// In a log4brains log the relation is log4brains' own English words
    /// (`Supersedes [slug](file)`), which it reads.
    pub(super) fn links(&self, input: &AdrInput<'_>) -> Vec<String> {
        let mut links: Vec<String> = Vec::new();
        let w = doc_words(self.lang);
        let colon = w.plain_colon;
        let l4b = input.layout.slug_links;
        for (verb, list) in [
            (
                if l4b { "Supersedes" } else { w.supersedes },
                &input.supersedes,
            ),
            (
                if l4b {
                    "Superseded by"
                } else {
                    w.superseded_by
                },
                &input.superseded_by,
            ),
        ] {
            for link in list {
                let title = escape::inline(&link.title);
                let target = madr_link(link, &input.layout);
                links.push(if title.is_empty() || l4b {
                    format!("{verb} {target}")
                } else {
                    format!("{verb} {target}{colon} {title}")
                });
            }
        }
        links.extend(self.user_links());
        links
    }

    /// A Mermaid flowchart of a drawing: a box that holds others is a subgraph, boxes side by
    /// side sit in a left-to-right subgraph, an innermost box is a node.
    pub(super) fn mermaid(&self, shapes: &[Shape]) -> String {
        fn walk(
            cx: &Ctx<'_>,
            shapes: &[Shape],
            prefix: &str,
            depth: usize,
            lines: &mut Vec<String>,
        ) {
            let pad = "    ".repeat(depth);
            for (i, shape) in shapes.iter().enumerate() {
                let id = format!("{prefix}{i}");
                let label = escape::mermaid_label(cx.k(&shape.label));
                if shape.inside.is_empty() {
                    lines.push(format!("{pad}{id}[\"{label}\"]"));
                } else {
                    lines.push(format!("{pad}subgraph {id}[\"{label}\"]"));
                    let direction = if shape.inside.len() > 1 { "LR" } else { "TB" };
                    lines.push(format!("{pad}    direction {direction}"));
                    walk(cx, &shape.inside, &format!("{id}_"), depth + 1, lines);
                    lines.push(format!("{pad}end"));
                }
            }
        }
        let direction = if shapes.len() > 1 { "LR" } else { "TB" };
        let mut lines = vec!["```mermaid".to_owned(), format!("flowchart {direction}")];
        walk(self, shapes, "n", 1, &mut lines);
        lines.push("```".to_owned());
        lines.join("\n")
    }
}
