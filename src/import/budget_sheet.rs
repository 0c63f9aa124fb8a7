//! An exported budget sheet: one row per budget line, read into interventions.
//!
//! Columns `intervention`, `name`, `area`, `year`, `fund`, `amount`, or their Italian
//! names `intervento`, `nome`, `area`, `anno`, `fondo`, `importo`, in any order and
//! case; other columns are ignored. Separated by `,` or `;` (the first line decides),
//! UTF-8 with or without BOM. With `;` amounts may use the Italian decimal comma and
//! thousands points (`1.250.000,50`), as the Italian Excel writes them; this is also
//! what `pdz report budget --format csv --tidy` writes in either dialect.

use foldhash::{HashMap, HashMapExt};

use crate::i18n::Message;
use crate::load::lower::amount_messages;
use crate::model::{AmountError, Cents, Id, Year};
use crate::suggest::closest;

use super::grid::{self, Field, Grid};

/// The columns a budget sheet needs, with their English and Italian headers.
const COLUMNS: [Column; 6] = [
    Column::Intervention,
    Column::Name,
    Column::Area,
    Column::Year,
    Column::Fund,
    Column::Amount,
];

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Column {
    Intervention,
    Name,
    Area,
    Year,
    Fund,
    Amount,
}

impl Column {
    fn headers(self) -> [&'static str; 2] {
        match self {
            Column::Intervention => ["intervention", "intervento"],
            Column::Name => ["name", "nome"],
            Column::Area => ["area", "area"],
            Column::Year => ["year", "anno"],
            Column::Fund => ["fund", "fondo"],
            Column::Amount => ["amount", "importo"],
        }
    }
}

/// The interventions of a sheet, in the order they first appear, each with its
/// budget lines in the order of the rows.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct BudgetSheet {
    pub interventions: Vec<ImportedIntervention>,
    /// How many budget lines were read (blank rows not counted).
    pub rows: usize,
    /// Headers of the columns that were not used.
    pub ignored_columns: Vec<String>,
}

/// One intervention of the sheet and its budget: (plan year, fund allocation, amount).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ImportedIntervention {
    pub id: Id,
    pub name: String,
    pub area: Id,
    pub budget: Vec<(Year, Id, Cents)>,
}

/// A problem of the sheet at a row (1 is the header) and, where it is one cell's
/// fault, a column (1 is the first, `A` in a spreadsheet).
#[derive(Clone, Debug)]
pub struct RowProblem {
    /// The sheet of a workbook; `None` for CSV.
    pub sheet: Option<String>,
    pub row: u64,
    pub column: Option<usize>,
    /// The header of that column.
    pub column_name: Option<String>,
    pub message: Message,
    pub help: Option<Message>,
}

/// Reads a budget sheet exported as CSV, or says every row that is wrong.
pub fn read_budget_sheet(bytes: &[u8]) -> Result<BudgetSheet, Vec<RowProblem>> {
    let (grid, problems) = grid::from_csv(bytes)?;
    read_grid(&grid, 0, problems)
}

/// Reads the budget sheet of a workbook: the first sheet with a row of the budget
/// sheet's headers (above it, a title may stand), else the first sheet.
pub fn read_budget_workbook(bytes: &[u8]) -> Result<BudgetSheet, Vec<RowProblem>> {
    let grids = grid::from_workbook(bytes).map_err(|message| vec![problem(1, None, message)])?;
    let found = grids
        .iter()
        .find_map(|grid| header_index(grid).map(|at| (grid, at)));
    match (found, grids.first()) {
        (Some((grid, at)), _) => read_grid(grid, at, Vec::new()),
        (None, Some(grid)) => read_grid(grid, 0, Vec::new()),
        (None, None) => Err(vec![problem(1, None, Message::new("import-empty"))]),
    }
}

/// The index of the record holding the headers: among the first ten, the first with
/// at least three of the budget sheet's column names.
fn header_index(grid: &Grid) -> Option<usize> {
    grid.records.iter().take(10).position(|record| {
        let known = record
            .cells
            .iter()
            .filter(|cell| {
                let text = cell.text().to_lowercase();
                COLUMNS.iter().any(|c| c.headers().contains(&text.as_str()))
            })
            .count();
        known >= 3
    })
}

