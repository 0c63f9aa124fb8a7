//! The budget, fund, LEPS and staff rules: one test per check, and per way of
//! changing a severity, asserting code, severity, location and the numbers.

use crate::common::{BASE_WITHOUT_FUNDS, Checked, TempPlan, assert_at, pdz};

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
fn fund_earmark_bound_on_each_allocation_is_an_error_and_families_alone_do_not_count() {
    // € 30.000 to `adulti, comunita`, € 30.000 to `famiglie, adulti`, € 30.000 to `minori`:
    // only the last counts toward the FNPS quota for minors.
    let checked = example("error-fund-earmark", &[]);
    assert_eq!(checked.run.code, 1);
    let found = checked.one("fund-earmark");
    assert_at(
        &found,
        "fund-earmark",
        "error",
        &file("error-fund-earmark"),
        25,
        11,
    );
    assert_eq!(
        found.message,
        "FNPS 2024: € 30.000,00 (25,0 %) a interventi per `minori`; la quota minima è 50,0 %"
    );
    assert!(
        found.help.starts_with("mancano € 30.000,00 a interventi"),
        "{}",
        found.help
    );
}

#[test]
fn fund_earmark_of_the_regional_quota_is_a_warning_unless_the_plan_says_error() {
    let body = "interventions:\n  - id: a\n    name: A\n    area: accesso\n    targets: [comunita]\n    budget:\n      2022: { fnps-2021: 50000 }\n  - id: b\n    name: B\n    area: accesso\n    targets: [famiglie, minori]\n    budget:\n      2022: { fnps-2021: 40000 }\n";
    let checked = TempPlan::base().file("interventions.yaml", body).check();
    let found = checked.one("fund-earmark");
    assert_eq!(found.severity, "warning");
    assert_eq!(
        found.message,
        "fnps-2021: € 40.000,00 (44,4 %) a interventi per `minori`; la quota minima è 50,0 %"
    );
    assert!(
        found.help.contains("vincola il riparto regionale"),
        "{}",
        found.help
    );

    let strict = TempPlan::base()
        .file("interventions.yaml", body)
        .file("checks.yaml", "checks:\n  fund-earmark: error\n")
        .check();
    assert_eq!(strict.one("fund-earmark").severity, "error");
    assert_eq!(strict.run.code, 1);
}

#[test]
fn fund_earmark_applies_by_annualita_and_can_be_changed_by_the_plan() {
    // FNPS 2019: 40 % for minors. 44,4 % passes it, and would fail the 50 % of 2020 on.
    let body = "interventions:\n  - id: a\n    name: A\n    area: accesso\n    targets: [comunita]\n    budget:\n      2022: { fnps-2019: 50000 }\n  - id: b\n    name: B\n    area: accesso\n    targets: [minori]\n    budget:\n      2022: { fnps-2019: 40000 }\n";
    let funds = "funds:\n  - { id: fnps-2019, programme: fnps, annualita: 2019, amount: 90000 }\n";
    let plan = TempPlan::base()
        .file("interventions.yaml", body)
        .file("funds.yaml", funds);
    let checked = plan.check();
    assert!(
        checked.with_code("fund-earmark").is_empty(),
        "{:#?}",
        checked.findings()
    );

    // A Region that asks 45 % of each ambito on every annualità.
    let changed = plan
        .file(
            "programmes.yaml",
            "programmes:\n  - id: fnps\n    earmarks:\n      - { targets: [minori], min_share: 45, binds: allocation, source: DGR regionale }\n",
        )
        .check();
    let found = changed.one("fund-earmark");
    assert_eq!(found.severity, "error");
    assert!(
        found.message.ends_with("la quota minima è 45,0 %"),
        "{}",
        found.message
    );
}

#[test]
fn fund_earmark_one_cent_short_never_prints_equal_to_the_minimum() {
    // 50.000,00 of 100.000,01 is 49,9999950 %: shown with the decimals that tell it from 50 %.
    let body = "interventions:\n  - id: a\n    name: A\n    area: accesso\n    targets: [comunita]\n    budget:\n      2022: { fnps-2021: 50000.01 }\n  - id: b\n    name: B\n    area: accesso\n    targets: [minori]\n    budget:\n      2022: { fnps-2021: 50000 }\n";
    let funds =
        "funds:\n  - { id: fnps-2021, programme: fnps, annualita: 2021, amount: 100000.01 }\n";
    let plan = BASE_WITHOUT_FUNDS.to_string() + funds;
    let checked = TempPlan::empty()
        .file("plan.yaml", &plan)
        .file("interventions.yaml", body)
        .check();
    let found = checked.one("fund-earmark");
    assert_eq!(
        found.message,
        "fnps-2021: € 50.000,00 (49,999995 %) a interventi per `minori`; la quota minima è 50,000000 %"
    );
    assert!(found.help.starts_with("mancano € 0,01"), "{}", found.help);
}

