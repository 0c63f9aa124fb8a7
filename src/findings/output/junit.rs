//! JUnit XML for GitLab and Jenkins: per plan a test suite, per check a test case,
//! failing when the check found errors or warnings.

use std::fmt::Write;

use super::PlanFindings;
use super::json::location;
use crate::findings::explain::title;
use crate::findings::{Code, Finding, Severity, Tally};
use crate::i18n::{self, Lang};

pub fn render(plans: &[PlanFindings], lang: Lang) -> String {
    let codes: Vec<Code> = Code::all().collect();
    let failing = |plan: &PlanFindings| {
        codes
            .iter()
            .filter(|code| {
                plan.findings
                    .iter()
                    .any(|f| f.code == **code && f.severity != Severity::Info)
            })
            .count()
    };
    let total_failures: usize = plans.iter().map(failing).sum();
    let mut out = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    let _ = writeln!(
        out,
        "<testsuites name=\"pdz check\" tests=\"{}\" failures=\"{total_failures}\">",
        codes.len() * plans.len()
    );
    for plan in plans {
        let path = plan.path.display().to_string();
        let _ = writeln!(
            out,
            "  <testsuite name=\"{}\" tests=\"{}\" failures=\"{}\">",
            escape(&path),
            codes.len(),
            failing(plan)
        );
        for code in &codes {
            let findings: Vec<&Finding> =
                plan.findings.iter().filter(|f| f.code == *code).collect();
            let _ = write!(
                out,
                "    <testcase name=\"{}\" classname=\"pdz.{}\">",
                code.id(),
                escape(&path)
            );
            let problems: Vec<&&Finding> = findings
                .iter()
                .filter(|f| f.severity != Severity::Info)
                .collect();
            if !problems.is_empty() {
                let tally = Tally::of(findings.iter().copied());
                let kind = if tally.errors > 0 { "error" } else { "warning" };
                let _ = write!(
                    out,
                    "\n      <failure type=\"{kind}\" message=\"{}: {}\">",
                    escape(title(*code, lang)),
                    problems.len()
                );
                for finding in &problems {
                    out.push_str(&escape(&line(finding, plan, lang)));
                    out.push('\n');
                }
                out.push_str("</failure>\n    ");
            }
            let infos: Vec<&&Finding> = findings
                .iter()
                .filter(|f| f.severity == Severity::Info)
                .collect();
            if !infos.is_empty() {
                out.push_str("\n      <system-out>");
                for finding in infos {
                    out.push_str(&escape(&line(finding, plan, lang)));
                    out.push('\n');
                }
                out.push_str("</system-out>\n    ");
            }
            out.push_str("</testcase>\n");
        }
        out.push_str("  </testsuite>\n");
    }
    out.push_str("</testsuites>\n");
    out
}

/// `file:line:column: severity: message`.
fn line(finding: &Finding, plan: &PlanFindings, lang: Lang) -> String {
    let place = location(&finding.primary, plan.sources);
    format!(
        "{}:{}:{}: {}: {}",
        place.file,
        place.line,
        place.column,
        finding.severity.id(),
        i18n::tr(lang, &finding.message)
    )
}

/// Escapes text for XML content and attribute values.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            // Characters XML 1.0 cannot hold at all.
            c if (c as u32) < 0x20 && !matches!(c, '\t' | '\n' | '\r') => out.push('\u{FFFD}'),
            c => out.push(c),
        }
    }
    out
}
