//! Monitoring: what has been committed and paid on a budget line.

use super::{Cents, Date, Id, Located, Span, Year};

/// Cumulative figures of one budget line (intervention, plan year, allocation) at a date:
/// *programmato → impegnato → liquidato*.
#[derive(Clone, Debug)]
pub struct Actual {
    pub intervention: Located<Id>,
    pub year: Located<Year>,
    pub fund: Located<Id>,
    pub committed: Located<Cents>,
    /// `None` when nothing is declared as paid (counted as zero).
    pub paid: Option<Located<Cents>>,
    pub as_of: Option<Located<Date>>,
    /// Where the entry starts (its `intervention`), for findings about the entry as a whole.
    pub span: Span,
}

impl Actual {
    /// The money paid, zero when not declared.
    pub fn paid_amount(&self) -> Cents {
        self.paid.as_ref().map_or(Cents::ZERO, |p| p.value)
    }

    /// Whether this entry is about the budget line `(intervention, year, fund)`.
    pub fn is_line(&self, intervention: &Id, year: Year, fund: &Id) -> bool {
        self.intervention.value == *intervention
            && self.year.value == year
            && self.fund.value == *fund
    }
}
