//! The ambito territoriale sociale and its comuni.

use super::{Date, Id, Located, Span};

/// The group of comuni that plans together.
#[derive(Clone, Debug)]
pub struct Ambito {
    pub id: Located<Id>,
    pub name: String,
    pub region: Option<String>,
    pub capofila: Option<Located<Id>>,
    /// Reference date of the populations.
    pub population_date: Option<Date>,
    pub comuni: Vec<Comune>,
    pub span: Span,
}

/// A comune of the ambito with its resident population.
#[derive(Clone, Debug)]
pub struct Comune {
    pub id: Located<Id>,
    pub name: String,
    pub istat: Option<String>,
    pub population: Located<u64>,
}

impl Ambito {
    /// Residents of every comune together.
    pub fn population(&self) -> u64 {
        self.comuni.iter().map(|c| c.population.value).sum()
    }

    pub fn comune(&self, id: &Id) -> Option<&Comune> {
        self.comuni.iter().find(|c| c.id.value == *id)
    }
}
