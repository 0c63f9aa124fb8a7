//! Reports as spreadsheets: a first sheet about the plan, then one sheet per table,
//! with typed cells and totals as `SUM` formulas. This module lays the workbook out
//! once ([`layout`]); [`xlsx`] and [`ods`] only translate it to each file format.
//!
//! A total or subtotal becomes a formula only where the rows it totals add up to
//! pdz's own figure to the cent: the formula then recomputes to exactly that figure.

mod ods;
mod xlsx;

use crate::i18n::{self, Lang, Message};
use crate::report::{Block, Cell, Document, Role, Table};

use super::cells::display;

/// A spreadsheet file format.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Spreadsheet {
    /// Office Open XML (Excel).
    Xlsx,
    /// OpenDocument (LibreOffice, the open format asked of public administrations).
    Ods,
}

/// The workbook of a document, as the bytes of a file of `format`. With `tidy`, a
/// report with a long form (the budget lines) gives that one sheet instead.
pub fn render(
    document: &Document,
    format: Spreadsheet,
    lang: Lang,
    sources: &[String],
    tidy: bool,
) -> Result<Vec<u8>, String> {
    write(&layout(document, lang, sources, tidy), format)
}

/// A laid-out book as the bytes of a file of `format`.
pub fn write(book: &Book, format: Spreadsheet) -> Result<Vec<u8>, String> {
    match format {
        Spreadsheet::Xlsx => xlsx::write(book),
        Spreadsheet::Ods => ods::write(book),
    }
}

/// The sheets of a workbook, ready to be written.
#[derive(Clone, Debug)]
pub struct Book {
    pub sheets: Vec<Sheet>,
}

/// One sheet: a title row, a header row (frozen, repeated on every printed page),
/// then the table's rows.
#[derive(Clone, Debug)]
pub struct Sheet {
    /// At most 31 characters, unique in the book, none of `[]:*?/\`.
    pub name: String,
    pub title: String,
    /// Empty for the first sheet, which has no header row.
    pub columns: Vec<String>,
    pub rows: Vec<SheetRow>,
    /// Width of each column, in characters.
    pub widths: Vec<f64>,
    /// Printed across the page.
    pub landscape: bool,
    /// Columns whose cells must be one of the ids in column A of another sheet
    /// (a drop-down list where the format allows): (column, that sheet's name).
    pub lists: Vec<(u16, String)>,
}

#[derive(Clone, Debug)]
pub struct SheetRow {
    /// Group headings, subtotals and totals.
    pub bold: bool,
    pub cells: Vec<Value>,
}

/// A cell as the spreadsheet stores it.
#[derive(Clone, Debug, PartialEq)]
pub enum Value {
    Empty,
    Text(String),
    Number(f64, Kind),
    /// `SUM` of the cells of the same column at these rows (0-based sheet rows,
    /// each range inclusive), with the value pdz computed.
    Sum(Vec<(u32, u32)>, f64, Kind),
    /// A date: year, month, day.
    Date(u32, u8, u8),
}

/// How a number is shown.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// `€ #.##0,00`.
    Money,
    /// A share, shown as `12,5 %`.
    Percent,
    /// `#.##0`.
    Count,
    /// `#.##0,00`.
    Decimal,
    /// `0`: a year, no thousands separator.
    Year,
}

/// The row of every table sheet's header (0-based), under its title row; the table's
/// rows start below it.
pub const HEADER_ROW: u32 = 1;
/// How many rows (from the top) a drop-down list covers.
pub const LIST_ROWS: u32 = 1000;
const FIRST_DATA_ROW: u32 = 2;

/// Lays the document out: the plan sheet, then one sheet per table.
pub fn layout(document: &Document, lang: Lang, sources: &[String], tidy: bool) -> Book {
    let mut sheets = vec![about(document, lang, sources)];
    let mut names: Vec<String> = vec![sheets[0].name.clone()];
    let tables = document.reports.iter().flat_map(|report| {
        let tables: Vec<&Table> = match &report.tidy {
            Some(long) if tidy => vec![long],
            _ => report
                .blocks
                .iter()
                .filter_map(|block| match block {
                    Block::Table(table) => Some(table),
                    _ => None,
                })
                .collect(),
        };
        tables.into_iter().map(move |table| (report, table))
    });
    for (report, table) in tables {
        let title = if table.title.is_empty() {
            report.title.clone()
        } else {
            table.title.clone()
        };
        let name = unique_name(&title, &names);
        names.push(name.clone());
        sheets.push(table_sheet(table, name, title, lang));
    }
    Book { sheets }
}

