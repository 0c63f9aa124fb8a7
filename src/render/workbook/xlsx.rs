//! The laid-out workbook as an Office Open XML file, with rust_xlsxwriter.

use rust_xlsxwriter::{
    DataValidation, ExcelDateTime, Format, FormatAlign, Formula, Workbook, Worksheet, XlsxError,
};

use super::{Book, HEADER_ROW, Kind, LIST_ROWS, Sheet, Value, column_letters};

/// A4 in the paper sizes of the format.
const A4: u8 = 9;

/// The bytes of the `.xlsx` file.
pub fn write(book: &Book) -> Result<Vec<u8>, String> {
    let mut workbook = Workbook::new();
    for sheet in &book.sheets {
        let worksheet = workbook.add_worksheet();
        write_sheet(worksheet, sheet).map_err(|e| e.to_string())?;
    }
    workbook.save_to_buffer().map_err(|e| e.to_string())
}

fn write_sheet(worksheet: &mut Worksheet, sheet: &Sheet) -> Result<(), XlsxError> {
    worksheet.set_name(&sheet.name)?;
    worksheet.set_paper_size(A4);
    if sheet.landscape {
        worksheet.set_landscape();
    }
    worksheet.set_print_fit_to_pages(1, 0);
    for (column, width) in sheet.widths.iter().enumerate() {
        worksheet.set_column_width(column as u16, *width)?;
    }
    let bold = Format::new().set_bold();
    worksheet.write_string_with_format(0, 0, &sheet.title, &bold.clone().set_font_size(13))?;
    for (column, source) in &sheet.lists {
        let ids = Formula::new(format!(
            "='{}'!$A${}:$A${LIST_ROWS}",
            source.replace('\'', "''"),
            HEADER_ROW + 2
        ));
        let validation = DataValidation::new().allow_list_formula(ids);
        worksheet.add_data_validation(
            HEADER_ROW + 1,
            *column,
            LIST_ROWS - 1,
            *column,
            &validation,
        )?;
    }
    let first = if sheet.columns.is_empty() {
        HEADER_ROW
    } else {
        let header = bold
            .clone()
            .set_text_wrap()
            .set_align(FormatAlign::Top)
            .set_border_bottom(rust_xlsxwriter::FormatBorder::Thin);
        for (column, name) in sheet.columns.iter().enumerate() {
            worksheet.write_string_with_format(HEADER_ROW, column as u16, name, &header)?;
        }
        worksheet.set_freeze_panes(HEADER_ROW + 1, 0)?;
        worksheet.set_repeat_rows(HEADER_ROW, HEADER_ROW)?;
        HEADER_ROW + 1
    };
    for (index, row) in sheet.rows.iter().enumerate() {
        let at = first + index as u32;
        for (column, value) in row.cells.iter().enumerate() {
            let column = column as u16;
            let format = cell_format(value, row.bold);
            match value {
                Value::Empty => {
                    if row.bold {
                        worksheet.write_blank(at, column, &format)?;
                    }
                }
                Value::Text(text) => {
                    worksheet.write_string_with_format(at, column, text, &format)?;
                }
                Value::Number(number, _) => {
                    worksheet.write_number_with_format(at, column, *number, &format)?;
                }
                Value::Sum(ranges, number, _) => {
                    let formula =
                        Formula::new(sum_formula(column, ranges)).set_result(number.to_string());
                    worksheet.write_formula_with_format(at, column, formula, &format)?;
                }
                Value::Date(year, month, day) => {
                    let year = u16::try_from(*year).unwrap_or(1900);
                    let date = ExcelDateTime::from_ymd(year, *month, *day)?;
                    worksheet.write_datetime_with_format(at, column, &date, &format)?;
                }
            }
        }
    }
    Ok(())
}

/// `=SUM(C3:C5,C7)`: the rows are 0-based, the formula's 1-based.
fn sum_formula(column: u16, ranges: &[(u32, u32)]) -> String {
    let letters = column_letters(u32::from(column));
    let parts: Vec<String> = ranges
        .iter()
        .map(|&(from, to)| match from == to {
            true => format!("{letters}{}", from + 1),
            false => format!("{letters}{}:{letters}{}", from + 1, to + 1),
        })
        .collect();
    format!("=SUM({})", parts.join(","))
}

/// The number format of a value (codes in the format's own en-US syntax: shown
/// with the reader's separators, `€ 1.234,50` in Italian).
fn cell_format(value: &Value, bold: bool) -> Format {
    let format = match value {
        Value::Number(_, kind) | Value::Sum(_, _, kind) => {
            Format::new().set_num_format(match kind {
                Kind::Money => "\"€\" #,##0.00;-\"€\" #,##0.00",
                Kind::Percent => "0.0%",
                Kind::Count => "#,##0",
                Kind::Decimal => "#,##0.00",
                Kind::Year => "0",
            })
        }
        Value::Date(..) => Format::new().set_num_format("dd/mm/yyyy"),
        Value::Text(_) => Format::new().set_num_format("@"),
        Value::Empty => Format::new(),
    };
    if bold { format.set_bold() } else { format }
}
