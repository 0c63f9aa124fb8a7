//! Many ambiti side by side: the tables a Region compares, with totals across the
//! plans included; the plans left out for their errors are listed with those errors.

use foldhash::{HashMap, HashMapExt};

use super::comuni::per_resident;
use super::context::{kind_key, kinds, share_cell};
use super::model::{
    Bars, Block, Cell, Chart, ChartUnit, Document, Layout, Report, Role, Row, Series, Table,
};
use crate::aggregate::{AmbitoFigures, PlanOutcome};
use crate::analyse::staffing::LEP_RESIDENTS;
use crate::i18n::{self, Lang, Message};
use crate::model::{Cents, Id, Year};

/// Charts list one bar per ambito: beyond this many they are left out (the tables stay).
const MAX_CHART_AMBITI: usize = 60;

/// Most areas or LEPS shown as columns: plans of several regions bring their own areas.
const MAX_ID_COLUMNS: usize = 30;

/// Labels in the document's language.
struct Words {
    lang: Lang,
}

impl Words {
    fn t(&self, key: &'static str) -> String {
        i18n::label(self.lang, key)
    }

    fn tr(&self, message: Message) -> String {
        i18n::tr(self.lang, &message)
    }
}

/// Builds the comparison of the plans' outcomes (in their order).
pub fn build(outcomes: &[PlanOutcome], lang: Lang) -> Document {
    let w = Words { lang };
    let included: Vec<&AmbitoFigures> =
        outcomes.iter().filter_map(|o| o.figures.as_ref()).collect();
    let excluded: Vec<&PlanOutcome> = outcomes.iter().filter(|o| o.figures.is_none()).collect();
    let mut reports = vec![
        overview(&w, &included),
        by_year(&w, &included),
        by_kind(&w, &included),
        by_area(&w, &included),
        leps(&w, &included),
        staffing(&w, &included),
    ];
    if !excluded.is_empty() {
        reports.push(left_out(&w, &excluded));
    }
    Document {
        layout: Layout::Report,
        cover: None,
        title: w.t("aggregate-title"),
        subtitle: w.tr(Message::new("aggregate-subtitle")
            .with("plans", outcomes.len())
            .with("included", included.len())
            .with("excluded", excluded.len())),
        banner: None,
        date: None,
        reports,
    }
}

fn label(figures: &AmbitoFigures) -> Cell {
    Cell::Text(format!("{} ({})", figures.name, figures.id))
}

/// A table with a first column of ambiti, a total row, and money or counts in between.
fn table(
    w: &Words,
    id: &'static str,
    title: &'static str,
    columns: Vec<String>,
    rows: Vec<Row>,
    total: Vec<Cell>,
) -> Table {
    let mut header = vec![w.t("col-ambito")];
    header.extend(columns);
    let mut all = rows;
    let mut last = vec![Cell::Text(w.t("row-total"))];
    last.extend(total);
    all.push(Row::new(Role::Total, last));
    Table {
        id,
        title: w.t(title),
        columns: header,
        rows: all,
    }
}

fn overview(w: &Words, included: &[&AmbitoFigures]) -> Report {
    let rows = included
        .iter()
        .map(|f| {
            Row::item(vec![
                label(f),
                Cell::Count(f.comuni as u128),
                Cell::Count(u128::from(f.population)),
                Cell::Count(f.interventions as u128),
                Cell::Money(f.total()),
                Cell::Money(per_resident(f.total(), f.population)),
                Cell::Money(f.kind(crate::model::FundKind::Pnrr)),
                share_cell(f.kind(crate::model::FundKind::Pnrr), f.total()),
            ])
        })
        .collect();
    let population: u64 = included.iter().map(|f| f.population).sum();
    let total: Cents = included.iter().map(|f| f.total()).sum();
    let pnrr: Cents = included
        .iter()
        .map(|f| f.kind(crate::model::FundKind::Pnrr))
        .sum();
    let totals = vec![
        Cell::Count(included.iter().map(|f| f.comuni as u128).sum()),
        Cell::Count(u128::from(population)),
        Cell::Count(included.iter().map(|f| f.interventions as u128).sum()),
        Cell::Money(total),
        Cell::Money(if population > 0 {
            per_resident(total, population)
        } else {
            Cents::ZERO
        }),
        Cell::Money(pnrr),
        share_cell(pnrr, total),
    ];
    let mut blocks = Vec::new();
    if !included.is_empty() && included.len() <= MAX_CHART_AMBITI {
        blocks.push(Block::Chart(Chart {
            id: "per-resident",
            title: w.t("aggregate-chart-per-resident"),
            description: w.tr(
                Message::new("aggregate-chart-per-resident-description").with(
                    "average",
                    if population > 0 {
                        per_resident(total, population)
                    } else {
                        Cents::ZERO
                    },
                ),
            ),
            bars: Bars::Stacked,
            unit: ChartUnit::Money,
            categories: included.iter().map(|f| f.name.clone()).collect(),
            series: vec![Series {
                name: w.t("col-per-resident"),
                values: included
                    .iter()
                    .map(|f| per_resident(f.total(), f.population).get())
                    .collect(),
            }],
            table: "ambiti",
        }));
    }
    blocks.push(Block::Table(table(
        w,
        "ambiti",
        "aggregate-ambiti",
        vec![
            w.t("col-comuni"),
            w.t("col-population"),
            w.t("col-interventions"),
            w.t("col-programmed"),
            w.t("col-per-resident"),
            w.t("kind-pnrr"),
            w.t("col-pnrr-share"),
        ],
        rows,
        totals,
    )));
    Report {
        id: "ambiti",
        title: w.t("aggregate-overview"),
        blocks,
        tidy: None,
    }
}

