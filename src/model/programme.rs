//! Fund programmes (FNPS, FNA, PNRR lines...) and the rules attached to them.

use super::vocabulary::vocabulary;
use super::{Cents, Date, Id, Span, Target};

/// A source of money with its kind and rules.
#[derive(Clone, Debug)]
pub struct Programme {
    pub id: Id,
    pub name: String,
    pub kind: FundKind,
    /// Legal source of the programme.
    pub source: Option<String>,
    pub rules: Rules,
    /// Where the plan declares it; `None` for built-in programmes.
    pub declared_at: Option<Span>,
    /// Where the plan changes a built-in programme's rules, if it does.
    pub changed_at: Option<Span>,
}

/// Rule parameters of a programme, each with the text that establishes it.
#[derive(Clone, Debug, Default)]
pub struct Rules {
    /// Shares of the money that must go to some targets.
    pub earmarks: Vec<Earmark>,
    /// Largest amount of one allocation (PNRR per-project amounts).
    pub cap: Option<Sourced<Cents>>,
    /// Last day money of this programme may be spent.
    pub spend_by: Option<Sourced<Date>>,
    /// Whether funded interventions need a CUP code.
    pub requires_cup: bool,
}

/// A rule value together with its legal source.
#[derive(Clone, Debug)]
pub struct Sourced<T> {
    pub value: T,
    pub source: Option<String>,
}

/// At least `min_share` of the money must go to interventions for `targets`.
#[derive(Clone, Debug)]
pub struct Earmark {
    pub targets: Vec<Target>,
    /// Minimum share in basis points (50 % = 5000).
    pub min_share: u32,
    pub source: Option<String>,
}

vocabulary! {
    /// Where the money comes from, for totals by kind.
    pub enum FundKind {
        Eu = "eu",
        Pnrr = "pnrr",
        National = "national",
        Regional = "regional",
        Municipal = "municipal",
        Health = "health",
        Users = "users",
    }
}
