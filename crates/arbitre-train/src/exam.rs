//! Exams: a deterministic selection from the question bank, printable as Markdown (with its
//! answer key) or as JSON, and the results of a sitting (CSV for a spreadsheet, Markdown for
//! the student).
//!
//! The same [`ExamSpec`] on the same bank always gives the same exam, byte for byte: the
//! selection and the order of the choices come from [`crate::Rng`] seeded with the
//! spec's seed.

use std::collections::BTreeSet;

use serde::{Deserialize, Serialize};

use crate::Rng;
use crate::bank::{Question, letter, level_name, section_name};
use arbitre_adr::escape;
use arbitre_core::i18n::Lang;
use arbitre_core::kit::{CheckedKit, Level, QuizSection, Text};

pub mod in_progress;

/// What an exam is made of.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ExamSpec {
    /// The seed: the same seed gives the same exam.
    pub seed: u64,
    /// The sections to ask about; empty means all of them.
    pub sections: Vec<QuizSection>,
    /// How many questions, at most.
    pub count: usize,
}

impl ExamSpec {
    /// The sections asked about, in the order of the notes (all of them when none is named).
    pub fn chosen_sections(&self) -> Vec<QuizSection> {
        QuizSection::ALL
            .into_iter()
            .filter(|s| self.sections.is_empty() || self.sections.contains(s))
            .collect()
    }
}

/// Builds an exam: at most `spec.count` questions of the chosen sections, taken in turn
/// from each section (so that every section is asked when `count` allows), each section's
/// levels mixed, no question twice; the choices of each question shuffled (the answer and
/// `why_wrong` follow). The exam lists the questions section by section, in the order of
/// the notes.
pub fn build(bank: &[Question], spec: &ExamSpec) -> Vec<Question> {
    let mut rng = Rng::new(spec.seed);
    let sections = spec.chosen_sections();
    let mut seen = BTreeSet::new();
    let unique: Vec<&Question> = bank.iter().filter(|q| seen.insert(q.id.as_str())).collect();
    // Each section's queue: its levels shuffled separately, then dealt in turn.
    let mut queues: Vec<Vec<&Question>> = sections
        .iter()
        .map(|&section| {
            let mut by_level: Vec<Vec<&Question>> = Level::ALL
                .iter()
                .map(|&level| {
                    let mut qs: Vec<&Question> = unique
                        .iter()
                        .copied()
                        .filter(|q| q.section == section && q.level == level)
                        .collect();
                    rng.shuffle(&mut qs);
                    qs
                })
                .filter(|qs| !qs.is_empty())
                .collect();
            rng.shuffle(&mut by_level);
            let mut queue = Vec::new();
            let longest = by_level.iter().map(Vec::len).max().unwrap_or(0);
            for i in 0..longest {
                queue.extend(by_level.iter().filter_map(|qs| qs.get(i).copied()));
            }
            queue.reverse(); // popped from the end
            queue
        })
        .collect();
    let mut picked: Vec<Vec<&Question>> = vec![Vec::new(); sections.len()];
    let mut total = 0;
    while total < spec.count && queues.iter().any(|q| !q.is_empty()) {
        for (queue, out) in queues.iter_mut().zip(picked.iter_mut()) {
            if total >= spec.count {
                break;
            }
            if let Some(q) = queue.pop() {
                out.push(q);
                total += 1;
            }
        }
    }
    picked
        .into_iter()
        .flatten()
        .map(|q| shuffled(q, &mut rng))
        .collect()
}

/// The question with its choices in a random order; the answer and `why_wrong` follow.
fn shuffled(q: &Question, rng: &mut Rng) -> Question {
    let mut order: Vec<usize> = (0..q.choices.len()).collect();
    rng.shuffle(&mut order);
    Question {
        choices: order
            .iter()
            .filter_map(|&i| q.choices.get(i).cloned())
            .collect(),
        why_wrong: order
            .iter()
            .map(|&i| q.why_wrong.get(i).cloned().flatten())
            .collect(),
        answer: order.iter().position(|&i| i == q.answer).unwrap_or(0),
        ..q.clone()
    }
}

// ------------------------------------------------------------------------------ markdown

/// The prompt and the quote, Markdown-escaped: the prompt as a paragraph, the quote as a
/// block quote.
fn push_question(out: &mut String, q: &Question, lang: Lang) {
    out.push_str(&format!("{}\n\n", escape::inline(q.prompt.get(lang))));
    if let Some(quote) = &q.quote {
        out.push_str(&format!("> {}\n\n", escape::inline(quote.get(lang))));
    }
}

