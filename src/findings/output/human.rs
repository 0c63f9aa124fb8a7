//! Findings for people: rustc-style, with the source line and a caret.

use std::borrow::Cow;
use std::ops::Range;

use annotate_snippets::{AnnotationKind, Group, Level, Origin, Renderer, Snippet};

use crate::findings::{Finding, Label, Severity};
use crate::i18n::{self, Lang, Message};
use crate::model::FileId;
use crate::source::SourceMap;

/// Renders findings with ANSI styles; the caller's stream strips them when
/// not writing to a terminal or when `NO_COLOR` is set.
pub fn render(findings: &[Finding], sources: &SourceMap, lang: Lang) -> String {
    let renderer = Renderer::styled();
    let mut out = String::new();
    for finding in findings {
        out.push_str(&render_one(finding, sources, lang, &renderer));
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
            sources
                .get(*file)
                .map_or_else(String::new, |f| f.path.display().to_string())
        })
        .collect();

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
    renderer.render(&report)
}

/// The lines of a file that the labels cover, with the offset they start at.
struct Excerpt {
    text: String,
    first_line: usize,
    offset: usize,
}

impl Excerpt {
    fn new(sources: &SourceMap, file: FileId, spans: &[Range<usize>]) -> Option<Excerpt> {
        let source = sources.get(file)?;
        if source.text.is_empty() {
            return None;
        }
        let first = spans.iter().map(|s| s.start).min()?;
        let last = spans.iter().map(|s| s.end.max(s.start)).max()?;
        let first_line = source.line_col(first as u32).line;
        let last_line = source.line_col(last as u32).line;
        let start = source.line_range(first_line).start;
        let end = source.line_range(last_line).end;
        Some(Excerpt {
            text: source.text.get(start..end).map(Cow::from)?.into_owned(),
            first_line,
            offset: start,
        })
    }

    /// A span of the file as a range of the excerpt, at least one character wide when possible,
    /// widened to whole characters (a parser may point inside one).
    fn local(&self, span: Range<usize>) -> Range<usize> {
        let mut start = span.start.saturating_sub(self.offset).min(self.text.len());
        while !self.text.is_char_boundary(start) {
            start -= 1;
        }
        let mut end = span
            .end
            .saturating_sub(self.offset)
            .clamp(start, self.text.len());
        while !self.text.is_char_boundary(end) {
            end += 1;
        }
        if end == start {
            end = self.text[start..]
                .chars()
                .next()
                .filter(|c| *c != '\n' && *c != '\r')
                .map_or(start, |c| start + c.len_utf8());
        }
        start..end
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
