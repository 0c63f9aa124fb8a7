//! YAML text to a located [`Node`] tree, from the events of granit-parser.
//!
//! The tree is built iteratively (no recursion), under the limits of
//! [`crate::limits`]: nesting depth, text length, and a node budget that
//! counts every node an alias expands to, so an alias bomb stops at once.

use std::collections::HashMap;

use granit_parser::{ErrorKind, Event, Parser, ScalarStyle, ScanError, Span as ParserSpan};

use super::node::{Node, NodeKind, Scalar};
use super::resolve;
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
    /// More nodes, counting alias expansions, than the file's size allows.
    TooManyNodes,
    /// A text value longer than [`limits::MAX_SCALAR_BYTES`].
    ScalarTooLong { bytes: usize },
}

/// Parses one YAML document; an empty document is a null node.
pub fn parse(text: &str) -> Result<Node, ParseProblem> {
    let options = granit_parser::options! {
        flow_nesting_limit: limits::MAX_DEPTH,
        block_nesting_limit: limits::MAX_DEPTH,
    };
    let mut builder = Builder::new(limits::max_nodes(text.len()));
    for event in Parser::new_from_str_with_options(text, options) {
        let (event, span) = event.map_err(|e| scan_problem(&e))?;
        if builder.event(event, span)? {
            break;
        }
    }
    let mut root = builder.root.unwrap_or(Node {
        kind: NodeKind::Null,
        start: 0,
        end: 0,
    });
    super::split_amounts::rejoin(&mut root, text);
    Ok(root)
}

/// A list or mapping being read.
struct Open {
    node: Node,
    anchor: usize,
    /// For a mapping: the key waiting for its value.
    key: Option<Node>,
}

struct Builder {
    open: Vec<Open>,
    root: Option<Node>,
    documents: usize,
    /// Anchored nodes with their node counts.
    anchors: HashMap<usize, (Node, usize)>,
    nodes: usize,
    max_nodes: usize,
}

impl Builder {
    fn new(max_nodes: usize) -> Self {
        Builder {
            open: Vec::new(),
            root: None,
            documents: 0,
            anchors: HashMap::new(),
            nodes: 0,
            max_nodes,
        }
    }

    /// Takes one event; `true` when the stream has ended.
    fn event(&mut self, event: Event, span: ParserSpan) -> Result<bool, ParseProblem> {
        let (start, end) = offsets(&span);
        match event {
            Event::StreamEnd => return Ok(true),
            Event::DocumentStart(..) => {
                self.documents += 1;
                if self.documents > 1 {
                    return Err(at(ParseProblemKind::MultipleDocuments, &span));
                }
            }
            Event::Scalar(value, style, anchor, tag) => {
                if value.len() > limits::MAX_SCALAR_BYTES {
                    return Err(at(
                        ParseProblemKind::ScalarTooLong { bytes: value.len() },
                        &span,
                    ));
                }
                let forced_text = tag
                    .as_deref()
                    .is_some_and(|t| t.is_yaml_core_schema_tag("str"));
                let kind = if style == ScalarStyle::Plain && !forced_text {
                    resolve::plain(&value)
                } else {
                    NodeKind::Scalar(Scalar {
                        text: value.into_owned(),
                        number: false,
                    })
                };
                self.count(1, &span)?;
                self.close(Node { kind, start, end }, anchor);
            }
            Event::SequenceStart(_, anchor, _) => {
                self.open(NodeKind::List(Vec::new()), anchor, start, &span)?
            }
            Event::MappingStart(_, anchor, _) => {
                self.open(NodeKind::Mapping(Vec::new()), anchor, start, &span)?
            }
            // A list or mapping is located at its start: findings about it
            // point there rather than underline every line it spans.
            Event::SequenceEnd | Event::MappingEnd => {
                if let Some(open) = self.open.pop() {
                    self.close(open.node, open.anchor);
                }
            }
            Event::Alias(anchor) => {
                // Count before copying, so an alias bomb is refused before it grows.
                self.count(self.anchors.get(&anchor).map_or(1, |(_, n)| *n), &span)?;
                let mut node = self.anchors.get(&anchor).map_or(
                    Node {
                        kind: NodeKind::Null,
                        start,
                        end,
                    },
                    |(node, _)| node.clone(),
                );
                node.start = start;
                node.end = end;
                self.close(node, 0);
            }
            _ => {}
        }
        Ok(false)
    }

