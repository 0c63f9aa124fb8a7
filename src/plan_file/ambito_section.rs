//! `ambito:`: the ambito territoriale sociale and its comuni.

use schemars::JsonSchema;
use serde::Deserialize;

use super::scalars::{DateText, IdText};
use crate::model::Located;
use crate::yaml::Attempt;

/// L'ambito territoriale sociale e i suoi comuni.
/// — The ambito territoriale sociale and its comuni.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct AmbitoSection {
    /// Identificativo dell'ambito, es. `ats-casarano`. — Id of the ambito.
    pub id: Located<IdText>,
    /// Denominazione. — Name.
    pub name: String,
    /// Regione. — Region.
    pub region: Option<String>,
    /// Comune capofila (id di un comune). — Lead comune (a comune id).
    pub capofila: Option<Located<IdText>>,
    /// Data di riferimento delle popolazioni (AAAA-MM-GG).
    /// — Reference date of the populations (YYYY-MM-DD).
    pub population_date: Option<Located<DateText>>,
    /// I comuni dell'ambito. — The comuni of the ambito.
    pub comuni: Vec<Attempt<ComuneEntry>>,
}

/// Un comune dell'ambito. — A comune of the ambito.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ComuneEntry {
    /// Identificativo, es. `casarano`. — Id.
    pub id: Located<IdText>,
    /// Nome del comune. — Name of the comune.
    pub name: String,
    /// Codice ISTAT (sei cifre, tra virgolette). — ISTAT code (six digits, quoted).
    pub istat: Option<String>,
    /// Residenti alla data di riferimento. — Residents at the reference date.
    pub population: Located<u64>,
}
