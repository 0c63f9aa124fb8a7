//! Filling serde types from a [`Node`] tree, collecting every problem.
//!
//! The [`Decoder`] is a serde `Deserializer` over located nodes. It differs from
//! a plain YAML deserializer in three ways that make all findings show at once:
//! - unknown fields and repeated keys are recorded (with both places) and skipped,
//!   instead of failing the whole file;
//! - an [`Attempt<T>`] is a recovery point: when `T` cannot be read its problem is
//!   recorded and decoding goes on with the next entry;
//! - a [`Located<T>`] receives the span of its node.

use std::cell::RefCell;
use std::fmt;
use std::marker::PhantomData;

use serde::de::{
    self, Deserialize, DeserializeSeed, Deserializer, EnumAccess, IntoDeserializer, MapAccess,
    SeqAccess, VariantAccess, Visitor,
};

use super::node::{Found, Node, NodeKind};
use crate::model::{FileId, Located, Span};

/// Decodes the nodes of one file and keeps the problems it meets.
pub struct Decoder {
    file: FileId,
    problems: RefCell<Vec<DecodeProblem>>,
    unreadable_ids: RefCell<Vec<String>>,
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

impl Decoder {
    pub fn new(file: FileId) -> Self {
        Decoder {
            file,
            problems: RefCell::new(Vec::new()),
            unreadable_ids: RefCell::new(Vec::new()),
        }
    }

    /// Decodes `node` as a `T`; on failure records the problem and returns `None`.
    pub fn decode<T: de::DeserializeOwned>(&self, node: &Node) -> Option<T> {
        match T::deserialize(NodeDeserializer { node, cx: self }) {
            Ok(value) => Some(value),
            Err(error) => {
                self.record(error, node);
                None
            }
        }
    }

    /// The problems met, and the `id` of every entry that could not be read.
    pub fn finish(self) -> (Vec<DecodeProblem>, Vec<String>) {
        (self.problems.into_inner(), self.unreadable_ids.into_inner())
    }

    fn span(&self, node: &Node) -> Span {
        Span::new(self.file, node.start, node.end)
    }

    fn push(&self, kind: ProblemKind, span: Span) {
        self.problems
            .borrow_mut()
            .push(DecodeProblem { kind, span });
    }

    fn record(&self, error: Error, node: &Node) {
        let span = error.span.unwrap_or_else(|| self.span(node));
        self.push(error.kind, span);
        if let Some(id) = node.get("id").and_then(Node::as_text) {
            self.unreadable_ids.borrow_mut().push(id.to_string());
        }
    }
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

const ATTEMPT: &str = "$pdz::Attempt";
const LOCATED: &str = "$pdz::Located";
const LOCATED_FIELDS: &[&str] = &["$file", "$start", "$end", "$value"];

impl<'de, T: Deserialize<'de>> Deserialize<'de> for Attempt<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct AttemptVisitor<T>(PhantomData<T>);

        impl<'de, T: Deserialize<'de>> Visitor<'de> for AttemptVisitor<T> {
            type Value = Attempt<T>;

            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("an entry")
            }

            // Only the Decoder calls this, after it has recorded any problem.
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
    kind: ProblemKind,
    span: Option<Span>,
}

impl Error {
    fn new(kind: ProblemKind) -> Self {
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

/// Deserializes one node.
struct NodeDeserializer<'a> {
    node: &'a Node,
    cx: &'a Decoder,
}

impl<'a> NodeDeserializer<'a> {
    fn child(&self, node: &'a Node) -> Self {
        NodeDeserializer { node, cx: self.cx }
    }

    fn span(&self) -> Span {
        self.cx.span(self.node)
    }

    /// Gives an error without a place the place of this node.
    fn here<T>(&self, result: Result<T, Error>) -> Result<T, Error> {
        result.map_err(|mut e| {
            e.span.get_or_insert(self.span());
            e
        })
    }

    fn mismatch<T>(&self, expected: Expected) -> Result<T, Error> {
        Err(Error {
            kind: ProblemKind::InvalidType {
                expected,
                found: self.node.found(),
            },
            span: Some(self.span()),
        })
    }

    fn text(&self) -> Option<&'a str> {
        self.node.as_text()
    }
}

