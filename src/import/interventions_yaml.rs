//! Imported interventions written as an `interventions` section of a plan file.

use super::ImportedIntervention;
use crate::model::Year;
use crate::plan_file::yaml_quoted;
use crate::visible::visible;

/// The YAML text of a plan file holding `interventions`, each with its budget map
/// grouped by plan year (years in order, allocations in the order of the rows),
/// after `header` written as comment lines.
pub fn interventions_yaml(header: &str, interventions: &[ImportedIntervention]) -> String {
    let mut out = String::new();
    // Every line break a YAML reader knows starts a new comment line: no text of the
    // header can end the comment and be read as YAML.
    for line in header.split(['\n', '\r', '\u{85}', '\u{2028}', '\u{2029}']) {
        out.push_str("# ");
        out.push_str(&visible(line));
        out.push('\n');
    }
    out.push_str("interventions:\n");
    for intervention in interventions {
        out.push_str(&format!("  - id: {}\n", intervention.id.as_str()));
        out.push_str(&format!("    name: {}\n", yaml_quoted(&intervention.name)));
        out.push_str(&format!("    area: {}\n", intervention.area.as_str()));
        out.push_str("    budget:\n");
        let mut years: Vec<Year> = intervention.budget.iter().map(|(y, _, _)| *y).collect();
        years.sort();
        years.dedup();
        for year in years {
            out.push_str(&format!("      {year}:\n"));
            for (_, fund, amount) in intervention.budget.iter().filter(|(y, _, _)| *y == year) {
                out.push_str(&format!(
                    "        {}: {}\n",
                    fund.as_str(),
                    amount.to_fixed()
                ));
            }
        }
    }
    out
}
