//! The concise record, the default: the rationale in domain words (the strongest reasons,
//! no scores), the chosen option's own consequences (for a hybrid, what each layer brings and
//! costs), each option's pros and cons without repeating the table, and More Information
//! with the table once, the drawing, the scores and what would change the answer.

#[allow(clippy::wildcard_imports)]
use super::*;

use content::Choice;

/// How many needs a rationale names.
const NEEDS_NAMED: usize = 3;

impl<'a> Ctx<'a> {
    /// "a, b and c"; "a; b; c" when an item holds a comma or an "and" of its own, so the
    /// reader sees where each ends.
    pub(super) fn list(&self, items: &[String]) -> String {
        let and = self.w().and;
        if items.len() > 1 && items.iter().any(|i| i.contains(',') || i.contains(and)) {
            let semicolon = match self.lang {
                arbitre_core::i18n::Lang::Fr => "\u{202f}; ",
                arbitre_core::i18n::Lang::En => "; ",
            };
            return items.join(semicolon);
        }
        match items.split_last() {
            Some((last, rest)) if !rest.is_empty() => {
                format!("{}{and}{last}", rest.join(", "))
            }
            _ => items.concat(),
        }
    }

    /// The strongest reasons for a side, as needs, strongest first (kit order among
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
            .map(|r| self.need(r))
            .collect()
    }

    /// The rationale after "because": why the chosen option, in the team's needs.
    fn rationale(&self) -> Vec<String> {
        let w = self.w();
        match self.recommended.option {
            Some(OptionId::Hybrid) => {
                let (vms, containers) =
                    (self.needs(OptionId::Vms), self.needs(OptionId::Containers));
                if vms.is_empty() || containers.is_empty() {
                    // Asked for as a hybrid: the needs that asked, then the side's.
                    let mut needs = self.needs(OptionId::Hybrid);
                    needs.extend(vms);
                    needs.extend(containers);
                    needs.truncate(NEEDS_NAMED);
                    vec![(w.rationale_side)(&self.list(&needs))]
                } else {
                    vec![(w.rationale_both)(
                        &self.list(&vms),
                        &self.list(&containers),
                    )]
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
                r.option == option
                    && r.points > 0
                    && r.kind == arbitre_core::decide::ReasonKind::Criterion
            })
            .max_by_key(|r| r.points)
            .and_then(|r| self.kit.criterion(&r.id))
            .map(|c| self.k(&c.why).to_owned())
    }

    /// The sentence from the notes behind the strongest weighted need, unless a hybrid
    /// architecture is chosen: its consequences then say it in its own terms.
    fn domain_sentence(&self) -> Option<String> {
        let side = match self.recommended.option {
            Some(OptionId::Hybrid) if !self.chosen.patterns.is_empty() => return None,
            Some(OptionId::Hybrid) | None => OptionId::Vms,
            Some(o) => o,
        };
        self.strongest_why(side)
    }

    /// Decision Outcome, concise: `Chosen option: "…", because …` in words, then one domain
    /// sentence; under an override, the team's justification and what arbitre recommended.
    pub(super) fn decision_concise(&self) -> Vec<String> {
        let lang = self.lang;
        let w = self.w();
        let label = escape::inline(&lang.colon(w.chosen_option));
        let title = escape::inline(&self.chosen_quote());
        if self.tied() {
            return self.tie_block();
        }
        if self.chosen.option.is_none() {
            return vec![escape::inline(w.no_option_chosen)];
        }
        let mut out = Vec::new();
        match self.override_ {
            None => {
                let mut sentences = self.rationale();
                let first = if sentences.is_empty() {
                    String::new()
                } else {
                    sentences.remove(0)
                };
                out.push(format!("{label} {title}, {}.", self.because(&first)));
                let mut more: Vec<String> = sentences;
                more.extend(self.domain_sentence());
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

    /// Nygard's Decision, in the active voice: "We will …, because …", then one domain
    /// sentence (full detail: the reasons); under an override, "We will …." and the team's
    /// justification. A tie or no answer read as in MADR.
    pub(super) fn nygard_decision(&self, full: bool) -> Vec<String> {
        if let (Some(o), Some(_), false) = (self.override_, self.chosen.option, self.tied()) {
            // The team's own choice, still in the active voice: "We will …." then why.
            let [_, justification] = self.overridden(o);
            let w = self.w();
            let mut out = vec![
                format!("{}.", escape::inline(&self.we_will())),
                justification,
            ];
            if self.recommended.option.is_none() {
                out.push(escape::inline(w.no_recommendation_then));
            } else {
                let recommended = (w.quote)(&self.choice_title(&self.recommended));
                out.push(escape::inline(&(w.engine_recommended)(&recommended)));
            }
            return out;
        }
        if self.override_.is_some() || self.tied() || self.chosen.option.is_none() {
            return if full {
                self.decision()
            } else {
                self.decision_concise()
            };
        }
        let mut sentences = self.rationale();
        let first = if sentences.is_empty() {
            String::new()
        } else {
            sentences.remove(0)
        };
        let mut out = vec![format!(
            "{}, {}.",
            escape::inline(&self.we_will()),
            self.because(&first)
        )];
        if full {
            out.extend(self.reasons());
        } else {
            sentences.extend(self.domain_sentence());
            if !sentences.is_empty() {
                out.push(escape::inline(&sentences.join(" ")));
            }
        }
        out
    }

    /// The chosen option's name in the document's quotes (MADR writes `"…"` in English).
    pub(super) fn chosen_quote(&self) -> String {
        let title = self.choice_title(&self.chosen);
        match self.lang {
            arbitre_core::i18n::Lang::En => format!("\"{title}\""),
            arbitre_core::i18n::Lang::Fr => (self.w().quote)(&title),
        }
    }

    /// Consequences, concise: the chosen option's own.
    pub(super) fn consequences_concise(&self) -> Vec<String> {
        let mut out = Vec::new();
        if self.tied() {
            out.push(escape::inline(self.w().consequences_tied));
        } else if self.chosen.option.is_none() {
            out.push(escape::inline(self.w().consequences_later));
        } else {
            out.push(self.verdicts(&self.chosen_consequences(), true));
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
                let line = escape::inline(&format!(
                    "{} {}",
                    lang.colon(self.k(&self.kit.headings.architecture)),
                    self.k(&h.architecture)
                ));
                // The chosen one's are its Consequences, above: not written twice.
                let chosen = self.override_.is_none()
                    && self.chosen.patterns.len() == 1
                    && self.chosen.patterns.iter().any(|c| c.id == h.id);
                if chosen {
                    vec![format!(
                        "{line}. {}",
                        escape::inline(self.w().see_consequences)
                    )]
                } else {
                    vec![line, self.verdicts(&self.arch_consequences(h), false)]
                }
            }
            (Some(OptionId::Hybrid), _) => vec![self.verdicts(&self.generic_hybrid(), false)],
            (Some(side), _) => vec![self.verdicts(&self.side_arguments(side), false)],
            (None, _) => Vec::new(),
        }
    }

    /// The scores, the hybrid's rule and the votes: arbitre's analysis, for the record.
    pub(super) fn analysis(&self) -> Vec<String> {
        let lang = self.lang;
        let s = &self.rec.scores;
        let mut line = upper_first(&format!("{}.", self.scores()));
        if self.rec.outcome == arbitre_core::decide::Outcome::Hybrid
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

/// A cell's opening: its first sentence (the pros and cons say the rest in words).
pub(super) fn opening(text: &str) -> &str {
    text.match_indices(". ")
        .map(|(i, _)| i + 1)
        .find(|end| *end >= OPENING)
        .map_or(text, |end| &text[..end])
}

/// The least a cell's opening holds, in bytes.
const OPENING: usize = 1;

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
