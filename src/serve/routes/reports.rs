//! `/p/NAME/report/KIND` and `/p/NAME/council/COMUNE`: the HTML pdz writes, under a bar
//! with the report's filters and its downloads (`?format=pdf`, `xlsx`, `csv`...).

use axum::extract::{Path, Query, State};
use axum::http::{StatusCode, Uri};
use axum::response::Response;
use clap::ValueEnum;

use crate::check::CheckedPlan;
use crate::i18n::{self, Message};
use crate::render::{self, Format};
use crate::report::{self, Document, ReportKind, selection};
use crate::serve::app::{self, Request, Section, Shared};
use crate::serve::downloads::{self, Download};
use crate::serve::links;
use crate::serve::pages::{Checkbox, Choice, Controls, Link, MessagePage, Select};
use crate::serve::params::Params;
use crate::serve::workspace::PlanSlot;

/// A report of the plan, filtered by `year`, `area`, `by` and `detail`.
pub async fn report(
    State(app): State<Shared>,
    Path((name, kind)): Path<(String, String)>,
    uri: Uri,
    Query(params): Query<Params>,
) -> Response {
    super::plan_page(app, name, uri, params, move |request, slot| {
        let Some(kind) = ReportKind::from_str(&kind, false)
            .ok()
            .filter(|k| *k != ReportKind::Council)
        else {
            return request.not_found(Some(slot));
        };
        let state = slot.state();
        let (checked, plan) = match super::usable(request, slot, &state) {
            Ok(usable) => usable,
            Err(response) => return *response,
        };
        let params = &request.params;
        let year = match params.get("year").map(str::parse::<u16>) {
            None => None,
            Some(Ok(year)) => Some(year),
            Some(Err(_)) => {
                let message = Message::new("report-bad-year")
                    .with("year", params.get("year").unwrap_or_default())
                    .with("from", plan.period.from.value)
                    .with("to", plan.period.to.value);
                return super::bad_request(request, slot, &message);
            }
        };
        let by_budget = matches!(kind, ReportKind::Budget | ReportKind::All);
        let chosen = selection::scope(plan, year, params.get("area")).and_then(|scope| {
            let by = if by_budget { params.get("by") } else { None };
            Ok((scope, selection::axis(plan, by)?))
        });
        let (scope, by) = match chosen {
            Ok(chosen) => chosen,
            Err(message) => return super::bad_request(request, slot, &message),
        };
        let options = report::Options {
            scope,
            detail: params.flag("detail"),
            by,
            date: None,
            banner: None,
        };
        let document = report::build(plan, kind, &options, request.lang);
        let kind_name = super::overview::kind_name(kind);
        let query: Vec<(&str, &str)> = ["year", "area", "by", "detail"]
            .into_iter()
            .filter_map(|n| params.get(n).map(|v| (n, v)))
            .collect();
        if let Some(format) = params.get("format") {
            return download(
                request,
                slot,
                checked,
                &document,
                format,
                &format!("{}-{kind_name}", slot.name),
            );
        }
        let lang = request.lang;
        let mut selects = vec![
            Select {
                name: "year",
                label: i18n::label(lang, "serve-year"),
                options: choices(
                    i18n::label(lang, "serve-all-years"),
                    (plan.period.from.value.get()..=plan.period.to.value.get())
                        .map(|y| (y.to_string(), y.to_string())),
                    params.get("year"),
                ),
            },
            Select {
                name: "area",
                label: i18n::label(lang, "serve-area"),
                options: choices(
                    i18n::label(lang, "serve-all-areas"),
                    plan.areas
                        .iter()
                        .map(|a| (a.id.value.to_string(), a.name.clone())),
                    params.get("area"),
                ),
            },
        ];
        if by_budget {
            let mut axes = vec![("area".to_string(), i18n::label(lang, "serve-area"))];
            axes.extend(
                plan.classifications
                    .iter()
                    .map(|c| (c.id.value.to_string(), c.name.clone())),
            );
            selects.push(Select {
                name: "by",
                label: i18n::label(lang, "serve-by"),
                options: choices(
                    i18n::label(lang, "serve-by-default"),
                    axes.into_iter(),
                    params.get("by"),
                ),
            });
        }
        let controls = Controls {
            action: request.path.clone(),
            label: document.title.clone(),
            selects,
            detail: Some(Checkbox {
                checked: params.flag("detail"),
            }),
            revision: None,
            downloads: download_links(request, &query),
        };
        let section = Section::Reports;
        page(request, slot, &document, section, controls)
    })
    .await
}

