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

use std::path::Path;

use super::Finding;
use places::Places;

/// One checked plan's findings, with the places they point at.
pub struct PlanFindings<'a> {
    pub path: &'a Path,
    pub findings: &'a [Finding],
    pub places: &'a Places,
    /// Whether the rules on money, LEPS and staff ran.
    pub rules_checked: bool,
    /// The git revision the plan was read at (`main` of `main:plans/x`), whose files are
    /// shown as `REV:path` from the repository root; `None` for a plan on disk.
    pub revision: Option<&'a str>,
}
