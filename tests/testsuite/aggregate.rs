//! `pdz aggregate`: a generated corpus aggregated, every figure checked against the
//! generator's expected totals; a plan with errors listed and left out of the totals.

#[path = "../corpus/mod.rs"]
mod corpus;

use std::path::Path;

use crate::common::pdz;
use serde_json::Value;

/// A small corpus: 8 ambiti of 3 to 12 comuni and 14 to 40 interventions.
fn small_corpus(dir: &Path) -> Vec<corpus::Ambito> {
    corpus::write(dir, 8, 7, (3, 12), (14, 40)).expect("the corpus is written")
}

fn aggregate(args: &[&str]) -> (i32, Value, String) {
    let mut all = vec!["aggregate", "--format", "json"];
    all.extend(args);
    let run = pdz(&all);
    let json = serde_json::from_str(&run.stdout).unwrap_or_else(|e| panic!("{e}: {}", run.stdout));
    (run.code, json, run.stderr)
}

/// The rows of a table, each cell as its exact value (cents for money).
fn rows(json: &Value, table: &str) -> Vec<Vec<String>> {
    let table = json["reports"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|r| r["blocks"].as_array().unwrap())
        .find(|b| b["id"] == table)
        .unwrap_or_else(|| panic!("no table {table}"));
    table["rows"]
        .as_array()
        .unwrap()
        .iter()
        .map(|row| {
            row["cells"]
                .as_array()
                .unwrap()
                .iter()
                .map(|c| match c["type"].as_str().unwrap() {
                    "money" => c["cents"].as_str().unwrap().to_owned(),
                    "text" => c["value"].as_str().unwrap().to_owned(),
                    _ => c["value"].to_string(),
                })
                .collect()
        })
        .collect()
}

#[test]
fn every_figure_matches_the_generator() {
    let dir = tempfile::tempdir().unwrap();
    let ambiti = small_corpus(dir.path());
    let (code, json, stderr) = aggregate(&[dir.path().to_str().unwrap()]);
    assert_eq!(code, 0, "{stderr}");

    let overview = rows(&json, "ambiti");
    assert_eq!(
        overview.len(),
        ambiti.len() + 1,
        "one row per ambito and the total"
    );
    for (row, ambito) in overview.iter().zip(&ambiti) {
        let e = &ambito.expected;
        assert_eq!(row[0], format!("{} ({})", ambito.name, ambito.id));
        assert_eq!(row[1], e.comuni.to_string());
        assert_eq!(row[2], e.population.to_string());
        assert_eq!(row[3], e.interventions.to_string());
        assert_eq!(row[4], e.total().to_string());
        assert_eq!(row[6], e.pnrr.to_string());
    }
    let total = overview.last().unwrap();
    let sum: i128 = ambiti.iter().map(|a| a.expected.total()).sum();
    let population: u64 = ambiti.iter().map(|a| a.expected.population).sum();
    assert_eq!(total[4], sum.to_string());
    assert_eq!(total[2], population.to_string());

    let by_year = rows(&json, "by-year");
    for (row, ambito) in by_year.iter().zip(&ambiti) {
        let expected: Vec<String> = ambito
            .expected
            .by_year
            .iter()
            .map(i128::to_string)
            .collect();
        assert_eq!(row[1..4], expected[..]);
    }
    let columns: Vec<i128> = (0..3)
        .map(|y| ambiti.iter().map(|a| a.expected.by_year[y]).sum())
        .collect();
    let last = by_year.last().unwrap();
    assert_eq!(
        last[1..4],
        columns.iter().map(i128::to_string).collect::<Vec<_>>()[..]
    );

    // Every kind of money, per ambito.
    let by_kind = rows(&json, "by-kind");
    let header: Vec<String> = json["reports"][2]["blocks"][0]["columns"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c.as_str().unwrap().to_owned())
        .collect();
    let label = |kind: &str| match kind {
        "national" => "Fondi nazionali",
        "regional" => "Fondi regionali",
        "municipal" => "Comuni",
        "health" => "Sanità (ASL)",
        "pnrr" => "PNRR",
        other => panic!("{other}"),
    };
    for (row, ambito) in by_kind.iter().zip(&ambiti) {
        for (kind, cents) in &ambito.expected.by_kind {
            let column = header.iter().position(|h| h == label(kind)).unwrap();
            assert_eq!(row[column], cents.to_string(), "{} {kind}", ambito.id);
        }
    }

    // The generator guarantees every national LEPS in every year, and one permanent
    // social worker per 4,500 residents: every ambito meets the LEP.
    let leps = rows(&json, "leps");
    assert!(
        leps.last().unwrap()[1..]
            .iter()
            .all(|c| *c == ambiti.len().to_string())
    );
    let staffing = rows(&json, "staffing");
    assert!(staffing[..ambiti.len()].iter().all(|r| r[4] == "true"));
}

