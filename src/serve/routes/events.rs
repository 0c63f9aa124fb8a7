//! `/events`: server-sent events, one `generation` event now and one after every reload,
//! so that each open page reloads itself when the plan changes.

use std::convert::Infallible;
use std::sync::Arc;
use std::time::Duration;

use axum::extract::State;
use axum::http::StatusCode;
use axum::response::sse::{Event, KeepAlive, Sse};
use axum::response::{IntoResponse, Response};

use crate::serve::app::Shared;

pub async fn stream(State(app): State<Shared>) -> Response {
    // Bounded: a page beyond the limit still works, it only stops following the plan.
    let Ok(permit) = Arc::clone(&app.live).try_acquire_owned() else {
        return StatusCode::SERVICE_UNAVAILABLE.into_response();
    };
    let generations = app.workspace.subscribe();
    let events = futures_util::stream::unfold(
        (generations, permit, true),
        |(mut generations, permit, first)| async move {
            if !first && generations.changed().await.is_err() {
                return None;
            }
            let generation = *generations.borrow_and_update();
            let event = Event::default()
                .event("generation")
                .data(generation.to_string());
            Some((Ok::<_, Infallible>(event), (generations, permit, false)))
        },
    );
    Sse::new(events)
        .keep_alive(KeepAlive::new().interval(Duration::from_secs(15)))
        .into_response()
}
