//! `pdz init`: a new plan that passes `pdz check` at once, and refusals.

use std::path::Path;

use crate::common::pdz_in;

fn temp() -> tempfile::TempDir {
    tempfile::tempdir().unwrap()
}

#[test]
fn a_new_plan_passes_check_at_once_and_reports() {
    let dir = temp();
    let run = pdz_in(
        dir.path(),
        &[
            "init",
            "terni",
            "--ambito",
            "Zona Sociale n. 10 di Terni",
            "--from",
            "2025",
            "--to",
            "2027",
        ],
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(run.stdout.contains("pdz check terni"), "{}", run.stdout);
    for file in [
        "plan.yaml",
        "areas.yaml",
        "funds.yaml",
        "staff.yaml",
        "needs.yaml",
        "interventions/welfare-accesso.yaml",
        "pdz.schema.json",
    ] {
        assert!(dir.path().join("terni").join(file).is_file(), "{file}");
    }
    let plan = std::fs::read_to_string(dir.path().join("terni/plan.yaml")).unwrap();
    assert!(
        plan.starts_with("# yaml-language-server: $schema=pdz.schema.json\n"),
        "{plan}"
    );
    assert!(
        plan.contains("name: \"Zona Sociale n. 10 di Terni\""),
        "{plan}"
    );
    assert!(
        plan.contains("from: 2025") && plan.contains("to: 2027"),
        "{plan}"
    );
    let intervention =
        std::fs::read_to_string(dir.path().join("terni/interventions/welfare-accesso.yaml"))
            .unwrap();
    assert!(intervention.starts_with("# yaml-language-server: $schema=../pdz.schema.json\n"));

    let check = pdz_in(dir.path(), &["check", "terni"]);
    assert_eq!(check.code, 0, "{}", check.stderr);
    assert!(
        check.stdout.contains("terni: nessun errore"),
        "{}",
        check.stdout
    );

    let json = pdz_in(
        dir.path(),
        &["report", "summary", "terni", "--format", "json"],
    );
    assert_eq!(json.code, 0, "{}", json.stderr);
    assert!(
        json.stdout.contains("90000.00"),
        "30,000 a year for three years: {}",
        json.stdout
    );
}

#[test]
fn every_built_in_programme_is_a_commented_example() {
    let dir = temp();
    assert_eq!(pdz_in(dir.path(), &["init", "p", "--from", "2025"]).code, 0);
    let funds = std::fs::read_to_string(dir.path().join("p/funds.yaml")).unwrap();
    for programme in [
        "qsfp",
        "fna",
        "pnrr-m5c2-1.1.1",
        "pon-inclusione",
        "cofinanziamento-comunale",
    ] {
        assert!(
            funds.contains(&format!("programme: {programme},")),
            "{programme} in:\n{funds}"
        );
    }
    assert!(funds.contains("split: population"), "{funds}");
    // Uncommenting the examples gives a plan that still loads (amounts 0.00).
    let uncommented: String = funds
        .lines()
        .map(|l| {
            l.strip_prefix("#  ")
                .map_or(l.to_owned(), |rest| format!("  {rest}"))
        })
        .collect::<Vec<_>>()
        .join("\n");
    std::fs::write(dir.path().join("p/funds.yaml"), uncommented).unwrap();
    let check = pdz_in(dir.path(), &["check", "p"]);
    assert_eq!(check.code, 0, "{}", check.stderr);
}

#[test]
fn defaults_come_from_the_directory_and_a_three_year_period() {
    let dir = temp();
    assert_eq!(
        pdz_in(dir.path(), &["init", "alto-salento", "--from", "2028"]).code,
        0
    );
    let plan = std::fs::read_to_string(dir.path().join("alto-salento/plan.yaml")).unwrap();
    assert!(
        plan.contains("name: \"Ambito Territoriale Sociale Alto Salento\""),
        "{plan}"
    );
    assert!(plan.contains("id: ats-alto-salento"), "{plan}");
    assert!(
        plan.contains("from: 2028") && plan.contains("to: 2030"),
        "{plan}"
    );
}

#[test]
fn a_directory_with_files_is_refused_and_left_alone() {
    let dir = temp();
    std::fs::write(dir.path().join("notes.txt"), "keep me").unwrap();
    let run = pdz_in(dir.path(), &["init", "."]);
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("non è vuota"), "{}", run.stderr);
    let names: Vec<_> = std::fs::read_dir(dir.path()).unwrap().collect();
    assert_eq!(names.len(), 1, "nothing written");

    // An empty directory is fine.
    std::fs::create_dir(dir.path().join("empty")).unwrap();
    assert_eq!(pdz_in(dir.path(), &["init", "empty"]).code, 0);
    assert!(Path::new(&dir.path().join("empty/plan.yaml")).is_file());
}

#[test]
fn a_backwards_period_is_refused() {
    let dir = temp();
    let run = pdz_in(
        dir.path(),
        &[
            "init", "p", "--from", "2027", "--to", "2025", "--lang", "en",
        ],
    );
    assert_eq!(run.code, 2);
    assert!(
        run.stderr.contains("period 2027-2025 is not valid"),
        "{}",
        run.stderr
    );
    assert!(!dir.path().join("p").exists());
}
