//! The `arbitre` binary: parses the command line and runs the GUI or a headless command.

fn main() -> std::process::ExitCode {
    arbitre::cli::main()
}
