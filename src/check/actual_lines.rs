//! `actual-unknown-line`: monitoring figures for a budget line the plan does not have;
//! `duplicate-id`: the same line's figures declared twice.

use crate::findings::{Code, Finding};
use crate::i18n::Message;
use crate::load::quoted_list;
use crate::model::{Actual, Plan};

pub fn check(plan: &Plan, findings: &mut Vec<Finding>) {
    for (index, actual) in plan.actuals.iter().enumerate() {
        if let Some(first) = plan.actuals[..index]
            .iter()
            .find(|earlier| earlier.is_line(&actual.intervention, actual.year.value, &actual.fund))
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
        if let Some(finding) = unknown_line(plan, actual) {
            findings.push(finding);
        }
    }
}

/// The finding for an entry whose intervention and allocation exist but have no line
/// together in that year; `None` when the line exists or a reference is already wrong.
fn unknown_line(plan: &Plan, actual: &Actual) -> Option<Finding> {
    let intervention = plan
        .interventions
        .iter()
        .find(|i| i.id.value == actual.intervention.value)?;
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
    if in_year.contains(&actual.fund.as_str()) {
        return None;
    }
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
