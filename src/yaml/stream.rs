//! The serde `Deserializer` over a [`Reader`]'s items.
//!
//! Every `deserialize_*` takes exactly one node from the reader, whether it succeeds or
//! fails: a list or mapping left half read by an error is skipped to its end. That is what
//! lets an [`super::Attempt`] record its problem and go on with the next entry.

use foldhash::HashMap;
use std::borrow::Cow;
use std::marker::PhantomData;

use serde::de::{
    self, DeserializeSeed, Deserializer, EnumAccess, IntoDeserializer, MapAccess, SeqAccess,
    VariantAccess, Visitor,
};

use super::decode::{
    ATTEMPT, DecodeProblem, Error, Expected, LOCATED, LOCATED_FIELDS, ProblemKind,
};
use super::item::{Found, Item, ItemKind, ScalarKind};
use super::reader::Reader;
use crate::model::{FileId, Span};

/// Decodes the items of one file and keeps the problems it meets.
pub struct Stream<'a> {
    reader: Reader<'a>,
    file: FileId,
    problems: Vec<DecodeProblem>,
    unreadable_ids: Vec<String>,
}

impl<'a> Stream<'a> {
    pub fn new(reader: Reader<'a>, file: FileId) -> Self {
        Stream {
            reader,
            file,
            problems: Vec::new(),
            unreadable_ids: Vec::new(),
        }
    }

    /// Decodes the document's root with `seed`; on failure records the problem.
    pub fn root<S: DeserializeSeed<'a>>(&mut self, seed: S) -> Option<S::Value> {
        let head = self.head();
        match seed.deserialize(&mut *self) {
            Ok(value) => Some(value),
            Err(error) => {
                self.record(error, head);
                None
            }
        }
    }

    /// The reader, the problems met and the ids of the entries that could not be read.
    pub fn into_parts(self) -> (Reader<'a>, Vec<DecodeProblem>, Vec<String>) {
        (self.reader, self.problems, self.unreadable_ids)
    }

    /// Where the next node is and what it is; at the end of the document, a null at the
    /// start of the file (an empty document is null).
    fn head(&mut self) -> Head {
        let file = self.file;
        match self.reader.peek() {
            Some(item) => Head {
                found: item.found(),
                mapping: matches!(item.kind, ItemKind::Mapping),
                span: Span::new(file, item.start, item.end),
            },
            None => Head {
                found: Found::Nothing,
                mapping: false,
                span: Span::new(file, 0, 0),
            },
        }
    }

    fn span(&self, item: &Item) -> Span {
        Span::new(self.file, item.start, item.end)
    }

    fn push(&mut self, kind: ProblemKind, span: Span) {
        self.problems.push(DecodeProblem { kind, span });
    }

    /// Records the problem of a node already taken whole, and its `id` if it is a mapping.
    fn record(&mut self, error: Error, head: Head) {
        self.push(error.kind, error.span.unwrap_or(head.span));
        if head.mapping
            && let Some(id) = self.reader.last_id()
        {
            self.unreadable_ids.push(id.into_owned());
        }
    }

    /// Takes the next node and reports that it is not what was expected.
    fn mismatch<T>(&mut self, expected: Expected) -> Result<T, Error> {
        let head = self.head();
        self.reader.skip();
        Err(Error {
            kind: ProblemKind::InvalidType {
                expected,
                found: head.found,
            },
            span: Some(head.span),
        })
    }

    /// Takes the next node when it is a scalar with text; else reports the mismatch.
    fn text(&mut self, expected: Expected) -> Result<(Cow<'a, str>, Span), Error> {
        if self.reader.peek().and_then(Item::text).is_none() {
            return self.mismatch(expected);
        }
        match self.reader.next() {
            Some(Item {
                kind: ItemKind::Scalar(scalar),
                start,
                end,
            }) => Ok((scalar.text, Span::new(self.file, start, end))),
            _ => self.mismatch(expected),
        }
    }

    /// Takes the next node when it is null; at the end of the document (an empty one),
    /// a null at its start.
    fn take_null(&mut self) -> Option<Span> {
        let file = self.file;
        let Some(item) = self.reader.peek() else {
            return Some(Span::new(file, 0, 0));
        };
        if !item.is_null() {
            return None;
        }
        let span = Span::new(file, item.start, item.end);
        self.reader.next();
        Some(span)
    }

    /// Takes the next node when it starts a list (or a mapping): its span.
    fn take_start(&mut self, mapping: bool) -> Option<Span> {
        let file = self.file;
        let item = self.reader.peek()?;
        let wanted = if mapping {
            matches!(item.kind, ItemKind::Mapping)
        } else {
            matches!(item.kind, ItemKind::List)
        };
        if !wanted {
            return None;
        }
        let span = Span::new(file, item.start, item.end);
        self.reader.next();
        Some(span)
    }

    /// Visits the items of the list whose start was just taken, then takes the rest of it.
    fn list<V: Visitor<'a>>(&mut self, visitor: V, span: Span) -> Result<V::Value, Error> {
        let depth = self.reader.depth();
        let result = visitor.visit_seq(Items { stream: self });
        self.reader.close(depth);
        here(result, span)
    }

    /// Visits the entries of the mapping whose start was just taken, then takes the rest.
    fn mapping<V: Visitor<'a>>(
        &mut self,
        visitor: V,
        span: Span,
        fields: Option<&'static [&'static str]>,
    ) -> Result<V::Value, Error> {
        let depth = self.reader.depth();
        let result = visitor.visit_map(Entries::new(self, fields, false));
        self.reader.close(depth);
        here(result, span)
    }

    fn deserialize_integer<V: Visitor<'a>>(&mut self, visitor: V) -> Result<V::Value, Error> {
        let number = self.reader.peek().and_then(Item::text).and_then(|text| {
            text.parse::<u64>()
                .map(Number::Unsigned)
                .or_else(|_| text.parse::<i64>().map(Number::Signed))
                .ok()
        });
        let Some(number) = number else {
            return self.mismatch(Expected::Integer);
        };
        let (_, span) = self.text(Expected::Integer)?;
        let result = match number {
            Number::Unsigned(n) => visitor.visit_u64(n),
            Number::Signed(n) => visitor.visit_i64(n),
        };
        here(result, span)
    }
}

