//! Finding the files of a plan: a single file, or every `*.yaml`/`*.yml` below a directory.

use foldhash::HashSet;
use std::path::{Path, PathBuf};

use crate::limits;

/// The plan files found under a path, in sorted order, and what was skipped.
#[derive(Debug, Default)]
pub struct Discovered {
    pub files: Vec<PathBuf>,
    pub skipped: Vec<Skipped>,
}

/// A path that was not read, and why.
#[derive(Debug)]
pub struct Skipped {
    pub path: PathBuf,
    pub reason: SkipReason,
}

#[derive(Debug)]
pub enum SkipReason {
    /// A symbolic link to something outside the plan directory.
    LinkOutside,
    /// A symbolic link that loops or leads nowhere.
    BrokenLink,
    /// A directory that could not be listed.
    Unreadable(std::io::Error),
    /// More files than [`limits::MAX_FILES`].
    TooManyFiles,
    /// A YAML-named entry that is not a regular file (a pipe, a socket, a device).
    NotAFile,
    /// A folder deeper than [`limits::MAX_FOLDER_DEPTH`] below the plan's folder.
    TooDeep,
    /// The plan's folder itself is a symbolic link out of the folder it was named in.
    RootOutside,
    /// A file named almost like a plan file (`funds.yaml.txt`, `plan.yml.bak`,
    /// `staff.yaml~`, `areas.yam`), not read: perhaps it was meant to be.
    NearlyPlanFile,
}

/// Lists the plan files at `root`. Fails only when `root` itself cannot be read.
///
/// Hidden entries (names starting with `.`) are skipped; symbolic links are
/// followed only when they stay inside `root`, and each directory is read once. A
/// `root` that is a symbolic link out of the folder it is named in is not read: a pull
/// request cannot point a plan, or a region's sub-folder, at the rest of the disk.
pub fn discover(root: &Path) -> std::io::Result<Discovered> {
    let metadata = std::fs::metadata(root)?;
    let mut found = Discovered::default();
    if leaves_its_folder(root) {
        found.skipped.push(Skipped {
            path: root.to_path_buf(),
            reason: SkipReason::RootOutside,
        });
        return Ok(found);
    }
    if !metadata.is_dir() {
        if metadata.is_file() {
            found.files.push(root.to_path_buf());
        } else {
            found.skipped.push(Skipped {
                path: root.to_path_buf(),
                reason: SkipReason::NotAFile,
            });
        }
        return Ok(found);
    }
    let canonical_root = root.canonicalize()?;
    let mut walk = Walk {
        root: &canonical_root,
        visited: HashSet::from_iter([canonical_root.clone()]),
        found,
    };
    walk.directory(root, 0);
    walk.found.files.sort();
    if walk.found.files.len() > limits::MAX_FILES {
        walk.found.files.truncate(limits::MAX_FILES);
        walk.found.skipped.push(Skipped {
            path: root.to_path_buf(),
            reason: SkipReason::TooManyFiles,
        });
    }
    Ok(walk.found)
}

struct Walk<'a> {
    root: &'a Path,
    visited: HashSet<PathBuf>,
    found: Discovered,
}

