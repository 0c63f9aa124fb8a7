//! What a Region compares of each ambito: people, money by year, kind and area,
//! LEPS coverage, social workers, PNRR.

use crate::analyse::{leps_coverage, staffing::Staffing};
use crate::model::{Cents, FundKind, Id, Plan, Vocabulary, Year};

/// The figures of one ambito's plan.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AmbitoFigures {
    pub id: String,
    pub name: String,
    pub comuni: usize,
    pub population: u64,
    pub interventions: usize,
    pub by_year: Vec<(Year, Cents)>,
    /// Every kind of money, in catalogue order (zero when unused).
    pub by_kind: Vec<(FundKind, Cents)>,
    /// Per area id, with its name in this plan.
    pub by_area: Vec<(Id, String, Cents)>,
    /// Per LEPS of the plan, the plan years in which a funded intervention guarantees it.
    pub leps: Vec<(Id, String, usize)>,
    /// The plan's number of years.
    pub years: usize,
    /// Permanent social workers (full-time equivalents); `None` without a `staff` section.
    pub staffing: Option<Staffing>,
}

impl AmbitoFigures {
    /// The figures of a plan (a plan without errors: references are resolved).
    pub fn of(plan: &Plan) -> AmbitoFigures {
        let mut by_year: Vec<(Year, Cents)> =
            plan.period.years().map(|y| (y, Cents::ZERO)).collect();
        let mut by_kind: Vec<(FundKind, Cents)> = FundKind::WORDS
            .iter()
            .map(|(_, k)| (*k, Cents::ZERO))
            .collect();
        let mut by_area: Vec<(Id, String, Cents)> = plan
            .areas
            .iter()
            .map(|a| (a.id.value.clone(), a.name.clone(), Cents::ZERO))
            .collect();
        for intervention in &plan.interventions {
            for line in &intervention.budget {
                let amount = line.amount.value;
                if let Some((_, sum)) = by_year.iter_mut().find(|(y, _)| *y == line.year.value) {
                    *sum += amount;
                }
                let kind = plan
                    .fund(&line.fund.value)
                    .and_then(|f| plan.programme(&f.programme.value))
                    .map(|p| p.kind);
                if let Some((_, sum)) = by_kind.iter_mut().find(|(k, _)| Some(*k) == kind) {
                    *sum += amount;
                }
                if let Some((_, _, sum)) = by_area
                    .iter_mut()
                    .find(|(id, _, _)| *id == intervention.area.value)
                {
                    *sum += amount;
                }
            }
        }
        AmbitoFigures {
            id: plan.ambito.id.value.to_string(),
            name: plan.ambito.name.clone(),
            comuni: plan.ambito.comuni.len(),
            population: plan.ambito.population(),
            interventions: plan.interventions.len(),
            by_year,
            by_kind,
            by_area,
            leps: leps_coverage(plan)
                .iter()
                .map(|level| {
                    let covered = level.years.iter().filter(|(_, i)| !i.is_empty()).count();
                    (level.leps.id.clone(), level.leps.name.clone(), covered)
                })
                .collect(),
            years: plan.period.years().count(),
            staffing: Staffing::of(plan),
        }
    }

    /// All the money programmed.
    pub fn total(&self) -> Cents {
        self.by_year.iter().map(|(_, c)| *c).sum()
    }

    /// The money of one kind.
    pub fn kind(&self, kind: FundKind) -> Cents {
        self.by_kind
            .iter()
            .find(|(k, _)| *k == kind)
            .map_or(Cents::ZERO, |(_, c)| *c)
    }
}
