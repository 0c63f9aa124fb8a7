//! `year-outside-period`: money planned or monitored for a year outside `plan.period`.

use crate::findings::{Code, Finding};
use crate::i18n::Message;
use crate::model::{Located, Plan, Year};

pub fn check(plan: &Plan, findings: &mut Vec<Finding>) {
    let period = &plan.period;
    let mut outside = |year: &Located<Year>| {
        if !period.contains(year.value) {
            findings.push(
                Finding::new(
                    Code::YearOutsidePeriod,
                    Message::new("year-outside-period")
                        .with("year", year.value)
                        .with("from", period.from.value)
                        .with("to", period.to.value),
                    year.span,
                )
                .also(period.span, Some(Message::new("label-period-here"))),
            );
        }
    };
    // Each budget year once per intervention, even with several funds in it.
    for intervention in &plan.interventions {
        let mut seen: Vec<Year> = Vec::new();
        for line in &intervention.budget {
            if !seen.contains(&line.year.value) {
                seen.push(line.year.value);
                outside(&line.year);
            }
        }
    }
    for fund in &plan.funds {
        for (year, _) in &fund.per_year {
            outside(year);
        }
    }
    for actual in &plan.actuals {
        outside(&actual.year);
    }
}
