//! `leps`: each LEPS × plan year, covered or not, with its interventions and their money.

use super::context::Context;
use super::model::{Block, Cell, Report, Role, Row, Table};
use crate::analyse::staffing::LEP_RESIDENTS;
use crate::analyse::{LepsCoverage, Staffing, leps_coverage};
use crate::i18n::Message;
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
                cells.push(if level.leps.in_force(*year) {
                    Cell::Check(false)
                } else {
                    Cell::Text(cx.t("cell-not-in-force"))
                });
                continue;
            }
            if level.leps.required && level.leps.in_force(*year) {
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
    // Two rows, each with a figure per year: the required levels in force, and those
    // guaranteed. The "required" column holds no figure of its own.
    let in_force_per_year = years.iter().map(|year| {
        coverage
            .iter()
            .filter(|c| c.leps.required && c.leps.in_force(*year))
            .count() as u128
    });
    for (label, figures) in [
        (
            "row-required-in-force",
            in_force_per_year.collect::<Vec<_>>(),
        ),
        ("row-required-covered", covered_per_year),
    ] {
        let mut cells = vec![Cell::Text(cx.t(label)), Cell::Empty];
        cells.extend(figures.into_iter().map(Cell::Count));
        cells.push(Cell::Empty);
        table.rows.push(Row::new(Role::Total, cells));
    }
    Report {
        id: "leps",
        title: cx.t("report-leps"),
        blocks: [Block::Table(table)]
            .into_iter()
            .chain(staffing_note(cx))
            .chain([Block::Table(sources(cx, &coverage))])
            .collect(),
        tidy: None,
    }
}

/// The money on the professional social service is not its ratio: where the plan
/// lists its staff, say whether the LEP of one social worker per 5,000 residents is met.
fn staffing_note(cx: &Context) -> Option<Block> {
    let staffing = Staffing::of(cx.plan)?;
    let key = match (
        staffing.meets(LEP_RESIDENTS),
        staffing.all_meet(LEP_RESIDENTS),
    ) {
        (true, _) => "leps-staffing-met",
        (false, true) => "leps-staffing-readings",
        (false, false) => "leps-staffing-not-met",
    };
    Some(Block::Paragraph { text: cx.t(key) })
}

/// Each level's act and article and the years it is in force.
fn sources(cx: &Context, coverage: &[LepsCoverage]) -> Table {
    Table {
        id: "sources",
        title: cx.t("leps-sources-table"),
        columns: vec![
            cx.t("col-leps"),
            cx.t("col-in-force"),
            cx.t("col-legal-source"),
        ],
        rows: coverage
            .iter()
            .map(|level| {
                let leps = level.leps;
                let in_force = match (leps.from, leps.until) {
                    (Some(from), Some(until)) => format!("{from}-{until}"),
                    (Some(from), None) => {
                        cx.tr(Message::new("leps-in-force-from").with("year", from))
                    }
                    (None, Some(until)) => {
                        cx.tr(Message::new("leps-in-force-until").with("year", until))
                    }
                    (None, None) => String::new(),
                };
                Row::item(vec![
                    Cell::Text(leps.name.clone()),
                    Cell::Text(in_force),
                    Cell::Text(leps.source.clone().unwrap_or_default()),
                ])
            })
            .collect(),
    }
}
