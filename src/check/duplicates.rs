//! `duplicate-id`: the same id defined twice, naming both places.

use foldhash::{HashMap, HashMapExt};

use crate::findings::{Code, Finding};
use crate::i18n::Message;
use crate::model::{Id, Located, Plan, Span};

pub fn check(plan: &Plan, findings: &mut Vec<Finding>) {
    report(
        plan.ambito.comuni.iter().map(|c| &c.id),
        "kind-comune",
        findings,
    );
    // Members and comuni share one name space (a fund's `holder` names either): a
    // member is reported when its id is a comune's or an earlier member's.
    let mut seen: HashMap<&Id, Span> = plan
        .ambito
        .comuni
        .iter()
        .rev()
        .map(|c| (&c.id.value, c.id.span))
        .collect();
    for member in &plan.ambito.members {
        match seen.get(&member.id.value) {
            Some(first) => findings.push(duplicate(&member.id, "kind-holder", *first)),
            None => {
                seen.insert(&member.id.value, member.id.span);
            }
        }
    }
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
            Some(first_span) => findings.push(duplicate(id, kind, *first_span)),
            None => {
                first.insert(&id.value, id.span);
            }
        }
    }
}

fn duplicate(id: &Located<Id>, kind: &'static str, first: Span) -> Finding {
    Finding::new(
        Code::DuplicateId,
        Message::new("duplicate-id")
            .with("kind", Message::new(kind))
            .with("id", id.value.as_str()),
        id.span,
    )
    .also(first, Some(Message::new("label-first-here")))
}
