//! Plan workbooks filled in by a test the way an office would fill pdz's template.

use std::path::Path;

use calamine::Reader;

/// Fills the template's sheets the way an office would: row 3 on, below the title
/// and the header, which are kept as pdz wrote them.
pub fn fill_plan_workbook(template: &Path, rows: &[(&str, Vec<Vec<&str>>)]) -> Vec<u8> {
    let mut read = calamine::open_workbook_auto(template).unwrap();
    let mut workbook = rust_xlsxwriter::Workbook::new();
    for name in read.sheet_names() {
        let range = read.worksheet_range(&name).unwrap();
        let sheet = workbook.add_worksheet();
        sheet.set_name(&name).unwrap();
        for (row, column, cell) in range.used_cells() {
            if row < 2 {
                sheet
                    .write_string(row as u32, column as u16, cell.to_string())
                    .unwrap();
            }
        }
        for (index, cells) in rows
            .iter()
            .filter(|(n, _)| *n == name)
            .flat_map(|(_, r)| r)
            .enumerate()
        {
            for (column, text) in cells.iter().enumerate() {
                let (row, column) = (index as u32 + 2, column as u16);
                match text.strip_prefix('#') {
                    Some(number) => sheet.write_number(row, column, number.parse::<f64>().unwrap()),
                    None => sheet.write_string(row, column, *text),
                }
                .unwrap();
            }
        }
    }
    workbook.save_to_buffer().unwrap()
}

/// The cells of a small plan that checks, sheet by sheet; `#` marks a number cell.
pub fn valid_plan() -> Vec<(&'static str, Vec<Vec<&'static str>>)> {
    vec![
        (
            "Piano",
            vec![vec![
                "Piano sociale di zona 2025-2027",
                "#2025",
                "#2027",
                "ats-prova",
                "Ambito di prova",
                "Puglia",
                "capofila",
            ]],
        ),
        (
            "Comuni",
            vec![
                vec!["capofila", "Comune capofila", "075016", "#10000"],
                vec!["secondo", "Secondo comune", "#75021", "#5000"],
            ],
        ),
        (
            "Aree",
            vec![vec!["welfare-accesso", "Il sistema del welfare d'accesso"]],
        ),
        (
            "Fondi",
            vec![vec!["fnps-2025", "fnps", "FNPS 2025", "#2025", "#90000"]],
        ),
        (
            "Interventi",
            vec![vec![
                "segretariato-sociale",
                "Segretariato sociale",
                "welfare-accesso",
                "segretariato-sociale",
                "famiglie, adulti",
                "direct",
                "all",
            ]],
        ),
        (
            "Bilancio",
            vec![
                vec!["segretariato-sociale", "#2025", "fnps-2025", "#30000"],
                vec!["segretariato-sociale", "#2026", "fnps-2025", "30.000,00"],
                vec!["segretariato-sociale", "#2027", "fnps-2025", "#29999.99"],
            ],
        ),
    ]
}
