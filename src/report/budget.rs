//! `budget`: the *quadro finanziario*, area × fund allocation × year, with
//! subtotals per area and a grand total; `--detail` goes down to interventions.
//! With `--by AXIS`, the budget by the codes of that axis instead (see [`super::classes`]);
//! a plan with `classifications` also gets its budget by each of them.

use foldhash::HashMap;
use std::collections::BTreeMap;

use super::classes::{self, Axis};
use super::context::{Context, add};
use super::model::{Block, Cell, Report, Role, Row, Table};
use crate::model::{Cents, Id, Year};

/// A row of the quadro: (the intervention's position, for the detail; the allocation's position).
type RowKey = (Option<usize>, usize);

pub fn build(cx: &Context, detail: bool, by: Option<&Id>) -> Report {
    let plan = cx.plan;
    if let Some(axis) = by.and_then(|id| Axis::named(cx, id)) {
        return Report {
            id: "budget",
            title: cx.t("report-budget"),
            blocks: vec![Block::Table(classes::table(cx, &axis, detail))],
            tidy: Some(lines(cx)),
        };
    }
    let mut columns = vec![if detail {
        cx.t("col-intervention")
    } else {
        cx.t("col-area")
    }];
    columns.push(cx.t("col-fund"));
    columns.extend(cx.year_columns());
    columns.push(cx.t("col-total"));
    let mut table = Table {
        id: "quadro",
        title: cx.t(if detail {
            "budget-detail"
        } else {
            "budget-quadro"
        }),
        columns,
        rows: Vec::new(),
    };
    let fund_positions: HashMap<&Id, usize> = plan
        .funds
        .iter()
        .enumerate()
        .map(|(position, fund)| (&fund.id.value, position))
        .collect();
    let mut grand: BTreeMap<Year, Cents> = BTreeMap::new();
    for area in &plan.areas {
        if cx
            .scope
            .area
            .as_ref()
            .is_some_and(|id| *id != area.id.value)
        {
            continue;
        }
        // Rows of the area: (intervention for the detail, allocation) → money per year,
        // in the plan's order (interventions, then allocations).
        let mut rows: BTreeMap<RowKey, BTreeMap<Year, Cents>> = BTreeMap::new();
        for (position, intervention) in plan.interventions.iter().enumerate() {
            if intervention.area.value != area.id.value {
                continue;
            }
            for line in cx.scope.lines_of(intervention) {
                let Some(&fund) = fund_positions.get(&line.fund.value) else {
                    continue;
                };
                let key = (detail.then_some(position), fund);
                add(
                    rows.entry(key).or_default(),
                    line.year.value,
                    line.amount.value,
                );
            }
        }
        if rows.is_empty() {
            continue;
        }
        table
            .rows
            .push(group_row(area.name.clone(), table.columns.len()));
        let mut subtotal: BTreeMap<Year, Cents> = BTreeMap::new();
        for ((which, fund), years) in &rows {
            let first =
                which.map_or_else(String::new, |i| plan.interventions[i].name.value.clone());
            let mut cells = vec![
                Cell::Text(first),
                Cell::Text(cx.fund_label(&plan.funds[*fund].id.value)),
            ];
            cells.extend(cx.money_by_year(years));
            table.rows.push(Row::item(cells));
            for (year, amount) in years {
                add(&mut subtotal, *year, *amount);
                add(&mut grand, *year, *amount);
            }
        }
        let mut cells = vec![Cell::Text(cx.t("row-subtotal")), Cell::Empty];
        cells.extend(cx.money_by_year(&subtotal));
        table.rows.push(Row::new(Role::Subtotal, cells));
    }
    let mut cells = vec![Cell::Text(cx.t("row-total")), Cell::Empty];
    cells.extend(cx.money_by_year(&grand));
    table.rows.push(Row::new(Role::Total, cells));

    let mut blocks = vec![Block::Table(table)];
    if !plan.classifications.is_empty() {
        let axes: Vec<Axis> = plan.classifications.iter().map(Axis::declared).collect();
        blocks.push(Block::Table(classes::combined(cx, &axes)));
    }
    Report {
        id: "budget",
        title: cx.t("report-budget"),
        blocks,
        tidy: Some(lines(cx)),
    }
}

/// One row per budget line: the long form `pdz import budget` reads back.
fn lines(cx: &Context) -> Table {
    Table {
        id: "lines",
        title: cx.t("budget-lines"),
        // Column names are the import format's, in English in every language.
        columns: ["intervention", "name", "area", "year", "fund", "amount"]
            .map(String::from)
            .to_vec(),
        rows: cx
            .scope
            .lines(cx.plan)
            .map(|(intervention, line)| {
                Row::item(vec![
                    Cell::Text(intervention.id.value.to_string()),
                    Cell::Text(intervention.name.value.clone()),
                    Cell::Text(intervention.area.value.to_string()),
                    Cell::Year(line.year.value),
                    Cell::Text(line.fund.value.to_string()),
                    Cell::Money(line.amount.value),
                ])
            })
            .collect(),
    }
}

/// A group heading spanning the table: the label, then empty cells.
pub fn group_row(label: String, width: usize) -> Row {
    let mut cells = vec![Cell::Text(label)];
    cells.resize(width, Cell::Empty);
    Row::new(Role::Group, cells)
}
