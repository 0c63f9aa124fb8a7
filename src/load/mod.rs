//! Loading a plan: files → YAML events → file format (its sections as written; interventions
//! and actuals lowered as they are read) → domain model.
//!
//! Loading never stops at the first problem: every file is read, every entry
//! decoded and validated, and each problem becomes a located [`Finding`].

pub mod file_sections;
pub mod lower;
mod merge;
mod problems;

use std::path::{Path, PathBuf};

use crate::findings::{Code, Finding, Level};
use crate::i18n::{self, Message};
use crate::limits;
use crate::model::{FileId, Plan, Span};
use crate::source::{
    self, GitProblem, ReadProblem, RevisionPath, SkipReason, Skipped, SourceFile, SourceMap,
};

pub use problems::{did_you_mean, quoted_list};

/// A loaded plan: its sources, the model (when it could be built) and the findings so far.
#[derive(Debug)]
pub struct LoadedPlan {
    /// The path the plan was loaded from.
    pub root: PathBuf,
    pub sources: SourceMap,
    /// `None` when the plan's title, period or ambito could not be read.
    pub plan: Option<Plan>,
    /// Levels set in the plan's `checks` section.
    pub settings: Vec<CheckSetting>,
    pub findings: Vec<Finding>,
}

/// A level the plan sets for a check.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CheckSetting {
    pub code: Code,
    pub level: Level,
    pub span: Span,
}

/// Why a plan could not be loaded at all.
#[derive(Debug)]
pub enum LoadError {
    /// The path does not exist or cannot be opened.
    Path {
        path: PathBuf,
        error: std::io::Error,
    },
    /// A directory with no `*.yaml`/`*.yml` file.
    NoPlanFiles { path: PathBuf },
    /// A plan at a git revision that could not be read.
    Revision {
        spec: RevisionPath,
        problem: GitProblem,
    },
}

impl std::fmt::Display for LoadError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            LoadError::Path { path, error } => write!(f, "{}: {error}", path.display()),
            LoadError::NoPlanFiles { path } => write!(f, "{}", path.display()),
            LoadError::Revision { spec, problem } => write!(f, "{spec}: {problem:?}"),
        }
    }
}

impl std::error::Error for LoadError {}

impl LoadError {
    /// What went wrong, for people.
    pub fn message(&self) -> Message {
        match self {
            Self::Path { path, error } => Message::new("error-path")
                .with("path", path.display().to_string())
                .with("error", i18n::io_reason(error)),
            Self::NoPlanFiles { path } => {
                Message::new("error-no-plan-files").with("path", path.display().to_string())
            }
            Self::Revision { spec, problem } => {
                let reason = match problem {
                    GitProblem::NoGit(error) => {
                        Message::new("git-not-found").with("error", error.to_string())
                    }
                    GitProblem::NotARepository => Message::new("git-not-a-repository"),
                    GitProblem::UnknownRevision => Message::new("git-unknown-revision")
                        .with("revision", spec.revision.as_str()),
                    GitProblem::NotInRevision => Message::new("git-not-in-revision")
                        .with("path", spec.path.display().to_string())
                        .with("revision", spec.revision.as_str()),
                    GitProblem::NoPlanFiles => Message::new("git-no-plan-files"),
                    GitProblem::Failed(said) => {
                        Message::new("git-failed").with("error", said.as_str())
                    }
                };
                Message::new("error-revision")
                    .with("spec", spec.to_string())
                    .with("reason", reason)
            }
        }
    }
}

/// Loads the plan at `path`: a directory (every YAML file below it) or one file.
pub fn load(path: &Path) -> Result<LoadedPlan, LoadError> {
    let discovered = source::discover(path).map_err(|error| LoadError::Path {
        path: path.to_path_buf(),
        error,
    })?;
    if discovered.files.is_empty() && discovered.skipped.is_empty() {
        return Err(LoadError::NoPlanFiles {
            path: path.to_path_buf(),
        });
    }
    // Read lazily: reading stops once the plan's size limit is passed.
    let reads = discovered
        .files
        .iter()
        .map(|file| (file.clone(), source::read_text(file)));
    Ok(assemble(path, reads, &discovered.skipped))
}

/// Loads the plan at a path of a git revision (`main:plans/casarano`), read with `git`
/// from the repository of the current directory.
pub fn load_revision(spec: &RevisionPath) -> Result<LoadedPlan, LoadError> {
    load_revision_in(Path::new("."), spec)
}

/// Loads the plan at a path of a git revision, `spec.path` taken from `dir`, read with
/// `git` from the repository `dir` is in (`pdz serve`: the plan's own repository,
/// wherever the server was started). The plan's root is named as its files are (from the
/// repository's root), so that a diff matches its files with the files on disk.
pub fn load_revision_in(dir: &Path, spec: &RevisionPath) -> Result<LoadedPlan, LoadError> {
    let read = source::read_revision_in(dir, spec).map_err(|problem| LoadError::Revision {
        spec: spec.clone(),
        problem,
    })?;
    Ok(assemble(&read.root, read.files.into_iter(), &read.skipped))
}

