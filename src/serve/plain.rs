//! Short answers in plain text, in the request's language: the refusals and failures that
//! are not pages of the server (a write, a long address, another host, a page that took
//! too long).

use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};

use crate::i18n::{self, Lang, Message};

/// The language a query asks for (`lang=it` or `lang=en`), else `default`.
pub fn lang_of(query: Option<&str>, default: Lang) -> Lang {
    let asked = query
        .unwrap_or_default()
        .split('&')
        .filter_map(|pair| pair.strip_prefix("lang="))
        .next_back();
    match asked {
        Some("it") => Lang::It,
        Some("en") => Lang::En,
        _ => default,
    }
}

/// `pdz: MESSAGE` as a plain-text answer with `status`.
pub fn answer(status: StatusCode, lang: Lang, message: &Message) -> Response {
    (
        status,
        [(header::CONTENT_TYPE, "text/plain; charset=utf-8")],
        format!("pdz: {}\n", i18n::tr(lang, message)),
    )
        .into_response()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_query_chooses_the_language() {
        assert_eq!(lang_of(Some("lang=en"), Lang::It), Lang::En);
        assert_eq!(lang_of(Some("year=2023&lang=it"), Lang::En), Lang::It);
        assert_eq!(lang_of(Some("lang=fr"), Lang::En), Lang::En);
        assert_eq!(lang_of(None, Lang::It), Lang::It);
    }
}
