//! A YAML document as a tree of located nodes.

use std::fmt;

use serde::de::{Deserialize, Deserializer, MapAccess, SeqAccess, Visitor};
use serde_saphyr::Spanned;

/// A YAML node and the byte range where it is written (for an alias: where it is used).
#[derive(Clone, Debug, PartialEq)]
pub struct Node {
    pub kind: NodeKind,
    pub start: u32,
    pub end: u32,
}

#[derive(Clone, Debug, PartialEq)]
pub enum NodeKind {
    Null,
    Bool(bool),
    /// A scalar: strings by their value, numbers by the text written in the file.
    Scalar(Scalar),
    List(Vec<Node>),
    /// Entries in file order, repeated keys included.
    Mapping(Vec<(Node, Node)>),
}

#[derive(Clone, Debug, PartialEq)]
pub struct Scalar {
    pub text: String,
    /// Whether YAML read it as a number (`80000`, `1e3`) rather than a string.
    pub number: bool,
    /// For numbers: where the digits are written (the anchor, for an alias).
    pub(super) text_span: (u32, u32),
}

impl Node {
    /// A short description of the node's kind, for "found ..." messages.
    pub fn found(&self) -> Found {
        match &self.kind {
            NodeKind::Null => Found::Nothing,
            NodeKind::Bool(_) => Found::Bool,
            NodeKind::Scalar(s) if s.number => Found::Number,
            NodeKind::Scalar(_) => Found::Text,
            NodeKind::List(_) => Found::List,
            NodeKind::Mapping(_) => Found::Mapping,
        }
    }

    /// The value under `key` when this is a mapping.
    pub fn get(&self, key: &str) -> Option<&Node> {
        match &self.kind {
            NodeKind::Mapping(entries) => entries
                .iter()
                .find(|(k, _)| k.as_text() == Some(key))
                .map(|(_, v)| v),
            _ => None,
        }
    }

    /// The text of a scalar node.
    pub fn as_text(&self) -> Option<&str> {
        match &self.kind {
            NodeKind::Scalar(s) => Some(&s.text),
            _ => None,
        }
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

fn located(spanned: Spanned<Node>) -> Node {
    let referenced = spanned.referenced.span();
    let defined = spanned.defined.span();
    let start = referenced.byte_offset().unwrap_or(0) as u32;
    let end = start + referenced.byte_len().unwrap_or(0) as u32;
    let mut node = spanned.value;
    node.start = start;
    node.end = end;
    if let NodeKind::Scalar(scalar) = &mut node.kind {
        let text_start = defined.byte_offset().unwrap_or(start as u64) as u32;
        scalar.text_span = (
            text_start,
            text_start + defined.byte_len().unwrap_or(0) as u32,
        );
    }
    node
}

fn scalar(text: String, number: bool) -> Node {
    Node {
        kind: NodeKind::Scalar(Scalar {
            text,
            number,
            text_span: (0, 0),
        }),
        start: 0,
        end: 0,
    }
}

fn bare(kind: NodeKind) -> Node {
    Node {
        kind,
        start: 0,
        end: 0,
    }
}

/// Reads a node through serde-saphyr; children keep their spans through `Spanned`.
impl<'de> Deserialize<'de> for Node {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(NodeVisitor)
    }
}

struct NodeVisitor;

impl<'de> Visitor<'de> for NodeVisitor {
    type Value = Node;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("any YAML value")
    }

    fn visit_unit<E>(self) -> Result<Node, E> {
        Ok(bare(NodeKind::Null))
    }

    fn visit_none<E>(self) -> Result<Node, E> {
        Ok(bare(NodeKind::Null))
    }

    fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<Node, D::Error> {
        Node::deserialize(d)
    }

    fn visit_bool<E>(self, v: bool) -> Result<Node, E> {
        Ok(bare(NodeKind::Bool(v)))
    }

    fn visit_i64<E>(self, v: i64) -> Result<Node, E> {
        Ok(scalar(v.to_string(), true))
    }

    fn visit_u64<E>(self, v: u64) -> Result<Node, E> {
        Ok(scalar(v.to_string(), true))
    }

    fn visit_i128<E>(self, v: i128) -> Result<Node, E> {
        Ok(scalar(v.to_string(), true))
    }

    fn visit_u128<E>(self, v: u128) -> Result<Node, E> {
        Ok(scalar(v.to_string(), true))
    }

    fn visit_f64<E>(self, v: f64) -> Result<Node, E> {
        Ok(scalar(format!("{v:?}"), true))
    }

    fn visit_str<E>(self, v: &str) -> Result<Node, E> {
        Ok(scalar(v.to_string(), false))
    }

    fn visit_string<E>(self, v: String) -> Result<Node, E> {
        Ok(scalar(v, false))
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Node, A::Error> {
        let mut items = Vec::new();
        while let Some(item) = seq.next_element::<Spanned<Node>>()? {
            items.push(located(item));
        }
        Ok(bare(NodeKind::List(items)))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Node, A::Error> {
        let mut entries = Vec::new();
        while let Some((key, value)) = map.next_entry::<Spanned<Node>, Spanned<Node>>()? {
            entries.push((located(key), located(value)));
        }
        Ok(bare(NodeKind::Mapping(entries)))
    }
}

/// Reads the root node with its span.
pub(super) fn root(spanned: Spanned<Node>) -> Node {
    located(spanned)
}