/// Turns files read (or not) into a loaded plan: every read problem and skipped path
/// becomes a finding; the whole plan's size is bounded.
fn assemble(
    root: &Path,
    reads: impl Iterator<Item = (PathBuf, Result<String, ReadProblem>)>,
    skipped: &[Skipped],
) -> LoadedPlan {
    let mut sources = SourceMap::new();
    let mut findings = Vec::new();
    let mut texts = Vec::new();
    let mut total: u64 = 0;
    // Whether any file was read, even one that turned out not to be UTF-8.
    let mut read_any = false;
    for (file_path, read) in reads {
        match read {
            Ok(text) if total + text.len() as u64 > limits::MAX_PLAN_BYTES => {
                let id = sources.add(SourceFile::new(file_path, String::new()));
                findings.push(Finding::new(
                    Code::ResourceLimit,
                    Message::new("limit-plan-size").with("limit", limits::MAX_PLAN_BYTES),
                    Span::file_start(id),
                ));
                break;
            }
            Ok(text) => {
                total += text.len() as u64;
                read_any = true;
                texts.push((file_path, text));
            }
            Err(problem) => {
                let text = match &problem {
                    ReadProblem::NotUtf8 { lossy, .. } => {
                        read_any = true;
                        lossy.clone()
                    }
                    _ => String::new(),
                };
                let id = sources.add(SourceFile::new(file_path, text));
                findings.push(problems::unreadable(id, &problem));
            }
        }
    }
    for skipped in skipped {
        let id = sources.add(SourceFile::new(skipped.path.clone(), String::new()));
        findings.push(problems::skipped(id, skipped));
    }
    let root_refused = skipped
        .iter()
        .any(|s| matches!(s.reason, SkipReason::RootOutside));
    if !read_any && !root_refused {
        // Something was there, but no plan file could be read: pdz could not do its job.
        let id = sources.add(SourceFile::new(root.to_path_buf(), String::new()));
        findings.push(Finding::new(
            Code::FileUnreadable,
            Message::new("file-none-readable"),
            Span::file_start(id),
        ));
    }
    let mut loaded = load_texts(root, texts, sources);
    loaded.findings.extend(findings);
    loaded.findings.sort_by_key(Finding::sort_key);
    loaded
}

/// Loads a plan from texts already in memory (from a git revision, a test, a fuzzer).
/// `sources` may already hold files (unreadable ones); the texts are added to it.
pub fn load_texts(
    root: &Path,
    texts: Vec<(PathBuf, String)>,
    mut sources: SourceMap,
) -> LoadedPlan {
    let mut findings = Vec::new();
    let mut files: Vec<(FileId, file_sections::FileSections)> = Vec::new();
    let mut lower = lower::Lower::default();
    let mut complete = sources.files().next().is_none();
    for (path, text) in texts {
        let id = sources.add(SourceFile::new(path, text));
        let Some(source) = sources.get(id) else {
            continue;
        };
        let decoded = match file_sections::decode(&source.text, id, &mut lower) {
            Ok(decoded) => decoded,
            Err(problem) => {
                findings.push(problems::parse(id, source, &problem));
                complete = false;
                continue;
            }
        };
        findings.extend(
            problems::without_consequences(&decoded.problems)
                .into_iter()
                .map(problems::decode),
        );
        lower.unreadable_ids.extend(decoded.unreadable_ids);
        complete &= decoded.value.is_some();
        files.extend(decoded.value.map(|f| (id, f)));
    }

    let lists = merge::take_lists(&mut files);
    let sections = merge::merge(&files, complete);
    let settings = settings(&sections, &mut lower);
    let plan = lower::plan(&sections, lists, &mut lower);
    findings.extend(lower.findings);
    findings.sort_by_key(Finding::sort_key);
    LoadedPlan {
        root: root.to_path_buf(),
        sources,
        plan,
        settings,
        findings,
    }
}

/// The `checks` section: a level per check code.
fn settings(sections: &merge::Sections, lower: &mut lower::Lower) -> Vec<CheckSetting> {
    let codes: Vec<&str> = Code::all().map(Code::id).collect();
    sections
        .checks
        .iter()
        .filter_map(|(code, level)| {
            let Some(found) = Code::all().find(|c| c.id() == code.value.0) else {
                lower.report(
                    Finding::new(
                        Code::Schema,
                        Message::new("schema-unknown-check").with("code", code.value.0.as_str()),
                        code.span,
                    )
                    .help(did_you_mean(&code.value.0, &codes)),
                );
                return None;
            };
            let level = lower.choice(level)?;
            if !found.is_adjustable() {
                lower.report(Finding::new(
                    Code::Schema,
                    Message::new("schema-check-fixed").with("code", found.id()),
                    code.span,
                ));
                return None;
            }
            Some(CheckSetting {
                code: found,
                level: level.value,
                span: code.span,
            })
        })
        .collect()
}
