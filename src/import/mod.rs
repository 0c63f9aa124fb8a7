//! `pdz import`: data kept in spreadsheets turned into plan files.
//!
//! [`grid`] reads a CSV file or a workbook's sheets into rows of cells,
//! [`plan_workbook`] reads a whole plan kept in a workbook (the layout `pdz init
//! --workbook` writes), [`budget_sheet`] reads an exported budget sheet (one row per budget line) into
//! interventions, and [`interventions_yaml`] writes them in the plan format. Every
//! bad row is reported with its row and column; nothing is produced unless all
//! rows are good.

pub mod budget_sheet;
pub mod grid;
pub mod interventions_yaml;
pub mod merge;
pub mod plan_workbook;

pub use budget_sheet::{
    BudgetSheet, ImportedIntervention, RowProblem, read_budget_sheet, read_budget_workbook,
};
pub use interventions_yaml::interventions_yaml;
pub use plan_workbook::read_plan_workbook;
