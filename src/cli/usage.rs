//! A command line clap refuses, said in the language the command line speaks. English keeps
//! clap's own message (with its usage line); French is worded by the catalog's `cli`
//! section from what clap found (the argument, the value, the values it accepts), so that a
//! French user never reads a refusal in English. `--help` and `--version` stay clap's.

use clap::error::{ContextKind, ContextValue, ErrorKind};

use crate::i18n::Lang;

/// The language asked on the raw command line (`--lang fr`, `--lang=en`), before clap has
/// parsed it; else the system's, as the window chooses it.
pub fn lang_of(args: &[std::ffi::OsString]) -> Lang {
    let mut it = args.iter().map(|a| a.to_string_lossy());
    while let Some(arg) = it.next() {
        let value = match arg.strip_prefix("--lang=") {
            Some(v) => Some(v.to_owned()),
            None if arg == "--lang" => it.next().map(std::borrow::Cow::into_owned),
            None => None,
        };
        if let Some(lang) = value.as_deref().and_then(Lang::from_code) {
            return lang;
        }
    }
    Lang::from_locale(|k| std::env::var(k).ok())
}

/// The lines that say why clap refused the command line, in `lang`; `None` when clap's own
/// output is the answer (help, version, or English).
pub fn lines(e: &clap::Error, lang: Lang) -> Option<Vec<String>> {
    if lang == Lang::En
        || matches!(
            e.kind(),
            ErrorKind::DisplayHelp
                | ErrorKind::DisplayVersion
                | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand
        )
    {
        return None;
    }
    let w = &lang.words().cli;
    let text = |kind| e.get(kind).map(value_text).unwrap_or_default();
    let why = match e.kind() {
        ErrorKind::UnknownArgument => (w.usage_unknown_argument)(&text(ContextKind::InvalidArg)),
        ErrorKind::InvalidValue if text(ContextKind::InvalidValue).is_empty() => {
            (w.usage_no_value)(&text(ContextKind::InvalidArg))
        }
        ErrorKind::InvalidValue | ErrorKind::ValueValidation => (w.usage_invalid_value)(
            &text(ContextKind::InvalidValue),
            &text(ContextKind::InvalidArg),
            &text(ContextKind::ValidValue),
        ),
        ErrorKind::MissingRequiredArgument => (w.usage_missing)(&text(ContextKind::InvalidArg)),
        ErrorKind::InvalidSubcommand => {
            (w.usage_unknown_command)(&text(ContextKind::InvalidSubcommand))
        }
        ErrorKind::ArgumentConflict => {
            (w.usage_conflict)(&text(ContextKind::InvalidArg), &text(ContextKind::PriorArg))
        }
        ErrorKind::NoEquals | ErrorKind::MissingSubcommand
            if e.get(ContextKind::InvalidArg).is_some() =>
        {
            (w.usage_no_value)(&text(ContextKind::InvalidArg))
        }
        // Anything else: clap's own first line, inside the catalog's words.
        _ => {
            let clap = e.render().to_string();
            let first = clap
                .lines()
                .next()
                .unwrap_or_default()
                .trim_start_matches("error: ")
                .to_owned();
            format!("{}{}", lang.colon(w.usage_other), format_args!(" {first}"))
        }
    };
    Some(vec![format!("arbitre: {why}"), w.usage_help.to_owned()])
}

/// One of clap's context values as text: strings as they are, lists joined by commas.
fn value_text(value: &ContextValue) -> String {
    match value {
        ContextValue::String(s) => s.clone(),
        ContextValue::Strings(list) => list.join(", "),
        ContextValue::StyledStr(s) => s.to_string(),
        ContextValue::StyledStrs(list) => list
            .iter()
            .map(ToString::to_string)
            .collect::<Vec<_>>()
            .join(", "),
        ContextValue::Number(n) => n.to_string(),
        ContextValue::Bool(b) => b.to_string(),
        _ => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::Parser as _;

    fn refused(args: &[&str]) -> clap::Error {
        match crate::cli::Args::try_parse_from(args) {
            Err(e) => e,
            Ok(_) => panic!("{args:?} was accepted"),
        }
    }

    #[test]
    fn a_refused_command_line_reads_french_in_french() {
        for (args, expected) in [
            (
                &["arbitre", "--bogus"][..],
                "argument inattendu «\u{a0}--bogus\u{a0}»",
            ),
            (
                &["arbitre", "recommend", "--weight"][..],
                "--weight <ID=N> attend une valeur",
            ),
            (
                &["arbitre", "--lang", "xx"][..],
                "valeur «\u{a0}xx\u{a0}» refusée pour --lang",
            ),
        ] {
            let e = refused(args);
            let lines = lines(&e, Lang::Fr).unwrap_or_default();
            assert!(
                lines.first().is_some_and(|l| l.contains(expected)) && lines.len() == 2,
                "{args:?}: {lines:?} ({})",
                e.render()
            );
            assert!(lines.iter().all(|l| !l.contains("error")), "{lines:?}");
        }
    }

    #[test]
    fn english_and_help_stay_clap_s() {
        assert!(lines(&refused(&["arbitre", "--bogus"]), Lang::En).is_none());
        assert!(lines(&refused(&["arbitre", "--help"]), Lang::Fr).is_none());
    }

    #[test]
    fn the_language_is_read_before_clap_parses() {
        let args = |a: &[&str]| a.iter().map(std::ffi::OsString::from).collect::<Vec<_>>();
        assert_eq!(
            lang_of(&args(&["arbitre", "--lang", "fr", "--bogus"])),
            Lang::Fr
        );
        assert_eq!(
            lang_of(&args(&["arbitre", "--bogus", "--lang=en"])),
            Lang::En
        );
    }
}