/// The plan, its ambito and period, the files it was read from, pdz's version.
fn about(document: &Document, lang: Lang, sources: &[String]) -> Sheet {
    let label = |key: &'static str| Value::Text(i18n::tr(lang, &Message::new(key)));
    let text = |text: &str| Value::Text(text.to_string());
    let mut rows = vec![
        vec![label("workbook-plan"), text(&document.title)],
        vec![label("workbook-ambito-period"), text(&document.subtitle)],
    ];
    if let Some(banner) = &document.banner {
        rows.push(vec![label("workbook-warning"), text(banner)]);
    }
    if let Some(date) = document.date {
        rows.push(vec![label("workbook-date"), date_value(&date.iso())]);
    }
    for (index, source) in sources.iter().enumerate() {
        let key = if index == 0 {
            label("workbook-sources")
        } else {
            Value::Empty
        };
        rows.push(vec![key, text(source)]);
    }
    rows.push(vec![
        label("workbook-version"),
        text(&format!("pdz {}", env!("CARGO_PKG_VERSION"))),
    ]);
    let rows: Vec<SheetRow> = rows
        .into_iter()
        .map(|cells| SheetRow { bold: false, cells })
        .collect();
    let widths = column_widths(&[], &rows);
    Sheet {
        name: truncate(&sanitise(&i18n::tr(lang, &Message::new("workbook-about")))),
        title: document.title.clone(),
        columns: Vec::new(),
        rows,
        widths,
        landscape: false,
        lists: Vec::new(),
    }
}

fn table_sheet(table: &Table, name: String, title: String, lang: Lang) -> Sheet {
    let mut rows: Vec<SheetRow> = Vec::new();
    for (index, row) in table.rows.iter().enumerate() {
        let cells = row
            .cells
            .iter()
            .enumerate()
            .map(|(column, cell)| match row.role {
                Role::Subtotal | Role::Total => total(table, index, column, cell, lang),
                Role::Group | Role::Item => value(cell, lang),
            })
            .collect();
        rows.push(SheetRow {
            bold: row.role != Role::Item,
            cells,
        });
    }
    let widths = column_widths(&table.columns, &rows);
    let landscape = table.columns.len() > 6 || widths.iter().sum::<f64>() > 100.0;
    Sheet {
        name,
        title,
        columns: table.columns.clone(),
        rows,
        widths,
        landscape,
        lists: Vec::new(),
    }
}

/// A typed cell as a spreadsheet value.
fn value(cell: &Cell, lang: Lang) -> Value {
    match cell {
        Cell::Empty | Cell::NoRate => Value::Empty,
        Cell::Money(cents) | Cell::MoneyChange(cents) => {
            Value::Number(cents.get() as f64 / 100.0, Kind::Money)
        }
        Cell::NoMoney => Value::Number(0.0, Kind::Money),
        Cell::Percent(bp) => Value::Number(*bp as f64 / 10_000.0, Kind::Percent),
        Cell::Count(n) => Value::Number(*n as f64, Kind::Count),
        Cell::CountChange(n) => Value::Number(*n as f64, Kind::Count),
        Cell::Decimal(h) => Value::Number(*h as f64 / 100.0, Kind::Decimal),
        Cell::Year(year) => Value::Number(f64::from(year.get()), Kind::Year),
        Cell::Date(date) => date_value(&date.iso()),
        Cell::Text(_) | Cell::Check(_) => Value::Text(display(cell, lang)),
    }
}

/// The exact figure of a summable cell (cents, a count, hundredths).
fn figure(cell: &Cell) -> Option<i128> {
    match cell {
        Cell::Money(_) | Cell::NoMoney => cell.money().map(|cents| cents.get()),
        Cell::MoneyChange(cents) => Some(cents.get()),
        Cell::Count(n) => i128::try_from(*n).ok(),
        Cell::CountChange(n) => Some(*n),
        Cell::Decimal(h) => i128::try_from(*h).ok(),
        _ => None,
    }
}

