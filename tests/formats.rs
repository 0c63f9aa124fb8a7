//! The machine formats of `pdz check`: snapshots, and validation against their specifications.

mod common;

use common::pdz;

/// An example with an error, a secondary location and help: every field of every format used.
const PLAN: &str = "examples/error-fund-overallocated";

fn output(format: &str) -> String {
    let run = pdz(&[
        "check",
        "--format",
        format,
        PLAN,
        "examples/warning-staffing-ratio",
    ]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    run.stdout
}

#[test]
fn json_snapshot() {
    insta::assert_snapshot!("format-json", output("json"));
}

#[test]
fn github_snapshot() {
    let github = output("github");
    assert!(
        github
            .lines()
            .all(|l| l.starts_with("::error ") || l.starts_with("::warning "))
    );
    insta::assert_snapshot!("format-github", github);
}

#[test]
fn junit_snapshot_and_well_formed() {
    let junit = output("junit");
    let mut reader = quick_xml::Reader::from_str(&junit);
    let mut failures = 0;
    loop {
        match reader.read_event() {
            Ok(quick_xml::events::Event::Eof) => break,
            Ok(quick_xml::events::Event::Start(e)) if e.name().as_ref() == "failure" => {
                failures += 1
            }
            Ok(_) => {}
            Err(e) => panic!("not well-formed XML: {e}\n{junit}"),
        }
    }
    assert_eq!(failures, 2, "one failing check per plan");
    insta::assert_snapshot!("format-junit", junit);
}

#[test]
fn sarif_snapshot() {
    insta::assert_snapshot!("format-sarif", output("sarif"));
}

#[test]
fn sarif_is_valid_against_the_sarif_2_1_0_schema() {
    let sarif: serde_json::Value = serde_json::from_str(&output("sarif")).unwrap();
    let schema = sarif_schema();
    assert_eq!(
        schema["title"],
        "Static Analysis Results Format (SARIF) Version 2.1.0 JSON Schema"
    );
    let validator = jsonschema::validator_for(&schema).expect("the SARIF schema compiles");
    let errors: Vec<String> = validator
        .iter_errors(&sarif)
        .map(|e| format!("{e} at {}", e.instance_path()))
        .collect();
    assert!(errors.is_empty(), "{errors:#?}");
    // The validator does reject what SARIF forbids.
    let mut broken = sarif.clone();
    broken["runs"][0]["results"][0]["level"] = serde_json::json!("fatal");
    assert!(!validator.is_valid(&broken));
    // And it reads into typed SARIF structures.
    let typed: serde_sarif::sarif::Sarif = serde_json::from_value(sarif).unwrap();
    assert_eq!(typed.runs[0].results.as_ref().map(Vec::len), Some(3));
}

/// The official SARIF 2.1.0 schema, as shipped in the `serde-sarif` crate's package.
fn sarif_schema() -> serde_json::Value {
    // Only this platform's packages: the others may not be downloaded.
    let rustc = std::process::Command::new("rustc")
        .arg("-vV")
        .output()
        .unwrap();
    let host = String::from_utf8(rustc.stdout)
        .unwrap()
        .lines()
        .find_map(|l| l.strip_prefix("host: ").map(str::to_string))
        .expect("rustc names its host");
    let metadata = std::process::Command::new(env!("CARGO"))
        .args([
            "metadata",
            "--format-version",
            "1",
            "--offline",
            "--filter-platform",
            &host,
        ])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("cargo metadata runs");
    let metadata: serde_json::Value = serde_json::from_slice(&metadata.stdout).unwrap();
    let manifest = metadata["packages"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["name"] == "serde-sarif")
        .and_then(|p| p["manifest_path"].as_str())
        .expect("serde-sarif is a dev-dependency");
    let schema = std::path::Path::new(manifest)
        .with_file_name("src")
        .join("schema.json");
    let mut schema: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(schema).unwrap()).unwrap();
    // The published schema's pattern for `language` is not a valid regular expression (an
    // unbalanced `]`); its intent, a language tag like `it` or `it-IT`, is restored wherever
    // it occurs so that the schema compiles. pdz does not write `language`.
    let fixed = fix_language_pattern(&mut schema);
    assert!(fixed >= 1, "the schema changed: review this correction");
    schema
}

fn fix_language_pattern(value: &mut serde_json::Value) -> usize {
    const DEFECTIVE: &str = "^[a-zA-Z]{2}|^[a-zA-Z]{2}-[a-zA-Z]{2}]?$";
    match value {
        serde_json::Value::Object(map) => {
            let mut fixed = 0;
            if map.get("pattern").and_then(|p| p.as_str()) == Some(DEFECTIVE) {
                map.insert("pattern".into(), "^[a-zA-Z]{2}(-[a-zA-Z]{2})?$".into());
                fixed += 1;
            }
            fixed + map.values_mut().map(fix_language_pattern).sum::<usize>()
        }
        serde_json::Value::Array(items) => items.iter_mut().map(fix_language_pattern).sum(),
        _ => 0,
    }
}
