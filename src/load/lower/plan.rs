//! The plan as a whole: version, `plan`, `ambito`, then every list section.

use super::values::Lower;
use super::{catalogue, classifications, funds, sections};
use crate::catalog;
use crate::findings::{Code, Finding};
use crate::i18n::Message;
use crate::limits;
use crate::load::merge::Sections;
use crate::model::{Actual, Intervention, Located, Period, Plan};
use crate::plan_file::{AmbitoSection, PlanSection};
use crate::yaml::Attempt;

/// The format version this pdz reads.
pub const FORMAT_VERSION: u64 = 1;

/// The lists lowered while their files were read, in file order.
#[derive(Debug, Default)]
pub struct Lists {
    pub interventions: Vec<Intervention>,
    pub actuals: Vec<Actual>,
}

/// Builds the plan, or `None` when its title, period or ambito cannot be read.
pub fn plan(sections: &Sections, lists: Lists, lower: &mut Lower) -> Option<Plan> {
    version(sections, lower);
    let plan_section = single(&sections.plan, "plan", sections, lower).flatten();
    let ambito_section = single(&sections.ambito, "ambito", sections, lower).flatten();

    let period = plan_section.and_then(|p| period(p, lower));
    let within_limits = entries_within_limits(sections, ambito_section, lower);
    let ambito = ambito_section.and_then(|a| sections::ambito(a, lower));
    let builtin = catalog::builtin();
    let areas = sections
        .areas
        .iter()
        .map(|a| sections::area(a, lower))
        .collect();
    let classifications = sections
        .classifications
        .iter()
        .map(|c| classifications::classification(c, lower))
        .collect();
    let leps = catalogue::leps(&builtin.leps, &sections.leps, lower);
    let programmes = catalogue::programmes(&builtin.programmes, &sections.programmes, lower);
    let funds = sections
        .funds
        .iter()
        .filter_map(|f| funds::fund(f, lower))
        .collect();
    let staff = sections.staff.as_ref().map(|entries| {
        entries
            .iter()
            .filter_map(|s| sections::staff(s, lower))
            .collect()
    });
    let needs = sections
        .needs
        .iter()
        .map(|n| sections::need(n, lower))
        .collect();

    let plan_section = plan_section?;
    if !within_limits {
        return None;
    }
    Some(Plan {
        title: plan_section.title.clone(),
        period: period?,
        approvals: plan_section
            .approvals
            .iter()
            .filter_map(Attempt::as_option)
            .map(|a| sections::approval(a, lower))
            .collect(),
        ambito: ambito?,
        areas,
        classifications,
        leps,
        programmes,
        funds,
        interventions: lists.interventions,
        staff,
        needs,
        actuals: lists.actuals,
        unreadable_ids: std::mem::take(&mut lower.unreadable_ids),
        complete: sections.complete,
    })
}

/// `pdz: 1`, in exactly one file.
fn version(sections: &Sections, lower: &mut Lower) {
    let Some((first, others)) = sections.versions.split_first() else {
        if !sections.complete {
            return;
        }
        lower.report(
            Finding::new(
                Code::Schema,
                Message::new("schema-no-version"),
                sections.plan_start(),
            )
            .help(Message::new("schema-no-version-help")),
        );
        return;
    };
    for other in others {
        lower.report(
            Finding::new(
                Code::Schema,
                Message::new("schema-section-twice").with("section", "pdz"),
                other.span,
            )
            .also(first.span, Some(Message::new("label-first-here"))),
        );
    }
    if first.value != FORMAT_VERSION {
        lower.report(Finding::new(
            Code::Schema,
            Message::new("schema-version")
                .with("found", first.value)
                .with("supported", FORMAT_VERSION),
            first.span,
        ));
    }
}

/// The one definition of a section that may appear once; reports a second one.
/// `Some(None)` means the section is there but could not be read.
fn single<'a, T>(
    definitions: &[Located<Option<&'a T>>],
    name: &'static str,
    sections: &Sections,
    lower: &mut Lower,
) -> Option<Option<&'a T>> {
    let Some((first, others)) = definitions.split_first() else {
        if sections.complete {
            lower.report(Finding::new(
                Code::Schema,
                Message::new("schema-no-section").with("section", name),
                sections.plan_start(),
            ));
        }
        return None;
    };
    for other in others {
        lower.report(
            Finding::new(
                Code::Schema,
                Message::new("schema-section-twice").with("section", name),
                other.span,
            )
            .also(first.span, Some(Message::new("label-first-here"))),
        );
    }
    Some(first.value)
}

fn period(plan: &PlanSection, lower: &mut Lower) -> Option<Period> {
    let raw = &plan.period;
    let from = lower.year(&raw.value.from);
    let to = lower.year(&raw.value.to);
    let (from, to): (Located<_>, Located<_>) = (from?, to?);
    if from.value > to.value {
        lower.report(
            Finding::new(
                Code::Schema,
                Message::new("schema-period-order")
                    .with("from", from.value)
                    .with("to", to.value),
                to.span,
            )
            .also(from.span, None),
        );
        return None;
    }
    let years = to.value.get() - from.value.get() + 1;
    if years > limits::MAX_PERIOD_YEARS {
        lower.report(Finding::new(
            Code::ResourceLimit,
            Message::new("limit-period")
                .with("years", usize::from(years))
                .with("limit", usize::from(limits::MAX_PERIOD_YEARS)),
            raw.span,
        ));
        return None;
    }
    Some(Period {
        from,
        to,
        span: raw.span,
    })
}

/// Whether the comuni and the fund allocations are within their limits; a finding at
/// the first entry beyond each one that is not. The plan is not built beyond them, so
/// that no report grows with their product.
fn entries_within_limits(
    sections: &Sections,
    ambito: Option<&AmbitoSection>,
    lower: &mut Lower,
) -> bool {
    let comuni = ambito.map_or(&[][..], |a| a.comuni.as_slice());
    let first_beyond = [
        (
            comuni
                .iter()
                .filter_map(Attempt::as_option)
                .nth(limits::MAX_COMUNI)
                .map(|c| c.id.span),
            "limit-comuni",
            limits::MAX_COMUNI,
        ),
        (
            sections
                .funds
                .get(limits::MAX_ALLOCATIONS)
                .map(|f| f.id.span),
            "limit-allocations",
            limits::MAX_ALLOCATIONS,
        ),
    ];
    let mut within = true;
    for (span, key, limit) in first_beyond {
        if let Some(span) = span {
            lower.report(Finding::new(
                Code::ResourceLimit,
                Message::new(key).with("limit", limit),
                span,
            ));
            within = false;
        }
    }
    within
}
