//! `staff:`, `needs:` and `checks:`.

use schemars::JsonSchema;
use serde::Deserialize;

use super::scalars::{Choice, Entries, IdText, NumberText, YearText};
use crate::findings::Level;
use crate::model::{Contract, Located};

/// Personale dell'ambito, per il rapporto assistenti sociali/residenti.
/// — Staff of the ambito, for the social-worker ratio.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct StaffEntry {
    /// Profilo, es. `assistente-sociale`, `educatore`. — Role.
    pub role: Located<IdText>,
    /// Unità equivalenti a tempo pieno. — Full-time equivalents.
    pub fte: Located<NumberText>,
    /// Contratto: `permanent` (tempo indeterminato), `fixed-term`, `external`.
    /// — Contract.
    pub contract: Option<Located<Choice<Contract>>>,
    /// Note. — Notes.
    pub notes: Option<String>,
}

/// Un bisogno del territorio (quadro conoscitivo).
/// — A need of the territory (quadro conoscitivo).
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct NeedEntry {
    /// Identificativo. — Id.
    pub id: Located<IdText>,
    /// Area strategica (id). — Strategic area (id).
    pub area: Located<IdText>,
    /// Descrizione del bisogno. — What is measured.
    pub name: String,
    /// Valore rilevato. — Measured value.
    pub value: Option<Located<NumberText>>,
    /// Unità di misura. — Unit.
    pub unit: Option<String>,
    /// Anno della rilevazione. — Year of the measure.
    pub year: Option<Located<YearText>>,
    /// Fonte del dato. — Source of the figure.
    pub source: Option<String>,
}

/// Livello per controllo: `off`, `info`, `warning`, `error`.
/// — Level per check.
pub type ChecksSection = Entries<Located<IdText>, Located<Choice<Level>>>;
