//! Property tests: for random valid plans, every report's totals equal the sum of the
//! budget lines to the cent, the comuni shares add up exactly to each allocation, and
//! the JSON of the budget carries every amount unchanged, and the execution report's
//! programmed, committed and paid totals are those of the lines; and the findings of a
//! plan are the same whatever the order of its files and of its entries.

use std::path::{Path, PathBuf};

use proptest::prelude::*;

use pdz::model::Cents;
use pdz::report::{self, Cell, ReportKind, Role};
use pdz::source::SourceMap;

/// A generated plan: its YAML, and what the tests expect of it.
#[derive(Debug, Clone)]
struct Generated {
    yaml: String,
    /// (year, cents) of every budget line, in file order.
    lines: Vec<(u16, i128)>,
    /// Amounts of the allocations split by population.
    splits: Vec<i128>,
    /// (committed, paid) cents declared in `actuals` for each budget line, in file order.
    actuals: Vec<(i128, i128)>,
}

fn plan() -> impl Strategy<Value = Generated> {
    (
        prop::collection::vec(1u64..200_000, 1..6),
        1usize..4,
        prop::collection::vec((0i128..5_000_000_000, any::<bool>()), 1..5),
        prop::collection::vec(
            (
                0usize..4,
                prop::collection::vec((0u16..3, 0usize..5, 0i128..1_000_000_000, 0i128..=100, 0i128..=100), 0..5),
                any::<bool>(),
            ),
            1..12,
        ),
    )
        .prop_map(|(populations, areas, funds, interventions)| {
            let mut yaml = String::from(
                "pdz: 1\nplan:\n  title: Generato\n  period: { from: 2022, to: 2024 }\nambito:\n  id: ats\n  name: Ambito\n  comuni:\n",
            );
            for (i, population) in populations.iter().enumerate() {
                yaml.push_str(&format!("    - {{ id: c{i}, name: Comune {i}, population: {population} }}\n"));
            }
            yaml.push_str("areas:\n");
            for a in 0..areas {
                yaml.push_str(&format!("  - {{ id: a{a}, name: Area {a} }}\n"));
            }
            yaml.push_str("funds:\n");
            let mut splits = Vec::new();
            for (f, (amount, split)) in funds.iter().enumerate() {
                let money = Cents::new(*amount).to_plain();
                let split_text = if *split { ", split: population" } else { "" };
                yaml.push_str(&format!("  - {{ id: f{f}, programme: regionale, amount: {money}{split_text} }}\n"));
                if *split {
                    splits.push(*amount);
                }
            }
            yaml.push_str("interventions:\n");
            let mut lines = Vec::new();
            let mut actuals = Vec::new();
            let mut actuals_yaml = String::from("actuals:\n");
            for (i, (area, budget, all)) in interventions.iter().enumerate() {
                let reach = if *all || populations.len() == 1 { "all".to_string() } else { "[c0]".to_string() };
                yaml.push_str(&format!(
                    "  - id: i{i}\n    name: Intervento {i}\n    area: a{}\n    comuni: {reach}\n    budget:\n",
                    area % areas
                ));
                // One entry per year: several funds in a year go in the same mapping.
                for year in 0..3u16 {
                    let in_year: Vec<_> = budget.iter().filter(|(y, ..)| *y == year).collect();
                    let mut seen = Vec::new();
                    let mut entries = Vec::new();
                    for (_, fund, amount, committed_pct, paid_pct) in in_year {
                        let fund = fund % funds.len();
                        if seen.contains(&fund) {
                            continue;
                        }
                        seen.push(fund);
                        entries.push(format!("f{fund}: {}", Cents::new(*amount).to_plain()));
                        lines.push((2022 + year, *amount));
                        let committed = amount * committed_pct / 100;
                        let paid = committed * paid_pct / 100;
                        actuals.push((committed, paid));
                        actuals_yaml.push_str(&format!(
                            "  - {{ intervention: i{i}, year: {}, fund: f{fund}, committed: {}, paid: {} }}\n",
                            2022 + year,
                            Cents::new(committed).to_plain(),
                            Cents::new(paid).to_plain()
                        ));
                    }
                    if !entries.is_empty() {
                        yaml.push_str(&format!("      {}: {{ {} }}\n", 2022 + year, entries.join(", ")));
                    }
                }
                if budget.is_empty() {
                    yaml.push_str("      {}\n");
                }
            }
            if !actuals.is_empty() {
                yaml.push_str(&actuals_yaml);
            }
            Generated { yaml, lines, splits, actuals }
        })
}

