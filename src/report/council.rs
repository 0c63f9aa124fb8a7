//! The document for a *consiglio comunale*: the plan in brief, what the comune
//! contributes and receives, the essential levels, the funds in plain words, and
//! the needs of the territory. For one comune, or for the whole ambito.

use super::budget::group_row;
use super::comuni::{intervention_shares, per_resident, split_funds, split_shares};
use super::context::{Context, share, share_cell};
use super::model::{Block, Cell, Cover, Document, Layout, Report, Role, Row, Table};
use super::{Options, comuni, leps, needs, staffing, summary};
use crate::i18n::{Lang, Message};
use crate::model::{Cents, Comune, FundKind, Leps, Plan, Programme};

/// Builds the council document for `comune` (`None`: every comune of the ambito).
pub fn build(plan: &Plan, comune: Option<&Comune>, options: &Options, lang: Lang) -> Document {
    let cx = Context {
        plan,
        scope: options.scope.clone(),
        lang,
    };
    let index = comune.and_then(|c| {
        plan.ambito
            .comuni
            .iter()
            .position(|x| x.id.value == c.id.value)
    });
    let recipient = comune.map_or_else(
        || cx.tr(Message::new("council-recipient-all").with("ambito", plan.ambito.name.as_str())),
        |c| cx.tr(Message::new("council-recipient").with("comune", c.name.as_str())),
    );

    let mut brief = summary::build(&cx);
    brief.id = "brief";
    brief.title = cx.t("council-brief");
    // On A4 the area × kind table is too wide: the chart sits beside the per-area table.
    brief
        .blocks
        .retain(|b| !matches!(b, Block::Table(t) if t.id == "by-area-kind"));
    for block in &mut brief.blocks {
        if let Block::Chart(chart) = block {
            chart.table = "by-area";
        }
    }
    let mut levels = leps::build(&cx);
    levels.title = cx.t("council-leps");
    let staffing = staffing::build(&cx);
    levels.blocks.extend(staffing.blocks.into_iter().take(1));
    let mut reports = vec![
        brief,
        contribution(&cx, index),
        services(&cx, index),
        levels,
        glossary(&cx),
    ];
    if !plan.needs.is_empty() {
        let mut territory = needs::build(&cx, needs::Interventions::Counted);
        territory.title = cx.t("council-needs");
        reports.push(territory);
    }
    if let Some(comune) = comune {
        mark_own_comune(&mut reports, plan, comune);
    }

    let mut lines = vec![
        plan.ambito.name.clone(),
        cx.tr(Message::new("council-period").with("period", plan.period.label())),
    ];
    let residents = comune.map_or_else(|| plan.ambito.population(), |c| c.population.value);
    lines.push(match plan.ambito.population_date {
        Some(date) => cx.tr(Message::new("council-residents-at")
            .with("residents", residents)
            .with("date", date)),
        None => cx.tr(Message::new("council-residents").with("residents", residents)),
    });
    Document {
        layout: Layout::Council,
        cover: Some(Cover {
            running_header: format!("{} · {recipient}", plan.title.value),
            recipient,
            lines,
            approvals: approvals(&cx),
        }),
        title: plan.title.value.clone(),
        subtitle: cx.t("council-subtitle"),
        banner: options.banner.clone(),
        date: options.date,
        reports,
    }
}

fn approvals(cx: &Context) -> Option<Table> {
    (!cx.plan.approvals.is_empty()).then(|| Table {
        id: "approvals",
        title: cx.t("council-approvals"),
        columns: vec![cx.t("col-body"), cx.t("col-act"), cx.t("col-date")],
        rows: cx
            .plan
            .approvals
            .iter()
            .map(|a| {
                Row::item(vec![
                    Cell::Text(a.body.clone()),
                    Cell::Text(a.act.clone().unwrap_or_default()),
                    a.date.map_or(Cell::Empty, Cell::Date),
                ])
            })
            .collect(),
    })
}

