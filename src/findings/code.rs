//! The catalogue of checks: one stable code per kind of finding.

use super::Severity;
use crate::model::vocabulary;

vocabulary! {
    /// The stable id of a check, as written in `checks:`, `--allow` and machine output.
    pub enum Code {
        YamlSyntax = "yaml-syntax",
        Schema = "schema",
        DuplicateId = "duplicate-id",
        UnknownReference = "unknown-reference",
        YearOutsidePeriod = "year-outside-period",
        AmountInvalid = "amount-invalid",
        FileUnreadable = "file-unreadable",
        FileSkipped = "file-skipped",
        ResourceLimit = "resource-limit",
        FundOverallocated = "fund-overallocated",
        FundUnderallocated = "fund-underallocated",
        FundDeadline = "fund-deadline",
        FundBeforeAnnualita = "fund-before-annualita",
        FundEarmark = "fund-earmark",
        FundScope = "fund-scope",
        PnrrCap = "pnrr-cap",
        PnrrMissingCup = "pnrr-missing-cup",
        LepsNotCovered = "leps-not-covered",
        StaffingRatio = "staffing-ratio",
        InterventionUnfunded = "intervention-unfunded",
        ComuneNotServed = "comune-not-served",
        ActualUnknownLine = "actual-unknown-line",
        CommittedExceedsProgrammed = "committed-exceeds-programmed",
        PaidExceedsCommitted = "paid-exceeds-committed",
        ActualStale = "actual-stale",
    }
}

impl Code {
    /// The stable id, e.g. `fund-overallocated`.
    pub fn id(self) -> &'static str {
        crate::model::Vocabulary::word(self)
    }

    /// The severity a finding of this code has unless the plan or the command line says otherwise.
    pub fn default_severity(self) -> Severity {
        use Code::*;
        match self {
            YamlSyntax
            | Schema
            | DuplicateId
            | UnknownReference
            | YearOutsidePeriod
            | AmountInvalid
            | FileUnreadable
            | ResourceLimit
            | FundOverallocated
            | FundDeadline
            | FundBeforeAnnualita
            | PnrrCap
            | ActualUnknownLine
            | CommittedExceedsProgrammed
            | PaidExceedsCommitted => Severity::Error,
            FileSkipped | FundUnderallocated | FundEarmark | FundScope | PnrrMissingCup
            | LepsNotCovered | StaffingRatio | InterventionUnfunded | ComuneNotServed => {
                Severity::Warning
            }
            ActualStale => Severity::Info,
        }
    }

    /// Whether a plan or the command line may lower this code's severity.
    /// A plan that cannot be read correctly cannot be checked: those codes stay errors.
    pub fn is_adjustable(self) -> bool {
        !matches!(
            self,
            Code::YamlSyntax
                | Code::Schema
                | Code::DuplicateId
                | Code::AmountInvalid
                | Code::FileUnreadable
                | Code::ResourceLimit
        )
    }

    /// Whether this is one of the rules on money, LEPS, staff and monitoring figures,
    /// which run only on a plan without errors in its format, ids and references.
    pub fn is_rule(self) -> bool {
        use Code::*;
        matches!(
            self,
            FundOverallocated
                | FundUnderallocated
                | FundDeadline
                | FundBeforeAnnualita
                | FundEarmark
                | FundScope
                | PnrrCap
                | PnrrMissingCup
                | LepsNotCovered
                | StaffingRatio
                | InterventionUnfunded
                | ComuneNotServed
                | CommittedExceedsProgrammed
                | PaidExceedsCommitted
                | ActualStale
        )
    }

    /// Every code, in catalogue order.
    pub fn all() -> impl Iterator<Item = Code> {
        <Code as crate::model::Vocabulary>::WORDS
            .iter()
            .map(|(_, c)| *c)
    }
}
