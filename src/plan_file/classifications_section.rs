//! `classifications:`: axes that classify the interventions besides `area`.

use schemars::JsonSchema;
use serde::Deserialize;

use super::scalars::{CodeText, IdText};
use crate::model::Located;

/// Un asse di classificazione degli interventi, oltre all'area strategica (es. le aree della
/// Regione, i macro-livelli del FNPS, un nomenclatore), con i suoi codici.
/// — A classification axis of the interventions besides the strategic area (e.g. the
/// Region's areas, the FNPS macro-livelli, a nomenclatore), with its codes.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ClassificationEntry {
    /// Identificativo, la chiave in `classes` degli interventi, es. `macro-livelli`.
    /// — Id, the key in the interventions' `classes`.
    pub id: Located<IdText>,
    /// Denominazione. — Name.
    pub name: String,
    /// Fonte (atto, schema regionale). — Source (act, regional template).
    pub source: Option<String>,
    /// Indirizzo pubblico della fonte. — Public address of the source.
    pub url: Option<String>,
    /// Se ogni intervento deve avere un codice di questo asse (predefinito: no; gli
    /// interventi senza codice sono «non classificati»).
    /// — Whether every intervention must have a code on this axis (default: no; the
    /// interventions without one are "not classified").
    pub required: Option<bool>,
    /// Descrizione. — Description.
    pub description: Option<String>,
    /// I codici dell'asse, nell'ordine di presentazione. — The axis's codes, in display order.
    pub codes: Vec<ClassCodeEntry>,
}

/// Un codice di un asse di classificazione. — A code of a classification axis.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ClassCodeEntry {
    /// Il codice, es. `famiglia-minori` o `A1.01`. — The code.
    pub code: Located<CodeText>,
    /// Denominazione. — Name.
    pub name: String,
    /// Descrizione. — Description.
    pub description: Option<String>,
}
