//! Reports as JSON: the table model, versioned, with typed values (money as exact
//! decimal strings and cents, never floats).

use serde_json::{Value, json};

use crate::report::{Bars, Block, Cell, ChartUnit, Document, Role, Row, Table};

/// Version of the report JSON; bumped on incompatible changes.
pub const VERSION: u32 = 1;

pub fn render(document: &Document) -> String {
    let mut value = json!({
        "version": VERSION,
        "title": document.title,
        "subtitle": document.subtitle,
        "banner": document.banner,
        "date": document.date.map(|d| d.iso()),
        "reports": document.reports.iter().map(|report| json!({
            "id": report.id,
            "title": report.title,
            "blocks": report.blocks.iter().map(block).collect::<Vec<_>>(),
        })).collect::<Vec<_>>(),
    });
    // Only documents with a front page (the council's) carry the key.
    if let (Some(cover), Some(object)) = (&document.cover, value.as_object_mut()) {
        object.insert(
            "cover".into(),
            json!({
                "recipient": cover.recipient,
                "lines": cover.lines,
                "approvals": cover.approvals.as_ref().map(table_value),
            }),
        );
    }
    serde_json::to_string_pretty(&value).unwrap_or_default() + "\n"
}

fn block(block: &Block) -> Value {
    match block {
        Block::Heading { text } => json!({ "type": "heading", "text": text }),
        Block::Paragraph { text } => json!({ "type": "paragraph", "text": text }),
        Block::Table(table) => table_value(table),
        Block::Chart(chart) => json!({
            "type": "chart",
            "id": chart.id,
            "title": chart.title,
            "description": chart.description,
            "unit": match chart.unit { ChartUnit::Money => "money", ChartUnit::Percent => "percent" },
            "bars": match chart.bars { Bars::Stacked => "stacked", Bars::Grouped => "grouped" },
            "categories": chart.categories,
            "series": chart.series.iter().map(|s| json!({
                "name": s.name,
                "values": s.values.iter().map(|v| v.to_string()).collect::<Vec<_>>(),
            })).collect::<Vec<_>>(),
            "table": chart.table,
        }),
    }
}

/// A row: its role and cells, and `"own": true` for the reader's own comune.
fn row_value(row: &Row) -> Value {
    let mut value = json!({
        "role": match row.role {
            Role::Group => "group",
            Role::Item => "item",
            Role::Subtotal => "subtotal",
            Role::Total => "total",
        },
        "cells": row.cells.iter().map(cell).collect::<Vec<_>>(),
    });
    if row.own {
        value["own"] = Value::Bool(true);
    }
    value
}

fn table_value(table: &Table) -> Value {
    json!({
        "type": "table",
        "id": table.id,
        "title": table.title,
        "columns": table.columns,
        "rows": table.rows.iter().map(row_value).collect::<Vec<_>>(),
    })
}

fn cell(cell: &Cell) -> Value {
    match cell {
        Cell::Empty => json!({ "type": "empty" }),
        Cell::Text(text) => json!({ "type": "text", "value": text }),
        Cell::NoMoney => json!({ "type": "money", "value": "0.00", "cents": "0" }),
        Cell::Money(cents) => {
            json!({ "type": "money", "value": cents.to_fixed(), "cents": cents.get().to_string() })
        }
        Cell::Percent(bp) => json!({ "type": "percent", "basis_points": bp }),
        Cell::NoRate => json!({ "type": "percent", "basis_points": null }),
        Cell::Count(n) => json!({ "type": "count", "value": n }),
        Cell::Decimal(h) => {
            json!({ "type": "decimal", "value": format!("{}.{:02}", h / 100, h % 100) })
        }
        Cell::Year(year) => json!({ "type": "year", "value": year.get() }),
        Cell::Date(date) => json!({ "type": "date", "value": date.iso() }),
        Cell::Check(value) => json!({ "type": "check", "value": value }),
        Cell::MoneyChange(cents) => {
            json!({ "type": "money-change", "value": cents.to_fixed(), "cents": cents.get().to_string() })
        }
        Cell::CountChange(n) => json!({ "type": "count-change", "value": n }),
    }
}
