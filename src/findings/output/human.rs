//! Findings for people: rustc-style, with the source line and a caret. Long lines are
//! shown as a window around the span; the findings shown are capped (see [`Cap`]).

use std::ops::Range;

use annotate_snippets::{AnnotationKind, Group, Level, Origin, Renderer, Snippet};

use super::cap::Cap;
use super::excerpt::Excerpt;
use crate::findings::{Finding, Label, Severity};
use crate::i18n::{self, Lang, Message};
use crate::model::FileId;
use crate::source::SourceMap;

/// Renders findings with ANSI styles; the caller's stream strips them when
/// not writing to a terminal or when `NO_COLOR` is set.
pub fn render(findings: &[Finding], sources: &SourceMap, lang: Lang) -> String {
    let renderer = Renderer::styled();
    let mut out = String::new();
    let mut cap = Cap::default();
    for finding in findings {
        if cap.admit(0, finding.primary.span.file) {
            out.push_str(&render_one(finding, sources, lang, &renderer));
            out.push_str("\n\n");
        }
    }
    if let Some(more) = cap.more(lang) {
        out.push_str(&more);
        out.push_str("\n\n");
    }
    out
}

fn render_one(finding: &Finding, sources: &SourceMap, lang: Lang, renderer: &Renderer) -> String {
    let text = |m: &Message| i18n::tr(lang, m);
    let title = text(&finding.message);
    let level_name = severity_name(finding.severity, lang);
    let level = level(finding.severity).with_name(Some(level_name.as_str()));
    let help = finding.help.as_ref().map(text);
    let help_name = i18n::label(lang, "severity-help");

    // One snippet per file: the primary file first, then others in order of appearance.
    let mut labels: Vec<(&Label, bool)> = vec![(&finding.primary, true)];
    labels.extend(finding.secondary.iter().map(|l| (l, false)));
    let mut files: Vec<FileId> = Vec::new();
    for (label, _) in &labels {
        if !files.contains(&label.span.file) {
            files.push(label.span.file);
        }
    }
    let notes: Vec<Option<String>> = labels
        .iter()
        .map(|(l, _)| l.note.as_ref().map(text))
        .collect();
    let excerpts: Vec<Option<Excerpt>> = files
        .iter()
        .map(|file| {
            let spans: Vec<Range<usize>> = labels
                .iter()
                .filter(|(l, _)| l.span.file == *file)
                .map(|(l, _)| l.span.start as usize..l.span.end as usize)
                .collect();
            Excerpt::new(sources, *file, &spans)
        })
        .collect();
    let paths: Vec<String> = files
        .iter()
        .map(|file| {
            sources.get(*file).map_or_else(String::new, |f| {
                crate::visible::visible(&f.path.display().to_string()).into_owned()
            })
        })
        .collect();

    // Where the primary label starts, if its line was cut: the renderer counts the
    // column in the excerpt, `(line, column shown, true column)`.
    let mut recolumn = None;
    let mut group = Group::with_title(level.primary_title(title.as_str()).id(finding.code.id()));
    for (index, file) in files.iter().enumerate() {
        match &excerpts[index] {
            Some(excerpt) => {
                let mut snippet = Snippet::source(excerpt.text.as_str())
                    .line_start(excerpt.first_line)
                    .path(paths[index].as_str())
                    .fold(true);
                for ((label, primary), note) in labels.iter().zip(&notes) {
                    if label.span.file != *file {
                        continue;
                    }
                    let kind = if *primary {
                        AnnotationKind::Primary
                    } else {
                        AnnotationKind::Context
                    };
                    let range = excerpt.local(label.span.start as usize..label.span.end as usize);
                    if *primary && excerpt.cut {
                        let start = sources.locate(label.span).map(|(_, start, _)| start);
                        if let Some(start) = start {
                            recolumn =
                                Some((start.line, excerpt.column(range.start), start.column));
                        }
                    }
                    snippet = snippet.annotation(kind.span(range).label(note.as_deref()));
                }
                group = group.element(snippet);
            }
            None => {
                group = group.element(Origin::path(paths[index].as_str()).line(1).char_column(1))
            }
        }
    }
    if let Some(help) = &help {
        group = group.element(
            Level::HELP
                .with_name(Some(help_name.as_str()))
                .message(help.as_str()),
        );
    }
    let report: [Group; 1] = [group];
    let rendered = renderer.render(&report);
    match recolumn {
        Some((line, shown, column)) if shown != column => true_column(
            rendered,
            &format!(":{line}:{shown}"),
            &format!(":{line}:{column}"),
        ),
        _ => rendered,
    }
}

/// Puts the true column in the header (`--> path:line:column`, the first line with
/// `-->`), where the renderer wrote the column in a cut line.
fn true_column(rendered: String, shown: &str, column: &str) -> String {
    let Some(arrow) = rendered.find("-->") else {
        return rendered;
    };
    let line_end = rendered[arrow..]
        .find('\n')
        .map_or(rendered.len(), |i| arrow + i);
    // `:1:8` must not match the start of `:1:82`.
    let found = rendered[arrow..line_end]
        .rmatch_indices(shown)
        .map(|(at, _)| arrow + at)
        .find(|at| !rendered[at + shown.len()..].starts_with(|c: char| c.is_ascii_digit()));
    match found {
        Some(at) => {
            format!(
                "{}{column}{}",
                &rendered[..at],
                &rendered[at + shown.len()..]
            )
        }
        None => rendered,
    }
}

fn level(severity: Severity) -> Level<'static> {
    match severity {
        Severity::Error => Level::ERROR,
        Severity::Warning => Level::WARNING,
        Severity::Info => Level::INFO,
    }
}

/// `errore`, `avviso`, `info` / `error`, `warning`, `info`.
pub fn severity_name(severity: Severity, lang: Lang) -> String {
    i18n::label(
        lang,
        match severity {
            Severity::Error => "severity-error",
            Severity::Warning => "severity-warning",
            Severity::Info => "severity-info",
        },
    )
}