/// Reads the records of a grid from its header, the record at `header_at`.
fn read_grid(
    grid: &Grid,
    header_at: usize,
    mut problems: Vec<RowProblem>,
) -> Result<BudgetSheet, Vec<RowProblem>> {
    let located = |mut problems: Vec<RowProblem>| {
        for problem in &mut problems {
            problem.sheet = grid.sheet.clone();
        }
        problems
    };
    let Some(header_record) = grid.records.get(header_at) else {
        let mut empty = problems;
        empty.push(problem(1, None, Message::new("import-empty")));
        return Err(located(empty));
    };
    let header_row = header_record.row;
    let header: Vec<String> = header_record.cells.iter().map(Field::text).collect();
    let positions = column_positions(&header, header_row).map_err(located)?;
    let ignored_columns = header
        .iter()
        .enumerate()
        .filter(|(i, h)| !positions.contains(i) && !h.is_empty())
        .map(|(_, h)| h.clone())
        .collect();

    let mut sheet = BudgetSheet {
        ignored_columns,
        ..BudgetSheet::default()
    };
    // Each intervention's index in the sheet, and the rows its name and each of its
    // budget lines were first read from.
    let mut index_of: HashMap<Id, usize> = HashMap::new();
    let mut seen: Vec<SeenAt> = Vec::new();
    for record in &grid.records[header_at + 1..] {
        if record.cells.iter().all(Field::is_blank) {
            continue; // A blank row.
        }
        let row = record.row;
        let fields: Vec<Field> = positions.iter().map(|&i| record.field(i)).collect();
        let before = problems.len();
        let field = |column: Column| {
            let at = COLUMNS.iter().position(|c| *c == column).unwrap_or(0);
            (
                fields
                    .get(at)
                    .cloned()
                    .unwrap_or(Field::Text(String::new())),
                positions.get(at).map(|p| p + 1),
            )
        };
        let cell = |column: Column| {
            let (value, at) = field(column);
            (value.text(), at)
        };
        let (intervention, intervention_column) = cell(Column::Intervention);
        let id = slug_cell((&intervention, intervention_column), row, &mut problems);
        let (name, name_column) = cell(Column::Name);
        let name = without_formula_guard(&name).to_owned();
        if name.is_empty() {
            problems.push(problem(row, name_column, Message::new("import-empty-cell")));
        }
        let (area_text, area_column) = cell(Column::Area);
        let area = slug_cell((&area_text, area_column), row, &mut problems);
        let (year_text, year_column) = cell(Column::Year);
        let year = Year::parse(&year_text);
        if year.is_none() {
            problems.push(problem(
                row,
                year_column,
                Message::new("import-bad-year").with("text", year_text.clone()),
            ));
        }
        let (fund_text, fund_column) = cell(Column::Fund);
        let fund = slug_cell((&fund_text, fund_column), row, &mut problems);
        let (amount_field, amount_column) = field(Column::Amount);
        let amount = match amount_field {
            // A number stored by the spreadsheet: its shortest decimal form, read as
            // text, keeps the cents exactly and refuses fractions of a cent.
            Field::Number(number) => {
                let text = number.to_string();
                Cents::parse(&text).map_err(|error| amount_messages(&text, error))
            }
            Field::Text(text) => parse_amount(text.trim(), grid.italian),
        };
        let amount = match amount {
            Ok(amount) => Some(amount),
            Err((message, help)) => {
                problems.push(problem(row, amount_column, message).with_help(help));
                None
            }
        };
        sheet.rows += 1;
        let (Some(id), Some(area), Some(year), Some(fund), Some(amount)) =
            (id, area, year, fund, amount)
        else {
            continue;
        };
        if problems.len() > before {
            continue;
        }
        let index = *index_of.entry(id.clone()).or_insert_with(|| {
            sheet.interventions.push(ImportedIntervention {
                id,
                name: name.to_owned(),
                area: area.clone(),
                budget: Vec::new(),
            });
            seen.push(SeenAt {
                first_row: row,
                line_rows: HashMap::new(),
            });
            sheet.interventions.len() - 1
        });
        let intervention = &mut sheet.interventions[index];
        let SeenAt {
            first_row,
            line_rows,
        } = &mut seen[index];
        if intervention.name != name {
            problems.push(disagreement(row, cell(Column::Name).1, "name", *first_row));
        }
        if intervention.area != area {
            problems.push(disagreement(row, cell(Column::Area).1, "area", *first_row));
        }
        match line_rows.get(&(year, fund.clone())) {
            Some(&first) => problems.push(
                problem(
                    row,
                    None,
                    Message::new("import-duplicate-line")
                        .with("intervention", intervention.id.as_str())
                        .with("year", year)
                        .with("fund", fund.as_str()),
                )
                .with_help(Message::new("import-help-first-row").with("row", first)),
            ),
            None => {
                line_rows.insert((year, fund.clone()), row);
                intervention.budget.push((year, fund, amount));
            }
        }
    }
    if sheet.rows == 0 && problems.is_empty() {
        problems.push(problem(header_row, None, Message::new("import-no-rows")));
    }
    if problems.is_empty() {
        Ok(sheet)
    } else {
        problems.sort_by_key(|p| (p.row, p.column));
        for problem in &mut problems {
            problem.column_name = problem.column.and_then(|c| header.get(c - 1).cloned());
        }
        Err(located(problems))
    }
}

/// The rows an intervention was first read from, and each of its budget lines.
struct SeenAt {
    first_row: u64,
    line_rows: HashMap<(Year, Id), u64>,
}

