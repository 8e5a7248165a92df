//! arbitre: decide how to host a workload — containers, virtual machines or a hybrid — and
//! record the decision as an Architecture Decision Record.
//!
//! This crate is the `arbitre` binary's command line ([`cli`]); the layers are crates of their
//! own, each knowing only those below it (see ARCHITECTURE.md): `arbitre-core` (kit, session,
//! engine, files, words) → `arbitre-adr` (records and logs) → `arbitre-train` (training) →
//! `arbitre-app` (the egui window) → this crate. They are re-exported here under their old
//! module names for the integration tests, the benchmarks and the examples.

pub mod cli;

pub use arbitre_adr as adr;
pub use arbitre_app as ui;
pub use arbitre_app::hooks;
pub use arbitre_core::{autosave, decide, document, files, i18n, kit, session, system};
pub use arbitre_train as train;

/// The version with the commit it was built from, e.g. `0.1.0 (abc1234)`: stamped by
/// `build.rs` into this crate only, so that a commit rebuilds the binary, not the layers.
pub const VERSION: &str = env!("BUILD_VERSION");
