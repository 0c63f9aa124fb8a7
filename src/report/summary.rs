//! `summary`: the plan at a glance.

use std::collections::BTreeMap;

use super::context::{Context, add, kinds, share_cell};
use super::model::{Bars, Block, Cell, Chart, ChartUnit, Report, Role, Row, Series, Table};
use crate::analyse::holders::{Holder, by_holder};
use crate::analyse::leps_coverage;
use crate::i18n::Message;
use crate::model::{Area, Cents, FundKind, Year};

pub fn build(cx: &Context) -> Report {
    let plan = cx.plan;
    let mut by_year: BTreeMap<Year, Cents> = BTreeMap::new();
    let mut by_kind: BTreeMap<FundKind, BTreeMap<Year, Cents>> = BTreeMap::new();
    let areas: Vec<&Area> = plan
        .areas
        .iter()
        .filter(|a| cx.scope.area.as_ref().is_none_or(|id| *id == a.id.value))
        .collect();
    // Per area: money per year and per kind.
    let mut by_area: Vec<(BTreeMap<Year, Cents>, BTreeMap<FundKind, Cents>)> =
        vec![Default::default(); areas.len()];
    for (intervention, line) in cx.scope.lines(plan) {
        let (year, amount) = (line.year.value, line.amount.value);
        add(&mut by_year, year, amount);
        let kind = cx.fund_kind(&line.fund.value);
        if let Some(kind) = kind {
            add(by_kind.entry(kind).or_default(), year, amount);
        }
        if let Some(index) = areas
            .iter()
            .position(|a| a.id.value == intervention.area.value)
        {
            let (years, area_kinds) = &mut by_area[index];
            add(years, year, amount);
            if let Some(kind) = kind {
                *area_kinds.entry(kind).or_default() += amount;
            }
        }
    }
    let total: Cents = by_year.values().sum();
    let kinds_used: Vec<FundKind> = kinds().filter(|k| by_kind.contains_key(k)).collect();

    let mut blocks = vec![Block::Table(facts(cx, total))];

    let mut year_table = Table {
        id: "by-year",
        title: cx.t("summary-by-year"),
        columns: vec![cx.t("col-year"), cx.t("col-amount"), cx.t("col-share")],
        rows: Vec::new(),
    };
    for year in cx.years() {
        let amount = by_year.get(&year).copied().unwrap_or_default();
        year_table.rows.push(Row::item(vec![
            Cell::Year(year),
            Cell::Money(amount),
            share_cell(amount, total),
        ]));
    }
    year_table.rows.push(total_row(
        cx,
        vec![Cell::Money(total), share_cell(total, total)],
    ));
    blocks.push(Block::Table(year_table));

    let mut columns = vec![cx.t("col-fund-kind")];
    columns.extend(cx.year_columns());
    columns.extend([cx.t("col-total"), cx.t("col-share")]);
    let mut kind_table = Table {
        id: "by-kind",
        title: cx.t("summary-by-kind"),
        columns: columns.clone(),
        rows: Vec::new(),
    };
    for kind in &kinds_used {
        let years = &by_kind[kind];
        let mut cells = vec![Cell::Text(cx.kind_label(*kind))];
        cells.extend(cx.money_by_year(years));
        cells.push(share_cell(years.values().sum(), total));
        kind_table.rows.push(Row::item(cells));
    }
    let mut totals = cx.money_by_year(&by_year);
    totals.push(share_cell(total, total));
    kind_table.rows.push(total_row(cx, totals.clone()));
    blocks.push(Block::Table(kind_table));
    blocks.push(Block::Table(holder_table(cx, total)));

    columns[0] = cx.t("col-area");
    let mut area_table = Table {
        id: "by-area",
        title: cx.t("summary-by-area"),
        columns,
        rows: Vec::new(),
    };
    for (area, (years, _)) in areas.iter().zip(&by_area) {
        let mut cells = vec![Cell::Text(area.name.clone())];
        cells.extend(cx.money_by_year(years));
        cells.push(share_cell(years.values().sum(), total));
        area_table.rows.push(Row::item(cells));
    }
    area_table.rows.push(total_row(cx, totals));
    blocks.push(Block::Table(area_table));

    // Area × kind of money: the table beside the stacked chart.
    let mut columns = vec![cx.t("col-area")];
    columns.extend(kinds_used.iter().map(|k| cx.kind_label(*k)));
    columns.push(cx.t("col-total"));
    let mut area_kind = Table {
        id: "by-area-kind",
        title: cx.t("summary-by-area-kind"),
        columns,
        rows: Vec::new(),
    };
    for (area, (_, area_kinds)) in areas.iter().zip(&by_area) {
        let mut cells = vec![Cell::Text(area.name.clone())];
        cells.extend(
            kinds_used
                .iter()
                .map(|k| Cell::money_or_dash(area_kinds.get(k).copied().unwrap_or_default())),
        );
        cells.push(Cell::Money(area_kinds.values().sum()));
        area_kind.rows.push(Row::item(cells));
    }
    let mut cells = vec![Cell::Text(cx.t("row-total"))];
    cells.extend(
        kinds_used
            .iter()
            .map(|k| Cell::Money(by_kind[k].values().sum())),
    );
    cells.push(Cell::Money(by_kind.values().flat_map(|y| y.values()).sum()));
    area_kind.rows.push(Row::new(Role::Total, cells));

    blocks.push(Block::Chart(Chart {
        id: "area-by-kind",
        title: cx.t("chart-area-by-kind"),
        description: cx.tr(Message::new("chart-area-by-kind-description").with("total", total)),
        bars: Bars::Stacked,
        unit: ChartUnit::Money,
        categories: areas.iter().map(|a| a.name.clone()).collect(),
        series: kinds_used
            .iter()
            .map(|kind| Series {
                name: cx.kind_label(*kind),
                values: by_area
                    .iter()
                    .map(|(_, k)| k.get(kind).copied().unwrap_or_default().get())
                    .collect(),
            })
            .collect(),
        table: "by-area-kind",
    }));
    blocks.push(Block::Table(area_kind));

    Report {
        id: "summary",
        title: cx.t("report-summary"),
        blocks,
        tidy: None,
    }
}

