//! `actuals:`: what has been committed and paid on each budget line (monitoring).

use schemars::JsonSchema;
use serde::Deserialize;

use super::scalars::{AmountText, Choice, DateText, IdText, YearText};
use crate::model::{Decrease, Located};

/// Impegnato e liquidato di una riga di bilancio (intervento, anno, assegnazione), cumulativi
/// alla data `as_of`. — Committed and paid on one budget line (intervention, year, allocation),
/// cumulative at the date `as_of`.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ActualEntry {
    /// Intervento (id). — Intervention (id).
    pub intervention: Located<IdText>,
    /// Anno del piano della riga di bilancio. — Plan year of the budget line.
    pub year: Located<YearText>,
    /// Assegnazione di fondi (id) della riga di bilancio. — Fund allocation (id) of the line.
    pub fund: Located<IdText>,
    /// Risorse impegnate, in euro, o `n.d.` se non note. — Money committed, or `n.d.` when unknown.
    pub committed: Located<AmountText>,
    /// Risorse liquidate (pagate), in euro, o `n.d.` se non pubblicate; 0 se assente.
    /// — Money paid, in euro, or `n.d.` when not published; 0 when absent.
    pub paid: Option<Located<AmountText>>,
    /// Non impegnato riportato all'anno dopo (residui riportati, risconti), in euro.
    /// — Uncommitted money carried forward, in euro.
    pub carried_forward: Option<Located<AmountText>>,
    /// Economie di spesa, in euro. — Savings, in euro.
    pub savings: Option<Located<AmountText>>,
    /// Restituito al finanziatore, in euro. — Given back to the funder, in euro.
    pub returned: Option<Located<AmountText>>,
    /// Perché una cifra è più bassa del monitoraggio precedente: `disimpegno` o
    /// `errore-materiale`. — Why a figure is lower than in the previous monitoring.
    pub decrease: Option<Located<Choice<Decrease>>>,
    /// Data a cui si riferiscono le cifre (AAAA-MM-GG). — Date of the figures (YYYY-MM-DD).
    pub as_of: Option<Located<DateText>>,
    /// Note, es. la determina di impegno. — Notes, e.g. the act of commitment.
    pub notes: Option<String>,
}
