//! Reports as CSV with the csv crate: wide tables as shown, or long ("tidy") with one
//! row per value. `--csv-dialect excel-it` writes `;`, decimal commas and a UTF-8 BOM.

use super::cells::{DecimalMark, plain};
use super::{CsvDialect, RenderOptions};
use crate::report::{Cell, Document, Report, Role, Table};
use crate::visible::visible;

/// One CSV text per table of the document, named `report-table.csv`, in order.
pub fn files(document: &Document, options: &RenderOptions) -> Vec<(String, String)> {
    let mut files = Vec::new();
    for report in &document.reports {
        if options.tidy {
            files.push((format!("{}.csv", report.id), tidy(report, options)));
            continue;
        }
        for block in &report.blocks {
            if let crate::report::Block::Table(table) = block {
                files.push((
                    format!("{}-{}.csv", report.id, table.id),
                    wide(table, options),
                ));
            }
        }
    }
    files
}

/// The document as one CSV stream: tables one after the other, each after a row
/// with its title and separated by an empty row. `--tidy` gives one long table.
pub fn render(document: &Document, options: &RenderOptions) -> String {
    let mut out = String::new();
    if options.tidy {
        for (index, report) in document.reports.iter().enumerate() {
            let text = tidy(report, options);
            // One header for the whole stream.
            out.push_str(if index == 0 {
                &text
            } else {
                text.split_once('\n').map_or("", |(_, rest)| rest)
            });
        }
        return with_bom(out, options);
    }
    let tables: Vec<&Table> = document.tables().map(|(_, t)| t).collect();
    let single = tables.len() == 1;
    for (index, table) in tables.iter().enumerate() {
        if index > 0 {
            out.push('\n');
        }
        if !single {
            out.push_str(&record(&[inert(&table.title)], options));
        }
        out.push_str(strip_bom(&wide(table, options)));
    }
    with_bom(out, options)
}

fn wide(table: &Table, options: &RenderOptions) -> String {
    let header: Vec<String> = table.columns.iter().map(|c| inert(c)).collect();
    let mut out = record(&header, options);
    for row in &table.rows {
        let cells: Vec<String> = row
            .cells
            .iter()
            .map(|c| match c {
                Cell::Text(text) => inert(text),
                _ => plain(c, mark(options), options.lang),
            })
            .collect();
        out.push_str(&record(&cells, options));
    }
    with_bom(out, options)
}

/// One row per value: the report's own long form (the budget lines), or for each
/// item row and value column: table, the row's labels, the column, the value.
fn tidy(report: &Report, options: &RenderOptions) -> String {
    if let Some(table) = &report.tidy {
        return wide(table, options);
    }
    let header = ["report", "table", "row", "column", "value"].map(String::from);
    let mut out = record(&header, options);
    for block in &report.blocks {
        let crate::report::Block::Table(table) = block else {
            continue;
        };
        for row in table.rows.iter().filter(|r| r.role == Role::Item) {
            let label = row
                .cells
                .iter()
                .filter_map(|c| match c {
                    Cell::Text(text) if !text.is_empty() => Some(text.as_str()),
                    _ => None,
                })
                .collect::<Vec<_>>()
                .join(" / ");
            for (column, cell) in table.columns.iter().zip(&row.cells) {
                if matches!(cell, Cell::Text(_) | Cell::Empty) {
                    continue;
                }
                out.push_str(&record(
                    &[
                        report.id.to_string(),
                        table.id.to_string(),
                        inert(&label),
                        inert(column),
                        plain(cell, mark(options), options.lang),
                    ],
                    options,
                ));
            }
        }
    }
    with_bom(out, options)
}

fn mark(options: &RenderOptions) -> DecimalMark {
    match options.csv_dialect {
        CsvDialect::Standard => DecimalMark::Point,
        CsvDialect::ExcelIt => DecimalMark::Comma,
    }
}

/// Text a spreadsheet would take for a formula (first character `=`, `+`, `-`, `@`,
/// TAB or CR: a plan's names come from anyone who opens a pull request) gets a
/// leading apostrophe, which Excel and LibreOffice show as text. Figures are never
/// text cells, so numbers stay numbers; `pdz import` takes the apostrophe off again.
/// Control characters are shown, not obeyed, for CSV printed on a terminal.
fn inert(text: &str) -> String {
    match text.chars().next() {
        Some('=' | '+' | '-' | '@' | '\t' | '\r') => format!("'{}", visible(text)),
        _ => visible(text).into_owned(),
    }
}

/// One CSV record, quoted as needed.
fn record(fields: &[String], options: &RenderOptions) -> String {
    let delimiter = match options.csv_dialect {
        CsvDialect::Standard => b',',
        CsvDialect::ExcelIt => b';',
    };
    let mut writer = csv::WriterBuilder::new()
        .delimiter(delimiter)
        .from_writer(Vec::new());
    // Writing to memory cannot fail.
    let _ = writer.write_record(fields);
    let bytes = writer.into_inner().unwrap_or_default();
    String::from_utf8(bytes).unwrap_or_default()
}

/// Excel needs a byte-order mark to read UTF-8.
fn with_bom(text: String, options: &RenderOptions) -> String {
    let text = strip_bom(&text).to_string();
    match options.csv_dialect {
        CsvDialect::ExcelIt => format!("\u{FEFF}{text}"),
        CsvDialect::Standard => text,
    }
}

fn strip_bom(text: &str) -> &str {
    text.strip_prefix('\u{FEFF}').unwrap_or(text)
}
