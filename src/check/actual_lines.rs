//! `actual-unknown-line`: monitoring figures for a budget line the plan does not have;
//! `duplicate-id`: the same line's figures declared twice.

use foldhash::HashMap;

use crate::analyse::{MonitoredLines, key};
use crate::findings::{Code, Finding};
use crate::i18n::Message;
use crate::load::quoted_list;
use crate::model::{Actual, Id, Intervention, Plan};

pub fn check(plan: &Plan, findings: &mut Vec<Finding>) {
    let lines = MonitoredLines::of(plan);
    // Built the first time an entry's line is not in the plan.
    let mut interventions: Option<HashMap<&Id, &Intervention>> = None;
    for actual in &plan.actuals {
        let line = key(actual);
        if let Some(first) = lines.first(&line)
            && !std::ptr::eq(first, actual)
        {
            findings.push(
                Finding::new(
                    Code::DuplicateId,
                    Message::new("actual-duplicate")
                        .with("intervention", actual.intervention.as_str())
                        .with("year", actual.year.value)
                        .with("fund", actual.fund.as_str()),
                    actual.span,
                )
                .also(first.span, Some(Message::new("label-first-here"))),
            );
            continue;
        }
        if lines.programmed(&line).is_some() {
            continue;
        }
        let interventions = interventions.get_or_insert_with(|| {
            plan.interventions
                .iter()
                .map(|i| (&i.id.value, i))
                .collect()
        });
        if let Some(intervention) = interventions.get(&actual.intervention.value)
            && let Some(finding) = unknown_line(plan, intervention, actual)
        {
            findings.push(finding);
        }
    }
}

/// The finding for an entry whose intervention and allocation exist but have no line
/// together in that year; `None` when a reference or the year is already wrong.
fn unknown_line(plan: &Plan, intervention: &Intervention, actual: &Actual) -> Option<Finding> {
    plan.fund(&actual.fund)?;
    if !plan.period.contains(actual.year.value) {
        return None;
    }
    let in_year: Vec<&str> = intervention
        .budget
        .iter()
        .filter(|line| line.year.value == actual.year.value)
        .map(|line| line.fund.as_str())
        .collect();
    let help = if in_year.is_empty() {
        Message::new("actual-unknown-line-no-money")
            .with("intervention", actual.intervention.as_str())
            .with("year", actual.year.value)
    } else {
        Message::new("actual-unknown-line-funds")
            .with("year", actual.year.value)
            .with("funds", quoted_list(in_year))
    };
    Some(
        Finding::new(
            Code::ActualUnknownLine,
            Message::new("actual-unknown-line")
                .with("intervention", actual.intervention.as_str())
                .with("year", actual.year.value)
                .with("fund", actual.fund.as_str()),
            actual.fund.span,
        )
        .also(
            intervention.id.span,
            Some(Message::new("label-intervention-here")),
        )
        .help(help),
    )
}
