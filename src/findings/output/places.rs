//! Where each finding of a plan points, worked out once from the plan's sources: file,
//! line and column, and the text that fingerprints the finding. The machine formats read
//! these, so a command that checks many plans keeps each plan's places, not its sources.

use foldhash::HashMap;

use crate::findings::Finding;
use crate::model::Span;
use crate::source::{LineCol, SourceMap};

/// The places of a plan's findings.
#[derive(Debug, Default)]
pub struct Places {
    /// `None` for a span of no file.
    places: HashMap<Span, Option<Place>>,
}

/// One place, resolved.
#[derive(Clone, Debug)]
pub struct Place {
    /// The file's path as findings show it.
    pub file: String,
    pub start: LineCol,
    pub end: LineCol,
    /// What identifies the place across line moves: its line's text, trimmed (for a line
    /// longer than [`MAX_LINE`] bytes, the place's own text), at most [`MAX_LINE`] bytes.
    pub line_text: String,
}

/// Bytes of a line that stand for it in a fingerprint.
const MAX_LINE: usize = 512;

impl Places {
    /// The places of every label of `findings`.
    pub fn of(findings: &[Finding], sources: &SourceMap) -> Places {
        let mut places = HashMap::default();
        let labels = findings
            .iter()
            .flat_map(|f| std::iter::once(&f.primary).chain(&f.secondary));
        for label in labels {
            places
                .entry(label.span)
                .or_insert_with(|| resolve(label.span, sources));
        }
        Places { places }
    }

    /// The place of a span of these findings; `None` for a span of no file.
    pub fn get(&self, span: Span) -> Option<&Place> {
        self.places.get(&span)?.as_ref()
    }

    /// The text of a span's line, trimmed (what fingerprints are made of); empty for a span
    /// of no file.
    pub fn line_text(&self, span: Span) -> &str {
        self.get(span).map_or("", |place| place.line_text.as_str())
    }
}

fn resolve(span: Span, sources: &SourceMap) -> Option<Place> {
    let (file, start, end) = sources.locate(span)?;
    let line = file.text.get(file.line_range(start.line)).unwrap_or("");
    // A long line (a one-line file of megabytes) is stood for by the span's text.
    let text = if line.len() > MAX_LINE {
        file.slice(span)
    } else {
        line
    };
    Some(Place {
        file: file.path.display().to_string(),
        start,
        end,
        line_text: prefix(text.trim(), MAX_LINE).to_string(),
    })
}

/// At most `max` bytes of `text`, cut at a character boundary.
fn prefix(text: &str, max: usize) -> &str {
    let mut end = text.len().min(max);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    &text[..end]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::source::SourceFile;

    fn place_of(text: &str, start: u32, end: u32) -> Place {
        let mut sources = SourceMap::new();
        let file = sources.add(SourceFile::new("piano.yaml".into(), text.to_string()));
        resolve(Span { file, start, end }, &sources).expect("a place in the file")
    }

    #[test]
    fn a_place_is_fingerprinted_by_its_line_trimmed() {
        let place = place_of("areas:\n  - id: casa   \n", 11, 15);
        assert_eq!((place.start.line, place.start.column), (2, 5));
        assert_eq!(place.line_text, "- id: casa");
    }

    #[test]
    fn a_long_line_is_stood_for_by_the_place_itself() {
        let line = format!("x: [{}]", "1, ".repeat(400));
        let place = place_of(&line, 4, 5);
        assert_eq!(place.line_text, "1");
    }

    #[test]
    fn a_prefix_is_cut_at_a_character_boundary() {
        assert_eq!(prefix("àè", 3), "à");
        assert_eq!(prefix("àè", 4), "àè");
        assert_eq!(prefix("abc", 512), "abc");
    }
}
