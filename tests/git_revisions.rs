//! Plans read at a git revision whose file names are hostile: newlines, names that are
//! not UTF-8. Each file must be read as the object its tree entry names, never another.

mod common;

use std::os::unix::ffi::OsStrExt;
use std::path::Path;

use common::{BASE, Checked, git, pdz_in};

/// A repository with `plans/x/plan.yaml` ([`BASE`]) and the extra files given (path
/// from the root as bytes, contents), all in one commit on `main`.
fn repository(files: &[(&[u8], &str)]) -> tempfile::TempDir {
    let repo = tempfile::tempdir().unwrap();
    let plan = repo.path().join("plans/x");
    std::fs::create_dir_all(&plan).unwrap();
    std::fs::write(plan.join("plan.yaml"), BASE).unwrap();
    for (name, text) in files {
        let path = repo.path().join(std::ffi::OsStr::from_bytes(name));
        std::fs::write(path, text).unwrap();
    }
    git(repo.path(), &["init", "-q", "-b", "main"]);
    git(repo.path(), &["add", "."]);
    git(repo.path(), &["commit", "-q", "-m", "Piano"]);
    repo
}

/// `pdz check --format json SPEC` in `dir`.
fn check_at(dir: &Path, spec: &str) -> Checked {
    Checked::from(pdz_in(dir, &["check", "--format", "json", spec]))
}

/// The messages of the findings, with the file each names.
fn messages(checked: &Checked) -> Vec<(String, String)> {
    checked
        .findings()
        .into_iter()
        .map(|f| (f.file, f.message))
        .collect()
}

#[test]
fn a_newline_in_a_file_name_is_read_as_that_file() {
    // Paired by position, the name's second line was asked of git as an object of its
    // own (`HEAD:x.yaml`, outside the plan): one answer too many, and a panic.
    let repo = repository(&[
        (b"x.yaml", "intruso: 1\n"),
        (b"plans/x/plan.yaml\nHEAD:x.yaml", "sconosciuta: 1\n"),
    ]);
    let checked = check_at(repo.path(), "HEAD:plans/x");
    assert_eq!(checked.run.code, 1, "{}", checked.run.stderr);
    assert_eq!(
        messages(&checked),
        vec![(
            "HEAD:plans/x/plan.yaml\nHEAD:x.yaml".to_string(),
            "campo sconosciuto `sconosciuta`".to_string()
        )]
    );

    // The CI recipe compares two revisions: it reads the same files, without a panic.
    let run = pdz_in(repo.path(), &["diff", "main:plans/x", "HEAD:plans/x"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(run.stderr.contains("`sconosciuta`"), "{}", run.stderr);
    assert!(!run.stderr.contains("intruso"), "{}", run.stderr);
}

#[test]
fn a_file_name_ending_in_a_newline_is_read_as_that_file() {
    let repo = repository(&[
        (b"plans/x/b.yaml\n", "ignorata: 1\n"),
        (b"plans/x/\n.yaml", "sconosciuta: 1\n"),
    ]);
    let checked = check_at(repo.path(), "HEAD:plans/x");
    assert_eq!(checked.run.code, 1, "{}", checked.run.stderr);
    // `b.yaml\n` does not end in `.yaml`: it is not a plan file.
    assert_eq!(
        messages(&checked),
        vec![(
            "HEAD:plans/x/\n.yaml".to_string(),
            "campo sconosciuto `sconosciuta`".to_string()
        )]
    );
}

#[test]
fn names_that_are_not_utf8_are_each_read_as_their_own_file() {
    // Both names show as `�.yaml`; asked of git by that name, both read the second.
    let repo = repository(&[
        (b"plans/x/\xff.yaml", "uno: 1\n"),
        ("plans/x/\u{FFFD}.yaml".as_bytes(), "due: 1\n"),
    ]);
    let checked = check_at(repo.path(), "HEAD:plans/x");
    assert_eq!(checked.run.code, 1, "{}", checked.run.stderr);
    let mut found: Vec<String> = messages(&checked).into_iter().map(|(_, m)| m).collect();
    found.sort();
    assert_eq!(
        found,
        vec!["campo sconosciuto `due`", "campo sconosciuto `uno`"]
    );
}