#[test]
fn fund_earmark_fna_counts_only_disabilita_gravissima() {
    // All of the FNA on home care for non-self-sufficient elderly people.
    let checked = example("warning-fund-earmark-fna", &[]);
    assert_eq!(checked.run.code, 0);
    let found = checked.one("fund-earmark");
    assert_at(
        &found,
        "fund-earmark",
        "warning",
        &file("warning-fund-earmark-fna"),
        18,
        11,
    );
    assert_eq!(
        found.message,
        "FNA 2024: € 0,00 (0,0 %) a interventi per `disabilita-gravissima`; la quota minima è 50,0 %"
    );
    assert!(
        found.help.starts_with("mancano € 75.000,00"),
        "{}",
        found.help
    );
    // An FNA 2024: the PNNA 2022-2024, whose confirmation of the share is marked unverified.
    assert!(found.help.contains("DPCM 3/10/2022"), "{}", found.help);
    assert!(found.help.contains("da verificare (U)"), "{}", found.help);
}

#[test]
fn fund_before_annualita_at_each_early_line() {
    let checked = example("error-fund-before-annualita", &[]);
    assert_eq!(checked.run.code, 1);
    let found = checked.with_code("fund-before-annualita");
    assert_eq!(found.len(), 2, "{found:#?}");
    let f = file("error-fund-before-annualita");
    assert_at(&found[0], "fund-before-annualita", "error", &f, 23, 7);
    assert_at(&found[1], "fund-before-annualita", "error", &f, 24, 7);
    assert_eq!(
        found[0].message,
        "FNPS 2024: € 30.000,00 programmati nel 2022, prima dell'annualità 2024 dell'assegnazione"
    );
    // The line of 2024 itself is fine.
    assert!(!checked.run.stdout.contains("nel 2024, prima"));
}

#[test]
fn fund_scope_on_a_generic_community_service() {
    let checked = example("warning-fund-scope", &[]);
    assert_eq!(checked.run.code, 0);
    let found = checked.one("fund-scope");
    assert_at(
        &found,
        "fund-scope",
        "warning",
        &file("warning-fund-scope"),
        33,
        15,
    );
    assert_eq!(
        found.message,
        "Quota servizi Fondo Povertà 2024: l'intervento `animazione-estiva` non ha né fasce di utenza né LEPS che il fondo può finanziare"
    );
    assert!(
        found.help.contains(
            "le fasce di utenza `poverta` o che garantiscono i LEPS `segretariato-sociale`"
        ),
        "{}",
        found.help
    );
    assert!(
        found.help.contains("D.Lgs. 147/2017, art. 7, c. 1"),
        "{}",
        found.help
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
        31,
        12,
    );
    assert_eq!(
        found.message,
        "LEPS `pronto-intervento-sociale` (Pronto intervento sociale (dal 2022 come LEPS, 24 ore su 24)) senza interventi finanziati nel 2026, 2027"
    );
}

/// The LEPS reported as not covered in a plan of `from`-`to` with no LEPS at all.
fn uncovered_leps(from: u32, to: u32) -> Vec<String> {
    let plan = BASE_WITHOUT_FUNDS.replace(
        "{ from: 2022, to: 2024 }",
        &format!("{{ from: {from}, to: {to} }}"),
    );
    let checked = TempPlan::empty().file("plan.yaml", &plan).check();
    checked
        .with_code("leps-not-covered")
        .into_iter()
        .map(|f| f.message.split('`').nth(1).unwrap_or_default().to_string())
        .collect()
}

#[test]
fn leps_not_covered_only_in_the_years_a_level_is_in_force() {
    // A 2021 plan: the levels of L. 328/2000 art. 22 c.4 (the professional social service and
    // the pronto intervento sociale among them) and of D.Lgs. 147/2017, not those of L. 234/2021.
    assert_eq!(
        uncovered_leps(2021, 2021),
        [
            "servizio-sociale-professionale",
            "segretariato-sociale",
            "assistenza-domiciliare",
            "strutture-residenziali-semiresidenziali",
            "centri-accoglienza",
            "valutazione-multidimensionale",
            "progetto-personalizzato",
            "pronto-intervento-sociale",
        ]
    );
    // A 2023 plan gets the L. 234/2021 levels too; the PUA and the unified assessment are
    // not required.
    let in_2023 = uncovered_leps(2023, 2023);
    assert!(
        in_2023.contains(&"pronto-intervento-sociale".to_string()),
        "{in_2023:?}"
    );
    assert!(
        in_2023.contains(&"sad-non-autosufficienti".to_string()),
        "{in_2023:?}"
    );
    assert!(!in_2023.contains(&"pua".to_string()), "{in_2023:?}");
    assert_eq!(in_2023.len(), 16, "{in_2023:?}");
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
        "assistenti sociali: 2 a tempo indeterminato (1 ogni 10.000 residenti), 4 con ogni contratto (1 ogni 5.000 residenti), per 20.000 residenti; il LEP di 1 ogni 5.000 ne richiede 4, l'obiettivo di 1 ogni 4.000 5"
    );
    // 4 workers: (4 - 3,0769...) x 40.000 = 36.923,0769..., rounded to the cent; 5: + 20.000.
    assert!(
        found.help.ends_with(
            ": € 0,00 con l'organico attuale, € 36.923,08 con 4 (LEP), € 56.923,08 con 5 (obiettivo)"
        ),
        "{}",
        found.help
    );
}

