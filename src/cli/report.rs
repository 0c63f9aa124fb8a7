//! `pdz report KIND PATH`: the plan's tables, in the terminal or to a file.

use std::io::{IsTerminal, Write};
use std::path::PathBuf;

use crate::check;
use crate::findings::output::human;
use crate::findings::policy::Overrides;
use crate::findings::{Severity, Tally};
use crate::i18n::{self, Lang, Message};
use crate::model::Date;
use crate::print;
use crate::render::{self, CsvDialect, Format, RenderOptions, Spreadsheet, html};
use crate::report::{self, ReportKind, selection};

use super::Outcome;
use super::output;

#[derive(Debug, clap::Args)]
pub struct ReportArgs {
    /// Which report.
    #[arg(value_enum)]
    pub kind: ReportKind,

    /// The plan: a directory or a file.
    #[arg(value_name = "PATH")]
    pub path: PathBuf,

    /// Output format (default: from the `--output` extension, else `table`).
    #[arg(long, value_enum)]
    pub format: Option<OutputFormat>,

    /// For `council`: the comune's id, or `all` for the whole ambito.
    #[arg(long, value_name = "ID|all")]
    pub comune: Option<String>,

    /// Write to this file instead of standard output (a folder for `all --format csv`).
    #[arg(long, short, value_name = "FILE")]
    pub output: Option<PathBuf>,

    /// A directory of templates overriding the built-in ones by name (HTML).
    #[arg(long, value_name = "DIR")]
    pub templates: Option<PathBuf>,

    /// Only this plan year.
    #[arg(long, value_name = "YEAR")]
    pub year: Option<u16>,

    /// Only this strategic area (its id).
    #[arg(long, value_name = "ID")]
    pub area: Option<String>,

    /// Intervention-level budget; one scheda per intervention.
    #[arg(long)]
    pub detail: bool,

    /// For `budget` (and `all`): the budget by the codes of this axis, `area` or an id
    /// of the plan's `classifications`.
    #[arg(long, value_name = "AXIS")]
    pub by: Option<String>,

    /// Render a plan that has errors, under a warning banner.
    #[arg(long)]
    pub allow_errors: bool,

    /// CSV conventions.
    #[arg(long, value_enum, default_value_t = CsvDialect::Standard)]
    pub csv_dialect: CsvDialect,

    /// CSV in long form: one row per value; in a workbook, the budget as its budget lines.
    #[arg(long)]
    pub tidy: bool,

    /// Print a date on the document: YYYY-MM-DD, or `today`. Without it the
    /// output carries no date, so the same plan gives byte-identical output.
    #[arg(long, value_name = "DATE")]
    pub date: Option<String>,
}

/// An output format: one of the renderers', or PDF printed from the HTML.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum OutputFormat {
    /// Tables for the terminal.
    Table,
    /// GitHub-flavoured Markdown.
    Md,
    /// One self-contained HTML page, printable on A4.
    Html,
    /// The HTML printed to PDF by headless Chromium.
    Pdf,
    /// Comma-separated values.
    Csv,
    /// The report's tables as versioned JSON.
    Json,
    /// An Excel workbook: one sheet per table, typed cells, totals as formulas.
    Xlsx,
    /// An OpenDocument spreadsheet (LibreOffice), like `xlsx`.
    Ods,
}

impl OutputFormat {
    /// The renderer that makes it (PDF is printed from HTML), or the spreadsheet.
    fn renderer(self) -> Result<Format, Spreadsheet> {
        Ok(match self {
            OutputFormat::Table => Format::Table,
            OutputFormat::Md => Format::Md,
            OutputFormat::Html | OutputFormat::Pdf => Format::Html,
            OutputFormat::Csv => Format::Csv,
            OutputFormat::Json => Format::Json,
            OutputFormat::Xlsx => return Err(Spreadsheet::Xlsx),
            OutputFormat::Ods => return Err(Spreadsheet::Ods),
        })
    }
}

