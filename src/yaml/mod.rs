//! YAML files to typed file-format structs, keeping every value's location.
//!
//! [`parse`] turns text into a [`Node`] tree from granit-parser's events;
//! [`Decoder`] fills serde types from that tree, collecting every problem it
//! meets instead of stopping at the first.

mod decode;
mod node;
mod parse;
mod resolve;
mod split_amounts;

pub use decode::{Attempt, DecodeProblem, Decoder, Expected, ProblemKind};
pub use node::{Found, Node, NodeKind};
pub use parse::{ParseProblem, ParseProblemKind, parse};
