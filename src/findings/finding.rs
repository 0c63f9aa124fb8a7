//! A finding: a coded, located statement about the plan.

use super::{Code, Severity};
use crate::i18n::Message;
use crate::model::Span;

/// One thing a check found, pointing at where to fix it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Finding {
    pub code: Code,
    pub severity: Severity,
    pub message: Message,
    /// Where the plan office would edit to fix it.
    pub primary: Label,
    /// Other places involved (the first definition of a duplicate, the largest lines...).
    pub secondary: Vec<Label>,
    pub help: Option<Message>,
}

/// A place in the sources with an optional short note.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Label {
    pub span: Span,
    pub note: Option<Message>,
}

impl Finding {
    /// A finding with the code's default severity.
    pub fn new(code: Code, message: Message, span: Span) -> Self {
        Finding {
            code,
            severity: code.default_severity(),
            message,
            primary: Label { span, note: None },
            secondary: Vec::new(),
            help: None,
        }
    }

    /// Notes the primary place.
    pub fn note(mut self, note: Message) -> Self {
        self.primary.note = Some(note);
        self
    }

    /// Adds another place involved.
    pub fn also(mut self, span: Span, note: Option<Message>) -> Self {
        self.secondary.push(Label { span, note });
        self
    }

    pub fn help(mut self, help: Message) -> Self {
        self.help = Some(help);
        self
    }

    pub fn help_opt(mut self, help: Option<Message>) -> Self {
        self.help = help;
        self
    }

    pub fn with_severity(mut self, severity: Severity) -> Self {
        self.severity = severity;
        self
    }

    /// Order for output: by file, then position, then code.
    pub fn sort_key(&self) -> (crate::model::FileId, u32, u32, Code) {
        let span = self.primary.span;
        (span.file, span.start, span.end, self.code)
    }
}

/// Counts of findings by severity.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, serde::Serialize)]
pub struct Tally {
    pub errors: usize,
    pub warnings: usize,
    pub infos: usize,
}

impl Tally {
    pub fn of<'a>(findings: impl IntoIterator<Item = &'a Finding>) -> Tally {
        let mut tally = Tally::default();
        for finding in findings {
            match finding.severity {
                Severity::Error => tally.errors += 1,
                Severity::Warning => tally.warnings += 1,
                Severity::Info => tally.infos += 1,
            }
        }
        tally
    }
}
