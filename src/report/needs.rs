//! `needs`: the *quadro conoscitivo*, each need beside the interventions of its area and their money.

use super::budget::group_row;
use super::context::Context;
use super::model::{Block, Cell, Report, Role, Row, Table};
use crate::model::Cents;

/// Whether an area's subtotal row names its interventions or only counts them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Interventions {
    /// The names, joined: the planning report.
    Named,
    /// Only the count: the council document, which lists them elsewhere.
    Counted,
}

pub fn build(cx: &Context, interventions: Interventions) -> Report {
    let named = interventions == Interventions::Named;
    let mut columns = vec![
        cx.t("col-need"),
        cx.t("col-value"),
        cx.t("col-unit"),
        cx.t("col-year"),
        cx.t("col-source"),
    ];
    if named {
        columns.push(cx.t("col-interventions"));
    }
    columns.push(cx.t("col-money"));
    let mut table = Table {
        id: "needs",
        title: cx.t("needs-table"),
        columns,
        rows: Vec::new(),
    };
    for area in &cx.plan.areas {
        if cx
            .scope
            .area
            .as_ref()
            .is_some_and(|id| *id != area.id.value)
        {
            continue;
        }
        let needs: Vec<_> = cx
            .plan
            .needs
            .iter()
            .filter(|n| n.area.value == area.id.value)
            .collect();
        if needs.is_empty() {
            continue;
        }
        table
            .rows
            .push(group_row(area.name.clone(), table.columns.len()));
        for need in needs {
            let mut cells = vec![
                Cell::Text(need.name.clone()),
                need.value
                    .map_or(Cell::Empty, |v| Cell::Decimal(u128::from(v.get()))),
                Cell::Text(need.unit.clone().unwrap_or_default()),
                need.year
                    .as_ref()
                    .map_or(Cell::Empty, |y| Cell::Year(y.value)),
                Cell::Text(need.source.clone().unwrap_or_default()),
                Cell::Empty,
            ];
            if named {
                cells.push(Cell::Empty);
            }
            table.rows.push(Row::item(cells));
        }
        let interventions: Vec<_> = cx
            .scope
            .interventions(cx.plan)
            .filter(|i| i.area.value == area.id.value)
            .collect();
        let money: Cents = cx
            .scope
            .lines(cx.plan)
            .filter(|(i, _)| i.area.value == area.id.value)
            .map(|(_, line)| line.amount.value)
            .sum();
        let names: Vec<&str> = interventions
            .iter()
            .map(|i| i.name.value.as_str())
            .collect();
        let mut cells = vec![
            Cell::Text(cx.t("needs-area-interventions")),
            Cell::Count(names.len() as u128),
            Cell::Empty,
            Cell::Empty,
            Cell::Empty,
        ];
        if named {
            cells.push(Cell::Text(names.join("; ")));
        }
        cells.push(Cell::Money(money));
        table.rows.push(Row::new(Role::Subtotal, cells));
    }
    let blocks = if table.rows.is_empty() {
        // The empty table gives CSV its header row; the other formats show the paragraph.
        vec![
            Block::Paragraph {
                text: cx.t("needs-none"),
            },
            Block::Table(table),
        ]
    } else {
        vec![Block::Table(table)]
    };
    Report {
        id: "needs",
        title: cx.t("report-needs"),
        blocks,
        tidy: None,
    }
}
