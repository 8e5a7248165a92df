//! The concise record, the default: the rationale in domain words (the strongest reasons,
//! no scores), the chosen option's own consequences (for a hybrid, what each layer brings and
//! costs), each option's pros and cons without repeating the table, and More Information
//! with the table once, the drawing, the scores and what would change the answer.

#[allow(clippy::wildcard_imports)]
use super::*;

use content::{Choice, Verdict};

/// How many needs a rationale names.
const NEEDS_NAMED: usize = 3;

impl<'a> Ctx<'a> {
    /// "a, b and c".
    pub(super) fn list(&self, items: &[String]) -> String {
        match items.split_last() {
            Some((last, rest)) if !rest.is_empty() => {
                format!("{}{}{last}", rest.join(", "), self.w().and)
            }
            _ => items.concat(),
        }
    }

    /// The names of the criteria that `filter` keeps, lowercased, as a list.
    fn criteria_list(&self, filter: impl Fn(&Criterion) -> bool) -> String {
        let names: Vec<String> = self
            .kit
            .criteria
            .iter()
            .filter(|c| filter(c))
            .map(|c| lower_words(self.k(&c.name)))
            .collect();
        self.list(&names)
    }

    /// The strongest reasons for a side, as quoted names, strongest first (kit order among
    /// equals).
    fn needs(&self, option: OptionId) -> Vec<String> {
        let mut reasons: Vec<&Reason> = self
            .rec
            .reasons
            .iter()
            .filter(|r| r.option == option && r.points > 0)
            .collect();
        reasons.sort_by_key(|r| std::cmp::Reverse(r.points));
        reasons
            .into_iter()
            .take(NEEDS_NAMED)
            .map(|r| {
                let name = self
                    .kit
                    .tick(&r.id)
                    .map(|t| self.k(t.text))
                    .or_else(|| self.kit.criterion(&r.id).map(|c| self.k(&c.name)))
                    .unwrap_or(&r.id);
                (self.w().quote)(name)
            })
            .collect()
    }

    /// The rationale after "because": why the chosen option, in the team's needs.
    fn rationale(&self) -> Vec<String> {
        let w = self.w();
        let names = |patterns: &[&Hybrid]| {
            let list: Vec<String> = patterns
                .iter()
                .map(|h| (w.quote)(self.k(&h.name)))
                .collect();
            self.list(&list)
        };
        match self.recommended.option {
            Some(OptionId::Hybrid) => {
                let (vms, containers) =
                    (self.needs(OptionId::Vms), self.needs(OptionId::Containers));
                let ticked: Vec<&Hybrid> = self
                    .recommended
                    .patterns
                    .iter()
                    .copied()
                    .filter(|h| self.session.ticks.contains(&h.id))
                    .collect();
                if vms.is_empty() || containers.is_empty() {
                    let archs = if ticked.is_empty() {
                        names(&self.recommended.patterns)
                    } else {
                        names(&ticked)
                    };
                    vec![(w.rationale_explicit)(&archs)]
                } else {
                    let mut out = vec![(w.rationale_both)(
                        &self.list(&vms),
                        &self.list(&containers),
                    )];
                    if !ticked.is_empty() {
                        out.push((w.explicit_too)(&names(&ticked)));
                    }
                    out
                }
            }
            Some(side) => vec![(w.rationale_side)(&self.list(&self.needs(side)))],
            None => Vec::new(),
        }
    }

    /// The domain sentence of the heaviest weighted criterion for an option, if any.
    fn strongest_why(&self, option: OptionId) -> Option<String> {
        self.rec
            .reasons
            .iter()
            .filter(|r| {
                r.option == option && r.points > 0 && r.kind == crate::decide::ReasonKind::Criterion
            })
            .max_by_key(|r| r.points)
            .and_then(|r| self.kit.criterion(&r.id))
            .map(|c| self.k(&c.why).to_owned())
    }

    /// Decision Outcome, concise: `Chosen option: "…", because …` in words, then one domain
    /// sentence; under an override, the team's justification and what arbitre recommended.
    pub(super) fn decision_concise(&self) -> Vec<String> {
        let lang = self.lang;
        let w = self.w();
        let label = escape::inline(&lang.colon(w.chosen_option));
        let title = escape::inline(&self.chosen_quote());
        if self.chosen.option.is_none() {
            return vec![escape::inline(w.no_option_chosen)];
        }
        let mut out = Vec::new();
        match self.override_ {
            None => {
                let mut sentences = self.rationale();
                let first = sentences.remove(0);
                out.push(format!("{label} {title}, {}.", self.because(&first)));
                let mut more: Vec<String> = sentences;
                let side = match self.recommended.option {
                    Some(OptionId::Hybrid) => OptionId::Vms,
                    Some(o) => o,
                    None => OptionId::Containers,
                };
                more.extend(self.strongest_why(side));
                if !more.is_empty() {
                    out.push(escape::inline(&more.join(" ")));
                }
            }
            Some(o) => {
                out.extend(self.overridden(o));
                if self.recommended.option.is_none() {
                    out.push(escape::inline(w.no_recommendation_then));
                } else {
                    let recommended = (w.quote)(&self.choice_title(&self.recommended));
                    out.push(escape::inline(&(w.engine_recommended)(&recommended)));
                }
            }
        }
        out
    }

    /// The chosen option's name in the document's quotes (MADR writes `"…"` in English).
    pub(super) fn chosen_quote(&self) -> String {
        let title = self.choice_title(&self.chosen);
        match self.lang {
            crate::i18n::Lang::En => format!("\"{title}\""),
            crate::i18n::Lang::Fr => (self.w().quote)(&title),
        }
    }

