//! Fund allocations: one programme's money for one annualità.

use super::vocabulary::vocabulary;
use super::{Cents, Date, Earmark, Id, Located, Span, Year};

/// An allocation (*programme + annualità*) and its ceilings.
#[derive(Clone, Debug)]
pub struct Fund {
    pub id: Located<Id>,
    pub programme: Located<Id>,
    pub name: Option<String>,
    pub annualita: Option<Located<Year>>,
    /// Ceiling of all budget lines using this allocation, over all years.
    pub amount: Located<Cents>,
    /// Optional ceilings per plan year.
    pub per_year: Vec<(Located<Year>, Located<Cents>)>,
    pub spend_by: Option<Located<Date>>,
    pub reference: Option<String>,
    /// Whose money it is: a member or a comune, when the plan says.
    pub holder: Option<Located<Id>>,
    pub split: Option<Split>,
    /// Earmarks that replace the programme's own, when the plan sets them.
    pub earmarks: Option<Vec<Earmark>>,
    pub span: Span,
}

vocabulary! {
    /// How an allocation is shared among the comuni.
    pub enum Split {
        Population = "population",
    }
}
