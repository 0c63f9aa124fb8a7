//! Monitoring (`actuals`): the four checks with their places and figures, and the
//! execution report: programmed, committed, paid and residui, exact to the cent.

use crate::common::{Checked, TempPlan, assert_at, pdz};

fn example(name: &str) -> Checked {
    Checked::from(pdz(&[
        "check",
        "--format",
        "json",
        &format!("examples/{name}"),
    ]))
}

fn file(name: &str) -> String {
    format!("examples/{name}/plan.yaml")
}

/// The base plan with one intervention (90,000 of FNPS over three years) and `actuals`.
fn plan_with_actuals(actuals: &str) -> TempPlan {
    TempPlan::base().file(
        "interventions.yaml",
        &format!(
            "interventions:\n  - id: sad\n    name: SAD\n    area: accesso\n    targets: [famiglie]\n    budget:\n      2022: {{ fnps-2021: 30000 }}\n      2023: {{ fnps-2021: 30000 }}\n      2024: {{ fnps-2021: 30000 }}\nactuals:\n{actuals}"
        ),
    )
}

#[test]
fn actual_unknown_line_names_the_allocations_of_that_year() {
    let checked = example("error-actual-unknown-line");
    assert_eq!(checked.run.code, 1);
    let f = file("error-actual-unknown-line");
    let found = checked.one("actual-unknown-line");
    assert_at(&found, "actual-unknown-line", "error", &f, 30, 61);
    assert_eq!(
        found.message,
        "`segretariato-sociale` non ha una riga di bilancio su `comuni-2025` nel 2026"
    );
    assert_eq!(
        found.help,
        "nel 2026 l'intervento ha risorse di: `fnps-2024`"
    );
    // A misspelt fund is an unknown reference, not also an unknown line.
    let typo = checked.one("unknown-reference");
    assert_at(&typo, "unknown-reference", "error", &f, 31, 61);
    assert_eq!(typo.help, "forse intendevi `fnps-2024`?");
}

#[test]
fn actual_on_a_year_without_money_says_to_add_the_line_first() {
    let checked = plan_with_actuals("  - { intervention: sad, year: 2022, fund: fnps-2021, committed: 100 }\n")
        .file(
            "more.yaml",
            "interventions:\n  - id: ade\n    name: ADE\n    area: accesso\n    targets: [minori]\n    budget:\n      2022: { fnps-2021: 0 }\nactuals:\n  - { intervention: ade, year: 2023, fund: fnps-2021, committed: 10 }\n",
        )
        .check();
    let found = checked.one("actual-unknown-line");
    assert_at(&found, "actual-unknown-line", "error", "more.yaml", 9, 44);
    assert_eq!(
        found.help,
        "`ade` non ha risorse nel 2023: aggiungi prima la riga al suo `budget`"
    );
}

#[test]
fn unknown_intervention_and_year_outside_the_period_are_reported_as_such() {
    let checked = plan_with_actuals(
        "  - { intervention: sadd, year: 2022, fund: fnps-2021, committed: 100 }\n  - { intervention: sad, year: 2025, fund: fnps-2021, committed: 100 }\n",
    )
    .check();
    assert_eq!(checked.run.code, 1);
    let unknown = checked.one("unknown-reference");
    assert_at(
        &unknown,
        "unknown-reference",
        "error",
        "interventions.yaml",
        11,
        21,
    );
    assert_eq!(unknown.message, "intervento `sadd` inesistente");
    assert_eq!(unknown.help, "forse intendevi `sad`?");
    let outside = checked.one("year-outside-period");
    assert_at(
        &outside,
        "year-outside-period",
        "error",
        "interventions.yaml",
        12,
        32,
    );
    assert!(checked.with_code("actual-unknown-line").is_empty());
}

#[test]
fn the_same_line_declared_twice_names_both_places() {
    let checked = plan_with_actuals(
        "  - { intervention: sad, year: 2022, fund: fnps-2021, committed: 100 }\n  - { intervention: sad, year: 2022, fund: fnps-2021, committed: 200 }\n",
    )
    .check();
    let found = checked.one("duplicate-id");
    assert_at(
        &found,
        "duplicate-id",
        "error",
        "interventions.yaml",
        12,
        21,
    );
    assert_eq!(
        found.message,
        "impegnato e liquidato di `sad`, 2022, `fnps-2021` dichiarati due volte"
    );
}

