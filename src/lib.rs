//! pdz: load, check and report an Italian *Piano sociale di zona* kept as YAML files.
//!
//! The pipeline runs one way: [`source`] reads files, [`load`] turns them into a
//! [`model::Plan`] (reporting format problems), [`check`] verifies the plan's rules,
//! and the renderers turn findings and reports into text. Each stage only
//! returns data; only the [`cli`] layer prints.

pub mod aggregate;
pub mod analyse;
pub mod catalog;
pub mod check;
pub mod cleanup;
pub mod cli;
pub mod diff;
pub mod findings;
pub mod i18n;
pub mod import;
pub mod init;
pub mod limits;
pub mod load;
pub mod model;
pub mod plan_file;
pub mod print;
pub mod render;
pub mod report;
pub mod serve;
pub mod source;
pub mod suggest;
pub mod visible;
pub mod yaml;
