//! LEPS coverage gained or lost, per plan year.

use crate::analyse::leps_coverage;
use crate::model::{Id, Plan, Year};

/// A LEPS guaranteed in a year by one version and not by the other.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CoverageChange {
    pub leps: Id,
    pub name: String,
    pub year: Year,
    /// `true`: covered by the new version only; `false`: lost.
    pub gained: bool,
}

pub fn coverage(old: &Plan, new: &Plan) -> Vec<CoverageChange> {
    let covered = |plan: &Plan| -> Vec<(Id, String, Year)> {
        leps_coverage(plan)
            .iter()
            .flat_map(|level| {
                level
                    .years
                    .iter()
                    .filter(|(_, interventions)| !interventions.is_empty())
                    .map(|(year, _)| (level.leps.id.clone(), level.leps.name.clone(), *year))
                    .collect::<Vec<_>>()
            })
            .collect()
    };
    let (before, after) = (covered(old), covered(new));
    let has = |list: &[(Id, String, Year)], (id, _, year): &(Id, String, Year)| {
        list.iter().any(|(i, _, y)| i == id && y == year)
    };
    let gained = after.iter().filter(|c| !has(&before, c)).map(|c| (c, true));
    let lost = before
        .iter()
        .filter(|c| !has(&after, c))
        .map(|c| (c, false));
    let mut changes: Vec<CoverageChange> = gained
        .chain(lost)
        .map(|((leps, name, year), gained)| CoverageChange {
            leps: leps.clone(),
            name: name.clone(),
            year: *year,
            gained,
        })
        .collect();
    changes.sort_by(|a, b| (&a.leps, a.year).cmp(&(&b.leps, b.year)));
    changes
}
