//! The server's state and its routes: every page is a GET, every address is one of these.

use std::sync::Arc;
use std::time::Duration;

use axum::Router;
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use tokio::sync::Semaphore;

use super::guard::{self, Guard};
use super::links;
use super::pages::{Controls, Frame, Labels, LangLink, Link, MessagePage, Pages};
use super::params::Params;
use super::plain;
use super::routes;
use super::workspace::{PlanSlot, Workspace};
use crate::i18n::{self, Lang, Message};

/// How long one page may take, waiting for its turn included (a PDF is printed within it).
const PAGE_TIME: Duration = Duration::from_secs(120);
/// Pages made at once; more wait.
const CONCURRENT_PAGES: usize = 8;
/// PDFs printed at once (each a Chromium working for seconds); more wait, pages do not.
const CONCURRENT_PDFS: usize = 2;

/// What every request sees.
pub struct App {
    pub workspace: Arc<Workspace>,
    /// The language without `?lang=`.
    pub lang: Lang,
    pub pages: Pages,
    /// One permit per page being made.
    pages_pool: Arc<Semaphore>,
    /// One permit per PDF being printed.
    pdf_pool: Arc<Semaphore>,
}

pub type Shared = Arc<App>;

impl App {
    pub fn new(workspace: Arc<Workspace>, lang: Lang) -> Result<App, String> {
        Ok(App {
            workspace,
            lang,
            pages: Pages::new()?,
            pages_pool: Arc::new(Semaphore::new(CONCURRENT_PAGES)),
            pdf_pool: Arc::new(Semaphore::new(CONCURRENT_PDFS)),
        })
    }
}

/// The routes, behind the guard (host, method, headers).
pub fn router(app: Shared, guard: Guard) -> Router {
    Router::new()
        .route("/", get(routes::overview::root))
        .route("/aggregate", get(routes::aggregate::page))
        .route("/p/{plan}", get(routes::overview::plan))
        .route("/p/{plan}/", get(routes::overview::plan))
        .route("/p/{plan}/findings", get(routes::findings::page))
        .route("/p/{plan}/file/{*path}", get(routes::files::page))
        .route("/p/{plan}/report/{kind}", get(routes::reports::report))
        .route("/p/{plan}/council/{comune}", get(routes::reports::council))
        .route("/p/{plan}/changes", get(routes::changes::page))
        .route("/generation", get(routes::generation::current))
        .route("/static/serve.css", get(routes::assets::style))
        .route("/static/live.js", get(routes::assets::script))
        .fallback(routes::not_found)
        .with_state(app)
        .layer(axum::middleware::from_fn_with_state(
            Arc::new(guard),
            guard::check,
        ))
}

/// What a request waits for: the pool its page is made in, and the language it is told
/// in that it took too long.
pub struct Turn {
    lang: Lang,
    pdf: bool,
}

impl Turn {
    /// The turn of a request with these parameters: a PDF (`format=pdf`) or a page.
    pub fn of(app: &App, params: &Params) -> Turn {
        Turn {
            lang: params.lang(app.lang),
            pdf: params.get("format") == Some("pdf"),
        }
    }
}

/// Makes a page on a blocking thread, one of a few at a time (PDFs in a pool of their
/// own, so that printing never holds up the pages), answered within [`PAGE_TIME`]; a page
/// that fails to be made (a defect) is a 500, never the end of the server.
pub async fn blocking(
    app: Shared,
    turn: Turn,
    make: impl FnOnce(&App) -> Response + Send + 'static,
) -> Response {
    let Turn { lang, pdf } = turn;
    let pool = if pdf {
        Arc::clone(&app.pdf_pool)
    } else {
        Arc::clone(&app.pages_pool)
    };
    let made = tokio::time::timeout(PAGE_TIME, async move {
        let permit = pool.acquire_owned().await.ok()?;
        // The permit goes with the work: a page still being made after the time is up
        // keeps its place until it ends.
        let task = tokio::task::spawn_blocking(move || {
            let response = make(&app);
            drop(permit);
            response
        });
        Some(task.await)
    })
    .await;
    match made {
        Ok(Some(Ok(response))) => response,
        Ok(Some(Err(_))) => plain::answer(
            StatusCode::INTERNAL_SERVER_ERROR,
            lang,
            &Message::new("serve-internal-error"),
        ),
        Ok(None) | Err(_) => plain::answer(
            StatusCode::SERVICE_UNAVAILABLE,
            lang,
            &Message::new("serve-too-long").with("seconds", PAGE_TIME.as_secs()),
        ),
    }
}

/// Which part of a plan a page is, for the navigation.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Section {
    Overview,
    Findings,
    Reports,
    Council,
    Changes,
    Files,
    Plans,
    Aggregate,
    /// A page that only says something (not found, a bad request): in no part.
    Message,
}

/// One request: its language, address and query, for the frame of its page.
pub struct Request<'a> {
    pub app: &'a App,
    pub lang: Lang,
    pub path: String,
    pub params: Params,
    generation: u64,
}

