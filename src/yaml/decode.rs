//! Filling serde types from a YAML document, collecting every problem.
//!
//! [`decode`] runs a serde `Deserializer` over the items of the [`Reader`], one by one:
//! no tree of the document is built. It differs from a plain YAML deserializer in three
//! ways that make all findings show at once:
//! - unknown fields and repeated keys are recorded (with both places) and skipped,
//!   instead of failing the whole file;
//! - an [`Attempt<T>`] is a recovery point: when `T` cannot be read its problem is
//!   recorded, the rest of its node is skipped and decoding goes on with the next entry;
//! - a [`Located<T>`] receives the span of its node.

use std::fmt;
use std::marker::PhantomData;

use serde::de::{self, Deserialize, DeserializeSeed, Deserializer, MapAccess, Visitor};

use super::item::Found;
use super::parse_problem::ParseProblem;
use super::reader::Reader;
use super::stream::Stream;
use crate::model::{FileId, Located, Span};

/// What a file decoded to: the value (unless its root could not be read), the problems
/// met, and the `id` of every entry that could not be read.
#[derive(Debug)]
pub struct Decoded<T> {
    pub value: Option<T>,
    pub problems: Vec<DecodeProblem>,
    pub unreadable_ids: Vec<String>,
}

/// Decodes the YAML document `text` of `file` with `seed` (`PhantomData::<T>` for a plain
/// `T`). A file that is not YAML pdz can read (a syntax error, a limit passed anywhere in
/// it) is its [`ParseProblem`] alone.
pub fn decode<'a, S: DeserializeSeed<'a>>(
    text: &'a str,
    file: FileId,
    seed: S,
) -> Result<Decoded<S::Value>, ParseProblem> {
    let mut stream = Stream::new(Reader::new(text), file);
    let value = stream.root(seed);
    let (reader, problems, unreadable_ids) = stream.into_parts();
    reader.finish()?;
    Ok(Decoded {
        value,
        problems,
        unreadable_ids,
    })
}

/// A problem met while decoding, at the node it concerns.
#[derive(Clone, Debug, PartialEq)]
pub struct DecodeProblem {
    pub kind: ProblemKind,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub enum ProblemKind {
    /// A key the format does not have; `expected` lists the keys it does.
    UnknownField {
        field: String,
        expected: &'static [&'static str],
    },
    /// A key written twice in the same mapping; `first` is the earlier one.
    DuplicateKey { key: String, first: Span },
    /// A value of the wrong kind.
    InvalidType { expected: Expected, found: Found },
    /// A required key that is absent.
    MissingField { field: &'static str },
    /// A word outside a closed list.
    UnknownVariant {
        variant: String,
        expected: &'static [&'static str],
    },
    /// Anything else serde reports.
    Other(String),
}

/// The kind of value that was expected.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Expected {
    Text,
    Integer,
    Number,
    Bool,
    List,
    Mapping,
}

/// A recovery point: an entry that is either read, or recorded as unreadable.
#[derive(Clone, Debug, PartialEq)]
pub enum Attempt<T> {
    Read(T),
    Unreadable,
}

impl<T> Attempt<T> {
    pub fn as_option(&self) -> Option<&T> {
        match self {
            Attempt::Read(value) => Some(value),
            Attempt::Unreadable => None,
        }
    }

    pub fn into_option(self) -> Option<T> {
        match self {
            Attempt::Read(value) => Some(value),
            Attempt::Unreadable => None,
        }
    }
}

pub(super) const ATTEMPT: &str = "$pdz::Attempt";
pub(super) const LOCATED: &str = "$pdz::Located";
pub(super) const LOCATED_FIELDS: &[&str] = &["$file", "$start", "$end", "$value"];

impl<'de, T: Deserialize<'de>> Deserialize<'de> for Attempt<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct AttemptVisitor<T>(PhantomData<T>);

        impl<'de, T: Deserialize<'de>> Visitor<'de> for AttemptVisitor<T> {
            type Value = Attempt<T>;

            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("an entry")
            }

            // Only pdz's decoder calls this, after it has recorded any problem.
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
                let _: Option<de::IgnoredAny> = map.next_key()?;
                Ok(map.next_value().map_or(Attempt::Unreadable, Attempt::Read))
            }

            // Any other deserializer: no recovery, the error propagates.
            fn visit_newtype_struct<D: Deserializer<'de>>(
                self,
                deserializer: D,
            ) -> Result<Self::Value, D::Error> {
                T::deserialize(deserializer).map(Attempt::Read)
            }
        }

        deserializer.deserialize_struct(ATTEMPT, &["$value"], AttemptVisitor(PhantomData))
    }
}

