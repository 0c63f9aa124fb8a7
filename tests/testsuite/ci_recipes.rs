//! The CI recipes in `examples/ci/` and the pre-commit hook run commands that work:
//! every `pdz` command in them is run on the demo plan and must succeed.

use std::path::Path;

use crate::common::pdz;

const PLAN: &str = "plans/casarano-2022-2024";

fn read_yaml(path: &str) -> serde_json::Value {
    let text = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join(path)).unwrap();
    crate::common::yaml_value(&text).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// Every string in a YAML document (scripts are strings, or lists of them).
fn strings(value: &serde_json::Value, out: &mut Vec<String>) {
    match value {
        serde_json::Value::String(s) => out.push(s.clone()),
        serde_json::Value::Array(items) => items.iter().for_each(|v| strings(v, out)),
        serde_json::Value::Object(map) => map.values().for_each(|v| strings(v, out)),
        _ => {}
    }
}

/// The `pdz` commands of shell scripts, with the plan and revisions made concrete:
/// a revision of the plan becomes the plan directory itself.
fn pdz_commands(scripts: &[String]) -> Vec<Vec<String>> {
    let mut commands = Vec::new();
    for line in scripts.iter().flat_map(|s| s.lines()) {
        for part in line.split("||").map(str::trim) {
            let Some(rest) = part.strip_prefix("pdz ") else {
                continue;
            };
            let command = rest.split(" >").next().unwrap_or(rest);
            let args: Vec<String> = command
                .split_whitespace()
                .map(|word| {
                    let word = word.trim_matches('"');
                    match word.rsplit_once(":$PLAN") {
                        Some(_) => PLAN.to_owned(),
                        None => word.replace("$PLAN", PLAN),
                    }
                })
                .collect();
            commands.push(args);
        }
    }
    commands
}

fn run_all(recipe: &str, commands: &[Vec<String>], expected: &[&str]) {
    for subcommand in expected {
        assert!(
            commands
                .iter()
                .any(|c| c.first().map(String::as_str) == Some(subcommand)),
            "{recipe} runs pdz {subcommand}: {commands:?}"
        );
    }
    for args in commands {
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        let run = pdz(&args);
        assert_eq!(
            run.code,
            0,
            "{recipe}: pdz {}\n{}",
            args.join(" "),
            run.stderr
        );
        assert!(
            !run.stdout.is_empty(),
            "{recipe}: pdz {} printed nothing",
            args.join(" ")
        );
    }
}

#[test]
fn the_github_workflow_runs_working_commands() {
    let workflow = read_yaml("examples/ci/github/pdz.yml");
    assert_eq!(workflow["env"]["PLAN"], PLAN);
    let mut scripts = Vec::new();
    strings(&workflow["jobs"], &mut scripts);
    let commands = pdz_commands(&scripts);
    run_all("GitHub workflow", &commands, &["check", "diff"]);
    let joined = scripts.join("\n");
    assert!(joined.contains("--format github") && joined.contains("--format sarif"));
    assert!(
        joined.contains("github/codeql-action/upload-sarif"),
        "SARIF upload"
    );
}

#[test]
fn the_gitlab_jobs_run_working_commands() {
    let pipeline = read_yaml("examples/ci/gitlab/.gitlab-ci.yml");
    assert_eq!(pipeline["variables"]["PLAN"], PLAN);
    assert_eq!(
        pipeline["pdz-check"]["artifacts"]["reports"]["junit"],
        "pdz-junit.xml"
    );
    let mut scripts = Vec::new();
    strings(&pipeline["pdz-check"]["script"], &mut scripts);
    strings(&pipeline["pdz-diff"]["script"], &mut scripts);
    let commands = pdz_commands(&scripts);
    run_all("GitLab CI", &commands, &["check", "diff"]);
    assert!(scripts.join("\n").contains("--format junit"));
}

