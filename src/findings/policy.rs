//! Severity overrides, applied in one place: the plan's `checks` section first,
//! then `--allow`/`--deny` on the command line, then `--strict`.

use super::{Code, Finding, Level, Severity};
use crate::load::CheckSetting;

/// Levels set on the command line.
#[derive(Clone, Debug, Default)]
pub struct Overrides {
    /// Codes turned off (`--allow`).
    pub allow: Vec<Code>,
    /// Codes made errors (`--deny`).
    pub deny: Vec<Code>,
    /// Warnings count as errors (`--strict`).
    pub strict: bool,
}

/// The final severity of each finding; findings turned off are dropped.
/// Codes that are not adjustable keep their severity.
pub fn apply(
    findings: Vec<Finding>,
    settings: &[CheckSetting],
    overrides: &Overrides,
) -> Vec<Finding> {
    findings
        .into_iter()
        .filter_map(|finding| {
            if !finding.code.is_adjustable() {
                return Some(finding);
            }
            let code = finding.code;
            let mut level = match settings.iter().rev().find(|s| s.code == code) {
                Some(setting) => setting.level,
                None => level_of(finding.severity),
            };
            if overrides.deny.contains(&code) {
                level = Level::Error;
            } else if overrides.allow.contains(&code) {
                level = Level::Off;
            }
            if overrides.strict && level == Level::Warning {
                level = Level::Error;
            }
            level.severity().map(|s| finding.with_severity(s))
        })
        .collect()
}

fn level_of(severity: Severity) -> Level {
    match severity {
        Severity::Info => Level::Info,
        Severity::Warning => Level::Warning,
        Severity::Error => Level::Error,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Message;
    use crate::model::Span;

    fn finding(code: Code) -> Finding {
        Finding::new(code, Message::new("schema-other"), Span::default())
    }

    fn setting(code: Code, level: Level) -> CheckSetting {
        CheckSetting {
            code,
            level,
            span: Span::default(),
        }
    }

    fn severities(findings: Vec<Finding>) -> Vec<(Code, Severity)> {
        findings.into_iter().map(|f| (f.code, f.severity)).collect()
    }

    #[test]
    fn plan_then_command_line_then_strict() {
        let findings = vec![
            finding(Code::FundUnderallocated),
            finding(Code::LepsNotCovered),
            finding(Code::InterventionUnfunded),
            finding(Code::Schema),
        ];
        let settings = [
            setting(Code::FundUnderallocated, Level::Off),
            setting(Code::LepsNotCovered, Level::Info),
        ];
        let overrides = Overrides {
            allow: vec![Code::InterventionUnfunded, Code::Schema],
            deny: vec![Code::FundUnderallocated],
            strict: true,
        };
        assert_eq!(
            severities(apply(findings, &settings, &overrides)),
            [
                (Code::FundUnderallocated, Severity::Error),
                (Code::LepsNotCovered, Severity::Info),
                (Code::Schema, Severity::Error),
            ]
        );
    }

    #[test]
    fn strict_makes_warnings_errors_and_keeps_infos() {
        let findings = vec![
            finding(Code::ComuneNotServed),
            finding(Code::StaffingRatio).with_severity(Severity::Info),
        ];
        let strict = Overrides {
            strict: true,
            ..Overrides::default()
        };
        assert_eq!(
            severities(apply(findings, &[], &strict)),
            [
                (Code::ComuneNotServed, Severity::Error),
                (Code::StaffingRatio, Severity::Info)
            ]
        );
    }
}
