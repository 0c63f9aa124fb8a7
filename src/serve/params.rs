//! A request's query parameters, as the page's controls send them.

use axum::extract::Query;
use axum::http::Uri;

use crate::i18n::Lang;

/// The query of a request: every `name=value` pair, in order.
#[derive(Debug, Default, serde::Deserialize)]
#[serde(transparent)]
pub struct Params(Vec<(String, String)>);

impl Params {
    /// The last non-empty value of `name` (an empty control means "not chosen").
    pub fn get(&self, name: &str) -> Option<&str> {
        self.0
            .iter()
            .rev()
            .find(|(n, v)| n == name && !v.is_empty())
            .map(|(_, v)| v.as_str())
    }

    /// Every pair, in order.
    pub fn pairs(&self) -> impl Iterator<Item = &(String, String)> {
        self.0.iter()
    }

    /// Whether a checkbox is ticked.
    pub fn flag(&self, name: &str) -> bool {
        self.get(name).is_some()
    }

    /// The page's language (`lang=en`), else the server's.
    pub fn lang(&self, default: Lang) -> Lang {
        match self.get("lang") {
            Some("it") => Lang::It,
            Some("en") => Lang::En,
            _ => default,
        }
    }
}

/// The language a request's address asks for, as [`Params::lang`] reads it, for the
/// answers made before any page (the guard's refusals).
pub fn lang_of(uri: &Uri, default: Lang) -> Lang {
    Query::<Params>::try_from_uri(uri).map_or(default, |Query(params)| params.lang(default))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lang(uri: &str, default: Lang) -> Lang {
        lang_of(&uri.parse().unwrap(), default)
    }

    #[test]
    fn the_query_chooses_the_language_as_the_controls_send_it() {
        assert_eq!(lang("/p/x/?lang=en", Lang::It), Lang::En);
        assert_eq!(lang("/p/x/?year=2023&lang=it", Lang::En), Lang::It);
        // An empty control is "not chosen": the last chosen value counts.
        assert_eq!(lang("/p/x/?lang=en&lang=", Lang::It), Lang::En);
        assert_eq!(lang("/p/x/?lang=fr", Lang::En), Lang::En);
        assert_eq!(lang("/p/x/", Lang::It), Lang::It);
    }
}
