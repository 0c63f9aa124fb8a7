//! Reports: the plan turned into typed tables and charts, ready for any renderer.
//!
//! Each report kind has its own file and reads the model and the figures of
//! [`crate::analyse`]; none formats numbers or knows about output formats.

pub mod aggregate;
mod budget;
mod classes;
mod comuni;
mod context;
mod council;
pub mod diff;
mod execution;
mod funds;
mod interventions;
mod leps;
pub mod model;
mod needs;
mod scope;
pub mod selection;
mod staffing;
mod summary;

pub use context::Context;
pub use council::build as council;
pub use model::{
    Bars, Block, Cell, Chart, ChartUnit, Cover, Document, Layout, Report, Role, Row, Series, Table,
};
pub use scope::Scope;

use crate::i18n::{Lang, Message};
use crate::model::{Date, Id, Plan};

/// A report kind, as named on the command line.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum ReportKind {
    /// The plan at a glance: totals by year, by kind of fund, by area.
    Summary,
    /// The quadro finanziario: area × allocation × year (interventions with --detail).
    Budget,
    /// Per allocation: available, programmed per year, remaining, deadline.
    Funds,
    /// Each LEPS × plan year: covered or not, by which interventions.
    Leps,
    /// Per comune: residents, services reaching it, co-financing shares, money per resident.
    Comuni,
    /// The interventions by area (one scheda each with --detail).
    Interventions,
    /// The social-worker ratio and the State contribution bands.
    Staffing,
    /// The quadro conoscitivo: needs beside the interventions of their area.
    Needs,
    /// Programmed, committed and paid money, residui and rates (from `actuals`).
    Execution,
    /// Every report above in one document (`execution` when the plan has `actuals`).
    All,
    /// The document for a consiglio comunale (with --comune).
    Council,
}

/// How a report is built.
#[derive(Clone, Debug, Default)]
pub struct Options {
    pub scope: Scope,
    /// Intervention-level budget; one scheda per intervention.
    pub detail: bool,
    /// `budget` by the codes of this axis (`area` or one of the plan's `classifications`).
    pub by: Option<Id>,
    /// A date to print on the document.
    pub date: Option<Date>,
    /// A warning shown on top (the plan has errors).
    pub banner: Option<String>,
}

impl ReportKind {
    /// Every single report, in the order `all` shows them.
    pub const SINGLE: [ReportKind; 9] = [
        ReportKind::Summary,
        ReportKind::Budget,
        ReportKind::Funds,
        ReportKind::Leps,
        ReportKind::Comuni,
        ReportKind::Interventions,
        ReportKind::Staffing,
        ReportKind::Needs,
        ReportKind::Execution,
    ];

    /// The catalogue key of a single report's title (`all` and `council` have none).
    pub fn title_key(self) -> Option<&'static str> {
        Some(match self {
            ReportKind::Summary => "report-summary",
            ReportKind::Budget => "report-budget",
            ReportKind::Funds => "report-funds",
            ReportKind::Leps => "report-leps",
            ReportKind::Comuni => "report-comuni",
            ReportKind::Interventions => "report-interventions",
            ReportKind::Staffing => "report-staffing",
            ReportKind::Needs => "report-needs",
            ReportKind::Execution => "report-execution",
            ReportKind::All | ReportKind::Council => return None,
        })
    }
}

/// Builds the document for a report kind (`council`: the ambito-wide one; see [`council`]).
pub fn build(plan: &Plan, kind: ReportKind, options: &Options, lang: Lang) -> Document {
    let cx = Context {
        plan,
        scope: options.scope.clone(),
        lang,
    };
    let kinds: Vec<ReportKind> = match kind {
        // Without monitoring figures the execution report would be all zeros.
        ReportKind::All => ReportKind::SINGLE
            .into_iter()
            .filter(|k| *k != ReportKind::Execution || !plan.actuals.is_empty())
            .collect(),
        ReportKind::Council => return council::build(plan, None, options, lang),
        single => vec![single],
    };
    let reports = kinds
        .into_iter()
        .filter_map(|kind| single(&cx, kind, options))
        .collect();
    Document {
        layout: Layout::Report,
        cover: None,
        title: plan.title.value.clone(),
        subtitle: cx.tr(Message::new("document-subtitle")
            .with("ambito", plan.ambito.name.as_str())
            .with("period", plan.period.label())
            .with("scope", scope_label(&cx))),
        banner: options.banner.clone(),
        date: options.date,
        reports,
    }
}

/// One report of [`ReportKind::SINGLE`]; `None` for the kinds made of several.
fn single(cx: &Context, kind: ReportKind, options: &Options) -> Option<Report> {
    Some(match kind {
        ReportKind::Summary => summary::build(cx),
        ReportKind::Budget => budget::build(cx, options.detail, options.by.as_ref()),
        ReportKind::Funds => funds::build(cx),
        ReportKind::Leps => leps::build(cx),
        ReportKind::Comuni => comuni::build(cx),
        ReportKind::Interventions => interventions::build(cx, options.detail),
        ReportKind::Staffing => staffing::build(cx),
        ReportKind::Needs => needs::build(cx, needs::Interventions::Named),
        ReportKind::Execution => execution::build(cx, options.detail),
        ReportKind::All | ReportKind::Council => return None,
    })
}

/// `(anno 2023, area: ...)` when a filter is set, else nothing.
fn scope_label(cx: &Context) -> String {
    let mut parts = Vec::new();
    if let Some(year) = cx.scope.year {
        parts.push(cx.tr(Message::new("scope-year").with("year", year)));
    }
    if let Some(area) = &cx.scope.area {
        parts.push(cx.tr(Message::new("scope-area").with("area", cx.area_label(area))));
    }
    if parts.is_empty() {
        String::new()
    } else {
        format!(" ({})", parts.join(", "))
    }
}
