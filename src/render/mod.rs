//! Renderers: a report document to text in one output format. They know
//! nothing of files; the command line writes what they return.

mod cells;
mod csv;
pub mod html;
mod json;
mod markdown;
mod text_table;
pub mod workbook;

use std::collections::BTreeMap;

use crate::i18n::Lang;
use crate::report::Document;

pub use cells::{DecimalMark, display, plain};
pub use markdown::escape as escape_markdown;
pub use workbook::Spreadsheet;

/// An output format of `pdz report`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// Tables for the terminal.
    Table,
    /// GitHub-flavoured Markdown.
    Md,
    /// One self-contained HTML page, printable on A4.
    Html,
    /// Comma-separated values.
    Csv,
    /// The report's tables as versioned JSON.
    Json,
}

/// Spreadsheet conventions for CSV.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, clap::ValueEnum)]
pub enum CsvDialect {
    /// `,` separator, `.` decimals.
    #[default]
    Standard,
    /// Italian Excel: `;` separator, decimal comma, UTF-8 byte-order mark.
    ExcelIt,
}

/// How to render.
#[derive(Clone, Debug, Default)]
pub struct RenderOptions {
    pub lang: Lang,
    /// Writing to a terminal (tables fit its width).
    pub terminal: bool,
    /// The width tables must fit when it is not the terminal's own (`COLUMNS`).
    pub width: Option<u16>,
    /// Bold totals in the terminal (not when piped or with `NO_COLOR`).
    pub styled: bool,
    pub csv_dialect: CsvDialect,
    /// CSV in long form, one row per value.
    pub tidy: bool,
    pub templates: html::Overrides,
    /// The printed page of each report, by id, for the contents list of a PDF
    /// (empty when not printing, or before the first print).
    pub contents_pages: BTreeMap<String, u32>,
}

/// Renders the document. Fails only on a broken user template.
pub fn render(
    document: &Document,
    format: Format,
    options: &RenderOptions,
) -> Result<String, String> {
    Ok(match format {
        Format::Table => text_table::render(document, options),
        Format::Md => markdown::render(document, options),
        Format::Html => html::render(document, options)?,
        Format::Csv => csv::render(document, options),
        Format::Json => json::render(document),
    })
}

/// The CSV files of a document, one per table (or per report with `tidy`).
pub fn csv_files(document: &Document, options: &RenderOptions) -> Vec<(String, String)> {
    csv::files(document, options)
}
