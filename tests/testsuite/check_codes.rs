//! One fixture per check of the core: code, severity, file, line and column of each finding.

use crate::common::{BASE, TempPlan, assert_at};

/// An intervention file with one intervention, `body` its fields after `id`.
fn intervention(body: &str) -> String {
    format!("interventions:\n  - id: segretariato\n{body}")
}

const OK_BODY: &str =
    "    name: Segretariato\n    area: accesso\n    budget:\n      2022: { fnps-2021: 1000 }\n";

#[test]
fn base_plan_and_one_intervention_have_no_error() {
    // With a target for the FNPS earmark; the rest of the fund unprogrammed is a warning.
    let checked = TempPlan::base()
        .file(
            "interventions.yaml",
            &intervention(&format!("    targets: [famiglie]\n{OK_BODY}")),
        )
        .check();
    assert_eq!(checked.run.code, 0, "{:#?}", checked.findings());
    assert!(checked.findings().iter().all(|f| f.severity != "error"));
}

#[test]
fn yaml_syntax_points_at_the_parser_position() {
    let checked = TempPlan::base()
        .file(
            "interventions.yaml",
            "interventions:\n  - id: a\n    name: [A\n    area: accesso\n",
        )
        .check();
    assert_eq!(checked.run.code, 1);
    let found = checked.one("yaml-syntax");
    assert_at(&found, "yaml-syntax", "error", "interventions.yaml", 4, 9);
    // The other file still loads: no cascade of missing sections.
    assert_eq!(checked.findings().len(), 1, "{:#?}", checked.findings());
}

#[test]
fn a_file_that_cannot_be_parsed_hides_no_error_behind_a_cascade() {
    // The interventions are in the broken file: the references to them elsewhere are
    // consequences, not errors of their own.
    let checked = TempPlan::base()
        .file(
            "interventions.yaml",
            "interventions:\n  - id: sad\n    name: [SAD\n    area: accesso\n",
        )
        .file(
            "actuals.yaml",
            "actuals:\n  - { intervention: sad, year: 2022, fund: fnps-2021, committed: 10 }\n  - { intervention: ade, year: 2022, fund: fnps-2021, committed: 10 }\n",
        )
        .check();
    assert_eq!(checked.run.code, 1);
    assert_eq!(
        checked.places(),
        [(
            "yaml-syntax".to_string(),
            "interventions.yaml".to_string(),
            4,
            9
        )]
    );
}

#[test]
fn schema_unknown_field_with_did_you_mean() {
    let checked = TempPlan::base()
        .file(
            "interventions.yaml",
            &intervention(&format!("    nmae: Segretariato\n{OK_BODY}")),
        )
        .check();
    let found = checked.one("schema");
    assert_at(&found, "schema", "error", "interventions.yaml", 3, 5);
    assert_eq!(found.message, "campo sconosciuto `nmae`");
    assert_eq!(found.help, "forse intendevi `name`?");
}

#[test]
fn schema_unknown_field_far_from_any_lists_the_fields() {
    let checked = TempPlan::base()
        .file(
            "interventions.yaml",
            &intervention(&format!("{OK_BODY}    colour: red\n")),
        )
        .check();
    let found = checked.one("schema");
    assert_at(&found, "schema", "error", "interventions.yaml", 7, 5);
    assert!(
        found
            .help
            .starts_with("valori ammessi: `id`, `name`, `area`"),
        "{}",
        found.help
    );
}

#[test]
fn schema_wrong_type() {
    let checked = TempPlan::base()
        .file(
            "interventions.yaml",
            &intervention(&format!("{OK_BODY}    leps: segretariato-sociale\n")),
        )
        .check();
    let found = checked.one("schema");
    assert_at(&found, "schema", "error", "interventions.yaml", 7, 11);
    assert_eq!(
        found.message,
        "tipo di valore errato: atteso lista, trovato testo"
    );
}

#[test]
fn schema_missing_required_field() {
    let checked = TempPlan::base()
        .file(
            "interventions.yaml",
            "interventions:\n  - id: segretariato\n    name: Segretariato\n    budget: {}\n",
        )
        .check();
    let found = checked.one("schema");
    assert_at(&found, "schema", "error", "interventions.yaml", 2, 5);
    assert_eq!(found.message, "manca il campo obbligatorio `area`");
}

#[test]
fn schema_id_not_a_slug_suggests_one() {
    let checked = TempPlan::base()
        .file(
            "interventions.yaml",
            &format!("interventions:\n  - id: Segretariato Sociale\n{OK_BODY}"),
        )
        .check();
    let found = checked.one("schema");
    assert_at(&found, "schema", "error", "interventions.yaml", 2, 9);
    assert_eq!(found.help, "scrivi `segretariato-sociale`");
}

