//! Interventions, their budget lines and indicators.

use super::values::Lower;
use crate::findings::{Code, Finding};
use crate::i18n::Message;
use crate::model::{BudgetLine, Indicator, Intervention, Located, Reach, Year};
use crate::plan_file::{IndicatorEntry, InterventionEntry, ReachEntry};
use crate::yaml::Attempt;

/// An intervention, its texts moved from the entry read.
pub fn intervention(raw: InterventionEntry, lower: &mut Lower) -> Intervention {
    let id = lower.id(&raw.id);
    let budget = budget(&raw, lower);
    // A boxed slice is made at its size (collected in place, the entry's larger list
    // would be kept).
    let indicators: Vec<Indicator> = raw
        .indicators
        .into_iter()
        .filter_map(Attempt::into_option)
        .map(|i| indicator(i, lower))
        .collect();
    Intervention {
        span: id.span,
        name: raw.name,
        description: raw.description,
        area: lower.id(&raw.area),
        classes: super::classifications::classes(raw.classes.as_ref(), lower).into(),
        leps: raw.leps.iter().map(|l| lower.id(l)).collect(),
        targets: raw.targets.iter().filter_map(|t| lower.choice(t)).collect(),
        management: raw.management.as_ref().and_then(|m| lower.choice(m)),
        provider: raw.provider,
        comuni: reach(raw.comuni.as_ref(), lower),
        status: raw
            .status
            .as_ref()
            .and_then(|s| lower.choice(s))
            .map(|s| s.value),
        cup: raw.cup,
        budget: budget.into(),
        indicators: indicators.into(),
        id,
    }
}

fn reach(raw: Option<&Located<ReachEntry>>, lower: &mut Lower) -> Reach {
    match raw.map(|r| (&r.value, r.span)) {
        None | Some((ReachEntry::All, _)) => Reach::All,
        Some((ReachEntry::Some(ids), _)) => Reach::Some(ids.iter().map(|c| lower.id(c)).collect()),
        Some((ReachEntry::Other(word), span)) => {
            lower.report(
                Finding::new(
                    Code::Schema,
                    Message::new("schema-comuni-word").with("word", word.as_str()),
                    span,
                )
                .help(Message::new("schema-comuni-word-help")),
            );
            Reach::All
        }
    }
}

/// One line per year and allocation. A year written twice in different ways
/// (`2022` and `"2022"`) is reported; lines with an invalid year or amount are left out.
fn budget(raw: &InterventionEntry, lower: &mut Lower) -> Vec<BudgetLine> {
    let written = raw
        .budget
        .value
        .0
        .iter()
        .map(|(_, funds)| funds.0.len())
        .sum();
    let mut lines = Vec::with_capacity(written);
    let mut years: Vec<Located<Year>> = Vec::new();
    for (raw_year, funds) in &raw.budget.value.0 {
        let Some(year) = lower.year(raw_year) else {
            continue;
        };
        if let Some(first) = years.iter().find(|y| y.value == year.value) {
            lower.report(
                Finding::new(
                    Code::Schema,
                    Message::new("schema-duplicate-key").with("key", year.value.to_string()),
                    year.span,
                )
                .also(first.span, Some(Message::new("label-first-here"))),
            );
            continue;
        }
        years.push(year.clone());
        for (fund, amount) in &funds.0 {
            let fund = lower.id(fund);
            if let Some(amount) = lower.amount(amount) {
                lines.push(BudgetLine {
                    year: year.clone(),
                    fund,
                    amount,
                });
            }
        }
    }
    lines
}

fn indicator(raw: IndicatorEntry, lower: &mut Lower) -> Indicator {
    Indicator {
        name: raw.name,
        unit: raw.unit,
        baseline: raw
            .baseline
            .as_ref()
            .and_then(|v| lower.number(v))
            .map(|v| v.value),
        target: raw
            .target
            .as_ref()
            .and_then(|v| lower.number(v))
            .map(|v| v.value),
    }
}
