//! Monitoring: what has been committed and paid on a budget line.

use super::vocabulary::vocabulary;
use super::{Cents, Date, Id, Located, Span, Year};

/// Cumulative figures of one budget line (intervention, plan year, allocation) at a date:
/// *programmato → impegnato → liquidato*.
#[derive(Clone, Debug)]
pub struct Actual {
    pub intervention: Located<Id>,
    pub year: Located<Year>,
    pub fund: Located<Id>,
    pub committed: Figure,
    /// `None` when nothing is declared as paid (counted as zero).
    pub paid: Option<Figure>,
    /// What was not committed, told apart, when the entry says (few do: kept aside).
    pub uncommitted: Option<Box<Uncommitted>>,
    /// Why a figure is lower than in the previous monitoring, when the plan declares it.
    pub decrease: Option<Decrease>,
    pub as_of: Option<Located<Date>>,
    /// Where the entry starts (its `intervention`), for findings about the entry as a whole.
    pub span: Span,
}

/// Money not committed, told apart: carried forward (*residui riportati*, *risconti*),
/// saved (*economie*), given back to the funder (*restituzioni*).
#[derive(Clone, Debug, Default)]
pub struct Uncommitted {
    pub carried_forward: Option<Located<Cents>>,
    pub savings: Option<Located<Cents>>,
    pub returned: Option<Located<Cents>>,
}

/// A monitoring figure: an amount, or `n.d.` when it is not known (not published).
#[derive(Clone, Debug)]
pub enum Figure {
    Amount(Located<Cents>),
    Unknown(Span),
}

impl Figure {
    /// The amount, `None` when unknown.
    pub fn known(&self) -> Option<Cents> {
        match self {
            Figure::Amount(amount) => Some(amount.value),
            Figure::Unknown(_) => None,
        }
    }

    pub fn span(&self) -> Span {
        match self {
            Figure::Amount(amount) => amount.span,
            Figure::Unknown(span) => *span,
        }
    }
}

vocabulary! {
    /// Why a cumulative figure went down since the previous monitoring, as the
    /// Piattaforma Multifondo asks since the monitoring at 31/12/2024.
    pub enum Decrease {
        Disimpegno = "disimpegno",
        ErroreMateriale = "errore-materiale",
    }
}

impl Actual {
    /// The money paid: zero when not declared, `None` when declared unknown.
    pub fn paid_amount(&self) -> Option<Cents> {
        match &self.paid {
            None => Some(Cents::ZERO),
            Some(figure) => figure.known(),
        }
    }

    /// Whether this entry is about the budget line `(intervention, year, fund)`.
    pub fn is_line(&self, intervention: &Id, year: Year, fund: &Id) -> bool {
        self.intervention.value == *intervention
            && self.year.value == year
            && self.fund.value == *fund
    }
}