/// What the comune contributes: its share of every allocation split by population.
fn contribution(cx: &Context, comune: Option<usize>) -> Report {
    let plan = cx.plan;
    let splits = split_funds(cx);
    let mut blocks = Vec::new();
    if splits.is_empty() {
        blocks.push(Block::Paragraph {
            text: cx.t("council-no-split"),
        });
    } else if let Some(c) = comune {
        let who = &plan.ambito.comuni[c];
        let residents = who.population.value;
        blocks.push(Block::Paragraph {
            text: cx.tr(Message::new("council-contribution-intro")
                .with("residents", residents)
                .with("population", plan.ambito.population())
                .with(
                    "share",
                    crate::i18n::Arg::Percent(share(
                        Cents::new(i128::from(residents)),
                        Cents::new(i128::from(plan.ambito.population())),
                    )),
                )),
        });
        let mut table = Table {
            id: "contribution",
            title: cx.t("council-contribution-table"),
            columns: vec![
                cx.t("col-fund"),
                cx.t("col-ambito-amount"),
                cx.t("col-comune-share"),
                cx.t("col-per-resident"),
            ],
            rows: Vec::new(),
        };
        let (mut ambito, mut own) = (Cents::ZERO, Cents::ZERO);
        for fund in &splits {
            let shares = split_shares(cx, fund);
            ambito += fund.amount.value;
            own += shares[c];
            table.rows.push(Row::item(vec![
                Cell::Text(cx.fund_label(&fund.id.value)),
                Cell::Money(fund.amount.value),
                Cell::Money(shares[c]),
                Cell::Money(per_resident(shares[c], residents)),
            ]));
        }
        table.rows.push(Row::new(
            Role::Total,
            vec![
                Cell::Text(cx.t("row-total")),
                Cell::Money(ambito),
                Cell::Money(own),
                Cell::Money(per_resident(own, residents)),
            ],
        ));
        blocks.push(Block::Table(table));
    } else {
        let mut columns = vec![cx.t("col-comune"), cx.t("col-population")];
        columns.extend(splits.iter().map(|f| cx.fund_label(&f.id.value)));
        columns.extend([cx.t("col-total"), cx.t("col-per-resident")]);
        let shares: Vec<Vec<Cents>> = splits.iter().map(|f| split_shares(cx, f)).collect();
        let mut table = Table {
            id: "contribution",
            title: cx.t("council-contribution-table-all"),
            columns,
            rows: Vec::new(),
        };
        for (c, who) in plan.ambito.comuni.iter().enumerate() {
            let own: Vec<Cents> = shares.iter().map(|s| s[c]).collect();
            let total: Cents = own.iter().sum();
            let mut cells = vec![
                Cell::Text(who.name.clone()),
                Cell::Count(u128::from(who.population.value)),
            ];
            cells.extend(own.into_iter().map(Cell::Money));
            cells.extend([
                Cell::Money(total),
                Cell::Money(per_resident(total, who.population.value)),
            ]);
            table.rows.push(Row::item(cells));
        }
        let totals: Vec<Cents> = splits.iter().map(|f| f.amount.value).collect();
        let total: Cents = totals.iter().sum();
        let mut cells = vec![
            Cell::Text(cx.t("row-total")),
            Cell::Count(u128::from(plan.ambito.population())),
        ];
        cells.extend(totals.into_iter().map(Cell::Money));
        cells.extend([
            Cell::Money(total),
            Cell::Money(per_resident(total, plan.ambito.population())),
        ]);
        table.rows.push(Row::new(Role::Total, cells));
        blocks.push(Block::Table(table));
    }
    Report {
        id: "contribution",
        title: cx.t("council-contribution"),
        blocks,
        tidy: None,
    }
}

