//! SARIF 2.1.0, for GitHub code scanning and other static-analysis dashboards.
//! Every check is a rule, described from the explanation catalogue.

use serde_json::{Value, json};

use super::PlanFindings;
use super::json::{JsonLocation, location};
use crate::findings::explain::{explanation, title};
use crate::findings::{Code, Label, Severity};
use crate::i18n::{self, Lang};
use crate::source::SourceMap;

pub fn render(plans: &[PlanFindings], lang: Lang) -> String {
    let codes: Vec<Code> = Code::all().collect();
    let rules: Vec<Value> = codes
        .iter()
        .map(|code| {
            json!({
                "id": code.id(),
                "name": code.id(),
                "shortDescription": { "text": title(*code, lang) },
                "fullDescription": { "text": crate::findings::explain::body(*code, lang) },
                "help": { "text": explanation(*code, lang), "markdown": explanation(*code, lang) },
                "defaultConfiguration": { "level": level(code.default_severity()) },
            })
        })
        .collect();
    let results: Vec<Value> = plans
        .iter()
        .flat_map(|plan| {
            plan.findings.iter().map(|finding| {
                let mut text = i18n::tr(lang, &finding.message);
                if let Some(help) = &finding.help {
                    text.push_str(" — ");
                    text.push_str(&i18n::tr(lang, help));
                }
                json!({
                    "ruleId": finding.code.id(),
                    "ruleIndex": codes.iter().position(|c| *c == finding.code).unwrap_or(0),
                    "level": level(finding.severity),
                    "message": { "text": text },
                    "locations": [physical(&finding.primary, plan.sources, lang)],
                    "relatedLocations": finding
                        .secondary
                        .iter()
                        .enumerate()
                        .map(|(id, label)| {
                            let mut related = physical(label, plan.sources, lang);
                            related["id"] = json!(id);
                            related
                        })
                        .collect::<Vec<_>>(),
                })
            })
        })
        .collect();
    let sarif = json!({
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [{
            "tool": {
                "driver": {
                    "name": "pdz",
                    "version": env!("CARGO_PKG_VERSION"),
                    "informationUri": "https://example.invalid/pdz",
                    "rules": rules,
                }
            },
            "columnKind": "unicodeCodePoints",
            "results": results,
        }]
    });
    serde_json::to_string_pretty(&sarif).unwrap_or_default() + "\n"
}

fn level(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "note",
    }
}

fn physical(label: &Label, sources: &SourceMap, lang: Lang) -> Value {
    let JsonLocation {
        file,
        line,
        column,
        end_line,
        end_column,
    } = location(label, sources);
    let mut value = json!({
        "physicalLocation": {
            "artifactLocation": { "uri": uri(&file) },
            "region": {
                "startLine": line,
                "startColumn": column,
                "endLine": end_line,
                "endColumn": end_column.max(if end_line == line { column } else { 1 }),
            }
        }
    });
    if let Some(note) = &label.note {
        value["message"] = json!({ "text": i18n::tr(lang, note) });
    }
    value
}

/// A relative path as a URI reference: `/` separators, other reserved bytes percent-encoded.
fn uri(path: &str) -> String {
    let path = path.replace('\\', "/");
    let path = path.strip_prefix("./").unwrap_or(&path);
    let mut out = String::new();
    for byte in path.bytes() {
        match byte {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' | b'/' => {
                out.push(byte as char)
            }
            other => out.push_str(&format!("%{other:02X}")),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn uris_are_encoded() {
        assert_eq!(
            super::uri("./plans/città 1/a.yaml"),
            "plans/citt%C3%A0%201/a.yaml"
        );
    }
}
