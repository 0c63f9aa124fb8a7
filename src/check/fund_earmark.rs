//! `fund-earmark`: an earmarked share of an allocation not met (e.g. FNPS to minors).

use crate::analyse::{EarmarkShare, FundUsage};
use crate::findings::{Code, Finding};
use crate::i18n::{Arg, Message};
use crate::model::Vocabulary;

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
            findings.push(
                Finding::new(
                    Code::FundEarmark,
                    Message::new("fund-earmark")
                        .with("fund", usage.label())
                        .with("earmarked", share.earmarked)
                        .with("share", Arg::Percent(share.share()))
                        .with("targets", targets)
                        .with("min", Arg::Percent(i128::from(earmark.min_share))),
                    usage.fund.id.span,
                )
                .help(
                    Message::new("fund-earmark-help")
                        .with("missing", share.missing())
                        .with("source", earmark.source.as_deref().unwrap_or("-")),
                ),
            );
        }
    }
}
