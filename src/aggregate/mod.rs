//! Many plans at once, for a Region or a national observatory: each plan loaded and
//! checked (in parallel, results in a stable order), reduced to the figures a Region
//! compares; a plan with errors keeps its findings and stays out of the totals.

mod figures;

pub use figures::AmbitoFigures;

use std::path::{Path, PathBuf};

use rayon::prelude::*;

use crate::check::{self, CheckedPlan};
use crate::findings::policy::Overrides;
use crate::findings::{Code, Severity, Tally};
use crate::i18n::Message;
use crate::load::{LoadError, LoadedPlan};

/// One plan of the aggregation.
#[derive(Debug)]
pub struct PlanOutcome {
    /// The plan as named (a path, or `REV:PATH`).
    pub path: PathBuf,
    /// The plan's files on disk (none for a plan read at a revision).
    pub files: Vec<PathBuf>,
    pub tally: Tally,
    /// `None` when the plan has errors (it is left out of the totals) or no model.
    pub figures: Option<AmbitoFigures>,
    /// The plan's errors, located: what the Region must ask to fix.
    pub errors: Vec<ErrorLine>,
}

/// An error of a plan left out.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ErrorLine {
    pub code: Code,
    /// `file:line:column`.
    pub place: String,
    pub message: Message,
}

/// Loads, checks and measures every plan, in parallel; outcomes in the order of `plans`.
/// `load` reads one plan (from disk or a revision).
pub fn run(
    plans: &[PathBuf],
    load: impl Fn(&Path) -> Result<LoadedPlan, LoadError> + Sync,
) -> Result<Vec<PlanOutcome>, LoadError> {
    plans
        .par_iter()
        .map(|path| {
            let checked = check::check(load(path)?, &Overrides::default());
            Ok(outcome(path, &checked))
        })
        .collect()
}

/// What one checked plan brings to the comparison: its counts, and its figures when it
/// has no errors.
pub fn outcome(path: &Path, checked: &CheckedPlan) -> PlanOutcome {
    let tally = Tally::of(&checked.findings);
    let figures = checked
        .loaded
        .plan
        .as_ref()
        .filter(|_| tally.errors == 0)
        .map(AmbitoFigures::of);
    let errors = checked
        .findings
        .iter()
        .filter(|f| f.severity == Severity::Error)
        .map(|f| ErrorLine {
            code: f.code,
            place: checked.loaded.sources.place(f.primary.span),
            message: f.message.clone(),
        })
        .collect();
    let files = checked
        .loaded
        .sources
        .files()
        .map(|(_, f)| f.path.clone())
        .collect();
    PlanOutcome {
        path: path.to_path_buf(),
        files,
        tally,
        figures,
        errors,
    }
}
