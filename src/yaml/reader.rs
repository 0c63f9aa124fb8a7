//! YAML text to a stream of located [`Item`]s, from the events of granit-parser.
//!
//! Nothing is built but the items waiting to be read: the decoder takes them one by one.
//! On the way the reader
//! - applies pdz's limits (nesting depth, text length, and a node budget that counts every
//!   node an alias expands to, so an alias bomb stops at once);
//! - replays aliases, so the decoder never sees one;
//! - rejoins Italian amounts split by a flow comma (see [`super::split_amounts`]);
//! - notes the `id` of every mapping on its end, so an entry that cannot be read can still
//!   be named.

use foldhash::{HashMap, HashMapExt};
use std::borrow::Cow;
use std::collections::VecDeque;
use std::rc::Rc;

use granit_parser::{Event, Parser, ScalarStyle, Span as ParserSpan, StrInput};

use super::item::{Item, ItemKind, Scalar, ScalarKind};
use super::parse_problem::{ParseProblem, ParseProblemKind};
use super::{resolve, split_amounts};
use crate::limits;

/// Reads the items of one YAML document.
pub struct Reader<'a> {
    events: Parser<'a, StrInput<'a>>,
    text: &'a str,
    /// Items produced and not yet read.
    ready: VecDeque<Item<'a>>,
    /// Items of an alias, to be produced before the next event.
    replay: VecDeque<Item<'a>>,
    anchors: HashMap<usize, Anchor<'a>>,
    /// Anchored lists and mappings still open, copying every item produced.
    recordings: Vec<Recording<'a>>,
    /// Lists and mappings open where items are produced.
    open: Vec<Open<'a>>,
    /// Whether the item just produced is a mapping's value that may be half an amount.
    split_candidate: bool,
    nodes: usize,
    max_nodes: usize,
    documents: usize,
    ended: bool,
    problem: Option<ParseProblem>,
    /// Lists and mappings open where items are read.
    depth: usize,
    /// The `id` of the last mapping read to its end.
    last_id: Option<Cow<'a, str>>,
}

/// An anchored node: its items, how many nodes they are and how deep they nest.
struct Anchor<'a> {
    items: Rc<[Item<'a>]>,
    nodes: usize,
    depth: usize,
}

struct Recording<'a> {
    anchor: usize,
    items: Vec<Item<'a>>,
    /// How many lists and mappings were open once it started; it ends below that.
    open: usize,
}

struct Open<'a> {
    mapping: bool,
    /// For a mapping: whether the next node is a key.
    key_next: bool,
    /// Whether a key `id` has been read, and the scalar value it had.
    id_seen: bool,
    id_pending: bool,
    id: Option<Cow<'a, str>>,
}

impl<'a> Reader<'a> {
    pub fn new(text: &'a str) -> Self {
        let options = granit_parser::options! {
            flow_nesting_limit: limits::MAX_DEPTH,
            block_nesting_limit: limits::MAX_DEPTH,
        };
        Reader {
            events: Parser::new_from_str_with_options(text, options),
            text,
            ready: VecDeque::new(),
            replay: VecDeque::new(),
            anchors: HashMap::new(),
            recordings: Vec::new(),
            open: Vec::new(),
            split_candidate: false,
            nodes: 0,
            max_nodes: limits::max_nodes(text.len()),
            documents: 0,
            ended: false,
            problem: None,
            depth: 0,
            last_id: None,
        }
    }

