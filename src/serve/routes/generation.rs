//! `/generation`: the number of reloads so far, as text. Every open page asks for it
//! every half second while it is visible and reloads when it is not the one it was made
//! at. A short request, not a connection kept open: any number of pages can follow the
//! plan without taking the browser's few connections to the server.

use axum::extract::State;
use axum::response::Response;

use crate::serve::app::Shared;
use crate::serve::plain;

/// The generation now, as text.
pub async fn current(State(app): State<Shared>) -> Response {
    plain::text(app.workspace.generation().to_string())
}
