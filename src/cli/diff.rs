//! `pdz diff OLD NEW`: what a rimodulazione changes, between two plan directories or
//! two git revisions of one.

use std::io::{IsTerminal, Write};
use std::path::PathBuf;

use crate::check::CheckedPlan;
use crate::findings::Tally;
use crate::findings::output::human;
use crate::findings::policy::Overrides;
use crate::i18n::{self, Lang, Message};
use crate::render::{self, CsvDialect, Format, RenderOptions, Spreadsheet, html};
use crate::report::diff::Versions;

use super::check::check_plan;
use super::{Outcome, output};

#[derive(Debug, clap::Args)]
pub struct DiffArgs {
    /// The old version: a plan path, or REV:PATH in the current git repository (`main:plans/x`).
    #[arg(value_name = "OLD")]
    pub old: PathBuf,

    /// The new version, like OLD (`HEAD:plans/x`, or the working copy `plans/x`).
    #[arg(value_name = "NEW")]
    pub new: PathBuf,

    /// Output format; `md` is made for a pull-request comment.
    #[arg(long, value_enum)]
    pub format: Option<DiffFormat>,

    /// Write to this file instead of standard output (atomically).
    #[arg(long, short, value_name = "FILE")]
    pub output: Option<PathBuf>,
}

/// How the comparison is written.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum DiffFormat {
    Table,
    Md,
    Html,
    /// An Excel workbook: one sheet per table, typed cells, totals as formulas.
    Xlsx,
    /// An OpenDocument spreadsheet (LibreOffice), like `xlsx`.
    Ods,
    Json,
    Csv,
}

pub fn run(args: &DiffArgs, lang: Lang, quiet: bool) -> anyhow::Result<Outcome> {
    let format = match output::format_of(args.format, args.output.as_deref(), DiffFormat::Table) {
        Ok(format) => format,
        Err(message) => {
            anstream::eprintln!("pdz: {}", i18n::tr(lang, &message));
            return Ok(Outcome::Failed);
        }
    };
    // The two versions are read and checked side by side.
    let overrides = Overrides::default();
    let (old, new) = rayon::join(
        || check_plan(&args.old, &overrides),
        || check_plan(&args.new, &overrides),
    );
    let checked: [CheckedPlan; 2] = match (old, new) {
        (Ok(old), Ok(new)) => [old, new],
        (Err(error), _) | (_, Err(error)) => {
            anstream::eprintln!("{}", super::check::load_error(&error, lang));
            return Ok(Outcome::Failed);
        }
    };
    // A version with errors is still compared, under a banner, its errors among the
    // findings; a version that cannot be read as a plan is shown by its findings alone.
    // Either way the exit code is 1.
    let old_name = args.old.display().to_string();
    let new_name = args.new.display().to_string();
    let versions = Versions {
        old: &old_name,
        new: &new_name,
    };
    let mut broken = false;
    for (name, plan) in [&old_name, &new_name].into_iter().zip(&checked) {
        if plan.has_errors() || plan.loaded.plan.is_none() {
            broken = true;
            anstream::eprint!(
                "{}",
                human::render(&plan.findings, &plan.loaded.sources, lang)
            );
            anstream::eprintln!(
                "{}",
                i18n::tr(
                    lang,
                    &Message::new("diff-version-has-errors")
                        .with("path", name.as_str())
                        .with("errors", Tally::of(&plan.findings).errors)
                )
            );
        }
    }
    let document = crate::report::diff::compare(&checked[0], &checked[1], &versions, lang);
    let terminal = args.output.is_none() && std::io::stdout().is_terminal();
    let options = RenderOptions {
        lang,
        terminal,
        width: output::columns(args.output.is_none()),
        styled: terminal
            && anstream::AutoStream::choice(&std::io::stdout()) != anstream::ColorChoice::Never,
        csv_dialect: CsvDialect::Standard,
        tidy: false,
        templates: html::Overrides::default(),
        contents_pages: Default::default(),
    };
    let text_format = |format| {
        render::render(&document, format, &options)
            .map(String::into_bytes)
            .map_err(|error| Message::new("report-template").with("error", error))
    };
    let versions = [old_name.clone(), new_name.clone()];
    let workbook = |format| {
        render::workbook::render(&document, format, lang, &versions, false)
            .map_err(|error| Message::new("report-workbook").with("error", error))
    };
    let rendered = match format {
        DiffFormat::Table => text_format(Format::Table),
        DiffFormat::Md => text_format(Format::Md),
        DiffFormat::Html => text_format(Format::Html),
        DiffFormat::Json => text_format(Format::Json),
        DiffFormat::Csv => text_format(Format::Csv),
        DiffFormat::Xlsx => workbook(Spreadsheet::Xlsx),
        DiffFormat::Ods => workbook(Spreadsheet::Ods),
    };
    let text = match rendered {
        Ok(text) => text,
        Err(message) => {
            anstream::eprintln!("pdz: {}", i18n::tr(lang, &message));
            return Ok(Outcome::Failed);
        }
    };
    match &args.output {
        Some(path) => {
            let inputs: Vec<PathBuf> = checked
                .iter()
                .flat_map(|c| {
                    c.loaded
                        .sources
                        .files()
                        .map(|(_, f)| f.path.clone())
                        .collect::<Vec<_>>()
                })
                .collect();
            let written = output::Destination::new(path, inputs).write(&text);
            if written.is_ok() {
                output::announce(lang, quiet, path, document.reports.len(), None);
            }
            if let Err(error) = written {
                anstream::eprintln!(
                    "pdz: {}",
                    i18n::tr(
                        lang,
                        &Message::new("report-output").with("error", error.message())
                    )
                );
                return Ok(Outcome::Failed);
            }
        }
        None => std::io::stdout().lock().write_all(&text)?,
    }
    Ok(if broken {
        Outcome::Errors
    } else {
        Outcome::Clean
    })
}
