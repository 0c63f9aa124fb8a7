//! Snapshots of the human output of `pdz check` on every example, in Italian and English.

use crate::common::pdz;

fn example_dirs() -> Vec<String> {
    let mut dirs: Vec<String> = std::fs::read_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/examples"))
        .unwrap()
        .flatten()
        .filter(|e| e.path().is_dir())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        // `examples/ci` holds CI recipes, not a plan.
        .filter(|name| name != "ci")
        .collect();
    dirs.sort();
    dirs
}

#[test]
fn human_output_of_every_example() {
    for name in example_dirs() {
        let path = format!("examples/{name}");
        let run = pdz(&["check", &path]);
        let expected_code = if name.starts_with("error-") { 1 } else { 0 };
        assert_eq!(run.code, expected_code, "{path}: {}", run.stdout);
        insta::assert_snapshot!(format!("check-{name}"), run.stdout);
    }
}

#[test]
fn human_output_in_english() {
    for name in ["error-schema", "error-duplicate-id", "error-amount-invalid"] {
        let run = pdz(&["check", "--lang", "en", &format!("examples/{name}")]);
        insta::assert_snapshot!(format!("check-{name}-en"), run.stdout);
    }
}
