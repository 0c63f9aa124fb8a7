//! The located items a YAML document is read as: scalars, the starts and ends of lists and
//! mappings, each with the byte range where it is written.

use std::borrow::Cow;

/// One step of a document, in the order written (aliases already replayed).
#[derive(Clone, Debug, PartialEq)]
pub struct Item<'a> {
    pub kind: ItemKind<'a>,
    /// Byte range: a scalar's text, the first character of a list or mapping (findings
    /// about it point there rather than underline every line it spans), or an alias's use.
    pub start: u32,
    pub end: u32,
}

#[derive(Clone, Debug, PartialEq)]
pub enum ItemKind<'a> {
    Scalar(Scalar<'a>),
    /// The start of a list; its items follow, then an [`ItemKind::End`].
    List,
    /// The start of a mapping; its keys and values follow, then an [`ItemKind::End`].
    Mapping,
    /// The end of a list or mapping. For a mapping with an `id` key whose value is a
    /// scalar, that value: it names an entry that could not be read.
    End {
        id: Option<Cow<'a, str>>,
    },
}

/// A scalar: the text as written for plain scalars, the value for quoted and block ones.
#[derive(Clone, Debug, PartialEq)]
pub struct Scalar<'a> {
    pub text: Cow<'a, str>,
    pub kind: ScalarKind,
}

/// What a scalar means under the YAML 1.2 core schema (see [`super::resolve`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ScalarKind {
    Null,
    Bool(bool),
    /// Text YAML reads as a number (`80000`, `1e3`): its text is kept as written.
    Number,
    Text,
}

impl<'a> Item<'a> {
    /// The item's scalar text, when it is a scalar with text (not null, not a boolean).
    pub fn text(&self) -> Option<&Cow<'a, str>> {
        match &self.kind {
            ItemKind::Scalar(Scalar {
                text,
                kind: ScalarKind::Text | ScalarKind::Number,
            }) => Some(text),
            _ => None,
        }
    }

    /// A short description of the item's kind, for "found ..." messages.
    pub fn found(&self) -> Found {
        match &self.kind {
            ItemKind::Scalar(scalar) => match scalar.kind {
                ScalarKind::Null => Found::Nothing,
                ScalarKind::Bool(_) => Found::Bool,
                ScalarKind::Number => Found::Number,
                ScalarKind::Text => Found::Text,
            },
            ItemKind::List => Found::List,
            ItemKind::Mapping => Found::Mapping,
            ItemKind::End { .. } => Found::Nothing,
        }
    }

    /// Whether the item is a null scalar (`~`, `null`, nothing written).
    pub fn is_null(&self) -> bool {
        matches!(
            self.kind,
            ItemKind::Scalar(Scalar {
                kind: ScalarKind::Null,
                ..
            })
        )
    }
}

/// What kind of value was found where another was expected.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Found {
    Nothing,
    Bool,
    Number,
    Text,
    List,
    Mapping,
}
