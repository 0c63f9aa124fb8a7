//! `/static/…`: the style sheet and the script of the server's pages, compiled in.

use axum::http::header;
use axum::response::IntoResponse;

use crate::serve::pages::{SCRIPT, STYLE};

pub async fn style() -> impl IntoResponse {
    ([(header::CONTENT_TYPE, "text/css; charset=utf-8")], STYLE)
}

pub async fn script() -> impl IntoResponse {
    (
        [(header::CONTENT_TYPE, "text/javascript; charset=utf-8")],
        SCRIPT,
    )
}
