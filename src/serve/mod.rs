//! `pdz serve`: the plan in the browser, live while it is edited.
//!
//! A local HTTP server over the same pipeline as the commands: the workspace holds each
//! plan loaded and checked, a watcher reloads it when its files change, and every page is
//! made on request from it by the same report builders and renderers. Read-only,
//! loopback by default, answering only to its own Host, and each page bounded in time.

mod app;
mod downloads;
mod finding_views;
mod guard;
mod links;
mod listen;
mod pages;
mod params;
mod plain;
mod routes;
mod watcher;
mod workspace;

use std::net::{IpAddr, SocketAddr};
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use crate::i18n::{Lang, Message};

pub use workspace::Workspace;

/// How `pdz serve` was asked to run.
#[derive(Clone, Debug)]
pub struct Config {
    /// A plan, or a folder of plans.
    pub path: PathBuf,
    pub address: IpAddr,
    /// 0: any free port.
    pub port: u16,
    /// Whether an address other machines reach may be used.
    pub allow_remote: bool,
    /// Host names accepted besides the address listened on (and `localhost` on loopback).
    pub allow_hosts: Vec<String>,
    /// The pages' language unless a page asks for the other.
    pub lang: Lang,
}

/// Why the server could not start or stopped.
#[derive(Debug)]
pub enum ServeError {
    /// A non-loopback address without `--allow-remote`.
    NotLoopback(IpAddr),
    /// The path holds no plan or cannot be read.
    Path(Message),
    Bind(SocketAddr, std::io::Error),
    Io(std::io::Error),
    Templates(String),
}

/// What the server tells its user as it runs (the command prints it).
pub enum Notice {
    /// Listening at this address.
    Listening(SocketAddr),
    /// Changes on disk are not followed.
    NotWatching(String),
}

/// Serves the plan until Ctrl+C (or SIGTERM, SIGHUP), then stops cleanly: no new
/// connection, a PDF being printed stopped, its Chromium and temporary files gone.
/// `notice` is called as things happen.
pub fn run(config: Config, notice: impl Fn(Notice)) -> Result<(), ServeError> {
    if !config.address.is_loopback() && !config.allow_remote {
        return Err(ServeError::NotLoopback(config.address));
    }
    // The signals stop the server (below), not the handler that ends a command at once.
    crate::cleanup::handle_signals_elsewhere();
    let workspace = match Workspace::open(&config.path) {
        Ok(workspace) if !workspace.plans().is_empty() => Arc::new(workspace),
        Ok(_) => {
            return Err(ServeError::Path(
                Message::new("error-no-plan-files").with("path", config.path.display().to_string()),
            ));
        }
        Err(error) => {
            return Err(ServeError::Path(
                Message::new("error-path")
                    .with("path", config.path.display().to_string())
                    .with("error", crate::i18n::io_reason(&error)),
            ));
        }
    };
    let _watcher = match watcher::watch(Arc::clone(&workspace)) {
        Ok(watcher) => Some(watcher),
        Err(error) => {
            notice(Notice::NotWatching(error.to_string()));
            None
        }
    };
    let app = Arc::new(app::App::new(workspace, config.lang).map_err(ServeError::Templates)?);
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .max_blocking_threads(16)
        .enable_all()
        .build()
        .map_err(ServeError::Io)?;
    let address = SocketAddr::new(config.address, config.port);
    let served = runtime.block_on(async move {
        let listener = tokio::net::TcpListener::bind(address)
            .await
            .map_err(|error| ServeError::Bind(address, error))?;
        let local = listener.local_addr().map_err(ServeError::Io)?;
        let guard = guard::Guard {
            names: config
                .allow_hosts
                .iter()
                .map(|name| name.to_ascii_lowercase())
                .collect(),
            lang: config.lang,
        };
        notice(Notice::Listening(local));
        let stop = async {
            stopped().await;
            // A PDF being printed ends now (its Chromium killed), so its request ends too.
            crate::cleanup::finish();
        };
        listen::serve(listener, app::router(app, guard), stop).await;
        Ok(())
    });
    // Pages still being made get a moment; then whatever is left is cleaned up.
    runtime.shutdown_timeout(Duration::from_secs(2));
    crate::cleanup::finish();
    served
}

/// Resolves on Ctrl+C, SIGTERM or SIGHUP (the terminal closed).
async fn stopped() {
    let interrupt = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let other = async {
        use tokio::signal::unix::{SignalKind, signal};
        match (
            signal(SignalKind::terminate()),
            signal(SignalKind::hangup()),
        ) {
            (Ok(mut terminate), Ok(mut hangup)) => {
                tokio::select! {
                    _ = terminate.recv() => {}
                    _ = hangup.recv() => {}
                }
            }
            _ => std::future::pending().await,
        }
    };
    #[cfg(not(unix))]
    let other = std::future::pending::<()>();
    tokio::select! {
        () = interrupt => {}
        () = other => {}
    }
}
