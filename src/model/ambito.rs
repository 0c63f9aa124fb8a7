//! The ambito territoriale sociale and its comuni.

use super::vocabulary::vocabulary;
use super::{Date, Id, Located, Span};

/// The group of comuni that plans together.
#[derive(Clone, Debug)]
pub struct Ambito {
    pub id: Located<Id>,
    pub name: String,
    pub region: Option<String>,
    /// Who runs the ambito, when the plan says.
    pub body: Option<Body>,
    pub capofila: Option<Located<Id>>,
    /// Members besides the comuni (the ASL of a Società della Salute...).
    pub members: Vec<Member>,
    /// Reference date of the populations.
    pub population_date: Option<Date>,
    pub comuni: Vec<Comune>,
    pub span: Span,
}

/// A member of the ambito that is not a comune.
#[derive(Clone, Debug)]
pub struct Member {
    pub id: Located<Id>,
    pub name: String,
    pub kind: MemberKind,
}

vocabulary! {
    /// The body that runs an ambito.
    pub enum Body {
        ComuneCapofila = "comune-capofila",
        UnioneDiComuni = "unione-di-comuni",
        Consorzio = "consorzio",
        SocietaDellaSalute = "societa-della-salute",
        AziendaConsortile = "azienda-consortile",
        Distretto = "distretto",
    }
}

vocabulary! {
    /// What a member that is not a comune is.
    pub enum MemberKind {
        /// A health authority: ASL, USL, ATS, ASST.
        Asl = "asl",
        Provincia = "provincia",
        Altro = "altro",
    }
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
        // Populations are bounded when loaded; the sum saturates all the same.
        self.comuni
            .iter()
            .fold(0u64, |sum, c| sum.saturating_add(c.population.value))
    }

    pub fn comune(&self, id: &Id) -> Option<&Comune> {
        self.comuni.iter().find(|c| c.id.value == *id)
    }

    pub fn member(&self, id: &Id) -> Option<&Member> {
        self.members.iter().find(|m| m.id.value == *id)
    }
}