#[test]
fn committed_exceeds_programmed_points_at_the_committed_amount() {
    let checked = example("error-committed-exceeds-programmed");
    assert_eq!(checked.run.code, 1);
    let found = checked.one("committed-exceeds-programmed");
    assert_at(
        &found,
        "committed-exceeds-programmed",
        "error",
        &file("error-committed-exceeds-programmed"),
        28,
        83,
    );
    assert_eq!(
        found.message,
        "`segretariato-sociale`, 2025, `fnps-2024`: impegnati € 42.500,00 su € 40.000,00 programmati (+ € 2.500,00)"
    );
}

#[test]
fn committed_equal_to_programmed_is_fine_and_one_cent_more_is_not() {
    let equal = plan_with_actuals(
        "  - { intervention: sad, year: 2022, fund: fnps-2021, committed: 30000.00, paid: 30000 }\n",
    )
    .check();
    assert!(equal.with_code("committed-exceeds-programmed").is_empty());
    let over = plan_with_actuals(
        "  - { intervention: sad, year: 2022, fund: fnps-2021, committed: 30000.01 }\n",
    )
    .check();
    assert!(
        over.one("committed-exceeds-programmed")
            .message
            .ends_with("(+ € 0,01)")
    );
}

#[test]
fn paid_exceeds_committed_points_at_the_paid_amount() {
    let checked = example("error-paid-exceeds-committed");
    assert_eq!(checked.run.code, 1);
    let found = checked.one("paid-exceeds-committed");
    assert_at(
        &found,
        "paid-exceeds-committed",
        "error",
        &file("error-paid-exceeds-committed"),
        28,
        96,
    );
    assert_eq!(
        found.message,
        "`segretariato-sociale`, 2025, `fnps-2024`: liquidati € 25.000,50 su € 25.000,00 impegnati (+ € 0,50)"
    );
}

#[test]
fn actual_stale_is_information_about_the_old_line_only() {
    let checked = example("info-actual-stale");
    assert_eq!(checked.run.code, 0);
    let found = checked.one("actual-stale");
    assert_at(
        &found,
        "actual-stale",
        "info",
        &file("info-actual-stale"),
        29,
        108,
    );
    assert_eq!(
        found.message,
        "`segretariato-sociale`, 2025, `comuni-2025`: dati al 31/12/2024, oltre un anno prima dei più recenti (31/03/2026)"
    );
    // Exactly one year before the newest is not stale.
    let year = plan_with_actuals(
        "  - { intervention: sad, year: 2022, fund: fnps-2021, committed: 1, as_of: 2023-03-31 }\n  - { intervention: sad, year: 2023, fund: fnps-2021, committed: 1, as_of: 2024-03-31 }\n",
    )
    .check();
    assert!(year.with_code("actual-stale").is_empty());
}

#[test]
fn monitoring_amounts_are_validated_like_every_amount() {
    let checked = plan_with_actuals(
        "  - { intervention: sad, year: 2022, fund: fnps-2021, committed: \"1.000,00\", paid: -5 }\n",
    )
    .check();
    let found = checked.with_code("amount-invalid");
    assert_eq!(found.len(), 2, "{found:#?}");
    assert_eq!((found[0].line, found[0].column), (11, 66));
    assert_eq!(found[0].help, "scrivi `1000.00`");
}

#[test]
fn a_plan_without_actuals_has_nothing_to_say_about_them() {
    let checked = TempPlan::base().check();
    for code in [
        "actual-unknown-line",
        "committed-exceeds-programmed",
        "paid-exceeds-committed",
        "actual-stale",
    ] {
        assert!(checked.with_code(code).is_empty());
    }
}

const RENDICONTO: &str = "examples/rendiconto-casarano-2014-2017";

fn json_of(args: &[&str]) -> serde_json::Value {
    let run = pdz(args);
    assert_eq!(run.code, 0, "pdz {args:?}: {}", run.stderr);
    serde_json::from_str(&run.stdout).unwrap()
}

/// The cells of a table's total row, as exact decimal strings.
fn total_row(json: &serde_json::Value, table: &str) -> Vec<String> {
    let table = json["reports"][0]["blocks"]
        .as_array()
        .unwrap()
        .iter()
        .find(|b| b["id"] == table)
        .unwrap_or_else(|| panic!("no table {table}"));
    let rows = table["rows"].as_array().unwrap();
    let total = rows.last().unwrap();
    assert_eq!(total["role"], "total");
    total["cells"]
        .as_array()
        .unwrap()
        .iter()
        .skip(1)
        .map(|c| match c["type"].as_str().unwrap() {
            "money" => c["value"].as_str().unwrap().to_owned(),
            "percent" => c["basis_points"].to_string(),
            other => panic!("unexpected {other}"),
        })
        .collect()
}

