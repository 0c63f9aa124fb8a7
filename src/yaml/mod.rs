//! YAML files to typed file-format structs, keeping every value's location.
//!
//! The [`reader`] turns text into located items from granit-parser's events, under pdz's
//! limits; [`decode`] fills serde types from those items as they come, collecting every
//! problem it meets instead of stopping at the first. No tree of the document is built.

mod decode;
mod item;
mod parse_problem;
mod reader;
mod resolve;
mod split_amounts;
mod stream;

pub use decode::{Attempt, DecodeProblem, Decoded, Expected, ProblemKind, decode};
pub use item::Found;
pub use parse_problem::{ParseProblem, ParseProblemKind};
