//! All the source files of a check run, addressed by [`FileId`].

use super::{LineCol, SourceFile};
use crate::model::{FileId, Span};

/// The files pdz read, so that findings can show their lines.
#[derive(Clone, Debug, Default)]
pub struct SourceMap {
    files: Vec<SourceFile>,
}

impl SourceMap {
    pub fn new() -> Self {
        SourceMap::default()
    }

    /// Adds a file and returns its id.
    pub fn add(&mut self, file: SourceFile) -> FileId {
        self.files.push(file);
        FileId(self.files.len() as u32 - 1)
    }

    pub fn get(&self, id: FileId) -> Option<&SourceFile> {
        self.files.get(id.0 as usize)
    }

    pub fn files(&self) -> impl Iterator<Item = (FileId, &SourceFile)> {
        self.files
            .iter()
            .enumerate()
            .map(|(i, f)| (FileId(i as u32), f))
    }

    /// `file:line:column` of a span's start; empty for a span of no file.
    pub fn place(&self, span: Span) -> String {
        match self.locate(span) {
            Some((file, start, _)) => {
                format!("{}:{}:{}", file.path.display(), start.line, start.column)
            }
            None => String::new(),
        }
    }

    /// Path, start and end (line and column) of a span.
    pub fn locate(&self, span: Span) -> Option<(&SourceFile, LineCol, LineCol)> {
        let file = self.get(span.file)?;
        Some((file, file.line_col(span.start), file.line_col(span.end)))
    }
}
