//! `comuni`: per comune, its residents, the services reaching it and the money
//! they bring per resident, and its share of every allocation split by population.

use super::context::{Context, share_cell};
use super::model::{Bars, Block, Cell, Chart, ChartUnit, Report, Role, Row, Series, Table};
use crate::analyse::split::largest_remainder;
use crate::i18n::Message;
use crate::model::{Cents, Fund, FundKind, Intervention, Reach, Split};

/// The money of each intervention in scope, shared among the comuni it reaches
/// by population (largest remainder), so that it adds up to the cent: per comune,
/// the money and the number of interventions reaching it.
pub fn attributed(cx: &Context) -> Vec<(Cents, usize)> {
    let mut attributed = vec![(Cents::ZERO, 0usize); cx.plan.ambito.comuni.len()];
    for intervention in cx.scope.interventions(cx.plan) {
        for (comune, share) in intervention_shares(cx, intervention) {
            attributed[comune].0 += share;
            attributed[comune].1 += 1;
        }
    }
    attributed
}

/// An intervention's money in scope, shared among the comuni it reaches by population:
/// (index of the comune in the ambito, its share). Health money (the *quota sanitaria*
/// of the ASL) stays the health authority's and is attributed to no comune.
pub fn intervention_shares(cx: &Context, intervention: &Intervention) -> Vec<(usize, Cents)> {
    let comuni = &cx.plan.ambito.comuni;
    let money: Cents = cx
        .scope
        .lines_of(intervention)
        .filter(|line| cx.fund_kind(&line.fund.value) != Some(FundKind::Health))
        .map(|line| line.amount.value)
        .sum();
    let reached: Vec<usize> = (0..comuni.len())
        .filter(|&c| match &intervention.comuni {
            Reach::All => true,
            Reach::Some(ids) => ids.iter().any(|id| id.value == comuni[c].id.value),
        })
        .collect();
    let weights: Vec<u64> = reached
        .iter()
        .map(|&c| comuni[c].population.value)
        .collect();
    reached
        .into_iter()
        .zip(largest_remainder(money, &weights))
        .collect()
}

/// Money per resident, rounded to the cent.
pub fn per_resident(money: Cents, residents: u64) -> Cents {
    money.mul_div_round(1, i128::from(residents))
}

/// Each comune's share of a population-split allocation.
pub fn split_shares(cx: &Context, fund: &Fund) -> Vec<Cents> {
    let populations: Vec<u64> = cx
        .plan
        .ambito
        .comuni
        .iter()
        .map(|c| c.population.value)
        .collect();
    largest_remainder(fund.amount.value, &populations)
}

/// The allocations split among the comuni by population.
pub fn split_funds<'p>(cx: &Context<'p>) -> Vec<&'p Fund> {
    cx.plan
        .funds
        .iter()
        .filter(|f| f.split == Some(Split::Population))
        .collect()
}

pub fn build(cx: &Context) -> Report {
    let comuni = &cx.plan.ambito.comuni;
    let population = cx.plan.ambito.population();
    let attributed = attributed(cx);
    let splits = split_funds(cx);
    let shares: Vec<Vec<Cents>> = splits.iter().map(|f| split_shares(cx, f)).collect();

    let mut columns = vec![
        cx.t("col-comune"),
        cx.t("col-istat"),
        cx.t("col-population"),
        cx.t("col-share"),
        cx.t("col-interventions-reaching"),
        cx.t("col-money-reaching"),
        cx.t("col-per-resident"),
    ];
    columns.extend(
        splits
            .iter()
            .map(|f| f.name.clone().unwrap_or_else(|| f.id.value.to_string())),
    );
    if !splits.is_empty() {
        columns.extend([
            cx.t("col-cofinancing"),
            cx.t("col-cofinancing-per-resident"),
        ]);
    }
    let mut table = Table {
        id: "comuni",
        title: cx.t("comuni-table"),
        columns,
        rows: Vec::new(),
    };
    let mut per_resident_values = Vec::new();
    for (index, comune) in comuni.iter().enumerate() {
        let residents = comune.population.value;
        let (money, reaching) = attributed[index];
        per_resident_values.push(per_resident(money, residents).get());
        let mut cells = vec![
            Cell::Text(comune.name.clone()),
            comune.istat.clone().map_or(Cell::Empty, Cell::Text),
            Cell::Count(u128::from(residents)),
            share_cell(
                Cents::new(i128::from(residents)),
                Cents::new(i128::from(population)),
            ),
            Cell::Count(reaching as u128),
            Cell::Money(money),
            Cell::Money(per_resident(money, residents)),
        ];
        if !splits.is_empty() {
            let own: Vec<Cents> = shares.iter().map(|s| s[index]).collect();
            let total: Cents = own.iter().sum();
            cells.extend(own.into_iter().map(Cell::Money));
            cells.extend([
                Cell::Money(total),
                Cell::Money(per_resident(total, residents)),
            ]);
        }
        table.rows.push(Row::item(cells));
    }
    let money: Cents = attributed.iter().map(|(m, _)| *m).sum();
    let mut cells = vec![
        Cell::Text(cx.t("row-total")),
        Cell::Empty,
        Cell::Count(u128::from(population)),
        Cell::Percent(10_000),
        Cell::Count(cx.scope.interventions(cx.plan).count() as u128),
        Cell::Money(money),
        Cell::Money(per_resident(money, population)),
    ];
    if !splits.is_empty() {
        let totals: Vec<Cents> = splits.iter().map(|f| f.amount.value).collect();
        let total: Cents = totals.iter().sum();
        cells.extend(totals.into_iter().map(Cell::Money));
        cells.extend([
            Cell::Money(total),
            Cell::Money(per_resident(total, population)),
        ]);
    }
    table.rows.push(Row::new(Role::Total, cells));

    let chart = Chart {
        id: "per-resident",
        title: cx.t("chart-per-resident"),
        description: cx.tr(Message::new("chart-per-resident-description")
            .with("average", per_resident(money, population))),
        bars: Bars::Stacked,
        unit: ChartUnit::Money,
        categories: comuni.iter().map(|c| c.name.clone()).collect(),
        series: vec![Series {
            name: cx.t("col-per-resident"),
            values: per_resident_values,
        }],
        table: "comuni",
    };
    let mut blocks = vec![Block::Chart(chart), Block::Table(table)];
    let health = health_money(cx);
    if !health.is_zero() {
        blocks.push(Block::Paragraph {
            text: cx.tr(Message::new("comuni-health-not-attributed")
                .with("health", health)
                .with("total", money + health)),
        });
    }
    Report {
        id: "comuni",
        title: cx.t("report-comuni"),
        blocks,
        tidy: None,
    }
}

/// The money in scope from health authorities, which no comune receives.
pub fn health_money(cx: &Context) -> Cents {
    cx.scope
        .lines(cx.plan)
        .filter(|(_, line)| cx.fund_kind(&line.fund.value) == Some(FundKind::Health))
        .map(|(_, line)| line.amount.value)
        .sum()
}
