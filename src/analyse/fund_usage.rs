//! How each fund allocation is used: its budget lines, per year and in total.

use foldhash::HashMap;
use std::collections::BTreeMap;

use crate::model::{
    BudgetLine, Cents, Date, Earmark, Fund, Id, Intervention, Plan, Programme, Sourced, Span, Year,
};

/// An allocation with every budget line that spends it.
#[derive(Debug)]
pub struct FundUsage<'p> {
    pub fund: &'p Fund,
    /// `None` when the allocation names a programme that does not exist.
    pub programme: Option<&'p Programme>,
    /// The lines on this allocation, in plan order.
    pub lines: Vec<FundLine<'p>>,
}

/// One budget line on an allocation, with its intervention.
#[derive(Clone, Copy, Debug)]
pub struct FundLine<'p> {
    pub intervention: &'p Intervention,
    pub line: &'p BudgetLine,
}

/// The usage of every allocation, in the plan's order of allocations.
pub fn fund_usages(plan: &Plan) -> Vec<FundUsage<'_>> {
    let mut usages: Vec<FundUsage> = plan
        .funds
        .iter()
        .map(|fund| FundUsage {
            fund,
            programme: plan.programme(&fund.programme.value),
            lines: Vec::new(),
        })
        .collect();
    let index: HashMap<&Id, usize> = plan
        .funds
        .iter()
        .enumerate()
        .map(|(i, f)| (&f.id.value, i))
        .collect();
    let index = &index;
    let lines_on = || {
        plan.interventions.iter().flat_map(|intervention| {
            intervention
                .budget
                .iter()
                .filter_map(move |line| Some((*index.get(&line.fund.value)?, intervention, line)))
        })
    };
    // Counted first, so that each list is made once at its size.
    let mut counts = vec![0; usages.len()];
    for (i, _, _) in lines_on() {
        counts[i] += 1;
    }
    for (usage, count) in usages.iter_mut().zip(counts) {
        usage.lines.reserve_exact(count);
    }
    for (i, intervention, line) in lines_on() {
        usages[i].lines.push(FundLine { intervention, line });
    }
    usages
}

impl<'p> FundUsage<'p> {
    /// Money of all lines on the allocation.
    pub fn programmed(&self) -> Cents {
        self.lines.iter().map(|l| l.line.amount.value).sum()
    }

    /// Money of the lines of one plan year.
    pub fn programmed_in(&self, year: Year) -> Cents {
        self.lines
            .iter()
            .filter(|l| l.line.year.value == year)
            .map(|l| l.line.amount.value)
            .sum()
    }

    /// Money per plan year, for the years that have lines.
    pub fn by_year(&self) -> BTreeMap<Year, Cents> {
        let mut years = BTreeMap::new();
        for line in &self.lines {
            *years.entry(line.line.year.value).or_insert(Cents::ZERO) += line.line.amount.value;
        }
        years
    }

    /// Available minus programmed: negative when over-allocated.
    pub fn remaining(&self) -> Cents {
        self.fund.amount.value - self.programmed()
    }

    /// The earmarks that apply: the allocation's own, else its programme's,
    /// keeping those in force for the allocation's annualità (when the plan does
    /// not write it, the first year the allocation is spent).
    pub fn earmarks(&self) -> impl Iterator<Item = &'p Earmark> {
        let all: &'p [Earmark] = match (&self.fund.earmarks, self.programme) {
            (Some(own), _) => own,
            (None, Some(programme)) => &programme.rules.earmarks,
            (None, None) => &[],
        };
        let annualita = self
            .fund
            .annualita
            .as_ref()
            .map(|a| a.value)
            .or_else(|| self.lines.iter().map(|l| l.line.year.value).min());
        all.iter().filter(move |e| e.applies_to(annualita))
    }

    /// The spending deadline, with where the plan sets it (`None`: the programme's rule).
    pub fn spend_by(&self) -> Option<(Date, Option<Span>, Option<&'p str>)> {
        match (&self.fund.spend_by, self.programme) {
            (Some(date), _) => Some((date.value, Some(date.span), self.fund.reference.as_deref())),
            (None, Some(programme)) => programme
                .rules
                .spend_by
                .as_ref()
                .map(|rule| (rule.value, None, rule.source.as_deref())),
            (None, None) => None,
        }
    }

    /// The largest amount one allocation of its programme may have.
    pub fn cap(&self) -> Option<&'p Sourced<Cents>> {
        self.programme.and_then(|p| p.rules.cap.as_ref())
    }

    /// The `n` largest lines, largest first (ties in plan order).
    pub fn largest_lines(&self, n: usize, year: Option<Year>) -> Vec<FundLine<'p>> {
        let mut lines: Vec<FundLine> = self
            .lines
            .iter()
            .filter(|l| year.is_none_or(|y| l.line.year.value == y))
            .copied()
            .collect();
        lines.sort_by_key(|l| std::cmp::Reverse(l.line.amount.value));
        lines.truncate(n);
        lines
    }

    /// How the allocation is named in messages: its `name`, else its id.
    pub fn label(&self) -> &'p str {
        self.fund
            .name
            .as_deref()
            .unwrap_or(self.fund.id.value.as_str())
    }
}
