//! Reports in the terminal, with comfy-table: tables fit the terminal width;
//! group, subtotal and total rows are bold when styling is allowed.

use comfy_table::presets::UTF8_FULL_CONDENSED;
use comfy_table::{Attribute, CellAlignment, ColumnConstraint, ContentArrangement, Width};

use super::RenderOptions;
use super::cells::display;
use crate::i18n::{Lang, Message};
use crate::report::{Block, Cell, Document, Role, Table};
use crate::visible::visible;

pub fn render(document: &Document, options: &RenderOptions) -> String {
    let mut out = format!(
        "{}\n{}\n",
        visible(&document.title),
        visible(&document.subtitle)
    );
    if let Some(cover) = &document.cover {
        out.push_str(&format!(
            "\n{}\n{}\n",
            visible(&cover.recipient),
            cover
                .lines
                .iter()
                .map(|line| visible(line))
                .collect::<Vec<_>>()
                .join("\n")
        ));
        if let Some(approvals) = &cover.approvals {
            out.push_str(&format!(
                "\n{}\n{}\n",
                visible(&approvals.title),
                table_text(approvals, options)
            ));
        }
    }
    if let Some(banner) = &document.banner {
        out.push_str(&format!("\n!! {}\n", visible(banner)));
    }
    if let Some(date) = document.date {
        out.push_str(&format!(
            "{}\n",
            crate::i18n::format::date(date, options.lang)
        ));
    }
    for report in &document.reports {
        out.push_str(&format!("\n== {} ==\n", visible(&report.title)));
        for block in report.blocks.iter().filter(|b| !b.is_empty_table()) {
            match block {
                Block::Heading { text } => out.push_str(&format!("\n-- {} --\n", visible(text))),
                Block::Paragraph { text } => out.push_str(&format!("\n{}\n", visible(text))),
                Block::Table(table) => {
                    out.push_str(&format!("\n{}\n", visible(&table.title)));
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
    if let Some(width) = options.width {
        text.set_width(width);
    } else if !options.terminal {
        text.force_no_tty();
    }
    if options.terminal && options.styled {
        text.enforce_styling();
    }
    text.set_header(
        table
            .columns
            .iter()
            .map(|c| comfy_table::Cell::new(visible(c)).add_attribute(Attribute::Bold)),
    );
    for row in &table.rows {
        let strong = row.role != Role::Item || row.own;
        text.add_row(row.cells.iter().enumerate().map(|(i, cell)| {
            let shown = visible(&display(cell, options.lang)).into_owned();
            // The reader's own comune is marked, in colour or not.
            let shown = if row.own && i == 0 {
                format!("▸ {shown}")
            } else {
                shown
            };
            let mut c = comfy_table::Cell::new(shown);
            if cell.is_numeric() {
                c = c.set_alignment(CellAlignment::Right);
            }
            if strong && options.styled {
                c = c.add_attribute(Attribute::Bold);
            }
            c
        }));
    }
    let dropped = keep_figures_whole(&mut text, table, options.lang);
    let mut out = text.to_string();
    if !dropped.is_empty() {
        let message = Message::new("table-columns-dropped").with("columns", dropped.join(", "));
        out.push_str(&format!("\n({})", crate::i18n::tr(options.lang, &message)));
    }
    out
}

/// Narrowest a column of words is made before columns of figures are dropped.
const MIN_TEXT_WIDTH: usize = 10;

/// A figure is never wrapped inside its cell (`€ 450.0` over `00,00` reads as another
/// amount): each column of figures is kept as wide as its widest figure. When the table
/// cannot fit the width so, columns of figures are dropped, from the right but the last
/// one (most often the total) first; their names are returned, for the note under it.
fn keep_figures_whole(text: &mut comfy_table::Table, table: &Table, lang: Lang) -> Vec<String> {
    let Some(width) = text.width() else {
        return Vec::new();
    };
    let columns: Vec<(bool, usize, usize)> = (0..table.columns.len())
        .map(|i| {
            let cells = table.rows.iter().filter_map(|r| r.cells.get(i));
            let figures = cells
                .clone()
                .any(|c| c.is_numeric() || matches!(c, Cell::Date(_)));
            let widest = cells
                .map(|c| display(c, lang).chars().count())
                .max()
                .unwrap_or(0);
            // A column of words is not made narrower than its header's longest word.
            let word = table.columns[i]
                .split_whitespace()
                .map(|w| w.chars().count())
                .max()
                .unwrap_or(0);
            (figures, widest, word)
        })
        .collect();
    for (i, (figures, widest, word)) in columns.iter().enumerate() {
        // The boundary counts the padding of one space on each side.
        let least = if *figures { *widest } else { *word };
        if let Some(column) = text.column_mut(i) {
            column.set_constraint(ColumnConstraint::LowerBoundary(Width::Fixed(
                u16::try_from(least + 2).unwrap_or(u16::MAX),
            )));
        }
    }
    // Each column takes its content, two spaces of padding and a border; one more border.
    let need = |(figures, widest, word): (bool, usize, usize)| {
        3 + if figures {
            widest
        } else {
            widest.min(MIN_TEXT_WIDTH).max(word)
        }
    };
    let mut shown: Vec<usize> = (0..columns.len()).collect();
    let mut total = 1 + columns.iter().map(|c| need(*c)).sum::<usize>();
    let mut dropped = Vec::new();
    while total > usize::from(width) {
        let figures: Vec<usize> = shown.iter().copied().filter(|&i| columns[i].0).collect();
        let victim = match figures.as_slice() {
            [] | [_] => break,
            [.., before, last] if *last == columns.len() - 1 => *before,
            [.., last] => *last,
        };
        shown.retain(|&i| i != victim);
        total -= need(columns[victim]);
        if let Some(column) = text.column_mut(victim) {
            column.set_constraint(ColumnConstraint::Hidden);
        }
        dropped.push(visible(&table.columns[victim]).into_owned());
    }
    dropped.reverse();
    dropped
}
