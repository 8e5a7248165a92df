//! `arbitre exam`: a printable exam (the whole exam in Markdown with its answer key on a page
//! of its own, a student sheet, an answer key, Moodle GIFT) or its JSON, built from the
//! question bank of the kit (`--kit`, else the built-in one), a seed and the exam code; or a
//! new exam code.

use std::path::{Path, PathBuf};

use super::{CliError, Failure, Usage, load_kit, print_lines};
use crate::i18n::Lang;
use crate::kit::QuizSection;
use crate::train::pack::WithPacks as _;
use crate::train::{bank, exam};

/// What `arbitre exam` was asked for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExamOptions {
    /// The seed: the same seed and code give the same exam.
    pub seed: u64,
    /// The exam code (empty: the practice exam).
    pub code: exam::ExamCode,
    /// The language of the exam.
    pub lang: Lang,
    /// Section ids as typed (`table,cases,…`); empty means all.
    pub sections: Vec<String>,
    /// How many questions, at most.
    pub count: usize,
    /// Teachers' packs whose scenarios and questions join the bank.
    pub packs: Vec<PathBuf>,
    /// Where to write.
    pub target: ExamTarget,
}

/// Where the exam goes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ExamTarget {
    /// JSON on standard output.
    Json,
    /// Files.
    Files(ExamFiles),
}

impl ExamTarget {
    /// Whether nothing would be written.
    pub fn is_empty(&self) -> bool {
        match self {
            ExamTarget::Json => false,
            ExamTarget::Files(f) => {
                f.out.is_none() && f.sheet.is_none() && f.key.is_none() && f.gift.is_none()
            }
        }
    }
}

/// The files an exam is written to (any of them).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExamFiles {
    /// The whole exam in Markdown, its key on a page of its own.
    pub out: Option<PathBuf>,
    /// The student sheet alone.
    pub sheet: Option<PathBuf>,
    /// The answer key alone.
    pub key: Option<PathBuf>,
    /// Moodle GIFT.
    pub gift: Option<PathBuf>,
    /// Replace files that exist.
    pub force: bool,
}

/// `arbitre exam --new-code`: a new random exam code, in groups of four.
pub fn new_code() -> Result<(), CliError> {
    let code = exam::ExamCode::generate()?;
    print_lines([code.grouped().as_str()])?;
    Ok(())
}

/// Parses section ids; an unknown one is a usage error listing the valid ids.
pub fn parse_sections(ids: &[String]) -> Result<Vec<QuizSection>, CliError> {
    let mut out = Vec::new();
    for id in ids.iter().map(|s| s.trim()).filter(|s| !s.is_empty()) {
        let section =
            QuizSection::from_id(id).ok_or_else(|| Usage::UnknownSection(id.to_owned()))?;
        if !out.contains(&section) {
            out.push(section);
        }
    }
    Ok(out)
}

/// `arbitre exam …`: the bank of the kit with the packs' scenarios and questions (each pack
/// checked against the kit first, as `arbitre check` does).
pub fn exam(kit_path: Option<&Path>, options: &ExamOptions) -> Result<(), CliError> {
    let sections = parse_sections(&options.sections)?;
    if options.count == 0 {
        return Err(Usage::CountZero.into());
    }
    let kit = load_kit(kit_path)?;
    // Each pack is checked against the kit with the packs before it: no two share an id.
    let mut packs = Vec::new();
    for path in &options.packs {
        let pack = crate::train::pack::load(path, &kit.with_packs(&packs))?;
        packs.push(pack);
    }
    let kit = kit.with_packs(&packs);
    let spec = exam::ExamSpec {
        seed: options.seed,
        sections,
        count: options.count,
        time_limit_minutes: None,
    };
    let questions = exam::build_with(&bank::questions(&kit, &[]), &spec, &options.code);
    if questions.is_empty() {
        return Err(Failure::NoQuestion(kit.origin().to_owned()).into());
    }
    let check = options.code.check(spec.seed);
    let printed = exam::print::Printed {
        kit: &kit,
        exam: &questions,
        spec: &spec,
        practice: options.code.is_practice(),
        check: check.as_deref(),
    };
    let lang = options.lang;
    match &options.target {
        ExamTarget::Json => {
            print_lines([exam::print::json(&questions, lang).as_str()])?;
        }
        ExamTarget::Files(files) => {
            let texts = [
                (&files.out, exam::print::markdown as fn(&_, _) -> String),
                (&files.sheet, exam::print::sheet),
                (&files.key, exam::print::key),
                (&files.gift, exam::print::gift),
            ];
            for (path, text) in texts {
                if let Some(path) = path {
                    super::write_out(path, &text(&printed, lang), files.force)?;
                    print_lines([path.display().to_string().as_str()])?;
                }
            }
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sections_are_parsed_and_an_unknown_one_lists_the_valid_ids() {
        let ids = |s: &[&str]| s.iter().map(|x| (*x).to_owned()).collect::<Vec<_>>();
        let parsed = parse_sections(&ids(&["hybrids", " summary", "hybrids", ""]));
        assert_eq!(
            parsed.ok(),
            Some(vec![QuizSection::Hybrids, QuizSection::Summary])
        );
        let Err(e) = parse_sections(&ids(&["tables"])) else {
            panic!("tables accepted");
        };
        assert_eq!(e.exit_code(), std::process::ExitCode::from(2));
        let msg = e.to_string();
        assert!(msg.contains("`tables`"), "{msg}");
        assert!(
            msg.contains("table, cases, hybrids, summary, scenarios"),
            "{msg}"
        );
    }
}
