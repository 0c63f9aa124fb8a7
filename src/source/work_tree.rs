//! The git work tree a directory is in, found without running git: what SARIF's
//! artifact locations are relative to, so that code scanning finds the right file.

use std::path::{Path, PathBuf};

/// The nearest ancestor of `dir` (or `dir` itself) holding a `.git` entry, a directory or
/// the file of a linked work tree or submodule; `None` outside any work tree.
pub fn work_tree_root(dir: &Path) -> Option<PathBuf> {
    dir.ancestors()
        .find(|candidate| candidate.join(".git").exists())
        .map(Path::to_path_buf)
}

#[cfg(test)]
mod tests {
    use super::work_tree_root;

    #[test]
    fn finds_the_nearest_work_tree() {
        let dir = tempfile::tempdir().unwrap();
        let inner = dir.path().join("plans/casarano");
        std::fs::create_dir_all(&inner).unwrap();
        assert_ne!(work_tree_root(&inner).as_deref(), Some(dir.path()));
        std::fs::create_dir(dir.path().join(".git")).unwrap();
        assert_eq!(work_tree_root(&inner).as_deref(), Some(dir.path()));
        std::fs::write(inner.join(".git"), "gitdir: elsewhere\n").unwrap();
        assert_eq!(work_tree_root(&inner), Some(inner));
    }
}