    fn open(
        &mut self,
        kind: NodeKind,
        anchor: usize,
        start: u32,
        span: &ParserSpan,
    ) -> Result<(), ParseProblem> {
        if self.open.len() >= limits::MAX_DEPTH {
            return Err(at(ParseProblemKind::TooDeep, span));
        }
        self.count(1, span)?;
        self.open.push(Open {
            node: Node {
                kind,
                start,
                end: start,
            },
            anchor,
            key: None,
        });
        Ok(())
    }

    fn count(&mut self, nodes: usize, span: &ParserSpan) -> Result<(), ParseProblem> {
        self.nodes = self.nodes.saturating_add(nodes);
        if self.nodes > self.max_nodes {
            return Err(at(ParseProblemKind::TooManyNodes, span));
        }
        Ok(())
    }

    /// A complete node: remembered under its anchor, then placed in its parent.
    fn close(&mut self, node: Node, anchor: usize) {
        if anchor != 0 {
            let count = node.count();
            self.anchors.insert(anchor, (node.clone(), count));
        }
        let Some(parent) = self.open.last_mut() else {
            self.root = Some(node);
            return;
        };
        match &mut parent.node.kind {
            NodeKind::List(items) => items.push(node),
            NodeKind::Mapping(entries) => match parent.key.take() {
                None => parent.key = Some(node),
                Some(key) => entries.push((key, node)),
            },
            _ => {}
        }
    }
}

fn offsets(span: &ParserSpan) -> (u32, u32) {
    let start = span.start.byte_offset().unwrap_or(0) as u32;
    let end = span.end.byte_offset().map_or(start, |e| e as u32);
    (start, end.max(start))
}

fn at(kind: ParseProblemKind, span: &ParserSpan) -> ParseProblem {
    ParseProblem {
        kind,
        line_col: Some((span.start.line(), span.start.col() + 1)),
        offset: span.start.byte_offset().map(|o| o as u32),
    }
}

fn scan_problem(error: &ScanError) -> ParseProblem {
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

#[cfg(test)]
mod tests {
    use super::super::Found;
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
        assert_eq!(root.get("f").unwrap().found(), Found::Text);
        assert_eq!(root.get("a").unwrap().found(), Found::Number);
    }

    #[test]
    fn spans_are_byte_ranges_and_aliases_point_at_their_use() {
        let text = "città: 1\nd: &x [1]\ne: *x\n";
        let root = parse(text).unwrap();
        let one = root.get("città").unwrap();
        assert_eq!(&text[one.start as usize..one.end as usize], "1");
        let alias = root.get("e").unwrap();
        assert_eq!(&text[alias.start as usize..alias.end as usize], "*x");
        assert_eq!(alias.kind, root.get("d").unwrap().kind);
    }

    #[test]
    fn strict_booleans_and_leading_zeros() {
        let root = parse("a: yes\nb: true\nc: 075016\nd: !!str 12\n").unwrap();
        assert_eq!(root.get("a").unwrap().found(), Found::Text);
        assert_eq!(root.get("b").unwrap().kind, NodeKind::Bool(true));
        assert_eq!(scalar_text(&root, "c"), "075016");
        assert_eq!(root.get("d").unwrap().found(), Found::Text);
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
    fn empty_documents_are_null() {
        assert_eq!(parse("").unwrap().kind, NodeKind::Null);
        assert_eq!(parse("# only a comment\n").unwrap().kind, NodeKind::Null);
    }

    #[test]
    fn hostile_inputs_are_refused_with_a_location() {
        let nested = format!("a: {}", "[".repeat(100_000));
        let problem = parse(&nested).unwrap_err();
        assert_eq!(problem.kind, ParseProblemKind::TooDeep);
        assert!(problem.line_col.is_some());

        let mixed = format!("{}{}{}", "- ".repeat(40), "[".repeat(40), "]".repeat(40));
        assert_eq!(parse(&mixed).unwrap_err().kind, ParseProblemKind::TooDeep);

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

        let mut bomb = String::from("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
        for i in 1..20 {
            let refs = vec![format!("*a{}", i - 1); 10].join(", ");
            bomb.push_str(&format!("a{i}: &a{i} [{refs}]\n"));
        }
        assert_eq!(
            parse(&bomb).unwrap_err().kind,
            ParseProblemKind::TooManyNodes
        );
    }
}
