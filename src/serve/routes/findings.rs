//! `/p/NAME/findings`: every finding, its message, help and places, each place a link to
//! the file view at its line.

use axum::extract::{Path, Query, State};
use axum::http::{StatusCode, Uri};
use axum::response::Response;

use crate::i18n;
use crate::serve::app::{Section, Shared};
use crate::serve::finding_views;
use crate::serve::pages::FindingsPage;
use crate::serve::params::Params;

pub async fn page(
    State(app): State<Shared>,
    Path(name): Path<String>,
    uri: Uri,
    Query(params): Query<Params>,
) -> Response {
    super::plan_page(app, name, uri, params, move |request, slot| {
        let lang = request.lang;
        let state = slot.state();
        let page = match state.as_ref() {
            Ok(checked) => FindingsPage {
                title: i18n::label(lang, "serve-findings"),
                problem: None,
                findings: finding_views::views(
                    &checked.findings,
                    &checked.loaded.sources,
                    &slot.root,
                    &slot.name,
                    lang,
                ),
            },
            Err(error) => FindingsPage {
                title: i18n::label(lang, "serve-findings"),
                problem: Some(i18n::tr(lang, &error.message())),
                findings: vec![],
            },
        };
        let frame = request.frame(page.title.clone(), Some(slot), Section::Findings, None);
        request.page(StatusCode::OK, "serve/findings.html", &frame, &page)
    })
    .await
}