/// The next node, seen before it is taken.
#[derive(Clone, Copy)]
struct Head {
    found: Found,
    mapping: bool,
    span: Span,
}

enum Number {
    Unsigned(u64),
    Signed(i64),
}

/// Gives an error without a place the place of its node.
fn here<T>(result: Result<T, Error>, span: Span) -> Result<T, Error> {
    result.map_err(|mut e| {
        e.span.get_or_insert(span);
        e
    })
}

/// Hands a scalar's text to a visitor, lent from the source when it is written there.
fn visit_text<'a, V: Visitor<'a>>(visitor: V, text: Cow<'a, str>) -> Result<V::Value, Error> {
    match text {
        Cow::Borrowed(text) => visitor.visit_borrowed_str(text),
        Cow::Owned(text) => visitor.visit_string(text),
    }
}

impl<'de> Deserializer<'de> for &mut Stream<'de> {
    type Error = Error;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        let Some(item) = self.reader.next() else {
            return visitor.visit_unit();
        };
        let span = self.span(&item);
        let result = match item.kind {
            ItemKind::Scalar(scalar) => match scalar.kind {
                ScalarKind::Null => visitor.visit_unit(),
                ScalarKind::Bool(b) => visitor.visit_bool(b),
                ScalarKind::Number => {
                    if let Ok(n) = scalar.text.parse::<u64>() {
                        visitor.visit_u64(n)
                    } else if let Ok(n) = scalar.text.parse::<i64>() {
                        visitor.visit_i64(n)
                    } else {
                        visit_text(visitor, scalar.text)
                    }
                }
                ScalarKind::Text => visit_text(visitor, scalar.text),
            },
            ItemKind::List => return self.list(visitor, span),
            ItemKind::Mapping => return self.mapping(visitor, span, None),
            ItemKind::End { .. } => visitor.visit_unit(),
        };
        here(result, span)
    }

    fn deserialize_bool<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        let value = match self.reader.peek().map(|item| &item.kind) {
            Some(ItemKind::Scalar(scalar)) => match scalar.kind {
                ScalarKind::Bool(b) => Some(b),
                _ => None,
            },
            _ => None,
        };
        match value {
            Some(b) => {
                let span = self.head().span;
                self.reader.next();
                here(visitor.visit_bool(b), span)
            }
            None => self.mismatch(Expected::Bool),
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
        let number = self
            .reader
            .peek()
            .and_then(Item::text)
            .and_then(|t| t.parse::<f64>().ok())
            .filter(|n| n.is_finite());
        match number {
            Some(n) => {
                let (_, span) = self.text(Expected::Number)?;
                here(visitor.visit_f64(n), span)
            }
            None => self.mismatch(Expected::Number),
        }
    }

    fn deserialize_char<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        let single = self.reader.peek().and_then(Item::text).and_then(|text| {
            let mut chars = text.chars();
            match (chars.next(), chars.next()) {
                (Some(c), None) => Some(c),
                _ => None,
            }
        });
        match single {
            Some(c) => {
                let (_, span) = self.text(Expected::Text)?;
                here(visitor.visit_char(c), span)
            }
            None => self.mismatch(Expected::Text),
        }
    }

    fn deserialize_str<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        let (text, span) = self.text(Expected::Text)?;
        here(visit_text(visitor, text), span)
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
        if let Some(span) = self.take_null() {
            return here(visitor.visit_none(), span);
        }
        let span = self.head().span;
        here(visitor.visit_some(self), span)
    }

    fn deserialize_unit<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        match self.take_null() {
            Some(span) => here(visitor.visit_unit(), span),
            None => self.mismatch(Expected::Text),
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
        let span = self.head().span;
        here(visitor.visit_newtype_struct(self), span)
    }

    fn deserialize_seq<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        if let Some(span) = self.take_start(false) {
            return self.list(visitor, span);
        }
        match self.take_null() {
            Some(span) => here(visitor.visit_seq(NoItems), span),
            None => self.mismatch(Expected::List),
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
        if let Some(span) = self.take_start(true) {
            return self.mapping(visitor, span, None);
        }
        match self.take_null() {
            Some(span) => here(visitor.visit_map(Entries::new(self, None, true)), span),
            None => self.mismatch(Expected::Mapping),
        }
    }

    fn deserialize_struct<V: Visitor<'de>>(
        self,
        name: &'static str,
        fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, Error> {
        if name == LOCATED {
            let span = self.head().span;
            return visitor.visit_map(LocatedAccess {
                stream: self,
                span,
                stage: 0,
            });
        }
        if name == ATTEMPT {
            return visitor.visit_map(AttemptAccess {
                stream: self,
                done: false,
            });
        }
        if let Some(span) = self.take_start(true) {
            return self.mapping(visitor, span, Some(fields));
        }
        match self.take_null() {
            Some(span) => here(
                visitor.visit_map(Entries::new(self, Some(fields), true)),
                span,
            ),
            None => self.mismatch(Expected::Mapping),
        }
    }

    fn deserialize_enum<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _variants: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, Error> {
        let (text, span) = self.text(Expected::Text)?;
        here(visitor.visit_enum(UnitVariant(text)), span)
    }

    fn deserialize_identifier<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.deserialize_str(visitor)
    }

    fn deserialize_ignored_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.reader.skip();
        visitor.visit_unit()
    }
}

