//! `/generation`: the number of reloads so far, as text. Every open page asks for it
//! every half second while it is visible and reloads when it is not the one it was made
//! at. A short request, not a connection kept open: any number of pages can follow the
//! plan without taking the browser's few connections to the server.

use axum::extract::State;
use axum::http::header;
use axum::response::{IntoResponse, Response};

use crate::serve::app::Shared;

/// The generation now, as text.
pub async fn current(State(app): State<Shared>) -> Response {
    (
        [(header::CONTENT_TYPE, "text/plain; charset=utf-8")],
        app.workspace.generation().to_string(),
    )
        .into_response()
}
