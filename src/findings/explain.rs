//! One page per check, in Italian and English: what it finds, why, the legal
//! source and how to fix. The pages are Markdown files compiled into the binary;
//! the first line of each, `# code — title`, gives the check's title.

use super::Code;
use crate::i18n::Lang;

/// The explanation of a check, as Markdown.
pub fn explanation(code: Code, lang: Lang) -> &'static str {
    match (code.id(), lang) {
        ("yaml-syntax", Lang::It) => include_str!("explanations/it/yaml-syntax.md"),
        ("yaml-syntax", Lang::En) => include_str!("explanations/en/yaml-syntax.md"),
        ("schema", Lang::It) => include_str!("explanations/it/schema.md"),
        ("schema", Lang::En) => include_str!("explanations/en/schema.md"),
        ("duplicate-id", Lang::It) => include_str!("explanations/it/duplicate-id.md"),
        ("duplicate-id", Lang::En) => include_str!("explanations/en/duplicate-id.md"),
        ("unknown-reference", Lang::It) => include_str!("explanations/it/unknown-reference.md"),
        ("unknown-reference", Lang::En) => include_str!("explanations/en/unknown-reference.md"),
        ("year-outside-period", Lang::It) => include_str!("explanations/it/year-outside-period.md"),
        ("year-outside-period", Lang::En) => include_str!("explanations/en/year-outside-period.md"),
        ("amount-invalid", Lang::It) => include_str!("explanations/it/amount-invalid.md"),
        ("amount-invalid", Lang::En) => include_str!("explanations/en/amount-invalid.md"),
        ("file-unreadable", Lang::It) => include_str!("explanations/it/file-unreadable.md"),
        ("file-unreadable", Lang::En) => include_str!("explanations/en/file-unreadable.md"),
        ("file-skipped", Lang::It) => include_str!("explanations/it/file-skipped.md"),
        ("file-skipped", Lang::En) => include_str!("explanations/en/file-skipped.md"),
        ("resource-limit", Lang::It) => include_str!("explanations/it/resource-limit.md"),
        ("resource-limit", Lang::En) => include_str!("explanations/en/resource-limit.md"),
        ("fund-overallocated", Lang::It) => include_str!("explanations/it/fund-overallocated.md"),
        ("fund-overallocated", Lang::En) => include_str!("explanations/en/fund-overallocated.md"),
        ("fund-underallocated", Lang::It) => include_str!("explanations/it/fund-underallocated.md"),
        ("fund-underallocated", Lang::En) => include_str!("explanations/en/fund-underallocated.md"),
        ("fund-deadline", Lang::It) => include_str!("explanations/it/fund-deadline.md"),
        ("fund-deadline", Lang::En) => include_str!("explanations/en/fund-deadline.md"),
        ("fund-before-annualita", Lang::It) => {
            include_str!("explanations/it/fund-before-annualita.md")
        }
        ("fund-before-annualita", Lang::En) => {
            include_str!("explanations/en/fund-before-annualita.md")
        }
        ("fund-scope", Lang::It) => include_str!("explanations/it/fund-scope.md"),
        ("fund-scope", Lang::En) => include_str!("explanations/en/fund-scope.md"),
        ("fund-earmark", Lang::It) => include_str!("explanations/it/fund-earmark.md"),
        ("fund-earmark", Lang::En) => include_str!("explanations/en/fund-earmark.md"),
        ("pnrr-cap", Lang::It) => include_str!("explanations/it/pnrr-cap.md"),
        ("pnrr-cap", Lang::En) => include_str!("explanations/en/pnrr-cap.md"),
        ("pnrr-missing-cup", Lang::It) => include_str!("explanations/it/pnrr-missing-cup.md"),
        ("pnrr-missing-cup", Lang::En) => include_str!("explanations/en/pnrr-missing-cup.md"),
        ("leps-not-covered", Lang::It) => include_str!("explanations/it/leps-not-covered.md"),
        ("leps-not-covered", Lang::En) => include_str!("explanations/en/leps-not-covered.md"),
        ("staffing-ratio", Lang::It) => include_str!("explanations/it/staffing-ratio.md"),
        ("staffing-ratio", Lang::En) => include_str!("explanations/en/staffing-ratio.md"),
        ("intervention-unfunded", Lang::It) => {
            include_str!("explanations/it/intervention-unfunded.md")
        }
        ("intervention-unfunded", Lang::En) => {
            include_str!("explanations/en/intervention-unfunded.md")
        }
        ("comune-not-served", Lang::It) => include_str!("explanations/it/comune-not-served.md"),
        ("comune-not-served", Lang::En) => include_str!("explanations/en/comune-not-served.md"),
        ("actual-unknown-line", Lang::It) => include_str!("explanations/it/actual-unknown-line.md"),
        ("actual-unknown-line", Lang::En) => include_str!("explanations/en/actual-unknown-line.md"),
        ("committed-exceeds-programmed", Lang::It) => {
            include_str!("explanations/it/committed-exceeds-programmed.md")
        }
        ("committed-exceeds-programmed", Lang::En) => {
            include_str!("explanations/en/committed-exceeds-programmed.md")
        }
        ("paid-exceeds-committed", Lang::It) => {
            include_str!("explanations/it/paid-exceeds-committed.md")
        }
        ("paid-exceeds-committed", Lang::En) => {
            include_str!("explanations/en/paid-exceeds-committed.md")
        }
        ("actual-stale", Lang::It) => include_str!("explanations/it/actual-stale.md"),
        ("actual-stale", Lang::En) => include_str!("explanations/en/actual-stale.md"),
        _ => "",
    }
}

/// The one-line title of a check, from the first line of its explanation.
pub fn title(code: Code, lang: Lang) -> &'static str {
    let first = explanation(code, lang).lines().next().unwrap_or_default();
    first.split_once(" — ").map_or(first, |(_, title)| title)
}

/// The explanation without its title line, as plain text for terminals.
pub fn body(code: Code, lang: Lang) -> &'static str {
    let text = explanation(code, lang);
    text.split_once('\n').map_or("", |(_, rest)| rest.trim())
}

/// The legal (or format) source of a check: its **Fonte.** / **Source.** paragraph,
/// on one line; empty if the explanation has none (a test forbids that).
pub fn source(code: Code, lang: Lang) -> String {
    let label = match lang {
        Lang::It => "**Fonte.** ",
        Lang::En => "**Source.** ",
    };
    body(code, lang)
        .split("\n\n")
        .find_map(|paragraph| paragraph.strip_prefix(label))
        .map(|text| text.split_whitespace().collect::<Vec<_>>().join(" "))
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_code_has_an_explanation_in_both_languages() {
        for code in Code::all() {
            for lang in [Lang::It, Lang::En] {
                let text = explanation(code, lang);
                assert!(
                    text.starts_with(&format!("# {} — ", code.id())),
                    "{code:?} {lang:?}"
                );
                assert!(!title(code, lang).is_empty());
                assert!(
                    body(code, lang).len() > 100,
                    "{code:?} {lang:?} is too short"
                );
                assert!(
                    source(code, lang).len() > 20,
                    "{code:?} {lang:?} has no source paragraph"
                );
            }
        }
    }
}