#[test]
fn a_plan_with_errors_is_listed_and_left_out_of_the_totals() {
    let dir = tempfile::tempdir().unwrap();
    let ambiti = small_corpus(dir.path());
    let broken = dir.path().join(&ambiti[2].id).join("funds.yaml");
    let text = std::fs::read_to_string(&broken).unwrap();
    std::fs::write(
        &broken,
        text.replacen("programme: fnps", "programme: fnsp", 1),
    )
    .unwrap();
    let line = text
        .lines()
        .position(|l| l.contains("programme: fnps"))
        .unwrap()
        + 1;

    let (code, json, stderr) = aggregate(&[dir.path().to_str().unwrap()]);
    assert_eq!(code, 1);
    assert_eq!(
        stderr,
        "pdz: un piano su 8 ha errori ed è escluso dai totali\n"
    );
    assert_eq!(
        json["subtitle"],
        "8 piani: 7 nei totali, uno escluso per errori"
    );
    let overview = rows(&json, "ambiti");
    assert_eq!(overview.len(), 8);
    assert!(!overview.iter().any(|r| r[0].contains(&ambiti[2].id)));
    let sum: i128 = ambiti
        .iter()
        .enumerate()
        .filter(|(i, _)| *i != 2)
        .map(|(_, a)| a.expected.total())
        .sum();
    assert_eq!(overview.last().unwrap()[4], sum.to_string());

    let excluded = rows(&json, "excluded");
    assert_eq!(excluded.len(), 1);
    assert!(excluded[0][0].ends_with(&ambiti[2].id));
    let errors = rows(&json, "errors");
    assert_eq!(errors.len(), 1);
    assert!(
        errors[0][0].ends_with(&format!("{}/funds.yaml:{line}:33", ambiti[2].id)),
        "{:?}",
        errors[0]
    );
    assert_eq!(errors[0][1], "unknown-reference");
    assert_eq!(errors[0][2], "programma `fnsp` inesistente");

    let (code, _, _) = aggregate(&["--allow-errors", dir.path().to_str().unwrap()]);
    assert_eq!(code, 0);
}

#[test]
fn plans_and_folders_of_plans_mix_in_the_order_given() {
    let dir = tempfile::tempdir().unwrap();
    small_corpus(dir.path());
    let (code, json, stderr) = aggregate(&[
        "plans/casarano-2022-2024",
        dir.path().join("ats-005").to_str().unwrap(),
        "plans",
    ]);
    assert_eq!(code, 0, "{stderr}");
    let names: Vec<String> = rows(&json, "ambiti")
        .into_iter()
        .map(|r| r[0].clone())
        .collect();
    assert_eq!(
        names,
        [
            "Ambito Territoriale Sociale di Casarano (ats-casarano)",
            "Ambito Territoriale Sociale n. 5 (ats-005)",
            "Ambito Territoriale Sociale di Casarano (ats-casarano)",
            "Totale",
        ]
    );
    let run = pdz(&["aggregate", "no/such/folder"]);
    assert_eq!(run.code, 2);
}

#[test]
fn the_comparison_in_every_format() {
    let dir = tempfile::tempdir().unwrap();
    small_corpus(dir.path());
    let corpus = dir.path().to_str().unwrap();
    let md = pdz(&["aggregate", corpus, "--format", "md"]);
    assert_eq!(md.code, 0);
    assert!(
        md.stdout
            .starts_with("# Confronto tra ambiti\n\n8 piani: 8 nei totali, 0 esclusi per errori\n")
    );
    let html = pdz(&["aggregate", corpus, "--format", "html"]);
    assert!(
        html.stdout.contains("<svg "),
        "a chart of money per resident"
    );
    let out = tempfile::tempdir().unwrap();
    let folder = out.path().join("csv");
    let csv = pdz(&[
        "aggregate",
        corpus,
        "--format",
        "csv",
        "--output",
        folder.to_str().unwrap(),
    ]);
    assert_eq!(csv.code, 0, "{}", csv.stderr);
    let mut names: Vec<String> = std::fs::read_dir(&folder)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert_eq!(
        names,
        [
            "ambiti-ambiti.csv",
            "by-area-by-area.csv",
            "by-kind-by-kind.csv",
            "by-year-by-year.csv",
            "leps-leps.csv",
            "staffing-staffing.csv"
        ]
    );
    let table = pdz(&["aggregate", corpus, "--lang", "en"]);
    assert!(table.stdout.contains("Ambiti compared"));
}

