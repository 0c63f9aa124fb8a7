//! `pdz schema`: the JSON Schema accepts every file of every valid plan and refuses
//! unknown fields and malformed amounts, checked with an independent validator
//! (the `jsonschema` crate) on files read by an independent YAML parser (serde-saphyr).

use std::path::{Path, PathBuf};

use crate::common::pdz;

fn validator() -> jsonschema::Validator {
    let run = pdz(&["schema"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let schema: serde_json::Value = serde_json::from_str(&run.stdout).expect("the schema is JSON");
    assert_eq!(
        schema["$schema"], "https://json-schema.org/draft/2020-12/schema",
        "draft 2020-12"
    );
    jsonschema::draft202012::new(&schema).expect("the schema compiles")
}

/// The problems the schema finds in a YAML text, as `path: message` lines.
fn problems(validator: &jsonschema::Validator, yaml: &str) -> Vec<String> {
    let value = crate::common::yaml_value(yaml).expect("the YAML parses");
    validator
        .iter_errors(&value)
        .map(|e| format!("{}: {e}", e.instance_path()))
        .collect()
}

fn yaml_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let mut entries: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    entries.sort();
    for path in entries {
        if path.is_dir() {
            yaml_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "yaml" || e == "yml") {
            out.push(path);
        }
    }
}

/// Plans that pass `pdz check` (exit 0): the demo plan and every example that is
/// not about an error.
fn valid_plans() -> Vec<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut plans = vec![root.join("plans/casarano-2022-2024")];
    for entry in std::fs::read_dir(root.join("examples")).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        if path.is_dir() && !name.starts_with("error-") && name != "ci" {
            plans.push(path);
        }
    }
    plans.sort();
    plans
}

#[test]
fn every_file_of_every_valid_plan_is_accepted() {
    let validator = validator();
    let mut checked = 0;
    for plan in valid_plans() {
        let run = pdz(&["check", plan.to_str().unwrap()]);
        assert_eq!(
            run.code,
            0,
            "{} is a valid plan:\n{}",
            plan.display(),
            run.stderr
        );
        let mut files = Vec::new();
        yaml_files(&plan, &mut files);
        for file in files {
            let text = std::fs::read_to_string(&file).unwrap();
            let problems = problems(&validator, &text);
            assert!(problems.is_empty(), "{}: {problems:#?}", file.display());
            checked += 1;
        }
    }
    assert!(checked > 20, "only {checked} files checked");
}

#[test]
fn the_files_of_pdz_init_are_accepted() {
    let validator = validator();
    let dir = tempfile::tempdir().unwrap();
    let run = crate::common::pdz_in(dir.path(), &["init", "nuovo", "--from", "2025"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let mut files = Vec::new();
    yaml_files(&dir.path().join("nuovo"), &mut files);
    assert_eq!(files.len(), 6);
    for file in files {
        let problems = problems(&validator, &std::fs::read_to_string(&file).unwrap());
        assert!(problems.is_empty(), "{}: {problems:#?}", file.display());
    }
}

#[test]
fn the_examples_of_format_errors_are_refused() {
    let validator = validator();
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(root.join("examples/error-schema/plan.yaml")).unwrap();
    let found = problems(&validator, &text).join("\n");
    assert!(found.contains("/areas/1"), "{found}");
    assert!(
        found.contains("nome"),
        "the unknown field is named: {found}"
    );
    let text =
        std::fs::read_to_string(root.join("examples/error-amount-invalid/plan.yaml")).unwrap();
    let found = problems(&validator, &text).join("\n");
    assert!(found.contains("/funds/0/amount"), "{found}");
}

const BASE: &str = "pdz: 1\nplan: { title: T, period: { from: 2025, to: 2027 } }\n";

#[test]
fn unknown_fields_are_refused_at_every_level() {
    let validator = validator();
    for (yaml, path) in [
        ("plna: {}\n", ""),
        (
            "plan: { title: T, period: { from: 2025, to: 2027 }, titel: X }\n",
            "/plan",
        ),
        ("areas: [{ id: a, name: A, nome: B }]\n", "/areas/0"),
        (
            "funds: [{ id: f, programme: fnps, amount: 1, amout: 2 }]\n",
            "/funds/0",
        ),
        (
            "interventions: [{ id: i, name: I, area: a, budget: {}, buget: {} }]\n",
            "/interventions/0",
        ),
        (
            "staff: [{ role: assistente-sociale, fte: 1, contratto: permanent }]\n",
            "/staff/0",
        ),
    ] {
        let found = problems(&validator, yaml);
        assert!(
            found.iter().any(|p| p.starts_with(&format!("{path}:"))),
            "{yaml}: {found:#?}"
        );
    }
    assert!(problems(&validator, BASE).is_empty());
    assert!(
        !problems(&validator, "pdz: 2\n").is_empty(),
        "only format 1"
    );
}

#[test]
fn malformed_amounts_are_refused_and_plain_ones_accepted() {
    let validator = validator();
    let fund = |amount: &str| format!("funds: [{{ id: f, programme: fnps, amount: {amount} }}]\n");
    for bad in [
        "\"120.000,00\"",
        "-100",
        "\"-100\"",
        "\"1e5\"",
        "\"12.345\"",
        "\"1_000\"",
        "\"€ 100\"",
        "\".inf\"",
        "\"abc\"",
        "true",
    ] {
        assert!(
            !problems(&validator, &fund(bad)).is_empty(),
            "{bad} is refused"
        );
    }
    for good in ["80000", "80000.5", "\"1250000.00\"", "35379.41", "0"] {
        let found = problems(&validator, &fund(good));
        assert!(found.is_empty(), "{good} is accepted: {found:#?}");
    }
}

#[test]
fn fields_are_described_in_italian_and_english() {
    let run = pdz(&["schema"]);
    let schema: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    let description = schema["properties"]["funds"]["description"]
        .as_str()
        .unwrap();
    assert!(
        description.contains("Assegnazioni di fondi"),
        "{description}"
    );
    assert!(description.contains("Fund allocations"), "{description}");
}

#[test]
fn the_schema_has_an_id_a_readable_title_and_no_custom_formats() {
    let run = pdz(&["schema"]);
    let schema: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    assert_eq!(schema["$id"], "urn:pdz:schema:plan-file:1");
    assert_eq!(
        schema["title"],
        "File di un Piano sociale di zona (pdz, formato 1) — Plan file of a Piano sociale di zona (pdz format 1)"
    );
    // `format` values such as `uint64` are not JSON Schema's: ajv refuses the schema.
    assert!(!run.stdout.contains("\"format\""), "no format keyword");
}

#[test]
fn a_negative_amount_is_said_to_be_below_zero() {
    let validator = validator();
    let found = problems(
        &validator,
        "funds:\n  - { id: f, programme: fnps, amount: -100 }\n",
    );
    assert_eq!(
        found,
        ["/funds/0/amount: -100 is less than the minimum of 0"]
    );
}
