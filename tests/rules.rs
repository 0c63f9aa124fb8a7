//! The budget, fund, LEPS and staff rules: one test per check, and per way of
//! changing a severity, asserting code, severity, location and the numbers.

mod common;

use common::{Checked, TempPlan, assert_at, pdz};

/// `pdz check --format json` on an example (paths relative to the repository).
fn example(name: &str, extra: &[&str]) -> Checked {
    let path = format!("examples/{name}");
    let mut args = vec!["check", "--format", "json"];
    args.extend_from_slice(extra);
    args.push(&path);
    Checked::from(pdz(&args))
}

fn file(name: &str) -> String {
    format!("examples/{name}/plan.yaml")
}

#[test]
fn fund_overallocated_in_total_and_per_year_with_the_largest_lines() {
    let checked = example("error-fund-overallocated", &[]);
    assert_eq!(checked.run.code, 1);
    let found = checked.with_code("fund-overallocated");
    assert_eq!(found.len(), 2, "{found:#?}");
    let f = file("error-fund-overallocated");
    assert_at(&found[0], "fund-overallocated", "error", &f, 20, 13);
    assert_eq!(
        found[0].message,
        "FNPS 2024: programmati € 126.500,00 su € 120.000,00 disponibili (+ € 6.500,00)"
    );
    assert_at(&found[1], "fund-overallocated", "error", &f, 22, 13);
    assert_eq!(
        found[1].message,
        "FNPS 2024, anno 2025: programmati € 45.500,00 su € 40.000,00 previsti per l'anno (+ € 5.500,00)"
    );
    let related: Vec<(u64, String)> = checked.json["findings"][0]["related"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            (
                r["line"].as_u64().unwrap(),
                r["message"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    assert_eq!(
        related,
        [
            (29, "€ 45.000,00 per `segretariato-sociale`".to_string()),
            (30, "€ 40.000,00 per `segretariato-sociale`".to_string()),
            (31, "€ 40.000,00 per `segretariato-sociale`".to_string()),
        ]
    );
}

#[test]
fn fund_overallocated_by_one_cent() {
    let checked = TempPlan::base()
        .file(
            "interventions.yaml",
            "interventions:\n  - id: a\n    name: A\n    area: accesso\n    targets: [minori]\n    budget:\n      2022: { fnps-2021: 45000.01 }\n      2023: { fnps-2021: 45000 }\n      2024: { fnps-2021: 0.00 }\n",
        )
        .check();
    let found = checked.one("fund-overallocated");
    assert_eq!(
        found.message,
        "fnps-2021: programmati € 90.000,01 su € 90.000,00 disponibili (+ € 0,01)"
    );
}

#[test]
fn fund_underallocated_says_how_much() {
    let checked = example("warning-fund-underallocated", &[]);
    assert_eq!(checked.run.code, 0);
    let found = checked.one("fund-underallocated");
    assert_at(
        &found,
        "fund-underallocated",
        "warning",
        &file("warning-fund-underallocated"),
        16,
        81,
    );
    assert_eq!(
        found.message,
        "FNPS 2024: € 5.000,50 non programmati su € 125.000,50 disponibili"
    );
}

#[test]
fn fund_deadline_points_at_the_budget_line() {
    let checked = example("error-fund-deadline", &[]);
    let found = checked.one("fund-deadline");
    assert_at(
        &found,
        "fund-deadline",
        "error",
        &file("error-fund-deadline"),
        25,
        33,
    );
    assert_eq!(
        found.message,
        "PON Inclusione PaIS: spesa nel 2025 oltre il termine di spesa del 31/12/2023"
    );
    assert!(
        found.help.contains("PON Inclusione 2014-2020"),
        "{}",
        found.help
    );
}

#[test]
fn fund_earmark_with_exact_share_and_missing_amount() {
    let checked = example("error-fund-earmark", &[]);
    let found = checked.one("fund-earmark");
    assert_at(
        &found,
        "fund-earmark",
        "error",
        &file("error-fund-earmark"),
        16,
        11,
    );
    assert_eq!(
        found.message,
        "FNPS 2024: € 30.000,00 (25,0 %) a interventi per `minori`, `famiglie`; la quota minima è 50,0 %"
    );
    assert!(
        found.help.starts_with("mancano € 30.000,00 a interventi"),
        "{}",
        found.help
    );
}

#[test]
fn fund_earmark_counts_only_listed_targets_and_can_be_changed_by_the_plan() {
    // `comunita` counts toward no earmark.
    let body = "interventions:\n  - id: a\n    name: A\n    area: accesso\n    targets: [comunita]\n    budget:\n      2022: { fnps-2021: 50000 }\n  - id: b\n    name: B\n    area: accesso\n    targets: [famiglie]\n    budget:\n      2022: { fnps-2021: 40000 }\n";
    let checked = TempPlan::base().file("interventions.yaml", body).check();
    assert_eq!(
        checked.one("fund-earmark").message.split(';').next(),
        Some("fnps-2021: € 40.000,00 (44,4 %) a interventi per `minori`, `famiglie`")
    );

    // The plan lowers the FNPS share to 40 % (e.g. an annualità before 2020).
    let changed = TempPlan::base()
        .file("interventions.yaml", body)
        .file(
            "programmes.yaml",
            "programmes:\n  - id: fnps\n    earmarks:\n      - { targets: [minori, famiglie], min_share: 40, source: Riparto FNPS 2019 }\n",
        )
        .check();
    assert!(
        changed.with_code("fund-earmark").is_empty(),
        "{:#?}",
        changed.findings()
    );
}

#[test]
fn pnrr_cap_at_the_allocation_amount() {
    let checked = example("error-pnrr-cap", &[]);
    let found = checked.one("pnrr-cap");
    assert_at(&found, "pnrr-cap", "error", &file("error-pnrr-cap"), 17, 99);
    assert_eq!(
        found.message,
        "PNRR M5C2 1.1.1: € 250.000,00 oltre l'importo massimo per progetto di € 211.500,00 (+ € 38.500,00)"
    );
}

#[test]
fn pnrr_missing_cup_at_the_intervention() {
    let checked = example("warning-pnrr-missing-cup", &[]);
    let found = checked.one("pnrr-missing-cup");
    assert_at(
        &found,
        "pnrr-missing-cup",
        "warning",
        &file("warning-pnrr-missing-cup"),
        27,
        9,
    );
    assert_eq!(
        found.message,
        "intervento `dimissioni-protette` finanziato con PNRR M5C2 1.1.3 senza codice CUP"
    );
}

#[test]
fn leps_not_covered_lists_the_years_once_per_level() {
    let checked = example("warning-leps-not-covered", &[]);
    let found = checked.one("leps-not-covered");
    assert_at(
        &found,
        "leps-not-covered",
        "warning",
        &file("warning-leps-not-covered"),
        30,
        12,
    );
    assert_eq!(
        found.message,
        "LEPS `pua` (Punto unico di accesso (PUA)) senza interventi finanziati nel 2026, 2027"
    );
}

#[test]
fn staffing_ratio_with_thresholds_and_contribution() {
    let checked = example("warning-staffing-ratio", &[]);
    let found = checked.one("staffing-ratio");
    assert_at(
        &found,
        "staffing-ratio",
        "warning",
        &file("warning-staffing-ratio"),
        27,
        13,
    );
    assert_eq!(
        found.message,
        "assistenti sociali a tempo indeterminato: 2 per 20.000 residenti (1 ogni 10.000 residenti); il LEP di 1 ogni 5.000 ne richiede 4, l'obiettivo di 1 ogni 4.000 5"
    );
    assert!(
        found.help.ends_with(
            ": € 0,00 con l'organico attuale, € 36.923,07 al LEP, € 56.923,07 all'obiettivo"
        ),
        "{}",
        found.help
    );
}

#[test]
fn staffing_ratio_without_staff_is_information() {
    let checked = TempPlan::base().check();
    let found = checked.one("staffing-ratio");
    assert_at(&found, "staffing-ratio", "info", "plan.yaml", 4, 11);
}

#[test]
fn intervention_unfunded_lists_the_years() {
    let checked = example("warning-intervention-unfunded", &[]);
    let found = checked.one("intervention-unfunded");
    assert_at(
        &found,
        "intervention-unfunded",
        "warning",
        &file("warning-intervention-unfunded"),
        26,
        9,
    );
    assert_eq!(
        found.message,
        "intervento `centro-famiglie` senza risorse nel 2026, 2027"
    );
}

#[test]
fn comune_not_served_names_the_comuni() {
    let checked = example("warning-comune-not-served", &[]);
    let found = checked.one("comune-not-served");
    assert_at(
        &found,
        "comune-not-served",
        "warning",
        &file("warning-comune-not-served"),
        15,
        11,
    );
    assert_eq!(
        found.message,
        "area `famiglie-minori`: nessun intervento finanziato raggiunge Beta"
    );
}

#[test]
fn the_demo_plan_has_no_errors_and_only_the_staffing_warning() {
    let checked = Checked::from(pdz(&[
        "check",
        "--format",
        "json",
        "plans/casarano-2022-2024",
    ]));
    assert_eq!(checked.run.code, 0);
    let codes: Vec<(String, String)> = checked
        .findings()
        .into_iter()
        .map(|f| (f.code, f.severity))
        .collect();
    assert_eq!(
        codes,
        [("staffing-ratio".to_string(), "warning".to_string())]
    );
    assert_eq!(checked.json["plans"][0]["rules_checked"], true);
}

#[test]
fn rules_wait_for_a_plan_without_errors() {
    let checked = example("error-unknown-reference", &[]);
    assert_eq!(checked.json["plans"][0]["rules_checked"], false);
    assert!(
        checked
            .findings()
            .iter()
            .all(|f| f.code == "unknown-reference")
    );
}

// ---- Changing severities ----------------------------------------------------------------

#[test]
fn strict_makes_warnings_errors() {
    let checked = example("warning-fund-underallocated", &["--strict"]);
    assert_eq!(checked.run.code, 1);
    assert_eq!(checked.one("fund-underallocated").severity, "error");
}

#[test]
fn allow_turns_a_check_off_and_deny_makes_it_an_error() {
    let allowed = example("error-fund-earmark", &["--allow", "fund-earmark"]);
    assert_eq!(allowed.run.code, 0);
    assert!(allowed.findings().is_empty());

    let denied = example(
        "warning-comune-not-served",
        &["--deny", "comune-not-served"],
    );
    assert_eq!(denied.run.code, 1);
    assert_eq!(denied.one("comune-not-served").severity, "error");
}

#[test]
fn allow_refuses_unknown_and_fixed_codes() {
    for code in ["fund-earmak", "schema"] {
        let run = pdz(&["check", "--allow", code, "examples/minimal"]);
        assert_eq!(run.code, 2, "{code}");
        assert!(run.stderr.contains("invalid value"), "{}", run.stderr);
    }
}

#[test]
fn plan_checks_section_sets_levels_and_the_command_line_wins() {
    let plan = TempPlan::base().file(
        "checks.yaml",
        "checks:\n  staffing-ratio: off\n  fund-underallocated: error\n",
    );
    let checked = plan.check();
    assert!(checked.with_code("staffing-ratio").is_empty());
    assert_eq!(checked.one("fund-underallocated").severity, "error");
    assert_eq!(checked.run.code, 1);

    let allowed = Checked::from(common::pdz_in(
        &plan.path(),
        &[
            "check",
            "--format",
            "json",
            "--allow",
            "fund-underallocated",
            ".",
        ],
    ));
    assert!(allowed.with_code("fund-underallocated").is_empty());
    assert_eq!(allowed.run.code, 0);
}

#[test]
fn explain_lists_and_explains_every_code() {
    let list = pdz(&["explain"]);
    assert_eq!(list.code, 0);
    assert_eq!(
        list.stdout.lines().filter(|l| !l.is_empty()).count(),
        23 + 1
    );
    assert!(
        list.stdout
            .contains("fund-earmark                  errore    Quota vincolata non rispettata"),
        "{}",
        list.stdout
    );

    let one = pdz(&["explain", "--lang", "en", "staffing-ratio"]);
    assert!(
        one.stdout
            .starts_with("staffing-ratio — Social workers per resident\nDefault severity: warning")
    );
    assert!(one.stdout.contains("L. 178/2020, art. 1, c. 797-802"));

    assert_eq!(pdz(&["explain", "no-such-check"]).code, 2);
}
