//! `pdz import budget FILE`: a budget sheet exported from a spreadsheet (CSV) or a workbook,
//! written as the `interventions` of a plan file.

use std::io::Write;
use std::path::{Path, PathBuf};

use crate::i18n::{self, Lang, Message};
use crate::import::{self, RowProblem, grid};

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
    /// A whole plan kept in a workbook (`.xlsx`, `.xls`, `.ods`) in the layout of
    /// `pdz init --workbook`: sheets Piano, Comuni, Aree, Fondi, Interventi, Bilancio.
    Plan(PlanArgs),
}

#[derive(Debug, clap::Args)]
pub struct PlanArgs {
    /// The plan workbook.
    #[arg(value_name = "FILE")]
    pub file: PathBuf,

    /// Write the plan file here (atomically) instead of standard output.
    #[arg(long, short, value_name = "FILE.yaml")]
    pub output: Option<PathBuf>,
}

#[derive(Debug, clap::Args)]
pub struct BudgetArgs {
    /// The budget sheet: a CSV file, or a workbook (`.xlsx`, `.xls`, `.ods`) whose first
    /// sheet with the budget sheet's headers is read.
    #[arg(value_name = "FILE")]
    pub file: PathBuf,

    /// Write the plan file here (atomically) instead of standard output.
    #[arg(long, short, value_name = "FILE.yaml", conflicts_with = "into")]
    pub output: Option<PathBuf>,

    /// Merge into this plan instead: the budget of each intervention of the sheet
    /// replaces its budget in the plan's files, every other field kept; new interventions
    /// go into a file of their own.
    #[arg(long, value_name = "PLAN")]
    pub into: Option<PathBuf>,
}

pub fn run(args: &ImportArgs, lang: Lang) -> anyhow::Result<Outcome> {
    match &args.what {
        ImportKind::Budget(args) => budget(args, lang),
        ImportKind::Plan(args) => plan(args, lang),
    }
}

fn plan(args: &PlanArgs, lang: Lang) -> anyhow::Result<Outcome> {
    let (bytes, destination) = match prepare(&args.file, args.output.as_deref(), lang) {
        Ok(prepared) => prepared,
        Err(outcome) => return Ok(outcome),
    };
    let yaml = match import::read_plan_workbook(&bytes) {
        Ok(yaml) => yaml,
        Err(problems) => return Ok(report_problems(&args.file, &problems, lang)),
    };
    let header = i18n::tr(
        lang,
        &Message::new("import-plan-header").with("file", file_name(&args.file)),
    );
    emit(destination.as_ref(), &format!("# {header}\n{yaml}"), lang)
}

/// The input's bytes and where the output goes (standard output when `None`), both
/// checked before any work: on a problem, the outcome after saying it.
fn prepare(
    file: &Path,
    output: Option<&Path>,
    lang: Lang,
) -> Result<(Vec<u8>, Option<output::Destination>), Outcome> {
    let bytes = std::fs::read(file).map_err(|error| {
        let message = Message::new("error-path")
            .with("path", file.display().to_string())
            .with("error", i18n::io_reason(&error));
        anstream::eprintln!("{}", i18n::tr(lang, &message));
        Outcome::Failed
    })?;
    if let Some(message) = output_extension(output) {
        anstream::eprintln!("pdz: {}", i18n::tr(lang, &message));
        return Err(Outcome::Failed);
    }
    let destination = output.map(|path| output::Destination::new(path, [file.to_path_buf()]));
    if let Some(destination) = &destination
        && let Err(error) = destination.check()
    {
        anstream::eprintln!("pdz: {}", i18n::tr(lang, &error.message()));
        return Err(Outcome::Failed);
    }
    Ok((bytes, destination))
}

