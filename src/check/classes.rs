//! The interventions' codes on the plan's classification axes: `unknown-reference` for an
//! axis or a code the plan does not declare, `duplicate-id` for a code declared twice on
//! one axis, `schema` for an intervention without a code on a `required` axis.

use foldhash::{HashMap, HashMapExt};

use crate::findings::{Code, Finding};
use crate::i18n::Message;
use crate::load::{did_you_mean, quoted_list};
use crate::model::{Classification, Plan, Span, is_code};

pub fn check(plan: &Plan, findings: &mut Vec<Finding>) {
    for axis in &plan.classifications {
        duplicate_codes(axis, findings);
    }
    let axes: Vec<&str> = plan
        .classifications
        .iter()
        .map(|c| c.id.value.as_str())
        .collect();
    for intervention in &plan.interventions {
        for assigned in &intervention.classes {
            let name = assigned.axis.value.as_str();
            let Some(axis) = plan.classification(&assigned.axis.value) else {
                // A file that could not be read may declare it: its own error comes first.
                if plan.complete && !plan.unreadable_ids.contains(name) {
                    findings.push(
                        Finding::new(
                            Code::UnknownReference,
                            Message::new("unknown-reference")
                                .with("kind", Message::new("kind-classification"))
                                .with("id", name),
                            assigned.axis.span,
                        )
                        .help(did_you_mean(name, &axes)),
                    );
                }
                continue;
            };
            let code = assigned.code.value.as_str();
            // A code that is not one was reported where it is written.
            if axis.position(code).is_none() && is_code(code) {
                let codes: Vec<&str> = axis.codes.iter().map(|c| c.code.value.as_str()).collect();
                findings.push(
                    Finding::new(
                        Code::UnknownReference,
                        Message::new("unknown-class-code")
                            .with("code", code)
                            .with("axis", name),
                        assigned.code.span,
                    )
                    .help(did_you_mean(code, &codes)),
                );
            }
        }
        for axis in plan.classifications.iter().filter(|a| a.required) {
            if intervention.class(&axis.id.value).is_none() {
                let codes = quoted_list(axis.codes.iter().map(|c| c.code.value.as_str()));
                findings.push(
                    Finding::new(
                        Code::Schema,
                        Message::new("schema-class-missing")
                            .with("intervention", intervention.id.value.as_str())
                            .with("axis", axis.id.value.as_str()),
                        intervention.id.span,
                    )
                    .help(
                        Message::new("schema-class-missing-help")
                            .with("axis", axis.id.value.as_str())
                            .with("codes", codes),
                    ),
                );
            }
        }
    }
}

/// Every code of an axis after its first definition.
fn duplicate_codes(axis: &Classification, findings: &mut Vec<Finding>) {
    let mut first: HashMap<&str, Span> = HashMap::new();
    for code in &axis.codes {
        let text = code.code.value.as_str();
        match first.get(text) {
            Some(first_span) => findings.push(
                Finding::new(
                    Code::DuplicateId,
                    Message::new("duplicate-id")
                        .with("kind", Message::new("kind-class-code"))
                        .with("id", text),
                    code.code.span,
                )
                .also(*first_span, Some(Message::new("label-first-here"))),
            ),
            None => {
                first.insert(text, code.code.span);
            }
        }
    }
}
