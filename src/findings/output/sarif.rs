//! SARIF 2.1.0, for GitHub code scanning and other static-analysis dashboards.
//! Every check is a rule, described from the explanation catalogue, with the address
//! of its page; every file is named relative to the repository root (`%SRCROOT%`);
//! every result has a fingerprint that survives line moves.

use serde_json::{Value, json};

use super::PlanFindings;
use super::artifact::{ArtifactBase, ArtifactUri, SRCROOT};
use super::fingerprint::{self, Fingerprints};
use crate::findings::explain::{explanation, title};
use crate::findings::{Code, Finding, Label, Severity};
use crate::i18n::{self, Lang};

/// pdz's home page, from the manifest's `repository`.
pub const INFORMATION_URI: &str = env!("CARGO_PKG_REPOSITORY");

/// The address of a check's explanation page in the repository, in `lang`.
pub fn help_uri(code: Code, lang: Lang) -> String {
    let lang = match lang {
        Lang::It => "it",
        Lang::En => "en",
    };
    format!(
        "{INFORMATION_URI}/blob/main/src/findings/explanations/{lang}/{}.md",
        code.id()
    )
}

pub fn render(plans: &[PlanFindings], base: &ArtifactBase, lang: Lang) -> String {
    let codes: Vec<Code> = Code::all().collect();
    let rules: Vec<Value> = codes
        .iter()
        .map(|code| {
            json!({
                "id": code.id(),
                "name": friendly_name(*code),
                "shortDescription": { "text": title(*code, lang) },
                "fullDescription": { "text": crate::findings::explain::body(*code, lang) },
                "helpUri": help_uri(*code, lang),
                "help": { "text": explanation(*code, lang), "markdown": explanation(*code, lang) },
                "defaultConfiguration": { "level": level(code.default_severity()) },
            })
        })
        .collect();
    let mut fingerprints = Fingerprints::default();
    let mut results = Vec::new();
    for plan in plans {
        let locate = |label: &Label| physical(label, plan, base, lang);
        for finding in &plan.findings {
            let mut text = i18n::tr(lang, &finding.message);
            if let Some(help) = &finding.help {
                text.push_str(" — ");
                text.push_str(&i18n::tr(lang, help));
            }
            let location = locate(&finding.primary);
            let print = fingerprint(&mut fingerprints, finding, plan, &location);
            results.push(json!({
                "ruleId": finding.code.id(),
                "ruleIndex": codes.iter().position(|c| *c == finding.code).unwrap_or(0),
                "level": level(finding.severity),
                "message": { "text": text },
                "locations": [location],
                "relatedLocations": finding
                    .secondary
                    .iter()
                    .enumerate()
                    .map(|(id, label)| {
                        let mut related = locate(label);
                        related["id"] = json!(id);
                        related
                    })
                    .collect::<Vec<_>>(),
                "partialFingerprints": { fingerprint::KEY: print },
            }));
        }
    }
    let sarif = json!({
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [{
            "tool": {
                "driver": {
                    "name": "pdz",
                    "version": env!("CARGO_PKG_VERSION"),
                    "informationUri": INFORMATION_URI,
                    "rules": rules,
                }
            },
            "originalUriBaseIds": {
                SRCROOT: {
                    "uri": base.root_uri(),
                    "description": { "text": i18n::label(lang, "sarif-srcroot") },
                }
            },
            "columnKind": "unicodeCodePoints",
            "results": results,
        }]
    });
    serde_json::to_string_pretty(&sarif).unwrap_or_default() + "\n"
}

/// The rule's friendly name, its id in Pascal case: `fund-overallocated` is
/// `FundOverallocated`; a one-word id gets `Check` (`SchemaCheck`), as the name must
/// differ from the id in more than case.
fn friendly_name(code: Code) -> String {
    let name: String = code
        .id()
        .split('-')
        .flat_map(|word| {
            let mut chars = word.chars();
            chars
                .next()
                .map(|first| first.to_ascii_uppercase())
                .into_iter()
                .chain(chars)
        })
        .collect();
    if code.id().contains('-') {
        name
    } else {
        name + "Check"
    }
}

fn level(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "note",
    }
}

/// The fingerprint of a finding: its code, file, message key and the trimmed text of its
/// first line, not the line number.
fn fingerprint(
    prints: &mut Fingerprints,
    finding: &Finding,
    plan: &PlanFindings,
    location: &Value,
) -> String {
    let uri = location["physicalLocation"]["artifactLocation"]["uri"]
        .as_str()
        .unwrap_or("");
    let line = plan.places.line_text(finding.primary.span);
    prints.next(&[finding.code.id(), uri, finding.message.key, line])
}

fn physical(label: &Label, plan: &PlanFindings, base: &ArtifactBase, lang: Lang) -> Value {
    let place = super::json::location(label, &plan.places);
    let artifact = match base.uri(std::path::Path::new(&place.file), plan.revision.as_deref()) {
        ArtifactUri::InRoot(uri) => json!({ "uri": uri, "uriBaseId": SRCROOT }),
        ArtifactUri::Absolute(uri) => json!({ "uri": uri }),
    };
    let mut value = json!({
        "physicalLocation": {
            "artifactLocation": artifact,
            "region": {
                "startLine": place.line,
                "startColumn": place.column,
                "endLine": place.end_line,
                "endColumn": place.end_column.max(if place.end_line == place.line { place.column } else { 1 }),
            }
        }
    });
    if let Some(note) = &label.note {
        value["message"] = json!({ "text": i18n::tr(lang, note) });
    }
    value
}
