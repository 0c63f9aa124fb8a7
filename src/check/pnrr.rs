//! `pnrr-cap` and `pnrr-missing-cup`: per-project amounts and CUP codes of PNRR and EU money.

use foldhash::{HashMap, HashMapExt};

use crate::analyse::FundUsage;
use crate::findings::{Code, Finding};
use crate::i18n::Message;
use crate::model::{Intervention, Plan};

pub fn check(plan: &Plan, usages: &[FundUsage], findings: &mut Vec<Finding>) {
    caps(usages, findings);
    cups(plan, usages, findings);
}

/// An allocation (or what is programmed on it) above its programme's per-project amount.
fn caps(usages: &[FundUsage], findings: &mut Vec<Finding>) {
    for usage in usages {
        let Some(cap) = usage.cap() else { continue };
        let amount = usage.fund.amount.value.max(usage.programmed());
        if amount > cap.value {
            findings.push(
                Finding::new(
                    Code::PnrrCap,
                    Message::new("pnrr-cap")
                        .with("fund", usage.label())
                        .with("amount", amount)
                        .with("cap", cap.value)
                        .with("excess", amount - cap.value),
                    usage.fund.amount.span,
                )
                .help(
                    Message::new("pnrr-cap-help")
                        .with("source", cap.source.as_deref().unwrap_or("-")),
                ),
            );
        }
    }
}

/// Interventions funded by a programme that requires a CUP, without a valid one.
fn cups(plan: &Plan, usages: &[FundUsage], findings: &mut Vec<Finding>) {
    // The first allocation requiring a CUP that funds each intervention, found in one pass.
    let mut requiring: HashMap<*const Intervention, &FundUsage> = HashMap::new();
    for usage in usages
        .iter()
        .filter(|u| u.programme.is_some_and(|p| p.rules.requires_cup))
    {
        for line in &usage.lines {
            requiring
                .entry(std::ptr::from_ref(line.intervention))
                .or_insert(usage);
        }
    }
    for intervention in &plan.interventions {
        let Some(usage) = requiring.get(&std::ptr::from_ref(intervention)) else {
            continue;
        };
        match &intervention.cup {
            None => findings.push(
                Finding::new(
                    Code::PnrrMissingCup,
                    Message::new("pnrr-missing-cup")
                        .with("intervention", intervention.id.value.as_str())
                        .with("fund", usage.label()),
                    intervention.id.span,
                )
                .help(Message::new("pnrr-missing-cup-help")),
            ),
            Some(cup) if !is_cup(&cup.value) => findings.push(
                Finding::new(
                    Code::PnrrMissingCup,
                    Message::new("pnrr-invalid-cup").with("cup", cup.value.as_str()),
                    cup.span,
                )
                .help(Message::new("pnrr-missing-cup-help")),
            ),
            Some(_) => {}
        }
    }
}

/// A Codice Unico di Progetto: 15 uppercase letters and digits.
fn is_cup(text: &str) -> bool {
    text.len() == 15
        && text
            .bytes()
            .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit())
}

#[cfg(test)]
mod tests {
    #[test]
    fn cup_shape() {
        assert!(super::is_cup("J31H22000010006"));
        assert!(!super::is_cup("J31H2200001000"));
        assert!(!super::is_cup("j31h22000010006"));
        assert!(!super::is_cup("J31H22000010006 "));
    }
}