#[test]
fn the_published_rendiconto_of_casarano_2014_2017_adds_up_to_the_cent() {
    // Programmate € 19.265.797,89, impegnate € 14.303.102,67, residui € 4.962.695,22,
    // liquidate € 10.881.361,37 (Piano sociale di zona 2018-2020, Cap. III).
    let json = json_of(&[
        "report",
        "execution",
        RENDICONTO,
        "--format",
        "json",
        "--detail",
    ]);
    let expected = [
        "19265797.89",
        "14303102.67",
        "10881361.37",
        "4962695.22",
        "7424",
        "7608",
    ];
    for table in ["by-area", "by-fund", "by-year", "by-intervention"] {
        assert_eq!(total_row(&json, table), expected, "{table}");
    }
    let md = pdz(&["report", "execution", RENDICONTO, "--format", "md"]).stdout;
    assert!(md.contains(
        "| **Totale** | **€ 19.265.797,89** | **€ 14.303.102,67** | **€ 10.881.361,37** | **€ 4.962.695,22** | **74,2 %** | **76,1 %** |"
    ));
    insta::assert_snapshot!("execution-rendiconto-md", md);
}

#[test]
fn the_tidy_lines_add_up_to_the_totals() {
    let csv = pdz(&[
        "report",
        "execution",
        RENDICONTO,
        "--format",
        "csv",
        "--tidy",
    ])
    .stdout;
    let mut lines = csv.lines();
    assert_eq!(
        lines.next(),
        Some("intervention,name,area,year,fund,programmed,committed,paid")
    );
    let mut sums = [0i128; 3];
    let mut count = 0;
    for line in lines {
        let fields: Vec<&str> = line.rsplitn(4, ',').collect();
        for (sum, field) in sums.iter_mut().zip([fields[2], fields[1], fields[0]]) {
            *sum += field.replace('.', "").parse::<i128>().unwrap();
        }
        count += 1;
    }
    assert_eq!(count, 108);
    assert_eq!(sums, [1_926_579_789, 1_430_310_267, 1_088_136_137]);
}

#[test]
fn execution_follows_the_year_and_area_filters() {
    let json = json_of(&[
        "report",
        "execution",
        RENDICONTO,
        "--format",
        "json",
        "--year",
        "2017",
    ]);
    let by_year = total_row(&json, "by-year");
    assert_eq!(total_row(&json, "by-area"), by_year);
    let years: Vec<&serde_json::Value> = json["reports"][0]["blocks"]
        .as_array()
        .unwrap()
        .iter()
        .find(|b| b["id"] == "by-year")
        .unwrap()["rows"]
        .as_array()
        .unwrap()
        .iter()
        .collect();
    assert_eq!(years.len(), 2, "2017 and the total");

    let area = json_of(&[
        "report",
        "execution",
        RENDICONTO,
        "--format",
        "json",
        "--area",
        "welfare-accesso",
    ]);
    assert_eq!(total_row(&area, "by-area")[0], "1632694.75");
    assert_eq!(total_row(&area, "by-fund")[0], "1632694.75");
}

#[test]
fn the_html_report_compares_programmed_committed_and_paid_in_a_chart() {
    let html = pdz(&["report", "execution", RENDICONTO, "--format", "html"]).stdout;
    assert_eq!(html.matches("<svg ").count(), 1);
    // One bar per series for each of the four areas.
    assert_eq!(
        html.matches("<rect x=").count(),
        4 * 3 + 3,
        "bars and legend keys"
    );
    assert!(html.contains("Il sistema del welfare d&#39;accesso — Liquidato: € 1.112.605,12"));
}

#[test]
fn without_actuals_the_report_says_so_and_all_leaves_it_out() {
    let plan = TempPlan::base().file(
        "interventions.yaml",
        "interventions:\n  - id: sad\n    name: SAD\n    area: accesso\n    targets: [famiglie]\n    budget:\n      2022: { fnps-2021: 90000 }\n",
    );
    let run = crate::common::pdz_in(
        &plan.path(),
        &["report", "execution", ".", "--format", "md"],
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        run.stdout
            .contains("Il piano non ha ancora dati di monitoraggio")
    );
    assert!(run.stdout.contains("| **Totale** | **€ 90.000,00** | **€ 0,00** | **€ 0,00** | **€ 90.000,00** | **0,0 %** | **–** |"));
    let all = crate::common::pdz_in(&plan.path(), &["report", "all", ".", "--format", "md"]);
    assert!(!all.stdout.contains("Attuazione"));
}

