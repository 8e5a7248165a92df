//! `arbitre check FILE...`: a kit, a session, a teacher's pack, or the decision block of an
//! ADR that arbitre wrote, each problem at its `file:line:column`.

use std::path::{Path, PathBuf};

use super::{CliError, Failure, eprint_lines, load_kit, print_lines};
use crate::adr::reopen;
use crate::decide;
use crate::i18n::Lang;
use crate::i18n::words::cli::KitCounts;
use crate::kit::{self, CheckedKit, Kit, LoadError};
use crate::session::Session;
use crate::train;

/// How many problems `check` prints per file; the rest are counted.
pub const MAX_PROBLEMS_PER_FILE: usize = 100;

/// What `check` found in one file.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct CheckReport {
    /// The summary line, when the file passed.
    pub summary: Option<String>,
    /// One line per error, `file:line:column: …`; any error fails the check.
    pub errors: Vec<String>,
    /// One line per warning (`file:line:column: …`, without the `warning: ` prefix):
    /// unknown fields, duplicate keys. Warnings do not fail the check.
    pub warnings: Vec<String>,
}

/// `arbitre check FILE...`: warnings on stderr; the problems as the error, if any.
pub(super) fn check(
    kit_path: Option<&Path>,
    files: &[PathBuf],
    lang: Lang,
) -> Result<(), CliError> {
    let w = &lang.words().cli;
    let mut failed = false;
    let mut messages = Vec::new();
    let mut summaries = Vec::new();
    let capped = |lines: &[String], prefix: &str, messages: &mut Vec<String>| {
        for line in lines.iter().take(MAX_PROBLEMS_PER_FILE) {
            messages.push(format!("{prefix}{line}"));
        }
        if lines.len() > MAX_PROBLEMS_PER_FILE {
            let more = lines.len() - MAX_PROBLEMS_PER_FILE;
            messages.push(format!("{prefix}{}", (w.and_more)(more)));
        }
    };
    let warning = format!("{} ", lang.colon(w.warning));
    for file in files {
        let report = check_one(kit_path, file, lang);
        capped(&report.warnings, &warning, &mut messages);
        capped(&report.errors, "", &mut messages);
        failed |= !report.errors.is_empty();
        summaries.extend(report.summary);
    }
    if failed {
        return Err(Failure::Check(messages).into());
    }
    eprint_lines(&messages);
    print_lines(summaries.iter().map(String::as_str))?;
    Ok(())
}

/// Checks one file as a kit (if it has `criteria`) or a session: a summary line, or every
/// problem as a line, in `lang`; warnings either way.
pub fn check_one(kit_path: Option<&Path>, file: &Path, lang: Lang) -> CheckReport {
    let w = &lang.words().cli;
    let fail = |errors: Vec<String>| CheckReport {
        errors,
        ..CheckReport::default()
    };
    let source = match kit::read_text_file(file) {
        Ok(s) => s,
        Err(e) => return fail(e.lines(lang)),
    };
    if crate::adr::reopen::is_markdown(file) {
        return check_adr(kit_path, file, &source, lang);
    }
    // One pass finds where everything is, and whether this is a kit (it has `criteria`).
    let index = kit::locate::Index::new(&source);
    // The loaders refuse a file nested this deep: so does `check`, wherever the brackets are
    // (in an unknown field too), before anything else reads it.
    if let Some(pos) = index.too_deep() {
        return fail(vec![nested_too_deeply(file, pos, lang)]);
    }
    let is_kit = index
        .keys()
        .iter()
        .any(|k| k.field && k.parent.is_empty() && k.name == "criteria");
    let mut report = CheckReport::default();
    if train::pack::is_pack_source(&source) {
        return check_pack(kit_path, file, &source, &index, lang);
    }
    if is_kit {
        report.warnings = key_warnings(&index, file, reference_kit().as_deref(), lang);
        match Kit::load_str(&source, file) {
            Ok(kit) => {
                let mut disagree = decide::scenario_problems(&kit);
                disagree.extend(crate::system::scenario_problems(&kit));
                if !disagree.is_empty() {
                    report.errors = disagree
                        .iter()
                        .map(|p| {
                            let at = kit.scenarios.iter().position(|sc| sc.id == p.scenario);
                            let pos = at
                                .and_then(|i| index.value(&format!("scenarios[{i}].id")))
                                .unwrap_or(kit::locate::Pos::START);
                            kit::check::Problem {
                                file: file.to_owned(),
                                pos,
                                finding: p.finding(),
                            }
                            .message(lang)
                        })
                        .collect();
                    return report;
                }
                let counts = KitCounts {
                    id: &kit.id,
                    version: u64::from(kit.version),
                    criteria: kit.criteria.len(),
                    vm_cases: kit.vm_cases.len(),
                    hybrids: kit.hybrids.len(),
                    statements: kit.summary.iter().map(|l| l.statements.len()).sum(),
                    scenarios: kit.scenarios.len(),
                };
                report.summary = Some(format!(
                    "{}: {} — {}",
                    file.display(),
                    w.ok,
                    (w.kit_ok)(&counts)
                ));
            }
            Err(e) => report.errors = e.lines(lang),
        }
        return report;
    }
    report.warnings = key_warnings(&index, file, Some(&reference_session()), lang);
    check_session(kit_path, file, &source, &index, report, lang)
}

