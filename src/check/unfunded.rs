//! `intervention-unfunded`: an intervention with no money in some plan year.

use super::leps_coverage::year_list;
use crate::findings::{Code, Finding};
use crate::i18n::Message;
use crate::model::{Plan, Year};

pub fn check(plan: &Plan, findings: &mut Vec<Finding>) {
    for intervention in &plan.interventions {
        let years: Vec<Year> = plan
            .period
            .years()
            .filter(|year| intervention.money_in(*year).is_zero())
            .collect();
        if years.is_empty() {
            continue;
        }
        findings.push(
            Finding::new(
                Code::InterventionUnfunded,
                Message::new("intervention-unfunded")
                    .with("intervention", intervention.id.value.as_str())
                    .with("years", year_list(&years)),
                intervention.id.span,
            )
            .help(Message::new("intervention-unfunded-help")),
        );
    }
}
