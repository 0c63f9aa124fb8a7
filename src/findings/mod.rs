//! Findings: what loading and checking report, and the catalogue of their codes.
//!
//! Stages only produce findings; the output formats in [`output`] show them.

mod code;
pub mod explain;
mod finding;
pub mod output;
pub mod policy;
mod severity;

pub use code::Code;
pub use finding::{Finding, Label, Tally};
pub use severity::{Level, Severity};
