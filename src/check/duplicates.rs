//! `duplicate-id`: the same id defined twice, naming both places.

use std::collections::HashMap;

use crate::findings::{Code, Finding};
use crate::i18n::Message;
use crate::model::{Id, Located, Plan, Span};

pub fn check(plan: &Plan, findings: &mut Vec<Finding>) {
    report(
        plan.ambito.comuni.iter().map(|c| &c.id),
        "kind-comune",
        findings,
    );
    report(plan.areas.iter().map(|a| &a.id), "kind-area", findings);
    report(plan.funds.iter().map(|f| &f.id), "kind-fund", findings);
    report(
        plan.interventions.iter().map(|i| &i.id),
        "kind-intervention",
        findings,
    );
    report(plan.needs.iter().map(|n| &n.id), "kind-need", findings);
    programmes(plan, findings);
}

/// Reports every id after its first definition.
fn report<'p>(
    ids: impl Iterator<Item = &'p Located<Id>>,
    kind: &'static str,
    findings: &mut Vec<Finding>,
) {
    let mut first: HashMap<&Id, Span> = HashMap::new();
    for id in ids {
        match first.get(&id.value) {
            Some(first_span) => findings.push(
                Finding::new(
                    Code::DuplicateId,
                    Message::new("duplicate-id")
                        .with("kind", Message::new(kind))
                        .with("id", id.value.as_str()),
                    id.span,
                )
                .also(*first_span, Some(Message::new("label-first-here"))),
            ),
            None => {
                first.insert(&id.value, id.span);
            }
        }
    }
}

/// A plan's own programme may not reuse an id, its own or a built-in one.
fn programmes(plan: &Plan, findings: &mut Vec<Finding>) {
    let mut first: HashMap<&Id, Option<Span>> = HashMap::new();
    for programme in &plan.programmes {
        let Some(span) = programme.declared_at else {
            first.insert(&programme.id, None);
            continue;
        };
        match first.get(&programme.id) {
            Some(None) => findings.push(
                Finding::new(
                    Code::DuplicateId,
                    Message::new("duplicate-id-builtin").with("id", programme.id.as_str()),
                    span,
                )
                .help(Message::new("duplicate-id-builtin-help")),
            ),
            Some(Some(first_span)) => findings.push(
                Finding::new(
                    Code::DuplicateId,
                    Message::new("duplicate-id")
                        .with("kind", Message::new("kind-programme"))
                        .with("id", programme.id.as_str()),
                    span,
                )
                .also(*first_span, Some(Message::new("label-first-here"))),
            ),
            None => {
                first.insert(&programme.id, Some(span));
            }
        }
    }
}