/// A total or subtotal cell: a `SUM` of the item rows since the last total (for a
/// total, else of the subtotals since the last total) when they add up to it.
fn total(table: &Table, index: usize, column: usize, cell: &Cell, lang: Lang) -> Value {
    let plain = value(cell, lang);
    let (Some(expected), Value::Number(shown, kind)) = (figure(cell), &plain) else {
        return plain;
    };
    let start = table.rows[..index]
        .iter()
        .rposition(|r| match table.rows[index].role {
            Role::Total => r.role == Role::Total,
            _ => matches!(r.role, Role::Total | Role::Subtotal),
        })
        .map_or(0, |at| at + 1);
    let mut candidates = vec![Role::Item];
    if table.rows[index].role == Role::Total {
        candidates.push(Role::Subtotal);
    }
    for role in candidates {
        let rows: Vec<usize> = (start..index)
            .filter(|&r| table.rows[r].role == role)
            .collect();
        let cells: Vec<&Cell> = rows
            .iter()
            .map(|&r| table.rows[r].cells.get(column).unwrap_or(&Cell::Empty))
            .collect();
        let summable = cells
            .iter()
            .all(|c| matches!(c, Cell::Empty) || figure(c).is_some());
        let sum: Option<i128> = cells
            .iter()
            .map(|c| figure(c).unwrap_or(0))
            .try_fold(0i128, |a, b| a.checked_add(b));
        if !rows.is_empty() && summable && sum == Some(expected) {
            return Value::Sum(ranges(&rows), *shown, *kind);
        }
    }
    plain
}

/// Table rows as contiguous runs of sheet rows.
fn ranges(rows: &[usize]) -> Vec<(u32, u32)> {
    let mut runs: Vec<(u32, u32)> = Vec::new();
    for &row in rows {
        let at = row as u32 + FIRST_DATA_ROW;
        match runs.last_mut() {
            Some((_, end)) if *end + 1 == at => *end = at,
            _ => runs.push((at, at)),
        }
    }
    runs
}

/// An ISO date as its parts (the writers turn them into each format's date).
fn date_value(iso: &str) -> Value {
    let part = |range: std::ops::Range<usize>| iso.get(range).and_then(|p| p.parse::<u32>().ok());
    let small = |range| part(range).and_then(|n| u8::try_from(n).ok());
    match (part(0..4), small(5..7), small(8..10)) {
        (Some(year), Some(month), Some(day)) => Value::Date(year, month, day),
        _ => Value::Text(iso.to_string()),
    }
}

/// Each column as wide as its longest value as people read it, within bounds.
pub fn column_widths(columns: &[String], rows: &[SheetRow]) -> Vec<f64> {
    let count = rows
        .iter()
        .map(|r| r.cells.len())
        .chain([columns.len()])
        .max()
        .unwrap_or(0);
    (0..count)
        .map(|column| {
            let header = columns.get(column).map_or(0, |c| c.chars().count());
            let longest = rows
                .iter()
                .filter_map(|r| r.cells.get(column))
                .map(shown_length)
                .chain([header])
                .max()
                .unwrap_or(0);
            (longest as f64 + 2.0).clamp(8.0, 60.0)
        })
        .collect()
}

/// About how many characters a value takes on screen.
fn shown_length(value: &Value) -> usize {
    match value {
        Value::Empty => 0,
        Value::Text(text) => text.chars().count(),
        Value::Number(number, kind) | Value::Sum(_, number, kind) => {
            let digits = format!("{:.0}", number.abs()).len();
            match kind {
                Kind::Money => digits + digits / 3 + 5,
                Kind::Percent => 8,
                Kind::Count | Kind::Decimal => digits + digits / 3 + 3,
                Kind::Year => 4,
            }
        }
        Value::Date(..) => 10,
    }
}