/// The document for a consiglio comunale: of one comune, or of the whole ambito (`all`).
pub async fn council(
    State(app): State<Shared>,
    Path((name, comune)): Path<(String, String)>,
    uri: Uri,
    Query(params): Query<Params>,
) -> Response {
    super::plan_page(app, name, uri, params, move |request, slot| {
        let state = slot.state();
        let (checked, plan) = match super::usable(request, slot, &state) {
            Ok(usable) => usable,
            Err(response) => return *response,
        };
        // The page's own control names the comune in the query.
        let which = request.params.get("comune").unwrap_or(&comune).to_string();
        // A comune the plan does not have is not there: 404, as any address naming nothing.
        let recipient = match selection::recipient(plan, &which) {
            Ok(recipient) => recipient,
            Err(message) => return request.not_found_saying(Some(slot), Some(&message)),
        };
        let document = report::council(plan, recipient, &report::Options::default(), request.lang);
        if let Some(format) = request.params.get("format") {
            return download(
                request,
                slot,
                checked,
                &document,
                format,
                &format!(
                    "{}-{}-{which}",
                    slot.name,
                    i18n::label(request.lang, "serve-file-council")
                ),
            );
        }
        let lang = request.lang;
        let base = links::plan(&slot.name);
        let action = format!("{base}/council/{}", links::segment(&which));
        let controls = Controls {
            action: action.clone(),
            label: i18n::label(lang, "serve-council"),
            selects: vec![Select {
                name: "comune",
                label: i18n::label(lang, "serve-comune"),
                options: choices_without_none(
                    std::iter::once(("all".to_string(), i18n::label(lang, "serve-whole-ambito")))
                        .chain(
                            plan.ambito
                                .comuni
                                .iter()
                                .map(|c| (c.id.value.to_string(), c.name.clone())),
                        ),
                    &which,
                ),
            }],
            detail: None,
            revision: None,
            downloads: Download::offered()
                .map(|d| {
                    Link::new(
                        request.href_with(&action, &[("format", d.extension())]),
                        d.label(),
                    )
                })
                .collect(),
        };
        page(request, slot, &document, Section::Council, controls)
    })
    .await
}

/// The report's HTML with the bar.
fn page(
    request: &Request,
    slot: &PlanSlot,
    document: &Document,
    section: Section,
    controls: Controls,
) -> Response {
    let html = match render::render(
        document,
        Format::Html,
        &downloads::render_options(request.lang),
    ) {
        Ok(html) => html,
        Err(error) => {
            return failed(
                request,
                Some(slot),
                StatusCode::INTERNAL_SERVER_ERROR,
                &Message::new("report-template").with("error", error),
            );
        }
    };
    let frame = request.frame(document.title.clone(), Some(slot), section, Some(controls));
    app::html(
        StatusCode::OK,
        request.app.pages.around_report(&html, &frame),
    )
}

/// The document as a download in the format asked (an unknown one is a bad request).
pub fn download(
    request: &Request,
    slot: &PlanSlot,
    checked: &CheckedPlan,
    document: &Document,
    format: &str,
    name: &str,
) -> Response {
    let Some(format) = Download::parse(format) else {
        let message = Message::new("serve-bad-format").with("format", format);
        return super::bad_request(request, slot, &message);
    };
    let sources: Vec<String> = checked
        .loaded
        .sources
        .files()
        .map(|(_, f)| f.path.display().to_string())
        .collect();
    match downloads::make(document, format, request.lang, &sources) {
        Ok(bytes) => downloads::attachment(bytes, format, name),
        Err((status, message)) => failed(request, Some(slot), status, &message),
    }
}

/// The links to the downloads of this page, with its filters.
pub fn download_links(request: &Request, query: &[(&str, &str)]) -> Vec<Link> {
    Download::offered()
        .map(|d| {
            let mut pairs = query.to_vec();
            pairs.push(("format", d.extension()));
            Link::new(request.href_with(&request.path, &pairs), d.label())
        })
        .collect()
}

/// The page saying why a document could not be made.
pub fn failed(
    request: &Request,
    slot: Option<&PlanSlot>,
    status: StatusCode,
    message: &Message,
) -> Response {
    request.message(
        status,
        slot,
        MessagePage {
            title: i18n::label(request.lang, "serve-failed"),
            paragraphs: vec![i18n::tr(request.lang, message)],
            alert: true,
            findings: vec![],
            back: None,
        },
    )
}

/// The options of a select: "none chosen" first, then each (value, text).
fn choices(
    none: String,
    values: impl Iterator<Item = (String, String)>,
    chosen: Option<&str>,
) -> Vec<Choice> {
    let mut options = vec![Choice {
        value: String::new(),
        text: none,
        selected: chosen.is_none(),
    }];
    options.extend(values.map(|(value, text)| Choice {
        selected: chosen == Some(value.as_str()),
        value,
        text,
    }));
    options
}

fn choices_without_none(
    values: impl Iterator<Item = (String, String)>,
    chosen: &str,
) -> Vec<Choice> {
    values
        .map(|(value, text)| Choice {
            selected: value == chosen,
            value,
            text,
        })
        .collect()
}
