//! Findings for files that cannot be read, parsed or decoded.

use crate::findings::{Code, Finding};
use crate::i18n::Message;
use crate::limits;
use crate::model::{FileId, Span};
use crate::source::{ReadProblem, SkipReason, Skipped, SourceFile};
use crate::suggest;
use crate::yaml::{DecodeProblem, Expected, Found, ParseProblem, ParseProblemKind, ProblemKind};

/// A file that could not be read at all.
pub fn unreadable(file: FileId, problem: &ReadProblem) -> Finding {
    match problem {
        ReadProblem::Io(error) => Finding::new(
            Code::FileUnreadable,
            Message::new("file-unreadable").with("error", error.to_string()),
            Span::file_start(file),
        ),
        ReadProblem::TooLarge { bytes } => Finding::new(
            Code::ResourceLimit,
            Message::new("limit-file-size")
                .with("bytes", *bytes)
                .with("limit", limits::MAX_FILE_BYTES),
            Span::file_start(file),
        ),
        ReadProblem::NotUtf8 { offset, .. } => Finding::new(
            Code::YamlSyntax,
            Message::new("yaml-not-utf8"),
            Span::new(file, *offset as u32, *offset as u32 + 1),
        )
        .help(Message::new("yaml-not-utf8-help")),
    }
}

/// A path under the plan directory that was not read.
pub fn skipped(file: FileId, skipped: &Skipped) -> Finding {
    let (code, key) = match &skipped.reason {
        SkipReason::LinkOutside => (Code::FileSkipped, "file-link-outside"),
        SkipReason::BrokenLink => (Code::FileSkipped, "file-link-broken"),
        SkipReason::Unreadable(_) => (Code::FileUnreadable, "file-dir-unreadable"),
        SkipReason::TooManyFiles => (Code::ResourceLimit, "limit-files"),
        SkipReason::NotAFile => (Code::FileSkipped, "file-not-regular"),
        SkipReason::TooDeep => (Code::ResourceLimit, "limit-folder-depth"),
        SkipReason::RootOutside => (Code::FileUnreadable, "file-root-outside"),
        SkipReason::NearlyPlanFile => (Code::FileSkipped, "file-nearly-plan"),
    };
    let limit = match skipped.reason {
        SkipReason::TooDeep => limits::MAX_FOLDER_DEPTH,
        _ => limits::MAX_FILES,
    };
    let mut message = Message::new(key).with("limit", limit);
    if let SkipReason::Unreadable(error) = &skipped.reason {
        message = message.with("error", error.to_string());
    }
    Finding::new(code, message, Span::file_start(file))
}

/// A file that is not a YAML document pdz can read.
pub fn parse(file: FileId, source: &SourceFile, problem: &ParseProblem) -> Finding {
    let offset = problem
        .offset
        .filter(|o| (*o as usize) <= source.text.len())
        .or_else(|| problem.line_col.map(|(l, c)| source.offset_of(l, c)))
        .unwrap_or(0);
    let span = Span::new(file, offset, offset + 1);
    let (code, message, help) = match &problem.kind {
        ParseProblemKind::Syntax(detail) => {
            let (message, help) = syntax_message(detail);
            (Code::YamlSyntax, message, Some(help))
        }
        ParseProblemKind::Tabs => (
            Code::YamlSyntax,
            Message::new("yaml-tabs"),
            Some(Message::new("yaml-tabs-help")),
        ),
        ParseProblemKind::MultipleDocuments => (
            Code::YamlSyntax,
            Message::new("yaml-multiple-documents"),
            Some(Message::new("yaml-multiple-documents-help")),
        ),
        ParseProblemKind::TooDeep => (
            Code::ResourceLimit,
            Message::new("limit-depth").with("limit", limits::MAX_DEPTH),
            None,
        ),
        ParseProblemKind::TooManyNodes => (
            Code::ResourceLimit,
            Message::new("limit-nodes"),
            Some(Message::new("limit-nodes-help")),
        ),
        ParseProblemKind::ScalarTooLong { bytes } => (
            Code::ResourceLimit,
            Message::new("limit-string")
                .with("bytes", *bytes)
                .with("limit", limits::MAX_SCALAR_BYTES),
            None,
        ),
    };
    Finding::new(code, message, span).help_opt(help)
}

/// The problems without those another one explains: `nome:` for `name:` is one
/// mistake, reported as the unknown key with its suggestion, not also as a missing
/// `name` of the same mapping. A mapping is decoded key by key before its missing
/// fields are known, so the keys of the same mapping are the problems just before
/// the missing field that lie after the mapping's start.
pub fn without_consequences(problems: &[DecodeProblem]) -> Vec<&DecodeProblem> {
    problems
        .iter()
        .enumerate()
        .filter(|(index, problem)| {
            let ProblemKind::MissingField { field } = &problem.kind else {
                return true;
            };
            let mapping = problem.span;
            !problems[..*index]
                .iter()
                .rev()
                .take_while(|other| {
                    other.span.file == mapping.file && other.span.start >= mapping.start
                })
                .any(|other| match &other.kind {
                    ProblemKind::UnknownField {
                        field: written,
                        expected,
                    } => suggest::closest(written, expected.iter().copied()) == Some(*field),
                    _ => false,
                })
        })
        .map(|(_, problem)| problem)
        .collect()
}

