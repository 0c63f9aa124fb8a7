//! LEPS and programmes: the built-in catalogue, with the plan's additions and changes.

use super::values::Lower;
use crate::findings::{Code, Finding};
use crate::i18n::Message;
use crate::model::{Earmark, Id, Leps, Located, Programme, Rules, Sourced};
use crate::plan_file::{EarmarkEntry, LepsEntry, ProgrammeEntry};

/// National levels with the plan's changes, followed by the plan's own levels.
pub fn leps(builtin: &[Leps], entries: &[&LepsEntry], lower: &mut Lower) -> Vec<Leps> {
    let mut levels = builtin.to_vec();
    let mut declared: Vec<Located<Id>> = Vec::new();
    for entry in entries {
        let id = lower.id(&entry.id);
        if let Some(first) = declared.iter().find(|d| d.value == id.value) {
            lower.report(
                Finding::new(
                    Code::DuplicateId,
                    Message::new("duplicate-id")
                        .with("kind", Message::new("kind-leps"))
                        .with("id", id.value.as_str()),
                    id.span,
                )
                .also(first.span, Some(Message::new("label-first-here"))),
            );
            continue;
        }
        declared.push(id.clone());
        if let Some(national) = levels
            .iter_mut()
            .find(|l| l.id == id.value && l.declared_at.is_none())
        {
            if entry.required == Some(false) && entry.reason.is_none() {
                lower.report(
                    Finding::new(
                        Code::Schema,
                        Message::new("schema-leps-reason").with("leps", id.value.as_str()),
                        id.span,
                    )
                    .help(Message::new("schema-leps-reason-help")),
                );
            }
            national.required = entry.required.unwrap_or(national.required);
            national.reason = entry.reason.clone();
            national.declared_at = Some(id.span);
            if let Some(name) = &entry.name {
                national.name = name.clone();
            }
            continue;
        }
        let name = entry.name.clone().unwrap_or_else(|| {
            lower.missing("name", id.span);
            id.value.to_string()
        });
        levels.push(Leps {
            name,
            required: entry.required.unwrap_or(false),
            source: entry.source.clone(),
            reason: entry.reason.clone(),
            declared_at: Some(id.span),
            id: id.value,
        });
    }
    levels
}

/// Built-in programmes followed by the plan's own.
pub fn programmes(
    builtin: &[Programme],
    entries: &[&ProgrammeEntry],
    lower: &mut Lower,
) -> Vec<Programme> {
    let mut all = builtin.to_vec();
    all.extend(entries.iter().filter_map(|e| programme(e, lower)));
    all
}

/// One programme with its rules.
pub fn programme(raw: &ProgrammeEntry, lower: &mut Lower) -> Option<Programme> {
    let id = lower.id(&raw.id);
    let kind = lower.choice(&raw.kind);
    let rules = Rules {
        earmarks: earmarks(&raw.earmarks, lower),
        cap: raw
            .cap
            .as_ref()
            .and_then(|c| lower.amount(c))
            .map(|c| Sourced {
                value: c.value,
                source: raw.cap_source.clone(),
            }),
        spend_by: raw
            .spend_by
            .as_ref()
            .and_then(|d| lower.date(d))
            .map(|d| Sourced {
                value: d.value,
                source: raw.spend_by_source.clone(),
            }),
        requires_cup: raw.requires_cup.unwrap_or(false),
    };
    Some(Programme {
        name: raw.name.clone(),
        kind: kind?.value,
        source: raw.source.clone(),
        rules,
        declared_at: Some(id.span),
        id: id.value,
    })
}

/// Earmarks as written in a programme or a fund.
pub fn earmarks(entries: &[EarmarkEntry], lower: &mut Lower) -> Vec<Earmark> {
    entries
        .iter()
        .filter_map(|entry| {
            let targets = entry
                .targets
                .iter()
                .filter_map(|t| lower.choice(t).map(|t| t.value))
                .collect();
            Some(Earmark {
                targets,
                min_share: lower.percent(&entry.min_share)?,
                source: entry.source.clone(),
            })
        })
        .collect()
}
