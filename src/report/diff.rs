//! The comparison of two versions of a plan as a document: a summary first (what a
//! pull-request comment shows at a glance), then one section per kind of change.

use super::context::Context;
use super::interventions::{management, reach};
use super::model::{Block, Cell, Document, Layout, Report, Role, Row, Table};
use super::scope::Scope;
use crate::analyse::execution;
use crate::check::CheckedPlan;
use crate::diff::{Delta, Field, FieldValue, FindingChange, PlanDiff};
use crate::findings::{Severity, Tally};
use crate::i18n::{self, Lang, Message};
use crate::model::{Cents, Decrease, Id, Plan, Reach, Status};

/// The names of the two versions, as the user gave them.
pub struct Versions<'a> {
    pub old: &'a str,
    pub new: &'a str,
}

/// The comparison of two checked versions. A version with errors is still compared, under
/// a banner, its errors among the findings; a version that cannot be read as a plan is
/// shown by its findings alone.
pub fn compare(old: &CheckedPlan, new: &CheckedPlan, versions: &Versions, lang: Lang) -> Document {
    let (old_name, new_name) = (versions.old, versions.new);
    let broken: Vec<(&str, &CheckedPlan)> = [old_name, new_name]
        .into_iter()
        .zip([old, new])
        .filter(|(_, plan)| plan.has_errors() || plan.loaded.plan.is_none())
        .collect();
    let errors: u64 = broken
        .iter()
        .map(|(_, plan)| Tally::of(&plan.findings).errors as u64)
        .sum();
    match (&old.loaded.plan, &new.loaded.plan) {
        (Some(old_plan), Some(new_plan)) => {
            let diff = crate::diff::diff(old, old_plan, new, new_plan);
            let banner = (!broken.is_empty()).then(|| {
                let names: Vec<String> = broken.iter().map(|(n, _)| format!("`{n}`")).collect();
                i18n::tr(
                    lang,
                    &Message::new("diff-banner-errors")
                        .with("versions", names.join(", "))
                        .with("errors", errors),
                )
            });
            build(&diff, versions, banner, lang)
        }
        _ => {
            // The first version without a model: the new one when both lack it.
            let (name, plan) = [new_name, old_name]
                .into_iter()
                .zip([new, old])
                .find(|(_, plan)| plan.loaded.plan.is_none())
                .unwrap_or((new_name, new));
            let banner = i18n::tr(
                lang,
                &Message::new("diff-banner-unreadable")
                    .with("path", name)
                    .with("errors", Tally::of(&plan.findings).errors),
            );
            let findings = crate::diff::all_findings(plan);
            unreadable(versions, banner, &findings, lang)
        }
    }
}

/// The document shown when a version cannot be read as a plan: its findings under a
/// banner saying why nothing is compared.
pub fn unreadable(
    versions: &Versions,
    banner: String,
    findings: &[FindingChange],
    lang: Lang,
) -> Document {
    Document {
        layout: Layout::Report,
        cover: None,
        title: i18n::label(lang, "diff-title-plain"),
        subtitle: i18n::tr(
            lang,
            &Message::new("diff-subtitle")
                .with("old", versions.old)
                .with("new", versions.new),
        ),
        banner: Some(banner),
        date: None,
        reports: findings_report(lang, findings, "diff-findings-table-all")
            .into_iter()
            .collect(),
    }
}

/// Builds the comparison document; `banner`, when a version has errors, is shown on top.
pub fn build(diff: &PlanDiff, versions: &Versions, banner: Option<String>, lang: Lang) -> Document {
    let cx = Context {
        plan: diff.new,
        scope: Scope::default(),
        lang,
    };
    let old_cx = Context {
        plan: diff.old,
        scope: Scope::default(),
        lang,
    };
    let mut reports = vec![summary(&cx, diff)];
    reports.extend(interventions(&cx, &old_cx, diff));
    reports.extend(budget(&cx, &old_cx, diff));
    reports.extend(allocations(&cx, diff));
    reports.extend(coverage(&cx, diff));
    reports.extend(findings(&cx, diff));
    reports.extend(decreases(&cx, diff));
    Document {
        layout: Layout::Report,
        cover: None,
        title: cx.tr(Message::new("diff-title").with("plan", diff.new.title.value.as_str())),
        subtitle: cx.tr(Message::new("diff-subtitle")
            .with("old", versions.old)
            .with("new", versions.new)),
        banner,
        date: None,
        reports,
    }
}

