//! `execution`: programmed, committed and paid money (*programmato → impegnato →
//! liquidato*), the residui and the rates, by area, allocation, year and in total.

use super::context::{Context, share};
use super::model::{Bars, Block, Cell, Chart, ChartUnit, Report, Role, Row, Series, Table};
use crate::analyse::{Execution, ExecutionLine, execution};
use crate::i18n::Message;

pub fn build(cx: &Context, detail: bool) -> Report {
    let lines: Vec<ExecutionLine> = execution(cx.plan)
        .into_iter()
        .filter(|l| cx.scope.includes(l.intervention))
        .filter(|l| cx.scope.year.is_none_or(|y| l.line.year.value == y))
        .collect();
    let mut blocks = vec![Block::Paragraph { text: intro(cx) }];

    let areas: Vec<(String, Execution)> = cx
        .plan
        .areas
        .iter()
        .filter(|a| cx.scope.area.as_ref().is_none_or(|id| *id == a.id.value))
        .map(|area| {
            let figures = sum(lines
                .iter()
                .filter(|l| l.intervention.area.value == area.id.value));
            (area.name.clone(), figures)
        })
        .collect();
    blocks.push(Block::Chart(chart(cx, &areas)));
    blocks.push(Block::Table(table(
        cx,
        "by-area",
        "execution-by-area",
        "col-area",
        &areas,
    )));

    let funds: Vec<(String, Execution)> = cx
        .plan
        .funds
        .iter()
        .map(|fund| {
            let figures = sum(lines.iter().filter(|l| l.line.fund.value == fund.id.value));
            (cx.fund_label(&fund.id.value), figures)
        })
        .filter(|(_, figures)| *figures != Execution::default())
        .collect();
    blocks.push(Block::Table(table(
        cx,
        "by-fund",
        "execution-by-fund",
        "col-fund",
        &funds,
    )));

    let years: Vec<(String, Execution)> = cx
        .years()
        .into_iter()
        .map(|year| {
            let figures = sum(lines.iter().filter(|l| l.line.year.value == year));
            (year.to_string(), figures)
        })
        .collect();
    blocks.push(Block::Table(table(
        cx,
        "by-year",
        "execution-by-year",
        "col-year",
        &years,
    )));

    if detail {
        let interventions: Vec<(String, Execution)> = cx
            .scope
            .interventions(cx.plan)
            .map(|intervention| {
                let figures = sum(lines
                    .iter()
                    .filter(|l| l.intervention.id.value == intervention.id.value));
                (intervention.name.value.clone(), figures)
            })
            .collect();
        blocks.push(Block::Table(table(
            cx,
            "by-intervention",
            "execution-by-intervention",
            "col-intervention",
            &interventions,
        )));
    }
    Report {
        id: "execution",
        title: cx.t("report-execution"),
        blocks,
        tidy: Some(tidy(cx, &lines)),
    }
}

fn sum<'a, 'p: 'a>(lines: impl Iterator<Item = &'a ExecutionLine<'p>>) -> Execution {
    let mut total = Execution::default();
    for line in lines {
        total += line.figures;
    }
    total
}

/// What the figures are and at which date.
fn intro(cx: &Context) -> String {
    if cx.plan.actuals.is_empty() {
        return cx.t("execution-no-actuals");
    }
    match cx
        .plan
        .actuals
        .iter()
        .filter_map(|a| a.as_of.as_ref())
        .map(|d| d.value)
        .max()
    {
        Some(date) => cx.tr(Message::new("execution-as-of").with("date", date)),
        None => cx.t("execution-no-date"),
    }
}

/// One row per group (area, allocation, year), then the total.
fn table(
    cx: &Context,
    id: &'static str,
    title: &'static str,
    first_column: &'static str,
    groups: &[(String, Execution)],
) -> Table {
    let mut rows: Vec<Row> = groups
        .iter()
        .map(|(label, figures)| Row::item(cells(Cell::Text(label.clone()), figures)))
        .collect();
    let total: Execution = groups.iter().map(|(_, figures)| figures).sum();
    rows.push(Row::new(
        Role::Total,
        cells(Cell::Text(cx.t("row-total")), &total),
    ));
    Table {
        id,
        title: cx.t(title),
        columns: vec![
            cx.t(first_column),
            cx.t("col-programmed"),
            cx.t("col-committed"),
            cx.t("col-paid"),
            cx.t("col-residui"),
            cx.t("col-commitment-rate"),
            cx.t("col-payment-rate"),
        ],
        rows,
    }
}

fn cells(label: Cell, figures: &Execution) -> Vec<Cell> {
    vec![
        label,
        Cell::Money(figures.programmed),
        Cell::Money(figures.committed),
        Cell::Money(figures.paid),
        Cell::Money(figures.residui()),
        Cell::Percent(share(figures.committed, figures.programmed)),
        Cell::Percent(share(figures.paid, figures.committed)),
    ]
}

/// Programmed, committed and paid side by side for each area.
fn chart(cx: &Context, areas: &[(String, Execution)]) -> Chart {
    let total: Execution = areas.iter().map(|(_, figures)| figures).sum();
    let series = |key: &'static str, pick: fn(&Execution) -> crate::model::Cents| Series {
        name: cx.t(key),
        values: areas
            .iter()
            .map(|(_, figures)| pick(figures).get())
            .collect(),
    };
    Chart {
        id: "execution",
        title: cx.t("chart-execution"),
        description: cx.tr(Message::new("chart-execution-description")
            .with("programmed", total.programmed)
            .with("committed", total.committed)
            .with("paid", total.paid)),
        bars: Bars::Grouped,
        unit: ChartUnit::Money,
        categories: areas.iter().map(|(name, _)| name.clone()).collect(),
        series: vec![
            series("col-programmed", |f| f.programmed),
            series("col-committed", |f| f.committed),
            series("col-paid", |f| f.paid),
        ],
        table: "by-area",
    }
}

/// One row per budget line, with its figures: the long form for spreadsheets.
fn tidy(cx: &Context, lines: &[ExecutionLine]) -> Table {
    Table {
        id: "lines",
        title: cx.t("execution-lines"),
        // Column names are the file format's, in English in every language.
        columns: [
            "intervention",
            "name",
            "area",
            "year",
            "fund",
            "programmed",
            "committed",
            "paid",
        ]
        .map(String::from)
        .to_vec(),
        rows: lines
            .iter()
            .map(|l| {
                Row::item(vec![
                    Cell::Text(l.intervention.id.value.to_string()),
                    Cell::Text(l.intervention.name.value.clone()),
                    Cell::Text(l.intervention.area.value.to_string()),
                    Cell::Year(l.line.year.value),
                    Cell::Text(l.line.fund.value.to_string()),
                    Cell::Money(l.figures.programmed),
                    Cell::Money(l.figures.committed),
                    Cell::Money(l.figures.paid),
                ])
            })
            .collect(),
    }
}
