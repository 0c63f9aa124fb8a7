//! A sheet as rows of cells, read from CSV text or from a workbook (`.xlsx`, `.xls`,
//! `.ods`, with calamine), so that one reader turns either into plan data.

use std::io::Cursor;

use calamine::{Data, Reader};

use super::budget_sheet::{RowProblem, problem};
use crate::i18n::Message;

/// One cell: text as written, or a number as the spreadsheet stores it.
#[derive(Clone, Debug, PartialEq)]
pub enum Field {
    Text(String),
    Number(f64),
}

/// A row of a sheet: its number (1 is the first) and its cells from column A.
#[derive(Clone, Debug)]
pub struct Record {
    pub row: u64,
    pub cells: Vec<Field>,
}

/// The rows of one sheet.
#[derive(Clone, Debug)]
pub struct Grid {
    /// The sheet's name in a workbook; `None` for CSV.
    pub sheet: Option<String>,
    pub records: Vec<Record>,
    /// Text amounts may be written the Italian way (`1.250.000,50`).
    pub italian: bool,
}

impl Field {
    /// The cell as text, trimmed: a number in its shortest decimal form (`1234.5`).
    pub fn text(&self) -> String {
        match self {
            Field::Text(text) => text.trim().to_owned(),
            Field::Number(number) => number.to_string(),
        }
    }

    pub fn is_blank(&self) -> bool {
        matches!(self, Field::Text(text) if text.trim().is_empty())
    }
}

impl Record {
    /// The cell at a 0-based column; blank past the row's end.
    pub fn field(&self, column: usize) -> Field {
        self.cells
            .get(column)
            .cloned()
            .unwrap_or(Field::Text(String::new()))
    }
}

/// A CSV text as a grid: `,` or `;` separated (the first line decides), UTF-8 with or
/// without BOM. Rows the CSV reader cannot read are problems, the others are kept.
pub fn from_csv(bytes: &[u8]) -> Result<(Grid, Vec<RowProblem>), Vec<RowProblem>> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    if let Err(error) = std::str::from_utf8(bytes) {
        let valid = &bytes[..error.valid_up_to()];
        let row = valid.iter().filter(|&&b| b == b'\n').count() as u64 + 1;
        return Err(vec![
            problem(row, None, Message::new("import-not-utf8"))
                .with_help(Message::new("import-help-utf8")),
        ]);
    }
    let first_line = bytes.split(|&b| b == b'\n').next().unwrap_or_default();
    let semicolons = first_line.iter().filter(|&&b| b == b';').count();
    let commas = first_line.iter().filter(|&&b| b == b',').count();
    let delimiter = if semicolons > commas { b';' } else { b',' };
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .has_headers(false)
        .flexible(true)
        .from_reader(bytes);
    let mut records = Vec::new();
    let mut problems = Vec::new();
    for record in reader.byte_records() {
        match record {
            Ok(record) => records.push(Record {
                row: record.position().map_or(0, |p| row_at(bytes, p)),
                cells: record
                    .iter()
                    .map(|c| Field::Text(String::from_utf8_lossy(c).into_owned()))
                    .collect(),
            }),
            Err(error) => problems.push(csv_problem(bytes, &error)),
        }
    }
    let grid = Grid {
        sheet: None,
        records,
        italian: delimiter == b';',
    };
    Ok((grid, problems))
}

/// The most cells pdz reads from one sheet, and the last column it reads (`ALL`):
/// a plan's sheets have a few columns, and a file naming a cell far away must not
/// make pdz allocate the whole grid up to it.
const MAX_CELLS: usize = 1_000_000;
const MAX_COLUMNS: u32 = 1_000;

/// Every sheet of a workbook, in order, or why the file is no workbook. XLSX sheets
/// are read cell by cell, so only the cells present take memory.
pub fn from_workbook(bytes: &[u8]) -> Result<Vec<Grid>, Message> {
    if bytes.len() as u64 > crate::limits::MAX_FILE_BYTES {
        return Err(too_large("", crate::limits::MAX_FILE_BYTES as usize));
    }
    if let Ok(mut xlsx) = calamine::Xlsx::new(Cursor::new(bytes)) {
        let mut grids = Vec::new();
        for name in xlsx.sheet_names() {
            let mut reader = xlsx.worksheet_cells_reader(&name).map_err(not_workbook)?;
            let mut cells = Vec::new();
            while let Some(cell) = reader.next_cell().map_err(not_workbook)? {
                if cells.len() == MAX_CELLS {
                    return Err(too_large(&name, MAX_CELLS));
                }
                let (row, column) = cell.get_position();
                cells.push((row, column, Data::from(cell.get_value().clone())));
            }
            grids.push(grid_of(name, cells)?);
        }
        return Ok(grids);
    }
    let mut workbook =
        calamine::open_workbook_auto_from_rs(Cursor::new(bytes)).map_err(not_workbook)?;
    let mut grids = Vec::new();
    for name in workbook.sheet_names() {
        let range = workbook.worksheet_range(&name).map_err(not_workbook)?;
        if range.get_size().0.saturating_mul(range.get_size().1) > MAX_CELLS {
            return Err(too_large(&name, MAX_CELLS));
        }
        let cells = range
            .used_cells()
            .map(|(row, column, data)| {
                let (top, left) = range.start().unwrap_or((0, 0));
                (top + row as u32, left + column as u32, data.clone())
            })
            .collect();
        grids.push(grid_of(name, cells)?);
    }
    Ok(grids)
}