fn by_year(w: &Words, included: &[&AmbitoFigures]) -> Report {
    let mut years: Vec<Year> = included
        .iter()
        .flat_map(|f| f.by_year.iter().map(|(y, _)| *y))
        .collect();
    years.sort();
    years.dedup();
    let money = |f: &AmbitoFigures, year: Year| {
        f.by_year
            .iter()
            .find(|(y, _)| *y == year)
            .map_or(Cents::ZERO, |(_, c)| *c)
    };
    let rows = included
        .iter()
        .map(|f| {
            let mut cells = vec![label(f)];
            cells.extend(years.iter().map(|y| Cell::Money(money(f, *y))));
            cells.push(Cell::Money(f.total()));
            Row::item(cells)
        })
        .collect();
    let mut totals: Vec<Cell> = years
        .iter()
        .map(|y| Cell::Money(included.iter().map(|f| money(f, *y)).sum()))
        .collect();
    totals.push(Cell::Money(included.iter().map(|f| f.total()).sum()));
    let mut columns: Vec<String> = years.iter().map(Year::to_string).collect();
    columns.push(w.t("col-total"));
    single(
        "by-year",
        w.t("aggregate-by-year"),
        table(
            w,
            "by-year",
            "aggregate-by-year-table",
            columns,
            rows,
            totals,
        ),
    )
}

fn by_kind(w: &Words, included: &[&AmbitoFigures]) -> Report {
    let used: Vec<_> = kinds()
        .filter(|k| included.iter().any(|f| f.kind(*k) != Cents::ZERO))
        .collect();
    let rows = included
        .iter()
        .map(|f| {
            let mut cells = vec![label(f)];
            cells.extend(used.iter().map(|k| Cell::Money(f.kind(*k))));
            cells.push(Cell::Money(f.total()));
            Row::item(cells)
        })
        .collect();
    let mut totals: Vec<Cell> = used
        .iter()
        .map(|k| Cell::Money(included.iter().map(|f| f.kind(*k)).sum()))
        .collect();
    totals.push(Cell::Money(included.iter().map(|f| f.total()).sum()));
    let mut columns: Vec<String> = used.iter().map(|k| w.t(kind_key(*k))).collect();
    columns.push(w.t("col-total"));
    single(
        "by-kind",
        w.t("aggregate-by-kind"),
        table(
            w,
            "by-kind",
            "aggregate-by-kind-table",
            columns,
            rows,
            totals,
        ),
    )
}

/// Columns of a table by id across plans, most common or largest first: `weight` says
/// how much each (plan, id) counts. Beyond `max`, the ids are returned apart.
struct IdColumns<'a> {
    shown: Vec<(&'a Id, &'a str)>,
    rest: Vec<&'a Id>,
}

