//! `unknown-reference`: an area, LEPS, fund, comune, programme or intervention id that does not exist.

use foldhash::HashSet;

use crate::findings::{Code, Finding};
use crate::i18n::Message;
use crate::load::did_you_mean;
use crate::model::{Id, Located, Plan, Reach};

pub fn check(plan: &Plan, findings: &mut Vec<Finding>) {
    if !plan.complete {
        // A file that could not be read may define them: its own error comes first.
        return;
    }
    let areas = Known::new(plan.areas.iter().map(|a| a.id.as_str()));
    let leps = Known::new(plan.leps.iter().map(|l| l.id.as_str()));
    let funds = Known::new(plan.funds.iter().map(|f| f.id.as_str()));
    let comuni = Known::new(plan.ambito.comuni.iter().map(|c| c.id.as_str()));
    let programmes = Known::new(plan.programmes.iter().map(|p| p.id.as_str()));
    let holders = Known::new(
        plan.ambito
            .members
            .iter()
            .map(|m| m.id.as_str())
            .chain(plan.ambito.comuni.iter().map(|c| c.id.as_str())),
    );
    let mut refer = |id: &Located<Id>, kind: &'static str, known: &Known| {
        let text = id.value.as_str();
        if !known.set.contains(text) && !plan.unreadable_ids.contains(text) {
            findings.push(
                Finding::new(
                    Code::UnknownReference,
                    Message::new("unknown-reference")
                        .with("kind", Message::new(kind))
                        .with("id", text),
                    id.span,
                )
                .help(did_you_mean(text, &known.list)),
            );
        }
    };

    if let Some(capofila) = &plan.ambito.capofila {
        refer(capofila, "kind-comune", &comuni);
    }
    for fund in &plan.funds {
        refer(&fund.programme, "kind-programme", &programmes);
        if let Some(holder) = &fund.holder {
            refer(holder, "kind-holder", &holders);
        }
    }
    for intervention in &plan.interventions {
        refer(&intervention.area, "kind-area", &areas);
        for level in &intervention.leps {
            refer(level, "kind-leps", &leps);
        }
        if let Reach::Some(ids) = &intervention.comuni {
            for comune in ids {
                refer(comune, "kind-comune", &comuni);
            }
        }
        for line in &intervention.budget {
            refer(&line.fund, "kind-fund", &funds);
        }
    }
    for need in &plan.needs {
        refer(&need.area, "kind-area", &areas);
    }
    let interventions = Known::new(plan.interventions.iter().map(|i| i.id.as_str()));
    for actual in &plan.actuals {
        refer(&actual.intervention, "kind-intervention", &interventions);
        refer(&actual.fund, "kind-fund", &funds);
    }
}

/// The ids of one kind: a set to look them up, the list (in plan order) to suggest one.
struct Known<'p> {
    list: Vec<&'p str>,
    set: HashSet<&'p str>,
}

impl<'p> Known<'p> {
    fn new(ids: impl Iterator<Item = &'p str>) -> Known<'p> {
        let list: Vec<&str> = ids.collect();
        Known {
            set: list.iter().copied().collect(),
            list,
        }
    }
}
