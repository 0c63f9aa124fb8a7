//! JUnit XML for GitLab and Jenkins: per plan a test suite, per check a test case.
//!
//! A check fails on its errors only: warnings and infos are printed in the test case's
//! `<system-out>`, so that a plan that passes `pdz check` (exit 0) shows no failed test;
//! with `--strict` warnings are errors, and fail. A file pdz could not read is an
//! `<error>` (the check could not be done), and the rules held back by errors are
//! `<skipped/>`, not passed.

use std::fmt::Write;

use super::PlanFindings;
use super::json::location;
use crate::findings::explain::title;
use crate::findings::{Code, Finding, Severity};
use crate::i18n::{self, Lang};

/// What a check's test case says for one plan.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Outcome {
    Passed,
    Failed,
    /// pdz could not read a file: the check could not be done.
    Error,
    /// A rule held back by the plan's errors.
    Skipped,
}

/// Counts of one suite, or of all of them.
#[derive(Default)]
struct Counts {
    tests: usize,
    failures: usize,
    errors: usize,
    skipped: usize,
}

impl Counts {
    fn add(&mut self, outcome: Outcome) {
        self.tests += 1;
        match outcome {
            Outcome::Passed => {}
            Outcome::Failed => self.failures += 1,
            Outcome::Error => self.errors += 1,
            Outcome::Skipped => self.skipped += 1,
        }
    }

    /// `tests`, `failures` and `errors`, as `<testsuites>` has them.
    fn attributes(&self) -> String {
        format!(
            "tests=\"{}\" failures=\"{}\" errors=\"{}\"",
            self.tests, self.failures, self.errors
        )
    }
}

fn outcome(code: Code, findings: &[&Finding], plan: &PlanFindings) -> Outcome {
    if findings.iter().any(|f| f.severity == Severity::Error) {
        if code == Code::FileUnreadable {
            Outcome::Error
        } else {
            Outcome::Failed
        }
    } else if findings.is_empty() && code.is_rule() && !plan.rules_checked {
        Outcome::Skipped
    } else {
        Outcome::Passed
    }
}

pub fn render(plans: &[PlanFindings], lang: Lang) -> String {
    let codes: Vec<Code> = Code::all().collect();
    let mut total = Counts::default();
    let mut suites = String::new();
    for plan in plans {
        let path = plan.path.display().to_string();
        let mut counts = Counts::default();
        let mut cases = String::new();
        for code in &codes {
            let findings: Vec<&Finding> =
                plan.findings.iter().filter(|f| f.code == *code).collect();
            let outcome = outcome(*code, &findings, plan);
            counts.add(outcome);
            total.add(outcome);
            let _ = write!(
                cases,
                "    <testcase name=\"{}\" classname=\"pdz.{}\">",
                code.id(),
                escape(&path)
            );
            let (errors, others): (Vec<&Finding>, Vec<&Finding>) =
                findings.iter().partition(|f| f.severity == Severity::Error);
            match outcome {
                Outcome::Failed | Outcome::Error => {
                    let element = if outcome == Outcome::Error {
                        "error"
                    } else {
                        "failure"
                    };
                    let _ = write!(
                        cases,
                        "\n      <{element} type=\"error\" message=\"{}: {}\">",
                        escape(title(*code, lang)),
                        errors.len()
                    );
                    for finding in &errors {
                        cases.push_str(&escape(&line(finding, plan, lang)));
                        cases.push('\n');
                    }
                    let _ = write!(cases, "</{element}>\n    ");
                }
                Outcome::Skipped => {
                    let _ = write!(
                        cases,
                        "\n      <skipped message=\"{}\"/>\n    ",
                        escape(&i18n::label(lang, "junit-rule-skipped"))
                    );
                }
                Outcome::Passed => {}
            }
            if !others.is_empty() {
                cases.push_str("\n      <system-out>");
                for finding in others {
                    cases.push_str(&escape(&line(finding, plan, lang)));
                    cases.push('\n');
                }
                cases.push_str("</system-out>\n    ");
            }
            cases.push_str("</testcase>\n");
        }
        let _ = writeln!(
            suites,
            "  <testsuite name=\"{}\" {} skipped=\"{}\">",
            escape(&path),
            counts.attributes(),
            counts.skipped
        );
        suites.push_str(&cases);
        suites.push_str("  </testsuite>\n");
    }
    let mut out = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    let _ = writeln!(
        out,
        "<testsuites name=\"pdz check\" {}>",
        total.attributes()
    );
    out.push_str(&suites);
    out.push_str("</testsuites>\n");
    out
}

/// `file:line:column: severity: message`.
fn line(finding: &Finding, plan: &PlanFindings, lang: Lang) -> String {
    let place = location(&finding.primary, &plan.places);
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