/// The budget by whose money it is: each health authority, each comune, the other
/// funders; the rows add up to the plan's total.
fn holder_table(cx: &Context, total: Cents) -> Table {
    let ambito = &cx.plan.ambito;
    let mut rows: Vec<Row> = by_holder(cx.plan, cx.scope.lines(cx.plan).map(|(_, l)| l))
        .into_iter()
        .map(|(holder, money)| {
            let name = match holder {
                Holder::Member(i) => ambito.members.get(i).map(|m| m.name.clone()),
                Holder::Comune(i) => ambito.comuni.get(i).map(|c| c.name.clone()),
                Holder::HealthBodies => Some(cx.t("holder-health")),
                Holder::ComuniTogether => Some(cx.t("holder-comuni")),
                Holder::Funder(kind) => Some(cx.kind_label(kind)),
            };
            Row::item(vec![
                Cell::Text(name.unwrap_or_default()),
                Cell::Money(money),
                share_cell(money, total),
            ])
        })
        .collect();
    rows.push(total_row(
        cx,
        vec![Cell::Money(total), share_cell(total, total)],
    ));
    Table {
        id: "by-holder",
        title: cx.t("summary-by-holder"),
        columns: vec![cx.t("col-holder"), cx.t("col-amount"), cx.t("col-share")],
        rows,
    }
}

/// The plan's key facts, as a two-column table.
fn facts(cx: &Context, total: Cents) -> Table {
    let plan = cx.plan;
    let coverage = leps_coverage(plan);
    let required: Vec<_> = coverage.iter().filter(|c| c.leps.required).collect();
    let covered = required
        .iter()
        .filter(|c| c.uncovered_years().is_empty())
        .count();
    let interventions = cx.scope.interventions(plan).count();
    let rows = vec![
        (cx.t("fact-ambito"), Cell::Text(plan.ambito.name.clone())),
        (cx.t("fact-period"), Cell::Text(plan.period.label())),
        (
            cx.t("fact-comuni"),
            Cell::Count(plan.ambito.comuni.len() as u128),
        ),
        (
            cx.t("fact-population"),
            Cell::Count(u128::from(plan.ambito.population())),
        ),
        (cx.t("fact-areas"), Cell::Count(plan.areas.len() as u128)),
        (
            cx.t("fact-interventions"),
            Cell::Count(interventions as u128),
        ),
        (cx.t("fact-funds"), Cell::Count(plan.funds.len() as u128)),
        (
            cx.t("fact-leps-covered"),
            Cell::Text(
                cx.tr(Message::new("fact-leps-covered-value")
                    .with("covered", covered)
                    .with("required", required.len())),
            ),
        ),
        (cx.t("fact-total"), Cell::Money(total)),
    ];
    Table {
        id: "facts",
        title: cx.t("summary-facts"),
        columns: vec![cx.t("col-item"), cx.t("col-value")],
        rows: rows
            .into_iter()
            .map(|(label, value)| Row::item(vec![Cell::Text(label), value]))
            .collect(),
    }
}

fn total_row(cx: &Context, values: Vec<Cell>) -> Row {
    let mut cells = vec![Cell::Text(cx.t("row-total"))];
    cells.extend(values);
    Row::new(Role::Total, cells)
}