/// Checks a session's text (a file, or the session block of an older ADR) against the kit:
/// ids it does not know and weights out of range, at their positions.
fn check_session(
    kit_path: Option<&Path>,
    file: &Path,
    source: &str,
    index: &kit::locate::Index,
    mut report: CheckReport,
    lang: Lang,
) -> CheckReport {
    let w = &lang.words().cli;
    let kit = match load_kit(kit_path) {
        Ok(k) => k,
        Err(e) => {
            report.errors = e.lines(lang);
            return report;
        }
    };
    let loaded = match Session::parse(source, file, &kit) {
        Ok(l) => l,
        Err(e) => {
            report.errors = e.lines(lang);
            return report;
        }
    };
    report.errors = fit_errors(file, index, &kit, &loaded, lang);
    if report.errors.is_empty() {
        report.summary = Some(format!(
            "{}: {} — {}",
            file.display(),
            w.ok,
            session_summary(&loaded.session, lang)
        ));
    }
    report
}

/// The ids of `loaded` the kit does not know and its weights out of range, one error each at
/// its position, in the order of the file.
fn fit_errors(
    file: &Path,
    index: &kit::locate::Index,
    kit: &CheckedKit,
    loaded: &crate::session::Loaded,
    lang: Lang,
) -> Vec<String> {
    let w = &lang.words().cli;
    let at = |pos: Option<kit::locate::Pos>, message: String| {
        let pos = pos.unwrap_or(kit::locate::Pos::START);
        format!("{}:{}:{}: {message}", file.display(), pos.line, pos.column)
    };
    let components = &loaded.session.components;
    // Named with the component that holds it, when one does.
    let within = |offset: Option<usize>, message: String| match offset
        .and_then(|o| component_at(index, components.len(), o))
    {
        Some(i) => (w.in_component)(&message, &components[i].name),
        None => message,
    };
    let mut errors: Vec<(kit::locate::Pos, String)> = Vec::new();
    for id in &loaded.dropped {
        // Once per place that holds it: the whole system, or each component.
        let mut owners = Vec::new();
        let offsets = index.literal_offsets(id);
        for &o in offsets.iter().chain(offsets.is_empty().then_some(&0)) {
            let owner = component_at(index, components.len(), o);
            if owners.contains(&owner) {
                continue;
            }
            owners.push(owner);
            let pos = if offsets.is_empty() {
                kit::locate::Pos::START
            } else {
                index.pos(o)
            };
            let message = within(Some(o), (w.no_such_item)(id, &kit.id));
            errors.push((pos, at(Some(pos), message)));
        }
    }
    for (id, weight) in &loaded.clamped {
        let offset = index
            .value_offset(&format!("weights[\"{id}\"]"))
            .or_else(|| index.literal_offsets(id).first().copied());
        let pos = offset.map_or(kit::locate::Pos::START, |o| index.pos(o));
        let message = within(offset, (w.weight_out_of_range)(id, u64::from(*weight)));
        errors.push((pos, at(Some(pos), message)));
    }
    errors.sort_by_key(|(pos, _)| (pos.line, pos.column));
    errors.into_iter().map(|(_, e)| e).collect()
}

/// The component of a session's text that holds byte `offset`, by its index: from the start
/// of its value to the next component's, or to the next field of the session after it.
fn component_at(index: &kit::locate::Index, count: usize, offset: usize) -> Option<usize> {
    let starts: Vec<usize> = (0..count)
        .map(|i| index.value_offset(&format!("components[{i}]")))
        .collect::<Option<_>>()?;
    let i = starts.partition_point(|&s| s <= offset).checked_sub(1)?;
    let end = index
        .keys()
        .iter()
        .filter(|k| k.field && k.parent.is_empty())
        .map(|k| k.offset)
        .find(|&o| o > starts[i])
        .unwrap_or(usize::MAX);
    (offset < end).then_some(i)
}

