//! The results of a sitting: CSV for a spreadsheet, Markdown for the student, saved side by
//! side. Both record the time the exam actually took, from its recorded start.

use super::Sitting;
use super::print::{choice_line, finish, push_list, push_question};
use crate::bank::{letter, section_name};
use arbitre_adr::escape;
use arbitre_core::i18n::Lang;
use arbitre_core::kit::{CheckedKit, Text};

impl Sitting {
    /// The results as CSV (RFC 4180, CRLF line ends), a header row then one row per
    /// question: student, date, seed, question id, section, level, the chosen letter (empty
    /// if none), the right letter, 1 if right else 0; then the seconds taken, the kind of
    /// exam (practice or with a code) and 1 if the exam file was edited by hand. A field a spreadsheet would read as a
    /// formula (starting with `=`, `+`, `-`, `@`, a tab or a carriage return) gets a leading
    /// `'`.
    pub fn csv(&self, lang: Lang) -> String {
        let (header, c) = (lang.words().exam.csv_header, &lang.words().exam_code);
        let mut out = csv_row(
            header
                .iter()
                .chain(c.csv_more.iter())
                .map(|h| (*h).to_owned()),
        );
        let kind = if let Some(check) = &self.check {
            check.as_str()
        } else if self.practice {
            c.csv_practice
        } else {
            c.csv_coded
        };
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
                self.taken_secs.map(|s| s.to_string()).unwrap_or_default(),
                kind.to_owned(),
                if self.edited { "1" } else { "0" }.to_owned(),
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
        let c = &lang.words().exam_code;
        out.push_str(&format!(
            "- {} {}\n",
            lang.colon(c.code),
            if self.practice {
                c.code_none
            } else {
                c.code_given
            }
        ));
        if let Some(check) = &self.check {
            out.push_str(&format!("- {} {check}\n", lang.colon(c.check)));
        }
        out.push_str(&format!(
            "- {} {}\n",
            lang.colon(c.started),
            utc_time(self.started_unix)
        ));
        if let Some(minutes) = self.spec.time_limit_minutes {
            out.push_str(&format!(
                "- {} {minutes} min{}\n",
                lang.colon(w.time_limit),
                if self.timed_out { w.time_ran_out } else { "" }
            ));
        }
        if let Some(secs) = self.taken_secs {
            out.push_str(&format!(
                "- {} {}\n",
                lang.colon(c.time_taken),
                (c.duration)(secs / 60, secs % 60)
            ));
        }
        out.push('\n');
        if self.edited {
            out.push_str(&format!("**{}**\n\n", c.file_edited));
        }
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

/// A moment as `YYYY-MM-DD HH:MM UTC` (seconds since 1970).
pub fn utc_time(unix: u64) -> String {
    let secs = unix % 86_400;
    format!(
        "{} {:02}:{:02} UTC",
        arbitre_adr::date_from_days(i64::try_from(unix / 86_400).unwrap_or(0)),
        secs / 3600,
        secs / 60 % 60
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::exam::tests::spec;

    use crate::exam::{ExamCode, ExamSpec};
    use arbitre_core::kit::QuizSection;
    use arbitre_core::kit::test_kit as kit;

    fn bank() -> Vec<crate::Question> {
        crate::bank::questions(&kit(), &[])
    }

    #[test]
    fn times_are_written_in_utc() {
        assert_eq!(utc_time(0), "1970-01-01 00:00 UTC");
        assert_eq!(utc_time(1_764_868_200), "2025-12-04 17:10 UTC");
        assert_eq!(utc_time(951_782_400), "2000-02-29 00:00 UTC");
    }

    fn sitting(student: &str) -> Sitting {
        let bank = bank();
        let mut s = spec(4, &[QuizSection::Table, QuizSection::Scenarios], 4);
        s.time_limit_minutes = Some(30);
        let Some(mut sitting) = Sitting::start(
            &bank,
            s,
            &ExamCode::new("C0DE"),
            student,
            "2026-03-02",
            1_000,
        ) else {
            panic!("no exam");
        };
        sitting.answers = sitting
            .questions
            .iter()
            .enumerate()
            .map(|(i, q)| match i {
                0 => Some(q.answer),
                1 => Some((q.answer + 1) % q.choices.len()),
                2 => None,
                _ => Some(q.answer),
            })
            .collect();
        sitting.hand_in(1_000 + 30 * 60 + 99, true);
        sitting
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
            lines[0].ends_with(",correct,seconds_taken,exam,file_edited"),
            "{}",
            lines[0]
        );
        assert!(
            lines[1]
                .starts_with("\"'=HYPERLINK(\"\"http://x\"\",\"\"a, b\"\")\",2026-03-02,4,quiz."),
            "{}",
            lines[1]
        );
        assert!(lines[3].contains(",,"), "unanswered: {}", lines[3]);
        // The exam column: the exam's check (a practice exam's says "practice").
        let check = ExamCode::new("C0DE").check(4).unwrap_or_default();
        assert_eq!(s.check.as_deref(), Some(check.as_str()));
        let end = |right: u8| format!(",{right},1800,{check},0");
        assert!(
            lines[1].ends_with(&end(1)) && lines[2].ends_with(&end(0)),
            "{csv}"
        );
        let mut practice = s.clone();
        (practice.practice, practice.check) = (true, None);
        assert!(
            practice
                .csv(Lang::En)
                .lines()
                .nth(1)
                .is_some_and(|l| l.ends_with(",1,1800,practice,0"))
        );
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
        assert!(md.contains("- Started: 1970-01-01 00:16 UTC\n"), "{md}");
        assert!(
            md.contains("- Time taken: 30 min 00 s\n"),
            "at most the limit: {md}"
        );
        assert!(md.contains("- Exam code: given by the teacher (not printed here)\n"));
        let check = s.check.as_deref().unwrap_or("?");
        assert!(md.contains(&format!("- Exam check: {check}\n")), "{md}");
        assert!(!md.contains("edited by hand"));
        let mut edited = s.clone();
        edited.edited = true;
        assert!(edited.markdown(&kit, Lang::En).contains("edited by hand"));
        assert!(
            edited
                .csv(Lang::En)
                .lines()
                .nth(1)
                .is_some_and(|l| l.ends_with(&format!(
                    ",1800,{},1",
                    edited.check.as_deref().unwrap_or("?")
                )))
        );
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
            time_limit_minutes: None,
        };
        let Some(mut sitting) = Sitting::start(
            &bank,
            spec,
            &ExamCode::practice(),
            "Zoé | ../Martin",
            "2026-11-28",
            0,
        ) else {
            panic!("no exam");
        };
        sitting.answers = vec![Some(0); sitting.questions.len()];
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
