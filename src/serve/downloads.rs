//! A document as a file to download, in any format pdz writes: the same renderers as
//! `pdz report --output`, PDF printed by Chromium where it is installed.

use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};

use crate::i18n::{Lang, Message};
use crate::print::{self, PrintError};
use crate::render::{self, Format, RenderOptions, Spreadsheet};
use crate::report::Document;

/// A download format, by its file extension.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Download {
    Html,
    Md,
    Csv,
    Json,
    Xlsx,
    Ods,
    Pdf,
}

impl Download {
    /// Every format, in the order the pages offer them.
    pub const ALL: [Download; 7] = [
        Download::Pdf,
        Download::Xlsx,
        Download::Ods,
        Download::Csv,
        Download::Json,
        Download::Md,
        Download::Html,
    ];

    /// The formats a page offers now: PDF only where Chromium is found (it can be
    /// installed while the server runs), every other one always.
    pub fn offered() -> impl Iterator<Item = Download> {
        let chromium = print::find_chromium().is_some_and(|path| path.is_file());
        Download::ALL
            .into_iter()
            .filter(move |d| *d != Download::Pdf || chromium)
    }

    /// The format a `format=` parameter names.
    pub fn parse(text: &str) -> Option<Download> {
        Download::ALL.into_iter().find(|d| d.extension() == text)
    }

    pub fn extension(self) -> &'static str {
        match self {
            Download::Html => "html",
            Download::Md => "md",
            Download::Csv => "csv",
            Download::Json => "json",
            Download::Xlsx => "xlsx",
            Download::Ods => "ods",
            Download::Pdf => "pdf",
        }
    }

    /// The label on the page.
    pub fn label(self) -> &'static str {
        match self {
            Download::Html => "HTML",
            Download::Md => "Markdown",
            Download::Csv => "CSV",
            Download::Json => "JSON",
            Download::Xlsx => "Excel (XLSX)",
            Download::Ods => "LibreOffice (ODS)",
            Download::Pdf => "PDF",
        }
    }

    fn content_type(self) -> &'static str {
        match self {
            Download::Html => "text/html; charset=utf-8",
            Download::Md => "text/markdown; charset=utf-8",
            Download::Csv => "text/csv; charset=utf-8",
            Download::Json => "application/json",
            Download::Xlsx => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            Download::Ods => "application/vnd.oasis.opendocument.spreadsheet",
            Download::Pdf => "application/pdf",
        }
    }
}

/// The options the renderers get for a file (not a terminal).
pub fn render_options(lang: Lang) -> RenderOptions {
    RenderOptions {
        lang,
        ..RenderOptions::default()
    }
}

/// The document in that format, or why it cannot be made (and the status to say it with).
pub fn make(
    document: &Document,
    format: Download,
    lang: Lang,
    sources: &[String],
) -> Result<Vec<u8>, (StatusCode, Message)> {
    let options = render_options(lang);
    let text = |format| {
        render::render(document, format, &options)
            .map(String::into_bytes)
            .map_err(|error| {
                (
                    StatusCode::INTERNAL_SERVER_ERROR,
                    Message::new("report-template").with("error", error),
                )
            })
    };
    let workbook = |format| {
        render::workbook::render(document, format, lang, sources, false).map_err(|error| {
            (
                StatusCode::INTERNAL_SERVER_ERROR,
                Message::new("report-workbook").with("error", error),
            )
        })
    };
    match format {
        Download::Html => text(Format::Html),
        Download::Md => text(Format::Md),
        Download::Csv => text(Format::Csv),
        Download::Json => text(Format::Json),
        Download::Xlsx => workbook(Spreadsheet::Xlsx),
        Download::Ods => workbook(Spreadsheet::Ods),
        Download::Pdf => print::print_paginated(|pages| {
            let options = RenderOptions {
                contents_pages: pages.clone(),
                ..options.clone()
            };
            render::render(document, Format::Html, &options).ok()
        })
        .map_err(|error| match error {
            PrintError::NoChromium => (
                StatusCode::SERVICE_UNAVAILABLE,
                Message::new("report-no-chromium"),
            ),
            error => (
                StatusCode::INTERNAL_SERVER_ERROR,
                Message::new("report-pdf").with("error", error.to_string()),
            ),
        }),
    }
}

/// The file as a download named `name.EXT` (only letters, digits, `-`, `_` and `.` kept).
pub fn attachment(bytes: Vec<u8>, format: Download, name: &str) -> Response {
    let safe: String = name
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || "-_.".contains(c) {
                c
            } else {
                '_'
            }
        })
        .collect();
    let disposition = format!("attachment; filename=\"{safe}.{}\"", format.extension());
    let mut response = (StatusCode::OK, bytes).into_response();
    let headers = response.headers_mut();
    headers.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static(format.content_type()),
    );
    if let Ok(value) = HeaderValue::from_str(&disposition) {
        headers.insert(header::CONTENT_DISPOSITION, value);
    }
    response
}
