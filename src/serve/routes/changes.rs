//! `/p/NAME/changes?rev=REV`: what the files on disk change against the plan at a git
//! revision (`HEAD` by default: the changes not yet committed), as `pdz diff` shows it.
//! The revision is read from the plan's own repository, wherever the server was started.

use std::path::{Path as FsPath, PathBuf};

use axum::extract::{Path, Query, State};
use axum::http::{StatusCode, Uri};
use axum::response::Response;

use crate::check;
use crate::findings::policy::Overrides;
use crate::i18n::{self, Message};
use crate::load::{self, LoadError};
use crate::render::{self, Format};
use crate::report::diff::{Versions, compare};
use crate::serve::app::{self, Request, Section, Shared};
use crate::serve::downloads;
use crate::serve::pages::{Controls, MessagePage, Revision};
use crate::serve::params::Params;
use crate::serve::workspace::PlanSlot;
use crate::source::{GitProblem, RevisionPath};

/// The longest revision name accepted.
const MAX_REVISION: usize = 200;

pub async fn page(
    State(app): State<Shared>,
    Path(name): Path<String>,
    uri: Uri,
    Query(params): Query<Params>,
) -> Response {
    super::plan_page(app, name, uri, params, move |request, slot| {
        let lang = request.lang;
        let revision = request.params.get("rev").unwrap_or("HEAD").to_string();
        let controls = || Controls {
            action: request.path.clone(),
            label: i18n::label(lang, "serve-changes"),
            revision: Some(Revision {
                value: revision.clone(),
                help: i18n::label(lang, "serve-revision-help"),
            }),
            downloads: super::reports::download_links(request, &[("rev", &revision)]),
            ..Controls::default()
        };
        if !is_revision_name(&revision) {
            let message = Message::new("serve-bad-revision").with("revision", revision.as_str());
            return said(request, slot, controls(), StatusCode::BAD_REQUEST, &message);
        }
        let state = slot.state();
        let new = match state.as_ref() {
            Ok(checked) => checked,
            Err(error) => {
                return said(request, slot, controls(), StatusCode::OK, &error.message());
            }
        };
        let (dir, spec) = in_own_repository(&slot.root, &revision);
        let old = match load::load_revision_in(&dir, &spec) {
            Ok(loaded) => check::check(loaded, &Overrides::default()),
            Err(error) => {
                let (status, message) = unreadable(&error, &revision);
                return said(request, slot, controls(), status, &message);
            }
        };
        let old_name = old.loaded.root.display().to_string();
        let new_name = slot.name.clone();
        let versions = Versions {
            old: &old_name,
            new: &new_name,
        };
        let document = compare(&old, new, &versions, lang);
        if let Some(format) = request.params.get("format") {
            let name = format!("{}-{}", slot.name, i18n::label(lang, "serve-file-changes"));
            return super::reports::download(request, slot, new, &document, format, &name);
        }
        let html = match render::render(&document, Format::Html, &downloads::render_options(lang)) {
            Ok(html) => html,
            Err(error) => {
                let message = Message::new("report-template").with("error", error);
                return said(
                    request,
                    slot,
                    controls(),
                    StatusCode::INTERNAL_SERVER_ERROR,
                    &message,
                );
            }
        };
        let frame = request.frame(
            document.title.clone(),
            Some(slot),
            Section::Changes,
            Some(controls()),
        );
        app::html(
            StatusCode::OK,
            request.app.pages.around_report(&html, &frame),
        )
    })
    .await
}

/// Where git runs for a plan at `root`, and the plan's path from there: the plan's folder
/// itself (`.`), or for a plan that is one file, its folder and its name.
fn in_own_repository(root: &FsPath, revision: &str) -> (PathBuf, RevisionPath) {
    let (dir, path) = if root.is_dir() {
        (root.to_path_buf(), PathBuf::from("."))
    } else {
        let dir = root
            .parent()
            .filter(|p| !p.as_os_str().is_empty())
            .map_or_else(|| PathBuf::from("."), FsPath::to_path_buf);
        let name = root.file_name().map_or_else(PathBuf::new, PathBuf::from);
        (dir, name)
    };
    let spec = RevisionPath {
        revision: revision.to_string(),
        path,
    };
    (dir, spec)
}

/// Why the plan at the revision could not be read, and the status to say it with: a
/// revision that does not exist or does not hold the plan is a bad request; a plan
/// outside any repository is a page that says so; git failing is the server's failure.
fn unreadable(error: &LoadError, revision: &str) -> (StatusCode, Message) {
    let LoadError::Revision { problem, .. } = error else {
        return (StatusCode::OK, error.message());
    };
    match problem {
        GitProblem::UnknownRevision => (
            StatusCode::BAD_REQUEST,
            Message::new("serve-unknown-revision").with("revision", revision),
        ),
        GitProblem::NotInRevision | GitProblem::NoPlanFiles => (
            StatusCode::BAD_REQUEST,
            Message::new("serve-plan-not-in-revision").with("revision", revision),
        ),
        GitProblem::NotARepository => (StatusCode::OK, Message::new("serve-no-repository")),
        GitProblem::NoGit(_) | GitProblem::Failed(_) => {
            (StatusCode::INTERNAL_SERVER_ERROR, error.message())
        }
    }
}

/// A name git could take for a revision, and nothing else: no option (`-…`), no path
/// separator of `REV:PATH`, no space or control character.
fn is_revision_name(text: &str) -> bool {
    !text.is_empty()
        && text.len() <= MAX_REVISION
        && !text.starts_with('-')
        && !text.contains(':')
        && !text.chars().any(|c| c.is_whitespace() || c.is_control())
}

/// The changes page with the form and what went wrong instead of the comparison.
fn said(
    request: &Request,
    slot: &PlanSlot,
    controls: Controls,
    status: StatusCode,
    message: &Message,
) -> Response {
    let lang = request.lang;
    let page = MessagePage {
        title: i18n::label(lang, "serve-changes"),
        paragraphs: vec![i18n::tr(lang, message)],
        alert: true,
        findings: vec![],
        back: None,
    };
    let frame = request.frame(
        page.title.clone(),
        Some(slot),
        Section::Changes,
        Some(controls),
    );
    request.page(status, "serve/message.html", &frame, &page)
}

#[cfg(test)]
mod tests {
    use super::is_revision_name;

    #[test]
    fn only_revision_names_reach_git() {
        for ok in [
            "HEAD",
            "HEAD~1",
            "main",
            "v1.0",
            "origin/main",
            "a1b2c3d",
            "HEAD^",
        ] {
            assert!(is_revision_name(ok), "{ok}");
        }
        for bad in [
            "",
            "--output=x",
            "-p",
            "main:plans",
            "a b",
            "a\nb",
            &"x".repeat(201),
        ] {
            assert!(!is_revision_name(bad), "{bad}");
        }
    }
}
