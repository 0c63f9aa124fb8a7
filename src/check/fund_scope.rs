//! `fund-scope`: an intervention funded by a programme whose act restricts what
//! it may pay for (the Fondo Povertà quota servizi), with none of the targets
//! or LEPS the act allows.

use crate::analyse::FundUsage;
use crate::findings::{Code, Finding};
use crate::i18n::Message;
use crate::model::{Id, Vocabulary};

pub fn check(usages: &[FundUsage], findings: &mut Vec<Finding>) {
    for usage in usages {
        let Some(scope) = usage.programme.and_then(|p| p.rules.scope.as_ref()) else {
            continue;
        };
        let mut reported: Vec<&Id> = Vec::new();
        for line in &usage.lines {
            let intervention = line.intervention;
            if reported.contains(&&intervention.id.value) {
                continue;
            }
            let in_scope = intervention
                .targets
                .iter()
                .any(|t| scope.targets.contains(&t.value))
                || intervention
                    .leps
                    .iter()
                    .any(|l| scope.leps.contains(&l.value));
            if in_scope {
                continue;
            }
            reported.push(&intervention.id.value);
            let quoted = |words: Vec<String>| {
                words
                    .iter()
                    .map(|w| format!("`{w}`"))
                    .collect::<Vec<_>>()
                    .join(", ")
            };
            let targets = quoted(scope.targets.iter().map(|t| t.word().to_string()).collect());
            let leps = quoted(scope.leps.iter().map(|l| l.to_string()).collect());
            findings.push(
                Finding::new(
                    Code::FundScope,
                    Message::new("fund-scope")
                        .with("fund", usage.label())
                        .with("intervention", intervention.id.value.as_str()),
                    line.line.fund.span,
                )
                .also(intervention.id.span, None)
                .help(
                    Message::new("fund-scope-help")
                        .with("targets", targets)
                        .with("leps", leps)
                        .with("source", scope.source.as_deref().unwrap_or("-")),
                ),
            );
        }
    }
}