/// Writes the YAML to its destination, or to standard output.
fn emit(
    destination: Option<&output::Destination>,
    yaml: &str,
    lang: Lang,
) -> anyhow::Result<Outcome> {
    match destination {
        Some(file) => {
            if let Err(error) = file.write(yaml.as_bytes()) {
                anstream::eprintln!("pdz: {}", i18n::tr(lang, &error.message()));
                return Ok(Outcome::Failed);
            }
        }
        None => std::io::stdout().lock().write_all(yaml.as_bytes())?,
    }
    Ok(Outcome::Clean)
}

/// The input's file name, for the header of the YAML written.
fn file_name(file: &Path) -> String {
    file.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default()
}

/// Prints every problem, then how many: nothing was written (exit 1).
fn report_problems(file: &Path, problems: &[RowProblem], lang: Lang) -> Outcome {
    for problem in problems {
        anstream::eprintln!("{}", describe(file, problem, lang));
    }
    anstream::eprintln!(
        "pdz: {}",
        i18n::tr(
            lang,
            &Message::new("import-failed").with("rows", problems.len())
        )
    );
    Outcome::Errors
}

fn budget(args: &BudgetArgs, lang: Lang) -> anyhow::Result<Outcome> {
    let (bytes, destination) = match prepare(&args.file, args.output.as_deref(), lang) {
        Ok(prepared) => prepared,
        Err(outcome) => return Ok(outcome),
    };
    let read = if is_workbook(&args.file) {
        import::read_budget_workbook(&bytes)
    } else {
        import::read_budget_sheet(&bytes)
    };
    let sheet = match read {
        Ok(sheet) => sheet,
        Err(problems) => return Ok(report_problems(&args.file, &problems, lang)),
    };
    if let Some(plan) = &args.into {
        return super::import_merge::merge_into(plan, &args.file, &sheet, lang);
    }
    let header = i18n::tr(
        lang,
        &Message::new("import-header")
            .with("file", file_name(&args.file))
            .with("rows", sheet.rows)
            .with("interventions", sheet.interventions.len()),
    );
    let yaml = import::interventions_yaml(&header, &sheet.interventions);
    if let written @ Outcome::Failed = emit(destination.as_ref(), &yaml, lang)? {
        return Ok(written);
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

/// Whether a file is a workbook, by its extension: `.xlsx`, `.xlsm`, `.xls`, `.ods`.
fn is_workbook(file: &Path) -> bool {
    let extension = file
        .extension()
        .map(|e| e.to_string_lossy().to_ascii_lowercase());
    matches!(extension.as_deref(), Some("xlsx" | "xlsm" | "xls" | "ods"))
}

/// An output that is no plan file: its extension is not `.yaml` or `.yml` (exit 2).
fn output_extension(output: Option<&Path>) -> Option<Message> {
    let path = output?;
    let extension = path.extension()?.to_string_lossy().into_owned();
    if matches!(extension.to_ascii_lowercase().as_str(), "yaml" | "yml") {
        return None;
    }
    Some(
        Message::new("output-unknown-extension")
            .with("path", path.display().to_string())
            .with("extension", extension)
            .with("known", ".yaml, .yml"),
    )
}

/// A problem the way `pdz check` shows findings: severity and message, place, help.
/// In a workbook the place is the sheet and cell, `budget.xlsx:Bilancio!F12`.
fn describe(file: &Path, problem: &RowProblem, lang: Lang) -> String {
    let shown = crate::visible::visible(&file.display().to_string()).into_owned();
    let file = Path::new(&shown);
    let mut place = match (&problem.sheet, problem.column) {
        (Some(sheet), Some(column)) => format!(
            "{}:{}!{}{}",
            file.display(),
            grid::sheet_reference(sheet),
            grid::column_letters(column),
            problem.row
        ),
        (Some(sheet), None) => format!(
            "{}:{}!{row}:{row}",
            file.display(),
            grid::sheet_reference(sheet),
            row = problem.row
        ),
        // A problem of the whole workbook (it cannot be read, a sheet is missing).
        (None, _) if is_workbook(file) => file.display().to_string(),
        (None, Some(column)) => format!("{}:{}:{column}", file.display(), problem.row),
        (None, None) => format!("{}:{}", file.display(), problem.row),
    };
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