    /// The next item, not taken; `None` at the end of the document or after a problem.
    pub fn peek(&mut self) -> Option<&Item<'a>> {
        if self.ready.is_empty() {
            self.fill();
        }
        self.ready.front()
    }

    /// Takes the next item.
    pub fn next(&mut self) -> Option<Item<'a>> {
        if self.ready.is_empty() {
            self.fill();
        }
        let mut item = self.ready.pop_front()?;
        match &mut item.kind {
            ItemKind::List | ItemKind::Mapping => self.depth += 1,
            ItemKind::End { id } => {
                self.depth = self.depth.saturating_sub(1);
                self.last_id = id.take();
            }
            ItemKind::Scalar(_) => {}
        }
        Some(item)
    }

    /// How many lists and mappings are open among the items taken.
    pub fn depth(&self) -> usize {
        self.depth
    }

    /// The `id` of the mapping whose end was taken last.
    pub fn last_id(&mut self) -> Option<Cow<'a, str>> {
        self.last_id.take()
    }

    /// Takes one whole node: a scalar, or a list or mapping with everything in it.
    pub fn skip(&mut self) {
        if let Some(item) = self.next()
            && matches!(item.kind, ItemKind::List | ItemKind::Mapping)
        {
            self.close(self.depth);
        }
    }

    /// Takes items up to the end of the list or mapping open at `depth` (as [`Self::depth`]
    /// said just after its start was taken), that end included.
    pub fn close(&mut self, depth: usize) {
        while self.depth >= depth && depth > 0 {
            if self.next().is_none() {
                break;
            }
        }
    }

    /// Reads the rest of the file; the first problem met anywhere in it, if any.
    pub fn finish(mut self) -> Result<(), ParseProblem> {
        self.ready.clear();
        while self.produce() {
            self.ready.clear();
        }
        self.problem.map_or(Ok(()), Err)
    }

    /// Produces at least one item unless the document has ended, rejoining split amounts.
    fn fill(&mut self) {
        if !self.produce() {
            return;
        }
        // A value that may be half an amount: look at the next key and its value.
        while std::mem::take(&mut self.split_candidate) {
            let value = self.ready.len() - 1;
            if !(self.produce() && self.produce()) || self.ready.len() != value + 3 {
                break;
            }
            let joined = split_amounts::rejoin(
                &self.ready[value],
                &self.ready[value + 1],
                &self.ready[value + 2],
                self.text,
            );
            if let Some(joined) = joined {
                self.ready[value] = joined;
                self.ready.truncate(value + 1);
                self.split_candidate = false;
            }
        }
        self.split_candidate = false;
    }

    /// Produces one item; `false` when there is none (the end, or a problem).
    fn produce(&mut self) -> bool {
        loop {
            if let Some(item) = self.replay.pop_front() {
                self.emit(item);
                return true;
            }
            if self.ended || self.problem.is_some() {
                return false;
            }
            let (event, span) = match self.events.next() {
                None => {
                    self.ended = true;
                    return false;
                }
                Some(Err(error)) => {
                    self.fail(ParseProblem::scan(&error));
                    return false;
                }
                Some(Ok(next)) => next,
            };
            let (start, end) = offsets(&span);
            match event {
                Event::StreamEnd => {
                    self.ended = true;
                    return false;
                }
                Event::DocumentStart(..) => {
                    self.documents += 1;
                    if self.documents > 1 {
                        self.fail(ParseProblem::at(ParseProblemKind::MultipleDocuments, &span));
                        return false;
                    }
                }
                Event::Scalar(text, style, anchor, tag) => {
                    if text.len() > limits::MAX_SCALAR_BYTES {
                        let bytes = text.len();
                        self.fail(ParseProblem::at(
                            ParseProblemKind::ScalarTooLong { bytes },
                            &span,
                        ));
                        return false;
                    }
                    if !self.count(1, &span) {
                        return false;
                    }
                    let forced_text = tag
                        .as_deref()
                        .is_some_and(|t| t.is_yaml_core_schema_tag("str"));
                    let kind = if style == ScalarStyle::Plain && !forced_text {
                        resolve::plain(&text)
                    } else {
                        ScalarKind::Text
                    };
                    let item = Item {
                        kind: ItemKind::Scalar(Scalar { text, kind }),
                        start,
                        end,
                    };
                    self.emit_anchored(item, anchor);
                    return true;
                }
                Event::SequenceStart(_, anchor, _) | Event::MappingStart(_, anchor, _) => {
                    if self.open.len() >= limits::MAX_DEPTH {
                        self.fail(ParseProblem::at(ParseProblemKind::TooDeep, &span));
                        return false;
                    }
                    if !self.count(1, &span) {
                        return false;
                    }
                    let kind = match event {
                        Event::SequenceStart(..) => ItemKind::List,
                        _ => ItemKind::Mapping,
                    };
                    self.emit_anchored(
                        Item {
                            kind,
                            start,
                            end: start,
                        },
                        anchor,
                    );
                    return true;
                }
                Event::SequenceEnd | Event::MappingEnd => {
                    self.emit(Item {
                        kind: ItemKind::End { id: None },
                        start,
                        end,
                    });
                    return true;
                }
                Event::Alias(anchor) => self.alias(anchor, &span, start, end),
                _ => {}
            }
        }
    }

    /// Queues the items of an anchored node for replay, the first one placed at the alias.
    /// Counted before copying, so an alias bomb is refused before it grows.
    fn alias(&mut self, anchor: usize, span: &ParserSpan, start: u32, end: u32) {
        let (nodes, depth) = self
            .anchors
            .get(&anchor)
            .map_or((1, 0), |a| (a.nodes, a.depth));
        if !self.count(nodes, span) {
            return;
        }
        if self.open.len() + depth > limits::MAX_DEPTH {
            self.fail(ParseProblem::at(ParseProblemKind::TooDeep, span));
            return;
        }
        match self.anchors.get(&anchor) {
            Some(anchored) => {
                let mut items = anchored.items.iter().cloned();
                if let Some(first) = items.next() {
                    self.replay.push_back(Item {
                        start,
                        end,
                        ..first
                    });
                }
                self.replay.extend(items);
            }
            None => self.replay.push_back(Item {
                kind: ItemKind::Scalar(Scalar {
                    text: Cow::Borrowed(""),
                    kind: ScalarKind::Null,
                }),
                start,
                end,
            }),
        }
    }

    fn emit_anchored(&mut self, item: Item<'a>, anchor: usize) {
        let copy = (anchor != 0).then(|| item.clone());
        self.emit(item);
        let Some(copy) = copy else {
            return;
        };
        if matches!(copy.kind, ItemKind::Scalar(_)) {
            self.anchors.insert(
                anchor,
                Anchor {
                    items: Rc::from(vec![copy]),
                    nodes: 1,
                    depth: 0,
                },
            );
        } else {
            self.recordings.push(Recording {
                anchor,
                items: vec![copy],
                open: self.open.len(),
            });
        }
    }

    /// Places an item: notes where it stands in its parent, copies it into the open
    /// recordings, and queues it.
    fn emit(&mut self, mut item: Item<'a>) {
        match &mut item.kind {
            ItemKind::Scalar(_) => {
                if let Some(parent) = self.open.last_mut().filter(|p| p.mapping) {
                    if parent.key_next {
                        if !parent.id_seen && item.text().is_some_and(|t| t == "id") {
                            parent.id_seen = true;
                            parent.id_pending = true;
                        }
                    } else {
                        if std::mem::take(&mut parent.id_pending) {
                            parent.id = item.text().cloned();
                        }
                        self.split_candidate = split_amounts::may_be_split(&item);
                    }
                    parent.key_next = !parent.key_next;
                }
            }
            ItemKind::List | ItemKind::Mapping => {
                if let Some(parent) = self.open.last_mut() {
                    parent.id_pending = false;
                }
                self.open.push(Open {
                    mapping: matches!(item.kind, ItemKind::Mapping),
                    key_next: true,
                    id_seen: false,
                    id_pending: false,
                    id: None,
                });
            }
            ItemKind::End { id } => {
                if let Some(closed) = self.open.pop() {
                    *id = closed.id;
                }
                if let Some(parent) = self.open.last_mut().filter(|p| p.mapping) {
                    parent.key_next = !parent.key_next;
                }
            }
        }
        for recording in &mut self.recordings {
            recording.items.push(item.clone());
        }
        if matches!(item.kind, ItemKind::End { .. }) {
            while self
                .recordings
                .last()
                .is_some_and(|r| r.open > self.open.len())
            {
                if let Some(done) = self.recordings.pop() {
                    self.anchors.insert(done.anchor, Anchor::of(done.items));
                }
            }
        }
        self.ready.push_back(item);
    }

    fn count(&mut self, nodes: usize, span: &ParserSpan) -> bool {
        self.nodes = self.nodes.saturating_add(nodes);
        if self.nodes > self.max_nodes {
            self.fail(ParseProblem::at(ParseProblemKind::TooManyNodes, span));
            return false;
        }
        true
    }

    fn fail(&mut self, problem: ParseProblem) {
        self.problem.get_or_insert(problem);
    }
}

