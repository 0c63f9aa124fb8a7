//! `interventions:`: the services, their budget and indicators.

use schemars::JsonSchema;
use serde::Deserialize;

use super::scalars::{
    AmountText, Choice, CodeText, Entries, IdText, NumberText, ReachEntry, YearText,
};
use crate::model::{Located, Management, Status, Target};
use crate::yaml::Attempt;

/// Bilancio: anno del piano → assegnazione → importo.
/// — Budget: plan year → fund allocation → amount.
pub type BudgetEntries = Entries<Located<YearText>, Entries<Located<IdText>, Located<AmountText>>>;

/// Classificazioni: asse (id in `classifications`) → codice.
/// — Classifications: axis (id in `classifications`) → code.
pub type ClassEntries = Entries<Located<IdText>, Located<CodeText>>;

/// Un intervento (servizio). — An intervention (service).
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct InterventionEntry {
    /// Identificativo, es. `segretariato-sociale`. — Id.
    pub id: Located<IdText>,
    /// Denominazione. — Name.
    pub name: Located<String>,
    /// Area strategica (id). — Strategic area (id).
    pub area: Located<IdText>,
    /// Codice dell'intervento su ogni asse di `classifications`, es.
    /// `{ macro-livelli: "2" }`. — The intervention's code on each axis of `classifications`.
    pub classes: Option<Located<ClassEntries>>,
    /// LEPS garantiti (id nazionali o locali). — LEPS guaranteed (national or local ids).
    #[serde(default)]
    pub leps: Vec<Located<IdText>>,
    /// Fasce di utenza. — Target groups.
    #[serde(default)]
    pub targets: Vec<Located<Choice<Target>>>,
    /// Modalità di gestione. — Management mode.
    pub management: Option<Located<Choice<Management>>>,
    /// Soggetto gestore. — Provider.
    pub provider: Option<String>,
    /// Comuni serviti: `all` o un elenco di id. — Comuni served: `all` or a list of ids.
    pub comuni: Option<Located<ReachEntry>>,
    /// Stato: nuovo, confermato o potenziato. — Status: new, continued or strengthened.
    pub status: Option<Located<Choice<Status>>>,
    /// Codice CUP, atteso per interventi PNRR/PON. — CUP code, expected for PNRR/PON money.
    pub cup: Option<Located<String>>,
    /// Descrizione. — Description.
    pub description: Option<String>,
    /// Bilancio per anno del piano e assegnazione. — Budget per plan year and allocation.
    pub budget: Located<BudgetEntries>,
    /// Indicatori di output e di risultato. — Output and result indicators.
    #[serde(default)]
    pub indicators: Vec<Attempt<IndicatorEntry>>,
}

/// Un indicatore, dal valore di partenza all'obiettivo.
/// — An indicator, from baseline to target.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct IndicatorEntry {
    /// Nome dell'indicatore. — Name of the indicator.
    pub name: String,
    /// Unità di misura. — Unit.
    pub unit: Option<String>,
    /// Valore di partenza. — Baseline.
    pub baseline: Option<Located<NumberText>>,
    /// Valore obiettivo. — Target.
    pub target: Option<Located<NumberText>>,
}
