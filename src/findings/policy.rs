//! Severity overrides, applied in one place: the plan's `checks` section.

use super::{Finding, Level};
use crate::load::CheckSetting;

/// Applies the plan's levels: `off` drops a finding, other levels set its severity.
/// Codes that are not adjustable keep their severity.
pub fn apply(findings: Vec<Finding>, settings: &[CheckSetting]) -> Vec<Finding> {
    findings
        .into_iter()
        .filter_map(|finding| {
            if !finding.code.is_adjustable() {
                return Some(finding);
            }
            match settings.iter().rev().find(|s| s.code == finding.code) {
                None => Some(finding),
                Some(setting) => match setting.level {
                    Level::Off => None,
                    level => level.severity().map(|s| finding.with_severity(s)),
                },
            }
        })
        .collect()
}
