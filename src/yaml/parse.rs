//! YAML text to a located [`Node`] tree, with pdz's parser settings and limits.

use serde_saphyr::{Budget, DuplicateKeyPolicy, MessageFormatter, NonFiniteFloatPolicy, Options};

use super::node::{self, Node, NodeKind};
use crate::limits;

/// Why a file is not a YAML document pdz can read.
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
    /// Nested deeper than [`limits::MAX_DEPTH`].
    TooDeep,
    /// More nodes or alias expansions than the file's size allows.
    TooManyNodes,
    /// A text value longer than [`limits::MAX_SCALAR_BYTES`].
    ScalarTooLong { bytes: usize },
}

/// Parses one YAML document. Numbers keep the text written in the file.
pub fn parse(text: &str) -> Result<Node, ParseProblem> {
    let spanned =
        serde_saphyr::from_str_with_options(text, options(text.len())).map_err(|e| problem(&e))?;
    let mut root = node::root(spanned);
    finish(&mut root, text)?;
    Ok(root)
}

fn options(len: usize) -> Options {
    let mut budget = Budget::default();
    budget.max_depth = limits::MAX_DEPTH;
    budget.max_nodes = limits::max_nodes(len);
    budget.max_events = 2 * limits::max_nodes(len) + 16;
    budget.max_total_scalar_bytes = len + 1024;
    budget.max_documents = 1;
    let mut options = Options::default();
    options.budget = Some(budget);
    options.alias_limits.max_total_replayed_events = limits::max_alias_expansion(len);
    options.strict_booleans = true;
    options.duplicate_keys = DuplicateKeyPolicy::PassThrough;
    options.non_finite_float_policy = NonFiniteFloatPolicy::AsString;
    options.underscored_numbers_as_strings = true;
    options.leading_zero_numbers_as_strings = true;
    options.with_snippet = false;
    options
}

/// Puts the written text in number scalars, and enforces the text-length limit.
fn finish(node: &mut Node, text: &str) -> Result<(), ParseProblem> {
    match &mut node.kind {
        NodeKind::Scalar(scalar) => {
            if scalar.text.len() > limits::MAX_SCALAR_BYTES {
                return Err(ParseProblem {
                    kind: ParseProblemKind::ScalarTooLong {
                        bytes: scalar.text.len(),
                    },
                    line_col: None,
                    offset: Some(node.start),
                });
            }
            if scalar.number {
                let (start, end) = scalar.text_span;
                if let Some(written) = text.get(start as usize..end as usize)
                    && !written.is_empty()
                    && !written.contains(['*', '&', '!', '\n', ' '])
                {
                    scalar.text = written.to_string();
                }
            }
        }
        NodeKind::List(items) => {
            for item in items {
                finish(item, text)?;
            }
        }
        NodeKind::Mapping(entries) => {
            for (key, value) in entries {
                finish(key, text)?;
                finish(value, text)?;
            }
        }
        NodeKind::Null | NodeKind::Bool(_) => {}
    }
    Ok(())
}

fn problem(error: &serde_saphyr::Error) -> ParseProblem {
    let location = error.location();
    let message = serde_saphyr::DefaultMessageFormatter
        .format_message(error)
        .into_owned();
    let kind = if message.contains("tabs disallowed") || message.contains("tab character") {
        ParseProblemKind::Tabs
    } else if message.contains("multiple YAML documents") || message.contains("Documents") {
        ParseProblemKind::MultipleDocuments
    } else if message.contains("recursion limit") || message.contains("Depth") {
        ParseProblemKind::TooDeep
    } else if message.contains("budget breached") {
        ParseProblemKind::TooManyNodes
    } else {
        ParseProblemKind::Syntax(message)
    };
    ParseProblem {
        kind,
        line_col: location
            .filter(|l| l.line() > 0)
            .map(|l| (l.line() as usize, l.column() as usize)),
        offset: location.and_then(|l| l.span().byte_offset().map(|o| o as u32)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn scalar_text(node: &Node, key: &str) -> String {
        node.get(key).and_then(Node::as_text).unwrap().to_string()
    }

    #[test]
    fn numbers_keep_their_written_text() {
        let root = parse("a: 80000.50\nb: 1e3\nc: 90071992547409.93\nd: &x 12.30\ne: *x\nf: '7'\n")
            .unwrap();
        assert_eq!(scalar_text(&root, "a"), "80000.50");
        assert_eq!(scalar_text(&root, "b"), "1e3");
        assert_eq!(scalar_text(&root, "c"), "90071992547409.93");
        assert_eq!(scalar_text(&root, "d"), "12.30");
        assert_eq!(scalar_text(&root, "e"), "12.30");
        assert_eq!(scalar_text(&root, "f"), "7");
    }

    #[test]
    fn strict_booleans_and_leading_zeros() {
        let root = parse("a: yes\nb: true\nc: 075016\n").unwrap();
        assert_eq!(root.get("a").unwrap().found(), super::super::Found::Text);
        assert_eq!(root.get("b").unwrap().kind, NodeKind::Bool(true));
        assert_eq!(scalar_text(&root, "c"), "075016");
    }

    #[test]
    fn duplicate_keys_are_kept_for_the_decoder() {
        let root = parse("a: 1\na: 2\n").unwrap();
        match root.kind {
            NodeKind::Mapping(entries) => assert_eq!(entries.len(), 2),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn hostile_inputs_are_refused_with_a_location() {
        let nested = format!("a: {}", "[".repeat(100_000));
        let problem = parse(&nested).unwrap_err();
        assert_eq!(problem.kind, ParseProblemKind::TooDeep);
        assert!(problem.line_col.is_some());

        let tabs = parse("a:\n\tb: 1\n").unwrap_err();
        assert_eq!(tabs.kind, ParseProblemKind::Tabs);
        assert_eq!(tabs.line_col, Some((2, 2)));

        let long = format!("a: {}\n", "x".repeat(limits::MAX_SCALAR_BYTES + 1));
        assert!(matches!(
            parse(&long).unwrap_err().kind,
            ParseProblemKind::ScalarTooLong { .. }
        ));
        assert_eq!(
            parse("a: 1\n---\nb: 2\n").unwrap_err().kind,
            ParseProblemKind::MultipleDocuments
        );
    }
}
