//! The machine formats of `pdz check`: snapshots, and validation against their specifications.

use crate::common::pdz;

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
    assert_eq!(failures, 1, "one failing check; a warning fails nothing");
    insta::assert_snapshot!("format-junit", junit);
}

/// Counts of a JUnit document's first `<testsuite>`: tests, failures, errors, skipped.
fn suite_counts(junit: &str) -> [String; 4] {
    let suite = junit
        .lines()
        .find(|l| l.trim_start().starts_with("<testsuite "))
        .expect("a test suite");
    ["tests", "failures", "errors", "skipped"].map(|name| {
        let start = suite.find(&format!(" {name}=\"")).expect(name) + name.len() + 3;
        suite[start..].split('"').next().unwrap().to_string()
    })
}

#[test]
fn junit_warnings_fail_only_with_strict() {
    let plan = "examples/warning-staffing-ratio";
    let run = pdz(&["check", "--format", "junit", plan]);
    assert_eq!(run.code, 0);
    assert_eq!(suite_counts(&run.stdout), ["25", "0", "0", "0"]);
    assert!(!run.stdout.contains("<failure"));
    assert!(
        run.stdout
            .contains("<system-out>examples/warning-staffing-ratio/plan.yaml:"),
        "warnings are printed, not failed"
    );
    let strict = pdz(&["check", "--format", "junit", "--strict", plan]);
    assert_eq!(strict.code, 1);
    assert_eq!(suite_counts(&strict.stdout), ["25", "1", "0", "0"]);
    assert!(
        strict
            .stdout
            .contains("<failure type=\"error\" message=\"Rapporto assistenti sociali")
    );
}

#[test]
fn junit_rules_held_back_by_errors_are_skipped() {
    let run = pdz(&[
        "check",
        "--format",
        "junit",
        "examples/error-amount-invalid",
    ]);
    assert_eq!(run.code, 1);
    // The 15 rules did not run; the 10 format and structure checks did, one failing.
    assert_eq!(suite_counts(&run.stdout), ["25", "1", "0", "15"]);
    assert_eq!(run.stdout.matches("<skipped message=").count(), 15);
    assert!(run.stdout.contains(
        "<testcase name=\"fund-overallocated\" classname=\"pdz.examples/error-amount-invalid\">\n      <skipped message=\"non eseguito: i controlli su fondi, LEPS e personale si eseguono quando gli errori sono corretti\"/>"
    ));
}

/// The SARIF output with the absolute address of the repository root made constant.
fn sarif_output() -> String {
    let root = format!("file://{}/", env!("CARGO_MANIFEST_DIR"));
    output("sarif").replace(&root, "file:///REPOSITORY/")
}

#[test]
fn sarif_snapshot() {
    insta::assert_snapshot!("format-sarif", sarif_output());
}

#[test]
fn sarif_names_files_from_the_repository_root_wherever_pdz_runs() {
    let run = crate::common::pdz_in(
        &std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("examples"),
        &["check", "--format", "sarif", "error-fund-overallocated"],
    );
    let sarif: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    let run0 = &sarif["runs"][0];
    let artifact = &run0["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"];
    assert_eq!(
        artifact["uri"],
        "examples/error-fund-overallocated/plan.yaml"
    );
    assert_eq!(artifact["uriBaseId"], "%SRCROOT%");
    assert_eq!(
        run0["originalUriBaseIds"]["%SRCROOT%"]["uri"],
        format!("file://{}/", env!("CARGO_MANIFEST_DIR"))
    );
    // A plan read at a revision is named by its path in the repository.
    let at_head = pdz(&[
        "check",
        "--format",
        "sarif",
        "HEAD:plans/casarano-2022-2024",
    ]);
    let sarif: serde_json::Value = serde_json::from_str(&at_head.stdout).unwrap();
    assert_eq!(
        sarif["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"],
        "plans/casarano-2022-2024/staff.yaml"
    );
}

