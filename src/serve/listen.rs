//! The connections: each accepted one is served by hyper's HTTP/1.1 server with a bound
//! on the time its request headers may take (so that a slow client cannot hold a
//! connection forever), and every request carries the address it arrived at, for the
//! Host check. On stop, no new connection is taken and open ones finish their request.

use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

use axum::Router;
use hyper::body::Incoming;
use hyper_util::rt::{TokioIo, TokioTimer};
use hyper_util::server::graceful::GracefulShutdown;
use tokio::net::TcpListener;
use tokio::sync::Semaphore;
use tokio::task::JoinSet;

/// How long a client may take to send a request's headers.
pub const HEADER_TIME: Duration = Duration::from_secs(10);
/// Connections open at once; more wait to be accepted.
const MAX_CONNECTIONS: usize = 256;
/// How long open connections get to finish once the server stops.
const CLOSING_TIME: Duration = Duration::from_secs(2);

/// The local address a request's connection arrived at (an extension of every request).
#[derive(Clone, Copy, Debug)]
pub struct Arrived(pub SocketAddr);

/// Serves `router` on `listener` until `stop` resolves, then lets open connections
/// finish for a moment.
pub async fn serve(listener: TcpListener, router: Router, stop: impl Future<Output = ()>) {
    let slots = Arc::new(Semaphore::new(MAX_CONNECTIONS));
    let graceful = GracefulShutdown::new();
    let mut connections = JoinSet::new();
    tokio::pin!(stop);
    loop {
        let accepted = tokio::select! {
            () = &mut stop => break,
            accepted = accept(&listener, &slots) => accepted,
        };
        let Some((stream, slot)) = accepted else {
            continue;
        };
        let Ok(arrived) = stream.local_addr() else {
            continue;
        };
        let router = router.clone();
        let watcher = graceful.watcher();
        connections.spawn(async move {
            let service =
                hyper::service::service_fn(move |mut request: hyper::Request<Incoming>| {
                    request.extensions_mut().insert(Arrived(arrived));
                    tower_service::Service::call(&mut router.clone(), request)
                });
            let mut builder = hyper::server::conn::http1::Builder::new();
            builder
                .timer(TokioTimer::new())
                .header_read_timeout(HEADER_TIME);
            let connection = builder.serve_connection(TokioIo::new(stream), service);
            let _ = watcher.watch(connection).await;
            drop(slot);
        });
        // Forget the connections already finished.
        while connections.try_join_next().is_some() {}
    }
    let _ = tokio::time::timeout(CLOSING_TIME, graceful.shutdown()).await;
    connections.abort_all();
}

/// The next connection and its slot; `None` when accepting failed (too many open files:
/// a pause, then the server goes on).
async fn accept(
    listener: &TcpListener,
    slots: &Arc<Semaphore>,
) -> Option<(tokio::net::TcpStream, tokio::sync::OwnedSemaphorePermit)> {
    let slot = Arc::clone(slots).acquire_owned().await.ok()?;
    match listener.accept().await {
        Ok((stream, _)) => Some((stream, slot)),
        Err(_) => {
            tokio::time::sleep(Duration::from_millis(50)).await;
            None
        }
    }
}
