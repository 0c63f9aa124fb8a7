//! `comune-not-served`: comuni that no funded intervention of an area reaches.

use crate::findings::{Code, Finding};
use crate::i18n::Message;
use crate::model::Plan;

pub fn check(plan: &Plan, findings: &mut Vec<Finding>) {
    for area in &plan.areas {
        let funded: Vec<_> = plan
            .interventions
            .iter()
            .filter(|i| i.area.value == area.id.value && !i.total().is_zero())
            .collect();
        let missing: Vec<&str> = plan
            .ambito
            .comuni
            .iter()
            .filter(|c| !funded.iter().any(|i| i.comuni.includes(&c.id.value)))
            .map(|c| c.name.as_str())
            .collect();
        if missing.is_empty() {
            continue;
        }
        findings.push(
            Finding::new(
                Code::ComuneNotServed,
                Message::new("comune-not-served")
                    .with("area", area.id.value.as_str())
                    .with("comuni", missing.join(", ")),
                area.id.span,
            )
            .help(Message::new("comune-not-served-help")),
        );
    }
}