#[test]
fn unknown_payments_show_na_and_stay_out_of_the_payment_rate() {
    // 2022: 30.000 committed, 20.000 paid; 2023: 30.000 committed, payments not published.
    let plan = plan_with_actuals(
        "  - { intervention: sad, year: 2022, fund: fnps-2021, committed: 30000, paid: 20000 }\n  - { intervention: sad, year: 2023, fund: fnps-2021, committed: 30000, paid: n.d. }\n",
    );
    let check = plan.check();
    assert_eq!(check.run.code, 0, "{}", check.run.stdout);
    assert!(check.with_code("amount-invalid").is_empty());
    let md = crate::common::pdz_in(
        &plan.path(),
        &["report", "execution", ".", "--format", "md"],
    )
    .stdout;
    // The 2023 row: paid unknown, no rate; the total's payment rate is 20.000 of the 30.000
    // committed on the line whose payments are known: 66,7 %, not 20.000 of 60.000.
    assert!(
        md.contains("| 2023 | € 30.000,00 | € 30.000,00 | n.d. | € 0,00 | 100,0 % | n.d. |"),
        "{md}"
    );
    assert!(
        md.contains("| **Totale** | **€ 90.000,00** | **€ 60.000,00** | **€ 20.000,00** | **€ 30.000,00** | **66,7 %** | **66,7 %** |"),
        "{md}"
    );
    assert!(md.contains("liquidato su 1"), "{md}");
    let csv = crate::common::pdz_in(
        &plan.path(),
        &["report", "execution", ".", "--format", "csv", "--tidy"],
    )
    .stdout;
    assert!(
        csv.contains("sad,SAD,accesso,2023,fnps-2021,30000.00,30000.00,n.d."),
        "{csv}"
    );
}

#[test]
fn residui_carried_forward_saved_and_returned_add_up_to_the_programmed_money() {
    let plan = plan_with_actuals(
        "  - { intervention: sad, year: 2022, fund: fnps-2021, committed: 20000, paid: 20000, carried_forward: 6000, savings: 3000.50, returned: 999.50 }\n",
    );
    assert_eq!(plan.check().run.code, 0);
    let md = crate::common::pdz_in(
        &plan.path(),
        &["report", "execution", ".", "--format", "md"],
    )
    .stdout;
    // 20.000 committed + 6.000 carried forward + 3.000,50 saved + 999,50 returned = 30.000.
    assert!(
        md.contains("| 2022 | € 30.000,00 | € 20.000,00 | € 20.000,00 | € 10.000,00 | € 6.000,00 | € 3.000,50 | € 999,50 | € 0,00 |"),
        "{md}"
    );
    assert!(
        md.contains("| Residui riportati | Economie | Restituzioni | Residui non ripartiti |"),
        "{md}"
    );
}

#[test]
fn a_decrease_declared_as_disimpegno_is_shown_so_by_diff() {
    let old = plan_with_actuals(
        "  - { intervention: sad, year: 2022, fund: fnps-2021, committed: 30000, paid: 10000 }\n",
    );
    let new = plan_with_actuals(
        "  - { intervention: sad, year: 2022, fund: fnps-2021, committed: 25000, paid: 10000, decrease: disimpegno }\n  - { intervention: sad, year: 2023, fund: fnps-2021, committed: 5000 }\n",
    );
    let old_again = plan_with_actuals(
        "  - { intervention: sad, year: 2022, fund: fnps-2021, committed: 30000, paid: 10000 }\n  - { intervention: sad, year: 2023, fund: fnps-2021, committed: 6000 }\n",
    );
    let md = pdz(&[
        "diff",
        old.path().to_str().unwrap(),
        new.path().to_str().unwrap(),
        "--format",
        "md",
    ])
    .stdout;
    assert!(
        md.contains("| € 30.000,00 | € 25.000,00 | € 10.000,00 | € 10.000,00 | disimpegno |"),
        "{md}"
    );
    let md = pdz(&[
        "diff",
        old_again.path().to_str().unwrap(),
        new.path().to_str().unwrap(),
        "--format",
        "md",
    ])
    .stdout;
    assert!(
        md.contains("| € 6.000,00 | € 5.000,00 | € 0,00 | € 0,00 | da dichiarare |"),
        "{md}"
    );
}
