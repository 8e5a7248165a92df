//! The language the command line speaks, run as the real binary: the system's (`LC_ALL`, then
//! `LANG`) unless `--lang` says otherwise, on stdout and on stderr alike.

use crate::binary::{BIN, bin, run_in, stderr, stdout};

#[test]
fn the_command_line_speaks_the_system_s_language_unless_told() {
    let args = ["recommend", "--yes", "vm.compliance"];
    let en = stdout(&run_in("en_US.UTF-8", &args));
    assert!(en.starts_with("Recommendation: VMs"), "{en}");
    assert!(en.contains("Reasons:"), "{en}");
    let fr = stdout(&run_in("fr_FR.UTF-8", &args));
    assert!(fr.starts_with("Recommandation\u{a0}: VMs"), "{fr}");
    assert!(fr.contains("Raisons\u{a0}:"), "{fr}");
    // LC_ALL wins over LANG, as for the window.
    let o = bin()
        .env("LANG", "en_US.UTF-8")
        .env("LC_ALL", "fr_FR.UTF-8")
        .args(args)
        .output()
        .unwrap_or_else(|e| panic!("cannot run {BIN}: {e}"));
    assert!(stdout(&o).starts_with("Recommandation"), "{}", stdout(&o));
    // --lang wins over the system's, before or after the command.
    for args in [
        ["--lang", "en", "recommend", "--yes", "vm.compliance"],
        ["recommend", "--yes", "vm.compliance", "--lang", "en"],
    ] {
        let o = run_in("fr_FR.UTF-8", &args);
        assert!(
            stdout(&o).starts_with("Recommendation: VMs"),
            "{}",
            stdout(&o)
        );
    }
    let o = run_in(
        "en_US.UTF-8",
        &["recommend", "--lang", "fr", "--yes", "vm.compliance"],
    );
    assert!(stdout(&o).starts_with("Recommandation"), "{}", stdout(&o));
}

#[test]
fn errors_on_stderr_are_in_the_chosen_language() {
    let args = ["recommend", "--yes", "vm.bogus"];
    let o = run_in("fr_FR.UTF-8", &args);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("identifiant inconnu `vm.bogus`\u{a0}: pas un élément du kit"),
        "{}",
        stderr(&o)
    );
    let o = run_in("en_US.UTF-8", &args);
    assert!(
        stderr(&o).contains("unknown id `vm.bogus`: not an item of the kit"),
        "{}",
        stderr(&o)
    );
    let o = run_in(
        "fr_FR.UTF-8",
        &["--lang", "en", "recommend", "--weight", "x"],
    );
    assert_eq!(o.status.code(), Some(2));
    assert_eq!(stderr(&o).trim(), "--weight `x`: expected ID=N");
    // `check`'s summary and warnings, in French.
    let o = run_in("fr_FR.UTF-8", &["check", "data/examples/quote-app.ron"]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(
        stdout(&o).contains("quote-app.ron: ok — session\u{a0}: "),
        "{}",
        stdout(&o)
    );
}

/// A command line clap refuses is said in the system's language too (it was always clap's
/// English), with exit code 2; English keeps clap's own message and its usage line.
#[test]
fn a_refused_command_line_is_said_in_the_system_s_language() {
    let fr = run_in("fr_FR.UTF-8", &["recommend", "--bogus"]);
    assert_eq!(fr.status.code(), Some(2));
    let said = stderr(&fr);
    assert!(
        said.contains("argument inattendu «\u{a0}--bogus\u{a0}»")
            && said.contains("essayez «\u{a0}--help\u{a0}»")
            && !said.contains("error"),
        "{said}"
    );
    let en = run_in("en_US.UTF-8", &["recommend", "--bogus"]);
    assert_eq!(en.status.code(), Some(2));
    assert!(
        stderr(&en).contains("unexpected argument '--bogus'"),
        "{}",
        stderr(&en)
    );
    // `--lang` on the refused line itself wins.
    let asked = run_in("en_US.UTF-8", &["--lang", "fr", "recommend", "--bogus"]);
    assert!(
        stderr(&asked).contains("argument inattendu"),
        "{}",
        stderr(&asked)
    );
}
