//! pdz's integration tests: one test binary (one link of the crate) with a module per feature.
//! Every test runs the real `pdz` binary on plan files; `common` holds the shared helpers.
//! Run one feature with its module path, e.g. `cargo test --test testsuite reports::`.

mod common;

mod aggregate;
mod check_codes;
mod ci_clients;
mod ci_recipes;
mod classifications;
mod cli;
mod completions;
mod council;
mod diff;
mod formats;
mod fuzz_regressions;
mod git_revisions;
mod hostile_inputs;
mod import;
mod init;
mod injection;
mod limits;
mod monitoring;
mod output_targets;
mod packaging;
mod properties;
mod readme;
mod reports;
mod rules;
mod schema;
mod seed_examples;
mod serve;
mod snapshots;
mod spreadsheets;
mod spreadsheets_libreoffice;
