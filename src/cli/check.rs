//! `pdz check PATH...`: load and check plans, print the findings.

use std::io::Write;
use std::path::{Path, PathBuf};

use clap::builder::PossibleValuesParser;
use rayon::prelude::*;

use crate::check::{self, CheckedPlan};
use crate::findings::output::artifact::ArtifactBase;
use crate::findings::output::{self, PlanFindings};
use crate::findings::policy::Overrides;
use crate::findings::{Code, Tally};
use crate::i18n::{self, Lang, Message};
use crate::load::LoadError;
use crate::model::Vocabulary;

use super::Outcome;

#[derive(Debug, clap::Args)]
pub struct CheckArgs {
    /// Plan directories or files; each is checked as a separate plan.
    #[arg(required = true, value_name = "PATH")]
    pub paths: Vec<PathBuf>,

    /// Output format: for people, or for CI tools.
    #[arg(long, value_enum, default_value_t = Format::Human)]
    pub format: Format,

    /// Warnings count as errors (exit 1).
    #[arg(long)]
    pub strict: bool,

    /// Turn a check off (repeatable).
    #[arg(long, value_name = "CODE", value_parser = code_parser())]
    pub allow: Vec<String>,

    /// Make a check's findings errors (repeatable).
    #[arg(long, value_name = "CODE", value_parser = code_parser())]
    pub deny: Vec<String>,
}

/// How findings are written.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// rustc-style, with source lines and carets.
    Human,
    /// A versioned JSON document.
    Json,
    /// GitHub Actions workflow commands (annotations on the pull request).
    Github,
    /// SARIF 2.1.0, for code scanning.
    Sarif,
    /// JUnit XML, one test case per check (GitLab, Jenkins).
    Junit,
    /// GitLab Code Quality JSON (findings inline on the merge request).
    Gitlab,
    /// A Markdown summary (GitHub job summary, merge-request notes).
    Md,
}

/// Only codes whose level may change are accepted by `--allow` and `--deny`.
fn code_parser() -> PossibleValuesParser {
    PossibleValuesParser::new(Code::all().filter(|c| c.is_adjustable()).map(Code::id))
}

fn overrides(args: &CheckArgs) -> Overrides {
    let codes = |ids: &[String]| ids.iter().filter_map(|id| Code::from_word(id)).collect();
    Overrides {
        allow: codes(&args.allow),
        deny: codes(&args.deny),
        strict: args.strict,
    }
}

/// Loads and checks one plan.
pub fn check_plan(path: &Path, overrides: &Overrides) -> Result<CheckedPlan, LoadError> {
    Ok(check::check(super::plan_arg::load_plan(path)?, overrides))
}

pub fn run(args: &CheckArgs, lang: Lang) -> anyhow::Result<Outcome> {
    let overrides = overrides(args);
    let mut outcome = Outcome::Clean;
    let mut stdout = anstream::stdout().lock();
    let mut plans = Vec::new();
    // Plans are checked a few at a time in parallel; results are shown in the order given,
    // each plan's as soon as its turn comes.
    let batch = rayon::current_num_threads().max(1) * 2;
    for paths in args.paths.chunks(batch) {
        let results: Vec<Result<(Outcome, Shown), LoadError>> = paths
            .par_iter()
            .map(|path| {
                let checked = check_plan(path, &overrides)?;
                Ok((
                    plan_outcome(&checked),
                    shown(path, checked, args.format, lang),
                ))
            })
            .collect();
        for result in results {
            match result {
                Ok((verdict, shown)) => {
                    outcome = outcome.max(verdict);
                    match shown {
                        Shown::Text(text) => write!(stdout, "{text}")?,
                        Shown::Kept(plan) => plans.push(*plan),
                    }
                }
                Err(error) => {
                    outcome = outcome.max(Outcome::Failed);
                    let _ = stdout.flush();
                    anstream::eprintln!("{}", load_error(&error, lang));
                }
            }
        }
    }
    let rendered = match args.format {
        Format::Human => String::new(),
        Format::Json => output::json::render(&plans, lang),
        Format::Github => output::github::render(&plans, lang),
        Format::Sarif => output::sarif::render(&plans, &artifact_base()?, lang),
        Format::Junit => output::junit::render(&plans, lang),
        Format::Gitlab => output::gitlab::render(&plans, &artifact_base()?, lang),
        Format::Md => output::markdown::render(&plans, lang),
    };
    write!(stdout, "{rendered}")?;
    Ok(outcome)
}

/// A plan's part of the output: written at once (for people), or kept for the document
/// the machine formats write at the end.
enum Shown {
    Text(String),
    Kept(Box<PlanFindings>),
}

fn shown(path: &Path, checked: CheckedPlan, format: Format, lang: Lang) -> Shown {
    let sources = &checked.loaded.sources;
    if format == Format::Human {
        let mut text = output::human::render(&checked.findings, sources, lang);
        text.push_str(&summary(path, Tally::of(&checked.findings), lang));
        text.push('\n');
        if checked.loaded.plan.is_some() && !checked.rules_checked {
            text.push_str(&i18n::label(lang, "check-rules-skipped"));
            text.push('\n');
        }
        return Shown::Text(text);
    }
    let revision = super::plan_arg::revision_of(path).map(|spec| spec.revision);
    Shown::Kept(Box::new(PlanFindings::of(path, checked, revision)))
}

/// SARIF paths are relative to the work tree pdz runs in (or to the folder, outside one).
fn artifact_base() -> anyhow::Result<ArtifactBase> {
    let cwd = std::env::current_dir()?;
    let root = crate::source::work_tree_root(&cwd).unwrap_or_else(|| cwd.clone());
    Ok(ArtifactBase::new(cwd, root))
}

/// Errors make a plan fail; a file that could not be read means pdz could not do its job.
fn plan_outcome(checked: &CheckedPlan) -> Outcome {
    if checked
        .findings
        .iter()
        .any(|f| f.code == Code::FileUnreadable)
    {
        Outcome::Failed
    } else if checked.has_errors() {
        Outcome::Errors
    } else {
        Outcome::Clean
    }
}

fn summary(path: &Path, tally: Tally, lang: Lang) -> String {
    i18n::tr(
        lang,
        &Message::new("check-summary")
            .with("path", path.display().to_string())
            .with("errors", tally.errors)
            .with("warnings", tally.warnings)
            .with("infos", tally.infos),
    )
}

/// The message for a plan that could not be loaded at all.
pub fn load_error(error: &LoadError, lang: Lang) -> String {
    i18n::tr(lang, &error.message())
}