fn id_columns<'a, T: 'a>(
    included: &[&'a AmbitoFigures],
    entries: impl Fn(&'a AmbitoFigures) -> &'a [(Id, String, T)],
    weight: impl Fn(&T) -> i128,
    max: usize,
) -> IdColumns<'a> {
    // Id, name as in the first plan that has it, order first seen, total weight.
    let mut seen: HashMap<&'a Id, (&'a str, usize, i128)> = HashMap::new();
    for f in included {
        for (id, name, value) in entries(f) {
            let order = seen.len();
            seen.entry(id).or_insert((name, order, 0)).2 += weight(value);
        }
    }
    let mut all: Vec<(&Id, (&str, usize, i128))> = seen.into_iter().collect();
    all.sort_by_key(|(_, (_, order, _))| *order);
    if all.len() > max {
        all.sort_by_key(|(_, (_, order, total))| (std::cmp::Reverse(*total), *order));
    }
    let rest = all.split_off(all.len().min(max));
    all.sort_by_key(|(_, (_, order, _))| *order);
    IdColumns {
        shown: all
            .into_iter()
            .map(|(id, (name, _, _))| (id, name))
            .collect(),
        rest: rest.into_iter().map(|(id, _)| id).collect(),
    }
}

fn by_area(w: &Words, included: &[&AmbitoFigures]) -> Report {
    // Areas by id, named as in the first plan that has them; beyond MAX_ID_COLUMNS (plans of
    // several regions), the largest are shown and the others summed in one column.
    let areas = id_columns(included, |f| &f.by_area, |c| c.get(), MAX_ID_COLUMNS);
    let per_plan: Vec<HashMap<&Id, Cents>> = included
        .iter()
        .map(|f| f.by_area.iter().map(|(id, _, c)| (id, *c)).collect())
        .collect();
    let row_cells = |money: &HashMap<&Id, Cents>| -> Vec<Cents> {
        let mut cells: Vec<Cents> = areas
            .shown
            .iter()
            .map(|(id, _)| money.get(id).copied().unwrap_or(Cents::ZERO))
            .collect();
        if !areas.rest.is_empty() {
            cells.push(
                areas
                    .rest
                    .iter()
                    .filter_map(|id| money.get(id))
                    .copied()
                    .sum(),
            );
        }
        cells
    };
    let values: Vec<Vec<Cents>> = per_plan.iter().map(row_cells).collect();
    let rows = included
        .iter()
        .zip(&values)
        .map(|(f, cells)| {
            let mut row = vec![label(f)];
            row.extend(cells.iter().map(|c| Cell::Money(*c)));
            row.push(Cell::Money(f.total()));
            Row::item(row)
        })
        .collect();
    let width = values.first().map_or(0, Vec::len);
    let mut totals: Vec<Cell> = (0..width)
        .map(|i| Cell::Money(values.iter().map(|cells| cells[i]).sum()))
        .collect();
    totals.push(Cell::Money(included.iter().map(|f| f.total()).sum()));
    let mut columns: Vec<String> = areas
        .shown
        .iter()
        .map(|(_, name)| name.to_string())
        .collect();
    if !areas.rest.is_empty() {
        columns.push(w.tr(Message::new("aggregate-other-areas").with("areas", areas.rest.len())));
    }
    columns.push(w.t("col-total"));
    single(
        "by-area",
        w.t("aggregate-by-area"),
        table(
            w,
            "by-area",
            "aggregate-by-area-table",
            columns,
            rows,
            totals,
        ),
    )
}

fn leps(w: &Words, included: &[&AmbitoFigures]) -> Report {
    // The levels most ambiti have first, beyond MAX_ID_COLUMNS; the others are counted in a note.
    let levels = id_columns(included, |f| &f.leps, |_| 1, MAX_ID_COLUMNS);
    let per_plan: Vec<HashMap<&Id, usize>> = included
        .iter()
        .map(|f| f.leps.iter().map(|(id, _, years)| (id, *years)).collect())
        .collect();
    let covered = |plan: &HashMap<&Id, usize>, level: &Id| plan.get(level).copied().unwrap_or(0);
    let rows = included
        .iter()
        .zip(&per_plan)
        .map(|(f, plan)| {
            let mut cells = vec![label(f)];
            cells.extend(
                levels
                    .shown
                    .iter()
                    .map(|(id, _)| Cell::Count(covered(plan, id) as u128)),
            );
            Row::item(cells)
        })
        .collect();
    // The total row counts the ambiti that guarantee the level in every year.
    let totals = levels
        .shown
        .iter()
        .map(|(id, _)| {
            Cell::Count(
                included
                    .iter()
                    .zip(&per_plan)
                    .filter(|(f, plan)| covered(plan, id) == f.years)
                    .count() as u128,
            )
        })
        .collect();
    let mut report = single(
        "leps",
        w.t("aggregate-leps"),
        table(
            w,
            "leps",
            "aggregate-leps-table",
            levels.shown.iter().map(|(_, n)| n.to_string()).collect(),
            rows,
            totals,
        ),
    );
    report.blocks.insert(
        0,
        Block::Paragraph {
            text: w.t("aggregate-leps-note"),
        },
    );
    if !levels.rest.is_empty() {
        report.blocks.insert(
            1,
            Block::Paragraph {
                text: w.tr(Message::new("aggregate-other-leps").with("leps", levels.rest.len())),
            },
        );
    }
    report
}

