//! Monitoring: each budget line's programmed money beside what is committed and paid
//! (*programmato → impegnato → liquidato*), and their sums.

use std::ops::AddAssign;

use crate::model::{Actual, BudgetLine, Cents, Intervention, Plan};

/// One budget line with its monitoring figures (zero when none are declared).
#[derive(Clone, Copy, Debug)]
pub struct ExecutionLine<'p> {
    pub intervention: &'p Intervention,
    pub line: &'p BudgetLine,
    pub figures: Execution,
}

/// Programmed, committed and paid money: of a line, or summed over lines.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Execution {
    pub programmed: Cents,
    pub committed: Cents,
    pub paid: Cents,
}

impl Execution {
    /// The *residui*: programmed money not yet committed.
    pub fn residui(&self) -> Cents {
        self.programmed - self.committed
    }
}

impl AddAssign for Execution {
    fn add_assign(&mut self, other: Execution) {
        self.programmed += other.programmed;
        self.committed += other.committed;
        self.paid += other.paid;
    }
}

impl<'a> std::iter::Sum<&'a Execution> for Execution {
    fn sum<I: Iterator<Item = &'a Execution>>(iter: I) -> Execution {
        let mut total = Execution::default();
        for figures in iter {
            total += *figures;
        }
        total
    }
}

/// Every budget line of the plan, in plan order, with its monitoring figures.
pub fn execution(plan: &Plan) -> Vec<ExecutionLine<'_>> {
    plan.interventions
        .iter()
        .flat_map(|intervention| {
            intervention.budget.iter().map(move |line| {
                let actual = plan
                    .actuals
                    .iter()
                    .find(|a| a.is_line(&intervention.id.value, line.year.value, &line.fund.value));
                ExecutionLine {
                    intervention,
                    line,
                    figures: Execution {
                        programmed: line.amount.value,
                        committed: actual.map_or(Cents::ZERO, |a| a.committed.value),
                        paid: actual.map_or(Cents::ZERO, Actual::paid_amount),
                    },
                }
            })
        })
        .collect()
}

/// The money programmed on the budget line an actuals entry is about.
pub fn programmed_on(plan: &Plan, actual: &Actual) -> Cents {
    plan.interventions
        .iter()
        .filter(|i| i.id.value == actual.intervention.value)
        .flat_map(|i| i.budget.iter())
        .filter(|line| line.year.value == actual.year.value && line.fund.value == actual.fund.value)
        .map(|line| line.amount.value)
        .sum()
}
