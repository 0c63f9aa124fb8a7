//! `pdz check PATH...`: load and check plans, print the findings.

use std::io::Write;
use std::path::PathBuf;

use crate::findings::{Code, Finding, Tally, output, policy};
use crate::i18n::{self, Lang, Message};
use crate::load::{self, LoadError, LoadedPlan};

use super::Outcome;

#[derive(Debug, clap::Args)]
pub struct CheckArgs {
    /// Plan directories or files; each is checked as a separate plan.
    #[arg(required = true, value_name = "PATH")]
    pub paths: Vec<PathBuf>,

    /// Output format: `human` for people, `json` for tools.
    #[arg(long, value_enum, default_value_t = Format::Human)]
    pub format: Format,
}

/// How findings are written.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    Human,
    Json,
}

/// A plan loaded and checked, its findings final.
pub struct CheckedPlan {
    pub loaded: LoadedPlan,
    pub findings: Vec<Finding>,
}

/// Loads and checks one plan, with the plan's severity settings applied.
pub fn check_plan(path: &std::path::Path) -> Result<CheckedPlan, LoadError> {
    let mut loaded = load::load(path)?;
    let mut findings = std::mem::take(&mut loaded.findings);
    if let Some(plan) = &loaded.plan {
        findings.extend(crate::check::run(plan));
    }
    let mut findings = policy::apply(findings, &loaded.settings);
    findings.sort_by_key(Finding::sort_key);
    Ok(CheckedPlan { loaded, findings })
}

pub fn run(args: &CheckArgs, lang: Lang) -> anyhow::Result<Outcome> {
    let mut outcome = Outcome::Clean;
    let mut stdout = anstream::stdout().lock();
    let mut checked_plans = Vec::new();
    for path in &args.paths {
        let checked = match check_plan(path) {
            Ok(checked) => checked,
            Err(error) => {
                outcome = outcome.max(Outcome::Failed);
                let _ = stdout.flush();
                anstream::eprintln!("{}", load_error(&error, lang));
                continue;
            }
        };
        let tally = Tally::of(&checked.findings);
        outcome = outcome.max(plan_outcome(&checked.findings, tally));
        if args.format == Format::Human {
            let findings = output::human::render(&checked.findings, &checked.loaded.sources, lang);
            write!(stdout, "{findings}")?;
            writeln!(stdout, "{}", summary(path, tally, lang))?;
        }
        checked_plans.push(checked);
    }
    if args.format == Format::Json {
        let plans: Vec<output::json::PlanFindings> = checked_plans
            .iter()
            .map(|c| output::json::PlanFindings {
                findings: &c.findings,
                sources: &c.loaded.sources,
            })
            .collect();
        write!(stdout, "{}", output::json::render(&plans, lang))?;
    }
    Ok(outcome)
}

/// Errors make a plan fail; a file that could not be read means pdz could not do its job.
fn plan_outcome(findings: &[Finding], tally: Tally) -> Outcome {
    if findings.iter().any(|f| f.code == Code::FileUnreadable) {
        Outcome::Failed
    } else if tally.errors > 0 {
        Outcome::Errors
    } else {
        Outcome::Clean
    }
}

fn summary(path: &std::path::Path, tally: Tally, lang: Lang) -> String {
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
    let message = match error {
        LoadError::Path { path, error } => Message::new("error-path")
            .with("path", path.display().to_string())
            .with("error", error.to_string()),
        LoadError::NoPlanFiles { path } => {
            Message::new("error-no-plan-files").with("path", path.display().to_string())
        }
    };
    i18n::tr(lang, &message)
}