/// What the comune receives: the interventions reaching it, by area, and the money
/// per resident against the ambito's average.
fn services(cx: &Context, comune: Option<usize>) -> Report {
    let plan = cx.plan;
    let mut table = Table {
        id: "services",
        title: cx.t(if comune.is_some() {
            "council-services-table"
        } else {
            "council-services-table-all"
        }),
        columns: vec![
            cx.t("col-intervention"),
            cx.t("col-management"),
            cx.t("col-provider"),
            cx.t("col-comuni"),
            cx.t(if comune.is_some() {
                "col-money-comune"
            } else {
                "col-money"
            }),
        ],
        rows: Vec::new(),
    };
    let mut total = Cents::ZERO;
    for area in &plan.areas {
        let mut rows = Vec::new();
        let mut subtotal = Cents::ZERO;
        for intervention in cx
            .scope
            .interventions(plan)
            .filter(|i| i.area.value == area.id.value)
        {
            let shares = intervention_shares(cx, intervention);
            let money = match comune {
                Some(c) => match shares.iter().find(|(i, _)| *i == c) {
                    Some((_, money)) => *money,
                    None => continue,
                },
                None => shares.iter().map(|(_, m)| *m).sum(),
            };
            subtotal += money;
            rows.push(Row::item(vec![
                Cell::Text(intervention.name.value.clone()),
                Cell::Text(super::interventions::management(
                    cx,
                    intervention.management.as_ref().map(|m| m.value),
                )),
                Cell::Text(intervention.provider.clone().unwrap_or_default()),
                Cell::Text(super::interventions::reach(cx, &intervention.comuni)),
                Cell::Money(money),
            ]));
        }
        if rows.is_empty() {
            continue;
        }
        table
            .rows
            .push(group_row(area.name.clone(), table.columns.len()));
        table.rows.extend(rows);
        table.rows.push(Row::new(
            Role::Subtotal,
            vec![
                Cell::Text(cx.t("row-subtotal")),
                Cell::Empty,
                Cell::Empty,
                Cell::Empty,
                Cell::Money(subtotal),
            ],
        ));
        total += subtotal;
    }
    table.rows.push(Row::new(
        Role::Total,
        vec![
            Cell::Text(cx.t("row-total")),
            Cell::Empty,
            Cell::Empty,
            Cell::Empty,
            Cell::Money(total),
        ],
    ));

    let mut blocks = Vec::new();
    let attributed = comuni::attributed(cx);
    let ambito_money: Cents = attributed.iter().map(|(m, _)| *m).sum();
    let average = per_resident(ambito_money, plan.ambito.population());
    if let Some(c) = comune {
        let who = &plan.ambito.comuni[c];
        let own = per_resident(attributed[c].0, who.population.value);
        blocks.push(Block::Table(Table {
            id: "per-resident",
            title: cx.t("council-per-resident"),
            columns: vec![cx.t("col-item"), cx.t("col-value")],
            rows: vec![
                Row::item(vec![
                    Cell::Text(cx.t("council-money-comune")),
                    Cell::Money(attributed[c].0),
                ]),
                Row::item(vec![
                    Cell::Text(
                        cx.tr(Message::new("council-per-resident-comune")
                            .with("comune", who.name.as_str())),
                    ),
                    Cell::Money(own),
                ]),
                Row::item(vec![
                    Cell::Text(cx.t("council-per-resident-ambito")),
                    Cell::Money(average),
                ]),
                Row::item(vec![
                    Cell::Text(cx.t("council-per-resident-ratio")),
                    share_cell(own, average),
                ]),
            ],
        }));
        blocks.push(Block::Paragraph {
            text: cx.t("council-attribution-note"),
        });
    }
    blocks.push(Block::Table(table));
    blocks.extend(comparison(cx, &attributed));
    Report {
        id: "services",
        title: cx.t(if comune.is_some() {
            "council-services"
        } else {
            "council-services-all"
        }),
        blocks,
        tidy: None,
    }
}

/// Every comune's money per resident: a chart and its table, narrow enough for A4.
fn comparison(cx: &Context, attributed: &[(Cents, usize)]) -> Vec<Block> {
    let plan = cx.plan;
    let mut table = Table {
        id: "comparison",
        title: cx.t("council-comparison"),
        columns: vec![
            cx.t("col-comune"),
            cx.t("col-population"),
            cx.t("col-money-reaching"),
            cx.t("col-per-resident"),
        ],
        rows: Vec::new(),
    };
    for (comune, (money, _)) in plan.ambito.comuni.iter().zip(attributed) {
        table.rows.push(Row::item(vec![
            Cell::Text(comune.name.clone()),
            Cell::Count(u128::from(comune.population.value)),
            Cell::Money(*money),
            Cell::Money(per_resident(*money, comune.population.value)),
        ]));
    }
    let total: Cents = attributed.iter().map(|(m, _)| *m).sum();
    table.rows.push(Row::new(
        Role::Total,
        vec![
            Cell::Text(cx.t("row-total")),
            Cell::Count(u128::from(plan.ambito.population())),
            Cell::Money(total),
            Cell::Money(per_resident(total, plan.ambito.population())),
        ],
    ));
    let mut chart = comuni::build(cx)
        .blocks
        .into_iter()
        .find_map(|block| match block {
            Block::Chart(chart) => Some(chart),
            _ => None,
        });
    if let Some(chart) = chart.as_mut() {
        chart.table = "comparison";
    }
    chart
        .map(Block::Chart)
        .into_iter()
        .chain([Block::Table(table)])
        .collect()
}

/// The kinds of money of the plan explained in plain words.
fn glossary(cx: &Context) -> Report {
    let mut families: Vec<&'static str> = Vec::new();
    let mut local: Vec<&Programme> = Vec::new();
    for fund in &cx.plan.funds {
        let Some(programme) = cx.plan.programme(&fund.programme.value) else {
            continue;
        };
        match family(programme) {
            Some(family) if !families.contains(&family) => families.push(family),
            Some(_) => {}
            None if !local.iter().any(|p| p.id == programme.id) => local.push(programme),
            None => {}
        }
    }
    let mut rows: Vec<Row> = families.iter().map(|family| entry(cx, family)).collect();
    rows.extend(local.into_iter().map(|p| {
        Row::item(vec![
            Cell::Text(p.name.clone()),
            Cell::Text(
                cx.tr(Message::new(if p.declared_at.is_some() {
                    "glossary-local"
                } else {
                    "glossary-builtin"
                })
                .with("kind", cx.kind_label(p.kind))
                .with("source", p.source.clone().unwrap_or_default())),
            ),
        ])
    }));
    rows.extend(["leps", "annualita"].map(|term| entry(cx, term)));
    rows.extend(guaranteed_leps(cx).into_iter().map(|leps| {
        Row::item(vec![
            Cell::Text(leps.name.clone()),
            Cell::Text(
                cx.tr(Message::new("glossary-leps-entry")
                    .with("source", leps.source.clone().unwrap_or_default())),
            ),
        ])
    }));
    Report {
        id: "glossary",
        title: cx.t("council-glossary"),
        blocks: vec![Block::Table(Table {
            id: "glossary",
            title: cx.t("council-glossary-table"),
            columns: vec![cx.t("col-term"), cx.t("col-meaning")],
            rows,
        })],
        tidy: None,
    }
}