/// A sheet name from a title: unique, at most 31 characters.
fn unique_name(title: &str, taken: &[String]) -> String {
    let base = truncate(&sanitise(title));
    let base = if base.is_empty() {
        "Tabella".to_string()
    } else {
        base
    };
    if !taken.iter().any(|t| t.eq_ignore_ascii_case(&base)) {
        return base;
    }
    (2..)
        .map(|n| {
            let suffix = format!(" ({n})");
            let room = 31 - suffix.chars().count();
            format!("{}{suffix}", base.chars().take(room).collect::<String>())
        })
        .find(|name| !taken.iter().any(|t| t.eq_ignore_ascii_case(name)))
        .unwrap_or(base)
}

/// Without the characters a sheet name may not hold, nor a leading or trailing quote.
fn sanitise(title: &str) -> String {
    let cleaned: String = title
        .chars()
        .map(|c| match c {
            '[' | ']' | ':' | '*' | '?' | '/' | '\\' => ' ',
            c if c.is_control() => ' ',
            c => c,
        })
        .collect();
    cleaned.trim().trim_matches('\'').trim().to_string()
}

fn truncate(name: &str) -> String {
    name.chars()
        .take(31)
        .collect::<String>()
        .trim_end()
        .to_string()
}

/// `C`, `AA`: the letters of a 0-based column.
pub fn column_letters(column: u32) -> String {
    let mut letters = Vec::new();
    let mut n = column + 1;
    while n > 0 {
        let rest = (n - 1) % 26;
        letters.push(b'A' + rest as u8);
        n = (n - 1) / 26;
    }
    letters.reverse();
    String::from_utf8(letters).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn column_letters_and_dates() {
        assert_eq!(column_letters(0), "A");
        assert_eq!(column_letters(25), "Z");
        assert_eq!(column_letters(26), "AA");
        assert_eq!(date_value("2024-12-31"), Value::Date(2024, 12, 31));
    }

    #[test]
    fn totals_are_sums_of_the_rows_they_total_when_those_add_up() {
        use crate::model::Cents;
        use crate::report::Row;
        let money = |c: i128| Cell::Money(Cents::new(c));
        let row = |role, cells| Row::new(role, cells);
        let table = Table {
            id: "t",
            title: "T".into(),
            columns: vec!["a".into(), "b".into(), "c".into()],
            rows: vec![
                row(Role::Group, vec![Cell::text("A"), Cell::Empty, Cell::Empty]),
                row(
                    Role::Item,
                    vec![Cell::text("x"), money(150), Cell::Percent(5000)],
                ),
                row(
                    Role::Item,
                    vec![Cell::text("y"), money(50), Cell::Percent(5000)],
                ),
                row(
                    Role::Subtotal,
                    vec![Cell::text("A"), money(200), Cell::Percent(10_000)],
                ),
                row(Role::Item, vec![Cell::text("z"), money(1), Cell::Empty]),
                row(Role::Subtotal, vec![Cell::text("B"), money(2), Cell::Empty]),
                row(Role::Total, vec![Cell::text("T"), money(201), Cell::Empty]),
            ],
        };
        let sheet = table_sheet(&table, "T".into(), "T".into(), Lang::It);
        // Rows 2..=3 of the sheet (0-based) are the first two items.
        assert_eq!(
            sheet.rows[3].cells[1],
            Value::Sum(vec![(3, 4)], 2.0, Kind::Money)
        );
        // A share is not a sum; a subtotal its rows do not add up to stays a number.
        assert_eq!(sheet.rows[3].cells[2], Value::Number(1.0, Kind::Percent));
        assert_eq!(sheet.rows[5].cells[1], Value::Number(0.02, Kind::Money));
        // The total is the sum of the items of the whole table.
        assert_eq!(
            sheet.rows[6].cells[1],
            Value::Sum(vec![(3, 4), (6, 6)], 2.01, Kind::Money)
        );
        assert!(sheet.rows[0].bold && !sheet.rows[1].bold);
    }

    #[test]
    fn sheet_names_are_unique_and_short() {
        let taken = vec!["Bilancio".to_string()];
        assert_eq!(unique_name("Bilancio", &taken), "Bilancio (2)");
        assert_eq!(unique_name("a/b: c?", &taken), "a b  c");
        let long = "x".repeat(40);
        assert_eq!(unique_name(&long, &taken).chars().count(), 31);
    }
}
