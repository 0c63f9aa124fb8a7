//! Monitoring: each budget line's programmed money beside what is committed and paid
//! (*programmato → impegnato → liquidato*), and their sums.

use foldhash::HashMap;
use std::ops::AddAssign;

use crate::model::{Actual, BudgetLine, Cents, Id, Intervention, Plan, Year};

/// One budget line with its monitoring figures (zero when none are declared).
#[derive(Clone, Copy, Debug)]
pub struct ExecutionLine<'p> {
    pub intervention: &'p Intervention,
    pub line: &'p BudgetLine,
    pub figures: Execution,
}

/// Programmed, committed and paid money: of a line, or summed over lines. Figures
/// declared unknown (`n.d.`) are counted apart and kept out of the rates.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Execution {
    pub programmed: Cents,
    /// Committed money of the lines whose commitment is known.
    pub committed: Cents,
    /// Paid money of the lines whose payments are known.
    pub paid: Cents,
    /// Programmed money of the lines whose commitment is known: the commitment rate's base.
    pub programmed_known: Cents,
    /// Committed money of the lines whose payments are known: the payment rate's base.
    pub committed_paid_known: Cents,
    /// Lines with the committed, or the paid, figure declared unknown.
    pub committed_unknown: usize,
    pub paid_unknown: usize,
    /// What was not committed, as declared: carried forward, saved, given back.
    pub carried_forward: Cents,
    pub savings: Cents,
    pub returned: Cents,
}

impl Execution {
    /// The *residui*: programmed money not yet committed, on the lines whose
    /// commitment is known.
    pub fn residui(&self) -> Cents {
        self.programmed_known - self.committed
    }

    /// The residui not declared as carried forward, saved or given back.
    pub fn residui_unsplit(&self) -> Cents {
        self.residui() - self.carried_forward - self.savings - self.returned
    }
}

impl AddAssign for Execution {
    fn add_assign(&mut self, other: Execution) {
        self.programmed += other.programmed;
        self.committed += other.committed;
        self.paid += other.paid;
        self.programmed_known += other.programmed_known;
        self.committed_paid_known += other.committed_paid_known;
        self.committed_unknown += other.committed_unknown;
        self.paid_unknown += other.paid_unknown;
        self.carried_forward += other.carried_forward;
        self.savings += other.savings;
        self.returned += other.returned;
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
    let monitored = MonitoredLines::of(plan);
    plan.interventions
        .iter()
        .flat_map(|intervention| {
            let monitored = &monitored;
            intervention.budget.iter().map(move |line| {
                let actual =
                    monitored.first(&(&intervention.id.value, line.year.value, &line.fund.value));
                ExecutionLine {
                    intervention,
                    line,
                    figures: figures(line.amount.value, actual),
                }
            })
        })
        .collect()
}

/// A line's figures: nothing committed nor paid without a monitoring entry.
fn figures(programmed: Cents, actual: Option<&Actual>) -> Execution {
    let Some(actual) = actual else {
        return Execution {
            programmed,
            programmed_known: programmed,
            ..Execution::default()
        };
    };
    let uncommitted = actual.uncommitted.as_deref().cloned().unwrap_or_default();
    let declared =
        |amount: Option<crate::model::Located<Cents>>| amount.map_or(Cents::ZERO, |a| a.value);
    let committed = actual.committed.known();
    let paid = actual.paid_amount();
    Execution {
        programmed,
        committed: committed.unwrap_or_default(),
        paid: paid.unwrap_or_default(),
        programmed_known: committed.map_or(Cents::ZERO, |_| programmed),
        committed_paid_known: match (committed, paid) {
            (Some(committed), Some(_)) => committed,
            _ => Cents::ZERO,
        },
        committed_unknown: usize::from(committed.is_none()),
        paid_unknown: usize::from(paid.is_none()),
        carried_forward: declared(uncommitted.carried_forward),
        savings: declared(uncommitted.savings),
        returned: declared(uncommitted.returned),
    }
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

/// The budget lines that have monitoring entries, found by their identity in constant
/// time: the first entry of each (a second one is a `duplicate-id` error) and the money
/// programmed on it. The other lines of the plan are never asked for, so they are not kept.
pub struct MonitoredLines<'p> {
    lines: HashMap<LineKey<'p>, Monitored<'p>>,
}

struct Monitored<'p> {
    first: &'p Actual,
    /// `None` when the plan has no such line.
    programmed: Option<Cents>,
}

impl<'p> MonitoredLines<'p> {
    pub fn of(plan: &'p Plan) -> MonitoredLines<'p> {
        let mut lines: HashMap<LineKey<'p>, Monitored<'p>> =
            HashMap::with_capacity_and_hasher(plan.actuals.len(), Default::default());
        for actual in &plan.actuals {
            lines.entry(key(actual)).or_insert(Monitored {
                first: actual,
                programmed: None,
            });
        }
        if !lines.is_empty() {
            for intervention in &plan.interventions {
                for line in &intervention.budget {
                    let key = (&intervention.id.value, line.year.value, &line.fund.value);
                    if let Some(monitored) = lines.get_mut(&key) {
                        *monitored.programmed.get_or_insert(Cents::ZERO) += line.amount.value;
                    }
                }
            }
        }
        MonitoredLines { lines }
    }

    /// The first monitoring entry of a line.
    pub fn first(&self, line: &LineKey) -> Option<&'p Actual> {
        self.lines.get(line).map(|m| m.first)
    }

    /// The money programmed on a monitored line; `None` when the plan has no such line.
    pub fn programmed(&self, line: &LineKey) -> Option<Cents> {
        self.lines.get(line).and_then(|m| m.programmed)
    }
}
