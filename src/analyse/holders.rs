//! Whose money the plan spends: each health authority, each comune, and the
//! other funders, as a Toscana *budget integrato* shows it. The amounts add up
//! to the lines given, to the cent.

use std::collections::BTreeMap;

use super::split::largest_remainder;
use crate::model::{BudgetLine, Cents, FundKind, MemberKind, Plan, Split};

/// Who holds an amount of the plan.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Holder {
    /// A member of the ambito (by its index in `ambito.members`), e.g. the ASL.
    Member(usize),
    /// A comune (by its index in `ambito.comuni`).
    Comune(usize),
    /// Health money when the plan names no single health authority.
    HealthBodies,
    /// Municipal money not split among the comuni nor given a holder.
    ComuniTogether,
    /// Every other fund, by its kind (State, Region, EU, users...).
    Funder(FundKind),
}

/// The money of `lines` per holder, in that order: members, comuni, then the rest.
pub fn by_holder<'p>(
    plan: &Plan,
    lines: impl Iterator<Item = &'p BudgetLine>,
) -> Vec<(Holder, Cents)> {
    let mut per_fund: BTreeMap<&str, Cents> = BTreeMap::new();
    for line in lines {
        *per_fund.entry(line.fund.value.as_str()).or_default() += line.amount.value;
    }
    let mut holders: BTreeMap<Holder, Cents> = BTreeMap::new();
    for fund in &plan.funds {
        let Some(&money) = per_fund.get(fund.id.value.as_str()) else {
            continue;
        };
        for (holder, share) in shares(plan, fund, money) {
            *holders.entry(holder).or_default() += share;
        }
    }
    holders.into_iter().filter(|(_, m)| !m.is_zero()).collect()
}

/// One allocation's money, given to its holder or shared among its holders.
fn shares(plan: &Plan, fund: &crate::model::Fund, money: Cents) -> Vec<(Holder, Cents)> {
    let ambito = &plan.ambito;
    if let Some(holder) = &fund.holder {
        if let Some(i) = ambito
            .members
            .iter()
            .position(|m| m.id.value == holder.value)
        {
            return vec![(Holder::Member(i), money)];
        }
        if let Some(i) = ambito
            .comuni
            .iter()
            .position(|c| c.id.value == holder.value)
        {
            return vec![(Holder::Comune(i), money)];
        }
    }
    let kind = plan
        .programme(&fund.programme.value)
        .map_or(FundKind::Regional, |p| p.kind);
    match kind {
        FundKind::Health => {
            let health: Vec<usize> = ambito
                .members
                .iter()
                .enumerate()
                .filter(|(_, m)| m.kind == MemberKind::Asl)
                .map(|(i, _)| i)
                .collect();
            match health.as_slice() {
                [only] => vec![(Holder::Member(*only), money)],
                _ => vec![(Holder::HealthBodies, money)],
            }
        }
        FundKind::Municipal if fund.split == Some(Split::Population) => {
            let populations: Vec<u64> = ambito.comuni.iter().map(|c| c.population.value).collect();
            largest_remainder(money, &populations)
                .into_iter()
                .enumerate()
                .map(|(i, share)| (Holder::Comune(i), share))
                .collect()
        }
        FundKind::Municipal => vec![(Holder::ComuniTogether, money)],
        other => vec![(Holder::Funder(other), money)],
    }
}
