//! Every `console` block of the README that needs only the binary, run and
//! compared with what pdz prints (the blocks that need Chromium run in
//! `tests/browser/main.rs`).

use std::path::Path;

use crate::common::readme::{Needs, matches, run};

#[test]
fn every_console_block_of_the_readme_prints_what_it_shows() {
    let repo = Path::new(env!("CARGO_MANIFEST_DIR"));
    let (ran, failures) = run(repo, Path::new(env!("CARGO_BIN_EXE_pdz")), Needs::Nothing);
    assert!(ran >= 12, "only {ran} console blocks found");
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn an_ellipsis_matches_any_run_of_lines() {
    let lines = |s: &[&str]| s.iter().map(|l| l.to_string()).collect::<Vec<_>>();
    assert!(matches(
        &lines(&["a", "...", "d"]),
        &lines(&["a", "b", "c", "d"])
    ));
    assert!(matches(&lines(&["a", "...", "b"]), &lines(&["a", "b"])));
    assert!(!matches(&lines(&["a", "...", "d"]), &lines(&["a", "b"])));
    assert!(!matches(&lines(&["a"]), &lines(&["a", "b"])));
}
