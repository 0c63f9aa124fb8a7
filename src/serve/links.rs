//! The server's addresses: built in one place, every user-given part percent-encoded.

use crate::i18n::Lang;

/// The address of a plan's pages: `/p/NAME`.
pub fn plan(name: &str) -> String {
    format!("/p/{}", segment(name))
}

/// A path segment with everything but the unreserved characters percent-encoded, so no
/// name can add a segment, a query or a fragment.
pub fn segment(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for byte in text.bytes() {
        match byte {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' => {
                out.push(byte as char)
            }
            _ => out.push_str(&format!("%{byte:02X}")),
        }
    }
    out
}

/// `path` with a query of the pairs whose value is not empty, plus the language.
pub fn with_query(path: &str, pairs: &[(&str, &str)], lang: Lang) -> String {
    let mut query: Vec<String> = pairs
        .iter()
        .filter(|(_, value)| !value.is_empty())
        .map(|(name, value)| format!("{name}={}", segment(value)))
        .collect();
    query.push(format!("lang={}", lang.code()));
    format!("{path}?{}", query.join("&"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_cannot_leave_their_segment() {
        assert_eq!(segment("../a b?c#d/e"), "..%2Fa%20b%3Fc%23d%2Fe");
        assert_eq!(plan("casarano-2022"), "/p/casarano-2022");
        assert_eq!(
            with_query("/x", &[("year", "2023"), ("area", "")], Lang::En),
            "/x?year=2023&lang=en"
        );
    }
}
