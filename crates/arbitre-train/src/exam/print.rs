//! A printed exam: the student sheet (questions, no answers), the answer key (for the
//! teacher), both in one Markdown with the key after a page break, the JSON for other tools,
//! and Moodle's GIFT format (<https://docs.moodle.org/en/GIFT_format>).

use super::ExamSpec;
use crate::bank::{Question, letter, level_name, section_name};
use arbitre_adr::escape;
use arbitre_core::i18n::Lang;
use arbitre_core::kit::{CheckedKit, Text};

/// What starts a new page when the Markdown is printed (HTML, which Markdown keeps).
pub const PAGE_BREAK: &str = "<div style=\"page-break-before: always\"></div>";

/// An exam to print: the kit it comes from, the questions as asked, what it was built from,
/// whether it is the practice exam (no code).
#[derive(Debug, Clone, Copy)]
pub struct Printed<'a> {
    /// The kit (its title heads the exam).
    pub kit: &'a CheckedKit,
    /// The questions, choices in the order asked.
    pub exam: &'a [Question],
    /// What it was built from.
    pub spec: &'a ExamSpec,
    /// The practice exam (no exam code).
    pub practice: bool,
    /// The exam's check, printed on the key ([`super::ExamCode::check`]).
    pub check: Option<&'a str>,
}

/// The prompt and the quote, Markdown-escaped: the prompt as a paragraph, the quote as a
/// block quote.
pub(super) fn push_question(out: &mut String, q: &Question, lang: Lang) {
    out.push_str(&format!("{}\n\n", escape::inline(q.prompt.get(lang))));
    if let Some(quote) = &q.quote {
        out.push_str(&format!("> {}\n\n", escape::inline(quote.get(lang))));
    }
}

/// A choice as `B. text`, escaped.
pub(super) fn choice_line(q: &Question, i: usize, lang: Lang) -> String {
    let text = q.choices.get(i).map_or("", |c| c.get(lang));
    format!("{}. {}", letter(i), escape::inline(text))
}

/// The explanation, as a list.
pub(super) fn push_list(out: &mut String, items: &[&Text], lang: Lang) {
    for item in items {
        out.push_str(&format!("- {}\n", escape::inline(item.get(lang))));
    }
    out.push('\n');
}

/// Ends the document with exactly one newline.
pub(super) fn finish(mut out: String) -> String {
    while out.ends_with("\n\n") {
        out.pop();
    }
    out
}

/// The head of a sheet or a key: its title, then seed, exam code (given or practice),
/// sections and number of questions.
fn push_head(out: &mut String, p: &Printed<'_>, title: &str, lang: Lang) {
    let (w, c) = (&lang.words().exam, &lang.words().exam_code);
    out.push_str(&format!(
        "# {title} {}\n\n",
        escape::inline(p.kit.title.get(lang))
    ));
    let sections: Vec<&str> = p
        .spec
        .chosen_sections()
        .into_iter()
        .map(|s| section_name(s, lang))
        .collect();
    out.push_str(&format!(
        "- {} {}\n- {} {}\n- {} {}\n- {} {}\n",
        lang.colon(w.seed),
        p.spec.seed,
        lang.colon(c.code),
        if p.practice {
            c.code_none
        } else {
            c.code_given
        },
        lang.colon(w.sections),
        escape::inline(&sections.join(", ")),
        lang.colon(w.questions),
        p.exam.len()
    ));
    if let Some(minutes) = p.spec.time_limit_minutes {
        out.push_str(&format!("- {} {minutes} min\n", lang.colon(w.time_limit)));
    }
    out.push('\n');
}

/// The student sheet: title, seed, lines for the student's name and the date, the numbered
/// questions with their choices A–D (quotes as block quotes). No answer, no explanation.
pub fn sheet(p: &Printed<'_>, lang: Lang) -> String {
    finish(sheet_body(p, lang))
}

