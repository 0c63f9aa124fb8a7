//! The laid-out workbook as an OpenDocument spreadsheet, with spreadsheet-ods.

use spreadsheet_ods::format::FormatNumberStyle;
use spreadsheet_ods::style::units::PrintOrientation;
use spreadsheet_ods::style::{MasterPage, PageStyle, TableStyle};
use spreadsheet_ods::{
    CellStyle, CellStyleRef, Length, Sheet as OdsSheet, ValueFormatCurrency, ValueFormatDateTime,
    ValueFormatNumber, ValueFormatPercentage, WorkBook,
};

use spreadsheet_ods::condition::Condition;
use spreadsheet_ods::validation::Validation;
use spreadsheet_ods::{CellRange, CellRef};

use super::{Book, HEADER_ROW, Kind, LIST_ROWS, Sheet, Value, column_letters};

/// The cell styles of the workbook: each number kind, plain and bold.
struct Styles {
    text: [CellStyleRef; 2],
    money: [CellStyleRef; 2],
    percent: [CellStyleRef; 2],
    count: [CellStyleRef; 2],
    decimal: [CellStyleRef; 2],
    year: [CellStyleRef; 2],
    date: [CellStyleRef; 2],
    portrait: spreadsheet_ods::style::TableStyleRef,
    landscape: spreadsheet_ods::style::TableStyleRef,
}

/// The bytes of the `.ods` file.
pub fn write(book: &Book) -> Result<Vec<u8>, String> {
    let mut workbook = WorkBook::new_empty();
    let styles = styles(&mut workbook);
    for sheet in &book.sheets {
        let mut out = ods_sheet(sheet, &styles);
        add_lists(&mut workbook, &mut out, sheet);
        workbook.push_sheet(out);
    }
    spreadsheet_ods::write_ods_buf(&mut workbook, Vec::new()).map_err(|e| e.to_string())
}

fn ods_sheet(sheet: &Sheet, styles: &Styles) -> OdsSheet {
    let mut out = OdsSheet::new(sheet.name.as_str());
    out.set_style(if sheet.landscape {
        &styles.landscape
    } else {
        &styles.portrait
    });
    for (column, width) in sheet.widths.iter().enumerate() {
        // About 2 mm a character at the default font.
        out.set_col_width(column as u32, Length::Mm(width * 2.0));
    }
    out.set_styled_value(0, 0, sheet.title.as_str(), &styles.text[1]);
    let first = if sheet.columns.is_empty() {
        HEADER_ROW
    } else {
        for (column, name) in sheet.columns.iter().enumerate() {
            out.set_styled_value(HEADER_ROW, column as u32, name.as_str(), &styles.text[1]);
        }
        out.split_row_header(HEADER_ROW);
        out.set_header_rows(HEADER_ROW, HEADER_ROW);
        HEADER_ROW + 1
    };
    for (index, row) in sheet.rows.iter().enumerate() {
        let at = first + index as u32;
        let weight = usize::from(row.bold);
        for (column, value) in row.cells.iter().enumerate() {
            let column = column as u32;
            match value {
                Value::Empty => {}
                Value::Text(text) => {
                    out.set_styled_value(at, column, text.as_str(), &styles.text[weight]);
                }
                Value::Number(number, kind) => {
                    set_number(&mut out, at, column, *number, *kind, styles, weight);
                }
                Value::Sum(ranges, number, kind) => {
                    set_number(&mut out, at, column, *number, *kind, styles, weight);
                    out.set_formula(at, column, sum_formula(column, ranges));
                }
                Value::Date(year, month, day) => {
                    let date = i32::try_from(*year).ok().and_then(|y| {
                        chrono::NaiveDate::from_ymd_opt(y, u32::from(*month), u32::from(*day))
                    });
                    if let Some(date) = date {
                        out.set_styled_value(at, column, date, &styles.date[weight]);
                    }
                }
            }
        }
    }
    out
}

/// Drop-down lists: the cells of a column must be one of the ids in column A of
/// another sheet.
fn add_lists(workbook: &mut WorkBook, out: &mut OdsSheet, sheet: &Sheet) {
    for (column, source) in &sheet.lists {
        let column = u32::from(*column);
        let mut validation = Validation::new();
        validation.set_name(format!("pdz-{}-{column}", sheet.name));
        let ids = CellRange::remote(source.as_str(), HEADER_ROW + 1, 0, LIST_ROWS - 1, 0);
        validation.set_condition(Condition::content_is_in_cellrange(ids.absolute()));
        validation.set_base_cell(CellRef::remote(sheet.name.as_str(), HEADER_ROW + 1, column));
        let validation = workbook.add_validation(validation);
        for row in HEADER_ROW + 1..LIST_ROWS {
            out.set_validation(row, column, &validation);
        }
    }
}

