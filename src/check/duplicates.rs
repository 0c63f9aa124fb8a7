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
        plan.classifications.iter().map(|c| &c.id),
        "kind-classification",
        findings,
    );
    report(
        plan.interventions.iter().map(|i| &i.id),
        "kind-intervention",
        findings,
    );
    report(plan.needs.iter().map(|n| &n.id), "kind-need", findings);
    let programmes: Vec<Located<Id>> = plan
        .programmes
        .iter()
        .filter_map(|p| p.declared_at.map(|span| Located::new(p.id.clone(), span)))
        .collect();
    report(programmes.iter(), "kind-programme", findings);
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