/// A session's summary: its ticks and weights, or, for a system, its components and facts.
fn session_summary(session: &Session, lang: Lang) -> String {
    let w = &lang.words().cli;
    match system_counts(session) {
        Some((components, facts)) => (w.system_ok)(components, facts),
        None => (w.session_ok)(session.ticks.len(), session.weights.len()),
    }
}

/// A system's components and facts (ticks and weights, for all and per component); `None`
/// for one workload.
fn system_counts(session: &Session) -> Option<(usize, usize)> {
    if session.components.is_empty() {
        return None;
    }
    let facts = session.ticks.len()
        + session.weights.len()
        + session
            .components
            .iter()
            .map(|c| c.ticks.len() + c.weights.len())
            .sum::<usize>();
    Some((session.components.len(), facts))
}

/// Checks a teacher's pack against the kit (`--kit`, else the built-in one): every rule of
/// the kit, ids that clash, and scenarios whose expected answer the engine contradicts.
fn check_pack(
    kit_path: Option<&Path>,
    file: &Path,
    source: &str,
    index: &kit::locate::Index,
    lang: Lang,
) -> CheckReport {
    let w = &lang.words().cli;
    let mut report = CheckReport::default();
    let kit = match load_kit(kit_path) {
        Ok(k) => k,
        Err(e) => {
            report.errors = e.lines(lang);
            return report;
        }
    };
    report.warnings = key_warnings(index, file, reference_pack(&kit).as_deref(), lang);
    match train::pack::load_str(source, file, &kit) {
        Ok(pack) => {
            report.summary = Some(format!(
                "{}: {} — {}",
                file.display(),
                w.ok,
                (w.pack_ok)(
                    &pack.pack,
                    &kit.id,
                    pack.scenarios.len(),
                    pack.questions.len()
                )
            ));
        }
        Err(e) => report.errors = e.lines(lang),
    }
    report
}

/// A pack holding every field (taken from the kit's own scenarios and questions), to tell a
/// pack's unknown fields.
fn reference_pack(kit: &CheckedKit) -> Option<String> {
    let pack = train::pack::Pack {
        pack: String::new(),
        title: kit.title.clone(),
        kit: kit.id.clone(),
        scenarios: kit.scenarios.iter().take(1).cloned().collect(),
        questions: kit.questions.iter().take(1).cloned().collect(),
    };
    ron::to_string(&pack).ok()
}

/// The built-in kit as RON holding every field, to tell a kit's unknown fields.
fn reference_kit() -> Option<String> {
    CheckedKit::builtin()
        .ok()
        .and_then(|k| ron::to_string(&*k).ok())
}

/// A session as RON holding every field (the override and a component with every field of
/// its own included), to tell unknown fields.
fn reference_session() -> String {
    let component = crate::session::Component {
        name: "c".into(),
        description: "d".into(),
        ticks: ["t".to_owned()].into(),
        weights: [("w".to_owned(), 1)].into(),
        notes: [("w".to_owned(), "n".to_owned())].into(),
        musts: ["t".to_owned()].into(),
        override_: Some(crate::session::Override::default()),
    };
    let session = Session {
        override_: Some(crate::session::Override::default()),
        components: vec![component],
        ..Session::default()
    };
    ron::to_string(&session).unwrap_or_default()
}

/// Warnings for struct fields that `reference` (RON holding every known field) does not have,
/// and for fields or map keys given twice.
fn key_warnings(
    index: &kit::locate::Index,
    file: &Path,
    reference: Option<&str>,
    lang: Lang,
) -> Vec<String> {
    let w = &lang.words().cli;
    let mut found: Vec<(usize, String)> = Vec::new();
    if let Some(reference) = reference {
        let schema = kit::locate::Index::new(reference).schema();
        for k in index.unknown_fields(&schema) {
            let place = if k.parent.is_empty() {
                w.here.to_owned()
            } else {
                (w.in_parent)(&k.parent)
            };
            found.push((k.offset, (w.unknown_field)(&k.name, &place)));
        }
    }
    for k in index.duplicates() {
        let message = if k.field {
            (w.field_twice)(&k.name)
        } else {
            (w.key_twice)(&k.name)
        };
        found.push((k.offset, message));
    }
    found.sort_by_key(|(offset, _)| *offset);
    found
        .into_iter()
        .map(|(offset, message)| {
            let pos = index.pos(offset);
            format!("{}:{}:{}: {message}", file.display(), pos.line, pos.column)
        })
        .collect()
}