/// The items of a list.
struct Items<'s, 'a> {
    stream: &'s mut Stream<'a>,
}

impl<'de> SeqAccess<'de> for Items<'_, 'de> {
    type Error = Error;

    fn next_element_seed<T: DeserializeSeed<'de>>(
        &mut self,
        seed: T,
    ) -> Result<Option<T::Value>, Error> {
        match self.stream.reader.peek() {
            None
            | Some(Item {
                kind: ItemKind::End { .. },
                ..
            }) => Ok(None),
            Some(_) => seed.deserialize(&mut *self.stream).map(Some),
        }
    }
}

/// The items of a list written as nothing (`tags:`).
struct NoItems;

impl<'de> SeqAccess<'de> for NoItems {
    type Error = Error;

    fn next_element_seed<T: DeserializeSeed<'de>>(
        &mut self,
        _seed: T,
    ) -> Result<Option<T::Value>, Error> {
        Ok(None)
    }
}

/// The entries of a mapping. For a struct, unknown and repeated keys are recorded and
/// skipped; for a plain map, repeated keys are.
struct Entries<'s, 'a> {
    stream: &'s mut Stream<'a>,
    fields: Option<&'static [&'static str]>,
    seen: SeenKeys<'a>,
    /// Whether a key was handed out and its value not yet taken.
    value_pending: bool,
    /// A mapping written as nothing: no entries.
    empty: bool,
}

impl<'s, 'a> Entries<'s, 'a> {
    fn new(
        stream: &'s mut Stream<'a>,
        fields: Option<&'static [&'static str]>,
        empty: bool,
    ) -> Self {
        Entries {
            stream,
            fields,
            seen: SeenKeys::default(),
            value_pending: false,
            empty,
        }
    }

    /// Whether the entry whose key is next goes to the visitor.
    fn accept(&mut self) -> bool {
        let Some(key) = self.stream.reader.peek() else {
            return false;
        };
        let span = Span::new(self.stream.file, key.start, key.end);
        let Some(text) = key.text().cloned() else {
            // Non-text keys only occur in plain maps; the visitor reports them.
            return self.fields.is_none();
        };
        if let Some(fields) = self.fields
            && !fields.contains(&text.as_ref())
        {
            self.stream.push(
                ProblemKind::UnknownField {
                    field: text.into_owned(),
                    expected: fields,
                },
                span,
            );
            return false;
        }
        if let Some(first) = self.seen.first(&text) {
            self.stream.push(
                ProblemKind::DuplicateKey {
                    key: text.into_owned(),
                    first,
                },
                span,
            );
            return false;
        }
        self.seen.insert(text, span);
        true
    }
}

