//! Short answers in plain text, in the request's language: the refusals and failures that
//! are not pages of the server (a write, a long address, another host, a page that took
//! too long).

use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};

use crate::i18n::{self, Lang, Message};

/// `pdz: MESSAGE` as a plain-text answer with `status`.
pub fn answer(status: StatusCode, lang: Lang, message: &Message) -> Response {
    (status, text(format!("pdz: {}\n", i18n::tr(lang, message)))).into_response()
}

/// `body` as plain text.
pub fn text(body: String) -> Response {
    ([(header::CONTENT_TYPE, "text/plain; charset=utf-8")], body).into_response()
}
