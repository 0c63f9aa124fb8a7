//! Findings as the pages show them: localized, each place linking to its file view.

use std::path::Path;

use super::links;
use super::pages::{FindingView, Place};
use crate::findings::output::human::severity_name;
use crate::findings::{Finding, Label};
use crate::i18n::{self, Lang};
use crate::source::SourceMap;

/// The findings of one plan, in the order `pdz check` prints them.
pub fn views(
    findings: &[Finding],
    sources: &SourceMap,
    root: &Path,
    plan: &str,
    lang: Lang,
) -> Vec<FindingView> {
    findings
        .iter()
        .map(|finding| FindingView {
            severity: finding.severity.id(),
            severity_text: severity_name(finding.severity, lang),
            code: finding.code.id(),
            message: i18n::tr(lang, &finding.message),
            place: place(&finding.primary, sources, root, plan, lang),
            help: finding.help.as_ref().map(|help| i18n::tr(lang, help)),
            related: finding
                .secondary
                .iter()
                .map(|label| place(label, sources, root, plan, lang))
                .collect(),
        })
        .collect()
}

fn place(label: &Label, sources: &SourceMap, root: &Path, plan: &str, lang: Lang) -> Place {
    let note = label.note.as_ref().map(|note| i18n::tr(lang, note));
    match sources.locate(label.span) {
        Some((file, start, _)) => {
            let key = file_key(root, &file.path);
            let href = links::with_query(
                &format!("{}/file/{}", links::plan(plan), file_href(&key)),
                &[("line", &start.line.to_string())],
                lang,
            ) + &format!("#L{}", start.line);
            Place {
                href,
                file: key,
                at: format!(":{}:{}", start.line, start.column),
                note,
            }
        }
        None => Place {
            href: links::with_query(&format!("{}/findings", links::plan(plan)), &[], lang),
            file: String::new(),
            at: String::new(),
            note,
        },
    }
}

/// A plan file's name in the server's addresses: its path below the plan's root, with `/`
/// (the file's own name when the plan is that one file).
pub fn file_key(root: &Path, path: &Path) -> String {
    let relative = path.strip_prefix(root).unwrap_or(path);
    let parts: Vec<String> = relative
        .components()
        .filter_map(|c| match c {
            std::path::Component::Normal(part) => Some(part.to_string_lossy().into_owned()),
            _ => None,
        })
        .collect();
    if parts.is_empty() {
        return path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
    }
    parts.join("/")
}

/// The key as an address: each part percent-encoded, the slashes kept.
pub fn file_href(key: &str) -> String {
    key.split('/')
        .map(links::segment)
        .collect::<Vec<_>>()
        .join("/")
}
