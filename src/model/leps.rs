//! Essential levels of social services (LEPS).

use super::{Id, Span, Year};

/// A LEPS, national (from the built-in catalogue) or added by the plan.
#[derive(Clone, Debug)]
pub struct Leps {
    pub id: Id,
    pub name: String,
    /// Whether the ambito must guarantee it in every plan year it is in force.
    pub required: bool,
    /// Legal source of the level: act and article.
    pub source: Option<String>,
    /// Where the act can be read, when there is a public address.
    pub url: Option<String>,
    /// First year the level applies; `None` for "always".
    pub from: Option<Year>,
    /// Last year the level applies; `None` for "still in force".
    pub until: Option<Year>,
    /// Why the level is not required, or why the plan changed `required`.
    pub reason: Option<String>,
    /// Where the plan declares or overrides it; `None` for untouched national levels.
    pub declared_at: Option<Span>,
}

impl Leps {
    /// Whether the level applies in `year`.
    pub fn in_force(&self, year: Year) -> bool {
        self.from.is_none_or(|from| from <= year) && self.until.is_none_or(|until| year <= until)
    }
}
