//! Symbolic links at a revision, resolved inside the tree the way the folder walk
//! resolves them on disk: followed while they stay in the plan, refused when they
//! leave it, reported when they lead nowhere.

use foldhash::{HashMap, HashSet};

use super::tree::Entry;

/// Links followed one after another before a chain is taken for a loop (as git's own).
const MAX_HOPS: usize = 40;

/// What a symbolic link at a revision leads to.
#[derive(Debug, PartialEq, Eq)]
pub enum Resolved<'a> {
    /// A file of the plan.
    File(&'a Entry),
    /// A folder of the plan: its files are read under their own names.
    Folder,
    /// A path outside the plan (or an absolute one).
    Outside,
    /// Nothing, a loop, or what is not a file (a submodule).
    Broken,
}

/// The tree of a plan at a revision: its entries by name, the target of each link.
pub struct Tree<'a> {
    /// The plan's folder from the repository's root, without a trailing `/` (empty
    /// for the root itself).
    root: Vec<u8>,
    by_name: HashMap<&'a [u8], &'a Entry>,
    folders: HashSet<&'a [u8]>,
    targets: HashMap<&'a [u8], Vec<u8>>,
}

impl<'a> Tree<'a> {
    /// The tree of `entries` under `root`, with the target each link holds.
    pub fn new(
        root: Vec<u8>,
        entries: &'a [Entry],
        targets: HashMap<&'a [u8], Vec<u8>>,
    ) -> Tree<'a> {
        let folders = entries
            .iter()
            .flat_map(|e| {
                e.name
                    .iter()
                    .enumerate()
                    .filter(|(_, b)| **b == b'/')
                    .map(|(at, _)| &e.name[..at])
            })
            .collect();
        Tree {
            root,
            by_name: entries.iter().map(|e| (e.name.as_slice(), e)).collect(),
            folders,
            targets,
        }
    }

    /// Where the link named `name` leads.
    pub fn resolve(&self, name: &[u8]) -> Resolved<'a> {
        let mut name = name.to_vec();
        for _ in 0..MAX_HOPS {
            let Some(target) = self.targets.get(name.as_slice()) else {
                return Resolved::Broken;
            };
            let Some(path) = joined(parent(&name), target) else {
                return Resolved::Outside;
            };
            if !self.within(&path) {
                return Resolved::Outside;
            }
            match self.by_name.get(path.as_slice()) {
                Some(entry) if entry.is_link() => name = path,
                Some(entry) if entry.is_blob() => return Resolved::File(entry),
                Some(_) => return Resolved::Broken,
                None if self.is_folder(&path) => return Resolved::Folder,
                None => return Resolved::Broken,
            }
        }
        Resolved::Broken
    }

    fn within(&self, path: &[u8]) -> bool {
        self.root.is_empty()
            || path == self.root.as_slice()
            || (path.starts_with(&self.root) && path.get(self.root.len()) == Some(&b'/'))
    }

    fn is_folder(&self, path: &[u8]) -> bool {
        path.is_empty() || self.folders.contains(path)
    }
}

/// The folder a name is in (empty at the root).
fn parent(name: &[u8]) -> &[u8] {
    name.iter()
        .rposition(|b| *b == b'/')
        .map_or(&[][..], |slash| &name[..slash])
}

/// `target` taken from `dir`, with `.` and `..` worked out; `None` when it is absolute
/// or climbs above the repository's root.
fn joined(dir: &[u8], target: &[u8]) -> Option<Vec<u8>> {
    if target.starts_with(b"/") {
        return None;
    }
    let mut parts: Vec<&[u8]> = dir
        .split(|b| *b == b'/')
        .filter(|p| !p.is_empty())
        .collect();
    for part in target.split(|b| *b == b'/') {
        match part {
            b"" | b"." => {}
            b".." => {
                parts.pop()?;
            }
            part => parts.push(part),
        }
    }
    Some(parts.join(&b'/'))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(mode: &str, name: &str) -> Entry {
        Entry {
            mode: mode.into(),
            kind: if mode == "160000" { "commit" } else { "blob" }.into(),
            oid: "0".repeat(40),
            size: Some(1),
            name: name.as_bytes().to_vec(),
        }
    }

    #[test]
    fn links_are_followed_inside_the_plan_and_refused_outside() {
        let entries = [
            entry("100644", "plans/x/funds.yaml"),
            entry("100644", "plans/x/sub/a.yaml"),
            entry("120000", "plans/x/in.yaml"),
            entry("120000", "plans/x/chain.yaml"),
            entry("120000", "plans/x/out.yaml"),
            entry("120000", "plans/x/abs.yaml"),
            entry("120000", "plans/x/loop.yaml"),
            entry("120000", "plans/x/dir"),
            entry("120000", "plans/x/none.yaml"),
            entry("160000", "plans/x/module.yaml"),
            entry("120000", "plans/x/to-module.yaml"),
        ];
        let targets = [
            ("plans/x/in.yaml", "sub/../funds.yaml"),
            ("plans/x/chain.yaml", "./in.yaml"),
            ("plans/x/out.yaml", "../y/plan.yaml"),
            ("plans/x/abs.yaml", "/etc/passwd"),
            ("plans/x/loop.yaml", "loop.yaml"),
            ("plans/x/dir", "sub"),
            ("plans/x/none.yaml", "missing.yaml"),
            ("plans/x/to-module.yaml", "module.yaml"),
        ];
        let targets = targets
            .iter()
            .map(|(n, t)| (n.as_bytes(), t.as_bytes().to_vec()))
            .collect();
        let tree = Tree::new(b"plans/x".to_vec(), &entries, targets);
        let resolve = |name: &str| tree.resolve(name.as_bytes());
        assert_eq!(resolve("plans/x/in.yaml"), Resolved::File(&entries[0]));
        assert_eq!(resolve("plans/x/chain.yaml"), Resolved::File(&entries[0]));
        assert_eq!(resolve("plans/x/out.yaml"), Resolved::Outside);
        assert_eq!(resolve("plans/x/abs.yaml"), Resolved::Outside);
        assert_eq!(resolve("plans/x/loop.yaml"), Resolved::Broken);
        assert_eq!(resolve("plans/x/dir"), Resolved::Folder);
        assert_eq!(resolve("plans/x/none.yaml"), Resolved::Broken);
        assert_eq!(resolve("plans/x/to-module.yaml"), Resolved::Broken);
        assert_eq!(joined(b"a", b"../../b"), None);
    }
}
