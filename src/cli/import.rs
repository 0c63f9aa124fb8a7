//! `pdz import budget FILE.csv`: a budget sheet exported from a spreadsheet,
//! written as the `interventions` of a plan file.

use std::io::Write;
use std::path::PathBuf;

use crate::i18n::{self, Lang, Message};
use crate::import::{self, RowProblem};

use super::{Outcome, output};

#[derive(Debug, clap::Args)]
pub struct ImportArgs {
    #[command(subcommand)]
    pub what: ImportKind,
}

#[derive(Debug, clap::Subcommand)]
pub enum ImportKind {
    /// A budget sheet, one row per budget line: intervention (intervento), name (nome),
    /// area, year (anno), fund (fondo), amount (importo); `,` or `;` separated.
    Budget(BudgetArgs),
}

#[derive(Debug, clap::Args)]
pub struct BudgetArgs {
    /// The CSV file exported from the spreadsheet.
    #[arg(value_name = "FILE.csv")]
    pub file: PathBuf,

    /// Write the plan file here (atomically) instead of standard output.
    #[arg(long, short, value_name = "FILE.yaml")]
    pub output: Option<PathBuf>,
}

pub fn run(args: &ImportArgs, lang: Lang) -> anyhow::Result<Outcome> {
    match &args.what {
        ImportKind::Budget(args) => budget(args, lang),
    }
}

fn budget(args: &BudgetArgs, lang: Lang) -> anyhow::Result<Outcome> {
    let bytes = match std::fs::read(&args.file) {
        Ok(bytes) => bytes,
        Err(error) => {
            let message = Message::new("error-path")
                .with("path", args.file.display().to_string())
                .with("error", i18n::io_reason(&error));
            anstream::eprintln!("{}", i18n::tr(lang, &message));
            return Ok(Outcome::Failed);
        }
    };
    let destination = args
        .output
        .as_deref()
        .map(|path| output::Destination::new(path, [args.file.clone()]));
    if let Some(destination) = &destination
        && let Err(error) = destination.check()
    {
        anstream::eprintln!("pdz: {}", i18n::tr(lang, &error.message()));
        return Ok(Outcome::Failed);
    }
    let sheet = match import::read_budget_sheet(&bytes) {
        Ok(sheet) => sheet,
        Err(problems) => {
            for problem in &problems {
                anstream::eprintln!("{}", describe(&args.file, problem, lang));
            }
            anstream::eprintln!(
                "pdz: {}",
                i18n::tr(
                    lang,
                    &Message::new("import-failed").with("rows", problems.len())
                )
            );
            return Ok(Outcome::Errors);
        }
    };
    let source = args
        .file
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let header = i18n::tr(
        lang,
        &Message::new("import-header")
            .with("file", source)
            .with("rows", sheet.rows)
            .with("interventions", sheet.interventions.len()),
    );
    let yaml = import::interventions_yaml(&header, &sheet.interventions);
    match &destination {
        Some(file) => {
            if let Err(error) = file.write(yaml.as_bytes()) {
                anstream::eprintln!("pdz: {}", i18n::tr(lang, &error.message()));
                return Ok(Outcome::Failed);
            }
        }
        None => std::io::stdout().lock().write_all(yaml.as_bytes())?,
    }
    if !sheet.ignored_columns.is_empty() {
        anstream::eprintln!(
            "pdz: {}",
            i18n::tr(
                lang,
                &Message::new("import-ignored-columns")
                    .with("columns", sheet.ignored_columns.join(", "))
            )
        );
    }
    Ok(Outcome::Clean)
}

/// A problem the way `pdz check` shows findings: severity and message, place, help.
fn describe(file: &std::path::Path, problem: &RowProblem, lang: Lang) -> String {
    let shown = crate::visible::visible(&file.display().to_string()).into_owned();
    let mut place = format!("{shown}:{}", problem.row);
    if let Some(column) = problem.column {
        place.push_str(&format!(":{column}"));
    }
    if let Some(name) = &problem.column_name {
        place.push_str(&format!(" ({})", crate::visible::visible(name)));
    }
    let mut text = format!(
        "{}: {}\n  --> {place}",
        i18n::tr(lang, &Message::new("severity-error")),
        i18n::tr(lang, &problem.message)
    );
    if let Some(help) = &problem.help {
        text.push_str(&format!(
            "\n   = {}: {}",
            i18n::tr(lang, &Message::new("severity-help")),
            i18n::tr(lang, help)
        ));
    }
    text.push('\n');
    text
}
