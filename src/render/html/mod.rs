//! Reports as one self-contained HTML page: inline CSS and SVG, no external
//! request, readable on a phone and printable on A4. Every user string is
//! escaped by tera's autoescaping, in HTML and in SVG, its control characters shown
//! (`escape.rs`).

mod chart_layout;
pub mod escape;
mod print_parts;
mod table_rows;
pub mod templates;

use std::collections::BTreeMap;

use serde::Serialize;

use super::RenderOptions;
use super::cells::display;
use crate::i18n::{self, Lang};
use crate::report::{Block, Cell, Document, Layout, Role, Table};
use chart_layout::ChartView;
use table_rows::RowText;

pub use templates::{Overrides, TemplateDirError};

#[derive(Serialize)]
struct DocumentView {
    lang: &'static str,
    version: &'static str,
    title: String,
    subtitle: String,
    banner: Option<String>,
    date: Option<String>,
    labels: Labels,
    cover: Option<CoverView>,
    reports: Vec<ReportView>,
}

#[derive(Serialize)]
struct CoverView {
    recipient: String,
    lines: Vec<String>,
    approvals: Option<TableView>,
    running_header: String,
}

#[derive(Serialize)]
struct Labels {
    contents: String,
    date: String,
    see_table: String,
    generated: String,
    page: String,
    /// "pag." before a page number in the contents list.
    page_short: String,
    of: String,
}

#[derive(Serialize)]
struct ReportView {
    id: &'static str,
    title: String,
    /// The printed page it begins on, once known (contents list of a PDF).
    page: Option<u32>,
    blocks: Vec<BlockView>,
}

#[derive(Serialize)]
#[serde(untagged)]
enum BlockView {
    Text {
        kind: &'static str,
        /// The element's id (a heading's, that the blocks under it are named with).
        anchor: String,
        text: String,
    },
    Table(TableView),
    Chart(ChartView),
}

#[derive(Serialize)]
struct TableView {
    kind: &'static str,
    anchor: String,
    title: String,
    /// The id of the heading the table is under, if any: its scroll box is named by its
    /// title and that heading, so that each intervention's "Scheda" has a name of its own.
    heading: Option<String>,
    columns: Vec<ColumnView>,
    /// The body rows, written (see [`table_rows`]).
    body: String,
    /// On paper, a table wider than the page in parts (empty when it fits).
    parts: Vec<TablePartView>,
}

/// Some of a table's columns, always with the first: one printed part.
#[derive(Serialize)]
struct TablePartView {
    /// "(parte 1 di 3)".
    label: String,
    /// Positions in the table's columns.
    columns: Vec<usize>,
    /// The table's rows with these columns, written.
    body: String,
}

#[derive(Serialize)]
struct ColumnView {
    label: String,
    numeric: bool,
}

/// Renders the document with the `document.html` template.
pub fn render(document: &Document, options: &RenderOptions) -> Result<String, String> {
    let tera = templates::tera(&options.templates)?;
    let view = view(document, options.lang, &options.contents_pages);
    let context = tera::Context::from_serialize(&view).map_err(|e| e.to_string())?;
    let template = match document.layout {
        Layout::Report => "document.html",
        Layout::Council => "council.html",
    };
    tera.render(template, &context)
        .map_err(|e| format!("{template}: {e}"))
}

fn view(document: &Document, lang: Lang, pages: &BTreeMap<String, u32>) -> DocumentView {
    let label = |key| i18n::label(lang, key);
    DocumentView {
        lang: lang.code(),
        version: env!("CARGO_PKG_VERSION"),
        title: document.title.clone(),
        subtitle: document.subtitle.clone(),
        banner: document.banner.clone(),
        date: document.date.map(|d| i18n::format::date(d, lang)),
        labels: Labels {
            contents: label("html-contents"),
            date: label("html-date"),
            see_table: label("html-see-table"),
            generated: label("html-generated"),
            page: label("council-page"),
            page_short: label("html-page-short"),
            of: label("council-of"),
        },
        cover: document.cover.as_ref().map(|cover| CoverView {
            recipient: cover.recipient.clone(),
            lines: cover.lines.clone(),
            approvals: cover
                .approvals
                .as_ref()
                .map(|t| table_view(t, "cover-approvals".to_string(), lang)),
            running_header: cover.running_header.clone(),
        }),
        reports: document
            .reports
            .iter()
            .map(|report| {
                // Anchors unique in the document: report id and the block's position.
                let anchor = |index: usize, id: &str| format!("{}-{index}-{id}", report.id);
                let table_anchor = |id: &str| {
                    report
                        .blocks
                        .iter()
                        .enumerate()
                        .find(|(_, b)| matches!(b, Block::Table(t) if t.id == id))
                        .map_or_else(String::new, |(i, _)| anchor(i, id))
                };
                ReportView {
                    id: report.id,
                    title: report.title.clone(),
                    page: pages.get(report.id).copied(),
                    blocks: report_blocks(report, lang, anchor, table_anchor),
                }
            })
            .collect(),
    }
}