#[test]
fn schema_format_version_other_than_one() {
    let checked = TempPlan::empty()
        .file("plan.yaml", &BASE.replace("pdz: 1", "pdz: 2"))
        .check();
    let found = checked.one("schema");
    assert_at(&found, "schema", "error", "plan.yaml", 1, 6);
    assert_eq!(
        found.message,
        "versione del formato 2 non supportata: questo pdz legge la versione 1"
    );
}

#[test]
fn schema_format_version_missing_and_declared_twice() {
    let missing = TempPlan::empty()
        .file("plan.yaml", &BASE.replace("pdz: 1\n", ""))
        .check();
    assert_at(&missing.one("schema"), "schema", "error", "plan.yaml", 1, 1);

    let twice = TempPlan::base().file("zz.yaml", "pdz: 1\n").check();
    let found = twice.one("schema");
    assert_at(&found, "schema", "error", "zz.yaml", 1, 6);
    assert_eq!(
        found.message,
        "la sezione `pdz` è definita più di una volta"
    );
}

#[test]
fn schema_unknown_word_in_a_closed_list() {
    let checked = TempPlan::base()
        .file(
            "interventions.yaml",
            &intervention(&format!(
                "{OK_BODY}    targets: [minori, famiglia]\n    management: appalto\n"
            )),
        )
        .check();
    let places = checked.places();
    assert_eq!(
        places,
        [
            ("schema".into(), "interventions.yaml".into(), 7, 23),
            ("schema".into(), "interventions.yaml".into(), 8, 17),
        ]
    );
    assert_eq!(checked.findings()[0].help, "forse intendevi `famiglie`?");
}

#[test]
fn schema_duplicate_key_names_both_places() {
    let checked = TempPlan::base()
        .file(
            "interventions.yaml",
            &intervention(&format!("{OK_BODY}    name: Altro nome\n")),
        )
        .check();
    let found = checked.one("schema");
    assert_at(&found, "schema", "error", "interventions.yaml", 7, 5);
    let related = &checked.json["findings"][0]["related"][0];
    assert_eq!(
        (related["line"].as_u64(), related["column"].as_u64()),
        (Some(3), Some(5))
    );
}

#[test]
fn duplicate_id_across_files_names_both_places() {
    let checked = TempPlan::base()
        .file("a.yaml", &intervention(OK_BODY))
        .file("b.yaml", &intervention(OK_BODY))
        .check();
    let found = checked.one("duplicate-id");
    assert_at(&found, "duplicate-id", "error", "b.yaml", 2, 9);
    assert_eq!(
        found.message,
        "intervento `segretariato` definito due volte"
    );
    let related = &checked.json["findings"][0]["related"][0];
    assert_eq!(
        related["file"].as_str().map(|f| f.trim_start_matches("./")),
        Some("a.yaml")
    );
    assert_eq!(
        (related["line"].as_u64(), related["column"].as_u64()),
        (Some(2), Some(9))
    );
}

#[test]
fn unknown_references_of_every_kind_with_did_you_mean() {
    let checked = TempPlan::base()
        .file(
            "more.yaml",
            "funds:\n  - { id: qsfp-2021, programme: qsfp-fondo, amount: 1000 }\n",
        )
        .file(
            "interventions.yaml",
            &intervention(
                "    name: Segretariato\n    area: acceso\n    leps: [segretariato-socale]\n    comuni: [alfa, betta]\n    budget:\n      2022: { fnps-2012: 1000 }\n",
            ),
        )
        .check();
    let found: Vec<(String, u64, u64, String, String)> = checked
        .with_code("unknown-reference")
        .into_iter()
        .map(|f| (f.file, f.line, f.column, f.message, f.help))
        .collect();
    assert_eq!(
        found,
        [
            (
                "interventions.yaml".into(),
                4,
                11,
                "area `acceso` inesistente".into(),
                "forse intendevi `accesso`?".into()
            ),
            (
                "interventions.yaml".into(),
                5,
                12,
                "LEPS `segretariato-socale` inesistente".into(),
                "forse intendevi `segretariato-sociale`?".into()
            ),
            (
                "interventions.yaml".into(),
                6,
                20,
                "comune `betta` inesistente".into(),
                "forse intendevi `beta`?".into()
            ),
            (
                "interventions.yaml".into(),
                8,
                15,
                "fondo `fnps-2012` inesistente".into(),
                "forse intendevi `fnps-2021`?".into()
            ),
            (
                "more.yaml".into(),
                2,
                33,
                "programma `qsfp-fondo` inesistente".into(),
                "forse intendevi `qsfp`?".into()
            ),
        ]
    );
    assert!(
        checked
            .with_code("unknown-reference")
            .iter()
            .all(|f| f.severity == "error")
    );
}