impl<'de> Deserializer<'de> for NodeDeserializer<'de> {
    type Error = Error;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        let result = match &self.node.kind {
            NodeKind::Null => visitor.visit_unit(),
            NodeKind::Bool(b) => visitor.visit_bool(*b),
            NodeKind::Scalar(s) if s.number => {
                if let Ok(n) = s.text.parse::<u64>() {
                    visitor.visit_u64(n)
                } else if let Ok(n) = s.text.parse::<i64>() {
                    visitor.visit_i64(n)
                } else {
                    visitor.visit_borrowed_str(&s.text)
                }
            }
            NodeKind::Scalar(s) => visitor.visit_borrowed_str(&s.text),
            NodeKind::List(items) => visitor.visit_seq(Items::new(&self, items)),
            NodeKind::Mapping(entries) => visitor.visit_map(Entries::new(&self, entries)),
        };
        self.here(result)
    }

    fn deserialize_bool<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        match self.node.kind {
            NodeKind::Bool(b) => self.here(visitor.visit_bool(b)),
            _ => self.mismatch(Expected::Bool),
        }
    }

    fn deserialize_i64<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.deserialize_integer(visitor)
    }

    fn deserialize_u64<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.deserialize_integer(visitor)
    }

    fn deserialize_i8<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.deserialize_integer(visitor)
    }

    fn deserialize_i16<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.deserialize_integer(visitor)
    }

    fn deserialize_i32<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.deserialize_integer(visitor)
    }

    fn deserialize_u8<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.deserialize_integer(visitor)
    }

    fn deserialize_u16<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.deserialize_integer(visitor)
    }

    fn deserialize_u32<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.deserialize_integer(visitor)
    }

    fn deserialize_f32<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.deserialize_f64(visitor)
    }

    fn deserialize_f64<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        match self.text().and_then(|t| t.parse::<f64>().ok()) {
            Some(n) if n.is_finite() => self.here(visitor.visit_f64(n)),
            _ => self.mismatch(Expected::Number),
        }
    }

    fn deserialize_char<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        let mut chars = self.text().unwrap_or_default().chars();
        match (chars.next(), chars.next()) {
            (Some(c), None) => self.here(visitor.visit_char(c)),
            _ => self.mismatch(Expected::Text),
        }
    }

    fn deserialize_str<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        match self.text() {
            Some(text) => self.here(visitor.visit_borrowed_str(text)),
            None => self.mismatch(Expected::Text),
        }
    }

    fn deserialize_string<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.deserialize_str(visitor)
    }

    fn deserialize_bytes<V: Visitor<'de>>(self, _visitor: V) -> Result<V::Value, Error> {
        self.mismatch(Expected::Text)
    }

    fn deserialize_byte_buf<V: Visitor<'de>>(self, _visitor: V) -> Result<V::Value, Error> {
        self.mismatch(Expected::Text)
    }

    fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        match self.node.kind {
            NodeKind::Null => self.here(visitor.visit_none()),
            _ => {
                let span = self.span();
                visitor.visit_some(self).map_err(|mut e| {
                    e.span.get_or_insert(span);
                    e
                })
            }
        }
    }

    fn deserialize_unit<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        match self.node.kind {
            NodeKind::Null => self.here(visitor.visit_unit()),
            _ => self.mismatch(Expected::Text),
        }
    }

    fn deserialize_unit_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        visitor: V,
    ) -> Result<V::Value, Error> {
        self.deserialize_unit(visitor)
    }

    fn deserialize_newtype_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        visitor: V,
    ) -> Result<V::Value, Error> {
        let span = self.span();
        visitor.visit_newtype_struct(self).map_err(|mut e| {
            e.span.get_or_insert(span);
            e
        })
    }

    fn deserialize_seq<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        match &self.node.kind {
            NodeKind::List(items) => self.here(visitor.visit_seq(Items::new(&self, items))),
            NodeKind::Null => self.here(visitor.visit_seq(Items::new(&self, &[]))),
            _ => self.mismatch(Expected::List),
        }
    }

    fn deserialize_tuple<V: Visitor<'de>>(
        self,
        _len: usize,
        visitor: V,
    ) -> Result<V::Value, Error> {
        self.deserialize_seq(visitor)
    }

    fn deserialize_tuple_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _len: usize,
        visitor: V,
    ) -> Result<V::Value, Error> {
        self.deserialize_seq(visitor)
    }

    fn deserialize_map<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        match &self.node.kind {
            NodeKind::Mapping(entries) => {
                self.here(visitor.visit_map(Entries::new(&self, entries)))
            }
            NodeKind::Null => self.here(visitor.visit_map(Entries::new(&self, &[]))),
            _ => self.mismatch(Expected::Mapping),
        }
    }

    fn deserialize_struct<V: Visitor<'de>>(
        self,
        name: &'static str,
        fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, Error> {
        match (name, &self.node.kind) {
            (LOCATED, _) => visitor.visit_map(LocatedAccess::new(self)),
            (ATTEMPT, _) => visitor.visit_map(AttemptAccess {
                node: self.node,
                cx: self.cx,
                stage: 0,
            }),
            (_, NodeKind::Mapping(entries)) => {
                let access = Entries::for_struct(&self, entries, fields);
                self.here(visitor.visit_map(access))
            }
            (_, NodeKind::Null) => {
                self.here(visitor.visit_map(Entries::for_struct(&self, &[], fields)))
            }
            _ => self.mismatch(Expected::Mapping),
        }
    }

    fn deserialize_enum<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _variants: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, Error> {
        match self.text() {
            Some(text) => self.here(visitor.visit_enum(UnitVariant(text))),
            None => self.mismatch(Expected::Text),
        }
    }

    fn deserialize_identifier<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.deserialize_str(visitor)
    }

    fn deserialize_ignored_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        visitor.visit_unit()
    }
}