/// A choice as `B. text`, escaped.
fn choice_line(q: &Question, i: usize, lang: Lang) -> String {
    let text = q.choices.get(i).map_or("", |c| c.get(lang));
    format!("{}. {}", letter(i), escape::inline(text))
}

/// The explanation, as a list.
fn push_list(out: &mut String, items: &[&Text], lang: Lang) {
    for item in items {
        out.push_str(&format!("- {}\n", escape::inline(item.get(lang))));
    }
    out.push('\n');
}

/// Ends the document with exactly one newline.
fn finish(mut out: String) -> String {
    while out.ends_with("\n\n") {
        out.pop();
    }
    out
}

/// A printable exam in Markdown: title, seed, lines for the student's name and the date, the
/// numbered questions with their choices A–D (quotes as block quotes), then, after a page
/// break hint, the answer key with the explanation of each answer.
pub fn markdown(kit: &CheckedKit, exam: &[Question], spec: &ExamSpec, lang: Lang) -> String {
    let w = &lang.words().exam;
    let mut out = String::new();
    out.push_str(&format!(
        "# {} {}\n\n",
        w.exam_title,
        escape::inline(kit.title.get(lang))
    ));
    let sections: Vec<&str> = spec
        .chosen_sections()
        .into_iter()
        .map(|s| section_name(s, lang))
        .collect();
    out.push_str(&format!(
        "- {} {}\n- {} {}\n- {} {}\n\n",
        lang.colon(w.seed),
        spec.seed,
        lang.colon(w.sections),
        escape::inline(&sections.join(", ")),
        lang.colon(w.questions),
        exam.len()
    ));
    let blank = "…………………………………………";
    out.push_str(&format!(
        "{} {blank}\n\n{} {blank}\n\n",
        lang.colon(w.name),
        lang.colon(w.date),
    ));
    out.push_str(&format!("{}\n\n", w.one_answer));
    out.push_str(&format!("## {}\n\n", w.questions));
    for (n, q) in exam.iter().enumerate() {
        out.push_str(&format!(
            "### {} {} ({}, {})\n\n",
            w.question,
            n + 1,
            section_name(q.section, lang),
            level_name(q.level, lang)
        ));
        push_question(&mut out, q, lang);
        for i in 0..q.choices.len() {
            out.push_str(&format!("- {}\n", choice_line(q, i, lang)));
        }
        out.push('\n');
    }
    out.push_str("---\n\n");
    out.push_str(&format!("{}\n\n", w.page_break));
    out.push_str(&format!(
        "## {} ({} {})\n\n",
        w.answer_key, w.seed_lower, spec.seed
    ));
    for (n, q) in exam.iter().enumerate() {
        out.push_str(&format!("### {} {}\n\n", w.answer_to, n + 1));
        out.push_str(&format!(
            "{} {}\n\n",
            lang.colon(w.answer),
            choice_line(q, q.answer, lang)
        ));
        push_list(&mut out, &q.explain.iter().collect::<Vec<_>>(), lang);
    }
    finish(out)
}

// ---------------------------------------------------------------------------------- json

/// The exam as JSON: `{"questions": [{"id", "section", "level", "prompt", "choices",
/// "answer"}]}`, with the sections' and levels' stable ids, the prompt followed by its quote,
/// the choices as strings and the answer as a 0-based index.
pub fn json(exam: &[Question], lang: Lang) -> String {
    let questions: Vec<serde_json::Value> = exam
        .iter()
        .map(|q| {
            serde_json::json!({
                "id": q.id,
                "section": q.section.id(),
                "level": q.level.id(),
                "prompt": q.full_prompt(lang),
                "choices": q.choices.iter().map(|c| c.get(lang)).collect::<Vec<_>>(),
                "answer": q.answer,
            })
        })
        .collect();
    serde_json::json!({ "questions": questions }).to_string()
}

// ------------------------------------------------------------------------------- sitting

/// A student's sitting of an exam, as the app's exam mode records it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Sitting {
    /// The student's name, as typed.
    pub student: String,
    /// The date, as recorded (`YYYY-MM-DD`).
    pub date: String,
    /// What the exam was built from.
    pub spec: ExamSpec,
    /// The questions, as asked (choices in the order shown).
    pub questions: Vec<Question>,
    /// The answer to each question, by index; `None` when not answered.
    pub answers: Vec<Option<usize>>,
    /// The time allowed, if any.
    pub time_limit_minutes: Option<u32>,
    /// Whether the time ran out before the student handed in.
    pub timed_out: bool,
}

