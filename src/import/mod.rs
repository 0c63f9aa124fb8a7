//! `pdz import`: data kept in spreadsheets turned into plan files.
//!
//! [`budget_sheet`] reads an exported budget sheet (one row per budget line) into
//! interventions, and [`interventions_yaml`] writes them in the plan format. Every
//! bad row is reported with its row and column; nothing is produced unless all
//! rows are good.

pub mod budget_sheet;
pub mod interventions_yaml;
pub mod merge;

pub use budget_sheet::{BudgetSheet, ImportedIntervention, RowProblem, read_budget_sheet};
pub use interventions_yaml::interventions_yaml;
