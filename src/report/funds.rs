//! `funds`: per allocation, what is available, programmed per year and left, and its deadline.

use super::context::{Context, share, share_cell};
use super::model::{Bars, Block, Cell, Chart, ChartUnit, Report, Role, Row, Series, Table};
use crate::analyse::fund_usages;
use crate::i18n::Message;
use crate::model::{Cents, Year};

pub fn build(cx: &Context) -> Report {
    let usages = fund_usages(cx.plan);
    let years: Vec<Year> = cx.plan.period.years().collect();
    let mut columns = vec![
        cx.t("col-fund"),
        cx.t("col-programme"),
        cx.t("col-fund-kind"),
        cx.t("col-annualita"),
        cx.t("col-available"),
    ];
    columns.extend(years.iter().map(Year::to_string));
    columns.extend([
        cx.t("col-programmed"),
        cx.t("col-remaining"),
        cx.t("col-used"),
        cx.t("col-deadline"),
    ]);
    let mut table = Table {
        id: "funds",
        title: cx.t("funds-table"),
        columns,
        rows: Vec::new(),
    };
    let (mut available, mut programmed) = (Cents::ZERO, Cents::ZERO);
    let mut per_year = vec![Cents::ZERO; years.len()];
    for usage in &usages {
        let mut cells = vec![
            Cell::Text(usage.label().to_string()),
            Cell::Text(usage.programme.map_or_else(
                || usage.fund.programme.value.to_string(),
                |p| p.name.clone(),
            )),
            Cell::Text(
                usage
                    .programme
                    .map_or_else(String::new, |p| cx.kind_label(p.kind)),
            ),
            usage
                .fund
                .annualita
                .as_ref()
                .map_or(Cell::Empty, |y| Cell::Year(y.value)),
            Cell::Money(usage.fund.amount.value),
        ];
        for (index, year) in years.iter().enumerate() {
            let money = usage.programmed_in(*year);
            per_year[index] += money;
            cells.push(Cell::money_or_dash(money));
        }
        cells.extend([
            Cell::Money(usage.programmed()),
            Cell::Money(usage.remaining()),
            share_cell(usage.programmed(), usage.fund.amount.value),
            usage
                .spend_by()
                .map_or(Cell::Empty, |(date, _, _)| Cell::Date(date)),
        ]);
        available += usage.fund.amount.value;
        programmed += usage.programmed();
        table.rows.push(Row::item(cells));
    }
    let mut cells = vec![
        Cell::Text(cx.t("row-total")),
        Cell::Empty,
        Cell::Empty,
        Cell::Empty,
        Cell::Money(available),
    ];
    cells.extend(per_year.into_iter().map(Cell::money_or_dash));
    cells.extend([
        Cell::Money(programmed),
        Cell::Money(available - programmed),
        share_cell(programmed, available),
        Cell::Empty,
    ]);
    table.rows.push(Row::new(Role::Total, cells));

    let chart = Chart {
        id: "fund-use",
        title: cx.t("chart-fund-use"),
        description: cx.tr(Message::new("chart-fund-use-description")
            .with("programmed", programmed)
            .with("available", available)),
        bars: Bars::Stacked,
        unit: ChartUnit::Percent,
        categories: usages.iter().map(|u| u.label().to_string()).collect(),
        series: vec![Series {
            name: cx.t("col-used"),
            values: usages
                .iter()
                .map(|u| share(u.programmed(), u.fund.amount.value))
                .collect(),
        }],
        table: "funds",
    };
    Report {
        id: "funds",
        title: cx.t("report-funds"),
        blocks: vec![Block::Chart(chart), Block::Table(table)],
        tidy: None,
    }
}
