//! `fund-before-annualita`: money of an allocation programmed in a plan year
//! before its annualità (FNPS 2024 spent in 2022), when it does not exist yet.

use crate::analyse::FundUsage;
use crate::findings::{Code, Finding};
use crate::i18n::Message;

pub fn check(usages: &[FundUsage], findings: &mut Vec<Finding>) {
    for usage in usages {
        let Some(annualita) = &usage.fund.annualita else {
            continue;
        };
        for line in &usage.lines {
            let year = line.line.year.value;
            if year >= annualita.value {
                continue;
            }
            findings.push(
                Finding::new(
                    Code::FundBeforeAnnualita,
                    Message::new("fund-before-annualita")
                        .with("fund", usage.label())
                        .with("year", year)
                        .with("annualita", annualita.value)
                        .with("amount", line.line.amount.value),
                    line.line.year.span,
                )
                .also(annualita.span, Some(Message::new("label-annualita-here")))
                .help(
                    Message::new("fund-before-annualita-help").with("annualita", annualita.value),
                ),
            );
        }
    }
}
