//! What a request for a report names (a year, an area, an axis, a comune), checked
//! against the plan: the command line and the web view ask the same questions.

use super::Scope;
use crate::i18n::Message;
use crate::load::did_you_mean;
use crate::model::{AREA_AXIS, Comune, Id, Plan, Year};

/// The `year` and `area` filters, checked against the plan's period and areas.
pub fn scope(plan: &Plan, year: Option<u16>, area: Option<&str>) -> Result<Scope, Message> {
    let year = match year {
        None => None,
        Some(year) if plan.period.contains(Year::new(year)) => Some(Year::new(year)),
        Some(year) => {
            return Err(Message::new("report-bad-year")
                .with("year", year.to_string())
                .with("from", plan.period.from.value)
                .with("to", plan.period.to.value));
        }
    };
    let area = match area {
        None => None,
        Some(text) => {
            let known: Vec<&str> = plan.areas.iter().map(|a| a.id.value.as_str()).collect();
            if !known.contains(&text) {
                return Err(Message::new("report-bad-area")
                    .with("area", text)
                    .with("help", did_you_mean(text, &known)));
            }
            Some(Id::unchecked(text))
        }
    };
    Ok(Scope { year, area })
}

/// The axis a budget is shown by: `area` or one of the plan's classifications.
pub fn axis(plan: &Plan, by: Option<&str>) -> Result<Option<Id>, Message> {
    let Some(text) = by else {
        return Ok(None);
    };
    let mut known = vec![AREA_AXIS];
    known.extend(plan.classifications.iter().map(|c| c.id.value.as_str()));
    if !known.contains(&text) {
        return Err(Message::new("report-bad-axis")
            .with("axis", text)
            .with("help", did_you_mean(text, &known)));
    }
    Ok(Some(Id::unchecked(text)))
}

/// The comune a council document is for, by id (`all`: none, the whole ambito).
pub fn recipient<'p>(plan: &'p Plan, which: &str) -> Result<Option<&'p Comune>, Message> {
    if which == "all" {
        return Ok(None);
    }
    let comuni = &plan.ambito.comuni;
    match comuni.iter().find(|c| c.id.value.as_str() == which) {
        Some(comune) => Ok(Some(comune)),
        None => {
            let mut known: Vec<&str> = comuni.iter().map(|c| c.id.value.as_str()).collect();
            known.push("all");
            Err(Message::new("report-unknown-comune")
                .with("comune", which)
                .with("help", did_you_mean(which, &known)))
        }
    }
}
