//! The *quadro conoscitivo*: measured needs of the territory.

use super::{Hundredths, Id, Located, Year};

/// One measured need, tied to a strategic area.
#[derive(Clone, Debug)]
pub struct Need {
    pub id: Located<Id>,
    pub area: Located<Id>,
    pub name: String,
    pub value: Option<Hundredths>,
    pub unit: Option<String>,
    pub year: Option<Located<Year>>,
    pub source: Option<String>,
}
