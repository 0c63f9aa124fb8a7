//! One file per kind of page; each handler only reads the workspace.

pub mod aggregate;
pub mod assets;
pub mod changes;
pub mod files;
pub mod findings;
pub mod generation;
pub mod overview;
pub mod reports;

use std::sync::Arc;

use axum::extract::{Query, State};
use axum::http::{StatusCode, Uri};
use axum::response::Response;

use super::app::{self, Request, Shared};
use super::finding_views;
use super::links;
use super::pages::{Link, MessagePage};
use super::params::Params;
use super::workspace::PlanSlot;
use crate::check::CheckedPlan;
use crate::findings::{Severity, Tally};
use crate::i18n::{self, Message};
use crate::model::Plan;

/// Any address that is not a page.
pub async fn not_found(
    State(app): State<Shared>,
    uri: Uri,
    Query(params): Query<Params>,
) -> Response {
    let turn = app::Turn::of(&app, &params);
    app::blocking(app, turn, move |app| {
        Request::new(app, uri.path().to_string(), params).not_found(None)
    })
    .await
}

/// Makes a page of the plan `name` on a worker thread (see [`app::blocking`]); an unknown
/// plan is the not-found page.
pub async fn plan_page(
    app: Shared,
    name: String,
    uri: Uri,
    params: Params,
    make: impl FnOnce(&Request, &PlanSlot) -> Response + Send + 'static,
) -> Response {
    let turn = app::Turn::of(&app, &params);
    app::blocking(app, turn, move |app| {
        let request = Request::new(app, uri.path().to_string(), params);
        match slot(&request, &name) {
            Ok(slot) => make(&request, &slot),
            Err(response) => *response,
        }
    })
    .await
}

/// The plan of that name, or the not-found page.
pub fn slot(request: &Request, name: &str) -> Result<Arc<PlanSlot>, Box<Response>> {
    request
        .app
        .workspace
        .plan(name)
        .ok_or_else(|| Box::new(request.not_found(None)))
}

/// The plan's model when it loads without errors, else the page that shows why not: its
/// findings, with a note that the report comes back when they are fixed.
pub fn usable<'s>(
    request: &Request,
    slot: &PlanSlot,
    state: &'s crate::serve::workspace::PlanState,
) -> Result<(&'s CheckedPlan, &'s Plan), Box<Response>> {
    let lang = request.lang;
    let checked = match state {
        Ok(checked) => checked,
        Err(error) => {
            return Err(Box::new(request.message(
                StatusCode::OK,
                Some(slot),
                MessagePage {
                    title: i18n::label(lang, "serve-unreadable-title"),
                    paragraphs: vec![i18n::tr(lang, &error.message())],
                    alert: true,
                    findings: vec![],
                    back: None,
                },
            )));
        }
    };
    match &checked.loaded.plan {
        Some(plan) if !checked.has_errors() => Ok((checked, plan)),
        _ => Err(Box::new(unavailable(request, slot, checked))),
    }
}

fn unavailable(request: &Request, slot: &PlanSlot, checked: &CheckedPlan) -> Response {
    let lang = request.lang;
    let tally = Tally::of(&checked.findings);
    let errors: Vec<_> = checked
        .findings
        .iter()
        .filter(|f| f.severity == Severity::Error)
        .cloned()
        .collect();
    let title = if checked.loaded.plan.is_some() {
        i18n::label(lang, "serve-unavailable-title")
    } else {
        i18n::label(lang, "serve-unreadable-title")
    };
    request.message(
        StatusCode::OK,
        Some(slot),
        MessagePage {
            title,
            paragraphs: vec![i18n::tr(
                lang,
                &Message::new("serve-unavailable").with("errors", tally.errors),
            )],
            alert: true,
            findings: finding_views::views(
                &errors,
                &checked.loaded.sources,
                &slot.root,
                &slot.name,
                lang,
            ),
            back: Some(Link::new(
                request.href(&format!("{}/findings", links::plan(&slot.name))),
                i18n::label(lang, "serve-findings"),
            )),
        },
    )
}

/// A request that names something the plan does not have (a year, an area, a comune).
pub fn bad_request(request: &Request, slot: &PlanSlot, message: &Message) -> Response {
    request.message(
        StatusCode::BAD_REQUEST,
        Some(slot),
        MessagePage {
            title: i18n::label(request.lang, "serve-bad-request"),
            paragraphs: vec![i18n::tr(request.lang, message)],
            alert: true,
            findings: vec![],
            back: Some(Link::new(
                request.href(&format!("{}/", links::plan(&slot.name))),
                i18n::label(request.lang, "serve-not-found-text"),
            )),
        },
    )
}
