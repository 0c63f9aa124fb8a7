//! Findings that appear or disappear between versions. Two findings are the same
//! when their code, file (relative to the plan) and message are: a finding that only
//! moved to another line is neither new nor fixed.

use crate::check::CheckedPlan;
use foldhash::{HashMap, HashMapExt};

use crate::findings::{Code, Finding, Severity};
use crate::i18n::{self, Lang, Message};

/// A finding of one version only.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FindingChange {
    pub code: Code,
    pub severity: Severity,
    pub message: Message,
    /// `file:line:column` in the version it belongs to.
    pub place: String,
    /// `true`: in the new version only; `false`: fixed (in the old one only).
    pub appeared: bool,
}

pub fn findings(old: &CheckedPlan, new: &CheckedPlan) -> Vec<FindingChange> {
    let (before, after) = (keyed(old), keyed(new));
    let mut changes = Vec::new();
    for (appeared, from, other) in [(true, &after, &before), (false, &before, &after)] {
        // Multisets: the second identical finding of a version is matched separately.
        let mut unmatched: HashMap<&Key, usize> = HashMap::new();
        for (key, _) in other.iter() {
            *unmatched.entry(key).or_default() += 1;
        }
        for (key, finding) in from.iter() {
            match unmatched.get_mut(key) {
                Some(count) if *count > 0 => *count -= 1,
                _ => changes.push(FindingChange {
                    code: finding.code,
                    severity: finding.severity,
                    message: finding.message.clone(),
                    place: place(if appeared { new } else { old }, finding),
                    appeared,
                }),
            }
        }
    }
    changes
}

/// Every finding of one version, as if it had just appeared: what is shown of a
/// version that cannot be compared.
pub fn all_findings(plan: &CheckedPlan) -> Vec<FindingChange> {
    plan.findings
        .iter()
        .map(|finding| FindingChange {
            code: finding.code,
            severity: finding.severity,
            message: finding.message.clone(),
            place: place(plan, finding),
            appeared: true,
        })
        .collect()
}

/// What identifies a finding across versions.
type Key = (Code, String, String);

fn keyed(plan: &CheckedPlan) -> Vec<(Key, &Finding)> {
    plan.findings
        .iter()
        .map(|f| {
            let file = plan
                .loaded
                .sources
                .get(f.primary.span.file)
                .map(|s| relative(&plan.loaded.root, &s.path))
                .unwrap_or_default();
            ((f.code, file, i18n::tr(Lang::It, &f.message)), f)
        })
        .collect()
}

/// A file's path from the plan's root, so that `main:plans/x/a.yaml` and
/// `plans/x/a.yaml` compare equal.
fn relative(root: &std::path::Path, path: &std::path::Path) -> String {
    match path.strip_prefix(root) {
        Ok(rest) if !rest.as_os_str().is_empty() => rest.to_string_lossy().into_owned(),
        _ => {
            let text = path.to_string_lossy();
            // A revision's file: drop `REV:`.
            text.split_once(':')
                .map_or(text.to_string(), |(_, p)| p.to_string())
        }
    }
}

fn place(plan: &CheckedPlan, finding: &Finding) -> String {
    plan.loaded.sources.place(finding.primary.span)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::Path;

    #[test]
    fn files_compare_from_the_plan_root() {
        assert_eq!(
            relative(Path::new("plans/x"), Path::new("plans/x/a.yaml")),
            "a.yaml"
        );
        assert_eq!(
            relative(
                Path::new("main:plans/x"),
                Path::new("main:plans/x/sub/a.yaml")
            ),
            "sub/a.yaml"
        );
        assert_eq!(
            relative(Path::new("HEAD:x"), Path::new("HEAD:plans/x/a.yaml")),
            "plans/x/a.yaml"
        );
        assert_eq!(
            relative(Path::new("plan.yaml"), Path::new("plan.yaml")),
            "plan.yaml"
        );
    }
}
