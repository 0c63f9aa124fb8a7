//! Figures computed from a plan: what checks judge and reports show.
//!
//! Pure functions of the model, exact to the cent: sums are integer cents,
//! shares and ratios are compared by cross-multiplication, never in floats.

mod coverage;
mod earmark;
mod execution;
mod fund_usage;
pub mod holders;
pub mod split;
pub mod staffing;

pub use coverage::{LepsCoverage, leps_coverage};
pub use earmark::EarmarkShare;
pub use execution::{Execution, ExecutionLine, LineKey, MonitoredLines, execution, key};
pub use fund_usage::{FundLine, FundUsage, fund_usages};
pub use staffing::{Contribution, Staffing};
