//! `fund-earmark`: an earmarked share of an allocation not met (e.g. FNPS to minors).
//!
//! A share that binds the Region's quota as a whole (`binds: region`) is a
//! warning for one ambito: the Region may meet it elsewhere. A share that binds
//! each allocation is an error.

use crate::analyse::{EarmarkShare, FundUsage};
use crate::findings::{Code, Finding, Severity};
use crate::i18n::format::distinguishing_decimals;
use crate::i18n::{Arg, Message};
use crate::model::{Binds, Vocabulary};

pub fn check(usages: &[FundUsage], findings: &mut Vec<Finding>) {
    for usage in usages {
        for earmark in usage.earmarks() {
            let share = EarmarkShare::of(usage, earmark);
            if share.is_met() {
                continue;
            }
            let targets = earmark
                .targets
                .iter()
                .map(|t| format!("`{}`", t.word()))
                .collect::<Vec<_>>()
                .join(", ");
            let min = i128::from(earmark.min_share);
            let (earmarked, total) = (share.earmarked.get(), share.total.get());
            let decimals = distinguishing_decimals(earmarked, total, min);
            let severity = match earmark.binds {
                Binds::Region => Severity::Warning,
                Binds::Allocation => Severity::Error,
            };
            let help = match earmark.binds {
                Binds::Region => "fund-earmark-help-region",
                Binds::Allocation => "fund-earmark-help",
            };
            findings.push(
                Finding::new(
                    Code::FundEarmark,
                    Message::new("fund-earmark")
                        .with("fund", usage.label())
                        .with("earmarked", share.earmarked)
                        .with(
                            "share",
                            Arg::Fraction {
                                part: earmarked,
                                whole: total,
                                decimals,
                            },
                        )
                        .with("targets", targets)
                        .with(
                            "min",
                            Arg::Fraction {
                                part: min,
                                whole: 10_000,
                                decimals,
                            },
                        ),
                    usage.fund.id.span,
                )
                .with_severity(severity)
                .help(
                    Message::new(help)
                        .with("missing", share.missing())
                        .with("source", earmark.source.as_deref().unwrap_or("-")),
                ),
            );
        }
    }
}
