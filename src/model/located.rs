//! Where a value came from: a byte range in one of the plan's source files.

/// Index of a source file in the plan's [`crate::source::SourceMap`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct FileId(pub u32);

/// A byte range in a source file. Line and column are computed from it when a
/// finding is shown, so the model stays independent of any file format.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Span {
    pub file: FileId,
    pub start: u32,
    pub end: u32,
}

impl Span {
    /// A span covering `start..end` of `file`.
    pub fn new(file: FileId, start: u32, end: u32) -> Self {
        Span {
            file,
            start,
            end: end.max(start),
        }
    }

    /// The empty span at the start of `file`, for findings about a whole file.
    pub fn file_start(file: FileId) -> Self {
        Span::new(file, 0, 0)
    }
}

/// A value together with the place it was written.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Located<T> {
    pub value: T,
    pub span: Span,
}

impl<T> Located<T> {
    pub fn new(value: T, span: Span) -> Self {
        Located { value, span }
    }

    /// Applies `f` to the value, keeping the location.
    pub fn map<U>(self, f: impl FnOnce(T) -> U) -> Located<U> {
        Located::new(f(self.value), self.span)
    }

    pub fn as_ref(&self) -> Located<&T> {
        Located::new(&self.value, self.span)
    }
}

impl<T> std::ops::Deref for Located<T> {
    type Target = T;
    fn deref(&self) -> &T {
        &self.value
    }
}
