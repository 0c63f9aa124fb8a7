//! `staffing-ratio`: permanent social workers below one per 5,000 residents.

use crate::analyse::Staffing;
use crate::analyse::staffing::{LEP_RESIDENTS, OBJECTIVE_RESIDENTS};
use crate::findings::{Code, Finding, Severity};
use crate::i18n::{Arg, Message};
use crate::model::{Contract, Plan, SOCIAL_WORKER_ROLE, Span, Year};

/// The first year of the LEP of one social worker per 5,000 residents (L. 178/2020).
const LEP_FROM: u16 = 2021;

pub fn check(plan: &Plan, findings: &mut Vec<Finding>) {
    if plan.period.to.value < Year::new(LEP_FROM) {
        // A plan that ends before 2021 predates the ratio.
        return;
    }
    let Some(staffing) = Staffing::of(plan) else {
        findings.push(
            Finding::new(
                Code::StaffingRatio,
                Message::new("staffing-no-staff"),
                plan.period.span,
            )
            .with_severity(Severity::Info)
            .help(Message::new("staffing-no-staff-help")),
        );
        return;
    };
    if staffing.meets(LEP_RESIDENTS) {
        return;
    }
    let ratio = |residents: Option<u64>| match residents {
        Some(residents) => Message::new("staffing-one-every").with("residents", residents),
        None => Message::new("staffing-none"),
    };
    let reading = if staffing.all_meet(LEP_RESIDENTS) {
        "staffing-reading-all-met"
    } else {
        "staffing-reading-all-not-met"
    };
    let now = staffing.contribution();
    findings.push(
        Finding::new(
            Code::StaffingRatio,
            Message::new("staffing-ratio")
                .with("fte", Arg::Decimal(u128::from(staffing.permanent.get())))
                .with("ratio", ratio(staffing.residents_per_worker()))
                .with("all", Arg::Decimal(u128::from(staffing.all.get())))
                .with("all_ratio", ratio(staffing.residents_per_any_worker()))
                .with("population", staffing.population)
                .with("lep", staffing.needed(LEP_RESIDENTS))
                .with("objective", staffing.needed(OBJECTIVE_RESIDENTS)),
            staff_span(plan),
        )
        .help(
            Message::new("staffing-ratio-help")
                .with("reading", Message::new(reading))
                .with("now", now.total())
                .with("lep", staffing.needed(LEP_RESIDENTS))
                .with("at_lep", staffing.contribution_at(LEP_RESIDENTS).total())
                .with("objective", staffing.needed(OBJECTIVE_RESIDENTS))
                .with(
                    "at_objective",
                    staffing.contribution_at(OBJECTIVE_RESIDENTS).total(),
                ),
        ),
    );
}

/// The first permanent social worker entry, else the first staff entry.
fn staff_span(plan: &Plan) -> Span {
    let staff = plan.staff.as_deref().unwrap_or_default();
    staff
        .iter()
        .find(|s| {
            s.role.value.as_str() == SOCIAL_WORKER_ROLE && s.contract == Some(Contract::Permanent)
        })
        .or(staff.first())
        .map_or(plan.period.span, |s| s.span)
}
