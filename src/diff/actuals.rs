//! Monitoring figures that went down between versions: since the monitoring at
//! 31/12/2024 the Ministry's platform accepts a cumulative committed or paid figure
//! lower than the one already declared only as a declared *disimpegno* or
//! *errore materiale*, so each decrease needs its reason.

use foldhash::{HashMap, HashMapExt};

use crate::model::{Actual, Cents, Decrease, Id, Plan, Year};
use crate::source::SourceMap;

/// A budget line whose committed or paid money is lower in the new version.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ActualDecrease {
    pub intervention: Id,
    pub year: Year,
    pub fund: Id,
    pub committed: (Cents, Cents),
    pub paid: (Cents, Cents),
    /// The reason the new version declares (*disimpegno*, *errore materiale*), if any.
    pub reason: Option<Decrease>,
    /// `file:line:column` of the entry in the new version.
    pub place: String,
}

pub fn decreases(old: &Plan, new: &Plan, new_sources: &SourceMap) -> Vec<ActualDecrease> {
    // The old entries by line, the first of each (a second one is a `duplicate-id` error).
    let mut old_entries: HashMap<(&Id, Year, &Id), &Actual> = HashMap::new();
    for actual in &old.actuals {
        old_entries
            .entry((
                &actual.intervention.value,
                actual.year.value,
                &actual.fund.value,
            ))
            .or_insert(actual);
    }
    new.actuals
        .iter()
        .filter_map(|after| {
            let before = old_entries.get(&(
                &after.intervention.value,
                after.year.value,
                &after.fund.value,
            ))?;
            // Only figures known in both versions can go down.
            let pair = |a: Option<Cents>, b: Option<Cents>| a.zip(b);
            let committed = pair(before.committed.known(), after.committed.known());
            let paid = pair(before.paid_amount(), after.paid_amount());
            let down = |p: Option<(Cents, Cents)>| p.is_some_and(|(a, b)| b < a);
            (down(committed) || down(paid)).then(|| ActualDecrease {
                intervention: after.intervention.value.clone(),
                year: after.year.value,
                fund: after.fund.value.clone(),
                committed: committed.unwrap_or_default(),
                paid: paid.unwrap_or_default(),
                reason: after.decrease,
                place: new_sources.place(after.span),
            })
        })
        .collect()
}
