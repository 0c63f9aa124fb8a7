//! `/p/NAME/file/PATH`: one of the plan's own files, every line escaped and numbered,
//! the lines of its findings marked. Only files the plan was loaded from are shown: the
//! path is looked up among them, never opened.

use std::collections::BTreeSet;

use axum::extract::{Path, Query, State};
use axum::http::{StatusCode, Uri};
use axum::response::Response;

use crate::i18n::{self, Message};
use crate::serve::app::{Section, Shared};
use crate::serve::finding_views::file_key;
use crate::serve::pages::{FilePage, Line, Mark};
use crate::serve::params::Params;
use crate::visible::visible;

pub async fn page(
    State(app): State<Shared>,
    Path((name, path)): Path<(String, String)>,
    uri: Uri,
    Query(params): Query<Params>,
) -> Response {
    super::plan_page(app, name, uri, params, move |request, slot| {
        let state = slot.state();
        let Ok(checked) = state.as_ref() else {
            return request.not_found(Some(slot));
        };
        let sources = &checked.loaded.sources;
        let Some((file_id, file)) = sources
            .files()
            .find(|(_, file)| file_key(&slot.root, &file.path) == path)
        else {
            return request.not_found(Some(slot));
        };
        let lang = request.lang;
        let asked: Option<usize> = request.params.get("line").and_then(|l| l.parse().ok());
        let mut marks: Vec<Mark> = checked
            .findings
            .iter()
            .filter(|f| f.primary.span.file == file_id)
            .filter_map(|f| {
                let (_, start, _) = sources.locate(f.primary.span)?;
                Some(Mark {
                    line: start.line,
                    severity: f.severity.id(),
                    text: format!(
                        "{} {}: {}",
                        f.code.id(),
                        i18n::tr(
                            lang,
                            &Message::new("serve-line")
                                .with("line", start.line)
                                .with("column", start.column)
                        ),
                        i18n::tr(lang, &f.message)
                    ),
                })
            })
            .collect();
        marks.sort_by_key(|m| m.line);
        // The empty line after a file's last line break is no line of the file, unless a
        // finding points there (the end of the file).
        let lines_in_file = file.line_count()
            - usize::from(file.text.is_empty() || file.text.ends_with(['\n', '\r']));
        let shown = lines_in_file.max(marks.last().map_or(0, |m| m.line).min(file.line_count()));
        let hits: BTreeSet<usize> = marks.iter().map(|m| m.line).chain(asked).collect();
        let lines: Vec<Line> = (1..=shown)
            .map(|number| {
                let range = file.line_range(number);
                let text = file.text.get(range).unwrap_or_default();
                Line {
                    number,
                    text: visible(text.trim_end_matches(['\n', '\r'])).into_owned(),
                    hit: hits.contains(&number),
                }
            })
            .collect();
        let page = FilePage {
            // Where it is in the plan, not where the server was started.
            path: path.clone(),
            lines_text: i18n::tr(
                lang,
                &Message::new("serve-file-lines").with("lines", lines_in_file),
            ),
            marks,
            lines,
        };
        let frame = request.frame(page.path.clone(), Some(slot), Section::Files, None);
        request.page(StatusCode::OK, "serve/file.html", &frame, &page)
    })
    .await
}