impl<'de> NodeDeserializer<'de> {
    fn deserialize_integer<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        let text = self.text().unwrap_or_default();
        if let Ok(n) = text.parse::<u64>() {
            self.here(visitor.visit_u64(n))
        } else if let Ok(n) = text.parse::<i64>() {
            self.here(visitor.visit_i64(n))
        } else {
            self.mismatch(Expected::Integer)
        }
    }
}

/// The items of a list.
struct Items<'a> {
    items: std::slice::Iter<'a, Node>,
    cx: &'a Decoder,
}

impl<'a> Items<'a> {
    fn new(parent: &NodeDeserializer<'a>, items: &'a [Node]) -> Self {
        Items {
            items: items.iter(),
            cx: parent.cx,
        }
    }
}

impl<'de> SeqAccess<'de> for Items<'de> {
    type Error = Error;

    fn next_element_seed<T: DeserializeSeed<'de>>(
        &mut self,
        seed: T,
    ) -> Result<Option<T::Value>, Error> {
        match self.items.next() {
            Some(node) => seed
                .deserialize(NodeDeserializer { node, cx: self.cx })
                .map(Some),
            None => Ok(None),
        }
    }

    fn size_hint(&self) -> Option<usize> {
        Some(self.items.len())
    }
}

/// The entries of a mapping. For a struct, unknown and repeated keys are
/// recorded and skipped; for a plain map, repeated keys are.
struct Entries<'a> {
    entries: std::slice::Iter<'a, (Node, Node)>,
    fields: Option<&'static [&'static str]>,
    seen: Vec<(&'a str, Span)>,
    value: Option<&'a Node>,
    cx: &'a Decoder,
}

impl<'a> Entries<'a> {
    fn new(parent: &NodeDeserializer<'a>, entries: &'a [(Node, Node)]) -> Self {
        Entries {
            entries: entries.iter(),
            fields: None,
            seen: Vec::new(),
            value: None,
            cx: parent.cx,
        }
    }

    fn for_struct(
        parent: &NodeDeserializer<'a>,
        entries: &'a [(Node, Node)],
        fields: &'static [&'static str],
    ) -> Self {
        Entries {
            fields: Some(fields),
            ..Entries::new(parent, entries)
        }
    }

    /// Whether the entry with this key goes to the visitor.
    fn accept(&mut self, key: &'a Node) -> bool {
        let span = self.cx.span(key);
        let Some(text) = key.as_text() else {
            // Non-text keys only occur in plain maps; the visitor reports them.
            return self.fields.is_none();
        };
        if let Some(fields) = self.fields
            && !fields.contains(&text)
        {
            self.cx.push(
                ProblemKind::UnknownField {
                    field: text.to_string(),
                    expected: fields,
                },
                span,
            );
            return false;
        }
        if let Some((_, first)) = self.seen.iter().find(|(k, _)| *k == text) {
            self.cx.push(
                ProblemKind::DuplicateKey {
                    key: text.to_string(),
                    first: *first,
                },
                span,
            );
            return false;
        }
        self.seen.push((text, span));
        true
    }
}

impl<'de> MapAccess<'de> for Entries<'de> {
    type Error = Error;

    fn next_key_seed<K: DeserializeSeed<'de>>(
        &mut self,
        seed: K,
    ) -> Result<Option<K::Value>, Error> {
        while let Some((key, value)) = self.entries.next() {
            if self.accept(key) {
                self.value = Some(value);
                return seed
                    .deserialize(NodeDeserializer {
                        node: key,
                        cx: self.cx,
                    })
                    .map(Some);
            }
        }
        Ok(None)
    }

    fn next_value_seed<V: DeserializeSeed<'de>>(&mut self, seed: V) -> Result<V::Value, Error> {
        match self.value.take() {
            Some(node) => seed.deserialize(NodeDeserializer { node, cx: self.cx }),
            None => Err(de::Error::custom("value without key")),
        }
    }
}

