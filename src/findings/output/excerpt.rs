//! The source lines a finding shows, with long lines cut to a window around what the
//! labels point at: the cost of showing a finding does not grow with its line's length.

use std::ops::Range;

use crate::model::FileId;
use crate::source::SourceMap;
use crate::visible::{is_hidden, shown_as};

/// Lines longer than this many bytes are shown as a window of them.
pub const LONG_LINE: usize = 512;

/// Bytes shown before the start of what a label points at, on a long line.
const BEFORE: usize = 80;

/// Bytes shown of a long line in all: the window.
const WINDOW: usize = 240;

/// What marks a cut.
const CUT: &str = "…";

/// The lines of a file that the labels cover, as shown.
pub struct Excerpt {
    pub text: String,
    pub first_line: usize,
    /// Pieces of the file in the excerpt: `(range in the file, where it starts in the
    /// excerpt)`, in order.
    pieces: Vec<(Range<usize>, usize)>,
    /// Whether a line was cut.
    pub cut: bool,
}

impl Excerpt {
    /// The lines from the first label's to the last label's; `None` for an empty file.
    pub fn new(sources: &SourceMap, file: FileId, spans: &[Range<usize>]) -> Option<Excerpt> {
        let source = sources.get(file)?;
        if source.text.is_empty() {
            return None;
        }
        let first = spans.iter().map(|s| s.start).min()?;
        let last = spans.iter().map(|s| s.end.max(s.start)).max()?;
        let first_line = source.line_col(first as u32).line;
        let last_line = source.line_col(last as u32).line;
        let mut excerpt = Excerpt {
            text: String::new(),
            first_line,
            pieces: Vec::new(),
            cut: false,
        };
        for line in first_line..=last_line {
            if line > first_line {
                excerpt.text.push('\n');
            }
            let range = source.line_range(line);
            let shown = if range.len() > LONG_LINE {
                excerpt.cut = true;
                let anchor = spans
                    .iter()
                    .map(|s| s.start)
                    .filter(|s| range.contains(s))
                    .min()
                    .unwrap_or(range.start);
                window(&source.text, range.clone(), anchor)
            } else {
                range.clone()
            };
            if shown.start > range.start {
                excerpt.text.push_str(CUT);
            }
            excerpt.push_visible(&source.text, shown.clone());
            if shown.end < range.end {
                excerpt.text.push_str(CUT);
            }
        }
        Some(excerpt)
    }

    /// Appends `shown` of the file, each control character as the one visible
    /// character standing for it (a file may hold an escape sequence: it is shown, not
    /// obeyed), keeping the map from file offsets to the excerpt.
    fn push_visible(&mut self, file: &str, shown: Range<usize>) {
        let text = file.get(shown.clone()).unwrap_or("");
        let mut run = 0;
        for (at, c) in text.char_indices().filter(|(_, c)| is_hidden(*c)) {
            if run < at {
                self.pieces
                    .push((shown.start + run..shown.start + at, self.text.len()));
                self.text.push_str(&text[run..at]);
            }
            let end = at + c.len_utf8();
            self.pieces
                .push((shown.start + at..shown.start + end, self.text.len()));
            self.text.push(shown_as(c));
            run = end;
        }
        if run < text.len() || text.is_empty() {
            self.pieces
                .push((shown.start + run..shown.end, self.text.len()));
            self.text.push_str(&text[run..]);
        }
    }

    /// A span of the file as a range of the excerpt, at least one character wide when
    /// possible, widened to whole characters (a parser may point inside one). What falls
    /// in a cut part of a line is moved to the edge of the part shown.
    pub fn local(&self, span: Range<usize>) -> Range<usize> {
        let mut start = self.position(span.start).min(self.text.len());
        while !self.text.is_char_boundary(start) {
            start -= 1;
        }
        let mut end = self.position(span.end).clamp(start, self.text.len());
        while !self.text.is_char_boundary(end) {
            end += 1;
        }
        if end == start {
            end = self.text[start..]
                .chars()
                .next()
                .filter(|c| *c != '\n' && *c != '\r')
                .map_or(start, |c| start + c.len_utf8());
        }
        start..end
    }

    /// The column a renderer computes for a position of the excerpt: one more than the
    /// characters before it on its line of the excerpt.
    pub fn column(&self, local: usize) -> usize {
        let before = self.text.get(..local).unwrap_or("");
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        before.get(line_start..).map_or(0, |s| s.chars().count()) + 1
    }

    /// Where a byte offset of the file is in the excerpt.
    fn position(&self, offset: usize) -> usize {
        let at = self
            .pieces
            .partition_point(|(range, _)| range.start <= offset)
            .saturating_sub(1);
        match self.pieces.get(at) {
            Some((range, local)) => local + offset.clamp(range.start, range.end) - range.start,
            None => 0,
        }
    }
}

/// The part of a long line shown: [`WINDOW`] bytes from [`BEFORE`] before `anchor`,
/// at character boundaries.
fn window(text: &str, line: Range<usize>, anchor: usize) -> Range<usize> {
    let mut start = anchor.saturating_sub(BEFORE).max(line.start);
    let mut end = (start + WINDOW).min(line.end);
    if end - start < WINDOW {
        start = end.saturating_sub(WINDOW).max(line.start);
    }
    while !text.is_char_boundary(start) {
        start += 1;
    }
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    start..end.max(start)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::source::SourceFile;

    fn excerpt(text: &str, spans: &[Range<usize>]) -> Excerpt {
        let mut sources = SourceMap::new();
        let id = sources.add(SourceFile::new("plan.yaml".into(), text.to_string()));
        Excerpt::new(&sources, id, spans).unwrap()
    }

    #[test]
    fn short_lines_are_shown_whole() {
        let text = "a: 1\nbb: 2\nc: 3\n";
        let shown = excerpt(text, &[5..7, 12..13]);
        assert_eq!((shown.text.as_str(), shown.first_line), ("bb: 2\nc: 3", 2));
        assert!(!shown.cut);
        assert_eq!(&shown.text[shown.local(5..7)], "bb");
        assert_eq!(&shown.text[shown.local(12..12)], ":");
    }

    #[test]
    fn a_long_line_is_cut_to_a_window_around_the_span() {
        let line = (0..10_000)
            .map(|i| format!("chiave_{i:05}: 1"))
            .collect::<Vec<_>>()
            .join(", ");
        let text = format!("{{{line}}}\n");
        let at = text.find("chiave_05000").unwrap();
        let span = at..at + 12;
        let shown = excerpt(&text, std::slice::from_ref(&span));
        assert!(shown.cut);
        assert!(shown.text.len() <= WINDOW + 2 * CUT.len(), "{}", shown.text);
        assert!(shown.text.starts_with(CUT) && shown.text.ends_with(CUT));
        let local = shown.local(at..at + 12);
        assert_eq!(&shown.text[local.clone()], "chiave_05000");
        assert_eq!(shown.column(local.start), 1 + BEFORE + 1);
    }

    #[test]
    fn windows_keep_whole_characters_and_spans_outside_them_stay_inside() {
        let text = "é".repeat(2_000);
        let shown = excerpt(&text, &[1001..1003, 3_000..3_002]);
        assert!(shown.text.chars().all(|c| c == 'é' || c == '…'));
        let far = shown.local(3_998..4_000);
        assert!(far.end <= shown.text.len());
    }
}
