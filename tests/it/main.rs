//! All integration tests in one binary, so that egui and the app link once: the CLI run as
//! the real binary, ADR rendering against goldens, the real peers (adr-tools, log4brains,
//! markdownlint-cli2, the desktop validators: found in `peers`), the kit's content, the UI
//! driven with `egui_kittest`, and (with `--features snapshots`) pictures. The fuzzer is a
//! test binary of its own (`tests/fuzz/`).

// Test code: a few numbers are truncated on purpose, timings are printed as floats, and a
// few test-local items follow the statements that explain them.
#![allow(
    clippy::cast_possible_truncation,
    clippy::cast_precision_loss,
    clippy::float_cmp,
    clippy::items_after_statements,
    clippy::similar_names,
    clippy::case_sensitive_file_extension_comparisons
)]

mod binary;
mod common;
mod peers;

mod adr_check_rules;
mod adr_conventions;
mod adr_golden;
mod adr_lang;
mod adr_layouts;
mod adr_log;
mod adr_new;
mod adr_props;
mod adr_read;
mod adr_tools;
mod adr_writes;
mod cli;
mod cli_check;
mod cli_exam;
mod cli_export;
mod cli_lang;
mod cli_system;
mod code_rules;
mod kit_content;
mod kit_training;
mod layers;
mod log4brains;
mod markdownlint;
mod packaging;
mod snapshots;
mod snapshots_components;
mod snapshots_new_record;
mod snapshots_system;
mod snapshots_train;
mod snapshots_wall;
mod ui_adr;
mod ui_close;
mod ui_components;
mod ui_course;
mod ui_decision;
mod ui_exam_code;
mod ui_files;
mod ui_log;
mod ui_log_long;
mod ui_log_relations;
mod ui_new_record;
mod ui_notices;
mod ui_recovery;
mod ui_shell;
mod ui_split;
mod ui_system_view;
mod ui_train;
mod ui_train_system;
mod ui_words;
mod ui_words_adr;
mod ui_words_recommend;
mod ui_words_train;
mod wall;
