//! Reading a plan from a git revision (`REV:PATH`) with the `git` command, without
//! touching the working tree: what `pdz diff main:plans/x HEAD:plans/x` compares.

mod cat_file;
mod links;
mod tree;

use foldhash::{HashMap, HashMapExt};
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use super::discover::{SkipReason, Skipped, is_nearly_plan_file, is_plan_file};
use super::read::{ReadProblem, decode_text};
use crate::limits;
use links::{Resolved, Tree};
use tree::Entry;

/// Why a revision's plan could not be read.
#[derive(Debug)]
pub enum GitProblem {
    /// The `git` program could not be started.
    NoGit(std::io::Error),
    /// The current directory is not in a git repository.
    NotARepository,
    /// The revision does not name a commit.
    UnknownRevision,
    /// The path does not exist at that revision.
    NotInRevision,
    /// The path exists but holds no `*.yaml`/`*.yml` file.
    NoPlanFiles,
    /// git failed otherwise: what it said.
    Failed(String),
}

/// A plan path at a revision: `main:plans/casarano`, `HEAD~1:.`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RevisionPath {
    pub revision: String,
    pub path: PathBuf,
}

impl RevisionPath {
    /// Splits `REV:PATH` at its first colon; `None` without one or with an empty revision.
    pub fn parse(spec: &str) -> Option<RevisionPath> {
        let (revision, path) = spec.split_once(':')?;
        if revision.is_empty() {
            return None;
        }
        Some(RevisionPath {
            revision: revision.to_string(),
            path: PathBuf::from(if path.is_empty() { "." } else { path }),
        })
    }
}

impl std::fmt::Display for RevisionPath {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}:{}", self.revision, self.path.display())
    }
}

/// One file of the plan at the revision: its name as shown (`REV:path/from/root.yaml`)
/// and its text, or why it could not be read.
pub type RevisionFile = (PathBuf, Result<String, ReadProblem>);

/// A plan read at a revision: its files, and what was not read and why (the same
/// findings as on disk: links out of the plan, broken links, submodules, too many files).
#[derive(Debug, Default)]
pub struct RevisionRead {
    /// The plan's folder named as its files are: `REV:` and its path from the repository's
    /// root (`HEAD:plans/x` for `HEAD:x` asked in `plans/`, or `HEAD:.` in `plans/x`).
    pub root: PathBuf,
    pub files: Vec<RevisionFile>,
    pub skipped: Vec<Skipped>,
}

/// Reads the plan files under `spec.path` at `spec.revision` from the repository of the
/// current directory: see [`read_revision_in`].
pub fn read_revision(spec: &RevisionPath) -> Result<RevisionRead, GitProblem> {
    read_revision_in(Path::new("."), spec)
}

