//! Fund allocations added, removed or re-sized.

use super::budget::Delta;
use crate::model::{Cents, Id, Plan};

/// An allocation whose amount changed; `None` on the side where it does not exist.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AllocationChange {
    pub id: Id,
    /// Its name in reports (the new version's when it has one).
    pub label: String,
    pub old: Option<Cents>,
    pub new: Option<Cents>,
}

impl AllocationChange {
    /// The amounts, zero where the allocation does not exist.
    pub fn delta(&self) -> Delta {
        Delta {
            old: self.old.unwrap_or(Cents::ZERO),
            new: self.new.unwrap_or(Cents::ZERO),
        }
    }
}

pub fn allocations(old: &Plan, new: &Plan) -> Vec<AllocationChange> {
    let label = |plan: &Plan, id: &Id| {
        plan.fund(id)
            .and_then(|f| f.name.clone())
            .unwrap_or_else(|| id.to_string())
    };
    let mut changes: Vec<AllocationChange> = new
        .funds
        .iter()
        .filter_map(|fund| {
            let before = old.fund(&fund.id.value).map(|f| f.amount.value);
            (before != Some(fund.amount.value)).then(|| AllocationChange {
                id: fund.id.value.clone(),
                label: label(new, &fund.id.value),
                old: before,
                new: Some(fund.amount.value),
            })
        })
        .collect();
    changes.extend(
        old.funds
            .iter()
            .filter(|fund| new.fund(&fund.id.value).is_none())
            .map(|fund| AllocationChange {
                id: fund.id.value.clone(),
                label: label(old, &fund.id.value),
                old: Some(fund.amount.value),
                new: None,
            }),
    );
    changes
}