fn summary(cx: &Context, diff: &PlanDiff) -> Report {
    let (old, new) = (diff.old, diff.new);
    let money = |label: &'static str, delta: Delta| {
        Row::item(vec![
            Cell::Text(cx.t(label)),
            Cell::Money(delta.old),
            Cell::Money(delta.new),
            Cell::MoneyChange(delta.change()),
        ])
    };
    let count = |label: &'static str, before: usize, after: usize| {
        Row::item(vec![
            Cell::Text(cx.t(label)),
            Cell::Count(before as u128),
            Cell::Count(after as u128),
            Cell::CountChange(after as i128 - before as i128),
        ])
    };
    let severity = |plan_findings: &[crate::diff::FindingChange], appeared: bool, s: Severity| {
        plan_findings
            .iter()
            .filter(|f| f.appeared == appeared && f.severity == s)
            .count()
    };
    let mut rows = vec![
        money("diff-row-programmed", diff.budget.total),
        count(
            "diff-row-interventions",
            old.interventions.len(),
            new.interventions.len(),
        ),
        count("diff-row-allocations", old.funds.len(), new.funds.len()),
        money(
            "diff-row-available",
            Delta {
                old: old.funds.iter().map(|f| f.amount.value).sum(),
                new: new.funds.iter().map(|f| f.amount.value).sum(),
            },
        ),
        count("diff-row-leps-years", covered(old), covered(new)),
    ];
    if !old.actuals.is_empty() || !new.actuals.is_empty() {
        let figures = |plan: &Plan| -> (Cents, Cents) {
            execution(plan)
                .iter()
                .fold((Cents::ZERO, Cents::ZERO), |(c, p), l| {
                    (c + l.figures.committed, p + l.figures.paid)
                })
        };
        let (before, after) = (figures(old), figures(new));
        rows.push(money(
            "diff-row-committed",
            Delta {
                old: before.0,
                new: after.0,
            },
        ));
        rows.push(money(
            "diff-row-paid",
            Delta {
                old: before.1,
                new: after.1,
            },
        ));
    }
    let totals = Table {
        id: "totals",
        title: cx.t("diff-totals"),
        columns: vec![
            cx.t("col-item"),
            cx.t("col-before"),
            cx.t("col-after"),
            cx.t("col-change"),
        ],
        rows,
    };
    let changes = &diff.interventions;
    let mut counts = Vec::new();
    let mut push = |key: &'static str, n: usize| {
        if n > 0 {
            counts.push(Row::item(vec![
                Cell::Text(cx.t(key)),
                Cell::Count(n as u128),
            ]));
        }
    };
    push("diff-count-added", changes.added.len());
    push("diff-count-removed", changes.removed.len());
    push("diff-count-changed", changes.changed.len());
    push("diff-count-moved", diff.budget.by_intervention.len());
    push(
        "diff-count-allocations-added",
        diff.allocations.iter().filter(|a| a.old.is_none()).count(),
    );
    push(
        "diff-count-allocations-removed",
        diff.allocations.iter().filter(|a| a.new.is_none()).count(),
    );
    push(
        "diff-count-allocations-resized",
        diff.allocations
            .iter()
            .filter(|a| a.old.is_some() && a.new.is_some())
            .count(),
    );
    push(
        "diff-count-leps-gained",
        diff.coverage.iter().filter(|c| c.gained).count(),
    );
    push(
        "diff-count-leps-lost",
        diff.coverage.iter().filter(|c| !c.gained).count(),
    );
    push(
        "diff-count-errors-new",
        severity(&diff.findings, true, Severity::Error),
    );
    push(
        "diff-count-errors-fixed",
        severity(&diff.findings, false, Severity::Error),
    );
    push(
        "diff-count-warnings-new",
        severity(&diff.findings, true, Severity::Warning),
    );
    push(
        "diff-count-warnings-fixed",
        severity(&diff.findings, false, Severity::Warning),
    );
    push("diff-count-decreases", diff.decreases.len());
    let mut blocks = vec![Block::Table(totals)];
    if counts.is_empty() {
        blocks.push(Block::Paragraph {
            text: cx.t("diff-nothing"),
        });
    } else {
        blocks.push(Block::Table(Table {
            id: "changes",
            title: cx.t("diff-changes"),
            columns: vec![cx.t("col-change-kind"), cx.t("col-number")],
            rows: counts,
        }));
    }
    Report {
        id: "summary",
        title: cx.t("diff-summary"),
        blocks,
        tidy: None,
    }
}

