//! Language-neutral messages: a catalogue key and typed arguments.

use super::{Lang, format};
use crate::model::{Cents, Date, Year};

/// A message to be shown in the user's language, formatted only when shown.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Message {
    pub key: &'static str,
    pub args: Vec<(&'static str, Arg)>,
}

/// A typed argument: money and numbers are formatted per language.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Arg {
    Text(String),
    Money(Cents),
    Count(u128),
    /// A share in basis points (50 % = 5000).
    Percent(i128),
    /// A share `part / whole` as a percentage with `decimals` digits, rounded down.
    Fraction {
        part: i128,
        whole: i128,
        decimals: u8,
    },
    /// A decimal quantity in hundredths.
    Decimal(u128),
    Year(Year),
    Date(Date),
    /// Another message, translated in the same language.
    Message(Box<Message>),
}

impl Message {
    pub fn new(key: &'static str) -> Self {
        Message {
            key,
            args: Vec::new(),
        }
    }

    /// Adds an argument; `value` may be any type convertible into an [`Arg`].
    pub fn with(mut self, name: &'static str, value: impl Into<Arg>) -> Self {
        self.args.push((name, value.into()));
        self
    }
}

impl Arg {
    /// The argument as text in `lang`.
    pub fn display(&self, lang: Lang) -> String {
        match self {
            Arg::Text(text) => text.clone(),
            Arg::Money(cents) => format::money(*cents, lang),
            Arg::Count(n) => format::count(*n, lang),
            Arg::Percent(bp) => format::percent(*bp, lang),
            Arg::Fraction {
                part,
                whole,
                decimals,
            } => format::fraction(*part, *whole, *decimals, lang),
            Arg::Decimal(h) => format::decimal(*h, lang),
            Arg::Year(year) => year.to_string(),
            Arg::Date(date) => format::date(*date, lang),
            Arg::Message(message) => super::tr(lang, message),
        }
    }
}

impl From<String> for Arg {
    fn from(text: String) -> Self {
        Arg::Text(text)
    }
}

impl From<&str> for Arg {
    fn from(text: &str) -> Self {
        Arg::Text(text.to_string())
    }
}

impl From<&String> for Arg {
    fn from(text: &String) -> Self {
        Arg::Text(text.clone())
    }
}

impl From<Message> for Arg {
    fn from(message: Message) -> Self {
        Arg::Message(Box::new(message))
    }
}

impl From<Cents> for Arg {
    fn from(cents: Cents) -> Self {
        Arg::Money(cents)
    }
}

impl From<Year> for Arg {
    fn from(year: Year) -> Self {
        Arg::Year(year)
    }
}

impl From<Date> for Arg {
    fn from(date: Date) -> Self {
        Arg::Date(date)
    }
}

impl From<usize> for Arg {
    fn from(n: usize) -> Self {
        Arg::Count(n as u128)
    }
}

impl From<u64> for Arg {
    fn from(n: u64) -> Self {
        Arg::Count(n as u128)
    }
}
