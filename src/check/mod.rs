//! Checks on a loaded plan. Each check reads the model (and the figures of
//! [`crate::analyse`]) and returns findings; none prints or decides final
//! severities (see [`crate::findings::policy`]).
//!
//! Checks run in two stages. The structural checks (duplicate ids, references,
//! years) always run. The rules on money, LEPS and staff run only on a plan
//! with no errors so far: on a plan with a dropped amount or an unknown fund
//! they would report consequences, not causes.

mod actual_amounts;
mod actual_lines;
mod classes;
mod comuni_served;
mod duplicates;
mod fund_annualita;
mod fund_ceilings;
mod fund_deadline;
mod fund_earmark;
mod fund_scope;
mod leps_coverage;
mod period;
mod pnrr;
mod references;
mod staffing;
mod unfunded;

use crate::analyse::fund_usages;
use crate::findings::policy::{self, Overrides};
use crate::findings::{Finding, Severity};
use crate::load::LoadedPlan;
use crate::model::Plan;

/// A loaded plan with all its findings, the plan's severity settings applied.
#[derive(Debug)]
pub struct CheckedPlan {
    pub loaded: LoadedPlan,
    pub findings: Vec<Finding>,
    /// Whether the rules on money, LEPS and staff ran (they need a plan without errors).
    pub rules_checked: bool,
}

impl CheckedPlan {
    /// Whether any finding is an error.
    pub fn has_errors(&self) -> bool {
        self.findings.iter().any(|f| f.severity == Severity::Error)
    }
}

/// Checks a loaded plan: structure first, then the rules if the plan has no errors.
/// Severities are those of the plan's `checks` section and the command line's `overrides`.
pub fn check(mut loaded: LoadedPlan, overrides: &Overrides) -> CheckedPlan {
    let mut findings = std::mem::take(&mut loaded.findings);
    let mut rules_checked = false;
    if let Some(plan) = &loaded.plan {
        findings.extend(structure(plan));
        let so_far = policy::apply(findings.clone(), &loaded.settings, overrides);
        if !so_far.iter().any(|f| f.severity == Severity::Error) {
            findings.extend(rules(plan));
            rules_checked = true;
        }
    }
    let mut findings = policy::apply(findings, &loaded.settings, overrides);
    findings.sort_by_key(Finding::sort_key);
    CheckedPlan {
        loaded,
        findings,
        rules_checked,
    }
}

/// Duplicate ids, references, years, monitored lines: what must hold before figures mean anything.
pub fn structure(plan: &Plan) -> Vec<Finding> {
    let mut findings = Vec::new();
    duplicates::check(plan, &mut findings);
    references::check(plan, &mut findings);
    classes::check(plan, &mut findings);
    period::check(plan, &mut findings);
    actual_lines::check(plan, &mut findings);
    findings
}

/// The rules on funds, PNRR, LEPS coverage, staff, reach and monitoring figures.
pub fn rules(plan: &Plan) -> Vec<Finding> {
    let usages = fund_usages(plan);
    let mut findings = Vec::new();
    fund_ceilings::check(&usages, &mut findings);
    fund_deadline::check(&usages, &mut findings);
    fund_annualita::check(&usages, &mut findings);
    fund_earmark::check(&usages, &mut findings);
    fund_scope::check(&usages, &mut findings);
    pnrr::check(plan, &usages, &mut findings);
    leps_coverage::check(plan, &mut findings);
    staffing::check(plan, &mut findings);
    unfunded::check(plan, &mut findings);
    comuni_served::check(plan, &mut findings);
    actual_amounts::check(plan, &mut findings);
    findings
}

/// Every check, structural and rules, on a plan (for tests and benchmarks).
pub fn run(plan: &Plan) -> Vec<Finding> {
    let mut findings = structure(plan);
    findings.extend(rules(plan));
    findings.sort_by_key(Finding::sort_key);
    findings
}