fn sheet_body(p: &Printed<'_>, lang: Lang) -> String {
    let w = &lang.words().exam;
    let mut out = String::new();
    push_head(&mut out, p, w.exam_title, lang);
    let blank = "…………………………………………";
    out.push_str(&format!(
        "{} {blank}\n\n{} {blank}\n\n",
        lang.colon(w.name),
        lang.colon(w.date),
    ));
    out.push_str(&format!("{}\n\n", w.one_answer));
    out.push_str(&format!("## {}\n\n", w.questions));
    for (n, q) in p.exam.iter().enumerate() {
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
    out
}

/// The exam's check, as a line of the key (none for the practice exam).
fn push_check(out: &mut String, p: &Printed<'_>, lang: Lang) {
    if let Some(check) = p.check {
        let c = &lang.words().exam_code;
        out.push_str(&format!("{} {check}\n\n", lang.colon(c.check)));
    }
}

/// The answers, question by question, each with its explanation, under `level` headings.
fn push_answers(out: &mut String, exam: &[Question], lang: Lang) {
    let w = &lang.words().exam;
    for (n, q) in exam.iter().enumerate() {
        out.push_str(&format!("### {} {}\n\n", w.answer_to, n + 1));
        out.push_str(&format!(
            "{} {}\n\n",
            lang.colon(w.answer),
            choice_line(q, q.answer, lang)
        ));
        push_list(out, &q.explain.iter().collect::<Vec<_>>(), lang);
    }
}

/// The answer key alone, for the teacher: its head (seed, code given or not), then each
/// answer with its explanation.
pub fn key(p: &Printed<'_>, lang: Lang) -> String {
    let w = &lang.words().exam;
    let mut out = String::new();
    push_head(&mut out, p, lang.words().exam_code.key_title, lang);
    out.push_str(&format!("{}\n\n", lang.words().exam_code.key_warning));
    push_check(&mut out, p, lang);
    out.push_str(&format!("## {}\n\n", w.answer_key));
    push_answers(&mut out, p.exam, lang);
    finish(out)
}

/// A printable exam in one Markdown: the student sheet, then, on a page of its own (after
/// [`PAGE_BREAK`] and a line that says to detach it), the answer key.
pub fn markdown(p: &Printed<'_>, lang: Lang) -> String {
    let w = &lang.words().exam;
    let mut out = sheet_body(p, lang);
    out.push_str(&format!("{PAGE_BREAK}\n\n"));
    out.push_str(&format!("{}\n\n", w.page_break));
    out.push_str(&format!(
        "## {} ({} {})\n\n",
        w.answer_key, w.seed_lower, p.spec.seed
    ));
    push_check(&mut out, p, lang);
    push_answers(&mut out, p.exam, lang);
    finish(out)
}

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

/// Text for GIFT: the backslash and `~ = # { } :` escaped with a backslash, a line break
/// as `\n` (Moodle's own exporter does the same).
pub fn gift_escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' | '~' | '=' | '#' | '{' | '}' | ':' => {
                out.push('\\');
                out.push(c);
            }
            '\n' => out.push_str("\\n"),
            '\r' => {}
            _ => out.push(c),
        }
    }
    out
}

