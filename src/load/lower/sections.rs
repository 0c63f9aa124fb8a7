//! Lowering of the simpler sections: ambito, areas, approvals, staff, needs, actuals.

use super::values::Lower;
use crate::findings::{Code, Finding};
use crate::i18n::Message;
use crate::limits;
use crate::model::{
    Actual, Ambito, Approval, Area, Comune, Figure, Located, Member, Need, StaffMember, Uncommitted,
};
use crate::plan_file::{
    ActualEntry, AmbitoSection, AmountText, ApprovalEntry, AreaEntry, ComuneEntry, MemberEntry,
    NeedEntry, StaffEntry,
};
use crate::yaml::Attempt;

pub fn ambito(raw: &AmbitoSection, lower: &mut Lower) -> Option<Ambito> {
    let id = lower.id(&raw.id);
    let comuni: Vec<Comune> = raw
        .comuni
        .iter()
        .filter_map(Attempt::as_option)
        .map(|c| comune(c, lower))
        .collect();
    if raw.comuni.is_empty() {
        lower.report(Finding::new(
            Code::Schema,
            Message::new("schema-no-comuni"),
            raw.id.span,
        ));
        return None;
    }
    Some(Ambito {
        span: id.span,
        id,
        name: raw.name.clone(),
        region: raw.region.clone(),
        body: raw
            .body
            .as_ref()
            .and_then(|b| lower.choice(b))
            .map(|b| b.value),
        capofila: raw.capofila.as_ref().map(|c| lower.id(c)),
        members: raw
            .members
            .iter()
            .filter_map(Attempt::as_option)
            .filter_map(|m| member(m, lower))
            .collect(),
        population_date: raw
            .population_date
            .as_ref()
            .and_then(|d| lower.date(d))
            .map(|d| d.value),
        comuni,
    })
}

fn member(raw: &MemberEntry, lower: &mut Lower) -> Option<Member> {
    let id = lower.id(&raw.id);
    let kind = lower.choice(&raw.kind)?.value;
    Some(Member {
        id,
        name: raw.name.clone(),
        kind,
    })
}

fn comune(raw: &ComuneEntry, lower: &mut Lower) -> Comune {
    let istat = raw.istat.clone();
    let mut population = raw.population.clone();
    // No comune has more residents: a larger figure is a mistake, and it is not
    // carried into the sums (0 stands for it once the error is reported).
    if population.value > limits::MAX_POPULATION {
        lower.report(
            Finding::new(
                Code::ResourceLimit,
                Message::new("limit-population")
                    .with("population", population.value)
                    .with("limit", limits::MAX_POPULATION),
                population.span,
            )
            .help(Message::new("limit-population-help")),
        );
        population.value = 0;
    }
    Comune {
        id: lower.id(&raw.id),
        name: raw.name.clone(),
        istat,
        population,
    }
}

pub fn area(raw: &AreaEntry, lower: &mut Lower) -> Area {
    Area {
        id: lower.id(&raw.id),
        name: raw.name.clone(),
        description: raw.description.clone(),
    }
}

pub fn approval(raw: &ApprovalEntry, lower: &mut Lower) -> Approval {
    Approval {
        body: raw.body.clone(),
        act: raw.act.clone(),
        date: raw
            .date
            .as_ref()
            .and_then(|d| lower.date(d))
            .map(|d| d.value),
    }
}

pub fn staff(raw: &StaffEntry, lower: &mut Lower) -> Option<StaffMember> {
    let role = lower.id(&raw.role);
    let contract = raw.contract.as_ref().and_then(|c| lower.choice(c));
    let fte = lower.number(&raw.fte)?;
    Some(StaffMember {
        span: role.span,
        role,
        fte,
        contract: contract.map(|c| c.value),
    })
}

pub fn need(raw: &NeedEntry, lower: &mut Lower) -> Need {
    Need {
        id: lower.id(&raw.id),
        area: lower.id(&raw.area),
        name: raw.name.clone(),
        value: raw
            .value
            .as_ref()
            .and_then(|v| lower.number(v))
            .map(|v| v.value),
        unit: raw.unit.clone(),
        year: raw.year.as_ref().and_then(|y| lower.year(y)),
        source: raw.source.clone(),
    }
}

/// A monitoring entry; `None` when its year or committed amount cannot be read.
pub fn actual(raw: &ActualEntry, lower: &mut Lower) -> Option<Actual> {
    let intervention = lower.id(&raw.intervention);
    let fund = lower.id(&raw.fund);
    let year = lower.year(&raw.year);
    let committed = figure(&raw.committed, lower);
    let paid = raw.paid.as_ref().map(|p| figure(p, lower));
    let amount = |raw: &Option<Located<AmountText>>, lower: &mut Lower| {
        raw.as_ref().and_then(|a| lower.amount(a))
    };
    let uncommitted = Uncommitted {
        carried_forward: amount(&raw.carried_forward, lower),
        savings: amount(&raw.savings, lower),
        returned: amount(&raw.returned, lower),
    };
    let declared = uncommitted.carried_forward.is_some()
        || uncommitted.savings.is_some()
        || uncommitted.returned.is_some();
    let decrease = raw
        .decrease
        .as_ref()
        .and_then(|d| lower.choice(d))
        .map(|d| d.value);
    let as_of = raw.as_of.as_ref().and_then(|d| lower.date(d));
    Some(Actual {
        span: intervention.span,
        intervention,
        year: year?,
        fund,
        committed: committed?,
        paid: match paid {
            Some(paid) => Some(paid?),
            None => None,
        },
        uncommitted: declared.then(|| Box::new(uncommitted)),
        decrease,
        as_of,
    })
}

/// A monitoring figure: an amount, or `n.d.` (*non disponibile*) when it is not known.
fn figure(raw: &Located<AmountText>, lower: &mut Lower) -> Option<Figure> {
    let text = raw.value.0.trim().to_ascii_lowercase();
    if matches!(text.as_str(), "n.d." | "n.d" | "nd") {
        return Some(Figure::Unknown(raw.span));
    }
    lower.amount(raw).map(Figure::Amount)
}
