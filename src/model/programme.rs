//! Fund programmes (FNPS, FNA, PNRR lines...) and the rules attached to them.

use super::vocabulary::vocabulary;
use super::{Cents, Date, Id, Span, Target, Year};

/// A source of money with its kind and rules.
#[derive(Clone, Debug)]
pub struct Programme {
    pub id: Id,
    pub name: String,
    pub kind: FundKind,
    /// Legal source of the programme.
    pub source: Option<String>,
    /// Where the act can be read, when there is a public address.
    pub url: Option<String>,
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
    /// What the money may pay for, when the act restricts it.
    pub scope: Option<Scope>,
}

/// The interventions a programme may fund: those for one of `targets` or
/// guaranteeing one of `leps` (e.g. the Fondo Povertà quota servizi).
#[derive(Clone, Debug)]
pub struct Scope {
    pub targets: Vec<Target>,
    pub leps: Vec<Id>,
    pub source: Option<String>,
    pub url: Option<String>,
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
    /// Whose money the share binds: the Region's quota as a whole, or each allocation.
    pub binds: Binds,
    /// First and last annualità the share applies to; `None` for no bound.
    pub from: Option<Year>,
    pub until: Option<Year>,
    pub source: Option<String>,
    pub url: Option<String>,
}

impl Earmark {
    /// Whether the share applies to an allocation of `annualita` (always, when it is unknown).
    pub fn applies_to(&self, annualita: Option<Year>) -> bool {
        annualita.is_none_or(|year| {
            self.from.is_none_or(|from| from <= year)
                && self.until.is_none_or(|until| year <= until)
        })
    }
}

vocabulary! {
    /// Who must meet an earmark. A share that binds the Region's quota may be
    /// concentrated in some ambiti, so one ambito below it is a warning, not an error.
    pub enum Binds {
        Region = "region",
        Allocation = "allocation",
    }
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
