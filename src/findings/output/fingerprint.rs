//! A finding's fingerprint, for SARIF's `partialFingerprints`: code scanning keeps an
//! alert open, not closed and reopened, when the finding only moved to another line.

use foldhash::HashMap;

/// The key of pdz's fingerprint in `partialFingerprints` (versioned: a change in what it
/// hashes is a new key).
pub const KEY: &str = "pdzFinding/v1";

/// Fingerprints of findings in order, from what does not change when lines move: the
/// code, the file, the message's key and the trimmed text of the finding's line. Equal
/// inputs are told apart by how many came before them.
#[derive(Default)]
pub struct Fingerprints {
    seen: HashMap<u64, u32>,
}

impl Fingerprints {
    /// The fingerprint of the next finding, 16 hexadecimal digits then `:` and its
    /// occurrence (`:1` for the first with these inputs).
    pub fn next(&mut self, parts: &[&str]) -> String {
        let hash = fnv1a(parts);
        let occurrence = self.seen.entry(hash).or_default();
        *occurrence += 1;
        format!("{hash:016x}:{occurrence}")
    }
}

/// 64-bit FNV-1a over the parts, each followed by a zero byte: stable across Rust
/// versions and platforms, unlike the standard library's hasher.
fn fnv1a(parts: &[&str]) -> u64 {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for byte in parts
        .iter()
        .flat_map(|p| p.bytes().chain(std::iter::once(0)))
    {
        hash ^= u64::from(byte);
        hash = hash.wrapping_mul(0x0000_0100_0000_01b3);
    }
    hash
}

#[cfg(test)]
mod tests {
    use super::{Fingerprints, fnv1a};

    #[test]
    fn fnv1a_is_the_published_function() {
        // FNV-1a 64 of the bytes `a`, 0 (FNV-1a of `a` alone is af63dc4c8601ec8c).
        assert_eq!(fnv1a(&["a"]), 0x089b_e207_b544_f1e4);
        assert_ne!(fnv1a(&["a", "b"]), fnv1a(&["ab"]));
    }

    #[test]
    fn equal_inputs_are_numbered() {
        let mut prints = Fingerprints::default();
        let first = prints.next(&["schema", "plan.yaml", "k", "amount: 1"]);
        let second = prints.next(&["schema", "plan.yaml", "k", "amount: 1"]);
        assert!(first.ends_with(":1") && second.ends_with(":2"));
        assert_eq!(first[..16], second[..16]);
        assert_eq!(first.len(), 18);
    }
}
