//! `committed-exceeds-programmed`, `paid-exceeds-committed` and `actual-stale`:
//! the monitoring figures of each budget line against its programmed money and date.

use crate::analyse::{MonitoredLines, key};
use crate::findings::{Code, Finding};
use crate::i18n::Message;
use crate::model::{Actual, Figure, Plan};

pub fn check(plan: &Plan, findings: &mut Vec<Finding>) {
    let lines = MonitoredLines::of(plan);
    for actual in &plan.actuals {
        // A line the plan lacks is reported by `actual-unknown-line`.
        let Some(programmed) = lines.programmed(&key(actual)) else {
            continue;
        };
        // An unknown committed figure (`n.d.`) cannot be compared.
        let Some(committed) = actual.committed.known() else {
            continue;
        };
        if committed > programmed {
            findings.push(
                Finding::new(
                    Code::CommittedExceedsProgrammed,
                    line_message("committed-exceeds-programmed", actual)
                        .with("committed", committed)
                        .with("programmed", programmed)
                        .with("excess", committed - programmed),
                    actual.committed.span(),
                )
                .help(Message::new("committed-exceeds-programmed-help")),
            );
        }
        if let Some(Figure::Amount(paid)) = &actual.paid
            && paid.value > committed
        {
            findings.push(
                Finding::new(
                    Code::PaidExceedsCommitted,
                    line_message("paid-exceeds-committed", actual)
                        .with("paid", paid.value)
                        .with("committed", committed)
                        .with("excess", paid.value - committed),
                    paid.span,
                )
                .also(
                    actual.committed.span(),
                    Some(Message::new("label-committed-here")),
                )
                .help(Message::new("paid-exceeds-committed-help")),
            );
        }
    }
    stale(plan, findings);
}

/// A message about one line: its intervention, year and allocation.
fn line_message(key: &'static str, actual: &Actual) -> Message {
    Message::new(key)
        .with("intervention", actual.intervention.as_str())
        .with("year", actual.year.value)
        .with("fund", actual.fund.as_str())
}

/// Entries dated more than a year before the newest one.
fn stale(plan: &Plan, findings: &mut Vec<Finding>) {
    let Some(newest) = plan
        .actuals
        .iter()
        .filter_map(|a| a.as_of.as_ref())
        .max_by_key(|d| d.value)
    else {
        return;
    };
    let limit = newest.value.one_year_before();
    for actual in &plan.actuals {
        if let Some(as_of) = &actual.as_of
            && as_of.value < limit
        {
            findings.push(
                Finding::new(
                    Code::ActualStale,
                    line_message("actual-stale", actual)
                        .with("date", as_of.value)
                        .with("newest", newest.value),
                    as_of.span,
                )
                .also(newest.span, Some(Message::new("label-newest-here"))),
            );
        }
    }
}
