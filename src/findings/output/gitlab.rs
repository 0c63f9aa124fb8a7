//! GitLab Code Quality (`artifacts:reports:codequality`): a JSON array of issues, shown
//! inline on the merge request's diff. Paths are from the repository root, as GitLab
//! reads them; fingerprints are SARIF's, which survive line moves.

use serde_json::{Value, json};

use super::PlanFindings;
use super::artifact::ArtifactBase;
use super::fingerprint::Fingerprints;
use super::json::location;
use crate::findings::Severity;
use crate::i18n::{self, Lang};

pub fn render(plans: &[PlanFindings], base: &ArtifactBase, lang: Lang) -> String {
    let mut prints = Fingerprints::default();
    let mut issues = Vec::new();
    for plan in plans {
        for finding in &plan.findings {
            let place = location(&finding.primary, &plan.places);
            let path = base.path(std::path::Path::new(&place.file), plan.revision.as_deref());
            let line = plan.places.line_text(finding.primary.span);
            let fingerprint = prints.next(&[finding.code.id(), &path, finding.message.key, line]);
            issues.push(json!({
                "description": i18n::tr(lang, &finding.message),
                "check_name": finding.code.id(),
                "fingerprint": fingerprint,
                "severity": severity(finding.severity),
                "location": {
                    "path": path,
                    "lines": { "begin": place.line, "end": place.end_line },
                },
            }));
        }
    }
    serde_json::to_string_pretty(&Value::Array(issues)).unwrap_or_default() + "\n"
}

/// GitLab's levels: errors are `major` (the merge request shows them first), warnings
/// `minor`, infos `info`.
fn severity(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "major",
        Severity::Warning => "minor",
        Severity::Info => "info",
    }
}