/// The parser's (English) account of a syntax error, said in the user's language
/// with what to do; an account pdz does not know is shown as the parser gave it.
fn syntax_message(detail: &str) -> (Message, Message) {
    const KNOWN: [(&str, &str); 17] = [
        ("illegal placement of ':'", "yaml-colon-in-flow"),
        ("unclosed bracket '['", "yaml-open-list"),
        ("unclosed bracket '{'", "yaml-open-mapping"),
        ("unclosed quote", "yaml-open-quote"),
        ("mapping keys are not allowed", "yaml-colon"),
        ("mapping values are not allowed", "yaml-colon"),
        ("block sequence entries are not allowed", "yaml-dash"),
        ("did not find expected key", "yaml-expected-key"),
        ("expected ',' or ']'", "yaml-open-list"),
        ("expected ',' or '}'", "yaml-open-mapping"),
        ("cannot start any token", "yaml-bad-start"),
        ("quoted scalar", "yaml-open-quote"),
        ("did not find expected node content", "yaml-no-value"),
        ("did not find expected '-' indicator", "yaml-expected-dash"),
        ("unknown anchor", "yaml-unknown-anchor"),
        ("found a tab", "yaml-tab-in-value"),
        ("indent", "yaml-indentation"),
    ];
    match KNOWN.iter().find(|(english, _)| detail.contains(english)) {
        Some((_, key)) => (Message::new(key), Message::new(help_key(key))),
        None => (
            Message::new("yaml-syntax").with("detail", detail),
            Message::new("yaml-syntax-help"),
        ),
    }
}

/// The help that goes with each syntax message.
fn help_key(key: &str) -> &'static str {
    match key {
        "yaml-colon" => "yaml-colon-help",
        "yaml-colon-in-flow" => "yaml-colon-in-flow-help",
        "yaml-dash" => "yaml-dash-help",
        "yaml-expected-key" => "yaml-expected-key-help",
        "yaml-open-list" => "yaml-open-list-help",
        "yaml-open-mapping" => "yaml-open-mapping-help",
        "yaml-bad-start" => "yaml-bad-start-help",
        "yaml-open-quote" => "yaml-open-quote-help",
        "yaml-no-value" => "yaml-no-value-help",
        "yaml-expected-dash" => "yaml-expected-dash-help",
        "yaml-unknown-anchor" => "yaml-unknown-anchor-help",
        "yaml-tab-in-value" => "yaml-tabs-help",
        _ => "yaml-indentation-help",
    }
}

/// A value that does not fit the file format.
pub fn decode(problem: &DecodeProblem) -> Finding {
    let span = problem.span;
    match &problem.kind {
        ProblemKind::UnknownField { field, expected } => {
            let finding = Finding::new(
                Code::Schema,
                Message::new("schema-unknown-field").with("field", field.as_str()),
                key_span(span, field),
            );
            finding.help(did_you_mean(field, expected))
        }
        ProblemKind::DuplicateKey { key, first } => Finding::new(
            Code::Schema,
            Message::new("schema-duplicate-key").with("key", key.as_str()),
            key_span(span, key),
        )
        .also(*first, Some(Message::new("label-first-here"))),
        ProblemKind::InvalidType { expected, found } => Finding::new(
            Code::Schema,
            Message::new("schema-invalid-type")
                .with("expected", expected_label(expected))
                .with("found", found_label(*found)),
            span,
        )
        .help_opt(type_help(expected, *found)),
        ProblemKind::MissingField { field } => Finding::new(
            Code::Schema,
            Message::new("schema-missing-field").with("field", *field),
            span,
        ),
        ProblemKind::UnknownVariant { variant, expected } => Finding::new(
            Code::Schema,
            Message::new("schema-unknown-word").with("word", variant.as_str()),
            span,
        )
        .help(did_you_mean(variant, expected)),
        ProblemKind::Other(detail) => Finding::new(
            Code::Schema,
            Message::new("schema-other").with("detail", detail.as_str()),
            span,
        ),
    }
}

/// "Did you mean `x`?" when a known word is close, else the list of known words.
pub fn did_you_mean(word: &str, known: &[&str]) -> Message {
    match suggest::closest(word, known.iter().copied()) {
        Some(close) => Message::new("help-did-you-mean").with("suggestion", close),
        None => Message::new("help-expected-one-of")
            .with("expected", quoted_list(known.iter().copied())),
    }
}

/// `` `a`, `b`, `c` ``.
pub fn quoted_list<'a>(words: impl IntoIterator<Item = &'a str>) -> String {
    words
        .into_iter()
        .map(|w| format!("`{w}`"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// A key's span covers the key text, so the caret underlines all of it.
fn key_span(span: Span, key: &str) -> Span {
    if span.end > span.start {
        span
    } else {
        Span::new(span.file, span.start, span.start + key.len() as u32)
    }
}

fn expected_label(expected: &Expected) -> Message {
    Message::new(match expected {
        Expected::Text => "kind-text",
        Expected::Integer => "kind-integer",
        Expected::Number => "kind-number",
        Expected::Bool => "kind-bool",
        Expected::List => "kind-list",
        Expected::Mapping => "kind-mapping",
    })
}

fn found_label(found: Found) -> Message {
    Message::new(match found {
        Found::Nothing => "kind-nothing",
        Found::Bool => "kind-bool",
        Found::Number => "kind-number",
        Found::Text => "kind-text",
        Found::List => "kind-list",
        Found::Mapping => "kind-mapping",
    })
}

fn type_help(expected: &Expected, found: Found) -> Option<Message> {
    match (expected, found) {
        (Expected::Text, Found::Bool) => Some(Message::new("help-quote-text")),
        (Expected::Bool, Found::Text) => Some(Message::new("help-true-false")),
        (Expected::Integer, Found::Text | Found::Number) => Some(Message::new("help-integer")),
        _ => None,
    }
}