#[test]
fn sarif_fingerprints_survive_line_moves_and_rules_have_help_pages() {
    let example = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("examples/warning-staffing-ratio/plan.yaml");
    let plan = crate::common::TempPlan::empty()
        .file("plan.yaml", &std::fs::read_to_string(example).unwrap());
    let print = |dir: &std::path::Path| {
        let run = crate::common::pdz_in(dir, &["check", "--format", "sarif", "."]);
        let sarif: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
        let result = sarif["runs"][0]["results"][0].clone();
        (
            result["partialFingerprints"]["pdzFinding/v1"]
                .as_str()
                .unwrap()
                .to_string(),
            result["locations"][0]["physicalLocation"]["region"]["startLine"].clone(),
            sarif["runs"][0]["tool"]["driver"]["rules"][18].clone(),
        )
    };
    let (before, line_before, rule) = print(&plan.path());
    assert_eq!(rule["id"], "staffing-ratio");
    assert_eq!(
        rule["helpUri"],
        "https://github.com/pdz-ats/pdz/blob/main/src/findings/explanations/it/staffing-ratio.md"
    );
    assert_eq!(rule["name"], "StaffingRatio", "SARIF1001, SARIF2012");
    let staff = plan.path().join("plan.yaml");
    let text = std::fs::read_to_string(&staff).unwrap();
    std::fs::write(&staff, format!("# moved down\n\n{text}")).unwrap();
    let (after, line_after, _) = print(&plan.path());
    assert_ne!(line_before, line_after);
    assert_eq!(before, after);
    assert_eq!(before.len(), 18, "{before}");
}

#[test]
fn sarif_is_valid_against_the_sarif_2_1_0_schema() {
    let sarif: serde_json::Value = serde_json::from_str(&sarif_output()).unwrap();
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

#[test]
fn gitlab_code_quality_issues_name_repository_paths() {
    let run = crate::common::pdz_in(
        &std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("examples"),
        &["check", "--format", "gitlab", "warning-staffing-ratio"],
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    let issues: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    let issue = &issues[0];
    assert_eq!(issues.as_array().unwrap().len(), 1);
    assert_eq!(issue["check_name"], "staffing-ratio");
    assert_eq!(issue["severity"], "minor");
    assert_eq!(
        issue["location"],
        serde_json::json!({ "path": "examples/warning-staffing-ratio/plan.yaml", "lines": { "begin": 27, "end": 27 } })
    );
    assert_eq!(issue["fingerprint"].as_str().unwrap().len(), 18);
    assert!(
        issue["description"]
            .as_str()
            .unwrap()
            .starts_with("assistenti sociali: 2 a tempo indeterminato")
    );
    let errors: serde_json::Value = serde_json::from_str(&output("gitlab")).unwrap();
    assert_eq!(errors[0]["severity"], "major");
}

#[test]
fn markdown_summary_for_the_job_summary() {
    let md = output("md");
    assert!(md.starts_with(
        "## pdz check\n\n`examples/error-fund-overallocated`: 2 errori, nessun avviso\n\n\
         | Gravità | Codice | Posizione | Messaggio |\n|---|---|---|---|\n\
         | errore | `fund-overallocated` | `examples/error-fund-overallocated/plan.yaml:20:13` | FNPS 2024: programmati € 126.500,00 su € 120.000,00 disponibili (+ € 6.500,00) |\n"
    ), "{md}");
    assert!(md.contains("\n`examples/warning-staffing-ratio`: nessun errore, 1 avviso\n"));
    let clean = pdz(&[
        "check",
        "--format",
        "md",
        "--lang",
        "en",
        "examples/minimal",
    ]);
    assert_eq!(clean.code, 0);
    assert!(
        clean
            .stdout
            .starts_with("## pdz check\n\n`examples/minimal`: no errors"),
        "{}",
        clean.stdout
    );
}