/// Reads the plan files under `spec.path` at `spec.revision`, in sorted order, from the
/// repository of `dir`. Files are listed with their object ids (`git ls-tree -z -l`) and
/// read by those ids, so that any name, a newline in it or not UTF-8, reads its own file.
/// Files are read until their sizes pass [`limits::MAX_PLAN_BYTES`]; larger files are not
/// read. A symbolic link is followed while it stays in the plan, as on disk; a submodule
/// is not a file.
pub fn read_revision_in(dir: &Path, spec: &RevisionPath) -> Result<RevisionRead, GitProblem> {
    let commit = rev_parse(dir, &spec.revision)?;
    let path = spec.path.to_string_lossy();
    let listing = git(
        dir,
        &[
            "ls-tree",
            "-r",
            "-z",
            "-l",
            "--full-name",
            &commit,
            "--",
            &path,
        ],
    )?;
    let all = tree::parse_listing(&listing)
        .ok_or_else(|| GitProblem::Failed("git ls-tree: unexpected listing".to_string()))?;
    if all.is_empty() {
        return Err(GitProblem::NotInRevision);
    }
    let prefix = git(dir, &["rev-parse", "--show-prefix"])?;
    let root = plan_root(&prefix, &spec.path);
    let tree_root = root.clone();
    let visible: Vec<&Entry> = all
        .iter()
        .filter(|e| !is_hidden(&String::from_utf8_lossy(&e.name)))
        .collect();
    let link_oids: Vec<&str> = visible
        .iter()
        .filter(|e| e.is_link())
        .map(|e| e.oid.as_str())
        .collect();
    let link_blobs = cat_file::read_blobs(dir, &link_oids)?;
    let targets = visible
        .iter()
        .filter(|e| e.is_link())
        .filter_map(|e| Some((e.name.as_slice(), link_blobs.get(&e.oid)?.clone())))
        .collect();
    let tree = Tree::new(root, &all, targets);

    let shown = |name: &[u8]| {
        PathBuf::from(format!(
            "{}:{}",
            spec.revision,
            String::from_utf8_lossy(name)
        ))
    };
    let mut read = RevisionRead {
        root: PathBuf::from(format!(
            "{}:{}",
            spec.revision,
            String::from_utf8_lossy(&tree_root)
        )),
        ..RevisionRead::default()
    };
    let mut entries: Vec<(String, Entry)> = Vec::new();
    let mut too_deep = BTreeSet::new();
    for entry in visible {
        if let Some(folder) = too_deep_folder(&tree_root, &entry.name) {
            too_deep.insert(folder);
            continue;
        }
        let name = String::from_utf8_lossy(&entry.name).into_owned();
        let plan_file = is_plan_file(Path::new(&name));
        let skip = |reason| Skipped {
            path: shown(&entry.name),
            reason,
        };
        if entry.is_link() {
            match tree.resolve(&entry.name) {
                Resolved::File(target) if plan_file => entries.push((
                    name,
                    Entry {
                        name: entry.name.clone(),
                        ..target.clone()
                    },
                )),
                Resolved::File(_) | Resolved::Folder => {}
                Resolved::Outside => read.skipped.push(skip(SkipReason::LinkOutside)),
                Resolved::Broken => read.skipped.push(skip(SkipReason::BrokenLink)),
            }
        } else if plan_file && entry.is_blob() {
            entries.push((name, entry.clone()));
        } else if plan_file {
            read.skipped.push(skip(SkipReason::NotAFile));
        } else if is_nearly_plan_file(Path::new(&name)) {
            read.skipped.push(skip(SkipReason::NearlyPlanFile));
        }
    }
    read.skipped
        .extend(too_deep.into_iter().map(|folder| Skipped {
            path: shown(folder),
            reason: SkipReason::TooDeep,
        }));
    if entries.is_empty() && read.skipped.is_empty() {
        return Err(GitProblem::NoPlanFiles);
    }
    entries.sort_by(|a, b| a.1.name.cmp(&b.1.name));
    if entries.len() > limits::MAX_FILES {
        entries.truncate(limits::MAX_FILES);
        read.skipped.push(Skipped {
            path: PathBuf::from(spec.to_string()),
            reason: SkipReason::TooManyFiles,
        });
    }
    let planned = plan_reads(entries);
    let wanted: Vec<&str> = planned
        .iter()
        .filter(|p| p.read)
        .map(|p| p.oid.as_str())
        .collect();
    let mut blobs = cat_file::read_blobs(dir, &wanted)?;
    let mut uses: HashMap<&str, usize> = HashMap::new();
    for oid in &wanted {
        *uses.entry(oid).or_default() += 1;
    }
    for file in &planned {
        let shown = PathBuf::from(format!("{}:{}", spec.revision, file.name));
        if !file.read {
            read.files
                .push((shown, Err(ReadProblem::TooLarge { bytes: file.size })));
            continue;
        }
        // The last file with this content takes it; the others get a copy.
        let left = uses.entry(file.oid.as_str()).or_default();
        *left = left.saturating_sub(1);
        let bytes = if *left == 0 {
            blobs.remove(&file.oid)
        } else {
            blobs.get(&file.oid).cloned()
        };
        let bytes = bytes.ok_or_else(|| GitProblem::Failed(format!("{}: not read", file.oid)))?;
        read.files.push((shown, decode_text(bytes)));
    }
    Ok(read)
}

