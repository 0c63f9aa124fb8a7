//! Scalar and container types of the file format that keep the text as written.
//!
//! Amounts, years, dates and words are read as text here and validated when the
//! plan is built, so one bad value is reported at its place without hiding
//! the rest of its entry.

use std::borrow::Cow;
use std::fmt;
use std::marker::PhantomData;

use compact_str::CompactString;
use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};
use serde::de::{Deserialize, Deserializer, MapAccess, SeqAccess, Visitor};

use crate::model::{Located, Vocabulary};
use crate::yaml::Attempt;

/// Declares a newtype over the text of a scalar, with its JSON Schema.
macro_rules! text_scalar {
    ($(#[$meta:meta])* $name:ident, $schema:tt) => {
        $(#[$meta])*
        ///
        /// The text is kept inline when short, as ids, amounts, years and words are:
        /// reading one allocates nothing.
        #[derive(Clone, Debug, PartialEq, Eq)]
        pub struct $name(pub CompactString);

        impl<'de> Deserialize<'de> for $name {
            fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                CompactString::deserialize(deserializer).map($name)
            }
        }

        impl JsonSchema for $name {
            fn inline_schema() -> bool {
                true
            }

            fn schema_name() -> Cow<'static, str> {
                stringify!($name).into()
            }

            fn json_schema(_: &mut SchemaGenerator) -> Schema {
                json_schema!($schema)
            }
        }
    };
}

text_scalar!(
    /// An amount in euro: digits with at most two decimals (`80000`, `"1250000.50"`).
    /// One schema for both kinds, so that a validator names what is wrong (`-100` is below
    /// the minimum) instead of listing every alternative ("Expected string").
    AmountText,
    {
        "type": ["string", "number"],
        "pattern": "^[0-9]+(\\.[0-9]{1,2})?$",
        // No `multipleOf: 0.01`: validators test it in floating point and refuse
        // 35379.41. The cents of a number are checked by `pdz check`.
        "minimum": 0
    }
);

text_scalar!(
    /// A four-digit year.
    YearText,
    {
        "type": ["integer", "string"],
        "minimum": 1000,
        "maximum": 9999,
        "pattern": "^[1-9][0-9]{3}$"
    }
);

text_scalar!(
    /// A date written `YYYY-MM-DD`. Unquoted, a YAML 1.2 reader (yaml-language-server,
    /// check-jsonschema) gives the text, a YAML 1.1 reader a date of its own (js-yaml under
    /// ajv-cli: an object without properties; PyYAML: no JSON type at all): both are
    /// accepted, as `pdz check` accepts the date either way.
    DateText,
    {
        "anyOf": [
            { "type": "string", "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$" },
            { "type": "object", "maxProperties": 0 },
            { "not": { "type": ["string", "number", "boolean", "array", "object", "null"] } }
        ]
    }
);

text_scalar!(
    /// A non-negative number with at most two decimals (`12`, `12.5`).
    NumberText,
    {
        "type": ["number", "string"],
        "pattern": "^[0-9]+(\\.[0-9]{1,2})?$",
        "minimum": 0
    }
);

text_scalar!(
    /// An identifier: a lowercase slug `[a-z0-9][a-z0-9._-]*`.
    IdText,
    { "type": "string", "pattern": "^[a-z0-9][a-z0-9._-]*$" }
);

text_scalar!(
    /// A code of a classification: letters, digits and `._/-`, starting with a letter or
    /// a digit (`famiglia-minori`, `A1.01`, `3`).
    CodeText,
    {
        "anyOf": [
            { "type": "string", "pattern": "^[A-Za-z0-9][A-Za-z0-9._/-]*$" },
            { "type": "integer", "minimum": 0 }
        ]
    }
);

/// One word of a closed list (a [`Vocabulary`]), kept as written until checked.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Choice<T> {
    pub word: CompactString,
    vocabulary: PhantomData<T>,
}

impl<T: Vocabulary> Choice<T> {
    /// The value, or `None` when the word is not in the list.
    pub fn value(&self) -> Option<T> {
        T::from_word(&self.word)
    }
}

impl<'de, T> Deserialize<'de> for Choice<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        CompactString::deserialize(deserializer).map(|word| Choice {
            word,
            vocabulary: PhantomData,
        })
    }
}

impl<T: Vocabulary> JsonSchema for Choice<T> {
    fn inline_schema() -> bool {
        true
    }