fn build(generated: &Generated, kind: ReportKind) -> report::Document {
    let loaded = pdz::load::load_texts(
        Path::new("plan.yaml"),
        vec![(PathBuf::from("plan.yaml"), generated.yaml.clone())],
        SourceMap::new(),
    );
    let errors: Vec<_> = loaded
        .findings
        .iter()
        .filter(|f| f.severity == pdz::findings::Severity::Error)
        .collect();
    assert!(errors.is_empty(), "{errors:#?}\n{}", generated.yaml);
    let plan = loaded.plan.expect("a generated plan builds");
    report::build(
        &plan,
        kind,
        &report::Options::default(),
        pdz::i18n::Lang::It,
    )
}

/// The money cells of the total row of a table, in column order.
fn total_row(document: &report::Document, table: &str) -> Vec<i128> {
    let (_, table) = document
        .tables()
        .find(|(_, t)| t.id == table)
        .expect("the table exists");
    let row = table
        .rows
        .iter()
        .find(|r| r.role == Role::Total)
        .expect("a total row");
    row.cells
        .iter()
        .filter_map(|c| c.money().map(|m| m.get()))
        .collect()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn report_totals_equal_the_budget_lines(generated in plan()) {
        let total: i128 = generated.lines.iter().map(|(_, c)| c).sum();
        let per_year: Vec<i128> = (2022..=2024)
            .map(|y| generated.lines.iter().filter(|(year, _)| *year == y).map(|(_, c)| c).sum())
            .collect();
        let mut expected = per_year.clone();
        expected.push(total);

        let budget = build(&generated, ReportKind::Budget);
        prop_assert_eq!(total_row(&budget, "quadro"), expected.clone());
        let summary = build(&generated, ReportKind::Summary);
        prop_assert_eq!(total_row(&summary, "by-area"), expected.clone());
        prop_assert_eq!(total_row(&summary, "by-year"), vec![total]);
        let interventions = build(&generated, ReportKind::Interventions);
        prop_assert_eq!(total_row(&interventions, "list"), expected);
        let comuni = build(&generated, ReportKind::Comuni);
        prop_assert_eq!(total_row(&comuni, "comuni")[0], total);
    }

    #[test]
    fn execution_totals_equal_the_lines_and_their_actuals(generated in plan()) {
        let programmed: i128 = generated.lines.iter().map(|(_, c)| c).sum();
        let committed: i128 = generated.actuals.iter().map(|(c, _)| c).sum();
        let paid: i128 = generated.actuals.iter().map(|(_, p)| p).sum();
        let expected = vec![programmed, committed, paid, programmed - committed];
        let execution = build(&generated, ReportKind::Execution);
        for table in ["by-area", "by-fund", "by-year"] {
            prop_assert_eq!(total_row(&execution, table), expected.clone(), "{}", table);
        }
    }

    #[test]
    fn comuni_columns_add_up_to_their_totals(generated in plan()) {
        let document = build(&generated, ReportKind::Comuni);
        let (_, table) = document.tables().find(|(_, t)| t.id == "comuni").unwrap();
        let money = |cells: &[Cell]| -> Vec<i128> {
            cells.iter().filter_map(|c| c.money().map(|m| m.get())).collect()
        };
        let items: Vec<Vec<i128>> = table.rows.iter().filter(|r| r.role == Role::Item).map(|r| money(&r.cells)).collect();
        let total = money(&table.rows.last().unwrap().cells);
        // Column 0: money attributed; then one column per split allocation (per-resident
        // columns are rounded per comune and are not additive).
        let additive: Vec<usize> = std::iter::once(0).chain((0..generated.splits.len()).map(|s| 2 + s)).collect();
        for column in additive {
            let sum: i128 = items.iter().map(|r| r[column]).sum();
            prop_assert_eq!(sum, total[column]);
        }
        for (s, amount) in generated.splits.iter().enumerate() {
            prop_assert_eq!(total[2 + s], *amount);
        }
    }

    #[test]
    fn budget_json_carries_every_amount_unchanged(generated in plan()) {
        let document = build(&generated, ReportKind::Budget);
        let tidy = document.reports[0].tidy.as_ref().unwrap();
        let amounts: Vec<(u16, i128)> = tidy.rows.iter().map(|r| match (&r.cells[3], &r.cells[5]) {
            (Cell::Year(y), Cell::Money(m)) => (y.get(), m.get()),
            other => panic!("{other:?}"),
        }).collect();
        prop_assert_eq!(amounts, generated.lines.clone());
        let json = pdz::render::render(&document, pdz::render::Format::Json, &Default::default()).unwrap();
        let value: serde_json::Value = serde_json::from_str(&json).unwrap();
        let cells = value["reports"][0]["blocks"][0]["rows"].as_array().unwrap().last().unwrap()["cells"].as_array().unwrap().clone();
        let grand = cells.last().unwrap();
        let total: i128 = generated.lines.iter().map(|(_, c)| c).sum();
        prop_assert_eq!(grand["cents"].as_str().unwrap().parse::<i128>().unwrap(), total);
        prop_assert_eq!(grand["value"].as_str().unwrap(), Cents::new(total).to_fixed());
    }
}

