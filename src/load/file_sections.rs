//! One plan file, decoded: its sections as written, except the two lists that grow with
//! the plan (interventions and monitoring entries), which are lowered into the model as
//! they are read. A large plan is thus never held twice, as written and as the model.

use serde::Deserialize;
use serde::de::{DeserializeSeed, Deserializer, MapAccess, SeqAccess, Visitor};

use super::lower::{self, Lower};
use crate::model::{Actual, FileId, Intervention, Located};
use crate::plan_file::{
    ActualEntry, AmbitoSection, AreaEntry, ChecksSection, ClassificationEntry, FundEntry,
    InterventionEntry, LepsEntry, NeedEntry, PlanSection, ProgrammeEntry, StaffEntry,
};
use crate::yaml::{self, Attempt, Decoded, ParseProblem};

/// What one file of a plan holds: the fields of [`crate::plan_file::PlanFile`], with its
/// interventions and actuals already lowered.
#[derive(Debug, Default)]
pub struct FileSections {
    pub pdz: Option<Located<u64>>,
    pub plan: Option<Located<Attempt<PlanSection>>>,
    pub ambito: Option<Located<Attempt<AmbitoSection>>>,
    pub areas: Vec<Attempt<AreaEntry>>,
    pub classifications: Vec<Attempt<ClassificationEntry>>,
    pub leps: Vec<Attempt<LepsEntry>>,
    pub programmes: Vec<Attempt<ProgrammeEntry>>,
    pub funds: Vec<Attempt<FundEntry>>,
    pub interventions: Vec<Intervention>,
    pub staff: Option<Located<Vec<Attempt<StaffEntry>>>>,
    pub needs: Vec<Attempt<NeedEntry>>,
    pub actuals: Vec<Actual>,
    pub checks: Option<ChecksSection>,
}

/// The top-level keys of a plan file, as [`crate::plan_file::PlanFile`] defines them for
/// the JSON Schema (a test keeps the two the same).
pub const FIELDS: &[&str] = &[
    "pdz",
    "plan",
    "ambito",
    "areas",
    "classifications",
    "leps",
    "programmes",
    "funds",
    "interventions",
    "staff",
    "needs",
    "actuals",
    "checks",
];

#[derive(Deserialize)]
#[serde(field_identifier, rename_all = "lowercase")]
enum Field {
    Pdz,
    Plan,
    Ambito,
    Areas,
    Classifications,
    Leps,
    Programmes,
    Funds,
    Interventions,
    Staff,
    Needs,
    Actuals,
    Checks,
}

/// Decodes the file `text`. Its lowering findings go to `lower` only when the whole file
/// could be read: a file that could not is left out of the plan, findings and all.
pub fn decode(
    text: &str,
    file: FileId,
    lower: &mut Lower,
) -> Result<Decoded<FileSections>, ParseProblem> {
    let mut own = lower.for_file();
    let decoded = yaml::decode(text, file, FileSeed { lower: &mut own });
    match &decoded {
        Ok(decoded) if decoded.value.is_some() => lower.absorb(own),
        _ => lower.discard(own),
    }
    decoded
}

/// Decodes a file's sections, lowering entries with `lower`.
struct FileSeed<'l> {
    lower: &'l mut Lower,
}

impl<'de> DeserializeSeed<'de> for FileSeed<'_> {
    type Value = FileSections;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<FileSections, D::Error> {
        deserializer.deserialize_struct("PlanFile", FIELDS, self)
    }
}

impl<'de> Visitor<'de> for FileSeed<'_> {
    type Value = FileSections;

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("a plan file")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<FileSections, A::Error> {
        let mut file = FileSections::default();
        while let Some(field) = map.next_key::<Field>()? {
            match field {
                Field::Pdz => file.pdz = map.next_value()?,
                Field::Plan => file.plan = map.next_value()?,
                Field::Ambito => file.ambito = map.next_value()?,
                Field::Areas => file.areas = map.next_value()?,
                Field::Classifications => file.classifications = map.next_value()?,
                Field::Leps => file.leps = map.next_value()?,
                Field::Programmes => file.programmes = map.next_value()?,
                Field::Funds => file.funds = map.next_value()?,
                Field::Interventions => map.next_value_seed(Lowering {
                    lower: &mut *self.lower,
                    into: &mut file.interventions,
                    entry: |raw: InterventionEntry, lower| Some(lower::intervention(raw, lower)),
                })?,
                Field::Staff => file.staff = map.next_value()?,
                Field::Needs => file.needs = map.next_value()?,
                Field::Actuals => map.next_value_seed(Lowering {
                    lower: &mut *self.lower,
                    into: &mut file.actuals,
                    entry: |raw: ActualEntry, lower| lower::actual(&raw, lower),
                })?,
                Field::Checks => file.checks = map.next_value()?,
            }
        }
        Ok(file)
    }
}

/// A list whose entries are lowered one by one as they are read, each dropped once lowered.
struct Lowering<'l, R, M> {
    lower: &'l mut Lower,
    into: &'l mut Vec<M>,
    entry: fn(R, &mut Lower) -> Option<M>,
}

impl<'de, R: Deserialize<'de>, M> DeserializeSeed<'de> for Lowering<'_, R, M> {
    type Value = ();

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<(), D::Error> {
        deserializer.deserialize_seq(self)
    }
}

impl<'de, R: Deserialize<'de>, M> Visitor<'de> for Lowering<'_, R, M> {
    type Value = ();

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("a list")
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
        while let Some(entry) = seq.next_element::<Attempt<R>>()? {
            if let Attempt::Read(raw) = entry {
                self.into.extend((self.entry)(raw, self.lower));
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_fields_are_those_of_the_schema() {
        let schema = crate::plan_file::json_schema();
        let properties = schema
            .get("properties")
            .and_then(|p| p.as_object())
            .expect("the schema lists the top-level keys");
        let schema_fields: Vec<&str> = properties.keys().map(String::as_str).collect();
        assert_eq!(schema_fields, FIELDS);
    }

    const INTERVENTION: &str = "interventions:\n  - id: a\n    name: A\n    area: x\n    budget: { 2024: { f: 12.345 } }\n";

    #[test]
    fn entries_are_lowered_as_they_are_read() {
        let mut lower = Lower::default();
        let decoded = decode(INTERVENTION, FileId(0), &mut lower).unwrap();
        let file = decoded.value.unwrap();
        assert_eq!(file.interventions.len(), 1);
        assert_eq!(file.interventions[0].id.value.as_str(), "a");
        // The amount with three decimals is reported by the lowering.
        let codes: Vec<_> = lower.findings.iter().map(|f| f.code).collect();
        assert_eq!(codes, [crate::findings::Code::AmountInvalid]);
    }

    #[test]
    fn every_field_is_read() {
        use serde::de::IntoDeserializer;
        use serde::de::value::Error;
        for name in FIELDS {
            let field: Result<Field, Error> = Field::deserialize(name.into_deserializer());
            assert!(
                field.is_ok(),
                "`{name}` is a field the decoder does not read"
            );
        }
    }

    #[test]
    fn a_file_that_cannot_be_read_leaves_nothing_behind() {
        let text = format!("{INTERVENTION}checks: 5\n");
        let mut lower = Lower::default();
        let decoded = decode(&text, FileId(0), &mut lower).unwrap();
        assert!(decoded.value.is_none());
        assert_eq!(decoded.problems.len(), 1);
        assert!(lower.findings.is_empty());
    }
}
