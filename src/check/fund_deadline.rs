//! `fund-deadline`: money of an allocation planned in a year after its spending deadline.

use crate::analyse::FundUsage;
use crate::findings::{Code, Finding};
use crate::i18n::Message;

pub fn check(usages: &[FundUsage], findings: &mut Vec<Finding>) {
    for usage in usages {
        let Some((deadline, set_at, source)) = usage.spend_by() else {
            continue;
        };
        for line in &usage.lines {
            let year = line.line.year.value;
            if year <= deadline.year() {
                continue;
            }
            let mut finding = Finding::new(
                Code::FundDeadline,
                Message::new("fund-deadline")
                    .with("fund", usage.label())
                    .with("year", year)
                    .with("deadline", deadline),
                line.line.fund.span,
            )
            .help(
                Message::new("fund-deadline-help")
                    .with("deadline", deadline)
                    .with("source", source.unwrap_or("-")),
            );
            if let Some(span) = set_at {
                finding = finding.also(span, Some(Message::new("label-deadline-here")));
            }
            findings.push(finding);
        }
    }
}
