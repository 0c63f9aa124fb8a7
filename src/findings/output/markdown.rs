//! A Markdown summary of the findings, for GitHub's job summary (`$GITHUB_STEP_SUMMARY`)
//! or a merge-request note: per plan its tally, then a table of its findings.

use std::fmt::Write;

use super::PlanFindings;
use super::json::location;
use crate::findings::{Severity, Tally};
use crate::i18n::{self, Lang, Message};

pub fn render(plans: &[PlanFindings], lang: Lang) -> String {
    let t = |key| i18n::label(lang, key);
    let mut out = String::from("## pdz check\n");
    for plan in plans {
        let tally = Tally::of(&plan.findings);
        let summary = i18n::tr(
            lang,
            &Message::new("check-summary")
                .with("path", format!("`{}`", plan.path.display()))
                .with("errors", tally.errors)
                .with("warnings", tally.warnings)
                .with("infos", tally.infos),
        );
        let _ = write!(out, "\n{}\n", escape(&summary));
        if plan.findings.is_empty() {
            continue;
        }
        let _ = write!(
            out,
            "\n| {} | {} | {} | {} |\n|---|---|---|---|\n",
            t("col-severity"),
            t("col-code"),
            t("col-place"),
            t("col-message")
        );
        for finding in &plan.findings {
            let place = location(&finding.primary, &plan.places);
            let severity = t(match finding.severity {
                Severity::Error => "severity-error",
                Severity::Warning => "severity-warning",
                Severity::Info => "severity-info",
            });
            let _ = writeln!(
                out,
                "| {severity} | `{}` | `{}:{}:{}` | {} |",
                finding.code.id(),
                place.file.replace('`', "'"),
                place.line,
                place.column,
                escape(&i18n::tr(lang, &finding.message))
            );
        }
        if !plan.rules_checked && tally.errors > 0 {
            let _ = write!(out, "\n{}\n", escape(&t("check-rules-skipped")));
        }
    }
    out
}

/// Text safe in a Markdown table cell: no line breaks, `|` and HTML escaped.
fn escape(text: &str) -> String {
    text.replace('\n', " ")
        .replace('|', "\\|")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}
