//! The whole plan: what the checks and reports work on.

use std::collections::BTreeSet;

use super::{
    Actual, Ambito, Area, Classification, Date, Fund, Id, Intervention, Leps, Located, Need,
    Programme, Span, StaffMember, Year,
};

/// A *Piano sociale di zona*, merged from all its files.
#[derive(Clone, Debug)]
pub struct Plan {
    pub title: Located<String>,
    pub period: Period,
    pub approvals: Vec<Approval>,
    pub ambito: Ambito,
    pub areas: Vec<Area>,
    /// Classification axes besides the area, in display order.
    pub classifications: Vec<Classification>,
    /// National LEPS (with the plan's overrides) followed by local ones.
    pub leps: Vec<Leps>,
    /// Built-in programmes followed by the plan's own.
    pub programmes: Vec<Programme>,
    pub funds: Vec<Fund>,
    pub interventions: Vec<Intervention>,
    /// `None` when the plan has no `staff` section.
    pub staff: Option<Vec<StaffMember>>,
    pub needs: Vec<Need>,
    /// Monitoring figures per budget line.
    pub actuals: Vec<Actual>,
    /// Ids of entries that could not be read: references to them are not reported again.
    pub unreadable_ids: BTreeSet<String>,
    /// `false` when a file of the plan could not be read at all: any id may be in it, so
    /// unknown references are not reported until it is fixed.
    pub complete: bool,
}

/// The plan years, both included.
#[derive(Clone, Debug)]
pub struct Period {
    pub from: Located<Year>,
    pub to: Located<Year>,
    pub span: Span,
}

impl Period {
    pub fn years(&self) -> impl Iterator<Item = Year> {
        self.from.value.through(self.to.value)
    }

    pub fn contains(&self, year: Year) -> bool {
        self.from.value <= year && year <= self.to.value
    }

    /// `2022-2024`, or `2021` for a one-year plan.
    pub fn label(&self) -> String {
        if self.from.value == self.to.value {
            self.from.value.to_string()
        } else {
            format!("{}-{}", self.from.value, self.to.value)
        }
    }
}

/// An act that adopted or approved the plan.
#[derive(Clone, Debug)]
pub struct Approval {
    pub body: String,
    pub act: Option<String>,
    pub date: Option<Date>,
}

impl Plan {
    pub fn area(&self, id: &Id) -> Option<&Area> {
        self.areas.iter().find(|a| a.id.value == *id)
    }

    pub fn classification(&self, id: &Id) -> Option<&Classification> {
        self.classifications.iter().find(|c| c.id.value == *id)
    }

    pub fn fund(&self, id: &Id) -> Option<&Fund> {
        self.funds.iter().find(|f| f.id.value == *id)
    }

    pub fn programme(&self, id: &Id) -> Option<&Programme> {
        self.programmes.iter().find(|p| p.id == *id)
    }

    pub fn leps_level(&self, id: &Id) -> Option<&Leps> {
        self.leps.iter().find(|l| l.id == *id)
    }
}