/// The folder deeper than [`limits::MAX_FOLDER_DEPTH`] below `root` that `name` is in,
/// if any: the first one the walk on disk would not read.
fn too_deep_folder<'a>(root: &[u8], name: &'a [u8]) -> Option<&'a [u8]> {
    let skip = if root.is_empty() { 0 } else { root.len() + 1 };
    let relative = name.get(skip..)?;
    let slashes: Vec<usize> = relative
        .iter()
        .enumerate()
        .filter(|(_, b)| **b == b'/')
        .map(|(at, _)| at)
        .collect();
    let end = *slashes.get(limits::MAX_FOLDER_DEPTH)?;
    Some(&name[..skip + end])
}

/// The plan's folder from the repository's root: the current directory's `prefix`
/// (what `git rev-parse --show-prefix` says) and `path`, with `.` and `..` worked out.
fn plan_root(prefix: &[u8], path: &Path) -> Vec<u8> {
    let prefix = String::from_utf8_lossy(prefix);
    let mut parts: Vec<String> = prefix
        .trim_end_matches('\n')
        .split('/')
        .filter(|p| !p.is_empty())
        .map(str::to_owned)
        .collect();
    for part in path.to_string_lossy().split('/') {
        match part {
            "" | "." => {}
            ".." => {
                parts.pop();
            }
            part => parts.push(part.to_owned()),
        }
    }
    parts.join("/").into_bytes()
}

/// A plan file of the listing and whether it is read: not if larger than
/// [`limits::MAX_FILE_BYTES`].
struct Planned {
    name: String,
    oid: String,
    size: u64,
    read: bool,
}

/// The files to report, in order: every file up to the one whose size takes the plan
/// past [`limits::MAX_PLAN_BYTES`] (the loader reports that limit), too large ones
/// included as not read.
fn plan_reads(entries: Vec<(String, Entry)>) -> Vec<Planned> {
    let mut planned = Vec::new();
    let mut total: u64 = 0;
    for (name, entry) in entries {
        let size = entry.size.unwrap_or(0);
        let read = size <= limits::MAX_FILE_BYTES;
        planned.push(Planned {
            name,
            oid: entry.oid,
            size,
            read,
        });
        if read {
            total = total.saturating_add(size);
            if total > limits::MAX_PLAN_BYTES {
                break;
            }
        }
    }
    planned
}

/// The commit a revision names.
fn rev_parse(dir: &Path, revision: &str) -> Result<String, GitProblem> {
    if revision.starts_with('-') {
        return Err(GitProblem::UnknownRevision);
    }
    let output = Command::new("git")
        .args(["rev-parse", "--verify", "--quiet", "--end-of-options"])
        .arg(format!("{revision}^{{commit}}"))
        .current_dir(dir)
        .stdin(Stdio::null())
        .output()
        .map_err(GitProblem::NoGit)?;
    if output.status.success() {
        return Ok(String::from_utf8_lossy(&output.stdout).trim().to_string());
    }
    let inside = Command::new("git")
        .args(["rev-parse", "--is-inside-work-tree"])
        .current_dir(dir)
        .stdin(Stdio::null())
        .stderr(Stdio::null())
        .output()
        .map_err(GitProblem::NoGit)?;
    Err(if inside.status.success() {
        GitProblem::UnknownRevision
    } else {
        GitProblem::NotARepository
    })
}

/// Runs git in `dir` and returns its standard output, or what it said on failure.
fn git(dir: &Path, args: &[&str]) -> Result<Vec<u8>, GitProblem> {
    let output = Command::new("git")
        .args(args)
        .current_dir(dir)
        .stdin(Stdio::null())
        .output()
        .map_err(GitProblem::NoGit)?;
    if output.status.success() {
        Ok(output.stdout)
    } else {
        Err(GitProblem::Failed(last_line(&output.stderr)))
    }
}

/// The last line git wrote on standard error that is not blank.
pub(super) fn last_line(stderr: &[u8]) -> String {
    String::from_utf8_lossy(stderr)
        .lines()
        .rev()
        .find(|l| !l.trim().is_empty())
        .unwrap_or_default()
        .to_string()
}

/// Hidden files and folders are not plan files, as on disk.
fn is_hidden(name: &str) -> bool {
    name.split('/').any(|part| part.starts_with('.'))
}