pub fn run(args: &ReportArgs, lang: Lang, quiet: bool) -> anyhow::Result<Outcome> {
    let format = match output::format_of(args.format, args.output.as_deref(), OutputFormat::Table) {
        Ok(format) => format,
        Err(message) => return fail(&message, lang),
    };
    match (args.kind, &args.comune) {
        (ReportKind::Council, None) => return fail(&Message::new("report-council-comune"), lang),
        (ReportKind::Council, Some(_)) | (_, None) => {}
        (_, Some(_)) => return fail(&Message::new("report-comune-only-council"), lang),
    }
    if args.by.is_some() && !matches!(args.kind, ReportKind::Budget | ReportKind::All) {
        return fail(&Message::new("report-by-only-budget"), lang);
    }
    let date = match &args.date {
        None => None,
        Some(text) if text == "today" => super::today::today(),
        Some(text) => match Date::parse(text) {
            Some(date) => Some(date),
            None => {
                return fail(
                    &Message::new("report-bad-date").with("date", text.as_str()),
                    lang,
                );
            }
        },
    };
    let templates = match &args.templates {
        Some(dir) => match html::Overrides::read(dir) {
            Ok(templates) => templates,
            Err(error) => {
                return fail(
                    &Message::new("report-template-dir").with("error", error.to_string()),
                    lang,
                );
            }
        },
        None => html::Overrides::default(),
    };

    let loaded = match super::plan_arg::load_plan(&args.path) {
        Ok(loaded) => loaded,
        Err(error) => {
            anstream::eprintln!("{}", super::check::load_error(&error, lang));
            return Ok(Outcome::Failed);
        }
    };
    let inputs: Vec<PathBuf> = loaded
        .sources
        .files()
        .map(|(_, f)| f.path.clone())
        .collect();
    let checked = check::check(loaded, &Overrides::default());
    let tally = Tally::of(&checked.findings);
    let errors = checked
        .findings
        .iter()
        .any(|f| f.severity == Severity::Error);
    let Some(plan) = checked
        .loaded
        .plan
        .as_ref()
        .filter(|_| !errors || args.allow_errors)
    else {
        // Not reported: the findings say why, and no file is written.
        anstream::eprint!(
            "{}",
            human::render(&checked.findings, &checked.loaded.sources, lang)
        );
        anstream::eprintln!(
            "{}",
            i18n::tr(
                lang,
                &Message::new("report-plan-has-errors").with("errors", tally.errors)
            )
        );
        return Ok(Outcome::Errors);
    };
    let scope = match selection::scope(plan, args.year, args.area.as_deref()) {
        Ok(scope) => scope,
        Err(message) => return fail(&message, lang),
    };
    let by = match selection::axis(plan, args.by.as_deref()) {
        Ok(by) => by,
        Err(message) => return fail(&message, lang),
    };
    let options = report::Options {
        scope,
        detail: args.detail,
        by,
        date,
        banner: errors.then(|| {
            i18n::tr(
                lang,
                &Message::new("report-banner-errors").with("errors", tally.errors),
            )
        }),
    };
    let document = match (args.kind, args.comune.as_deref()) {
        (ReportKind::Council, Some(which)) => match selection::recipient(plan, which) {
            Ok(comune) => report::council(plan, comune, &options, lang),
            Err(message) => {
                // A mistake about the plan, like a wrong reference in it: exit 1, nothing written.
                anstream::eprintln!("pdz: {}", i18n::tr(lang, &message));
                return Ok(Outcome::Errors);
            }
        },
        (kind, _) => report::build(plan, kind, &options, lang),
    };

    let terminal = args.output.is_none() && std::io::stdout().is_terminal();
    let render_options = RenderOptions {
        lang,
        terminal,
        width: output::columns(args.output.is_none()),
        styled: terminal
            && anstream::AutoStream::choice(&std::io::stdout()) != anstream::ColorChoice::Never,
        csv_dialect: args.csv_dialect,
        tidy: args.tidy,
        templates,
        contents_pages: Default::default(),
    };

    let destination = args
        .output
        .as_deref()
        .map(|path| output::Destination::new(path, inputs.clone()));
    if let Some(destination) = &destination
        && let Err(error) = destination.check()
    {
        return fail(
            &Message::new("report-output").with("error", error.message()),
            lang,
        );
    }
    let sections = document.reports.len();
    let written = match (&destination, format) {
        // Several reports as CSV: a folder with one file per table.
        (Some(dir), OutputFormat::Csv) if args.kind == ReportKind::All => {
            let files = render::csv_files(&document, &render_options);
            dir.write_folder(&files)
                .map(|()| output::announce(lang, quiet, dir.path(), sections, Some(files.len())))
        }
        (target, format) => {
            let bytes = match format.renderer() {
                Err(spreadsheet) => {
                    match render::workbook::render(
                        &document,
                        spreadsheet,
                        lang,
                        &source_names(&inputs),
                        args.tidy,
                    ) {
                        Ok(bytes) => bytes,
                        Err(error) => {
                            return fail(
                                &Message::new("report-workbook").with("error", error),
                                lang,
                            );
                        }
                    }
                }
                Ok(renderer) => match render::render(&document, renderer, &render_options) {
                    // Printed with the contents list's page numbers, read back from a first print.
                    Ok(_) if format == OutputFormat::Pdf => match print::print_paginated(|pages| {
                        let options = RenderOptions {
                            contents_pages: pages.clone(),
                            ..render_options.clone()
                        };
                        render::render(&document, renderer, &options).ok()
                    }) {
                        Ok(pdf) => pdf,
                        Err(print::PrintError::NoChromium) => {
                            return fail(&Message::new("report-no-chromium"), lang);
                        }
                        Err(error) => {
                            return fail(
                                &Message::new("report-pdf").with("error", error.to_string()),
                                lang,
                            );
                        }
                    },
                    Ok(text) => text.into_bytes(),
                    Err(error) => {
                        return fail(&Message::new("report-template").with("error", error), lang);
                    }
                },
            };
            match target {
                Some(file) => file
                    .write(&bytes)
                    .map(|()| output::announce(lang, quiet, file.path(), sections, None)),
                None => {
                    std::io::stdout().lock().write_all(&bytes)?;
                    Ok(())
                }
            }
        }
    };
    if let Err(error) = written {
        return fail(
            &Message::new("report-output").with("error", error.message()),
            lang,
        );
    }
    Ok(Outcome::Clean)
}

/// The files a plan was read from, as the workbook's first sheet lists them.
fn source_names(inputs: &[PathBuf]) -> Vec<String> {
    inputs.iter().map(|p| p.display().to_string()).collect()
}

/// Prints why the report cannot be made; pdz could not do its job (exit 2).
fn fail(message: &Message, lang: Lang) -> anyhow::Result<Outcome> {
    anstream::eprintln!("pdz: {}", i18n::tr(lang, message));
    Ok(Outcome::Failed)
}
