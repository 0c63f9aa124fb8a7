//! `leps`: each LEPS × plan year, covered or not, with its interventions and their money.

use super::context::Context;
use super::model::{Block, Cell, Report, Role, Row, Table};
use crate::analyse::leps_coverage;
use crate::model::Cents;

pub fn build(cx: &Context) -> Report {
    let coverage = leps_coverage(cx.plan);
    let years = cx.years();
    let mut columns = vec![cx.t("col-leps"), cx.t("col-required")];
    columns.extend(cx.year_columns());
    columns.push(cx.t("col-interventions"));
    let mut table = Table {
        id: "coverage",
        title: cx.t("leps-table"),
        columns,
        rows: Vec::new(),
    };
    let mut covered_per_year = vec![0u128; years.len()];
    for level in &coverage {
        let mut cells = vec![
            Cell::Text(level.leps.name.clone()),
            Cell::Check(level.leps.required),
        ];
        let mut names: Vec<&str> = Vec::new();
        for (index, year) in years.iter().enumerate() {
            let funded: Vec<_> = level
                .years
                .iter()
                .filter(|(y, _)| y == year)
                .flat_map(|(_, interventions)| interventions.iter())
                .filter(|(intervention, _)| cx.scope.includes(intervention))
                .collect();
            if funded.is_empty() {
                cells.push(Cell::Check(false));
                continue;
            }
            if level.leps.required {
                covered_per_year[index] += 1;
            }
            cells.push(Cell::Money(
                funded.iter().map(|(_, money)| *money).sum::<Cents>(),
            ));
            for (intervention, _) in funded {
                if !names.contains(&intervention.name.value.as_str()) {
                    names.push(&intervention.name.value);
                }
            }
        }
        cells.push(Cell::Text(names.join("; ")));
        table.rows.push(Row::item(cells));
    }
    let required = coverage.iter().filter(|c| c.leps.required).count() as u128;
    let mut cells = vec![
        Cell::Text(cx.t("row-required-covered")),
        Cell::Count(required),
    ];
    cells.extend(covered_per_year.into_iter().map(Cell::Count));
    cells.push(Cell::Empty);
    table.rows.push(Row::new(Role::Total, cells));
    Report {
        id: "leps",
        title: cx.t("report-leps"),
        blocks: vec![Block::Table(table)],
        tidy: None,
    }
}
