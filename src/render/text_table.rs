//! Reports in the terminal, with comfy-table: tables fit the terminal width;
//! group, subtotal and total rows are bold when styling is allowed.

use comfy_table::presets::UTF8_FULL_CONDENSED;
use comfy_table::{Attribute, CellAlignment, ContentArrangement};

use super::RenderOptions;
use super::cells::display;
use crate::report::{Block, Document, Role, Table};

pub fn render(document: &Document, options: &RenderOptions) -> String {
    let mut out = format!("{}\n{}\n", document.title, document.subtitle);
    if let Some(cover) = &document.cover {
        out.push_str(&format!(
            "\n{}\n{}\n",
            cover.recipient,
            cover.lines.join("\n")
        ));
        if let Some(approvals) = &cover.approvals {
            out.push_str(&format!(
                "\n{}\n{}\n",
                approvals.title,
                table_text(approvals, options)
            ));
        }
    }
    if let Some(banner) = &document.banner {
        out.push_str(&format!("\n!! {banner}\n"));
    }
    if let Some(date) = document.date {
        out.push_str(&format!(
            "{}\n",
            crate::i18n::format::date(date, options.lang)
        ));
    }
    for report in &document.reports {
        out.push_str(&format!("\n== {} ==\n", report.title));
        for block in report.blocks.iter().filter(|b| !b.is_empty_table()) {
            match block {
                Block::Heading { text } => out.push_str(&format!("\n-- {text} --\n")),
                Block::Paragraph { text } => out.push_str(&format!("\n{text}\n")),
                Block::Table(table) => {
                    out.push_str(&format!("\n{}\n", table.title));
                    out.push_str(&table_text(table, options));
                    out.push('\n');
                }
                // The figures of every chart are in the table beside it.
                Block::Chart(_) => {}
            }
        }
    }
    out
}

fn table_text(table: &Table, options: &RenderOptions) -> String {
    let mut text = comfy_table::Table::new();
    text.load_style(UTF8_FULL_CONDENSED)
        .set_content_arrangement(ContentArrangement::Dynamic);
    if options.terminal {
        if options.styled {
            text.enforce_styling();
        }
    } else {
        text.force_no_tty();
    }
    text.set_header(
        table
            .columns
            .iter()
            .map(|c| comfy_table::Cell::new(c).add_attribute(Attribute::Bold)),
    );
    for row in &table.rows {
        let strong = row.role != Role::Item;
        text.add_row(row.cells.iter().map(|cell| {
            let mut c = comfy_table::Cell::new(display(cell, options.lang));
            if cell.is_numeric() {
                c = c.set_alignment(CellAlignment::Right);
            }
            if strong && options.styled {
                c = c.add_attribute(Attribute::Bold);
            }
            c
        }));
    }
    text.to_string()
}