/// LEPS × years with a funded intervention.
fn covered(plan: &Plan) -> usize {
    crate::analyse::leps_coverage(plan)
        .iter()
        .map(|l| l.years.iter().filter(|(_, i)| !i.is_empty()).count())
        .sum()
}

fn interventions(cx: &Context, old_cx: &Context, diff: &PlanDiff) -> Option<Report> {
    let changes = &diff.interventions;
    if changes.is_empty() {
        return None;
    }
    let mut blocks = Vec::new();
    let listed = |id: &'static str,
                  title: &'static str,
                  list: &[&crate::model::Intervention],
                  cx: &Context| {
        Table {
            id,
            title: cx.t(title),
            columns: vec![
                cx.t("col-id"),
                cx.t("col-intervention"),
                cx.t("col-area"),
                cx.t("col-programmed"),
            ],
            rows: list
                .iter()
                .map(|i| {
                    Row::item(vec![
                        Cell::Text(i.id.value.to_string()),
                        Cell::Text(i.name.value.clone()),
                        Cell::Text(cx.area_label(&i.area.value)),
                        Cell::Money(i.budget.iter().map(|l| l.amount.value).sum()),
                    ])
                })
                .collect(),
        }
    };
    if !changes.added.is_empty() {
        blocks.push(Block::Table(listed(
            "added",
            "diff-added",
            &changes.added,
            cx,
        )));
    }
    if !changes.removed.is_empty() {
        blocks.push(Block::Table(listed(
            "removed",
            "diff-removed",
            &changes.removed,
            old_cx,
        )));
    }
    if !changes.changed.is_empty() {
        let mut rows = Vec::new();
        for (intervention, fields) in &changes.changed {
            for (index, change) in fields.iter().enumerate() {
                let name = if index == 0 {
                    format!("{} ({})", intervention.name.value, intervention.id.value)
                } else {
                    String::new()
                };
                rows.push(Row::item(vec![
                    Cell::Text(name),
                    Cell::Text(cx.t(field_label(change.field))),
                    Cell::Text(value_text(old_cx, &change.old)),
                    Cell::Text(value_text(cx, &change.new)),
                ]));
            }
        }
        blocks.push(Block::Table(Table {
            id: "changed",
            title: cx.t("diff-changed"),
            columns: vec![
                cx.t("col-intervention"),
                cx.t("col-field"),
                cx.t("col-before"),
                cx.t("col-after"),
            ],
            rows,
        }));
    }
    Some(Report {
        id: "interventions",
        title: cx.t("diff-interventions"),
        blocks,
        tidy: None,
    })
}

fn field_label(field: Field) -> &'static str {
    match field {
        Field::Name => "field-name",
        Field::Area => "col-area",
        Field::Leps => "col-leps",
        Field::Targets => "col-targets",
        Field::Management => "col-management",
        Field::Provider => "col-provider",
        Field::Comuni => "col-comuni",
        Field::Status => "col-status",
        Field::Cup => "col-cup",
        Field::Description => "field-description",
        Field::Indicators => "col-indicator",
    }
}

/// A field's value in words: names for areas and comuni, labels for closed lists.
fn value_text(cx: &Context, value: &FieldValue) -> String {
    match value {
        FieldValue::Text(text) => text.clone().unwrap_or_default(),
        FieldValue::List(items) => items.join(", "),
        FieldValue::Management(m) => management(cx, *m),
        FieldValue::Status(s) => s.map_or_else(String::new, |s| {
            cx.t(match s {
                Status::New => "status-new",
                Status::Continued => "status-continued",
                Status::Strengthened => "status-strengthened",
            })
        }),
        FieldValue::Comuni(None) => reach(cx, &Reach::All),
        FieldValue::Comuni(Some(ids)) => ids
            .iter()
            .map(|id| {
                cx.plan
                    .ambito
                    .comuni
                    .iter()
                    .find(|c| c.id.value.as_str() == id)
                    .map_or_else(|| id.clone(), |c| c.name.clone())
            })
            .collect::<Vec<_>>()
            .join(", "),
    }
}

