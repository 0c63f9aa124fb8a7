//! A plan named on the command line: a path on disk, or `REV:PATH` in the git
//! repository of the current directory (`main:plans/casarano`).

use std::path::Path;

use crate::load::{self, LoadError, LoadedPlan};
use crate::source::RevisionPath;

/// Loads the plan `arg` names. A path that exists is a path, even with a colon in it.
pub fn load_plan(arg: &Path) -> Result<LoadedPlan, LoadError> {
    match revision_of(arg) {
        Some(spec) => load::load_revision(&spec),
        None => load::load(arg),
    }
}

/// The revision and path `arg` names, when it is `REV:PATH` and not a path that exists.
pub fn revision_of(arg: &Path) -> Option<RevisionPath> {
    if arg.exists() {
        return None;
    }
    arg.to_str().and_then(RevisionPath::parse)
}
