//! LEPS coverage: which funded interventions guarantee each level in each plan year.

use crate::model::{Cents, Intervention, Leps, Plan, Year};

/// A LEPS and, for each plan year, the interventions with money that guarantee it.
#[derive(Debug)]
pub struct LepsCoverage<'p> {
    pub leps: &'p Leps,
    /// One entry per plan year, in order.
    pub years: Vec<(Year, Vec<(&'p Intervention, Cents)>)>,
}

impl LepsCoverage<'_> {
    /// Plan years in which the level is in force and no funded intervention guarantees it.
    pub fn uncovered_years(&self) -> Vec<Year> {
        self.years
            .iter()
            .filter(|(year, interventions)| interventions.is_empty() && self.leps.in_force(*year))
            .map(|(year, _)| *year)
            .collect()
    }
}

/// Coverage of every LEPS of the plan (national and local), in catalogue order.
pub fn leps_coverage(plan: &Plan) -> Vec<LepsCoverage<'_>> {
    plan.leps
        .iter()
        .map(|leps| LepsCoverage {
            leps,
            years: plan
                .period
                .years()
                .map(|year| {
                    let funded = plan
                        .interventions
                        .iter()
                        .filter(|i| i.leps.iter().any(|l| l.value == leps.id))
                        .map(|i| (i, i.money_in(year)))
                        .filter(|(_, money)| !money.is_zero())
                        .collect();
                    (year, funded)
                })
                .collect(),
        })
        .collect()
}