fn budget(cx: &Context, old_cx: &Context, diff: &PlanDiff) -> Option<Report> {
    let deltas = &diff.budget;
    if deltas.by_intervention.is_empty() && deltas.by_year.is_empty() {
        return None;
    }
    let intervention_name = |id: &Id| {
        let find = |plan: &Plan| {
            plan.interventions
                .iter()
                .find(|i| i.id.value == *id)
                .map(|i| i.name.value.clone())
        };
        find(cx.plan)
            .or_else(|| find(old_cx.plan))
            .unwrap_or_else(|| id.to_string())
    };
    let area_name = |id: &Id| {
        cx.plan
            .area(id)
            .or_else(|| old_cx.plan.area(id))
            .map_or_else(|| id.to_string(), |a| a.name.clone())
    };
    let fund_name = |id: &Id| {
        if cx.plan.fund(id).is_some() {
            cx.fund_label(id)
        } else {
            old_cx.fund_label(id)
        }
    };
    let blocks = vec![
        delta_table(
            cx,
            "by-intervention",
            "diff-budget-interventions",
            "col-intervention",
            deltas
                .by_intervention
                .iter()
                .map(|(id, d)| (intervention_name(id), *d)),
        ),
        delta_table(
            cx,
            "by-area",
            "diff-budget-areas",
            "col-area",
            deltas.by_area.iter().map(|(id, d)| (area_name(id), *d)),
        ),
        delta_table(
            cx,
            "by-fund",
            "diff-budget-funds",
            "col-fund",
            deltas.by_fund.iter().map(|(id, d)| (fund_name(id), *d)),
        ),
        delta_table(
            cx,
            "by-year",
            "diff-budget-years",
            "col-year",
            deltas
                .by_year
                .iter()
                .map(|(year, d)| (year.to_string(), *d)),
        ),
    ];
    Some(Report {
        id: "budget",
        title: cx.t("diff-budget"),
        blocks: blocks.into_iter().flatten().collect(),
        tidy: None,
    })
}

/// Before, after and change per row, with the totals of the rows shown.
fn delta_table(
    cx: &Context,
    id: &'static str,
    title: &'static str,
    first_column: &'static str,
    rows: impl Iterator<Item = (String, Delta)>,
) -> Option<Block> {
    let rows: Vec<(String, Delta)> = rows.collect();
    if rows.is_empty() {
        return None;
    }
    let total = rows.iter().fold(Delta::default(), |t, (_, d)| Delta {
        old: t.old + d.old,
        new: t.new + d.new,
    });
    let line = |label: String, d: &Delta| {
        vec![
            Cell::Text(label),
            Cell::Money(d.old),
            Cell::Money(d.new),
            Cell::MoneyChange(d.change()),
        ]
    };
    let mut table_rows: Vec<Row> = rows
        .iter()
        .map(|(label, d)| Row::item(line(label.clone(), d)))
        .collect();
    table_rows.push(Row::new(Role::Total, line(cx.t("row-total"), &total)));
    Some(Block::Table(Table {
        id,
        title: cx.t(title),
        columns: vec![
            cx.t(first_column),
            cx.t("col-before"),
            cx.t("col-after"),
            cx.t("col-change"),
        ],
        rows: table_rows,
    }))
}

fn allocations(cx: &Context, diff: &PlanDiff) -> Option<Report> {
    if diff.allocations.is_empty() {
        return None;
    }
    let rows = diff
        .allocations
        .iter()
        .map(|a| {
            let outcome = match (a.old, a.new) {
                (None, _) => "diff-allocation-added",
                (_, None) => "diff-allocation-removed",
                _ => "diff-allocation-resized",
            };
            let delta = a.delta();
            Row::item(vec![
                Cell::Text(a.label.clone()),
                Cell::Text(cx.t(outcome)),
                a.old.map_or(Cell::Empty, Cell::Money),
                a.new.map_or(Cell::Empty, Cell::Money),
                Cell::MoneyChange(delta.change()),
            ])
        })
        .collect();
    Some(Report {
        id: "allocations",
        title: cx.t("diff-allocations"),
        blocks: vec![Block::Table(Table {
            id: "allocations",
            title: cx.t("diff-allocations-table"),
            columns: vec![
                cx.t("col-fund"),
                cx.t("col-outcome"),
                cx.t("col-before"),
                cx.t("col-after"),
                cx.t("col-change"),
            ],
            rows,
        })],
        tidy: None,
    })
}