impl<'a> Anchor<'a> {
    fn of(items: Vec<Item<'a>>) -> Self {
        let mut nodes = 0;
        let (mut depth, mut deepest) = (0usize, 0usize);
        for item in &items {
            match item.kind {
                ItemKind::List | ItemKind::Mapping => {
                    nodes += 1;
                    depth += 1;
                    deepest = deepest.max(depth);
                }
                ItemKind::End { .. } => depth = depth.saturating_sub(1),
                ItemKind::Scalar(_) => nodes += 1,
            }
        }
        Anchor {
            items: Rc::from(items),
            nodes,
            depth: deepest,
        }
    }
}

fn offsets(span: &ParserSpan) -> (u32, u32) {
    let start = span.start.byte_offset().unwrap_or(0) as u32;
    let end = span.end.byte_offset().map_or(start, |e| e as u32);
    (start, end.max(start))
}

#[cfg(test)]
mod tests {
    use super::super::item::Found;
    use super::*;

    /// Every item of the document, or its problem.
    fn items(text: &str) -> Result<Vec<Item<'_>>, ParseProblem> {
        let mut reader = Reader::new(text);
        let mut items = Vec::new();
        while let Some(item) = reader.next() {
            items.push(item);
        }
        reader.finish().map(|()| items)
    }

    /// The item after the key `key` of a flat mapping.
    fn value<'t>(items: &'t [Item<'t>], key: &str) -> &'t Item<'t> {
        let at = items
            .iter()
            .position(|i| i.text().is_some_and(|t| t == key))
            .unwrap();
        &items[at + 1]
    }

    fn problem(text: &str) -> ParseProblemKind {
        items(text).unwrap_err().kind
    }

    #[test]
    fn numbers_keep_their_written_text() {
        let items =
            items("a: 80000.50\nb: 1e3\nc: 90071992547409.93\nd: &x 12.30\ne: *x\nf: '7'\n")
                .unwrap();
        for (key, text) in [
            ("a", "80000.50"),
            ("b", "1e3"),
            ("c", "90071992547409.93"),
            ("d", "12.30"),
            ("e", "12.30"),
        ] {
            assert_eq!(value(&items, key).text().unwrap(), text);
            assert_eq!(value(&items, key).found(), Found::Number);
        }
        assert_eq!(value(&items, "f").found(), Found::Text);
    }

    #[test]
    fn spans_are_byte_ranges_and_aliases_point_at_their_use() {
        let text = "città: 1\nd: &x [1]\ne: *x\n";
        let items = items(text).unwrap();
        let one = value(&items, "città");
        assert_eq!(&text[one.start as usize..one.end as usize], "1");
        let alias = value(&items, "e");
        assert_eq!(&text[alias.start as usize..alias.end as usize], "*x");
        assert_eq!(alias.kind, ItemKind::List);
        // The alias replays the list: its item and its end.
        let at = items.iter().position(|i| std::ptr::eq(i, alias)).unwrap();
        assert_eq!(items[at + 1].text().unwrap(), "1");
        assert!(matches!(items[at + 2].kind, ItemKind::End { .. }));
    }

    #[test]
    fn strict_booleans_and_leading_zeros() {
        let items = items("a: yes\nb: true\nc: 075016\nd: !!str 12\n").unwrap();
        assert_eq!(value(&items, "a").found(), Found::Text);
        assert_eq!(value(&items, "b").found(), Found::Bool);
        assert_eq!(value(&items, "c").text().unwrap(), "075016");
        assert_eq!(value(&items, "d").found(), Found::Text);
    }

    #[test]
    fn a_mapping_end_carries_its_id() {
        let mut reader = Reader::new("- id: a\n  x: [1, {id: b}]\n- x: 1\n  id: c\n- id: [d]\n");
        let mut ids = Vec::new();
        while let Some(item) = reader.next() {
            if matches!(item.kind, ItemKind::End { .. }) {
                ids.push(reader.last_id().map(Cow::into_owned));
            }
        }
        let ids: Vec<Option<&str>> = ids.iter().map(Option::as_deref).collect();
        // {id: b}, the list, the first entry, the second, the third (its id is a list),
        // the whole list.
        assert_eq!(
            ids,
            [Some("b"), None, Some("a"), Some("c"), None, None, None]
        );
    }

    #[test]
    fn empty_documents_have_no_items() {
        assert_eq!(items("").unwrap(), []);
        assert_eq!(items("# only a comment\n").unwrap(), []);
    }

    #[test]
    fn hostile_inputs_are_refused_with_a_location() {
        let nested = format!("a: {}", "[".repeat(100_000));
        let problem_found = items(&nested).unwrap_err();
        assert_eq!(problem_found.kind, ParseProblemKind::TooDeep);
        assert!(problem_found.line_col.is_some());

        let mixed = format!("{}{}{}", "- ".repeat(40), "[".repeat(40), "]".repeat(40));
        assert_eq!(problem(&mixed), ParseProblemKind::TooDeep);

        let tabs = items("a:\n\tb: 1\n").unwrap_err();
        assert_eq!(tabs.kind, ParseProblemKind::Tabs);
        assert_eq!(tabs.line_col, Some((2, 2)));

        let long = format!("a: {}\n", "x".repeat(limits::MAX_SCALAR_BYTES + 1));
        assert!(matches!(
            problem(&long),
            ParseProblemKind::ScalarTooLong { .. }
        ));
        assert_eq!(
            problem("a: 1\n---\nb: 2\n"),
            ParseProblemKind::MultipleDocuments
        );

        let mut bomb = String::from("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
        for i in 1..20 {
            let refs = vec![format!("*a{}", i - 1); 10].join(", ");
            bomb.push_str(&format!("a{i}: &a{i} [{refs}]\n"));
        }
        assert_eq!(problem(&bomb), ParseProblemKind::TooManyNodes);

        // Aliases nest: a list 40 deep used inside itself is deeper than allowed.
        let deep = format!(
            "a: &a {}{}\nb: {}*a{}\n",
            "[".repeat(40),
            "]".repeat(40),
            "[".repeat(40),
            "]".repeat(40)
        );
        assert_eq!(problem(&deep), ParseProblemKind::TooDeep);
    }
}
