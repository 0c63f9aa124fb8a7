//! `funds:`: allocations of a programme for one annualità.

use schemars::JsonSchema;
use serde::Deserialize;

use super::catalogue_sections::EarmarkEntry;
use super::scalars::{AmountText, Choice, DateText, Entries, IdText, YearText};
use crate::model::{Located, Split};

/// Un'assegnazione di fondi (programma + annualità).
/// — A fund allocation (programme + annualità).
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct FundEntry {
    /// Identificativo, es. `fnps-2021`. — Id.
    pub id: Located<IdText>,
    /// Programma: uno predefinito (es. `fnps`) o dichiarato in `programmes`.
    /// — Programme: a built-in one or one declared in `programmes`.
    pub programme: Located<IdText>,
    /// Denominazione da mostrare nei report. — Name shown in reports.
    pub name: Option<String>,
    /// Annualità del fondo (può differire dall'anno del piano in cui si spende).
    /// — The fund's year (may differ from the plan year it is spent in).
    pub annualita: Option<Located<YearText>>,
    /// Importo disponibile: tetto di tutte le righe di bilancio su questa assegnazione.
    /// — Available amount: ceiling of all budget lines on this allocation.
    pub amount: Located<AmountText>,
    /// Tetti per anno del piano. — Ceilings per plan year.
    pub per_year: Option<Entries<Located<YearText>, Located<AmountText>>>,
    /// Termine di spesa (AAAA-MM-GG). — Spending deadline (YYYY-MM-DD).
    pub spend_by: Option<Located<DateText>>,
    /// Atto di riferimento, es. "DGR Puglia n. 353/2022". — Reference act.
    pub reference: Option<String>,
    /// Di chi sono le risorse: un membro (es. l'ASL) o un comune; se manca, l'ASL per i
    /// fondi sanitari quando è l'unica, i comuni per popolazione se `split: population`.
    /// — Whose money it is: a member (e.g. the ASL) or a comune.
    pub holder: Option<Located<IdText>>,
    /// Ripartizione tra i comuni: `population`. — Split among the comuni.
    pub split: Option<Located<Choice<Split>>>,
    /// Quote vincolate che sostituiscono quelle del programma.
    /// — Earmarks replacing the programme's own.
    pub earmarks: Option<Vec<EarmarkEntry>>,
}
