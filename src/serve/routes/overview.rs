//! `/`: the plan (or the list of plans); `/p/NAME/`: a plan at a glance and links to
//! everything about it.

use axum::extract::{Path, Query, State};
use axum::http::{StatusCode, Uri, header};
use axum::response::{IntoResponse, Response};

use crate::findings::Tally;
use crate::i18n::{self, Message};
use crate::report::ReportKind;
use crate::serve::app::{self, Request, Section, Shared};
use crate::serve::finding_views::{file_href, file_key};
use crate::serve::links;
use crate::serve::pages::{Fact, Group, Link, Overview};
use crate::serve::params::Params;

/// The root: the one plan's overview, or the plans of the folder.
pub async fn root(State(app): State<Shared>, uri: Uri, Query(params): Query<Params>) -> Response {
    if app.workspace.single()
        && let Some(plan) = app.workspace.plans().first()
    {
        let lang = params.lang(app.lang);
        let target = links::with_query(&format!("{}/", links::plan(&plan.name)), &[], lang);
        return (StatusCode::SEE_OTHER, [(header::LOCATION, target)]).into_response();
    }
    let turn = app::Turn::of(&app, &params);
    app::blocking(app, turn, move |app| {
        let request = Request::new(app, uri.path().to_string(), params);
        let lang = request.lang;
        let plans = app.workspace.plans();
        let links = plans
            .iter()
            .map(|slot| {
                let state = slot.state();
                let (text, detail) = match state.as_ref() {
                    Ok(checked) => {
                        let tally = Tally::of(&checked.findings);
                        let title = checked
                            .loaded
                            .plan
                            .as_ref()
                            .map_or(slot.name.clone(), |p| p.title.value.clone());
                        let detail = format!(
                            "({}: {}, {}: {})",
                            i18n::label(lang, "serve-errors"),
                            tally.errors,
                            i18n::label(lang, "serve-warnings"),
                            tally.warnings
                        );
                        (title, detail)
                    }
                    Err(_) => (
                        slot.name.clone(),
                        format!("({})", i18n::label(lang, "serve-unreadable-title")),
                    ),
                };
                Link {
                    detail: Some(detail),
                    ..Link::new(request.href(&format!("{}/", links::plan(&slot.name))), text)
                }
            })
            .collect();
        let title = i18n::label(lang, "serve-plans");
        let states: Vec<_> = plans.iter().map(|slot| slot.state()).collect();
        let tally = Tally::of(
            states
                .iter()
                .filter_map(|state| state.as_ref().as_ref().ok())
                .flat_map(|checked| &checked.findings),
        );
        let page = Overview {
            title: title.clone(),
            facts: vec![],
            problem: None,
            findings_href: None,
            tally,
            groups: vec![
                Group {
                    title: i18n::label(lang, "serve-plans"),
                    links,
                },
                Group {
                    title: i18n::label(lang, "serve-aggregate"),
                    links: vec![Link::new(
                        request.href("/aggregate"),
                        i18n::label(lang, "serve-aggregate"),
                    )],
                },
            ],
        };
        let frame = request.frame(title, None, Section::Plans, None);
        request.page(StatusCode::OK, "serve/overview.html", &frame, &page)
    })
    .await
}

/// A plan's overview.
pub async fn plan(
    State(app): State<Shared>,
    Path(name): Path<String>,
    uri: Uri,
    Query(params): Query<Params>,
) -> Response {
    super::plan_page(app, name, uri, params, move |request, slot| {
        let lang = request.lang;
        let base = links::plan(&slot.name);
        let state = slot.state();
        let (checked, problem) = match state.as_ref() {
            Ok(checked) => (Some(checked), None),
            Err(error) => (None, Some(i18n::tr(lang, &error.message()))),
        };
        let plan = checked.and_then(|c| c.loaded.plan.as_ref());
        let tally = checked.map(|c| Tally::of(&c.findings)).unwrap_or_default();
        let problem = problem.or_else(|| {
            (tally.errors > 0).then(|| {
                i18n::tr(
                    lang,
                    &Message::new("serve-unavailable").with("errors", tally.errors),
                )
            })
        });
        let title = plan.map_or(slot.name.clone(), |p| p.title.value.clone());
        let mut facts = Vec::new();
        let mut groups = Vec::new();
        if let Some(plan) = plan {
            let fact = |key: &'static str, value: String| Fact {
                label: i18n::label(lang, key),
                value,
            };
            facts.push(fact("serve-ambito", plan.ambito.name.clone()));
            facts.push(fact(
                "serve-period",
                format!("{}–{}", plan.period.from.value, plan.period.to.value),
            ));
            facts.push(fact("serve-comuni", plan.ambito.comuni.len().to_string()));
            facts.push(fact(
                "serve-interventions",
                plan.interventions.len().to_string(),
            ));
            let mut reports: Vec<Link> = ReportKind::SINGLE
                .iter()
                .filter_map(|kind| {
                    let key = kind.title_key()?;
                    Some(Link::new(
                        request.href(&format!("{base}/report/{}", kind_name(*kind))),
                        i18n::label(lang, key),
                    ))
                })
                .collect();
            reports.insert(
                0,
                Link::new(
                    request.href(&format!("{base}/report/all")),
                    i18n::label(lang, "serve-all-reports"),
                ),
            );
            groups.push(Group {
                title: i18n::label(lang, "serve-reports"),
                links: reports,
            });
            let mut council = vec![Link::new(
                request.href(&format!("{base}/council/all")),
                i18n::label(lang, "serve-whole-ambito"),
            )];
            council.extend(plan.ambito.comuni.iter().map(|comune| {
                Link::new(
                    request.href(&format!(
                        "{base}/council/{}",
                        links::segment(comune.id.value.as_str())
                    )),
                    comune.name.clone(),
                )
            }));
            groups.push(Group {
                title: i18n::label(lang, "serve-council"),
                links: council,
            });
            groups.push(Group {
                title: i18n::label(lang, "serve-changes"),
                links: vec![Link::new(
                    request.href(&format!("{base}/changes")),
                    i18n::label(lang, "serve-changes"),
                )],
            });
        }
        if let Some(checked) = checked {
            let files = checked
                .loaded
                .sources
                .files()
                .map(|(_, file)| {
                    let key = file_key(&slot.root, &file.path);
                    Link::new(
                        request.href(&format!("{base}/file/{}", file_href(&key))),
                        key,
                    )
                })
                .collect();
            groups.push(Group {
                title: i18n::label(lang, "serve-files"),
                links: files,
            });
        }
        let page = Overview {
            title: title.clone(),
            facts,
            problem,
            findings_href: Some(request.href(&format!("{base}/findings"))),
            tally,
            groups,
        };
        let frame = request.frame(title, Some(slot), Section::Overview, None);
        request.page(StatusCode::OK, "serve/overview.html", &frame, &page)
    })
    .await
}

/// A report kind's name in addresses, as on the command line.
pub fn kind_name(kind: ReportKind) -> String {
    use clap::ValueEnum;
    kind.to_possible_value()
        .map(|v| v.get_name().to_string())
        .unwrap_or_default()
}
