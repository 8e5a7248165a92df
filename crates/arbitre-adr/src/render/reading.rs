//! The record as a decision, in the team's terms: needs named as forces, options named by
//! what wins and loses on each criterion, a hybrid's consequences from its own entry in the
//! kit (only those whose concern the team raised), a tie and what would break it, what would
//! change the answer, and the hints beyond the notes with their sources. No sentence here
//! talks about the tool's checkboxes.

#[allow(clippy::wildcard_imports)]
use super::*;

use super::concise::{lower_first, lower_words};
use arbitre_core::decide::Change;
use arbitre_core::decide::{Flip, ReasonKind};
use content::Verdict;

impl Ctx<'_> {
    /// What an item or criterion stands for, raw: an item's force, a VM case's title, an
    /// architecture's name, a criterion's name.
    pub(super) fn force(&self, id: &str) -> String {
        self.kit
            .force(id)
            .map(|t| self.k(t).to_owned())
            .or_else(|| self.kit.tick(id).map(|t| self.k(t.text).to_owned()))
            .or_else(|| self.kit.criterion(id).map(|c| self.k(&c.name).to_owned()))
            .unwrap_or_else(|| id.to_owned())
    }

    /// A force inside a sentence: an item's force with its first letter lowered, a case's
    /// or a criterion's title-case name lowered word by word.
    fn force_inline(&self, id: &str) -> String {
        let has_force = self
            .kit
            .force(id)
            .is_some_and(|_| self.kit.hybrid(id).is_none())
            && !self.kit.vm_cases.iter().any(|c| c.id == id);
        if has_force {
            lower_first(&self.force(id))
        } else {
            lower_words(&self.force(id))
        }
    }

    /// A reason as a need, raw and inside a sentence: a ticked item's force; a weighted
    /// criterion by what its favoured option has.
    pub(super) fn need(&self, r: &Reason) -> String {
        match r.kind {
            ReasonKind::Tick => self.force_inline(&r.id),
            ReasonKind::Criterion => self.kit.criterion(&r.id).map_or_else(
                || r.id.clone(),
                |c| {
                    c.wins
                        .as_ref()
                        .map_or_else(|| lower_words(self.k(&c.name)), |t| self.k(t).to_owned())
                },
            ),
        }
    }

    /// Whether the team raised one of these items, criteria or concerns.
    fn raised(&self, when: &[String]) -> bool {
        self.kit
            .raised(when, &self.session.ticks, &self.session.weights)
    }

    /// A hybrid architecture's own consequences that matter to this team, good first.
    pub(super) fn arch_consequences(&self, h: &Hybrid) -> Vec<(Verdict, String)> {
        let mut items: Vec<(Verdict, String)> = h
            .consequences
            .iter()
            .filter(|q| self.raised(&q.when))
            .map(|q| {
                let verdict = if q.good { Verdict::Good } else { Verdict::Bad };
                (verdict, self.k(&q.text).to_owned())
            })
            .collect();
        items.sort_by_key(|(v, _)| *v != Verdict::Good);
        items
    }

    /// What the criteria that favour `side` give it, named by what wins.
    fn wins_of(&self, side: OptionId) -> Vec<String> {
        self.kit
            .criteria
            .iter()
            .filter(|c| c.favours == side)
            .map(|c| {
                c.wins
                    .as_ref()
                    .map_or_else(|| lower_words(self.k(&c.name)), |t| self.k(t).to_owned())
            })
            .collect()
    }

    /// What `side` has on the criteria that favour the other side, named by what loses.
    fn loses_of(&self, side: OptionId) -> Vec<String> {
        self.kit
            .criteria
            .iter()
            .filter(|c| c.favours != side && c.favours != OptionId::Hybrid)
            .map(|c| {
                c.loses
                    .as_ref()
                    .map_or_else(|| lower_words(self.k(&c.name)), |t| self.k(t).to_owned())
            })
            .collect()
    }

    /// Containers' or VMs' pros and cons, by what wins and loses.
    pub(super) fn side_arguments(&self, side: OptionId) -> Vec<(Verdict, String)> {
        let w = self.w();
        let mut out = Vec::new();
        let (wins, loses) = (self.wins_of(side), self.loses_of(side));
        if !wins.is_empty() {
            out.push((Verdict::Good, (w.brings)(&self.list(&wins))));
        }
        if !loses.is_empty() {
            out.push((Verdict::Bad, (w.comes_with)(&self.list(&loses))));
        }
        out
    }

    /// Choosing containers or VMs: what we get and what we accept.
    pub(super) fn side_consequences(&self, side: OptionId) -> Vec<(Verdict, String)> {
        let w = self.w();
        let mut out = Vec::new();
        let (wins, loses) = (self.wins_of(side), self.loses_of(side));
        if !wins.is_empty() {
            out.push((Verdict::Good, (w.we_get)(&self.list(&wins))));
        }
        if !loses.is_empty() {
            out.push((Verdict::Bad, (w.we_accept)(&self.list(&loses))));
        }
        out
    }

    /// A hybrid without a named architecture: each side where it is needed, and both to run.
    pub(super) fn generic_hybrid(&self) -> Vec<(Verdict, String)> {
        let w = self.w();
        let vms = self.list(&self.wins_of(OptionId::Vms));
        let containers = self.list(&self.wins_of(OptionId::Containers));
        vec![
            (Verdict::Good, (w.hybrid_vms_part)(&vms)),
            (Verdict::Good, (w.hybrid_containers_part)(&containers)),
            (Verdict::Bad, w.hybrid_bad.to_owned()),
        ]
    }

    /// The chosen option's consequences, raw: a hybrid's from its architectures' entries
    /// (each sentence once), containers' or VMs' from the table.
    pub(super) fn chosen_consequences(&self) -> Vec<(Verdict, String)> {
        match self.chosen.option {
            Some(OptionId::Hybrid) if !self.chosen.patterns.is_empty() => {
                let mut out: Vec<(Verdict, String)> = Vec::new();
                for h in &self.chosen.patterns {
                    for item in self.arch_consequences(h) {
                        if !out.contains(&item) {
                            out.push(item);
                        }
                    }
                }
                out.sort_by_key(|(v, _)| *v != Verdict::Good);
                out
            }
            Some(OptionId::Hybrid) => self.generic_hybrid(),
            Some(side) => self.side_consequences(side),
            None => Vec::new(),
        }
    }

    /// Whether the engine's answer is a tie (and the team did not settle it).
    pub(super) fn tied(&self) -> bool {
        self.override_.is_none() && !self.rec.tied.is_empty()
    }

    /// A change that would flip the answer, raw, in the record's words (needs, not boxes).
    pub(super) fn flip_line(&self, f: &Flip) -> String {
        let w = self.w();
        let outcome = arbitre_core::decide::outcome_text(
            self.kit,
            f.outcome,
            &f.tied,
            &f.patterns,
            self.lang,
        );
        let quoted = |id: &str| self.force_inline(id);
        match &f.change {
            Change::Untick(id) | Change::Weight { criterion: id, .. } if f.removes_fact => {
                (w.flip_removing_fact)(&outcome, &quoted(id))
            }
            Change::Tick(id) if self.kit.hybrid(id).is_some() => (w.flip_architecture)(&outcome),
            Change::Tick(id) => (w.flip_need)(&outcome, &quoted(id)),
            Change::Untick(id) => (w.flip_without)(&outcome, &quoted(id)),
            Change::Weight { criterion, to, .. } if *to == 0 => {
                (w.flip_without)(&outcome, &quoted(criterion))
            }
            Change::Weight { criterion, to, .. } => {
                (w.flip_weight)(&outcome, &quoted(criterion), &to.to_string())
            }
        }
    }

    /// The first changes that would flip the answer, escaped, then how many more; the
    /// architectures that would each lead if preferred are folded into one line.
    pub(super) fn flip_lines(&self) -> Vec<String> {
        let is_arch = |f: &Flip| {
            f.outcome == arbitre_core::decide::Outcome::Hybrid
                && f.tied.is_empty()
                && matches!(&f.change, Change::Tick(id) if self.kit.hybrid(id).is_some())
        };
        let archs: Vec<&str> = self
            .rec
            .flips
            .iter()
            .filter(|f| is_arch(f))
            .filter_map(|f| match &f.change {
                Change::Tick(id) => self.kit.hybrid(id).map(|h| h.name.get(self.lang)),
                _ => None,
            })
            .collect();
        let mut all: Vec<String> = Vec::new();
        let mut folded = false;
        for f in &self.rec.flips {
            if archs.len() > 1 && is_arch(f) {
                if !std::mem::replace(&mut folded, true) {
                    all.push((self.w().flip_any_architecture)(&self.list(
                        &archs.iter().map(|a| (*a).to_owned()).collect::<Vec<_>>(),
                    )));
                }
                continue;
            }
            all.push(self.flip_line(f));
        }
        let more = all.len().saturating_sub(MAX_FLIPS);
        let mut lines: Vec<String> = all
            .iter()
            .take(MAX_FLIPS)
            .map(|l| escape::inline(l))
            .collect();
        if more > 0 {
            lines.push(escape::inline(&(self.w().more_flips)(more)));
        }
        lines
    }

    /// A tie: undecided between the tied options, and what would break the tie.
    pub(super) fn tie_block(&self) -> Vec<String> {
        let w = self.w();
        let names: Vec<String> = self
            .rec
            .tied
            .iter()
            .map(|o| self.kit.option_name(*o, self.lang))
            .collect();
        let mut out = vec![escape::inline(&(w.undecided_between)(&self.list(&names)))];
        if self.rec.flips.is_empty() {
            out.push(escape::inline(w.no_single_break));
        } else {
            out.push(escape::inline(w.break_tie));
            out.push(bullets(&self.flip_lines()));
        }
        out
    }

    /// More Information's "What would change the answer": the changes, or that no single
    /// change would; nothing under a tie (the decision lists them) or with no answers.
    pub(super) fn flips_block(&self) -> Vec<String> {
        if self.tied() || self.recommended.option.is_none() {
            return Vec::new();
        }
        let title = self.lang.words().recommend.flips_title;
        let body = if self.rec.flips.is_empty() {
            escape::inline(self.w().no_flip)
        } else {
            bullets(&self.flip_lines())
        };
        vec![format!("### {}", escape::inline(title)), body]
    }

    /// The hints beyond the notes that apply (the ones the Recommendation screen shows), with
    /// their sources.
    pub(super) fn hints_block(&self) -> Vec<String> {
        self.hints_of(&self.rec.hints)
    }

    /// These hints beyond the notes, with their sources.
    pub(super) fn hints_of(&self, ids: &[String]) -> Vec<String> {
        let hints: Vec<&arbitre_core::kit::Hint> = ids
            .iter()
            .filter_map(|id| self.kit.hints.iter().find(|h| &h.id == id))
            .collect();
        if hints.is_empty() {
            return Vec::new();
        }
        let mut out = vec![format!(
            "### {}",
            escape::inline(self.k(&self.kit.beyond.title))
        )];
        for hint in hints {
            out.push(escape::inline(self.k(&hint.text)));
            let sources: Vec<String> = hint
                .sources
                .iter()
                .filter_map(|id| self.kit.beyond.sources.iter().find(|s| &s.id == id))
                .map(|s| {
                    let link = escape::autolink(&s.reference)
                        .unwrap_or_else(|| escape::inline(&s.reference));
                    format!(
                        "{} {link}",
                        escape::inline(&self.lang.colon(self.k(&s.label)))
                    )
                })
                .collect();
            if !sources.is_empty() {
                out.push(escape::inline(&self.lang.colon(self.w().sources)));
                out.push(bullets(&sources));
            }
        }
        out
    }

    /// Nygard's decision, in the active voice: "We will …, because …." (raw).
    pub(super) fn we_will(&self) -> String {
        let w = self.w();
        match (self.chosen.option, self.chosen.patterns.as_slice()) {
            (Some(OptionId::Containers), _) => w.we_will_containers.to_owned(),
            (Some(OptionId::Vms), _) => w.we_will_vms.to_owned(),
            (Some(OptionId::Hybrid), []) | (None, _) => w.we_will_hybrid.to_owned(),
            (Some(OptionId::Hybrid), patterns) => {
                let names: Vec<String> = patterns
                    .iter()
                    .map(|h| self.k(&h.name).to_owned())
                    .collect();
                let archs: Vec<String> = patterns
                    .iter()
                    .map(|h| lower_first(self.k(&h.architecture)))
                    .collect();
                (w.we_will_architecture)(&self.list(&names), &archs.join("; "))
            }
        }
    }
}
