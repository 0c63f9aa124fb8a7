//! Why a file is not a YAML document pdz can read.

use granit_parser::{ErrorKind, ScanError, Span as ParserSpan};

/// A problem of the whole file: nothing of it is decoded.
#[derive(Clone, Debug, PartialEq)]
pub struct ParseProblem {
    pub kind: ParseProblemKind,
    /// 1-based line and character column, when the parser knows them.
    pub line_col: Option<(usize, usize)>,
    /// Byte offset, when the parser knows it.
    pub offset: Option<u32>,
}

#[derive(Clone, Debug, PartialEq)]
pub enum ParseProblemKind {
    /// Not valid YAML; the parser's own explanation.
    Syntax(String),
    /// Tabs used for indentation.
    Tabs,
    /// More than one YAML document (`---`) in a file.
    MultipleDocuments,
    /// Nested deeper than [`crate::limits::MAX_DEPTH`], aliases included.
    TooDeep,
    /// More nodes, counting alias expansions, than the file's size allows.
    TooManyNodes,
    /// A text value longer than [`crate::limits::MAX_SCALAR_BYTES`].
    ScalarTooLong { bytes: usize },
}

impl ParseProblem {
    /// A problem found at the start of `span`.
    pub(super) fn at(kind: ParseProblemKind, span: &ParserSpan) -> Self {
        ParseProblem {
            kind,
            line_col: Some((span.start.line(), span.start.col() + 1)),
            offset: span.start.byte_offset().map(|o| o as u32),
        }
    }

    /// The parser's own error, with tabs and nesting told apart from other syntax errors.
    pub(super) fn scan(error: &ScanError) -> Self {
        let kind = match error.kind() {
            ErrorKind::TabNotAllowed
            | ErrorKind::TabInBlockIndentation
            | ErrorKind::TabInIndentation
            | ErrorKind::TabAtBlockScalarStart => ParseProblemKind::Tabs,
            ErrorKind::RecursionLimitExceeded => ParseProblemKind::TooDeep,
            other => ParseProblemKind::Syntax(other.to_string()),
        };
        let mark = error.marker();
        ParseProblem {
            kind,
            line_col: Some((mark.line(), mark.col() + 1)),
            offset: mark.byte_offset().map(|o| o as u32),
        }
    }
}
