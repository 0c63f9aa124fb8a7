//! Money moved by a rimodulazione: per intervention, area, allocation and year.

use foldhash::{HashMap, HashMapExt};
use std::hash::Hash;

use crate::model::{Cents, Id, Plan, Year};

/// Money before and after.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Delta {
    pub old: Cents,
    pub new: Cents,
}

impl Delta {
    /// New minus old: positive when money was added.
    pub fn change(&self) -> Cents {
        self.new - self.old
    }
}

/// The programmed money of both versions, grouped four ways. Each list holds only
/// the keys whose money changed; `total` is always there.
#[derive(Debug, Default)]
pub struct BudgetDeltas {
    pub by_intervention: Vec<(Id, Delta)>,
    pub by_area: Vec<(Id, Delta)>,
    pub by_fund: Vec<(Id, Delta)>,
    pub by_year: Vec<(Year, Delta)>,
    pub total: Delta,
}

/// One budget line reduced to what it is grouped by.
struct Line<'p> {
    intervention: &'p Id,
    area: &'p Id,
    fund: &'p Id,
    year: Year,
    amount: Cents,
}

pub fn budget(old: &Plan, new: &Plan) -> BudgetDeltas {
    let (before, after) = (lines(old), lines(new));
    BudgetDeltas {
        by_intervention: grouped(&before, &after, |l| l.intervention.clone()),
        by_area: grouped(&before, &after, |l| l.area.clone()),
        by_fund: grouped(&before, &after, |l| l.fund.clone()),
        by_year: grouped(&before, &after, |l| l.year),
        total: Delta {
            old: before.iter().map(|l| l.amount).sum(),
            new: after.iter().map(|l| l.amount).sum(),
        },
    }
}

fn lines(plan: &Plan) -> Vec<Line<'_>> {
    plan.interventions
        .iter()
        .flat_map(|i| {
            i.budget.iter().map(move |line| Line {
                intervention: &i.id.value,
                area: &i.area.value,
                fund: &line.fund.value,
                year: line.year.value,
                amount: line.amount.value,
            })
        })
        .collect()
}

/// Sums both versions by `key`: keys in the new version's order, then those only in the
/// old one; only the keys whose sum changed.
fn grouped<K: Eq + Hash + Clone>(
    before: &[Line],
    after: &[Line],
    key: impl Fn(&Line) -> K,
) -> Vec<(K, Delta)> {
    let mut groups: Vec<(K, Delta)> = Vec::new();
    let mut positions: HashMap<K, usize> = HashMap::new();
    let mut add = |line: &Line, new: bool| {
        let k = key(line);
        let index = *positions.entry(k.clone()).or_insert_with(|| {
            groups.push((k, Delta::default()));
            groups.len() - 1
        });
        let delta = &mut groups[index].1;
        if new {
            delta.new += line.amount;
        } else {
            delta.old += line.amount;
        }
    };
    after.iter().for_each(|l| add(l, true));
    before.iter().for_each(|l| add(l, false));
    groups.retain(|(_, delta)| delta.old != delta.new);
    groups
}