impl<'de> MapAccess<'de> for Entries<'_, 'de> {
    type Error = Error;

    fn next_key_seed<K: DeserializeSeed<'de>>(
        &mut self,
        seed: K,
    ) -> Result<Option<K::Value>, Error> {
        if self.empty {
            return Ok(None);
        }
        if std::mem::take(&mut self.value_pending) {
            self.stream.reader.skip();
        }
        loop {
            match self.stream.reader.peek() {
                None
                | Some(Item {
                    kind: ItemKind::End { .. },
                    ..
                }) => return Ok(None),
                Some(_) => {}
            }
            if self.accept() {
                self.value_pending = true;
                return seed.deserialize(&mut *self.stream).map(Some);
            }
            self.stream.reader.skip();
            self.stream.reader.skip();
        }
    }

    fn next_value_seed<V: DeserializeSeed<'de>>(&mut self, seed: V) -> Result<V::Value, Error> {
        if !std::mem::take(&mut self.value_pending) {
            return Err(de::Error::custom("value without key"));
        }
        seed.deserialize(&mut *self.stream)
    }
}

/// The keys of one mapping read so far, to report a key written twice. A list while
/// mappings are small, as they are in plans; an index once one is large, so that a hostile
/// file of many keys costs linear time.
#[derive(Default)]
struct SeenKeys<'a> {
    few: Vec<(Cow<'a, str>, Span)>,
    many: HashMap<Cow<'a, str>, Span>,
}

impl<'a> SeenKeys<'a> {
    const FEW: usize = 32;

    fn first(&self, key: &str) -> Option<Span> {
        if self.many.is_empty() {
            self.few
                .iter()
                .find(|(k, _)| k == key)
                .map(|(_, span)| *span)
        } else {
            self.many.get(key).copied()
        }
    }

    fn insert(&mut self, key: Cow<'a, str>, span: Span) {
        if self.few.len() < Self::FEW {
            self.few.push((key, span));
            return;
        }
        if self.many.is_empty() {
            self.many.extend(self.few.drain(..));
        }
        self.many.insert(key, span);
    }
}

/// Hands a [`super::Located`] its file, start, end and value.
struct LocatedAccess<'s, 'a> {
    stream: &'s mut Stream<'a>,
    span: Span,
    stage: usize,
}

impl<'de> MapAccess<'de> for LocatedAccess<'_, 'de> {
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
        self.stage += 1;
        match self.stage {
            1 => seed.deserialize(self.span.file.0.into_deserializer()),
            2 => seed.deserialize(self.span.start.into_deserializer()),
            3 => seed.deserialize(self.span.end.into_deserializer()),
            _ => seed.deserialize(&mut *self.stream),
        }
    }
}

/// Hands an [`super::Attempt`] its value, recording the problem when it cannot be read.
struct AttemptAccess<'s, 'a> {
    stream: &'s mut Stream<'a>,
    done: bool,
}

impl<'de> MapAccess<'de> for AttemptAccess<'_, 'de> {
    type Error = Error;

    fn next_key_seed<K: DeserializeSeed<'de>>(
        &mut self,
        seed: K,
    ) -> Result<Option<K::Value>, Error> {
        if std::mem::replace(&mut self.done, true) {
            return Ok(None);
        }
        seed.deserialize("$value".into_deserializer()).map(Some)
    }

    fn next_value_seed<V: DeserializeSeed<'de>>(&mut self, seed: V) -> Result<V::Value, Error> {
        let head = self.stream.head();
        let result = seed.deserialize(&mut *self.stream);
        if let Err(error) = &result {
            self.stream.record(error.clone(), head);
        }
        result
    }
}

/// A unit enum variant written as a word.
struct UnitVariant<'a>(Cow<'a, str>);

impl<'de> EnumAccess<'de> for UnitVariant<'de> {
    type Error = Error;
    type Variant = Self;

    fn variant_seed<V: DeserializeSeed<'de>>(self, seed: V) -> Result<(V::Value, Self), Error> {
        let value = seed.deserialize(self.0.as_ref().into_deserializer())?;
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
