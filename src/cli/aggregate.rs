//! `pdz aggregate PATH...`: a Region's plans side by side, with exact totals.

use std::io::{IsTerminal, Write};
use std::path::PathBuf;

use crate::aggregate;
use crate::i18n::{self, Lang, Message};
use crate::render::{self, CsvDialect, Format, RenderOptions, Spreadsheet, html};
use crate::source::plan_roots;

use super::plan_arg::load_plan;
use super::{Outcome, output};

#[derive(Debug, clap::Args)]
pub struct AggregateArgs {
    /// Plans, or folders of plans (one per subfolder); `REV:PATH` names a plan in git.
    #[arg(required = true, value_name = "PATH")]
    pub paths: Vec<PathBuf>,

    /// Output format (default: from the `--output` extension, else `table`).
    #[arg(long, value_enum)]
    pub format: Option<AggregateFormat>,

    /// Write to this file instead of standard output (atomically); with `--format csv`, a
    /// folder of one file per table.
    #[arg(long, short, value_name = "FILE")]
    pub output: Option<PathBuf>,

    /// Exit 0 even when some plans have errors (they stay out of the totals).
    #[arg(long)]
    pub allow_errors: bool,

    /// CSV conventions.
    #[arg(long, value_enum, default_value_t = CsvDialect::Standard)]
    pub csv_dialect: CsvDialect,
}

/// How the comparison is written.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum AggregateFormat {
    Table,
    Md,
    Html,
    /// An Excel workbook: one sheet per table, typed cells, totals as formulas.
    Xlsx,
    /// An OpenDocument spreadsheet (LibreOffice), like `xlsx`.
    Ods,
    Csv,
    Json,
}

pub fn run(args: &AggregateArgs, lang: Lang, quiet: bool) -> anyhow::Result<Outcome> {
    // A `.csv` output is not taken as `--format csv`, which writes a folder.
    let format =
        match output::format_of(args.format, args.output.as_deref(), AggregateFormat::Table) {
            Ok(AggregateFormat::Csv) if args.format.is_none() => AggregateFormat::Table,
            Ok(format) => format,
            Err(message) => {
                anstream::eprintln!("pdz: {}", i18n::tr(lang, &message));
                return Ok(Outcome::Failed);
            }
        };
    let mut plans = Vec::new();
    for path in &args.paths {
        if !path.exists() {
            plans.push(path.clone()); // `REV:PATH`, or an error when loaded
            continue;
        }
        match plan_roots(path) {
            Ok(roots) if !roots.is_empty() => plans.extend(roots),
            Ok(_) => {
                let message =
                    Message::new("error-no-plan-files").with("path", path.display().to_string());
                anstream::eprintln!("{}", i18n::tr(lang, &message));
                return Ok(Outcome::Failed);
            }
            Err(error) => {
                let message = Message::new("error-path")
                    .with("path", path.display().to_string())
                    .with("error", i18n::io_reason(&error));
                anstream::eprintln!("{}", i18n::tr(lang, &message));
                return Ok(Outcome::Failed);
            }
        }
    }
    let outcomes = match aggregate::run(&plans, load_plan) {
        Ok(outcomes) => outcomes,
        Err(error) => {
            anstream::eprintln!("{}", super::check::load_error(&error, lang));
            return Ok(Outcome::Failed);
        }
    };
    let excluded = outcomes.iter().filter(|o| o.figures.is_none()).count();
    let document = crate::report::aggregate::build(&outcomes, lang);

    let terminal = args.output.is_none() && std::io::stdout().is_terminal();
    let options = RenderOptions {
        lang,
        terminal,
        width: output::columns(args.output.is_none()),
        styled: terminal
            && anstream::AutoStream::choice(&std::io::stdout()) != anstream::ColorChoice::Never,
        csv_dialect: args.csv_dialect,
        tidy: false,
        templates: html::Overrides::default(),
        contents_pages: Default::default(),
    };
    let destination = args.output.as_deref().map(|path| {
        let inputs = outcomes.iter().flat_map(|o| o.files.iter().cloned());
        output::Destination::new(path, inputs)
    });
    let written = match (&destination, format) {
        // Several tables as CSV: a folder with one file per table.
        (Some(dir), AggregateFormat::Csv) => {
            let files = render::csv_files(&document, &options);
            dir.write_folder(&files).map(|()| {
                let sections = document.reports.len();
                output::announce(lang, quiet, dir.path(), sections, Some(files.len()))
            })
        }
        (target, _) => {
            let sources: Vec<String> = plans.iter().map(|p| p.display().to_string()).collect();
            let text_format = |format| {
                render::render(&document, format, &options)
                    .map(String::into_bytes)
                    .map_err(|error| Message::new("report-template").with("error", error))
            };
            let workbook = |format| {
                render::workbook::render(&document, format, lang, &sources, false)
                    .map_err(|error| Message::new("report-workbook").with("error", error))
            };
            let rendered = match format {
                AggregateFormat::Table => text_format(Format::Table),
                AggregateFormat::Md => text_format(Format::Md),
                AggregateFormat::Html => text_format(Format::Html),
                AggregateFormat::Csv => text_format(Format::Csv),
                AggregateFormat::Json => text_format(Format::Json),
                AggregateFormat::Xlsx => workbook(Spreadsheet::Xlsx),
                AggregateFormat::Ods => workbook(Spreadsheet::Ods),
            };
            let text = match rendered {
                Ok(text) => text,
                Err(message) => {
                    anstream::eprintln!("pdz: {}", i18n::tr(lang, &message));
                    return Ok(Outcome::Failed);
                }
            };
            match target {
                Some(file) => file.write(&text).map(|()| {
                    output::announce(lang, quiet, file.path(), document.reports.len(), None)
                }),
                None => {
                    std::io::stdout().lock().write_all(&text)?;
                    Ok(())
                }
            }
        }
    };
    if let Err(error) = written {
        let message = Message::new("report-output").with("error", error.message());
        anstream::eprintln!("pdz: {}", i18n::tr(lang, &message));
        return Ok(Outcome::Failed);
    }
    if excluded > 0 {
        let message = Message::new("aggregate-has-errors")
            .with("excluded", excluded)
            .with("plans", outcomes.len());
        anstream::eprintln!("{}", i18n::tr(lang, &message));
        if !args.allow_errors {
            return Ok(Outcome::Errors);
        }
    }
    Ok(Outcome::Clean)
}
