//! Essential levels of social services (LEPS).

use super::{Id, Span};

/// A LEPS, national (from the built-in catalogue) or added by the plan.
#[derive(Clone, Debug)]
pub struct Leps {
    pub id: Id,
    pub name: String,
    /// Whether the ambito must guarantee it in every plan year.
    pub required: bool,
    /// Legal source of the level.
    pub source: Option<String>,
    /// Why the plan changed `required`, when it did.
    pub reason: Option<String>,
    /// Where the plan declares or overrides it; `None` for untouched national levels.
    pub declared_at: Option<Span>,
}