fn staffing(w: &Words, included: &[&AmbitoFigures]) -> Report {
    let rows = included
        .iter()
        .map(|f| match &f.staffing {
            Some(s) => Row::item(vec![
                label(f),
                Cell::Count(u128::from(f.population)),
                Cell::Decimal(u128::from(s.permanent.get())),
                s.residents_per_worker()
                    .map_or(Cell::Empty, |r| Cell::Count(u128::from(r))),
                Cell::Check(s.meets(LEP_RESIDENTS)),
                Cell::Count(u128::from(s.needed(LEP_RESIDENTS))),
            ]),
            None => Row::item(vec![
                label(f),
                Cell::Count(u128::from(f.population)),
                Cell::Empty,
                Cell::Empty,
                Cell::Empty,
                Cell::Count(u128::from(f.population.div_ceil(LEP_RESIDENTS))),
            ]),
        })
        .collect();
    let population: u64 = included.iter().map(|f| f.population).sum();
    let workers: u128 = included
        .iter()
        .filter_map(|f| f.staffing.as_ref().map(|s| u128::from(s.permanent.get())))
        .sum();
    let meeting = included
        .iter()
        .filter(|f| f.staffing.as_ref().is_some_and(|s| s.meets(LEP_RESIDENTS)))
        .count();
    let totals = vec![
        Cell::Count(u128::from(population)),
        Cell::Decimal(workers),
        (u128::from(population) * 100 + workers / 2)
            .checked_div(workers)
            .map_or(Cell::Empty, Cell::Count),
        Cell::Text(
            w.tr(Message::new("aggregate-meeting")
                .with("meeting", meeting)
                .with("ambiti", included.len())),
        ),
        Cell::Count(
            included
                .iter()
                .map(|f| u128::from(f.population.div_ceil(LEP_RESIDENTS)))
                .sum(),
        ),
    ];
    single(
        "staffing",
        w.t("aggregate-staffing"),
        table(
            w,
            "staffing",
            "aggregate-staffing-table",
            vec![
                w.t("col-population"),
                w.t("col-social-workers"),
                w.t("col-residents-per-worker"),
                w.t("col-meets-lep"),
                w.t("col-needed-lep"),
            ],
            rows,
            totals,
        ),
    )
}

fn left_out(w: &Words, excluded: &[&PlanOutcome]) -> Report {
    let summary = Table {
        id: "excluded",
        title: w.t("aggregate-excluded-table"),
        columns: vec![w.t("col-plan"), w.t("col-errors"), w.t("col-warnings")],
        rows: excluded
            .iter()
            .map(|o| {
                Row::item(vec![
                    Cell::Text(o.path.display().to_string()),
                    Cell::Count(o.tally.errors as u128),
                    Cell::Count(o.tally.warnings as u128),
                ])
            })
            .collect(),
    };
    let errors = Table {
        id: "errors",
        title: w.t("aggregate-errors-table"),
        columns: vec![w.t("col-place"), w.t("col-code"), w.t("col-message")],
        rows: excluded
            .iter()
            .flat_map(|o| o.errors.iter())
            .map(|e| {
                Row::item(vec![
                    Cell::Text(e.place.clone()),
                    Cell::Text(e.code.id().to_string()),
                    Cell::Text(w.tr(e.message.clone())),
                ])
            })
            .collect(),
    };
    Report {
        id: "excluded",
        title: w.t("aggregate-excluded"),
        blocks: vec![
            Block::Paragraph {
                text: w.t("aggregate-excluded-why"),
            },
            Block::Table(summary),
            Block::Table(errors),
        ],
        tidy: None,
    }
}

/// A report holding one table.
fn single(id: &'static str, title: String, table: Table) -> Report {
    Report {
        id,
        title,
        blocks: vec![Block::Table(table)],
        tidy: None,
    }
}