/// The blocks of a report as the templates show them, each table named with the heading
/// it is under.
fn report_blocks(
    report: &crate::report::Report,
    lang: Lang,
    anchor: impl Fn(usize, &str) -> String,
    table_anchor: impl Fn(&str) -> String,
) -> Vec<BlockView> {
    let mut heading: Option<String> = None;
    let mut blocks = Vec::new();
    let shown = report.blocks.iter().enumerate().filter(|(_, block)| {
        !block.is_empty_table()
            && !matches!(block, Block::Chart(c) if chart_layout::says_nothing(c))
    });
    for (index, block) in shown {
        blocks.push(match block {
            Block::Heading { text } => {
                let id = anchor(index, "heading");
                heading = Some(id.clone());
                BlockView::Text {
                    kind: "heading",
                    anchor: id,
                    text: text.clone(),
                }
            }
            Block::Paragraph { text } => BlockView::Text {
                kind: "paragraph",
                anchor: String::new(),
                text: keep_euro_with_amount(text),
            },
            Block::Table(table) => BlockView::Table(TableView {
                heading: heading.clone(),
                ..table_view(table, anchor(index, table.id), lang)
            }),
            Block::Chart(chart) => BlockView::Chart(chart_layout::layout(
                chart,
                anchor(index, chart.id),
                table_anchor(chart.table),
                lang,
            )),
        });
    }
    blocks
}

fn table_view(table: &Table, anchor: String, lang: Lang) -> TableView {
    // The first column holds the rows' labels, whatever their type.
    let numeric: Vec<bool> = (0..table.columns.len())
        .map(|i| {
            i > 0
                && table
                    .rows
                    .iter()
                    .any(|r| r.cells.get(i).is_some_and(|c| c.is_numeric()))
        })
        .collect();
    let rows: Vec<RowText> = table
        .rows
        .iter()
        .map(|row| RowText {
            role: match row.role {
                Role::Group => "group",
                Role::Item => "item",
                Role::Subtotal => "subtotal",
                Role::Total => "total",
            },
            own: row.own,
            cells: row
                .cells
                .iter()
                .map(|cell| keep_euro_with_amount(&display(cell, lang)))
                .collect(),
            classes: row
                .cells
                .iter()
                .map(|cell| match cell {
                    _ if cell.is_numeric() => "num",
                    Cell::Date(_) => "date",
                    _ => "",
                })
                .collect(),
        })
        .collect();
    let columns: Vec<ColumnView> = table
        .columns
        .iter()
        .zip(&numeric)
        .map(|(label, numeric)| ColumnView {
            label: label.clone(),
            numeric: *numeric,
        })
        .collect();
    let parts = printed_parts(&columns, &rows, lang);
    TableView {
        kind: "table",
        anchor,
        title: table.title.clone(),
        heading: None,
        body: table_rows::rows(&rows, None, columns.len()),
        parts,
        columns,
    }
}

/// `€ 1.234,56` with a no-break space, so that a line never ends with the euro sign alone.
fn keep_euro_with_amount(text: &str) -> String {
    text.replace("€ ", "€\u{a0}")
}

/// The parts a table is printed in, when it is too wide for the page.
fn printed_parts(columns: &[ColumnView], rows: &[RowText], lang: Lang) -> Vec<TablePartView> {
    let texts: Vec<print_parts::ColumnText> = columns
        .iter()
        .enumerate()
        .map(|(i, column)| print_parts::ColumnText {
            header: &column.label,
            cells: rows
                .iter()
                .filter(|r| r.role != "group")
                .filter_map(|r| r.cells.get(i).map(String::as_str))
                .collect(),
            numeric: column.numeric,
        })
        .collect();
    let parts = print_parts::parts(&texts, print_parts::PRINT_WIDTH);
    if parts.len() < 2 {
        return Vec::new();
    }
    let count = parts.len();
    parts
        .into_iter()
        .enumerate()
        .map(|(n, columns)| TablePartView {
            label: i18n::tr(
                lang,
                &i18n::Message::new("html-table-part")
                    .with("part", (n + 1) as u64)
                    .with("parts", count as u64),
            ),
            body: table_rows::rows(rows, Some(&columns), columns.len()),
            columns,
        })
        .collect()
}
