//! `fund-overallocated` and `fund-underallocated`: budget lines against an allocation's
//! amount and its ceilings per year.

use crate::analyse::FundUsage;
use crate::findings::{Code, Finding};
use crate::i18n::Message;
use crate::model::Year;

/// The largest lines shown beside an over-allocation.
const LARGEST_LINES: usize = 3;

pub fn check(usages: &[FundUsage], findings: &mut Vec<Finding>) {
    for usage in usages {
        let available = usage.fund.amount.value;
        let programmed = usage.programmed();
        if programmed > available {
            let finding = Finding::new(
                Code::FundOverallocated,
                Message::new("fund-overallocated")
                    .with("fund", usage.label())
                    .with("programmed", programmed)
                    .with("available", available)
                    .with("excess", programmed - available),
                usage.fund.amount.span,
            );
            findings.push(with_largest_lines(finding, usage, None));
        } else if programmed < available {
            findings.push(
                Finding::new(
                    Code::FundUnderallocated,
                    Message::new("fund-underallocated")
                        .with("fund", usage.label())
                        .with("remaining", available - programmed)
                        .with("available", available),
                    usage.fund.amount.span,
                )
                .help(Message::new("fund-underallocated-help")),
            );
        }
        for (year, ceiling) in &usage.fund.per_year {
            let programmed = usage.programmed_in(year.value);
            if programmed > ceiling.value {
                let finding = Finding::new(
                    Code::FundOverallocated,
                    Message::new("fund-overallocated-year")
                        .with("fund", usage.label())
                        .with("year", year.value)
                        .with("programmed", programmed)
                        .with("available", ceiling.value)
                        .with("excess", programmed - ceiling.value),
                    ceiling.span,
                );
                findings.push(with_largest_lines(finding, usage, Some(year.value)));
            }
        }
    }
}

/// Points also at the largest lines, where the plan office would cut.
fn with_largest_lines(mut finding: Finding, usage: &FundUsage, year: Option<Year>) -> Finding {
    for line in usage.largest_lines(LARGEST_LINES, year) {
        finding = finding.also(
            line.line.amount.span,
            Some(
                Message::new("label-line")
                    .with("amount", line.line.amount.value)
                    .with("intervention", line.intervention.id.value.as_str()),
            ),
        );
    }
    finding.help(Message::new("fund-overallocated-help"))
}
