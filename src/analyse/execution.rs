//! Monitoring: each budget line's programmed money beside what is committed and paid
//! (*programmato → impegnato → liquidato*), and their sums.

use std::collections::HashMap;
use std::ops::AddAssign;

use crate::model::{Actual, BudgetLine, Cents, Id, Intervention, Plan, Year};

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
    // The first entry of a line counts (a second one is a `duplicate-id` error).
    let mut actuals: HashMap<LineKey, &Actual> = HashMap::new();
    for actual in &plan.actuals {
        actuals.entry(key(actual)).or_insert(actual);
    }
    plan.interventions
        .iter()
        .flat_map(|intervention| {
            let actuals = &actuals;
            intervention.budget.iter().map(move |line| {
                let actual =
                    actuals.get(&(&intervention.id.value, line.year.value, &line.fund.value));
                ExecutionLine {
                    intervention,
                    line,
                    figures: Execution {
                        programmed: line.amount.value,
                        committed: actual.map_or(Cents::ZERO, |a| a.committed.value),
                        paid: actual.map_or(Cents::ZERO, |a| a.paid_amount()),
                    },
                }
            })
        })
        .collect()
}

/// A budget line's identity: intervention, plan year, allocation.
pub type LineKey<'p> = (&'p Id, Year, &'p Id);

/// The line an actuals entry is about.
pub fn key(actual: &Actual) -> LineKey<'_> {
    (
        &actual.intervention.value,
        actual.year.value,
        &actual.fund.value,
    )
}

/// The programmed money of every budget line, found by its identity in constant time.
pub struct BudgetLines<'p> {
    lines: HashMap<LineKey<'p>, Cents>,
}

impl<'p> BudgetLines<'p> {
    pub fn of(plan: &'p Plan) -> BudgetLines<'p> {
        let mut lines = HashMap::new();
        for intervention in &plan.interventions {
            for line in &intervention.budget {
                *lines
                    .entry((&intervention.id.value, line.year.value, &line.fund.value))
                    .or_insert(Cents::ZERO) += line.amount.value;
            }
        }
        BudgetLines { lines }
    }

    /// The money programmed on a line; `None` when the plan has no such line.
    pub fn programmed(&self, line: LineKey) -> Option<Cents> {
        self.lines.get(&line).copied()
    }
}
