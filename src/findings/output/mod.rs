//! Output formats for findings: for people (`human`) and for CI tools
//! (`json`, `github`, `sarif`, `junit`, `gitlab`, `md`). Each renders data it is given; none
//! reads files.

pub mod artifact;
pub mod cap;
mod excerpt;
mod fingerprint;
pub mod github;
pub mod gitlab;
pub mod human;
pub mod json;
pub mod junit;
pub mod markdown;
pub mod places;
pub mod sarif;

use std::path::{Path, PathBuf};

use super::Finding;
use crate::check::CheckedPlan;
use places::Places;

/// One checked plan's findings, with the places they point at: not its model nor its
/// sources, so that checking many plans keeps little of each.
pub struct PlanFindings {
    pub path: PathBuf,
    pub findings: Vec<Finding>,
    pub places: Places,
    /// Whether the rules on money, LEPS and staff ran.
    pub rules_checked: bool,
    /// The git revision the plan was read at (`main` of `main:plans/x`), whose files are
    /// shown as `REV:path` from the repository root; `None` for a plan on disk.
    pub revision: Option<String>,
}

impl PlanFindings {
    /// What the machine formats need of `checked`, the plan at `path`.
    pub fn of(path: &Path, checked: CheckedPlan, revision: Option<String>) -> PlanFindings {
        PlanFindings {
            path: path.to_path_buf(),
            places: Places::of(&checked.findings, &checked.loaded.sources),
            rules_checked: checked.rules_checked,
            findings: checked.findings,
            revision,
        }
    }
}
