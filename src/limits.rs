//! Resource limits: what pdz refuses to read, so that no input can exhaust it.
//!
//! Every limit is reported as a `resource-limit` finding at the place it was
//! exceeded. They are far above what a real plan needs: the largest real plans
//! are well under 1 MB, with nesting depth under 10.

/// Largest single plan file: 32 MiB (a 10 MB file of 30,000 interventions loads).
pub const MAX_FILE_BYTES: u64 = 32 * 1024 * 1024;

/// Largest plan, all its files together: 256 MiB.
pub const MAX_PLAN_BYTES: u64 = 256 * 1024 * 1024;

/// Most files read for one plan.
pub const MAX_FILES: usize = 10_000;

/// Deepest folder of a plan, counted from the plan's own folder (`interventions/` is 1).
pub const MAX_FOLDER_DEPTH: usize = 16;

/// Largest population of one comune: above Rome's (about 2.8 million) with a wide
/// margin, and small enough that the sums of 500 comuni cannot overflow.
pub const MAX_POPULATION: u64 = 10_000_000;

/// Deepest nesting of lists and mappings in a file.
pub const MAX_DEPTH: usize = 64;

/// Longest single text value (a name, a description): 64 KiB.
pub const MAX_SCALAR_BYTES: usize = 64 * 1024;

/// Longest plan period, in years: reports have a column per plan year.
pub const MAX_PERIOD_YEARS: u16 = 10;

/// Most comuni in an ambito.
pub const MAX_COMUNI: usize = 500;

/// Most fund allocations in a plan. With the comuni, they bound the comuni report,
/// which has a row per comune and a column per allocation split by population.
pub const MAX_ALLOCATIONS: usize = 2_000;

/// Most YAML nodes (values, lists, mappings) in a file of `len` bytes:
/// one per four bytes, plus a margin, so a denser file is an alias bomb.
pub fn max_nodes(len: usize) -> usize {
    10_000 + len / 4
}

/// Most nodes produced by expanding aliases in a file of `len` bytes.
pub fn max_alias_expansion(len: usize) -> usize {
    10_000 + len / 4
}
