//! Validation of single values: ids, years, dates, amounts, numbers and words.

use foldhash::HashSet;
use std::collections::BTreeSet;

use crate::findings::{Code, Finding};
use crate::i18n::Message;
use crate::load::problems::{did_you_mean, quoted_list};
use crate::model::{AmountError, Cents, Date, Hundredths, Id, Located, Span, Vocabulary, Year};
use crate::plan_file::{AmountText, Choice, DateText, IdText, NumberText, YearText};

/// Collects the findings of lowering, and the ids that could not be read.
#[derive(Default)]
pub struct Lower {
    pub findings: Vec<Finding>,
    pub unreadable_ids: BTreeSet<String>,
    /// Every valid id met so far, so that the same id is one shared text.
    ids: HashSet<Id>,
}

impl Lower {
    /// A lowering of one file's entries, kept apart until the file is known to be readable
    /// ([`Self::absorb`]) or not ([`Self::discard`]).
    pub fn for_file(&mut self) -> Lower {
        Lower {
            ids: std::mem::take(&mut self.ids),
            ..Lower::default()
        }
    }

    /// Takes in what the lowering of one file found.
    pub fn absorb(&mut self, file: Lower) {
        self.findings.extend(file.findings);
        self.unreadable_ids.extend(file.unreadable_ids);
        self.ids = file.ids;
    }

    /// Leaves out what the lowering of a file that could not be read found.
    pub fn discard(&mut self, file: Lower) {
        self.ids = file.ids;
    }

    pub fn report(&mut self, finding: Finding) {
        self.findings.push(finding);
    }

    /// An id. An invalid one is reported and kept as written, so that checks
    /// do not report it a second time as unknown.
    pub fn id(&mut self, raw: &Located<IdText>) -> Located<Id> {
        let text = &raw.value.0;
        if let Some(known) = self.ids.get(text.as_str()) {
            return Located::new(known.clone(), raw.span);
        }
        match Id::parse(text) {
            Ok(id) => {
                self.ids.insert(id.clone());
                Located::new(id, raw.span)
            }
            Err(invalid) => {
                let finding = Finding::new(
                    Code::Schema,
                    Message::new("schema-id-not-slug").with("text", text.as_str()),
                    raw.span,
                );
                let finding = match invalid.suggestion {
                    Some(fix) => {
                        // References already written with the fixed id are not a second
                        // mistake: they will match once the id is fixed.
                        self.unreadable_ids.insert(fix.to_string());
                        finding.help(Message::new("help-write").with("fix", fix))
                    }
                    None => finding,
                };
                self.report(finding);
                self.unreadable_ids.insert(text.to_string());
                Located::new(Id::unchecked(text), raw.span)
            }
        }
    }

    pub fn year(&mut self, raw: &Located<YearText>) -> Option<Located<Year>> {
        match Year::parse(&raw.value.0) {
            Some(year) => Some(Located::new(year, raw.span)),
            None => {
                self.report(Finding::new(
                    Code::Schema,
                    Message::new("schema-year").with("text", raw.value.0.as_str()),
                    raw.span,
                ));
                None
            }
        }
    }

    pub fn date(&mut self, raw: &Located<DateText>) -> Option<Located<Date>> {
        match Date::parse(&raw.value.0) {
            Some(date) => Some(Located::new(date, raw.span)),
            None => {
                self.report(Finding::new(
                    Code::Schema,
                    Message::new("schema-date").with("text", raw.value.0.as_str()),
                    raw.span,
                ));
                None
            }
        }
    }

    /// An amount in cents; an invalid one is an `amount-invalid` finding with the fix.
    pub fn amount(&mut self, raw: &Located<AmountText>) -> Option<Located<Cents>> {
        let text = raw.value.0.as_str();
        let error = match Cents::parse(text) {
            Ok(cents) => return Some(Located::new(cents, raw.span)),
            Err(error) => error,
        };
        let (message, help) = amount_messages(text, error);
        self.report(Finding::new(Code::AmountInvalid, message, raw.span).help(help));
        None
    }

    /// A non-negative number with at most two decimals.
    pub fn number(&mut self, raw: &Located<NumberText>) -> Option<Located<Hundredths>> {
        match Hundredths::parse(&raw.value.0) {
            Some(n) => Some(Located::new(n, raw.span)),
            None => {
                self.report(Finding::new(
                    Code::Schema,
                    Message::new("schema-number").with("text", raw.value.0.as_str()),
                    raw.span,
                ));
                None
            }
        }
    }

    /// A percentage from 0 to 100, in basis points.
    pub fn percent(&mut self, raw: &Located<NumberText>) -> Option<u32> {
        let share = self.number(raw)?;
        match u32::try_from(share.value.get()) {
            Ok(bp) if bp <= 10_000 => Some(bp),
            _ => {
                self.report(Finding::new(
                    Code::Schema,
                    Message::new("schema-percent").with("text", raw.value.0.as_str()),
                    raw.span,
                ));
                None
            }
        }
    }

    /// A word of a closed list, with "did you mean" when it is not one.
    pub fn choice<T: Vocabulary>(&mut self, raw: &Located<Choice<T>>) -> Option<Located<T>> {
        match raw.value.value() {
            Some(value) => Some(Located::new(value, raw.span)),
            None => {
                let words: Vec<&str> = T::words().collect();
                self.report(
                    Finding::new(
                        Code::Schema,
                        Message::new("schema-unknown-word").with("word", raw.value.word.as_str()),
                        raw.span,
                    )
                    .help(did_you_mean(&raw.value.word, &words)),
                );
                None
            }
        }
    }

    /// Reports a required value that is missing from an entry.
    pub fn missing(&mut self, field: &'static str, span: Span) {
        self.report(Finding::new(
            Code::Schema,
            Message::new("schema-missing-field").with("field", field),
            span,
        ));
    }

    /// The list of words of a vocabulary, for messages.
    pub fn words<T: Vocabulary>() -> String {
        quoted_list(T::words())
    }
}

/// What is wrong with an amount, and how to write it instead.
pub(crate) fn amount_messages(text: &str, error: AmountError) -> (Message, Message) {
    let (key, fix) = match error {
        AmountError::NotANumber => ("amount-not-a-number", None),
        AmountError::Negative => ("amount-negative", None),
        AmountError::TooManyDecimals { fix } => ("amount-decimals", fix),
        AmountError::AmbiguousThousands { thousands, decimal } => {
            return (
                Message::new("amount-ambiguous")
                    .with("text", text)
                    .with("thousands", Cents::parse(&thousands).unwrap_or_default())
                    .with("decimal", Cents::parse(&decimal).unwrap_or_default()),
                Message::new("help-amount-ambiguous")
                    .with("thousands", thousands)
                    .with("decimal", decimal),
            );
        }
        AmountError::Exponent { fix } => ("amount-exponent", fix),
        AmountError::NotFinite => ("amount-not-finite", None),
        AmountError::Overflow => ("amount-overflow", None),
        AmountError::ItalianStyle { fix } => ("amount-italian", Some(fix)),
        AmountError::Separators { fix } => ("amount-separators", Some(fix)),
    };
    let help = match fix {
        Some(fix) => Message::new("help-write").with("fix", fix),
        None => Message::new("help-amount-form"),
    };
    (Message::new(key).with("text", text), help)
}