fn set_number(
    sheet: &mut OdsSheet,
    row: u32,
    column: u32,
    number: f64,
    kind: Kind,
    styles: &Styles,
    weight: usize,
) {
    use spreadsheet_ods::Value as Ods;
    let (value, style) = match kind {
        Kind::Money => (Ods::Currency(number, "EUR".into()), &styles.money),
        Kind::Percent => (Ods::Percentage(number), &styles.percent),
        Kind::Count => (Ods::Number(number), &styles.count),
        Kind::Decimal => (Ods::Number(number), &styles.decimal),
        Kind::Year => (Ods::Number(number), &styles.year),
    };
    sheet.set_styled_value(row, column, value, &style[weight]);
}

/// `of:=SUM([.C3:.C5];[.C7])`, OpenFormula; the rows are 0-based, the formula's 1-based.
fn sum_formula(column: u32, ranges: &[(u32, u32)]) -> String {
    let letters = column_letters(column);
    let parts: Vec<String> = ranges
        .iter()
        .map(|&(from, to)| match from == to {
            true => format!("[.{letters}{}]", from + 1),
            false => format!("[.{letters}{}:.{letters}{}]", from + 1, to + 1),
        })
        .collect();
    format!("of:=SUM({})", parts.join(";"))
}

fn styles(workbook: &mut WorkBook) -> Styles {
    let mut money = ValueFormatCurrency::new_named("pdz-money");
    money.part_currency().symbol("€").build();
    money.part_text(" ").build();
    money
        .part_number()
        .min_integer_digits(1)
        .fixed_decimal_places(2)
        .grouping()
        .build();
    let money = workbook.add_currency_format(money);
    let mut percent = ValueFormatPercentage::new_named("pdz-percent");
    percent
        .part_number()
        .min_integer_digits(1)
        .fixed_decimal_places(1)
        .build();
    percent.part_text(" %").build();
    let percent = workbook.add_percentage_format(percent);
    let number = |workbook: &mut WorkBook, name: &str, decimals: u8, grouping: bool| {
        let mut format = ValueFormatNumber::new_named(name);
        let part = format
            .part_number()
            .min_integer_digits(1)
            .fixed_decimal_places(decimals);
        if grouping { part.grouping() } else { part }.build();
        workbook.add_number_format(format)
    };
    let count = number(workbook, "pdz-count", 0, true);
    let decimal = number(workbook, "pdz-decimal", 2, true);
    let year = number(workbook, "pdz-year", 0, false);
    let mut date = ValueFormatDateTime::new_named("pdz-date");
    date.part_day().style(FormatNumberStyle::Long).build();
    date.part_text("/").build();
    date.part_month().style(FormatNumberStyle::Long).build();
    date.part_text("/").build();
    date.part_year().style(FormatNumberStyle::Long).build();
    let date = workbook.add_datetime_format(date);

    let mut pair = |name: &str, format: Option<&spreadsheet_ods::ValueFormatRef>| {
        [false, true].map(|bold| {
            let name = format!("{name}{}", if bold { "-bold" } else { "" });
            let mut style = match format {
                Some(format) => CellStyle::new(&name, format),
                None => {
                    let mut style = CellStyle::new_empty();
                    style.set_name(&name);
                    style
                }
            };
            if bold {
                style.set_font_bold();
            }
            workbook.add_cellstyle(style)
        })
    };
    let text = pair("pdz-text", None);
    let money = pair("pdz-money", Some(&money));
    let percent = pair("pdz-percent", Some(&percent));
    let count = pair("pdz-count", Some(&count));
    let decimal = pair("pdz-decimal", Some(&decimal));
    let year = pair("pdz-year", Some(&year));
    let date = pair("pdz-date", Some(&date));
    let portrait = page(workbook, PrintOrientation::Portrait);
    let landscape = page(workbook, PrintOrientation::Landscape);
    Styles {
        text,
        money,
        percent,
        count,
        decimal,
        year,
        date,
        portrait,
        landscape,
    }
}

/// A table style printing on A4 in one orientation.
fn page(
    workbook: &mut WorkBook,
    orientation: PrintOrientation,
) -> spreadsheet_ods::style::TableStyleRef {
    let (name, width, height) = match orientation {
        PrintOrientation::Portrait => ("pdz-a4-portrait", 210.0, 297.0),
        PrintOrientation::Landscape => ("pdz-a4-landscape", 297.0, 210.0),
    };
    let mut layout = PageStyle::new(name);
    layout.set_page_width(Length::Mm(width));
    layout.set_page_height(Length::Mm(height));
    layout.set_print_orientation(orientation);
    let layout = workbook.add_pagestyle(layout);
    let mut master = MasterPage::new(name);
    master.set_pagestyle(&layout);
    let master = workbook.add_masterpage(master);
    let mut table = TableStyle::new(name);
    table.set_master_page(&master);
    workbook.add_tablestyle(table)
}
