//! Output formats for findings: for people and for CI tools.

pub mod human;
pub mod json;
