//! A request's query parameters, as the page's controls send them.

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
