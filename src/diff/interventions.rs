//! Interventions added, removed, and changed field by field.

use foldhash::{HashMap, HashMapExt};

use crate::model::{Id, Intervention, Management, Plan, Reach, Status, Vocabulary};

/// Interventions of the new version that the old one did not have, and the reverse,
/// and those in both whose description changed.
#[derive(Debug, Default)]
pub struct InterventionChanges<'a> {
    /// In the new version only, in its order.
    pub added: Vec<&'a Intervention>,
    /// In the old version only, in its order.
    pub removed: Vec<&'a Intervention>,
    /// In both, with what changed (money aside: see the budget deltas).
    pub changed: Vec<(&'a Intervention, Vec<FieldChange>)>,
}

impl InterventionChanges<'_> {
    pub fn is_empty(&self) -> bool {
        self.added.is_empty() && self.removed.is_empty() && self.changed.is_empty()
    }
}

/// A field of an intervention whose value changed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FieldChange {
    pub field: Field,
    pub old: FieldValue,
    pub new: FieldValue,
}

/// The fields compared, in the order they are shown.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Field {
    Name,
    Area,
    Leps,
    Targets,
    Management,
    Provider,
    Comuni,
    Status,
    Cup,
    Description,
    Indicators,
}

/// A field's value, typed so that a report can name it in its language.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FieldValue {
    Text(Option<String>),
    /// Ids or words, in the order written.
    List(Vec<String>),
    Management(Option<Management>),
    Status(Option<Status>),
    /// `None`: every comune.
    Comuni(Option<Vec<String>>),
}

pub fn interventions<'a>(old: &'a Plan, new: &'a Plan) -> InterventionChanges<'a> {
    // By id, the first of each (a second one is a `duplicate-id` error).
    let by_id = |plan: &'a Plan| {
        let mut index: HashMap<&'a Id, &'a Intervention> = HashMap::new();
        for intervention in &plan.interventions {
            index.entry(&intervention.id.value).or_insert(intervention);
        }
        index
    };
    let (old_ids, new_ids) = (by_id(old), by_id(new));
    let mut changes = InterventionChanges::default();
    for intervention in &new.interventions {
        match old_ids.get(&intervention.id.value) {
            None => changes.added.push(intervention),
            Some(before) => {
                let fields = fields(before, intervention);
                if !fields.is_empty() {
                    changes.changed.push((intervention, fields));
                }
            }
        }
    }
    changes.removed = old
        .interventions
        .iter()
        .filter(|i| !new_ids.contains_key(&i.id.value))
        .collect();
    changes
}

/// The fields that differ, in display order.
fn fields(old: &Intervention, new: &Intervention) -> Vec<FieldChange> {
    [
        Field::Name,
        Field::Area,
        Field::Leps,
        Field::Targets,
        Field::Management,
        Field::Provider,
        Field::Comuni,
        Field::Status,
        Field::Cup,
        Field::Description,
        Field::Indicators,
    ]
    .into_iter()
    .filter_map(|field| {
        let (before, after) = (value(old, field), value(new, field));
        (before != after).then_some(FieldChange {
            field,
            old: before,
            new: after,
        })
    })
    .collect()
}

fn value(intervention: &Intervention, field: Field) -> FieldValue {
    match field {
        Field::Name => FieldValue::Text(Some(intervention.name.value.clone())),
        Field::Area => FieldValue::Text(Some(intervention.area.value.to_string())),
        Field::Leps => FieldValue::List(
            intervention
                .leps
                .iter()
                .map(|l| l.value.to_string())
                .collect(),
        ),
        Field::Targets => FieldValue::List(
            intervention
                .targets
                .iter()
                .map(|t| t.value.word().to_string())
                .collect(),
        ),
        Field::Management => {
            FieldValue::Management(intervention.management.as_ref().map(|m| m.value))
        }
        Field::Provider => FieldValue::Text(intervention.provider.clone()),
        Field::Comuni => FieldValue::Comuni(match &intervention.comuni {
            Reach::All => None,
            Reach::Some(ids) => Some(ids.iter().map(|c| c.value.to_string()).collect()),
        }),
        Field::Status => FieldValue::Status(intervention.status),
        Field::Cup => FieldValue::Text(intervention.cup.as_ref().map(|c| c.value.clone())),
        Field::Description => FieldValue::Text(intervention.description.clone()),
        Field::Indicators => FieldValue::List(
            intervention
                .indicators
                .iter()
                .map(|i| {
                    let figure = |v: Option<crate::model::Hundredths>| {
                        v.map_or_else(|| "-".to_string(), |v| v.to_string())
                    };
                    format!("{} {} → {}", i.name, figure(i.baseline), figure(i.target))
                })
                .collect(),
        ),
    }
}
