//! Staff of the ambito, for the social-worker ratio.

use super::vocabulary::vocabulary;
use super::{Hundredths, Id, Located, Span};

/// Staff of one role and contract, in full-time equivalents.
#[derive(Clone, Debug)]
pub struct StaffMember {
    pub role: Located<Id>,
    pub fte: Located<Hundredths>,
    pub contract: Option<Contract>,
    pub span: Span,
}

vocabulary! {
    /// Kind of employment contract.
    pub enum Contract {
        Permanent = "permanent",
        FixedTerm = "fixed-term",
        External = "external",
    }
}

/// The role that counts for the LEPS ratio.
pub const SOCIAL_WORKER_ROLE: &str = "assistente-sociale";
