//! `plan:`: title, period and approval acts.

use schemars::JsonSchema;
use serde::Deserialize;

use super::scalars::{DateText, YearText};
use crate::model::Located;
use crate::yaml::Attempt;

/// Il piano: titolo, periodo e atti di approvazione.
/// — The plan: title, period and approval acts.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct PlanSection {
    /// Titolo del piano, es. "V Piano sociale di zona 2022-2024".
    /// — Title of the plan.
    pub title: Located<String>,
    /// Anni del piano, estremi inclusi.
    /// — Plan years, both included.
    pub period: Located<PeriodEntry>,
    /// Atti che hanno adottato o approvato il piano.
    /// — Acts that adopted or approved the plan.
    #[serde(default)]
    pub approvals: Vec<Attempt<ApprovalEntry>>,
    /// Descrizione libera del piano.
    /// — Free description of the plan.
    pub description: Option<String>,
}

/// Periodo del piano. — Plan period.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct PeriodEntry {
    /// Primo anno del piano. — First plan year.
    pub from: Located<YearText>,
    /// Ultimo anno del piano, incluso. — Last plan year, included.
    pub to: Located<YearText>,
}

/// Un atto di approvazione. — An approval act.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ApprovalEntry {
    /// Organo che ha deliberato, es. "Coordinamento istituzionale".
    /// — Body that decided.
    pub body: String,
    /// Estremi dell'atto, es. "Delibera n. 5". — Reference of the act.
    pub act: Option<String>,
    /// Data dell'atto (AAAA-MM-GG). — Date of the act (YYYY-MM-DD).
    pub date: Option<Located<DateText>>,
}
