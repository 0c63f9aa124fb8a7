//! Checks on a loaded plan. Each check reads the model and returns findings;
//! none prints or decides severities (see [`crate::findings::policy`]).

mod duplicates;
mod period;
mod references;

use crate::findings::Finding;
use crate::model::Plan;

/// Runs every check on the plan, findings sorted by place.
pub fn run(plan: &Plan) -> Vec<Finding> {
    let mut findings = Vec::new();
    duplicates::check(plan, &mut findings);
    references::check(plan, &mut findings);
    period::check(plan, &mut findings);
    findings.sort_by_key(Finding::sort_key);
    findings
}
