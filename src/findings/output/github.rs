//! GitHub Actions workflow commands: one annotation per finding on the pull request.
//! `::error file=F,line=L,col=C,endLine=L,endColumn=C,title=CODE::message`. The
//! annotations are capped (see [`Cap`]); a last `::notice` says how many more there were.

use super::PlanFindings;
use super::cap::Cap;
use super::json::location;
use crate::findings::Severity;
use crate::i18n::{self, Lang};

pub fn render(plans: &[PlanFindings], lang: Lang) -> String {
    let mut out = String::new();
    let mut cap = Cap::default();
    for (index, plan) in plans.iter().enumerate() {
        for finding in &plan.findings {
            if !cap.admit(index, finding.primary.span.file) {
                continue;
            }
            let command = match finding.severity {
                Severity::Error => "error",
                Severity::Warning => "warning",
                Severity::Info => "notice",
            };
            let place = location(&finding.primary, &plan.places);
            let mut message = i18n::tr(lang, &finding.message);
            if let Some(help) = &finding.help {
                message.push('\n');
                message.push_str(&i18n::tr(lang, help));
            }
            out.push_str(&format!(
                "::{command} file={},line={},col={},endLine={},endColumn={},title={}::{}\n",
                property(&crate::visible::visible(&place.file)),
                place.line,
                place.column,
                place.end_line,
                place.end_column,
                property(finding.code.id()),
                data(&message)
            ));
        }
    }
    if let Some(more) = cap.more(lang) {
        out.push_str(&format!("::notice title=pdz::{}\n", data(&more)));
    }
    out
}

/// Escapes a message the way the runner expects (`%`, CR, LF).
fn data(text: &str) -> String {
    text.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

/// Escapes a property value: as data, plus `:` and `,`.
fn property(text: &str) -> String {
    data(text).replace(':', "%3A").replace(',', "%2C")
}

#[cfg(test)]
mod tests {
    #[test]
    fn escapes_like_the_actions_toolkit() {
        assert_eq!(super::data("50% a\nb"), "50%25 a%0Ab");
        assert_eq!(super::property("a:b,c"), "a%3Ab%2Cc");
    }
}