#[test]
fn references_to_unreadable_entries_are_not_reported_again() {
    // The area entry lacks its name: that is the one finding, not also every use of it.
    let checked = TempPlan::base()
        .file("areas.yaml", "areas:\n  - id: famiglie\n")
        .file(
            "interventions.yaml",
            &intervention("    name: Affido\n    area: famiglie\n    budget:\n      2022: { fnps-2021: 1000 }\n"),
        )
        .check();
    assert_eq!(
        checked.places(),
        [("schema".into(), "areas.yaml".into(), 2, 5)]
    );
}

#[test]
fn year_outside_period_at_the_budget_year() {
    let checked = TempPlan::base()
        .file(
            "interventions.yaml",
            &intervention(&OK_BODY.replace(
                "      2022: { fnps-2021: 1000 }\n",
                "      2022: { fnps-2021: 1000 }\n      2025: { fnps-2021: 1000 }\n",
            )),
        )
        .check();
    let found = checked.one("year-outside-period");
    assert_at(
        &found,
        "year-outside-period",
        "error",
        "interventions.yaml",
        7,
        7,
    );
    assert_eq!(
        found.message,
        "anno 2025 fuori dal periodo del piano (2022-2024)"
    );
}

#[test]
fn amount_invalid_for_every_malformed_amount() {
    let lines = [
        (
            "-100",
            "importo negativo `-100`: gli importi del piano non sono mai negativi",
            None,
        ),
        (
            "1000.505",
            "importo `1000.505` con più di due decimali",
            None,
        ),
        (
            "1e3",
            "importo `1e3` in notazione esponenziale",
            Some("scrivi `1000`"),
        ),
        (".nan", "`.nan` non è un importo finito", None),
        (
            "99999999999999999999999",
            "importo `99999999999999999999999` troppo grande",
            None,
        ),
        (
            "\"1.000,50\"",
            "importo `1.000,50` scritto all'italiana: nel file si usa il punto decimale e nessun separatore delle migliaia",
            Some("scrivi `1000.50`"),
        ),
        (
            "1_000",
            "importo `1_000` con separatori o simbolo di valuta",
            Some("scrivi `1000`"),
        ),
    ];
    let mut budget = String::from("interventions:\n");
    for (i, (amount, _, _)) in lines.iter().enumerate() {
        budget.push_str(&format!(
            "  - id: i{i}\n    name: I\n    area: accesso\n    budget:\n      2022: {{ fnps-2021: {amount} }}\n"
        ));
    }
    let checked = TempPlan::base().file("interventions.yaml", &budget).check();
    let found = checked.with_code("amount-invalid");
    assert_eq!(found.len(), lines.len(), "{found:#?}");
    for (i, (f, (_, message, help))) in found.iter().zip(lines).enumerate() {
        assert_at(
            f,
            "amount-invalid",
            "error",
            "interventions.yaml",
            6 + 5 * i as u64,
            26,
        );
        assert_eq!(f.message, message);
        if let Some(help) = help {
            assert_eq!(f.help, help);
        }
    }
}

#[test]
fn an_amount_with_three_digits_after_one_dot_gets_both_readings() {
    // An Italian writer means twelve thousand five hundred: pdz never proposes 12.5 alone.
    let budget = "interventions:\n  - id: a\n    name: A\n    area: accesso\n    budget:\n      2022: { fnps-2021: 12.500 }\n";
    let checked = TempPlan::base().file("interventions.yaml", budget).check();
    let found = checked.one("amount-invalid");
    assert_at(
        &found,
        "amount-invalid",
        "error",
        "interventions.yaml",
        6,
        26,
    );
    assert_eq!(
        found.message,
        "importo `12.500` ambiguo: il punto può separare le migliaia (€ 12.500,00) o i decimali (€ 12,50)"
    );
    assert_eq!(
        found.help,
        "scrivi `12500` se il punto separa le migliaia, `12.50` se separa i decimali: nel file si usa il punto solo per i decimali"
    );
    assert!(!found.help.contains("`12.5`"));
}

