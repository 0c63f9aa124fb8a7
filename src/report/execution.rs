//! `execution`: programmed, committed and paid money (*programmato → impegnato →
//! liquidato*), the residui and the rates, by area, allocation, year and in total.

use foldhash::{HashMap, HashMapExt};

use super::context::{Context, share_cell};
use super::model::{Bars, Block, Cell, Chart, ChartUnit, Report, Role, Row, Series, Table};
use crate::analyse::{Execution, ExecutionLine, execution};
use crate::i18n::Message;
use crate::model::Id;

pub fn build(cx: &Context, detail: bool) -> Report {
    let lines: Vec<ExecutionLine> = execution(cx.plan)
        .into_iter()
        .filter(|l| cx.scope.includes(l.intervention))
        .filter(|l| cx.scope.year.is_none_or(|y| l.line.year.value == y))
        .collect();
    let mut blocks = vec![Block::Paragraph { text: intro(cx) }];
    let all: Execution = sum(lines.iter());
    if all.committed_unknown + all.paid_unknown > 0 {
        blocks.push(Block::Paragraph {
            text: cx.tr(Message::new("execution-unknown")
                .with("committed", all.committed_unknown as u64)
                .with("paid", all.paid_unknown as u64)),
        });
    }
    // The residui split into carried forward, savings and returns, when the plan declares it.
    let split = !(all.carried_forward + all.savings + all.returned).is_zero();

    let by_area = sum_by(&lines, |l| &l.intervention.area.value);
    let areas: Vec<(String, Execution)> = cx
        .plan
        .areas
        .iter()
        .filter(|a| cx.scope.area.as_ref().is_none_or(|id| *id == a.id.value))
        .map(|area| {
            let figures = by_area.get(&area.id.value).copied().unwrap_or_default();
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
        split,
    )));

    let by_fund = sum_by(&lines, |l| &l.line.fund.value);
    let funds: Vec<(String, Execution)> = cx
        .plan
        .funds
        .iter()
        .map(|fund| {
            let figures = by_fund.get(&fund.id.value).copied().unwrap_or_default();
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
        split,
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
        split,
    )));

    if detail {
        let by_intervention = sum_by(&lines, |l| &l.intervention.id.value);
        let interventions: Vec<(String, Execution)> = cx
            .scope
            .interventions(cx.plan)
            .map(|intervention| {
                let figures = by_intervention
                    .get(&intervention.id.value)
                    .copied()
                    .unwrap_or_default();
                (intervention.name.value.clone(), figures)
            })
            .collect();
        blocks.push(Block::Table(table(
            cx,
            "by-intervention",
            "execution-by-intervention",
            "col-intervention",
            &interventions,
            split,
        )));
    }
    Report {
        id: "execution",
        title: cx.t("report-execution"),
        blocks,
        tidy: Some(tidy(cx, &lines)),
    }
}

/// The figures of the lines grouped by `key`, in one pass.
fn sum_by<'p>(
    lines: &[ExecutionLine<'p>],
    key: impl Fn(&ExecutionLine<'p>) -> &'p Id,
) -> HashMap<&'p Id, Execution> {
    let mut groups: HashMap<&Id, Execution> = HashMap::new();
    for line in lines {
        *groups.entry(key(line)).or_default() += line.figures;
    }
    groups
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
    split: bool,
) -> Table {
    let mut rows: Vec<Row> = groups
        .iter()
        .map(|(label, figures)| Row::item(cells(cx, Cell::Text(label.clone()), figures, split)))
        .collect();
    let total: Execution = groups.iter().map(|(_, figures)| figures).sum();
    rows.push(Row::new(
        Role::Total,
        cells(cx, Cell::Text(cx.t("row-total")), &total, split),
    ));
    let mut columns = vec![
        cx.t(first_column),
        cx.t("col-programmed"),
        cx.t("col-committed"),
        cx.t("col-paid"),
        cx.t("col-residui"),
    ];
    if split {
        columns.extend([
            cx.t("col-carried-forward"),
            cx.t("col-savings"),
            cx.t("col-returned"),
            cx.t("col-residui-unsplit"),
        ]);
    }
    columns.extend([cx.t("col-commitment-rate"), cx.t("col-payment-rate")]);
    Table {
        id,
        title: cx.t(title),
        columns,
        rows,
    }
}

/// A group's figures: an amount known on no line at all shows "n.d.", and each rate
/// counts only the lines whose figures are known.
fn cells(cx: &Context, label: Cell, figures: &Execution, split: bool) -> Vec<Cell> {
    let unknown = || Cell::Text(cx.t("cell-unknown"));
    let known_nowhere =
        |unknown_lines: usize, base: crate::model::Cents| unknown_lines > 0 && base.is_zero();
    let committed_nowhere = known_nowhere(figures.committed_unknown, figures.programmed_known);
    let paid_nowhere = known_nowhere(figures.paid_unknown, figures.committed_paid_known);
    let mut cells = vec![
        label,
        Cell::Money(figures.programmed),
        if committed_nowhere {
            unknown()
        } else {
            Cell::Money(figures.committed)
        },
        if paid_nowhere || committed_nowhere {
            unknown()
        } else {
            Cell::Money(figures.paid)
        },
        if committed_nowhere {
            unknown()
        } else {
            Cell::Money(figures.residui())
        },
    ];
    if split {
        cells.extend([
            Cell::Money(figures.carried_forward),
            Cell::Money(figures.savings),
            Cell::Money(figures.returned),
            Cell::Money(figures.residui_unsplit()),
        ]);
    }
    cells.extend([
        if committed_nowhere {
            unknown()
        } else {
            share_cell(figures.committed, figures.programmed_known)
        },
        if paid_nowhere || committed_nowhere {
            unknown()
        } else {
            share_cell(figures.paid, figures.committed_paid_known)
        },
    ]);
    cells
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
                    if l.figures.committed_unknown > 0 {
                        Cell::Text(cx.t("cell-unknown"))
                    } else {
                        Cell::Money(l.figures.committed)
                    },
                    if l.figures.paid_unknown > 0 {
                        Cell::Text(cx.t("cell-unknown"))
                    } else {
                        Cell::Money(l.figures.paid)
                    },
                ])
            })
            .collect(),
    }
}