/// Where each needed column is in the header, or a problem for each one missing.
fn column_positions(header: &[String], row: u64) -> Result<Vec<usize>, Vec<RowProblem>> {
    let normalised: Vec<String> = header.iter().map(|h| h.to_lowercase()).collect();
    let mut positions = Vec::new();
    let mut problems = Vec::new();
    for column in COLUMNS {
        let [english, italian] = column.headers();
        match normalised.iter().position(|h| h == english || h == italian) {
            Some(at) => positions.push(at),
            None => {
                let message = Message::new("import-missing-column")
                    .with("column", english)
                    .with("italian", italian);
                let mut missing = problem(row, None, message);
                let unused = normalised.iter().map(String::as_str);
                if let Some(near) = closest(italian, unused.clone()).or(closest(english, unused)) {
                    missing = missing
                        .with_help(Message::new("help-did-you-mean").with("suggestion", near));
                }
                problems.push(missing);
            }
        }
    }
    if problems.is_empty() {
        Ok(positions)
    } else {
        Err(problems)
    }
}

/// An id cell: a slug, or a problem at its place.
fn slug_cell(
    (text, column): (&str, Option<usize>),
    row: u64,
    problems: &mut Vec<RowProblem>,
) -> Option<Id> {
    if text.is_empty() {
        problems.push(problem(row, column, Message::new("import-empty-cell")));
        return None;
    }
    match Id::parse(text) {
        Ok(id) => Some(id),
        Err(invalid) => {
            let mut bad = problem(
                row,
                column,
                Message::new("import-bad-id").with("text", text),
            );
            if let Some(fix) = invalid.suggestion {
                bad = bad.with_help(Message::new("import-help-id").with("fix", fix));
            }
            problems.push(bad);
            None
        }
    }
}

/// An amount cell. With `;` as separator, the Italian form (`1.250.000,50`) is read
/// too, and so is `1.250.000` (two thousands points leave no doubt), while `1.250`
/// (thousands or decimals?) is refused as ambiguous.
pub(super) fn parse_amount(text: &str, italian: bool) -> Result<Cents, (Message, Message)> {
    let plain = text.trim_start_matches('€').trim_end_matches('€').trim();
    if italian {
        if let Some(converted) = italian_form(plain) {
            return Cents::parse(&converted).map_err(|error| amount_messages(text, error));
        }
        if plain.matches('.').count() >= 2
            && let Some(converted) = italian_form(&format!("{plain},00"))
        {
            return Cents::parse(&converted).map_err(|error| amount_messages(text, error));
        }
        let italian_negative = plain.strip_prefix('-').is_some_and(|p| {
            italian_form(p).is_some()
                || (p.matches('.').count() >= 2 && italian_form(&format!("{p},00")).is_some())
        });
        if italian_negative {
            return Err(amount_messages(text, AmountError::Negative));
        }
        if plain.contains('.') && italian_form(&format!("{plain},00")).is_some() {
            return Err((
                Message::new("import-ambiguous-amount").with("text", text),
                Message::new("import-help-decimal-comma"),
            ));
        }
    }
    Cents::parse(plain).map_err(|error| amount_messages(text, error))
}

/// `1.250.000,50` → `1250000.50`: a decimal comma, and thousands points that group
/// digits by three; `None` for anything else.
fn italian_form(text: &str) -> Option<String> {
    let (whole, decimals) = text.rsplit_once(',')?;
    let digits = |g: &str| !g.is_empty() && g.bytes().all(|b| b.is_ascii_digit());
    let mut groups = whole.split('.');
    let first = groups.next()?;
    let grouped = digits(first)
        && (!whole.contains('.') || first.len() <= 3)
        && groups.all(|g| g.len() == 3 && digits(g));
    (grouped && digits(decimals)).then(|| format!("{}.{decimals}", whole.replace('.', "")))
}

/// A problem at a row and, maybe, a column.
pub(super) fn problem(row: u64, column: Option<usize>, message: Message) -> RowProblem {
    RowProblem {
        sheet: None,
        row,
        column,
        column_name: None,
        message,
        help: None,
    }
}

fn disagreement(
    row: u64,
    column: Option<usize>,
    field: &'static str,
    first_row: u64,
) -> RowProblem {
    problem(
        row,
        column,
        Message::new("import-disagrees")
            .with("field", field)
            .with("row", first_row),
    )
}

impl RowProblem {
    pub(super) fn with_help(self, help: Message) -> Self {
        RowProblem {
            help: Some(help),
            ..self
        }
    }
}

/// A name as pdz's CSV wrote it: the apostrophe that keeps a spreadsheet from
/// running text beginning with `=`, `+`, `-`, `@`, TAB or CR as a formula is taken off.
fn without_formula_guard(text: &str) -> &str {
    match text.strip_prefix('\'') {
        Some(rest) if rest.starts_with(['=', '+', '-', '@', '\t', '\r']) => rest,
        _ => text,
    }
}
