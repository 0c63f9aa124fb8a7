//! `pdz schema`: the JSON Schema of one plan file, for editors and validators.

use std::io::Write;

use super::Outcome;

/// Prints the schema (JSON Schema draft 2020-12) generated from the types that load a plan file.
pub fn run() -> anyhow::Result<Outcome> {
    let schema = crate::plan_file::json_schema();
    std::io::stdout()
        .lock()
        .write_all(format!("{}\n", serde_json::to_string_pretty(&schema)?).as_bytes())?;
    Ok(Outcome::Clean)
}