/// Checks the decision block of an ADR that arbitre wrote, with positions in the Markdown
/// file; a Markdown file without one is an error that says what can be checked.
fn check_adr(kit_path: Option<&Path>, file: &Path, markdown: &str, lang: Lang) -> CheckReport {
    let w = &lang.words().cli;
    let fail = |errors: Vec<String>| CheckReport {
        errors,
        ..CheckReport::default()
    };
    let at_marker = |marker: &str, message: &str| {
        let offset = markdown.rfind(marker).unwrap_or(0);
        let pos = kit::locate::Pos::of_offset(markdown, offset);
        format!("{}:{}:{}: {message}", file.display(), pos.line, pos.column)
    };
    let Some((offset, ron)) = reopen::block_span(markdown) else {
        return match crate::adr::extract_session(markdown) {
            crate::adr::Embedded::Foreign | crate::adr::Embedded::Decided(_) => {
                fail(vec![format!(
                    "{}: {}",
                    file.display(),
                    (w.no_decision_block)(reopen::MARKER_V2)
                )])
            }
            crate::adr::Embedded::Damaged(why) => {
                let marker = if markdown.contains(reopen::MARKER_V2) {
                    reopen::MARKER_V2
                } else {
                    "<!-- arbitre-session v1"
                };
                fail(vec![at_marker(marker, &why.message(lang))])
            }
            // An older record: the whole session, in base64; its positions are the decoded
            // text's, under the record's name.
            crate::adr::Embedded::Session(ron) => {
                let block = PathBuf::from(format!("{} {}", file.display(), w.session_block));
                let index = kit::locate::Index::new(&ron);
                if let Some(pos) = index.too_deep() {
                    return fail(vec![nested_too_deeply(&block, pos, lang)]);
                }
                let report = CheckReport {
                    warnings: key_warnings(&index, &block, Some(&reference_session()), lang),
                    ..CheckReport::default()
                };
                check_session(kit_path, &block, &ron, &index, report, lang)
            }
        };
    };
    // The block alone, at its place: what comes before it is blanked, lines kept, so that
    // every position read in it is its position in the Markdown file.
    let before: String = markdown
        .get(..offset)
        .unwrap_or("")
        .chars()
        .map(|c| if c == '\n' { '\n' } else { ' ' })
        .collect();
    let source = before + ron;
    let index = kit::locate::Index::new(&source);
    if let Some(pos) = index.too_deep() {
        return fail(vec![nested_too_deeply(file, pos, lang)]);
    }
    let mut report = CheckReport {
        warnings: key_warnings(&index, file, Some(&reopen::reference_block()), lang),
        ..CheckReport::default()
    };
    let session = match reopen::read_block(&source, file) {
        Ok(s) => s,
        Err(e) => {
            report.errors = e.lines(lang);
            return report;
        }
    };
    let kit = match load_kit(kit_path) {
        Ok(k) => k,
        Err(e) => {
            report.errors = e.lines(lang);
            return report;
        }
    };
    if session.kit.id != kit.id {
        let pos = index.value("kit").unwrap_or(kit::locate::Pos::START);
        report.warnings.push(format!(
            "{}:{}:{}: {}",
            file.display(),
            pos.line,
            pos.column,
            (w.other_kit)(&session.kit.id, &kit.id)
        ));
    }
    let loaded = session.fit(&kit);
    report.errors = fit_errors(file, &index, &kit, &loaded, lang);
    if report.errors.is_empty() {
        report.summary = Some(format!(
            "{}: {} — {}",
            file.display(),
            w.ok,
            match system_counts(&loaded.session) {
                Some((components, facts)) => (w.block_system_ok)(components, facts),
                None => (w.block_ok)(loaded.session.ticks.len(), loaded.session.weights.len()),
            }
        ));
    }
    report
}

/// The error for a text nested deeper than the loaders read, at the first bracket too many.
fn nested_too_deeply(file: &Path, pos: kit::locate::Pos, lang: Lang) -> String {
    LoadError::Syntax {
        file: file.to_owned(),
        line: pos.line,
        column: pos.column,
        message: kit::Syntax::NestedTooDeeply,
    }
    .message(lang)
}
