//! `/aggregate`: for a folder of plans, the plans side by side with exact totals, as
//! `pdz aggregate` writes it, from the plans already loaded.

use axum::extract::{Query, State};
use axum::http::{StatusCode, Uri};
use axum::response::Response;

use crate::aggregate;
use crate::i18n::{self, Message};
use crate::render::{self, Format};
use crate::serve::app::{self, Request, Section, Shared};
use crate::serve::downloads::{self, Download};
use crate::serve::pages::Controls;

use super::reports::failed;
use crate::serve::params::Params;

pub async fn page(State(app): State<Shared>, uri: Uri, Query(params): Query<Params>) -> Response {
    let turn = app::Turn::of(&app, &params);
    app::blocking(app, turn, move |app| {
        let request = Request::new(app, uri.path().to_string(), params);
        if app.workspace.single() {
            return request.not_found(None);
        }
        let lang = request.lang;
        let outcomes: Vec<aggregate::PlanOutcome> = app
            .workspace
            .plans()
            .iter()
            .filter_map(|slot| {
                let state = slot.state();
                state
                    .as_ref()
                    .as_ref()
                    .ok()
                    .map(|checked| aggregate::outcome(&slot.root, checked))
            })
            .collect();
        let document = crate::report::aggregate::build(&outcomes, lang);
        if let Some(format) = request.params.get("format") {
            let Some(format) = Download::parse(format) else {
                return failed(
                    &request,
                    None,
                    StatusCode::BAD_REQUEST,
                    &Message::new("serve-bad-format").with("format", format),
                );
            };
            let sources: Vec<String> = outcomes
                .iter()
                .map(|o| o.path.display().to_string())
                .collect();
            return match downloads::make(&document, format, lang, &sources) {
                Ok(bytes) => {
                    downloads::attachment(bytes, format, &i18n::label(lang, "serve-file-aggregate"))
                }
                Err((status, message)) => failed(&request, None, status, &message),
            };
        }
        let html = match render::render(&document, Format::Html, &downloads::render_options(lang)) {
            Ok(html) => html,
            Err(error) => {
                return failed(
                    &request,
                    None,
                    StatusCode::INTERNAL_SERVER_ERROR,
                    &Message::new("report-template").with("error", error),
                );
            }
        };
        let controls = Controls {
            action: request.path.clone(),
            label: document.title.clone(),
            downloads: super::reports::download_links(&request, &[]),
            ..Controls::default()
        };
        let frame = request.frame(
            document.title.clone(),
            None,
            Section::Aggregate,
            Some(controls),
        );
        app::html(StatusCode::OK, app.pages.around_report(&html, &frame))
    })
    .await
}