impl Sitting {
    /// The answer given to question `i`, if any.
    fn answer(&self, i: usize) -> Option<usize> {
        self.answers.get(i).copied().flatten()
    }

    /// Whether question `i` was answered right.
    fn right(&self, i: usize) -> bool {
        self.questions
            .get(i)
            .is_some_and(|q| self.answer(i) == Some(q.answer))
    }

    /// Per section asked, in the order of the notes: (section, right answers, questions).
    pub fn scores(&self) -> Vec<(QuizSection, u32, u32)> {
        QuizSection::ALL
            .into_iter()
            .filter_map(|section| {
                let (mut right, mut asked) = (0u32, 0u32);
                for (i, q) in self.questions.iter().enumerate() {
                    if q.section == section {
                        asked = asked.saturating_add(1);
                        if self.right(i) {
                            right = right.saturating_add(1);
                        }
                    }
                }
                (asked > 0).then_some((section, right, asked))
            })
            .collect()
    }

    /// The total: (right answers, questions).
    pub fn total(&self) -> (u32, u32) {
        self.scores()
            .iter()
            .fold((0, 0), |(r, a), (_, right, asked)| (r + right, a + asked))
    }

    /// The results as CSV (RFC 4180, CRLF line ends), a header row then one row per
    /// question: student, date, seed, question id, section, level, the chosen letter (empty
    /// if none), the right letter, 1 if right else 0. A field a spreadsheet would read as a
    /// formula (starting with `=`, `+`, `-`, `@`, a tab or a carriage return) gets a leading
    /// `'`.
    pub fn csv(&self, lang: Lang) -> String {
        let header = lang.words().exam.csv_header;
        let mut out = csv_row(header.iter().map(|h| (*h).to_owned()));
        for (i, q) in self.questions.iter().enumerate() {
            out.push_str(&csv_row([
                self.student.clone(),
                self.date.clone(),
                self.spec.seed.to_string(),
                q.id.clone(),
                q.section.id().to_owned(),
                q.level.id().to_owned(),
                self.answer(i)
                    .map(|a| letter(a).to_string())
                    .unwrap_or_default(),
                letter(q.answer).to_string(),
                if self.right(i) { "1" } else { "0" }.to_owned(),
            ]));
        }
        out
    }

    /// The results as Markdown: name, date, seed, the score per section and the total, then
    /// each question with the answer given, the right one and the explanation.
    pub fn markdown(&self, kit: &CheckedKit, lang: Lang) -> String {
        let w = &lang.words().exam;
        let mut out = String::new();
        out.push_str(&format!(
            "# {} {}\n\n",
            w.results_title,
            escape::inline(kit.title.get(lang))
        ));
        let name = if self.student.trim().is_empty() {
            w.no_name.to_owned()
        } else {
            escape::inline(&self.student)
        };
        out.push_str(&format!(
            "- {} {name}\n- {} {}\n- {} {}\n",
            lang.colon(w.student),
            lang.colon(w.date),
            escape::inline(&self.date),
            lang.colon(w.seed),
            self.spec.seed,
        ));
        if let Some(minutes) = self.time_limit_minutes {
            out.push_str(&format!(
                "- {} {minutes} min{}\n",
                lang.colon(w.time_limit),
                if self.timed_out { w.time_ran_out } else { "" }
            ));
        }
        out.push('\n');
        out.push_str(&format!("## {}\n\n", w.score));
        out.push_str(&format!(
            "| {} | {} | {} |\n| --- | ---: | ---: |\n",
            w.section, w.right_column, w.questions
        ));
        for (section, right, asked) in self.scores() {
            out.push_str(&format!(
                "| {} | {right} | {asked} |\n",
                escape::cell(section_name(section, lang))
            ));
        }
        let (right, asked) = self.total();
        out.push_str(&format!(
            "| **{}** | **{right}** | **{asked}** |\n\n",
            w.total
        ));
        out.push_str(&format!("## {}\n\n", w.answers));
        for (i, q) in self.questions.iter().enumerate() {
            let verdict = match self.answer(i) {
                None => w.not_answered,
                Some(_) if self.right(i) => w.right,
                Some(_) => w.wrong,
            };
            out.push_str(&format!(
                "### {} {} ({}, {verdict})\n\n",
                w.question,
                i + 1,
                section_name(q.section, lang)
            ));
            push_question(&mut out, q, lang);
            let given = self
                .answer(i)
                .map_or_else(|| w.none.to_owned(), |a| choice_line(q, a, lang));
            out.push_str(&format!(
                "- {} {given}\n- {} {}\n\n",
                lang.colon(w.your_answer),
                lang.colon(w.right_answer),
                choice_line(q, q.answer, lang)
            ));
            let mut why: Vec<&Text> = Vec::new();
            if let Some(Some(wrong)) = self.answer(i).and_then(|a| q.why_wrong.get(a)) {
                why.push(wrong);
            }
            why.extend(q.explain.iter());
            push_list(&mut out, &why, lang);
        }
        finish(out)
    }
}