impl Walk<'_> {
    fn directory(&mut self, dir: &Path, depth: usize) {
        if depth > limits::MAX_FOLDER_DEPTH {
            return self.skip(dir, SkipReason::TooDeep);
        }
        let entries = match std::fs::read_dir(dir) {
            Ok(entries) => entries,
            Err(error) => return self.skip(dir, SkipReason::Unreadable(error)),
        };
        let mut paths: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
        paths.sort();
        for path in paths {
            if self.found.files.len() > limits::MAX_FILES {
                return;
            }
            let hidden = path
                .file_name()
                .is_some_and(|n| n.to_string_lossy().starts_with('.'));
            if !hidden {
                self.entry(path, depth);
            }
        }
    }

    fn entry(&mut self, path: PathBuf, depth: usize) {
        let Ok(link_metadata) = std::fs::symlink_metadata(&path) else {
            return self.skip(&path, SkipReason::BrokenLink);
        };
        let metadata = if link_metadata.file_type().is_symlink() {
            match (path.canonicalize(), std::fs::metadata(&path)) {
                (Ok(target), Ok(metadata)) if target.starts_with(self.root) => metadata,
                (Ok(_), Ok(_)) => return self.skip(&path, SkipReason::LinkOutside),
                _ => return self.skip(&path, SkipReason::BrokenLink),
            }
        } else {
            link_metadata
        };
        if metadata.is_dir() {
            // Each real directory once: a link back up the tree is not a loop forever.
            if let Ok(real) = path.canonicalize()
                && self.visited.insert(real)
            {
                self.directory(&path, depth + 1);
            }
        } else if is_plan_file(&path) {
            if metadata.is_file() {
                self.found.files.push(path);
            } else {
                self.skip(&path, SkipReason::NotAFile);
            }
        } else if is_nearly_plan_file(&path) {
            self.skip(&path, SkipReason::NearlyPlanFile);
        }
    }

    fn skip(&mut self, path: &Path, reason: SkipReason) {
        self.found.skipped.push(Skipped {
            path: path.to_path_buf(),
            reason,
        });
    }
}

/// Whether `path` is a symbolic link whose target is not inside the folder the link is
/// in (`plans/x -> /`, `regione/ambito -> ../../..`).
fn leaves_its_folder(path: &Path) -> bool {
    let is_link = std::fs::symlink_metadata(path).is_ok_and(|m| m.file_type().is_symlink());
    if !is_link {
        return false;
    }
    let folder = match path.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent,
        _ => Path::new("."),
    };
    match (path.canonicalize(), folder.canonicalize()) {
        (Ok(target), Ok(folder)) => !target.starts_with(folder),
        _ => true,
    }
}

/// Whether a path names a YAML file (`.yaml` or `.yml`, any case).
pub fn is_plan_file(path: &Path) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| e.eq_ignore_ascii_case("yaml") || e.eq_ignore_ascii_case("yml"))
}

/// Whether a file that is not read looks as if it was meant to be a plan file: `.yaml`
/// or `.yml` followed by another extension or a `~`, or the extension `yam`.
pub fn is_nearly_plan_file(path: &Path) -> bool {
    let Some(name) = path
        .file_name()
        .map(|n| n.to_string_lossy().to_ascii_lowercase())
    else {
        return false;
    };
    !is_plan_file(path)
        && (name.contains(".yaml.")
            || name.contains(".yml.")
            || name.ends_with(".yaml~")
            || name.ends_with(".yml~")
            || name.ends_with(".yam"))
}

/// The plans a path names, for commands that read many: the path itself when it is a
/// file or holds plan files at its top, else each visible subfolder (sorted) that does.
pub fn plan_roots(path: &Path) -> std::io::Result<Vec<PathBuf>> {
    if !std::fs::metadata(path)?.is_dir() || holds_plan_files(path)? {
        return Ok(vec![path.to_path_buf()]);
    }
    let mut plans = Vec::new();
    for entry in std::fs::read_dir(path)? {
        let sub = entry?.path();
        let hidden = sub
            .file_name()
            .is_some_and(|n| n.to_string_lossy().starts_with('.'));
        // A sub-folder that is a link out of the region is kept: loading it says so.
        let found = if !hidden && sub.is_dir() {
            Some(discover(&sub)?)
        } else {
            None
        };
        let is_plan = found.is_some_and(|f| {
            !f.files.is_empty()
                || f.skipped
                    .iter()
                    .any(|s| matches!(s.reason, SkipReason::RootOutside))
        });
        if is_plan {
            plans.push(sub);
        }
    }
    plans.sort();
    Ok(plans)
}

/// Whether a directory has plan files directly in it.
fn holds_plan_files(dir: &Path) -> std::io::Result<bool> {
    for entry in std::fs::read_dir(dir)? {
        let path = entry?.path();
        if is_plan_file(&path) && path.is_file() {
            return Ok(true);
        }
    }
    Ok(false)
}