    fn schema_name() -> Cow<'static, str> {
        format!(
            "Choice_{}",
            std::any::type_name::<T>()
                .rsplit("::")
                .next()
                .unwrap_or("T")
        )
        .into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        let words: Vec<&str> = T::words().collect();
        json_schema!({ "type": "string", "enum": words })
    }
}

/// A mapping read as entries in file order (repeated keys are reported by the decoder).
#[derive(Clone, Debug, PartialEq)]
pub struct Entries<K, V>(pub Vec<(K, V)>);

impl<K, V> Default for Entries<K, V> {
    fn default() -> Self {
        Entries(Vec::new())
    }
}

impl<'de, K: Deserialize<'de>, V: Deserialize<'de>> Deserialize<'de> for Entries<K, V> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct EntriesVisitor<K, V>(PhantomData<(K, V)>);

        impl<'de, K: Deserialize<'de>, V: Deserialize<'de>> Visitor<'de> for EntriesVisitor<K, V> {
            type Value = Entries<K, V>;

            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a mapping")
            }

            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
                let mut entries = Vec::new();
                while let Some(entry) = map.next_entry()? {
                    entries.push(entry);
                }
                Ok(Entries(entries))
            }
        }

        deserializer.deserialize_map(EntriesVisitor(PhantomData))
    }
}

/// A type that can be a mapping key, with the pattern its text must match.
pub trait KeyPattern {
    const PATTERN: &'static str;
}

impl KeyPattern for YearText {
    const PATTERN: &'static str = "^[1-9][0-9]{3}$";
}

impl KeyPattern for IdText {
    const PATTERN: &'static str = "^[a-z0-9][a-z0-9._-]*$";
}

impl<T: KeyPattern> KeyPattern for Located<T> {
    const PATTERN: &'static str = T::PATTERN;
}

impl<K: KeyPattern, V: JsonSchema> JsonSchema for Entries<K, V> {
    fn inline_schema() -> bool {
        true
    }

    fn schema_name() -> Cow<'static, str> {
        format!("Entries_{}", V::schema_name()).into()
    }

    fn json_schema(generator: &mut SchemaGenerator) -> Schema {
        let values = generator.subschema_for::<V>();
        json_schema!({
            "type": "object",
            "propertyNames": { "pattern": K::PATTERN },
            "additionalProperties": values
        })
    }
}

/// `comuni`: the word `all`, or a list of comune ids.
#[derive(Clone, Debug, PartialEq)]
pub enum ReachEntry {
    All,
    Some(Vec<Located<IdText>>),
    /// A word other than `all`.
    Other(String),
}

impl<'de> Deserialize<'de> for ReachEntry {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct ReachVisitor;

        impl<'de> Visitor<'de> for ReachVisitor {
            type Value = ReachEntry;

            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("`all` or a list of comune ids")
            }

            fn visit_str<E>(self, word: &str) -> Result<ReachEntry, E> {
                Ok(if word == "all" {
                    ReachEntry::All
                } else {
                    ReachEntry::Other(word.to_string())
                })
            }

            fn visit_unit<E>(self) -> Result<ReachEntry, E> {
                Ok(ReachEntry::All)
            }

            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<ReachEntry, A::Error> {
                let mut ids = Vec::new();
                while let Some(id) = seq.next_element()? {
                    ids.push(id);
                }
                Ok(ReachEntry::Some(ids))
            }
        }

        deserializer.deserialize_any(ReachVisitor)
    }
}

impl JsonSchema for ReachEntry {
    fn inline_schema() -> bool {
        true
    }

    fn schema_name() -> Cow<'static, str> {
        "Reach".into()
    }

    fn json_schema(generator: &mut SchemaGenerator) -> Schema {
        let ids = generator.subschema_for::<IdText>();
        json_schema!({
            "anyOf": [
                { "const": "all" },
                { "type": "array", "items": ids }
            ]
        })
    }
}

/// Wrappers that add a place or a recovery to a value: their schema is the value's.
macro_rules! transparent_schema {
    ($($wrapper:ident),*) => {$(
        impl<T: JsonSchema> JsonSchema for $wrapper<T> {
            fn inline_schema() -> bool {
                T::inline_schema()
            }

            fn schema_name() -> Cow<'static, str> {
                T::schema_name()
            }

            fn schema_id() -> Cow<'static, str> {
                T::schema_id()
            }

            fn json_schema(generator: &mut SchemaGenerator) -> Schema {
                T::json_schema(generator)
            }
        }
    )*};
}

transparent_schema!(Located, Attempt);
