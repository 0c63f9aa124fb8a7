//! Findings as a versioned JSON document, for tools and tests.

use serde::Serialize;

use super::PlanFindings;
use super::places::Places;
use crate::findings::{Finding, Label, Tally};
use crate::i18n::{self, Lang};

/// Version of the JSON envelope; bumped on incompatible changes.
pub const VERSION: u32 = 1;

#[derive(Serialize)]
struct Envelope<'a> {
    version: u32,
    tool: &'static str,
    findings: Vec<JsonFinding<'a>>,
    summary: Tally,
    plans: Vec<JsonPlan>,
}

/// One plan checked: its path, counts, and whether the rules ran.
#[derive(Serialize)]
struct JsonPlan {
    path: String,
    summary: Tally,
    rules_checked: bool,
}

#[derive(Serialize)]
pub(crate) struct JsonFinding<'a> {
    pub code: &'a str,
    pub severity: &'a str,
    pub message: String,
    #[serde(flatten)]
    pub location: JsonLocation,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub help: Option<String>,
    pub related: Vec<JsonRelated>,
}

#[derive(Serialize)]
pub(crate) struct JsonRelated {
    #[serde(flatten)]
    pub location: JsonLocation,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
}

/// A place: file path and 1-based start and end line and character column.
#[derive(Serialize, Clone)]
pub(crate) struct JsonLocation {
    pub file: String,
    pub line: usize,
    pub column: usize,
    pub end_line: usize,
    pub end_column: usize,
}

/// All findings of all plans checked, as one JSON document.
pub fn render(plans: &[PlanFindings], lang: Lang) -> String {
    let findings: Vec<JsonFinding> = plans
        .iter()
        .flat_map(|plan| plan.findings.iter().map(|f| finding(f, &plan.places, lang)))
        .collect();
    let summary = Tally::of(plans.iter().flat_map(|p| &p.findings));
    let envelope = Envelope {
        version: VERSION,
        tool: "pdz",
        findings,
        summary,
        plans: plans
            .iter()
            .map(|plan| JsonPlan {
                path: plan.path.display().to_string(),
                summary: Tally::of(&plan.findings),
                rules_checked: plan.rules_checked,
            })
            .collect(),
    };
    serde_json::to_string_pretty(&envelope).unwrap_or_default() + "\n"
}

pub(crate) fn finding<'a>(finding: &'a Finding, places: &Places, lang: Lang) -> JsonFinding<'a> {
    JsonFinding {
        code: finding.code.id(),
        severity: finding.severity.id(),
        message: i18n::tr(lang, &finding.message),
        location: location(&finding.primary, places),
        help: finding.help.as_ref().map(|h| i18n::tr(lang, h)),
        related: finding
            .secondary
            .iter()
            .map(|label| JsonRelated {
                location: location(label, places),
                message: label.note.as_ref().map(|n| i18n::tr(lang, n)),
            })
            .collect(),
    }
}

pub(crate) fn location(label: &Label, places: &Places) -> JsonLocation {
    match places.get(label.span) {
        Some(place) => JsonLocation {
            file: place.file.clone(),
            line: place.start.line,
            column: place.start.column,
            end_line: place.end.line,
            end_column: place.end.column,
        },
        None => JsonLocation {
            file: String::new(),
            line: 1,
            column: 1,
            end_line: 1,
            end_column: 1,
        },
    }
}