impl<'de, T: Deserialize<'de>> Deserialize<'de> for Located<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct LocatedVisitor<T>(PhantomData<T>);

        impl<'de, T: Deserialize<'de>> Visitor<'de> for LocatedVisitor<T> {
            type Value = Located<T>;

            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a located value")
            }

            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
                let mut next = |name: &'static str| -> Result<u32, A::Error> {
                    map.next_key::<de::IgnoredAny>()?;
                    map.next_value::<u32>()
                        .map_err(|_| de::Error::custom(format!("{name} missing")))
                };
                let file = next("file")?;
                let start = next("start")?;
                let end = next("end")?;
                map.next_key::<de::IgnoredAny>()?;
                let value = map.next_value()?;
                Ok(Located::new(value, Span::new(FileId(file), start, end)))
            }
        }

        deserializer.deserialize_struct(LOCATED, LOCATED_FIELDS, LocatedVisitor(PhantomData))
    }
}

/// The error type of the node deserializer: a problem and, once known, its place.
#[derive(Clone, Debug)]
pub struct Error {
    pub(super) kind: ProblemKind,
    pub(super) span: Option<Span>,
}

impl Error {
    pub(super) fn new(kind: ProblemKind) -> Self {
        Error { kind, span: None }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:?}", self.kind)
    }
}

impl std::error::Error for Error {}

impl de::Error for Error {
    fn custom<T: fmt::Display>(msg: T) -> Self {
        Error::new(ProblemKind::Other(msg.to_string()))
    }

    fn missing_field(field: &'static str) -> Self {
        Error::new(ProblemKind::MissingField { field })
    }

    fn unknown_field(field: &str, expected: &'static [&'static str]) -> Self {
        Error::new(ProblemKind::UnknownField {
            field: field.to_string(),
            expected,
        })
    }

    fn unknown_variant(variant: &str, expected: &'static [&'static str]) -> Self {
        Error::new(ProblemKind::UnknownVariant {
            variant: variant.to_string(),
            expected,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug, serde::Deserialize)]
    #[serde(deny_unknown_fields)]
    struct Item {
        id: Located<String>,
        amount: Option<String>,
        #[serde(default)]
        tags: Vec<String>,
    }

    #[derive(Debug, serde::Deserialize)]
    #[serde(deny_unknown_fields)]
    struct Doc {
        #[serde(default)]
        items: Vec<Attempt<Item>>,
    }

    fn decode_doc(text: &str) -> (Option<Doc>, Vec<DecodeProblem>, Vec<String>) {
        let decoded = decode(text, FileId(0), PhantomData::<Doc>).unwrap();
        (decoded.value, decoded.problems, decoded.unreadable_ids)
    }

    #[test]
    fn located_values_get_their_span() {
        let (doc, problems, _) =
            decode_doc("items:\n  - id: abc\n    amount: 12.5\n    tags: [x]\n");
        assert!(problems.is_empty(), "{problems:?}");
        let Attempt::Read(item) = &doc.unwrap().items[0] else {
            panic!()
        };
        assert_eq!(item.id.value, "abc");
        assert_eq!(item.amount.as_deref(), Some("12.5"));
        assert_eq!(item.tags, ["x"]);
        assert_eq!((item.id.span.start, item.id.span.end), (15, 18));
    }

    #[test]
    fn every_problem_is_collected() {
        let text = "items:\n  - id: a\n    colour: red\n  - id: b\n    tags: x\n  - id: c\n    id: d\n  - amount: 5\nextra: 1\n";
        let (doc, problems, unreadable) = decode_doc(text);
        let kinds: Vec<String> = problems.iter().map(|p| format!("{:?}", p.kind)).collect();
        assert_eq!(problems.len(), 5, "{kinds:#?}");
        assert!(
            matches!(&problems[0].kind, ProblemKind::UnknownField { field, .. } if field == "colour")
        );
        assert!(matches!(
            &problems[1].kind,
            ProblemKind::InvalidType {
                expected: Expected::List,
                found: Found::Text
            }
        ));
        assert!(matches!(&problems[2].kind, ProblemKind::DuplicateKey { key, .. } if key == "id"));
        assert!(matches!(
            &problems[3].kind,
            ProblemKind::MissingField { field: "id" }
        ));
        assert!(
            matches!(&problems[4].kind, ProblemKind::UnknownField { field, .. } if field == "extra")
        );
        let items = doc.unwrap().items;
        assert_eq!(items.len(), 4);
        assert!(matches!(items[1], Attempt::Unreadable));
        assert_eq!(unreadable, vec!["b".to_string()]);
    }
}
