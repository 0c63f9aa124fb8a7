//! A whole plan kept in a workbook: the sheets `Piano`, `Comuni`, `Aree`, `Fondi`,
//! `Interventi` and `Bilancio` (or their English names), one header row each, read
//! into a plan file. [`SHEETS`] is the layout both `pdz init --workbook` writes and
//! this reader reads. Each cell is checked where it stands (`Fondi!E4`); what needs
//! the whole plan (fund ceilings, LEPS...) is left to `pdz check` on the file written.

use foldhash::HashSet;

use super::budget_sheet::{RowProblem, problem};
use super::grid::{self, Field, Grid};
use crate::i18n::Message;
use crate::load::lower::amount_messages;
use crate::model::{Cents, Id, Year};
use crate::plan_file::yaml_quoted;

/// What a column holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Id,
    Text,
    Year,
    Amount,
    Count,
    /// Ids separated by commas.
    IdList,
    /// An ISTAT code: six digits, kept as text.
    Code,
}

/// A column of a sheet: its Italian and English headers, what it holds, whether
/// every row needs it, and the sheet whose ids it must name.
#[derive(Clone, Copy, Debug)]
pub struct Column {
    pub headers: [&'static str; 2],
    pub kind: Kind,
    pub required: bool,
    pub refers_to: Option<&'static str>,
}

/// A sheet: its Italian and English names and its columns.
#[derive(Clone, Copy, Debug)]
pub struct SheetSpec {
    pub names: [&'static str; 2],
    pub columns: &'static [Column],
}

const fn column(it: &'static str, en: &'static str, kind: Kind, required: bool) -> Column {
    Column {
        headers: [it, en],
        kind,
        required,
        refers_to: None,
    }
}

const fn reference(
    it: &'static str,
    en: &'static str,
    sheet: &'static str,
    required: bool,
) -> Column {
    Column {
        headers: [it, en],
        kind: Kind::Id,
        required,
        refers_to: Some(sheet),
    }
}

/// The sheets of a plan workbook, in order.
pub const SHEETS: [SheetSpec; 6] = [
    SheetSpec {
        names: ["Piano", "Plan"],
        columns: &[
            column("titolo", "title", Kind::Text, true),
            column("dal", "from", Kind::Year, true),
            column("al", "to", Kind::Year, true),
            column("ambito", "ambito", Kind::Id, true),
            column("nome ambito", "ambito name", Kind::Text, true),
            column("regione", "region", Kind::Text, false),
            reference("capofila", "capofila", "Comuni", false),
        ],
    },
    SheetSpec {
        names: ["Comuni", "Comuni"],
        columns: &[
            column("id", "id", Kind::Id, true),
            column("nome", "name", Kind::Text, true),
            column("istat", "istat", Kind::Code, false),
            column("residenti", "population", Kind::Count, true),
        ],
    },
    SheetSpec {
        names: ["Aree", "Areas"],
        columns: &[
            column("id", "id", Kind::Id, true),
            column("nome", "name", Kind::Text, true),
        ],
    },
    SheetSpec {
        names: ["Fondi", "Funds"],
        columns: &[
            column("id", "id", Kind::Id, true),
            column("programma", "programme", Kind::Id, true),
            column("nome", "name", Kind::Text, false),
            column("annualità", "annualita", Kind::Year, false),
            column("importo", "amount", Kind::Amount, true),
        ],
    },
    SheetSpec {
        names: ["Interventi", "Interventions"],
        columns: &[
            column("id", "id", Kind::Id, true),
            column("nome", "name", Kind::Text, true),
            reference("area", "area", "Aree", true),
            column("leps", "leps", Kind::IdList, false),
            column("destinatari", "targets", Kind::IdList, false),
            column("gestione", "management", Kind::Id, false),
            column("comuni", "comuni", Kind::Text, false),
        ],
    },
    SheetSpec {
        names: ["Bilancio", "Budget"],
        columns: &[
            reference("intervento", "intervention", "Interventi", true),
            column("anno", "year", Kind::Year, true),
            reference("fondo", "fund", "Fondi", true),
            column("importo", "amount", Kind::Amount, true),
        ],
    },
];

/// A checked cell.
#[derive(Clone, Debug, PartialEq, Eq)]
enum Cell {
    Blank,
    Text(String),
    Year(Year),
    Amount(Cents),
    Count(u64),
}

/// The checked rows of one sheet.
type Rows = Vec<Vec<Cell>>;

/// Reads the workbook into the text of a plan file, or says every problem at its cell.
pub fn read_plan_workbook(bytes: &[u8]) -> Result<String, Vec<RowProblem>> {
    let grids = grid::from_workbook(bytes).map_err(|message| vec![problem(1, None, message)])?;
    let mut problems = Vec::new();
    let mut sheets: Vec<Rows> = Vec::new();
    for spec in &SHEETS {
        let found = grids.iter().find(|g| {
            let name = g.sheet.as_deref().unwrap_or("").to_lowercase();
            spec.names.iter().any(|n| n.to_lowercase() == name)
        });
        match found {
            Some(grid) => sheets.push(read_sheet(grid, spec, &mut problems)),
            None => {
                let message = match spec.names {
                    [italian, english] if italian == english => {
                        Message::new("import-missing-sheet-one").with("sheet", italian)
                    }
                    [italian, english] => Message::new("import-missing-sheet")
                        .with("sheet", italian)
                        .with("english", english),
                };
                problems.push(problem(1, None, message));
                sheets.push(Vec::new());
            }
        }
    }
    check_references(&grids, &sheets, &mut problems);
    if !problems.is_empty() {
        // In the order of the workbook's sheets, then by row and column.
        let order = |sheet: &Option<String>| grids.iter().position(|g| g.sheet == *sheet);
        problems.sort_by_key(|p| (order(&p.sheet), p.row, p.column));
        return Err(problems);
    }
    Ok(plan_yaml(&sheets))
}

/// The header is the first row naming the sheet's first column; the rows below it
/// are read, blank rows skipped.
fn read_sheet(grid: &Grid, spec: &SheetSpec, problems: &mut Vec<RowProblem>) -> Rows {
    let at = |row: u64, column: Option<usize>, message: Message| {
        let mut found = problem(row, column, message);
        found.sheet = grid.sheet.clone();
        found
    };
    let names_first =
        |cells: &[Field]| cells.iter().any(|c| is_header(&c.text(), &spec.columns[0]));
    let Some(header_at) = grid.records.iter().position(|r| names_first(&r.cells)) else {
        let row = grid.records.first().map_or(1, |r| r.row);
        let [it, en] = spec.columns[0].headers;
        problems.push(at(
            row,
            None,
            Message::new("import-missing-column")
                .with("column", en)
                .with("italian", it),
        ));
        return Vec::new();
    };
    let header = &grid.records[header_at];
    let mut positions = Vec::new();
    for column in spec.columns {
        match header
            .cells
            .iter()
            .position(|c| is_header(&c.text(), column))
        {
            Some(position) => positions.push(Some(position)),
            None if column.required => {
                problems.push(at(
                    header.row,
                    None,
                    Message::new("import-missing-column")
                        .with("column", column.headers[1])
                        .with("italian", column.headers[0]),
                ));
                positions.push(None);
            }
            None => positions.push(None),
        }
    }
    let mut rows = Vec::new();
    for record in &grid.records[header_at + 1..] {
        if record.cells.iter().all(Field::is_blank) {
            continue;
        }
        let mut cells = Vec::new();
        for (column, position) in spec.columns.iter().zip(&positions) {
            let Some(position) = *position else {
                cells.push(Cell::Blank);
                continue;
            };
            match read_cell(&record.field(position), column) {
                Ok(cell) => cells.push(cell),
                Err((message, help)) => {
                    let mut found = at(record.row, Some(position + 1), message);
                    found.column_name = Some(header.field(position).text());
                    found.help = help;
                    problems.push(found);
                    cells.push(Cell::Blank);
                }
            }
        }
        rows.push(cells);
    }
    rows
}

fn is_header(text: &str, column: &Column) -> bool {
    let text = text.trim().to_lowercase();
    column.headers.iter().any(|h| *h == text)
}

type CellError = (Message, Option<Message>);

/// One cell, checked for what its column holds.
fn read_cell(field: &Field, column: &Column) -> Result<Cell, CellError> {
    let text = field.text();
    if text.is_empty() {
        return match column.required {
            true => Err((Message::new("import-empty-cell"), None)),
            false => Ok(Cell::Blank),
        };
    }
    match column.kind {
        Kind::Text => Ok(Cell::Text(text)),
        Kind::Id => id(&text).map(|_| Cell::Text(text.clone())),
        Kind::IdList => {
            for part in text.split(',').map(str::trim).filter(|p| !p.is_empty()) {
                id(part)?;
            }
            Ok(Cell::Text(text))
        }
        Kind::Year => Year::parse(&text).map(Cell::Year).ok_or((
            Message::new("import-bad-year").with("text", text.clone()),
            None,
        )),
        Kind::Count => text.parse::<u64>().map(Cell::Count).map_err(|_| {
            (
                Message::new("import-bad-count").with("text", text.clone()),
                None,
            )
        }),
        Kind::Code => Ok(Cell::Text(match field {
            // A code typed into a number cell lost its leading zeros: put them back.
            Field::Number(n) if n.fract() == 0.0 && *n >= 0.0 && *n < 1e6 => {
                format!("{:06}", *n as u64)
            }
            _ => text,
        })),
        Kind::Amount => {
            let parsed = match field {
                Field::Number(_) => Cents::parse(&text),
                Field::Text(_) => {
                    return super::budget_sheet::parse_amount(&text, true)
                        .map(Cell::Amount)
                        .map_err(|(message, help)| (message, Some(help)));
                }
            };
            parsed.map(Cell::Amount).map_err(|error| {
                let (message, help) = amount_messages(&text, error);
                (message, Some(help))
            })
        }
    }
}

fn id(text: &str) -> Result<Id, CellError> {
    Id::parse(text).map_err(|invalid| {
        (
            Message::new("import-bad-id").with("text", text),
            invalid
                .suggestion
                .map(|fix| Message::new("import-help-id").with("fix", fix)),
        )
    })
}

/// Every reference column names an id of its sheet, and ids are not repeated.
fn check_references(grids: &[Grid], sheets: &[Rows], problems: &mut Vec<RowProblem>) {
    let ids = |sheet: &str| -> HashSet<String> {
        SHEETS
            .iter()
            .position(|s| s.names[0] == sheet)
            .map(|at| {
                sheets[at]
                    .iter()
                    .filter_map(|r| match r.first() {
                        Some(Cell::Text(id)) => Some(id.clone()),
                        _ => None,
                    })
                    .collect()
            })
            .unwrap_or_default()
    };
    for (spec, rows) in SHEETS.iter().zip(sheets) {
        let Some(grid) = grids.iter().find(|g| {
            let name = g.sheet.as_deref().unwrap_or("").to_lowercase();
            spec.names.iter().any(|n| n.to_lowercase() == name)
        }) else {
            continue;
        };
        let Some(header_at) = grid.records.iter().position(|r| {
            r.cells
                .iter()
                .any(|c| is_header(&c.text(), &spec.columns[0]))
        }) else {
            continue;
        };
        let header = &grid.records[header_at];
        let data: Vec<&grid::Record> = grid.records[header_at + 1..]
            .iter()
            .filter(|r| !r.cells.iter().all(Field::is_blank))
            .collect();
        for (column_index, column) in spec.columns.iter().enumerate() {
            let Some(target) = column.refers_to else {
                continue;
            };
            let known = ids(target);
            let position = header
                .cells
                .iter()
                .position(|c| is_header(&c.text(), column));
            for (row, record) in rows.iter().zip(&data) {
                if let Some(Cell::Text(value)) = row.get(column_index)
                    && !known.contains(value)
                {
                    let mut found = problem(
                        record.row,
                        position.map(|p| p + 1),
                        Message::new("import-unknown-reference")
                            .with("text", value.as_str())
                            .with("sheet", target),
                    );
                    found.sheet = grid.sheet.clone();
                    found.column_name = Some(column.headers[0].to_string());
                    problems.push(found);
                }
            }
        }
    }
}

/// The text of a plan file holding every section read.
fn plan_yaml(sheets: &[Rows]) -> String {
    let text = |cell: &Cell| match cell {
        Cell::Text(text) => text.clone(),
        Cell::Year(year) => year.to_string(),
        Cell::Amount(cents) => cents.to_fixed(),
        Cell::Count(n) => n.to_string(),
        Cell::Blank => String::new(),
    };
    let present = |cell: &Cell| *cell != Cell::Blank;
    let mut out = String::from("pdz: 1\n");
    if let Some(plan) = sheets[0].first() {
        out.push_str(&format!(
            "plan:\n  title: {}\n  period:\n    from: {}\n    to: {}\n",
            yaml_quoted(&text(&plan[0])),
            text(&plan[1]),
            text(&plan[2])
        ));
        out.push_str(&format!(
            "ambito:\n  id: {}\n  name: {}\n",
            text(&plan[3]),
            yaml_quoted(&text(&plan[4]))
        ));
        if present(&plan[5]) {
            out.push_str(&format!("  region: {}\n", yaml_quoted(&text(&plan[5]))));
        }
        if present(&plan[6]) {
            out.push_str(&format!("  capofila: {}\n", text(&plan[6])));
        }
        out.push_str("  comuni:\n");
        for comune in &sheets[1] {
            out.push_str(&format!(
                "    - id: {}\n      name: {}\n",
                text(&comune[0]),
                yaml_quoted(&text(&comune[1]))
            ));
            if present(&comune[2]) {
                out.push_str(&format!(
                    "      istat: {}\n",
                    yaml_quoted(&text(&comune[2]))
                ));
            }
            out.push_str(&format!("      population: {}\n", text(&comune[3])));
        }
    }
    out.push_str("areas:\n");
    for area in &sheets[2] {
        out.push_str(&format!(
            "  - id: {}\n    name: {}\n",
            text(&area[0]),
            yaml_quoted(&text(&area[1]))
        ));
    }
    out.push_str("funds:\n");
    for fund in &sheets[3] {
        out.push_str(&format!(
            "  - id: {}\n    programme: {}\n",
            text(&fund[0]),
            text(&fund[1])
        ));
        if present(&fund[2]) {
            out.push_str(&format!("    name: {}\n", yaml_quoted(&text(&fund[2]))));
        }
        if present(&fund[3]) {
            out.push_str(&format!("    annualita: {}\n", text(&fund[3])));
        }
        out.push_str(&format!("    amount: {}\n", text(&fund[4])));
    }
    out.push_str("interventions:\n");
    for intervention in &sheets[4] {
        let id = text(&intervention[0]);
        out.push_str(&format!(
            "  - id: {id}\n    name: {}\n    area: {}\n",
            yaml_quoted(&text(&intervention[1])),
            text(&intervention[2])
        ));
        for (at, key) in [(3, "leps"), (4, "targets")] {
            if present(&intervention[at]) {
                let list: Vec<String> = text(&intervention[at])
                    .split(',')
                    .map(|p| p.trim().to_string())
                    .filter(|p| !p.is_empty())
                    .collect();
                out.push_str(&format!("    {key}: [{}]\n", list.join(", ")));
            }
        }
        if present(&intervention[5]) {
            out.push_str(&format!("    management: {}\n", text(&intervention[5])));
        }
        if present(&intervention[6]) {
            let comuni = text(&intervention[6]);
            if comuni.trim() == "all" {
                out.push_str("    comuni: all\n");
            } else {
                out.push_str(&format!("    comuni: [{comuni}]\n"));
            }
        }
        out.push_str("    budget:\n");
        let mut lines: Vec<&Vec<Cell>> = sheets[5]
            .iter()
            .filter(|line| text(&line[0]) == id)
            .collect();
        lines.sort_by_key(|line| text(&line[1]));
        let mut year = String::new();
        for line in lines {
            if text(&line[1]) != year {
                year = text(&line[1]);
                out.push_str(&format!("      {year}:\n"));
            }
            out.push_str(&format!("        {}: {}\n", text(&line[2]), text(&line[3])));
        }
    }
    out
}