/// Hands a [`Located`] its file, start, end and value.
struct LocatedAccess<'a> {
    inner: NodeDeserializer<'a>,
    stage: usize,
}

impl<'a> LocatedAccess<'a> {
    fn new(inner: NodeDeserializer<'a>) -> Self {
        LocatedAccess { inner, stage: 0 }
    }
}

impl<'de> MapAccess<'de> for LocatedAccess<'de> {
    type Error = Error;

    fn next_key_seed<K: DeserializeSeed<'de>>(
        &mut self,
        seed: K,
    ) -> Result<Option<K::Value>, Error> {
        match LOCATED_FIELDS.get(self.stage) {
            Some(field) => seed.deserialize((*field).into_deserializer()).map(Some),
            None => Ok(None),
        }
    }

    fn next_value_seed<V: DeserializeSeed<'de>>(&mut self, seed: V) -> Result<V::Value, Error> {
        let span = self.inner.span();
        self.stage += 1;
        match self.stage {
            1 => seed.deserialize(span.file.0.into_deserializer()),
            2 => seed.deserialize(span.start.into_deserializer()),
            3 => seed.deserialize(span.end.into_deserializer()),
            _ => seed.deserialize(self.inner.child(self.inner.node)),
        }
    }
}

/// Hands an [`Attempt`] its value, recording the problem when it cannot be read.
struct AttemptAccess<'a> {
    node: &'a Node,
    cx: &'a Decoder,
    stage: usize,
}

impl<'de> MapAccess<'de> for AttemptAccess<'de> {
    type Error = Error;

    fn next_key_seed<K: DeserializeSeed<'de>>(
        &mut self,
        seed: K,
    ) -> Result<Option<K::Value>, Error> {
        if self.stage > 0 {
            return Ok(None);
        }
        self.stage = 1;
        seed.deserialize("$value".into_deserializer()).map(Some)
    }

    fn next_value_seed<V: DeserializeSeed<'de>>(&mut self, seed: V) -> Result<V::Value, Error> {
        let result = seed.deserialize(NodeDeserializer {
            node: self.node,
            cx: self.cx,
        });
        if let Err(error) = &result {
            self.cx.record(error.clone(), self.node);
        }
        result
    }
}

/// A unit enum variant written as a word.
struct UnitVariant<'a>(&'a str);

impl<'de> EnumAccess<'de> for UnitVariant<'de> {
    type Error = Error;
    type Variant = Self;

    fn variant_seed<V: DeserializeSeed<'de>>(self, seed: V) -> Result<(V::Value, Self), Error> {
        let value = seed.deserialize(self.0.into_deserializer())?;
        Ok((value, self))
    }
}

impl<'de> VariantAccess<'de> for UnitVariant<'de> {
    type Error = Error;

    fn unit_variant(self) -> Result<(), Error> {
        Ok(())
    }

    fn newtype_variant_seed<T: DeserializeSeed<'de>>(self, _seed: T) -> Result<T::Value, Error> {
        Err(Error::new(ProblemKind::InvalidType {
            expected: Expected::Mapping,
            found: Found::Text,
        }))
    }

    fn tuple_variant<V: Visitor<'de>>(self, _len: usize, _visitor: V) -> Result<V::Value, Error> {
        self.newtype_variant_seed(PhantomData::<()>)
            .map(|_| unreachable!("a word is never a tuple variant"))
    }

    fn struct_variant<V: Visitor<'de>>(
        self,
        _fields: &'static [&'static str],
        _visitor: V,
    ) -> Result<V::Value, Error> {
        self.newtype_variant_seed(PhantomData::<()>)
            .map(|_| unreachable!("a word is never a struct variant"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::yaml::parse;

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

    fn decode(text: &str) -> (Option<Doc>, Vec<DecodeProblem>, Vec<String>) {
        let node = parse(text).unwrap();
        let decoder = Decoder::new(FileId(0));
        let doc = decoder.decode::<Doc>(&node);
        let (problems, ids) = decoder.finish();
        (doc, problems, ids)
    }

    #[test]
    fn located_values_get_their_span() {
        let (doc, problems, _) = decode("items:\n  - id: abc\n    amount: 12.5\n    tags: [x]\n");
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
        let (doc, problems, unreadable) = decode(text);
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