#[test]
fn staffing_ratio_of_the_demo_plan_shows_both_counts_and_readings() {
    let checked = Checked::from(pdz(&[
        "check",
        "--format",
        "json",
        "plans/casarano-2022-2024",
    ]));
    let found = checked.one("staffing-ratio");
    assert_eq!(
        found.message,
        "assistenti sociali: 13 a tempo indeterminato (1 ogni 5.411 residenti), 17 con ogni contratto (1 ogni 4.138 residenti), per 70.345 residenti; il LEP di 1 ogni 5.000 ne richiede 15, l'obiettivo di 1 ogni 4.000 18"
    );
    // 15 permanent workers earn 129.867,69 + 18.620,00; 18 earn 129.867,69 + 70.345,00.
    assert!(
        found.help.ends_with(
            "€ 87.107,69 con l'organico attuale, € 148.487,69 con 15 (LEP), € 200.212,69 con 18 (obiettivo)"
        ),
        "{}",
        found.help
    );
    assert!(
        found.help.starts_with("contando solo il tempo indeterminato (base del contributo, c. 797) il LEP non è raggiunto; contando tutti gli assistenti sociali impiegati nei servizi territoriali (testo del c. 797) è raggiunto: le letture pubblicate divergono. Contributo statale"),
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
        assert!(
            run.stderr
                .contains(&format!("valore `{code}` non valido per `--allow <CODE>`")),
            "{}",
            run.stderr
        );
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

    let allowed = Checked::from(crate::common::pdz_in(
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
    let list = pdz(&["explain", "--list"]);
    assert_eq!(list.code, 0);
    assert_eq!(pdz(&["explain"]).stdout, list.stdout);
    // Each of the 25 codes on two lines (title, then source), and the closing hint.
    assert_eq!(
        list.stdout.lines().filter(|l| !l.is_empty()).count(),
        25 * 2 + 1
    );
    assert!(
        list.stdout
            .contains("fund-earmark                  avviso    Quota vincolata non rispettata\n                              Fonte: FNPS: Piano sociale nazionale 2018-2020"),
        "{}",
        list.stdout
    );
    let sources = list
        .stdout
        .lines()
        .filter(|l| l.trim_start().starts_with("Fonte: "))
        .count();
    assert_eq!(sources, 25, "{}", list.stdout);

    let one = pdz(&["explain", "--lang", "en", "staffing-ratio"]);
    assert!(
        one.stdout
            .starts_with("staffing-ratio — Social workers per resident\nDefault severity: warning")
    );
    assert!(one.stdout.contains("L. 178/2020, art. 1, c. 797-802"));

    assert_eq!(pdz(&["explain", "no-such-check"]).code, 2);
}

#[test]
fn explain_prints_the_catalogue_parameters_with_their_acts() {
    let earmark = pdz(&["explain", "fund-earmark"]).stdout;
    assert!(
        earmark.contains("Parametri del catalogo di pdz"),
        "{earmark}"
    );
    assert!(
        earmark.contains("  fna — Fondo per le non autosufficienze (FNA)\n    almeno 50,0 % a interventi per `disabilita-gravissima`, per l'annualità 2018; vincola la quota regionale"),
        "{earmark}"
    );
    assert!(earmark.contains("https://legacoop.coop/"), "{earmark}");

    let leps = pdz(&["explain", "leps-not-covered"]).stdout;
    assert!(
        leps.contains("  pua — Punto unico di accesso (PUA)\n    non obbligatorio, in vigore dal 2022: Nel Piano sociale nazionale 2021-2023 il PUA è una scheda intervento (2.7.1)"),
        "{leps}"
    );
    assert!(
        leps.contains("  residenza-fittizia — Accesso alla residenza anagrafica e fermo posta\n    obbligatorio, in vigore dal 2022"),
        "{leps}"
    );

    for code in ["fund-scope", "fund-before-annualita"] {
        let run = pdz(&["explain", "--lang", "en", code]);
        assert_eq!(run.code, 0);
        assert!(run.stdout.contains("Source."), "{}", run.stdout);
    }
}