#[test]
fn an_unquoted_italian_amount_cut_by_the_flow_comma_is_one_finding() {
    // `{ fnps-2021: 250.000,00 }`: YAML reads `250.000` and a key `00`; pdz reads one amount.
    let budget = "interventions:\n  - id: a\n    name: A\n    area: accesso\n    budget:\n      2022: { fnps-2021: 250.000,00 }\n";
    let checked = TempPlan::base().file("interventions.yaml", budget).check();
    let findings = checked.findings();
    let errors: Vec<_> = findings.iter().filter(|f| f.severity == "error").collect();
    assert_eq!(errors.len(), 1, "{findings:#?}");
    assert_at(
        errors[0],
        "amount-invalid",
        "error",
        "interventions.yaml",
        6,
        26,
    );
    assert_eq!(
        errors[0].message,
        "importo `250.000,00` scritto all'italiana: nel file si usa il punto decimale e nessun separatore delle migliaia"
    );
    assert_eq!(errors[0].help, "scrivi `250000.00`");
}

#[test]
fn amount_invalid_in_a_fund_ceiling() {
    let checked = TempPlan::empty()
        .file(
            "plan.yaml",
            &BASE.replace("amount: 90000", "amount: 90000.001"),
        )
        .check();
    assert_at(
        &checked.one("amount-invalid"),
        "amount-invalid",
        "error",
        "plan.yaml",
        15,
        47,
    );
}

#[test]
fn all_findings_at_once_sorted_by_file_and_line() {
    let checked = TempPlan::base()
        .file("b.yaml", &intervention("    name: B\n    area: nessuna\n    budget:\n      2030: { fnps-2021: 1 }\n"))
        .file("a.yaml", "interventions:\n  - id: A\n    name: A\n    area: accesso\n    budget:\n      2022: { fnps-2021: -1 }\n")
        .check();
    assert_eq!(
        checked.places(),
        [
            ("schema".into(), "a.yaml".into(), 2, 9),
            ("amount-invalid".into(), "a.yaml".into(), 6, 26),
            ("unknown-reference".into(), "b.yaml".into(), 4, 11),
            ("year-outside-period".into(), "b.yaml".into(), 6, 7),
        ]
    );
}

#[test]
fn checks_section_turns_a_check_off_but_not_a_format_check() {
    let checked = TempPlan::base()
        .file(
            "checks.yaml",
            "checks:\n  year-outside-period: off\n  schema: warning\n",
        )
        .file(
            "interventions.yaml",
            &intervention(
                "    name: S\n    area: accesso\n    budget:\n      2030: { fnps-2021: 1 }\n",
            ),
        )
        .check();
    assert!(checked.with_code("year-outside-period").is_empty());
    let found = checked.one("schema");
    assert_at(&found, "schema", "error", "checks.yaml", 3, 3);
}

#[test]
fn one_mistake_is_one_finding() {
    // `nardò` is not an id: the fix `nardo`, already used by an intervention, is not a
    // second, unknown comune; `nome` for `name` is the unknown key, not also a missing name.
    let plan = BASE
        .replace(
            "{ id: beta, name: Beta, population: 4000 }",
            "{ id: nardò, name: Nardò, population: 4000 }",
        )
        .replace(
            "{ id: accesso, name: Welfare d'accesso }",
            "{ id: accesso, nome: Welfare d'accesso }",
        );
    let budget = "interventions:\n  - id: a\n    name: A\n    area: accesso\n    comuni: [nardo]\n    budget:\n      2022: { fnps-2021: 100 }\n";
    let checked = TempPlan::empty()
        .file("plan.yaml", &plan)
        .file("interventions.yaml", budget)
        .check();
    let messages: Vec<String> = checked.findings().into_iter().map(|f| f.message).collect();
    assert_eq!(
        messages,
        [
            "`nardò` non è un identificativo valido: usa solo lettere minuscole, cifre, `.`, `_` e `-`",
            "campo sconosciuto `nome`",
        ],
        "{messages:#?}"
    );
}

#[test]
fn yaml_syntax_errors_are_said_in_the_users_language_with_a_fix() {
    let checked = TempPlan::empty()
        .file("plan.yaml", "pdz: 1\nplan:\n  title: Piano: 2025-2027\n")
        .check();
    let found = checked.one("yaml-syntax");
    assert_at(&found, "yaml-syntax", "error", "plan.yaml", 3, 15);
    assert_eq!(
        found.message,
        "un `:` dove non è atteso: un testo che contiene `: ` va tra virgolette"
    );
    assert!(
        found.help.starts_with("scrivi il valore tra virgolette"),
        "{}",
        found.help
    );
    let english = crate::common::pdz_in(
        &TempPlan::empty()
            .file("plan.yaml", "pdz: 1\nplan: { title: x\n")
            .path(),
        &["check", "--lang", "en", "."],
    );
    assert!(
        english
            .stdout
            .contains("error[yaml-syntax]: a mapping in `{ }` not closed"),
        "{}",
        english.stdout
    );
}
