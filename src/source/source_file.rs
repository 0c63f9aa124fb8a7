//! One file of a plan, as text with an index of its lines and of its characters, built
//! the first time a place in the file is asked for (a file without findings never needs
//! it): a line and column then cost a binary search and at most [`CHECKPOINT`] bytes of
//! counting, however long the line (a one-line file of 30 MB and 10,000 findings).

use std::path::PathBuf;
use std::sync::OnceLock;

use crate::model::Span;

/// The text of one plan file and where it lives.
#[derive(Clone, Debug)]
pub struct SourceFile {
    /// The path as it will be shown in findings (relative when given relative).
    pub path: PathBuf,
    /// The text, without a UTF-8 byte-order mark. Invalid UTF-8 is replaced by U+FFFD.
    pub text: String,
    index: OnceLock<Index>,
}

/// Where the lines and the characters of a text are.
#[derive(Clone, Debug)]
struct Index {
    line_starts: Vec<u32>,
    /// `(byte offset, characters before it)` every [`CHECKPOINT`] bytes or so, at
    /// character boundaries, from `(0, 0)`.
    checkpoints: Vec<(u32, u32)>,
}

/// Bytes between two character checkpoints.
const CHECKPOINT: usize = 1024;

/// A 1-based line and character column.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct LineCol {
    pub line: usize,
    pub column: usize,
}

impl Index {
    fn of(text: &str) -> Index {
        // A line ends at LF, CRLF or a lone CR, as YAML says.
        let bytes = text.as_bytes();
        let line_starts = std::iter::once(0)
            .chain(
                bytes
                    .iter()
                    .enumerate()
                    .filter(|&(i, &b)| {
                        b == b'\n' || (b == b'\r' && bytes.get(i + 1) != Some(&b'\n'))
                    })
                    .map(|(i, _)| i as u32 + 1),
            )
            .collect();
        Index {
            line_starts,
            checkpoints: char_checkpoints(text),
        }
    }
}

impl SourceFile {
    pub fn new(path: PathBuf, text: String) -> Self {
        SourceFile {
            path,
            text,
            index: OnceLock::new(),
        }
    }

    fn index(&self) -> &Index {
        self.index.get_or_init(|| Index::of(&self.text))
    }

    fn line_starts(&self) -> &[u32] {
        &self.index().line_starts
    }

    /// How many characters come before a byte offset (at a character boundary, or
    /// rounded down to one).
    fn chars_before(&self, offset: usize) -> usize {
        let checkpoints = &self.index().checkpoints;
        let at = checkpoints.partition_point(|&(b, _)| b as usize <= offset);
        let (byte, chars) = checkpoints
            .get(at.wrapping_sub(1))
            .copied()
            .unwrap_or((0, 0));
        let (byte, mut offset) = (byte as usize, offset.min(self.text.len()));
        while !self.text.is_char_boundary(offset) {
            offset -= 1;
        }
        chars as usize + self.text.get(byte..offset).map_or(0, |s| s.chars().count())
    }

    /// Line and character column of a byte offset (clamped to the text).
    pub fn line_col(&self, offset: u32) -> LineCol {
        let offset = (offset as usize).min(self.text.len());
        let line = self
            .line_starts()
            .partition_point(|&s| s as usize <= offset)
            .saturating_sub(1);
        let start = self.line_starts().get(line).map_or(0, |&s| s as usize);
        let column = self
            .chars_before(offset)
            .saturating_sub(self.chars_before(start))
            + 1;
        LineCol {
            line: line + 1,
            column,
        }
    }

    /// Byte offset of a 1-based line and character column (clamped to the text).
    pub fn offset_of(&self, line: usize, column: usize) -> u32 {
        let Some(&start) = self.line_starts().get(line.saturating_sub(1)) else {
            return self.text.len() as u32;
        };
        let rest = &self.text[start as usize..];
        let within = rest
            .char_indices()
            .nth(column.saturating_sub(1))
            .map_or(rest.len(), |(i, _)| i);
        start + within as u32
    }

    /// Byte range of the 1-based line `line`, without its line break.
    pub fn line_range(&self, line: usize) -> std::ops::Range<usize> {
        let start = self
            .line_starts()
            .get(line.wrapping_sub(1))
            .map_or(self.text.len(), |&s| s as usize);
        let end = self
            .line_starts()
            .get(line)
            .map_or(self.text.len(), |&s| s as usize - 1);
        let end = if end > start && self.text.as_bytes()[end - 1] == b'\r' {
            end - 1
        } else {
            end.max(start)
        };
        start..end
    }

    pub fn line_count(&self) -> usize {
        self.line_starts().len()
    }

    /// The text a span covers (empty when out of range).
    pub fn slice(&self, span: Span) -> &str {
        self.text
            .get(span.start as usize..span.end as usize)
            .unwrap_or("")
    }
}

/// The character checkpoints of a text: see [`Index::checkpoints`].
fn char_checkpoints(text: &str) -> Vec<(u32, u32)> {
    let mut checkpoints = vec![(0, 0)];
    let (mut byte, mut chars) = (0usize, 0usize);
    while byte < text.len() {
        let mut next = (byte + CHECKPOINT).min(text.len());
        while !text.is_char_boundary(next) {
            next += 1;
        }
        chars += text.get(byte..next).map_or(0, |s| s.chars().count());
        byte = next;
        checkpoints.push((byte as u32, chars as u32));
    }
    checkpoints
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_and_columns_count_characters() {
        let file = SourceFile::new("x".into(), "ab\r\nàè: 1\nlast".into());
        assert_eq!(file.line_col(0), LineCol { line: 1, column: 1 });
        assert_eq!(file.line_col(4), LineCol { line: 2, column: 1 });
        // `:` comes after two two-byte characters.
        assert_eq!(file.line_col(8), LineCol { line: 2, column: 3 });
        assert_eq!(file.offset_of(2, 3), 8);
        assert_eq!(&file.text[file.line_range(1)], "ab");
        assert_eq!(&file.text[file.line_range(3)], "last");
        assert_eq!(file.line_col(999), LineCol { line: 3, column: 5 });
    }

    #[test]
    fn columns_of_long_lines_count_characters_across_checkpoints() {
        // Three-byte characters put checkpoints between a character's bytes.
        let line = "€".repeat(3 * CHECKPOINT) + "x";
        let text = format!("a\n{line}\nb");
        let file = SourceFile::new("x".into(), text.clone());
        let x = text.find('x').unwrap() as u32;
        assert_eq!(
            file.line_col(x),
            LineCol {
                line: 2,
                column: 3 * CHECKPOINT + 1
            }
        );
        assert_eq!(file.line_col(x + 2), LineCol { line: 3, column: 1 });
        // Inside a character: the column of that character.
        assert_eq!(file.line_col(3), LineCol { line: 2, column: 1 });
        for offset in (0..text.len()).step_by(97) {
            let mut offset = offset;
            while !text.is_char_boundary(offset) {
                offset -= 1;
            }
            let start = text[..offset].rfind('\n').map_or(0, |i| i + 1);
            let expected = text[start..]
                .char_indices()
                .take_while(|(i, _)| start + i < offset)
                .count();
            assert_eq!(
                file.line_col(offset as u32).column,
                expected + 1,
                "{offset}"
            );
        }
    }
}