    /// What a hybrid's layers bring and cost, from the table: never a cell that contradicts
    /// another.
    fn layers(&self) -> Vec<(Verdict, String)> {
        let w = self.w();
        let mut out = Vec::new();
        let vms = self.criteria_list(|c| c.favours == OptionId::Vms);
        let containers = self
            .criteria_list(|c| c.favours == OptionId::Containers && c.id != OPERATIONAL_COMPLEXITY);
        if !vms.is_empty() {
            out.push((Verdict::Good, (w.layer_vms)(&vms)));
        }
        if !containers.is_empty() {
            out.push((Verdict::Good, (w.layer_containers)(&containers)));
            out.push((Verdict::Bad, (w.layer_cost)(&containers)));
        }
        out.push((Verdict::Bad, w.hybrid_bad.to_owned()));
        out
    }

    /// An option's standing on the table, by criterion names.
    fn standing(&self, side: OptionId) -> Vec<(Verdict, String)> {
        let w = self.w();
        let wins = self.criteria_list(|c| c.favours == side);
        let loses = self.criteria_list(|c| c.favours != side && c.favours != OptionId::Hybrid);
        let mut out = Vec::new();
        if !wins.is_empty() {
            out.push((Verdict::Good, (w.wins_on)(&wins)));
        }
        if !loses.is_empty() {
            out.push((Verdict::Bad, (w.loses_on)(&loses)));
        }
        out
    }

    /// Consequences, concise: the chosen option's own.
    pub(super) fn consequences_concise(&self) -> Vec<String> {
        let mut out = Vec::new();
        match self.chosen.option {
            None => out.push(escape::inline(self.w().consequences_later)),
            // The architecture's advantages are its pros, below; here, what each layer
            // brings and costs.
            Some(OptionId::Hybrid) => out.push(self.verdicts(&self.layers(), true)),
            Some(side) => out.push(self.verdicts(&self.standing(side), true)),
        }
        let team = escape::block(&self.session.adr.consequences);
        if !team.is_empty() {
            out.push(team);
        }
        out
    }

    /// One option's pros and cons, concise: by criterion names, or a hybrid architecture's
    /// line and advantages.
    pub(super) fn pros_and_cons_concise(&self, choice: &Choice<'a>) -> Vec<String> {
        let lang = self.lang;
        match (choice.option, choice.patterns.as_slice()) {
            (Some(OptionId::Hybrid), [h]) => {
                let mut items: Vec<(Verdict, String)> = h
                    .advantages
                    .iter()
                    .map(|a| (Verdict::Good, self.k(a).to_owned()))
                    .collect();
                items.push((Verdict::Bad, self.w().hybrid_bad.to_owned()));
                vec![
                    escape::inline(&format!(
                        "{} {}",
                        lang.colon(self.k(&self.kit.headings.architecture)),
                        self.k(&h.architecture)
                    )),
                    self.verdicts(&items, false),
                ]
            }
            (Some(OptionId::Hybrid), _) => vec![self.verdicts(&self.layers(), false)],
            (Some(side), _) => vec![self.verdicts(&self.standing(side), false)],
            (None, _) => Vec::new(),
        }
    }

    /// The scores, the hybrid's rule and the votes: arbitre's analysis, for the record.
    pub(super) fn analysis(&self) -> Vec<String> {
        let lang = self.lang;
        let s = &self.rec.scores;
        let mut line = upper_first(&format!("{}.", self.scores()));
        if self.rec.outcome == crate::decide::Outcome::Hybrid
            || self.rec.tied.contains(&OptionId::Hybrid)
        {
            // The rule's first sentence: the formula with its numbers.
            let rule =
                (lang.words().recommend.hybrid_rule)(s.smaller_side(), s.hybrid_needs, s.hybrid);
            if let Some(formula) = rule.split(". ").next() {
                line.push(' ');
                line.push_str(formula);
                line.push('.');
            }
        }
        vec![escape::inline(&line)]
    }
}

/// A cell's opening: its first sentences, up to the first sentence end after 25 characters.
pub(super) fn opening(text: &str) -> &str {
    text.match_indices(". ")
        .map(|(i, _)| i + 1)
        .find(|end| *end >= OPENING)
        .map_or(text, |end| &text[..end])
}

/// The least a cell's opening holds, in bytes.
const OPENING: usize = 25;

/// "scores: …" → "Scores: …".
fn upper_first(text: &str) -> String {
    let mut chars = text.chars();
    chars
        .next()
        .map_or_else(String::new, |c| c.to_uppercase().chain(chars).collect())
}

/// "Startup Time" → "startup time": each word lowercased unless it is an acronym or a name
/// with capitals inside ("VMs", "OS", "Kubernetes" stays as written when all-caps or mixed).
pub(super) fn lower_words(name: &str) -> String {
    name.split(' ')
        .map(lower_first)
        .collect::<Vec<_>>()
        .join(" ")
}

/// Lowercases the first letter of a sentence fragment that follows "because", unless the
/// first word is an acronym ("VMs", "OS") or a proper name the kit uses.
pub(super) fn lower_first(text: &str) -> String {
    const NAMES: [&str; 12] = [
        "Kubernetes",
        "Docker",
        "Linux",
        "Windows",
        "Firecracker",
        "Kata",
        "GitLab",
        "Oracle",
        "AWS",
        "Azure",
        "GCP",
        "Pods",
    ];
    let first_word = text.split([' ', ',', ':', '(']).next().unwrap_or_default();
    let mut chars = text.chars();
    match (chars.next(), chars.next()) {
        (Some(a), Some(b))
            if a.is_uppercase() && b.is_lowercase() && !NAMES.contains(&first_word) =>
        {
            let rest: String = text.chars().skip(1).collect();
            format!("{}{rest}", a.to_lowercase())
        }
        _ => text.to_owned(),
    }
}
