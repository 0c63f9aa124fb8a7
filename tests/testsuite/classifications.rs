//! Classification axes besides `area`: `pdz report budget --by AXIS` totals the budget by
//! the codes of any axis to the cent in every format, with a "non classificato" row for the
//! interventions without a code; unknown axes and codes are located findings with a
//! suggestion, and a required axis makes a missing code an error.

use std::path::{Path, PathBuf};

use proptest::prelude::*;

use crate::common::{TempPlan, pdz_in};
use pdz::model::{Cents, Id};
use pdz::report::{self, Cell, ReportKind, Role};
use pdz::source::SourceMap;

/// Two axes on [`BASE`]: `regione` (required) and `fnps`, where `tre` has no code.
/// The lines add up to the 90,000.00 of `fnps-2021`.
const CLASSIFIED: &str = "\
classifications:
  - id: regione
    name: Aree regionali
    required: true
    codes:
      - { code: famiglia-minori, name: Famiglia e minori }
      - { code: poverta, name: Povertà }
  - id: fnps
    name: Macro-livelli
    source: illustrativo
    codes:
      - { code: \"1\", name: Accesso }
      - { code: A2.01, name: Domiciliarità }
interventions:
  - id: uno
    name: Uno
    area: accesso
    classes: { regione: poverta, fnps: \"1\" }
    budget:
      2022: { fnps-2021: 10000.01 }
      2023: { fnps-2021: 20000.02 }
  - id: due
    name: Due
    area: accesso
    classes: { regione: famiglia-minori, fnps: A2.01 }
    budget:
      2022: { fnps-2021: 0.99 }
      2024: { fnps-2021: 33333.33 }
  - id: tre
    name: Tre
    area: accesso
    classes: { regione: poverta }
    budget:
      2023: { fnps-2021: 26665.65 }
";

fn classified() -> TempPlan {
    TempPlan::base().file("classes.yaml", CLASSIFIED)
}

/// The rows each axis must show: (code, label, total in cents), the total last.
fn expected(axis: &str) -> Vec<(&'static str, &'static str, i128)> {
    match axis {
        "regione" => vec![
            ("famiglia-minori", "Famiglia e minori", 3_333_432),
            ("poverta", "Povertà", 5_666_568),
            ("", "Totale", 9_000_000),
        ],
        "fnps" => vec![
            ("1", "Accesso", 3_000_003),
            ("A2.01", "Domiciliarità", 3_333_432),
            ("", "Non classificato", 2_666_565),
            ("", "Totale", 9_000_000),
        ],
        "area" => vec![
            ("accesso", "Welfare d'accesso", 9_000_000),
            ("", "Totale", 9_000_000),
        ],
        _ => unreachable!(),
    }
}

/// `pdz report budget . --by AXIS` with more arguments, run inside the plan.
fn by(plan: &TempPlan, axis: &str, more: &[&str]) -> String {
    let mut args = vec!["report", "budget", ".", "--by", axis];
    args.extend_from_slice(more);
    let run = pdz_in(&plan.path(), &args);
    assert_eq!(run.code, 0, "{args:?}: {}", run.stderr);
    run.stdout
}

/// An amount as the Italian reports write it: `€ 56.665,68`.
fn euro(cents: i128) -> String {
    let units = (cents / 100).to_string();
    let mut grouped = String::new();
    for (i, digit) in units.chars().enumerate() {
        if i > 0 && (units.len() - i).is_multiple_of(3) {
            grouped.push('.');
        }
        grouped.push(digit);
    }
    format!("€ {grouped},{:02}", cents % 100)
}

#[test]
fn totals_by_each_axis_are_exact_in_json() {
    let plan = classified();
    for axis in ["regione", "fnps", "area"] {
        let json: serde_json::Value =
            serde_json::from_str(&by(&plan, axis, &["--format", "json"])).unwrap();
        let tables = json["reports"][0]["blocks"].as_array().unwrap();
        assert_eq!(tables.len(), 1, "{axis}: one table");
        assert_eq!(tables[0]["id"], "by-class");
        let rows: Vec<(String, String, i128)> = tables[0]["rows"]
            .as_array()
            .unwrap()
            .iter()
            .map(|row| {
                let cells = row["cells"].as_array().unwrap();
                let total = &cells[cells.len() - 2];
                (
                    cells[0]["value"].as_str().unwrap().to_string(),
                    cells[1]["value"].as_str().unwrap().to_string(),
                    total["cents"].as_str().unwrap().parse().unwrap(),
                )
            })
            .collect();
        let want: Vec<(String, String, i128)> = expected(axis)
            .into_iter()
            .map(|(c, l, m)| (c.to_string(), l.to_string(), m))
            .collect();
        assert_eq!(rows, want, "{axis}");
    }
}

#[test]
fn totals_by_each_axis_are_exact_in_csv_markdown_and_table() {
    let plan = classified();
    for axis in ["regione", "fnps", "area"] {
        let csv = by(&plan, axis, &["--format", "csv"]);
        let mut lines = csv.lines();
        assert_eq!(
            lines.next(),
            Some("Codice,Voce,2022,2023,2024,Totale,Quota")
        );
        let rows: Vec<(String, String, String)> = lines
            .map(|line| {
                let cells: Vec<&str> = line.split(',').collect();
                (cells[0].into(), cells[1].into(), cells[5].into())
            })
            .collect();
        let want: Vec<(String, String, String)> = expected(axis)
            .into_iter()
            .map(|(c, l, m)| (c.into(), l.into(), format!("{}.{:02}", m / 100, m % 100)))
            .collect();
        assert_eq!(rows, want, "{axis}");

        let md = by(&plan, axis, &["--format", "md"]);
        let table = by(&plan, axis, &["--format", "table"]);
        for (code, label, cents) in expected(axis) {
            let total = euro(cents);
            let (code_cell, label_cell) = if label == "Totale" {
                (String::new(), "**Totale**".to_string())
            } else {
                (code.to_string(), label.to_string())
            };
            let row = format!("| {code_cell} | {label_cell} |");
            let line = md.lines().find(|l| l.starts_with(&row));
            assert!(
                line.is_some_and(|l| l.contains(&total)),
                "{axis}: {row} … {total}\n{md}"
            );
            assert!(
                table
                    .lines()
                    .any(|l| l.contains(label) && l.contains(code) && l.contains(&total)),
                "{axis}: {label} {total}\n{table}"
            );
        }
    }
}

#[test]
fn a_year_and_english_labels() {
    let plan = classified();
    let csv = by(&plan, "fnps", &["--format", "csv", "--year", "2023"]);
    assert_eq!(
        csv,
        "Codice,Voce,2023,Totale,Quota\n\
         1,Accesso,20000.02,20000.02,42.86\n\
         A2.01,Domiciliarità,0.00,0.00,0.00\n\
         ,Non classificato,26665.65,26665.65,57.14\n\
         ,Totale,46665.67,46665.67,100.00\n"
    );
    let en = by(&plan, "fnps", &["--format", "csv", "--lang", "en"]);
    assert!(
        en.contains("\n,Not classified,0.00,26665.65,0.00,26665.65,29.63\n"),
        "{en}"
    );
}

#[test]
fn detail_lists_the_interventions_of_each_code() {
    let md = by(&classified(), "fnps", &["--detail", "--format", "md"]);
    let unclassified = md.find("**Non classificato**").expect("the row");
    let tre = md.find("| Tre |").expect("Tre's row");
    assert!(tre > unclassified, "{md}");
    assert!(
        md.contains(
            "|  | **Subtotale** | **€ 10.000,01** | **€ 20.000,02** | **–** | **€ 30.000,03** |"
        ),
        "{md}"
    );
}

#[test]
fn the_budget_and_all_reports_show_every_axis() {
    let plan = classified();
    for kind in ["budget", "all"] {
        let run = pdz_in(&plan.path(), &["report", kind, ".", "--format", "json"]);
        assert_eq!(run.code, 0, "{}", run.stderr);
        let json: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
        let budget = json["reports"]
            .as_array()
            .unwrap()
            .iter()
            .find(|r| r["id"] == "budget")
            .unwrap();
        let ids: Vec<&str> = budget["blocks"]
            .as_array()
            .unwrap()
            .iter()
            .map(|b| b["id"].as_str().unwrap())
            .collect();
        assert_eq!(ids, ["quadro", "by-class"], "{kind}");
        let rows = budget["blocks"][1]["rows"].as_array().unwrap();
        let groups: Vec<&str> = rows
            .iter()
            .filter(|r| r["role"] == "group")
            .map(|r| r["cells"][0]["value"].as_str().unwrap())
            .collect();
        assert_eq!(groups, ["Aree regionali", "Macro-livelli"]);
        // Each axis adds up to the whole budget.
        let subtotals = rows.iter().filter(|r| r["role"] == "subtotal").count();
        assert_eq!(subtotals, 2);
    }
}

#[test]
fn by_an_unknown_axis_or_on_another_report_is_refused() {
    let plan = classified();
    let run = pdz_in(&plan.path(), &["report", "budget", ".", "--by", "fnsp"]);
    assert_eq!(run.code, 2);
    assert!(run.stdout.is_empty());
    assert_eq!(
        run.stderr,
        "pdz: l'asse `fnsp` non esiste: forse intendevi `fnps`?\n"
    );
    let run = pdz_in(&plan.path(), &["report", "funds", ".", "--by", "fnps"]);
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("`--by`"), "{}", run.stderr);
}

/// Line and column (1-based) of the first `needle` in `text`.
fn place(text: &str, needle: &str) -> (u64, u64) {
    let offset = text.find(needle).expect("the needle is in the text");
    let before = &text[..offset];
    let line = before.matches('\n').count() as u64 + 1;
    let column = before.rsplit('\n').next().unwrap().chars().count() as u64 + 1;
    (line, column)
}

#[test]
fn unknown_and_missing_codes_are_located_at_once() {
    let broken = CLASSIFIED
        .replace(
            "regione: poverta, fnps: \"1\"",
            "regione: povrta, fnsp: \"1\"",
        )
        .replace("regione: famiglia-minori, fnps: A2.01", "fnps: a2.01")
        .replace(
            "classes: { regione: poverta }",
            "classes: { regione: poverta, fnps: \"9\" }",
        );
    let plan = TempPlan::base().file("classes.yaml", &broken);
    let checked = plan.check();
    assert_eq!(checked.run.code, 1);
    let found = checked.findings();
    let at = |needle: &str| place(&broken, needle);
    let summary: Vec<(String, u64, u64, String, String)> = found
        .iter()
        .map(|f| {
            (
                f.code.clone(),
                f.line,
                f.column,
                f.message.clone(),
                f.help.clone(),
            )
        })
        .collect();
    let expect = |code: &str, (line, column): (u64, u64), message: &str, help: &str| {
        (
            code.to_string(),
            line,
            column,
            message.to_string(),
            help.to_string(),
        )
    };
    assert_eq!(
        summary,
        vec![
            expect(
                "unknown-reference",
                at("povrta"),
                "codice `povrta` inesistente nell'asse `regione`",
                "forse intendevi `poverta`?"
            ),
            expect(
                "unknown-reference",
                at("fnsp"),
                "asse di classificazione `fnsp` inesistente",
                "forse intendevi `fnps`?"
            ),
            expect(
                "schema",
                at("due"),
                "l'intervento `due` non ha un codice dell'asse `regione`, che è obbligatorio",
                "aggiungi `regione: CODICE` in `classes`; codici: `famiglia-minori`, `poverta`"
            ),
            expect(
                "unknown-reference",
                at("a2.01"),
                "codice `a2.01` inesistente nell'asse `fnps`",
                "forse intendevi `A2.01`?"
            ),
            expect(
                "unknown-reference",
                at("\"9\""),
                "codice `9` inesistente nell'asse `fnps`",
                "valori ammessi: `1`, `A2.01`"
            ),
        ]
    );
    assert!(found.iter().all(|f| f.file == "classes.yaml"), "{found:#?}");
}

#[test]
fn codes_and_axes_declared_twice_or_malformed_are_reported() {
    let plan = TempPlan::base().file(
        "classes.yaml",
        "\
classifications:
  - id: regione
    name: Aree
    codes:
      - { code: a, name: A }
      - { code: a, name: Ancora A }
      - { code: b c, name: Con spazio }
  - id: regione
    name: Di nuovo
    codes: []
  - id: area
    name: Riservato
    codes: []
",
    );
    let checked = plan.check();
    let codes: Vec<(String, u64)> = checked
        .findings()
        .into_iter()
        .map(|f| (f.code, f.line))
        .collect();
    assert_eq!(
        codes,
        [
            ("duplicate-id".to_string(), 6),
            ("schema".to_string(), 7),
            ("duplicate-id".to_string(), 8),
            ("schema".to_string(), 11),
        ]
    );
}

#[test]
fn plans_without_classifications_show_no_new_table() {
    let run = pdz_in(
        &TempPlan::base().path(),
        &["report", "budget", ".", "--format", "json"],
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(!run.stdout.contains("by-class"));
}

/// A generated plan with one axis of `codes` codes; each intervention has one of them or none.
fn generated() -> impl Strategy<Value = (String, i128)> {
    (
        1usize..5,
        prop::collection::vec(
            (
                prop::option::of(0usize..5),
                prop::collection::vec(0i128..1_000_000_000, 0..3),
            ),
            1..10,
        ),
    )
        .prop_map(|(codes, interventions)| {
            let mut yaml = String::from(
                "pdz: 1\nplan: { title: G, period: { from: 2022, to: 2024 } }\n\
                 ambito: { id: a, name: A, comuni: [{ id: c, name: C, population: 10 }] }\n\
                 areas: [{ id: x, name: X }]\n\
                 funds: [{ id: f, programme: regionale, amount: 99999999999 }]\n\
                 classifications:\n  - id: asse\n    name: Asse\n    codes:\n",
            );
            for c in 0..codes {
                yaml.push_str(&format!("      - {{ code: K{c}, name: Codice {c} }}\n"));
            }
            yaml.push_str("interventions:\n");
            let mut total = 0;
            for (i, (code, amounts)) in interventions.iter().enumerate() {
                let classes = code
                    .map(|c| format!("classes: {{ asse: K{} }}, ", c % codes))
                    .unwrap_or_default();
                let budget: Vec<String> = amounts
                    .iter()
                    .enumerate()
                    .map(|(y, a)| format!("{}: {{ f: {} }}", 2022 + y, Cents::new(*a).to_plain()))
                    .collect();
                total += amounts.iter().sum::<i128>();
                yaml.push_str(&format!(
                    "  - {{ id: i{i}, name: I{i}, area: x, {classes}budget: {{ {} }} }}\n",
                    budget.join(", ")
                ));
            }
            (yaml, total)
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn the_rows_of_an_axis_add_up_to_the_budget((yaml, total) in generated()) {
        let loaded = pdz::load::load_texts(
            Path::new("plan.yaml"),
            vec![(PathBuf::from("plan.yaml"), yaml.clone())],
            SourceMap::new(),
        );
        let plan = loaded.plan.expect("the generated plan builds");
        prop_assert!(pdz::check::run(&plan).iter().all(|f| f.code.id() != "unknown-reference"), "{}", yaml);
        let options = report::Options { by: Some(Id::parse("asse").unwrap()), ..Default::default() };
        let document = report::build(&plan, ReportKind::Budget, &options, pdz::i18n::Lang::It);
        let (_, table) = document.tables().next().unwrap();
        let money = |cells: &[Cell]| -> Vec<i128> {
            cells.iter().filter_map(|c| c.money().map(|m| m.get())).collect()
        };
        let items: Vec<Vec<i128>> = table.rows.iter().filter(|r| r.role == Role::Item).map(|r| money(&r.cells)).collect();
        let last = table.rows.last().unwrap();
        prop_assert_eq!(last.role, Role::Total);
        let totals = money(&last.cells);
        prop_assert_eq!(*totals.last().unwrap(), total);
        for column in 0..totals.len() {
            prop_assert_eq!(items.iter().map(|r| r[column]).sum::<i128>(), totals[column]);
        }
    }
}