/// The records of a sheet from its cells (0-based row and column), rows in order.
fn grid_of(name: String, cells: Vec<(u32, u32, Data)>) -> Result<Grid, Message> {
    let mut rows: std::collections::BTreeMap<u32, Vec<Field>> = Default::default();
    for (row, column, data) in cells {
        let value = field(&data);
        if value.is_blank() {
            continue;
        }
        if column >= MAX_COLUMNS {
            return Err(Message::new("import-workbook-too-wide")
                .with("sheet", name.as_str())
                .with(
                    "cell",
                    format!("{}{}", column_letters(column as usize + 1), row + 1),
                )
                .with("last", column_letters(MAX_COLUMNS as usize)));
        }
        let cells = rows.entry(row).or_default();
        if cells.len() <= column as usize {
            cells.resize(column as usize + 1, Field::Text(String::new()));
        }
        cells[column as usize] = value;
    }
    let records = rows
        .into_iter()
        .map(|(row, cells)| Record {
            row: u64::from(row) + 1,
            cells,
        })
        .collect();
    Ok(Grid {
        sheet: Some(name),
        records,
        italian: true,
    })
}

fn not_workbook(error: impl std::fmt::Display) -> Message {
    Message::new("import-not-workbook").with("error", error.to_string())
}

fn too_large(sheet: &str, max: usize) -> Message {
    Message::new("import-workbook-too-large")
        .with("sheet", sheet)
        .with("max", max as u64)
}

/// A workbook cell as a field: numbers stay numbers, everything else is its text.
fn field(data: &Data) -> Field {
    match data {
        Data::Int(n) => Field::Number(*n as f64),
        Data::Float(f) => Field::Number(*f),
        Data::String(text) | Data::DateTimeIso(text) | Data::DurationIso(text) => {
            Field::Text(text.clone())
        }
        Data::Bool(value) => Field::Text(value.to_string()),
        Data::DateTime(date) => Field::Number(date.as_f64()),
        Data::Error(error) => Field::Text(error.to_string()),
        Data::Empty => Field::Text(String::new()),
    }
}

/// The 1-based line a record starts on, counted from its byte offset: the CSV reader's
/// own line count is one short after CRLF line ends (Excel on Windows), where the record
/// is said to start at the `\n` of the line before.
fn row_at(bytes: &[u8], position: &csv::Position) -> u64 {
    let mut start = (position.byte() as usize).min(bytes.len());
    while bytes.get(start).is_some_and(|b| matches!(b, b'\r' | b'\n')) {
        start += 1;
    }
    bytes[..start].iter().filter(|&&b| b == b'\n').count() as u64 + 1
}

/// A row the CSV reader could not read (a quote left open).
fn csv_problem(bytes: &[u8], error: &csv::Error) -> RowProblem {
    let row = error.position().map_or(1, |p| row_at(bytes, p));
    problem(
        row,
        None,
        Message::new("import-bad-row").with("error", error.to_string()),
    )
}

/// `C`, `AA`: the letters of a 1-based column.
pub fn column_letters(column: usize) -> String {
    let mut letters = Vec::new();
    let mut n = column;
    while n > 0 {
        letters.push(b'A' + ((n - 1) % 26) as u8);
        n = (n - 1) / 26;
    }
    letters.reverse();
    String::from_utf8(letters).unwrap_or_default()
}

/// A sheet name as a reference writes it: quoted when it holds more than letters,
/// digits and `_`.
pub fn sheet_reference(name: &str) -> String {
    if !name.is_empty() && name.chars().all(|c| c.is_alphanumeric() || c == '_') {
        name.to_owned()
    } else {
        format!("'{}'", name.replace('\'', "''"))
    }
}
