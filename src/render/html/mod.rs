//! Reports as one self-contained HTML page: inline CSS and SVG, no external
//! request, readable on a phone and printable on A4. Every user string is
//! escaped by tera's autoescaping, in HTML and in SVG.

mod chart_layout;
pub mod templates;

use serde::Serialize;

use super::RenderOptions;
use super::cells::display;
use crate::i18n::{self, Lang};
use crate::report::{Block, Document, Layout, Role, Table};
use chart_layout::ChartView;

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
    of: String,
}

#[derive(Serialize)]
struct ReportView {
    id: &'static str,
    title: String,
    blocks: Vec<BlockView>,
}

#[derive(Serialize)]
#[serde(untagged)]
enum BlockView {
    Text { kind: &'static str, text: String },
    Table(TableView),
    Chart(ChartView),
}

#[derive(Serialize)]
struct TableView {
    kind: &'static str,
    anchor: String,
    title: String,
    columns: Vec<ColumnView>,
    rows: Vec<RowView>,
}

#[derive(Serialize)]
struct ColumnView {
    label: String,
    numeric: bool,
}

#[derive(Serialize)]
struct RowView {
    role: &'static str,
    cells: Vec<CellView>,
}

#[derive(Serialize)]
struct CellView {
    text: String,
    class: &'static str,
}

/// Renders the document with the `document.html` template.
pub fn render(document: &Document, options: &RenderOptions) -> Result<String, String> {
    let tera = templates::tera(&options.templates)?;
    let view = view(document, options.lang);
    let context = tera::Context::from_serialize(&view).map_err(|e| e.to_string())?;
    let template = match document.layout {
        Layout::Report => "document.html",
        Layout::Council => "council.html",
    };
    tera.render(template, &context)
        .map_err(|e| format!("{template}: {e}"))
}

fn view(document: &Document, lang: Lang) -> DocumentView {
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
                    blocks: report
                        .blocks
                        .iter()
                        .enumerate()
                        .map(|(index, block)| match block {
                            Block::Heading { text } => BlockView::Text {
                                kind: "heading",
                                text: text.clone(),
                            },
                            Block::Paragraph { text } => BlockView::Text {
                                kind: "paragraph",
                                text: text.clone(),
                            },
                            Block::Table(table) => {
                                BlockView::Table(table_view(table, anchor(index, table.id), lang))
                            }
                            Block::Chart(chart) => BlockView::Chart(chart_layout::layout(
                                chart,
                                anchor(index, chart.id),
                                table_anchor(chart.table),
                                lang,
                            )),
                        })
                        .collect(),
                }
            })
            .collect(),
    }
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
    TableView {
        kind: "table",
        anchor,
        title: table.title.clone(),
        columns: table
            .columns
            .iter()
            .zip(&numeric)
            .map(|(label, numeric)| ColumnView {
                label: label.clone(),
                numeric: *numeric,
            })
            .collect(),
        rows: table
            .rows
            .iter()
            .map(|row| RowView {
                role: match row.role {
                    Role::Group => "group",
                    Role::Item => "item",
                    Role::Subtotal => "subtotal",
                    Role::Total => "total",
                },
                cells: row
                    .cells
                    .iter()
                    .map(|cell| CellView {
                        text: display(cell, lang),
                        class: if cell.is_numeric() { "num" } else { "" },
                    })
                    .collect(),
            })
            .collect(),
    }
}
