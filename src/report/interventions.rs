//! `interventions`: the list by area; with `--detail`, one *scheda* per intervention.

use std::collections::BTreeMap;

use super::budget::group_row;
use super::context::{Context, add};
use super::model::{Block, Cell, Report, Role, Row, Table};
use crate::model::{Cents, Id, Intervention, Management, Reach, Status, Year};

pub fn build(cx: &Context, detail: bool) -> Report {
    let mut blocks = vec![Block::Table(list(cx))];
    if detail {
        for intervention in cx.scope.interventions(cx.plan) {
            blocks.extend(scheda(cx, intervention));
        }
    }
    Report {
        id: "interventions",
        title: cx.t("report-interventions"),
        blocks,
        tidy: None,
    }
}

fn list(cx: &Context) -> Table {
    let mut columns = vec![
        cx.t("col-intervention"),
        cx.t("col-leps"),
        cx.t("col-targets"),
        cx.t("col-management"),
        cx.t("col-comuni"),
    ];
    columns.extend(cx.year_columns());
    columns.push(cx.t("col-total"));
    let mut table = Table {
        id: "list",
        title: cx.t("interventions-list"),
        columns,
        rows: Vec::new(),
    };
    let mut grand: BTreeMap<Year, Cents> = BTreeMap::new();
    for area in &cx.plan.areas {
        let interventions: Vec<&Intervention> = cx
            .scope
            .interventions(cx.plan)
            .filter(|i| i.area.value == area.id.value)
            .collect();
        if interventions.is_empty() {
            continue;
        }
        table
            .rows
            .push(group_row(area.name.clone(), table.columns.len()));
        let mut subtotal: BTreeMap<Year, Cents> = BTreeMap::new();
        for intervention in interventions {
            let years = money_by_year(cx, intervention);
            for (year, money) in &years {
                add(&mut subtotal, *year, *money);
                add(&mut grand, *year, *money);
            }
            let mut cells = vec![
                Cell::Text(intervention.name.value.clone()),
                Cell::Text(leps_list(cx, intervention)),
                Cell::Text(targets(cx, intervention)),
                Cell::Text(management(
                    cx,
                    intervention.management.as_ref().map(|m| m.value),
                )),
                Cell::Text(reach(cx, &intervention.comuni)),
            ];
            cells.extend(cx.money_by_year(&years));
            table.rows.push(Row::item(cells));
        }
        let mut cells = vec![
            Cell::Text(cx.t("row-subtotal")),
            Cell::Empty,
            Cell::Empty,
            Cell::Empty,
            Cell::Empty,
        ];
        cells.extend(cx.money_by_year(&subtotal));
        table.rows.push(Row::new(Role::Subtotal, cells));
    }
    let mut cells = vec![
        Cell::Text(cx.t("row-total")),
        Cell::Empty,
        Cell::Empty,
        Cell::Empty,
        Cell::Empty,
    ];
    cells.extend(cx.money_by_year(&grand));
    table.rows.push(Row::new(Role::Total, cells));
    table
}

