//! `ambito:`: the ambito territoriale sociale and its comuni.

use schemars::JsonSchema;
use serde::Deserialize;

use super::scalars::{Choice, DateText, IdText};
use crate::model::{Body, Located, MemberKind};
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
    /// Chi gestisce l'ambito: `comune-capofila`, `unione-di-comuni`, `consorzio`,
    /// `societa-della-salute`, `azienda-consortile`, `distretto`.
    /// — Who runs the ambito.
    pub body: Option<Located<Choice<Body>>>,
    /// Comune capofila (id di un comune); una Società della Salute non ne ha.
    /// — Lead comune (a comune id); a Società della Salute has none.
    pub capofila: Option<Located<IdText>>,
    /// Membri dell'ambito oltre ai comuni, es. l'azienda sanitaria di una Società della Salute.
    /// — Members besides the comuni, e.g. the health authority of a Società della Salute.
    #[serde(default)]
    pub members: Vec<Attempt<MemberEntry>>,
    /// Data di riferimento delle popolazioni (AAAA-MM-GG).
    /// — Reference date of the populations (YYYY-MM-DD).
    pub population_date: Option<Located<DateText>>,
    /// I comuni dell'ambito. — The comuni of the ambito.
    pub comuni: Vec<Attempt<ComuneEntry>>,
}

/// Un membro dell'ambito che non è un comune. — A member that is not a comune.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct MemberEntry {
    /// Identificativo, es. `usl-toscana-nord-ovest`. — Id.
    pub id: Located<IdText>,
    /// Denominazione. — Name.
    pub name: String,
    /// `asl` (anche ATS, ASST), `provincia`, `altro`. — Kind of member.
    pub kind: Located<Choice<MemberKind>>,
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
    #[schemars(schema_with = "super::count_schema")]
    pub population: Located<u64>,
}