impl<'a> Request<'a> {
    pub fn new(app: &'a App, path: String, params: Params) -> Request<'a> {
        Request {
            lang: params.lang(app.lang),
            generation: app.workspace.generation(),
            app,
            path,
            params,
        }
    }

    /// The frame of a page of `plan` (none: the workspace's pages).
    pub fn frame(
        &self,
        title: String,
        plan: Option<&PlanSlot>,
        section: Section,
        controls: Option<Controls>,
    ) -> Frame {
        let lang = self.lang;
        let other = match lang {
            Lang::It => Lang::En,
            Lang::En => Lang::It,
        };
        let pairs: Vec<(&str, &str)> = self
            .params_without_lang()
            .map(|(n, v)| (n.as_str(), v.as_str()))
            .collect();
        Frame {
            lang: lang.code(),
            version: env!("CARGO_PKG_VERSION"),
            generation: self.generation,
            title,
            labels: Labels::new(lang),
            nav: self.nav(plan, section),
            other_lang: LangLink {
                href: links::with_query(&self.path, &pairs, other),
                code: other.code(),
                text: i18n::label(lang, "serve-other-lang"),
            },
            controls,
        }
    }

    fn params_without_lang(&self) -> impl Iterator<Item = &(String, String)> {
        self.params.pairs().filter(|(n, _)| n != "lang")
    }

    /// `path` in this request's language.
    pub fn href(&self, path: &str) -> String {
        links::with_query(path, &[], self.lang)
    }

    /// `path` with a query, in this request's language.
    pub fn href_with(&self, path: &str, pairs: &[(&str, &str)]) -> String {
        links::with_query(path, pairs, self.lang)
    }

    fn nav(&self, plan: Option<&PlanSlot>, section: Section) -> Vec<Link> {
        let lang = self.lang;
        let mut nav = Vec::new();
        // `page` for the link to this very page, `true` for the one of its part of the
        // plan (the reports for a report other than "all": not this page, but where it is).
        let here = self.path.trim_end_matches('/');
        let mut add = |href: String, key: &'static str, this: Section| {
            let target = href
                .split('?')
                .next()
                .unwrap_or_default()
                .trim_end_matches('/');
            let current = match (this == section, target == here) {
                (true, true) => Some("page"),
                (true, false) => Some("true"),
                (false, _) => None,
            };
            nav.push(Link {
                href,
                text: i18n::label(lang, key),
                detail: None,
                current,
            });
        };
        if !self.app.workspace.single() {
            add(self.href("/"), "serve-plans", Section::Plans);
            add(
                self.href("/aggregate"),
                "serve-aggregate",
                Section::Aggregate,
            );
        }
        if let Some(plan) = plan {
            let base = links::plan(&plan.name);
            add(
                self.href(&format!("{base}/")),
                "serve-overview",
                Section::Overview,
            );
            add(
                self.href(&format!("{base}/findings")),
                "serve-findings",
                Section::Findings,
            );
            add(
                self.href(&format!("{base}/report/all")),
                "serve-reports",
                Section::Reports,
            );
            add(
                self.href(&format!("{base}/council/all")),
                "serve-council",
                Section::Council,
            );
            add(
                self.href(&format!("{base}/changes")),
                "serve-changes",
                Section::Changes,
            );
            if section == Section::Files {
                add(self.path.clone(), "serve-files", Section::Files);
            }
        }
        nav
    }

    /// A whole page of the server.
    pub fn page(
        &self,
        status: StatusCode,
        template: &str,
        frame: &Frame,
        page: &impl serde::Serialize,
    ) -> Response {
        html(status, self.app.pages.render(template, frame, page))
    }

    /// A page that only says something: not found, a bad request, a plan with errors.
    pub fn message(
        &self,
        status: StatusCode,
        plan: Option<&PlanSlot>,
        page: MessagePage,
    ) -> Response {
        let frame = self.frame(page.title.clone(), plan, Section::Message, None);
        self.page(status, "serve/message.html", &frame, &page)
    }

    /// The not-found page.
    pub fn not_found(&self, plan: Option<&PlanSlot>) -> Response {
        self.not_found_saying(plan, None)
    }

    /// The not-found page, saying what the address names that is not there (a comune).
    pub fn not_found_saying(&self, plan: Option<&PlanSlot>, what: Option<&Message>) -> Response {
        let back = match plan {
            Some(plan) => self.href(&format!("{}/", links::plan(&plan.name))),
            None => self.href("/"),
        };
        self.message(
            StatusCode::NOT_FOUND,
            plan,
            MessagePage {
                title: i18n::label(self.lang, "serve-not-found"),
                paragraphs: what.map(|m| i18n::tr(self.lang, m)).into_iter().collect(),
                alert: false,
                findings: vec![],
                back: Some(Link::new(
                    back,
                    i18n::label(self.lang, "serve-not-found-text"),
                )),
            },
        )
    }
}

/// An HTML response.
pub fn html(status: StatusCode, body: String) -> Response {
    (
        status,
        [(header::CONTENT_TYPE, "text/html; charset=utf-8")],
        body,
    )
        .into_response()
}