/// The levels the plan's interventions guarantee, in catalogue order.
fn guaranteed_leps<'p>(cx: &Context<'p>) -> Vec<&'p Leps> {
    cx.plan
        .leps
        .iter()
        .filter(|leps| {
            cx.plan
                .interventions
                .iter()
                .any(|i| i.leps.iter().any(|l| l.value == leps.id))
        })
        .collect()
}

fn entry(cx: &Context, family: &str) -> Row {
    let (term, text) = glossary_keys(family);
    Row::item(vec![Cell::Text(cx.t(term)), Cell::Text(cx.t(text))])
}

/// The glossary entry a programme belongs to; `None` for the plan's own programmes.
fn family(programme: &Programme) -> Option<&'static str> {
    if programme.declared_at.is_some() {
        return None;
    }
    Some(match programme.id.as_str() {
        "fnps" => "fnps",
        "qsfp" => "qsfp",
        "qpe" => "qpe",
        "fna" => "fna",
        "dopo-di-noi" => "dopo-di-noi",
        "famiglia" => "famiglia",
        "antiviolenza" => "antiviolenza",
        "fgsa" => "fgsa",
        "pon-inclusione" | "pn-inclusione-2021-2027" => "pon",
        "prins" => "prins",
        "cofinanziamento-comunale" => "comuni",
        "asl" => "asl",
        "compartecipazione-utenti" => "utenti",
        "regionale" => "regionale",
        _ if programme.kind == FundKind::Pnrr => "pnrr",
        // The other built-in programmes are explained by their kind and act.
        _ => return None,
    })
}

/// The catalogue keys of a glossary entry: its term and its explanation.
fn glossary_keys(family: &str) -> (&'static str, &'static str) {
    match family {
        "fnps" => ("glossary-fnps-term", "glossary-fnps"),
        "qsfp" => ("glossary-qsfp-term", "glossary-qsfp"),
        "qpe" => ("glossary-qpe-term", "glossary-qpe"),
        "fna" => ("glossary-fna-term", "glossary-fna"),
        "dopo-di-noi" => ("glossary-dopo-di-noi-term", "glossary-dopo-di-noi"),
        "famiglia" => ("glossary-famiglia-term", "glossary-famiglia"),
        "antiviolenza" => ("glossary-antiviolenza-term", "glossary-antiviolenza"),
        "fgsa" => ("glossary-fgsa-term", "glossary-fgsa"),
        "pon" => ("glossary-pon-term", "glossary-pon"),
        "prins" => ("glossary-prins-term", "glossary-prins"),
        "comuni" => ("glossary-comuni-term", "glossary-comuni"),
        "asl" => ("glossary-asl-term", "glossary-asl"),
        "utenti" => ("glossary-utenti-term", "glossary-utenti"),
        "pnrr" => ("glossary-pnrr-term", "glossary-pnrr"),
        "leps" => ("glossary-leps-term", "glossary-leps"),
        "annualita" => ("glossary-annualita-term", "glossary-annualita"),
        _ => ("glossary-regionale-term", "glossary-regionale"),
    }
}

/// In every table where all the comuni appear, the row of the document's own comune
/// stands out: a councillor finds their comune at a glance.
fn mark_own_comune(reports: &mut [Report], plan: &Plan, comune: &Comune) {
    let names: Vec<&str> = plan.ambito.comuni.iter().map(|c| c.name.as_str()).collect();
    let first_text = |row: &Row| match row.cells.first() {
        Some(Cell::Text(text)) => Some(text.clone()),
        _ => None,
    };
    for report in reports {
        for block in &mut report.blocks {
            let Block::Table(table) = block else {
                continue;
            };
            let shown: Vec<String> = table.rows.iter().filter_map(first_text).collect();
            if !names.iter().all(|n| shown.iter().any(|s| s == n)) {
                continue;
            }
            for row in &mut table.rows {
                if row.role == Role::Item
                    && first_text(row).as_deref() == Some(comune.name.as_str())
                {
                    row.own = true;
                }
            }
        }
    }
}
