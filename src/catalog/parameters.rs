//! The catalogue parameters a check uses, each with its legal source, for
//! `pdz explain CODE`: earmarks, scopes, deadlines and caps of the built-in
//! programmes, the national LEPS and their years, the staffing ratios.

use super::Builtin;
use crate::analyse::staffing::{
    CONTRIBUTION_START_RESIDENTS, FIRST_BAND, LEP_RESIDENTS, OBJECTIVE_RESIDENTS, SECOND_BAND,
};
use crate::findings::Code;
use crate::i18n::{Arg, Message};
use crate::model::{Binds, Programme, Vocabulary, Year};

/// One parameter: what it applies to, the rule, and where the rule comes from.
#[derive(Clone, Debug)]
pub struct Parameter {
    /// The programme or LEPS, as `id — name`.
    pub subject: String,
    pub rule: Message,
    pub source: Option<String>,
    pub url: Option<String>,
}

/// The parameters of `code` in the built-in catalogue, in catalogue order.
pub fn parameters(code: Code, builtin: &Builtin) -> Vec<Parameter> {
    let programmes = builtin.programmes.iter();
    match code {
        Code::FundEarmark => programmes.flat_map(earmarks).collect(),
        Code::FundScope => programmes.filter_map(scope).collect(),
        Code::FundDeadline => programmes
            .filter_map(|p| {
                let spend_by = p.rules.spend_by.as_ref()?;
                Some(Parameter {
                    subject: subject(p),
                    rule: Message::new("parameter-spend-by")
                        .with("date", Arg::Date(spend_by.value)),
                    source: spend_by.source.clone(),
                    url: p.url.clone(),
                })
            })
            .collect(),
        Code::PnrrCap => programmes
            .filter_map(|p| {
                let cap = p.rules.cap.as_ref()?;
                Some(Parameter {
                    subject: subject(p),
                    rule: Message::new("parameter-cap").with("cap", cap.value),
                    source: cap.source.clone(),
                    url: p.url.clone(),
                })
            })
            .collect(),
        Code::PnrrMissingCup => programmes
            .filter(|p| p.rules.requires_cup)
            .map(|p| Parameter {
                subject: subject(p),
                rule: Message::new("parameter-cup"),
                source: p.source.clone(),
                url: p.url.clone(),
            })
            .collect(),
        Code::LepsNotCovered => builtin
            .leps
            .iter()
            .map(|leps| {
                let required = if leps.required {
                    "parameter-leps-required"
                } else {
                    "parameter-leps-optional"
                };
                let years = years(leps.from, leps.until);
                Parameter {
                    subject: format!("{} — {}", leps.id, leps.name),
                    rule: Message::new(required)
                        .with("years", years)
                        .with("reason", leps.reason.clone().unwrap_or_default()),
                    source: leps.source.clone(),
                    url: leps.url.clone(),
                }
            })
            .collect(),
        Code::StaffingRatio => vec![Parameter {
            subject: "servizio-sociale-professionale".into(),
            rule: Message::new("parameter-staffing")
                .with("lep", LEP_RESIDENTS)
                .with("objective", OBJECTIVE_RESIDENTS)
                .with("start", CONTRIBUTION_START_RESIDENTS)
                .with("first", FIRST_BAND)
                .with("second", SECOND_BAND),
            source: builtin
                .leps
                .iter()
                .find(|l| l.id.as_str() == "servizio-sociale-professionale")
                .and_then(|l| l.source.clone()),
            url: builtin
                .leps
                .iter()
                .find(|l| l.id.as_str() == "servizio-sociale-professionale")
                .and_then(|l| l.url.clone()),
        }],
        _ => Vec::new(),
    }
}

/// "in force from 2022", "from 2019 to 2019"...
fn years(from: Option<Year>, until: Option<Year>) -> Message {
    match (from, until) {
        (Some(from), Some(until)) if from == until => {
            Message::new("parameter-years-one").with("year", from)
        }
        (Some(from), Some(until)) => Message::new("parameter-years-between")
            .with("from", from)
            .with("until", until),
        (Some(from), None) => Message::new("parameter-years-from").with("from", from),
        (None, Some(until)) => Message::new("parameter-years-until").with("until", until),
        (None, None) => Message::new("parameter-years-always"),
    }
}

/// "per le annualità dal 2020", "per l'annualità 2019"...
fn annualita(from: Option<Year>, until: Option<Year>) -> Message {
    match (from, until) {
        (Some(from), Some(until)) if from == until => {
            Message::new("parameter-annualita-one").with("year", from)
        }
        (Some(from), Some(until)) => Message::new("parameter-annualita-between")
            .with("from", from)
            .with("until", until),
        (Some(from), None) => Message::new("parameter-annualita-from").with("from", from),
        (None, Some(until)) => Message::new("parameter-annualita-until").with("until", until),
        (None, None) => Message::new("parameter-annualita-always"),
    }
}

fn subject(programme: &Programme) -> String {
    format!("{} — {}", programme.id, programme.name)
}

fn earmarks(programme: &Programme) -> Vec<Parameter> {
    programme
        .rules
        .earmarks
        .iter()
        .map(|earmark| Parameter {
            subject: subject(programme),
            rule: Message::new(match earmark.binds {
                Binds::Region => "parameter-earmark-region",
                Binds::Allocation => "parameter-earmark-allocation",
            })
            .with("min", Arg::Percent(i128::from(earmark.min_share)))
            .with("years", annualita(earmark.from, earmark.until))
            .with("targets", words(earmark.targets.iter().map(|t| t.word()))),
            source: earmark.source.clone(),
            url: earmark.url.clone(),
        })
        .collect()
}

fn scope(programme: &Programme) -> Option<Parameter> {
    let scope = programme.rules.scope.as_ref()?;
    Some(Parameter {
        subject: subject(programme),
        rule: Message::new("parameter-scope")
            .with("targets", words(scope.targets.iter().map(|t| t.word())))
            .with("leps", words(scope.leps.iter().map(|l| l.as_str()))),
        source: scope.source.clone(),
        url: scope.url.clone(),
    })
}

fn words<'a>(words: impl Iterator<Item = &'a str>) -> String {
    words
        .map(|w| format!("`{w}`"))
        .collect::<Vec<_>>()
        .join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_parameter_has_a_source() {
        let builtin = super::super::read().unwrap();
        for code in Code::all() {
            for parameter in parameters(code, &builtin) {
                assert!(
                    parameter.source.as_deref().is_some_and(|s| !s.is_empty()),
                    "{code:?}: {} has no source",
                    parameter.subject
                );
            }
        }
        assert_eq!(parameters(Code::FundEarmark, &builtin).len(), 5);
        assert_eq!(parameters(Code::FundScope, &builtin).len(), 1);
        assert_eq!(
            parameters(Code::LepsNotCovered, &builtin).len(),
            builtin.leps.len()
        );
    }
}
