//! The plan file format (v1): what one YAML file of a plan may contain.
//!
//! These types are the single definition of the format: the loader decodes each
//! section and entry into them (the top level as [`crate::load::file_sections`], whose
//! keys a test holds equal to [`PlanFile`]'s) and the JSON Schema is generated from them. They keep
//! amounts, years, ids and words as written; [`crate::load`] validates them
//! into the domain [`crate::model`].

mod actuals_section;
mod ambito_section;
mod catalogue_sections;
mod classifications_section;
mod funds_section;
mod interventions_section;
mod other_sections;
mod plan_section;
mod scalars;

use schemars::JsonSchema;

pub use actuals_section::ActualEntry;
pub use ambito_section::{AmbitoSection, ComuneEntry, MemberEntry};
pub use catalogue_sections::{AreaEntry, EarmarkEntry, LepsEntry, ProgrammeEntry, ScopeEntry};
pub use classifications_section::{ClassCodeEntry, ClassificationEntry};
pub use funds_section::FundEntry;
pub use interventions_section::{BudgetEntries, ClassEntries, IndicatorEntry, InterventionEntry};
pub use other_sections::{ChecksSection, NeedEntry, StaffEntry};
pub use plan_section::{ApprovalEntry, PeriodEntry, PlanSection};
pub use scalars::{
    AmountText, Choice, CodeText, DateText, Entries, IdText, KeyPattern, NumberText, ReachEntry,
    YearText,
};

use crate::model::Located;
use crate::yaml::Attempt;

/// Un file di un Piano sociale di zona (formato pdz 1). Tutte le sezioni sono
/// facoltative; le sezioni di più file si uniscono.
/// — One file of a Piano sociale di zona (pdz format 1). Every section is
/// optional; the sections of several files merge.
//
// (The doc comment is the schema's description.) The loader reads a file's top level with
// `crate::load::file_sections`, which keeps these keys (tested) and lowers the long lists as
// they are read; every entry type is decoded as it is defined here.
#[derive(Debug, Default, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct PlanFile {
    /// Versione del formato: `1`. Richiesta in esattamente un file del piano.
    /// — Format version: `1`. Required in exactly one file of the plan.
    #[serde(default)]
    #[schemars(schema_with = "format_version_schema")]
    pub pdz: Option<Located<u64>>,
    /// Titolo, periodo e approvazioni. — Title, period and approvals.
    pub plan: Option<Located<Attempt<PlanSection>>>,
    /// L'ambito e i suoi comuni. — The ambito and its comuni.
    pub ambito: Option<Located<Attempt<AmbitoSection>>>,
    /// Aree strategiche, nell'ordine di presentazione. — Strategic areas, in display order.
    #[serde(default)]
    pub areas: Vec<Attempt<AreaEntry>>,
    /// Altri assi di classificazione degli interventi, con i loro codici.
    /// — Other classification axes of the interventions, with their codes.
    #[serde(default)]
    pub classifications: Vec<Attempt<ClassificationEntry>>,
    /// LEPS locali o modifiche a quelli nazionali. — Local LEPS or changes to national ones.
    #[serde(default)]
    pub leps: Vec<Attempt<LepsEntry>>,
    /// Programmi di finanziamento locali. — Local fund programmes.
    #[serde(default)]
    pub programmes: Vec<Attempt<ProgrammeEntry>>,
    /// Assegnazioni di fondi. — Fund allocations.
    #[serde(default)]
    pub funds: Vec<Attempt<FundEntry>>,
    /// Interventi. — Interventions.
    #[serde(default)]
    pub interventions: Vec<Attempt<InterventionEntry>>,
    /// Personale, per il rapporto assistenti sociali/residenti. — Staff.
    pub staff: Option<Located<Vec<Attempt<StaffEntry>>>>,
    /// Quadro conoscitivo dei bisogni. — Measured needs.
    #[serde(default)]
    pub needs: Vec<Attempt<NeedEntry>>,
    /// Monitoraggio: impegnato e liquidato per riga di bilancio. — Monitoring: committed and
    /// paid per budget line.
    #[serde(default)]
    pub actuals: Vec<Attempt<ActualEntry>>,
    /// Livello dei controlli (`off`, `info`, `warning`, `error`). — Level of checks.
    pub checks: Option<ChecksSection>,
}

/// The only format version: `pdz: 1`.
fn format_version_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
    schemars::json_schema!({ "const": 1 })
}

/// A count of people: a whole number, without the `uint64` format schemars would add
/// (not a JSON Schema format: ajv refuses the schema).
fn count_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
    schemars::json_schema!({ "type": "integer", "minimum": 0 })
}

/// The schema's `$id`: a name, not an address (the schema is printed by `pdz schema`).
pub const SCHEMA_ID: &str = "urn:pdz:schema:plan-file:1";

/// The JSON Schema (draft 2020-12) of one plan file, from these types.
pub fn json_schema() -> schemars::Schema {
    let mut schema = schemars::schema_for!(PlanFile);
    schema.insert("$id".into(), SCHEMA_ID.into());
    schema.insert(
        "title".into(),
        "File di un Piano sociale di zona (pdz, formato 1) — Plan file of a Piano sociale di zona (pdz format 1)".into(),
    );
    schema
}

/// Text as a double-quoted YAML scalar, for files pdz writes: every character YAML
/// does not allow raw in a stream (C0 and C1 controls, DEL, U+FFFE, U+FFFF), and every
/// one that a YAML 1.1 reader takes for a line break or a byte-order mark, is escaped,
/// so that any text read back is the text written.
pub fn yaml_quoted(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            '\r' => out.push_str("\\r"),
            ' '..='~' => out.push(c),
            c if (c as u32) < 0x100 && !('\u{A0}'..='\u{FF}').contains(&c) => {
                out.push_str(&format!("\\x{:02X}", c as u32));
            }
            '\u{2028}' | '\u{2029}' | '\u{FEFF}' | '\u{FFFE}' | '\u{FFFF}' => {
                out.push_str(&format!("\\u{:04X}", c as u32));
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}