/// One CSV record, CRLF-terminated: fields quoted when they hold a comma, a quote or a line
/// break (quotes doubled), and a field a spreadsheet would take for a formula neutralised
/// with a leading `'`.
fn csv_row(fields: impl IntoIterator<Item = String>) -> String {
    let fields: Vec<String> = fields.into_iter().map(|f| csv_field(&f)).collect();
    format!("{}\r\n", fields.join(","))
}

fn csv_field(field: &str) -> String {
    let field = if field.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{field}")
    } else {
        field.to_owned()
    };
    if field.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", field.replace('"', "\"\""))
    } else {
        field
    }
}

/// Writes a sitting's results into `dir` as CSV and Markdown, side by side, named
/// `<date>-<student>-seed<N>.csv`/`.md` (then `-2`, `-3`… so that nothing is replaced), each
/// written whole or not at all. Creates `dir`. Returns the two files.
pub fn save_results(
    dir: &std::path::Path,
    sitting: &Sitting,
    kit: &CheckedKit,
    lang: Lang,
) -> Result<(std::path::PathBuf, std::path::PathBuf), arbitre_core::files::WriteError> {
    use arbitre_core::files::{WriteError, write_new_atomic};
    std::fs::create_dir_all(dir).map_err(|source| WriteError::Io {
        path: dir.to_owned(),
        source,
    })?;
    let stem = format!(
        "{}-{}-seed{}",
        crate::student_folder(&sitting.date),
        crate::student_folder(&sitting.student),
        sitting.spec.seed
    );
    let (csv, md) = (sitting.csv(lang), sitting.markdown(kit, lang));
    for n in 1..=999u32 {
        let name = if n == 1 {
            stem.clone()
        } else {
            format!("{stem}-{n}")
        };
        let (csv_path, md_path) = (
            dir.join(format!("{name}.csv")),
            dir.join(format!("{name}.md")),
        );
        if csv_path.exists() || md_path.exists() {
            continue;
        }
        match write_new_atomic(&csv_path, csv.as_bytes()) {
            Err(WriteError::Exists(_)) => continue,
            other => other?,
        }
        match write_new_atomic(&md_path, md.as_bytes()) {
            Ok(()) => return Ok((csv_path, md_path)),
            Err(e) => {
                // Not half a pair: the CSV goes too.
                let _ = std::fs::remove_file(&csv_path);
                return Err(e);
            }
        }
    }
    Err(WriteError::Exists(dir.join(format!("{stem}.csv"))))
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::bank;
    use arbitre_core::kit::test_kit as kit;

    fn bank() -> Vec<Question> {
        bank::questions(&kit(), &[])
    }

    fn spec(seed: u64, sections: &[QuizSection], count: usize) -> ExamSpec {
        ExamSpec {
            seed,
            sections: sections.to_vec(),
            count,
        }
    }

    #[test]
    fn an_exam_is_deterministic_covers_its_sections_and_never_repeats() {
        let bank = bank();
        let s = spec(7, &[], 20);
        let a = build(&bank, &s);
        assert_eq!(a, build(&bank, &s), "same seed, same exam");
        assert_ne!(
            a,
            build(&bank, &spec(8, &[], 20)),
            "another seed, another exam"
        );
        assert_eq!(a.len(), 20);
        for section in QuizSection::ALL {
            assert!(a.iter().filter(|q| q.section == section).count() >= 4);
        }
        // The table's three levels are mixed in its four questions' worth of picks.
        let table_levels: BTreeSet<Level> = a
            .iter()
            .filter(|q| q.section == QuizSection::Table)
            .map(|q| q.level)
            .collect();
        assert!(table_levels.len() >= 2, "{table_levels:?}");
        let ids: BTreeSet<&str> = a.iter().map(|q| q.id.as_str()).collect();
        assert_eq!(ids.len(), a.len());
        // Everything, once.
        let all = build(&bank, &spec(3, &[], 10_000));
        assert_eq!(all.len(), bank.len());
        let ids: BTreeSet<&str> = all.iter().map(|q| q.id.as_str()).collect();
        assert_eq!(ids.len(), bank.len());
        // Two sections only.
        let two = build(
            &bank,
            &spec(3, &[QuizSection::Summary, QuizSection::Hybrids], 9),
        );
        assert_eq!(two.len(), 9);
        assert!(
            two.iter()
                .all(|q| matches!(q.section, QuizSection::Summary | QuizSection::Hybrids))
        );
        assert!(two.iter().any(|q| q.section == QuizSection::Summary));
        // A duplicated bank gives no question twice.
        let doubled: Vec<Question> = bank.iter().chain(&bank).cloned().collect();
        assert_eq!(build(&doubled, &spec(1, &[], 10_000)).len(), bank.len());
    }

    #[test]
    fn shuffled_choices_keep_the_answer_and_the_reasons() {
        let bank = bank();
        let exam = build(&bank, &spec(11, &[], 10_000));
        let mut moved = 0;
        for q in &exam {
            let Some(orig) = bank.iter().find(|b| b.id == q.id) else {
                panic!("{} not in the bank", q.id);
            };
            assert!(q.is_well_formed(), "{}", q.id);
            assert_eq!(q.choices[q.answer], orig.choices[orig.answer], "{}", q.id);
            for (i, c) in q.choices.iter().enumerate() {
                let j = orig.choices.iter().position(|o| o == c).unwrap_or(99);
                assert_eq!(q.why_wrong[i], orig.why_wrong[j], "{}", q.id);
            }
            if q.choices != orig.choices {
                moved += 1;
            }
        }
        assert!(moved > exam.len() / 2, "choices are shuffled: {moved}");
    }

    #[test]
    fn the_json_has_exactly_the_documented_shape() -> Result<(), serde_json::Error> {
        let bank = bank();
        let exam = build(&bank, &spec(5, &[], 12));
        let v: serde_json::Value = serde_json::from_str(&json(&exam, Lang::En))?;
        let qs = v["questions"].as_array().cloned().unwrap_or_default();
        assert_eq!(qs.len(), 12);
        for (q, j) in exam.iter().zip(&qs) {
            let keys: BTreeSet<&str> = j
                .as_object()
                .map(|o| o.keys().map(String::as_str).collect())
                .unwrap_or_default();
            assert_eq!(
                keys,
                ["answer", "choices", "id", "level", "prompt", "section"]
                    .into_iter()
                    .collect()
            );
            assert_eq!(j["id"], q.id.as_str());
            assert_eq!(j["section"], q.section.id());
            assert_eq!(j["answer"], q.answer);
            assert_eq!(j["prompt"], q.full_prompt(Lang::En).as_str());
        }
        Ok(())
    }

    #[test]
    fn the_markdown_has_questions_then_the_key() {
        let kit = kit();
        let s = spec(2, &[], 6);
        let exam = build(&bank(), &s);
        let md = markdown(&kit, &exam, &s, Lang::Fr);
        assert!(md.starts_with("# Examen — "), "{md}");
        assert!(md.contains("- Graine\u{a0}: 2\n"), "{md}");
        assert!(md.contains("Nom\u{a0}: …"));
        let key = md.find("## Corrigé").unwrap_or(0);
        assert!(key > md.find("### Question 6").unwrap_or(usize::MAX));
        assert!(md.contains("### Corrigé de la question 6"));
        assert!(md.ends_with('\n') && !md.ends_with("\n\n"));
        assert!(!md.contains("\n\n\n"));
        // The mask is escaped, so it stays text.
        assert!(!md.contains(" […]") || md.contains("\\[…\\]"));
    }

    fn sitting(student: &str) -> Sitting {
        let bank = bank();
        let s = spec(4, &[QuizSection::Table, QuizSection::Scenarios], 4);
        let questions = build(&bank, &s);
        let answers = questions
            .iter()
            .enumerate()
            .map(|(i, q)| match i {
                0 => Some(q.answer),
                1 => Some((q.answer + 1) % q.choices.len()),
                2 => None,
                _ => Some(q.answer),
            })
            .collect();
        Sitting {
            student: student.to_owned(),
            date: "2026-03-02".into(),
            spec: s,
            questions,
            answers,
            time_limit_minutes: Some(30),
            timed_out: true,
        }
    }

    #[test]
    fn scores_count_only_the_sections_asked() {
        let s = sitting("Ada");
        let scores = s.scores();
        let sections: Vec<QuizSection> = scores.iter().map(|x| x.0).collect();
        assert_eq!(sections, vec![QuizSection::Table, QuizSection::Scenarios]);
        assert_eq!(s.total(), (2, 4));
        let asked: u32 = scores.iter().map(|x| x.2).sum();
        assert_eq!(asked, 4);
        // Fewer answers than questions: the rest count as unanswered.
        let mut short = s.clone();
        short.answers.truncate(1);
        assert_eq!(short.total(), (1, 4));
    }

    #[test]
    fn the_csv_quotes_and_neutralises_formulas() {
        let s = sitting("=HYPERLINK(\"http://x\",\"a, b\")");
        let csv = s.csv(Lang::En);
        let lines: Vec<&str> = csv.split("\r\n").collect();
        assert_eq!(lines.len(), 6, "{csv}");
        assert_eq!(lines[5], "");
        assert!(lines[0].starts_with("student,date,seed,question,"));
        assert!(
            lines[1]
                .starts_with("\"'=HYPERLINK(\"\"http://x\"\",\"\"a, b\"\")\",2026-03-02,4,quiz."),
            "{}",
            lines[1]
        );
        assert!(lines[3].contains(",,"), "unanswered: {}", lines[3]);
        assert!(lines[1].ends_with(",1") && lines[2].ends_with(",0"));
        for (field, out) in [
            ("+1", "'+1"),
            ("-2", "'-2"),
            ("@SUM(A1)", "'@SUM(A1)"),
            ("plain", "plain"),
            ("a\nb", "\"a\nb\""),
            ("say \"hi\"", "\"say \"\"hi\"\"\""),
        ] {
            assert_eq!(csv_field(field), out);
        }
    }

    #[test]
    fn the_results_escape_the_name() {
        let kit = kit();
        let s = sitting("# ../etc | `rm` *x*");
        let md = s.markdown(&kit, Lang::En);
        assert!(
            md.contains("- Student: \\# ../etc \\| \\`rm\\` \\*x\\*\n"),
            "{md}"
        );
        assert!(md.contains("| **Total** | **2** | **4** |"));
        assert!(md.contains("- Time limit: 30 min (time ran out)"));
        assert!(md.contains("(Comparison table, right)"));
        assert!(md.contains("- Your answer: (none)"));
        assert!(md.ends_with('\n') && !md.ends_with("\n\n"));
        let fr = s.markdown(&kit, Lang::Fr);
        assert!(fr.contains("| Tableau comparatif |"), "{fr}");
    }

    #[test]
    fn results_are_saved_side_by_side_and_never_replaced() -> Result<(), Box<dyn std::error::Error>>
    {
        let kit = arbitre_core::kit::test_kit();
        let bank = crate::bank::questions(&kit, &[]);
        let spec = ExamSpec {
            seed: 7,
            sections: Vec::new(),
            count: 3,
        };
        let questions = build(&bank, &spec);
        let sitting = Sitting {
            student: "Zoé | ../Martin".into(),
            date: "2026-11-28".into(),
            answers: vec![Some(0); questions.len()],
            questions,
            spec,
            time_limit_minutes: None,
            timed_out: false,
        };
        let dir = tempfile::tempdir()?;
        let (csv, md) = save_results(&dir.path().join("results"), &sitting, &kit, Lang::En)?;
        assert_eq!(
            csv.file_name().and_then(|n| n.to_str()),
            Some("2026-11-28-zoé-martin-seed7.csv")
        );
        assert_eq!(
            std::fs::read_to_string(&md)?,
            sitting.markdown(&kit, Lang::En)
        );
        let (again, _) = save_results(&dir.path().join("results"), &sitting, &kit, Lang::En)?;
        assert_eq!(
            again.file_name().and_then(|n| n.to_str()),
            Some("2026-11-28-zoé-martin-seed7-2.csv")
        );
        assert_eq!(std::fs::read_to_string(&csv)?, sitting.csv(Lang::En));
        Ok(())
    }
}
