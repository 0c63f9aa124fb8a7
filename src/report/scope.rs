//! What part of the plan a report shows: one year, one area, or all.

use crate::model::{BudgetLine, Id, Intervention, Plan, Year};

/// The `--year` and `--area` filters of a report.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Scope {
    pub year: Option<Year>,
    pub area: Option<Id>,
}

impl Scope {
    /// The plan years shown: the one asked for, or the whole period.
    pub fn years(&self, plan: &Plan) -> Vec<Year> {
        match self.year {
            Some(year) => vec![year],
            None => plan.period.years().collect(),
        }
    }

    /// Whether the intervention belongs to the scope's area.
    pub fn includes(&self, intervention: &Intervention) -> bool {
        self.area
            .as_ref()
            .is_none_or(|area| intervention.area.value == *area)
    }

    /// The interventions in scope, in plan order.
    pub fn interventions<'p>(&self, plan: &'p Plan) -> impl Iterator<Item = &'p Intervention> {
        plan.interventions.iter().filter(|i| self.includes(i))
    }

    /// One intervention's budget lines in scope (none when its area is not the scope's).
    pub fn lines_of<'p>(
        &self,
        intervention: &'p Intervention,
    ) -> impl Iterator<Item = &'p BudgetLine> {
        let year = self.year;
        let included = self.includes(intervention);
        intervention
            .budget
            .iter()
            .filter(move |line| included && year.is_none_or(|y| line.year.value == y))
    }

    /// Every budget line in scope, with its intervention.
    pub fn lines<'p>(
        &self,
        plan: &'p Plan,
    ) -> impl Iterator<Item = (&'p Intervention, &'p BudgetLine)> {
        self.interventions(plan).flat_map(move |intervention| {
            self.lines_of(intervention)
                .map(move |line| (intervention, line))
        })
    }
}