/// A plan of one comune whose areas are `areas`, one intervention each, of `euro(i)`.
fn plan_with_areas(id: &str, areas: &[String], euro: impl Fn(usize) -> u64) -> String {
    let mut text = format!(
        "pdz: 1\nplan: {{ title: Piano {id}, period: {{ from: 2025, to: 2025 }} }}\n\
         ambito: {{ id: {id}, name: Ambito {id}, capofila: c, comuni: [{{ id: c, name: C, population: 1000 }}] }}\n\
         checks: {{ leps-not-covered: off, staffing-ratio: off, fund-underallocated: off }}\n\
         funds: [{{ id: f, programme: regionale, amount: 100000000 }}]\nareas:\n"
    );
    for area in areas {
        text.push_str(&format!("  - {{ id: {area}, name: Area {area} }}\n"));
    }
    text.push_str("interventions:\n");
    for (i, area) in areas.iter().enumerate() {
        text.push_str(&format!(
            "  - {{ id: i{i}, name: I{i}, area: {area}, comuni: all, budget: {{ 2025: {{ f: {} }} }} }}\n",
            euro(i)
        ));
    }
    text
}

#[test]
fn beyond_thirty_areas_the_smallest_are_summed_in_one_column() {
    // Five plans of eight areas each, of their own: 40 areas, 10 beyond the 30 columns.
    let dir = tempfile::tempdir().unwrap();
    let mut grand = 0;
    for p in 0..5 {
        let areas: Vec<String> = (0..8).map(|a| format!("p{p}-a{a}")).collect();
        let euro = |i: usize| 1000 * (p as u64 * 8 + i as u64 + 1);
        grand += (0..8).map(euro).sum::<u64>();
        let plan = dir.path().join(format!("ats-{p}"));
        std::fs::create_dir(&plan).unwrap();
        std::fs::write(
            plan.join("plan.yaml"),
            plan_with_areas(&format!("ats-{p}"), &areas, euro),
        )
        .unwrap();
    }
    let (code, json, stderr) = aggregate(&[dir.path().to_str().unwrap()]);
    assert_eq!(code, 0, "{stderr}");
    let table = rows(&json, "by-area");
    // Ambito, 30 areas, the other 10, total.
    assert_eq!(table[0].len(), 1 + 30 + 1 + 1, "{:?}", table[0]);
    let total = table.last().unwrap();
    let cents: Vec<u64> = total[1..].iter().map(|c| c.parse().unwrap()).collect();
    let (columns, grand_total) = cents.split_at(cents.len() - 1);
    assert_eq!(grand_total[0], grand * 100);
    assert_eq!(
        columns.iter().sum::<u64>(),
        grand * 100,
        "the columns add up to the total"
    );
    // The ten smallest areas (1,000 to 10,000 euro, the first plan's eight and two of the
    // second) are the ones summed: 55,000 euro.
    assert_eq!(*columns.last().unwrap(), 55_000 * 100);
    let md = pdz(&["aggregate", dir.path().to_str().unwrap(), "--format", "md"]).stdout;
    assert!(md.contains("| Altre aree (10) |"), "{md}");
}

#[test]
fn beyond_thirty_leps_those_fewest_ambiti_have_are_counted_in_a_note() {
    // Five plans with eight local LEPS each, of their own, besides the 18 national ones.
    let dir = tempfile::tempdir().unwrap();
    for p in 0..5 {
        let areas = vec!["accesso".to_string()];
        let mut text = plan_with_areas(&format!("ats-{p}"), &areas, |_| 1000);
        text.push_str("leps:\n");
        for l in 0..8 {
            text.push_str(&format!(
                "  - {{ id: p{p}-l{l}, name: Locale {p}.{l}, required: false }}\n"
            ));
        }
        let plan = dir.path().join(format!("ats-{p}"));
        std::fs::create_dir(&plan).unwrap();
        std::fs::write(plan.join("plan.yaml"), text).unwrap();
    }
    let (code, json, stderr) = aggregate(&[dir.path().to_str().unwrap()]);
    assert_eq!(code, 0, "{stderr}");
    let table = rows(&json, "leps");
    assert_eq!(
        table[0].len(),
        1 + 30,
        "the ambito and 30 LEPS: {:?}",
        table[0]
    );
    let md = pdz(&["aggregate", dir.path().to_str().unwrap(), "--format", "md"]).stdout;
    // 18 national LEPS, in every plan, come first; 12 of the 40 local ones fill the columns.
    assert!(
        md.contains("Altri 28 LEPS locali, presenti in meno ambiti, non sono mostrati."),
        "{md}"
    );
    assert!(
        md.contains("Segretariato sociale") && md.contains("Locale 0.0"),
        "{md}"
    );
    assert!(
        !md.contains("Locale 4.7"),
        "the last local LEPS seen is left out: {md}"
    );
}
