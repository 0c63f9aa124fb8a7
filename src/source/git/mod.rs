//! Reading a plan from a git revision (`REV:PATH`) with the `git` command, without
//! touching the working tree: what `pdz diff main:plans/x HEAD:plans/x` compares.

mod cat_file;
mod tree;

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use super::discover::is_plan_file;
use super::read::{ReadProblem, decode_text};
use crate::limits;
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

/// Reads the plan files under `spec.path` at `spec.revision` from the repository of the
/// current directory: see [`read_revision_in`].
pub fn read_revision(spec: &RevisionPath) -> Result<Vec<RevisionFile>, GitProblem> {
    read_revision_in(Path::new("."), spec)
}

/// Reads the plan files under `spec.path` at `spec.revision`, in sorted order, from the
/// repository of `dir`. Files are listed with their object ids (`git ls-tree -z -l`) and
/// read by those ids, so that any name, a newline in it or not UTF-8, reads its own file.
/// Files are read until their sizes pass [`limits::MAX_PLAN_BYTES`]; larger files are not
/// read. Entries that are not blobs (submodules) are not files.
pub fn read_revision_in(dir: &Path, spec: &RevisionPath) -> Result<Vec<RevisionFile>, GitProblem> {
    let commit = rev_parse(dir, &spec.revision)?;
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
            &spec.path.to_string_lossy(),
        ],
    )?;
    let all = tree::parse_listing(&listing)
        .ok_or_else(|| GitProblem::Failed("git ls-tree: unexpected listing".to_string()))?;
    if all.is_empty() {
        return Err(GitProblem::NotInRevision);
    }
    let mut entries: Vec<(String, Entry)> = all
        .into_iter()
        .filter(Entry::is_blob)
        .map(|entry| (String::from_utf8_lossy(&entry.name).into_owned(), entry))
        .filter(|(name, _)| is_plan_file(Path::new(name)) && !is_hidden(name))
        .collect();
    if entries.is_empty() {
        return Err(GitProblem::NoPlanFiles);
    }
    entries.sort_by(|a, b| a.1.name.cmp(&b.1.name));
    entries.truncate(limits::MAX_FILES);
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
    let mut files = Vec::with_capacity(planned.len());
    for file in &planned {
        let shown = PathBuf::from(format!("{}:{}", spec.revision, file.name));
        if !file.read {
            files.push((shown, Err(ReadProblem::TooLarge { bytes: file.size })));
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
        files.push((shown, decode_text(bytes)));
    }
    Ok(files)
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
