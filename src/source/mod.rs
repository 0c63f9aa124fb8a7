//! Plan files on disk: finding them, reading them, and addressing their text.

mod discover;
mod read;
mod source_file;
mod source_map;

pub use discover::{Discovered, SkipReason, Skipped, discover, is_plan_file};
pub use read::{ReadProblem, decode_text, read_text};
pub use source_file::{LineCol, SourceFile};
pub use source_map::SourceMap;
