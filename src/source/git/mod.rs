//! Reading a plan from a git revision (`REV:PATH`) with the `git` command, without
//! touching the working tree: what `pdz diff main:plans/x HEAD:plans/x` compares.

use std::io::{BufRead, BufReader, Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use super::discover::is_plan_file;
use super::read::{ReadProblem, decode_text};
use crate::limits;

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

/// Reads the plan files under `spec.path` at `spec.revision`, in sorted order. Files are
/// read until their sizes pass [`limits::MAX_PLAN_BYTES`]; larger files are not read.
pub fn read_revision(spec: &RevisionPath) -> Result<Vec<RevisionFile>, GitProblem> {
    let commit = rev_parse(&spec.revision)?;
    let listing = git(&[
        "ls-tree",
        "-r",
        "-z",
        "--full-name",
        "--name-only",
        &commit,
        "--",
        &spec.path.to_string_lossy(),
    ])?;
    let all: Vec<String> = listing
        .split(|b| *b == 0)
        .filter(|name| !name.is_empty())
        .map(|name| String::from_utf8_lossy(name).into_owned())
        .collect();
    if all.is_empty() {
        return Err(GitProblem::NotInRevision);
    }
    let mut names: Vec<String> = all
        .into_iter()
        .filter(|name| is_plan_file(Path::new(name)) && !is_hidden(name))
        .collect();
    if names.is_empty() {
        return Err(GitProblem::NoPlanFiles);
    }
    names.sort();
    names.truncate(limits::MAX_FILES);
    let objects: Vec<String> = names.iter().map(|n| format!("{commit}:{n}")).collect();
    let sizes = batch_sizes(&objects)?;
    let mut wanted = Vec::new();
    let mut total: u64 = 0;
    for (index, size) in sizes.iter().enumerate() {
        if *size <= limits::MAX_FILE_BYTES {
            wanted.push(index);
            total += size;
            if total > limits::MAX_PLAN_BYTES {
                break;
            }
        }
    }
    let wanted_objects: Vec<&str> = wanted.iter().map(|&i| objects[i].as_str()).collect();
    let mut contents = batch_contents(&wanted_objects)?.into_iter();
    let mut files = Vec::new();
    for (index, name) in names.iter().enumerate() {
        let shown = PathBuf::from(format!("{}:{name}", spec.revision));
        if sizes[index] > limits::MAX_FILE_BYTES {
            files.push((
                shown,
                Err(ReadProblem::TooLarge {
                    bytes: sizes[index],
                }),
            ));
        } else if wanted.contains(&index) {
            let Some(bytes) = contents.next() else { break };
            files.push((shown, decode_text(bytes)));
        } else {
            break;
        }
    }
    Ok(files)
}

/// The commit a revision names.
fn rev_parse(revision: &str) -> Result<String, GitProblem> {
    if revision.starts_with('-') {
        return Err(GitProblem::UnknownRevision);
    }
    let output = Command::new("git")
        .args(["rev-parse", "--verify", "--quiet", "--end-of-options"])
        .arg(format!("{revision}^{{commit}}"))
        .stdin(Stdio::null())
        .output()
        .map_err(GitProblem::NoGit)?;
    if output.status.success() {
        return Ok(String::from_utf8_lossy(&output.stdout).trim().to_string());
    }
    let inside = Command::new("git")
        .args(["rev-parse", "--is-inside-work-tree"])
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

/// Runs git and returns its standard output, or what it said on failure.
fn git(args: &[&str]) -> Result<Vec<u8>, GitProblem> {
    let output = Command::new("git")
        .args(args)
        .stdin(Stdio::null())
        .output()
        .map_err(GitProblem::NoGit)?;
    if output.status.success() {
        Ok(output.stdout)
    } else {
        Err(GitProblem::Failed(last_line(&output.stderr)))
    }
}

/// The size of each object, from one `git cat-file --batch-check`.
fn batch_sizes(objects: &[String]) -> Result<Vec<u64>, GitProblem> {
    let mut input = objects.join("\n");
    input.push('\n');
    let output = batch("--batch-check", input.as_bytes())?;
    String::from_utf8_lossy(&output)
        .lines()
        .map(|line| {
            // `<oid> blob <size>`
            line.rsplit(' ')
                .next()
                .and_then(|size| size.parse().ok())
                .ok_or_else(|| GitProblem::Failed(line.to_string()))
        })
        .collect()
}

/// The contents of each object, from one `git cat-file --batch`.
fn batch_contents(objects: &[&str]) -> Result<Vec<Vec<u8>>, GitProblem> {
    if objects.is_empty() {
        return Ok(Vec::new());
    }
    let mut input = objects.join("\n");
    input.push('\n');
    let output = batch("--batch", input.as_bytes())?;
    let mut reader = BufReader::new(output.as_slice());
    let mut contents = Vec::new();
    for _ in objects {
        let mut header = Vec::new();
        reader
            .read_until(b'\n', &mut header)
            .map_err(|e| GitProblem::Failed(e.to_string()))?;
        // `<oid> blob <size>`, or `<object> missing`.
        let header = String::from_utf8_lossy(&header);
        let size: usize = header
            .trim_end()
            .rsplit(' ')
            .next()
            .and_then(|s| s.parse().ok())
            .ok_or_else(|| GitProblem::Failed(header.trim_end().to_string()))?;
        let mut bytes = vec![0; size];
        reader
            .read_exact(&mut bytes)
            .map_err(|e| GitProblem::Failed(e.to_string()))?;
        let mut newline = [0u8; 1];
        reader
            .read_exact(&mut newline)
            .map_err(|e| GitProblem::Failed(e.to_string()))?;
        contents.push(bytes);
    }
    Ok(contents)
}

/// Runs `git cat-file MODE` with `input` on standard input, written from a thread so
/// that a large output never blocks it.
fn batch(mode: &str, input: &[u8]) -> Result<Vec<u8>, GitProblem> {
    let mut child = Command::new("git")
        .args(["cat-file", mode])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(GitProblem::NoGit)?;
    let mut stdin = child
        .stdin
        .take()
        .ok_or(GitProblem::Failed(String::new()))?;
    let input = input.to_vec();
    let writer = std::thread::spawn(move || stdin.write_all(&input));
    let output = child
        .wait_with_output()
        .map_err(|e| GitProblem::Failed(e.to_string()))?;
    let _ = writer.join();
    if !output.status.success() {
        return Err(GitProblem::Failed(last_line(&output.stderr)));
    }
    Ok(output.stdout)
}

fn last_line(stderr: &[u8]) -> String {
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