#[test]
fn the_pre_commit_hook_checks_the_whole_plan() {
    let hooks = read_yaml(".pre-commit-hooks.yaml");
    let hook = &hooks[0];
    assert_eq!(hook["id"], "pdz-check");
    assert_eq!(hook["pass_filenames"], false);
    assert_eq!(hook["language"], "rust");
    let entry = hook["entry"].as_str().unwrap();
    let mut args: Vec<&str> = entry
        .strip_prefix("pdz ")
        .unwrap()
        .split_whitespace()
        .collect();
    args.push(PLAN); // the `args:` a plan repository gives the hook
    assert_eq!(pdz(&args).code, 0);
    // It triggers on YAML files.
    let files = hook["files"].as_str().unwrap();
    assert!(files.contains("ya?ml"), "{files}");
}

/// The commit of pdz the recipes build: it must exist in this repository (there is no
/// release tag to name).
fn pinned_revision(rev: &serde_json::Value) -> String {
    let rev = rev.as_str().expect("PDZ_REV is a string").to_string();
    assert_eq!(rev.len(), 40, "a full commit id: {rev}");
    let run = std::process::Command::new("git")
        .args(["cat-file", "-t", &rev])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("git runs");
    assert_eq!(
        String::from_utf8_lossy(&run.stdout).trim(),
        "commit",
        "{rev} exists"
    );
    rev
}

#[test]
fn the_recipes_cache_the_build_set_timeouts_and_name_a_real_commit() {
    let workflow = read_yaml("examples/ci/github/pdz.yml");
    let rev = pinned_revision(&workflow["env"]["PDZ_REV"]);
    let job = &workflow["jobs"]["check"];
    assert_eq!(job["timeout-minutes"], 30);
    let steps = job["steps"].as_array().unwrap();
    let cache = steps
        .iter()
        .find(|s| s["uses"] == "actions/cache@v4")
        .expect("the build is cached");
    assert_eq!(cache["with"]["path"], "~/.cargo/bin/pdz");
    assert_eq!(
        cache["with"]["key"],
        "pdz-${{ runner.os }}-${{ env.PDZ_REV }}"
    );
    let install = steps.iter().find(|s| s["name"] == "Install pdz").unwrap();
    assert_eq!(install["if"], "steps.pdz-cache.outputs.cache-hit != 'true'");
    assert!(
        install["run"]
            .as_str()
            .unwrap()
            .contains("--rev \"$PDZ_REV\"")
    );
    let summary = steps
        .iter()
        .find(|s| s["name"] == "Check the plan")
        .unwrap();
    assert!(
        summary["run"]
            .as_str()
            .unwrap()
            .contains("--format md \"$PLAN\" >> \"$GITHUB_STEP_SUMMARY\"")
    );

    let pipeline = read_yaml("examples/ci/gitlab/.gitlab-ci.yml");
    assert_eq!(pinned_revision(&pipeline["variables"]["PDZ_REV"]), rev);
    let template = &pipeline[".pdz"];
    assert_eq!(template["timeout"], "30 minutes");
    assert_eq!(template["cache"]["key"], "pdz-$PDZ_REV");
    assert_eq!(
        template["cache"]["paths"],
        serde_json::json!([".cargo/bin/"])
    );
    assert_eq!(
        pipeline["variables"]["CARGO_HOME"],
        "$CI_PROJECT_DIR/.cargo"
    );
    assert_eq!(
        pipeline["pdz-check"]["artifacts"]["reports"]["codequality"],
        "pdz-codequality.json"
    );

    // No version that does not exist is named anywhere.
    for file in [
        "README.md",
        ".pre-commit-hooks.yaml",
        "examples/ci/README.md",
        "examples/ci/github/pdz.yml",
        "examples/ci/gitlab/.gitlab-ci.yml",
    ] {
        let text =
            std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join(file)).unwrap();
        assert!(
            !text.contains("v0.1.0"),
            "{file} names the tag v0.1.0, which does not exist"
        );
        for line in text
            .lines()
            .filter(|l| l.trim_start().trim_start_matches("# ").starts_with("rev: "))
        {
            assert!(line.contains(&rev), "{file}: {line}");
        }
    }
}