fn coverage(cx: &Context, diff: &PlanDiff) -> Option<Report> {
    if diff.coverage.is_empty() {
        return None;
    }
    let rows = diff
        .coverage
        .iter()
        .map(|c| {
            Row::item(vec![
                Cell::Text(c.name.clone()),
                Cell::Year(c.year),
                Cell::Text(cx.t(if c.gained {
                    "diff-leps-gained"
                } else {
                    "diff-leps-lost"
                })),
            ])
        })
        .collect();
    Some(Report {
        id: "leps",
        title: cx.t("diff-leps"),
        blocks: vec![Block::Table(Table {
            id: "leps",
            title: cx.t("diff-leps-table"),
            columns: vec![cx.t("col-leps"), cx.t("col-year"), cx.t("col-outcome")],
            rows,
        })],
        tidy: None,
    })
}

fn findings(cx: &Context, diff: &PlanDiff) -> Option<Report> {
    findings_report(cx.lang, &diff.findings, "diff-findings-table")
}

/// The findings that appeared or were fixed, as a table titled `table_title`.
fn findings_report(
    lang: Lang,
    findings: &[FindingChange],
    table_title: &'static str,
) -> Option<Report> {
    if findings.is_empty() {
        return None;
    }
    let t = |key| i18n::label(lang, key);
    let rows = findings
        .iter()
        .map(|f| {
            Row::item(vec![
                Cell::Text(t(if f.appeared {
                    "diff-finding-new"
                } else {
                    "diff-finding-fixed"
                })),
                Cell::Text(t(match f.severity {
                    Severity::Error => "severity-error",
                    Severity::Warning => "severity-warning",
                    Severity::Info => "severity-info",
                })),
                Cell::Text(f.code.id().to_string()),
                Cell::Text(f.place.clone()),
                Cell::Text(i18n::tr(lang, &f.message)),
            ])
        })
        .collect();
    Some(Report {
        id: "findings",
        title: t("diff-findings"),
        blocks: vec![Block::Table(Table {
            id: "findings",
            title: t(table_title),
            columns: vec![
                t("col-outcome"),
                t("col-severity"),
                t("col-code"),
                t("col-place"),
                t("col-message"),
            ],
            rows,
        })],
        tidy: None,
    })
}

fn decreases(cx: &Context, diff: &PlanDiff) -> Option<Report> {
    if diff.decreases.is_empty() {
        return None;
    }
    let rows = diff
        .decreases
        .iter()
        .map(|d| {
            Row::item(vec![
                Cell::Text(d.intervention.to_string()),
                Cell::Year(d.year),
                Cell::Text(cx.fund_label(&d.fund)),
                Cell::Money(d.committed.0),
                Cell::Money(d.committed.1),
                Cell::Money(d.paid.0),
                Cell::Money(d.paid.1),
                Cell::Text(cx.t(match d.reason {
                    Some(Decrease::Disimpegno) => "decrease-disimpegno",
                    Some(Decrease::ErroreMateriale) => "decrease-errore-materiale",
                    None => "decrease-undeclared",
                })),
                Cell::Text(d.place.clone()),
            ])
        })
        .collect();
    Some(Report {
        id: "actuals",
        title: cx.t("diff-decreases"),
        blocks: vec![
            Block::Paragraph {
                text: cx.t("diff-decreases-why"),
            },
            Block::Table(Table {
                id: "decreases",
                title: cx.t("diff-decreases-table"),
                columns: vec![
                    cx.t("col-intervention"),
                    cx.t("col-year"),
                    cx.t("col-fund"),
                    cx.t("col-committed-before"),
                    cx.t("col-committed-after"),
                    cx.t("col-paid-before"),
                    cx.t("col-paid-after"),
                    cx.t("col-decrease-reason"),
                    cx.t("col-place"),
                ],
                rows,
            }),
        ],
        tidy: None,
    })
}