/// The top-level sections of a generated plan, one file each (`0-pdz.yaml`, `1-plan.yaml`...).
fn section_files(yaml: &str) -> Vec<(PathBuf, String)> {
    let mut files: Vec<(PathBuf, String)> = Vec::new();
    for line in yaml.lines() {
        if !line.starts_with(' ') {
            let key = line.split(':').next().unwrap_or("section");
            files.push((
                PathBuf::from(format!("{}-{key}.yaml", files.len())),
                String::new(),
            ));
        }
        if let Some((_, text)) = files.last_mut() {
            text.push_str(line);
            text.push('\n');
        }
    }
    files
}

/// A permutation of `0..n` drawn from `seed` (Fisher-Yates with an LCG).
fn permutation(n: usize, seed: u64) -> Vec<usize> {
    let mut order: Vec<usize> = (0..n).collect();
    let mut state = seed | 1;
    for i in (1..n).rev() {
        state = state
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        order.swap(i, (state >> 33) as usize % (i + 1));
    }
    order
}

/// Every finding of the plan made of `files`, each rendered alone with its place, sorted.
fn findings_of(files: Vec<(PathBuf, String)>) -> Vec<String> {
    let loaded = pdz::load::load_texts(Path::new("plan"), files, SourceMap::new());
    let checked = pdz::check::check(loaded, &Default::default());
    let mut rendered: Vec<String> = checked
        .findings
        .iter()
        .map(|f| {
            pdz::findings::output::human::render(
                std::slice::from_ref(f),
                &checked.loaded.sources,
                pdz::i18n::Lang::En,
            )
        })
        .collect();
    rendered.sort();
    rendered
}

/// Codes, severities and messages of the plan's findings, sorted: what does not
/// depend on where an entry is written.
fn messages_of(yaml: &str) -> Vec<String> {
    let loaded = pdz::load::load_texts(
        Path::new("plan"),
        vec![(PathBuf::from("plan.yaml"), yaml.to_owned())],
        SourceMap::new(),
    );
    let checked = pdz::check::check(loaded, &Default::default());
    let mut messages: Vec<String> = checked
        .findings
        .iter()
        .map(|f| {
            format!(
                "{}[{}]: {}",
                f.severity.id(),
                f.code.id(),
                pdz::i18n::tr(pdz::i18n::Lang::En, &f.message)
            )
        })
        .collect();
    messages.sort();
    messages
}

/// The plan with the entries of its `interventions` section in another order.
fn reorder_interventions(yaml: &str, order: &[usize]) -> String {
    let (head, rest) = yaml
        .split_once("interventions:\n")
        .expect("an interventions section");
    let (body, tail) = match rest.find("\nactuals:") {
        Some(at) => rest.split_at(at + 1),
        None => (rest, ""),
    };
    let mut entries: Vec<String> = Vec::new();
    for line in body.lines() {
        if line.starts_with("  - ") || entries.is_empty() {
            entries.push(String::new());
        }
        let entry = entries.last_mut().expect("an entry");
        entry.push_str(line);
        entry.push('\n');
    }
    let reordered: String = order.iter().map(|&i| entries[i].as_str()).collect();
    // Every entry exactly once: the order is a permutation.
    assert_eq!(reordered.len(), body.len(), "a permutation of the entries");
    format!("{head}interventions:\n{reordered}{tail}")
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    #[test]
    fn findings_do_not_depend_on_the_order_of_files(
        generated in plan(),
        seed in any::<u64>(),
    ) {
        let files = section_files(&generated.yaml);
        let shuffled = permutation(files.len(), seed).into_iter().map(|i| files[i].clone()).collect();
        let expected = findings_of(files);
        prop_assert_eq!(findings_of(shuffled), expected);
    }

    #[test]
    fn findings_do_not_depend_on_the_order_of_entries(
        generated in plan(),
        seed in any::<u64>(),
    ) {
        let entries = generated.yaml.split("interventions:\n").nth(1).map_or(0, |rest| {
            rest.split("\nactuals:").next().unwrap_or("").lines().filter(|l| l.starts_with("  - ")).count()
        });
        let reordered = reorder_interventions(&generated.yaml, &permutation(entries, seed));
        prop_assert_eq!(messages_of(&reordered), messages_of(&generated.yaml));
    }
}
