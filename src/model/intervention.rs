//! Interventions (services) and their budget lines.

use super::vocabulary::vocabulary;
use super::{Cents, ClassAssignment, Hundredths, Id, Located, Span, Target, Year};

/// A service of the plan (*intervento*).
#[derive(Clone, Debug)]
pub struct Intervention {
    pub id: Located<Id>,
    pub name: Located<String>,
    pub description: Option<String>,
    pub area: Located<Id>,
    /// Its codes on the plan's other classification axes, in the order written.
    pub classes: Box<[ClassAssignment]>,
    pub leps: Box<[Located<Id>]>,
    pub targets: Box<[Located<Target>]>,
    pub management: Option<Located<Management>>,
    pub provider: Option<String>,
    pub comuni: Reach,
    pub status: Option<Status>,
    pub cup: Option<Located<String>>,
    /// One line per plan year and fund allocation.
    pub budget: Box<[BudgetLine]>,
    pub indicators: Box<[Indicator]>,
    /// The whole entry, for findings about the intervention as a whole.
    pub span: Span,
}

/// Money of one fund allocation spent on an intervention in one plan year.
#[derive(Clone, Debug)]
pub struct BudgetLine {
    pub year: Located<Year>,
    pub fund: Located<Id>,
    pub amount: Located<Cents>,
}

/// The comuni an intervention reaches.
#[derive(Clone, Debug, PartialEq)]
pub enum Reach {
    /// Every comune of the ambito.
    All,
    Some(Vec<Located<Id>>),
}

impl Reach {
    /// Whether the intervention reaches the comune `id`.
    pub fn includes(&self, id: &Id) -> bool {
        match self {
            Reach::All => true,
            Reach::Some(ids) => ids.iter().any(|c| c.value == *id),
        }
    }
}

/// An output or result indicator, from a baseline to a target.
#[derive(Clone, Debug)]
pub struct Indicator {
    pub name: String,
    pub unit: Option<String>,
    pub baseline: Option<Hundredths>,
    pub target: Option<Hundredths>,
}

vocabulary! {
    /// How a service is run (*modalità di gestione*).
    pub enum Management {
        Direct = "direct",
        Contracted = "contracted",
        Accredited = "accredited",
        CoDesigned = "co-designed",
        DelegatedAsl = "delegated-asl",
        Vouchers = "vouchers",
    }
}

vocabulary! {
    /// Whether a service is new, continued or strengthened in this plan.
    pub enum Status {
        New = "new",
        Continued = "continued",
        Strengthened = "strengthened",
    }
}

impl Intervention {
    /// Total money over all years and funds.
    pub fn total(&self) -> Cents {
        self.budget.iter().map(|l| l.amount.value).sum()
    }

    /// Money in one plan year, all funds together.
    pub fn money_in(&self, year: Year) -> Cents {
        self.budget
            .iter()
            .filter(|l| l.year.value == year)
            .map(|l| l.amount.value)
            .sum()
    }
}
