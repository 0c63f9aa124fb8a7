//! Plan files on disk or in a git revision: finding them, reading them, and addressing
//! their text.

mod discover;
mod git;
mod read;
mod source_file;
mod source_map;
mod work_tree;

pub use discover::{
    Discovered, SkipReason, Skipped, discover, is_nearly_plan_file, is_plan_file, plan_roots,
};
pub use git::{
    GitProblem, RevisionFile, RevisionPath, RevisionRead, read_revision, read_revision_in,
};
pub use read::{ReadProblem, decode_text, read_text};
pub use source_file::{LineCol, SourceFile};
pub use source_map::SourceMap;
pub use work_tree::work_tree_root;
