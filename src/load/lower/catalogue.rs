//! LEPS and programmes: the built-in catalogue, with the plan's additions and changes.

use super::values::Lower;
use crate::findings::{Code, Finding};
use crate::i18n::Message;
use crate::model::{Binds, Earmark, Id, Leps, Located, Programme, Rules, Scope, Sourced};
use crate::plan_file::{EarmarkEntry, LepsEntry, ProgrammeEntry, ScopeEntry};

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
            if entry.reason.is_some() {
                national.reason = entry.reason.clone();
            }
            if let Some(source) = &entry.source {
                national.source = Some(source.clone());
            }
            if let Some(url) = &entry.url {
                national.url = Some(url.clone());
            }
            if let Some(from) = entry.from.as_ref().and_then(|y| lower.year(y)) {
                national.from = Some(from.value);
            }
            if let Some(until) = entry.until.as_ref().and_then(|y| lower.year(y)) {
                national.until = Some(until.value);
            }
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
            url: entry.url.clone(),
            from: entry
                .from
                .as_ref()
                .and_then(|y| lower.year(y))
                .map(|y| y.value),
            until: entry
                .until
                .as_ref()
                .and_then(|y| lower.year(y))
                .map(|y| y.value),
            reason: entry.reason.clone(),
            declared_at: Some(id.span),
            id: id.value,
        });
    }
    levels
}

/// Built-in programmes (with the plan's changes to their rules) followed by the plan's own.
pub fn programmes(
    builtin: &[Programme],
    entries: &[&ProgrammeEntry],
    lower: &mut Lower,
) -> Vec<Programme> {
    let mut all = builtin.to_vec();
    for entry in entries {
        let id = Id::parse(&entry.id.value.0).ok();
        match all
            .iter_mut()
            .find(|p| Some(&p.id) == id.as_ref() && p.declared_at.is_none())
        {
            Some(built_in) => {
                if let Some(first) = built_in.changed_at {
                    lower.report(
                        Finding::new(
                            Code::DuplicateId,
                            Message::new("duplicate-id")
                                .with("kind", Message::new("kind-programme"))
                                .with("id", built_in.id.as_str()),
                            entry.id.span,
                        )
                        .also(first, Some(Message::new("label-first-here"))),
                    );
                }
                change_rules(built_in, entry, lower)
            }
            None => all.extend(programme(entry, lower)),
        }
    }
    all
}

/// A plan's change to a built-in programme's rule parameters.
fn change_rules(programme: &mut Programme, raw: &ProgrammeEntry, lower: &mut Lower) {
    let rules = rules(raw, lower);
    if raw.earmarks.is_some() {
        programme.rules.earmarks = rules.earmarks;
    }
    if raw.cap.is_some() {
        programme.rules.cap = rules.cap;
    }
    if raw.spend_by.is_some() {
        programme.rules.spend_by = rules.spend_by;
    }
    if let Some(requires_cup) = raw.requires_cup {
        programme.rules.requires_cup = requires_cup;
    }
    if raw.scope.is_some() {
        programme.rules.scope = rules.scope;
    }
    if let Some(name) = &raw.name {
        programme.name = name.clone();
    }
    programme.changed_at = Some(raw.id.span);
}

/// One programme of the plan's own, with its rules.
pub fn programme(raw: &ProgrammeEntry, lower: &mut Lower) -> Option<Programme> {
    let id = lower.id(&raw.id);
    let name = raw.name.clone().or_else(|| {
        lower.missing("name", id.span);
        None
    });
    let kind = match &raw.kind {
        Some(kind) => lower.choice(kind),
        None => {
            lower.missing("kind", id.span);
            None
        }
    };
    let rules = rules(raw, lower);
    Some(Programme {
        name: name?,
        kind: kind?.value,
        source: raw.source.clone(),
        url: raw.url.clone(),
        rules,
        declared_at: Some(id.span),
        changed_at: None,
        id: id.value,
    })
}

fn rules(raw: &ProgrammeEntry, lower: &mut Lower) -> Rules {
    Rules {
        earmarks: raw
            .earmarks
            .as_deref()
            .map(|e| earmarks(e, lower))
            .unwrap_or_default(),
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
        scope: raw.scope.as_ref().map(|s| scope(s, lower)),
    }
}

fn scope(raw: &ScopeEntry, lower: &mut Lower) -> Scope {
    Scope {
        targets: raw
            .targets
            .iter()
            .filter_map(|t| lower.choice(t).map(|t| t.value))
            .collect(),
        leps: raw.leps.iter().map(|l| lower.id(l).value).collect(),
        source: raw.source.clone(),
        url: raw.url.clone(),
    }
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
            let binds = entry
                .binds
                .as_ref()
                .and_then(|b| lower.choice(b))
                .map_or(Binds::Allocation, |b| b.value);
            Some(Earmark {
                targets,
                min_share: lower.percent(&entry.min_share)?,
                binds,
                from: entry
                    .from
                    .as_ref()
                    .and_then(|y| lower.year(y))
                    .map(|y| y.value),
                until: entry
                    .until
                    .as_ref()
                    .and_then(|y| lower.year(y))
                    .map(|y| y.value),
                source: entry.source.clone(),
                url: entry.url.clone(),
            })
        })
        .collect()
}