/// The exam in Moodle's GIFT format, one multiple-choice question per block: a comment
/// with the exam's seed, each question named by its id (`::id::`), its prompt and quote,
/// the right choice after `=`, the others after `~`, each wrong choice with its feedback
/// (`#`), and the explanation as general feedback (`####`), in the order asked.
pub fn gift(p: &Printed<'_>, lang: Lang) -> String {
    let w = &lang.words().exam;
    let mut out = format!(
        "// {} {} — {} {}\n\n",
        w.exam_title,
        p.kit.title.get(lang),
        lang.colon(w.seed),
        p.spec.seed
    );
    for q in p.exam {
        out.push_str(&format!(
            "::{}::{} {{\n",
            gift_escape(&q.id),
            gift_escape(&q.full_prompt(lang))
        ));
        for (i, c) in q.choices.iter().enumerate() {
            let mark = if i == q.answer { '=' } else { '~' };
            out.push_str(&format!("\t{mark}{}", gift_escape(c.get(lang))));
            if let Some(Some(why)) = q.why_wrong.get(i) {
                out.push_str(&format!(" #{}", gift_escape(why.get(lang))));
            }
            out.push('\n');
        }
        let explain: Vec<String> = q.explain.iter().map(|e| gift_escape(e.get(lang))).collect();
        if !explain.is_empty() {
            out.push_str(&format!("\t####{}\n", explain.join(" ")));
        }
        out.push_str("}\n\n");
    }
    finish(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::exam::tests::spec;

    use crate::exam::build;
    use arbitre_core::kit::test_kit as kit;
    use std::collections::BTreeSet;

    fn bank() -> Vec<Question> {
        crate::bank::questions(&kit(), &[])
    }

    fn printed<'a>(kit: &'a CheckedKit, exam: &'a [Question], spec: &'a ExamSpec) -> Printed<'a> {
        Printed {
            kit,
            exam,
            spec,
            practice: false,
            check: Some("0a1b2c3d"),
        }
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
        let md = markdown(&printed(&kit, &exam, &s), Lang::Fr);
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

    #[test]
    fn the_key_is_on_its_own_page_and_the_sheet_has_no_answer() {
        let kit = kit();
        let s = spec(9, &[], 8);
        let exam = build(&bank(), &s);
        let p = printed(&kit, &exam, &s);
        let md = markdown(&p, Lang::En);
        let brk = md.find(PAGE_BREAK).unwrap_or(usize::MAX);
        let key = md.find("## Answer key").unwrap_or(0);
        assert!(
            brk < key && key > md.find("### Question 8").unwrap_or(usize::MAX),
            "{md}"
        );
        assert!(md.contains("- Exam code: given by the teacher (not printed here)\n"));
        let sheet = sheet(&p, Lang::En);
        assert!(
            md.starts_with(&sheet[..sheet.len() - 1]),
            "the sheet is the exam's first part"
        );
        for word in ["Answer", "answer key", "Right answer", PAGE_BREAK] {
            assert!(!sheet.contains(word), "{word} in the sheet");
        }
        for q in &exam {
            for e in &q.explain {
                assert!(
                    !sheet.contains(&escape::inline(e.get(Lang::En))),
                    "{}",
                    q.id
                );
            }
        }
        let key = key_of(&p);
        assert!(key.starts_with("# Answer key — "), "{key}");
        assert!(key.contains("### Answer to question 8"));
        assert!(key.ends_with('\n') && !key.ends_with("\n\n"));
        assert!(key.contains("\nExam check: 0a1b2c3d\n"), "{key}");
        assert!(md.contains("\nExam check: 0a1b2c3d\n") && !sheet.contains("0a1b2c3d"));
        let practice = sheet_of(&Printed {
            practice: true,
            check: None,
            ..p
        });
        assert!(practice.contains("- Exam code: none (practice exam)\n"));
        let fr = super::key(&p, Lang::Fr);
        assert!(fr.starts_with("# Corrigé — "), "{fr}");
        assert!(fr.contains("Pour l'enseignant\u{a0}:"));
    }

    fn key_of(p: &Printed<'_>) -> String {
        key(p, Lang::En)
    }

    fn sheet_of(p: &Printed<'_>) -> String {
        sheet(p, Lang::En)
    }

    #[test]
    fn gift_escapes_every_special_character() {
        assert_eq!(
            gift_escape("a{b}~c=d#e:f\\g\nh"),
            "a\\{b\\}\\~c\\=d\\#e\\:f\\\\g\\nh"
        );
        let kit = kit();
        let s = spec(1, &[], 3);
        let mut exam = build(&bank(), &s);
        exam[0].choices[0] = Text {
            fr: "{~=#:}".into(),
            en: "{}~=#: full {of} ~ = # : marks".into(),
        };
        let gift = gift(&printed(&kit, &exam, &s), Lang::En);
        assert!(
            gift.contains("\\{\\}\\~\\=\\#\\: full \\{of\\} \\~ \\= \\# \\: marks"),
            "{gift}"
        );
        // Each question: one block, its right choice after `=`, its wrong ones after `~`.
        for q in &exam {
            let start = gift
                .find(&format!("::{}::", gift_escape(&q.id)))
                .unwrap_or(usize::MAX);
            let block = &gift[start..];
            let block = &block[..block.find("\n}").unwrap_or(block.len())];
            let right = block.lines().filter(|l| l.starts_with("\t=")).count();
            let wrong = block.lines().filter(|l| l.starts_with("\t~")).count();
            assert_eq!((right, wrong), (1, q.choices.len() - 1), "{block}");
            let answer = gift_escape(q.choices[q.answer].get(Lang::En));
            assert!(block.contains(&format!("\t={answer}")), "{block}");
        }
        // Outside escapes, the only braces are the questions' own.
        let unescaped = gift
            .replace("\\\\", "")
            .replace("\\{", "")
            .replace("\\}", "");
        assert_eq!(unescaped.matches('{').count(), exam.len());
        assert_eq!(unescaped.matches('}').count(), exam.len());
    }
}