/// The *scheda* of one intervention: its facts, its budget and its indicators.
fn scheda(cx: &Context, intervention: &Intervention) -> Vec<Block> {
    let mut blocks = vec![Block::Heading {
        text: intervention.name.value.clone(),
    }];
    let facts: Vec<(&'static str, String)> = vec![
        ("col-id", intervention.id.value.to_string()),
        ("col-area", cx.area_label(&intervention.area.value)),
        ("col-leps", leps_list(cx, intervention)),
        ("col-targets", targets(cx, intervention)),
        (
            "col-management",
            management(cx, intervention.management.as_ref().map(|m| m.value)),
        ),
        (
            "col-provider",
            intervention.provider.clone().unwrap_or_default(),
        ),
        ("col-comuni", reach(cx, &intervention.comuni)),
        ("col-status", status(cx, intervention.status)),
        (
            "col-cup",
            intervention
                .cup
                .as_ref()
                .map(|c| c.value.clone())
                .unwrap_or_default(),
        ),
    ];
    blocks.push(Block::Table(Table {
        id: "scheda",
        title: cx.t("scheda-facts"),
        columns: vec![cx.t("col-item"), cx.t("col-value")],
        rows: facts
            .into_iter()
            .filter(|(_, value)| !value.is_empty())
            .map(|(key, value)| Row::item(vec![Cell::Text(cx.t(key)), Cell::Text(value)]))
            .collect(),
    }));
    if let Some(description) = &intervention.description {
        blocks.push(Block::Paragraph {
            text: description.clone(),
        });
    }

    let mut columns = vec![cx.t("col-fund")];
    columns.extend(cx.year_columns());
    columns.push(cx.t("col-total"));
    let mut budget = Table {
        id: "scheda-budget",
        title: cx.t("scheda-budget"),
        columns,
        rows: Vec::new(),
    };
    let mut by_fund: Vec<(Id, BTreeMap<Year, Cents>)> = Vec::new();
    for line in cx.scope.lines_of(intervention) {
        let index = match by_fund.iter().position(|(f, _)| *f == line.fund.value) {
            Some(index) => index,
            None => {
                by_fund.push((line.fund.value.clone(), BTreeMap::new()));
                by_fund.len() - 1
            }
        };
        add(&mut by_fund[index].1, line.year.value, line.amount.value);
    }
    for (fund, years) in &by_fund {
        let mut cells = vec![Cell::Text(cx.fund_label(fund))];
        cells.extend(cx.money_by_year(years));
        budget.rows.push(Row::item(cells));
    }
    let mut cells = vec![Cell::Text(cx.t("row-total"))];
    cells.extend(cx.money_by_year(&money_by_year(cx, intervention)));
    budget.rows.push(Row::new(Role::Total, cells));
    blocks.push(Block::Table(budget));

    if !intervention.indicators.is_empty() {
        blocks.push(Block::Table(Table {
            id: "scheda-indicators",
            title: cx.t("scheda-indicators"),
            columns: vec![
                cx.t("col-indicator"),
                cx.t("col-unit"),
                cx.t("col-baseline"),
                cx.t("col-target"),
            ],
            rows: intervention
                .indicators
                .iter()
                .map(|i| {
                    let value = |v: Option<crate::model::Hundredths>| {
                        v.map_or(Cell::Empty, |v| Cell::Decimal(u128::from(v.get())))
                    };
                    Row::item(vec![
                        Cell::Text(i.name.clone()),
                        Cell::Text(i.unit.clone().unwrap_or_default()),
                        value(i.baseline),
                        value(i.target),
                    ])
                })
                .collect(),
        }));
    }
    blocks
}

fn money_by_year(cx: &Context, intervention: &Intervention) -> BTreeMap<Year, Cents> {
    let mut years = BTreeMap::new();
    for line in cx.scope.lines_of(intervention) {
        add(&mut years, line.year.value, line.amount.value);
    }
    years
}

fn leps_list(cx: &Context, intervention: &Intervention) -> String {
    intervention
        .leps
        .iter()
        .map(|id| {
            cx.plan
                .leps_level(&id.value)
                .map_or_else(|| id.value.to_string(), |l| l.name.clone())
        })
        .collect::<Vec<_>>()
        .join("; ")
}

/// The intervention's target groups in words.
fn targets(cx: &Context, intervention: &Intervention) -> String {
    intervention
        .targets
        .iter()
        .map(|t| cx.target_label(t.value))
        .collect::<Vec<_>>()
        .join(", ")
}

pub fn reach(cx: &Context, reach: &Reach) -> String {
    match reach {
        Reach::All => cx.t("comuni-all"),
        Reach::Some(ids) => ids
            .iter()
            .map(|id| {
                cx.plan
                    .ambito
                    .comune(&id.value)
                    .map_or_else(|| id.value.to_string(), |c| c.name.clone())
            })
            .collect::<Vec<_>>()
            .join(", "),
    }
}

pub fn management(cx: &Context, management: Option<Management>) -> String {
    management.map_or_else(String::new, |m| {
        cx.t(match m {
            Management::Direct => "management-direct",
            Management::Contracted => "management-contracted",
            Management::Accredited => "management-accredited",
            Management::CoDesigned => "management-co-designed",
            Management::DelegatedAsl => "management-delegated-asl",
            Management::Vouchers => "management-vouchers",
        })
    })
}

fn status(cx: &Context, status: Option<Status>) -> String {
    status.map_or_else(String::new, |s| {
        cx.t(match s {
            Status::New => "status-new",
            Status::Continued => "status-continued",
            Status::Strengthened => "status-strengthened",
        })
    })
}
