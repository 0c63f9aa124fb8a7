//! A YAML document as a tree of located nodes.

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
    /// A scalar: the text as written for plain scalars, the value for quoted and block ones.
    Scalar(Scalar),
    List(Vec<Node>),
    /// Entries in file order, repeated keys included.
    Mapping(Vec<(Node, Node)>),
}

#[derive(Clone, Debug, PartialEq)]
pub struct Scalar {
    pub text: String,
    /// Whether YAML reads it as a number (`80000`, `1e3`) rather than a string.
    pub number: bool,
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

    /// How many nodes this tree holds, itself included.
    pub fn count(&self) -> usize {
        match &self.kind {
            NodeKind::List(items) => 1 + items.iter().map(Node::count).sum::<usize>(),
            NodeKind::Mapping(entries) => {
                1 + entries
                    .iter()
                    .map(|(k, v)| k.count() + v.count())
                    .sum::<usize>()
            }
            _ => 1,
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
