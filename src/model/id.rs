//! Identifiers: lowercase slugs that name areas, funds, interventions and the rest.

use std::fmt;
use std::sync::Arc;

/// A lowercase slug, `[a-z0-9][a-z0-9._-]*`. Shared, not copied: an id written on many
/// lines (a fund, an area) can be one text in memory (the loader interns them).
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Id(Arc<str>);

impl serde::Serialize for Id {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.0)
    }
}

/// Why a text is not a valid [`Id`], with the slug it probably meant.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct InvalidId {
    pub suggestion: Option<String>,
}

impl Id {
    /// Parses a slug; on failure suggests the closest valid slug.
    pub fn parse(text: &str) -> Result<Id, InvalidId> {
        if is_slug(text) {
            Ok(Id(Arc::from(text)))
        } else {
            Err(InvalidId {
                suggestion: Id::from_name(text).map(|id| id.0.to_string()),
            })
        }
    }

    /// The id a name suggests (`Città di Gallipoli` → `citta-di-gallipoli`), if the name
    /// has a letter or digit.
    pub fn from_name(name: &str) -> Option<Id> {
        let slug = slugify(name);
        (!slug.is_empty()).then(|| Id(Arc::from(slug)))
    }

    /// An id kept as written although it is not a slug (it was reported already).
    pub fn unchecked(text: &str) -> Id {
        Id(Arc::from(text))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for Id {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::borrow::Borrow<str> for Id {
    fn borrow(&self) -> &str {
        &self.0
    }
}

fn is_slug(text: &str) -> bool {
    let mut chars = text.chars();
    matches!(chars.next(), Some(c) if c.is_ascii_lowercase() || c.is_ascii_digit())
        && chars
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || matches!(c, '.' | '_' | '-'))
}

/// The slug a user most likely meant: lowercase, accents dropped, other characters as `-`.
fn slugify(text: &str) -> String {
    let mut slug = String::new();
    for c in text.trim().chars() {
        let c = fold_accent(c.to_ascii_lowercase());
        if c.is_ascii_lowercase() || c.is_ascii_digit() || matches!(c, '.' | '_') {
            slug.push(c);
        } else if !slug.ends_with('-') {
            slug.push('-');
        }
    }
    slug.trim_matches(|c: char| !c.is_ascii_alphanumeric())
        .to_string()
}

fn fold_accent(c: char) -> char {
    match c {
        'à' | 'á' | 'À' | 'Á' => 'a',
        'è' | 'é' | 'È' | 'É' => 'e',
        'ì' | 'í' | 'Ì' | 'Í' => 'i',
        'ò' | 'ó' | 'Ò' | 'Ó' => 'o',
        'ù' | 'ú' | 'Ù' | 'Ú' => 'u',
        other => other.to_ascii_lowercase(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_slugs() {
        for ok in ["fnps-2021", "pnrr-m5c2-1.1.1", "a", "0a", "x_y"] {
            assert!(Id::parse(ok).is_ok(), "{ok}");
        }
    }

    #[test]
    fn rejects_and_suggests() {
        assert_eq!(
            Id::parse("Welfare Accesso")
                .unwrap_err()
                .suggestion
                .as_deref(),
            Some("welfare-accesso")
        );
        assert_eq!(
            Id::parse("Città").unwrap_err().suggestion.as_deref(),
            Some("citta")
        );
        assert_eq!(
            Id::parse("-x").unwrap_err().suggestion.as_deref(),
            Some("x")
        );
        assert_eq!(Id::parse("").unwrap_err().suggestion, None);
    }

    #[test]
    fn a_name_suggests_an_id() {
        let id = |name: &str| Id::from_name(name).map(|id| id.as_str().to_owned());
        assert_eq!(
            id("Città di Gallipoli").as_deref(),
            Some("citta-di-gallipoli")
        );
        assert_eq!(id("  Alto Salento ").as_deref(), Some("alto-salento"));
        assert_eq!(id("***"), None);
    }
}
