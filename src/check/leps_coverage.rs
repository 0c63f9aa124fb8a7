//! `leps-not-covered`: a required LEPS with no funded intervention in some plan year.

use crate::analyse::leps_coverage;
use crate::findings::{Code, Finding};
use crate::i18n::Message;
use crate::model::{Plan, Year};

pub fn check(plan: &Plan, findings: &mut Vec<Finding>) {
    for coverage in leps_coverage(plan) {
        let leps = coverage.leps;
        let years = coverage.uncovered_years();
        if !leps.required || years.is_empty() {
            continue;
        }
        // Where to fix: an intervention that names the level, else where the plan
        // declares it, else the plan period.
        let referenced = plan
            .interventions
            .iter()
            .flat_map(|i| i.leps.iter())
            .find(|l| l.value == leps.id)
            .map(|l| l.span);
        let span = referenced.or(leps.declared_at).unwrap_or(plan.period.span);
        findings.push(
            Finding::new(
                Code::LepsNotCovered,
                Message::new("leps-not-covered")
                    .with("leps", leps.id.as_str())
                    .with("name", leps.name.as_str())
                    .with("years", year_list(&years)),
                span,
            )
            .help(Message::new("leps-not-covered-help")),
        );
    }
}

/// `2022, 2023`.
pub fn year_list(years: &[Year]) -> String {
    years
        .iter()
        .map(Year::to_string)
        .collect::<Vec<_>>()
        .join(", ")
}
