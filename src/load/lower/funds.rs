//! Fund allocations.

use super::catalogue::earmarks;
use super::values::Lower;
use crate::model::Fund;
use crate::plan_file::FundEntry;

/// An allocation; `None` when its amount is invalid (the id stays known).
pub fn fund(raw: &FundEntry, lower: &mut Lower) -> Option<Fund> {
    let id = lower.id(&raw.id);
    let programme = lower.id(&raw.programme);
    let annualita = raw.annualita.as_ref().and_then(|y| lower.year(y));
    let per_year = raw
        .per_year
        .iter()
        .flat_map(|entries| entries.0.iter())
        .filter_map(|(year, amount)| Some((lower.year(year)?, lower.amount(amount)?)))
        .collect();
    let spend_by = raw.spend_by.as_ref().and_then(|d| lower.date(d));
    let split = raw
        .split
        .as_ref()
        .and_then(|s| lower.choice(s))
        .map(|s| s.value);
    let earmarks = raw.earmarks.as_ref().map(|e| earmarks(e, lower));
    let Some(amount) = lower.amount(&raw.amount) else {
        lower.unreadable_ids.insert(id.value.to_string());
        return None;
    };
    Some(Fund {
        span: id.span,
        id,
        programme,
        name: raw.name.clone(),
        annualita,
        amount,
        per_year,
        spend_by,
        reference: raw.reference.clone(),
        holder: raw.holder.as_ref().map(|h| lower.id(h)),
        split,
        earmarks,
    })
}
